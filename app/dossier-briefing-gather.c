/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dossier-briefing.h"
#include "dossier-briefing-pack.h"
#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups.h"
#include "dossier-tag.h"

/* What a pack holds, read from the library on the main thread: its event,
 * asks and their history, documents with their tags and first pages'
 * text, issues, annexes and timeline. An external pack's confidential
 * tags, documents and asks, and every note, are left out here, so that
 * nothing after can print them. */

/* A pack's sections, lanes and default lists stay readable: */
#define MAX_SECTIONS        10
#define MAX_TAG_DOCUMENTS   80    /* documents a pack chosen by tags lists */
#define MAX_RECENT_PER_ISSUE 12   /* documents since the previous round, per issue */
#define TIMELINE_YEARS      8     /* how far back the timeline looks by default */
#define EXCERPT_SOURCE_BYTES 6000 /* of a document's text, where its excerpt is found */

#define DOCUMENT_COLUMNS \
  "id, sha256, title, doc_date, place, senders, kind, language, notes, original_name," \
  " page_count, confidential"

/* ---- The pack's data ---- */

static void
tag_free (gpointer data)
{
  DossierBriefingTag *tag = data;

  g_free (tag->name);
  g_free (tag->facet);
  g_free (tag->description);
  g_free (tag);
}

static void
document_free (gpointer data)
{
  DossierBriefingDocument *document = data;

  dossier_document_record_free (document->record);
  g_array_unref (document->tag_ids);
  g_free (document->text);
  g_free (document);
}

static void
ask_free (gpointer data)
{
  DossierBriefingAsk *ask = data;

  dossier_ask_record_free (ask->record);
  g_ptr_array_unref (ask->history);
  g_free (ask);
}

static void
annex_free (gpointer data)
{
  DossierBriefingAnnex *annex = data;

  g_free (annex->path);
  g_free (annex->title);
  g_free (annex->date);
  g_free (annex);
}

void
dossier_briefing_pack_free (DossierBriefingPack *pack)
{
  if (pack == NULL)
    return;
  g_free (pack->title);
  g_free (pack->subtitle);
  g_free (pack->organisation);
  g_free (pack->today);
  g_clear_pointer (&pack->event, dossier_event_record_free);
  g_free (pack->since);
  g_free (pack->since_label);
  g_strfreev (pack->passwords);
  g_clear_pointer (&pack->issues, g_ptr_array_unref);
  g_clear_pointer (&pack->tags, g_hash_table_unref);
  g_clear_pointer (&pack->asks, g_ptr_array_unref);
  g_clear_pointer (&pack->documents, g_ptr_array_unref);
  g_clear_pointer (&pack->annexes, g_ptr_array_unref);
  g_clear_pointer (&pack->timeline, dossier_pack_timeline_free);
  g_clear_pointer (&pack->warnings, g_ptr_array_unref);
  g_free (pack);
}

static DossierBriefingPack *
pack_new (void)
{
  DossierBriefingPack *pack = g_new0 (DossierBriefingPack, 1);

  pack->tags = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, tag_free);
  pack->issues = g_ptr_array_new ();
  pack->asks = g_ptr_array_new_with_free_func (ask_free);
  pack->documents = g_ptr_array_new_with_free_func (document_free);
  pack->annexes = g_ptr_array_new_with_free_func (annex_free);
  pack->warnings = g_ptr_array_new_with_free_func (g_free);
  pack->timeline = dossier_pack_timeline_new ();
  return pack;
}

DossierBriefingTag *
dossier_briefing_pack_tag (DossierBriefingPack *pack,
                           gint64               id)
{
  return g_hash_table_lookup (pack->tags, &id);
}

/* Whether @tag_id is @ancestor_id or a tag under it. */
static gboolean
tag_is_under (DossierBriefingPack *pack,
              gint64               tag_id,
              gint64               ancestor_id)
{
  /* Bounded: a tree the database let loop cannot hang the export. */
  for (guint depth = 0; tag_id != 0 && depth < 64; depth++)
    {
      DossierBriefingTag *tag = dossier_briefing_pack_tag (pack, tag_id);

      if (tag_id == ancestor_id)
        return TRUE;
      tag_id = tag ? tag->parent_id : 0;
    }
  return FALSE;
}

gboolean
dossier_briefing_pack_tags_under (DossierBriefingPack *pack,
                                  GArray              *tag_ids,
                                  gint64               ancestor_id)
{
  for (guint i = 0; i < tag_ids->len; i++)
    if (tag_is_under (pack, g_array_index (tag_ids, gint64, i), ancestor_id))
      return TRUE;
  return FALSE;
}

/* ---- Reading the library (main thread) ---- */

