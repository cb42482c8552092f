/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <sys/wait.h>
#include <json-glib/json-glib.h>

#include "dossier-fixtures.h"

/* Runs the real dossier program's events, asks and exports, as a user or
 * a script would. */

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

  fixture->dir = g_dir_make_tmp ("dossier-cli-followups-XXXXXX", &error);
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

/* dossier --library LIBRARY ARG… */
static Run
dossier (Fixture    *fixture,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, dossier_path);
  g_ptr_array_add (argv, (gpointer) "--library");
  g_ptr_array_add (argv, fixture->library);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run.out, &run.err, &wait_status, &error);
  g_assert_no_error (error);
  run.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  return run;
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

static void
assert_failed (const Run  *run,
               int         status,
               const char *message)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  if (strstr (run->err, message) == NULL)
    g_error ("“%s” does not say “%s”", run->err, message);
}

/* Adds round @n of the dialogue; returns its id as printed. */
static char *
add_round (Fixture    *fixture,
           const char *date,
           gboolean    carry_over)
{
  g_autofree char *title = g_strdup_printf ("Human Rights Dialogue of %s", date);
  g_auto(Run) run = carry_over
    ? dossier (fixture, "events", "add", "--kind", "dialogue", "--country", "Kazakhstan",
               "--date", date, "--process", "EU–Kazakhstan Human Rights Dialogue",
               "--carry-over", title, NULL)
    : dossier (fixture, "events", "add", "--kind", "dialogue", "--country", "Kazakhstan",
               "--date", date, "--process", "EU–Kazakhstan Human Rights Dialogue", title, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_regex_match_simple ("^[0-9]+\n$", run.out, 0, 0));
  return g_strchomp (g_strdup (run.out));
}

static void
test_events (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *first = add_round (fixture, "2015-11-20", FALSE);
  g_auto(Run) json = dossier (fixture, "events", "add", "--kind", "visit", "--country", "country:Kazakhstan",
                              "--date", "2016-06-01", "--place", "Astana", "--notes", "HR/VP visit",
                              "--json", "Visit", "of", "the", "HR/VP", NULL);
  g_auto(Run) no_kind = dossier (fixture, "events", "add", "--country", "Kazakhstan", "--date",
                                 "2016-01-01", "X", NULL);
  g_auto(Run) bad_kind = dossier (fixture, "events", "add", "--kind", "meeting", "--country",
                                  "Kazakhstan", "--date", "2016-01-01", "X", NULL);
  g_auto(Run) bad_date = dossier (fixture, "events", "add", "--kind", "upr", "--country",
                                  "Kazakhstan", "--date", "2016-13-01", "X", NULL);
  g_auto(Run) bad_country = dossier (fixture, "events", "add", "--kind", "upr", "--country",
                                     "Atlantis", "--date", "2016-01-01", "X", NULL);
  g_auto(Run) not_country = dossier (fixture, "events", "add", "--kind", "upr", "--country",
                                     "Media freedom", "--date", "2016-01-01", "X", NULL);
  g_auto(Run) bad_document = dossier (fixture, "events", "add", "--kind", "upr", "--country",
                                      "Kazakhstan", "--date", "2016-01-01", "--doc", "99", "X", NULL);
  g_auto(Run) lonely_carry = dossier (fixture, "events", "add", "--kind", "upr", "--country",
                                      "Kazakhstan", "--date", "2016-01-01", "--carry-over", "X", NULL);
  g_auto(Run) list = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) list_root = NULL;
  JsonObject *event;

  g_assert_cmpstr (first, ==, "1");
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  event = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (event, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (event, "title"), ==, "Visit of the HR/VP");
  g_assert_cmpstr (json_object_get_string_member (event, "kind"), ==, "visit");
  g_assert_cmpstr (json_object_get_string_member (event, "country"), ==, "Kazakhstan");
  g_assert_cmpstr (json_object_get_string_member (event, "place"), ==, "Astana");
  g_assert_cmpstr (json_object_get_string_member (event, "notes"), ==, "HR/VP visit");
  g_assert_true (json_object_get_null_member (event, "process"));
  g_assert_true (json_object_get_null_member (event, "round"));

  assert_failed (&no_kind, 2, "--kind dialogue, council, subcommittee, visit, resolution, "
                              "negotiation, upr, other");
  assert_failed (&bad_kind, 2, "“meeting” is not a kind of event");
  assert_failed (&bad_date, 2, "“2016-13-01” is not a date");
  assert_failed (&bad_country, 1, "There is no country “Atlantis”");
  assert_failed (&not_country, 1, "There is no country “Media freedom”");
  assert_failed (&bad_document, 1, "There is no document 99");
  assert_failed (&lonely_carry, 2, "--carry-over needs --process");

  /* Nothing half made by the failures. */
  list = dossier (fixture, "events", "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  list_root = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list_root)), ==, 2);
  event = json_array_get_object_element (json_node_get_array (list_root), 0);
  g_assert_cmpstr (json_object_get_string_member (event, "process"), ==,
                   "EU–Kazakhstan Human Rights Dialogue");
  g_assert_cmpint (json_object_get_int_member (event, "round"), ==, 1);

  text = dossier (fixture, "events", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "EU–Kazakhstan Human Rights Dialogue\n"));
  g_assert_nonnull (strstr (text.out, "Round 1 of EU–Kazakhstan Human Rights Dialogue"));
  g_assert_nonnull (strstr (text.out, "Other events\n"));
}

