/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-briefing.h"
#include "dossier-briefing-pack.h"
#include "dossier-database.h"
#include "dossier-error.h"

/* ---- Options and results ---- */

DossierBriefingOptions *
dossier_briefing_options_new (void)
{
  DossierBriefingOptions *options = g_new0 (DossierBriefingOptions, 1);

  options->tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return options;
}

static GArray *
copy_ids (GArray *ids)
{
  GArray *copy;

  if (ids == NULL)
    return NULL;
  copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

DossierBriefingOptions *
dossier_briefing_options_copy (const DossierBriefingOptions *options)
{
  DossierBriefingOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->tag_ids = options->tag_ids ? copy_ids (options->tag_ids)
                                   : g_array_new (FALSE, FALSE, sizeof (gint64));
  copy->date_from = g_strdup (options->date_from);
  copy->date_to = g_strdup (options->date_to);
  copy->organisation = g_strdup (options->organisation);
  copy->title = g_strdup (options->title);
  copy->annex_ids = copy_ids (options->annex_ids);
  copy->passwords = g_strdupv (options->passwords);
  copy->today = g_strdup (options->today);
  return copy;
}

void
dossier_briefing_options_free (DossierBriefingOptions *options)
{
  if (options == NULL)
    return;
  g_clear_pointer (&options->tag_ids, g_array_unref);
  g_clear_pointer (&options->annex_ids, g_array_unref);
  g_free (options->date_from);
  g_free (options->date_to);
  g_free (options->organisation);
  g_free (options->title);
  g_strfreev (options->passwords);
  g_free (options->today);
  g_free (options);
}

void
dossier_briefing_options_add_tag (DossierBriefingOptions *options,
                                  gint64                  tag_id)
{
  g_return_if_fail (options != NULL);

  if (options->tag_ids == NULL)
    options->tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->tag_ids, tag_id);
}

void
dossier_briefing_options_add_annex (DossierBriefingOptions *options,
                                    gint64                  document_id)
{
  g_return_if_fail (options != NULL);

  if (options->annex_ids == NULL)
    options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->annex_ids, document_id);
}

void
dossier_briefing_result_free (DossierBriefingResult *result)
{
  if (result == NULL)
    return;
  g_free (result->path);
  g_strfreev (result->warnings);
  g_free (result);
}

GArray *
dossier_briefing_default_annexes (DossierLibrary                *library,
                                  const DossierBriefingOptions  *options,
                                  GError                       **error)
{
  g_autoptr(DossierBriefingOptions) defaults = NULL;
  g_autoptr(DossierBriefingPack) pack = NULL;
  GArray *ids;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  defaults = dossier_briefing_options_copy (options);
  g_clear_pointer (&defaults->annex_ids, g_array_unref);
  pack = dossier_briefing_gather (library, defaults, error);
  if (pack == NULL)
    return NULL;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), pack->annexes->len);
  for (guint i = 0; i < pack->annexes->len; i++)
    {
      DossierBriefingAnnex *annex = g_ptr_array_index (pack->annexes, i);

      g_array_append_val (ids, annex->document_id);
    }
  return ids;
}

/* ---- The organisation ---- */

char *
dossier_briefing_dup_organisation (DossierLibrary  *library,
                                   GError         **error)
{
  DossierDatabase *database;
  sqlite3_stmt *statement;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  database = dossier_library_get_database (library);
  statement = dossier_database_prepare (database,
                                        "SELECT value FROM library_settings"
                                        " WHERE key = 'organisation'", error);
  if (statement == NULL)
    return NULL;
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW && sqlite3_column_text (statement, 0) != NULL &&
      *sqlite3_column_text (statement, 0) != '\0')
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    dossier_database_set_error (database, rc, error);
  sqlite3_reset (statement);
  return value;
}

gboolean
dossier_briefing_set_organisation (DossierLibrary  *library,
                                   const char      *organisation,
                                   GError         **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (organisation ? organisation : ""));
  DossierDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  database = dossier_library_get_database (library);
  statement = dossier_database_prepare (database,
                                        *trimmed == '\0'
                                        ? "DELETE FROM library_settings WHERE key = 'organisation'"
                                        : "INSERT INTO library_settings (key, value)"
                                          " VALUES ('organisation', ?1)"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                        error);
  if (statement == NULL)
    return FALSE;
  if (*trimmed != '\0')
    sqlite3_bind_text (statement, 1, trimmed, -1, SQLITE_TRANSIENT);
  return dossier_database_step_done (database, statement, error);
}

/* ---- Writing (a thread) ---- */

typedef struct
{
  DossierBriefingPack          *pack;             /* owned */
  char                         *path;
  DossierBriefingProgressFunc   progress;
  gpointer                      progress_data;
  GDestroyNotify                progress_data_free;
  GMainContext                 *context;          /* owned: where @progress runs */
  double                        reported;         /* the last fraction reported */
  GTask                        *task;             /* borrowed: the worker's, while it runs */
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  dossier_briefing_pack_free (write->pack);
  if (write->progress_data_free != NULL)
    write->progress_data_free (write->progress_data);
  g_main_context_unref (write->context);
  g_free (write->path);
  g_free (write);
}

typedef struct
{
  GTask  *task;        /* owned: keeps the progress data alive */
  double  fraction;
  char   *message;
} Report;

static void
report_free (gpointer data)
{
  Report *report = data;

  g_object_unref (report->task);
  g_free (report->message);
  g_free (report);
}

