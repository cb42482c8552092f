/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* Reading events, asks and their history, and the live objects; see
 * dossier-followups.h. dossier-followups-edit.c changes them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups.h"
#include "dossier-tags.h"

/* ---- days ---- */

char *
dossier_followups_today (GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned year, month, day;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      text[4] != '-' || text[7] != '-' ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
dossier_followups_check_date (const char  *text,
                              GError     **error)
{
  GDate date;

  if (parse_date (text, &date))
    return TRUE;
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("“%s” is not a date that exists; write it as YYYY-MM-DD, e.g. 2016-11-23."),
               text ? text : "");
  return FALSE;
}

char *
dossier_followups_add_days (const char *date,
                            int         days)
{
  GDate day;
  char text[16];

  g_return_val_if_fail (parse_date (date, &day), NULL);

  if (days >= 0)
    g_date_add_days (&day, (guint) days);
  else
    g_date_subtract_days (&day, (guint) -days);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&day),
              g_date_get_month (&day), g_date_get_day (&day));
  return g_strdup (text);
}

/* ---- helpers ---- */

static DossierDatabase *
database_of (DossierLibrary *self)
{
  return dossier_library_get_database (self);
}

static gboolean
step_failed (DossierDatabase  *database,
             sqlite3_stmt     *statement,
             int               rc,
             GError          **error)
{
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return FALSE;
  dossier_database_set_error (database, rc, error);
  return TRUE;
}

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

/* ---- live objects ---- */

/* The events and asks handed out, weakly, by id: one object per row, so
 * that a change made anywhere reaches every view of it. Kept on the
 * library as qdata. */
typedef struct
{
  GHashTable *events;   /* gint64 * → DossierEvent, weak */
  GHashTable *asks;     /* gint64 * → DossierAsk, weak */
} LiveObjects;

static void forget_live_object (gpointer data, GObject *where_the_object_was);


static void
live_objects_free (LiveObjects *live)
{
  GHashTable *tables[] = { live->events, live->asks };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, tables[i]);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_object_weak_unref (value, forget_live_object, tables[i]);
      g_hash_table_unref (tables[i]);
    }
  g_free (live);
}

static LiveObjects *
live_objects (DossierLibrary *self)
{
  static GQuark quark;
  LiveObjects *live;

  if (quark == 0)
    quark = g_quark_from_static_string ("dossier-followups-live");
  live = g_object_get_qdata (G_OBJECT (self), quark);
  if (live == NULL)
    {
      live = g_new0 (LiveObjects, 1);
      live->events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      live->asks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (self), quark, live, (GDestroyNotify) live_objects_free);
      /* A tag renamed is an event's country renamed; tags merged move
       * asks' tags (dossier_library_merge_tags()). */
      g_signal_connect (self, "tags-changed", G_CALLBACK (dossier_library_reload_followups), NULL);
    }
  return live;
}

static void
forget_live_object (gpointer  data,
                    GObject  *where_the_object_was)
{
  GHashTable *table = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == (gpointer) where_the_object_was)
      {
        g_hash_table_iter_remove (&iter);
        break;
      }
}

static void
remember_live_object (GHashTable *table,
                      gint64      id,
                      GObject    *object)
{
  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), object);
  g_object_weak_ref (object, forget_live_object, table);
}

/* Returns: (transfer full): the live event of @record, updated, or a new
 * one. */
static DossierEvent *
event_for_record (DossierLibrary           *self,
                  const DossierEventRecord *record)
{
  LiveObjects *live = live_objects (self);
  DossierEvent *event = g_hash_table_lookup (live->events, &record->id);

  if (event != NULL)
    {
      dossier_event_update (event, record);
      return g_object_ref (event);
    }
  event = dossier_event_new (record);
  remember_live_object (live->events, record->id, G_OBJECT (event));
  return event;
}

static DossierAsk *
ask_for_record (DossierLibrary         *self,
                const DossierAskRecord *record)
{
  LiveObjects *live = live_objects (self);
  DossierAsk *ask = g_hash_table_lookup (live->asks, &record->id);

  if (ask != NULL)
    {
      dossier_ask_update (ask, record);
      return g_object_ref (ask);
    }
  ask = dossier_ask_new (record);
  remember_live_object (live->asks, record->id, G_OBJECT (ask));
  return ask;
}

/* ---- events ---- */

