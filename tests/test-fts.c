/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib.h>
#include <sqlite3.h>
#include <string.h>

#include "dossier-fts.h"

#define TABLE_SQL \
  "CREATE VIRTUAL TABLE t USING fts5(title, body, " \
  "tokenize = 'dossier remove_diacritics 2')"

static sqlite3 *
open_database (void)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (dossier_fts_register (db), ==, SQLITE_OK);

  return db;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *error = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &error);

  g_assert_cmpstr (error, ==, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

static sqlite3 *
open_database_with_table (void)
{
  sqlite3 *db = open_database ();

  exec_sql (db, TABLE_SQL);
  return db;
}

/* @n_body of -1 means up to the NUL; a NULL @body inserts SQL NULL. */
static void
insert_body (sqlite3    *db,
             const char *body,
             int         n_body)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (body) VALUES (?1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (body != NULL)
    sqlite3_bind_text (stmt, 1, body, n_body, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
}

static void
check_integrity (sqlite3 *db)
{
  exec_sql (db, "INSERT INTO t (t) VALUES ('integrity-check')");
}

/* The rowids matching @query, in the order of @order_by, space-separated. */
static char *
matching_rowids_ordered (sqlite3    *db,
                         const char *query,
                         const char *order_by)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM t WHERE t MATCH ?1 "
                                          "ORDER BY %s", order_by);
  g_autoptr(GString) rowids = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (rowids, "%s%lld", rowids->len > 0 ? " " : "",
                            (long long) sqlite3_column_int64 (stmt, 0));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (g_steal_pointer (&rowids), FALSE);
}

static char *
matching_rowids (sqlite3    *db,
                 const char *query)
{
  return matching_rowids_ordered (db, query, "rowid");
}

/* Whether @query finds a document whose whole text is @text. */
static gboolean
query_finds (const char *query,
             const char *text)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *rowids = NULL;

  insert_body (db, text, -1);
  rowids = matching_rowids (db, query);
  sqlite3_close (db);

  return g_str_equal (rowids, "1");
}

/* The first column of the first row of @sql, with @query, if any, bound
 * to ?1. */
static char *
query_text (sqlite3    *db,
            const char *sql,
            const char *query)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return text;
}

static char *
highlight_of (sqlite3    *db,
              const char *query)
{
  return query_text (db, "SELECT highlight(t, 1, '[', ']') FROM t "
                     "WHERE t MATCH ?1", query);
}

/* Tokens as the tokenizer hands them to FTS5, recorded as
 * "word@start-end/stem/stem word@start-end …". */
typedef struct
{
  GString *tokens;
  int      last_start;
  int      last_end;
} TokenRecorder;

static int
record_token (void       *user_data,
              int         tflags,
              const char *token,
              int         n_token,
              int         start,
              int         end)
{
  TokenRecorder *recorder = user_data;

  g_assert_cmpint (n_token, >, 0);
  if (tflags & FTS5_TOKEN_COLOCATED)
    {
      g_assert_cmpint (recorder->tokens->len, >, 0);
      g_assert_cmpint (start, ==, recorder->last_start);
      g_assert_cmpint (end, ==, recorder->last_end);
      g_string_append_printf (recorder->tokens, "/%.*s", n_token, token);
      return SQLITE_OK;
    }

  g_assert_cmpint (tflags, ==, 0);
  g_assert_cmpint (start, <=, end);
  g_string_append_printf (recorder->tokens, "%s%.*s@%d-%d",
                          recorder->tokens->len > 0 ? " " : "",
                          n_token, token, start, end);
  recorder->last_start = start;
  recorder->last_end = end;

  return SQLITE_OK;
}

static fts5_api *
fts5_api_of (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
  g_assert_true (api != NULL);

  return api;
}

/* A "dossier" tokenizer (arguments "remove_diacritics 2") used directly,
 * without a table. */
typedef struct
{
  sqlite3        *db;
  fts5_tokenizer  vtable;
  Fts5Tokenizer  *instance;
} DirectTokenizer;

static void
direct_tokenizer_open (DirectTokenizer *tokenizer)
{
  static const char *args[] = { "remove_diacritics", "2" };
  fts5_api *api;
  void *user_data = NULL;

  tokenizer->db = open_database ();
  api = fts5_api_of (tokenizer->db);
  g_assert_cmpint (api->xFindTokenizer (api, "dossier", &user_data,
                                        &tokenizer->vtable), ==, SQLITE_OK);
  g_assert_cmpint (tokenizer->vtable.xCreate (user_data, args, G_N_ELEMENTS (args),
                                              &tokenizer->instance), ==, SQLITE_OK);
}

