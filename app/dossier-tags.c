/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* Reading tags and the tags of documents; dossier-tags-edit.c changes them. */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-tags.h"
#include "dossier-taxonomy.h"

#define TAG_COLUMNS "id, key, name, facet, parent_id, colour, description, confidential"

void
dossier_tag_rule_free (DossierTagRule *rule)
{
  if (rule == NULL)
    return;
  g_free (rule->pattern);
  g_free (rule);
}

void
dossier_document_tag_free (DossierDocumentTag *document_tag)
{
  if (document_tag == NULL)
    return;
  g_clear_object (&document_tag->tag);
  g_free (document_tag);
}

void
dossier_taxonomy_changes_free (DossierTaxonomyChanges *changes)
{
  if (changes == NULL)
    return;
  g_clear_pointer (&changes->tags, g_ptr_array_unref);
  g_free (changes);
}

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

/* ---- reading tags ---- */

static DossierTag *
tag_from_row (sqlite3_stmt *row)
{
  DossierTag *tag = dossier_tag_new (sqlite3_column_int64 (row, 0),
                                     (const char *) sqlite3_column_text (row, 1),
                                     (const char *) sqlite3_column_text (row, 2),
                                     (const char *) sqlite3_column_text (row, 3));

  dossier_tag_set_parent_id (tag, sqlite3_column_int64 (row, 4));
  dossier_tag_set_colour (tag, (const char *) sqlite3_column_text (row, 5));
  dossier_tag_set_description (tag, (const char *) sqlite3_column_text (row, 6));
  dossier_tag_set_confidential (tag, sqlite3_column_int (row, 7) != 0);
  return tag;
}

static gboolean
load_aliases (DossierLibrary  *self,
              DossierTag      *tag,
              GError         **error)
{
  DossierDatabase *database = database_of (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) aliases = NULL;
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT alias FROM tag_aliases WHERE tag_id = ?1"
                                        " ORDER BY alias", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dossier_tag_get_id (tag));
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (statement, 0));
  if (step_failed (database, statement, rc, error))
    return FALSE;
  aliases = g_strv_builder_end (builder);
  dossier_tag_set_aliases (tag, (const char * const *) aliases);
  return TRUE;
}

/* Returns: (transfer full): the tag whose row @sql (binding ?1 to @id or
 * @text) selects, or NULL with @error set. */
static DossierTag *
read_tag (DossierLibrary  *self,
          const char      *sql,
          gint64           id,
          const char      *text,
          GError         **error)
{
  DossierDatabase *database = database_of (self);
  g_autoptr(DossierTag) tag = NULL;
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database, sql, error);
  if (statement == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (statement, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    tag = tag_from_row (statement);
  if (step_failed (database, statement, rc, error))
    return NULL;
  if (tag == NULL)
    {
      if (text != NULL)
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                     _("There is no tag with the key “%s”."), text);
      else
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                     _("There is no tag %lld in the library."), (long long) id);
      return NULL;
    }
  if (!load_aliases (self, tag, error))
    return NULL;
  return g_steal_pointer (&tag);
}

DossierTag *
dossier_library_find_tag (DossierLibrary  *self,
                          gint64           id,
                          GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return read_tag (self, "SELECT " TAG_COLUMNS " FROM tags WHERE id = ?1", id, NULL, error);
}

DossierTag *
dossier_library_find_tag_by_key (DossierLibrary  *self,
                                 const char      *key,
                                 GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return read_tag (self, "SELECT " TAG_COLUMNS " FROM tags WHERE key = ?1", 0, key, error);
}

/* Returns: (transfer full) (element-type DossierTag): every tag with its
 * aliases, in no order; with @counts, their n-documents too. */
