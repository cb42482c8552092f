/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-briefing-dialog.h"
#include "dossier-briefing.h"
#include "dossier-followups.h"
#include "dossier-format.h"
#include "dossier-tags.h"

enum { BASIS_EVENT, BASIS_TAGS };

struct _DossierBriefingDialog
{
  AdwWindow             parent_instance;

  DossierLibrary       *library;
  GListModel           *events;        /* DossierEvent, the next one first */
  GListModel           *countries;     /* DossierTag */
  GPtrArray            *tag_checks;    /* GtkCheckButton, "tag-id" set */
  GPtrArray            *annex_checks;  /* GtkCheckButton, "document-id" set */
  GtkFileChooserNative *chooser;       /* owned while shown */
  GCancellable         *cancellable;   /* while a pack is written */
  gboolean              filling;       /* the rows are being filled: no refresh yet */
  gboolean              open_when_done; /* the user chose the file: show them the pack */

  GtkStack             *stack;
  GtkWidget            *export_button;
  AdwComboRow          *basis_row;
  AdwComboRow          *event_row;
  AdwExpanderRow       *issues_row;
  AdwExpanderRow       *cases_row;
  AdwComboRow          *country_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  GtkCheckButton       *external_check;
  AdwEntryRow          *organisation_row;
  GtkStack             *annexes_stack;
  GtkListBox           *annex_list;
  GtkLabel             *annexes_empty_label;
  GtkLabel             *error_label;
  AdwStatusPage        *progress_page;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (DossierBriefingDialog, dossier_briefing_dialog, ADW_TYPE_WINDOW)

enum { EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- What goes in ---- */

static gboolean
based_on_event (DossierBriefingDialog *self)
{
  return adw_combo_row_get_selected (self->basis_row) == BASIS_EVENT;
}

static DossierEvent *
dup_selected_event (DossierBriefingDialog *self)
{
  guint position = adw_combo_row_get_selected (self->event_row);

  if (self->events == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (self->events, position);
}

/* A date row's day, NULL when empty; FALSE when it is not a day. */
static gboolean
read_date_row (AdwEntryRow  *row,
               char        **date)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *date = NULL;
  if (*text == '\0')
    return TRUE;
  *date = dossier_format_normalize_date (text);
  return *date != NULL;
}

/* The options the dialog's rows say, or NULL with a message that says
 * what to put right. */
static DossierBriefingOptions *
read_options (DossierBriefingDialog  *self,
              char                  **problem)
{
  g_autoptr(DossierBriefingOptions) options = dossier_briefing_options_new ();

  *problem = NULL;
  options->external = gtk_check_button_get_active (self->external_check);
  if (based_on_event (self))
    {
      g_autoptr(DossierEvent) event = dup_selected_event (self);

      if (event == NULL)
        {
          *problem = g_strdup (_("There is no event yet: base the pack on issues and cases."));
          return NULL;
        }
      options->event_id = dossier_event_get_id (event);
      return g_steal_pointer (&options);
    }

  for (guint i = 0; i < self->tag_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->tag_checks, i)))
      dossier_briefing_options_add_tag (options,
                                        *(gint64 *) g_object_get_data (g_ptr_array_index (self->tag_checks, i),
                                                                       "tag-id"));
  if (options->tag_ids->len == 0)
    {
      *problem = g_strdup (_("Choose at least one issue or case."));
      return NULL;
    }
  if (adw_combo_row_get_selected (self->country_row) > 0)
    {
      g_autoptr(DossierTag) country =
        g_list_model_get_item (self->countries, adw_combo_row_get_selected (self->country_row) - 1);

      options->country_id = dossier_tag_get_id (country);
    }
  if (!read_date_row (self->from_row, &options->date_from) ||
      !read_date_row (self->to_row, &options->date_to))
    {
      *problem = g_strdup (_("Write dates as 2016-11-23 or 23.11.2016."));
      return NULL;
    }
  return g_steal_pointer (&options);
}

