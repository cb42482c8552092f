/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-fts.h"
#include "dossier-search.h"

#define DEFAULT_LIMIT 50
/* ?7: the DossierRankQuery; ?8, ?9: the range of ids ranked; ?10, ?11…:
 * the tags a search is narrowed to. */
#define RANK_PARAM      7
#define LOW_ID_PARAM    8
#define HIGH_ID_PARAM   9
#define FIRST_TAG_PARAM 10
/* Below this many documents a search ranks them in one thread; the tests
 * lower it with DOSSIER_SEARCH_SPLIT_FROM. */
#define SPLIT_FROM_DOCUMENTS 4096

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

/* The query, and each of its phrases as a query of its own, in the order
 * FTS5 numbers them. */
static char *
build_match_query (GArray     *kept,
                   GPtrArray **phrases)
{
  GString *query = g_string_new (NULL);

  if (phrases != NULL)
    *phrases = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < kept->len; i++)
    {
      const Item *item = &g_array_index (kept, Item, i);
      gsize start;

      if (i > 0)
        g_string_append_c (query, ' ');
      if (item->kind != ITEM_TERM)
        {
          g_string_append (query, operator_name (item->kind));
          continue;
        }
      start = query->len;
      append_quoted (query, item->text);
      if (item->prefix)
        g_string_append_c (query, '*');
      if (phrases != NULL)
        g_ptr_array_add (*phrases, g_strndup (query->str + start, query->len - start));
    }
  return g_string_free (query, FALSE);
}

static char *
parse_query (const char  *text,
             GPtrArray  **phrases,
             GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autoptr(GArray) items = read_items (valid);
  g_autoptr(GArray) kept = check_items (items, error);

  if (kept == NULL)
    return NULL;
  return build_match_query (kept, phrases);
}

/* Returns: (transfer full): @text as an FTS5 query, or NULL with a message
 * for the user. */