static char *
direct_tokenizer_run (DirectTokenizer *tokenizer,
                      const char      *text,
                      int              n_text,
                      int              flags)
{
  TokenRecorder recorder = { .tokens = g_string_new (NULL) };

  g_assert_cmpint (tokenizer->vtable.xTokenize (tokenizer->instance, &recorder,
                                                flags, text, n_text,
                                                record_token), ==, SQLITE_OK);
  return g_string_free (recorder.tokens, FALSE);
}

static void
direct_tokenizer_close (DirectTokenizer *tokenizer)
{
  tokenizer->vtable.xDelete (tokenizer->instance);
  sqlite3_close (tokenizer->db);
}

static char *
tokenize_bytes (const char *text,
                int         n_text,
                int         flags)
{
  DirectTokenizer tokenizer;
  char *tokens;

  direct_tokenizer_open (&tokenizer);
  tokens = direct_tokenizer_run (&tokenizer, text, n_text, flags);
  direct_tokenizer_close (&tokenizer);

  return tokens;
}

static char *
tokenize (const char *text,
          int         flags)
{
  return tokenize_bytes (text, strlen (text), flags);
}

static void
assert_tokens (const char *text,
               int         flags,
               const char *expected)
{
  g_autofree char *tokens = tokenize (text, flags);

  g_assert_cmpstr (tokens, ==, expected);
}

static void
test_register (void)
{
  sqlite3 *db = open_database_with_table ();

  /* Registering twice replaces the tokenizer, as with any FTS5 tokenizer. */
  g_assert_cmpint (dossier_fts_register (db), ==, SQLITE_OK);
  exec_sql (db, "CREATE VIRTUAL TABLE plain USING fts5(body, tokenize = 'dossier')");
  insert_body (db, "They were tortured.", -1);
  check_integrity (db);
  sqlite3_close (db);
}

static void
test_register_arguments (void)
{
  sqlite3 *db = open_database ();
  g_autofree char *rowids = NULL;
  char *error = NULL;

  /* Arguments reach unicode61: with "-" a token character, "anti-war" is
   * one word and "anti" alone no longer finds it. */
  exec_sql (db, "CREATE VIRTUAL TABLE t USING fts5(title, body, "
                "tokenize = \"dossier remove_diacritics 2 tokenchars '-'\")");
  insert_body (db, "An anti-war protest", -1);
  rowids = matching_rowids (db, "anti");
  g_assert_cmpstr (rowids, ==, "");
  g_clear_pointer (&rowids, g_free);
  rowids = matching_rowids (db, "\"anti-war\"");
  g_assert_cmpstr (rowids, ==, "1");
  g_assert_true (query_finds ("anti", "An anti-war protest"));

  /* ...and unicode61 rejects what it does not know. */
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE bad USING fts5(body, "
                                     "tokenize = 'dossier no_such_option 1')",
                                 NULL, NULL, &error), ==, SQLITE_ERROR);
  g_assert_true (error != NULL);
  sqlite3_free (error);
  sqlite3_close (db);
}

static void
test_tokens_document (void)
{
  /* Offsets are those of the original words, and the three Latin stemmers
   * agreeing on "tortur" index it once. */
  assert_tokens ("They were tortured.", FTS5_TOKENIZE_DOCUMENT,
                 "they@0-4 were@5-9/wer tortured@10-18/tortur");
  assert_tokens ("Political prisoners", FTS5_TOKENIZE_DOCUMENT,
                 "political@0-9/polit prisoners@10-19/prison/prisoner");
  /* é takes two bytes: the offsets still span the original text. */
  assert_tokens ("Les libertés", FTS5_TOKENIZE_AUX,
                 "les@0-3/le libertes@4-13/libert");
  assert_tokens ("ЗАКЛЮЧЁННЫХ Козлова", FTS5_TOKENIZE_DOCUMENT,
                 "заключенных@0-22/заключен козлова@23-37/козлов");
}

