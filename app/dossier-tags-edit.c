/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The changes of dossier-tags.h: tags, their aliases and rules, and the
 * tags of documents. */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-tags.h"
#include "dossier-taxonomy.h"

#define MAX_NAME_LENGTH 200
#define MAX_FACET_LENGTH 40

static DossierDatabase *
database_of (DossierLibrary *self)
{
  return dossier_library_get_database (self);
}

/* Case and composition folded, to compare names as a user would. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal ? normal : text, -1);
}

static gboolean
names_equal (const char *a,
             const char *b)
{
  g_autofree char *fa = fold (a);
  g_autofree char *fb = fold (b);

  return g_str_equal (fa, fb);
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

/* ---- validation ---- */

static char *
normalise_text (const char  *text,
                guint        max_length,
                const char  *empty_message,
                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE, empty_message);
      return NULL;
    }
  for (const char *p = trimmed; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                     _("“%s” has a line break or a control character; write it on one line."),
                     trimmed);
        return NULL;
      }
  if (g_utf8_strlen (trimmed, -1) > max_length)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("“%.40s…” is too long: at most %u characters."), trimmed, max_length);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

static char *
normalise_name (const char  *name,
                GError     **error)
{
  return normalise_text (name, MAX_NAME_LENGTH, _("A tag needs a name."), error);
}

/* Facets are lower case: "issue", "donor", "un-body". */
static char *
normalise_facet (const char  *facet,
                 GError     **error)
{
  g_autofree char *trimmed = normalise_text (facet, MAX_FACET_LENGTH,
                                             _("A tag needs a facet (issue, case, organisation, "
                                               "institution, process, country, or one of your own)."),
                                             error);
  g_autofree char *lower = NULL;

  if (trimmed == NULL)
    return NULL;
  lower = g_utf8_strdown (trimmed, -1);
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && c != '-' && c != '_' && c != ' ')
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                       _("“%s” is not a facet name: use letters, digits and hyphens, "
                         "e.g. issue, country, un-body."), trimmed);
          return NULL;
        }
    }
  return g_steal_pointer (&lower);
}

static gboolean
validate_key (const char  *key,
              GError     **error)
{
  gboolean ok = key != NULL && *key != '\0' && strlen (key) <= 64;

  for (const char *p = key; ok && *p; p++)
    ok = g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-';
  if (!ok)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                 _("“%s” is not a tag key: use lower-case letters, digits and hyphens, "
                   "e.g. media-freedom."), key ? key : "");
  return ok;
}

/* "#rrggbb" in lower case, from "#rgb" or "#rrggbb". */
static char *
normalise_colour (const char  *colour,
                  GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (colour));
  gsize length = strlen (trimmed);
  gboolean ok = trimmed[0] == '#' && (length == 4 || length == 7);

  for (gsize i = 1; ok && i < length; i++)
    ok = g_ascii_isxdigit (trimmed[i]);
  if (!ok)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("“%s” is not a colour; write it as #rrggbb, e.g. #3584e4."), trimmed);
      return NULL;
    }
  if (length == 4)
    return g_ascii_strdown ((char[]) { '#', trimmed[1], trimmed[1], trimmed[2], trimmed[2],
                                       trimmed[3], trimmed[3], '\0' }, -1);
  return g_ascii_strdown (trimmed, -1);
}

static char *
normalise_description (const char *description)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (description ? description : ""));

  return *trimmed ? g_steal_pointer (&trimmed) : NULL;
}

/* A rule is stored only if the matcher can use it. */
static gboolean
validate_rule (DossierRuleMode   mode,
               const char       *pattern,
               GError          **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (pattern ? pattern : ""));
  g_autoptr(DossierMatcher) matcher = NULL;

  if (mode < DOSSIER_RULE_ANY_WORD || mode > DOSSIER_RULE_REGEX)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("A rule matches any word, all words, a phrase or a regular "
                             "expression (any, all, phrase, regex)."));
      return FALSE;
    }
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                           _("A rule needs a pattern: the words to look for."));
      return FALSE;
    }
  matcher = dossier_matcher_new (mode, trimmed, error);
  return matcher != NULL;
}

