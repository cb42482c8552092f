/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-app-resources.h"
#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-matcher.h"
#include "dossier-tag.h"
#include "dossier-taxonomy.h"

#define TAXONOMY_RESOURCE "/io/github/dossierapp/Dossier/taxonomy.json"

GBytes *
dossier_taxonomy_get_shipped (void)
{
  /* Through dossier_app_get_resource() rather than the global resource
   * registry: the reference keeps the resource in a static link. */
  GBytes *bytes = g_resource_lookup_data (dossier_app_get_resource (), TAXONOMY_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

static void
set_invalid (GError    **error,
             const char *message)
{
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
               _("The default tags are damaged: %s"), message);
}

static JsonObject *
parse_taxonomy (GBytes  *taxonomy,
                GError **error)
{
  g_autoptr(GBytes) shipped = taxonomy ? NULL : dossier_taxonomy_get_shipped ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  GBytes *bytes = taxonomy ? taxonomy : shipped;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &local_error))
    {
      set_invalid (error, local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "version") ||
      !json_object_has_member (json_node_get_object (root), "tags") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "tags")))
    {
      set_invalid (error, _("it has no version or no list of tags."));
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

int
dossier_taxonomy_get_version (GBytes  *taxonomy,
                              GError **error)
{
  g_autoptr(JsonObject) object = parse_taxonomy (taxonomy, error);

  if (object == NULL)
    return -1;
  return (int) json_object_get_int_member (object, "version");
}

static char *
read_setting (DossierDatabase  *database,
              const char       *key,
              gboolean         *ok,
              GError          **error)
{
  sqlite3_stmt *statement;
  char *value = NULL;
  int rc;

  *ok = FALSE;
  statement = dossier_database_prepare (database,
                                        "SELECT value FROM library_settings WHERE key = ?1",
                                        error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return NULL;
    }
  *ok = TRUE;
  return value;
}

static gboolean
write_setting (DossierDatabase  *database,
               const char       *key,
               const char       *value,
               GError          **error)
{
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
                                        "INSERT INTO library_settings (key, value) VALUES (?1, ?2)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, value, -1, SQLITE_STATIC);
  return dossier_database_step_done (database, statement, error);
}

int
dossier_taxonomy_get_library_version (DossierDatabase  *database,
                                      GError          **error)
{
  g_autofree char *value = NULL;
  gboolean ok;

  value = read_setting (database, "taxonomy-version", &ok, error);
  if (!ok)
    return -1;
  return value ? (int) g_ascii_strtoll (value, NULL, 10) : 0;
}

static GStrv
read_deleted_keys (DossierDatabase  *database,
                   GError          **error)
{
  g_autofree char *value = NULL;
  gboolean ok;

  value = read_setting (database, "taxonomy-deleted", &ok, error);
  if (!ok)
    return NULL;
  if (value == NULL || *value == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (value, "\n", -1);
}

gboolean
dossier_taxonomy_forget_key (DossierDatabase  *database,
                             const char       *key,
                             GError          **error)
{
  g_auto(GStrv) keys = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) joined_keys = NULL;
  g_autofree char *joined = NULL;

  if (key == NULL)
    return TRUE;
  keys = read_deleted_keys (database, error);
  if (keys == NULL)
    return FALSE;
  if (g_strv_contains ((const char * const *) keys, key))
    return TRUE;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) keys);
  g_strv_builder_add (builder, key);
  joined_keys = g_strv_builder_end (builder);
  joined = g_strjoinv ("\n", joined_keys);
  return write_setting (database, "taxonomy-deleted", joined, error);
}

gboolean
dossier_taxonomy_restore_key (DossierDatabase  *database,
                              const char       *key,
                              GError          **error)
{
  g_auto(GStrv) keys = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) kept = NULL;
  g_autofree char *joined = NULL;

  if (key == NULL)
    return TRUE;
  keys = read_deleted_keys (database, error);
  if (keys == NULL)
    return FALSE;
  if (!g_strv_contains ((const char * const *) keys, key))
    return TRUE;
  builder = g_strv_builder_new ();
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_str_equal (keys[i], key))
      g_strv_builder_add (builder, keys[i]);
  kept = g_strv_builder_end (builder);
  joined = g_strjoinv ("\n", kept);
  return write_setting (database, "taxonomy-deleted", joined, error);
}

/* An entry of "aliases" or of a mode in "rules": a string, or an object
 * with the string and the version that brought it ("since"). */
static const char *
entry_text (JsonNode   *node,
            const char *member,
            int        *since)
{
  *since = 1;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      *since = (int) json_object_get_int_member_with_default (object, "since", 1);
      return json_object_get_string_member_with_default (object, member, NULL);
    }
  return NULL;
}