static void
test_tokens_unstemmed (void)
{
  /* Numbers, mixed scripts and other scripts are indexed as they are. */
  assert_tokens ("2024 abcабв λόγος 東京", FTS5_TOKENIZE_DOCUMENT,
                 "2024@0-4 abcабв@5-14 λόγοσ@15-25 東京@26-32");
  /* Words no stemmer changes get no second term. */
  assert_tokens ("әділ сот", FTS5_TOKENIZE_DOCUMENT, "әділ@0-8 сот@9-15");
  assert_tokens ("", FTS5_TOKENIZE_DOCUMENT, "");
  assert_tokens (" ,.; — ", FTS5_TOKENIZE_DOCUMENT, "");
}

static void
test_tokens_query (void)
{
  /* A Latin word is looked up by its stems alone, which every document
   * word indexes; a Cyrillic word keeps its own form too (Козлов must
   * find Козлова, whose stem is "козлов"). */
  assert_tokens ("Tortured Заключённых", FTS5_TOKENIZE_QUERY,
                 "tortur@0-8 заключенных@9-31/заключен");
  assert_tokens ("human", FTS5_TOKENIZE_QUERY, "human@0-5");
  /* A prefix query looks up the words as written, never their stems. */
  assert_tokens ("Tortured Заключённых",
                 FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX,
                 "tortured@0-8 заключенных@9-31");
}

/* Many distinct inflected words, Latin and Cyrillic, far more than the
 * tokenizer remembers the stems of. */
static char *
many_distinct_words (void)
{
  static const char * const latin_endings[] = { "ing", "ed", "ations", "heiten", "ement" };
  static const char * const cyrillic_endings[] = { "ами", "ов", "ённых" };
  static const char * const cyrillic_letters[] = { "б", "в", "г", "д", "ж", "з", "к", "л" };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_c (text, 'a' + i % 26);
      g_string_append_c (text, 'a' + i / 26 % 26);
      g_string_append_c (text, 'a' + i / 676 % 26);
      g_string_append_printf (text, "%s %s%sо%s%s ",
                              latin_endings[i % G_N_ELEMENTS (latin_endings)],
                              cyrillic_letters[i % 8], cyrillic_letters[i / 8 % 8],
                              cyrillic_letters[i / 64 % 8],
                              cyrillic_endings[i % G_N_ELEMENTS (cyrillic_endings)]);
    }

  return g_string_free (text, FALSE);
}

static void
test_tokens_cached (void)
{
  g_autofree char *text = many_distinct_words ();
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *repeated = NULL;
  g_autofree char *fresh = NULL;
  DirectTokenizer tokenizer;

  /* The same words give the same stems whether the instance has stemmed
   * them before or not, and whatever else it stemmed in between. */
  direct_tokenizer_open (&tokenizer);
  first = direct_tokenizer_run (&tokenizer, text, strlen (text),
                                FTS5_TOKENIZE_DOCUMENT);
  again = direct_tokenizer_run (&tokenizer, text, strlen (text),
                                FTS5_TOKENIZE_DOCUMENT);
  repeated = direct_tokenizer_run (&tokenizer, "Tortured, TORTURED", 18,
                                   FTS5_TOKENIZE_DOCUMENT);
  direct_tokenizer_close (&tokenizer);
  fresh = tokenize (text, FTS5_TOKENIZE_DOCUMENT);
  g_assert_cmpuint (strlen (first), >, strlen (text));
  g_assert_true (g_str_equal (again, first));
  g_assert_true (g_str_equal (fresh, first));
  g_assert_cmpstr (repeated, ==, "tortured@0-8/tortur tortured@10-18/tortur");
}

static void
test_stem_english (void)
{
  g_assert_true (query_finds ("torture", "They were tortured."));
  g_assert_true (query_finds ("torture", "Reports of tortures"));
  g_assert_true (query_finds ("tortured", "An end to torture"));
  g_assert_true (query_finds ("TORTURING", "An end to torture"));
  /* "tort" is a word of its own, not a form of "torture". */
  g_assert_false (query_finds ("torture", "A tort claim"));
  g_assert_false (query_finds ("tort", "An end to torture"));
  g_assert_true (query_finds ("tort", "Two torts"));
}

static void
test_stem_french (void)
{
  g_assert_true (query_finds ("liberte", "Les libertés fondamentales"));
  g_assert_true (query_finds ("liberté", "Les libertés fondamentales"));
  g_assert_true (query_finds ("libertés", "la liberte"));
  g_assert_false (query_finds ("liberte", "un libéral"));
}