/* Reads the tag's row again into @tag, for what a change made elsewhere. */
static gboolean
refresh_tag (DossierLibrary  *self,
             DossierTag      *tag,
             GError         **error)
{
  g_autoptr(DossierTag) fresh = dossier_library_find_tag (self, dossier_tag_get_id (tag), error);

  if (fresh == NULL)
    return FALSE;
  dossier_tag_set_name (tag, dossier_tag_get_name (fresh));
  dossier_tag_set_facet (tag, dossier_tag_get_facet (fresh));
  dossier_tag_set_parent_id (tag, dossier_tag_get_parent_id (fresh));
  dossier_tag_set_colour (tag, dossier_tag_get_colour (fresh));
  dossier_tag_set_description (tag, dossier_tag_get_description (fresh));
  dossier_tag_set_confidential (tag, dossier_tag_get_confidential (fresh));
  dossier_tag_set_aliases (tag, dossier_tag_get_aliases (fresh));
  return TRUE;
}

/* ---- changing tags ---- */

static gboolean
check_name_free (DossierLibrary  *self,
                 const char      *facet,
                 const char      *name,
                 gint64           except_id,
                 GError         **error)
{
  DossierDatabase *database = database_of (self);
  g_autofree char *wanted = fold (name);
  sqlite3_stmt *statement;
  gint64 taken = 0;
  int rc;

  statement = dossier_database_prepare (database, "SELECT id, name FROM tags WHERE facet = ?1",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, facet, -1, SQLITE_TRANSIENT);
  while (taken == 0 && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autofree char *folded = fold ((const char *) sqlite3_column_text (statement, 1));

      if (sqlite3_column_int64 (statement, 0) != except_id && g_str_equal (folded, wanted))
        taken = sqlite3_column_int64 (statement, 0);
    }
  if (taken == 0 && step_failed (database, statement, rc, error))
    return FALSE;
  sqlite3_reset (statement);
  if (taken != 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                   _("There is already a tag “%s” in the facet “%s” (tag %lld)."),
                   name, facet, (long long) taken);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_with_ids (DossierLibrary  *self,
              const char      *sql,
              gint64           first,
              gint64           second,
              GError         **error)
{
  DossierDatabase *database = database_of (self);
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, first);
  if (sqlite3_bind_parameter_count (statement) >= 2)
    sqlite3_bind_int64 (statement, 2, second);
  return dossier_database_step_done (database, statement, error);
}

static gboolean
insert_alias (DossierLibrary  *self,
              gint64           tag_id,
              const char      *name,
              const char      *alias,
              GError         **error)
{
  DossierDatabase *database = database_of (self);
  g_autofree char *trimmed = normalise_text (alias, MAX_NAME_LENGTH,
                                             _("An alias cannot be empty."), error);
  sqlite3_stmt *statement;

  if (trimmed == NULL)
    return FALSE;
  if (names_equal (trimmed, name))
    return TRUE;
  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO tag_aliases (tag_id, alias)"
                                        " VALUES (?1, ?2)", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, tag_id);
  sqlite3_bind_text (statement, 2, trimmed, -1, SQLITE_TRANSIENT);
  return dossier_database_step_done (database, statement, error);
}

