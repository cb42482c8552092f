/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dossier-fixtures.h"

/* Runs the real dossier program, as a user or a script would. */

typedef struct
{
  char *dir;
  char *library;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static char *dossier_path;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library = g_build_filename (fixture->dir, "library", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library);
  g_free (fixture->dir);
}

static Run
run_argv (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run.out, &run.err, &wait_status, &error);
  g_assert_no_error (error);
  run.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  return run;
}

/* dossier --library LIBRARY ARG… */
static Run
dossier (Fixture    *fixture,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, dossier_path);
  g_ptr_array_add (argv, (gpointer) "--library");
  g_ptr_array_add (argv, fixture->library);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  return run_argv ((const char * const *) argv->pdata);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
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
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  const char *help[] = { dossier_path, "--help", NULL };
  const char *bad[] = { dossier_path, "frobnicate", NULL };
  g_auto(Run) run_help = run_argv (help);
  g_auto(Run) run_bad = run_argv (bad);

  g_assert_cmpint (run_help.status, ==, 0);
  g_assert_nonnull (strstr (run_help.out, "import"));
  g_assert_nonnull (strstr (run_help.out, "search"));
  g_assert_cmpint (run_bad.status, ==, 2);
  g_assert_nonnull (strstr (run_bad.err, "Unknown command"));
}

static void
test_import_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *good = write_letter (fixture, "en-visit");
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.pdf", NULL);
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) root_again = NULL;
  JsonArray *array;
  JsonObject *ok, *failed;

  dossier_fixture_write_empty_file (empty);
  first = dossier (fixture, "import", "--json", good, empty, NULL);
  g_assert_cmpint (first.status, ==, 1);
  root = parse_json (first.out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);

  ok = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (ok, "path"), ==, good);
  g_assert_cmpstr (json_object_get_string_member (ok, "status"), ==, "imported");
  g_assert_cmpint (json_object_get_int_member (ok, "id"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (ok, "title"), ==,
                   dossier_fixture_letter ("en-visit")->title);
  g_assert_true (json_object_get_null_member (ok, "reason"));

  failed = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (failed, "status"), ==, "failed");
  g_assert_true (json_object_get_null_member (failed, "id"));
  g_assert_cmpstr (json_object_get_string_member (failed, "reason"), ==, "empty file");

  again = dossier (fixture, "import", "--json", good, NULL);
  g_assert_cmpint (again.status, ==, 0);
  root_again = parse_json (again.out);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_node_get_array (root_again), 0),
                     "status"), ==, "duplicate");
}

static void
test_list_show (Fixture       *fixture,
                gconstpointer  data)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("ru-letter");
  g_autofree char *path = write_letter (fixture, "ru-letter");
  g_auto(Run) import = dossier (fixture, "import", path, NULL);
  g_auto(Run) list = dossier (fixture, "list", "--json", NULL);
  g_auto(Run) show = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) list_root = NULL;
  g_autoptr(JsonNode) show_root = NULL;
  JsonObject *document;
  g_autofree char *id = NULL;
  const char *fields[] = { "id", "title", "date", "place", "senders", "recipient", "kind",
                           "language", "pages", "sha256", "file", "note" };

  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "1 imported"));
  g_assert_cmpint (list.status, ==, 0);
  list_root = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list_root)), ==, 1);
  document = json_array_get_object_element (json_node_get_array (list_root), 0);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_true (json_object_has_member (document, fields[i]));
  g_assert_cmpstr (json_object_get_string_member (document, "date"), ==, letter->date);
  g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, "ru");
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (document, "senders")));
  g_assert_true (g_file_test (json_object_get_string_member (document, "file"), G_FILE_TEST_IS_REGULAR));

  id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (document, "id"));
  show = dossier (fixture, "show", "--json", id, NULL);
  g_assert_cmpint (show.status, ==, 0);
  show_root = parse_json (show.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (show_root), "title"), ==,
                   letter->title);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (show_root), "pages"), ==,
                   g_strv_length ((char **) letter->pages));

  text = dossier (fixture, "show", id, NULL);
  g_assert_nonnull (strstr (text.out, letter->title));
}

