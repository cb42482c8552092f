/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-analysis.h"
#include "dossier-database.h"
#include "dossier-document-list.h"
#include "dossier-error.h"
#include "dossier-library.h"

struct _DossierLibrary
{
  GObject          parent_instance;
  char            *path;
  char            *files_path;
  DossierDatabase *database;     /* owned; the main thread's connection */
  DossierDatabase *second;       /* owned; for work split in two, opened when first needed */
  GMutex           second_lock;  /* held while one task uses it */
  GHashTable      *live;         /* id → DossierDocument, weak: the objects handed out */
  GMainContext    *context;      /* owned; where "changed" is emitted */
  gint             changed_pending;  /* atomic */
};

G_DEFINE_FINAL_TYPE (DossierLibrary, dossier_library, G_TYPE_OBJECT)

enum { PROP_0, PROP_PATH, N_PROPS };
enum { CHANGED, TAGS_CHANGED, FOLLOWUPS_CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define RECORD_COLUMNS \
  "id, sha256, title, doc_date, place, senders, recipient, kind, language, notes," \
  " original_name, page_count, pages_with_text, bytes, imported_at, confidential, user_fields," \
  " reviewed"

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

static char **
split_lines (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, "\n", -1);
}

static DossierDocumentRecord *
record_from_row (DossierLibrary *self,
                 sqlite3_stmt   *row)
{
  DossierDocumentRecord *record = dossier_document_record_new ();
  g_autofree char *senders = column_dup (row, 5);

  record->id = sqlite3_column_int64 (row, 0);
  record->sha256 = column_dup (row, 1);
  record->title = column_dup (row, 2);
  record->date = column_dup (row, 3);
  record->place = column_dup (row, 4);
  g_strfreev (record->senders);
  record->senders = split_lines (senders);
  record->recipient = column_dup (row, 6);
  record->kind = column_dup (row, 7);
  record->language = column_dup (row, 8);
  record->notes = column_dup (row, 9);
  record->original_name = column_dup (row, 10);
  record->n_pages = (guint) sqlite3_column_int (row, 11);
  record->n_pages_with_text = (guint) sqlite3_column_int (row, 12);
  record->bytes = (guint64) sqlite3_column_int64 (row, 13);
  record->imported_at = sqlite3_column_int64 (row, 14);
  record->confidential = sqlite3_column_int (row, 15) != 0;
  record->user_fields = (guint) sqlite3_column_int (row, 16);
  record->reviewed = sqlite3_column_int (row, 17) != 0;
  record->file = dossier_library_dup_file_path (self, record->sha256);
  return record;
}

/* TRUE with the row of document @id to read; FALSE with @error set when
 * there is no such document or the database failed. */
static gboolean
step_document_row (DossierLibrary  *self,
                   sqlite3_stmt    *statement,
                   gint64           id,
                   GError         **error)
{
  int rc = sqlite3_step (statement);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no document %lld in the library."), (long long) id);
  else
    dossier_database_set_error (self->database, rc, error);
  return FALSE;
}

static DossierDocumentRecord *
read_record (DossierLibrary  *self,
             gint64           id,
             GError         **error)
{
  sqlite3_stmt *statement;
  DossierDocumentRecord *record = NULL;

  statement = dossier_database_prepare (self->database,
                                        "SELECT " RECORD_COLUMNS " FROM documents WHERE id = ?1",
                                        error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  if (step_document_row (self, statement, id, error))
    record = record_from_row (self, statement);
  sqlite3_reset (statement);
  return record;
}

static void
forget_live_document (gpointer  data,
                      GObject  *where_the_object_was)
{
  DossierLibrary *self = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == (gpointer) where_the_object_was)
      {
        g_hash_table_iter_remove (&iter);
        break;
      }
}

/* Returns: (transfer full): the one live object for @id, so that an edit
 * made anywhere notifies every view of that document. */
