/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier-matcher.h"

/* Times the tag rules' matcher on generated letters (the .txt page texts
 * of `dossier-bench-gen N DIR --text-only`): folding a letter, running
 * about 300 rules on it, and, in the same run, the naive way, casefolding
 * the text and looking for each rule's words with strstr.  Also prints
 * how well case rules find the cases truth.jsonl names. */

#define N_RULES 300

/* This thread's CPU time, in µs: other load on the machine, which
 * preempts the bench, does not count. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}
#define WARM_ROUNDS 3

typedef struct
{
  char  *name;
  char  *text;
  gsize  length;
  guint  pages;
  GStrv  cases;
} Letter;

typedef struct
{
  DossierMatcher *matcher;
  GStrv           needles;     /* casefolded, for the naive reference */
  gboolean        all;         /* naive: every needle, not any */
  GRegex         *regex;       /* naive: over the casefolded text */
  GStrv           acronyms;    /* naive: as written, over the raw text */
  const char     *case_name;   /* borrowed: a case rule's name */
} Rule;

/* Issue rules as an advocacy officer would write them, in the letters'
 * four languages. */
static const struct
{
  DossierRuleMode  mode;
  const char      *pattern;
} issue_rules[] = {
  { DOSSIER_RULE_ANY_WORD, "torture*, ill-treatment, пытк*, Folter*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"political prisoners\", \"political prisoner\", политзаключенн*, "
    "\"prisonniers politiques\", \"politische Gefangene\"" },
  { DOSSIER_RULE_ANY_WORD, "journalist*, blogger*, журналист*, блогер*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"freedom of assembly\", protest*, митинг*, \"liberté de réunion\", "
    "Versammlungsfreiheit" },
  { DOSSIER_RULE_ANY_WORD,
    "\"freedom of expression\", censorship, \"свобода слова\", цензур*, "
    "\"liberté d'expression\", Meinungsfreiheit" },
  { DOSSIER_RULE_ANY_WORD, "extradition*, экстрадиц*, Auslieferung*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"death penalty\", \"смертная казнь\", \"peine de mort\", Todesstrafe" },
  { DOSSIER_RULE_ANY_WORD,
    "\"freedom of religion\", вероисповедан*, \"liberté de religion\", "
    "Religionsfreiheit" },
  { DOSSIER_RULE_ANY_WORD,
    "\"human rights defenders\", правозащитник*, "
    "\"défenseurs des droits\", Menschenrechtsverteidiger*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"trade union\", \"trade unions\", профсоюз*, syndicat*, Gewerkschaft*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"fair trial\", \"справедливое судебное разбирательство\", "
    "\"procès équitable\"" },
  { DOSSIER_RULE_ANY_WORD,
    "\"judicial independence\", \"независимость судей\", "
    "\"indépendance de la justice\"" },
  { DOSSIER_RULE_ANY_WORD,
    "\"foreign agent\", \"foreign agents\", \"иностранного агента\", "
    "\"agent de l'étranger\"" },
  { DOSSIER_RULE_ANY_WORD, "\"sexual orientation\", LGBT, LGBTI, ЛГБТ" },
  { DOSSIER_RULE_ANY_WORD,
    "\"enforced disappearance\", \"enforced disappearances\", disparition*" },
  { DOSSIER_RULE_ANY_WORD, "\"domestic violence\", \"домашнее насилие\", \"häusliche Gewalt\"" },
  { DOSSIER_RULE_ANY_WORD, "refugee*, asylum, беженц*, réfugié*, Flüchtling*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"media freedom\", \"press freedom\", \"свобода СМИ\", "
    "\"liberté de la presse\", Pressefreiheit" },
  { DOSSIER_RULE_ANY_WORD, "corruption, коррупци*, Korruption" },
  { DOSSIER_RULE_ANY_WORD, "election*, выбор*, élection*, Wahl*" },
  { DOSSIER_RULE_ANY_WORD,
    "\"civil society\", \"гражданское общество\", \"société civile\", "
    "Zivilgesellschaft" },
  { DOSSIER_RULE_ANY_WORD, "NGO, NGOs, НКО, ONG" },
  { DOSSIER_RULE_ANY_WORD, "detention*, detained, задержан*, détention, Haft" },
  { DOSSIER_RULE_ANY_WORD,
    "\"rule of law\", \"верховенство права\", \"état de droit\", "
    "Rechtsstaat*" },
  { DOSSIER_RULE_ALL_WORDS, "police violence" },
  { DOSSIER_RULE_ALL_WORDS, "Kazakhstan prisoners" },
  { DOSSIER_RULE_ALL_WORDS, "\"European Parliament\" resolution" },
  { DOSSIER_RULE_ALL_WORDS, "суд приговор" },
  { DOSSIER_RULE_PHRASE, "Human Rights Dialogue" },
  { DOSSIER_RULE_PHRASE, "Universal Periodic Review" },
  { DOSSIER_RULE_PHRASE, "Универсального периодического обзора" },
  { DOSSIER_RULE_PHRASE, "European External Action Service" },
  { DOSSIER_RULE_PHRASE, "Special Rapporteur" },
  { DOSSIER_RULE_REGEX, "art(icle)?\\.?\\s*\\d+" },
  { DOSSIER_RULE_REGEX, "ст\\.\\s*\\d+" },
  { DOSSIER_RULE_REGEX, "\\b(?:sentenced|осужден\\w*) to \\d+ years" },
};

