/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>

#include "dossier-library.h"
#include "dossier-rules.h"

/* Times the tags' rules on a library's documents, as the import runs them
 * on each file (the text made ready for matching, then every rule), and
 * then "rules apply" over the whole library. */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            guint   p)
{
  return g_array_index (sorted, double, MIN (sorted->len - 1, (sorted->len * p) / 100));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierRuleSet) rules = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) text_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) match_times = g_array_new (FALSE, FALSE, sizeof (double));
  DossierRuleCounts counts = { 0 };
  guint n_documents = 500;
  guint n_tags_found = 0;
  double text_total = 0, match_total = 0;
  gint64 start;
  double load_ms, apply_s;

  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s LIBRARY [DOCUMENTS]\n", argv[0]);
      return 2;
    }
  if (argc == 3)
    n_documents = (guint) atoi (argv[2]);
  library = dossier_library_open (argv[1], &error);
  if (library == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  rules = dossier_rule_set_load (dossier_library_get_database (library), &error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (rules == NULL)
    g_error ("%s", error->message);

  ids = dossier_library_query_ids (library, DOSSIER_DOCUMENT_SORT_IMPORTED, FALSE, NULL, &error);
  if (ids == NULL)
    g_error ("%s", error->message);
  n_documents = MIN (n_documents, ids->len);
  for (guint i = 0; i < n_documents; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(DossierDocument) document = dossier_library_dup_document (library, id, &error);
      g_auto(GStrv) pages = dossier_library_dup_page_texts (library, id, &error);
      g_autoptr(DossierMatchText) text = NULL;
      g_autoptr(GArray) tag_ids = NULL;
      double text_ms, match_ms;

      if (document == NULL || pages == NULL)
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      text = dossier_rules_match_text_new (dossier_document_get_title (document),
                                           (const char * const *) pages);
      text_ms = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      tag_ids = dossier_rule_set_match_text (rules, text);
      match_ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (text_times, text_ms);
      g_array_append_val (match_times, match_ms);
      text_total += text_ms;
      match_total += match_ms;
      n_tags_found += tag_ids->len;
    }
  g_array_sort (text_times, compare_doubles);
  g_array_sort (match_times, compare_doubles);

  start = g_get_monotonic_time ();
  if (!dossier_library_apply_rules (library, NULL, NULL, NULL, &counts, &error))
    g_error ("%s", error->message);
  apply_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_print ("%u tags, %u matchers (rules and names), compiled in %.1f ms\n",
           dossier_rule_set_get_n_tags (rules), dossier_rule_set_get_n_matchers (rules), load_ms);
  if (n_documents > 0)
    {
      g_print ("per document, over %u documents (%.1f tags each):\n", n_documents,
               (double) n_tags_found / n_documents);
      g_print ("  text made ready  mean %.2f ms  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
               text_total / n_documents, percentile (text_times, 50),
               percentile (text_times, 95), percentile (text_times, 100));
      g_print ("  rules matched    mean %.2f ms  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
               match_total / n_documents, percentile (match_times, 50),
               percentile (match_times, 95), percentile (match_times, 100));
    }
  g_print ("rules apply: %u documents in %.2f s (%.0f documents/s): %u suggested, %u withdrawn\n",
           counts.n_documents, apply_s, counts.n_documents / MAX (apply_s, 1e-9),
           counts.n_added, counts.n_removed);
  return 0;
}