static GPtrArray *
read_all_tags (DossierLibrary  *self,
               gboolean         counts,
               GError         **error)
{
  DossierDatabase *database = database_of (self);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_strv_builder_unref);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database, "SELECT " TAG_COLUMNS " FROM tags", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierTag *tag = tag_from_row (statement);

      g_ptr_array_add (tags, tag);
      g_hash_table_insert (by_id, g_memdup2 (&(gint64) { dossier_tag_get_id (tag) }, sizeof (gint64)),
                           tag);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;

  statement = dossier_database_prepare (database,
                                        "SELECT tag_id, alias FROM tag_aliases"
                                        " ORDER BY tag_id, alias", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      GStrvBuilder *builder = g_hash_table_lookup (aliases, &id);

      if (builder == NULL)
        {
          builder = g_strv_builder_new ();
          g_hash_table_insert (aliases, g_memdup2 (&id, sizeof id), builder);
        }
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (statement, 1));
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  g_hash_table_iter_init (&iter, aliases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DossierTag *tag = g_hash_table_lookup (by_id, key);
      g_auto(GStrv) strv = g_strv_builder_end (value);

      if (tag != NULL)
        dossier_tag_set_aliases (tag, (const char * const *) strv);
    }

  if (counts)
    {
      /* Off the index (tag_id, state) alone, the trash's share taken away
       * after: joined to documents for trashed_at, this took a second on
       * 20,000 documents with 300,000 tags. */
      statement = dossier_database_prepare (database,
                                            "SELECT tag_id, sum(n) FROM ("
                                            " SELECT tag_id, count(*) AS n FROM document_tags"
                                            "  WHERE state != 'rejected' GROUP BY tag_id"
                                            " UNION ALL"
                                            " SELECT tag_id, -count(*) FROM document_tags"
                                            "  WHERE state != 'rejected' AND document_id IN"
                                            "  (SELECT id FROM documents WHERE trashed_at IS NOT NULL)"
                                            "  GROUP BY tag_id)"
                                            " GROUP BY tag_id", error);
      if (statement == NULL)
        return NULL;
      while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (statement, 0);
          DossierTag *tag = g_hash_table_lookup (by_id, &id);

          if (tag != NULL)
            dossier_tag_set_n_documents (tag, (guint) sqlite3_column_int (statement, 1));
        }
      if (step_failed (database, statement, rc, error))
        return NULL;
    }

  return g_steal_pointer (&tags);
}

static guint
facet_rank (const char *facet)
{
  const char * const *builtin = dossier_tag_builtin_facets ();

  for (guint i = 0; builtin[i] != NULL; i++)
    if (g_str_equal (facet, builtin[i]))
      return i;
  return G_MAXUINT;
}

static int
compare_facets (const char *a,
                const char *b)
{
  guint rank_a = facet_rank (a), rank_b = facet_rank (b);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return g_utf8_collate (a, b);
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  DossierTag *tag_a = *(DossierTag **) a;
  DossierTag *tag_b = *(DossierTag **) b;
  int order = compare_facets (dossier_tag_get_facet (tag_a), dossier_tag_get_facet (tag_b));

  if (order == 0)
    {
      g_autofree char *name_a = fold (dossier_tag_get_name (tag_a));
      g_autofree char *name_b = fold (dossier_tag_get_name (tag_b));

      order = g_utf8_collate (name_a, name_b);
    }
  if (order == 0)
    order = dossier_tag_get_id (tag_a) < dossier_tag_get_id (tag_b) ? -1 : 1;
  return order;
}

static void
append_subtree (GPtrArray  *sorted,
                GHashTable *children,
                GHashTable *placed,
                DossierTag *tag,
                guint       depth)
{
  gint64 id = dossier_tag_get_id (tag);
  GPtrArray *kids;

  if (g_hash_table_contains (placed, tag))
    return;
  g_hash_table_add (placed, tag);
  dossier_tag_set_depth (tag, depth);
  g_ptr_array_add (sorted, g_object_ref (tag));
  kids = g_hash_table_lookup (children, &id);
  for (guint i = 0; kids != NULL && i < kids->len; i++)
    append_subtree (sorted, children, placed, g_ptr_array_index (kids, i), depth + 1);
}

/* Returns: (transfer full): @tags (of @facet, or all) in display order,
 * depth set. */