/* Returns: the rule's id, 0 if the tag has it already, -1 on error. */
static gint64
insert_rule (DossierLibrary   *self,
             gint64            tag_id,
             DossierRuleMode   mode,
             const char       *pattern,
             GError          **error)
{
  DossierDatabase *database = database_of (self);
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *statement;

  if (!validate_rule (mode, pattern, error))
    return -1;
  trimmed = g_strstrip (g_strdup (pattern));
  statement = dossier_database_prepare (database,
                                        "INSERT INTO tag_rules (tag_id, pattern, mode)"
                                        " SELECT ?1, ?2, ?3 WHERE NOT EXISTS"
                                        " (SELECT 1 FROM tag_rules WHERE tag_id = ?1"
                                        "  AND pattern = ?2 AND mode = ?3)", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_int64 (statement, 1, tag_id);
  sqlite3_bind_text (statement, 2, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, dossier_rule_mode_to_string (mode), -1, SQLITE_STATIC);
  if (!dossier_database_step_done (database, statement, error))
    return -1;
  if (sqlite3_changes (dossier_database_get_handle (database)) == 0)
    return 0;
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

static gboolean
check_parent (DossierLibrary  *self,
              DossierTag      *parent,
              const char      *facet,
              GError         **error)
{
  if (g_str_equal (dossier_tag_get_facet (parent), facet))
    return TRUE;
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("“%s” is in the facet “%s”; a tag's parent must be in the tag's own facet "
                 "(“%s”)."),
               dossier_tag_get_name (parent), dossier_tag_get_facet (parent), facet);
  return FALSE;
}

#define SPEC_RULE_MODE(spec, i) ((spec)->rule_modes ? (spec)->rule_modes[i] : (spec)->rule_mode)

DossierTag *
dossier_library_create_tag (DossierLibrary        *self,
                            const DossierTagSpec  *spec,
                            GError               **error)
{
  DossierDatabase *database;
  g_autofree char *name = NULL;
  g_autofree char *facet = NULL;
  g_autofree char *colour = NULL;
  g_autofree char *description = NULL;
  g_autoptr(DossierTag) parent = NULL;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  database = database_of (self);
  if ((name = normalise_name (spec->name, error)) == NULL ||
      (facet = normalise_facet (spec->facet, error)) == NULL)
    return NULL;
  if (spec->key != NULL)
    {
      g_autoptr(DossierTag) same_key = NULL;

      if (!validate_key (spec->key, error))
        return NULL;
      same_key = dossier_library_find_tag_by_key (self, spec->key, NULL);
      if (same_key != NULL)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                       _("The key “%s” is taken by the tag “%s”."), spec->key,
                       dossier_tag_get_name (same_key));
          return NULL;
        }
    }
  if (spec->parent_id > 0)
    {
      parent = dossier_library_find_tag (self, spec->parent_id, error);
      if (parent == NULL || !check_parent (self, parent, facet, error))
        return NULL;
    }
  if (spec->colour != NULL && (colour = normalise_colour (spec->colour, error)) == NULL)
    return NULL;
  if (colour == NULL)
    colour = g_strdup (parent ? dossier_tag_get_colour (parent) : NULL);
  if (colour == NULL)
    colour = g_strdup (dossier_tag_default_colour (facet));
  description = normalise_description (spec->description);
  for (guint i = 0; spec->rules != NULL && spec->rules[i] != NULL; i++)
    if (!validate_rule (SPEC_RULE_MODE (spec, i), spec->rules[i], error))
      return NULL;
  if (!check_name_free (self, facet, name, 0, error))
    return NULL;

  if (!dossier_database_begin (database, error))
    return NULL;
  statement = dossier_database_prepare (database,
                                        "INSERT INTO tags (key, name, facet, parent_id, colour,"
                                        " description, confidential)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (statement == NULL)
    goto failed;
  sqlite3_bind_text (statement, 1, spec->key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, facet, -1, SQLITE_TRANSIENT);
  if (parent != NULL)
    sqlite3_bind_int64 (statement, 4, dossier_tag_get_id (parent));
  else
    sqlite3_bind_null (statement, 4);
  sqlite3_bind_text (statement, 5, colour, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, description, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 7, spec->confidential ? 1 : 0);
  if (!dossier_database_step_done (database, statement, error))
    goto failed;
  id = sqlite3_last_insert_rowid (dossier_database_get_handle (database));
  for (guint i = 0; spec->aliases != NULL && spec->aliases[i] != NULL; i++)
    if (!insert_alias (self, id, name, spec->aliases[i], error))
      goto failed;
  for (guint i = 0; spec->rules != NULL && spec->rules[i] != NULL; i++)
    if (insert_rule (self, id, SPEC_RULE_MODE (spec, i), spec->rules[i], error) < 0)
      goto failed;
  if (!dossier_database_commit (database, error))
    goto failed;

  dossier_library_emit_tags_changed (self);
  return dossier_library_find_tag (self, id, error);

failed:
  dossier_database_rollback (database);
  return NULL;
}

gboolean
dossier_library_rename_tag (DossierLibrary  *self,
                            DossierTag      *tag,
                            const char      *name,
                            GError         **error)
{
  g_autofree char *trimmed = NULL;
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  database = database_of (self);
  if ((trimmed = normalise_name (name, error)) == NULL ||
      !check_name_free (self, dossier_tag_get_facet (tag), trimmed, dossier_tag_get_id (tag),
                        error))
    return FALSE;
  statement = dossier_database_prepare (database, "UPDATE tags SET name = ?1 WHERE id = ?2",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, dossier_tag_get_id (tag));
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_tag_set_name (tag, trimmed);
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

static gboolean
update_text_column (DossierLibrary  *self,
                    DossierTag      *tag,
                    const char      *sql,
                    const char      *value,
                    GError         **error)
{
  DossierDatabase *database = database_of (self);
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, dossier_tag_get_id (tag));
  return dossier_database_step_done (database, statement, error);
}

