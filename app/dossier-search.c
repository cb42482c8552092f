/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-search.h"

#define DEFAULT_LIMIT 50
#define TITLE_WEIGHT "10.0"

/* What a user types is never given to FTS5 as it is: it is read into
 * words, phrases and operators, and each word or phrase goes to FTS5 as a
 * quoted string. So no character can reach FTS5's own syntax, and a query
 * that means nothing says why in words. */

typedef enum { ITEM_TERM, ITEM_AND, ITEM_OR, ITEM_NOT } ItemKind;

typedef struct
{
  ItemKind  kind;
  char     *text;     /* ITEM_TERM: the words */
  gboolean  prefix;   /* ITEM_TERM: ends with * */
} Item;

static void
item_clear (gpointer data)
{
  g_free (((Item *) data)->text);
}

static gboolean
has_word_characters (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static const char *
operator_name (ItemKind kind)
{
  return kind == ITEM_AND ? "AND" : kind == ITEM_OR ? "OR" : "NOT";
}

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == '(' || c == ')';
}

/* Reads one bare word from @p; returns where it ends. */
static const char *
read_word (const char *p,
           GArray     *items)
{
  const char *start = p;
  Item item = { ITEM_TERM, NULL, FALSE };
  g_autofree char *word = NULL;

  while (*p && *p != '"' && !is_separator (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  word = g_strndup (start, p - start);

  if (g_str_equal (word, "AND") || g_str_equal (word, "OR") || g_str_equal (word, "NOT"))
    {
      item.kind = word[0] == 'A' ? ITEM_AND : word[0] == 'O' ? ITEM_OR : ITEM_NOT;
      g_array_append_val (items, item);
      return p;
    }

  item.prefix = g_str_has_suffix (word, "*");
  g_strchomp (g_strdelimit (word, "*", ' '));
  item.text = g_steal_pointer (&word);
  g_array_append_val (items, item);
  return p;
}

/* Reads a quoted phrase; an unclosed quote runs to the end, as a user
 * typing a phrase expects to see results before closing it. */
static const char *
read_phrase (const char *p,
             GArray     *items)
{
  const char *start = ++p;
  const char *end = strchr (start, '"');
  Item item = { ITEM_TERM, NULL, FALSE };

  if (end == NULL)
    end = start + strlen (start);
  item.text = g_strndup (start, end - start);
  p = *end ? end + 1 : end;
  if (*p == '*')
    {
      item.prefix = TRUE;
      p++;
    }
  g_array_append_val (items, item);
  return p;
}

static GArray *
read_items (const char *text)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));
  const char *p = text;

  g_array_set_clear_func (items, item_clear);
  while (*p)
    {
      if (is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      else if (*p == '"')
        p = read_phrase (p, items);
      else
        p = read_word (p, items);
    }
  return items;
}

static gboolean
check_term (const Item  *item,
            GError     **error)
{
  if (item->prefix && !has_word_characters (item->text))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                           _("A * goes at the end of the start of a word, as in tortur*."));
      return FALSE;
    }
  return TRUE;
}

/* Checks that operators stand between terms, after dropping terms that
 * hold no word (punctuation alone finds nothing). */
