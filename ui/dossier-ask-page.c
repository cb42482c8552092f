/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-page.h"
#include "dossier-ask-tags.h"
#include "dossier-date-row.h"
#include "dossier-document-chooser.h"
#include "dossier-followup-labels.h"
#include "dossier-followup-widgets.h"
#include "dossier-format.h"
#include "dossier-tag.h"

struct _DossierAskPage
{
  GtkWidget       parent_instance;

  DossierLibrary *library;        /* owned */
  DossierAsk     *ask;            /* owned */
  guint           updating;

  GtkWidget      *scrolled;
  GtkWidget      *status_pill;
  GtkWidget      *due_label;
  GtkLabel       *text_label;
  GtkLabel       *status_row_label;
  AdwActionRow   *event_row;
  GtkWidget      *event_row_arrow;
  DossierDateRow *due_row;
  AdwEntryRow    *owner_row;
  AdwEntryRow    *next_step_row;
  DossierAskTags *tags;
  GtkListBox     *documents_list;
  GtkWidget      *no_documents_label;
  GtkBox         *timeline;
};

G_DEFINE_FINAL_TYPE (DossierAskPage, dossier_ask_page, GTK_TYPE_WIDGET)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* ---- What it shows ---- */

/* An entry row shows the stored value, unless it is being edited. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *value)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    return;
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
}

static void
show_fields (DossierAskPage *self)
{
  DossierAsk *ask = self->ask;
  const char *event_title = dossier_ask_get_event_title (ask);
  g_autofree char *event_date = dossier_format_list_date (dossier_ask_get_event_date (ask));
  g_autofree char *event_subtitle = NULL;

  self->updating++;
  dossier_status_pill_set_status (self->status_pill, dossier_ask_get_status (ask));
  dossier_due_label_update (self->due_label, ask, NULL);
  gtk_label_set_text (self->text_label, dossier_ask_get_text (ask));
  gtk_label_set_text (self->status_row_label, dossier_ask_get_status_label (ask));

  if (event_title != NULL)
    /* Translators: the event a follow-up was raised at, and its date. */
    event_subtitle = g_strdup_printf (_("%s, %s"), event_title, event_date);
  adw_action_row_set_subtitle (self->event_row, event_subtitle ? event_subtitle
                                                               : _("Not raised at an event yet"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->event_row), event_title != NULL);
  gtk_widget_set_visible (self->event_row_arrow, event_title != NULL);

  if (!gtk_widget_has_css_class (GTK_WIDGET (self->due_row), "error"))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->due_row));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->due_row)))
        dossier_date_row_set_date (self->due_row, dossier_ask_get_due_date (ask));
    }
  set_entry_text (self->owner_row, dossier_ask_get_owner (ask));
  set_entry_text (self->next_step_row, dossier_ask_get_next_step (ask));
  dossier_ask_tags_set_ids (self->tags,
                            (const gint64 *) dossier_ask_get_tag_ids (ask)->data,
                            dossier_ask_get_tag_ids (ask)->len);
  self->updating--;
}

static GtkWidget *
document_row_new (DossierAskPage           *self,
                  const DossierAskDocument *evidence);

static void
show_documents (DossierAskPage *self)
{
  GArray *documents = dossier_ask_get_documents (self->ask);

  remove_children (GTK_WIDGET (self->documents_list));
  for (guint i = 0; i < documents->len; i++)
    {
      GtkWidget *row = document_row_new (self, &g_array_index (documents, DossierAskDocument, i));

      if (row != NULL)
        gtk_list_box_append (self->documents_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->documents_list), documents->len > 0);
  gtk_widget_set_visible (self->no_documents_label, documents->len == 0);
}

static void
show_history (DossierAskPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = dossier_library_list_ask_history (self->library, self->ask,
                                                                   &error);

  remove_children (GTK_WIDGET (self->timeline));
  if (history == NULL)
    {
      dossier_show_toast (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < history->len; i++)
    gtk_box_append (self->timeline,
                    dossier_timeline_entry_new (g_ptr_array_index (history, i), i == 0,
                                                i + 1 == history->len));
}

static void
show_all (DossierAskPage *self)
{
  show_fields (self);
  show_documents (self);
  show_history (self);
}

/* ---- Evidence ---- */

static void
on_remove_document_clicked_cb (DossierAskPage *self,
                               GtkButton      *button)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "document-id");
  g_autoptr(GError) error = NULL;

  if (!dossier_library_remove_ask_document (self->library, self->ask, *id, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
document_row_new (DossierAskPage           *self,
                  const DossierAskDocument *evidence)
{
  g_autoptr(DossierDocument) document = dossier_library_dup_document (self->library,
                                                                      evidence->document_id, NULL);
  g_autofree char *title = NULL;
  g_autofree char *page = NULL;
  g_autofree char *remove_name = NULL;
  GtkWidget *row, *remove;

  /* A document in the trash is no evidence until it is restored. */
  if (document == NULL)
    return NULL;
  title = dossier_format_document_title (document);
  page = evidence->page > 0 ? g_strdup_printf (_("Page %u"), evidence->page)
                            : dossier_format_list_date (dossier_document_get_date (document));
  remove_name = g_strdup_printf (_("Remove “%s” from the evidence"), title);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (*page != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), page);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "document-id",
                          g_memdup2 (&evidence->document_id, sizeof (gint64)), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_document_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "document-id",
                          g_memdup2 (&evidence->document_id, sizeof (gint64)), g_free);
  g_object_set_data (G_OBJECT (row), "page", GUINT_TO_POINTER (evidence->page));
  return row;
}