gboolean
dossier_library_set_tag_colour (DossierLibrary  *self,
                                DossierTag      *tag,
                                const char      *colour,
                                GError         **error)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  if (colour != NULL && (normal = normalise_colour (colour, error)) == NULL)
    return FALSE;
  if (normal == NULL)
    normal = g_strdup (dossier_tag_default_colour (dossier_tag_get_facet (tag)));
  if (!update_text_column (self, tag, "UPDATE tags SET colour = ?1 WHERE id = ?2", normal, error))
    return FALSE;
  dossier_tag_set_colour (tag, normal);
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

gboolean
dossier_library_set_tag_description (DossierLibrary  *self,
                                     DossierTag      *tag,
                                     const char      *description,
                                     GError         **error)
{
  g_autofree char *normal = normalise_description (description);

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  if (!update_text_column (self, tag, "UPDATE tags SET description = ?1 WHERE id = ?2", normal,
                           error))
    return FALSE;
  dossier_tag_set_description (tag, normal);
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

gboolean
dossier_library_set_tag_confidential (DossierLibrary  *self,
                                      DossierTag      *tag,
                                      gboolean         confidential,
                                      GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  if (!run_with_ids (self, "UPDATE tags SET confidential = ?1 WHERE id = ?2",
                     confidential ? 1 : 0, dossier_tag_get_id (tag), error))
    return FALSE;
  dossier_tag_set_confidential (tag, confidential);
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

/* Returns: 1 if @ancestor_id is @id or above it in the tree, 0 if not, -1
 * on error. */
static int
is_under (DossierLibrary  *self,
          gint64           id,
          gint64           ancestor_id,
          GError         **error)
{
  DossierDatabase *database = database_of (self);
  sqlite3_stmt *statement;
  int rc, found = 0;

  /* UNION, not UNION ALL: a loop already in the table ends the walk. */
  statement = dossier_database_prepare (database,
                                        "WITH RECURSIVE up (id) AS ("
                                        "  SELECT ?1"
                                        "  UNION SELECT tags.parent_id FROM tags JOIN up"
                                        "   ON tags.id = up.id WHERE tags.parent_id IS NOT NULL)"
                                        " SELECT count(*) FROM up WHERE id = ?2", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_int64 (statement, 2, ancestor_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    found = sqlite3_column_int (statement, 0) > 0;
  if (step_failed (database, statement, rc, error))
    return -1;
  return found;
}

gboolean
dossier_library_move_tag (DossierLibrary  *self,
                          DossierTag      *tag,
                          DossierTag      *parent,
                          GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;
  gint64 parent_id = parent ? dossier_tag_get_id (parent) : 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);
  g_return_val_if_fail (parent == NULL || DOSSIER_IS_TAG (parent), FALSE);

  database = database_of (self);
  if (parent != NULL)
    {
      int under;

      if (!check_parent (self, parent, dossier_tag_get_facet (tag), error))
        return FALSE;
      under = is_under (self, parent_id, dossier_tag_get_id (tag), error);
      if (under < 0)
        return FALSE;
      if (under)
        {
          if (parent_id == dossier_tag_get_id (tag))
            g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                         _("A tag cannot go under itself."));
          else
            g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                         _("“%s” cannot go under “%s”, which is one of its own sub-tags."),
                         dossier_tag_get_name (tag), dossier_tag_get_name (parent));
          return FALSE;
        }
    }
  statement = dossier_database_prepare (database, "UPDATE tags SET parent_id = ?1 WHERE id = ?2",
                                        error);
  if (statement == NULL)
    return FALSE;
  if (parent_id > 0)
    sqlite3_bind_int64 (statement, 1, parent_id);
  else
    sqlite3_bind_null (statement, 1);
  sqlite3_bind_int64 (statement, 2, dossier_tag_get_id (tag));
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  dossier_tag_set_parent_id (tag, parent_id);
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

/* accepted > rejected (a decision) > suggested */
#define STATE_RANK(t) "(CASE " t " WHEN 'accepted' THEN 3 WHEN 'rejected' THEN 2 ELSE 1 END)"

gboolean
dossier_library_merge_tags (DossierLibrary  *self,
                            DossierTag      *from,
                            DossierTag      *into,
                            GError         **error)
{
  static const char * const steps[] = {
    /* @into under @from: it takes @from's place first, so that @from's
     * children can go under it without a loop. */
    "UPDATE tags SET parent_id = (SELECT parent_id FROM tags WHERE id = ?1)"
    " WHERE id = ?2 AND ?2 IN (WITH RECURSIVE down (id) AS ("
    "  SELECT id FROM tags WHERE parent_id = ?1"
    "  UNION SELECT tags.id FROM tags JOIN down ON tags.parent_id = down.id)"
    " SELECT id FROM down)",
    "UPDATE tags SET parent_id = ?2 WHERE parent_id = ?1 AND id != ?2"
    " AND facet = (SELECT facet FROM tags WHERE id = ?2)",
    /* Documents that had both: the stronger state, and its origin. */
    "UPDATE document_tags AS b SET"
    " state = CASE WHEN " STATE_RANK ("a.state") " > " STATE_RANK ("b.state")
    "  THEN a.state ELSE b.state END,"
    " origin = CASE WHEN " STATE_RANK ("a.state") " > " STATE_RANK ("b.state") " THEN a.origin"
    "  WHEN " STATE_RANK ("a.state") " < " STATE_RANK ("b.state") " THEN b.origin"
    "  WHEN a.origin = 'manual' OR b.origin = 'manual' THEN 'manual' ELSE 'rule' END"
    " FROM document_tags AS a"
    " WHERE a.tag_id = ?1 AND b.tag_id = ?2 AND a.document_id = b.document_id",
    "UPDATE document_tags SET tag_id = ?2 WHERE tag_id = ?1 AND NOT EXISTS"
    " (SELECT 1 FROM document_tags AS b WHERE b.tag_id = ?2"
    "  AND b.document_id = document_tags.document_id)",
    "INSERT OR IGNORE INTO tag_aliases (tag_id, alias)"
    " SELECT ?2, alias FROM tag_aliases WHERE tag_id = ?1",
    "INSERT OR IGNORE INTO tag_aliases (tag_id, alias) SELECT ?2, name FROM tags WHERE id = ?1",
    "DELETE FROM tag_aliases WHERE tag_id = ?2"
    " AND alias = (SELECT name FROM tags WHERE id = ?2) COLLATE NOCASE",
    "UPDATE tag_rules SET tag_id = ?2 WHERE tag_id = ?1 AND NOT EXISTS"
    " (SELECT 1 FROM tag_rules AS b WHERE b.tag_id = ?2"
    "  AND b.pattern = tag_rules.pattern AND b.mode = tag_rules.mode)",
    /* Follow-ups keep their issues and cases, events their country. */
    "INSERT OR IGNORE INTO ask_tags (ask_id, tag_id) SELECT ask_id, ?2 FROM ask_tags"
    " WHERE tag_id = ?1",
    "UPDATE events SET country_tag_id = ?2 WHERE country_tag_id = ?1",
    "DELETE FROM tags WHERE id = ?1",
  };
  DossierDatabase *database;
  gint64 from_id, into_id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (from), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (into), FALSE);

  database = database_of (self);
  from_id = dossier_tag_get_id (from);
  into_id = dossier_tag_get_id (into);
  if (from_id == into_id)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("A tag cannot be merged into itself."));
      return FALSE;
    }

  if (!dossier_database_begin (database, error))
    return FALSE;
  if (!dossier_taxonomy_forget_key (database, dossier_tag_get_key (from), error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (!run_with_ids (self, steps[i], from_id, into_id, error))
      goto failed;
  if (!dossier_database_commit (database, error))
    goto failed;

  refresh_tag (self, into, NULL);
  dossier_library_emit_tags_changed (self);
  dossier_library_emit_changed_later (self);
  return TRUE;

failed:
  dossier_database_rollback (database);
  return FALSE;
}

gboolean
dossier_library_delete_tag (DossierLibrary  *self,
                            DossierTag      *tag,
                            GError         **error)
{
  DossierDatabase *database;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  database = database_of (self);
  id = dossier_tag_get_id (tag);
  if (!dossier_database_begin (database, error))
    return FALSE;
  if (!dossier_taxonomy_forget_key (database, dossier_tag_get_key (tag), error) ||
      !run_with_ids (self, "UPDATE tags SET parent_id = (SELECT parent_id FROM tags WHERE id = ?1)"
                           " WHERE parent_id = ?1", id, 0, error) ||
      !run_with_ids (self, "DELETE FROM tags WHERE id = ?1", id, 0, error))
    goto failed;
  if (sqlite3_changes (dossier_database_get_handle (database)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no tag %lld in the library."), (long long) id);
      goto failed;
    }
  if (!dossier_database_commit (database, error))
    goto failed;

  dossier_library_emit_tags_changed (self);
  dossier_library_emit_changed_later (self);
  return TRUE;

failed:
  dossier_database_rollback (database);
  return FALSE;
}

gboolean
dossier_library_add_tag_alias (DossierLibrary  *self,
                               DossierTag      *tag,
                               const char      *alias,
                               GError         **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);

  trimmed = normalise_text (alias, MAX_NAME_LENGTH, _("An alias cannot be empty."), error);
  if (trimmed == NULL)
    return FALSE;
  if (names_equal (trimmed, dossier_tag_get_name (tag)))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                   _("“%s” is the tag's own name."), trimmed);
      return FALSE;
    }
  for (const char * const *a = dossier_tag_get_aliases (tag); *a; a++)
    if (names_equal (*a, trimmed))
      {
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                     _("“%s” already has the alias “%s”."), dossier_tag_get_name (tag), *a);
        return FALSE;
      }
  if (!insert_alias (self, dossier_tag_get_id (tag), dossier_tag_get_name (tag), trimmed, error) ||
      !refresh_tag (self, tag, error))
    return FALSE;
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

