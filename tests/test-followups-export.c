/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups-export.h"
#include "dossier-tags.h"

/* What the exports must survive: a comma, a semicolon, quotes, a line
 * break, Cyrillic, and a formula. */
#define TRICKY_ASK "Call for the release of Козлов, \"now\"; and\nof all others"
#define TRICKY_TITLE "Round 8; Brussels, \"HRD\" — Раунд 8"
#define TRICKY_PLACE "Brussels, EEAS; room 3"
#define FORMULA_ASK "=HYPERLINK(\"http://example.org/x\";\"click\")"

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  gint64          events[2];
  gint64          asks[4];
} Fixture;

static gint64
tag_id (Fixture    *fixture,
        const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_find_tag_by_key (fixture->library, key, &error);

  g_assert_no_error (error);
  return dossier_tag_get_id (tag);
}

static gint64
add_document (Fixture    *fixture,
              const char *title)
{
  DossierDatabase *database = dossier_library_get_database (fixture->library);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
                                        "INSERT INTO documents (sha256, title, page_count,"
                                        " pages_with_text, bytes, original_name, imported_at)"
                                        " VALUES (?1, ?1, 1, 1, 100, 'x.pdf', 0)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (statement, 1, title, -1, SQLITE_TRANSIENT);
  g_assert_true (dossier_database_step_done (database, statement, &error));
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

static gint64
add_event (Fixture    *fixture,
           const char *title,
           const char *date,
           const char *place)
{
  g_autoptr(GError) error = NULL;
  DossierEventSpec spec = {
    .title = title, .kind = DOSSIER_EVENT_DIALOGUE, .date = date, .place = place,
    .process = "EU–Kazakhstan Human Rights Dialogue", .country_id = tag_id (fixture, "kazakhstan"),
    .notes = "Bring the list, the letters;\nand the NGO brief.",
  };
  g_autoptr(DossierEvent) event = dossier_library_add_event (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return dossier_event_get_id (event);
}

static gint64
add_ask (Fixture               *fixture,
         const DossierAskSpec  *spec)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierAsk) ask = dossier_library_add_ask (fixture->library, spec, &error);

  g_assert_no_error (error);
  return dossier_ask_get_id (ask);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 tags[] = { 0, 0 };
  gint64 letter;
  DossierAskDocument evidence;
  DossierAskSpec spec = { 0 };

  fixture->dir = g_dir_make_tmp ("dossier-followups-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (path, &error);
  g_assert_no_error (error);

  fixture->events[0] = add_event (fixture, TRICKY_TITLE, "2016-11-23", TRICKY_PLACE);
  fixture->events[1] = add_event (fixture, "Round 9", "2017-11-20", NULL);
  letter = add_document (fixture, "Joint letter, October");
  evidence = (DossierAskDocument) { letter, 2 };
  tags[0] = tag_id (fixture, "political-prisoners");
  tags[1] = tag_id (fixture, "media-freedom");

  spec = (DossierAskSpec) { .text = TRICKY_ASK, .event_id = fixture->events[0],
                            .status = DOSSIER_ASK_RAISED, .owner = "Анна", .due_date = "2016-12-01",
                            .next_step = "Ask, again", .tag_ids = tags, .n_tag_ids = 2,
                            .documents = &evidence, .n_documents = 1 };
  fixture->asks[0] = add_ask (fixture, &spec);
  spec = (DossierAskSpec) { .text = FORMULA_ASK, .event_id = fixture->events[0],
                            .status = DOSSIER_ASK_SUBMITTED, .owner = "-Bob", .due_date = "2030-01-01" };
  fixture->asks[1] = add_ask (fixture, &spec);
  spec = (DossierAskSpec) { .text = "Resolved one", .event_id = fixture->events[1],
                            .status = DOSSIER_ASK_RESOLVED, .due_date = "2016-01-01" };
  fixture->asks[2] = add_ask (fixture, &spec);
  spec = (DossierAskSpec) { .text = "Undated one", .status = DOSSIER_ASK_DRAFT };
  fixture->asks[3] = add_ask (fixture, &spec);
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
  g_free (fixture->dir);
}

/* ---- CSV ---- */

/* An RFC 4180 reader: rows of fields, CRLF between rows. Fails the test
 * on anything the RFC does not allow. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        while (*p != ',' && *p != '\r' && *p != '\0')
          {
            g_assert_true (*p != '"' && *p != '\n');
            g_string_append_c (field, *p++);
          }
      g_strv_builder_add (row, field->str);
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_strv_builder_unref (row);
          row = g_strv_builder_new ();
        }
    }
  return rows;
}

static const char *
cell (GPtrArray  *rows,
      guint       row,
      const char *column)
{
  char **header = g_ptr_array_index (rows, 0);

  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], column))
      return ((char **) g_ptr_array_index (rows, row))[i];
  g_error ("No column %s", column);
  return NULL;
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DossierAskFilter filter = { .today = "2017-01-01", .sort = DOSSIER_ASK_SORT_CREATED };
  g_autofree char *csv = dossier_library_followups_to_csv (fixture->library, &filter, &error);
  g_autoptr(GPtrArray) rows = NULL;
  const char *columns[] = { "ID", "Ask", "Status", "Event", "Event date", "Process", "Country",
                            "Issues", "Cases", "Owner", "Due", "Next step", "Overdue",
                            "Last change", "Documents", NULL };

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  rows = parse_csv (csv + 3);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), columns);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, G_N_ELEMENTS (columns) - 1);

  /* Commas, quotes, a line break and Cyrillic come back as they were. */
  g_assert_cmpstr (cell (rows, 1, "Ask"), ==, TRICKY_ASK);
  g_assert_cmpstr (cell (rows, 1, "Event"), ==, TRICKY_TITLE);
  g_assert_cmpstr (cell (rows, 1, "Status"), ==, "Raised");
  g_assert_cmpstr (cell (rows, 1, "Event date"), ==, "2016-11-23");
  g_assert_cmpstr (cell (rows, 1, "Process"), ==, "EU–Kazakhstan Human Rights Dialogue");
  g_assert_cmpstr (cell (rows, 1, "Country"), ==, "Kazakhstan");
  g_assert_cmpstr (cell (rows, 1, "Issues"), ==, "Media freedom; Political prisoners");
  g_assert_cmpstr (cell (rows, 1, "Owner"), ==, "Анна");
  g_assert_cmpstr (cell (rows, 1, "Next step"), ==, "Ask, again");
  g_assert_cmpstr (cell (rows, 1, "Overdue"), ==, "yes");
  g_assert_cmpstr (cell (rows, 1, "Documents"), ==, "Joint letter, October (p. 2)");
  g_assert_true (g_str_has_suffix (cell (rows, 1, "Last change"), "Added as Raised; Tied to “"
                                                                    TRICKY_TITLE "”"));
  /* A formula is made text, for Calc and Excel alike. */
  g_assert_cmpstr (cell (rows, 2, "Ask"), ==, "'" FORMULA_ASK);
  g_assert_cmpstr (cell (rows, 2, "Owner"), ==, "'-Bob");
  g_assert_cmpstr (cell (rows, 2, "Overdue"), ==, "no");
  /* A resolved ask is never overdue; an undated one has no event. */
  g_assert_cmpstr (cell (rows, 3, "Overdue"), ==, "no");
  g_assert_cmpstr (cell (rows, 4, "Event"), ==, "");
  g_assert_cmpstr (cell (rows, 4, "Due"), ==, "");
}

