/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The changes of dossier-tags.h that a window offers to undo: one tag put
 * on many documents, and a tag deleted. An undo puts back what was
 * recorded before the change, and leaves alone what the user decided
 * since. */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-tags.h"
#include "dossier-taxonomy.h"

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

/* Returns: 1 if the row @sql selects (binding ?1 to @id) exists, 0 if not,
 * -1 on error. */
static int
row_exists (DossierDatabase  *database,
            const char       *sql,
            gint64            id,
            GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);
  int rc, found;

  if (statement == NULL)
    return -1;
  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  found = rc == SQLITE_ROW;
  if (step_failed (database, statement, rc, error))
    return -1;
  return found;
}

static gboolean
check_documents (DossierDatabase  *database,
                 const gint64     *ids,
                 guint             n_ids,
                 GError          **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      int found = row_exists (database, "SELECT 1 FROM documents WHERE id = ?1", ids[i], error);

      if (found < 0)
        return FALSE;
      if (!found)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                       _("There is no document %lld in the library."), (long long) ids[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_tag (DossierDatabase  *database,
           gint64            tag_id,
           GError          **error)
{
  int found = row_exists (database, "SELECT 1 FROM tags WHERE id = ?1", tag_id, error);

  if (found < 0)
    return FALSE;
  if (!found)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no tag %lld in the library."), (long long) tag_id);
  return found;
}

/* ---- one tag, many documents ---- */

gboolean
dossier_library_tag_documents (DossierLibrary  *self,
                               const gint64    *ids,
                               guint            n_ids,
                               gint64           tag_id,
                               GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  database = database_of (self);
  if (!check_tag (database, tag_id, error) || !check_documents (database, ids, n_ids, error))
    return FALSE;
  if (n_ids == 0)
    return TRUE;

  if (!dossier_database_begin (database, error))
    return FALSE;
  /* As dossier_library_set_document_tags(): a confirmed suggestion keeps
   * its origin, anything else is the user's own. */
  statement = dossier_database_prepare (database,
                                        "INSERT INTO document_tags (document_id, tag_id, origin, state)"
                                        " VALUES (?1, ?2, 'manual', 'accepted')"
                                        " ON CONFLICT (document_id, tag_id) DO UPDATE SET"
                                        " origin = CASE WHEN state = 'rejected' THEN 'manual'"
                                        "  ELSE origin END,"
                                        " state = 'accepted'", error);
  if (statement == NULL)
    goto failed;
  for (guint i = 0; i < n_ids; i++)
    {
      sqlite3_bind_int64 (statement, 1, ids[i]);
      sqlite3_bind_int64 (statement, 2, tag_id);
      if (!dossier_database_step_done (database, statement, error))
        goto failed;
    }
  if (!dossier_database_commit (database, error))
    goto failed;
  dossier_library_emit_changed_later (self);
  return TRUE;

failed:
  dossier_database_rollback (database);
  return FALSE;
}

typedef struct
{
  gint64           document_id;
  gboolean         present;    /* the document had a row for the tag */
  DossierTagOrigin origin;
  DossierTagState  state;
} TagState;

struct _DossierTagStates
{
  gint64  tag_id;
  GArray *states;   /* TagState */
};

void
dossier_tag_states_free (DossierTagStates *states)
{
  if (states == NULL)
    return;
  g_array_unref (states->states);
  g_free (states);
}

DossierTagStates *
dossier_library_dup_tag_states (DossierLibrary  *self,
                                const gint64    *ids,
                                guint            n_ids,
                                gint64           tag_id,
                                GError         **error)
{
  DossierDatabase *database;
  g_autoptr(DossierTagStates) states = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  database = database_of (self);
  states = g_new0 (DossierTagStates, 1);
  states->tag_id = tag_id;
  states->states = g_array_sized_new (FALSE, FALSE, sizeof (TagState), n_ids);
  statement = dossier_database_prepare (database,
                                        "SELECT origin, state FROM document_tags"
                                        " WHERE document_id = ?1 AND tag_id = ?2", error);
  if (statement == NULL)
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      TagState state = { ids[i], FALSE, DOSSIER_TAG_ORIGIN_MANUAL, DOSSIER_TAG_REJECTED };
      int rc;

      sqlite3_bind_int64 (statement, 1, ids[i]);
      sqlite3_bind_int64 (statement, 2, tag_id);
      rc = sqlite3_step (statement);
      if (rc == SQLITE_ROW)
        {
          state.present = TRUE;
          dossier_tag_origin_from_string ((const char *) sqlite3_column_text (statement, 0),
                                          &state.origin);
          dossier_tag_state_from_string ((const char *) sqlite3_column_text (statement, 1),
                                         &state.state);
        }
      if (step_failed (database, statement, rc, error))
        return NULL;
      g_array_append_val (states->states, state);
    }
  return g_steal_pointer (&states);
}

static gboolean
is_changing (const TagState *state)
{
  return !state->present || state->state != DOSSIER_TAG_ACCEPTED;
}

guint
dossier_tag_states_count_changing (const DossierTagStates *states)
{
  guint n = 0;

  g_return_val_if_fail (states != NULL, 0);

  for (guint i = 0; i < states->states->len; i++)
    n += is_changing (&g_array_index (states->states, TagState, i));
  return n;
}

static gboolean
restore_state (DossierDatabase  *database,
               gint64            tag_id,
               const TagState   *state,
               GError          **error)
{
  sqlite3_stmt *statement;

  if (!state->present)
    {
      statement = dossier_database_prepare (database,
                                            "DELETE FROM document_tags WHERE document_id = ?1"
                                            " AND tag_id = ?2 AND state = 'accepted'", error);
      if (statement == NULL)
        return FALSE;
    }
  else
    {
      statement = dossier_database_prepare (database,
                                            "UPDATE document_tags SET origin = ?3, state = ?4"
                                            " WHERE document_id = ?1 AND tag_id = ?2"
                                            " AND state = 'accepted'", error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_text (statement, 3, dossier_tag_origin_to_string (state->origin), -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (statement, 4, dossier_tag_state_to_string (state->state), -1,
                         SQLITE_STATIC);
    }
  sqlite3_bind_int64 (statement, 1, state->document_id);
  sqlite3_bind_int64 (statement, 2, tag_id);
  return dossier_database_step_done (database, statement, error);
}

gboolean
dossier_library_restore_tag_states (DossierLibrary          *self,
                                    const DossierTagStates  *states,
                                    GError                 **error)
{
  DossierDatabase *database;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (states != NULL, FALSE);

  database = database_of (self);
  if (!dossier_database_begin (database, error))
    return FALSE;
  for (guint i = 0; i < states->states->len; i++)
    {
      const TagState *state = &g_array_index (states->states, TagState, i);

      if (is_changing (state) && !restore_state (database, states->tag_id, state, error))
        {
          dossier_database_rollback (database);
          return FALSE;
        }
    }
  if (!dossier_database_commit (database, error))
    return FALSE;
  dossier_library_emit_changed_later (self);
  return TRUE;
}

/* ---- a deleted tag ---- */

typedef struct
{
  gint64           document_id;
  DossierTagOrigin origin;
  DossierTagState  state;
} DocumentTagRow;

struct _DossierTagSnapshot
{
  DossierTag *tag;          /* owned: the row and the aliases */
  GPtrArray  *rules;        /* DossierTagRule */
  GArray     *documents;    /* DocumentTagRow */
  GArray     *children;     /* gint64 */
};

void
dossier_tag_snapshot_free (DossierTagSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_clear_object (&snapshot->tag);
  g_clear_pointer (&snapshot->rules, g_ptr_array_unref);
  g_clear_pointer (&snapshot->documents, g_array_unref);
  g_clear_pointer (&snapshot->children, g_array_unref);
  g_free (snapshot);
}

const char *
dossier_tag_snapshot_get_name (const DossierTagSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return dossier_tag_get_name (snapshot->tag);
}

static gboolean
read_document_rows (DossierDatabase     *database,
                    DossierTagSnapshot  *snapshot,
                    GError             **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT document_id, origin, state FROM document_tags"
                                        " WHERE tag_id = ?1 ORDER BY document_id", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (snapshot->tag));
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DocumentTagRow row = { sqlite3_column_int64 (statement, 0), 0, 0 };

      dossier_tag_origin_from_string ((const char *) sqlite3_column_text (statement, 1),
                                      &row.origin);
      dossier_tag_state_from_string ((const char *) sqlite3_column_text (statement, 2),
                                     &row.state);
      g_array_append_val (snapshot->documents, row);
    }
  return !step_failed (database, statement, rc, error);
}

static gboolean
read_children (DossierDatabase     *database,
               DossierTagSnapshot  *snapshot,
               GError             **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT id FROM tags WHERE parent_id = ?1 ORDER BY id",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (snapshot->tag));
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (snapshot->children, id);
    }
  return !step_failed (database, statement, rc, error);
}