DossierDocument *
dossier_library_dup_document (DossierLibrary  *self,
                              gint64           id,
                              GError         **error)
{
  g_autoptr(DossierDocumentRecord) record = NULL;
  DossierDocument *document;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  document = g_hash_table_lookup (self->live, &id);
  if (document != NULL)
    return g_object_ref (document);

  record = read_record (self, id, error);
  if (record == NULL)
    return NULL;
  document = dossier_document_new (record);
  g_hash_table_insert (self->live, g_memdup2 (&id, sizeof id), document);
  g_object_weak_ref (G_OBJECT (document), forget_live_document, self);
  return document;
}

char *
dossier_library_dup_file_path (DossierLibrary *self,
                               const char     *sha256)
{
  g_autofree char *name = g_strconcat (sha256, ".pdf", NULL);

  return g_build_filename (self->files_path, name, NULL);
}

char *
dossier_library_dup_database_path (DossierLibrary *self)
{
  return g_build_filename (self->path, "library.sqlite3", NULL);
}

const char *
dossier_library_get_path (DossierLibrary *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return self->path;
}

gpointer
dossier_library_get_database (DossierLibrary *self)
{
  return self->database;
}

/* Returns: (nullable) (transfer none): a second connection to the
 * library, for a task that splits its work between two threads, or NULL
 * when another task has it or it cannot be opened. Give it back with
 * dossier_library_release_second_database(). */
gpointer
dossier_library_try_take_second_database (DossierLibrary *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!g_mutex_trylock (&self->second_lock))
    return NULL;
  if (self->second != NULL)
    return self->second;
  path = dossier_library_dup_database_path (self);
  self->second = dossier_database_open (path, &error);
  if (self->second == NULL)
    {
      g_debug ("No second connection to the library: %s", error->message);
      g_mutex_unlock (&self->second_lock);
    }
  return self->second;
}

void
dossier_library_release_second_database (DossierLibrary *self)
{
  g_mutex_unlock (&self->second_lock);
}

char *
dossier_library_default_path (void)
{
  const char *path = g_getenv ("DOSSIER_LIBRARY");

  if (path != NULL && *path != '\0')
    return g_strdup (path);
  return g_build_filename (g_get_user_data_dir (), "dossier", NULL);
}

guint
dossier_library_count_documents (DossierLibrary *self)
{
  sqlite3_stmt *statement;
  guint count = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), 0);

  statement = dossier_database_prepare (self->database, "SELECT count(*) FROM documents WHERE trashed_at IS NULL", NULL);
  if (statement != NULL && sqlite3_step (statement) == SQLITE_ROW)
    count = (guint) sqlite3_column_int (statement, 0);
  if (statement != NULL)
    sqlite3_reset (statement);
  return count;
}

/* Rows of (tag, count, whole tree?). Every tag's own documents are read
 * off the index (tag_id, state) alone, the trash's share taken away after:
 * counting through documents for trashed_at cost ten times as much on
 * 20,000 documents with 300,000 tags. A parent's count, of the distinct
 * documents of its whole tree, replaces its own. */
#define COUNT_BY_TAG_SQL \
  "WITH RECURSIVE" \
  " trash (id) AS (SELECT id FROM documents WHERE trashed_at IS NOT NULL)," \
  " tree (ancestor, id) AS (" \
  "  SELECT parent_id, parent_id FROM tags WHERE parent_id IS NOT NULL" \
  "  UNION SELECT parent_id, id FROM tags WHERE parent_id IS NOT NULL" \
  "  UNION SELECT tree.ancestor, tags.id FROM tags JOIN tree ON tags.parent_id = tree.id)" \
  " SELECT tag_id, count(*), 0 FROM document_tags" \
  "  WHERE state != 'rejected' GROUP BY tag_id" \
  " UNION ALL" \
  " SELECT tag_id, -count(*), 0 FROM document_tags" \
  "  WHERE document_id IN trash AND state != 'rejected' GROUP BY tag_id" \
  " UNION ALL" \
  " SELECT ancestor, count(DISTINCT document_id), 1 FROM tree" \
  "  JOIN document_tags ON document_tags.tag_id = tree.id" \
  "  WHERE state != 'rejected' AND document_id NOT IN trash" \
  "  GROUP BY ancestor"

