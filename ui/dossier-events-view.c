/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-dialog.h"
#include "dossier-event-dialog.h"
#include "dossier-event-page.h"
#include "dossier-events-view.h"
#include "dossier-followup-labels.h"
#include "dossier-followup-widgets.h"
#include "dossier-followups.h"
#include "dossier-format.h"

struct _DossierEventsView
{
  GtkWidget         parent_instance;

  DossierLibrary   *library;        /* owned */
  gint64            next_id;        /* the next event's, or 0 */
  gboolean          show_sidebar;
  guint             midnight_id;

  AdwLeaflet       *leaflet;
  GtkWidget        *list_pane;
  GtkWidget        *page_pane;
  AdwHeaderBar     *list_header;
  AdwWindowTitle   *list_title;
  GtkMenuButton    *primary_menu_button;
  GtkStack         *list_stack;
  GtkWidget        *next_card;
  GtkLabel         *next_title_label;
  GtkLabel         *next_countdown_label;
  GtkLabel         *next_date_label;
  GtkListBox       *events_list;
  AdwWindowTitle   *page_title;
  GtkStack         *page_stack;
  DossierEventPage *event_page;
};

G_DEFINE_FINAL_TYPE (DossierEventsView, dossier_events_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SHOW_SIDEBAR, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---- The list ---- */

static gint64
row_event_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "event-id");

  return id != NULL ? *id : 0;
}

/* "Round 8 · 23 Nov 2016 · Brussels" */
static char *
dup_event_meta (DossierEvent *event)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint round = dossier_event_get_round (event);

  if (round > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Round %u"), round));
  g_ptr_array_add (parts, dossier_format_list_date (dossier_event_get_date (event)));
  if (dossier_event_get_place (event) != NULL)
    g_ptr_array_add (parts, g_strdup (dossier_event_get_place (event)));
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the round, date and place under an event's title. */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static GtkWidget *
event_row_new (DossierEvent *event)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (dossier_event_get_title (event));
  g_autofree char *meta_text = dup_event_meta (event);
  GtkWidget *meta = gtk_label_new (meta_text);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  int days = dossier_event_days_until (event, NULL);
  guint n_open = dossier_event_get_n_open_asks (event);
  gint64 id = dossier_event_get_id (event);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_widget_add_css_class (title, "event-title");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), meta);
  gtk_box_append (GTK_BOX (box), text);

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  if (days >= 0)
    {
      g_autofree char *countdown = dossier_followup_countdown (days);
      GtkWidget *pill = gtk_label_new (countdown);

      gtk_widget_add_css_class (pill, "countdown-pill");
      gtk_widget_set_halign (pill, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (suffix), pill);
    }
  if (n_open > 0)
    {
      g_autofree char *open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open",
                                                            n_open), n_open);
      GtkWidget *label = gtk_label_new (open);

      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_halign (label, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (suffix), label);
    }
  gtk_box_append (GTK_BOX (box), suffix);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dossier_event_get_title (event), -1);
  g_object_set_data_full (G_OBJECT (row), "event-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (row), "process", g_strdup (dossier_event_get_process (event)),
                          g_free);
  return row;
}

/* A heading over each process's rounds. */
static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       data)
{
  const char *process = g_object_get_data (G_OBJECT (row), "process");
  const char *previous = before ? g_object_get_data (G_OBJECT (before), "process") : "";
  GtkWidget *heading;

  if (before != NULL && g_strcmp0 (process, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  heading = dossier_list_heading_new (process ? process : _("Other Events"));
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_list_box_row_set_header (row, heading);
}

static void
show_next_card (DossierEventsView *self)
{
  g_autoptr(DossierEvent) next = dossier_library_dup_next_event (self->library, NULL, NULL);
  g_autofree char *countdown = NULL;
  g_autofree char *meta = NULL;

  self->next_id = next ? dossier_event_get_id (next) : 0;
  gtk_widget_set_visible (self->next_card, next != NULL);
  if (next == NULL)
    return;
  countdown = dossier_followup_countdown (dossier_event_days_until (next, NULL));
  meta = dup_event_meta (next);
  gtk_label_set_text (self->next_title_label, dossier_event_get_title (next));
  gtk_label_set_text (self->next_countdown_label, countdown);
  gtk_label_set_text (self->next_date_label, meta);
}

static GtkListBoxRow *
find_row (DossierEventsView *self,
          gint64             id)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->events_list, i)) != NULL; i++)
    if (row_event_id (row) == id)
      return row;
  return NULL;
}

