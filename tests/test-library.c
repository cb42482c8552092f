/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dossier-database.h"
#include "dossier-document-list.h"
#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-search.h"
#include "dossier-rules.h"
#include "dossier-tags.h"

typedef struct
{
  char           *dir;
  char           *library_path;
  DossierLibrary *library;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-library-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "a", "new", "library", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

static void
open_library (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->library);
}

static char *
write_letter (Fixture    *fixture,
              const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  char *path = g_build_filename (fixture->dir, file_name, NULL);

  dossier_fixture_write_letter (path, dossier_fixture_letter (name));
  return path;
}

static void
import_letters (Fixture            *fixture,
                const char * const *names)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (paths, write_letter (fixture, names[i]));
  g_ptr_array_add (paths, NULL);

  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);
      g_assert_cmpstr (result->reason, ==, NULL);
      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
    }
}

static void
wait_for_changed (DossierLibrary *library)
{
  /* "changed" comes from an idle on the main context. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
query_int (const char *database_path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

static void
test_open_creates (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *files = g_build_filename (fixture->library_path, "files", NULL);
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);

  open_library (fixture);
  g_assert_true (g_file_test (files, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (database, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, DOSSIER_DATABASE_SCHEMA_VERSION);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);
  g_clear_object (&fixture->library);

  /* And opens again as it is. */
  open_library (fixture);
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, DOSSIER_DATABASE_SCHEMA_VERSION);
}

static void
test_open_wal (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;

  open_library (fixture);
  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "wal");
  sqlite3_finalize (statement);
  sqlite3_close (db);
}

