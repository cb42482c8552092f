/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-dialog.h"
#include "dossier-ask-tags.h"
#include "dossier-date-row.h"
#include "dossier-document-chooser.h"
#include "dossier-format.h"

struct _DossierAskDialog
{
  AdwWindow            parent_instance;

  DossierLibrary      *library;      /* owned */
  GArray              *event_ids;    /* gint64: the event row's items after "None" */
  GArray              *documents;    /* DossierAskDocument */
  GPtrArray           *document_rows; /* borrowed: a row per item of @documents */
  char                *note;

  GtkButton           *add_button;
  AdwToastOverlay     *toast_overlay;
  GtkTextView         *text_view;
  AdwComboRow         *event_row;
  AdwComboRow         *status_row;
  DossierDateRow      *due_row;
  GtkWidget           *due_error_row;
  GtkLabel            *due_error_label;
  AdwEntryRow         *owner_row;
  AdwEntryRow         *next_step_row;
  DossierAskTags      *tags;
  AdwPreferencesGroup *documents_group;
};

G_DEFINE_FINAL_TYPE (DossierAskDialog, dossier_ask_dialog, ADW_TYPE_WINDOW)

enum { ASK_ADDED, N_SIGNALS };
static guint signals[N_SIGNALS];

static char *
dup_text (DossierAskDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
dup_entry_value (AdwEntryRow *row)
{
  char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static void
on_text_changed_cb (DossierAskDialog *self)
{
  g_autofree char *text = dup_text (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), text != NULL);
}

static void
on_due_changed_cb (DossierAskDialog *self)
{
  gtk_widget_set_visible (self->due_error_row, FALSE);
}

static gint64
selected_event_id (DossierAskDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->event_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->event_ids->len)
    return 0;
  return g_array_index (self->event_ids, gint64, selected - 1);
}

/* ---- Evidence ---- */

static void
on_remove_document_clicked_cb (DossierAskDialog *self,
                               GtkButton        *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint index;

  if (!g_ptr_array_find (self->document_rows, row, &index))
    return;
  g_array_remove_index (self->documents, index);
  g_ptr_array_remove_index (self->document_rows, index);
  adw_preferences_group_remove (self->documents_group, row);
}

static GtkWidget *
document_row_new (DossierAskDialog *self,
                  gint64            document_id,
                  guint             page)
{
  g_autoptr(DossierDocument) document = dossier_library_dup_document (self->library, document_id,
                                                                      NULL);
  g_autofree char *title = document ? dossier_format_document_title (document) : NULL;
  g_autofree char *subtitle = page > 0 ? g_strdup_printf (_("Page %u"), page) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the document"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_document_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
on_document_chosen_cb (DossierAskDialog *self,
                       gint64            document_id,
                       guint             page)
{
  dossier_ask_dialog_add_document (self, document_id, page);
}

static void
on_add_document_clicked_cb (DossierAskDialog *self)
{
  DossierDocumentChooser *chooser = dossier_document_chooser_new (GTK_WINDOW (self), self->library,
                                                                  _("Add Evidence"));

  g_signal_connect_object (chooser, "document-chosen", G_CALLBACK (on_document_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
on_add_clicked_cb (DossierAskDialog *self)
{
  dossier_ask_dialog_save (self);
}

/* ---- Filling in ---- */

static void
fill_events (DossierAskDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) events = dossier_library_list_events_upcoming_first (self->library, NULL,
                                                                             NULL);
  g_autoptr(DossierEvent) next = dossier_library_dup_next_event (self->library, NULL, NULL);

  gtk_string_list_append (names, _("None yet"));
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = dossier_format_list_date (dossier_event_get_date (event));
      /* Translators: an event in a list to choose from: its title and date. */
      g_autofree char *label = g_strdup_printf (_("%s, %s"), dossier_event_get_title (event), date);
      gint64 id = dossier_event_get_id (event);

      gtk_string_list_append (names, label);
      g_array_append_val (self->event_ids, id);
    }
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (names));
  dossier_ask_dialog_set_event (self, next ? dossier_event_get_id (next) : 0);
}

static void
fill_statuses (DossierAskDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    gtk_string_list_append (statuses, dossier_ask_status_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, DOSSIER_ASK_DRAFT);
}

/* ---- GObject ---- */

static void
dossier_ask_dialog_dispose (GObject *object)
{
  DossierAskDialog *self = DOSSIER_ASK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ASK_DIALOG);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_ask_dialog_parent_class)->dispose (object);
}

static void
dossier_ask_dialog_finalize (GObject *object)
{
  DossierAskDialog *self = DOSSIER_ASK_DIALOG (object);

  g_array_unref (self->event_ids);
  g_array_unref (self->documents);
  g_ptr_array_unref (self->document_rows);
  g_free (self->note);

  G_OBJECT_CLASS (dossier_ask_dialog_parent_class)->finalize (object);
}

