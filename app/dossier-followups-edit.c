/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* Changing events and asks: each change one transaction, a history entry
 * for every change of an ask; see dossier-followups.h. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups.h"
#include "dossier-tags.h"

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

/* NULL for NULL, an empty or a blank string: what "no value" looks like
 * to a user. Returns: (transfer full) */
static char *
trimmed_or_null (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

static void
bind_text_or_null (sqlite3_stmt *statement,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, index);
}

static void
bind_id_or_null (sqlite3_stmt *statement,
                 int           index,
                 gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (statement, index, id);
  else
    sqlite3_bind_null (statement, index);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Whether @sql (binding ?1 to @id) returns a row. */
static gboolean
row_exists (DossierDatabase  *database,
            const char       *sql,
            gint64            id,
            gboolean         *exists,
            GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  *exists = rc == SQLITE_ROW;
  return !step_failed (database, statement, rc, error);
}

static gboolean
check_document (DossierDatabase  *database,
                gint64            document_id,
                GError          **error)
{
  gboolean exists = FALSE;

  if (!row_exists (database, "SELECT 1 FROM documents WHERE id = ?1", document_id, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no document %lld in the library."), (long long) document_id);
  return exists;
}

static gboolean
check_tag (DossierDatabase  *database,
           gint64            tag_id,
           GError          **error)
{
  gboolean exists = FALSE;

  if (!row_exists (database, "SELECT 1 FROM tags WHERE id = ?1", tag_id, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no tag %lld in the library."), (long long) tag_id);
  return exists;
}

static gboolean
check_event_exists (DossierDatabase  *database,
                    gint64            event_id,
                    GError          **error)
{
  gboolean exists = FALSE;

  if (!row_exists (database, "SELECT 1 FROM events WHERE id = ?1", event_id, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no event %lld in the library."), (long long) event_id);
  return exists;
}

/* ---- history ---- */

/* Inside the caller's transaction: appends the ask as it now stands to
 * its history, and stamps the ask with the time. */
static gboolean
append_history (DossierDatabase        *database,
                gint64                  ask_id,
                DossierAskChangeFlags   changed,
                const char             *note,
                GError                **error)
{
  gint64 at = now_seconds ();
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
    "INSERT INTO ask_history (ask_id, at, changed, note, text, status, due_date, owner,"
    "  next_step, event_id, event_title)"
    " SELECT asks.id, ?2, ?3, ?4, asks.text, asks.status, asks.due_date, asks.owner,"
    "  asks.next_step, asks.event_id, events.title"
    " FROM asks LEFT JOIN events ON events.id = asks.event_id WHERE asks.id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, ask_id);
  sqlite3_bind_int64 (statement, 2, at);
  sqlite3_bind_int (statement, 3, (int) changed);
  bind_text_or_null (statement, 4, note);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;

  statement = dossier_database_prepare (database, "UPDATE asks SET updated_at = ?2 WHERE id = ?1",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, ask_id);
  sqlite3_bind_int64 (statement, 2, at);
  return dossier_database_step_done (database, statement, error);
}

static gboolean
commit_or_rollback (DossierLibrary  *self,
                    gboolean         ok,
                    GError         **error)
{
  if (ok && dossier_database_commit (database_of (self), error))
    {
      dossier_library_reload_followups (self);
      return TRUE;
    }
  dossier_database_rollback (database_of (self));
  return FALSE;
}

/* ---- events ---- */

void
dossier_event_spec_init_from (DossierEventSpec *spec,
                              DossierEvent     *event)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (DOSSIER_IS_EVENT (event));

  memset (spec, 0, sizeof *spec);
  spec->title = dossier_event_get_title (event);
  spec->kind = dossier_event_get_kind (event);
  spec->country_id = dossier_event_get_country_id (event);
  spec->date = dossier_event_get_date (event);
  spec->place = dossier_event_get_place (event);
  spec->process = dossier_event_get_process (event);
  spec->notes = dossier_event_get_notes (event);
}

static gboolean
check_country (DossierLibrary  *self,
               gint64           country_id,
               GError         **error)
{
  g_autoptr(DossierTag) tag = NULL;

  if (country_id == 0)
    return TRUE;
  tag = dossier_library_find_tag (self, country_id, error);
  if (tag == NULL)
    return FALSE;
  if (g_strcmp0 (dossier_tag_get_facet (tag), DOSSIER_FACET_COUNTRY) != 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("“%s” is not a country."), dossier_tag_get_name (tag));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_event_spec (DossierLibrary          *self,
                  const DossierEventSpec  *spec,
                  GError                 **error)
{
  g_autofree char *title = trimmed_or_null (spec->title);

  if (title == NULL)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("An event needs a title."));
      return FALSE;
    }
  if ((guint) spec->kind >= DOSSIER_EVENT_N_KINDS)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("%d is not a kind of event."), (int) spec->kind);
      return FALSE;
    }
  return dossier_followups_check_date (spec->date, error) &&
         check_country (self, spec->country_id, error);
}

/* The process as the library's other events spell it (rounds of
 * "EU–Kazakhstan Human Rights Dialogue" typed in lower case join it), or
 * @process; @event_id's own spelling does not count, so that its only
 * event can change the case of a process. */
static char *
canonical_process (DossierDatabase  *database,
                   const char       *process,
                   gint64            event_id,
                   GError          **error)
{
  g_autofree char *trimmed = trimmed_or_null (process);
  sqlite3_stmt *statement;
  char *spelling = NULL;
  int rc;

  if (trimmed == NULL)
    return NULL;
  statement = dossier_database_prepare (database,
                                        "SELECT process FROM events WHERE process = ?1 COLLATE NOCASE"
                                        " AND id != ?2 ORDER BY id LIMIT 1", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, event_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    spelling = column_dup (statement, 0);
  if (step_failed (database, statement, rc, error))
    {
      g_free (spelling);
      return NULL;
    }
  return spelling ? spelling : g_steal_pointer (&trimmed);
}

/* Binds ?1…?7 to the spec's title, kind, country, date, place, process
 * and notes, for event @event_id (0: a new one). */
static gboolean
bind_event_spec (DossierDatabase         *database,
                 sqlite3_stmt            *statement,
                 const DossierEventSpec  *spec,
                 gint64                   event_id,
                 GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = trimmed_or_null (spec->title);
  g_autofree char *place = trimmed_or_null (spec->place);
  g_autofree char *notes = trimmed_or_null (spec->notes);
  g_autofree char *process = canonical_process (database, spec->process, event_id, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  sqlite3_bind_text (statement, 1, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, dossier_event_kind_to_string (spec->kind), -1, SQLITE_STATIC);
  bind_id_or_null (statement, 3, spec->country_id);
  sqlite3_bind_text (statement, 4, spec->date, -1, SQLITE_TRANSIENT);
  bind_text_or_null (statement, 5, place);
  bind_text_or_null (statement, 6, process);
  bind_text_or_null (statement, 7, notes);
  return TRUE;
}

DossierEvent *
dossier_library_add_event (DossierLibrary          *self,
                           const DossierEventSpec  *spec,
                           GError                 **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  database = database_of (self);

  if (!check_event_spec (self, spec, error))
    return NULL;
  statement = dossier_database_prepare (database,
                                        "INSERT INTO events (title, kind, country_tag_id, date,"
                                        " place, process, notes, created_at)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (statement == NULL || !bind_event_spec (database, statement, spec, 0, error))
    return NULL;
  sqlite3_bind_int64 (statement, 8, now_seconds ());
  if (!dossier_database_step_done (database, statement, error))
    return NULL;
  id = sqlite3_last_insert_rowid (dossier_database_get_handle (database));
  dossier_library_reload_followups (self);
  return dossier_library_dup_event (self, id, error);
}

gboolean
dossier_library_update_event (DossierLibrary          *self,
                              DossierEvent            *event,
                              const DossierEventSpec  *spec,
                              GError                 **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);
  database = database_of (self);

  if (!check_event_spec (self, spec, error) ||
      !check_event_exists (database, dossier_event_get_id (event), error))
    return FALSE;
  statement = dossier_database_prepare (database,
                                        "UPDATE events SET title = ?1, kind = ?2, country_tag_id = ?3,"
                                        " date = ?4, place = ?5, process = ?6, notes = ?7"
                                        " WHERE id = ?8", error);
  if (statement == NULL ||
      !bind_event_spec (database, statement, spec, dossier_event_get_id (event), error))
    return FALSE;
  sqlite3_bind_int64 (statement, 8, dossier_event_get_id (event));
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_reload_followups (self);
  return TRUE;
}

gboolean
dossier_library_delete_event (DossierLibrary  *self,
                              DossierEvent    *event,
                              GError         **error)
{
  g_autoptr(DossierEvent) stored = NULL;
  const DossierEventRecord *record;
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);
  database = database_of (self);

  stored = dossier_library_dup_event (self, dossier_event_get_id (event), error);
  if (stored == NULL)
    return FALSE;
  record = dossier_event_get_record (stored);
  if (record->n_asks > 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u follow-up; move it to another event or delete it first.",
                                "“%s” has %u follow-ups; move them to another event or delete them first.",
                                record->n_asks),
                   record->title, record->n_asks);
      return FALSE;
    }
  statement = dossier_database_prepare (database, "DELETE FROM events WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, record->id);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_reload_followups (self);
  return TRUE;
}

gboolean
dossier_library_link_event_document (DossierLibrary  *self,
                                     DossierEvent    *event,
                                     gint64           document_id,
                                     GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);
  database = database_of (self);

  if (!check_document (database, document_id, error) ||
      !check_event_exists (database, dossier_event_get_id (event), error))
    return FALSE;
  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO event_documents (event_id, document_id)"
                                        " VALUES (?1, ?2)", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_event_get_id (event));
  sqlite3_bind_int64 (statement, 2, document_id);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_emit_followups_changed (self);
  return TRUE;
}

gboolean
dossier_library_unlink_event_document (DossierLibrary  *self,
                                       DossierEvent    *event,
                                       gint64           document_id,
                                       GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);
  database = database_of (self);

  statement = dossier_database_prepare (database,
                                        "DELETE FROM event_documents"
                                        " WHERE event_id = ?1 AND document_id = ?2", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_event_get_id (event));
  sqlite3_bind_int64 (statement, 2, document_id);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_emit_followups_changed (self);
  return TRUE;
}