static void
test_stem_german (void)
{
  g_assert_true (query_finds ("Freiheit", "Die Freiheiten der Bürger"));
  g_assert_true (query_finds ("Freiheiten", "Freiheit"));
  g_assert_false (query_finds ("Freiheit", "Sie sind frei"));
  /* The German stemmer spells ß as ss. */
  g_assert_true (query_finds ("Strasse", "Die Straße"));
}

static void
test_stem_russian (void)
{
  g_assert_true (query_finds ("заключенные", "Список заключённых"));
  g_assert_true (query_finds ("заключенные", "ЗАКЛЮЧЁННЫЕ"));
  g_assert_true (query_finds ("заключённые", "заключенных"));
  g_assert_true (query_finds ("Козлов", "Письмо Козлова"));
  g_assert_true (query_finds ("Козлова", "Петр Козлов"));
  g_assert_true (query_finds ("журналист", "Аресты журналистов"));
  /* "журнал" stems to "журна", "журналист" to itself: no false match. */
  g_assert_false (query_finds ("журналист", "Статья в журнале"));
  g_assert_false (query_finds ("журнал", "Аресты журналистов"));
}

static void
test_fold_yo (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *terms = NULL;

  exec_sql (db, "CREATE VIRTUAL TABLE v USING fts5vocab (t, 'row')");
  insert_body (db, "Заключённых ёлка", -1);
  terms = query_text (db, "SELECT group_concat(term, ' ') FROM "
                      "(SELECT term FROM v ORDER BY term)", NULL);
  g_assert_cmpstr (terms, ==, "елк елка заключен заключенных");
  sqlite3_close (db);
}

static void
test_kazakh (void)
{
  g_assert_true (query_finds ("әділ", "Әділ сот туралы"));
  g_assert_true (query_finds ("сот", "Әділ сот туралы"));
  g_assert_true (query_finds ("\"әділ сот\"", "Әділ сот туралы"));
  g_assert_true (query_finds ("ӘДІЛ", "әділ сот"));
  g_assert_false (query_finds ("\"сот әділ\"", "Әділ сот туралы"));
}

static void
test_query_phrase (void)
{
  g_assert_true (query_finds ("\"political prisoners\"",
                              "Release every political prisoner now"));
  g_assert_true (query_finds ("\"political prisoners\"", "Political Prisoners"));
  g_assert_false (query_finds ("\"political prisoners\"",
                               "prisoners of political conscience"));
  g_assert_false (query_finds ("\"political prisoners\"",
                               "political and other prisoners"));
  g_assert_true (query_finds ("NEAR(political prisoners, 2)",
                              "political and other prisoners"));
}

static void
test_query_prefix (void)
{
  g_assert_true (query_finds ("tortur*", "An end to torture"));
  g_assert_true (query_finds ("tortur*", "They kept torturing him"));
  g_assert_true (query_finds ("заключ*", "ЗАКЛЮЧЁННЫЕ"));
  g_assert_true (query_finds ("заключё*", "заключенные"));
  /* A prefix is not stemmed: "tortured*" wants words that begin so. */
  g_assert_false (query_finds ("tortured*", "An end to torture"));
  g_assert_true (query_finds ("tortured*", "They were tortured."));
}

static void
test_query_boolean (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *not_rowids = NULL;
  g_autofree char *or_rowids = NULL;
  g_autofree char *and_rowids = NULL;

  insert_body (db, "Torture in prison", -1);
  insert_body (db, "A tortured journalist", -1);
  insert_body (db, "Prison conditions", -1);
  not_rowids = matching_rowids (db, "torture NOT prison");
  or_rowids = matching_rowids (db, "journalists OR conditions");
  and_rowids = matching_rowids (db, "tortured AND prisons");
  g_assert_cmpstr (not_rowids, ==, "2");
  g_assert_cmpstr (or_rowids, ==, "2 3");
  g_assert_cmpstr (and_rowids, ==, "1");
  sqlite3_close (db);
}

static void
test_aux_highlight (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *english = NULL;
  g_autofree char *stemmed = NULL;
  g_autofree char *french = NULL;
  g_autofree char *russian = NULL;
  g_autofree char *prefix = NULL;

  insert_body (db, "They were tortured.", -1);
  insert_body (db, "Les libertés, toutes les libertés.", -1);
  insert_body (db, "Освободить ЗАКЛЮЧЁННЫХ немедленно", -1);
  english = highlight_of (db, "tortured");
  stemmed = highlight_of (db, "torture");
  french = highlight_of (db, "liberte");
  russian = highlight_of (db, "заключенные");
  prefix = highlight_of (db, "tortur*");
  g_assert_cmpstr (english, ==, "They were [tortured].");
  g_assert_cmpstr (stemmed, ==, "They were [tortured].");
  g_assert_cmpstr (french, ==, "Les [libertés], toutes les [libertés].");
  g_assert_cmpstr (russian, ==, "Освободить [ЗАКЛЮЧЁННЫХ] немедленно");
  g_assert_cmpstr (prefix, ==, "They were [tortured].");
  sqlite3_close (db);
}

