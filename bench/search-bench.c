/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>

#include "dossier-library.h"
#include "dossier-search.h"

/* Times Dossier's search as the window uses it: 20 hits, snippets made. */

static const char *queries[] = {
  "torture", "tortured", "political prisoners", "\"political prisoners\"", "journalist*",
  "freedom of assembly", "extradition", "human rights defenders", "NGO law",
  "torture OR пытки", "заключенные", "журналистов", "liberté d'expression", "détention",
  "Menschenrechte", "Kazakhstan AND elections", "media NOT television", "trade union*",
  "Cooperation Council", "blogger",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double slowest[G_N_ELEMENTS (queries)] = { 0 };
  const int rounds = 5;
  guint total_hits = 0;

  if (argc != 2)
    {
      g_printerr ("usage: %s LIBRARY\n", argv[0]);
      return 2;
    }
  library = dossier_library_open (argv[1], &error);
  if (library == NULL)
    g_error ("%s", error->message);

  /* Round 0 warms the page cache and the prepared statements. */
  for (int round = 0; round <= rounds; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        DossierSearchOptions options = { .query = queries[q], .limit = 20 };
        g_autoptr(GPtrArray) hits = NULL;
        gint64 start = g_get_monotonic_time ();
        double ms;

        hits = dossier_search (library, &options, &error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (hits == NULL)
          g_error ("%s: %s", queries[q], error->message);
        if (round == 0)
          continue;
        g_array_append_val (times, ms);
        slowest[q] = MAX (slowest[q], ms);
        total_hits += hits->len;
      }

  if (g_getenv ("DOSSIER_BENCH_VERBOSE") != NULL)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      g_print ("%8.2f ms  %s\n", slowest[q], queries[q]);
  g_array_sort (times, compare_doubles);
  g_print ("%u documents, %u queries x %d rounds, %.1f hits per query\n",
           dossier_library_count_documents (library), (guint) G_N_ELEMENTS (queries), rounds,
           (double) total_hits / times->len);
  g_print ("p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (times->len * 95) / 100),
           g_array_index (times, double, times->len - 1));
  return 0;
}