/* Rounds are numbered among the events of the same process by date; the
 * counts of asks come along, for the list's "3 open". */
#define EVENTS_SQL \
  "WITH numbered AS (SELECT events.id, title, kind, country_tag_id, tags.name AS country, date," \
  "   place, process, notes, created_at," \
  "   CASE WHEN process IS NULL THEN 0 ELSE row_number () OVER" \
  "     (PARTITION BY process COLLATE NOCASE ORDER BY date, events.id) END AS round," \
  "   CASE WHEN process IS NULL THEN 0 ELSE count (*) OVER" \
  "     (PARTITION BY process COLLATE NOCASE) END AS n_rounds," \
  "   (SELECT count (*) FROM asks WHERE event_id = events.id) AS n_asks," \
  "   (SELECT count (*) FROM asks WHERE event_id = events.id" \
  "     AND status NOT IN ('resolved', 'dropped')) AS n_open_asks" \
  "  FROM events LEFT JOIN tags ON tags.id = events.country_tag_id)" \
  " SELECT id, title, kind, country_tag_id, country, date, place, process, notes, created_at," \
  "  round, n_rounds, n_asks, n_open_asks FROM numbered"

#define EVENTS_ORDER " ORDER BY process IS NULL, process COLLATE NOCASE, date, id"

static DossierEventRecord *
event_record_from_row (sqlite3_stmt *row)
{
  DossierEventRecord *record = dossier_event_record_new ();
  DossierEventKind kind = DOSSIER_EVENT_OTHER;

  record->id = sqlite3_column_int64 (row, 0);
  record->title = column_dup (row, 1);
  dossier_event_kind_from_string ((const char *) sqlite3_column_text (row, 2), &kind);
  record->kind = kind;
  record->country_id = sqlite3_column_int64 (row, 3);
  record->country = column_dup (row, 4);
  record->date = column_dup (row, 5);
  record->place = column_dup (row, 6);
  record->process = column_dup (row, 7);
  record->notes = column_dup (row, 8);
  record->created_at = sqlite3_column_int64 (row, 9);
  record->round = (guint) sqlite3_column_int (row, 10);
  record->n_rounds = (guint) sqlite3_column_int (row, 11);
  record->n_asks = (guint) sqlite3_column_int (row, 12);
  record->n_open_asks = (guint) sqlite3_column_int (row, 13);
  return record;
}

/* Returns: (transfer full) (element-type DossierEventRecord): the rows of
 * EVENTS_SQL followed by @where_and_order, ?1 bound to @id and ?2 to
 * @text when they are set. */
static GPtrArray *
read_event_records (DossierDatabase  *database,
                    const char       *where_and_order,
                    gint64            id,
                    const char       *text,
                    GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_record_free);
  g_autofree char *sql = g_strconcat (EVENTS_SQL, where_and_order, NULL);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database, sql, error);
  if (statement == NULL)
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (statement, 1, id);
  if (text != NULL)
    sqlite3_bind_text (statement, 2, text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (records, event_record_from_row (statement));
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&records);
}

GPtrArray *
dossier_followups_read_events (DossierDatabase  *database,
                               GError          **error)
{
  g_return_val_if_fail (database != NULL, NULL);
  return read_event_records (database, EVENTS_ORDER, 0, NULL, error);
}

static GListModel *
events_to_store (DossierLibrary *self,
                 GPtrArray      *records)
{
  GListStore *store = g_list_store_new (DOSSIER_TYPE_EVENT);

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(DossierEvent) event = event_for_record (self, g_ptr_array_index (records, i));

      g_list_store_append (store, event);
    }
  return G_LIST_MODEL (store);
}

GListModel *
dossier_library_list_events (DossierLibrary  *self,
                             GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  records = read_event_records (database_of (self), EVENTS_ORDER, 0, NULL, error);
  if (records == NULL)
    return NULL;
  return events_to_store (self, records);
}

GListModel *
dossier_library_list_events_upcoming_first (DossierLibrary  *self,
                                            const char      *today,
                                            GError         **error)
{
  g_autofree char *local_today = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  records = read_event_records (database_of (self),
                                " ORDER BY date < ?2, CASE WHEN date >= ?2 THEN date END,"
                                " date DESC, id", 0, today, error);
  if (records == NULL)
    return NULL;
  return events_to_store (self, records);
}

/* Returns: (transfer full) (nullable): the record of event @id; NULL
 * with NOT_FOUND when there is none. */
