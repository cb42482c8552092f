/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-ask-page.h"
#include "dossier-followup-labels.h"
#include "dossier-followup-widgets.h"
#include "dossier-followups-view.h"
#include "dossier-followups.h"
#include "dossier-format.h"
#include "dossier-tag.h"
#include "dossier-tags.h"

/* The status filter's first two items, before one per status. */
enum { STATUS_ANY, STATUS_OPEN, N_STATUS_CHOICES };

struct _DossierFollowupsView
{
  GtkWidget       parent_instance;

  DossierLibrary *library;          /* owned */
  GArray         *issue_ids;        /* gint64: the issue filter's items after "any" */
  GArray         *case_ids;         /* likewise */
  GArray         *event_ids;        /* likewise */
  GPtrArray      *owners;           /* char *: likewise */
  GArray         *sidebar_tag_ids;  /* gint64 */
  char           *sort_by;
  gboolean        sort_descending;
  gboolean        show_sidebar;
  guint           n_overdue;
  guint           n_due_this_week;
  guint           updating;
  guint           midnight_id;

  AdwLeaflet     *leaflet;
  GtkWidget      *page_pane;
  AdwHeaderBar   *list_header;
  AdwWindowTitle *list_title;
  GtkMenuButton  *primary_menu_button;
  GtkMenuButton  *filter_button;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *issue_dropdown;
  GtkDropDown    *case_dropdown;
  GtkDropDown    *event_dropdown;
  GtkDropDown    *owner_dropdown;
  GtkCheckButton *overdue_check;
  GtkStack       *list_stack;
  GtkListBox     *asks_list;
  AdwWindowTitle *page_title;
  GtkStack       *page_stack;
  DossierAskPage *ask_page;
};

G_DEFINE_FINAL_TYPE (DossierFollowupsView, dossier_followups_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_SIDEBAR,
  PROP_SORT_BY,
  PROP_SORT_DESCENDING,
  PROP_N_OVERDUE,
  PROP_N_DUE_THIS_WEEK,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* ---- The filters ---- */

static DossierAskSort
sort_from_name (const char *name)
{
  if (g_strcmp0 (name, "event") == 0)
    return DOSSIER_ASK_SORT_EVENT;
  if (g_strcmp0 (name, "updated") == 0)
    return DOSSIER_ASK_SORT_UPDATED;
  if (g_strcmp0 (name, "created") == 0)
    return DOSSIER_ASK_SORT_CREATED;
  return DOSSIER_ASK_SORT_DUE_DATE;
}

/* The item chosen after the dropdown's "any"; G_MAXUINT for "any". */
static guint
chosen_index (GtkDropDown *dropdown,
              guint        n_items)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > n_items)
    return G_MAXUINT;
  return selected - 1;
}

static gint64
chosen_id (GtkDropDown *dropdown,
           GArray      *ids)
{
  guint index = chosen_index (dropdown, ids->len);

  return index == G_MAXUINT ? 0 : g_array_index (ids, gint64, index);
}

/* Fills @filter from the popover, the sort menu and the sidebar; the tag
 * ids go into @tag_ids, which @filter then points at. */
static void
read_filter (DossierFollowupsView *self,
             DossierAskFilter     *filter,
             GArray               *tag_ids)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint owner = chosen_index (self->owner_dropdown, self->owners->len);
  gint64 issue = chosen_id (self->issue_dropdown, self->issue_ids);
  gint64 a_case = chosen_id (self->case_dropdown, self->case_ids);

  memset (filter, 0, sizeof *filter);
  if (status == STATUS_OPEN)
    filter->open_only = TRUE;
  else if (status >= N_STATUS_CHOICES && status != GTK_INVALID_LIST_POSITION)
    filter->statuses = DOSSIER_ASK_STATUS_BIT (status - N_STATUS_CHOICES);
  g_array_append_vals (tag_ids, self->sidebar_tag_ids->data, self->sidebar_tag_ids->len);
  if (issue != 0)
    g_array_append_val (tag_ids, issue);
  if (a_case != 0)
    g_array_append_val (tag_ids, a_case);
  filter->tag_ids = (const gint64 *) tag_ids->data;
  filter->n_tag_ids = tag_ids->len;
  filter->event_id = chosen_id (self->event_dropdown, self->event_ids);
  filter->owner = owner == G_MAXUINT ? NULL : g_ptr_array_index (self->owners, owner);
  filter->overdue = gtk_check_button_get_active (self->overdue_check);
  filter->sort = sort_from_name (self->sort_by);
  filter->descending = self->sort_descending;
}

