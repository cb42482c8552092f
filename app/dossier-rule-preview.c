/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-database.h"
#include "dossier-rule-preview.h"
#include "dossier-rules.h"

#define BATCH 64       /* documents read at a time */
#define MAX_WORKERS 4  /* threads sharing the documents between them */

typedef struct
{
  char           *database_path;
  DossierMatcher *matcher;       /* owned; read-only, so the workers share it */
  guint           n_matching;
  guint           n_documents;
} CountData;

/* One worker's share: the documents whose id modulo @n_shares is @share. */
typedef struct
{
  CountData    *count;           /* borrowed: read only */
  GCancellable *cancellable;     /* borrowed */
  guint         share;
  guint         n_shares;
  guint         n_matching;
  guint         n_documents;
  GError       *error;
} Share;

static void
count_data_free (gpointer data)
{
  CountData *count = data;

  g_free (count->database_path);
  dossier_matcher_free (count->matcher);
  g_free (count);
}

/* Whether the rule matches the document as the rules would see it: its
 * title, then its pages (see dossier_rules_match_text_new()). */
static gboolean
matches_row (DossierMatcher *matcher,
             sqlite3_stmt   *row)
{
  const char *title = (const char *) sqlite3_column_text (row, 1);
  const char *body = (const char *) sqlite3_column_text (row, 2);
  g_auto(GStrv) pages = g_strsplit (body ? body : "", DOSSIER_PAGE_BREAK_STRING, -1);
  g_autoptr(DossierMatchText) text = dossier_rules_match_text_new (title,
                                                                  (const char * const *) pages);

  return dossier_matcher_matches (matcher, text);
}

/* Returns: how many documents after @after it read (0: none left), or -1
 * on error or when cancelled. */
static int
count_batch (DossierDatabase  *database,
             Share            *share,
             gint64           *after,
             GError          **error)
{
  sqlite3_stmt *statement;
  int rc, n = 0;

  statement = dossier_database_prepare (database,
                                        "SELECT d.id, d.title, t.body FROM documents AS d"
                                        " JOIN document_text AS t ON t.id = d.id"
                                        " WHERE d.trashed_at IS NULL AND d.id > ?1"
                                        " AND d.id % ?3 = ?4"
                                        " ORDER BY d.id LIMIT ?2", error);
  if (statement == NULL)
    return -1;
  sqlite3_bind_int64 (statement, 1, *after);
  sqlite3_bind_int (statement, 2, BATCH);
  sqlite3_bind_int (statement, 3, (int) share->n_shares);
  sqlite3_bind_int (statement, 4, (int) share->share);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      if (g_cancellable_set_error_if_cancelled (share->cancellable, error))
        {
          sqlite3_reset (statement);
          return -1;
        }
      *after = sqlite3_column_int64 (statement, 0);
      share->n_matching += matches_row (share->count->matcher, statement);
      share->n_documents++;
      n++;
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return -1;
    }
  return n;
}

static gpointer
count_share (gpointer data)
{
  Share *share = data;
  g_autoptr(DossierDatabase) database = NULL;
  gint64 after = 0;
  int n;

  database = dossier_database_open (share->count->database_path, &share->error);
  if (database == NULL)
    return NULL;
  /* In batches, so that no read holds the database while matching. */
  while ((n = count_batch (database, share, &after, &share->error)) > 0)
    ;
  return NULL;
}

/* Making each document's text ready for matching is most of the work, and
 * each document's is its own: the documents are shared out between a
 * few threads, each with its own connection. */
static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CountData *count = task_data;
  guint n_shares = CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  g_autofree Share *shares = g_new0 (Share, n_shares);
  g_autofree GThread **threads = g_new0 (GThread *, n_shares);
  GError *error = NULL;

  for (guint i = 0; i < n_shares; i++)
    {
      shares[i] = (Share) { count, cancellable, i, n_shares, 0, 0, NULL };
      if (i > 0)
        threads[i] = g_thread_new ("dossier-count", count_share, &shares[i]);
    }
  count_share (&shares[0]);
  for (guint i = 0; i < n_shares; i++)
    {
      if (threads[i] != NULL)
        g_thread_join (threads[i]);
      count->n_matching += shares[i].n_matching;
      count->n_documents += shares[i].n_documents;
      if (shares[i].error != NULL && error == NULL)
        error = g_steal_pointer (&shares[i].error);
      g_clear_error (&shares[i].error);
    }
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
dossier_library_count_rule_matches_async (DossierLibrary      *self,
                                          DossierRuleMode      mode,
                                          const char          *pattern,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *trimmed = NULL;
  GError *error = NULL;
  CountData *count;
  DossierMatcher *matcher;

  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_return_if_fail (pattern != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_library_count_rule_matches_async);
  g_task_set_name (task, "dossier-count-rule-matches");
  trimmed = g_strstrip (g_strdup (pattern));
  matcher = dossier_matcher_new (mode, trimmed, &error);
  if (matcher == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  count = g_new0 (CountData, 1);
  count->database_path = dossier_library_dup_database_path (self);
  count->matcher = matcher;
  g_task_set_task_data (task, count, count_data_free);
  g_task_run_in_thread (task, count_thread);
}

gboolean
dossier_library_count_rule_matches_finish (DossierLibrary  *self,
                                           GAsyncResult    *result,
                                           guint           *n_matching,
                                           guint           *n_documents,
                                           GError         **error)
{
  CountData *count;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  count = g_task_get_task_data (G_TASK (result));
  if (n_matching != NULL)
    *n_matching = count->n_matching;
  if (n_documents != NULL)
    *n_documents = count->n_documents;
  return TRUE;
}
