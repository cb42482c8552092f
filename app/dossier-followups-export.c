/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* Follow-ups as CSV, events and due dates as iCalendar; see
 * dossier-followups-export.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups-export.h"
#include "dossier-tag.h"

/* ---- what an export reads besides the asks ---- */

/* Names of tags and titles of documents, by id, and the events. */
typedef struct
{
  GHashTable *tag_names;         /* gint64 * → char *, owned */
  GHashTable *tag_facets;        /* gint64 * → char *, owned */
  GHashTable *document_titles;   /* gint64 * → char *, owned */
  GHashTable *events;            /* gint64 * → DossierEventRecord *, borrowed from event_records */
  GPtrArray  *event_records;     /* owned */
} Lookups;

static void
lookups_clear (Lookups *lookups)
{
  g_clear_pointer (&lookups->tag_names, g_hash_table_unref);
  g_clear_pointer (&lookups->tag_facets, g_hash_table_unref);
  g_clear_pointer (&lookups->document_titles, g_hash_table_unref);
  g_clear_pointer (&lookups->events, g_hash_table_unref);
  g_clear_pointer (&lookups->event_records, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lookups, lookups_clear)

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Fills @first (and @second if not NULL) with columns 1 and 2 of @sql's
 * rows, by column 0. */
static gboolean
read_names (DossierDatabase  *database,
            const char       *sql,
            GHashTable       *first,
            GHashTable       *second,
            GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_hash_table_insert (first, g_memdup2 (&id, sizeof id),
                           g_strdup ((const char *) sqlite3_column_text (statement, 1)));
      if (second != NULL)
        g_hash_table_insert (second, g_memdup2 (&id, sizeof id),
                             g_strdup ((const char *) sqlite3_column_text (statement, 2)));
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_lookups (DossierDatabase  *database,
              Lookups          *lookups,
              GError          **error)
{
  lookups->tag_names = new_id_table ();
  lookups->tag_facets = new_id_table ();
  lookups->document_titles = new_id_table ();
  lookups->events = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (!read_names (database, "SELECT id, name, facet FROM tags",
                   lookups->tag_names, lookups->tag_facets, error) ||
      !read_names (database, "SELECT id, coalesce (title, original_name) FROM documents",
                   lookups->document_titles, NULL, error))
    return FALSE;
  lookups->event_records = dossier_followups_read_events (database, error);
  if (lookups->event_records == NULL)
    return FALSE;
  for (guint i = 0; i < lookups->event_records->len; i++)
    {
      DossierEventRecord *event = g_ptr_array_index (lookups->event_records, i);

      g_hash_table_insert (lookups->events, &event->id, event);
    }
  return TRUE;
}

/* The names of @record's tags of @facet, "; " between them. */
static char *
join_tags (const Lookups          *lookups,
           const DossierAskRecord *record,
           const char             *facet)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < record->tag_ids->len; i++)
    {
      gint64 id = g_array_index (record->tag_ids, gint64, i);

      if (g_strcmp0 (g_hash_table_lookup (lookups->tag_facets, &id), facet) == 0)
        g_ptr_array_add (names, g_hash_table_lookup (lookups->tag_names, &id));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

static char *
join_documents (const Lookups          *lookups,
                const DossierAskRecord *record)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < record->documents->len; i++)
    {
      const DossierAskDocument *document = &g_array_index (record->documents, DossierAskDocument, i);
      const char *title = g_hash_table_lookup (lookups->document_titles, &document->document_id);

      if (title == NULL)
        title = "";
      if (document->page > 0)
        /* TRANSLATORS: a document and the page that is the evidence */
        g_ptr_array_add (titles, g_strdup_printf (_("%s (p. %u)"), title, document->page));
      else
        g_ptr_array_add (titles, g_strdup (title));
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv ("; ", (char **) titles->pdata);
}

/* ---- CSV ---- */

void
dossier_csv_append_field (GString    *csv,
                          const char *value)
{
  gboolean quote;

  g_return_if_fail (csv != NULL);

  if (value == NULL)
    value = "";
  /* A spreadsheet runs a cell that starts with = + - @ (or a tab or a
   * carriage return, which it strips first) as a formula: an ask copied
   * from a letter that came by mail could then reach for the network
   * (=HYPERLINK, =WEBSERVICE) or another file when the CSV is opened.
   * An apostrophe in front makes it text; Calc and Excel both hide it. */
  if (*value == '=' || *value == '+' || *value == '-' || *value == '@' ||
      *value == '\t' || *value == '\r')
    {
      g_autofree char *defused = g_strconcat ("'", value, NULL);

      dossier_csv_append_field (csv, defused);
      return;
    }
  quote = strpbrk (value, ",\"\r\n") != NULL;
  if (!quote)
    {
      g_string_append (csv, value);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_row (GString            *csv,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      dossier_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}

/* "2024-03-01 14:05: Status: Raised → Answered (note)" for the ask's last
 * history entry, local time. */
static char *
describe_last_change (DossierDatabase  *database,
                      gint64            ask_id,
                      GError          **error)
{
  g_autoptr(GPtrArray) history = dossier_followups_read_history (database, ask_id, error);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *at = NULL;
  g_autofree char *what = NULL;
  DossierAskChange *last;

  if (history == NULL)
    return NULL;
  if (history->len == 0)
    return g_strdup ("");
  last = g_ptr_array_index (history, history->len - 1);
  when = g_date_time_new_from_unix_local (last->at);
  at = g_date_time_format (when, "%Y-%m-%d %H:%M");
  what = dossier_ask_change_describe (last);
  if (last->note != NULL)
    /* TRANSLATORS: when, what changed, and the user's note */
    return g_strdup_printf (_("%s: %s (%s)"), at, what, last->note);
  /* TRANSLATORS: when, and what changed */
  return g_strdup_printf (_("%s: %s"), at, what);
}

static gboolean
append_ask_row (GString                *csv,
                DossierDatabase        *database,
                const Lookups          *lookups,
                const DossierAskRecord *record,
                const char             *today,
                GError                **error)
{
  const DossierEventRecord *event = g_hash_table_lookup (lookups->events, &record->event_id);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, record->id);
  g_autofree char *issues = join_tags (lookups, record, DOSSIER_FACET_ISSUE);
  g_autofree char *cases = join_tags (lookups, record, DOSSIER_FACET_CASE);
  g_autofree char *documents = join_documents (lookups, record);
  g_autofree char *last_change = describe_last_change (database, record->id, error);
  const char *fields[15];

  if (last_change == NULL)
    return FALSE;
  fields[0] = id;
  fields[1] = record->text;
  fields[2] = dossier_ask_status_label (record->status);
  fields[3] = event ? event->title : NULL;
  fields[4] = event ? event->date : NULL;
  fields[5] = event ? event->process : NULL;
  fields[6] = event ? event->country : NULL;
  fields[7] = issues;
  fields[8] = cases;
  fields[9] = record->owner;
  fields[10] = record->due_date;
  fields[11] = record->next_step;
  fields[12] = dossier_ask_record_is_overdue (record, today) ? _("yes") : _("no");
  fields[13] = last_change;
  fields[14] = documents;
  append_row (csv, fields, G_N_ELEMENTS (fields));
  return TRUE;
}

char *
dossier_library_followups_to_csv (DossierLibrary          *self,
                                  const DossierAskFilter  *filter,
                                  GError                 **error)
{
  DossierDatabase *database;
  g_auto(Lookups) lookups = { 0 };
  g_autoptr(GPtrArray) asks = NULL;
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBF");   /* the BOM: Calc and Excel then read UTF-8 */
  g_autofree char *local_today = NULL;
  const char *today = filter ? filter->today : NULL;
  const char *header[] = {
    _("ID"), _("Ask"), _("Status"), _("Event"), _("Event date"), _("Process"), _("Country"),
    _("Issues"), _("Cases"), _("Owner"), _("Due"), _("Next step"), _("Overdue"),
    _("Last change"), _("Documents"),
  };

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  database = dossier_library_get_database (self);

  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  if (!read_lookups (database, &lookups, error))
    return NULL;
  asks = dossier_followups_read_asks (database, filter, error);
  if (asks == NULL)
    return NULL;
  append_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < asks->len; i++)
    if (!append_ask_row (csv, database, &lookups, g_ptr_array_index (asks, i), today, error))
      return NULL;
  return g_string_free (g_steal_pointer (&csv), FALSE);
}

/* Written beside @file and renamed over it: a full disk or a crash
 * leaves the old file, never half a new one. */
static gboolean
write_file (GFile       *file,
            const char  *contents,
            GError     **error)
{
  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

gboolean
dossier_library_export_followups (DossierLibrary          *self,
                                  const DossierAskFilter  *filter,
                                  GFile                   *file,
                                  GError                 **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = dossier_library_followups_to_csv (self, filter, error);
  return csv != NULL && write_file (file, csv, error);
}

/* ---- iCalendar ---- */

/* A random id made once per library and kept in it: the domain part of
 * every UID, so that two libraries' event 1 are not the same event to a
 * calendar, and one library's stays the same from export to export. */
static char *
dup_library_uid (DossierDatabase  *database,
                 GError          **error)
{
  g_autofree char *fresh = g_uuid_string_random ();
  sqlite3_stmt *statement;
  char *uid = NULL;
  int rc;

  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO library_settings (key, value)"
                                        " VALUES ('calendar-uid', ?1)", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, fresh, -1, SQLITE_TRANSIENT);
  if (!dossier_database_step_done (database, statement, error))
    return NULL;
  statement = dossier_database_prepare (database,
                                        "SELECT value FROM library_settings WHERE key = 'calendar-uid'",
                                        error);
  if (statement == NULL)
    return NULL;
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    uid = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW)
    dossier_database_set_error (database, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
  return uid;
}

static struct icaltimetype
ical_day (const char *date,
          int         days_later)
{
  g_autofree char *later = dossier_followups_add_days (date, days_later);
  struct icaltimetype day = icaltime_null_date ();
  unsigned year = 0, month = 0, dom = 0;

  if (later != NULL && sscanf (later, "%4u-%2u-%2u", &year, &month, &dom) == 3)
    {
      day.year = (int) year;
      day.month = (int) month;
      day.day = (int) dom;
    }
  return day;
}

/* An all-day VEVENT on @date. DTEND the day after (exclusive): some
 * calendars read an all-day event without it as lasting no time. */
static icalcomponent *
new_all_day_event (const char *uid,
                   const char *date,
                   const char *summary,
                   const char *location,
                   const char *description,
                   time_t      stamp)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (
                                icaltime_from_timet_with_zone (stamp, 0,
                                                               icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_day (date, 0)));
  icalcomponent_add_property (event, icalproperty_new_dtend (ical_day (date, 1)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (location != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (location));
  if (description != NULL && *description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  /* A day with a meeting or a deadline on it is not a day off work. */
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return event;
}

static char *
describe_event (const DossierEventRecord *event,
                GPtrArray                *asks)
{
  g_autoptr(GString) text = g_string_new (dossier_event_kind_label (event->kind));

  if (event->process != NULL && event->round > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Round %u of %s"), event->round, event->process);
    }
  if (event->country != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Country: %s"), event->country);
    }
  if (event->notes != NULL)
    g_string_append_printf (text, "\n\n%s", event->notes);
  for (guint i = 0; i < asks->len; i++)
    {
      DossierAskRecord *ask = g_ptr_array_index (asks, i);

      if (ask->event_id != event->id || !dossier_ask_status_is_open (ask->status))
        continue;
      g_string_append (text, "\n\n");
      /* TRANSLATORS: an open follow-up of an event, in a calendar: status, text */
      g_string_append_printf (text, _("• %s: %s"), dossier_ask_status_label (ask->status), ask->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_due_ask (const DossierAskRecord *ask)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("Status: %s"), dossier_ask_status_label (ask->status));
  if (ask->event_title != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Raised at: %s (%s)"), ask->event_title,
                              ask->event_date ? ask->event_date : "");
    }
  if (ask->owner != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Owner: %s"), ask->owner);
    }
  if (ask->next_step != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Next step: %s"), ask->next_step);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_events (icalcomponent *calendar,
            GPtrArray     *events,
            GPtrArray     *asks,
            const char    *library_uid,
            time_t         stamp)
{
  for (guint i = 0; i < events->len; i++)
    {
      DossierEventRecord *event = g_ptr_array_index (events, i);
      g_autofree char *uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "@%s", event->id,
                                              library_uid);
      g_autofree char *description = describe_event (event, asks);

      icalcomponent_add_component (calendar,
                                   new_all_day_event (uid, event->date, event->title, event->place,
                                                      description, stamp));
    }
}

static void
add_due_asks (icalcomponent *calendar,
              GPtrArray     *asks,
              const char    *library_uid,
              time_t         stamp)
{
  for (guint i = 0; i < asks->len; i++)
    {
      DossierAskRecord *ask = g_ptr_array_index (asks, i);
      g_autofree char *uid = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;

      if (ask->due_date == NULL || !dossier_ask_status_is_open (ask->status))
        continue;
      uid = g_strdup_printf ("ask-%" G_GINT64_FORMAT "@%s", ask->id, library_uid);
      /* TRANSLATORS: a follow-up's deadline in a calendar */
      summary = g_strdup_printf (_("Due: %s"), ask->text);
      description = describe_due_ask (ask);
      icalcomponent_add_component (calendar,
                                   new_all_day_event (uid, ask->due_date, summary, NULL,
                                                      description, stamp));
    }
}

char *
dossier_library_followups_to_ical (DossierLibrary  *self,
                                   GError         **error)
{
  DossierDatabase *database;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) asks = NULL;
  g_autofree char *library_uid = NULL;
  icalcomponent *calendar;
  char *text;
  char *copy;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  database = dossier_library_get_database (self);

  library_uid = dup_library_uid (database, error);
  if (library_uid == NULL)
    return NULL;
  events = dossier_followups_read_events (database, error);
  if (events == NULL)
    return NULL;
  asks = dossier_followups_read_asks (database, NULL, error);
  if (asks == NULL)
    return NULL;

  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar,
                              icalproperty_new_prodid ("-//Dossier//Dossier " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  add_events (calendar, events, asks, library_uid, time (NULL));
  add_due_asks (calendar, asks, library_uid, time (NULL));
  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  /* libical's buffer goes back to libical; the caller frees with g_free. */
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  return copy;
}

gboolean
dossier_library_export_calendar (DossierLibrary  *self,
                                 GFile           *file,
                                 GError         **error)
{
  g_autofree char *ical = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ical = dossier_library_followups_to_ical (self, error);
  return ical != NULL && write_file (file, ical, error);
}