/* Whether the popover narrows the list beyond its default, open ones. */
static gboolean
filters_narrow (DossierFollowupsView *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) != STATUS_OPEN ||
         gtk_drop_down_get_selected (self->issue_dropdown) != 0 ||
         gtk_drop_down_get_selected (self->case_dropdown) != 0 ||
         gtk_drop_down_get_selected (self->event_dropdown) != 0 ||
         gtk_drop_down_get_selected (self->owner_dropdown) != 0 ||
         gtk_check_button_get_active (self->overdue_check);
}

static GListModel *
strings_with_any (const char *any)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, any);
  return G_LIST_MODEL (strings);
}

/* Sets a dropdown's items, keeping the one chosen when it is still there. */
static void
set_dropdown_items (GtkDropDown *dropdown,
                    GListModel  *items,
                    guint        keep)
{
  gtk_drop_down_set_model (dropdown, items);
  gtk_drop_down_set_selected (dropdown, keep == G_MAXUINT ? 0 : keep + 1);
}

static guint
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

static void
fill_tag_dropdown (DossierFollowupsView *self,
                   GtkDropDown          *dropdown,
                   GArray               *ids,
                   const char           *facet,
                   const char           *any)
{
  gint64 chosen = chosen_id (dropdown, ids);
  g_autoptr(GListModel) items = strings_with_any (any);
  g_autoptr(GListModel) tags = dossier_library_list_tags (self->library, facet, NULL);

  g_array_set_size (ids, 0);
  for (guint i = 0; tags != NULL && i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);
      gint64 id = dossier_tag_get_id (tag);

      gtk_string_list_append (GTK_STRING_LIST (items), dossier_tag_get_name (tag));
      g_array_append_val (ids, id);
    }
  set_dropdown_items (dropdown, items, find_id (ids, chosen));
}

static void
fill_events (DossierFollowupsView *self)
{
  gint64 chosen = chosen_id (self->event_dropdown, self->event_ids);
  g_autoptr(GListModel) items = strings_with_any (_("Any event"));
  g_autoptr(GListModel) events = dossier_library_list_events_upcoming_first (self->library, NULL,
                                                                             NULL);

  g_array_set_size (self->event_ids, 0);
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = dossier_format_list_date (dossier_event_get_date (event));
      /* Translators: an event in a list to choose from: its title and date. */
      g_autofree char *label = g_strdup_printf (_("%s, %s"), dossier_event_get_title (event), date);
      gint64 id = dossier_event_get_id (event);

      gtk_string_list_append (GTK_STRING_LIST (items), label);
      g_array_append_val (self->event_ids, id);
    }
  set_dropdown_items (self->event_dropdown, items, find_id (self->event_ids, chosen));
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static void
fill_owners (DossierFollowupsView *self)
{
  guint index = chosen_index (self->owner_dropdown, self->owners->len);
  g_autofree char *chosen = index == G_MAXUINT ? NULL
                                               : g_strdup (g_ptr_array_index (self->owners, index));
  g_autoptr(GListModel) items = strings_with_any (_("Anyone"));
  g_autoptr(GListModel) asks = dossier_library_list_asks (self->library, NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint keep = G_MAXUINT;

  g_ptr_array_set_size (self->owners, 0);
  for (guint i = 0; asks != NULL && i < g_list_model_get_n_items (asks); i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);
      const char *owner = dossier_ask_get_owner (ask);
      g_autofree char *folded = owner ? g_utf8_casefold (owner, -1) : NULL;

      /* The library matches owners ignoring case: one item for each. */
      if (owner != NULL && g_hash_table_add (seen, g_steal_pointer (&folded)))
        g_ptr_array_add (self->owners, g_strdup (owner));
    }
  g_ptr_array_sort (self->owners, compare_owners);
  for (guint i = 0; i < self->owners->len; i++)
    {
      gtk_string_list_append (GTK_STRING_LIST (items), g_ptr_array_index (self->owners, i));
      if (chosen != NULL && g_str_equal (chosen, g_ptr_array_index (self->owners, i)))
        keep = i;
    }
  set_dropdown_items (self->owner_dropdown, items, keep);
}