typedef struct
{
  DossierLibrary               *library;
  DossierDatabase              *database;        /* borrowed: the main thread's */
  const DossierBriefingOptions *options;
  DossierBriefingPack          *pack;            /* owned until stolen */
  GHashTable                   *by_id;           /* gint64 → DossierBriefingDocument, borrowed */
  GHashTable                   *left_out;        /* gint64 set: documents left out */
  GHashTable                   *own;             /* gint64 set: chosen, not merely recent */
  GString                      *hidden;          /* SQL: an external pack's documents left out */
  gint64                        country_id;
  char                         *pack_date;       /* the end of the pack's time */
} Gather;

static void
gather_clear (Gather *gather)
{
  g_clear_pointer (&gather->pack, dossier_briefing_pack_free);
  g_clear_pointer (&gather->by_id, g_hash_table_unref);
  g_clear_pointer (&gather->left_out, g_hash_table_unref);
  g_clear_pointer (&gather->own, g_hash_table_unref);
  if (gather->hidden != NULL)
    g_string_free (gather->hidden, TRUE);
  g_free (gather->pack_date);
}

static gboolean
step_failed (Gather        *gather,
             sqlite3_stmt  *statement,
             int            rc,
             GError       **error)
{
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return FALSE;
  dossier_database_set_error (gather->database, rc, error);
  return TRUE;
}

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

/* Every tag, small as their table is; a tag under a confidential one is
 * confidential too. */
static gboolean
read_tags (Gather  *gather,
           GError **error)
{
  DossierBriefingPack *pack = gather->pack;
  GHashTableIter iter;
  gpointer value;
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (gather->database,
                                        "SELECT id, name, facet, description, parent_id,"
                                        " confidential FROM tags", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierBriefingTag *tag = g_new0 (DossierBriefingTag, 1);

      tag->id = sqlite3_column_int64 (statement, 0);
      tag->name = column_dup (statement, 1);
      tag->facet = column_dup (statement, 2);
      tag->description = column_dup (statement, 3);
      tag->parent_id = sqlite3_column_int64 (statement, 4);
      tag->confidential = sqlite3_column_int (statement, 5) != 0;
      g_hash_table_insert (pack->tags, &tag->id, tag);
    }
  if (step_failed (gather, statement, rc, error))
    return FALSE;

  g_hash_table_iter_init (&iter, pack->tags);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      DossierBriefingTag *tag = value;
      gint64 parent = tag->parent_id;

      for (guint depth = 0; parent != 0 && depth < 64 && !tag->confidential; depth++)
        {
          DossierBriefingTag *above = dossier_briefing_pack_tag (pack, parent);

          tag->confidential = above != NULL && above->confidential;
          parent = above ? above->parent_id : 0;
        }
    }
  return TRUE;
}

/* Whether an external pack must leave out a tag, or what carries it. */
static gboolean
tag_hidden (Gather *gather,
            gint64  tag_id)
{
  DossierBriefingTag *tag = dossier_briefing_pack_tag (gather->pack, tag_id);

  return gather->pack->external && tag != NULL && tag->confidential;
}

static gboolean
tags_hidden (Gather *gather,
             GArray *tag_ids)
{
  for (guint i = 0; i < tag_ids->len; i++)
    if (tag_hidden (gather, g_array_index (tag_ids, gint64, i)))
      return TRUE;
  return FALSE;
}

/* The @index-th tag the pack was chosen by, or NULL. */
static DossierBriefingTag *
chosen_tag (Gather *gather,
            guint   index)
{
  return dossier_briefing_pack_tag (gather->pack,
                                    g_array_index (gather->options->tag_ids, gint64, index));
}

/* The SQL that keeps an external pack's queries to what it may show. */
static void
build_hidden_condition (Gather *gather)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  GHashTableIter iter;
  gpointer value;

  gather->hidden = g_string_new (NULL);
  if (!gather->pack->external)
    return;
  g_hash_table_iter_init (&iter, gather->pack->tags);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((DossierBriefingTag *) value)->confidential)
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len ? "," : "",
                              ((DossierBriefingTag *) value)->id);
  g_string_append (gather->hidden, " AND confidential = 0");
  if (ids->len > 0)
    g_string_append_printf (gather->hidden,
                            " AND id NOT IN (SELECT document_id FROM document_tags"
                            " WHERE state != 'rejected' AND tag_id IN (%s))", ids->str);
}

static GArray *
read_document_tags (Gather  *gather,
                    gint64   id,
                    GError **error)
{
  g_autoptr(GArray) tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (gather->database,
                                        "SELECT tag_id FROM document_tags WHERE document_id = ?1"
                                        " AND state != 'rejected' ORDER BY tag_id", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);
      g_array_append_val (tag_ids, tag_id);
    }
  if (step_failed (gather, statement, rc, error))
    return NULL;
  return g_steal_pointer (&tag_ids);
}