static void
add_count (GHashTable *counts,
           gint64      id,
           int         count)
{
  gpointer sum = g_hash_table_lookup (counts, &id);

  g_hash_table_replace (counts, g_memdup2 (&id, sizeof id),
                        GINT_TO_POINTER (GPOINTER_TO_INT (sum) + count));
}

static gboolean
count_is_none (gpointer key,
               gpointer value,
               gpointer data)
{
  return GPOINTER_TO_INT (value) <= 0;
}

GHashTable *
dossier_library_count_documents_by_tag (DossierLibrary  *self,
                                        GError         **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) trees = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  statement = dossier_database_prepare (self->database, COUNT_BY_TAG_SQL, error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    add_count (sqlite3_column_int (statement, 2) ? trees : counts,
               sqlite3_column_int64 (statement, 0), sqlite3_column_int (statement, 1));
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (self->database, rc, error);
      return NULL;
    }
  g_hash_table_iter_init (&iter, trees);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (counts, g_memdup2 (key, sizeof (gint64)), value);
  g_hash_table_foreach_remove (counts, count_is_none, NULL);
  return g_steal_pointer (&counts);
}

char **
dossier_library_dup_page_texts (DossierLibrary  *self,
                                gint64           id,
                                GError         **error)
{
  const char page_break[] = { DOSSIER_PAGE_BREAK, '\0' };
  sqlite3_stmt *statement;
  char **texts = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  statement = dossier_database_prepare (self->database,
                                        "SELECT body FROM document_text WHERE id = ?1", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  if (step_document_row (self, statement, id, error))
    texts = g_strsplit ((const char *) sqlite3_column_text (statement, 0), page_break, -1);
  sqlite3_reset (statement);
  return texts;
}

/* A suggestion keeps a document in the Inbox even once reviewed: someone
 * still has to say yes or no to it. */
static const char inbox_condition[] =
  " AND (EXISTS (SELECT 1 FROM document_tags AS pending"
  "              WHERE pending.document_id = documents.id AND pending.state = 'suggested')"
  "      OR (reviewed = 0 AND NOT EXISTS (SELECT 1 FROM document_tags AS issue"
  "                                        JOIN tags ON tags.id = issue.tag_id"
  "                                        WHERE issue.document_id = documents.id"
  "                                          AND issue.state = 'accepted'"
  "                                          AND tags.facet = 'issue')))";

static void
append_filter (GString                     *sql,
               const DossierDocumentFilter *filter)
{
  if (filter == NULL)
    return;
  if (filter->kind != NULL)
    g_string_append (sql, " AND kind = :kind");
  if (filter->language != NULL)
    g_string_append (sql, " AND language = :language");
  if (filter->date_from != NULL)
    g_string_append (sql, " AND doc_date >= :date_from");
  if (filter->date_to != NULL)
    g_string_append (sql, " AND doc_date <= :date_to");
  if (filter->inbox)
    g_string_append (sql, inbox_condition);
  if (filter->imported_since > 0)
    g_string_append (sql, " AND imported_at >= :imported_since");
  for (guint i = 0; i < filter->n_tag_ids; i++)
    {
      g_autofree char *param = g_strdup_printf (":tag%u", i);

      dossier_database_append_tag_condition (sql, "id", param);
    }
}

static void
bind_named (sqlite3_stmt *statement,
            const char   *name,
            const char   *value)
{
  int index = sqlite3_bind_parameter_index (statement, name);

  if (index > 0)
    sqlite3_bind_text (statement, index, value, -1, SQLITE_TRANSIENT);
}

static const char *
order_clause (DossierDocumentSort sort,
              gboolean            descending)
{
  switch (sort)
    {
    case DOSSIER_DOCUMENT_SORT_TITLE:
      return descending ? " ORDER BY title COLLATE NOCASE DESC, id DESC"
                        : " ORDER BY title COLLATE NOCASE, id";
    case DOSSIER_DOCUMENT_SORT_IMPORTED:
      return descending ? " ORDER BY imported_at DESC, id DESC" : " ORDER BY imported_at, id";
    case DOSSIER_DOCUMENT_SORT_SENDERS:
      return descending ? " ORDER BY senders IS NULL, senders COLLATE NOCASE DESC, id DESC"
                        : " ORDER BY senders IS NULL, senders COLLATE NOCASE, id";
    case DOSSIER_DOCUMENT_SORT_KIND:
      return descending ? " ORDER BY kind DESC, doc_date DESC, id DESC"
                        : " ORDER BY kind, doc_date, id";
    case DOSSIER_DOCUMENT_SORT_LANGUAGE:
      return descending ? " ORDER BY language DESC, doc_date DESC, id DESC"
                        : " ORDER BY language, doc_date, id";
    case DOSSIER_DOCUMENT_SORT_PAGES:
      return descending ? " ORDER BY page_count DESC, id DESC" : " ORDER BY page_count, id";
    case DOSSIER_DOCUMENT_SORT_DATE:
    default:
      /* Undated documents go last either way. */
      return descending ? " ORDER BY doc_date IS NULL, doc_date DESC, id DESC"
                        : " ORDER BY doc_date IS NULL, doc_date, id";
    }
}

/* Returns: (transfer full): the ids of the documents @filter lets through,
 * in order; only the ids, so that a list of any size opens at once. */
GArray *
dossier_library_query_ids (DossierLibrary               *self,
                           DossierDocumentSort           sort,
                           gboolean                      descending,
                           const DossierDocumentFilter  *filter,
                           GError                      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM documents WHERE trashed_at IS NULL");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  append_filter (sql, filter);
  g_string_append (sql, order_clause (sort, descending));
  statement = dossier_database_prepare (self->database, sql->str, error);
  if (statement == NULL)
    return NULL;
  if (filter != NULL)
    {
      bind_named (statement, ":kind", filter->kind);
      bind_named (statement, ":language", filter->language);
      bind_named (statement, ":date_from", filter->date_from);
      bind_named (statement, ":date_to", filter->date_to);
      if (filter->imported_since > 0)
        sqlite3_bind_int64 (statement, sqlite3_bind_parameter_index (statement, ":imported_since"),
                            filter->imported_since);
      for (guint i = 0; i < filter->n_tag_ids; i++)
        {
          g_autofree char *param = g_strdup_printf (":tag%u", i);

          sqlite3_bind_int64 (statement, sqlite3_bind_parameter_index (statement, param),
                              filter->tag_ids[i]);
        }
    }
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (self->database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

GListModel *
dossier_library_list_documents (DossierLibrary              *self,
                                DossierDocumentSort          sort,
                                gboolean                     descending,
                                const DossierDocumentFilter *filter)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (dossier_document_list_new (self, sort, descending, filter));
}

static gboolean
emit_changed_cb (gpointer data)
{
  DossierLibrary *self = data;

  g_atomic_int_set (&self->changed_pending, 0);
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

void
dossier_library_emit_changed_later (DossierLibrary *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY (self));

  /* One "changed" for a burst of imports, not one per file. */
  if (g_atomic_int_compare_and_exchange (&self->changed_pending, 0, 1))
    g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT_IDLE, emit_changed_cb,
                                g_object_ref (self), g_object_unref);
}

void
dossier_library_emit_tags_changed (DossierLibrary *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_signal_emit (self, signals[TAGS_CHANGED], 0);
}

void
dossier_library_emit_followups_changed (DossierLibrary *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_signal_emit (self, signals[FOLLOWUPS_CHANGED], 0);
}

static gboolean
remove_leftover_temporary_files (DossierLibrary  *self,
                                 GError         **error)
{
  g_autoptr(GDir) dir = g_dir_open (self->files_path, 0, error);
  const char *name;

  if (dir == NULL)
    return FALSE;
  /* An import stopped half-way (a crash, a kill, a full disk) leaves at
   * most its temporary copy; the database never saw it. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".import-"))
      {
        g_autofree char *path = g_build_filename (self->files_path, name, NULL);
        g_unlink (path);
      }
  return TRUE;
}

static gboolean
make_folders (DossierLibrary  *self,
              GError         **error)
{
  if (g_mkdir_with_parents (self->files_path, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the library folder %s: %s"),
                   self->files_path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

DossierLibrary *
dossier_library_open (const char  *path,
                      GError     **error)
{
  g_autoptr(DossierLibrary) self = NULL;
  g_autofree char *database_path = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_LIBRARY, "path", path, NULL);
  if (!make_folders (self, error))
    return NULL;
  database_path = dossier_library_dup_database_path (self);
  self->database = dossier_database_open (database_path, error);
  if (self->database == NULL)
    return NULL;
  if (!remove_leftover_temporary_files (self, error))
    return NULL;
  /* An import stopped before indexing what it stored. */
  if (dossier_database_index_texts (self->database, error) < 0)
    return NULL;
  /* What was deleted in an earlier session, with no undo pending now. */
  if (!dossier_library_purge_trash (self, g_get_real_time () / G_USEC_PER_SEC - 60, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
refresh_live_document (DossierLibrary *self,
                       gint64          id)
{
  DossierDocument *document = g_hash_table_lookup (self->live, &id);
  g_autoptr(DossierDocumentRecord) record = NULL;

  if (document == NULL)
    return;
  record = read_record (self, id, NULL);
  if (record != NULL)
    dossier_document_update (document, record);
}

static const char *
field_column (DossierDocumentField field)
{
  switch (field)
    {
    case DOSSIER_DOCUMENT_FIELD_TITLE: return "title";
    case DOSSIER_DOCUMENT_FIELD_DATE: return "doc_date";
    case DOSSIER_DOCUMENT_FIELD_PLACE: return "place";
    case DOSSIER_DOCUMENT_FIELD_SENDERS: return "senders";
    case DOSSIER_DOCUMENT_FIELD_RECIPIENT: return "recipient";
    case DOSSIER_DOCUMENT_FIELD_KIND: return "kind";
    case DOSSIER_DOCUMENT_FIELD_LANGUAGE: return "language";
    case DOSSIER_DOCUMENT_FIELD_NOTES: return "notes";
    case DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL: return "confidential";
    default: return NULL;
    }
}

static gboolean
validate_date (const char  *value,
               GError     **error)
{
  unsigned year, month, day;
  char end;

  if (sscanf (value, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3 &&
      strlen (value) == 10 &&
      g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return TRUE;
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("“%s” is not a date that exists; write it as YYYY-MM-DD, e.g. 2016-11-23."),
               value);
  return FALSE;
}

static gboolean
validate_kind (const char  *value,
               GError     **error)
{
  g_autofree char *kinds = NULL;

  if (g_strv_contains (dossier_analysis_kinds (), value))
    return TRUE;
  kinds = g_strjoinv (", ", (char **) dossier_analysis_kinds ());
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("“%s” is not a kind of document; use one of: %s."), value, kinds);
  return FALSE;
}

static gboolean
validate_language (const char  *value,
                   GError     **error)
{
  gsize length = strlen (value);

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (value[i]))
      length = 0;
  if (length == 2 || length == 3)
    return TRUE;
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("“%s” is not a language code; use a two-letter code such as en, ru, fr."),
               value);
  return FALSE;
}

static gboolean
validate_field (DossierDocumentField   field,
                const char            *value,
                GError               **error)
{
  if (value == NULL)
    return TRUE;
  switch (field)
    {
    case DOSSIER_DOCUMENT_FIELD_DATE: return validate_date (value, error);
    case DOSSIER_DOCUMENT_FIELD_KIND: return validate_kind (value, error);
    case DOSSIER_DOCUMENT_FIELD_LANGUAGE: return validate_language (value, error);
    default: return TRUE;
    }
}

static void
bind_field_value (sqlite3_stmt         *statement,
                  DossierDocumentField  field,
                  const char           *value)
{
  if (field == DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL)
    sqlite3_bind_int (statement, 1, value != NULL && (g_str_equal (value, "true") ||
                                                      g_str_equal (value, "1")));
  else if (value == NULL || *value == '\0')
    sqlite3_bind_null (statement, 1);
  else
    sqlite3_bind_text (statement, 1, value, -1, SQLITE_TRANSIENT);
}

/* Stores a value the user gave; @value NULL or "" clears the field. The
 * field is marked as the user's, so that re-analysis leaves it alone. */
gboolean
dossier_library_set_field (DossierLibrary        *self,
                           DossierDocument       *document,
                           DossierDocumentField   field,
                           const char            *value,
                           GError               **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *trimmed = value ? g_strstrip (g_strdup (value)) : NULL;
  sqlite3_stmt *statement;
  const char *column = field_column (field);

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (trimmed != NULL && *trimmed != '\0' && !validate_field (field, trimmed, error))
    return FALSE;

  sql = g_strdup_printf ("UPDATE documents SET %s = ?1, user_fields = user_fields | ?2"
                         " WHERE id = ?3", column);
  statement = dossier_database_prepare (self->database, sql, error);
  if (statement == NULL)
    return FALSE;
  bind_field_value (statement, field, trimmed);
  sqlite3_bind_int (statement, 2, (int) field);
  sqlite3_bind_int64 (statement, 3, dossier_document_get_id (document));
  if (!dossier_database_step_done (self->database, statement, error))
    return FALSE;

  refresh_live_document (self, dossier_document_get_id (document));
  return TRUE;
}

/* Runs the analysis again over the stored text; what the user set stays. */
gboolean
dossier_library_reanalyse (DossierLibrary   *self,
                           DossierDocument  *document,
                           GError          **error)
{
  gint64 id = dossier_document_get_id (document);
  g_auto(GStrv) texts = NULL;
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autofree char *senders = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);

  texts = dossier_library_dup_page_texts (self, id, error);
  if (texts == NULL)
    return FALSE;
  analysis = dossier_analyse_pages ((const char * const *) texts, g_strv_length (texts));
  senders = g_strjoinv ("\n", analysis->senders);

  statement = dossier_database_prepare (self->database,
    "UPDATE documents SET"
    " title = CASE WHEN user_fields & 1 THEN title ELSE ?1 END,"
    " doc_date = CASE WHEN user_fields & 2 THEN doc_date ELSE ?2 END,"
    " place = CASE WHEN user_fields & 4 THEN place ELSE ?3 END,"
    " senders = CASE WHEN user_fields & 8 THEN senders ELSE ?4 END,"
    " recipient = CASE WHEN user_fields & 16 THEN recipient ELSE ?5 END,"
    " kind = CASE WHEN user_fields & 32 THEN kind ELSE ?6 END,"
    " language = CASE WHEN user_fields & 64 THEN language ELSE ?7 END"
    " WHERE id = ?8", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, analysis->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, analysis->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, analysis->place, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, *senders ? senders : NULL, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, analysis->recipient, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, analysis->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, analysis->language, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 8, id);
  if (!dossier_database_step_done (self->database, statement, error))
    return FALSE;

  refresh_live_document (self, id);
  return TRUE;
}

/* Removes the document and its stored copy. */
gboolean
dossier_library_delete_document (DossierLibrary   *self,
                                 DossierDocument  *document,
                                 GError          **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);

  statement = dossier_database_prepare (self->database, "DELETE FROM documents WHERE id = ?1",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_document_get_id (document));
  if (!dossier_database_step_done (self->database, statement, error))
    return FALSE;

  /* The row is gone first: a crash now leaves a spare file, never a
   * document without its file. */
  g_unlink (dossier_document_get_file (document));
  dossier_library_emit_changed_later (self);
  return TRUE;
}

