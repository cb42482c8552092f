/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-dialog.h"
#include "dossier-document-chooser.h"
#include "dossier-event-page.h"
#include "dossier-followup-labels.h"
#include "dossier-followup-widgets.h"
#include "dossier-format.h"
#include "dossier-tag.h"

/* Notes are saved once typing pauses this long, or when focus leaves. */
#define NOTES_SAVE_DELAY_MS 1000

struct _DossierEventPage
{
  GtkWidget            parent_instance;

  DossierLibrary      *library;        /* owned */
  DossierEvent        *event;          /* owned */
  guint                notes_timeout_id;
  guint                updating;

  GtkWidget           *scrolled;
  GtkLabel            *kind_label;
  GtkLabel            *title_label;
  GtkLabel            *countdown_label;
  GtkLabel            *round_label;
  GtkLabel            *date_label;
  GtkWidget           *place_row;
  GtkLabel            *place_label;
  GtkWidget           *country_row;
  GtkLabel            *country_label;
  GtkWidget           *process_row;
  GtkLabel            *process_label;
  AdwPreferencesGroup *asks_group;
  GtkBox              *asks_box;
  GtkListBox          *documents_list;
  GtkTextView         *notes_view;
};

G_DEFINE_FINAL_TYPE (DossierEventPage, dossier_event_page, GTK_TYPE_WIDGET)

/* ---- What it shows ---- */

static void
set_optional_row (GtkWidget  *row,
                  GtkLabel   *label,
                  const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (row, text != NULL && *text != '\0');
}

static void
show_details (DossierEventPage *self)
{
  DossierEvent *event = self->event;
  g_autofree char *round = dossier_event_dup_round_label (event);
  g_autofree char *date = dossier_format_list_date (dossier_event_get_date (event));
  g_autofree char *countdown = NULL;
  g_autofree char *kind = NULL;
  int days = dossier_event_days_until (event, NULL);

  if (dossier_event_get_country (event) != NULL)
    /* Translators: above an event's title: its kind and country,
     * "Human rights dialogue · Kazakhstan". */
    kind = g_strdup_printf (_("%s · %s"), dossier_event_get_kind_label (event),
                            dossier_event_get_country (event));
  else
    kind = g_strdup (dossier_event_get_kind_label (event));
  gtk_label_set_text (self->kind_label, kind);
  gtk_label_set_text (self->title_label, dossier_event_get_title (event));
  countdown = days >= 0 ? dossier_followup_countdown (days) : NULL;
  gtk_label_set_text (self->countdown_label, countdown ? countdown : "");
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), countdown != NULL);
  gtk_label_set_text (self->round_label, round ? round : "");
  gtk_widget_set_visible (GTK_WIDGET (self->round_label), round != NULL);
  gtk_label_set_text (self->date_label, date);
  set_optional_row (self->place_row, self->place_label, dossier_event_get_place (event));
  set_optional_row (self->country_row, self->country_label, dossier_event_get_country (event));
  set_optional_row (self->process_row, self->process_label, dossier_event_get_process (event));
}

static void
show_notes (DossierEventPage *self)
{
  const char *notes = dossier_event_get_notes (self->event);

  self->updating++;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
  self->updating--;
}

/* ---- Follow-ups, by issue ---- */

typedef struct
{
  char      *name;      /* NULL: the asks with no issue */
  GPtrArray *asks;      /* DossierAsk */
} IssueGroup;

static void
issue_group_free (IssueGroup *group)
{
  g_free (group->name);
  g_ptr_array_unref (group->asks);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const IssueGroup *group_a = *(IssueGroup **) a;
  const IssueGroup *group_b = *(IssueGroup **) b;

  /* Those with no issue last. */
  if (group_a->name == NULL || group_b->name == NULL)
    return (group_a->name == NULL) - (group_b->name == NULL);
  return g_utf8_collate (group_a->name, group_b->name);
}

static IssueGroup *
find_group (GPtrArray  *groups,
            GHashTable *by_name,
            const char *name)
{
  IssueGroup *group = g_hash_table_lookup (by_name, name ? name : "");

  if (group == NULL)
    {
      group = g_new0 (IssueGroup, 1);
      group->name = g_strdup (name);
      group->asks = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (by_name, g_strdup (name ? name : ""), group);
      g_ptr_array_add (groups, group);
    }
  return group;
}

