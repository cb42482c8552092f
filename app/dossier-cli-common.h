/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* What every command of the command line shares: its messages, its
 * library, its options and its JSON. Errors are printed, not returned. */

void            dossier_cli_print_error        (const char     *message);
/* @library_path NULL: the default library. Returns: (transfer full) (nullable) */
DossierLibrary *dossier_cli_open_library       (const char     *library_path);
/* Parses a command's options; on a usage error prints why. */
gboolean        dossier_cli_parse_options      (const char     *command,
                                                const char     *arguments,
                                                GOptionEntry   *entries,
                                                int            *argc,
                                                char         ***argv);
/* A document id as the user typed it. */
gboolean        dossier_cli_parse_document_id  (const char     *text,
                                                gint64         *id);
void            dossier_cli_print_json         (JsonBuilder    *builder);
void            dossier_cli_add_string_or_null (JsonBuilder    *builder,
                                                const char     *name,
                                                const char     *value);

G_END_DECLS
