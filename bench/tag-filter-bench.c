/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <time.h>

#include "dossier-library.h"
#include "dossier-search.h"
#include "dossier-tags.h"

/* Times what the sidebar's tags cost the window on a large library: the
 * list's ids with one and two tags chosen (sorted by date, as the window
 * opens), the counts of every tag, the tag list itself, and a search
 * narrowed to a tag. Wall and CPU time, the median of 7 runs after one to
 * warm up. The library needs tags: `dossier tags update`, `rules apply`. */

#define ROUNDS 7

typedef struct
{
  double wall;   /* ms */
  double cpu;    /* ms */
} Timing;

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef guint (*Work) (DossierLibrary *library, gconstpointer data);

static void
run (DossierLibrary *library,
     const char     *what,
     Work            work,
     gconstpointer   data)
{
  double walls[ROUNDS], cpus[ROUNDS];
  guint n = 0;

  for (int round = -1; round < ROUNDS; round++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      n = work (library, data);
      if (round < 0)
        continue;
      walls[round] = (g_get_monotonic_time () - start) / 1000.0;
      cpus[round] = cpu_ms () - cpu_start;
    }
  qsort (walls, ROUNDS, sizeof (double), compare_doubles);
  qsort (cpus, ROUNDS, sizeof (double), compare_doubles);
  g_print ("%-52s %6u   %7.1f ms  %7.1f ms CPU  (max %.1f ms)\n", what, n,
           walls[ROUNDS / 2], cpus[ROUNDS / 2], walls[ROUNDS - 1]);
}

static gint64
tag_id (DossierLibrary *library,
        const char     *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_find_tag_by_key (library, key, &error);

  if (tag == NULL)
    g_error ("%s: %s", key, error->message);
  return dossier_tag_get_id (tag);
}

typedef struct
{
  const gint64 *ids;
  guint         n_ids;
  const char   *query;
  const char   *kind;
} Tags;

static guint
query_ids (DossierLibrary *library,
           gconstpointer   data)
{
  const Tags *tags = data;
  DossierDocumentFilter filter = { .tag_ids = (gint64 *) tags->ids, .n_tag_ids = tags->n_ids };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = dossier_library_query_ids (library, DOSSIER_DOCUMENT_SORT_DATE, TRUE,
                                                     &filter, &error);

  if (ids == NULL)
    g_error ("%s", error->message);
  return ids->len;
}

static guint
count_by_tag (DossierLibrary *library,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = dossier_library_count_documents_by_tag (library, &error);

  if (counts == NULL)
    g_error ("%s", error->message);
  return g_hash_table_size (counts);
}

static guint
list_tags (DossierLibrary *library,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tags = dossier_library_list_tags (library, NULL, &error);

  if (tags == NULL)
    g_error ("%s", error->message);
  return g_list_model_get_n_items (tags);
}

static guint
search (DossierLibrary *library,
        gconstpointer   data)
{
  const Tags *tags = data;
  DossierSearchOptions options = { .query = tags->query, .limit = 100, .kind = tags->kind,
                                   .tag_ids = tags->ids, .n_tag_ids = tags->n_ids };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = dossier_search (library, &options, &error);

  if (hits == NULL)
    g_error ("%s", error->message);
  return hits->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  gint64 media, expression, kazakhstan, prisoners;

  if (argc != 2)
    {
      g_printerr ("usage: %s LIBRARY\n", argv[0]);
      return 2;
    }
  library = dossier_library_open (argv[1], &error);
  if (library == NULL)
    g_error ("%s", error->message);
  media = tag_id (library, "media-freedom");
  expression = tag_id (library, "freedom-of-expression");
  kazakhstan = tag_id (library, "kazakhstan");
  prisoners = tag_id (library, "political-prisoners");

  g_print ("%u documents; median of %d runs                            results      wall          CPU\n",
           dossier_library_count_documents (library), ROUNDS);
  run (library, "list, no tag", query_ids, &(Tags) { NULL, 0, NULL, NULL });
  run (library, "list, Media freedom", query_ids, &(Tags) { &media, 1, NULL, NULL });
  run (library, "list, Kazakhstan", query_ids, &(Tags) { &kazakhstan, 1, NULL, NULL });
  run (library, "list, Freedom of expression (and its 2 children)", query_ids,
       &(Tags) { &expression, 1, NULL, NULL });
  run (library, "list, Media freedom + Kazakhstan", query_ids,
       &(Tags) { (gint64[]) { media, kazakhstan }, 2, NULL, NULL });
  run (library, "list, Freedom of expression + Kazakhstan", query_ids,
       &(Tags) { (gint64[]) { expression, kazakhstan }, 2, NULL, NULL });
  run (library, "list, Political prisoners + Media freedom", query_ids,
       &(Tags) { (gint64[]) { prisoners, media }, 2, NULL, NULL });
  run (library, "counts of every tag (count_documents_by_tag)", count_by_tag, NULL);
  run (library, "tags with aliases and counts (list_tags)", list_tags, NULL);
  run (library, "search \"torture\"", search, &(Tags) { NULL, 0, "torture", NULL });
  run (library, "search \"torture\", kind letter (for comparison)", search,
       &(Tags) { NULL, 0, "torture", "letter" });
  run (library, "search \"torture\", Kazakhstan", search, &(Tags) { &kazakhstan, 1, "torture", NULL });
  run (library, "search \"torture\", Media freedom + Kazakhstan", search,
       &(Tags) { (gint64[]) { media, kazakhstan }, 2, "torture", NULL });
  return 0;
}