/* ---- asks ---- */

static gboolean
check_status (DossierAskStatus   status,
              GError           **error)
{
  if ((guint) status < DOSSIER_ASK_N_STATUSES)
    return TRUE;
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("%d is not a status of a follow-up."), (int) status);
  return FALSE;
}

static gboolean
check_optional_date (const char  *text,
                     GError     **error)
{
  g_autofree char *trimmed = trimmed_or_null (text);

  return trimmed == NULL || dossier_followups_check_date (trimmed, error);
}

static gboolean
check_ask_spec (DossierDatabase       *database,
                const DossierAskSpec  *spec,
                GError               **error)
{
  g_autofree char *text = trimmed_or_null (spec->text);

  if (text == NULL)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("A follow-up needs the text of what was asked."));
      return FALSE;
    }
  if (!check_status (spec->status, error) || !check_optional_date (spec->due_date, error))
    return FALSE;
  if (spec->event_id != 0 && !check_event_exists (database, spec->event_id, error))
    return FALSE;
  for (guint i = 0; i < spec->n_tag_ids; i++)
    if (!check_tag (database, spec->tag_ids[i], error))
      return FALSE;
  for (guint i = 0; i < spec->n_documents; i++)
    if (!check_document (database, spec->documents[i].document_id, error))
      return FALSE;
  return TRUE;
}