static void
test_show_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) missing = dossier (fixture, "show", "42", NULL);
  g_auto(Run) nonsense = dossier (fixture, "show", "forty-two", NULL);

  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no document 42"));
  g_assert_cmpint (nonsense.status, ==, 1);
  g_assert_nonnull (strstr (nonsense.err, "not a document id"));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *en = write_letter (fixture, "en-visit");
  g_autofree char *fr = write_letter (fixture, "fr-letter");
  g_auto(Run) import = dossier (fixture, "import", en, fr, NULL);
  g_auto(Run) found = dossier (fixture, "search", "--json", "--limit", "5", "liberte", NULL);
  g_auto(Run) bad = dossier (fixture, "search", "torture AND", NULL);
  g_auto(Run) none = dossier (fixture, "search", "xylophone", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *hit;

  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpint (found.status, ==, 0);
  root = parse_json (found.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), >=, 1);
  hit = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpint (json_object_get_int_member (hit, "page"), >=, 1);
  g_assert_cmpstr (json_object_get_string_member (hit, "date"), ==,
                   dossier_fixture_letter ("fr-letter")->date);
  g_assert_nonnull (strstr (json_object_get_string_member (hit, "snippet"), "["));
  g_assert_true (json_object_has_member (hit, "title"));
  g_assert_true (json_object_has_member (hit, "id"));

  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "AND needs a word on each side"));
  g_assert_cmpint (none.status, ==, 0);
  g_assert_nonnull (strstr (none.out, "No document matches"));
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = write_letter (fixture, "en-press");
  g_auto(Run) import = dossier (fixture, "import", path, NULL);
  g_auto(Run) bad_date = dossier (fixture, "edit", "1", "--date", "2016-02-30", NULL);
  g_auto(Run) edit = dossier (fixture, "edit", "1", "--title", "Edited", "--sender", "A",
                              "--sender", "B", "--confidential", "yes", NULL);
  g_auto(Run) reanalyse = dossier (fixture, "reanalyse", "1", NULL);
  g_auto(Run) show = dossier (fixture, "show", "--json", "1", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *document;
  JsonArray *senders;

  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpint (bad_date.status, ==, 1);
  g_assert_nonnull (strstr (bad_date.err, "not a date that exists"));
  g_assert_cmpint (edit.status, ==, 0);
  g_assert_cmpint (reanalyse.status, ==, 0);
  root = parse_json (show.out);
  document = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (document, "title"), ==, "Edited");
  g_assert_true (json_object_get_boolean_member (document, "confidential"));
  senders = json_object_get_array_member (document, "senders");
  g_assert_cmpuint (json_array_get_length (senders), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (senders, 1), ==, "B");
  g_assert_cmpstr (json_object_get_string_member (document, "date"), ==,
                   dossier_fixture_letter ("en-press")->date);
}

static void
test_library_env (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = write_letter (fixture, "en-visit");
  g_autofree char *env_library = g_build_filename (fixture->dir, "from-env", NULL);
  g_autofree char *files = g_build_filename (env_library, "files", NULL);
  const char *argv[] = { dossier_path, "import", path, NULL };
  g_auto(Run) run = { 0 };

  g_setenv ("DOSSIER_LIBRARY", env_library, TRUE);
  run = run_argv (argv);
  g_unsetenv ("DOSSIER_LIBRARY");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (files, G_FILE_TEST_IS_DIR));
}

static void
test_newer_library (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library, "library.sqlite3", NULL);
  g_auto(Run) first = dossier (fixture, "list", NULL);
  g_autofree char *command = g_strdup_printf ("sqlite3 '%s' 'PRAGMA user_version = 7'", database);
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  g_auto(Run) refused = { 0 };

  g_assert_cmpint (first.status, ==, 0);
  if (sqlite3 == NULL)
    {
      /* Set the version through the file header: user_version is the
       * big-endian 32-bit number at offset 60. */
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (database, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 64);
      contents[60] = 0; contents[61] = 0; contents[62] = 0; contents[63] = 7;
      g_assert_true (g_file_set_contents (database, contents, length, NULL));
    }
  else
    g_assert_cmpint (system (command), ==, 0);

  refused = dossier (fixture, "list", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "newer version of Dossier"));
}