static GPtrArray *
sort_tags (GPtrArray  *tags,
           const char *facet)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  g_autofree gint64 *ids = NULL;   /* the keys of by_id and children */
  g_autofree DossierTag **parents = NULL;

  for (guint i = 0; i < tags->len; i++)
    {
      DossierTag *tag = g_ptr_array_index (tags, i);

      if (facet == NULL || g_str_equal (facet, dossier_tag_get_facet (tag)))
        g_ptr_array_add (ordered, tag);
    }
  g_ptr_array_sort (ordered, compare_tags);
  ids = g_new (gint64, ordered->len + 1);
  parents = g_new0 (DossierTag *, ordered->len + 1);
  for (guint i = 0; i < ordered->len; i++)
    {
      ids[i] = dossier_tag_get_id (g_ptr_array_index (ordered, i));
      g_hash_table_insert (by_id, &ids[i], g_ptr_array_index (ordered, i));
    }

  /* A tag whose parent is missing or in another facet sits at the top. */
  for (guint i = 0; i < ordered->len; i++)
    {
      DossierTag *tag = g_ptr_array_index (ordered, i);
      gint64 parent_id = dossier_tag_get_parent_id (tag);
      DossierTag *parent = parent_id ? g_hash_table_lookup (by_id, &parent_id) : NULL;
      GPtrArray *kids;
      gpointer parent_key;

      if (parent == NULL || !g_str_equal (dossier_tag_get_facet (parent),
                                          dossier_tag_get_facet (tag)))
        continue;
      parents[i] = parent;
      g_hash_table_lookup_extended (by_id, &parent_id, &parent_key, NULL);
      kids = g_hash_table_lookup (children, parent_key);
      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, parent_key, kids);
        }
      g_ptr_array_add (kids, tag);
    }
  for (guint i = 0; i < ordered->len; i++)
    if (parents[i] == NULL)
      append_subtree (sorted, children, placed, g_ptr_array_index (ordered, i), 0);
  /* Whatever a loop in the tree kept out (the schema does not forbid one). */
  for (guint i = 0; i < ordered->len; i++)
    append_subtree (sorted, children, placed, g_ptr_array_index (ordered, i), 0);
  return g_steal_pointer (&sorted);
}

GListModel *
dossier_library_list_tags (DossierLibrary  *self,
                           const char      *facet,
                           GError         **error)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  GListStore *store;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  tags = read_all_tags (self, TRUE, error);
  if (tags == NULL)
    return NULL;
  sorted = sort_tags (tags, facet);
  store = g_list_store_new (DOSSIER_TYPE_TAG);
  g_list_store_splice (store, 0, 0, sorted->pdata, sorted->len);
  return G_LIST_MODEL (store);
}

static int
compare_facet_names (gconstpointer a,
                     gconstpointer b)
{
  return compare_facets (*(const char **) a, *(const char **) b);
}

GStrv
dossier_library_list_facets (DossierLibrary  *self,
                             GError         **error)
{
  DossierDatabase *database;
  g_autoptr(GPtrArray) facets = g_ptr_array_new_with_free_func (g_free);
  const char * const *builtin = dossier_tag_builtin_facets ();
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  database = database_of (self);
  for (guint i = 0; builtin[i] != NULL; i++)
    g_ptr_array_add (facets, g_strdup (builtin[i]));
  statement = dossier_database_prepare (database, "SELECT DISTINCT facet FROM tags", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *facet = (const char *) sqlite3_column_text (statement, 0);

      if (facet_rank (facet) == G_MAXUINT)
        g_ptr_array_add (facets, g_strdup (facet));
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  g_ptr_array_sort (facets, compare_facet_names);
  g_ptr_array_add (facets, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&facets), FALSE);
}

static void
set_ambiguous (GError     **error,
               const char  *name,
               GPtrArray   *matches)
{
  g_autoptr(GPtrArray) facets = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < matches->len; i++)
    {
      const char *facet = dossier_tag_get_facet (g_ptr_array_index (matches, i));

      if (!g_ptr_array_find_with_equal_func (facets, facet, g_str_equal, NULL))
        g_ptr_array_add (facets, (gpointer) facet);
    }
  g_ptr_array_add (facets, NULL);
  joined = g_strjoinv (", ", (char **) facets->pdata);
  if (facets->len > 2)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                 _("“%s” names tags in several facets (%s); say which, as facet:name, "
                   "e.g. %s:%s, or give the tag's id."),
                 name, joined, (const char *) facets->pdata[0], name);
  else
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                 _("“%s” names several tags; give the tag's id (see “dossier tags”)."), name);
}