static void
letter_free (gpointer data)
{
  Letter *letter = data;

  g_free (letter->name);
  g_free (letter->text);
  g_strfreev (letter->cases);
  g_free (letter);
}

static void
rule_clear (gpointer data)
{
  Rule *rule = data;

  dossier_matcher_free (rule->matcher);
  g_strfreev (rule->needles);
  g_strfreev (rule->acronyms);
  g_clear_pointer (&rule->regex, g_regex_unref);
}

static GStrv
string_array (JsonArray *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_strv_builder_add (builder, json_array_get_string_element (array, i));

  return g_strv_builder_end (builder);
}

static GPtrArray *
load_letters (const char  *dir,
              GPtrArray   *senders,
              GError     **error)
{
  g_autofree char *truth_path = g_build_filename (dir, "truth.jsonl", NULL);
  g_autofree char *truth = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (letter_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (!g_file_get_contents (truth_path, &truth, NULL, error))
    return NULL;
  lines = g_strsplit (truth, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *txt = NULL;
      g_autofree char *path = NULL;
      JsonObject *object;
      Letter *letter;
      JsonArray *from;

      if (*lines[i] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, error))
        return NULL;
      object = json_node_get_object (json_parser_get_root (parser));
      letter = g_new0 (Letter, 1);
      letter->name = g_strdup (json_object_get_string_member (object, "file"));
      txt = g_strdup (letter->name);
      strcpy (txt + strlen (txt) - 3, "txt");
      path = g_build_filename (dir, txt, NULL);
      if (!g_file_get_contents (path, &letter->text, &letter->length, error))
        {
          letter_free (letter);
          return NULL;
        }
      letter->pages = json_object_get_int_member (object, "pages");
      letter->cases = string_array (json_object_get_array_member (object, "cases"));
      from = json_object_get_array_member (object, "senders");
      for (guint s = 0; s < json_array_get_length (from); s++)
        {
          const char *sender = json_array_get_string_element (from, s);

          if (!g_hash_table_contains (seen, sender))
            {
              char *copy = g_strdup (sender);

              g_ptr_array_add (senders, copy);
              g_hash_table_add (seen, copy);
            }
        }
      g_ptr_array_add (letters, letter);
    }

  return g_steal_pointer (&letters);
}

/* The naive reference's words: the pattern's, casefolded, without quotes
 * or stars. */
static GStrv
naive_needles (const char *pattern)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GRegex) split = g_regex_new ("\"([^\"]+)\"|([^\\s,\"]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;

  g_regex_match (split, pattern, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *phrase = g_match_info_fetch (info, 1);
      g_autofree char *word = g_match_info_fetch (info, 2);
      const char *needle = phrase != NULL && *phrase != '\0' ? phrase : word;
      g_autofree char *folded = g_utf8_casefold (needle, -1);

      g_strdelimit (folded, "*", '\0');
      g_strv_builder_add (builder, folded);
      g_match_info_next (info, NULL);
    }

  return g_strv_builder_end (builder);
}