static void
dossier_ask_dialog_class_init (DossierAskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_ask_dialog_dispose;
  object_class->finalize = dossier_ask_dialog_finalize;

  signals[ASK_ADDED] = g_signal_new ("ask-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ASK);

  g_type_ensure (DOSSIER_TYPE_DATE_ROW);
  g_type_ensure (DOSSIER_TYPE_ASK_TAGS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-ask-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierAskDialog, name)
  BIND (add_button);
  BIND (toast_overlay);
  BIND (text_view);
  BIND (event_row);
  BIND (status_row);
  BIND (due_row);
  BIND (due_error_row);
  BIND (due_error_label);
  BIND (owner_row);
  BIND (next_step_row);
  BIND (tags);
  BIND (documents_group);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_document_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_ask_dialog_init (DossierAskDialog *self)
{
  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->documents = g_array_new (FALSE, FALSE, sizeof (DossierAskDocument));
  self->document_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_statuses (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_row, "changed", G_CALLBACK (on_due_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

DossierAskDialog *
dossier_ask_dialog_new (GtkWindow      *parent,
                        DossierLibrary *library)
{
  DossierAskDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_ASK_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  dossier_ask_tags_set_library (self->tags, library);
  fill_events (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  return self;
}

void
dossier_ask_dialog_set_text (DossierAskDialog *self,
                             const char       *text)
{
  g_return_if_fail (DOSSIER_IS_ASK_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ? text : "", -1);
}

void
dossier_ask_dialog_set_event (DossierAskDialog *self,
                              gint64            event_id)
{
  g_return_if_fail (DOSSIER_IS_ASK_DIALOG (self));

  adw_combo_row_set_selected (self->event_row, 0);
  for (guint i = 0; i < self->event_ids->len; i++)
    if (g_array_index (self->event_ids, gint64, i) == event_id)
      adw_combo_row_set_selected (self->event_row, i + 1);
}

void
dossier_ask_dialog_set_tags (DossierAskDialog *self,
                             const gint64     *tag_ids,
                             guint             n_tag_ids)
{
  g_return_if_fail (DOSSIER_IS_ASK_DIALOG (self));

  dossier_ask_tags_set_ids (self->tags, tag_ids, n_tag_ids);
}

void
dossier_ask_dialog_add_document (DossierAskDialog *self,
                                 gint64            document_id,
                                 guint             page)
{
  DossierAskDocument document = { document_id, page };
  GtkWidget *row;

  g_return_if_fail (DOSSIER_IS_ASK_DIALOG (self));

  for (guint i = 0; i < self->documents->len; i++)
    if (g_array_index (self->documents, DossierAskDocument, i).document_id == document_id)
      return;
  row = document_row_new (self, document_id, page);
  g_array_append_val (self->documents, document);
  g_ptr_array_add (self->document_rows, row);
  adw_preferences_group_add (self->documents_group, row);
}

void
dossier_ask_dialog_set_note (DossierAskDialog *self,
                             const char       *note)
{
  g_return_if_fail (DOSSIER_IS_ASK_DIALOG (self));

  g_free (self->note);
  self->note = g_strdup (note);
}

gboolean
dossier_ask_dialog_save (DossierAskDialog *self)
{
  g_autofree char *text = NULL;
  g_autofree char *due_date = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *next_step = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GError) error = NULL;
  GArray *tag_ids;
  DossierAskSpec spec = { NULL };

  g_return_val_if_fail (DOSSIER_IS_ASK_DIALOG (self), FALSE);

  text = dup_text (self);
  if (text == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Write down what is asked.")));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return FALSE;
    }
  if (!dossier_date_row_read (self->due_row, &due_date, &error))
    {
      gtk_label_set_text (self->due_error_label, error->message);
      gtk_widget_set_visible (self->due_error_row, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
      return FALSE;
    }
  owner = dup_entry_value (self->owner_row);
  next_step = dup_entry_value (self->next_step_row);
  tag_ids = dossier_ask_tags_get_ids (self->tags);

  spec.text = text;
  spec.event_id = selected_event_id (self);
  spec.status = adw_combo_row_get_selected (self->status_row);
  spec.owner = owner;
  spec.due_date = due_date;
  spec.next_step = next_step;
  spec.tag_ids = (const gint64 *) tag_ids->data;
  spec.n_tag_ids = tag_ids->len;
  spec.documents = (const DossierAskDocument *) self->documents->data;
  spec.n_documents = self->documents->len;
  spec.note = self->note;

  ask = dossier_library_add_ask (self->library, &spec, &error);
  if (ask == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }
  g_signal_emit (self, signals[ASK_ADDED], 0, ask);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