static gboolean
insert_ask_tag (DossierDatabase  *database,
                gint64            ask_id,
                gint64            tag_id,
                GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database,
                                                      "INSERT OR IGNORE INTO ask_tags (ask_id, tag_id)"
                                                      " VALUES (?1, ?2)", error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, ask_id);
  sqlite3_bind_int64 (statement, 2, tag_id);
  return dossier_database_step_done (database, statement, error);
}

static gboolean
upsert_ask_document (DossierDatabase  *database,
                     gint64            ask_id,
                     gint64            document_id,
                     guint             page,
                     GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database,
                                                      "INSERT INTO ask_documents (ask_id, document_id, page)"
                                                      " VALUES (?1, ?2, ?3) ON CONFLICT (ask_id, document_id)"
                                                      " DO UPDATE SET page = excluded.page", error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, ask_id);
  sqlite3_bind_int64 (statement, 2, document_id);
  sqlite3_bind_int (statement, 3, (int) page);
  return dossier_database_step_done (database, statement, error);
}

static gint64
insert_ask (DossierDatabase       *database,
            const DossierAskSpec  *spec,
            GError               **error)
{
  g_autofree char *text = trimmed_or_null (spec->text);
  g_autofree char *owner = trimmed_or_null (spec->owner);
  g_autofree char *due_date = trimmed_or_null (spec->due_date);
  g_autofree char *next_step = trimmed_or_null (spec->next_step);
  gint64 now = now_seconds ();
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
                                        "INSERT INTO asks (text, event_id, status, owner, due_date,"
                                        " next_step, created_at, updated_at)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)", error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_text (statement, 1, text, -1, SQLITE_TRANSIENT);
  bind_id_or_null (statement, 2, spec->event_id);
  sqlite3_bind_text (statement, 3, dossier_ask_status_to_string (spec->status), -1, SQLITE_STATIC);
  bind_text_or_null (statement, 4, owner);
  bind_text_or_null (statement, 5, due_date);
  bind_text_or_null (statement, 6, next_step);
  sqlite3_bind_int64 (statement, 7, now);
  if (!dossier_database_step_done (database, statement, error))
    return 0;
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

DossierAsk *
dossier_library_add_ask (DossierLibrary        *self,
                         const DossierAskSpec  *spec,
                         GError               **error)
{
  g_autofree char *note = NULL;
  DossierDatabase *database;
  DossierAskChangeFlags created = DOSSIER_ASK_CHANGED_CREATED | DOSSIER_ASK_CHANGED_STATUS;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  database = database_of (self);

  if (!check_ask_spec (database, spec, error) || !dossier_database_begin (database, error))
    return NULL;
  id = insert_ask (database, spec, error);
  ok = id != 0;
  for (guint i = 0; ok && i < spec->n_tag_ids; i++)
    ok = insert_ask_tag (database, id, spec->tag_ids[i], error);
  for (guint i = 0; ok && i < spec->n_documents; i++)
    ok = upsert_ask_document (database, id, spec->documents[i].document_id,
                              spec->documents[i].page, error);
  if (spec->event_id != 0)
    created |= DOSSIER_ASK_CHANGED_EVENT;
  if (spec->due_date != NULL && *spec->due_date != '\0')
    created |= DOSSIER_ASK_CHANGED_DUE_DATE;
  if (spec->owner != NULL && *spec->owner != '\0')
    created |= DOSSIER_ASK_CHANGED_OWNER;
  if (spec->next_step != NULL && *spec->next_step != '\0')
    created |= DOSSIER_ASK_CHANGED_NEXT_STEP;
  note = trimmed_or_null (spec->note);
  ok = ok && append_history (database, id, created, note, error);
  if (!commit_or_rollback (self, ok, error))
    return NULL;
  return dossier_library_dup_ask (self, id, error);
}

/* The flags of @update whose values differ from @record's. */
static DossierAskChangeFlags
actual_changes (const DossierAskRecord *record,
                const DossierAskUpdate *update)
{
  DossierAskChangeFlags changed = 0;
  g_autofree char *due_date = trimmed_or_null (update->due_date);
  g_autofree char *owner = trimmed_or_null (update->owner);
  g_autofree char *next_step = trimmed_or_null (update->next_step);
  g_autofree char *text = trimmed_or_null (update->text);

  if ((update->changed & DOSSIER_ASK_CHANGED_STATUS) && update->status != record->status)
    changed |= DOSSIER_ASK_CHANGED_STATUS;
  if ((update->changed & DOSSIER_ASK_CHANGED_DUE_DATE) && g_strcmp0 (due_date, record->due_date))
    changed |= DOSSIER_ASK_CHANGED_DUE_DATE;
  if ((update->changed & DOSSIER_ASK_CHANGED_OWNER) && g_strcmp0 (owner, record->owner))
    changed |= DOSSIER_ASK_CHANGED_OWNER;
  if ((update->changed & DOSSIER_ASK_CHANGED_NEXT_STEP) && g_strcmp0 (next_step, record->next_step))
    changed |= DOSSIER_ASK_CHANGED_NEXT_STEP;
  if ((update->changed & DOSSIER_ASK_CHANGED_EVENT) && update->event_id != record->event_id)
    changed |= DOSSIER_ASK_CHANGED_EVENT;
  if ((update->changed & DOSSIER_ASK_CHANGED_TEXT) && g_strcmp0 (text, record->text))
    changed |= DOSSIER_ASK_CHANGED_TEXT;
  return changed;
}

static gboolean
check_ask_update (DossierDatabase         *database,
                  const DossierAskUpdate  *update,
                  GError                 **error)
{
  DossierAskChangeFlags changed = update->changed;
  g_autofree char *text = trimmed_or_null (update->text);

  if ((changed & DOSSIER_ASK_CHANGED_STATUS) && !check_status (update->status, error))
    return FALSE;
  if ((changed & DOSSIER_ASK_CHANGED_DUE_DATE) && !check_optional_date (update->due_date, error))
    return FALSE;
  if ((changed & DOSSIER_ASK_CHANGED_EVENT) && update->event_id != 0 &&
      !check_event_exists (database, update->event_id, error))
    return FALSE;
  if ((changed & DOSSIER_ASK_CHANGED_TEXT) && text == NULL)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("A follow-up needs the text of what was asked."));
      return FALSE;
    }
  return TRUE;
}