static DossierEventRecord *
read_event_record (DossierDatabase  *database,
                   gint64            id,
                   GError          **error)
{
  g_autoptr(GPtrArray) records = read_event_records (database, " WHERE id = ?1", id, NULL, error);

  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."), (long long) id);
      return NULL;
    }
  return g_ptr_array_steal_index (records, 0);
}

DossierEvent *
dossier_library_dup_event (DossierLibrary  *self,
                           gint64           id,
                           GError         **error)
{
  g_autoptr(DossierEventRecord) record = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  record = read_event_record (database_of (self), id, error);
  if (record == NULL)
    return NULL;
  return event_for_record (self, record);
}

/* Returns: (transfer full) (nullable): the first event that @sql selects
 * (?1: an id, ?2: a text); NULL with no error when none. */
static DossierEvent *
dup_first_event (DossierLibrary  *self,
                 const char      *sql,
                 gint64           id,
                 const char      *text,
                 GError         **error)
{
  g_autoptr(GPtrArray) records = read_event_records (database_of (self), sql, id, text, error);

  if (records == NULL || records->len == 0)
    return NULL;
  return event_for_record (self, g_ptr_array_index (records, 0));
}

DossierEvent *
dossier_library_dup_next_event (DossierLibrary  *self,
                                const char      *today,
                                GError         **error)
{
  g_autofree char *local_today = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  return dup_first_event (self, " WHERE date >= ?2 ORDER BY date, id LIMIT 1", 0, today, error);
}

/* The round before @event_id in its process (by date, then id), if any. */
static DossierEventRecord *
read_previous_round (DossierDatabase  *database,
                     gint64            event_id,
                     GError          **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = read_event_records (database,
                                " WHERE process IS NOT NULL AND round > 0 AND round ="
                                "  (SELECT round - 1 FROM numbered AS this WHERE this.id = ?1)"
                                " AND process = (SELECT process FROM numbered AS this"
                                "  WHERE this.id = ?1) COLLATE NOCASE",
                                event_id, NULL, error);
  if (records == NULL || records->len == 0)
    return NULL;
  return g_ptr_array_steal_index (records, 0);
}

DossierEvent *
dossier_library_dup_previous_round (DossierLibrary  *self,
                                    DossierEvent    *event,
                                    GError         **error)
{
  g_autoptr(DossierEventRecord) record = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  record = read_previous_round (database_of (self), dossier_event_get_id (event), error);
  if (record == NULL)
    return NULL;
  return event_for_record (self, record);
}

GStrv
dossier_library_list_processes (DossierLibrary  *self,
                                GError         **error)
{
  DossierDatabase *database;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  database = database_of (self);

  statement = dossier_database_prepare (database,
                                        "SELECT process FROM events WHERE process IS NOT NULL"
                                        " GROUP BY process COLLATE NOCASE"
                                        " ORDER BY process COLLATE NOCASE", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (statement, 0));
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_strv_builder_end (builder);
}

/* Returns: (transfer full): the ids @sql returns with ?1 bound to @id. */
static GArray *
read_ids (DossierDatabase  *database,
          const char       *sql,
          gint64            id,
          GError          **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);
  int rc;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (statement, 0);

      g_array_append_val (ids, value);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

