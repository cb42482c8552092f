/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-document.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_DOCUMENT_SORT_DATE,
  DOSSIER_DOCUMENT_SORT_TITLE,
  DOSSIER_DOCUMENT_SORT_IMPORTED,
  DOSSIER_DOCUMENT_SORT_SENDERS,
  DOSSIER_DOCUMENT_SORT_KIND,
  DOSSIER_DOCUMENT_SORT_LANGUAGE,
  DOSSIER_DOCUMENT_SORT_PAGES,
} DossierDocumentSort;

/* Which documents a list shows; NULL fields do not filter. */
typedef struct
{
  char *kind;
  char *language;
  char *date_from;   /* "YYYY-MM-DD", inclusive */
  char *date_to;     /* "YYYY-MM-DD", inclusive */
  /* Only the Inbox: documents with a suggestion nobody has accepted or
   * rejected yet, or with no issue tag that nobody has marked reviewed. */
  gboolean inbox;
  gint64 imported_since;    /* seconds since the epoch; 0: any */
  /* Only documents that carry every one of these tags, or a tag under it
   * (Media freedom counts for Freedom of expression); suggested tags count
   * as much as accepted ones, rejected ones not at all. */
  gint64 *tag_ids;
  guint n_tag_ids;
} DossierDocumentFilter;

#define DOSSIER_TYPE_LIBRARY (dossier_library_get_type ())
G_DECLARE_FINAL_TYPE (DossierLibrary, dossier_library, DOSSIER, LIBRARY, GObject)

/* Main thread only, like every function here unless it says otherwise. */
DossierLibrary  *dossier_library_open                 (const char             *path,
                                                       GError                **error);
char            *dossier_library_default_path         (void);
const char      *dossier_library_get_path             (DossierLibrary         *self);
char            *dossier_library_dup_database_path    (DossierLibrary         *self);
char            *dossier_library_dup_file_path        (DossierLibrary         *self,
                                                       const char             *sha256);
guint            dossier_library_count_documents      (DossierLibrary         *self);
/* Returns: (transfer full): tag id (gint64 *) → count (GUINT_TO_POINTER):
 * for each tag, the documents a filter on it lets through, out of the
 * trash; tags with none are missing. In one query. */
GHashTable      *dossier_library_count_documents_by_tag (DossierLibrary       *self,
                                                       GError               **error);
DossierDocument *dossier_library_dup_document         (DossierLibrary         *self,
                                                       gint64                  id,
                                                       GError                **error);
char           **dossier_library_dup_page_texts       (DossierLibrary         *self,
                                                       gint64                  id,
                                                       GError                **error);
GArray          *dossier_library_query_ids            (DossierLibrary         *self,
                                                       DossierDocumentSort     sort,
                                                       gboolean                descending,
                                                       const DossierDocumentFilter *filter,
                                                       GError                **error);
GListModel      *dossier_library_list_documents       (DossierLibrary         *self,
                                                       DossierDocumentSort     sort,
                                                       gboolean                descending,
                                                       const DossierDocumentFilter *filter);
gboolean         dossier_library_set_field            (DossierLibrary         *self,
                                                       DossierDocument        *document,
                                                       DossierDocumentField    field,
                                                       const char             *value,
                                                       GError                **error);
gboolean         dossier_library_reanalyse            (DossierLibrary         *self,
                                                       DossierDocument        *document,
                                                       GError                **error);
gboolean         dossier_library_delete_document      (DossierLibrary         *self,
                                                       DossierDocument        *document,
                                                       GError                **error);
gboolean         dossier_library_set_reviewed         (DossierLibrary         *self,
                                                       const gint64           *ids,
                                                       guint                   n_ids,
                                                       gboolean                reviewed,
                                                       GError                **error);
/* Deletion that can be undone: trashed documents leave every list and
 * search until restored, or purged for good. */
gboolean         dossier_library_trash_documents      (DossierLibrary         *self,
                                                       const gint64           *ids,
                                                       guint                   n_ids,
                                                       GError                **error);
gboolean         dossier_library_restore_documents    (DossierLibrary         *self,
                                                       const gint64           *ids,
                                                       guint                   n_ids,
                                                       GError                **error);
gboolean         dossier_library_purge_trash          (DossierLibrary         *self,
                                                       gint64                  trashed_before,
                                                       GError                **error);
/* Any thread: tells every list that documents came or went, once the main
 * loop runs again. */
void             dossier_library_emit_changed_later   (DossierLibrary         *self);
/* Main thread: tells tag lists that tags changed ("tags-changed"). */
void             dossier_library_emit_tags_changed    (DossierLibrary         *self);
/* Main thread: tells follow-up lists that events or asks changed
 * ("followups-changed"; see dossier-followups.h). */
void             dossier_library_emit_followups_changed (DossierLibrary       *self);

/* For DossierSearch and DossierImport: the main thread's connection. */
gpointer         dossier_library_get_database         (DossierLibrary         *self);
/* For a task that splits its work between two threads: a second
 * connection, NULL while another task has it. */
gpointer         dossier_library_try_take_second_database (DossierLibrary     *self);
void             dossier_library_release_second_database  (DossierLibrary     *self);

G_END_DECLS