DossierTagSnapshot *
dossier_library_snapshot_tag (DossierLibrary  *self,
                              DossierTag      *tag,
                              GError         **error)
{
  DossierDatabase *database;
  g_autoptr(DossierTagSnapshot) snapshot = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), NULL);

  database = database_of (self);
  snapshot = g_new0 (DossierTagSnapshot, 1);
  snapshot->documents = g_array_new (FALSE, FALSE, sizeof (DocumentTagRow));
  snapshot->children = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* As stored, not as the caller's object may have it. */
  snapshot->tag = dossier_library_find_tag (self, dossier_tag_get_id (tag), error);
  if (snapshot->tag == NULL)
    return NULL;
  snapshot->rules = dossier_library_list_tag_rules (self, snapshot->tag, error);
  if (snapshot->rules == NULL ||
      !read_document_rows (database, snapshot, error) ||
      !read_children (database, snapshot, error))
    return NULL;
  return g_steal_pointer (&snapshot);
}

/* The parent the tag had, if it is still there and in the tag's facet. */
static gint64
surviving_parent (DossierLibrary *self,
                  DossierTag     *tag)
{
  gint64 parent_id = dossier_tag_get_parent_id (tag);
  g_autoptr(DossierTag) parent = NULL;

  if (parent_id <= 0)
    return 0;
  parent = dossier_library_find_tag (self, parent_id, NULL);
  if (parent == NULL || g_strcmp0 (dossier_tag_get_facet (parent), dossier_tag_get_facet (tag)))
    return 0;
  return parent_id;
}