GListModel *
dossier_library_list_event_documents (DossierLibrary  *self,
                                      DossierEvent    *event,
                                      GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListStore) store = g_list_store_new (DOSSIER_TYPE_DOCUMENT);

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  ids = read_ids (database_of (self),
                  "SELECT documents.id FROM event_documents"
                  " JOIN documents ON documents.id = event_documents.document_id"
                  " WHERE event_id = ?1 AND trashed_at IS NULL"
                  " ORDER BY doc_date IS NULL, doc_date, documents.id",
                  dossier_event_get_id (event), error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(DossierDocument) document =
        dossier_library_dup_document (self, g_array_index (ids, gint64, i), error);

      if (document == NULL)
        return NULL;
      g_list_store_append (store, document);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
dossier_library_list_document_events (DossierLibrary  *self,
                                      gint64           document_id,
                                      GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListStore) store = g_list_store_new (DOSSIER_TYPE_EVENT);

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  ids = read_ids (database_of (self),
                  "SELECT events.id FROM event_documents"
                  " JOIN events ON events.id = event_documents.event_id"
                  " WHERE document_id = ?1 ORDER BY date, events.id", document_id, error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(DossierEvent) event = dossier_library_dup_event (self, g_array_index (ids, gint64, i),
                                                                 error);

      if (event == NULL)
        return NULL;
      g_list_store_append (store, event);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* ---- asks ---- */

#define ASK_COLUMNS \
  "asks.id, asks.text, asks.event_id, events.title, events.date, events.process, asks.status," \
  " asks.owner, asks.due_date, asks.next_step, asks.created_at, asks.updated_at"

#define OPEN_CONDITION " asks.status NOT IN ('resolved', 'dropped')"

static DossierAskRecord *
ask_record_from_row (sqlite3_stmt *row)
{
  DossierAskRecord *record = dossier_ask_record_new ();
  DossierAskStatus status = DOSSIER_ASK_DRAFT;

  record->id = sqlite3_column_int64 (row, 0);
  record->text = column_dup (row, 1);
  record->event_id = sqlite3_column_int64 (row, 2);
  record->event_title = column_dup (row, 3);
  record->event_date = column_dup (row, 4);
  record->process = column_dup (row, 5);
  dossier_ask_status_from_string ((const char *) sqlite3_column_text (row, 6), &status);
  record->status = status;
  record->owner = column_dup (row, 7);
  record->due_date = column_dup (row, 8);
  record->next_step = column_dup (row, 9);
  record->created_at = sqlite3_column_int64 (row, 10);
  record->updated_at = sqlite3_column_int64 (row, 11);
  return record;
}

static void
append_status_condition (GString *sql,
                         guint    statuses)
{
  gboolean first = TRUE;

  g_string_append (sql, " AND asks.status IN (");
  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    if (statuses & DOSSIER_ASK_STATUS_BIT (i))
      {
        g_string_append_printf (sql, "%s'%s'", first ? "" : ", ", dossier_ask_status_to_string (i));
        first = FALSE;
      }
  g_string_append (sql, ")");
}

static const char *
ask_order (const DossierAskFilter *filter)
{
  DossierAskSort sort = filter ? filter->sort : DOSSIER_ASK_SORT_DUE_DATE;
  gboolean descending = filter ? filter->descending : FALSE;

  switch (sort)
    {
    case DOSSIER_ASK_SORT_EVENT:
      return descending ? " ORDER BY events.date IS NULL, events.date DESC, asks.id DESC"
                        : " ORDER BY events.date IS NULL, events.date, asks.id";
    case DOSSIER_ASK_SORT_UPDATED:
      return descending ? " ORDER BY asks.updated_at, asks.id"
                        : " ORDER BY asks.updated_at DESC, asks.id DESC";
    case DOSSIER_ASK_SORT_CREATED:
      return descending ? " ORDER BY asks.created_at DESC, asks.id DESC"
                        : " ORDER BY asks.created_at, asks.id";
    case DOSSIER_ASK_SORT_DUE_DATE:
    default:
      /* Undated asks go last either way. */
      return descending ? " ORDER BY asks.due_date IS NULL, asks.due_date DESC, asks.id DESC"
                        : " ORDER BY asks.due_date IS NULL, asks.due_date, asks.id";
    }
}

static char *
asks_sql (const DossierAskFilter *filter,
          gint64                  ask_id)
{
  GString *sql = g_string_new ("SELECT " ASK_COLUMNS " FROM asks"
                               " LEFT JOIN events ON events.id = asks.event_id WHERE 1");

  if (ask_id != 0)
    g_string_append (sql, " AND asks.id = :ask");
  if (filter != NULL)
    {
      if (filter->statuses != 0)
        append_status_condition (sql, filter->statuses);
      if (filter->open_only || filter->overdue || filter->due_within_days > 0)
        g_string_append (sql, " AND" OPEN_CONDITION);
      for (guint i = 0; i < filter->n_tag_ids; i++)
        g_string_append_printf (sql,
                                " AND asks.id IN (SELECT ask_id FROM ask_tags WHERE tag_id IN"
                                " (WITH RECURSIVE subtree (id) AS (SELECT :tag%u UNION"
                                " SELECT tags.id FROM tags JOIN subtree ON tags.parent_id = subtree.id)"
                                " SELECT id FROM subtree))", i);
      if (filter->event_id != 0)
        g_string_append (sql, " AND asks.event_id = :event");
      if (filter->process != NULL)
        g_string_append (sql, " AND events.process = :process COLLATE NOCASE");
      if (filter->owner != NULL)
        g_string_append (sql, " AND asks.owner = :owner COLLATE NOCASE");
      if (filter->overdue)
        g_string_append (sql, " AND asks.due_date < :today");
      if (filter->due_within_days > 0)
        g_string_append (sql, " AND asks.due_date >= :today AND asks.due_date <= :last_day");
      if (filter->document_id != 0)
        g_string_append (sql, " AND asks.id IN (SELECT ask_id FROM ask_documents"
                              " WHERE document_id = :document)");
    }
  g_string_append (sql, ask_order (filter));
  return g_string_free (sql, FALSE);
}

static void
bind_named_text (sqlite3_stmt *statement,
                 const char   *name,
                 const char   *value)
{
  int index = sqlite3_bind_parameter_index (statement, name);

  if (index > 0)
    sqlite3_bind_text (statement, index, value, -1, SQLITE_TRANSIENT);
}

static void
bind_named_id (sqlite3_stmt *statement,
               const char   *name,
               gint64        value)
{
  int index = sqlite3_bind_parameter_index (statement, name);

  if (index > 0)
    sqlite3_bind_int64 (statement, index, value);
}

static void
bind_ask_filter (sqlite3_stmt           *statement,
                 const DossierAskFilter *filter,
                 gint64                  ask_id)
{
  g_autofree char *local_today = NULL;
  g_autofree char *last_day = NULL;
  const char *today;

  bind_named_id (statement, ":ask", ask_id);
  if (filter == NULL)
    return;
  today = filter->today;
  if (today == NULL && (filter->overdue || filter->due_within_days > 0))
    today = local_today = dossier_followups_today (NULL);
  for (guint i = 0; i < filter->n_tag_ids; i++)
    {
      g_autofree char *name = g_strdup_printf (":tag%u", i);

      bind_named_id (statement, name, filter->tag_ids[i]);
    }
  bind_named_id (statement, ":event", filter->event_id);
  bind_named_text (statement, ":process", filter->process);
  bind_named_text (statement, ":owner", filter->owner);
  bind_named_id (statement, ":document", filter->document_id);
  if (today != NULL)
    bind_named_text (statement, ":today", today);
  if (filter->due_within_days > 0)
    {
      last_day = dossier_followups_add_days (today, (int) filter->due_within_days - 1);
      bind_named_text (statement, ":last_day", last_day);
    }
}

/* Fills in the tags and documents of @records (by id in @by_id). */
static gboolean
read_ask_links (DossierDatabase  *database,
                GHashTable       *by_id,
                gint64            ask_id,
                GError          **error)
{
  const char *tags_sql = ask_id ? "SELECT ask_id, tag_id, 0 FROM ask_tags WHERE ask_id = ?1"
                                  " ORDER BY tag_id"
                                : "SELECT ask_id, tag_id, 0 FROM ask_tags ORDER BY ask_id, tag_id";
  const char *documents_sql = ask_id ? "SELECT ask_id, document_id, page FROM ask_documents"
                                       " WHERE ask_id = ?1 ORDER BY document_id"
                                     : "SELECT ask_id, document_id, page FROM ask_documents"
                                       " ORDER BY ask_id, document_id";
  const char *queries[] = { tags_sql, documents_sql };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *statement = dossier_database_prepare (database, queries[q], error);
      int rc;

      if (statement == NULL)
        return FALSE;
      if (ask_id != 0)
        sqlite3_bind_int64 (statement, 1, ask_id);
      while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (statement, 0);
          DossierAskRecord *record = g_hash_table_lookup (by_id, &id);
          gint64 other = sqlite3_column_int64 (statement, 1);

          if (record == NULL)
            continue;
          if (q == 0)
            g_array_append_val (record->tag_ids, other);
          else
            {
              DossierAskDocument document = { other, (guint) sqlite3_column_int (statement, 2) };

              g_array_append_val (record->documents, document);
            }
        }
      if (step_failed (database, statement, rc, error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
read_ask_records (DossierDatabase         *database,
                  const DossierAskFilter  *filter,
                  gint64                   ask_id,
                  GError                 **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_ask_record_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *sql = asks_sql (filter, ask_id);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database, sql, error);
  if (statement == NULL)
    return NULL;
  bind_ask_filter (statement, filter, ask_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierAskRecord *record = ask_record_from_row (statement);

      g_ptr_array_add (records, record);
      g_hash_table_insert (by_id, &record->id, record);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  if (records->len > 0 && !read_ask_links (database, by_id, ask_id, error))
    return NULL;
  return g_steal_pointer (&records);
}

GPtrArray *
dossier_followups_read_asks (DossierDatabase         *database,
                             const DossierAskFilter  *filter,
                             GError                 **error)
{
  g_return_val_if_fail (database != NULL, NULL);
  return read_ask_records (database, filter, 0, error);
}

static DossierAskRecord *
read_ask_record (DossierDatabase  *database,
                 gint64            id,
                 GError          **error)
{
  g_autoptr(GPtrArray) records = read_ask_records (database, NULL, id, error);

  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no follow-up %lld in the library."), (long long) id);
      return NULL;
    }
  return g_ptr_array_steal_index (records, 0);
}

static GListModel *
asks_to_store (DossierLibrary *self,
               GPtrArray      *records)
{
  GListStore *store = g_list_store_new (DOSSIER_TYPE_ASK);

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(DossierAsk) ask = ask_for_record (self, g_ptr_array_index (records, i));

      g_list_store_append (store, ask);
    }
  return G_LIST_MODEL (store);
}

GListModel *
dossier_library_list_asks (DossierLibrary          *self,
                           const DossierAskFilter  *filter,
                           GError                 **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  records = read_ask_records (database_of (self), filter, 0, error);
  if (records == NULL)
    return NULL;
  return asks_to_store (self, records);
}

DossierAsk *
dossier_library_dup_ask (DossierLibrary  *self,
                         gint64           id,
                         GError         **error)
{
  g_autoptr(DossierAskRecord) record = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  record = read_ask_record (database_of (self), id, error);
  if (record == NULL)
    return NULL;
  return ask_for_record (self, record);
}

gboolean
dossier_library_count_due_asks (DossierLibrary  *self,
                                const char      *today,
                                guint           *n_overdue,
                                guint           *n_due_this_week,
                                GError         **error)
{
  g_autofree char *local_today = NULL;
  g_autofree char *last_day = NULL;
  DossierDatabase *database;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  database = database_of (self);

  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  last_day = dossier_followups_add_days (today, 6);
  statement = dossier_database_prepare (database,
                                        "SELECT count (*) FILTER (WHERE due_date < ?1),"
                                        " count (*) FILTER (WHERE due_date >= ?1 AND due_date <= ?2)"
                                        " FROM asks WHERE due_date IS NOT NULL AND" OPEN_CONDITION,
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, last_day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      if (n_overdue != NULL)
        *n_overdue = (guint) sqlite3_column_int (statement, 0);
      if (n_due_this_week != NULL)
        *n_due_this_week = (guint) sqlite3_column_int (statement, 1);
    }
  return !step_failed (database, statement, rc, error);
}

static int
compare_tags_for_display (gconstpointer a,
                          gconstpointer b)
{
  DossierTag *tag_a = *(DossierTag **) a;
  DossierTag *tag_b = *(DossierTag **) b;
  const char * const *facets = dossier_tag_builtin_facets ();
  guint rank_a = G_MAXUINT, rank_b = G_MAXUINT;

  for (guint i = 0; facets[i] != NULL; i++)
    {
      if (g_str_equal (facets[i], dossier_tag_get_facet (tag_a)))
        rank_a = i;
      if (g_str_equal (facets[i], dossier_tag_get_facet (tag_b)))
        rank_b = i;
    }
  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return g_utf8_collate (dossier_tag_get_name (tag_a), dossier_tag_get_name (tag_b));
}

GPtrArray *
dossier_library_list_ask_tags (DossierLibrary  *self,
                               DossierAsk      *ask,
                               GError         **error)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *ids;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), NULL);

  ids = dossier_ask_get_tag_ids (ask);
  for (guint i = 0; i < ids->len; i++)
    {
      DossierTag *tag = dossier_library_find_tag (self, g_array_index (ids, gint64, i), error);

      if (tag == NULL)
        return NULL;
      g_ptr_array_add (tags, tag);
    }
  g_ptr_array_sort (tags, compare_tags_for_display);
  return g_steal_pointer (&tags);
}