static void
test_csv_field (void)
{
  const struct { const char *value; const char *field; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"no\"", "\"say \"\"no\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "=1+2", "'=1+2" },
    { "+7 701 000", "'+7 701 000" },
    { "-1", "'-1" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tx", "'\tx" },
    { "=\"a,b\"", "\"'=\"\"a,b\"\"\"" },
    { "Козлов", "Козлов" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) csv = g_string_new (NULL);

      dossier_csv_append_field (csv, cases[i].value);
      g_assert_cmpstr (csv->str, ==, cases[i].field);
    }
}

/* Python's csv module, as a second reader, where it is installed. */
static void
test_csv_python (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *path = g_build_filename (fixture->dir, "followups.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = -1;
  DossierAskFilter filter = { .sort = DOSSIER_ASK_SORT_CREATED };
  const char *script =
    "import csv, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
    "    rows = list(csv.reader(f, strict=True))\n"
    "assert len(rows) == 5 and all(len(r) == 15 for r in rows), rows\n"
    "sys.stdout.write(rows[1][1] + '|' + rows[1][3])\n";

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  g_assert_true (dossier_library_export_followups (fixture->library, &filter, file, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { python, "-c", script, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &out, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, TRICKY_ASK "|" TRICKY_TITLE);
}

static void
test_export_fails_cleanly (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "dir", "x.csv", NULL);
  g_autofree char *existing = g_build_filename (fixture->dir, "old.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GFile) old = g_file_new_for_path (existing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_false (dossier_library_export_followups (fixture->library, NULL, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* An export replaces a file whole. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_true (dossier_library_export_calendar (fixture->library, old, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));
}

/* ---- iCalendar ---- */

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  return NULL;
}

static char *
uid_domain (const char *uid)
{
  return g_strdup (strchr (uid, '@') + 1);
}

static void
test_ical (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dossier_library_followups_to_ical (fixture->library, &error);
  g_autofree char *again = NULL;
  g_autofree char *domain = NULL;
  g_autofree char *uid = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  struct icaltimetype start, end;

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* Lines of at most 75 octets, CRLF, folded between characters: each
   * line is valid UTF-8 on its own. */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
    }
  g_assert_nonnull (strstr (text, "\\,"));
  g_assert_nonnull (strstr (text, "\\;"));
  g_assert_nonnull (strstr (text, "\\n"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_check_restrictions (calendar), ==, 1);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar,
                                                                              ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));
  /* Two events, and the two open asks with a due date. */
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 4);

  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  domain = uid_domain (icalcomponent_get_uid (event));
  uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "@%s", fixture->events[0], domain);
  event = find_event (calendar, uid);
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, TRICKY_TITLE);
  g_assert_cmpstr (icalcomponent_get_location (event), ==, TRICKY_PLACE);
  g_assert_nonnull (strstr (icalcomponent_get_description (event),
                            "Bring the list, the letters;\nand the NGO brief."));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), TRICKY_ASK));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Round 1 of EU–Kazakhstan"));
  start = icalcomponent_get_dtstart (event);
  end = icalcomponent_get_dtend (event);
  g_assert_true (start.is_date);
  g_assert_cmpint (start.year, ==, 2016);
  g_assert_cmpint (start.month, ==, 11);
  g_assert_cmpint (start.day, ==, 23);
  g_assert_cmpint (end.day, ==, 24);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20161123"));

  g_free (uid);
  uid = g_strdup_printf ("ask-%" G_GINT64_FORMAT "@%s", fixture->asks[0], domain);
  event = find_event (calendar, uid);
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Due: " TRICKY_ASK);
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Owner: Анна"));
  start = icalcomponent_get_dtstart (event);
  g_assert_true (start.is_date);
  g_assert_cmpint (start.month, ==, 12);
  g_assert_cmpint (start.day, ==, 1);
  /* Neither the resolved ask nor the undated one is in the calendar. */
  g_free (uid);
  uid = g_strdup_printf ("ask-%" G_GINT64_FORMAT "@%s", fixture->asks[2], domain);
  g_assert_null (find_event (calendar, uid));
  icalcomponent_free (calendar);

  /* The UIDs stay the same from one export to the next. */
  again = dossier_library_followups_to_ical (fixture->library, &error);
  g_assert_no_error (error);
  calendar = icalparser_parse_string (again);
  g_assert_null (find_event (calendar, uid));
  g_free (uid);
  uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "@%s", fixture->events[1], domain);
  g_assert_nonnull (find_event (calendar, uid));
  icalcomponent_free (calendar);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/followups-export/csv", test_csv);
  g_test_add_func ("/followups-export/csv-field", test_csv_field);
  ADD ("/followups-export/csv-python", test_csv_python);
  ADD ("/followups-export/fails-cleanly", test_export_fails_cleanly);
  ADD ("/followups-export/ical", test_ical);
#undef ADD

  return g_test_run ();
}