gboolean
dossier_library_remove_tag_alias (DossierLibrary  *self,
                                  DossierTag      *tag,
                                  const char      *alias,
                                  GError         **error)
{
  DossierDatabase *database;
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  database = database_of (self);
  trimmed = g_strstrip (g_strdup (alias));
  statement = dossier_database_prepare (database,
                                        "DELETE FROM tag_aliases WHERE tag_id = ?1 AND alias = ?2",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (tag));
  sqlite3_bind_text (statement, 2, trimmed, -1, SQLITE_TRANSIENT);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;
  if (sqlite3_changes (dossier_database_get_handle (database)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("“%s” has no alias “%s”."), dossier_tag_get_name (tag), trimmed);
      return FALSE;
    }
  if (!refresh_tag (self, tag, error))
    return FALSE;
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

/* ---- rules ---- */

gint64
dossier_library_add_tag_rule (DossierLibrary   *self,
                              DossierTag       *tag,
                              DossierRuleMode   mode,
                              const char       *pattern,
                              GError          **error)
{
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), 0);
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), 0);

  id = insert_rule (self, dossier_tag_get_id (tag), mode, pattern, error);
  if (id < 0)
    return 0;
  if (id == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                   _("“%s” already has the rule “%s” (%s)."), dossier_tag_get_name (tag),
                   pattern, dossier_rule_mode_to_string (mode));
      return 0;
    }
  dossier_library_emit_tags_changed (self);
  return id;
}