DossierTag *
dossier_library_find_tag_by_name (DossierLibrary  *self,
                                  const char      *facet,
                                  const char      *name,
                                  GError         **error)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autofree char *wanted = NULL;
  g_autofree char *wanted_facet = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (facet != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (facet));
      wanted_facet = g_utf8_strdown (trimmed, -1);
    }
  tags = read_all_tags (self, FALSE, error);
  if (tags == NULL)
    return NULL;
  wanted = g_strstrip (fold (name));

  /* Names first: an alias of one tag does not hide another's name. */
  for (guint pass = 0; pass < 2 && matches->len == 0; pass++)
    for (guint i = 0; i < tags->len; i++)
      {
        DossierTag *tag = g_ptr_array_index (tags, i);

        if (wanted_facet != NULL && !g_str_equal (wanted_facet, dossier_tag_get_facet (tag)))
          continue;
        if (pass == 0)
          {
            g_autofree char *folded = fold (dossier_tag_get_name (tag));

            if (g_str_equal (folded, wanted))
              g_ptr_array_add (matches, tag);
          }
        else
          for (const char * const *alias = dossier_tag_get_aliases (tag); *alias; alias++)
            {
              g_autofree char *folded = fold (*alias);

              if (g_str_equal (folded, wanted))
                {
                  g_ptr_array_add (matches, tag);
                  break;
                }
            }
      }

  if (matches->len == 1)
    return g_object_ref (g_ptr_array_index (matches, 0));
  if (matches->len > 1)
    set_ambiguous (error, name, matches);
  else if (wanted_facet != NULL)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no tag “%s” in the facet “%s”."), name, wanted_facet);
  else
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no tag “%s”."), name);
  return NULL;
}

DossierTag *
dossier_library_lookup_tag (DossierLibrary  *self,
                            const char      *text,
                            GError         **error)
{
  g_autofree char *trimmed = NULL;
  const char *colon;
  guint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (g_ascii_string_to_unsigned (trimmed, 10, 1, G_MAXINT64, &id, NULL))
    return dossier_library_find_tag (self, (gint64) id, error);

  colon = strchr (trimmed, ':');
  if (colon != NULL && colon != trimmed && colon[1] != '\0')
    {
      g_autofree char *facet = g_utf8_strdown (trimmed, colon - trimmed);
      g_auto(GStrv) facets = dossier_library_list_facets (self, error);

      if (facets == NULL)
        return NULL;
      g_strstrip (facet);
      if (g_strv_contains ((const char * const *) facets, facet))
        {
          g_autofree char *name = g_strstrip (g_strdup (colon + 1));
          return dossier_library_find_tag_by_name (self, facet, name, error);
        }
    }
  return dossier_library_find_tag_by_name (self, NULL, trimmed, error);
}

/* ---- the tags of documents ---- */

/* Every tag by id, and its place in display order. */
typedef struct
{
  GPtrArray  *sorted;     /* owned, of DossierTag */
  GHashTable *positions;  /* gint64 * (into the tags) → position + 1 */
  gint64     *ids;        /* owned */
} TagIndex;

static void
tag_index_clear (TagIndex *index)
{
  g_clear_pointer (&index->positions, g_hash_table_unref);
  g_clear_pointer (&index->sorted, g_ptr_array_unref);
  g_clear_pointer (&index->ids, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TagIndex, tag_index_clear)

static gboolean
tag_index_init (TagIndex        *index,
                DossierLibrary  *self,
                GError         **error)
{
  g_autoptr(GPtrArray) tags = read_all_tags (self, FALSE, error);

  if (tags == NULL)
    return FALSE;
  index->sorted = sort_tags (tags, NULL);
  index->positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  index->ids = g_new (gint64, index->sorted->len + 1);
  for (guint i = 0; i < index->sorted->len; i++)
    {
      index->ids[i] = dossier_tag_get_id (g_ptr_array_index (index->sorted, i));
      g_hash_table_insert (index->positions, &index->ids[i], GUINT_TO_POINTER (i + 1));
    }
  return TRUE;
}

static DossierDocumentTag *
document_tag_from_row (TagIndex     *index,
                       sqlite3_stmt *row,
                       guint        *position)
{
  DossierDocumentTag *document_tag;
  gint64 tag_id = sqlite3_column_int64 (row, 1);
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (index->positions, &tag_id));

  if (found == 0)
    return NULL;
  *position = found;
  document_tag = g_new0 (DossierDocumentTag, 1);
  document_tag->document_id = sqlite3_column_int64 (row, 0);
  document_tag->tag = g_object_ref (g_ptr_array_index (index->sorted, found - 1));
  dossier_tag_origin_from_string ((const char *) sqlite3_column_text (row, 2),
                                  &document_tag->origin);
  dossier_tag_state_from_string ((const char *) sqlite3_column_text (row, 3),
                                 &document_tag->state);
  return document_tag;
}

static int
compare_document_tags (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  TagIndex *index = user_data;
  const DossierDocumentTag *x = *(DossierDocumentTag **) a;
  const DossierDocumentTag *y = *(DossierDocumentTag **) b;
  gint64 id_x = dossier_tag_get_id (x->tag), id_y = dossier_tag_get_id (y->tag);
  guint px = GPOINTER_TO_UINT (g_hash_table_lookup (index->positions, &id_x));
  guint py = GPOINTER_TO_UINT (g_hash_table_lookup (index->positions, &id_y));

  return px < py ? -1 : px > py;
}