static JsonObject *
find_ask (JsonArray *asks,
          gint64     id)
{
  for (guint i = 0; i < json_array_get_length (asks); i++)
    {
      JsonObject *ask = json_array_get_object_element (asks, i);

      if (json_object_get_int_member (ask, "id") == id)
        return ask;
    }
  g_error ("No ask %" G_GINT64_FORMAT, id);
  return NULL;
}

static void
test_asks (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *event = add_round (fixture, "2015-11-20", FALSE);
  g_auto(Run) add = dossier (fixture, "asks", "add", "--event", event, "--tag", "Media freedom",
                             "--tag", "issue:Political prisoners", "--due", "2000-01-31",
                             "--owner", "Anna", "Release", "Vladimir", "Kozlov", NULL);
  g_auto(Run) add_json = dossier (fixture, "asks", "add", "--event", event, "--status", "submitted",
                                  "--due", "2999-01-01", "--next-step", "Write to the EEAS", "--json",
                                  "Repeal the NGO law", NULL);
  g_auto(Run) no_event = dossier (fixture, "asks", "add", "X", NULL);
  g_auto(Run) bad_event = dossier (fixture, "asks", "add", "--event", "42", "X", NULL);
  g_auto(Run) bad_tag = dossier (fixture, "asks", "add", "--event", event, "--tag", "Nonsense", "X", NULL);
  g_auto(Run) bad_status = dossier (fixture, "asks", "add", "--event", event, "--status", "closed",
                                    "X", NULL);
  g_auto(Run) bad_due = dossier (fixture, "asks", "add", "--event", event, "--due", "tomorrow", "X",
                                 NULL);
  g_auto(Run) set = dossier (fixture, "asks", "set", "1", "--status", "raised", "--note",
                             "Raised at the dialogue, EEAS to follow up", NULL);
  g_auto(Run) set_due = dossier (fixture, "asks", "set", "1", "--due", "2001-02-28", "--owner", "",
                                 NULL);
  g_auto(Run) set_nothing = dossier (fixture, "asks", "set", "1", NULL);
  g_auto(Run) set_bad = dossier (fixture, "asks", "set", "1", "--status", "closed", NULL);
  g_auto(Run) set_missing = dossier (fixture, "asks", "set", "42", "--status", "raised", NULL);
  g_auto(Run) list = { 0 };
  g_auto(Run) overdue = { 0 };
  g_auto(Run) submitted = { 0 };
  g_auto(Run) show = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) list_root = NULL;
  g_autoptr(JsonNode) overdue_root = NULL;
  g_autoptr(JsonNode) submitted_root = NULL;
  JsonObject *ask;
  JsonArray *history;
  JsonObject *change;

  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.out, ==, "1\n");
  g_assert_cmpint (add_json.status, ==, 0);
  root = parse_json (add_json.out);
  ask = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (ask, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (ask, "status"), ==, "submitted");
  g_assert_cmpstr (json_object_get_string_member (ask, "next_step"), ==, "Write to the EEAS");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ask, "history")), ==, 1);

  assert_failed (&no_event, 2, "--event ID");
  assert_failed (&bad_event, 1, "There is no event 42");
  assert_failed (&bad_tag, 1, "Nonsense");
  assert_failed (&bad_status, 2, "“closed” is not a status of a follow-up; use one of: draft, "
                                 "submitted, raised, answered, resolved, unresolved, dropped.");
  assert_failed (&bad_due, 2, "“tomorrow” is not a date");
  g_assert_cmpint (set.status, ==, 0);
  g_assert_cmpint (set_due.status, ==, 0);
  assert_failed (&set_nothing, 2, "Say what changes");
  assert_failed (&set_bad, 2, "“closed” is not a status");
  assert_failed (&set_missing, 1, "There is no follow-up 42");

  /* The JSON has every ask with its whole history. */
  list = dossier (fixture, "asks", "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  list_root = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list_root)), ==, 2);
  ask = find_ask (json_node_get_array (list_root), 1);
  g_assert_cmpstr (json_object_get_string_member (ask, "text"), ==, "Release Vladimir Kozlov");
  g_assert_cmpstr (json_object_get_string_member (ask, "status"), ==, "raised");
  g_assert_cmpstr (json_object_get_string_member (ask, "due"), ==, "2001-02-28");
  g_assert_true (json_object_get_null_member (ask, "owner"));
  g_assert_true (json_object_get_boolean_member (ask, "overdue"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ask, "tags")), ==, 2);
  history = json_object_get_array_member (ask, "history");
  g_assert_cmpuint (json_array_get_length (history), ==, 3);
  change = json_array_get_object_element (history, 1);
  g_assert_cmpstr (json_object_get_string_member (change, "status"), ==, "raised");
  g_assert_cmpstr (json_object_get_string_member (change, "note"), ==,
                   "Raised at the dialogue, EEAS to follow up");
  g_assert_cmpstr (json_object_get_string_member (change, "description"), ==,
                   "Status: Draft → Raised");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (change, "at"), "Z"));
  change = json_array_get_object_element (history, 2);
  g_assert_cmpstr (json_object_get_string_member (change, "description"), ==,
                   "Due 2001-02-28 (was 2000-01-31); Owner removed");

  overdue = dossier (fixture, "asks", "--overdue", "--json", NULL);
  overdue_root = parse_json (overdue.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (overdue_root)), ==, 1);
  submitted = dossier (fixture, "asks", "--status", "submitted,draft", "--json", NULL);
  submitted_root = parse_json (submitted.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (submitted_root)), ==, 1);

  show = dossier (fixture, "asks", "show", "1", NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "Release Vladimir Kozlov"));
  g_assert_nonnull (strstr (show.out, "History:"));
  g_assert_nonnull (strstr (show.out, "Raised at the dialogue, EEAS to follow up"));
  g_assert_nonnull (strstr (show.out, "overdue"));
}

