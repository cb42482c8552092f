/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-search.h"
#include "dossier-tags.h"

/* One library of every sample letter, shared by the tests: they only read. */
static char *library_dir;
static DossierLibrary *library;
static GHashTable *ids_by_name;   /* letter name → id */

static void
build_library (void)
{
  guint n_letters;
  const DossierFixtureLetter *letters = dossier_fixture_letters (&n_letters);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;

  library_dir = g_dir_make_tmp ("dossier-search-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_letters; i++)
    {
      g_autofree char *name = g_strconcat (letters[i].name, ".pdf", NULL);
      char *path = g_build_filename (library_dir, name, NULL);

      dossier_fixture_write_letter (path, &letters[i]);
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  library_path = g_build_filename (library_dir, "library", NULL);
  library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import = dossier_import_new (library);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);

  ids_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_letters; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      g_hash_table_insert (ids_by_name, (gpointer) letters[i].name,
                           GINT_TO_POINTER ((int) result->id));
    }
}

static gint64
id_of (const char *name)
{
  gpointer id = g_hash_table_lookup (ids_by_name, name);

  g_assert_nonnull (id);
  return GPOINTER_TO_INT (id);
}

static GPtrArray *
search_with (const DossierSearchOptions *options)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = dossier_search (library, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static GPtrArray *
search (const char *query)
{
  DossierSearchOptions options = { .query = query };

  return search_with (&options);
}

static gboolean
hits_contain (GPtrArray  *hits,
              const char *name)
{
  gint64 id = id_of (name);

  for (guint i = 0; i < hits->len; i++)
    if (((DossierSearchHit *) g_ptr_array_index (hits, i))->id == id)
      return TRUE;
  return FALSE;
}

static void
assert_finds (const char *query,
              const char *name)
{
  g_autoptr(GPtrArray) hits = search (query);

  if (!hits_contain (hits, name))
    g_error ("“%s” does not find %s", query, name);
}

static void
assert_misses (const char *query,
               const char *name)
{
  g_autoptr(GPtrArray) hits = search (query);

  if (hits_contain (hits, name))
    g_error ("“%s” finds %s", query, name);
}

static void
test_words (void)
{
  assert_finds ("tortured", "en-visit");
  assert_finds ("TORTURED", "en-visit");
  assert_finds ("journalists", "en-visit");
  assert_finds ("заключённых", "ru-letter");
  assert_finds ("ЗАКЛЮЧЁННЫХ", "ru-letter");
  assert_finds ("libertés", "fr-letter");
  assert_misses ("tortured", "ru-letter");
}

static void
test_inflections (void)
{
  /* A word finds its other forms, in each language. */
  assert_finds ("torture", "en-visit");
  assert_finds ("journalist", "en-visit");
  assert_finds ("заключенные", "ru-letter");
  assert_finds ("Козлов", "ru-letter");
  assert_finds ("liberte", "fr-letter");
  assert_finds ("liberté", "fr-letter");
}

static void
test_syntax (void)
{
  g_autoptr(GPtrArray) both = NULL;
  g_autoptr(GPtrArray) either = NULL;
  g_autoptr(GPtrArray) not = NULL;

  assert_finds ("tortur*", "en-visit");
  assert_finds ("\"political prisoners\"", "en-visit");
  assert_finds ("tortured AND journalists", "en-visit");
  assert_misses ("tortured AND заключённых", "en-visit");

  either = search ("tortured OR заключённых");
  g_assert_true (hits_contain (either, "en-visit"));
  g_assert_true (hits_contain (either, "ru-letter"));

  not = search ("tortured NOT journalists");
  g_assert_false (hits_contain (not, "en-visit"));
  both = search ("tortured AND NOT journalists");
  g_assert_false (hits_contain (both, "en-visit"));
}

static void
test_snippet (void)
{
  g_autoptr(GPtrArray) hits = search ("journalists");
  DossierSearchHit *hit;
  g_autofree char *plain = NULL;
  g_autofree char *markup = NULL;

  g_assert_cmpuint (hits->len, >=, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_nonnull (strstr (hit->snippet, DOSSIER_SEARCH_HIT_START));
  g_assert_nonnull (strstr (hit->snippet, DOSSIER_SEARCH_HIT_END));
  plain = dossier_search_snippet_replace (hit->snippet, "[", "]", FALSE);
  g_assert_nonnull (strstr (plain, "[journalists]"));
  markup = dossier_search_snippet_replace (hit->snippet, "<b>", "</b>", TRUE);
  g_assert_nonnull (strstr (markup, "<b>journalists</b>"));
  g_assert_cmpuint (hit->page, >=, 1);
  g_assert_nonnull (hit->title);
}

/* A phrase is marked as one hit, and the snippet stays on one line. */
static void
test_snippet_phrase (void)
{
  g_autoptr(GPtrArray) hits = search ("\"political prisoners\"");
  g_autofree char *plain = NULL;
  g_autofree char *folded = NULL;

  g_assert_cmpuint (hits->len, >=, 1);
  plain = dossier_search_snippet_replace (((DossierSearchHit *) g_ptr_array_index (hits, 0))->snippet,
                                          "[", "]", FALSE);
  folded = g_utf8_casefold (plain, -1);
  g_assert_nonnull (strstr (folded, "[political prisoners]"));
  g_assert_null (strchr (plain, '\n'));
}

static void
test_page (void)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-briefing");
  guint n_pages = g_strv_length ((char **) letter->pages);
  g_autoptr(GPtrArray) hits = NULL;

  /* A word only on the last page is found on that page. */
  g_assert_cmpuint (n_pages, >=, 3);
  hits = search ("recommendations");
  g_assert_true (hits_contain (hits, "en-briefing"));
  for (guint i = 0; i < hits->len; i++)
    {
      DossierSearchHit *hit = g_ptr_array_index (hits, i);
      if (hit->id == id_of ("en-briefing"))
        g_assert_cmpuint (hit->page, >, 1);
    }
}

/* Every hit of a document, page by page, as byte ranges of the page's text:
 * what the document view highlights. */
static void
test_matches (void)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-briefing");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  g_auto(GStrv) pages = NULL;
  gboolean on_last_page = FALSE;

  pages = dossier_library_dup_page_texts (library, id_of ("en-briefing"), &error);
  g_assert_no_error (error);
  matches = dossier_search_matches (library, id_of ("en-briefing"), "recommendations", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, >=, 1);
  for (guint i = 0; i < matches->len; i++)
    {
      DossierSearchMatch *match = &g_array_index (matches, DossierSearchMatch, i);
      g_autofree char *word = NULL;
      g_autofree char *folded = NULL;

      g_assert_cmpuint (match->page, >=, 1);
      g_assert_cmpuint (match->page, <=, g_strv_length (pages));
      word = g_strndup (pages[match->page - 1] + match->start, match->end - match->start);
      folded = g_utf8_casefold (word, -1);
      g_assert_true (g_str_has_prefix (folded, "recommend"));
      on_last_page |= match->page == g_strv_length ((char **) letter->pages);
    }
  g_assert_true (on_last_page);

  g_clear_pointer (&matches, g_array_unref);
  matches = dossier_search_matches (library, id_of ("en-briefing"), "\"no such words here\"", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 0);

  g_clear_pointer (&matches, g_array_unref);
  matches = dossier_search_matches (library, id_of ("en-briefing"), "AND", &error);
  g_assert_null (matches);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY);
}