static GArray *
check_items (GArray  *items,
             GError **error)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, TRUE, sizeof (Item));
  gboolean any_term = FALSE;

  g_array_set_clear_func (kept, item_clear);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      Item *previous = kept->len ? &g_array_index (kept, Item, kept->len - 1) : NULL;

      if (item->kind == ITEM_TERM)
        {
          if (!check_term (item, error))
            return NULL;
          if (!has_word_characters (item->text))
            continue;
          any_term = TRUE;
        }
      else if (previous == NULL || previous->kind != ITEM_TERM)
        {
          /* "a AND NOT b" means "a NOT b". */
          if (item->kind == ITEM_NOT && previous != NULL && previous->kind == ITEM_AND)
            previous->kind = ITEM_NOT;
          else if (item->kind == ITEM_NOT && previous == NULL)
            {
              g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                                   _("NOT needs a word before it, as in torture NOT prison."));
              return NULL;
            }
          else
            {
              g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                           _("%s needs a word on each side, as in torture %s prison."),
                           operator_name (item->kind), operator_name (item->kind));
              return NULL;
            }
          continue;
        }
      g_array_append_val (kept, *item);
      item->text = NULL;
    }

  if (kept->len > 0 && g_array_index (kept, Item, kept->len - 1).kind != ITEM_TERM)
    {
      ItemKind kind = g_array_index (kept, Item, kept->len - 1).kind;
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                   _("%s needs a word on each side, as in torture %s prison."),
                   operator_name (kind), operator_name (kind));
      return NULL;
    }
  if (!any_term)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                           _("Type a word to search for."));
      return NULL;
    }
  return g_steal_pointer (&kept);
}