/* ---- tags ---- */

static JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (json_object_has_member (object, member) &&
          !json_object_get_null_member (object, member) &&
          g_strcmp0 (json_object_get_string_member (object, member), value) == 0)
        return object;
    }
  return NULL;
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
test_tags_list (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(Run) json = dossier (fixture, "tags", "--json", NULL);
  g_auto(Run) text = dossier (fixture, "tags", NULL);
  g_auto(Run) update = dossier (fixture, "tags", "update", NULL);
  g_auto(Run) bad = dossier (fixture, "tags", "frobnicate", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *tags;
  JsonObject *expression, *media, *eeas;
  const char *members[] = { "id", "key", "name", "facet", "parent", "colour", "description",
                            "confidential", "aliases", "rules", "documents" };

  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  tags = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (tags), >, 50);
  expression = find_by_member (tags, "key", "freedom-of-expression");
  media = find_by_member (tags, "key", "media-freedom");
  eeas = find_by_member (tags, "key", "eeas");
  g_assert_nonnull (expression);
  g_assert_nonnull (media);
  g_assert_nonnull (eeas);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (json_object_has_member (media, members[i]));
  g_assert_true (json_object_get_null_member (expression, "parent"));
  g_assert_cmpint (json_object_get_int_member (media, "parent"), ==,
                   json_object_get_int_member (expression, "id"));
  g_assert_cmpstr (json_object_get_string_member (media, "facet"), ==, "issue");
  g_assert_cmpint (json_object_get_int_member (media, "documents"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (media, "rules")), >, 0);
  g_assert_nonnull (json_object_get_string_member (
                      json_array_get_object_element (json_object_get_array_member (media, "rules"), 0),
                      "mode"));
  g_assert_true (array_has_string (json_object_get_array_member (eeas, "aliases"), "ЕСВД"));

  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Issue\n"));
  g_assert_nonnull (strstr (text.out, "  Freedom of expression\n"));
  /* A child is indented under its parent. */
  g_assert_nonnull (strstr (text.out, "    Media freedom\n"));
  g_assert_nonnull (strstr (text.out, "Country\n"));

  g_assert_cmpint (update.status, ==, 0);
  g_assert_nonnull (strstr (update.out, "up to date"));
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "frobnicate"));
}