static void
fill_statuses (DossierFollowupsView *self)
{
  g_autoptr(GListModel) items = strings_with_any (_("Any status"));

  gtk_string_list_append (GTK_STRING_LIST (items), _("Open"));
  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    gtk_string_list_append (GTK_STRING_LIST (items), dossier_ask_status_label (i));
  gtk_drop_down_set_model (self->status_dropdown, items);
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_OPEN);
}

/* ---- The list ---- */

static GtkListBoxRow *
find_row (DossierFollowupsView *self,
          gint64                id)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->asks_list, i)) != NULL; i++)
    if (dossier_ask_row_get_id (GTK_WIDGET (row)) == id)
      return row;
  return NULL;
}

static void
update_counts (DossierFollowupsView *self)
{
  guint n_overdue = 0, n_due_this_week = 0;
  g_autoptr(GError) error = NULL;

  if (!dossier_library_count_due_asks (self->library, NULL, &n_overdue, &n_due_this_week, &error))
    g_warning ("Could not count the follow-ups due: %s", error->message);
  if (n_overdue != self->n_overdue)
    {
      self->n_overdue = n_overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }
  if (n_due_this_week != self->n_due_this_week)
    {
      self->n_due_this_week = n_due_this_week;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE_THIS_WEEK]);
    }
}

static void
show_page (DossierFollowupsView *self,
           DossierAsk           *ask)
{
  dossier_ask_page_set_ask (self->ask_page, ask ? self->library : NULL, ask);
  gtk_stack_set_visible_child_name (self->page_stack, ask ? "ask" : "none");
  adw_window_title_set_title (self->page_title, ask ? _("Follow-up") : "");
  adw_window_title_set_subtitle (self->page_title, ask ? dossier_ask_get_event_title (ask) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "followups.change-status", ask != NULL);
}