static void
test_title_weighted (void)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-press");
  g_auto(GStrv) words = g_strsplit (letter->title, " ", -1);
  g_autofree char *query = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  /* The longest word of the title: the press release comes first. */
  const char *longest = words[0];
  for (guint i = 1; words[i] != NULL; i++)
    if (strlen (words[i]) > strlen (longest))
      longest = words[i];
  query = g_strdup (longest);
  g_strdelimit (query, ",.:;!?\"'", ' ');
  g_strstrip (query);
  hits = search (query);
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpint (((DossierSearchHit *) g_ptr_array_index (hits, 0))->id, ==, id_of ("en-press"));
}

static void
test_filters (void)
{
  DossierSearchOptions options = { .query = "human OR права OR droits OR Menschenrechte" };
  g_autoptr(GPtrArray) all = search_with (&options);
  g_autoptr(GPtrArray) russian = NULL;
  g_autoptr(GPtrArray) press = NULL;
  g_autoptr(GPtrArray) dated = NULL;

  g_assert_cmpuint (all->len, >=, 4);
  options.language = "ru";
  russian = search_with (&options);
  g_assert_cmpuint (russian->len, ==, 1);
  g_assert_cmpint (((DossierSearchHit *) g_ptr_array_index (russian, 0))->id, ==, id_of ("ru-letter"));

  options.language = NULL;
  options.kind = "press-release";
  press = search_with (&options);
  for (guint i = 0; i < press->len; i++)
    g_assert_cmpint (((DossierSearchHit *) g_ptr_array_index (press, i))->id, ==, id_of ("en-press"));

  options.kind = NULL;
  options.date_from = "2018-01-01";
  options.date_to = "2018-12-31";
  dated = search_with (&options);
  for (guint i = 0; i < dated->len; i++)
    {
      DossierSearchHit *hit = g_ptr_array_index (dated, i);
      g_assert_cmpstr (hit->date, >=, "2018-01-01");
      g_assert_cmpstr (hit->date, <=, "2018-12-31");
    }
}