static void
show_problem (DossierBriefingDialog *self,
              const char            *problem)
{
  gtk_label_set_text (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
}

/* ---- Annexes ---- */

static GtkWidget *
annex_row_new (DossierBriefingDialog *self,
               DossierDocument       *document)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = dossier_format_document_title (document);
  g_autofree char *date = dossier_format_list_date (dossier_document_get_date (document));
  g_autofree char *senders = dossier_format_join_senders (dossier_document_get_senders (document));
  g_autofree char *subtitle = NULL;
  gint64 *id = g_new (gint64, 1);

  *id = dossier_document_get_id (document);
  if (date != NULL && senders != NULL && *senders != '\0')
    /* Translators: an annex's subtitle: its date, then who sent it. */
    subtitle = g_strdup_printf (_("%s · %s"), date, senders);
  else
    subtitle = g_strdup (date ? date : senders);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "document-id", id, g_free);
  g_ptr_array_add (self->annex_checks, check);
  return row;
}

static void
show_no_annexes (DossierBriefingDialog *self,
                 const char            *why)
{
  gtk_label_set_text (self->annexes_empty_label, why);
  gtk_stack_set_visible_child_name (self->annexes_stack, "none");
}

/* The documents the pack would annex, all ticked: what the library
 * proposes for what is chosen above. */
static void
refresh_annexes (DossierBriefingDialog *self)
{
  g_autoptr(DossierBriefingOptions) options = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  GtkWidget *child;

  g_ptr_array_set_size (self->annex_checks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->annex_list))) != NULL)
    gtk_list_box_remove (self->annex_list, child);

  options = read_options (self, &problem);
  if (options == NULL)
    {
      show_no_annexes (self, problem);
      return;
    }
  ids = dossier_briefing_default_annexes (self->library, options, &error);
  if (ids == NULL)
    {
      show_no_annexes (self, error->message);
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(DossierDocument) document =
        dossier_library_dup_document (self->library, g_array_index (ids, gint64, i), NULL);

      if (document != NULL)
        gtk_list_box_append (self->annex_list, annex_row_new (self, document));
    }
  if (self->annex_checks->len == 0)
    show_no_annexes (self, _("No document to annex: the pack will have none."));
  else
    gtk_stack_set_visible_child_name (self->annexes_stack, "list");
}

static void
on_contents_changed_cb (DossierBriefingDialog *self)
{
  if (self->filling)
    return;
  show_problem (self, NULL);
  refresh_annexes (self);
}

static void
on_basis_changed_cb (DossierBriefingDialog *self)
{
  gboolean event = based_on_event (self);

  gtk_widget_set_visible (GTK_WIDGET (self->event_row), event);
  gtk_widget_set_visible (GTK_WIDGET (self->issues_row), !event);
  gtk_widget_set_visible (GTK_WIDGET (self->cases_row), !event);
  gtk_widget_set_visible (GTK_WIDGET (self->country_row), !event);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), !event);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), !event);
  on_contents_changed_cb (self);
}

/* ---- Filling the rows ---- */

static void
fill_events (DossierBriefingDialog *self,
             gint64                 event_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  self->events = dossier_library_list_events_upcoming_first (self->library, NULL, &error);
  if (self->events == NULL)
    {
      g_warning ("Cannot list the events: %s", error->message);
      self->events = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_EVENT));
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);
      g_autofree char *date = dossier_format_list_date (dossier_event_get_date (event));
      /* Translators: an event in the briefing dialog: its title and date. */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), dossier_event_get_title (event), date);

      gtk_string_list_append (labels, label);
      if (dossier_event_get_id (event) == event_id)
        selected = i;
    }
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->event_row, selected);
  if (g_list_model_get_n_items (self->events) == 0)
    adw_combo_row_set_selected (self->basis_row, BASIS_TAGS);
}

static void
fill_tags (DossierBriefingDialog *self,
           AdwExpanderRow        *expander,
           const char            *facet)
{
  g_autoptr(GListModel) tags = dossier_library_list_tags (self->library, facet, NULL);
  guint n = tags ? g_list_model_get_n_items (tags) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 *id = g_new (gint64, 1);
      g_autofree char *count = g_strdup_printf ("%u", dossier_tag_get_n_documents (tag));
      GtkWidget *count_label = gtk_label_new (count);

      *id = dossier_tag_get_id (tag);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_tag_get_name (tag));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Sub-issues sit under their parent, as in the sidebar. */
      gtk_widget_set_margin_start (check, 18 * dossier_tag_get_depth (tag));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_add_css_class (count_label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count_label);
      g_object_set_data_full (G_OBJECT (check), "tag-id", id, g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_contents_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->tag_checks, check);
      adw_expander_row_add_row (expander, row);
    }
  if (n == 0)
    adw_expander_row_set_subtitle (expander, _("None in this library"));
}