/* Runs @sql, with ?1 bound to each id in turn, in one transaction. */
static gboolean
update_each (DossierLibrary  *self,
             const char      *sql,
             const gint64    *ids,
             guint            n_ids,
             GError         **error)
{
  sqlite3_stmt *statement;

  if (!dossier_database_begin (self->database, error))
    return FALSE;
  statement = dossier_database_prepare (self->database, sql, error);
  if (statement == NULL)
    goto failed;
  for (guint i = 0; i < n_ids; i++)
    {
      sqlite3_bind_int64 (statement, 1, ids[i]);
      if (!dossier_database_step_done (self->database, statement, error))
        goto failed;
    }
  if (!dossier_database_commit (self->database, error))
    goto failed;

  for (guint i = 0; i < n_ids; i++)
    refresh_live_document (self, ids[i]);
  return TRUE;

failed:
  dossier_database_rollback (self->database);
  return FALSE;
}

gboolean
dossier_library_set_reviewed (DossierLibrary  *self,
                              const gint64    *ids,
                              guint            n_ids,
                              gboolean         reviewed,
                              GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!update_each (self,
                    reviewed ? "UPDATE documents SET reviewed = 1 WHERE id = ?1"
                             : "UPDATE documents SET reviewed = 0 WHERE id = ?1",
                    ids, n_ids, error))
    return FALSE;
  dossier_library_emit_changed_later (self);
  return TRUE;
}

