/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-import.h"
#include "dossier-import-queue.h"

typedef struct
{
  char **paths;
  char  *password;
} Job;

struct _DossierImportQueue
{
  GObject         parent_instance;

  DossierLibrary *library;        /* owned */
  GtkWindow      *parent;         /* weak */
  GQueue          jobs;           /* Job, waiting */
  DossierImport  *import;         /* owned: the one running */
  GCancellable   *cancellable;    /* owned: this batch's */
  GPtrArray      *batch;          /* DossierImportResult, final */
  GQueue          locked;         /* DossierImportResult, waiting for a password */
  AdwMessageDialog *question;     /* the password question shown, if any */
  gboolean        cancelled;
  gboolean        busy;
  char           *last_summary;
};

G_DEFINE_FINAL_TYPE (DossierImportQueue, dossier_import_queue, G_TYPE_OBJECT)

enum { PROP_0, PROP_BUSY, N_PROPS };
enum { PROGRESS, BATCH_FINISHED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void run_next (DossierImportQueue *self);

static void
job_free (Job *job)
{
  g_strfreev (job->paths);
  g_free (job->password);
  g_free (job);
}

static Job *
job_new (const char * const *paths,
         const char         *password)
{
  Job *job = g_new0 (Job, 1);

  job->paths = g_strdupv ((char **) paths);
  job->password = g_strdup (password);
  return job;
}

static void
set_busy (DossierImportQueue *self,
          gboolean            busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
finish_batch (DossierImportQueue *self)
{
  g_autoptr(GPtrArray) results = g_steal_pointer (&self->batch);

  g_free (self->last_summary);
  self->last_summary = dossier_import_summarize (results, self->cancelled);
  self->batch = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_import_result_free);
  self->cancelled = FALSE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, FALSE);
  g_signal_emit (self, signals[BATCH_FINISHED], 0, self->last_summary, results);
}

/* ---- Passwords ---- */

static void
on_password_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         DossierImportQueue *self)
{
  DossierImportResult *result = g_queue_pop_head (&self->locked);
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *password = gtk_editable_get_text (entry);

  self->question = NULL;
  /* GTK 4.8's GtkPasswordEntry leaves a handler on its GtkText; kept as
   * the dialog's focus, the text outlives the entry and calls it when
   * the dialog goes. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  if (result != NULL && g_str_equal (response, "import") && !self->cancelled &&
      *password != '\0')
    {
      const char *paths[] = { result->path, NULL };
      g_queue_push_head (&self->jobs, job_new (paths, password));
      dossier_import_result_free (result);
    }
  else if (result != NULL)
    g_ptr_array_add (self->batch, result);
  run_next (self);
  g_object_unref (self);
}

static GtkWidget *
password_entry_new (void)
{
  GtkWidget *entry = gtk_password_entry_new ();

  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  g_object_set (entry, "activates-default", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Password"), -1);
  return entry;
}

static void
ask_password (DossierImportQueue        *self,
              const DossierImportResult *result)
{
  g_autofree char *name = g_path_get_basename (result->path);
  g_autofree char *body = NULL;
  GtkWidget *entry = password_entry_new ();
  GtkWidget *dialog;

  if (result->error == DOSSIER_ERROR_BAD_PASSWORD)
    body = g_strdup_printf (_("The password for “%s” is not right. Try again, or skip this "
                              "document."), name);
  else
    body = g_strdup_printf (_("“%s” is protected by a password. Enter it to import the "
                              "document."), name);
  dialog = adw_message_dialog_new (self->parent, _("Password Required"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "skip", _("_Skip"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "skip");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_password_response_cb), g_object_ref (self));
  self->question = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---- Running ---- */

static gboolean
needs_password (const DossierImportResult *result)
{
  return result->status == DOSSIER_IMPORT_FAILED &&
         (result->error == DOSSIER_ERROR_ENCRYPTED || result->error == DOSSIER_ERROR_BAD_PASSWORD);
}

static void
keep_results (DossierImportQueue *self,
              GPtrArray          *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      if (needs_password (result) && !self->cancelled && self->parent != NULL)
        g_queue_push_tail (&self->locked, dossier_import_result_copy (result));
      else
        g_ptr_array_add (self->batch, dossier_import_result_copy (result));
    }
}

static void
keep_failure (DossierImportQueue *self,
              const char * const *paths,
              const GError       *error)
{
  /* The whole run failed (the library cannot be written, say): each of
   * its files says why. */
  for (guint i = 0; paths[i] != NULL; i++)
    {
      DossierImportResult *result = g_new0 (DossierImportResult, 1);

      result->path = g_strdup (paths[i]);
      result->status = DOSSIER_IMPORT_FAILED;
      result->error = error->domain == DOSSIER_ERROR ? error->code : DOSSIER_ERROR_FAILED;
      result->reason = g_strdup (error->message);
      g_ptr_array_add (self->batch, result);
    }
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *async_result,
                   gpointer      data)
{
  g_autoptr(DossierImportQueue) self = data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  char **paths = g_object_get_data (source, "paths");

  results = dossier_import_run_finish (DOSSIER_IMPORT (source), async_result, &error);
  if (results != NULL)
    keep_results (self, results);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    keep_failure (self, (const char * const *) paths, error);
  g_clear_object (&self->import);
  run_next (self);
}

static void
on_import_progress_cb (DossierImport      *import,
                       guint               done,
                       guint               total,
                       const char         *path,
                       DossierImportQueue *self)
{
  g_signal_emit (self, signals[PROGRESS], 0, done, total, path);
}

