/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#include <poppler.h>

/* The reference for import speed: the plainest in-process poppler-glib
 * loop (open each file, get each page's text, nothing else), in one or
 * more processes that share the files. */

static guint64
extract_share (char  **paths,
               int     n_paths,
               int     share,
               int     n_shares)
{
  guint64 pages = 0;

  for (int i = share; i < n_paths; i += n_shares)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autofree char *uri = g_file_get_uri (file);
      PopplerDocument *document = poppler_document_new_from_file (uri, NULL, NULL);
      int n;

      if (document == NULL)
        continue;
      n = poppler_document_get_n_pages (document);
      for (int p = 0; p < n; p++)
        {
          PopplerPage *page = poppler_document_get_page (document, p);
          g_free (poppler_page_get_text (page));
          g_object_unref (page);
        }
      pages += (guint64) n;
      g_object_unref (document);
    }
  return pages;
}

static guint64
run_share_in_child (char **paths,
                    int    n_paths,
                    int    share,
                    int    n_shares,
                    pid_t *pid)
{
  int fds[2];

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  *pid = fork ();
  if (*pid == 0)
    {
      guint64 pages = extract_share (paths, n_paths, share, n_shares);
      close (fds[0]);
      if (write (fds[1], &pages, sizeof pages) != sizeof pages)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  return (guint64) fds[0];
}

int
main (int   argc,
      char *argv[])
{
  int n_processes = 1;
  int first = 1;
  g_autofree int *fds = NULL;
  g_autofree pid_t *pids = NULL;
  guint64 pages = 0;
  gint64 start;
  double seconds;

  if (argc > 2 && g_str_equal (argv[1], "--processes"))
    {
      n_processes = MAX (1, atoi (argv[2]));
      first = 3;
    }
  if (first >= argc)
    {
      g_printerr ("usage: %s [--processes N] FILE.pdf…\n", argv[0]);
      return 2;
    }

  fds = g_new0 (int, n_processes);
  pids = g_new0 (pid_t, n_processes);
  start = g_get_monotonic_time ();
  for (int i = 0; i < n_processes; i++)
    fds[i] = (int) run_share_in_child (argv + first, argc - first, i, n_processes, &pids[i]);
  for (int i = 0; i < n_processes; i++)
    {
      guint64 share_pages = 0;
      if (read (fds[i], &share_pages, sizeof share_pages) == sizeof share_pages)
        pages += share_pages;
      close (fds[i]);
      waitpid (pids[i], NULL, 0);
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%" G_GUINT64_FORMAT " pages in %.2f s = %.0f pages/s\n", pages, seconds,
           pages / seconds);
  return 0;
}
