/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* How document properties read to people, and how what they type is
 * read back: plain text, so that it can be tested without a display. */

const char          *dossier_kind_get_display_name      (const char         *kind);
const char          *dossier_language_get_display_name  (const char         *code);
const char * const  *dossier_language_known_codes       (void);

char                *dossier_format_normalize_date      (const char         *text);
char                *dossier_format_join_senders        (const char * const *senders);
char                *dossier_format_split_senders       (const char         *text);
char                *dossier_format_date_time           (gint64              unix_time);
/* "2014-10-08" as the document list shows it: "8 Oct 2014"; "" for none. */
char                *dossier_format_list_date           (const char         *iso_date);
/* The title, else the name the file had: a document is never nameless. */
char                *dossier_format_document_title      (DossierDocument    *document);

G_END_DECLS