static void
test_limit (void)
{
  DossierSearchOptions options = { .query = "the OR и OR la OR der", .limit = 2 };
  g_autoptr(GPtrArray) hits = search_with (&options);

  g_assert_cmpuint (hits->len, ==, 2);
}

static void
test_parse (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "torture", "\"torture\"" },
    { "  torture   prison ", "\"torture\" \"prison\"" },
    { "tortur*", "\"tortur\"*" },
    { "\"political prisoners\"", "\"political prisoners\"" },
    { "\"political pris", "\"political pris\"" },
    { "a AND b", "\"a\" AND \"b\"" },
    { "a OR b NOT c", "\"a\" OR \"b\" NOT \"c\"" },
    { "a AND NOT b", "\"a\" NOT \"b\"" },
    { "a and b", "\"a\" \"and\" \"b\"" },
    { "title:x", "\"title:x\"" },
    { "NEAR(a b)", "\"NEAR\" \"a\" \"b\"" },
    { "x\"y", "\"x\" \"y\"" },
    { "'; DROP TABLE documents; --", "\"DROP\" \"TABLE\" \"documents;\"" },
    { "EU-Kazakhstan", "\"EU-Kazakhstan\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = dossier_search_parse_query (cases[i].in, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_hostile (void)
{
  g_autofree char *long_query = g_strnfill (100000, 'a');
  const char *queries[] = {
    "\"", "*", "**", "AND", "OR", "NOT", "NOT torture", "torture AND", "torture OR OR prison",
    "AND OR NOT", "(((", ")", "()", "\"\"", "\" \"", "'", "--", ";", "'; DROP TABLE documents; --",
    "SELECT * FROM documents", "torture\" OR \"1\"=\"1", "^torture", "-torture", "+torture",
    "title:torture", "body : x", "NEAR(torture prison, 2)", "{title body}: x", "torture*prison",
    "*torture", "tor*ture", "\xff\xfe\xfd", "\t\n", "", "%", "_", "\\", "ё", "🙂", "a\"b\"c\"",
    long_query,
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      DossierSearchOptions options = { .query = queries[i] };
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = dossier_search (library, &options, &error);

      if (hits != NULL)
        {
          g_assert_no_error (error);
          continue;
        }
      /* No hits is fine; an error must be a message for a person. */
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY);
      g_assert_null (strstr (error->message, "fts5"));
      g_assert_null (strstr (error->message, "SQL"));
      g_assert_null (strstr (error->message, "syntax error"));
      g_assert_cmpuint (strlen (error->message), >, 10);
    }
}

static void
test_errors_explain (void)
{
  struct { const char *query; const char *says; } cases[] = {
    { "", "Type a word" },
    { "\"", "Type a word" },
    { "--", "Type a word" },
    { "AND", "AND needs a word on each side" },
    { "torture OR", "OR needs a word on each side" },
    { "NOT torture", "NOT needs a word before it" },
    { "*", "at the end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = dossier_search_parse_query (cases[i].query, &error);

      g_assert_null (out);
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_QUERY);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("“%s”: “%s” does not say “%s”", cases[i].query, error->message, cases[i].says);
    }
}

/* A search narrowed to tags finds only documents that carry them all, a
 * parent standing for its children. */