/* ---- history ---- */

static DossierAskChange *
change_from_row (sqlite3_stmt *row)
{
  DossierAskChange *change = g_new0 (DossierAskChange, 1);
  DossierAskStatus status = DOSSIER_ASK_DRAFT;

  change->id = sqlite3_column_int64 (row, 0);
  change->ask_id = sqlite3_column_int64 (row, 1);
  change->at = sqlite3_column_int64 (row, 2);
  change->changed = (DossierAskChangeFlags) sqlite3_column_int (row, 3);
  change->note = column_dup (row, 4);
  change->text = column_dup (row, 5);
  dossier_ask_status_from_string ((const char *) sqlite3_column_text (row, 6), &status);
  change->status = status;
  change->due_date = column_dup (row, 7);
  change->owner = column_dup (row, 8);
  change->next_step = column_dup (row, 9);
  change->event_id = sqlite3_column_int64 (row, 10);
  change->event_title = column_dup (row, 11);
  return change;
}

/* Each row is the ask after a change; what it was before is the row
 * before's. The first row, the creation, was before nothing. */
static void
fill_old_values (DossierAskChange       *change,
                 const DossierAskChange *before)
{
  if (before == NULL)
    {
      change->old_status = change->status;
      return;
    }
  change->old_status = before->status;
  change->old_due_date = g_strdup (before->due_date);
  change->old_owner = g_strdup (before->owner);
  change->old_next_step = g_strdup (before->next_step);
  change->old_text = g_strdup (before->text);
  change->old_event_id = before->event_id;
  change->old_event_title = g_strdup (before->event_title);
}

