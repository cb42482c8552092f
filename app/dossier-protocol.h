/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The messages between the library and its extraction helper. Each is a
 * GVariant in normal form, preceded by its size as a 32-bit little-endian
 * number. A request is (path, password); "" means no password. */
#define DOSSIER_PROTOCOL_REQUEST_TYPE  "(ss)"
/* A reply is (status, message, page texts): status 0 is success, anything
 * else a DossierError code with the message saying why. */
#define DOSSIER_PROTOCOL_REPLY_TYPE    "(usas)"
#define DOSSIER_PROTOCOL_MAX_MESSAGE   (1024u * 1024u * 1024u)

gboolean  dossier_protocol_write_message  (int          fd,
                                           GVariant    *message,
                                           GError     **error);
/* @deadline_us is on the monotonic clock; 0 waits for ever. */
GVariant *dossier_protocol_read_message   (int          fd,
                                           const char  *type,
                                           gint64       deadline_us,
                                           GError     **error);

/* Waits until the other side closes @fd; FALSE if it has not by then. */
gboolean  dossier_protocol_wait_closed    (int          fd,
                                           gint64       deadline_us);

G_END_DECLS