static void
start_job (DossierImportQueue *self,
           Job                *job)
{
  self->import = dossier_import_new (self->library);
  if (job->password != NULL)
    dossier_import_set_password (self->import, job->password);
  g_object_set_data_full (G_OBJECT (self->import), "paths", g_strdupv (job->paths),
                          (GDestroyNotify) g_strfreev);
  g_signal_connect_object (self->import, "progress", G_CALLBACK (on_import_progress_cb), self, 0);
  dossier_import_run_async (self->import, (const char * const *) job->paths, self->cancellable,
                            on_import_done_cb, g_object_ref (self));
}

static void
run_next (DossierImportQueue *self)
{
  Job *job;

  if (self->import != NULL || self->question != NULL)
    return;
  while (self->cancelled && !g_queue_is_empty (&self->locked))
    g_ptr_array_add (self->batch, g_queue_pop_head (&self->locked));
  job = g_queue_pop_head (&self->jobs);
  if (job != NULL)
    {
      start_job (self, job);
      job_free (job);
    }
  else if (!g_queue_is_empty (&self->locked))
    ask_password (self, g_queue_peek_head (&self->locked));
  else if (self->busy)
    finish_batch (self);
}

/* ---- Details ---- */

gboolean
dossier_import_queue_has_details (GPtrArray *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      if (result->status == DOSSIER_IMPORT_FAILED || result->warning != NULL)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
detail_row_new (const DossierImportResult *result)
{
  g_autofree char *name = g_path_get_basename (result->path);
  GtkWidget *row = adw_action_row_new ();
  const char *icon = result->status == DOSSIER_IMPORT_FAILED ? "dialog-error-symbolic"
                                                              : "dialog-warning-symbolic";
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               result->status == DOSSIER_IMPORT_FAILED ? result->reason
                                                                       : result->warning);
  gtk_widget_add_css_class (image, result->status == DOSSIER_IMPORT_FAILED ? "error" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  gtk_widget_set_tooltip_text (row, result->path);
  return row;
}

void
dossier_import_queue_show_details (GtkWindow *parent,
                                   GPtrArray *results)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *dialog;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      if (result->status == DOSSIER_IMPORT_FAILED || result->warning != NULL)
        gtk_list_box_append (GTK_LIST_BOX (list), detail_row_new (result));
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);

  dialog = adw_message_dialog_new (parent, _("Import Details"),
                                   _("These files were not imported, or were imported with a "
                                     "warning."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject ---- */

static void
dossier_import_queue_dispose (GObject *object)
{
  DossierImportQueue *self = DOSSIER_IMPORT_QUEUE (object);

  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->jobs, (GDestroyNotify) job_free);
  g_queue_clear_full (&self->locked, (GDestroyNotify) dossier_import_result_free);
  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
  self->parent = NULL;
  g_clear_object (&self->import);

  G_OBJECT_CLASS (dossier_import_queue_parent_class)->dispose (object);
}

static void
dossier_import_queue_finalize (GObject *object)
{
  DossierImportQueue *self = DOSSIER_IMPORT_QUEUE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->batch, g_ptr_array_unref);
  g_clear_object (&self->library);
  g_free (self->last_summary);

  G_OBJECT_CLASS (dossier_import_queue_parent_class)->finalize (object);
}

static void
dossier_import_queue_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DossierImportQueue *self = DOSSIER_IMPORT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_import_queue_class_init (DossierImportQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_import_queue_dispose;
  object_class->finalize = dossier_import_queue_finalize;
  object_class->get_property = dossier_import_queue_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A file is done: (done, total, path). */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_UINT, G_TYPE_UINT, G_TYPE_STRING);
  /* (summary, results): every file of the batch, passwords asked. */
  signals[BATCH_FINISHED] = g_signal_new ("batch-finished", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                          G_TYPE_STRING, G_TYPE_PTR_ARRAY);
}

static void
dossier_import_queue_init (DossierImportQueue *self)
{
  g_queue_init (&self->jobs);
  g_queue_init (&self->locked);
  self->cancellable = g_cancellable_new ();
  self->batch = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_import_result_free);
}

DossierImportQueue *
dossier_import_queue_new (DossierLibrary *library)
{
  DossierImportQueue *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_IMPORT_QUEUE, NULL);
  self->library = g_object_ref (library);
  return self;
}

void
dossier_import_queue_set_parent (DossierImportQueue *self,
                                 GtkWindow          *parent)
{
  g_return_if_fail (DOSSIER_IS_IMPORT_QUEUE (self));

  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
  self->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
}

void
dossier_import_queue_add (DossierImportQueue *self,
                          const char * const *paths)
{
  g_return_if_fail (DOSSIER_IS_IMPORT_QUEUE (self));
  g_return_if_fail (paths != NULL);

  g_queue_push_tail (&self->jobs, job_new (paths, NULL));
  set_busy (self, TRUE);
  run_next (self);
}

/* Stops the running import (what it stored stays) and drops the rest. */
void
dossier_import_queue_cancel (DossierImportQueue *self)
{
  g_return_if_fail (DOSSIER_IS_IMPORT_QUEUE (self));

  if (!self->busy)
    return;
  self->cancelled = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->jobs, (GDestroyNotify) job_free);
  /* Closing answers with the close response, "skip", and takes the
   * question away; adw_message_dialog_response() would leave it up. */
  if (self->question != NULL)
    gtk_window_close (GTK_WINDOW (self->question));
  run_next (self);
}

gboolean
dossier_import_queue_get_busy (DossierImportQueue *self)
{
  g_return_val_if_fail (DOSSIER_IS_IMPORT_QUEUE (self), FALSE);

  return self->busy;
}

const char *
dossier_import_queue_get_last_summary (DossierImportQueue *self)
{
  g_return_val_if_fail (DOSSIER_IS_IMPORT_QUEUE (self), NULL);

  return self->last_summary;
}