static void
on_document_activated_cb (DossierAskPage *self,
                          GtkListBoxRow  *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "document-id");
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "page"));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", "(xu)", *id, page);
}

static void
on_document_chosen_cb (DossierAskPage *self,
                       gint64          document_id,
                       guint           page)
{
  g_autoptr(GError) error = NULL;

  if (self->ask != NULL &&
      !dossier_library_add_ask_document (self->library, self->ask, document_id, page, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_add_document_clicked_cb (DossierAskPage *self)
{
  DossierDocumentChooser *chooser;

  if (self->ask == NULL)
    return;
  chooser = dossier_document_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                          self->library, _("Add Evidence"));
  g_signal_connect_object (chooser, "document-chosen", G_CALLBACK (on_document_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* ---- Editing ---- */

static char *
dup_entry_value (AdwEntryRow *row)
{
  char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static void
on_due_apply_cb (DossierAskPage *self)
{
  g_autofree char *due_date = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->ask == NULL)
    return;
  if (!dossier_date_row_read (self->due_row, &due_date, &error) ||
      (g_strcmp0 (due_date, dossier_ask_get_due_date (self->ask)) != 0 &&
       !dossier_library_set_ask_due_date (self->library, self->ask, due_date, NULL, &error)))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_owner_apply_cb (DossierAskPage *self)
{
  g_autofree char *owner = dup_entry_value (self->owner_row);
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->ask == NULL ||
      g_strcmp0 (owner, dossier_ask_get_owner (self->ask)) == 0)
    return;
  if (!dossier_library_set_ask_owner (self->library, self->ask, owner, NULL, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_next_step_apply_cb (DossierAskPage *self)
{
  g_autofree char *next_step = dup_entry_value (self->next_step_row);
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->ask == NULL ||
      g_strcmp0 (next_step, dossier_ask_get_next_step (self->ask)) == 0)
    return;
  if (!dossier_library_set_ask_next_step (self->library, self->ask, next_step, NULL, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_tags_changed_cb (DossierAskPage *self)
{
  GArray *ids = dossier_ask_tags_get_ids (self->tags);
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->ask == NULL)
    return;
  if (!dossier_library_set_ask_tags (self->library, self->ask, (const gint64 *) ids->data,
                                     ids->len, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_event_row_activated_cb (DossierAskPage *self)
{
  if (self->ask != NULL && dossier_ask_get_event_id (self->ask) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-event", "x",
                                dossier_ask_get_event_id (self->ask));
}

/* ---- Status and notes: a dialog that asks for a note ---- */

static char *
dup_dialog_note (AdwMessageDialog *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_object_get_data (G_OBJECT (dialog), "note-view"));
  GtkTextIter start, end;
  char *note;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*note == '\0')
    g_clear_pointer (&note, g_free);
  return note;
}

static void
on_note_dialog_response_cb (DossierAskPage   *self,
                            const char       *response,
                            AdwMessageDialog *dialog)
{
  GtkDropDown *statuses = g_object_get_data (G_OBJECT (dialog), "status-dropdown");
  DossierAsk *ask = g_object_get_data (G_OBJECT (dialog), "ask");
  g_autofree char *note = dup_dialog_note (dialog);
  DossierAskUpdate update = { 0 };
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;
  update.note = note;
  if (statuses != NULL && gtk_drop_down_get_selected (statuses) != dossier_ask_get_status (ask))
    {
      update.changed = DOSSIER_ASK_CHANGED_STATUS;
      update.status = gtk_drop_down_get_selected (statuses);
    }
  /* Nothing changed and nothing said: nothing to keep. */
  if (update.changed == 0 && note == NULL)
    return;
  if (!dossier_library_update_ask (self->library, ask, &update, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
note_dialog_new (DossierAskPage *self,
                 const char     *heading,
                 const char     *body,
                 const char     *apply_label,
                 GtkWidget      *above_note)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *note = gtk_text_view_new ();
  GtkWidget *note_label = gtk_label_new_with_mnemonic (_("_Note"));

  if (above_note != NULL)
    gtk_box_append (GTK_BOX (box), above_note);
  gtk_label_set_xalign (GTK_LABEL (note_label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (note_label), note);
  gtk_widget_add_css_class (note_label, "heading");
  gtk_box_append (GTK_BOX (box), note_label);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (note), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (note), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (note), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (note), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (note), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (note), 10);
  gtk_widget_set_size_request (note, -1, 90);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"),
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), note);
  gtk_box_append (GTK_BOX (box), frame);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 420, -1);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", apply_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "note-view", note);
  g_object_set_data_full (G_OBJECT (dialog), "ask", g_object_ref (self->ask), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_note_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  return dialog;
}

/* The status that usually comes next: Draft → Submitted → Raised →
 * Answered; the rest stay. */
static DossierAskStatus
likely_next_status (DossierAskStatus status)
{
  switch (status)
    {
    case DOSSIER_ASK_DRAFT: return DOSSIER_ASK_SUBMITTED;
    case DOSSIER_ASK_SUBMITTED: return DOSSIER_ASK_RAISED;
    case DOSSIER_ASK_RAISED: return DOSSIER_ASK_ANSWERED;
    case DOSSIER_ASK_ANSWERED:
    case DOSSIER_ASK_RESOLVED:
    case DOSSIER_ASK_UNRESOLVED:
    case DOSSIER_ASK_DROPPED:
    default: return status;
    }
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierAskPage *self = DOSSIER_ASK_PAGE (widget);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown, *dialog;

  if (self->ask == NULL)
    return;
  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    gtk_string_list_append (labels, dossier_ask_status_label (i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              likely_next_status (dossier_ask_get_status (self->ask)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New status"), -1);
  dialog = note_dialog_new (self, _("Change Status"),
                            _("Say what happened: the note stays in the follow-up’s history."),
                            _("C_hange Status"), dropdown);
  g_object_set_data (G_OBJECT (dialog), "status-dropdown", dropdown);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DossierAskPage *self = DOSSIER_ASK_PAGE (widget);

  if (self->ask == NULL)
    return;
  gtk_window_present (GTK_WINDOW (note_dialog_new (self, _("Add Note"),
                                                   _("A call, a meeting, an answer: the note "
                                                     "joins the follow-up’s history."),
                                                   _("_Add Note"), NULL)));
}

/* ---- Keeping up ---- */

static void
on_followups_changed_cb (DossierAskPage *self)
{
  if (self->ask != NULL)
    show_all (self);
}

/* ---- GObject ---- */

static void
dossier_ask_page_dispose (GObject *object)
{
  DossierAskPage *self = DOSSIER_ASK_PAGE (object);

  dossier_ask_page_set_ask (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ASK_PAGE);

  G_OBJECT_CLASS (dossier_ask_page_parent_class)->dispose (object);
}

static void
dossier_ask_page_class_init (DossierAskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_ask_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (DOSSIER_TYPE_DATE_ROW);
  g_type_ensure (DOSSIER_TYPE_ASK_TAGS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-ask-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierAskPage, name)
  BIND (scrolled);
  BIND (status_pill);
  BIND (due_label);
  BIND (text_label);
  BIND (status_row_label);
  BIND (event_row);
  BIND (event_row_arrow);
  BIND (due_row);
  BIND (owner_row);
  BIND (next_step_row);
  BIND (tags);
  BIND (documents_list);
  BIND (no_documents_label);
  BIND (timeline);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_event_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_step_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_document_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_document_activated_cb);

  gtk_widget_class_install_action (widget_class, "ask.change-status", NULL, change_status_action);
  gtk_widget_class_install_action (widget_class, "ask.add-note", NULL, add_note_action);
}

static void
dossier_ask_page_init (DossierAskPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dossier_ask_page_new (void)
{
  return g_object_new (DOSSIER_TYPE_ASK_PAGE, NULL);
}

void
dossier_ask_page_set_ask (DossierAskPage *self,
                          DossierLibrary *library,
                          DossierAsk     *ask)
{
  g_return_if_fail (DOSSIER_IS_ASK_PAGE (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (ask == NULL || (DOSSIER_IS_ASK (ask) && library != NULL));

  if (self->ask == ask && self->library == library)
    return;
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_set_object (&self->ask, ask);
  if (self->tags != NULL)
    dossier_ask_tags_set_library (self->tags, library);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ask.change-status", ask != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ask.add-note", ask != NULL);
  if (ask == NULL)
    return;

  g_signal_connect_object (library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* A new follow-up's fields show what it holds, not what was typed for the last. */
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_step_row), "");
  dossier_date_row_set_date (self->due_row, NULL);
  show_all (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
}

DossierAsk *
dossier_ask_page_get_ask (DossierAskPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ASK_PAGE (self), NULL);

  return self->ask;
}