static void
show_page (DossierEventsView *self,
           DossierEvent      *event)
{
  dossier_event_page_set_event (self->event_page, event ? self->library : NULL, event);
  gtk_stack_set_visible_child_name (self->page_stack, event ? "event" : "none");
  adw_window_title_set_title (self->page_title, event ? dossier_event_get_title (event) : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.edit", event != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.delete", event != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.add-ask", event != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.export-briefing", event != NULL);
}

static void
refresh (DossierEventsView *self)
{
  g_autoptr(GListModel) events = dossier_library_list_events (self->library, NULL);
  gint64 shown = dossier_events_view_get_event_id (self);
  guint n = events ? g_list_model_get_n_items (events) : 0;
  GtkListBoxRow *row;
  g_autofree char *subtitle = NULL;

  while ((row = gtk_list_box_get_row_at_index (self->events_list, 0)) != NULL)
    gtk_list_box_remove (self->events_list, GTK_WIDGET (row));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);

      gtk_list_box_append (self->events_list, event_row_new (event));
    }
  show_next_card (self);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  /* The event shown stays shown, and chosen, unless it is gone. */
  row = shown ? find_row (self, shown) : NULL;
  gtk_list_box_select_row (self->events_list, row);
  if (row == NULL && shown != 0)
    show_page (self, NULL);
}

/* ---- Callbacks ---- */

static void
on_event_activated_cb (DossierEventsView *self,
                       GtkListBoxRow     *row)
{
  dossier_events_view_show_event (self, row_event_id (row));
}

static void
on_next_card_clicked_cb (DossierEventsView *self)
{
  if (self->next_id != 0)
    dossier_events_view_show_event (self, self->next_id);
}