gboolean
dossier_library_remove_tag_rule (DossierLibrary  *self,
                                 gint64           rule_id,
                                 GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!run_with_ids (self, "DELETE FROM tag_rules WHERE id = ?1", rule_id, 0, error))
    return FALSE;
  if (sqlite3_changes (dossier_database_get_handle (database_of (self))) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no rule %lld."), (long long) rule_id);
      return FALSE;
    }
  dossier_library_emit_tags_changed (self);
  return TRUE;
}

GPtrArray *
dossier_library_list_tag_rules (DossierLibrary  *self,
                                DossierTag      *tag,
                                GError         **error)
{
  DossierDatabase *database;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_tag_rule_free);
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (tag == NULL || DOSSIER_IS_TAG (tag), NULL);

  database = database_of (self);
  statement = dossier_database_prepare (database,
                                        tag ? "SELECT id, tag_id, pattern, mode FROM tag_rules"
                                              " WHERE tag_id = ?1 ORDER BY id"
                                            : "SELECT id, tag_id, pattern, mode FROM tag_rules"
                                              " ORDER BY tag_id, id", error);
  if (statement == NULL)
    return NULL;
  if (tag != NULL)
    sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (tag));
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierTagRule *rule = g_new0 (DossierTagRule, 1);

      rule->id = sqlite3_column_int64 (statement, 0);
      rule->tag_id = sqlite3_column_int64 (statement, 1);
      rule->pattern = g_strdup ((const char *) sqlite3_column_text (statement, 2));
      if (!dossier_rule_mode_from_string ((const char *) sqlite3_column_text (statement, 3),
                                          &rule->mode))
        rule->mode = DOSSIER_RULE_ANY_WORD;
      g_ptr_array_add (rules, rule);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&rules);
}