char *
dossier_search_parse_query (const char  *text,
                            GError     **error)
{
  return parse_query (text, NULL, error);
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

/* The matching documents, best first: only their ids, so that the costlier
 * page and snippet are found for the few shown. Ranked by bm25() with a
 * word of the title as ten of the body, as dossier_rank() computes it
 * (see dossier-fts-rank.c), which also keeps the places of the best rows'
 * hits: asked again for each document, a prefix query (journalist*)
 * merged its terms' lists each time. */
static char *
ranking_sql (const DossierSearchOptions *options)
{
  GString *sql = g_string_new ("SELECT rowid, dossier_rank(text_fts, 10.0, 1.0, ?7) AS score"
                                " FROM text_fts WHERE text_fts MATCH ?1"
                                " AND rowid BETWEEN ?8 AND ?9"
                                " AND rowid NOT IN (SELECT id FROM documents"
                                "                   WHERE trashed_at IS NOT NULL)");

  /* "+rowid": a filter is checked on each document FTS5 matches; a bare
   * rowid IN (…) had FTS5 run the whole query once per id of the list
   * instead (2.4 s for "torture" in 20,000 documents' letters, not 20 ms). */
  if (options->kind || options->language || options->date_from || options->date_to)
    {
      g_string_append (sql, " AND +rowid IN (SELECT id FROM documents WHERE 1");
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
  for (guint i = 0; i < options->n_tag_ids; i++)
    {
      g_autofree char *param = g_strdup_printf ("?%u", FIRST_TAG_PARAM + i);

      dossier_database_append_tag_condition (sql, "+rowid", param);
    }
  g_string_append (sql, " ORDER BY score, rowid LIMIT ?2");
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

/* How many documents hold @phrase, trashed or not, as FTS5 counts them
 * for bm25(); -1 on error. */
static gint64
count_phrase (DossierDatabase  *database,
              const char       *phrase,
              GError          **error)
{
  sqlite3_stmt *statement;
  gint64 count;
  int rc;

  statement = dossier_database_prepare (database,
    "SELECT count(*) FROM text_fts WHERE text_fts MATCH ?1", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, phrase, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  count = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW)
    {
      set_query_error (database, rc, error);
      return -1;
    }
  return count;
}

/* How many documents hold each phrase, for the ranking. */
static GArray *
count_phrases (DossierDatabase  *database,
               GPtrArray        *phrases,
               GError          **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < phrases->len; i++)
    {
      gint64 count = count_phrase (database, g_ptr_array_index (phrases, i), error);

      if (count < 0)
        return NULL;
      g_array_append_val (counts, count);
    }
  return g_steal_pointer (&counts);
}

/* The documents of ids from @low to @high, ranked on one connection. */
typedef struct
{
  DossierDatabase            *database;
  const char                 *match;
  GArray                     *counts;    /* gint64, one per phrase */
  const DossierSearchOptions *options;
  gint64                      low;
  gint64                      high;
  GPtrArray                  *hits;      /* out: DossierSearchHit, best first */
  GPtrArray                  *spans;     /* out: GBytes, one per hit */
  GError                     *error;
} RankShare;

static void
rank_share_clear (RankShare *share)
{
  g_clear_pointer (&share->hits, g_ptr_array_unref);
  g_clear_pointer (&share->spans, g_ptr_array_unref);
  g_clear_error (&share->error);
}

/* Leaves any error in @share. */
static void
rank_share (RankShare *share)
{
  const DossierSearchOptions *options = share->options;
  guint limit = options->limit ? options->limit : DEFAULT_LIMIT;
  g_autofree char *sql = ranking_sql (options);
  g_autoptr(DossierRankQuery) query = dossier_rank_query_new (limit);
  sqlite3_stmt *statement;
  int rc;

  share->hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_search_hit_free);
  share->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  for (guint i = 0; i < share->counts->len; i++)
    dossier_rank_query_add_phrase_count (query, g_array_index (share->counts, gint64, i));
  statement = dossier_database_prepare (share->database, sql, &share->error);
  if (statement == NULL)
    return;
  sqlite3_bind_text (statement, 1, share->match, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, (int) limit);
  sqlite3_bind_text (statement, 3, options->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, options->language, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 5, options->date_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, options->date_to, -1, SQLITE_STATIC);
  sqlite3_bind_pointer (statement, RANK_PARAM, query, DOSSIER_RANK_QUERY_TYPE, NULL);
  for (guint i = 0; i < options->n_tag_ids; i++)
    sqlite3_bind_int64 (statement, (int) (FIRST_TAG_PARAM + i), options->tag_ids[i]);
  sqlite3_bind_int64 (statement, LOW_ID_PARAM, share->low);
  sqlite3_bind_int64 (statement, HIGH_ID_PARAM, share->high);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      DossierSearchHit *hit = g_new0 (DossierSearchHit, 1);
      GBytes *hit_spans;

      hit->id = sqlite3_column_int64 (statement, 0);
      hit->score = sqlite3_column_double (statement, 1);
      hit_spans = dossier_rank_query_get_spans (query, hit->id);
      g_ptr_array_add (share->hits, hit);
      g_ptr_array_add (share->spans, hit_spans ? g_bytes_ref (hit_spans) : g_bytes_new (NULL, 0));
    }
  sqlite3_reset (statement);
  /* The statement is kept for the next search; the query is not. */
  sqlite3_bind_null (statement, RANK_PARAM);
  if (rc != SQLITE_DONE)
    set_query_error (share->database, rc, &share->error);
}

static gpointer
rank_share_thread (gpointer data)
{
  rank_share (data);
  return NULL;
}

static gboolean
is_better (const DossierSearchHit *a,
           const DossierSearchHit *b)
{
  return a->score < b->score || (a->score == b->score && a->id < b->id);
}

/* The best of two shares' hits, in order, and their spans. */
static GPtrArray *
merge_shares (RankShare  *first,
              RankShare  *second,
              guint       limit,
              GPtrArray  *spans)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_search_hit_free);
  guint i = 0, j = 0;

  while (hits->len < limit && (i < first->hits->len || j < second->hits->len))
    {
      RankShare *from;
      guint *index;

      if (j >= second->hits->len ||
          (i < first->hits->len &&
           is_better (g_ptr_array_index (first->hits, i), g_ptr_array_index (second->hits, j))))
        from = first, index = &i;
      else
        from = second, index = &j;
      g_ptr_array_add (hits, g_ptr_array_steal_index (from->hits, *index));
      g_ptr_array_add (spans, g_ptr_array_steal_index (from->spans, *index));
    }
  return hits;
}