static void
test_aux_snippet (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *snippet = NULL;
  g_autofree char *phrase = NULL;

  insert_body (db,
               "The committee met on Monday. It heard many witnesses. "
               "Several political prisoners said they had been tortured "
               "in custody. The committee will report in the spring.", -1);
  snippet = query_text (db, "SELECT snippet(t, 1, '[', ']', '…', 6) FROM t "
                        "WHERE t MATCH ?1", "torture");
  phrase = query_text (db, "SELECT snippet(t, 1, '[', ']', '…', 5) FROM t "
                       "WHERE t MATCH ?1", "\"political prisoner\"");
  g_assert_cmpstr (snippet, ==, "…had been [tortured] in custody. The…");
  g_assert_cmpstr (phrase, ==, "…Several [political prisoners] said they…");
  sqlite3_close (db);
}

static void
test_aux_bm25 (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *ranked = NULL;
  g_autofree char *score = NULL;

  insert_body (db, "A long letter about the weather, the harvest, the roads, "
                   "the school, the river and, once, torture.", -1);
  insert_body (db, "Nothing relevant here.", -1);
  insert_body (db, "Torture, tortured, tortures: torture.", -1);
  ranked = matching_rowids_ordered (db, "torture", "rank");
  g_assert_cmpstr (ranked, ==, "3 1");
  score = query_text (db, "SELECT bm25(t) < 0 FROM t WHERE t MATCH ?1", "torture");
  g_assert_cmpstr (score, ==, "1");
  sqlite3_close (db);
}

/* Every row's score from @function, as "rowid:score" with the scores
 * rounded past the last bits a different order of additions changes. */
static char *
scores_of (sqlite3    *db,
           const char *query,
           const char *function)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT group_concat(rowid || ':' || printf('%%.9f', rank), ' ') FROM"
    " (SELECT rowid, rank FROM t WHERE t MATCH ?1 AND rank MATCH '%s' ORDER BY rank)",
    function);

  return query_text (db, sql, query);
}

static void
insert_title_body (sqlite3    *db,
                   const char *title,
                   const char *body)
{
  char *sql = sqlite3_mprintf ("INSERT INTO t (title, body) VALUES (%Q, %Q)", title, body);

  exec_sql (db, sql);
  sqlite3_free (sql);
}

static void
check_rank_is_bm25 (sqlite3    *db,
                    const char *query,
                    const char *counts)
{
  g_autofree char *with_counts = g_strdup_printf ("dossier_rank(10.0, 1.0, %s)", counts);
  g_autofree char *expected = scores_of (db, query, "bm25(10.0, 1.0)");
  g_autofree char *counted = scores_of (db, query, with_counts);
  g_autofree char *uncounted = scores_of (db, query, "dossier_rank(10.0, 1.0)");

  g_assert_nonnull (expected);
  g_assert_cmpstr (counted, ==, expected);
  g_assert_cmpstr (uncounted, ==, expected);
}

static void
test_aux_rank (void)
{
  sqlite3 *db = open_database_with_table ();

  g_assert_cmpint (dossier_fts_register_rank (db, "t"), ==, SQLITE_OK);
  insert_title_body (db, "On torture in prisons",
                     "The prisoners spoke of torture and of the prison guards.");
  insert_title_body (db, "Weather", "Rain, then torture, then rain again over the long fields.");
  insert_title_body (db, "Prisoners", "Political prisoners, political prisoners, prisoners.");
  insert_title_body (db, NULL, "Nothing here.");
  check_rank_is_bm25 (db, "torture", "2");
  check_rank_is_bm25 (db, "\"political\" \"prisoners\"", "1, 2");
  check_rank_is_bm25 (db, "torture OR prison*", "2, 2");
  check_rank_is_bm25 (db, "\"political prisoners\"", "1");

  /* The lengths kept in memory follow the table's changes. */
  exec_sql (db, "UPDATE t SET body = 'torture' WHERE rowid = 2");
  insert_title_body (db, "Torture", "Torture again, on a new page of a much longer letter.");
  check_rank_is_bm25 (db, "torture", "3");
  exec_sql (db, "DELETE FROM t WHERE rowid = 1");
  check_rank_is_bm25 (db, "torture", "2");

  /* Inside a transaction too, before the change is committed. */
  exec_sql (db, "BEGIN");
  exec_sql (db, "UPDATE t SET body = 'torture, torture and more words besides' WHERE rowid = 2");
  check_rank_is_bm25 (db, "torture", "2");
  exec_sql (db, "COMMIT");
  sqlite3_close (db);
}