/* ---- the tags of documents ---- */

static gboolean
check_document (DossierLibrary  *self,
                gint64           document_id,
                GError         **error)
{
  DossierDatabase *database = database_of (self);
  sqlite3_stmt *statement;
  gboolean found = FALSE;
  int rc;

  statement = dossier_database_prepare (database, "SELECT 1 FROM documents WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, document_id);
  rc = sqlite3_step (statement);
  found = rc == SQLITE_ROW;
  if (step_failed (database, statement, rc, error))
    return FALSE;
  if (!found)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no document %lld in the library."), (long long) document_id);
  return found;
}

gboolean
dossier_library_set_document_tags (DossierLibrary     *self,
                                   gint64              document_id,
                                   DossierTag * const *tags,
                                   guint               n_tags,
                                   DossierTagState     state,
                                   GError            **error)
{
  DossierDatabase *database;
  const char *sql;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (state == DOSSIER_TAG_ACCEPTED || state == DOSSIER_TAG_REJECTED, FALSE);

  database = database_of (self);
  /* Accepting a suggestion keeps its origin; anything else the user adds
   * is theirs. Rejecting keeps the row, so that no rule suggests it again. */
  if (state == DOSSIER_TAG_ACCEPTED)
    sql = "INSERT INTO document_tags (document_id, tag_id, origin, state)"
          " VALUES (?1, ?2, 'manual', 'accepted')"
          " ON CONFLICT (document_id, tag_id) DO UPDATE SET"
          " origin = CASE WHEN state = 'rejected' THEN 'manual' ELSE origin END,"
          " state = 'accepted'";
  else
    sql = "INSERT INTO document_tags (document_id, tag_id, origin, state)"
          " VALUES (?1, ?2, 'manual', 'rejected')"
          " ON CONFLICT (document_id, tag_id) DO UPDATE SET state = 'rejected'";

  if (!check_document (self, document_id, error) || !dossier_database_begin (database, error))
    return FALSE;
  for (guint i = 0; i < n_tags; i++)
    if (!run_with_ids (self, sql, document_id, dossier_tag_get_id (tags[i]), error))
      {
        dossier_database_rollback (database);
        return FALSE;
      }
  if (!dossier_database_commit (database, error))
    return FALSE;
  dossier_library_emit_changed_later (self);
  return TRUE;
}

gboolean
dossier_library_tag_document (DossierLibrary  *self,
                              gint64           document_id,
                              DossierTag      *tag,
                              GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);
  return dossier_library_set_document_tags (self, document_id, &tag, 1, DOSSIER_TAG_ACCEPTED,
                                            error);
}

gboolean
dossier_library_untag_document (DossierLibrary  *self,
                                gint64           document_id,
                                DossierTag      *tag,
                                GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (tag), FALSE);
  return dossier_library_set_document_tags (self, document_id, &tag, 1, DOSSIER_TAG_REJECTED,
                                            error);
}

gboolean
dossier_library_accept_document_tag (DossierLibrary  *self,
                                     gint64           document_id,
                                     DossierTag      *tag,
                                     GError         **error)
{
  return dossier_library_tag_document (self, document_id, tag, error);
}

gboolean
dossier_library_reject_document_tag (DossierLibrary  *self,
                                     gint64           document_id,
                                     DossierTag      *tag,
                                     GError         **error)
{
  return dossier_library_untag_document (self, document_id, tag, error);
}