/* Each column keeps its value unless its flag (?8) is set. */
static gboolean
write_ask_fields (DossierDatabase         *database,
                  gint64                   ask_id,
                  DossierAskChangeFlags    changed,
                  const DossierAskUpdate  *update,
                  GError                 **error)
{
  g_autofree char *due_date = trimmed_or_null (update->due_date);
  g_autofree char *owner = trimmed_or_null (update->owner);
  g_autofree char *next_step = trimmed_or_null (update->next_step);
  g_autofree char *text = trimmed_or_null (update->text);
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
    "UPDATE asks SET"
    " status = CASE WHEN ?8 & 2 THEN ?2 ELSE status END,"
    " due_date = CASE WHEN ?8 & 4 THEN ?3 ELSE due_date END,"
    " owner = CASE WHEN ?8 & 8 THEN ?4 ELSE owner END,"
    " next_step = CASE WHEN ?8 & 16 THEN ?5 ELSE next_step END,"
    " event_id = CASE WHEN ?8 & 32 THEN ?6 ELSE event_id END,"
    " text = CASE WHEN ?8 & 64 THEN ?7 ELSE text END"
    " WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  G_STATIC_ASSERT (DOSSIER_ASK_CHANGED_STATUS == 2 && DOSSIER_ASK_CHANGED_DUE_DATE == 4 &&
                   DOSSIER_ASK_CHANGED_OWNER == 8 && DOSSIER_ASK_CHANGED_NEXT_STEP == 16 &&
                   DOSSIER_ASK_CHANGED_EVENT == 32 && DOSSIER_ASK_CHANGED_TEXT == 64);
  sqlite3_bind_int64 (statement, 1, ask_id);
  sqlite3_bind_text (statement, 2, dossier_ask_status_to_string (update->status), -1, SQLITE_STATIC);
  bind_text_or_null (statement, 3, due_date);
  bind_text_or_null (statement, 4, owner);
  bind_text_or_null (statement, 5, next_step);
  bind_id_or_null (statement, 6, update->event_id);
  bind_text_or_null (statement, 7, text);
  sqlite3_bind_int (statement, 8, (int) changed);
  return dossier_database_step_done (database, statement, error);
}