static gint64
split_from_documents (void)
{
  const char *value = g_getenv ("DOSSIER_SEARCH_SPLIT_FROM");

  return value != NULL && *value != '\0' ? g_ascii_strtoll (value, NULL, 10)
                                          : SPLIT_FROM_DOCUMENTS;
}

static gboolean
highest_id (DossierDatabase  *database,
            gint64           *id,
            GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (database,
    "SELECT ifnull(max(id), 0) FROM document_text", error);
  int rc;

  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  *id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW)
    {
      dossier_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The matching documents, best first, and the places of their hits. On a
 * large library the two halves of the ids are ranked at once, each on a
 * connection and a core of its own: ranking thousands of matches is most
 * of a search's time. */
static GPtrArray *
rank_documents (DossierLibrary              *library,
                const char                  *match,
                GPtrArray                   *phrases,
                const DossierSearchOptions  *options,
                GPtrArray                   *spans,
                GError                     **error)
{
  DossierDatabase *database = dossier_library_get_database (library);
  DossierDatabase *second = NULL;
  guint limit = options->limit ? options->limit : DEFAULT_LIMIT;
  g_autoptr(GArray) counts = count_phrases (database, phrases, error);
  RankShare shares[2] = { { 0 }, { 0 } };
  GThread *thread = NULL;
  GPtrArray *hits = NULL;
  gint64 high;

  if (counts == NULL || !highest_id (database, &high, error))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    shares[i] = (RankShare) { .database = database, .match = match, .counts = counts,
                              .options = options, .low = 0, .high = high };
  if (high >= split_from_documents () && g_get_num_processors () > 1)
    second = dossier_library_try_take_second_database (library);
  if (second != NULL)
    {
      shares[0].high = high / 2;
      shares[1].low = high / 2 + 1;
      shares[1].database = second;
      thread = g_thread_new ("dossier-search", rank_share_thread, &shares[1]);
    }

  rank_share (&shares[0]);
  if (thread != NULL)
    {
      g_thread_join (thread);
      dossier_library_release_second_database (library);
    }
  else
    shares[1].hits = g_ptr_array_new ();

  if (shares[0].error != NULL)
    g_propagate_error (error, g_steal_pointer (&shares[0].error));
  else if (shares[1].error != NULL)
    g_propagate_error (error, g_steal_pointer (&shares[1].error));
  else
    hits = merge_shares (&shares[0], &shares[1], limit, spans);
  rank_share_clear (&shares[0]);
  rank_share_clear (&shares[1]);
  return hits;
}

/* A hit in a document's text: its first word, and how many words. */
typedef struct
{
  gint32 position;
  gint32 n_words;
} HitSpan;

/* The page that holds most hits (the first such page; page 1 when only
 * the title matched), from the positions of the hits and of each page's
 * first word. Returns its number; @first_word is its first word's. */
static guint
find_best_page (const HitSpan *hits,
                guint          n_hits,
                GArray        *first_words,
                gint32        *first_word)
{
  g_autofree guint *counts = g_new0 (guint, first_words->len + 1);
  guint best = 0;
  guint page = 0;

  for (guint h = 0; h < n_hits; h++)
    {
      while (page + 1 < first_words->len &&
             g_array_index (first_words, gint32, page + 1) <= hits[h].position)
        page++;
      if (++counts[page] > counts[best])
        best = page;
    }
  *first_word = first_words->len ? g_array_index (first_words, gint32, best) : 0;
  return best + 1;
}

static GArray *
read_first_words (DossierDatabase  *database,
                  gint64            id,
                  GError          **error)
{
  g_autoptr(GArray) first_words = g_array_new (FALSE, FALSE, sizeof (gint32));
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
    "SELECT first_word FROM pages WHERE document_id = ?1 ORDER BY number", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint32 first_word = sqlite3_column_int (statement, 0);
      g_array_append_val (first_words, first_word);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&first_words);
}

/* Page @number (from 1) of a document's text. */
static char *
dup_page (const char *body,
          guint       number)
{
  const char *start = body;
  const char *end;

  for (guint i = 1; i < number && start != NULL; i++)
    {
      start = strchr (start, DOSSIER_PAGE_BREAK);
      start = start ? start + 1 : NULL;
    }
  if (start == NULL)
    return g_strdup ("");
  end = strchr (start, DOSSIER_PAGE_BREAK);
  return end ? g_strndup (start, end - start) : g_strdup (start);
}