static gboolean
report_cb (gpointer data)
{
  Report *report = data;
  WriteData *write = g_task_get_task_data (report->task);

  write->progress (report->fraction, report->message, write->progress_data);
  return G_SOURCE_REMOVE;
}

/* From the thread: at most a hundred reports, however many pages. */
static void
report_progress (WriteData  *write,
                 double      fraction,
                 const char *message)
{
  Report *report;

  if (write->progress == NULL || (fraction < 1.0 && fraction - write->reported < 0.01))
    return;
  write->reported = fraction;
  report = g_new0 (Report, 1);
  report->task = g_object_ref (write->task);
  report->fraction = fraction;
  report->message = g_strdup (message);
  g_main_context_invoke_full (write->context, G_PRIORITY_DEFAULT, report_cb, report, report_free);
}

#define ANNEXES_SHARE 0.15   /* of the progress bar: opening the annexes */

static void
annex_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  report_progress (user_data, ANNEXES_SHARE * done / MAX (total, 1),
                   _("Opening the original documents…"));
}

static void
page_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  g_autofree char *message = g_strdup_printf (_("Writing page %u of %u…"), done, total);

  report_progress (user_data,
                   done >= total ? 1.0 : ANNEXES_SHARE + (1 - ANNEXES_SHARE) * done / total,
                   message);
}

static GOutputStream *
create_temporary (const char  *path,
                  char       **temp_path,
                  GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *template_name = g_strdup_printf (".%s-XXXXXX", name);
  g_autofree char *template = g_build_filename (folder, template_name, NULL);
  g_autoptr(GOutputStream) unbuffered = NULL;
  int fd;

  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The pack cannot be written in %s: %s"), display, g_strerror (saved));
      return NULL;
    }
  *temp_path = g_steal_pointer (&template);
  unbuffered = g_unix_output_stream_new (fd, TRUE);
  /* cairo writes in pieces of a few bytes: one system call each, else. */
  return g_buffered_output_stream_new_sized (unbuffered, 256 * 1024);
}

static DossierBriefingResult *
write_pack (WriteData     *write,
            GCancellable  *cancellable,
            GError       **error)
{
  DossierBriefingPack *pack = write->pack;
  g_autoptr(DossierPackWriter) writer = dossier_pack_writer_new ();
  g_autoptr(GOutputStream) stream = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *keywords = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  DossierPackMetadata metadata = { 0 };
  DossierBriefingResult *result;
  guint n_annexes;
  gboolean ok;

  stream = create_temporary (write->path, &temp_path, error);
  if (stream == NULL)
    return NULL;
  n_annexes = dossier_briefing_compose (pack, writer, annex_progress_cb, write, cancellable);

  for (guint i = 0; i < pack->issues->len; i++)
    g_ptr_array_add (names, ((DossierBriefingTag *) g_ptr_array_index (pack->issues, i))->name);
  g_ptr_array_add (names, NULL);
  keywords = g_strjoinv ("; ", (char **) names->pdata);
  metadata.title = pack->title;
  metadata.author = pack->organisation;
  metadata.subject = pack->subtitle && *pack->subtitle ? pack->subtitle : NULL;
  metadata.keywords = keywords;
  metadata.creator = "Dossier " PACKAGE_VERSION;

  ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       dossier_pack_writer_write (writer, stream, &metadata, page_progress_cb, write, cancellable,
                                  error);
  /* Closed either way: a failed close is a failed pack. */
  if (!g_output_stream_close (stream, NULL, ok ? error : NULL))
    ok = FALSE;
  if (ok && g_rename (temp_path, write->path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (write->path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The pack cannot be saved as %s: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (temp_path);
      return NULL;
    }

  result = g_new0 (DossierBriefingResult, 1);
  result->path = g_strdup (write->path);
  result->n_pages = dossier_pack_writer_get_n_pages (writer);
  result->n_annexes = n_annexes;
  result->n_left_out = pack->n_left_out;
  g_ptr_array_add (pack->warnings, NULL);
  result->warnings = (GStrv) g_ptr_array_free (g_steal_pointer (&pack->warnings), FALSE);
  return result;
}

static void
write_pack_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;
  DossierBriefingResult *result;

  write->task = task;
  result = write_pack (write, cancellable, &error);
  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) dossier_briefing_result_free);
  else
    g_task_return_error (task, error);
}

void
dossier_briefing_write_async (DossierLibrary               *library,
                              const DossierBriefingOptions *options,
                              GFile                        *file,
                              GCancellable                 *cancellable,
                              DossierBriefingProgressFunc   progress,
                              gpointer                      progress_data,
                              GDestroyNotify                progress_data_free,
                              GAsyncReadyCallback           callback,
                              gpointer                      user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DossierBriefingPack *pack;
  WriteData *write;

  g_return_if_fail (DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (library, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_briefing_write_async);
  g_task_set_name (task, "dossier-briefing-write");

  path = g_file_get_path (file);
  if (path == NULL)
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("A pack can only be saved in a local folder."));
      return;
    }
  pack = dossier_briefing_gather (library, options, &error);
  if (pack == NULL)
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  write = g_new0 (WriteData, 1);
  write->pack = pack;
  write->path = g_steal_pointer (&path);
  write->progress = progress;
  write->progress_data = progress_data;
  write->progress_data_free = progress_data_free;
  write->context = g_main_context_ref_thread_default ();
  write->reported = -1;
  g_task_set_task_data (task, write, write_data_free);
  g_task_run_in_thread (task, write_pack_thread);
}

DossierBriefingResult *
dossier_briefing_write_finish (DossierLibrary  *library,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, library), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