static void
fill_countries (DossierBriefingDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->countries = dossier_library_list_tags (self->library, DOSSIER_FACET_COUNTRY, NULL);
  if (self->countries == NULL)
    self->countries = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_TAG));
  gtk_string_list_append (names, _("Any country"));
  for (guint i = 0; i < g_list_model_get_n_items (self->countries); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (self->countries, i);

      gtk_string_list_append (names, dossier_tag_get_name (tag));
    }
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
}

static void
fill_organisation (DossierBriefingDialog *self)
{
  g_autofree char *organisation = dossier_briefing_dup_organisation (self->library, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation ? organisation : "");
}

/* ---- Exporting ---- */

static void
set_exporting (DossierBriefingDialog *self,
               gboolean               exporting)
{
  gtk_stack_set_visible_child_name (self->stack, exporting ? "progress" : "options");
  gtk_widget_set_sensitive (self->export_button, !exporting);
  if (exporting)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      adw_status_page_set_description (self->progress_page, NULL);
    }
}

static void
on_progress_cb (double      fraction,
                const char *message,
                gpointer    user_data)
{
  DossierBriefingDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
  adw_status_page_set_description (self->progress_page, message);
}

/* In the user's PDF viewer, over the window the dialog came from. */
static void
open_pack (DossierBriefingDialog *self,
           const char            *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (gtk_window_get_transient_for (GTK_WINDOW (self)), uri, GDK_CURRENT_TIME);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DossierBriefingDialog) self = user_data;
  g_autoptr(DossierBriefingResult) written = NULL;
  g_autoptr(GError) error = NULL;

  written = dossier_briefing_write_finish (DOSSIER_LIBRARY (source), result, &error);
  g_clear_object (&self->cancellable);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (written == NULL)
    {
      set_exporting (self, FALSE);
      show_problem (self, error->message);
      return;
    }
  g_signal_emit (self, signals[EXPORTED], 0, written);
  if (self->open_when_done)
    open_pack (self, written->path);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The annexes as ticked, in their order; explicit even when none is, so
 * that what the user unticked stays out. */
static void
apply_annex_choice (DossierBriefingDialog  *self,
                    DossierBriefingOptions *options)
{
  if (options->annex_ids == NULL)
    options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->annex_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->annex_checks, i);

      if (gtk_check_button_get_active (check))
        g_array_append_val (options->annex_ids,
                            *(gint64 *) g_object_get_data (G_OBJECT (check), "document-id"));
    }
}