static const char *
back_to_word_start (const char *page,
                    const char *p,
                    guint       n_chars)
{
  for (guint i = 0; i < n_chars && p > page; i++)
    p = g_utf8_prev_char (p);
  while (p > page && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  return p;
}

static const char *
on_to_word_end (const char *p,
                const char *end,
                guint       n_chars)
{
  for (guint i = 0; i < n_chars && p < end; i++)
    p = g_utf8_next_char (p);
  while (p < end && !g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* The byte ranges of the hits on a page, from their word positions. */
static GArray *
hit_ranges (GArray        *words,
            const HitSpan *hits,
            guint          n_hits,
            gint32         first_word)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (DossierWordSpan));

  for (guint h = 0; h < n_hits; h++)
    {
      gint64 first = (gint64) hits[h].position - first_word;
      gint64 last = first + hits[h].n_words - 1;
      DossierWordSpan range;

      if (first < 0 || last >= words->len)
        continue;
      range.start = g_array_index (words, DossierWordSpan, first).start;
      range.end = g_array_index (words, DossierWordSpan, last).end;
      g_array_append_val (ranges, range);
    }
  return ranges;
}

/* A few lines of @page around its first hit, on one line, the hits
 * marked. */
static char *
make_snippet (const char *page,
              GArray     *ranges)
{
  const char *page_end = page + strlen (page);
  const DossierWordSpan *first = ranges->len ? &g_array_index (ranges, DossierWordSpan, 0) : NULL;
  const char *start = first ? back_to_word_start (page, page + first->start, 60) : page;
  const char *end = on_to_word_end (first ? page + first->start : page, page_end,
                                    first ? 160 : 200);
  GString *snippet = g_string_new (start > page ? "…" : "");
  const char *cursor = start;

  for (guint i = 0; i < ranges->len; i++)
    {
      const DossierWordSpan *range = &g_array_index (ranges, DossierWordSpan, i);

      if (page + range->start < cursor || page + range->start >= end)
        continue;
      g_string_append_len (snippet, cursor, page + range->start - cursor);
      g_string_append (snippet, DOSSIER_SEARCH_HIT_START);
      g_string_append_len (snippet, page + range->start, range->end - range->start);
      g_string_append (snippet, DOSSIER_SEARCH_HIT_END);
      cursor = page + range->end;
      end = MAX (end, cursor);
    }
  g_string_append_len (snippet, cursor, end - cursor);
  if (end < page_end)
    g_string_append (snippet, "…");
  g_strdelimit (snippet->str, "\n\r\t\f", ' ');
  return g_string_free (snippet, FALSE);
}

/* The hit's page and snippet: the hits' positions come from the index, and
 * only the page shown is read word by word, to mark them. */
static gboolean
place_hit (DossierDatabase   *database,
           DossierSearchHit  *hit,
           const HitSpan     *hits,
           guint              n_hits,
           const char        *body,
           GError           **error)
{
  g_autoptr(GArray) first_words = read_first_words (database, hit->id, error);
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DossierWordSpan));
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *page = NULL;
  gint32 first_word;
  int rc;

  if (first_words == NULL)
    return FALSE;
  hit->page = find_best_page (hits, n_hits, first_words, &first_word);
  page = dup_page (body, hit->page);
  rc = dossier_fts_word_spans (dossier_database_get_handle (database), page,
                               (int) strlen (page), words);
  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (database, rc, error);
      return FALSE;
    }
  ranges = hit_ranges (words, hits, n_hits, first_word);
  hit->snippet = make_snippet (page, ranges);
  return TRUE;
}

static gboolean
describe_hit (DossierDatabase   *database,
              DossierSearchHit  *hit,
              GBytes            *spans,
              GError           **error)
{
  sqlite3_stmt *statement;
  gboolean ok = TRUE;
  int rc;

  statement = dossier_database_prepare (database,
    "SELECT t.body, d.title, d.doc_date FROM document_text t, documents d"
    " WHERE t.id = ?1 AND d.id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, hit->id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      gsize size;
      const HitSpan *hits = g_bytes_get_data (spans, &size);
      const char *body = (const char *) sqlite3_column_text (statement, 0);

      hit->title = g_strdup ((const char *) sqlite3_column_text (statement, 1));
      hit->date = g_strdup ((const char *) sqlite3_column_text (statement, 2));
      ok = place_hit (database, hit, hits, (guint) (size / sizeof (HitSpan)), body ? body : "",
                      error);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_query_error (database, rc, error);
      return FALSE;
    }
  return ok;
}