static gint64
find_id (DossierDatabase  *database,
         const char       *sql,
         const char       *text,
         GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database, sql, error);
  gint64 id = 0;
  int rc;

  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, text, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return -1;
    }
  return id;
}

/* Returns: how many it added, or -1. */
static int
add_aliases (DossierDatabase  *database,
             gint64            tag_id,
             JsonObject       *tag,
             int               newer_than,
             GError          **error)
{
  JsonArray *aliases;
  sqlite3_stmt *statement;
  int added = 0;

  if (!json_object_has_member (tag, "aliases"))
    return 0;
  aliases = json_object_get_array_member (tag, "aliases");
  statement = dossier_database_prepare (database,
                                        "INSERT OR IGNORE INTO tag_aliases (tag_id, alias)"
                                        " VALUES (?1, ?2)", error);
  if (statement == NULL || aliases == NULL)
    return statement == NULL ? -1 : 0;
  for (guint i = 0; i < json_array_get_length (aliases); i++)
    {
      int since;
      const char *alias = entry_text (json_array_get_element (aliases, i), "alias", &since);

      if (alias == NULL || since <= newer_than)
        continue;
      sqlite3_bind_int64 (statement, 1, tag_id);
      sqlite3_bind_text (statement, 2, alias, -1, SQLITE_STATIC);
      if (!dossier_database_step_done (database, statement, error))
        return -1;
      added += sqlite3_changes (dossier_database_get_handle (database));
    }
  return added;
}

static int
add_rules (DossierDatabase  *database,
           gint64            tag_id,
           JsonObject       *tag,
           int               newer_than,
           GError          **error)
{
  JsonObject *rules;
  sqlite3_stmt *statement;
  int added = 0;

  if (!json_object_has_member (tag, "rules"))
    return 0;
  rules = json_object_get_object_member (tag, "rules");
  statement = dossier_database_prepare (database,
                                        "INSERT INTO tag_rules (tag_id, pattern, mode)"
                                        " SELECT ?1, ?2, ?3 WHERE NOT EXISTS"
                                        " (SELECT 1 FROM tag_rules WHERE tag_id = ?1"
                                        "  AND pattern = ?2 AND mode = ?3)", error);
  if (statement == NULL || rules == NULL)
    return statement == NULL ? -1 : 0;
  for (DossierRuleMode m = DOSSIER_RULE_ANY_WORD; m <= DOSSIER_RULE_REGEX; m++)
    {
      const char *mode = dossier_rule_mode_to_string (m);
      JsonArray *patterns;

      if (!json_object_has_member (rules, mode))
        continue;
      patterns = json_object_get_array_member (rules, mode);
      for (guint i = 0; patterns != NULL && i < json_array_get_length (patterns); i++)
        {
          int since;
          const char *pattern = entry_text (json_array_get_element (patterns, i), "pattern",
                                            &since);

          if (pattern == NULL || since <= newer_than)
            continue;
          sqlite3_bind_int64 (statement, 1, tag_id);
          sqlite3_bind_text (statement, 2, pattern, -1, SQLITE_STATIC);
          sqlite3_bind_text (statement, 3, mode, -1, SQLITE_STATIC);
          if (!dossier_database_step_done (database, statement, error))
            return -1;
          added += sqlite3_changes (dossier_database_get_handle (database));
        }
    }
  return added;
}

static const char *
parent_colour (DossierDatabase *database,
               gint64           parent_id,
               char           **owned)
{
  sqlite3_stmt *statement;

  *owned = NULL;
  if (parent_id <= 0)
    return NULL;
  statement = dossier_database_prepare (database, "SELECT colour FROM tags WHERE id = ?1", NULL);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, parent_id);
  if (sqlite3_step (statement) == SQLITE_ROW)
    *owned = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_reset (statement);
  return *owned;
}