static void
refresh_list (DossierFollowupsView *self)
{
  g_autoptr(GArray) tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) asks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dossier_followups_today (NULL);
  g_autofree char *subtitle = NULL;
  gint64 shown = dossier_followups_view_get_ask_id (self);
  DossierAskFilter filter;
  GtkListBoxRow *row;
  guint n;

  if (self->library == NULL || self->updating > 0)
    return;
  read_filter (self, &filter, tag_ids);
  asks = dossier_library_list_asks (self->library, &filter, &error);
  if (asks == NULL)
    {
      dossier_show_toast (GTK_WIDGET (self), error->message);
      return;
    }
  while ((row = gtk_list_box_get_row_at_index (self->asks_list, 0)) != NULL)
    gtk_list_box_remove (self->asks_list, GTK_WIDGET (row));
  n = g_list_model_get_n_items (asks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

      gtk_list_box_append (self->asks_list, dossier_ask_row_new (ask, TRUE, today));
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up", "%u follow-ups", n), n);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    {
      g_autoptr(GListModel) all = dossier_library_list_asks (self->library, NULL, NULL);

      gtk_stack_set_visible_child_name (self->list_stack,
                                        all && g_list_model_get_n_items (all) > 0 ? "no-match" : "empty");
    }
  if (filters_narrow (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  gtk_list_box_select_row (self->asks_list, shown ? find_row (self, shown) : NULL);
}

static void
refresh (DossierFollowupsView *self)
{
  gint64 shown = dossier_followups_view_get_ask_id (self);

  self->updating++;
  fill_events (self);
  fill_owners (self);
  self->updating--;
  refresh_list (self);
  update_counts (self);
  /* A follow-up deleted elsewhere leaves the page. */
  if (shown != 0)
    {
      g_autoptr(DossierAsk) ask = dossier_library_dup_ask (self->library, shown, NULL);

      if (ask == NULL)
        show_page (self, NULL);
      else
        adw_window_title_set_subtitle (self->page_title, dossier_ask_get_event_title (ask));
    }
}

/* ---- Callbacks ---- */

static void
on_filter_changed_cb (DossierFollowupsView *self)
{
  refresh_list (self);
}

static void
on_ask_activated_cb (DossierFollowupsView *self,
                     GtkListBoxRow        *row)
{
  dossier_followups_view_show_ask (self, dossier_ask_row_get_id (GTK_WIDGET (row)));
}

static void
on_back_clicked_cb (DossierFollowupsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_leaflet_folded_cb (DossierFollowupsView *self)
{
  adw_header_bar_set_show_end_title_buttons (self->list_header,
                                             adw_leaflet_get_folded (self->leaflet));
}

static void
on_followups_changed_cb (DossierFollowupsView *self)
{
  refresh (self);
}

static void
on_tags_changed_cb (DossierFollowupsView *self)
{
  self->updating++;
  fill_tag_dropdown (self, self->issue_dropdown, self->issue_ids, DOSSIER_FACET_ISSUE,
                     _("Any issue"));
  fill_tag_dropdown (self, self->case_dropdown, self->case_ids, DOSSIER_FACET_CASE,
                     _("Any case"));
  self->updating--;
  refresh_list (self);
}

static void schedule_midnight (DossierFollowupsView *self);

/* "Due tomorrow" becomes "Due today", and the badge counts again. */
static gboolean
midnight_cb (gpointer data)
{
  DossierFollowupsView *self = data;

  self->midnight_id = 0;
  refresh (self);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_midnight (DossierFollowupsView *self)
{
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (dossier_followup_seconds_to_midnight (), midnight_cb,
                                             self);
}

/* ---- Actions ---- */

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (widget);

  self->updating++;
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_OPEN);
  gtk_drop_down_set_selected (self->issue_dropdown, 0);
  gtk_drop_down_set_selected (self->case_dropdown, 0);
  gtk_drop_down_set_selected (self->event_dropdown, 0);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_check_button_set_active (self->overdue_check, FALSE);
  self->updating--;
  refresh_list (self);
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->ask_page), "ask.change-status", NULL);
}

/* ---- GObject ---- */

static void
dossier_followups_view_dispose (GObject *object)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_FOLLOWUPS_VIEW);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_followups_view_parent_class)->dispose (object);
}

static void
dossier_followups_view_finalize (GObject *object)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (object);

  g_array_unref (self->issue_ids);
  g_array_unref (self->case_ids);
  g_array_unref (self->event_ids);
  g_array_unref (self->sidebar_tag_ids);
  g_ptr_array_unref (self->owners);
  g_free (self->sort_by);

  G_OBJECT_CLASS (dossier_followups_view_parent_class)->finalize (object);
}