static void
test_tags_add (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(Run) add = dossier (fixture, "tags", "add", "--facet", "case", "--alias", "Козлов",
                             "--alias", "V. Kozlov", "--rule", "Kozlov", "--rule", "Vladimir Kozlov",
                             "--description", "Leader of Alga", "--confidential", "--json",
                             "Vladimir Kozlov", NULL);
  g_auto(Run) child = dossier (fixture, "tags", "add", "--facet", "issue", "--parent",
                               "media freedom", "--rule-mode", "all", "--rule", "blog ban",
                               "--colour", "#FF0000", "Blog bans", NULL);
  g_auto(Run) twice = dossier (fixture, "tags", "add", "--facet", "case", "vladimir kozlov", NULL);
  g_auto(Run) no_facet = dossier (fixture, "tags", "add", "Someone", NULL);
  g_auto(Run) bad_mode = dossier (fixture, "tags", "add", "--facet", "case", "--rule-mode",
                                  "fuzzy", "--rule", "x", "Someone", NULL);
  g_auto(Run) bad_parent = dossier (fixture, "tags", "add", "--facet", "case", "--parent",
                                    "Torture and ill-treatment", "Someone", NULL);
  g_auto(Run) bad_regex = dossier (fixture, "tags", "add", "--facet", "case", "--rule-mode",
                                   "regex", "--rule", "(", "Someone", NULL);
  g_auto(Run) someone = dossier (fixture, "tags", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) all = NULL;
  JsonObject *tag, *blog;
  JsonArray *rules;
  gint64 id;

  g_assert_cmpint (add.status, ==, 0);
  root = parse_json (add.out);
  tag = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (tag, "name"), ==, "Vladimir Kozlov");
  g_assert_cmpstr (json_object_get_string_member (tag, "facet"), ==, "case");
  g_assert_true (json_object_get_null_member (tag, "key"));
  g_assert_true (json_object_get_boolean_member (tag, "confidential"));
  g_assert_cmpstr (json_object_get_string_member (tag, "description"), ==, "Leader of Alga");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tag, "aliases")), ==, 2);
  rules = json_object_get_array_member (tag, "rules");
  g_assert_cmpuint (json_array_get_length (rules), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rules, 0), "mode"),
                   ==, "any");
  /* Several words without --rule-mode: a phrase. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rules, 1), "mode"),
                   ==, "phrase");

  g_assert_cmpint (child.status, ==, 0);
  id = g_ascii_strtoll (child.out, NULL, 10);
  g_assert_cmpint (id, >, 0);
  all = parse_json (someone.out);
  blog = find_by_member (json_node_get_array (all), "name", "Blog bans");
  g_assert_nonnull (blog);
  g_assert_cmpint (json_object_get_int_member (blog, "id"), ==, id);
  g_assert_cmpint (json_object_get_int_member (blog, "parent"), ==,
                   json_object_get_int_member (find_by_member (json_node_get_array (all), "key",
                                                               "media-freedom"), "id"));
  g_assert_cmpstr (json_object_get_string_member (blog, "colour"), ==, "#ff0000");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (blog, "rules"), 0),
                     "mode"), ==, "all");
  g_assert_null (find_by_member (json_node_get_array (all), "name", "Someone"));

  g_assert_cmpint (twice.status, ==, 1);
  g_assert_nonnull (strstr (twice.err, "already a tag"));
  g_assert_cmpint (no_facet.status, ==, 2);
  g_assert_nonnull (strstr (no_facet.err, "--facet"));
  g_assert_cmpint (bad_mode.status, ==, 2);
  g_assert_cmpint (bad_parent.status, ==, 1);
  g_assert_nonnull (strstr (bad_parent.err, "parent"));
  g_assert_cmpint (bad_regex.status, ==, 1);
  g_assert_nonnull (strstr (bad_regex.err, "regular expression"));
}

static JsonArray *
document_tags (JsonNode *root)
{
  return json_object_get_array_member (json_node_get_object (root), "tags");
}

static void
test_tag_untag (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_letter (fixture, "en-visit");
  g_auto(Run) import = dossier (fixture, "import", path, NULL);
  g_auto(Run) add = dossier (fixture, "tags", "add", "--facet", "case", "Georgia", NULL);
  g_auto(Run) add_topic = dossier (fixture, "tags", "add", "--facet", "issue", "Test topic", NULL);
  g_auto(Run) tag = dossier (fixture, "tag", "1", "Media freedom", "country:georgia", "ЕСВД",
                             "test topic", NULL);
  g_auto(Run) ambiguous = dossier (fixture, "tag", "1", "Georgia", NULL);
  g_auto(Run) missing = dossier (fixture, "tag", "1", "torture", "No such tag", NULL);
  g_auto(Run) no_document = dossier (fixture, "tag", "42", "torture", NULL);
  g_auto(Run) show = dossier (fixture, "show", "--json", "1", NULL);
  g_auto(Run) untag = dossier (fixture, "untag", "1", "media-freedom-is-not-a-name", NULL);
  g_auto(Run) untag_ok = { 0 };
  g_auto(Run) show_after = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) tags = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(JsonNode) list_root = NULL;
  g_autoptr(JsonNode) tags_root = NULL;
  JsonObject *media, *eeas, *torture, *topic;

  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpint (add_topic.status, ==, 0);
  g_assert_cmpint (tag.status, ==, 0);
  g_assert_cmpint (ambiguous.status, ==, 1);
  g_assert_nonnull (strstr (ambiguous.err, "country:Georgia"));
  /* One tag not found: nothing is changed, and the user is told which. */
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "No such tag"));
  g_assert_cmpint (no_document.status, ==, 1);
  g_assert_nonnull (strstr (no_document.err, "no document 42"));

  g_assert_cmpint (show.status, ==, 0);
  root = parse_json (show.out);
  topic = find_by_member (document_tags (root), "name", "Test topic");
  g_assert_nonnull (topic);
  g_assert_true (json_object_get_null_member (topic, "key"));
  g_assert_cmpstr (json_object_get_string_member (topic, "facet"), ==, "issue");
  g_assert_cmpstr (json_object_get_string_member (topic, "origin"), ==, "manual");
  g_assert_true (json_object_get_boolean_member (topic, "confirmed"));
  /* Tagged by hand, or a rule's suggestion confirmed. */
  media = find_by_member (document_tags (root), "name", "Media freedom");
  g_assert_nonnull (media);
  g_assert_cmpstr (json_object_get_string_member (media, "key"), ==, "media-freedom");
  g_assert_true (json_object_get_boolean_member (media, "confirmed"));
  eeas = find_by_member (document_tags (root), "key", "eeas");
  g_assert_nonnull (eeas);
  g_assert_nonnull (find_by_member (document_tags (root), "key", "georgia"));
  /* Not added by the "tag" that failed (a rule may have suggested it). */
  torture = find_by_member (document_tags (root), "key", "torture");
  g_assert_true (torture == NULL ||
                 g_str_equal (json_object_get_string_member (torture, "origin"), "rule"));

  g_assert_cmpint (untag.status, ==, 1);
  untag_ok = dossier (fixture, "untag", "1", "media freedom", NULL);
  g_assert_cmpint (untag_ok.status, ==, 0);
  show_after = dossier (fixture, "show", "--json", "1", NULL);
  after = parse_json (show_after.out);
  g_assert_null (find_by_member (document_tags (after), "key", "media-freedom"));
  g_assert_nonnull (find_by_member (document_tags (after), "key", "eeas"));

  list = dossier (fixture, "list", "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  list_root = parse_json (list.out);
  {
    JsonObject *document = json_array_get_object_element (json_node_get_array (list_root), 0);
    JsonArray *array = json_object_get_array_member (document, "tags");

    g_assert_nonnull (find_by_member (array, "key", "eeas"));
    g_assert_nonnull (find_by_member (array, "key", "georgia"));
    g_assert_null (find_by_member (array, "key", "media-freedom"));
  }

  text = dossier (fixture, "show", "1", NULL);
  g_assert_nonnull (strstr (text.out, "European External Action Service"));

  /* The count of documents leaves out the rejection. */
  tags = dossier (fixture, "tags", "--json", NULL);
  tags_root = parse_json (tags.out);
  g_assert_cmpint (json_object_get_int_member (find_by_member (json_node_get_array (tags_root), "key",
                                                               "eeas"), "documents"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (find_by_member (json_node_get_array (tags_root), "key",
                                                               "media-freedom"), "documents"), ==, 0);
}

static void
test_tags_update (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->library, "library.sqlite3", NULL);
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  g_autofree char *command = NULL;
  g_auto(Run) first = dossier (fixture, "tags", NULL);
  g_auto(Run) update = { 0 };
  g_auto(Run) again = { 0 };

  g_assert_cmpint (first.status, ==, 0);
  if (sqlite3 == NULL)
    {
      g_test_skip ("No sqlite3 program to age the library with");
      return;
    }
  /* As if an older Dossier had made it, and the user had deleted UPR
   * since: only what is missing and was not deleted comes back. */
  command = g_strdup_printf ("sqlite3 '%s' \"DELETE FROM library_settings;"
                             " DELETE FROM tags WHERE key IN ('gsp-plus', 'upr');"
                             " INSERT INTO library_settings VALUES ('taxonomy-deleted', 'upr')\"",
                             database);
  g_assert_cmpint (system (command), ==, 0);
  update = dossier (fixture, "tags", "update", NULL);
  g_assert_cmpint (update.status, ==, 0);
  g_assert_nonnull (strstr (update.out, "Added 1 tag"));
  g_assert_nonnull (strstr (update.out, "GSP+"));
  g_assert_null (strstr (update.out, "Universal Periodic Review"));
  again = dossier (fixture, "tags", "update", NULL);
  g_assert_nonnull (strstr (again.out, "up to date"));
}