/* Returns: the new tag's id, 0 when it was not added, -1 on error. */
static gint64
add_tag (DossierDatabase  *database,
         JsonObject       *tag,
         GError          **error)
{
  const char *key = json_object_get_string_member_with_default (tag, "key", NULL);
  const char *name = json_object_get_string_member_with_default (tag, "name", NULL);
  const char *facet = json_object_get_string_member_with_default (tag, "facet", NULL);
  const char *parent = json_object_get_string_member_with_default (tag, "parent", NULL);
  const char *colour = json_object_get_string_member_with_default (tag, "colour", NULL);
  g_autofree char *inherited = NULL;
  sqlite3_stmt *statement;
  gint64 parent_id = 0;
  gint64 same_name;

  if (name == NULL || facet == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("the tag “%s” has no name or no facet."),
                                                  key);
      set_invalid (error, message);
      return -1;
    }

  /* A tag of the user's with this name becomes the default one: later
   * updates then know it (and hang its children under it). */
  statement = dossier_database_prepare (database,
                                        "SELECT id, key FROM tags"
                                        " WHERE facet = ?1 AND name = ?2 COLLATE NOCASE", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, facet, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_STATIC);
  same_name = 0;
  if (sqlite3_step (statement) == SQLITE_ROW)
    same_name = sqlite3_column_type (statement, 1) == SQLITE_NULL
                ? sqlite3_column_int64 (statement, 0) : -2;
  sqlite3_reset (statement);
  if (same_name == -2)
    return 0;
  if (same_name > 0)
    {
      statement = dossier_database_prepare (database, "UPDATE tags SET key = ?1 WHERE id = ?2",
                                            error);
      if (statement == NULL)
        return -1;
      sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (statement, 2, same_name);
      return dossier_database_step_done (database, statement, error) ? 0 : -1;
    }

  if (parent != NULL)
    {
      parent_id = find_id (database, "SELECT id FROM tags WHERE key = ?1", parent, error);
      if (parent_id < 0)
        return -1;
    }
  if (colour == NULL)
    colour = parent_colour (database, parent_id, &inherited);
  if (colour == NULL)
    colour = dossier_tag_default_colour (facet);

  statement = dossier_database_prepare (database,
                                        "INSERT INTO tags (key, name, facet, parent_id, colour,"
                                        " description, confidential)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, facet, -1, SQLITE_STATIC);
  if (parent_id > 0)
    sqlite3_bind_int64 (statement, 4, parent_id);
  else
    sqlite3_bind_null (statement, 4);
  sqlite3_bind_text (statement, 5, colour, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6,
                     json_object_get_string_member_with_default (tag, "description", NULL),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 7,
                    json_object_get_boolean_member_with_default (tag, "confidential", FALSE));
  if (!dossier_database_step_done (database, statement, error))
    return -1;
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

gboolean
dossier_taxonomy_apply (DossierDatabase  *database,
                        GBytes           *taxonomy,
                        GArray           *added_ids,
                        guint            *n_aliases,
                        guint            *n_rules,
                        GError          **error)
{
  g_autoptr(JsonObject) root = parse_taxonomy (taxonomy, error);
  g_auto(GStrv) deleted = NULL;
  g_autofree char *version_text = NULL;
  JsonArray *tags;
  int library_version;
  int version;
  guint aliases = 0, rules = 0;

  if (root == NULL)
    return FALSE;
  library_version = dossier_taxonomy_get_library_version (database, error);
  if (library_version < 0)
    return FALSE;
  deleted = read_deleted_keys (database, error);
  if (deleted == NULL)
    return FALSE;
  version = (int) json_object_get_int_member (root, "version");
  tags = json_object_get_array_member (root, "tags");

  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      JsonObject *tag = json_array_get_object_element (tags, i);
      const char *key = tag ? json_object_get_string_member_with_default (tag, "key", NULL) : NULL;
      int since;
      gint64 id;
      int added;

      if (key == NULL)
        {
          set_invalid (error, _("a tag has no key."));
          return FALSE;
        }
      since = (int) json_object_get_int_member_with_default (tag, "since", 1);
      id = find_id (database, "SELECT id FROM tags WHERE key = ?1", key, error);
      if (id < 0)
        return FALSE;

      if (id > 0)
        {
          /* The library has it: only what is newer than its version, so
           * that an alias or a rule the user removed stays removed. */
          if ((added = add_aliases (database, id, tag, library_version, error)) < 0)
            return FALSE;
          aliases += (guint) added;
          if ((added = add_rules (database, id, tag, library_version, error)) < 0)
            return FALSE;
          rules += (guint) added;
          continue;
        }
      /* Deleted by the user, or (not there although the library had its
       * version) removed some other way: stays away. */
      if (g_strv_contains ((const char * const *) deleted, key) || since <= library_version)
        continue;

      id = add_tag (database, tag, error);
      if (id < 0)
        return FALSE;
      if (id == 0)
        continue;
      if (add_aliases (database, id, tag, 0, error) < 0 ||
          add_rules (database, id, tag, 0, error) < 0)
        return FALSE;
      if (added_ids != NULL)
        g_array_append_val (added_ids, id);
    }

  if (n_aliases != NULL)
    *n_aliases = aliases;
  if (n_rules != NULL)
    *n_rules = rules;
  version_text = g_strdup_printf ("%d", MAX (version, library_version));
  return write_setting (database, "taxonomy-version", version_text, error);
}
