/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <sqlite3.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups.h"
#include "dossier-library.h"
#include "dossier-tags.h"

typedef struct
{
  char           *dir;
  char           *library_path;
  DossierLibrary *library;
  guint           n_changed;   /* "followups-changed" */
} Fixture;

static void
on_followups_changed_cb (DossierLibrary *library,
                         Fixture        *fixture)
{
  fixture->n_changed++;
}

static void
open_library (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->library);
  g_signal_connect (fixture->library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                    fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-followups-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  open_library (fixture);
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

static DossierDatabase *
database (Fixture *fixture)
{
  return dossier_library_get_database (fixture->library);
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  dossier_database_exec (database (fixture), sql, &error);
  g_assert_no_error (error);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3 *handle = dossier_database_get_handle (database (fixture));
  sqlite3_stmt *statement = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

/* A document row as the import would leave it. */
static gint64
add_document (Fixture    *fixture,
              const char *name,
              const char *date)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO documents (sha256, title, doc_date, page_count,"
                                          " pages_with_text, bytes, original_name, imported_at)"
                                          " VALUES ('%s', '%s', %s%s%s, 1, 1, 100, '%s.pdf', 0)",
                                          name, name, date ? "'" : "", date ? date : "NULL",
                                          date ? "'" : "", name);

  exec_sql (fixture, sql);
  return query_int (fixture, "SELECT max (id) FROM documents");
}

static gint64
tag_id (Fixture    *fixture,
        const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_find_tag_by_key (fixture->library, key, &error);

  g_assert_no_error (error);
  return dossier_tag_get_id (tag);
}

static DossierEvent *
add_event (Fixture    *fixture,
           const char *title,
           const char *date,
           const char *process)
{
  g_autoptr(GError) error = NULL;
  DossierEventSpec spec = {
    .title = title, .kind = DOSSIER_EVENT_DIALOGUE, .date = date, .process = process,
    .country_id = tag_id (fixture, "kazakhstan"), .place = "Brussels",
  };
  DossierEvent *event = dossier_library_add_event (fixture->library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (event);
  return event;
}

static DossierAsk *
add_ask (Fixture          *fixture,
         const char       *text,
         DossierEvent     *event,
         DossierAskStatus  status,
         const char       *due_date)
{
  g_autoptr(GError) error = NULL;
  DossierAskSpec spec = {
    .text = text, .event_id = event ? dossier_event_get_id (event) : 0, .status = status,
    .due_date = due_date,
  };
  DossierAsk *ask = dossier_library_add_ask (fixture->library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ask);
  return ask;
}

static GPtrArray *
history (Fixture    *fixture,
         DossierAsk *ask)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = dossier_library_list_ask_history (fixture->library, ask, &error);

  g_assert_no_error (error);
  return changes;
}

static DossierAskChange *
last_change (GPtrArray *changes)
{
  g_assert_cmpuint (changes->len, >, 0);
  return g_ptr_array_index (changes, changes->len - 1);
}

static GListModel *
list_asks (Fixture                *fixture,
           const DossierAskFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GListModel *asks = dossier_library_list_asks (fixture->library, filter, &error);

  g_assert_no_error (error);
  return asks;
}

/* The asks' ids in order, "1 3 2". */
static char *
ask_ids (GListModel *asks)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (asks); i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? " " : "", dossier_ask_get_id (ask));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
filtered_ids (Fixture                *fixture,
              const DossierAskFilter *filter)
{
  g_autoptr(GListModel) asks = list_asks (fixture, filter);

  return ask_ids (asks);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* ---- schema ---- */

static void
test_migration (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 document_id;

  /* A library as Dossier left it at version 3: tags and a document, no
   * follow-ups. */
  document_id = add_document (fixture, "old", "2015-01-01");
  exec_sql (fixture, "DROP TABLE ask_documents; DROP TABLE ask_tags; DROP TABLE ask_history;"
                     "DROP TABLE asks; DROP TABLE event_documents; DROP TABLE events;"
                     "DROP INDEX tag_rules_by_tag; PRAGMA user_version = 3");
  g_clear_object (&fixture->library);
  open_library (fixture);

  g_assert_cmpint (query_int (fixture, "PRAGMA user_version"), ==, DOSSIER_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM documents WHERE title = 'old'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tags WHERE key = 'kazakhstan'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM sqlite_master WHERE type = 'index'"
                                       " AND name = 'tag_rules_by_tag'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM sqlite_master WHERE type = 'table'"
                                       " AND name IN ('events', 'event_documents', 'asks',"
                                       " 'ask_history', 'ask_tags', 'ask_documents')"), ==, 6);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM sqlite_master WHERE type = 'trigger'"
                                       " AND tbl_name = 'ask_history'"), ==, 2);

  /* And the new tables work on the old library's rows. */
  {
    g_autoptr(DossierEvent) event = add_event (fixture, "Round 7", "2015-11-20", "Dialogue");
    g_autoptr(GError) error = NULL;
    DossierAskDocument evidence = { document_id, 2 };
    DossierAskSpec spec = { .text = "Release Kozlov", .event_id = dossier_event_get_id (event),
                            .documents = &evidence, .n_documents = 1 };
    g_autoptr(DossierAsk) ask = dossier_library_add_ask (fixture->library, &spec, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (dossier_ask_get_documents (ask)->len, ==, 1);
  }
}

/* ---- kinds and statuses ---- */