static void
on_back_clicked_cb (DossierEventsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_leaflet_folded_cb (DossierEventsView *self)
{
  /* Folded, each pane is the whole window and needs the window's buttons. */
  adw_header_bar_set_show_end_title_buttons (self->list_header,
                                             adw_leaflet_get_folded (self->leaflet));
}

static void schedule_midnight (DossierEventsView *self);

/* The countdowns and "next event" move on at midnight. */
static gboolean
midnight_cb (gpointer data)
{
  DossierEventsView *self = data;

  self->midnight_id = 0;
  refresh (self);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_midnight (DossierEventsView *self)
{
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (dossier_followup_seconds_to_midnight (), midnight_cb,
                                             self);
}

static void
on_followups_changed_cb (DossierEventsView *self)
{
  refresh (self);
}

/* ---- Actions ---- */

static DossierEvent *
shown_event (DossierEventsView *self)
{
  return dossier_event_page_get_event (self->event_page);
}

static void
on_event_saved_cb (DossierEventsView *self,
                   DossierEvent      *event)
{
  dossier_events_view_show_event (self, dossier_event_get_id (event));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (widget);
  DossierEventDialog *dialog;

  if (shown_event (self) == NULL)
    return;
  dialog = dossier_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->library,
                                     shown_event (self));
  g_signal_connect_object (dialog, "event-saved", G_CALLBACK (on_event_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_ask_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (widget);
  DossierAskDialog *dialog;

  if (shown_event (self) == NULL)
    return;
  dialog = dossier_ask_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->library);
  dossier_ask_dialog_set_event (dialog, dossier_event_get_id (shown_event (self)));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window's dialog, for this event: the usual way to a pack. */
static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (widget);

  if (shown_event (self) != NULL)
    gtk_widget_activate_action (widget, "win.export-briefing", "x",
                                dossier_event_get_id (shown_event (self)));
}

static void
on_delete_response_cb (DossierEventsView *self,
                       const char        *response,
                       AdwMessageDialog  *dialog)
{
  DossierEvent *event = g_object_get_data (G_OBJECT (dialog), "event");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!dossier_library_delete_event (self->library, event, &error))
    dossier_show_toast (GTK_WIDGET (self), error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (widget);
  DossierEvent *event = shown_event (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (event == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), dossier_event_get_title (event));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("Its links to documents go with it; the documents stay. "
                                     "An event with follow-ups cannot be deleted: move or drop "
                                     "them first."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject ---- */

static void
dossier_events_view_dispose (GObject *object)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  /* What the page saves as it goes must not find the list half gone. */
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EVENTS_VIEW);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_events_view_parent_class)->dispose (object);
}

static void
dossier_events_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_events_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DossierEventsView *self = DOSSIER_EVENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      if (self->show_sidebar != g_value_get_boolean (value))
        {
          self->show_sidebar = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_events_view_class_init (DossierEventsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_events_view_dispose;
  object_class->get_property = dossier_events_view_get_property;
  object_class->set_property = dossier_events_view_set_property;

  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (DOSSIER_TYPE_EVENT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-events-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierEventsView, name)
  BIND (leaflet);
  BIND (list_pane);
  BIND (page_pane);
  BIND (list_header);
  BIND (list_title);
  BIND (primary_menu_button);
  BIND (list_stack);
  BIND (next_card);
  BIND (next_title_label);
  BIND (next_countdown_label);
  BIND (next_date_label);
  BIND (events_list);
  BIND (page_title);
  BIND (page_stack);
  BIND (event_page);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_card_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "events.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "events.add-ask", NULL, add_ask_action);
  gtk_widget_class_install_action (widget_class, "events.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "events.export-briefing", NULL,
                                   export_briefing_action);
}

static void
dossier_events_view_init (DossierEventsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->events_list, update_header_cb, NULL, NULL);
  show_page (self, NULL);
}

GtkWidget *
dossier_events_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_EVENTS_VIEW, NULL);
}

void
dossier_events_view_set_library (DossierEventsView *self,
                                 DossierLibrary    *library)
{
  g_return_if_fail (DOSSIER_IS_EVENTS_VIEW (self));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_signal_connect_object (library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                           self, G_CONNECT_SWAPPED);
  show_page (self, NULL);
  refresh (self);
  schedule_midnight (self);
}

void
dossier_events_view_set_primary_menu (DossierEventsView *self,
                                      GMenuModel        *menu)
{
  g_return_if_fail (DOSSIER_IS_EVENTS_VIEW (self));

  gtk_menu_button_set_menu_model (self->primary_menu_button, menu);
}

gboolean
dossier_events_view_show_event (DossierEventsView *self,
                                gint64             id)
{
  g_autoptr(DossierEvent) event = NULL;
  GtkListBoxRow *row;

  g_return_val_if_fail (DOSSIER_IS_EVENTS_VIEW (self), FALSE);

  row = find_row (self, id);
  if (row == NULL || self->library == NULL)
    return FALSE;
  event = dossier_library_dup_event (self->library, id, NULL);
  if (event == NULL)
    return FALSE;
  gtk_list_box_select_row (self->events_list, row);
  show_page (self, event);
  adw_leaflet_set_visible_child (self->leaflet, self->page_pane);
  return TRUE;
}

gint64
dossier_events_view_get_event_id (DossierEventsView *self)
{
  DossierEvent *event;

  g_return_val_if_fail (DOSSIER_IS_EVENTS_VIEW (self), 0);

  event = dossier_event_page_get_event (self->event_page);
  return event ? dossier_event_get_id (event) : 0;
}