GPtrArray *
dossier_followups_read_history (DossierDatabase  *database,
                                gint64            ask_id,
                                GError          **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_ask_change_free);
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (database != NULL, NULL);

  statement = dossier_database_prepare (database,
                                        "SELECT id, ask_id, at, changed, note, text, status,"
                                        " due_date, owner, next_step, event_id, event_title"
                                        " FROM ask_history WHERE ask_id = ?1 ORDER BY id", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, ask_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierAskChange *change = change_from_row (statement);

      fill_old_values (change, changes->len ? g_ptr_array_index (changes, changes->len - 1) : NULL);
      g_ptr_array_add (changes, change);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&changes);
}

GPtrArray *
dossier_library_list_ask_history (DossierLibrary  *self,
                                  DossierAsk      *ask,
                                  GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), NULL);

  return dossier_followups_read_history (database_of (self), dossier_ask_get_id (ask), error);
}

/* ---- roll-over ---- */

GListModel *
dossier_library_list_carry_over_asks (DossierLibrary  *self,
                                      DossierEvent    *event,
                                      GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DossierEventRecord) previous = NULL;
  DossierAskFilter filter = { .open_only = TRUE, .sort = DOSSIER_ASK_SORT_CREATED };

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  previous = read_previous_round (database_of (self), dossier_event_get_id (event), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (previous == NULL)
    return G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_ASK));
  filter.event_id = previous->id;
  return dossier_library_list_asks (self, &filter, error);
}