static void
test_open_newer_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (database, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (fixture->library_path, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (database, &before, &before_length, NULL));

  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NEWER_LIBRARY);
  g_assert_null (fixture->library);
  g_assert_nonnull (strstr (error->message, "newer version of Dossier"));

  g_assert_true (g_file_get_contents (database, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_open_not_a_database (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_strnfill (4096, 'x');

  g_assert_cmpint (g_mkdir_with_parents (fixture->library_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (database, garbage, -1, NULL));
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DATABASE);
  g_assert_null (fixture->library);
}

static void
test_open_unwritable (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *files = g_build_filename (fixture->library_path, "files", NULL);
  g_autoptr(GError) error = NULL;

  /* Where the files folder should be stands a file. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->library_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (files, "x", -1, NULL));
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Cannot create the library folder"));
  g_assert_null (fixture->library);
}

static void
test_open_removes_leftovers (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *leftover = g_build_filename (fixture->library_path, "files",
                                                ".import-ab12cd", NULL);

  open_library (fixture);
  g_clear_object (&fixture->library);
  g_assert_true (g_file_set_contents (leftover, "%PDF-1.4 half", -1, NULL));
  open_library (fixture);
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
}

static void
count_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static char *
title_at (GListModel *list,
          guint       position)
{
  g_autoptr(DossierDocument) document = g_list_model_get_item (list, position);

  return g_strdup (dossier_document_get_title (document));
}

static char *
date_at (GListModel *list,
         guint       position)
{
  g_autoptr(DossierDocument) document = g_list_model_get_item (list, position);

  return g_strdup (dossier_document_get_date (document));
}

static void
test_list_sort_filter (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *names[] = { "en-visit", "ru-letter", "fr-letter", "en-press", NULL };
  g_autoptr(GListModel) by_date = NULL;
  g_autoptr(GListModel) by_title = NULL;
  DossierDocumentFilter filter = { NULL };
  guint changes = 0;

  open_library (fixture);
  by_date = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (by_date), ==, 0);
  g_signal_connect (by_date, "items-changed", G_CALLBACK (count_items_changed_cb), &changes);

  import_letters (fixture, names);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (by_date), ==, 4);
  g_assert_true (g_list_model_get_item_type (by_date) == DOSSIER_TYPE_DOCUMENT);

  for (guint i = 1; i < 4; i++)
    {
      g_autofree char *newer = date_at (by_date, i - 1);
      g_autofree char *older = date_at (by_date, i);
      g_assert_cmpstr (newer, >=, older);
    }

  by_title = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_TITLE, FALSE, NULL);
  for (guint i = 1; i < 4; i++)
    {
      g_autofree char *first = title_at (by_title, i - 1);
      g_autofree char *second = title_at (by_title, i);
      g_assert_cmpint (g_ascii_strcasecmp (first, second), <=, 0);
    }
  g_assert_null (g_list_model_get_item (by_title, 4));

  filter.language = g_strdup ("ru");
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (by_title), &filter);
  g_assert_cmpuint (g_list_model_get_n_items (by_title), ==, 1);
  dossier_document_filter_clear (&filter);

  filter.kind = g_strdup ("press-release");
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (by_title), &filter);
  g_assert_cmpuint (g_list_model_get_n_items (by_title), ==, 1);
  dossier_document_filter_clear (&filter);

  filter.date_from = g_strdup ("2018-01-01");
  filter.date_to = g_strdup ("2021-12-31");
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (by_title), &filter);
  g_assert_cmpuint (g_list_model_get_n_items (by_title), ==, 2);
  dossier_document_filter_clear (&filter);
}

/* A library of 100,000 documents: the list knows its size at once and
 * builds only the items asked for. */
static void
test_list_large (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(DossierDocument) first = NULL;
  g_autoptr(DossierDocument) again = NULL;
  sqlite3 *db = NULL;

  open_library (fixture);
  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
    " INSERT INTO documents (sha256, title, doc_date, page_count, pages_with_text, bytes,"
    "                        original_name, imported_at)"
    " SELECT printf('%064d', i), 'Letter ' || i, date('2000-01-01', '+' || (i % 9000) || ' days'),"
    "        1, 1, 1000, 'letter.pdf', 0 FROM n", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 100000);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (dossier_document_get_date (first), ==, "2024-08-21");
  again = g_list_model_get_item (list, 0);
  g_assert_true (first == again);
}

static DossierDocument *
first_document (Fixture *fixture)
{
  g_autoptr(GListModel) list =
    dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);

  return g_list_model_get_item (list, 0);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_edit_persists (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *names[] = { "en-visit", NULL };
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(DossierDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  gint64 id;

  open_library (fixture);
  import_letters (fixture, names);
  document = first_document (fixture);
  id = dossier_document_get_id (document);
  g_signal_connect (document, "notify::date", G_CALLBACK (count_notify_cb), &notified);

  g_assert_true (dossier_library_set_field (fixture->library, document, DOSSIER_DOCUMENT_FIELD_DATE,
                                            "2015-01-31", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2015-01-31");

  /* A date that does not exist is refused and changes nothing. */
  g_assert_false (dossier_library_set_field (fixture->library, document, DOSSIER_DOCUMENT_FIELD_DATE,
                                             "2015-02-30", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dossier_library_set_field (fixture->library, document, DOSSIER_DOCUMENT_FIELD_KIND,
                                             "poem", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2015-01-31");

  g_clear_object (&document);
  g_clear_object (&fixture->library);
  open_library (fixture);
  reopened = dossier_library_dup_document (fixture->library, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_document_get_date (reopened), ==, "2015-01-31");
  g_assert_cmpuint (dossier_document_get_user_fields (reopened), ==, DOSSIER_DOCUMENT_FIELD_DATE);
}

static void
test_reanalyse_keeps_edits (Fixture       *fixture,
                            gconstpointer  data)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-visit");
  const char *names[] = { "en-visit", NULL };
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  open_library (fixture);
  import_letters (fixture, names);
  document = first_document (fixture);
  g_assert_cmpstr (dossier_document_get_date (document), ==, letter->date);

  g_assert_true (dossier_library_set_field (fixture->library, document, DOSSIER_DOCUMENT_FIELD_TITLE,
                                            "My own title", &error));
  g_assert_true (dossier_library_set_field (fixture->library, document, DOSSIER_DOCUMENT_FIELD_PLACE,
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_null (dossier_document_get_place (document));

  g_assert_true (dossier_library_reanalyse (fixture->library, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_document_get_title (document), ==, "My own title");
  g_assert_null (dossier_document_get_place (document));
  g_assert_cmpstr (dossier_document_get_date (document), ==, letter->date);
  g_assert_cmpstr (dossier_document_get_language (document), ==, "en");
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  const char *names[] = { "en-visit", "fr-letter", NULL };
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);

  open_library (fixture);
  import_letters (fixture, names);
  wait_for_changed (fixture->library);
  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  document = g_list_model_get_item (list, 0);
  file = g_strdup (dossier_document_get_file (document));
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));

  g_assert_true (dossier_library_delete_document (fixture->library, document, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM pages WHERE document_id NOT IN"
                                        " (SELECT id FROM documents)"), ==, 0);
}

static void
test_page_texts (Fixture       *fixture,
                 gconstpointer  data)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-briefing");
  const char *names[] = { "en-briefing", NULL };
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) texts = NULL;

  open_library (fixture);
  import_letters (fixture, names);
  document = first_document (fixture);
  texts = dossier_library_dup_page_texts (fixture->library, dossier_document_get_id (document), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (texts), ==, g_strv_length ((char **) letter->pages));
  g_assert_cmpuint (dossier_document_get_n_pages (document), ==, g_strv_length (texts));
  g_assert_cmpuint (dossier_document_get_n_pages_with_text (document), ==, g_strv_length (texts));
  g_assert_null (dossier_document_get_text_warning (document));
}

static guint
count_hits (DossierLibrary *library,
            const char     *query)
{
  DossierSearchOptions options = { .query = query };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = dossier_search (library, &options, &error);

  g_assert_no_error (error);
  return hits->len;
}

static void
assert_index_intact (DossierLibrary *library)
{
  g_autoptr(GError) error = NULL;

  dossier_database_exec (dossier_library_get_database (library),
                         "INSERT INTO text_fts (text_fts, rank) VALUES ('integrity-check', 1)",
                         &error);
  g_assert_no_error (error);
}

/* The full-text index follows every change: a new title, a deletion, and
 * pages an interrupted import left unindexed. */
static void
test_index_follows_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *names[] = { "en-visit", "fr-letter", "ru-letter", NULL };
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  g_autoptr(DossierDocument) french = NULL;
  g_autoptr(DossierDocument) russian = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  open_library (fixture);
  import_letters (fixture, names);
  assert_index_intact (fixture->library);
  g_assert_cmpuint (count_hits (fixture->library, "libertés"), >=, 1);

  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  french = g_list_model_get_item (list, 0);
  russian = g_list_model_get_item (list, 1);
  g_assert_cmpstr (dossier_document_get_language (french), ==, "fr");

  g_assert_true (dossier_library_set_field (fixture->library, french, DOSSIER_DOCUMENT_FIELD_TITLE,
                                            "Zanzibarian quokka", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->library, "quokka"), ==, 1);
  assert_index_intact (fixture->library);

  g_assert_true (dossier_library_delete_document (fixture->library, russian, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->library, "заключённых"), ==, 0);
  assert_index_intact (fixture->library);

  /* As if an import stopped between storing a document and indexing it. */
  g_clear_object (&fixture->library);
  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO documents (id, sha256, title, page_count, pages_with_text, bytes,"
    "                       original_name, imported_at)"
    " VALUES (100, 'f00d', 'Stored, not indexed', 1, 1, 10, 'x.pdf', 0);"
    "INSERT INTO pages (id, document_id, number, has_text, first_word)"
    " VALUES (100 * 65536 + 1, 100, 1, 1, 0);"
    "INSERT INTO document_text (id, title, body)"
    " VALUES (100, 'Stored, not indexed', 'A zebrafish in a letter.')",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_object (&french);
  g_clear_object (&russian);
  g_clear_object (&list);
  open_library (fixture);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM document_text WHERE indexed = 0"),
                   ==, 0);
  g_assert_cmpuint (count_hits (fixture->library, "zebrafish"), ==, 1);
  assert_index_intact (fixture->library);
}

/* Deleting from the window trashes: the document leaves lists and
 * searches at once, comes back on undo, and is purged for good later. */
static void
test_trash_restore_purge (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *names[] = { "en-visit", "fr-letter", NULL };
  g_autofree char *database = g_build_filename (fixture->library_path, "library.sqlite3", NULL);
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  gint64 id;
  guint hits;

  open_library (fixture);
  import_letters (fixture, names);
  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  document = g_list_model_get_item (list, 0);
  g_assert_cmpstr (dossier_document_get_language (document), ==, "fr");
  id = dossier_document_get_id (document);
  file = g_strdup (dossier_document_get_file (document));
  hits = count_hits (fixture->library, "libertés");
  g_assert_cmpuint (hits, >=, 1);

  g_assert_true (dossier_library_trash_documents (fixture->library, &id, 1, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 1);
  g_assert_cmpuint (count_hits (fixture->library, "libertés"), ==, hits - 1);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));

  g_assert_true (dossier_library_restore_documents (fixture->library, &id, 1, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (count_hits (fixture->library, "libertés"), ==, hits);

  /* Purging spares what was trashed after the cut-off. */
  g_assert_true (dossier_library_trash_documents (fixture->library, &id, 1, &error));
  g_assert_true (dossier_library_purge_trash (fixture->library, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM documents"), ==, 2);
  g_assert_true (dossier_library_purge_trash (fixture->library, G_MAXINT64, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM pages WHERE document_id NOT IN"
                                        " (SELECT id FROM documents)"), ==, 0);
}

/* Importing a file whose deletion can still be undone brings it back. */
static void
test_reimport_trashed (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *names[] = { "en-visit", NULL };
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *paths[2] = { NULL, NULL };
  g_autoptr(DossierDocument) document = NULL;
  gint64 id;

  open_library (fixture);
  import_letters (fixture, names);
  document = first_document (fixture);
  id = dossier_document_get_id (document);
  g_assert_true (dossier_library_trash_documents (fixture->library, &id, 1, &error));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);

  /* The very file imported before: a new rendering would differ. */
  path = g_build_filename (fixture->dir, "en-visit.pdf", NULL);
  paths[0] = path;
  import = dossier_import_new (fixture->library);
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((DossierImportResult *) g_ptr_array_index (results, 0))->status, ==,
                   DOSSIER_IMPORT_DUPLICATE);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 1);
}

/* Settles every suggestion of a document: accepts them, or rejects them. */
static void
settle_suggestions (DossierLibrary *library,
                    gint64          id,
                    DossierTagState state)
{
  g_autoptr(GPtrArray) document_tags = dossier_library_list_document_tags (library, id, FALSE, NULL);
  g_autoptr(GPtrArray) suggested = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);

      if (document_tag->state == DOSSIER_TAG_SUGGESTED)
        g_ptr_array_add (suggested, document_tag->tag);
    }
  if (suggested->len > 0)
    g_assert_true (dossier_library_set_document_tags (library, id,
                                                      (DossierTag * const *) suggested->pdata,
                                                      suggested->len, state, &error));
  g_assert_no_error (error);
}

static guint
count_in (DossierLibrary              *library,
          const DossierDocumentFilter *filter)
{
  g_autoptr(GListModel) list = dossier_library_list_documents (library, DOSSIER_DOCUMENT_SORT_DATE,
                                                               TRUE, filter);

  return g_list_model_get_n_items (list);
}

/* The Inbox holds what waits for a decision: a suggestion nobody has
 * settled, or no issue at all and nobody has looked. Recently imported
 * is what came after a moment. */
static void
test_inbox_and_recent (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *names[] = { "en-visit", "fr-letter", "ru-letter", NULL };
  g_autoptr(GListModel) inbox = NULL;
  g_autoptr(GListModel) recent = NULL;
  g_autoptr(DossierTag) torture = NULL;
  g_autoptr(GError) error = NULL;
  DossierDocumentFilter filter = { NULL };
  gint64 ids[3];

  open_library (fixture);
  import_letters (fixture, names);
  filter.inbox = TRUE;
  inbox = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (inbox, i);

      ids[i] = dossier_document_get_id (document);
      settle_suggestions (fixture->library, ids[i], DOSSIER_TAG_REJECTED);
    }
  torture = dossier_library_find_tag_by_key (fixture->library, "torture", &error);
  g_assert_no_error (error);

  /* An issue given by hand takes the first out. */
  g_assert_true (dossier_library_tag_document (fixture->library, ids[0], torture, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, 2);

  /* Reviewed without an issue, the second goes too… */
  g_assert_true (dossier_library_set_reviewed (fixture->library, &ids[1], 1, TRUE, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, 1);

  /* …but a suggestion brings back even a reviewed document, until it is
   * settled. */
  g_assert_true (dossier_library_set_reviewed (fixture->library, &ids[2], 1, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_in (fixture->library, &filter), ==, 0);
  {
    const char *rules[] = { "\\w+", NULL };
    DossierTagSpec spec = { .name = "Everything", .facet = DOSSIER_FACET_ISSUE,
                            .rules = rules, .rule_mode = DOSSIER_RULE_REGEX };
    g_autoptr(DossierTag) everything = dossier_library_create_tag (fixture->library, &spec, &error);

    g_assert_no_error (error);
    g_assert_true (dossier_library_apply_rules (fixture->library, NULL, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_in (fixture->library, &filter), ==, 3);
  settle_suggestions (fixture->library, ids[0], DOSSIER_TAG_ACCEPTED);
  settle_suggestions (fixture->library, ids[1], DOSSIER_TAG_REJECTED);
  settle_suggestions (fixture->library, ids[2], DOSSIER_TAG_REJECTED);
  g_assert_cmpuint (count_in (fixture->library, &filter), ==, 0);
  /* Without its issue and never reviewed, the first is back. */
  g_assert_true (dossier_library_untag_document (fixture->library, ids[0], torture, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) tags = dossier_library_list_document_tags (fixture->library, ids[0],
                                                                     FALSE, NULL);
    g_autoptr(GPtrArray) issues = g_ptr_array_new ();

    for (guint i = 0; i < tags->len; i++)
      g_ptr_array_add (issues, ((DossierDocumentTag *) g_ptr_array_index (tags, i))->tag);
    g_assert_true (dossier_library_set_document_tags (fixture->library, ids[0],
                                                      (DossierTag * const *) issues->pdata,
                                                      issues->len, DOSSIER_TAG_REJECTED, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_in (fixture->library, &filter), ==, 1);

  filter.inbox = FALSE;
  filter.imported_since = g_get_real_time () / G_USEC_PER_SEC - 3600;
  recent = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (recent), ==, 3);
  filter.imported_since = g_get_real_time () / G_USEC_PER_SEC + 3600;
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (recent), &filter);
  g_assert_cmpuint (g_list_model_get_n_items (recent), ==, 0);
}

typedef struct
{
  guint position, removed, added, count;
} Change;

static void
record_change_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

/* A list tells its views only what changed: a newer letter imported into
 * a list by date is one row added at the top, and setting the filter it
 * already has changes nothing. */
static void
test_list_changes_minimal (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *older[] = { "en-visit", "en-oslo", NULL };
  const char *newer[] = { "fr-letter", NULL };
  g_autoptr(GListModel) list = NULL;
  DossierDocumentFilter filter = { NULL };
  Change change = { 0 };
  g_autofree char *first = NULL;

  open_library (fixture);
  import_letters (fixture, older);
  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_signal_connect (list, "items-changed", G_CALLBACK (record_change_cb), &change);

  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (list), &filter);
  g_assert_cmpuint (change.count, ==, 0);

  import_letters (fixture, newer);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (change.count, ==, 1);
  first = date_at (list, 0);
  g_assert_cmpstr (first, ==, dossier_fixture_letter ("fr-letter")->date);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* ---- /library/list/tags ---- */

static DossierTag *
make_tag (DossierLibrary *library,
          const char     *name,
          const char     *facet,
          DossierTag     *parent)
{
  DossierTagSpec spec = { .name = name, .facet = facet,
                          .parent_id = parent ? dossier_tag_get_id (parent) : 0 };
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_create_tag (library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

static void
tag_documents (DossierLibrary *library,
               DossierTag     *tag,
               const gint64   *ids,
               guint           n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (dossier_library_tag_document (library, ids[i], tag, &error));
      g_assert_no_error (error);
    }
}

/* @ids (sorted here) as "3,4". */
static char *
ids_text (gint64 *ids,
          guint   n_ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  qsort (ids, n_ids, sizeof (gint64), compare_ids);
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  return g_strdup (text->str);
}

/* The ids a filter on @tags lets through, as ids_text() writes them. */
static char *
ids_tagged (DossierLibrary *library,
            DossierTag    **tags,
            guint           n_tags)
{
  g_autofree gint64 *tag_ids = g_new0 (gint64, n_tags);
  DossierDocumentFilter filter = { NULL };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_tags; i++)
    tag_ids[i] = dossier_tag_get_id (tags[i]);
  filter.tag_ids = tag_ids;
  filter.n_tag_ids = n_tags;
  ids = dossier_library_query_ids (library, DOSSIER_DOCUMENT_SORT_TITLE, FALSE, &filter, &error);
  g_assert_no_error (error);
  return ids_text ((gint64 *) ids->data, ids->len);
}

#define assert_tagged(library, tags, ...) G_STMT_START { \
    gint64 expected_[] = { __VA_ARGS__ }; \
    g_autofree char *got_ = ids_tagged (library, tags, G_N_ELEMENTS (tags)); \
    g_autofree char *want_ = ids_text (expected_, G_N_ELEMENTS (expected_)); \
    g_assert_cmpstr (got_, ==, want_); \
  } G_STMT_END

static gboolean
list_holds (GListModel *list,
            gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (list, i);

      if (dossier_document_get_id (document) == id)
        return TRUE;
    }
  return FALSE;
}

static guint
count_of (GHashTable *counts,
          DossierTag *tag)
{
  gint64 id = dossier_tag_get_id (tag);

  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
}

/* A tag filter keeps the documents that carry every tag asked for, a
 * parent standing for its children; a suggested tag counts, a rejected
 * one or a trashed document does not; the counts agree with the filter. */
static void
test_list_tags (Fixture       *fixture,
                gconstpointer  data)
{
  const char *names[] = { "en-visit", "fr-letter", "ru-letter", "en-oslo", NULL };
  g_autoptr(DossierTag) parent = NULL;
  g_autoptr(DossierTag) child = NULL;
  g_autoptr(DossierTag) country = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  DossierDocumentFilter filter = { NULL };
  DossierDocumentTag *suggestion = NULL;
  gint64 a, b, c, d, tag_id;
  Change change = { 0 };

  open_library (fixture);
  import_letters (fixture, names);
  all = dossier_library_query_ids (fixture->library, DOSSIER_DOCUMENT_SORT_TITLE, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);
  a = g_array_index (all, gint64, 0);
  b = g_array_index (all, gint64, 1);
  c = g_array_index (all, gint64, 2);
  d = g_array_index (all, gint64, 3);

  parent = make_tag (fixture->library, "Filter parent", "issue", NULL);
  child = make_tag (fixture->library, "Filter child", "issue", parent);
  country = make_tag (fixture->library, "Ruritania", "country", NULL);
  tag_documents (fixture->library, parent, (gint64[]) { a, b }, 2);
  tag_documents (fixture->library, child, (gint64[]) { b, d }, 2);
  tag_documents (fixture->library, country, (gint64[]) { b, c }, 2);
  /* Removed from d: rejected, kept as a decision, and no longer a match. */
  g_assert_true (dossier_library_untag_document (fixture->library, d, child, &error));
  g_assert_no_error (error);

  assert_tagged (fixture->library, ((DossierTag *[]) { child }), b);
  assert_tagged (fixture->library, ((DossierTag *[]) { parent }), a, b);
  assert_tagged (fixture->library, ((DossierTag *[]) { country }), b, c);
  assert_tagged (fixture->library, ((DossierTag *[]) { parent, country }), b);
  assert_tagged (fixture->library, ((DossierTag *[]) { child, country }), b);

  /* A parent stands for its children even where it is not itself. */
  tag_documents (fixture->library, child, (gint64[]) { c }, 1);
  assert_tagged (fixture->library, ((DossierTag *[]) { parent, country }), b, c);

  /* Counts: documents, not rows (b has parent and child), as filters see them. */
  counts = dossier_library_count_documents_by_tag (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (counts, parent), ==, 3);
  g_assert_cmpuint (count_of (counts, child), ==, 2);
  g_assert_cmpuint (count_of (counts, country), ==, 2);
  g_clear_pointer (&counts, g_hash_table_unref);

  /* What the rules suggested on import filters as an accepted tag does. */
  suggested = dossier_library_list_document_tags (fixture->library, a, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < suggested->len && suggestion == NULL; i++)
    if (((DossierDocumentTag *) g_ptr_array_index (suggested, i))->state == DOSSIER_TAG_SUGGESTED)
      suggestion = g_ptr_array_index (suggested, i);
  g_assert_nonnull (suggestion);
  tag_id = dossier_tag_get_id (suggestion->tag);
  filter.tag_ids = &tag_id;
  filter.n_tag_ids = 1;
  list = dossier_library_list_documents (fixture->library, DOSSIER_DOCUMENT_SORT_DATE, TRUE,
                                         &filter);
  g_assert_true (list_holds (list, a));

  /* The list follows: the same tags change nothing, another tag narrows. */
  g_signal_connect (list, "items-changed", G_CALLBACK (record_change_cb), &change);
  tag_id = dossier_tag_get_id (suggestion->tag);
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (list), &filter);
  g_assert_cmpuint (change.count, ==, 0);
  tag_id = dossier_tag_get_id (country);
  dossier_document_list_set_filter (DOSSIER_DOCUMENT_LIST (list), &filter);
  g_assert_cmpuint (change.count, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* The trash leaves filters and counts. */
  g_assert_true (dossier_library_trash_documents (fixture->library, &c, 1, &error));
  g_assert_no_error (error);
  wait_for_changed (fixture->library);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  assert_tagged (fixture->library, ((DossierTag *[]) { parent }), a, b);
  counts = dossier_library_count_documents_by_tag (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (counts, parent), ==, 2);
  g_assert_cmpuint (count_of (counts, child), ==, 1);
  g_assert_cmpuint (count_of (counts, country), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/library/open/creates", test_open_creates);
  ADD ("/library/open/wal", test_open_wal);
  ADD ("/library/open/newer-refused", test_open_newer_refused);
  ADD ("/library/open/not-a-database", test_open_not_a_database);
  ADD ("/library/open/unwritable", test_open_unwritable);
  ADD ("/library/open/removes-leftovers", test_open_removes_leftovers);
  ADD ("/library/list/sort-filter", test_list_sort_filter);
  ADD ("/library/list/large", test_list_large);
  ADD ("/library/list/changes-minimal", test_list_changes_minimal);
  ADD ("/library/edit/persists", test_edit_persists);
  ADD ("/library/edit/reanalyse-keeps-edits", test_reanalyse_keeps_edits);
  ADD ("/library/delete", test_delete);
  ADD ("/library/page-texts", test_page_texts);
  ADD ("/library/index/follows-changes", test_index_follows_changes);
  ADD ("/library/trash/restore-purge", test_trash_restore_purge);
  ADD ("/library/trash/reimport", test_reimport_trashed);
  ADD ("/library/list/inbox-recent", test_inbox_and_recent);
  ADD ("/library/list/tags", test_list_tags);
#undef ADD

  return g_test_run ();
}
