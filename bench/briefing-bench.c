/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "dossier-briefing.h"
#include "dossier-library.h"

/* Times a briefing pack with every document of a library annexed, as the
 * window writes it (dossier_briefing_write_async), next to pdfunite
 * joining the same originals in the same run: the least any tool can
 * spend on putting those pages in one file. */

typedef struct
{
  DossierBriefingResult *result;
  GError                *error;
  gboolean               done;
} Run;

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;

  run->result = dossier_briefing_write_finish (DOSSIER_LIBRARY (source), result, &run->error);
  run->done = TRUE;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Seconds to write the pack; its result in @result. */
static double
write_pack (DossierLibrary                *library,
            const DossierBriefingOptions  *options,
            const char                    *path,
            DossierBriefingResult        **result,
            double                        *cpu)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Run run = { 0 };
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_seconds ();

  dossier_briefing_write_async (library, options, file, NULL, NULL, NULL, NULL, written_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  if (run.result == NULL)
    g_error ("%s", run.error->message);
  *cpu = cpu_seconds () - cpu_start;
  *result = run.result;
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
run_pdfunite (GPtrArray  *originals,
              const char *path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;
  int status;

  g_ptr_array_add (argv, "pdfunite");
  g_ptr_array_extend (argv, originals, NULL, NULL);
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, NULL);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                     NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("pdfunite: %s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static guint64
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (guint64) buf.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierBriefingOptions) options = dossier_briefing_options_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) originals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) pack_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) unite_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *pack = NULL;
  g_autofree char *united = NULL;
  g_autoptr(DossierBriefingResult) result = NULL;
  guint original_pages = 0;
  const int rounds = 5;

  if (argc != 3)
    {
      g_printerr ("usage: %s LIBRARY OUTPUT-FOLDER\n", argv[0]);
      return 2;
    }
  library = dossier_library_open (argv[1], &error);
  if (library == NULL)
    g_error ("%s", error->message);
  pack = g_build_filename (argv[2], "briefing.pdf", NULL);
  united = g_build_filename (argv[2], "pdfunite.pdf", NULL);

  ids = dossier_library_query_ids (library, DOSSIER_DOCUMENT_SORT_DATE, TRUE, NULL, &error);
  if (ids == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(DossierDocument) document = dossier_library_dup_document (library, id, &error);

      if (document == NULL)
        g_error ("%s", error->message);
      dossier_briefing_options_add_annex (options, id);
      g_ptr_array_add (originals, g_strdup (dossier_document_get_file (document)));
      original_pages += dossier_document_get_n_pages (document);
    }
  options->date_from = g_strdup ("1900-01-01");
  options->title = g_strdup ("Briefing pack benchmark");
  options->organisation = g_strdup ("Dossier");

  /* Round 0 warms the page cache, the fonts and the statements. */
  for (int round = 0; round <= rounds; round++)
    {
      double cpu, seconds;

      g_clear_pointer (&result, dossier_briefing_result_free);
      seconds = write_pack (library, options, pack, &result, &cpu);
      if (round > 0)
        {
          g_array_append_val (pack_times, seconds);
          g_array_append_val (cpu_times, cpu);
        }
      seconds = run_pdfunite (originals, united);
      if (round > 0)
        g_array_append_val (unite_times, seconds);
    }

  g_print ("Briefing pack, %u letters (%u pages) all annexed, median of %d runs:\n",
           originals->len, original_pages, rounds);
  g_print ("  Dossier   %6.2f s  (%.2f s CPU)  %u pages  %.1f MB  %u warnings\n",
           median (pack_times), median (cpu_times), result->n_pages,
           file_size (pack) / 1e6, g_strv_length (result->warnings));
  g_print ("  pdfunite  %6.2f s                 %u pages  %.1f MB  (the same originals, joined)\n",
           median (unite_times), original_pages, file_size (united) / 1e6);
  return 0;
}