static void
test_kinds_and_statuses (Fixture       *fixture,
                         gconstpointer  data)
{
  DossierEventKind kind;
  DossierAskStatus status;

  for (guint i = 0; i < DOSSIER_EVENT_N_KINDS; i++)
    {
      g_assert_true (dossier_event_kind_from_string (dossier_event_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (dossier_event_kind_label (i));
    }
  g_assert_cmpstrv (dossier_event_kind_strings (),
                    ((const char *[]) { "dialogue", "council", "subcommittee", "visit",
                                        "resolution", "negotiation", "upr", "other", NULL }));
  g_assert_true (dossier_event_kind_from_string ("UPR", &kind));
  g_assert_cmpint (kind, ==, DOSSIER_EVENT_UPR);
  g_assert_false (dossier_event_kind_from_string ("meeting", &kind));
  g_assert_false (dossier_event_kind_from_string (NULL, &kind));

  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    {
      g_assert_true (dossier_ask_status_from_string (dossier_ask_status_to_string (i), &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_false (dossier_ask_status_from_string ("closed", &status));
  g_assert_true (dossier_ask_status_is_open (DOSSIER_ASK_DRAFT));
  g_assert_true (dossier_ask_status_is_open (DOSSIER_ASK_UNRESOLVED));
  g_assert_false (dossier_ask_status_is_open (DOSSIER_ASK_RESOLVED));
  g_assert_false (dossier_ask_status_is_open (DOSSIER_ASK_DROPPED));
  g_assert_cmpstr (dossier_ask_status_label (DOSSIER_ASK_ANSWERED), ==, "Answered");
}

/* ---- events ---- */

static void
test_events_rounds (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DossierEvent) r8 = add_event (fixture, "HRD round 8", "2016-11-23",
                                          "EU–Kazakhstan Human Rights Dialogue");
  g_autoptr(DossierEvent) r7 = add_event (fixture, "HRD round 7", "2015-11-20",
                                          "eu–kazakhstan human rights dialogue");
  g_autoptr(DossierEvent) council = add_event (fixture, "Cooperation Council", "2016-03-01",
                                               "Cooperation Council");
  g_autoptr(DossierEvent) visit = add_event (fixture, "Visit of the HR/VP", "2016-06-01", NULL);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(DossierEvent) previous = NULL;
  g_autoptr(DossierEvent) first = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) processes = NULL;
  g_autofree char *label = NULL;
  DossierEventSpec spec;
  guint n_round_notifies = 0;

  g_assert_cmpuint (fixture->n_changed, ==, 4);
  /* A process typed in another case joins the one the library has. */
  g_assert_cmpstr (dossier_event_get_process (r7), ==, "EU–Kazakhstan Human Rights Dialogue");
  g_assert_cmpuint (dossier_event_get_round (r7), ==, 1);
  g_assert_cmpuint (dossier_event_get_round (r8), ==, 2);
  g_assert_cmpuint (dossier_event_get_n_rounds (r8), ==, 2);
  g_assert_cmpuint (dossier_event_get_round (council), ==, 1);
  g_assert_cmpuint (dossier_event_get_round (visit), ==, 0);
  g_assert_cmpstr (dossier_event_get_country (r8), ==, "Kazakhstan");
  label = dossier_event_dup_round_label (r8);
  g_assert_cmpstr (label, ==, "Round 2 of EU–Kazakhstan Human Rights Dialogue");

  /* By process (ignoring case), then date; no process last. */
  events = dossier_library_list_events (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 4);
  first = g_list_model_get_item (events, 0);
  g_assert_true (first == council);   /* the same live object */
  g_clear_object (&first);
  first = g_list_model_get_item (events, 1);
  g_assert_true (first == r7);
  g_clear_object (&first);
  first = g_list_model_get_item (events, 3);
  g_assert_true (first == visit);

  processes = dossier_library_list_processes (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (processes, ((const char *[]) { "Cooperation Council",
                                                   "EU–Kazakhstan Human Rights Dialogue", NULL }));

  previous = dossier_library_dup_previous_round (fixture->library, r8, &error);
  g_assert_no_error (error);
  g_assert_true (previous == r7);
  g_clear_object (&previous);
  previous = dossier_library_dup_previous_round (fixture->library, r7, &error);
  g_assert_no_error (error);
  g_assert_null (previous);
  previous = dossier_library_dup_previous_round (fixture->library, visit, &error);
  g_assert_no_error (error);
  g_assert_null (previous);

  /* Moving round 7 after round 8 renumbers both, and the objects say so. */
  {
    gulong handler = g_signal_connect (r8, "notify::round", G_CALLBACK (count_cb),
                                       &n_round_notifies);

    dossier_event_spec_init_from (&spec, r7);
    spec.date = "2017-01-15";
    spec.title = "HRD round 9";
    g_assert_true (dossier_library_update_event (fixture->library, r7, &spec, &error));
    g_assert_no_error (error);
    g_signal_handler_disconnect (r8, handler);
  }
  g_assert_cmpuint (n_round_notifies, ==, 1);
  g_assert_cmpuint (dossier_event_get_round (r8), ==, 1);
  g_assert_cmpuint (dossier_event_get_round (r7), ==, 2);
  g_assert_cmpstr (dossier_event_get_title (r7), ==, "HRD round 9");
  g_assert_cmpstr (dossier_event_get_place (r7), ==, "Brussels");

  /* The only event of a process may change the process's spelling. */
  dossier_event_spec_init_from (&spec, council);
  spec.process = "cooperation council";
  g_assert_true (dossier_library_update_event (fixture->library, council, &spec, &error));
  g_assert_cmpstr (dossier_event_get_process (council), ==, "cooperation council");
}

static void
test_events_invalid (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierEvent) event = NULL;
  DossierEventSpec spec = { .title = "Round 9", .kind = DOSSIER_EVENT_DIALOGUE, .date = "2016-02-30" };

  event = dossier_library_add_event (fixture->library, &spec, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
  g_assert_null (event);
  g_clear_error (&error);

  spec.date = "23.11.2016";
  g_assert_null (dossier_library_add_event (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  spec.date = "2016-11-23";
  spec.title = "   ";
  g_assert_null (dossier_library_add_event (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* A country must be a country. */
  spec.title = "Round 9";
  spec.country_id = tag_id (fixture, "media-freedom");
  g_assert_null (dossier_library_add_event (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec.country_id = 999999;
  g_assert_null (dossier_library_add_event (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  spec.country_id = 0;
  spec.kind = DOSSIER_EVENT_N_KINDS;
  g_assert_null (dossier_library_add_event (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM events"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  g_assert_null (dossier_library_dup_event (fixture->library, 42, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_events_next (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierEvent) past = add_event (fixture, "Round 7", "2015-11-20", "HRD");
  g_autoptr(DossierEvent) today = add_event (fixture, "Council", "2016-03-01", NULL);
  g_autoptr(DossierEvent) later = add_event (fixture, "Round 8", "2016-11-23", "HRD");
  g_autoptr(DossierEvent) sooner = add_event (fixture, "Visit", "2016-06-01", NULL);
  g_autoptr(DossierEvent) next = NULL;
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GError) error = NULL;
  const char *order[] = { "Council", "Visit", "Round 8", "Round 7" };

  next = dossier_library_dup_next_event (fixture->library, "2016-03-01", &error);
  g_assert_no_error (error);
  g_assert_true (next == today);
  g_clear_object (&next);
  next = dossier_library_dup_next_event (fixture->library, "2016-03-02", &error);
  g_assert_true (next == sooner);
  g_clear_object (&next);
  next = dossier_library_dup_next_event (fixture->library, "2016-11-24", &error);
  g_assert_no_error (error);
  g_assert_null (next);

  g_assert_cmpint (dossier_event_days_until (today, "2016-03-01"), ==, 0);
  g_assert_cmpint (dossier_event_days_until (later, "2016-11-13"), ==, 10);
  g_assert_cmpint (dossier_event_days_until (past, "2015-11-21"), ==, -1);

  upcoming = dossier_library_list_events_upcoming_first (fixture->library, "2016-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (upcoming, i);

      g_assert_cmpstr (dossier_event_get_title (event), ==, order[i]);
    }
}

static void
test_events_documents_and_delete (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", "HRD");
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  gint64 press = add_document (fixture, "press-release", "2016-11-24");
  gint64 letter = add_document (fixture, "letter", "2016-10-01");
  gint64 trashed = add_document (fixture, "trashed", "2016-10-02");
  g_autoptr(DossierDocument) first = NULL;

  g_assert_true (dossier_library_link_event_document (fixture->library, event, press, &error));
  g_assert_true (dossier_library_link_event_document (fixture->library, event, letter, &error));
  g_assert_true (dossier_library_link_event_document (fixture->library, event, letter, &error));
  g_assert_true (dossier_library_link_event_document (fixture->library, event, trashed, &error));
  g_assert_no_error (error);
  g_assert_false (dossier_library_link_event_document (fixture->library, event, 9999, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (dossier_library_trash_documents (fixture->library, &trashed, 1, &error));

  /* The letters before the event, the press release after; not the trash. */
  documents = dossier_library_list_event_documents (fixture->library, event, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  first = g_list_model_get_item (documents, 0);
  g_assert_cmpint (dossier_document_get_id (first), ==, letter);
  events = dossier_library_list_document_events (fixture->library, press, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);

  g_assert_true (dossier_library_unlink_event_document (fixture->library, event, press, &error));
  g_clear_object (&documents);
  documents = dossier_library_list_event_documents (fixture->library, event, &error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);

  /* An event with asks stays until they go elsewhere. */
  ask = add_ask (fixture, "Release Kozlov", event, DOSSIER_ASK_RAISED, NULL);
  g_assert_cmpuint (dossier_event_get_n_asks (event), ==, 1);
  g_assert_cmpuint (dossier_event_get_n_open_asks (event), ==, 1);
  g_assert_false (dossier_library_delete_event (fixture->library, event, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "1 follow-up"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM events"), ==, 1);

  g_assert_true (dossier_library_delete_ask (fixture->library, ask, &error));
  g_assert_true (dossier_library_delete_event (fixture->library, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM events"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM event_documents"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM documents"), ==, 3);
}

/* ---- asks and their history ---- */

static void
test_asks_add (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", "HRD");
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(DossierAsk) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  gint64 letter = add_document (fixture, "letter", "2016-10-01");
  gint64 tag_ids[] = { tag_id (fixture, "political-prisoners"), tag_id (fixture, "media-freedom") };
  DossierAskDocument evidence[] = { { letter, 2 } };
  DossierAskSpec spec = {
    .text = "  Call for the release of Vladimir Kozlov ", .event_id = dossier_event_get_id (event),
    .status = DOSSIER_ASK_SUBMITTED, .owner = "Anna", .due_date = "2017-01-31",
    .next_step = "Ask the EEAS for a read-out", .tag_ids = tag_ids, .n_tag_ids = 2,
    .documents = evidence, .n_documents = 1, .note = "From the joint letter",
  };
  DossierAskChange *created;
  guint n_changed;

  ask = dossier_library_add_ask (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_ask_get_text (ask), ==, "Call for the release of Vladimir Kozlov");
  g_assert_cmpint (dossier_ask_get_status (ask), ==, DOSSIER_ASK_SUBMITTED);
  g_assert_cmpstr (dossier_ask_get_owner (ask), ==, "Anna");
  g_assert_cmpstr (dossier_ask_get_due_date (ask), ==, "2017-01-31");
  g_assert_cmpstr (dossier_ask_get_event_title (ask), ==, "Round 8");
  g_assert_cmpstr (dossier_ask_get_event_date (ask), ==, "2016-11-23");
  g_assert_cmpstr (dossier_ask_get_process (ask), ==, "HRD");
  g_assert_cmpuint (dossier_ask_get_tag_ids (ask)->len, ==, 2);
  g_assert_true (dossier_ask_has_tag (ask, tag_ids[0]));
  g_assert_cmpuint (dossier_ask_get_documents (ask)->len, ==, 1);
  g_assert_cmpuint (g_array_index (dossier_ask_get_documents (ask), DossierAskDocument, 0).page, ==, 2);
  g_assert_cmpint (dossier_ask_get_created_at (ask), >, 0);
  g_assert_cmpuint (dossier_event_get_n_asks (event), ==, 1);

  again = dossier_library_dup_ask (fixture->library, dossier_ask_get_id (ask), &error);
  g_assert_true (again == ask);

  tags = dossier_library_list_ask_tags (fixture->library, ask, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, 2);

  changes = history (fixture, ask);
  g_assert_cmpuint (changes->len, ==, 1);
  created = g_ptr_array_index (changes, 0);
  g_assert_true (created->changed & DOSSIER_ASK_CHANGED_CREATED);
  g_assert_cmpint (created->status, ==, DOSSIER_ASK_SUBMITTED);
  g_assert_cmpstr (created->note, ==, "From the joint letter");
  g_assert_cmpstr (created->event_title, ==, "Round 8");
  g_assert_cmpstr (created->due_date, ==, "2017-01-31");

  /* Bad input is refused whole: nothing is stored. */
  n_changed = fixture->n_changed;
  spec.due_date = "2017-02-29";
  g_assert_null (dossier_library_add_ask (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec.due_date = NULL;
  spec.event_id = 4242;
  g_assert_null (dossier_library_add_ask (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  spec.event_id = 0;
  evidence[0].document_id = 4242;
  g_assert_null (dossier_library_add_ask (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  evidence[0].document_id = letter;
  tag_ids[1] = 4242;
  g_assert_null (dossier_library_add_ask (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  spec.n_tag_ids = 0;
  spec.text = " ";
  g_assert_null (dossier_library_add_ask (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM asks"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM ask_history"), ==, 1);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed);

  /* Without an event: a draft from a letter. */
  spec.text = "Raise the NGO law";
  g_clear_object (&again);
  again = dossier_library_add_ask (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_ask_get_event_id (again), ==, 0);
  g_assert_null (dossier_ask_get_event_title (again));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GString    *names)
{
  g_string_append_printf (names, "%s ", pspec->name);
}

static void
test_history_every_change (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DossierEvent) r7 = add_event (fixture, "Round 7", "2015-11-20", "HRD");
  g_autoptr(DossierEvent) r8 = add_event (fixture, "Round 8", "2016-11-23", "HRD");
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Release Kozlov", r7, DOSSIER_ASK_DRAFT, NULL);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  DossierAskUpdate update = { 0 };
  DossierAskChange *change;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  g_signal_connect (ask, "notify", G_CALLBACK (count_notify_cb), notified);

  g_assert_true (dossier_library_set_ask_status (fixture->library, ask, DOSSIER_ASK_RAISED,
                                                 "The EEAS raised it", &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (notified->str, "status "));
  g_assert_nonnull (strstr (notified->str, "status-label "));
  g_assert_null (strstr (notified->str, "is-open"));
  g_assert_true (dossier_library_set_ask_due_date (fixture->library, ask, "2016-12-31", NULL, &error));
  g_assert_true (dossier_library_set_ask_owner (fixture->library, ask, "Anna", NULL, &error));
  g_assert_true (dossier_library_set_ask_next_step (fixture->library, ask, "Write to the EEAS", NULL,
                                                    &error));
  g_assert_true (dossier_library_set_ask_due_date (fixture->library, ask, "2017-01-31",
                                                   "Postponed", &error));
  g_assert_no_error (error);

  /* Two at once, one entry. */
  update.changed = DOSSIER_ASK_CHANGED_STATUS | DOSSIER_ASK_CHANGED_OWNER;
  update.status = DOSSIER_ASK_RESOLVED;
  update.owner = "";
  update.note = "Kozlov released";
  g_string_truncate (notified, 0);
  g_assert_true (dossier_library_update_ask (fixture->library, ask, &update, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (notified->str, "is-open "));
  g_assert_null (dossier_ask_get_owner (ask));

  /* Nothing changed and nothing said: no entry. A note alone: one. */
  g_assert_true (dossier_library_set_ask_status (fixture->library, ask, DOSSIER_ASK_RESOLVED, NULL,
                                                 &error));
  update = (DossierAskUpdate) { .note = "Thanked the EEAS" };
  g_assert_true (dossier_library_update_ask (fixture->library, ask, &update, &error));
  update = (DossierAskUpdate) { .changed = DOSSIER_ASK_CHANGED_EVENT | DOSSIER_ASK_CHANGED_TEXT,
                                .event_id = dossier_event_get_id (r8),
                                .text = "Release Vladimir Kozlov" };
  g_assert_true (dossier_library_update_ask (fixture->library, ask, &update, &error));
  g_assert_no_error (error);

  changes = history (fixture, ask);
  g_assert_cmpuint (changes->len, ==, 9);

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->changed, ==, DOSSIER_ASK_CHANGED_STATUS);
  g_assert_cmpint (change->old_status, ==, DOSSIER_ASK_DRAFT);
  g_assert_cmpint (change->status, ==, DOSSIER_ASK_RAISED);
  g_assert_cmpstr (change->note, ==, "The EEAS raised it");
  g_assert_cmpint (change->at, >=, before);
  description = dossier_ask_change_describe (change);
  g_assert_cmpstr (description, ==, "Status: Draft → Raised");
  g_clear_pointer (&description, g_free);

  change = g_ptr_array_index (changes, 5);
  g_assert_cmpint (change->changed, ==, DOSSIER_ASK_CHANGED_DUE_DATE);
  g_assert_cmpstr (change->old_due_date, ==, "2016-12-31");
  g_assert_cmpstr (change->due_date, ==, "2017-01-31");
  g_assert_cmpstr (change->note, ==, "Postponed");
  description = dossier_ask_change_describe (change);
  g_assert_cmpstr (description, ==, "Due 2017-01-31 (was 2016-12-31)");
  g_clear_pointer (&description, g_free);

  change = g_ptr_array_index (changes, 6);
  g_assert_cmpint (change->changed, ==, DOSSIER_ASK_CHANGED_STATUS | DOSSIER_ASK_CHANGED_OWNER);
  g_assert_cmpstr (change->old_owner, ==, "Anna");
  g_assert_null (change->owner);
  g_assert_cmpstr (change->next_step, ==, "Write to the EEAS");
  description = dossier_ask_change_describe (change);
  g_assert_cmpstr (description, ==, "Status: Raised → Resolved; Owner removed");
  g_clear_pointer (&description, g_free);

  change = g_ptr_array_index (changes, 7);
  g_assert_cmpint (change->changed, ==, 0);
  g_assert_cmpstr (change->note, ==, "Thanked the EEAS");

  change = g_ptr_array_index (changes, 8);
  g_assert_cmpint (change->changed, ==, DOSSIER_ASK_CHANGED_EVENT | DOSSIER_ASK_CHANGED_TEXT);
  g_assert_cmpstr (change->old_event_title, ==, "Round 7");
  g_assert_cmpstr (change->event_title, ==, "Round 8");
  g_assert_cmpstr (change->old_text, ==, "Release Kozlov");
  g_assert_cmpstr (change->text, ==, "Release Vladimir Kozlov");
  description = dossier_ask_change_describe (change);
  g_assert_cmpstr (description, ==, "Moved from “Round 7” to “Round 8”; Wording changed");

  /* Entries are in order, and the ask's "updated-at" is the last one's. */
  for (guint i = 1; i < changes->len; i++)
    g_assert_cmpint (((DossierAskChange *) g_ptr_array_index (changes, i))->at, >=,
                     ((DossierAskChange *) g_ptr_array_index (changes, i - 1))->at);
  g_assert_cmpint (dossier_ask_get_updated_at (ask), ==, last_change (changes)->at);

  /* Bad values are refused, and no entry is written. */
  g_assert_false (dossier_library_set_ask_due_date (fixture->library, ask, "tomorrow", NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dossier_library_set_ask_status (fixture->library, ask, 99, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = history (fixture, ask);
  g_assert_cmpuint (changes->len, ==, 9);
}

static void
test_history_append_only (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Release Kozlov", NULL, DOSSIER_ASK_DRAFT, NULL);
  g_autoptr(DossierAsk) other = add_ask (fixture, "Repeal the NGO law", NULL, DOSSIER_ASK_DRAFT, NULL);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const char *tampering[] = {
    "UPDATE ask_history SET note = 'rewritten'",
    "UPDATE ask_history SET status = 'resolved' WHERE ask_id = 1",
    "DELETE FROM ask_history WHERE id = 1",
    "DELETE FROM ask_history",
  };

  g_assert_true (dossier_library_set_ask_status (fixture->library, ask, DOSSIER_ASK_RAISED, "yes",
                                                 &error));
  for (guint i = 0; i < G_N_ELEMENTS (tampering); i++)
    {
      g_assert_false (dossier_database_exec (database (fixture), tampering[i], &error));
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DATABASE);
      g_assert_nonnull (strstr (error->message, "history of an ask cannot be changed"));
      g_clear_error (&error);
    }
  changes = history (fixture, ask);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (last_change (changes)->note, ==, "yes");

  /* Deleting the ask takes its history along, and only its own. */
  g_assert_true (dossier_library_delete_ask (fixture->library, ask, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM ask_history"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM ask_history WHERE ask_id = 2"), ==, 1);
  g_assert_null (dossier_library_dup_ask (fixture->library, 1, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

/* ---- roll-over ---- */

static void
test_roll_over (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DossierEvent) r7 = add_event (fixture, "Round 7", "2015-11-20", "HRD");
  g_autoptr(DossierAsk) kozlov = add_ask (fixture, "Release Kozlov", r7, DOSSIER_ASK_RAISED,
                                          "2016-01-31");
  g_autoptr(DossierAsk) ngo = add_ask (fixture, "Withdraw the NGO law", r7, DOSSIER_ASK_UNRESOLVED,
                                       NULL);
  g_autoptr(DossierAsk) done = add_ask (fixture, "Register the party", r7, DOSSIER_ASK_RESOLVED, NULL);
  g_autoptr(DossierAsk) dropped = add_ask (fixture, "Visit Ust-Kamenogorsk", r7, DOSSIER_ASK_DROPPED,
                                           NULL);
  g_autoptr(DossierEvent) r8 = NULL;
  g_autoptr(DossierEvent) r9 = NULL;
  g_autoptr(DossierEvent) other = NULL;
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  DossierAskChange *carried;
  gint64 kozlov_id = dossier_ask_get_id (kozlov);

  g_assert_true (dossier_library_set_ask_owner (fixture->library, kozlov, "Anna", NULL, &error));
  r8 = add_event (fixture, "Round 8", "2016-11-23", "HRD");

  candidates = dossier_library_list_carry_over_asks (fixture->library, r8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 2);

  /* A closed ask named by hand is refused, and nothing moves. */
  {
    DossierAsk *chosen[] = { kozlov, done };

    g_assert_cmpint (dossier_library_carry_over_asks (fixture->library, r8, chosen, 2, &error), ==, -1);
    g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
    g_clear_error (&error);
    g_assert_cmpint (dossier_ask_get_event_id (kozlov), ==, dossier_event_get_id (r7));
  }

  g_assert_cmpint (dossier_library_carry_over_asks (fixture->library, r8, NULL, 0, &error), ==, 2);
  g_assert_no_error (error);

  /* The same asks, now at round 8, status and due date as they were. */
  g_assert_cmpint (dossier_ask_get_id (kozlov), ==, kozlov_id);
  g_assert_cmpint (dossier_ask_get_event_id (kozlov), ==, dossier_event_get_id (r8));
  g_assert_cmpstr (dossier_ask_get_event_title (kozlov), ==, "Round 8");
  g_assert_cmpint (dossier_ask_get_status (kozlov), ==, DOSSIER_ASK_RAISED);
  g_assert_cmpstr (dossier_ask_get_due_date (kozlov), ==, "2016-01-31");
  g_assert_cmpint (dossier_ask_get_event_id (ngo), ==, dossier_event_get_id (r8));
  g_assert_cmpint (dossier_ask_get_event_id (done), ==, dossier_event_get_id (r7));
  g_assert_cmpint (dossier_ask_get_event_id (dropped), ==, dossier_event_get_id (r7));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM asks"), ==, 4);
  g_assert_cmpuint (dossier_event_get_n_asks (r7), ==, 2);
  g_assert_cmpuint (dossier_event_get_n_open_asks (r7), ==, 0);
  g_assert_cmpuint (dossier_event_get_n_open_asks (r8), ==, 2);

  /* Its history goes on: created, owner, carried over. */
  changes = history (fixture, kozlov);
  g_assert_cmpuint (changes->len, ==, 3);
  carried = last_change (changes);
  g_assert_cmpint (carried->changed, ==, DOSSIER_ASK_CHANGED_EVENT | DOSSIER_ASK_CARRIED_OVER);
  g_assert_cmpstr (carried->old_event_title, ==, "Round 7");
  g_assert_cmpstr (carried->event_title, ==, "Round 8");
  g_assert_cmpstr (carried->owner, ==, "Anna");
  description = dossier_ask_change_describe (carried);
  g_assert_cmpstr (description, ==, "Carried over from “Round 7” to “Round 8”");

  /* Again: nothing left to carry, no false entry. */
  g_assert_cmpint (dossier_library_carry_over_asks (fixture->library, r8, NULL, 0, &error), ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = history (fixture, kozlov);
  g_assert_cmpuint (changes->len, ==, 3);

  /* Round 9 takes round 8's open asks, the resolved one stays behind. */
  g_assert_true (dossier_library_set_ask_status (fixture->library, ngo, DOSSIER_ASK_RESOLVED, NULL,
                                                 &error));
  r9 = add_event (fixture, "Round 9", "2017-11-01", "hrd");
  g_clear_object (&candidates);
  candidates = dossier_library_list_carry_over_asks (fixture->library, r9, &error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 1);
  g_assert_cmpint (dossier_library_carry_over_asks (fixture->library, r9, NULL, 0, &error), ==, 1);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = history (fixture, kozlov);
  g_assert_cmpuint (changes->len, ==, 4);
  g_assert_cmpstr (last_change (changes)->old_event_title, ==, "Round 8");

  /* An event of no process has nothing to carry over. */
  other = add_event (fixture, "Visit", "2018-01-01", NULL);
  g_clear_object (&candidates);
  candidates = dossier_library_list_carry_over_asks (fixture->library, other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 0);
  g_assert_cmpint (dossier_library_carry_over_asks (fixture->library, other, NULL, 0, &error), ==, 0);
}

/* ---- days, time zones, overdue ---- */

static char *
today_in (const char *zone,
          GDateTime  *instant)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (tz);
  local = g_date_time_to_timezone (instant, tz);
  return dossier_followups_today (local);
}

static void
test_days (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *later = dossier_followups_add_days ("2024-02-28", 1);
  g_autofree char *leap = dossier_followups_add_days ("2024-02-28", 2);
  g_autofree char *back = dossier_followups_add_days ("2025-01-01", -1);

  g_assert_cmpstr (later, ==, "2024-02-29");
  g_assert_cmpstr (leap, ==, "2024-03-01");
  g_assert_cmpstr (back, ==, "2024-12-31");
  g_assert_true (dossier_followups_check_date ("2024-02-29", &error));
  g_assert_false (dossier_followups_check_date ("2023-02-29", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dossier_followups_check_date ("2024-2-9", &error));
  g_clear_error (&error);
  g_assert_false (dossier_followups_check_date ("2024-02-09x", &error));
  g_clear_error (&error);
  g_assert_false (dossier_followups_check_date ("", &error));
}

static void
test_overdue_time_zones (Fixture       *fixture,
                         gconstpointer  data)
{
  /* 10:30 UTC on 1 March: already 2 March on Kiritimati (UTC+14), still
   * 1 March on Adak (UTC−10). */
  g_autoptr(GDateTime) instant = g_date_time_new_utc (2024, 3, 1, 10, 30, 0);
  g_autofree char *kiritimati = today_in ("Pacific/Kiritimati", instant);
  g_autofree char *adak = today_in ("America/Adak", instant);
  g_autoptr(DossierAsk) due_first = add_ask (fixture, "Due 1 March", NULL, DOSSIER_ASK_RAISED,
                                             "2024-03-01");
  g_autoptr(DossierAsk) due_second = add_ask (fixture, "Due 2 March", NULL, DOSSIER_ASK_RAISED,
                                              "2024-03-02");
  g_autoptr(DossierAsk) resolved = add_ask (fixture, "Resolved", NULL, DOSSIER_ASK_RESOLVED,
                                            "2024-01-01");
  g_autoptr(DossierAsk) undated = add_ask (fixture, "Undated", NULL, DOSSIER_ASK_DRAFT, NULL);
  g_autoptr(GError) error = NULL;
  DossierAskFilter filter = { .overdue = TRUE };
  g_autofree char *ids = NULL;
  guint n_overdue = 99, n_week = 99;

  g_assert_cmpstr (kiritimati, ==, "2024-03-02");
  g_assert_cmpstr (adak, ==, "2024-03-01");

  g_assert_true (dossier_ask_is_overdue (due_first, kiritimati));
  g_assert_false (dossier_ask_is_overdue (due_second, kiritimati));
  g_assert_false (dossier_ask_is_overdue (due_first, adak));   /* due today is not overdue */
  g_assert_false (dossier_ask_is_overdue (resolved, kiritimati));
  g_assert_false (dossier_ask_is_overdue (undated, kiritimati));

  filter.today = kiritimati;
  ids = filtered_ids (fixture, &filter);
  g_assert_cmpstr (ids, ==, "1");
  g_clear_pointer (&ids, g_free);
  filter.today = adak;
  ids = filtered_ids (fixture, &filter);
  g_assert_cmpstr (ids, ==, "");
  g_clear_pointer (&ids, g_free);

  g_assert_true (dossier_library_count_due_asks (fixture->library, kiritimati, &n_overdue, &n_week,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_overdue, ==, 1);
  g_assert_cmpuint (n_week, ==, 1);
  g_assert_true (dossier_library_count_due_asks (fixture->library, adak, &n_overdue, &n_week, &error));
  g_assert_cmpuint (n_overdue, ==, 0);
  g_assert_cmpuint (n_week, ==, 2);
}

static void
test_overdue_midnight (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Adak");
  g_autoptr(GDateTime) before_midnight = g_date_time_new (tz, 2024, 2, 29, 23, 59, 59.999);
  g_autoptr(GDateTime) midnight = g_date_time_new (tz, 2024, 3, 1, 0, 0, 0);
  g_autofree char *last_day = dossier_followups_today (before_midnight);
  g_autofree char *first_day = dossier_followups_today (midnight);
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Due on the leap day", NULL, DOSSIER_ASK_SUBMITTED,
                                       "2024-02-29");

  g_assert_cmpstr (last_day, ==, "2024-02-29");
  g_assert_cmpstr (first_day, ==, "2024-03-01");
  g_assert_false (dossier_ask_is_overdue (ask, last_day));
  g_assert_true (dossier_ask_is_overdue (ask, first_day));
  g_assert_true (dossier_ask_is_due_within (ask, last_day, 1));
  g_assert_false (dossier_ask_is_due_within (ask, first_day, 7));
}

static void
test_today_is_local (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *zones[] = { "Pacific/Kiritimati", "America/Adak" };
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));

  /* With no day given, "today" is the user's, in their time zone. */
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[i]);
      g_autoptr(GDateTime) now = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *today = NULL;

      g_setenv ("TZ", zones[i], TRUE);
      now = g_date_time_new_now (tz);
      expected = g_date_time_format (now, "%Y-%m-%d");
      today = dossier_followups_today (NULL);
      /* The two calls may straddle midnight: then the next try agrees. */
      if (g_strcmp0 (today, expected) != 0)
        {
          g_clear_pointer (&today, g_free);
          today = dossier_followups_today (NULL);
        }
      g_assert_cmpstr (today, ==, expected);
    }
  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");
}

static void
test_due_this_week (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *dues[] = { "2024-02-29", "2024-03-01", "2024-03-07", "2024-03-08" };
  DossierAskFilter filter = { .due_within_days = 7, .today = "2024-03-01" };
  g_autofree char *ids = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    {
      g_autoptr(DossierAsk) ask = add_ask (fixture, dues[i], NULL, DOSSIER_ASK_RAISED, dues[i]);

      g_assert_cmpint (dossier_ask_is_due_within (ask, "2024-03-01", 7), ==, i == 1 || i == 2);
    }
  ids = filtered_ids (fixture, &filter);
  g_assert_cmpstr (ids, ==, "2 3");
}

/* ---- filters and sorting ---- */

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DossierEvent) r7 = add_event (fixture, "Round 7", "2015-11-20", "HRD");
  g_autoptr(DossierEvent) council = add_event (fixture, "Council", "2016-03-01", "Council");
  gint64 media = tag_id (fixture, "media-freedom");
  gint64 expression = tag_id (fixture, "freedom-of-expression");
  gint64 prisoners = tag_id (fixture, "political-prisoners");
  gint64 letter = add_document (fixture, "letter", "2015-10-01");
  DossierAskDocument evidence = { letter, 3 };
  DossierAskSpec spec_a = { .text = "A", .event_id = dossier_event_get_id (r7),
                            .status = DOSSIER_ASK_RAISED, .owner = "Anna",
                            .due_date = "2016-05-01", .tag_ids = &media, .n_tag_ids = 1,
                            .documents = &evidence, .n_documents = 1 };
  DossierAskSpec spec_b = { .text = "B", .event_id = dossier_event_get_id (council),
                            .status = DOSSIER_ASK_RESOLVED, .owner = "Boris",
                            .due_date = "2016-02-01", .tag_ids = &prisoners, .n_tag_ids = 1 };
  DossierAskSpec spec_c = { .text = "C", .event_id = dossier_event_get_id (r7),
                            .status = DOSSIER_ASK_DRAFT, .owner = "anna" };
  DossierAskSpec spec_d = { .text = "D", .status = DOSSIER_ASK_DROPPED, .due_date = "2015-01-01",
                            .tag_ids = &expression, .n_tag_ids = 1 };
  const DossierAskSpec *specs[] = { &spec_a, &spec_b, &spec_c, &spec_d };
  DossierAskFilter filter = { 0 };
  g_autofree char *ids = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierAsk) ask = dossier_library_add_ask (fixture->library, specs[i], &error);

      g_assert_no_error (error);
    }

#define CHECK(expected) \
  G_STMT_START { \
    g_free (ids); \
    ids = filtered_ids (fixture, &filter); \
    g_assert_cmpstr (ids, ==, expected); \
    filter = (DossierAskFilter) { 0 }; \
  } G_STMT_END

  /* By due date, undated last; and the other way round. */
  CHECK ("4 2 1 3");
  filter.descending = TRUE;
  CHECK ("1 2 4 3");
  g_free (ids);
  ids = filtered_ids (fixture, NULL);
  g_assert_cmpstr (ids, ==, "4 2 1 3");
  filter.sort = DOSSIER_ASK_SORT_EVENT;
  CHECK ("1 3 2 4");
  filter.sort = DOSSIER_ASK_SORT_CREATED;
  CHECK ("1 2 3 4");

  filter.statuses = DOSSIER_ASK_STATUS_BIT (DOSSIER_ASK_RAISED) | DOSSIER_ASK_STATUS_BIT (DOSSIER_ASK_DROPPED);
  CHECK ("4 1");
  filter.open_only = TRUE;
  CHECK ("1 3");
  /* A tag finds the asks of the tags under it too. */
  filter.tag_ids = &expression;
  filter.n_tag_ids = 1;
  CHECK ("4 1");
  filter.tag_ids = &media;
  filter.n_tag_ids = 1;
  CHECK ("1");
  filter.event_id = dossier_event_get_id (r7);
  CHECK ("1 3");
  filter.process = "hrd";
  CHECK ("1 3");
  filter.owner = "ANNA";
  CHECK ("1 3");
  filter.document_id = letter;
  CHECK ("1");
  filter.overdue = TRUE;
  filter.today = "2016-05-02";
  CHECK ("1");
  filter.owner = "Anna";
  filter.statuses = DOSSIER_ASK_STATUS_BIT (DOSSIER_ASK_DRAFT);
  CHECK ("3");
#undef CHECK
}

/* ---- tags merged and renamed ---- */

static void
test_tags_merged (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", "HRD");
  g_autoptr(DossierTag) media = NULL;
  g_autoptr(DossierTag) expression = NULL;
  g_autoptr(DossierTag) kazakhstan = NULL;
  g_autoptr(DossierTag) kz = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GError) error = NULL;
  const char *aliases[] = { NULL };
  DossierTagSpec country = { .name = "KZ", .facet = DOSSIER_FACET_COUNTRY, .aliases = aliases };
  gint64 media_id = tag_id (fixture, "media-freedom");
  DossierAskSpec spec = { .text = "Unblock the websites", .event_id = dossier_event_get_id (event),
                          .tag_ids = &media_id, .n_tag_ids = 1 };
  guint n_changed;

  ask = dossier_library_add_ask (fixture->library, &spec, &error);
  g_assert_no_error (error);
  media = dossier_library_find_tag (fixture->library, media_id, &error);
  expression = dossier_library_find_tag_by_key (fixture->library, "freedom-of-expression", &error);
  kazakhstan = dossier_library_find_tag_by_key (fixture->library, "kazakhstan", &error);
  kz = dossier_library_create_tag (fixture->library, &country, &error);
  g_assert_no_error (error);

  /* Merged, a tag's asks and events go to the tag it merged into, and
   * the live objects follow. */
  n_changed = fixture->n_changed;
  g_assert_true (dossier_library_merge_tags (fixture->library, media, expression, &error));
  g_assert_true (dossier_library_merge_tags (fixture->library, kazakhstan, kz, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, >, n_changed);
  g_assert_true (dossier_ask_has_tag (ask, dossier_tag_get_id (expression)));
  g_assert_false (dossier_ask_has_tag (ask, media_id));
  g_assert_cmpint (dossier_event_get_country_id (event), ==, dossier_tag_get_id (kz));
  g_assert_cmpstr (dossier_event_get_country (event), ==, "KZ");

  g_assert_true (dossier_library_rename_tag (fixture->library, kz, "Qazaqstan", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_event_get_country (event), ==, "Qazaqstan");
}

/* ---- plain records, from another thread's connection ---- */

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierDatabase) connection = dossier_database_open (path, &error);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) asks = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  if (connection != NULL)
    events = dossier_followups_read_events (connection, &error);
  if (events != NULL)
    asks = dossier_followups_read_asks (connection, NULL, &error);
  if (asks != NULL && asks->len > 0)
    changes = dossier_followups_read_history (connection,
                                              ((DossierAskRecord *) g_ptr_array_index (asks, 0))->id,
                                              &error);
  if (changes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_int (task, events->len * 100 + asks->len * 10 + changes->len);
}

static void
test_read_in_thread (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 7", "2015-11-20", "HRD");
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Release Kozlov", event, DOSSIER_ASK_RAISED, NULL);
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_library_set_ask_owner (fixture->library, ask, "Anna", NULL, &error));
  g_task_set_task_data (task, dossier_library_dup_database_path (fixture->library), g_free);
  g_task_run_in_thread_sync (task, read_in_thread);
  g_assert_cmpint (g_task_propagate_int (task, &error), ==, 112);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/followups/migration", test_migration);
  ADD ("/followups/kinds-and-statuses", test_kinds_and_statuses);
  ADD ("/followups/events/rounds", test_events_rounds);
  ADD ("/followups/events/invalid", test_events_invalid);
  ADD ("/followups/events/next", test_events_next);
  ADD ("/followups/events/documents-and-delete", test_events_documents_and_delete);
  ADD ("/followups/asks/add", test_asks_add);
  ADD ("/followups/history/every-change", test_history_every_change);
  ADD ("/followups/history/append-only", test_history_append_only);
  ADD ("/followups/roll-over", test_roll_over);
  ADD ("/followups/days", test_days);
  ADD ("/followups/overdue/time-zones", test_overdue_time_zones);
  ADD ("/followups/overdue/midnight", test_overdue_midnight);
  ADD ("/followups/overdue/today-is-local", test_today_is_local);
  ADD ("/followups/due-this-week", test_due_this_week);
  ADD ("/followups/filters", test_filters);
  ADD ("/followups/tags-merged", test_tags_merged);
  ADD ("/followups/read-in-thread", test_read_in_thread);
#undef ADD

  return g_test_run ();
}