static void
dossier_followups_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;
    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    case PROP_N_DUE_THIS_WEEK:
      g_value_set_uint (value, self->n_due_this_week);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_followups_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DossierFollowupsView *self = DOSSIER_FOLLOWUPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      if (self->show_sidebar != g_value_get_boolean (value))
        {
          self->show_sidebar = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SORT_BY:
      if (g_strcmp0 (self->sort_by, g_value_get_string (value)) != 0)
        {
          g_free (self->sort_by);
          self->sort_by = g_value_dup_string (value);
          refresh_list (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SORT_DESCENDING:
      if (self->sort_descending != g_value_get_boolean (value))
        {
          self->sort_descending = g_value_get_boolean (value);
          refresh_list (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_followups_view_class_init (DossierFollowupsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_followups_view_dispose;
  object_class->finalize = dossier_followups_view_finalize;
  object_class->get_property = dossier_followups_view_get_property;
  object_class->set_property = dossier_followups_view_set_property;

  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "due",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DUE_THIS_WEEK] =
    g_param_spec_uint ("n-due-this-week", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (DOSSIER_TYPE_ASK_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-followups-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierFollowupsView, name)
  BIND (leaflet);
  BIND (page_pane);
  BIND (list_header);
  BIND (list_title);
  BIND (primary_menu_button);
  BIND (filter_button);
  BIND (status_dropdown);
  BIND (issue_dropdown);
  BIND (case_dropdown);
  BIND (event_dropdown);
  BIND (owner_dropdown);
  BIND (overdue_check);
  BIND (list_stack);
  BIND (asks_list);
  BIND (page_title);
  BIND (page_stack);
  BIND (ask_page);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ask_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_property_action (widget_class, "followups.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "followups.sort-descending",
                                            "sort-descending");
  gtk_widget_class_install_action (widget_class, "followups.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "followups.change-status", NULL,
                                   change_status_action);
}

static void
set_search_expression (GtkDropDown *dropdown)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
}

static void
dossier_followups_view_init (DossierFollowupsView *self)
{
  g_autoptr(GListModel) issues = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) owners = NULL;

  self->issue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->case_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sidebar_tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owners = g_ptr_array_new_with_free_func (g_free);
  self->sort_by = g_strdup ("due");

  self->updating++;
  gtk_widget_init_template (GTK_WIDGET (self));
  set_search_expression (self->issue_dropdown);
  set_search_expression (self->case_dropdown);
  fill_statuses (self);
  issues = strings_with_any (_("Any issue"));
  cases = strings_with_any (_("Any case"));
  events = strings_with_any (_("Any event"));
  owners = strings_with_any (_("Anyone"));
  gtk_drop_down_set_model (self->issue_dropdown, issues);
  gtk_drop_down_set_model (self->case_dropdown, cases);
  gtk_drop_down_set_model (self->event_dropdown, events);
  gtk_drop_down_set_model (self->owner_dropdown, owners);
  self->updating--;
  show_page (self, NULL);
}

GtkWidget *
dossier_followups_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_FOLLOWUPS_VIEW, NULL);
}

void
dossier_followups_view_set_library (DossierFollowupsView *self,
                                    DossierLibrary       *library)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_signal_connect_object (library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (library, "tags-changed", G_CALLBACK (on_tags_changed_cb), self,
                           G_CONNECT_SWAPPED);
  show_page (self, NULL);
  self->updating++;
  fill_tag_dropdown (self, self->issue_dropdown, self->issue_ids, DOSSIER_FACET_ISSUE,
                     _("Any issue"));
  fill_tag_dropdown (self, self->case_dropdown, self->case_ids, DOSSIER_FACET_CASE,
                     _("Any case"));
  self->updating--;
  refresh (self);
  schedule_midnight (self);
}

void
dossier_followups_view_set_primary_menu (DossierFollowupsView *self,
                                         GMenuModel           *menu)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self));

  gtk_menu_button_set_menu_model (self->primary_menu_button, menu);
}

void
dossier_followups_view_set_tag_filter (DossierFollowupsView *self,
                                       const gint64         *tag_ids,
                                       guint                 n_tag_ids)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self));

  g_array_set_size (self->sidebar_tag_ids, 0);
  if (n_tag_ids > 0)
    g_array_append_vals (self->sidebar_tag_ids, tag_ids, n_tag_ids);
  refresh_list (self);
}

gboolean
dossier_followups_view_show_ask (DossierFollowupsView *self,
                                 gint64                id)
{
  g_autoptr(DossierAsk) ask = NULL;

  g_return_val_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self), FALSE);

  if (self->library == NULL)
    return FALSE;
  ask = dossier_library_dup_ask (self->library, id, NULL);
  if (ask == NULL)
    return FALSE;
  gtk_list_box_select_row (self->asks_list, find_row (self, id));
  show_page (self, ask);
  adw_leaflet_set_visible_child (self->leaflet, self->page_pane);
  return TRUE;
}

gint64
dossier_followups_view_get_ask_id (DossierFollowupsView *self)
{
  DossierAsk *ask;

  g_return_val_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self), 0);

  ask = dossier_ask_page_get_ask (self->ask_page);
  return ask ? dossier_ask_get_id (ask) : 0;
}

guint
dossier_followups_view_get_n_overdue (DossierFollowupsView *self)
{
  g_return_val_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self), 0);

  return self->n_overdue;
}

guint
dossier_followups_view_get_n_due_this_week (DossierFollowupsView *self)
{
  g_return_val_if_fail (DOSSIER_IS_FOLLOWUPS_VIEW (self), 0);

  return self->n_due_this_week;
}