void
dossier_briefing_dialog_export_to (DossierBriefingDialog *self,
                                   GFile                 *file)
{
  g_autoptr(DossierBriefingOptions) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  const char *organisation;

  g_return_if_fail (DOSSIER_IS_BRIEFING_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    return;
  options = read_options (self, &problem);
  if (options == NULL)
    {
      show_problem (self, problem);
      return;
    }
  apply_annex_choice (self, options);
  organisation = gtk_editable_get_text (GTK_EDITABLE (self->organisation_row));
  /* Remembered for the next pack: the organisation rarely changes. */
  if (!dossier_briefing_set_organisation (self->library, organisation, &error))
    {
      show_problem (self, error->message);
      return;
    }
  g_free (options->organisation);
  options->organisation = *organisation != '\0' ? g_strdup (organisation) : NULL;

  show_problem (self, NULL);
  set_exporting (self, TRUE);
  self->cancellable = g_cancellable_new ();
  dossier_briefing_write_async (self->library, options, file, self->cancellable,
                                on_progress_cb, g_object_ref (self), g_object_unref,
                                on_written_cb, g_object_ref (self));
}

/* "Briefing — 9th EU–Kazakhstan Human Rights Dialogue.pdf", without the
 * characters file systems refuse. */
static char *
suggest_file_name (DossierBriefingDialog *self)
{
  g_autoptr(DossierEvent) event = based_on_event (self) ? dup_selected_event (self) : NULL;
  g_autofree char *name = NULL;

  if (event != NULL)
    /* Translators: the suggested file name of a pack for an event. */
    name = g_strdup_printf (_("Briefing — %s.pdf"), dossier_event_get_title (event));
  else
    name = g_strdup (_("Briefing.pdf"));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
on_chooser_response_cb (DossierBriefingDialog *self,
                        int                    response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  self->open_when_done = TRUE;
  dossier_briefing_dialog_export_to (self, file);
}

static void
on_export_clicked_cb (DossierBriefingDialog *self)
{
  g_autoptr(DossierBriefingOptions) options = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *problem = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->cancellable != NULL)
    return;
  options = read_options (self, &problem);
  if (options == NULL)
    {
      show_problem (self, problem);
      return;
    }
  name = suggest_file_name (self);
  self->chooser = gtk_file_chooser_native_new (_("Save Briefing Pack"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked_cb (DossierBriefingDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Closed while a pack is written, the dialog stops it and goes when it
 * has stopped: nothing is left half-written. */
static gboolean
dossier_briefing_dialog_close_request (GtkWindow *window)
{
  DossierBriefingDialog *self = DOSSIER_BRIEFING_DIALOG (window);

  if (self->cancellable == NULL)
    return GTK_WINDOW_CLASS (dossier_briefing_dialog_parent_class)->close_request (window);
  g_cancellable_cancel (self->cancellable);
  adw_status_page_set_description (self->progress_page, _("Stopping…"));
  return TRUE;
}

/* ---- Setting up ---- */

static void
dossier_briefing_dialog_dispose (GObject *object)
{
  DossierBriefingDialog *self = DOSSIER_BRIEFING_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->events);
  g_clear_object (&self->countries);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_BRIEFING_DIALOG);
  G_OBJECT_CLASS (dossier_briefing_dialog_parent_class)->dispose (object);
}

static void
dossier_briefing_dialog_finalize (GObject *object)
{
  DossierBriefingDialog *self = DOSSIER_BRIEFING_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->tag_checks);
  g_ptr_array_unref (self->annex_checks);
  G_OBJECT_CLASS (dossier_briefing_dialog_parent_class)->finalize (object);
}

static void
dossier_briefing_dialog_class_init (DossierBriefingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_briefing_dialog_dispose;
  object_class->finalize = dossier_briefing_dialog_finalize;
  window_class->close_request = dossier_briefing_dialog_close_request;

  /**
   * DossierBriefingDialog::exported:
   * @result: (type gpointer): the DossierBriefingResult, valid during the emission
   *
   * A pack was written; the dialog closes after this.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-briefing-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierBriefingDialog, name)
  BIND (stack);
  BIND (export_button);
  BIND (basis_row);
  BIND (event_row);
  BIND (issues_row);
  BIND (cases_row);
  BIND (country_row);
  BIND (from_row);
  BIND (to_row);
  BIND (external_check);
  BIND (organisation_row);
  BIND (annexes_stack);
  BIND (annex_list);
  BIND (annexes_empty_label);
  BIND (error_label);
  BIND (progress_page);
  BIND (progress_bar);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_basis_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_contents_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
dossier_briefing_dialog_init (DossierBriefingDialog *self)
{
  self->tag_checks = g_ptr_array_new ();
  self->annex_checks = g_ptr_array_new ();
  /* Until dossier_briefing_dialog_new() has filled the rows. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

DossierBriefingDialog *
dossier_briefing_dialog_new (GtkWindow      *parent,
                             DossierLibrary *library,
                             gint64          event_id)
{
  DossierBriefingDialog *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_BRIEFING_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  self->filling = TRUE;
  fill_events (self, event_id);
  fill_tags (self, self->issues_row, DOSSIER_FACET_ISSUE);
  fill_tags (self, self->cases_row, DOSSIER_FACET_CASE);
  fill_countries (self);
  fill_organisation (self);
  self->filling = FALSE;
  on_basis_changed_cb (self);
  return self;
}