/* The first pages, as far as an excerpt will look. */
static char *
read_document_text (Gather  *gather,
                    gint64   id,
                    GError **error)
{
  sqlite3_stmt *statement;
  char *text = NULL;
  int rc;

  statement = dossier_database_prepare (gather->database,
                                        "SELECT substr (body, 1, ?2) FROM document_text"
                                        " WHERE id = ?1", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_int (statement, 2, EXCERPT_SOURCE_BYTES);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    text = column_dup (statement, 0);
  if (rc != SQLITE_ROW && step_failed (gather, statement, rc, error))
    return NULL;
  sqlite3_reset (statement);
  return text ? text : g_strdup ("");
}

static DossierDocumentRecord *
record_from_row (Gather       *gather,
                 sqlite3_stmt *row)
{
  DossierDocumentRecord *record = dossier_document_record_new ();
  g_autofree char *senders = column_dup (row, 5);

  record->id = sqlite3_column_int64 (row, 0);
  record->sha256 = column_dup (row, 1);
  record->title = column_dup (row, 2);
  record->date = column_dup (row, 3);
  record->place = column_dup (row, 4);
  if (senders != NULL && *senders != '\0')
    {
      g_strfreev (record->senders);
      record->senders = g_strsplit (senders, "\n", -1);
    }
  record->kind = column_dup (row, 6);
  record->language = column_dup (row, 7);
  record->notes = gather->pack->external ? NULL : column_dup (row, 8);
  record->original_name = column_dup (row, 9);
  record->n_pages = (guint) sqlite3_column_int (row, 10);
  record->confidential = sqlite3_column_int (row, 11) != 0;
  record->file = dossier_library_dup_file_path (gather->library, record->sha256);
  return record;
}

/* Takes in the document of @record, unless the pack has it already or
 * must leave it out. Returns: (transfer none) (nullable): the pack's. */
static DossierBriefingDocument *
take_document (Gather                 *gather,
               DossierDocumentRecord  *record,
               GError                **error)
{
  g_autoptr(DossierDocumentRecord) owned = record;
  g_autoptr(GArray) tag_ids = NULL;
  DossierBriefingDocument *document;

  document = g_hash_table_lookup (gather->by_id, &record->id);
  if (document != NULL)
    return document;
  if (g_hash_table_contains (gather->left_out, &record->id))
    return NULL;
  tag_ids = read_document_tags (gather, record->id, error);
  if (tag_ids == NULL)
    return NULL;
  if (gather->pack->external && (record->confidential || tags_hidden (gather, tag_ids)))
    {
      g_hash_table_add (gather->left_out, g_memdup2 (&record->id, sizeof record->id));
      gather->pack->n_left_out++;
      return NULL;
    }

  document = g_new0 (DossierBriefingDocument, 1);
  document->text = read_document_text (gather, record->id, error);
  if (document->text == NULL)
    {
      g_free (document);
      return NULL;
    }
  document->record = g_steal_pointer (&owned);
  document->tag_ids = g_steal_pointer (&tag_ids);
  g_ptr_array_add (gather->pack->documents, document);
  g_hash_table_insert (gather->by_id, &document->record->id, document);
  return document;
}

/* Returns: FALSE with @error set on a database error only; @document
 * NULL when there is no such document, or the pack leaves it out. */
static gboolean
read_document (Gather                   *gather,
               gint64                    id,
               DossierBriefingDocument **document,
               GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *statement;
  DossierDocumentRecord *record = NULL;
  int rc;

  *document = g_hash_table_lookup (gather->by_id, &id);
  if (*document != NULL)
    return TRUE;
  statement = dossier_database_prepare (gather->database,
                                        "SELECT " DOCUMENT_COLUMNS " FROM documents"
                                        " WHERE id = ?1 AND trashed_at IS NULL", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    record = record_from_row (gather, statement);
  if (rc != SQLITE_ROW && step_failed (gather, statement, rc, error))
    return FALSE;
  sqlite3_reset (statement);
  if (record == NULL)
    return TRUE;
  *document = take_document (gather, record, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char *date_from;
  const char *date_to;
  gint64      tag_id;
  gint64      country_id;
  guint       limit;       /* 0: no limit */
} DocumentQuery;

static sqlite3_stmt *
prepare_query (Gather               *gather,
               const char           *columns,
               const DocumentQuery  *query,
               GError              **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *statement;

  g_string_printf (sql, "SELECT %s FROM documents WHERE trashed_at IS NULL", columns);
  if (query->date_from != NULL)
    g_string_append (sql, " AND doc_date >= :from");
  if (query->date_to != NULL)
    g_string_append (sql, " AND doc_date <= :to");
  if (query->tag_id != 0)
    dossier_database_append_tag_condition (sql, "id", ":tag");
  if (query->country_id != 0)
    dossier_database_append_tag_condition (sql, "id", ":country");
  g_string_append (sql, gather->hidden->str);
  g_string_append (sql, " ORDER BY doc_date IS NULL, doc_date DESC, id DESC");
  if (query->limit > 0)
    g_string_append_printf (sql, " LIMIT %u", query->limit);

  statement = dossier_database_prepare (gather->database, sql->str, error);
  if (statement == NULL)
    return NULL;
  if (query->date_from != NULL)
    sqlite3_bind_text (statement, sqlite3_bind_parameter_index (statement, ":from"),
                       query->date_from, -1, SQLITE_TRANSIENT);
  if (query->date_to != NULL)
    sqlite3_bind_text (statement, sqlite3_bind_parameter_index (statement, ":to"),
                       query->date_to, -1, SQLITE_TRANSIENT);
  if (query->tag_id != 0)
    sqlite3_bind_int64 (statement, sqlite3_bind_parameter_index (statement, ":tag"),
                        query->tag_id);
  if (query->country_id != 0)
    sqlite3_bind_int64 (statement, sqlite3_bind_parameter_index (statement, ":country"),
                        query->country_id);
  return statement;
}

/* The documents @query finds, taken into the pack; @recent marks them as
 * new since the previous round. */
static gboolean
read_documents (Gather               *gather,
                const DocumentQuery  *query,
                gboolean              recent,
                GError              **error)
{
  g_autoptr(GPtrArray) records =
    g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_record_free);
  sqlite3_stmt *statement = prepare_query (gather, DOCUMENT_COLUMNS, query, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (gather, statement));
  if (step_failed (gather, statement, rc, error))
    return FALSE;

  /* The statement is done before take_document() prepares its own. */
  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      DossierDocumentRecord *record = g_steal_pointer (&records->pdata[i]);
      DossierBriefingDocument *document = take_document (gather, record, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (document != NULL && recent)
        document->recent = TRUE;
    }
  return TRUE;
}

/* ---- Events and asks ---- */

static gboolean
same_process (const char *a,
              const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  return g_str_equal (x, y);
}

static gboolean
event_before (const DossierEventRecord *a,
              const DossierEventRecord *b)
{
  int order = g_strcmp0 (a->date, b->date);

  return order < 0 || (order == 0 && a->id < b->id);
}

/* The round before @event in its process; with no process, or no
 * event, the latest event before the pack's date in its country. */
static const DossierEventRecord *
find_previous_round (Gather    *gather,
                     GPtrArray *events)
{
  const DossierEventRecord *event = gather->pack->event;
  const DossierEventRecord *previous = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      const DossierEventRecord *candidate = g_ptr_array_index (events, i);
      gboolean fits;

      if (event != NULL && event->process != NULL)
        fits = same_process (candidate->process, event->process) && event_before (candidate, event);
      else if (event != NULL)
        fits = candidate->country_id == event->country_id && event_before (candidate, event);
      else
        fits = (gather->country_id == 0 || candidate->country_id == gather->country_id) &&
               g_strcmp0 (candidate->date, gather->pack_date) < 0;
      if (fits && (previous == NULL || event_before (previous, candidate)))
        previous = candidate;
    }
  return previous;
}

static gboolean
read_event (Gather     *gather,
            GPtrArray  *events,
            GError    **error)
{
  DossierBriefingPack *pack = gather->pack;
  gint64 id = gather->options->event_id;

  for (guint i = 0; i < events->len && pack->event == NULL; i++)
    if (((DossierEventRecord *) g_ptr_array_index (events, i))->id == id)
      pack->event = dossier_event_record_copy (g_ptr_array_index (events, i));
  if (pack->event == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."), (long long) id);
      return FALSE;
    }
  if (pack->external)
    g_clear_pointer (&pack->event->notes, g_free);
  if (pack->event->country != NULL && tag_hidden (gather, pack->event->country_id))
    g_clear_pointer (&pack->event->country, g_free);
  gather->country_id = pack->event->country_id;
  return TRUE;
}

static void
strip_notes (GPtrArray *history)
{
  for (guint i = 0; i < history->len; i++)
    g_clear_pointer (&((DossierAskChange *) g_ptr_array_index (history, i))->note, g_free);
}

static gboolean
take_ask (Gather            *gather,
          DossierAskRecord  *record,
          GHashTable        *seen,
          GError           **error)
{
  g_autoptr(DossierAskRecord) owned = record;
  DossierBriefingAsk *ask;
  GPtrArray *history;

  if (g_hash_table_contains (seen, &record->id))
    return TRUE;
  if (tags_hidden (gather, record->tag_ids))
    return TRUE;
  history = dossier_followups_read_history (gather->database, record->id, error);
  if (history == NULL)
    return FALSE;
  if (gather->pack->external)
    strip_notes (history);

  ask = g_new0 (DossierBriefingAsk, 1);
  ask->record = g_steal_pointer (&owned);
  ask->history = history;
  g_hash_table_add (seen, &ask->record->id);
  g_ptr_array_add (gather->pack->asks, ask);
  return TRUE;
}

static gboolean
read_asks_by (Gather                 *gather,
              const DossierAskFilter *filter,
              GHashTable             *seen,
              GPtrArray              *events,
              GError                **error)
{
  g_autoptr(GPtrArray) records = dossier_followups_read_asks (gather->database, filter, error);

  if (records == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      DossierAskRecord *record = g_ptr_array_index (records, i);
      gboolean in_country = TRUE;

      /* A pack for one country takes the asks raised with it, and those
       * not raised anywhere yet. */
      if (gather->options->event_id == 0 && gather->country_id != 0 && record->event_id != 0)
        for (guint j = 0; j < events->len; j++)
          {
            DossierEventRecord *event = g_ptr_array_index (events, j);

            if (event->id == record->event_id)
              in_country = event->country_id == gather->country_id;
          }
      if (in_country && !take_ask (gather, g_steal_pointer (&records->pdata[i]), seen, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_asks (gconstpointer a,
              gconstpointer b)
{
  const DossierBriefingAsk *x = *(DossierBriefingAsk * const *) a;
  const DossierBriefingAsk *y = *(DossierBriefingAsk * const *) b;
  int order = g_strcmp0 (x->record->event_date, y->record->event_date);

  if (order != 0)
    return order;
  return x->record->id < y->record->id ? -1 : x->record->id > y->record->id;
}

static gboolean
read_asks (Gather     *gather,
           GPtrArray  *events,
           GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  const DossierBriefingOptions *options = gather->options;
  DossierAskFilter filter = { 0 };

  filter.sort = DOSSIER_ASK_SORT_CREATED;
  filter.today = gather->pack->today;
  if (options->event_id != 0)
    {
      filter.event_id = options->event_id;
      if (!read_asks_by (gather, &filter, seen, events, error))
        return FALSE;
    }
  else
    for (guint i = 0; i < options->tag_ids->len; i++)
      {
        filter.tag_ids = &g_array_index (options->tag_ids, gint64, i);
        filter.n_tag_ids = 1;
        if (!read_asks_by (gather, &filter, seen, events, error))
          return FALSE;
      }
  g_ptr_array_sort (gather->pack->asks, compare_asks);
  return TRUE;
}

/* ---- Documents, issues and annexes ---- */

/* A document the pack was chosen to hold: an event's, an ask's evidence. */
static gboolean
read_own_document (Gather  *gather,
                   gint64   id,
                   GError **error)
{
  DossierBriefingDocument *document;

  if (!read_document (gather, id, &document, error))
    return FALSE;
  if (document != NULL)
    g_hash_table_add (gather->own, &document->record->id);
  return TRUE;
}

static gboolean
read_event_documents (Gather  *gather,
                      GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (gather->database,
                                        "SELECT document_id FROM event_documents"
                                        " WHERE event_id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, gather->options->event_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      g_array_append_val (ids, id);
    }
  if (step_failed (gather, statement, rc, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!read_own_document (gather, g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
read_evidence (Gather  *gather,
               GError **error)
{
  for (guint i = 0; i < gather->pack->asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (gather->pack->asks, i);

      for (guint j = 0; j < ask->record->documents->len; j++)
        {
          DossierAskDocument *evidence = &g_array_index (ask->record->documents,
                                                         DossierAskDocument, j);

          if (!read_own_document (gather, evidence->document_id, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_tagged_documents (Gather  *gather,
                       GError **error)
{
  const DossierBriefingOptions *options = gather->options;
  DocumentQuery query = { options->date_from, options->date_to, 0, gather->country_id,
                          MAX_TAG_DOCUMENTS };

  for (guint i = 0; i < MAX (options->tag_ids->len, 1); i++)
    {
      query.tag_id = options->tag_ids->len > 0 ? g_array_index (options->tag_ids, gint64, i) : 0;
      if (!read_documents (gather, &query, FALSE, error))
        return FALSE;
    }
  for (guint i = 0; i < gather->pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (gather->pack->documents, i);

      g_hash_table_add (gather->own, &document->record->id);
    }
  return TRUE;
}

typedef struct
{
  DossierBriefingTag *tag;
  guint               n_open_asks;
  guint               n_documents;
} IssueCount;

static int
compare_issue_counts (gconstpointer a,
                      gconstpointer b)
{
  const IssueCount *x = a, *y = b;

  if (x->n_open_asks != y->n_open_asks)
    return x->n_open_asks > y->n_open_asks ? -1 : 1;
  if (x->n_documents != y->n_documents)
    return x->n_documents > y->n_documents ? -1 : 1;
  return g_utf8_collate (x->tag->name, y->tag->name);
}

static void
count_issue (GHashTable         *counts,
             DossierBriefingTag *tag,
             gboolean            open_ask,
             gboolean            document)
{
  IssueCount *count = g_hash_table_lookup (counts, tag);

  if (count == NULL)
    {
      count = g_new0 (IssueCount, 1);
      count->tag = tag;
      g_hash_table_insert (counts, tag, count);
    }
  count->n_open_asks += open_ask;
  count->n_documents += document;
}

static void
count_issues_of (Gather     *gather,
                 GHashTable *counts,
                 GArray     *tag_ids,
                 gboolean    open_ask,
                 gboolean    document)
{
  for (guint i = 0; i < tag_ids->len; i++)
    {
      DossierBriefingTag *tag = dossier_briefing_pack_tag (gather->pack,
                                                           g_array_index (tag_ids, gint64, i));

      if (tag != NULL && g_str_equal (tag->facet, DOSSIER_FACET_ISSUE) &&
          !tag_hidden (gather, tag->id))
        count_issue (counts, tag, open_ask, document);
    }
}

/* The sections: the issues chosen, else those of the asks and documents,
 * the most pressing first. */
static void
choose_issues (Gather *gather)
{
  DossierBriefingPack *pack = gather->pack;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (IssueCount));
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < gather->options->tag_ids->len; i++)
    {
      DossierBriefingTag *tag = chosen_tag (gather, i);

      if (tag != NULL && g_str_equal (tag->facet, DOSSIER_FACET_ISSUE) &&
          !tag_hidden (gather, tag->id))
        count_issue (counts, tag, FALSE, FALSE);
    }
  /* Issues chosen by name are the sections, whatever else documents carry. */
  if (g_hash_table_size (counts) == 0)
    {
      for (guint i = 0; i < pack->asks->len; i++)
        {
          DossierBriefingAsk *ask = g_ptr_array_index (pack->asks, i);

          count_issues_of (gather, counts, ask->record->tag_ids,
                           dossier_ask_status_is_open (ask->record->status), FALSE);
        }
      for (guint i = 0; i < pack->documents->len; i++)
        {
          DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

          count_issues_of (gather, counts, document->tag_ids, FALSE, TRUE);
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (sorted, value, 1);
  g_array_sort (sorted, compare_issue_counts);
  for (guint i = 0; i < sorted->len && i < MAX_SECTIONS; i++)
    g_ptr_array_add (pack->issues, g_array_index (sorted, IssueCount, i).tag);
}

/* What came in since the previous round, on the pack's issues. */
static gboolean
read_recent_documents (Gather  *gather,
                       GError **error)
{
  DossierBriefingPack *pack = gather->pack;
  DocumentQuery query = { pack->since, gather->pack_date, 0, gather->country_id,
                          MAX_RECENT_PER_ISSUE };

  if (pack->since == NULL)
    return TRUE;
  for (guint i = 0; i < pack->issues->len; i++)
    {
      query.tag_id = ((DossierBriefingTag *) g_ptr_array_index (pack->issues, i))->id;
      if (!read_documents (gather, &query, TRUE, error))
        return FALSE;
    }
  /* Those the pack had already count too. */
  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      if (document->record->date != NULL && g_strcmp0 (document->record->date, pack->since) >= 0 &&
          g_strcmp0 (document->record->date, gather->pack_date) <= 0)
        document->recent = TRUE;
    }
  return TRUE;
}

static int
compare_documents (gconstpointer a,
                   gconstpointer b)
{
  const DossierBriefingDocument *x = *(DossierBriefingDocument * const *) a;
  const DossierBriefingDocument *y = *(DossierBriefingDocument * const *) b;
  const char *dx = x->record->date, *dy = y->record->date;

  if ((dx == NULL) != (dy == NULL))
    return dx == NULL ? 1 : -1;
  if (g_strcmp0 (dx, dy) != 0)
    return -g_strcmp0 (dx, dy);
  return x->record->id > y->record->id ? -1 : x->record->id < y->record->id;
}

/* Default annexes: an event's own documents and its asks' evidence (not
 * what merely came in since the last round), or a tag pack's documents;
 * most recent first. */
static GArray *
default_annex_ids (Gather *gather)
{
  DossierBriefingPack *pack = gather->pack;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      if (ids->len == DOSSIER_BRIEFING_MAX_DEFAULT_ANNEXES)
        break;
      if (g_hash_table_contains (gather->own, &document->record->id))
        g_array_append_val (ids, document->record->id);
    }
  return ids;
}

static gboolean
choose_annexes (Gather  *gather,
                GError **error)
{
  DossierBriefingPack *pack = gather->pack;
  g_autoptr(GArray) defaults = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GArray *ids = gather->options->annex_ids;

  if (ids == NULL)
    ids = defaults = default_annex_ids (gather);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);
      DossierBriefingDocument *document;
      DossierBriefingAnnex *annex;

      if (!g_hash_table_add (seen, id))
        continue;
      if (!read_document (gather, *id, &document, error))
        return FALSE;
      if (document == NULL)
        {
          g_ptr_array_add (pack->warnings,
                           g_hash_table_contains (gather->left_out, id)
                           ? g_strdup_printf (_("Document %lld is confidential: an external pack "
                                                "does not annex it."), (long long) *id)
                           : g_strdup_printf (_("There is no document %lld in the library to "
                                                "annex."), (long long) *id));
          continue;
        }
      annex = g_new0 (DossierBriefingAnnex, 1);
      annex->document_id = *id;
      annex->path = g_strdup (document->record->file);
      annex->title = g_strdup (document->record->title && *document->record->title
                               ? document->record->title : document->record->original_name);
      annex->date = g_strdup (document->record->date);
      g_ptr_array_add (pack->annexes, annex);
      document->annex = pack->annexes->len;
    }
  return TRUE;
}

static gboolean
add_lane_documents (Gather  *gather,
                    guint    lane,
                    gint64   issue_id,
                    const char *from,
                    GError **error)
{
  DocumentQuery query = { from, gather->pack_date, issue_id, gather->country_id, 0 };
  sqlite3_stmt *statement = prepare_query (gather, "doc_date", &query, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    dossier_pack_timeline_add_document (gather->pack->timeline, lane,
                                        (const char *) sqlite3_column_text (statement, 0));
  return !step_failed (gather, statement, rc, error);
}

/* Whether the timeline shows @event: the rounds of the pack's process,
 * else the events with its country, up to a year ahead. */
static gboolean
timeline_shows (Gather                   *gather,
                const DossierEventRecord *event,
                const char               *from,
                const char               *until)
{
  const DossierEventRecord *own = gather->pack->event;

  if (g_strcmp0 (event->date, from) < 0)
    return FALSE;
  if (own != NULL && own->id == event->id)
    return TRUE;
  if (own != NULL && own->process != NULL)
    return same_process (event->process, own->process);
  return (gather->country_id == 0 || event->country_id == gather->country_id) &&
         g_strcmp0 (event->date, until) <= 0;
}

static gboolean
build_timeline (Gather     *gather,
                GPtrArray  *events,
                GError    **error)
{
  DossierBriefingPack *pack = gather->pack;
  g_autofree char *back = dossier_followups_add_days (gather->pack_date, -366 * TIMELINE_YEARS);
  g_autofree char *ahead = dossier_followups_add_days (gather->pack_date, 366);
  const char *from = gather->options->date_from ? gather->options->date_from : back;

  for (guint i = 0; i < pack->issues->len; i++)
    {
      DossierBriefingTag *issue = g_ptr_array_index (pack->issues, i);
      guint lane = dossier_pack_timeline_add_lane (pack->timeline, issue->name);

      if (!add_lane_documents (gather, lane, issue->id, from, error))
        return FALSE;
    }
  for (guint i = 0; i < events->len; i++)
    {
      DossierEventRecord *event = g_ptr_array_index (events, i);

      if (timeline_shows (gather, event, from, ahead))
        dossier_pack_timeline_add_event (pack->timeline, event->date, event->title,
                                         pack->event != NULL && pack->event->id == event->id);
    }
  return TRUE;
}

char *
dossier_briefing_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup ("");
  time = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (time == NULL)
    return g_strdup (iso_date);
  /* Translators: a date written out in a briefing pack, see strftime(3). */
  return g_date_time_format (time, _("%-d %B %Y"));
}

static char *
event_subtitle (Gather *gather)
{
  const DossierEventRecord *event = gather->pack->event;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = dossier_briefing_format_date (event->date);

  if (event->process != NULL && event->round > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Round %u of the %s"), event->round,
                                             event->process));
  g_ptr_array_add (parts, event->place ? g_strdup_printf (_("%s, %s"), event->place, date)
                                       : g_strdup (date));
  if (event->country != NULL)
    g_ptr_array_add (parts, g_strdup (event->country));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
tags_subtitle (Gather *gather)
{
  const DossierBriefingOptions *options = gather->options;
  DossierBriefingTag *country = dossier_briefing_pack_tag (gather->pack, gather->country_id);
  g_autofree char *from = dossier_briefing_format_date (options->date_from);
  g_autofree char *to = dossier_briefing_format_date (options->date_to);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (country != NULL && !tag_hidden (gather, country->id))
    g_ptr_array_add (parts, g_strdup (country->name));
  if (options->date_from != NULL && options->date_to != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Documents from %s to %s"), from, to));
  else if (options->date_from != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Documents from %s"), from));
  else if (options->date_to != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Documents up to %s"), to));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* A title from the tags chosen that the pack may name. */
static char *
tags_title (Gather *gather)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < gather->options->tag_ids->len; i++)
    {
      gint64 id = g_array_index (gather->options->tag_ids, gint64, i);
      DossierBriefingTag *tag = dossier_briefing_pack_tag (gather->pack, id);

      if (tag != NULL && !tag_hidden (gather, id))
        g_ptr_array_add (names, tag->name);
    }
  if (names->len == 0)
    return g_strdup (_("Briefing"));
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  return g_strdup_printf (_("Briefing on %s"), joined);
}

static void
name_pack (Gather *gather)
{
  DossierBriefingPack *pack = gather->pack;

  if (gather->options->title != NULL && *gather->options->title != '\0')
    pack->title = g_strdup (gather->options->title);
  else if (pack->event != NULL)
    pack->title = g_strdup (pack->event->title);
  else
    pack->title = tags_title (gather);
  pack->subtitle = pack->event != NULL ? event_subtitle (gather) : tags_subtitle (gather);
}

static gboolean
check_options (DossierLibrary                *library,
               const DossierBriefingOptions  *options,
               GError                       **error)
{
  if (options->event_id == 0 && options->tag_ids->len == 0 && options->country_id == 0 &&
      options->date_from == NULL && options->date_to == NULL)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("Choose what the pack is for: an event, or tags, a country or "
                             "dates."));
      return FALSE;
    }
  if ((options->date_from != NULL && !dossier_followups_check_date (options->date_from, error)) ||
      (options->date_to != NULL && !dossier_followups_check_date (options->date_to, error)) ||
      (options->today != NULL && !dossier_followups_check_date (options->today, error)))
    return FALSE;
  if (options->date_from != NULL && options->date_to != NULL &&
      strcmp (options->date_from, options->date_to) > 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("The pack’s dates run backwards: %s is after %s."),
                   options->date_from, options->date_to);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_tags (Gather  *gather,
            GError **error)
{
  const DossierBriefingOptions *options = gather->options;

  for (guint i = 0; i < options->tag_ids->len; i++)
    if (chosen_tag (gather, i) == NULL)
      {
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                     _("There is no tag %lld in the library."),
                     (long long) g_array_index (options->tag_ids, gint64, i));
        return FALSE;
      }
  if (options->country_id != 0 &&
      dossier_briefing_pack_tag (gather->pack, options->country_id) == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no tag %lld in the library."), (long long) options->country_id);
      return FALSE;
    }
  return TRUE;
}

/* Where the pack stands in time, and what it compares with. */
static void
place_in_time (Gather    *gather,
               GPtrArray *events)
{
  DossierBriefingPack *pack = gather->pack;
  const DossierEventRecord *previous;

  if (pack->event != NULL)
    gather->pack_date = g_strdup (g_strcmp0 (pack->event->date, pack->today) > 0
                                  ? pack->event->date : pack->today);
  else
    gather->pack_date = g_strdup (gather->options->date_to ? gather->options->date_to
                                                           : pack->today);
  previous = find_previous_round (gather, events);
  if (previous != NULL)
    {
      pack->since = g_strdup (previous->date);
      pack->since_label = g_strdup (previous->title);
    }
  else if (pack->event == NULL)
    pack->since = g_strdup (gather->options->date_from);
}

static gboolean
gather_contents (Gather  *gather,
                 GError **error)
{
  g_autoptr(GPtrArray) events = NULL;

  if (!read_tags (gather, error) || !check_tags (gather, error))
    return FALSE;
  build_hidden_condition (gather);
  events = dossier_followups_read_events (gather->database, error);
  if (events == NULL)
    return FALSE;
  if (gather->options->event_id != 0 && !read_event (gather, events, error))
    return FALSE;
  if (gather->options->event_id == 0)
    gather->country_id = gather->options->country_id;
  place_in_time (gather, events);

  if (!read_asks (gather, events, error) ||
      (gather->options->event_id != 0 && !read_event_documents (gather, error)) ||
      (gather->options->event_id == 0 && !read_tagged_documents (gather, error)) ||
      !read_evidence (gather, error))
    return FALSE;
  choose_issues (gather);
  if (!read_recent_documents (gather, error))
    return FALSE;
  g_ptr_array_sort (gather->pack->documents, compare_documents);
  if (!choose_annexes (gather, error) || !build_timeline (gather, events, error))
    return FALSE;
  name_pack (gather);
  return TRUE;
}

DossierBriefingPack *
dossier_briefing_gather (DossierLibrary                *library,
                         const DossierBriefingOptions  *options,
                         GError                       **error)
{
  Gather gather = { 0 };
  DossierBriefingPack *pack = NULL;

  if (!check_options (library, options, error))
    return NULL;
  gather.library = library;
  gather.database = dossier_library_get_database (library);
  gather.options = options;
  gather.pack = pack_new ();
  gather.by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gather.left_out = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gather.own = g_hash_table_new (g_int64_hash, g_int64_equal);
  gather.pack->external = options->external;
  gather.pack->today = options->today ? g_strdup (options->today) : dossier_followups_today (NULL);
  gather.pack->passwords = g_strdupv (options->passwords);
  gather.pack->organisation = options->organisation && *options->organisation
                              ? g_strdup (options->organisation)
                              : dossier_briefing_dup_organisation (library, NULL);

  if (gather_contents (&gather, error))
    pack = g_steal_pointer (&gather.pack);
  gather_clear (&gather);
  return pack;
}
