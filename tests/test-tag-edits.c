/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* Tagging many documents at once and undoing it, bringing a deleted tag
 * back, and counting a rule's matches before it is stored. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-library.h"
#include "dossier-rule-preview.h"
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

  fixture->dir = g_dir_make_tmp ("dossier-tag-edits-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->library);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

static sqlite3 *
handle (Fixture *fixture)
{
  return dossier_database_get_handle (dossier_library_get_database (fixture->library));
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (handle (fixture), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle (fixture), sql, -1, &statement, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return value;
}

/* A document as the import leaves it, with @title and @body (pages
 * separated by form feeds). */
static gint64
add_document (Fixture    *fixture,
              const char *title,
              const char *body)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, title, -1);
  sqlite3_stmt *statement = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (handle (fixture),
                                       "INSERT INTO documents (sha256, title, page_count,"
                                       " pages_with_text, bytes, original_name, imported_at)"
                                       " VALUES (?1, ?2, 1, 1, 100, 'letter.pdf', 0)",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, sha, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, title, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
  id = sqlite3_last_insert_rowid (handle (fixture));

  g_assert_cmpint (sqlite3_prepare_v2 (handle (fixture),
                                       "INSERT INTO document_text (id, title, body)"
                                       " VALUES (?1, ?2, ?3)", -1, &statement, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_text (statement, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, body, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
  return id;
}

static DossierTag *
create_tag (Fixture    *fixture,
            const char *name,
            const char *facet,
            gint64      parent_id)
{
  DossierTagSpec spec = { .name = name, .facet = facet, .parent_id = parent_id };
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

static void
set_row (Fixture    *fixture,
         gint64      document_id,
         DossierTag *tag,
         const char *origin,
         const char *state)
{
  g_autofree char *sql = g_strdup_printf ("INSERT OR REPLACE INTO document_tags"
                                          " (document_id, tag_id, origin, state)"
                                          " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                                          ", '%s', '%s')",
                                          document_id, dossier_tag_get_id (tag), origin, state);
  exec_sql (fixture, sql);
}

/* "origin/state" of the document's row for @tag_id, or "none". */
static char *
row_of (Fixture *fixture,
        gint64   document_id,
        gint64   tag_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT origin || '/' || state FROM document_tags"
                                          " WHERE document_id = %" G_GINT64_FORMAT
                                          " AND tag_id = %" G_GINT64_FORMAT,
                                          document_id, tag_id);
  char *value = query_text (fixture, sql);

  return value ? value : g_strdup ("none");
}

#define assert_row(fixture, document, tag_id, expected)             \
  G_STMT_START {                                                    \
    g_autofree char *_row = row_of (fixture, document, tag_id);     \
    g_assert_cmpstr (_row, ==, expected);                           \
  } G_STMT_END

/* ---- /tag-edits/tag-documents ---- */

static void
test_tag_documents (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Edits media", "issue", 0);
  gint64 tag_id = dossier_tag_get_id (tag);
  gint64 ids[] = {
    add_document (fixture, "untagged", "text"),
    add_document (fixture, "suggested", "text"),
    add_document (fixture, "rejected", "text"),
    add_document (fixture, "accepted", "text"),
  };
  g_autoptr(DossierTagStates) states = NULL;
  g_autoptr(GError) error = NULL;

  set_row (fixture, ids[1], tag, "rule", "suggested");
  set_row (fixture, ids[2], tag, "rule", "rejected");
  set_row (fixture, ids[3], tag, "rule", "accepted");

  states = dossier_library_dup_tag_states (fixture->library, ids, G_N_ELEMENTS (ids), tag_id,
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossier_tag_states_count_changing (states), ==, 3);

  g_assert_true (dossier_library_tag_documents (fixture->library, ids, G_N_ELEMENTS (ids),
                                                tag_id, &error));
  g_assert_no_error (error);
  assert_row (fixture, ids[0], tag_id, "manual/accepted");
  /* A suggestion confirmed stays the rule's; a rejection overturned is
   * the user's. */
  assert_row (fixture, ids[1], tag_id, "rule/accepted");
  assert_row (fixture, ids[2], tag_id, "manual/accepted");
  assert_row (fixture, ids[3], tag_id, "rule/accepted");

  g_assert_true (dossier_library_restore_tag_states (fixture->library, states, &error));
  g_assert_no_error (error);
  assert_row (fixture, ids[0], tag_id, "none");
  assert_row (fixture, ids[1], tag_id, "rule/suggested");
  assert_row (fixture, ids[2], tag_id, "rule/rejected");
  assert_row (fixture, ids[3], tag_id, "rule/accepted");
}

/* An undo puts back only what the tagging left as it was. */
static void
test_tag_documents_decided_since (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Edits torture", "issue", 0);
  gint64 tag_id = dossier_tag_get_id (tag);
  gint64 ids[] = { add_document (fixture, "one", "text"), add_document (fixture, "two", "text") };
  g_autoptr(DossierTagStates) states = NULL;
  g_autoptr(GError) error = NULL;

  states = dossier_library_dup_tag_states (fixture->library, ids, 2, tag_id, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_tag_documents (fixture->library, ids, 2, tag_id, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_library_untag_document (fixture->library, ids[1], tag, &error));
  g_assert_no_error (error);

  g_assert_true (dossier_library_restore_tag_states (fixture->library, states, &error));
  g_assert_no_error (error);
  assert_row (fixture, ids[0], tag_id, "none");
  assert_row (fixture, ids[1], tag_id, "manual/rejected");
}

static void
test_tag_documents_missing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Edits torture", "issue", 0);
  gint64 tag_id = dossier_tag_get_id (tag);
  gint64 ids[] = { add_document (fixture, "one", "text"), 4242 };
  g_autoptr(GError) error = NULL;

  g_assert_false (dossier_library_tag_documents (fixture->library, ids, 2, tag_id, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "4242"));
  /* Nothing, not even the document that exists. */
  assert_row (fixture, ids[0], tag_id, "none");
  g_clear_error (&error);

  g_assert_false (dossier_library_tag_documents (fixture->library, ids, 1, tag_id + 100, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  assert_row (fixture, ids[0], tag_id, "none");
}

/* ---- /tag-edits/restore-tag ---- */

static gboolean
strv_equal (const char * const *strv,
            const char * const *expected)
{
  return g_strv_equal (strv, expected);
}

static void
test_restore_tag (Fixture       *fixture,
                  gconstpointer  data)
{
  const char * const aliases[] = { "Kozlov", "Козлов", NULL };
  const char * const rules[] = { "Kozlov*", NULL };
  g_autoptr(DossierTag) parent = create_tag (fixture, "Edits prisoners", "issue", 0);
  DossierTagSpec spec = {
    .name = "Vladimir Kozlov",
    .facet = "issue",
    .parent_id = dossier_tag_get_id (parent),
    .colour = "#e01b24",
    .description = "Opposition leader, sentenced in 2012",
    .confidential = TRUE,
    .key = "test-kozlov",
    .aliases = aliases,
    .rules = rules,
    .rule_mode = DOSSIER_RULE_ANY_WORD,
  };
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(DossierTag) child = NULL;
  g_autoptr(DossierTag) restored = NULL;
  g_autoptr(DossierTagSnapshot) snapshot = NULL;
  g_autoptr(GPtrArray) rules_before = NULL;
  g_autoptr(GPtrArray) rules_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *deleted = NULL;
  gint64 a = add_document (fixture, "a", "text");
  gint64 b = add_document (fixture, "b", "text");
  gint64 c = add_document (fixture, "c", "text");
  gint64 id;

  tag = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  id = dossier_tag_get_id (tag);
  child = create_tag (fixture, "Kozlov's appeal", "issue", id);
  set_row (fixture, a, tag, "manual", "accepted");
  set_row (fixture, b, tag, "rule", "suggested");
  set_row (fixture, c, tag, "rule", "rejected");
  rules_before = dossier_library_list_tag_rules (fixture->library, tag, &error);
  g_assert_no_error (error);

  snapshot = dossier_library_snapshot_tag (fixture->library, tag, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_snapshot_get_name (snapshot), ==, "Vladimir Kozlov");
  g_assert_true (dossier_library_delete_tag (fixture->library, tag, &error));
  g_assert_no_error (error);
  assert_row (fixture, a, id, "none");
  deleted = query_text (fixture, "SELECT value FROM library_settings"
                                 " WHERE key = 'taxonomy-deleted'");
  g_assert_cmpstr (deleted, ==, "test-kozlov");
  g_clear_object (&child);
  child = dossier_library_find_tag_by_name (fixture->library, "issue", "Kozlov's appeal", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, dossier_tag_get_id (parent));

  restored = dossier_library_restore_tag (fixture->library, snapshot, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_id (restored), ==, id);
  g_assert_cmpstr (dossier_tag_get_key (restored), ==, "test-kozlov");
  g_assert_cmpstr (dossier_tag_get_name (restored), ==, "Vladimir Kozlov");
  g_assert_cmpstr (dossier_tag_get_facet (restored), ==, "issue");
  g_assert_cmpint (dossier_tag_get_parent_id (restored), ==, dossier_tag_get_id (parent));
  g_assert_cmpstr (dossier_tag_get_colour (restored), ==, "#e01b24");
  g_assert_cmpstr (dossier_tag_get_description (restored), ==,
                   "Opposition leader, sentenced in 2012");
  g_assert_true (dossier_tag_get_confidential (restored));
  g_assert_true (strv_equal (dossier_tag_get_aliases (restored), aliases));
  rules_after = dossier_library_list_tag_rules (fixture->library, restored, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules_after->len, ==, 1);
  g_assert_cmpint (((DossierTagRule *) rules_after->pdata[0])->id, ==,
                   ((DossierTagRule *) rules_before->pdata[0])->id);
  g_assert_cmpstr (((DossierTagRule *) rules_after->pdata[0])->pattern, ==, "Kozlov*");
  assert_row (fixture, a, id, "manual/accepted");
  assert_row (fixture, b, id, "rule/suggested");
  assert_row (fixture, c, id, "rule/rejected");

  g_clear_object (&child);
  child = dossier_library_find_tag_by_name (fixture->library, "issue", "Kozlov's appeal", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, id);
  /* Back in the taxonomy: an update may add to it again. */
  g_free (deleted);
  deleted = query_text (fixture, "SELECT value FROM library_settings"
                                 " WHERE key = 'taxonomy-deleted'");
  g_assert_cmpstr (deleted, ==, "");
}

/* A tag made since took the deleted one's id: the deleted one comes back
 * under another; a child moved since stays where the user put it. */
static void
test_restore_tag_moved_on (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Edits assembly", "issue", 0);
  g_autoptr(DossierTag) child = create_tag (fixture, "Edits protests", "issue", 0);
  g_autoptr(DossierTag) elsewhere = create_tag (fixture, "Edits expression", "issue", 0);
  g_autoptr(DossierTag) newcomer = NULL;
  g_autoptr(DossierTag) restored = NULL;
  g_autoptr(DossierTagSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, document = add_document (fixture, "a", "text");

  /* The tag with the highest id, so that SQLite gives it out again. */
  g_assert_true (dossier_library_delete_tag (fixture->library, tag, &error));
  g_clear_object (&tag);
  tag = create_tag (fixture, "Edits assembly", "issue", 0);
  id = dossier_tag_get_id (tag);
  g_assert_true (dossier_library_move_tag (fixture->library, child, tag, &error));
  g_assert_no_error (error);
  set_row (fixture, document, tag, "manual", "accepted");

  snapshot = dossier_library_snapshot_tag (fixture->library, tag, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_delete_tag (fixture->library, tag, &error));
  g_assert_no_error (error);
  newcomer = create_tag (fixture, "Edits association", "issue", 0);
  g_assert_cmpint (dossier_tag_get_id (newcomer), ==, id);
  g_assert_true (dossier_library_move_tag (fixture->library, child, elsewhere, &error));
  g_assert_no_error (error);

  restored = dossier_library_restore_tag (fixture->library, snapshot, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_id (restored), !=, id);
  g_assert_cmpstr (dossier_tag_get_name (restored), ==, "Edits assembly");
  assert_row (fixture, document, dossier_tag_get_id (restored), "manual/accepted");
  assert_row (fixture, document, id, "none");
  g_clear_object (&child);
  child = dossier_library_find_tag_by_name (fixture->library, "issue", "Edits protests", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, dossier_tag_get_id (elsewhere));
}

static void
test_restore_tag_name_taken (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Edits torture", "issue", 0);
  g_autoptr(DossierTag) other = NULL;
  g_autoptr(DossierTag) restored = NULL;
  g_autoptr(DossierTagSnapshot) snapshot = NULL;
  g_autoptr(GListModel) tags = NULL;
  g_autoptr(GError) error = NULL;

  snapshot = dossier_library_snapshot_tag (fixture->library, tag, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_delete_tag (fixture->library, tag, &error));
  other = create_tag (fixture, "EDITS TORTURE", "issue", 0);

  restored = dossier_library_restore_tag (fixture->library, snapshot, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_assert_null (restored);
  /* Nothing came back: the other tag is the only one of that name. */
  tags = dossier_library_list_tags (fixture->library, "issue", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DossierTag) listed = g_list_model_get_item (tags, i);

      g_assert_cmpstr (dossier_tag_get_name (listed), !=, "Edits torture");
    }
}

/* ---- /tag-edits/count-rule-matches ---- */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  guint     n_matching;
  guint     n_documents;
  GError   *error;
} CountResult;

static void
count_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  CountResult *count = data;

  count->ok = dossier_library_count_rule_matches_finish (DOSSIER_LIBRARY (source), result,
                                                         &count->n_matching,
                                                         &count->n_documents, &count->error);
  count->done = TRUE;
}

static CountResult
count_matches (Fixture         *fixture,
               DossierRuleMode  mode,
               const char      *pattern,
               GCancellable    *cancellable)
{
  CountResult count = { FALSE, FALSE, 0, 0, NULL };

  dossier_library_count_rule_matches_async (fixture->library, mode, pattern, cancellable,
                                            count_done_cb, &count);
  while (!count.done)
    g_main_context_iteration (NULL, TRUE);
  return count;
}

static void
assert_count (Fixture         *fixture,
              DossierRuleMode  mode,
              const char      *pattern,
              guint            expected)
{
  CountResult count = count_matches (fixture, mode, pattern, NULL);

  g_assert_no_error (count.error);
  g_assert_true (count.ok);
  g_assert_cmpuint (count.n_matching, ==, expected);
  g_assert_cmpuint (count.n_documents, ==, 3);
}

static void
test_count_rule_matches (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *trash = NULL;
  gint64 trashed;
  CountResult count;

  add_document (fixture, "Letter on torture",
                "The prison doctor saw signs of torture.\fVladimir Kozlov remains in prison.");
  add_document (fixture, "Письмо",
                "Владимир Козлов остаётся в заключении. Пытки продолжаются.");
  add_document (fixture, "Press release", "Journalists were detained after the protest.");
  trashed = add_document (fixture, "Trashed", "torture torture torture");
  trash = g_strdup_printf ("UPDATE documents SET trashed_at = 1 WHERE id = %" G_GINT64_FORMAT,
                           trashed);
  exec_sql (fixture, trash);

  assert_count (fixture, DOSSIER_RULE_ANY_WORD, "torture", 1);
  assert_count (fixture, DOSSIER_RULE_ANY_WORD, "torture journalist*", 2);
  /* Across scripts, as the rules match. */
  assert_count (fixture, DOSSIER_RULE_ANY_WORD, "Kozlov", 2);
  assert_count (fixture, DOSSIER_RULE_ALL_WORDS, "prison doctor", 1);
  assert_count (fixture, DOSSIER_RULE_PHRASE, "doctor prison", 0);
  /* The title counts as the rules read it. */
  assert_count (fixture, DOSSIER_RULE_PHRASE, "press release", 1);
  assert_count (fixture, DOSSIER_RULE_REGEX, "detain(ed|ment)", 1);

  count = count_matches (fixture, DOSSIER_RULE_REGEX, "detain(ed", NULL);
  g_assert_false (count.ok);
  g_assert_error (count.error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&count.error);

  count = count_matches (fixture, DOSSIER_RULE_ANY_WORD, "   ", NULL);
  g_assert_false (count.ok);
  g_assert_error (count.error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&count.error);

  g_cancellable_cancel (cancellable);
  count = count_matches (fixture, DOSSIER_RULE_ANY_WORD, "torture", cancellable);
  g_assert_false (count.ok);
  g_assert_error (count.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&count.error);
}

static void
test_count_rule_matches_empty (Fixture       *fixture,
                               gconstpointer  data)
{
  CountResult count = count_matches (fixture, DOSSIER_RULE_ANY_WORD, "torture", NULL);

  g_assert_no_error (count.error);
  g_assert_true (count.ok);
  g_assert_cmpuint (count.n_matching, ==, 0);
  g_assert_cmpuint (count.n_documents, ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/tag-edits/tag-documents", test_tag_documents);
  ADD ("/tag-edits/tag-documents/decided-since", test_tag_documents_decided_since);
  ADD ("/tag-edits/tag-documents/missing", test_tag_documents_missing);
  ADD ("/tag-edits/restore-tag", test_restore_tag);
  ADD ("/tag-edits/restore-tag/moved-on", test_restore_tag_moved_on);
  ADD ("/tag-edits/restore-tag/name-taken", test_restore_tag_name_taken);
  ADD ("/tag-edits/count-rule-matches", test_count_rule_matches);
  ADD ("/tag-edits/count-rule-matches/empty", test_count_rule_matches_empty);

  return g_test_run ();
}