gboolean
dossier_library_update_ask (DossierLibrary          *self,
                            DossierAsk              *ask,
                            const DossierAskUpdate  *update,
                            GError                 **error)
{
  g_autoptr(DossierAsk) stored = NULL;
  const DossierAskRecord *record;
  g_autofree char *note = NULL;
  DossierDatabase *database;
  DossierAskChangeFlags changed;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), FALSE);
  g_return_val_if_fail (update != NULL, FALSE);
  database = database_of (self);

  if (!check_ask_update (database, update, error))
    return FALSE;
  stored = dossier_library_dup_ask (self, dossier_ask_get_id (ask), error);
  if (stored == NULL)
    return FALSE;
  record = dossier_ask_get_record (stored);
  id = record->id;
  changed = actual_changes (record, update);
  note = trimmed_or_null (update->note);
  /* Nothing changed and nothing to say: no entry in the history. */
  if (changed == 0 && note == NULL)
    return TRUE;

  if (!dossier_database_begin (database, error))
    return FALSE;
  ok = (changed == 0 || write_ask_fields (database, id, changed, update, error)) &&
       append_history (database, id, changed, note, error);
  return commit_or_rollback (self, ok, error);
}

gboolean
dossier_library_set_ask_status (DossierLibrary    *self,
                                DossierAsk        *ask,
                                DossierAskStatus   status,
                                const char        *note,
                                GError           **error)
{
  DossierAskUpdate update = { .changed = DOSSIER_ASK_CHANGED_STATUS, .status = status, .note = note };

  return dossier_library_update_ask (self, ask, &update, error);
}

