/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* One SQLite connection to a library, used by one thread. Statements are
 * prepared once and cached by their SQL text. */
typedef struct _DossierDatabase DossierDatabase;

#define DOSSIER_DATABASE_SCHEMA_VERSION 5

/* Pages beyond this are not indexed: ids have 16 bits for the page. */
#define DOSSIER_MAX_PAGES 65535
#define DOSSIER_PAGE_ID(document_id, number) (((gint64) (document_id) << 16) | (number))
/* What separates pages in a document's text. */
#define DOSSIER_PAGE_BREAK '\f'
#define DOSSIER_PAGE_BREAK_STRING "\f"

DossierDatabase *dossier_database_open          (const char       *path,
                                                 GError          **error);
void             dossier_database_close         (DossierDatabase  *self);
sqlite3         *dossier_database_get_handle    (DossierDatabase  *self);
sqlite3_stmt    *dossier_database_prepare       (DossierDatabase  *self,
                                                 const char       *sql,
                                                 GError          **error);
gboolean         dossier_database_exec          (DossierDatabase  *self,
                                                 const char       *sql,
                                                 GError          **error);
gboolean         dossier_database_step_done     (DossierDatabase  *self,
                                                 sqlite3_stmt     *statement,
                                                 GError          **error);
gboolean         dossier_database_begin         (DossierDatabase  *self,
                                                 GError          **error);
gboolean         dossier_database_commit        (DossierDatabase  *self,
                                                 GError          **error);
void             dossier_database_rollback      (DossierDatabase  *self);
int              dossier_database_index_texts   (DossierDatabase  *self,
                                                 GError          **error);
void             dossier_database_set_error     (DossierDatabase  *self,
                                                 int               code,
                                                 GError          **error);
/* Appends " AND @id_column IN (…)", true of a document that carries the
 * tag bound to @param, or a tag under it, suggested or accepted: a tag
 * filter of lists and search alike. */
void             dossier_database_append_tag_condition (GString    *sql,
                                                        const char *id_column,
                                                        const char *param);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDatabase, dossier_database_close)

G_END_DECLS