gboolean
dossier_library_trash_documents (DossierLibrary  *self,
                                 const gint64    *ids,
                                 guint            n_ids,
                                 GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!update_each (self,
                    "UPDATE documents SET trashed_at = CAST (strftime ('%s', 'now') AS INTEGER) WHERE id = ?1"
                    " AND trashed_at IS NULL",
                    ids, n_ids, error))
    return FALSE;
  dossier_library_emit_changed_later (self);
  return TRUE;
}

gboolean
dossier_library_restore_documents (DossierLibrary  *self,
                                   const gint64    *ids,
                                   guint            n_ids,
                                   GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!update_each (self, "UPDATE documents SET trashed_at = NULL WHERE id = ?1",
                    ids, n_ids, error))
    return FALSE;
  dossier_library_emit_changed_later (self);
  return TRUE;
}

static GPtrArray *
list_trashed_files (DossierLibrary  *self,
                    gint64           trashed_before,
                    GError         **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (self->database,
                                        "SELECT sha256 FROM documents"
                                        " WHERE trashed_at IS NOT NULL AND trashed_at < ?1",
                                        error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, trashed_before);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (paths, dossier_library_dup_file_path (self,
                            (const char *) sqlite3_column_text (statement, 0)));
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (self->database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&paths);
}

/* Deletes for good what was trashed before @trashed_before (seconds since
 * the epoch), stored copies included. */