/* Returns: (transfer full) (element-type DossierSearchHit): the documents
 * that match, best first, each with the page that holds most hits and a
 * snippet of it. A document matches when it holds the query's words, on
 * any of its pages. */
GPtrArray *
dossier_search (DossierLibrary              *library,
                const DossierSearchOptions  *options,
                GError                     **error)
{
  DossierDatabase *database;
  g_autofree char *match = NULL;
  g_autoptr(GPtrArray) phrases = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  match = parse_query (options->query, &phrases, error);
  if (match == NULL)
    return NULL;
  database = dossier_library_get_database (library);
  hits = rank_documents (library, match, phrases, options, spans, error);
  if (hits == NULL)
    return NULL;
  for (guint i = 0; i < hits->len; i++)
    if (!describe_hit (database, g_ptr_array_index (hits, i), g_ptr_array_index (spans, i), error))
      return NULL;
  return g_steal_pointer (&hits);
}

/* Appends the hits that fall on one page, as byte ranges of its text. */
static gboolean
add_page_matches (DossierDatabase  *database,
                  const char       *page_text,
                  guint             page,
                  gint32            first_word,
                  const HitSpan    *hits,
                  guint             n_hits,
                  GArray           *matches,
                  GError          **error)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DossierWordSpan));
  g_autoptr(GArray) ranges = NULL;
  int rc;

  rc = dossier_fts_word_spans (dossier_database_get_handle (database), page_text,
                               (int) strlen (page_text), words);
  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (database, rc, error);
      return FALSE;
    }
  ranges = hit_ranges (words, hits, n_hits, first_word);
  for (guint i = 0; i < ranges->len; i++)
    {
      const DossierWordSpan *range = &g_array_index (ranges, DossierWordSpan, i);
      DossierSearchMatch match = { page, (guint) range->start, (guint) range->end };

      g_array_append_val (matches, match);
    }
  return TRUE;
}

static gboolean
split_matches (DossierDatabase  *database,
               gint64            id,
               const HitSpan    *hits,
               guint             n_hits,
               const char       *body,
               GArray           *matches,
               GError          **error)
{
  g_autoptr(GArray) first_words = read_first_words (database, id, error);
  g_auto(GStrv) pages = NULL;

  if (first_words == NULL)
    return FALSE;
  pages = g_strsplit (body, DOSSIER_PAGE_BREAK_STRING, -1);
  for (guint p = 0; p < first_words->len && pages[p] != NULL; p++)
    if (!add_page_matches (database, pages[p], p + 1, g_array_index (first_words, gint32, p),
                           hits, n_hits, matches, error))
      return FALSE;
  return TRUE;
}

/* Returns: (transfer full) (element-type DossierSearchMatch): every hit of
 * @query in the pages of one document, in reading order; empty if none. */
GArray *
dossier_search_matches (DossierLibrary  *library,
                        gint64           document_id,
                        const char      *query,
                        GError         **error)
{
  DossierDatabase *database;
  g_autofree char *match = NULL;
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (DossierSearchMatch));
  sqlite3_stmt *statement;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  match = dossier_search_parse_query (query, error);
  if (match == NULL)
    return NULL;
  database = dossier_library_get_database (library);
  statement = dossier_database_prepare (database,
    "SELECT dossier_hit_spans(text_fts), t.body FROM text_fts, document_text t"
    " WHERE text_fts MATCH ?1 AND text_fts.rowid = ?2 AND t.id = ?2", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, document_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      const HitSpan *hits = sqlite3_column_blob (statement, 0);
      guint n_hits = (guint) sqlite3_column_bytes (statement, 0) / sizeof (HitSpan);
      const char *body = (const char *) sqlite3_column_text (statement, 1);

      ok = split_matches (database, document_id, hits, n_hits, body ? body : "", matches, error);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_query_error (database, rc, error);
      return NULL;
    }
  return ok ? g_steal_pointer (&matches) : NULL;
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