static char *
surname_of (const char *name)
{
  const char *space = strrchr (name, ' ');

  return g_utf8_casefold (space != NULL ? space + 1 : name, -1);
}

/* "Baltic Democracy Coalition" → "BDC": the acronym an organisation would
 * go by, as an alias. */
static char *
acronym_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *acronym = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_unichar_isupper (g_utf8_get_char (words[i])))
      g_string_append_unichar (acronym, g_utf8_get_char (words[i]));

  return g_string_free (acronym, FALSE);
}

static GArray *
make_rules (GPtrArray *letters,
            GPtrArray *senders)
{
  GArray *rules = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (rules, rule_clear);
  for (gsize i = 0; i < G_N_ELEMENTS (issue_rules); i++)
    {
      g_autoptr(GError) error = NULL;
      Rule rule = { 0 };

      rule.matcher = dossier_matcher_new (issue_rules[i].mode, issue_rules[i].pattern, &error);
      if (rule.matcher == NULL)
        g_error ("%s: %s", issue_rules[i].pattern, error->message);
      if (issue_rules[i].mode == DOSSIER_RULE_REGEX)
        rule.regex = g_regex_new (issue_rules[i].pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
                                  0, NULL);
      else
        rule.needles = naive_needles (issue_rules[i].pattern);
      rule.all = issue_rules[i].mode == DOSSIER_RULE_ALL_WORDS;
      g_array_append_val (rules, rule);
    }

  /* Every case of the letters, then organisations with their acronyms. */
  for (guint l = 0; l < letters->len && rules->len < N_RULES; l++)
    {
      Letter *letter = letters->pdata[l];

      for (guint c = 0; letter->cases[c] != NULL && rules->len < N_RULES; c++)
        {
          Rule rule = { 0 };

          if (!g_hash_table_add (seen, letter->cases[c]))
            continue;
          rule.matcher = dossier_matcher_new_for_name (letter->cases[c], NULL);
          rule.needles = g_new0 (char *, 2);
          rule.needles[0] = surname_of (letter->cases[c]);
          rule.case_name = letter->cases[c];
          g_array_append_val (rules, rule);
        }
    }
  for (guint s = 0; s < senders->len && rules->len < N_RULES; s++)
    {
      const char *name = senders->pdata[s];
      g_autofree char *acronym = acronym_of (name);
      const char *aliases[] = { acronym, NULL };
      Rule rule = { 0 };

      rule.matcher = dossier_matcher_new_for_name (name, strlen (acronym) >= 2 ? aliases : NULL);
      rule.needles = g_new0 (char *, 2);
      rule.needles[0] = g_utf8_casefold (name, -1);
      if (strlen (acronym) >= 2)
        rule.acronyms = g_strdupv ((char **) aliases);
      g_array_append_val (rules, rule);
    }

  return rules;
}

static gboolean
naive_matches (const Rule *rule,
               const char *folded,
               gsize       folded_length,
               const char *raw)
{
  if (rule->regex != NULL)
    return g_regex_match_full (rule->regex, folded, folded_length, 0, 0, NULL, NULL);
  for (guint i = 0; rule->acronyms != NULL && rule->acronyms[i] != NULL; i++)
    if (strstr (raw, rule->acronyms[i]) != NULL)
      return TRUE;
  for (guint i = 0; rule->needles[i] != NULL; i++)
    {
      gboolean found = strstr (folded, rule->needles[i]) != NULL;

      if (found && !rule->all)
        return TRUE;
      if (!found && rule->all)
        return FALSE;
    }

  return rule->all;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  p)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, (guint) (p * (times->len - 1)));
}

static double
mean (GArray *times)
{
  double sum = 0;

  for (guint i = 0; i < times->len; i++)
    sum += g_array_index (times, double, i);

  return sum / MAX (times->len, 1);
}

typedef struct
{
  guint true_positives;
  guint false_positives;
  guint false_negatives;
} Counts;