gboolean
dossier_library_purge_trash (DossierLibrary  *self,
                             gint64           trashed_before,
                             GError         **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  paths = list_trashed_files (self, trashed_before, error);
  if (paths == NULL)
    return FALSE;
  if (paths->len == 0)
    return TRUE;
  statement = dossier_database_prepare (self->database,
                                        "DELETE FROM documents"
                                        " WHERE trashed_at IS NOT NULL AND trashed_at < ?1",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, trashed_before);
  if (!dossier_database_step_done (self->database, statement, error))
    return FALSE;
  /* Rows first: a crash in between leaves spare files, never a document
   * without its file. */
  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  return TRUE;
}

static void
dossier_library_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierLibrary *self = DOSSIER_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_library_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DossierLibrary *self = DOSSIER_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      self->files_path = g_build_filename (self->path, "files", NULL);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_library_finalize (GObject *object)
{
  DossierLibrary *self = DOSSIER_LIBRARY (object);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_object_weak_unref (value, forget_live_document, self);
  g_hash_table_unref (self->live);
  dossier_database_close (self->database);
  g_clear_pointer (&self->second, dossier_database_close);
  g_mutex_clear (&self->second_lock);
  g_main_context_unref (self->context);
  g_free (self->path);
  g_free (self->files_path);
  G_OBJECT_CLASS (dossier_library_parent_class)->finalize (object);
}

static void
dossier_library_class_init (DossierLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_library_get_property;
  object_class->set_property = dossier_library_set_property;
  object_class->finalize = dossier_library_finalize;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Documents were added or removed; lists query again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Tags were added, removed, renamed, moved, merged or recoloured, or
   * their aliases or rules changed: tag lists read them again. */
  signals[TAGS_CHANGED] = g_signal_new ("tags-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Events or asks were added, changed or removed, or asks moved between
   * events: follow-up lists read them again. */
  signals[FOLLOWUPS_CHANGED] = g_signal_new ("followups-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
dossier_library_init (DossierLibrary *self)
{
  g_mutex_init (&self->second_lock);
  self->live = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->context = g_main_context_ref_thread_default ();
}