/* The event's asks by issue, each under every issue it raises. */
static GPtrArray *
group_by_issue (DossierEventPage *self,
                GListModel       *asks)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) issue_group_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (asks); i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);
      g_autoptr(GPtrArray) tags = dossier_library_list_ask_tags (self->library, ask, NULL);
      gboolean has_issue = FALSE;

      for (guint j = 0; tags != NULL && j < tags->len; j++)
        {
          DossierTag *tag = g_ptr_array_index (tags, j);

          if (g_strcmp0 (dossier_tag_get_facet (tag), DOSSIER_FACET_ISSUE) != 0)
            continue;
          g_ptr_array_add (find_group (groups, by_name, dossier_tag_get_name (tag))->asks,
                           g_object_ref (ask));
          has_issue = TRUE;
        }
      if (!has_issue)
        g_ptr_array_add (find_group (groups, by_name, NULL)->asks, g_object_ref (ask));
    }
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

static void
on_ask_activated_cb (DossierEventPage *self,
                     GtkListBoxRow    *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-ask", "x",
                              dossier_ask_row_get_id (GTK_WIDGET (row)));
}

static GtkWidget *
issue_section_new (DossierEventPage *self,
                   IssueGroup       *group,
                   const char       *today)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  const char *name = group->name ? group->name : _("No Issue");

  gtk_box_append (GTK_BOX (section), dossier_list_heading_new (name));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; i < group->asks->len; i++)
    {
      GtkWidget *row = dossier_ask_row_new (g_ptr_array_index (group->asks, i), FALSE, today);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_ask_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (section), list);
  return section;
}

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

static void
show_asks (DossierEventPage *self)
{
  DossierAskFilter filter = { .event_id = dossier_event_get_id (self->event),
                              .sort = DOSSIER_ASK_SORT_DUE_DATE };
  g_autoptr(GListModel) asks = dossier_library_list_asks (self->library, &filter, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *today = dossier_followups_today (NULL);
  g_autofree char *description = NULL;
  guint n_asks = asks ? g_list_model_get_n_items (asks) : 0;
  guint n_open = 0;

  remove_children (GTK_WIDGET (self->asks_box));
  if (n_asks == 0)
    {
      GtkWidget *empty = gtk_label_new (_("Nothing asked at this event yet."));

      gtk_label_set_xalign (GTK_LABEL (empty), 0);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_box_append (self->asks_box, empty);
      adw_preferences_group_set_description (self->asks_group, NULL);
      return;
    }
  for (guint i = 0; i < n_asks; i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

      n_open += dossier_ask_get_is_open (ask);
    }
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u raised here, %u still open",
                                              "%u raised here, %u still open", n_asks),
                                 n_asks, n_open);
  adw_preferences_group_set_description (self->asks_group, description);
  groups = group_by_issue (self, asks);
  for (guint i = 0; i < groups->len; i++)
    gtk_box_append (self->asks_box, issue_section_new (self, g_ptr_array_index (groups, i), today));
}

/* ---- Documents ---- */