static void
count (Counts   *counts,
       gboolean  found,
       gboolean  truth)
{
  if (found && truth)
    counts->true_positives++;
  else if (found)
    counts->false_positives++;
  else if (truth)
    counts->false_negatives++;
}

static void
print_counts (const char   *label,
              const Counts *c)
{
  double precision = (double) c->true_positives / MAX (c->true_positives + c->false_positives, 1);
  double recall = (double) c->true_positives / MAX (c->true_positives + c->false_negatives, 1);

  g_print ("  %-34s precision %.3f  recall %.3f  (tp %u, fp %u, fn %u)\n", label, precision,
           recall, c->true_positives, c->false_positives, c->false_negatives);
}

/* A 10-page letter, the longest that advocacy officers usually send:
 * letters put end to end until they make 10 pages. */
static void
bench_ten_pages (GPtrArray *letters)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint pages = 0;

  for (guint i = 0; i < letters->len && pages < 10; i++)
    {
      Letter *letter = letters->pdata[i];

      if (pages + letter->pages > 10)
        continue;
      g_string_append_len (text, letter->text, letter->length);
      pages += letter->pages;
    }
  for (guint run = 0; run < 200; run++)
    {
      double t0 = cpu_now ();
      DossierMatchText *match_text = dossier_match_text_new (text->str);
      double us = cpu_now () - t0;

      dossier_match_text_free (match_text);
      g_array_append_val (times, us);
    }
  g_print ("  a %u-page letter (%.1f kB): median %.0f µs, p95 %.0f µs\n", pages,
           text->len / 1e3, percentile (times, 0.5), percentile (times, 0.95));
}

/* Folding: the first round finds each thread's transliteration cache
 * empty, as the first import of a session does; later rounds find it
 * full, as the rest of an import does. */
