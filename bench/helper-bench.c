/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>

#include "dossier-extractor.h"

/* The text of the files read through Dossier's helper processes, as the
 * import reads it (a helper per worker, kept alive, three files ahead),
 * and nothing else done with it: what the isolation costs next to
 * raw-extract, without the import's own work on each letter. */

#define FILES_AHEAD 3

typedef struct
{
  char   **paths;
  int      n_paths;
  int      share;
  int      n_shares;
  guint64  pages;
} Share;

static gpointer
read_share (gpointer data)
{
  Share *share = data;
  g_autoptr(DossierExtractor) extractor =
    dossier_extractor_new (dossier_extractor_default_helper (), 120, 2048);
  int sent = share->share;
  guint in_flight = 0;

  for (;;)
    {
      g_auto(GStrv) pages = NULL;

      while (in_flight < FILES_AHEAD && sent < share->n_paths)
        {
          if (dossier_extractor_send (extractor, share->paths[sent], NULL, NULL))
            in_flight++;
          sent += share->n_shares;
        }
      if (in_flight == 0)
        break;
      pages = dossier_extractor_receive (extractor, NULL);
      in_flight--;
      if (pages != NULL)
        share->pages += g_strv_length (pages);
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  int n_workers = 1;
  int first = 1;
  g_autofree Share *shares = NULL;
  g_autofree GThread **threads = NULL;
  guint64 pages = 0;
  gint64 start;
  double seconds;

  if (argc > 2 && g_str_equal (argv[1], "--workers"))
    {
      n_workers = MAX (1, atoi (argv[2]));
      first = 3;
    }
  if (first >= argc)
    {
      g_printerr ("usage: %s [--workers N] FILE.pdf…\n", argv[0]);
      return 2;
    }

  shares = g_new0 (Share, n_workers);
  threads = g_new0 (GThread *, n_workers);
  start = g_get_monotonic_time ();
  for (int i = 0; i < n_workers; i++)
    {
      shares[i] = (Share) { argv + first, argc - first, i, n_workers, 0 };
      threads[i] = g_thread_new ("helper-bench", read_share, &shares[i]);
    }
  for (int i = 0; i < n_workers; i++)
    {
      g_thread_join (threads[i]);
      pages += shares[i].pages;
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_print ("%" G_GUINT64_FORMAT " pages in %.2f s = %.0f pages/s\n", pages, seconds,
           pages / seconds);
  return 0;
}
