/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Returns: (transfer floating): a DOSSIER_PROTOCOL_REPLY_TYPE reply with
 * the text of every page of the PDF at @path. */
GVariant *dossier_pdf_extract_text   (const char  *path,
                                      const char  *password);

G_END_DECLS