static void
bench_folding (GPtrArray *letters,
               gsize      total_bytes)
{
  g_autoptr(GArray) three_pages = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) per_letter = g_array_new (FALSE, FALSE, sizeof (double));

  for (int round = 0; round <= WARM_ROUNDS; round++)
    {
      double start = cpu_now ();
      double seconds;

      for (guint i = 0; i < letters->len; i++)
        {
          Letter *letter = letters->pdata[i];
          double t0 = cpu_now ();
          DossierMatchText *text = dossier_match_text_new (letter->text);
          double us = cpu_now () - t0;

          dossier_match_text_free (text);
          if (round == WARM_ROUNDS)
            {
              g_array_append_val (per_letter, us);
              if (letter->pages == 3)
                g_array_append_val (three_pages, us);
            }
        }
      seconds = (cpu_now () - start) / 1e6;
      if (round == 0 || round == WARM_ROUNDS)
        g_print ("folding, %s: %.1f MB/s, %.0f letters/s\n",
                 round == 0 ? "cold cache" : "warm cache",
                 total_bytes / seconds / 1e6, letters->len / seconds);
    }
  g_print ("  per letter: mean %.0f µs, p50 %.0f µs, p95 %.0f µs, max %.0f µs\n",
           mean (per_letter), percentile (per_letter, 0.5), percentile (per_letter, 0.95),
           percentile (per_letter, 1.0));
  if (three_pages->len > 0)
    g_print ("  3-page letters (%u): mean %.0f µs, %.0f letters/s\n", three_pages->len,
             mean (three_pages), 1e6 / mean (three_pages));
  bench_ten_pages (letters);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) senders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) letters = NULL;
  g_autoptr(GArray) rules = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) naive = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) finding = g_array_new (FALSE, FALSE, sizeof (double));
  Counts ours_cases = { 0 }, naive_cases = { 0 };
  guint n_cases = 0, cases_found = 0, n_names = 0, agree = 0, evaluations = 0;
  gsize total_bytes = 0;
  gboolean verbose = g_getenv ("DOSSIER_BENCH_VERBOSE") != NULL;
  double start;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: %s DIR  (letters from dossier-bench-gen N DIR --text-only)\n", argv[0]);
      return 2;
    }
  letters = load_letters (argv[1], senders, &error);
  if (letters == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < letters->len; i++)
    total_bytes += ((Letter *) letters->pdata[i])->length;

  start = cpu_now ();
  dossier_matcher_free (dossier_matcher_new_for_name ("Жовтис", NULL));
  g_print ("ICU transliterator, built once: %.1f ms\n",
           (cpu_now () - start) / 1000.0);
  rules = make_rules (letters, senders);
  g_print ("%u letters, %.1f MB of text; %u rules (%zu issue rules, the rest cases and "
           "organisations)\n", letters->len, total_bytes / 1e6, rules->len,
           G_N_ELEMENTS (issue_rules));

  bench_folding (letters, total_bytes);

  for (guint i = 0; i < letters->len; i++)
    {
      Letter *letter = letters->pdata[i];
      g_autoptr(DossierMatchText) text = dossier_match_text_new (letter->text);
      g_autofree char *folded = NULL;
      g_auto(GStrv) names = NULL;
      gboolean matched[N_RULES];
      double t0;
      double us;

      t0 = cpu_now ();
      for (guint r = 0; r < rules->len; r++)
        matched[r] = dossier_matcher_matches (g_array_index (rules, Rule, r).matcher, text);
      us = cpu_now () - t0;
      g_array_append_val (ours, us);

      t0 = cpu_now ();
      folded = g_utf8_casefold (letter->text, letter->length);
      for (guint r = 0; r < rules->len; r++)
        {
          const Rule *rule = &g_array_index (rules, Rule, r);
          gboolean found = naive_matches (rule, folded, strlen (folded), letter->text);

          agree += found == matched[r];
          evaluations++;
          if (rule->case_name != NULL)
            {
              gboolean truth = g_strv_contains ((const char * const *) letter->cases,
                                                rule->case_name);

              count (&ours_cases, matched[r], truth);
              count (&naive_cases, found, truth);
              if (verbose && matched[r] != truth)
                g_print ("  %s %s: %s\n", matched[r] ? "false positive" : "missed",
                         letter->name, rule->case_name);
            }
        }
      us = cpu_now () - t0;
      g_array_append_val (naive, us);

      t0 = cpu_now ();
      names = dossier_match_text_find_person_names (text);
      us = cpu_now () - t0;
      g_array_append_val (finding, us);
      n_names += g_strv_length (names);
      for (guint c = 0; letter->cases[c] != NULL; c++)
        {
          g_autoptr(DossierMatcher) matcher = dossier_matcher_new_for_name (letter->cases[c], NULL);
          g_autofree char *joined = g_strjoinv (" · ", names);
          g_autoptr(DossierMatchText) found = dossier_match_text_new (joined);

          gboolean hit = dossier_matcher_matches (matcher, found);

          n_cases++;
          cases_found += hit;
          if (verbose && !hit)
            g_print ("  finder missed %s: %s (found: %s)\n", letter->name, letter->cases[c],
                     joined);
        }
    }

  g_print ("%u rules on a letter (text already folded): mean %.0f µs, p50 %.0f µs, p95 %.0f µs"
           " (%.2f µs a rule)\n", rules->len, mean (ours), percentile (ours, 0.5),
           percentile (ours, 0.95), mean (ours) / rules->len);
  g_print ("naive (g_utf8_casefold + strstr, same rules): mean %.0f µs, p50 %.0f µs, "
           "p95 %.0f µs\n", mean (naive), percentile (naive, 0.5), percentile (naive, 0.95));
  g_print ("  the two agree on %.1f%% of rule × letter pairs\n",
           100.0 * agree / MAX (evaluations, 1));
  g_print ("case rules against truth.jsonl:\n");
  print_counts ("matcher (names across scripts)", &ours_cases);
  print_counts ("naive (casefolded surname, strstr)", &naive_cases);
  g_print ("person-name finder: mean %.0f µs a letter, %.1f names a letter, "
           "finds %u of %u cases (%.1f%%)\n", mean (finding),
           (double) n_names / MAX (letters->len, 1), cases_found, n_cases,
           100.0 * cases_found / MAX (n_cases, 1));

  return 0;
}