static void
append_quoted (GString    *query,
               const char *text)
{
  g_string_append_c (query, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append_c (query, '"');
}

static char *
term_query (const Item *item)
{
  GString *query = g_string_new (NULL);

  append_quoted (query, item->text);
  if (item->prefix)
    g_string_append_c (query, '*');
  return g_string_free (query, FALSE);
}

/* A query read for evaluation over whole documents: groups joined by OR,
 * each a list of terms the document must hold (or, negated, must not),
 * since FTS5 alone would apply AND and NOT within one page. */
typedef struct
{
  GPtrArray *groups;      /* of GPtrArray of Clause */
  char      *match;       /* the whole query in FTS5 syntax */
  char      *highlight;   /* any of the wanted terms: picks pages, marks snippets */
} Query;

typedef struct
{
  char     *fts;
  gboolean  negated;
} Clause;

static void
clause_free (gpointer data)
{
  Clause *clause = data;

  g_free (clause->fts);
  g_free (clause);
}

static void
query_clear (Query *query)
{
  g_clear_pointer (&query->groups, g_ptr_array_unref);
  g_clear_pointer (&query->match, g_free);
  g_clear_pointer (&query->highlight, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static void
build_query (GArray *kept,
             Query  *query)
{
  GString *match = g_string_new (NULL);
  GString *highlight = g_string_new (NULL);
  GPtrArray *group = NULL;
  ItemKind operator = ITEM_OR;

  query->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < kept->len; i++)
    {
      const Item *item = &g_array_index (kept, Item, i);
      Clause *clause;

      if (match->len > 0)
        g_string_append_c (match, ' ');
      if (item->kind != ITEM_TERM)
        {
          g_string_append (match, operator_name (item->kind));
          operator = item->kind;
          continue;
        }

      clause = g_new0 (Clause, 1);
      clause->fts = term_query (item);
      clause->negated = operator == ITEM_NOT;
      g_string_append (match, clause->fts);
      if (!clause->negated)
        g_string_append_printf (highlight, "%s%s", highlight->len ? " OR " : "", clause->fts);
      if (group == NULL || operator == ITEM_OR)
        {
          group = g_ptr_array_new_with_free_func (clause_free);
          g_ptr_array_add (query->groups, group);
        }
      g_ptr_array_add (group, clause);
      operator = ITEM_AND;
    }
  query->match = g_string_free (match, FALSE);
  query->highlight = g_string_free (highlight, FALSE);
}

static gboolean
parse_query (const char  *text,
             Query       *query,
             GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autoptr(GArray) items = read_items (valid);
  g_autoptr(GArray) kept = check_items (items, error);

  if (kept == NULL)
    return FALSE;
  build_query (kept, query);
  return TRUE;
}

/* Every group a single term: the query is an OR of terms, and a document
 * matches it exactly when one of its pages does. */
static gboolean
query_is_page_level (const Query *query)
{
  for (guint i = 0; i < query->groups->len; i++)
    if (((GPtrArray *) g_ptr_array_index (query->groups, i))->len > 1)
      return FALSE;
  return TRUE;
}

/* Returns: (transfer full): @text as an FTS5 query, or NULL with a message
 * for the user. */
char *
dossier_search_parse_query (const char  *text,
                            GError     **error)
{
  g_auto(Query) query = { NULL };

  if (!parse_query (text, &query, error))
    return NULL;
  return g_steal_pointer (&query.match);
}

void
dossier_search_hit_free (DossierSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->date);
  g_free (hit->snippet);
  g_free (hit);
}

/* The SQL for the documents that hold every term of a group and none of
 * its negated ones; groups are joined by UNION. Terms bind from ?10 on. */
static void
append_candidates_sql (GString     *sql,
                       const Query *query)
{
  guint parameter = 10;

  for (guint g = 0; g < query->groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (query->groups, g);

      if (g > 0)
        g_string_append (sql, " UNION ");
      g_string_append (sql, "SELECT d FROM (");
      for (guint c = 0; c < group->len; c++)
        {
          const Clause *clause = g_ptr_array_index (group, c);

          if (c > 0)
            g_string_append (sql, clause->negated ? " EXCEPT " : " INTERSECT ");
          g_string_append_printf (sql, "SELECT rowid >> 16 AS d FROM pages_fts"
                                       " WHERE pages_fts MATCH ?%u", parameter++);
        }
      g_string_append (sql, ")");
    }
}

static void
append_filter_sql (GString                    *sql,
                   const DossierSearchOptions *options)
{
  if (!options->kind && !options->language && !options->date_from && !options->date_to)
    return;
  g_string_append (sql, " AND (rowid >> 16) IN (SELECT id FROM documents WHERE 1");
  if (options->kind)
    g_string_append (sql, " AND kind = ?3");
  if (options->language)
    g_string_append (sql, " AND language = ?4");
  if (options->date_from)
    g_string_append (sql, " AND doc_date >= ?5");
  if (options->date_to)
    g_string_append (sql, " AND doc_date <= ?6");
  g_string_append (sql, ")");
}

/* The best page of each matching document, best first: only page ids, so
 * that the costlier snippets are made for the few shown. bm25() cannot
 * feed an aggregate directly, hence the materialised ranking first. */
static char *
ranking_sql (const Query                *query,
             const DossierSearchOptions *options)
{
  GString *sql = g_string_new (NULL);
  gboolean page_level = query_is_page_level (query);

  if (!page_level)
    {
      g_string_append (sql, "WITH candidates (d) AS MATERIALIZED (");
      append_candidates_sql (sql, query);
      g_string_append (sql, "), ");
    }
  else
    g_string_append (sql, "WITH ");
  g_string_append (sql, "ranked AS MATERIALIZED ("
                        "SELECT rowid, bm25(pages_fts, " TITLE_WEIGHT ", 1.0) AS score"
                        " FROM pages_fts WHERE pages_fts MATCH ?1");
  if (!page_level)
    g_string_append (sql, " AND (rowid >> 16) IN candidates");
  append_filter_sql (sql, options);
  g_string_append (sql, ") SELECT rowid, min(score) AS best FROM ranked"
                        " GROUP BY rowid >> 16 ORDER BY best LIMIT ?2");
  return g_string_free (sql, FALSE);
}

static void
set_query_error (DossierDatabase  *database,
                 int               rc,
                 GError          **error)
{
  /* Only a query FTS5 itself refuses lands here; its text is not for users. */
  g_debug ("search failed: %s", sqlite3_errmsg (dossier_database_get_handle (database)));
  if ((rc & 0xff) == SQLITE_ERROR)
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY,
                         _("This search cannot be run; try fewer symbols."));
  else
    dossier_database_set_error (database, rc, error);
}