/* ---- killed half-way ---- */

static void
check_consistent (Fixture *fixture,
                  guint    n_files)
{
  g_auto(Run) list = dossier (fixture, "list", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *files = g_build_filename (fixture->library, "files", NULL);
  g_autoptr(GDir) dir = NULL;
  JsonArray *documents;
  const char *name;
  guint n_stored = 0;

  g_assert_cmpint (list.status, ==, 0);
  root = parse_json (list.out);
  documents = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (documents), <=, n_files);
  /* Every document has its file and its text. */
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *document = json_array_get_object_element (documents, i);
      g_assert_true (g_file_test (json_object_get_string_member (document, "file"),
                                  G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (json_object_get_int_member (document, "pages_with_text"), ==,
                       json_object_get_int_member (document, "pages"));
    }
  /* No temporary copy is left once the library was opened again. */
  dir = g_dir_open (files, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_false (g_str_has_prefix (name, ".import-"));
      n_stored++;
    }
  g_assert_cmpuint (n_stored, >=, json_array_get_length (documents));
}

static void
test_killed_import (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n_letters;
  const DossierFixtureLetter *letters = dossier_fixture_letters (&n_letters);
  g_autofree char *folder = g_build_filename (fixture->dir, "many", NULL);
  const guint n_files = 60;
  g_auto(Run) again = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) found = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) found_root = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < n_files; i++)
    {
      const DossierFixtureLetter *letter = &letters[i % n_letters];
      g_autofree char *first_page = g_strdup_printf ("Copy %u\n\n%s", i, letter->pages[0]);
      g_autoptr(GPtrArray) pages = g_ptr_array_new ();
      g_autofree char *name = g_strdup_printf ("%03u.pdf", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_ptr_array_add (pages, first_page);
      for (guint p = 1; letter->pages[p] != NULL; p++)
        g_ptr_array_add (pages, (gpointer) letter->pages[p]);
      g_ptr_array_add (pages, NULL);
      dossier_fixture_write_pdf (path, (const char * const *) pages->pdata);
    }

  /* Kill imports at different moments; the library must stay whole. */
  for (guint round = 0; round < 4; round++)
    {
      const char *argv[] = { dossier_path, "--library", fixture->library, "import", folder, NULL };
      g_autoptr(GError) error = NULL;
      GPid pid;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      g_usleep ((40 + round * 70) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      g_spawn_close_pid (pid);
      check_consistent (fixture, n_files);
    }

  /* Importing again completes the library: nothing twice, nothing lost. */
  again = dossier (fixture, "import", folder, NULL);
  g_assert_cmpint (again.status, ==, 0);
  list = dossier (fixture, "list", "--json", NULL);
  root = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, n_files);
  check_consistent (fixture, n_files);

  /* And every one of them is found by its text. */
  found = dossier (fixture, "search", "--json", "--limit", "1000", "Copy", NULL);
  g_assert_cmpint (found.status, ==, 0);
  found_root = parse_json (found.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (found_root)), ==, n_files);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *builddir = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  builddir = g_path_get_dirname (g_test_get_dir (G_TEST_BUILT));
  dossier_path = g_build_filename (builddir, "ui", "dossier", NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/import-json", test_import_json);
  ADD ("/cli/list-show", test_list_show);
  ADD ("/cli/show-missing", test_show_missing);
  ADD ("/cli/search", test_search);
  ADD ("/cli/edit", test_edit);
  ADD ("/cli/library-env", test_library_env);
  ADD ("/cli/newer-library", test_newer_library);
  ADD ("/cli/tags/list", test_tags_list);
  ADD ("/cli/tags/add", test_tags_add);
  ADD ("/cli/tags/tag-untag", test_tag_untag);
  ADD ("/cli/tags/update", test_tags_update);
  ADD ("/cli/killed-import", test_killed_import);
#undef ADD

  status = g_test_run ();
  g_free (dossier_path);
  return status;
}