gboolean
dossier_library_set_ask_due_date (DossierLibrary  *self,
                                  DossierAsk      *ask,
                                  const char      *due_date,
                                  const char      *note,
                                  GError         **error)
{
  DossierAskUpdate update = { .changed = DOSSIER_ASK_CHANGED_DUE_DATE, .due_date = due_date,
                              .note = note };

  return dossier_library_update_ask (self, ask, &update, error);
}

gboolean
dossier_library_set_ask_owner (DossierLibrary  *self,
                               DossierAsk      *ask,
                               const char      *owner,
                               const char      *note,
                               GError         **error)
{
  DossierAskUpdate update = { .changed = DOSSIER_ASK_CHANGED_OWNER, .owner = owner, .note = note };

  return dossier_library_update_ask (self, ask, &update, error);
}

gboolean
dossier_library_set_ask_next_step (DossierLibrary  *self,
                                   DossierAsk      *ask,
                                   const char      *next_step,
                                   const char      *note,
                                   GError         **error)
{
  DossierAskUpdate update = { .changed = DOSSIER_ASK_CHANGED_NEXT_STEP, .next_step = next_step,
                              .note = note };

  return dossier_library_update_ask (self, ask, &update, error);
}

gboolean
dossier_library_set_ask_tags (DossierLibrary  *self,
                              DossierAsk      *ask,
                              const gint64    *tag_ids,
                              guint            n_tag_ids,
                              GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), FALSE);
  database = database_of (self);

  for (guint i = 0; i < n_tag_ids; i++)
    if (!check_tag (database, tag_ids[i], error))
      return FALSE;
  if (!dossier_database_begin (database, error))
    return FALSE;
  statement = dossier_database_prepare (database, "DELETE FROM ask_tags WHERE ask_id = ?1", error);
  ok = statement != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, dossier_ask_get_id (ask));
      ok = dossier_database_step_done (database, statement, error);
    }
  for (guint i = 0; ok && i < n_tag_ids; i++)
    ok = insert_ask_tag (database, dossier_ask_get_id (ask), tag_ids[i], error);
  return commit_or_rollback (self, ok, error);
}