/* Case and composition folded, as dossier-tags-edit.c compares names. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal ? normal : text, -1);
}

static gboolean
check_name_free (DossierDatabase  *database,
                 DossierTag       *tag,
                 GError          **error)
{
  g_autofree char *wanted = fold (dossier_tag_get_name (tag));
  sqlite3_stmt *statement;
  gboolean taken = FALSE;
  int rc;

  statement = dossier_database_prepare (database, "SELECT name FROM tags WHERE facet = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, dossier_tag_get_facet (tag), -1, SQLITE_TRANSIENT);
  while (!taken && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autofree char *folded = fold ((const char *) sqlite3_column_text (statement, 0));

      taken = g_str_equal (folded, wanted);
    }
  if (taken)
    {
      sqlite3_reset (statement);
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                   _("“%s” cannot come back: there is a tag of that name in the facet “%s” now."),
                   dossier_tag_get_name (tag), dossier_tag_get_facet (tag));
      return FALSE;
    }
  return !step_failed (database, statement, rc, error);
}

/* Returns: the id of the tag's row, inserted again, or 0 on error. */
static gint64
insert_tag_row (DossierDatabase  *database,
                DossierTag       *tag,
                gint64            parent_id,
                GError          **error)
{
  sqlite3_stmt *statement;
  int taken = row_exists (database, "SELECT 1 FROM tags WHERE id = ?1", dossier_tag_get_id (tag),
                          error);

  if (taken < 0)
    return 0;
  statement = dossier_database_prepare (database,
                                        "INSERT INTO tags (id, key, name, facet, parent_id, colour,"
                                        " description, confidential)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (statement == NULL)
    return 0;
  /* A tag made since the deletion may have been given the old id. */
  if (taken)
    sqlite3_bind_null (statement, 1);
  else
    sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (tag));
  sqlite3_bind_text (statement, 2, dossier_tag_get_key (tag), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, dossier_tag_get_name (tag), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, dossier_tag_get_facet (tag), -1, SQLITE_TRANSIENT);
  if (parent_id > 0)
    sqlite3_bind_int64 (statement, 5, parent_id);
  else
    sqlite3_bind_null (statement, 5);
  sqlite3_bind_text (statement, 6, dossier_tag_get_colour (tag), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, dossier_tag_get_description (tag), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 8, dossier_tag_get_confidential (tag) ? 1 : 0);
  if (!dossier_database_step_done (database, statement, error))
    return 0;
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

static gboolean
insert_aliases (DossierDatabase  *database,
                DossierTag       *tag,
                gint64            id,
                GError          **error)
{
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO tag_aliases (tag_id, alias)"
                                        " VALUES (?1, ?2)", error);
  if (statement == NULL)
    return FALSE;
  for (const char * const *alias = dossier_tag_get_aliases (tag); *alias != NULL; alias++)
    {
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_text (statement, 2, *alias, -1, SQLITE_TRANSIENT);
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_rules (DossierDatabase  *database,
              GPtrArray        *rules,
              gint64            id,
              GError          **error)
{
  sqlite3_stmt *statement;

  /* Rules keep their ids, unless a rule made since took one. */
  statement = dossier_database_prepare (database,
                                        "INSERT INTO tag_rules (id, tag_id, pattern, mode)"
                                        " VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM tag_rules"
                                        "  WHERE id = ?1) THEN NULL ELSE ?1 END), ?2, ?3, ?4)",
                                        error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < rules->len; i++)
    {
      DossierTagRule *rule = g_ptr_array_index (rules, i);

      sqlite3_bind_int64 (statement, 1, rule->id);
      sqlite3_bind_int64 (statement, 2, id);
      sqlite3_bind_text (statement, 3, rule->pattern, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 4, dossier_rule_mode_to_string (rule->mode), -1,
                         SQLITE_STATIC);
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_document_rows (DossierDatabase  *database,
                      GArray           *documents,
                      gint64            id,
                      GError          **error)
{
  sqlite3_stmt *statement;

  /* A document purged since is not brought back with its tag. */
  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO document_tags"
                                        " (document_id, tag_id, origin, state)"
                                        " SELECT ?1, ?2, ?3, ?4"
                                        " WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
                                        error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < documents->len; i++)
    {
      DocumentTagRow *row = &g_array_index (documents, DocumentTagRow, i);

      sqlite3_bind_int64 (statement, 1, row->document_id);
      sqlite3_bind_int64 (statement, 2, id);
      sqlite3_bind_text (statement, 3, dossier_tag_origin_to_string (row->origin), -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (statement, 4, dossier_tag_state_to_string (row->state), -1,
                         SQLITE_STATIC);
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

/* The children went to the tag's parent; those still there come back. */
static gboolean
adopt_children (DossierDatabase  *database,
                DossierTag       *tag,
                GArray           *children,
                gint64            id,
                GError          **error)
{
  sqlite3_stmt *statement;
  gint64 old_parent = dossier_tag_get_parent_id (tag);

  statement = dossier_database_prepare (database,
                                        "UPDATE tags SET parent_id = ?1 WHERE id = ?2"
                                        " AND parent_id IS ?3 AND facet = ?4", error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    {
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_int64 (statement, 2, g_array_index (children, gint64, i));
      if (old_parent > 0)
        sqlite3_bind_int64 (statement, 3, old_parent);
      else
        sqlite3_bind_null (statement, 3);
      sqlite3_bind_text (statement, 4, dossier_tag_get_facet (tag), -1, SQLITE_TRANSIENT);
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

DossierTag *
dossier_library_restore_tag (DossierLibrary            *self,
                             const DossierTagSnapshot  *snapshot,
                             GError                   **error)
{
  DossierDatabase *database;
  DossierTag *tag;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (snapshot != NULL, NULL);

  database = database_of (self);
  tag = snapshot->tag;
  if (!check_name_free (database, tag, error))
    return NULL;
  if (!dossier_database_begin (database, error))
    return NULL;
  if (!dossier_taxonomy_restore_key (database, dossier_tag_get_key (tag), error) ||
      (id = insert_tag_row (database, tag, surviving_parent (self, tag), error)) == 0 ||
      !insert_aliases (database, tag, id, error) ||
      !insert_rules (database, snapshot->rules, id, error) ||
      !insert_document_rows (database, snapshot->documents, id, error) ||
      !adopt_children (database, tag, snapshot->children, id, error) ||
      !dossier_database_commit (database, error))
    {
      dossier_database_rollback (database);
      return NULL;
    }

  dossier_library_emit_tags_changed (self);
  dossier_library_emit_changed_later (self);
  return dossier_library_find_tag (self, id, error);
}