/* With a DossierRankQuery: the same order as bm25(), and the hits of the
 * best rows kept, ties included. */
static void
test_aux_rank_query (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autoptr(DossierRankQuery) query = dossier_rank_query_new (1);
  g_autofree char *expected = NULL;
  g_autoptr(GString) ranked = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  GBytes *spans;
  gsize size;
  const gint32 *places;

  g_assert_cmpint (dossier_fts_register_rank (db, "t"), ==, SQLITE_OK);
  insert_title_body (db, NULL, "Torture was reported in the prison.");
  insert_title_body (db, NULL, "Torture was reported in the prison.");
  insert_title_body (db, NULL, "A long letter on the weather and the roads, and once torture.");
  insert_title_body (db, NULL, "Nothing here.");
  expected = query_text (db, "SELECT group_concat(rowid, ' ') FROM"
                             " (SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY bm25(t, 10.0, 1.0), rowid)",
                         "torture");

  dossier_rank_query_add_phrase_count (query, 3);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid, dossier_rank(t, 10.0, 1.0, ?2) AS score"
                                           " FROM t WHERE t MATCH ?1 ORDER BY score, rowid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, "torture", -1, SQLITE_STATIC);
  sqlite3_bind_pointer (stmt, 2, query, DOSSIER_RANK_QUERY_TYPE, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (ranked, "%s%lld", ranked->len ? " " : "",
                            (long long) sqlite3_column_int64 (stmt, 0));
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
  g_assert_cmpstr (ranked->str, ==, expected);
  g_assert_cmpstr (expected, ==, "1 2 3");

  /* Rows 1 and 2 tie for the best; row 3 came after them, worse. */
  spans = dossier_rank_query_get_spans (query, 1);
  g_assert_nonnull (spans);
  places = g_bytes_get_data (spans, &size);
  g_assert_cmpuint (size, ==, 2 * sizeof (gint32));
  g_assert_cmpint (places[0], ==, 0);
  g_assert_cmpint (places[1], ==, 1);
  g_assert_nonnull (dossier_rank_query_get_spans (query, 2));
  g_assert_null (dossier_rank_query_get_spans (query, 3));
  g_assert_null (dossier_rank_query_get_spans (query, 4));
  sqlite3_close (db);
}

static void
test_edge_empty (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *rowids = NULL;

  insert_body (db, "", -1);
  insert_body (db, NULL, -1);
  insert_body (db, "  ,.;  ", -1);
  insert_body (db, "torture", -1);
  check_integrity (db);
  rowids = matching_rowids (db, "torture");
  g_assert_cmpstr (rowids, ==, "4");
  exec_sql (db, "DELETE FROM t");
  check_integrity (db);
  sqlite3_close (db);
}

static char *
repeat_string (const char *unit,
               gsize       n_bytes)
{
  GString *text = g_string_sized_new (n_bytes);

  while (text->len < n_bytes)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

static void
test_edge_long_word (void)
{
  sqlite3 *db = open_database_with_table ();
  g_autofree char *latin = repeat_string ("torture", 100 * 1024);
  g_autofree char *cyrillic = repeat_string ("ёж", 100 * 1024);
  g_autofree char *cyrillic_e = repeat_string ("еж", 100 * 1024);
  g_autofree char *found_latin = NULL;
  g_autofree char *found_cyrillic = NULL;
  g_autofree char *found_prefix = NULL;
  g_autofree char *found_part = NULL;
  g_autofree char *tokens = NULL;
  g_autofree char *expected = NULL;

  insert_body (db, latin, -1);
  insert_body (db, cyrillic, -1);
  check_integrity (db);
  found_latin = matching_rowids (db, latin);
  found_cyrillic = matching_rowids (db, cyrillic_e);
  found_prefix = matching_rowids (db, "torturetorture*");
  found_part = matching_rowids (db, "torture");
  g_assert_cmpstr (found_latin, ==, "1");
  g_assert_cmpstr (found_cyrillic, ==, "2");
  g_assert_cmpstr (found_prefix, ==, "1");
  g_assert_cmpstr (found_part, ==, "");

  /* Too long to be a word: indexed as it is, ё folded, no stems. */
  tokens = tokenize (cyrillic, FTS5_TOKENIZE_DOCUMENT);
  expected = g_strdup_printf ("%s@0-%zu", cyrillic_e, strlen (cyrillic));
  g_assert_cmpstr (tokens, ==, expected);
  sqlite3_close (db);
}

static void
test_edge_invalid_utf8 (void)
{
  static const char text[] =
    "\xff\xfe torture \xc3 libert\xc3\xa9s \x80\x80 \xe2\x82 "
    "\xd0\xb7\xd0\xb0\xd0\xba\xd0\xbb\xd1 \xed\xa0\x80 \xc0\xaf "
    "journalists\xd1";
  sqlite3 *db = open_database_with_table ();
  g_autofree char *torture = NULL;
  g_autofree char *liberte = NULL;
  g_autofree char *highlight = NULL;
  g_autofree char *tokens = NULL;

  insert_body (db, text, sizeof text - 1);
  check_integrity (db);
  torture = matching_rowids (db, "tortured");
  liberte = matching_rowids (db, "liberte");
  g_assert_cmpstr (torture, ==, "1");
  g_assert_cmpstr (liberte, ==, "1");
  highlight = highlight_of (db, "tortures");
  g_assert_true (strstr (highlight, " [torture] ") != NULL);

  /* unicode61 drops the ill-formed bytes; the offsets of the words around
   * them still point into the original text. */
  tokens = tokenize_bytes (text, sizeof text - 1, FTS5_TOKENIZE_DOCUMENT);
  g_assert_cmpstr (tokens, ==, "torture@3-10/tortur libertes@13-22/libert "
                               "закл@29-37 journalists@46-57/journalist");
  sqlite3_close (db);
}

static gpointer
search_in_own_connection (gpointer data)
{
  for (guint i = 0; i < 50; i++)
    {
      g_assert_true (query_finds ("torture", "They were tortured."));
      g_assert_true (query_finds ("заключенные", "Список заключённых"));
      g_assert_true (query_finds ("Freiheit", "Die Freiheiten"));
    }

  return NULL;
}

/* Stemmers are not thread-safe: each connection must have its own. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("fts", search_in_own_connection, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fts/register/basic", test_register);
  g_test_add_func ("/fts/register/arguments", test_register_arguments);
  g_test_add_func ("/fts/tokens/document", test_tokens_document);
  g_test_add_func ("/fts/tokens/unstemmed", test_tokens_unstemmed);
  g_test_add_func ("/fts/tokens/query", test_tokens_query);
  g_test_add_func ("/fts/tokens/cached", test_tokens_cached);
  g_test_add_func ("/fts/stem/english", test_stem_english);
  g_test_add_func ("/fts/stem/french", test_stem_french);
  g_test_add_func ("/fts/stem/german", test_stem_german);
  g_test_add_func ("/fts/stem/russian", test_stem_russian);
  g_test_add_func ("/fts/stem/kazakh", test_kazakh);
  g_test_add_func ("/fts/fold/yo", test_fold_yo);
  g_test_add_func ("/fts/query/phrase", test_query_phrase);
  g_test_add_func ("/fts/query/prefix", test_query_prefix);
  g_test_add_func ("/fts/query/boolean", test_query_boolean);
  g_test_add_func ("/fts/aux/highlight", test_aux_highlight);
  g_test_add_func ("/fts/aux/snippet", test_aux_snippet);
  g_test_add_func ("/fts/aux/bm25", test_aux_bm25);
  g_test_add_func ("/fts/aux/rank", test_aux_rank);
  g_test_add_func ("/fts/aux/rank-query", test_aux_rank_query);
  g_test_add_func ("/fts/edge/empty", test_edge_empty);
  g_test_add_func ("/fts/edge/long-word", test_edge_long_word);
  g_test_add_func ("/fts/edge/invalid-utf8", test_edge_invalid_utf8);
  g_test_add_func ("/fts/threads/own-connections", test_threads);

  return g_test_run ();
}