GPtrArray *
dossier_library_list_document_tags (DossierLibrary  *self,
                                    gint64           document_id,
                                    gboolean         with_rejected,
                                    GError         **error)
{
  DossierDatabase *database;
  g_auto(TagIndex) index = { NULL };
  g_autoptr(GPtrArray) document_tags = NULL;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  database = database_of (self);
  if (!tag_index_init (&index, self, error))
    return NULL;
  statement = dossier_database_prepare (database,
                                        with_rejected
                                        ? "SELECT document_id, tag_id, origin, state"
                                          " FROM document_tags WHERE document_id = ?1"
                                        : "SELECT document_id, tag_id, origin, state"
                                          " FROM document_tags WHERE document_id = ?1"
                                          " AND state != 'rejected'", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, document_id);
  document_tags = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_tag_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      guint position;
      DossierDocumentTag *document_tag = document_tag_from_row (&index, statement, &position);

      if (document_tag != NULL)
        g_ptr_array_add (document_tags, document_tag);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  g_ptr_array_sort_with_data (document_tags, compare_document_tags, &index);
  return g_steal_pointer (&document_tags);
}

GHashTable *
dossier_library_list_all_document_tags (DossierLibrary  *self,
                                        GError         **error)
{
  DossierDatabase *database;
  g_auto(TagIndex) index = { NULL };
  g_autoptr(GHashTable) by_document = NULL;
  GHashTableIter iter;
  gpointer value;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  database = database_of (self);
  if (!tag_index_init (&index, self, error))
    return NULL;
  statement = dossier_database_prepare (database,
                                        "SELECT document_id, tag_id, origin, state"
                                        " FROM document_tags WHERE state != 'rejected'", error);
  if (statement == NULL)
    return NULL;
  by_document = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      guint position;
      DossierDocumentTag *document_tag = document_tag_from_row (&index, statement, &position);
      GPtrArray *document_tags;

      if (document_tag == NULL)
        continue;
      document_tags = g_hash_table_lookup (by_document, &document_tag->document_id);
      if (document_tags == NULL)
        {
          document_tags = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_tag_free);
          g_hash_table_insert (by_document,
                               g_memdup2 (&document_tag->document_id, sizeof (gint64)),
                               document_tags);
        }
      g_ptr_array_add (document_tags, document_tag);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  g_hash_table_iter_init (&iter, by_document);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort_with_data (value, compare_document_tags, &index);
  return g_steal_pointer (&by_document);
}

/* ---- the default taxonomy ---- */

gboolean
dossier_library_get_taxonomy_update (DossierLibrary  *self,
                                     int             *library_version,
                                     int             *shipped_version,
                                     GError         **error)
{
  int have, shipped;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  have = dossier_taxonomy_get_library_version (database_of (self), error);
  if (have < 0)
    return FALSE;
  shipped = dossier_taxonomy_get_version (NULL, error);
  if (shipped < 0)
    return FALSE;
  if (library_version != NULL)
    *library_version = have;
  if (shipped_version != NULL)
    *shipped_version = shipped;
  return shipped > have;
}

DossierTaxonomyChanges *
dossier_library_apply_taxonomy_update (DossierLibrary  *self,
                                       GError         **error)
{
  DossierDatabase *database;
  g_autoptr(DossierTaxonomyChanges) changes = g_new0 (DossierTaxonomyChanges, 1);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  database = database_of (self);
  if (!dossier_database_begin (database, error))
    return NULL;
  if (!dossier_taxonomy_apply (database, NULL, ids, &changes->n_aliases, &changes->n_rules,
                               error))
    {
      dossier_database_rollback (database);
      return NULL;
    }
  if (!dossier_database_commit (database, error))
    return NULL;

  changes->version = dossier_taxonomy_get_library_version (database, NULL);
  changes->tags = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    {
      DossierTag *tag = dossier_library_find_tag (self, g_array_index (ids, gint64, i), NULL);

      if (tag != NULL)
        g_ptr_array_add (changes->tags, tag);
    }
  if (ids->len > 0 || changes->n_aliases > 0 || changes->n_rules > 0)
    dossier_library_emit_tags_changed (self);
  return g_steal_pointer (&changes);
}