static void
test_carry_over (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *first = add_round (fixture, "2015-11-20", FALSE);
  g_auto(Run) open_ask = dossier (fixture, "asks", "add", "--event", first, "--status", "raised",
                                  "Release Kozlov", NULL);
  g_auto(Run) closed_ask = dossier (fixture, "asks", "add", "--event", first, "--status", "resolved",
                                    "Register Alga", NULL);
  g_auto(Run) second = dossier (fixture, "events", "add", "--kind", "dialogue", "--country",
                                "Kazakhstan", "--date", "2016-11-23", "--process",
                                "eu–kazakhstan human rights dialogue", "--carry-over", "Round 8",
                                NULL);
  g_auto(Run) list = dossier (fixture, "asks", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *ask;
  JsonArray *history;
  JsonArray *changed;

  g_assert_cmpint (open_ask.status, ==, 0);
  g_assert_cmpint (closed_ask.status, ==, 0);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, "2\n");
  g_assert_nonnull (strstr (second.err, "Carried over 1 open follow-up from “Human Rights "
                                        "Dialogue of 2015-11-20”"));

  root = parse_json (list.out);
  ask = find_ask (json_node_get_array (root), 1);
  g_assert_cmpint (json_object_get_int_member (ask, "event_id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (ask, "event"), ==, "Round 8");
  history = json_object_get_array_member (ask, "history");
  g_assert_cmpuint (json_array_get_length (history), ==, 2);
  changed = json_object_get_array_member (json_array_get_object_element (history, 1), "changed");
  g_assert_cmpstr (json_array_get_string_element (changed, 0), ==, "event");
  g_assert_cmpstr (json_array_get_string_element (changed, 1), ==, "carried_over");
  ask = find_ask (json_node_get_array (root), 2);
  g_assert_cmpint (json_object_get_int_member (ask, "event_id"), ==, 1);
}

static void
test_suggest (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "letter.pdf", NULL);
  const char *pages[] = {
    "Brussels, 8 October 2016\n\nDear High Representative,\n\n"
    "Vladimir Kozlov has been in prison since 2012. We urge you to call for the release of "
    "Vladimir Kozlov. The weather was fine.\n",
    "Мы призываем ЕС поднять вопрос о пытках.\n",
    NULL
  };
  g_auto(Run) import = { 0 };
  g_auto(Run) suggest = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) not_id = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *suggestions;
  JsonObject *first;

  dossier_fixture_write_pdf (pdf, pages);
  import = dossier (fixture, "import", pdf, NULL);
  g_assert_cmpint (import.status, ==, 0);

  suggest = dossier (fixture, "asks", "suggest", "1", "--json", NULL);
  g_assert_cmpint (suggest.status, ==, 0);
  root = parse_json (suggest.out);
  suggestions = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (suggestions), ==, 2);
  first = json_array_get_object_element (suggestions, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==,
                   "We urge you to call for the release of Vladimir Kozlov.");
  g_assert_cmpint (json_object_get_int_member (first, "page"), ==, 1);
  g_assert_true (json_object_get_null_member (first, "ask_id"));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (suggestions, 1),
                                               "page"), ==, 2);

  text = dossier (fixture, "asks", "suggest", "1", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Page 2: Мы призываем ЕС поднять вопрос о пытках."));

  missing = dossier (fixture, "asks", "suggest", "7", NULL);
  assert_failed (&missing, 1, "There is no document 7");
  not_id = dossier (fixture, "asks", "suggest", "seven", NULL);
  assert_failed (&not_id, 2, "“seven” is not a document id");
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *event = add_round (fixture, "2015-11-20", FALSE);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "followups.csv", NULL);
  g_autofree char *ics_path = g_build_filename (fixture->dir, "events.ics", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no", "such", "x.csv", NULL);
  g_auto(Run) ask = dossier (fixture, "asks", "add", "--event", event, "--due", "2016-01-31",
                             "Release Kozlov, \"now\"", NULL);
  g_auto(Run) csv = dossier (fixture, "export-followups", "-o", csv_path, NULL);
  g_auto(Run) ics = dossier (fixture, "export-calendar", "-o", ics_path, NULL);
  g_auto(Run) no_output = dossier (fixture, "export-calendar", NULL);
  g_auto(Run) unwritable = dossier (fixture, "export-followups", "-o", nowhere, NULL);
  g_autofree char *csv_text = NULL;
  g_autofree char *ics_text = NULL;

  g_assert_cmpint (ask.status, ==, 0);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_cmpint (ics.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv_text, "\xEF\xBB\xBFID,Ask,Status,"));
  g_assert_nonnull (strstr (csv_text, "\r\n1,\"Release Kozlov, \"\"now\"\"\",Draft,"));
  g_assert_true (g_file_get_contents (ics_path, &ics_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (ics_text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics_text, "SUMMARY:Due: Release Kozlov\\, \"now\"\r\n"));
  assert_failed (&no_output, 2, "-o FILE");
  assert_failed (&unwritable, 1, "Cannot write");
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
  ADD ("/cli-followups/events", test_events);
  ADD ("/cli-followups/asks", test_asks);
  ADD ("/cli-followups/carry-over", test_carry_over);
  ADD ("/cli-followups/suggest", test_suggest);
  ADD ("/cli-followups/exports", test_exports);
#undef ADD

  status = g_test_run ();
  g_free (dossier_path);
  return status;
}