gboolean
dossier_library_add_ask_document (DossierLibrary  *self,
                                  DossierAsk      *ask,
                                  gint64           document_id,
                                  guint            page,
                                  GError         **error)
{
  DossierDatabase *database;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), FALSE);
  database = database_of (self);

  if (!check_document (database, document_id, error) ||
      !upsert_ask_document (database, dossier_ask_get_id (ask), document_id, page, error))
    return FALSE;
  dossier_library_reload_followups (self);
  return TRUE;
}

gboolean
dossier_library_remove_ask_document (DossierLibrary  *self,
                                     DossierAsk      *ask,
                                     gint64           document_id,
                                     GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), FALSE);
  database = database_of (self);

  statement = dossier_database_prepare (database,
                                        "DELETE FROM ask_documents"
                                        " WHERE ask_id = ?1 AND document_id = ?2", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_ask_get_id (ask));
  sqlite3_bind_int64 (statement, 2, document_id);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_reload_followups (self);
  return TRUE;
}

gboolean
dossier_library_delete_ask (DossierLibrary  *self,
                            DossierAsk      *ask,
                            GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ASK (ask), FALSE);
  database = database_of (self);

  /* Its history, tags and documents go with it (ON DELETE CASCADE). */
  statement = dossier_database_prepare (database, "DELETE FROM asks WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_ask_get_id (ask));
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_library_reload_followups (self);
  return TRUE;
}

/* ---- roll-over ---- */

static gboolean
move_ask (DossierDatabase         *database,
          const DossierAskRecord  *record,
          gint64                   event_id,
          GError                 **error)
{
  DossierAskUpdate update = { .changed = DOSSIER_ASK_CHANGED_EVENT, .event_id = event_id };

  if (!dossier_ask_status_is_open (record->status))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("“%s” is %s: only open follow-ups are carried over."),
                   record->text, dossier_ask_status_label (record->status));
      return FALSE;
    }
  return write_ask_fields (database, record->id, DOSSIER_ASK_CHANGED_EVENT, &update, error) &&
         append_history (database, record->id,
                         DOSSIER_ASK_CHANGED_EVENT | DOSSIER_ASK_CARRIED_OVER, NULL, error);
}

int
dossier_library_carry_over_asks (DossierLibrary     *self,
                                 DossierEvent       *event,
                                 DossierAsk * const *asks,
                                 guint               n_asks,
                                 GError            **error)
{
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  DossierDatabase *database;
  gint64 event_id;
  gboolean ok = TRUE;
  int moved = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), -1);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), -1);
  database = database_of (self);
  event_id = dossier_event_get_id (event);

  if (asks == NULL)
    {
      candidates = dossier_library_list_carry_over_asks (self, event, error);
      if (candidates == NULL)
        return -1;
      for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
        g_ptr_array_add (chosen, g_list_model_get_item (candidates, i));
    }
  else
    for (guint i = 0; i < n_asks; i++)
      g_ptr_array_add (chosen, g_object_ref (asks[i]));
  if (chosen->len == 0)
    return 0;

  if (!check_event_exists (database, event_id, error) || !dossier_database_begin (database, error))
    return -1;
  for (guint i = 0; ok && i < chosen->len; i++)
    {
      g_autoptr(DossierAsk) stored =
        dossier_library_dup_ask (self, dossier_ask_get_id (g_ptr_array_index (chosen, i)), error);

      ok = stored != NULL;
      /* Already there: carrying it again would only add a false entry. */
      if (ok && dossier_ask_get_event_id (stored) != event_id)
        {
          ok = move_ask (database, dossier_ask_get_record (stored), event_id, error);
          moved++;
        }
    }
  if (!commit_or_rollback (self, ok, error))
    return -1;
  return moved;
}