static void
on_unlink_clicked_cb (DossierEventPage *self,
                      GtkButton        *button)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "document-id");
  g_autoptr(GError) error = NULL;

  if (!dossier_library_unlink_event_document (self->library, self->event, *id, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
document_row_new (DossierEventPage *self,
                  DossierDocument  *document)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *title = dossier_format_document_title (document);
  g_autofree char *date = dossier_format_list_date (dossier_document_get_date (document));
  g_autofree char *unlink_name = g_strdup_printf (_("Unlink “%s”"), title);
  gint64 id = dossier_document_get_id (document);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (*date != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (unlink, _("Unlink"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  unlink_name, -1);
  gtk_widget_add_css_class (unlink, "flat");
  g_object_set_data_full (G_OBJECT (unlink), "document-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (unlink, "clicked", G_CALLBACK (on_unlink_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
  g_object_set_data_full (G_OBJECT (row), "document-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
show_documents (DossierEventPage *self)
{
  g_autoptr(GListModel) documents = dossier_library_list_event_documents (self->library,
                                                                         self->event, NULL);
  guint n = documents ? g_list_model_get_n_items (documents) : 0;

  remove_children (GTK_WIDGET (self->documents_list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (documents, i);

      gtk_list_box_append (self->documents_list, document_row_new (self, document));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->documents_list), n > 0);
}

static void
on_document_activated_cb (DossierEventPage *self,
                          GtkListBoxRow    *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "document-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-document", "(xu)", *id, 0);
}

static void
on_document_chosen_cb (DossierEventPage *self,
                       gint64            document_id,
                       guint             page)
{
  g_autoptr(GError) error = NULL;

  if (self->event == NULL)
    return;
  if (!dossier_library_link_event_document (self->library, self->event, document_id, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
on_link_document_clicked_cb (DossierEventPage *self)
{
  DossierDocumentChooser *chooser;

  if (self->event == NULL)
    return;
  chooser = dossier_document_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                          self->library, _("Link Document"));
  g_signal_connect_object (chooser, "document-chosen", G_CALLBACK (on_document_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
on_add_ask_clicked_cb (DossierEventPage *self)
{
  DossierAskDialog *dialog;

  if (self->event == NULL)
    return;
  dialog = dossier_ask_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   self->library);
  dossier_ask_dialog_set_event (dialog, dossier_event_get_id (self->event));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Notes ---- */

static char *
dup_notes (DossierEventPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  char *notes;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*notes == '\0')
    g_clear_pointer (&notes, g_free);
  return notes;
}

static void
save_notes (DossierEventPage *self)
{
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;
  DossierEventSpec spec;

  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (self->event == NULL)
    return;
  notes = dup_notes (self);
  if (g_strcmp0 (notes, dossier_event_get_notes (self->event)) == 0)
    return;
  dossier_event_spec_init_from (&spec, self->event);
  spec.notes = notes;
  if (!dossier_library_update_event (self->library, self->event, &spec, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static gboolean
notes_timeout_cb (gpointer data)
{
  DossierEventPage *self = data;

  self->notes_timeout_id = 0;
  save_notes (self);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (DossierEventPage *self)
{
  if (self->updating > 0)
    return;
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  self->notes_timeout_id = g_timeout_add (NOTES_SAVE_DELAY_MS, notes_timeout_cb, self);
}

static void
on_notes_focus_leave_cb (DossierEventPage *self)
{
  save_notes (self);
}

/* ---- Keeping up ---- */

static void
on_followups_changed_cb (DossierEventPage *self)
{
  if (self->event == NULL)
    return;
  show_details (self);
  show_asks (self);
  show_documents (self);
}

static void
on_event_notify_cb (DossierEventPage *self,
                    GParamSpec       *pspec)
{
  show_details (self);
  /* What is being typed stays. */
  if (g_str_equal (pspec->name, "notes") && !gtk_widget_has_focus (GTK_WIDGET (self->notes_view)))
    show_notes (self);
}

/* ---- GObject ---- */

static void
dossier_event_page_dispose (GObject *object)
{
  DossierEventPage *self = DOSSIER_EVENT_PAGE (object);

  /* Notes typed a moment ago are kept. */
  if (self->notes_timeout_id != 0)
    save_notes (self);
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  if (self->event != NULL)
    g_signal_handlers_disconnect_by_data (self->event, self);
  g_clear_object (&self->event);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EVENT_PAGE);

  G_OBJECT_CLASS (dossier_event_page_parent_class)->dispose (object);
}

static void
dossier_event_page_class_init (DossierEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_event_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-event-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierEventPage, name)
  BIND (scrolled);
  BIND (kind_label);
  BIND (title_label);
  BIND (countdown_label);
  BIND (round_label);
  BIND (date_label);
  BIND (place_row);
  BIND (place_label);
  BIND (country_row);
  BIND (country_label);
  BIND (process_row);
  BIND (process_label);
  BIND (asks_group);
  BIND (asks_box);
  BIND (documents_list);
  BIND (notes_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_add_ask_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_document_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_document_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_focus_leave_cb);
}

static void
dossier_event_page_init (DossierEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dossier_event_page_new (void)
{
  return g_object_new (DOSSIER_TYPE_EVENT_PAGE, NULL);
}

void
dossier_event_page_set_event (DossierEventPage *self,
                              DossierLibrary   *library,
                              DossierEvent     *event)
{
  g_return_if_fail (DOSSIER_IS_EVENT_PAGE (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (event == NULL || (DOSSIER_IS_EVENT (event) && library != NULL));

  if (self->event == event && self->library == library)
    return;
  if (self->event != NULL)
    {
      save_notes (self);
      g_signal_handlers_disconnect_by_data (self->event, self);
    }
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_set_object (&self->event, event);
  if (event == NULL)
    return;

  g_signal_connect_object (event, "notify", G_CALLBACK (on_event_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                           self, G_CONNECT_SWAPPED);
  show_details (self);
  show_notes (self);
  show_asks (self);
  show_documents (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
}

DossierEvent *
dossier_event_page_get_event (DossierEventPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_PAGE (self), NULL);

  return self->event;
}

void
dossier_event_page_commit (DossierEventPage *self)
{
  g_return_if_fail (DOSSIER_IS_EVENT_PAGE (self));

  save_notes (self);
}