static void
test_tags (void)
{
  DossierSearchOptions options = { .query = "human OR права OR droits OR Menschenrechte" };
  DossierTagSpec parent_spec = { .name = "Search parent", .facet = "issue" };
  DossierTagSpec child_spec = { .name = "Search child", .facet = "issue" };
  g_autoptr(DossierTag) parent = NULL;
  g_autoptr(DossierTag) child = NULL;
  g_autoptr(GPtrArray) all = search_with (&options);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 tag_ids[2];

  g_assert_true (hits_contain (all, "en-press"));
  g_assert_true (hits_contain (all, "ru-letter"));
  g_assert_cmpuint (all->len, >, 2);
  parent = dossier_library_create_tag (library, &parent_spec, &error);
  g_assert_no_error (error);
  child_spec.parent_id = dossier_tag_get_id (parent);
  child = dossier_library_create_tag (library, &child_spec, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_tag_document (library, id_of ("en-press"), child, &error));
  g_assert_true (dossier_library_tag_document (library, id_of ("ru-letter"), parent, &error));
  g_assert_no_error (error);

  tag_ids[0] = dossier_tag_get_id (child);
  options.tag_ids = tag_ids;
  options.n_tag_ids = 1;
  hits = search_with (&options);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits_contain (hits, "en-press"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  tag_ids[0] = dossier_tag_get_id (parent);
  hits = search_with (&options);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_true (hits_contain (hits, "en-press"));
  g_assert_true (hits_contain (hits, "ru-letter"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  tag_ids[1] = dossier_tag_get_id (child);
  options.n_tag_ids = 2;
  hits = search_with (&options);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits_contain (hits, "en-press"));
}

static void
assert_same_hits (GPtrArray *a,
                  GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      DossierSearchHit *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpfloat (x->score, ==, y->score);
      g_assert_cmpuint (x->page, ==, y->page);
      g_assert_cmpstr (x->snippet, ==, y->snippet);
    }
}

/* A large library's ranking is split between two threads, each with half
 * the ids: the same hits, in the same order, with the same snippets as in
 * one thread. Splitting is made to start from two documents here, and
 * taking the library's second connection keeps a search in one thread. */
static void
test_split (void)
{
  const char *queries[] = { "human OR права OR droits OR Menschenrechte", "torture*", "EU",
                            "\"human rights\"", "freedom NOT press" };

  g_setenv ("DOSSIER_SEARCH_SPLIT_FROM", "2", TRUE);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint limit = 1; limit <= 50; limit += 49)
      {
        DossierSearchOptions options = { .query = queries[q], .limit = limit };
        g_autoptr(GPtrArray) split = search_with (&options);
        g_autoptr(GPtrArray) whole = NULL;

        g_assert_nonnull (dossier_library_try_take_second_database (library));
        whole = search_with (&options);
        dossier_library_release_second_database (library);
        assert_same_hits (split, whole);
        if (q == 0 && limit > 2)
          g_assert_cmpuint (split->len, >, 2);
      }
  g_unsetenv ("DOSSIER_SEARCH_SPLIT_FROM");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *command = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  build_library ();

  g_test_add_func ("/search/words", test_words);
  g_test_add_func ("/search/inflections", test_inflections);
  g_test_add_func ("/search/syntax", test_syntax);
  g_test_add_func ("/search/snippet", test_snippet);
  g_test_add_func ("/search/snippet-phrase", test_snippet_phrase);
  g_test_add_func ("/search/page", test_page);
  g_test_add_func ("/search/matches", test_matches);
  g_test_add_func ("/search/title-weighted", test_title_weighted);
  g_test_add_func ("/search/filters", test_filters);
  g_test_add_func ("/search/limit", test_limit);
  g_test_add_func ("/search/parse", test_parse);
  g_test_add_func ("/search/hostile", test_hostile);
  g_test_add_func ("/search/errors-explain", test_errors_explain);
  g_test_add_func ("/search/tags", test_tags);
  g_test_add_func ("/search/split", test_split);
  status = g_test_run ();

  g_clear_object (&library);
  g_hash_table_unref (ids_by_name);
  command = g_strdup_printf ("rm -rf '%s'", library_dir);
  if (system (command) != 0)
    status = 1;
  g_free (library_dir);
  return status;
}