/* ---- after a change ---- */

/* Every live event and ask is read again: a change to one event
 * renumbers its process's rounds and renames its asks' event. */
void
dossier_library_reload_followups (DossierLibrary *self)
{
  LiveObjects *live;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  live = live_objects (self);

  if (g_hash_table_size (live->events) > 0)
    {
      g_autoptr(GPtrArray) records = read_event_records (database_of (self), EVENTS_ORDER, 0,
                                                         NULL, &error);

      for (guint i = 0; records != NULL && i < records->len; i++)
        {
          DossierEventRecord *record = g_ptr_array_index (records, i);
          DossierEvent *event = g_hash_table_lookup (live->events, &record->id);

          if (event != NULL)
            dossier_event_update (event, record);
        }
    }
  if (error == NULL && g_hash_table_size (live->asks) > 0)
    {
      g_autoptr(GPtrArray) records = read_ask_records (database_of (self), NULL, 0, &error);

      for (guint i = 0; records != NULL && i < records->len; i++)
        {
          DossierAskRecord *record = g_ptr_array_index (records, i);
          DossierAsk *ask = g_hash_table_lookup (live->asks, &record->id);

          if (ask != NULL)
            dossier_ask_update (ask, record);
        }
    }
  /* The change is stored: a failure to read it back only leaves a view
   * behind until the next reload, which the signal asks for. */
  if (error != NULL)
    g_warning ("Cannot read the follow-ups back: %s", error->message);
  dossier_library_emit_followups_changed (self);
}