static void
bind_query (sqlite3_stmt               *statement,
            const Query                *query,
            const DossierSearchOptions *options)
{
  guint parameter = 10;

  sqlite3_bind_text (statement, 1, query_is_page_level (query) ? query->match
                                                                : query->highlight,
                     -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, (int) (options->limit ? options->limit : DEFAULT_LIMIT));
  sqlite3_bind_text (statement, 3, options->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, options->language, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 5, options->date_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, options->date_to, -1, SQLITE_STATIC);
  if (query_is_page_level (query))
    return;
  for (guint g = 0; g < query->groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (query->groups, g);

      for (guint c = 0; c < group->len; c++)
        sqlite3_bind_text (statement, (int) parameter++,
                           ((Clause *) g_ptr_array_index (group, c))->fts, -1, SQLITE_STATIC);
    }
}

static GPtrArray *
rank_pages (DossierDatabase             *database,
            const Query                 *query,
            const DossierSearchOptions  *options,
            GError                     **error)
{
  g_autofree char *sql = ranking_sql (query, options);
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_search_hit_free);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database, sql, error);
  if (statement == NULL)
    return NULL;
  bind_query (statement, query, options);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierSearchHit *hit = g_new0 (DossierSearchHit, 1);
      gint64 rowid = sqlite3_column_int64 (statement, 0);

      hit->id = rowid >> 16;
      hit->page = (guint) (rowid & 0xffff);
      hit->score = sqlite3_column_double (statement, 1);
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      set_query_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&hits);
}

static gboolean
describe_hit (DossierDatabase   *database,
              const char        *highlight,
              DossierSearchHit  *hit,
              GError           **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
    "SELECT snippet(pages_fts, -1, '" DOSSIER_SEARCH_HIT_START "', '" DOSSIER_SEARCH_HIT_END "',"
    "               '…', 24), d.title, d.doc_date"
    " FROM pages_fts, documents d"
    " WHERE pages_fts MATCH ?1 AND pages_fts.rowid = ?2 AND d.id = ?3", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, highlight, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, DOSSIER_PAGE_ID (hit->id, hit->page));
  sqlite3_bind_int64 (statement, 3, hit->id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      hit->snippet = g_strdup ((const char *) sqlite3_column_text (statement, 0));
      hit->title = g_strdup ((const char *) sqlite3_column_text (statement, 1));
      hit->date = g_strdup ((const char *) sqlite3_column_text (statement, 2));
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_query_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full) (element-type DossierSearchHit): the documents
 * that match, best first, each with its best page and a snippet. A
 * document matches when it holds the query's words, on any of its pages. */
GPtrArray *
dossier_search (DossierLibrary              *library,
                const DossierSearchOptions  *options,
                GError                     **error)
{
  DossierDatabase *database;
  g_auto(Query) query = { NULL };
  g_autoptr(GPtrArray) hits = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!parse_query (options->query, &query, error))
    return NULL;
  database = dossier_library_get_database (library);
  hits = rank_pages (database, &query, options, error);
  if (hits == NULL)
    return NULL;
  for (guint i = 0; i < hits->len; i++)
    if (!describe_hit (database, query.highlight, g_ptr_array_index (hits, i), error))
      return NULL;
  return g_steal_pointer (&hits);
}

/* Returns: (transfer full): @snippet with its hit marks replaced by @start
 * and @end, and, if @escape_markup, the text escaped for Pango markup. */
char *
dossier_search_snippet_replace (const char *snippet,
                                const char *start,
                                const char *end,
                                gboolean    escape_markup)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = snippet ? snippet : "";

  while (*p)
    {
      const char *next = g_utf8_next_char (p);

      if (strncmp (p, DOSSIER_SEARCH_HIT_START, next - p) == 0)
        g_string_append (out, start);
      else if (strncmp (p, DOSSIER_SEARCH_HIT_END, next - p) == 0)
        g_string_append (out, end);
      else if (escape_markup)
        {
          g_autofree char *escaped = g_markup_escape_text (p, next - p);
          g_string_append (out, escaped);
        }
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
