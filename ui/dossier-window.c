/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-analysis.h"
#include "dossier-ask-dialog.h"
#include "dossier-briefing.h"
#include "dossier-briefing-dialog.h"
#include "dossier-bulk-tag.h"
#include "dossier-document-columns.h"
#include "dossier-document-list.h"
#include "dossier-document-view.h"
#include "dossier-event-dialog.h"
#include "dossier-events-view.h"
#include "dossier-followup-labels.h"
#include "dossier-followups-export.h"
#include "dossier-followups-view.h"
#include "dossier-format.h"
#include "dossier-import-queue.h"
#include "dossier-properties.h"
#include "dossier-rules.h"
#include "dossier-search.h"
#include "dossier-tag-manager.h"
#include "dossier-tag-sidebar.h"
#include "dossier-tags.h"
#include "dossier-window.h"

/* How long "Recently imported" reaches back. */
#define RECENT_DAYS 7
#define SEARCH_LIMIT 100

typedef enum
{
  SECTION_ALL,
  SECTION_INBOX,
  SECTION_RECENT,
  SECTION_EVENTS,
  SECTION_FOLLOWUPS,
} Section;

struct _DossierWindow
{
  AdwApplicationWindow  parent_instance;

  DossierLibrary       *library;          /* owned */
  DossierDocumentList  *documents;        /* owned: what the list shows */
  GtkMultiSelection    *selection;        /* owned */
  GSettings            *settings;         /* owned */
  DossierDocument      *document;         /* owned: the one in the view */
  DossierImportQueue   *imports;          /* owned */
  GCancellable         *rules_cancellable; /* owned while the rules run */
  DossierDocumentFilter filter;           /* the popover's and the tags', without the section's */
  Section               section;
  char                 *sort_by;
  gboolean              sort_descending;
  gboolean              properties_visible;
  gboolean              updating_reviewed;
  guint                 pending_deletions;
  GtkFileChooserNative *chooser;          /* owned while shown */
  GtkWidget            *context_menu;     /* child of column_view */
  GMenuModel           *document_menu;
  GMenuModel           *primary_menu;
  GtkFileChooserNative *export_chooser;   /* owned while shown */
  GtkStack             *content_stack;    /* the documents, or a section's own panes */
  DossierEventsView    *events_view;
  DossierFollowupsView *followups_view;
  GtkWidget            *followups_badge;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *drop_zone;
  AdwFlap              *flap;
  GtkListBox           *sidebar;
  DossierTagSidebar    *tag_sidebar;
  GtkActionBar         *tag_filter_bar;
  GtkLabel             *tag_filter_label;
  AdwLeaflet           *leaflet;
  GtkWidget            *list_pane;
  GtkWidget            *view_pane;
  AdwHeaderBar         *list_header;
  AdwWindowTitle       *list_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkEntry             *date_from_entry;
  GtkEntry             *date_to_entry;
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *language_dropdown;
  GtkLabel             *filter_error_label;
  GtkLabel             *search_error_label;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  AdwStatusPage        *empty_section_page;
  GtkListBox           *results_list;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GtkLabel             *import_file_label;
  GtkProgressBar       *import_progress;
  AdwWindowTitle       *view_title;
  GtkToggleButton      *reviewed_button;
  GtkRevealer          *review_revealer;
  GtkLabel             *review_label;
  GtkStack             *view_stack;
  AdwStatusPage        *several_page;
  DossierDocumentView  *document_view;
  AdwFlap              *properties_flap;
  DossierProperties    *properties;
};

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SORT_BY,
  PROP_SORT_DESCENDING,
  PROP_PROPERTIES_VISIBLE,
  PROP_IMPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Sections and filters ---- */

static void
add_sidebar_row (DossierWindow *self,
                 const char    *icon_name,
                 const char    *label,
                 Section        section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), gtk_label_new (label));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "section", GINT_TO_POINTER (section));
  gtk_list_box_append (self->sidebar, row);
}

static const char *
section_title (Section section)
{
  switch (section)
    {
    case SECTION_INBOX: return _("Inbox");
    case SECTION_RECENT: return _("Recently Imported");
    case SECTION_ALL:
    default: return _("All Documents");
    }
}

static DossierDocumentFilter
current_filter (DossierWindow *self)
{
  DossierDocumentFilter filter = self->filter;

  filter.inbox = self->section == SECTION_INBOX;
  if (self->section == SECTION_RECENT)
    filter.imported_since = g_get_real_time () / G_USEC_PER_SEC - RECENT_DAYS * 24 * 3600;
  return filter;
}

static gboolean
is_searching (DossierWindow *self)
{
  return gtk_search_bar_get_search_mode (self->search_bar) &&
         *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
show_empty_section (DossierWindow *self)
{
  gboolean filtered = self->filter.kind || self->filter.language ||
                      self->filter.date_from || self->filter.date_to;

  if (!filtered && self->filter.n_tag_ids > 0)
    {
      adw_status_page_set_icon_name (self->empty_section_page, "dossier-filter-symbolic");
      adw_status_page_set_title (self->empty_section_page, _("No Matching Documents"));
      adw_status_page_set_description (self->empty_section_page,
                                       _("No document in this section has every tag selected."));
    }
  else if (filtered)
    {
      adw_status_page_set_icon_name (self->empty_section_page, "dossier-filter-symbolic");
      adw_status_page_set_title (self->empty_section_page, _("No Matching Documents"));
      adw_status_page_set_description (self->empty_section_page,
                                       _("No document in this section matches the filters."));
    }
  else if (self->section == SECTION_INBOX)
    {
      adw_status_page_set_icon_name (self->empty_section_page, "dossier-inbox-symbolic");
      adw_status_page_set_title (self->empty_section_page, _("Inbox Is Empty"));
      adw_status_page_set_description (self->empty_section_page,
                                       _("Every suggestion is settled and every document reviewed."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_section_page, "document-open-recent-symbolic");
      adw_status_page_set_title (self->empty_section_page, _("Nothing Imported This Week"));
      adw_status_page_set_description (self->empty_section_page,
                                       _("Documents imported in the last seven days appear here."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty-section");
}

/* "12 documents", and which tags narrow them: "12 documents · Media
 * freedom + Kazakhstan". */
static void
set_list_subtitle (DossierWindow *self,
                   const char    *count)
{
  g_autofree char *tags = dossier_tag_sidebar_dup_selected_names (self->tag_sidebar);
  g_autofree char *subtitle = NULL;

  if (tags != NULL)
    /* Translators: the list's subtitle: how many documents (or search
     * results), then the tags they all carry. */
    subtitle = g_strdup_printf (_("%s · %s"), count, tags);
  adw_window_title_set_subtitle (self->list_title, subtitle ? subtitle : count);
}

static void
update_list_page (DossierWindow *self)
{
  guint n_items;
  g_autofree char *subtitle = NULL;

  /* Widgets built from the template speak before the list exists. */
  if (self->documents == NULL)
    return;
  adw_window_title_set_title (self->list_title, section_title (self->section));
  /* Searching, the subtitle counts results. */
  if (is_searching (self))
    return;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n_items),
                              n_items);
  set_list_subtitle (self, subtitle);
  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "documents");
  else if (dossier_library_count_documents (self->library) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty-library");
  else
    show_empty_section (self);
}

static void run_search (DossierWindow *self);
static void show_section_content (DossierWindow *self);
static void show_documents_section (DossierWindow *self);
static void update_review_bar (DossierWindow *self);

static void
apply_filter (DossierWindow *self)
{
  DossierDocumentFilter filter = current_filter (self);

  if (self->documents == NULL)
    return;
  dossier_document_list_set_filter (self->documents, &filter);
  update_list_page (self);
  if (is_searching (self))
    run_search (self);
}

static void
on_sidebar_row_selected_cb (DossierWindow *self,
                            GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  self->section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "section"));
  show_section_content (self);
  apply_filter (self);
  update_review_bar (self);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static const char *
dropdown_code (GtkDropDown        *dropdown,
               const char * const *codes)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first entry is "any". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return codes[selected - 1];
}

/* Returns FALSE, and says why under the fields, for a date that is none. */
static gboolean
read_date_entry (DossierWindow  *self,
                 GtkEntry       *entry,
                 char          **date)
{
  g_autofree char *normal = dossier_format_normalize_date (gtk_editable_get_text (GTK_EDITABLE (entry)));
  int year, month, day;

  g_clear_pointer (date, g_free);
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  if (normal == NULL)
    return TRUE;
  if (sscanf (normal, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return FALSE;
    }
  *date = g_steal_pointer (&normal);
  return TRUE;
}

static void
on_filter_changed_cb (DossierWindow *self)
{
  gboolean dates_valid;

  g_clear_pointer (&self->filter.kind, g_free);
  g_clear_pointer (&self->filter.language, g_free);
  self->filter.kind = g_strdup (dropdown_code (self->kind_dropdown, dossier_analysis_kinds ()));
  self->filter.language = g_strdup (dropdown_code (self->language_dropdown,
                                                   dossier_language_known_codes ()));
  dates_valid = read_date_entry (self, self->date_from_entry, &self->filter.date_from);
  dates_valid &= read_date_entry (self, self->date_to_entry, &self->filter.date_to);
  gtk_label_set_text (self->filter_error_label,
                      _("Type a date such as 2019-11-28 or 28.11.2019."));
  gtk_widget_set_visible (GTK_WIDGET (self->filter_error_label), !dates_valid);

  if (self->filter.kind || self->filter.language || self->filter.date_from || self->filter.date_to)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  apply_filter (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->date_from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_to_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->language_dropdown, 0);
}

static void
on_tag_selection_changed_cb (DossierWindow *self)
{
  guint n_tags = 0;
  const gint64 *ids = dossier_tag_sidebar_get_selected (self->tag_sidebar, &n_tags);
  g_autofree char *text = NULL;

  g_clear_pointer (&self->filter.tag_ids, g_free);
  self->filter.tag_ids = g_memdup2 (ids, n_tags * sizeof (gint64));
  self->filter.n_tag_ids = self->filter.tag_ids != NULL ? n_tags : 0;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Tag Selected", "%u Tags Selected",
                                       n_tags), n_tags);
  gtk_label_set_text (self->tag_filter_label, text);
  gtk_action_bar_set_revealed (self->tag_filter_bar, n_tags > 0);
  if (self->followups_view != NULL)
    dossier_followups_view_set_tag_filter (self->followups_view, self->filter.tag_ids,
                                           self->filter.n_tag_ids);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-tag-filter", n_tags > 0);
  apply_filter (self);
}

static void
clear_tag_filter_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  dossier_tag_sidebar_clear_selection (DOSSIER_WINDOW (widget)->tag_sidebar);
}

static GListModel *
names_with_any (const char         *any,
                const char * const *codes,
                const char       *(*display_name) (const char *))
{
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, any);
  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (names, display_name (codes[i]));
  return G_LIST_MODEL (names);
}

static void
fill_filter_dropdowns (DossierWindow *self)
{
  g_autoptr(GListModel) kinds = names_with_any (_("Any kind"), dossier_analysis_kinds (),
                                                dossier_kind_get_display_name);
  g_autoptr(GListModel) languages = names_with_any (_("Any language"),
                                                    dossier_language_known_codes (),
                                                    dossier_language_get_display_name);

  gtk_drop_down_set_model (self->kind_dropdown, kinds);
  gtk_drop_down_set_model (self->language_dropdown, languages);
}

/* ---- Sorting ---- */

static DossierDocumentSort
sort_from_name (const char *name)
{
  static const struct { const char *name; DossierDocumentSort sort; } sorts[] = {
    { "date", DOSSIER_DOCUMENT_SORT_DATE },
    { "title", DOSSIER_DOCUMENT_SORT_TITLE },
    { "senders", DOSSIER_DOCUMENT_SORT_SENDERS },
    { "kind", DOSSIER_DOCUMENT_SORT_KIND },
    { "language", DOSSIER_DOCUMENT_SORT_LANGUAGE },
    { "pages", DOSSIER_DOCUMENT_SORT_PAGES },
    { "imported", DOSSIER_DOCUMENT_SORT_IMPORTED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_strcmp0 (name, sorts[i].name) == 0)
      return sorts[i].sort;
  return DOSSIER_DOCUMENT_SORT_DATE;
}

static void
apply_sort (DossierWindow *self)
{
  if (self->documents != NULL)
    dossier_document_list_set_sort (self->documents, sort_from_name (self->sort_by),
                                    self->sort_descending);
}

/* ---- The document pane ---- */

static void
update_reviewed_button (DossierWindow *self)
{
  gboolean reviewed = self->document != NULL && dossier_document_get_reviewed (self->document);

  self->updating_reviewed = TRUE;
  gtk_toggle_button_set_active (self->reviewed_button, reviewed);
  self->updating_reviewed = FALSE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reviewed_button),
                               reviewed ? _("Reviewed") : _("Mark as Reviewed"));
}

static void
update_view_title (DossierWindow *self)
{
  g_autofree char *title = self->document ? dossier_format_document_title (self->document) : NULL;

  adw_window_title_set_title (self->view_title, title ? title : "");
  update_reviewed_button (self);
}

static void
set_document (DossierWindow   *self,
              DossierDocument *document)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::title", G_CALLBACK (update_view_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::reviewed",
                               G_CALLBACK (update_reviewed_button), self, G_CONNECT_SWAPPED);
    }

  dossier_document_view_set_document (self->document_view, self->library, document);
  dossier_properties_set_document (self->properties, self->library, document);
  gtk_stack_set_visible_child_name (self->view_stack, document ? "document" : "nothing");
  gtk_widget_set_sensitive (GTK_WIDGET (self->reviewed_button), document != NULL);
  update_view_title (self);
  update_review_bar (self);
}

static GArray *
selected_ids (DossierWindow *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  if (!is_searching (self) &&
      gtk_bitset_iter_init_first (&iter, selected, &position))
    do
      {
        g_autoptr(DossierDocument) document = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                                     position);
        gint64 id = dossier_document_get_id (document);
        g_array_append_val (ids, id);
      }
    while (gtk_bitset_iter_next (&iter, &position));

  if (ids->len == 0 && self->document != NULL)
    {
      gint64 id = dossier_document_get_id (self->document);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_document_actions (DossierWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  gboolean one = self->document != NULL;
  /* What selected_ids() would give, without reading every selected
   * document: Ctrl+A on 20,000 rows comes here. */
  gboolean any = one || (!is_searching (self) && !gtk_bitset_is_empty (selected));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.mark-reviewed", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tag-selection", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-original", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-in-folder", one);
}

static void
on_selection_changed_cb (DossierWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n_selected = gtk_bitset_get_size (selected);

  if (n_selected == 1)
    {
      g_autoptr(DossierDocument) document =
        g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_nth (selected, 0));

      if (document != self->document)
        {
          set_document (self, document);
          dossier_document_view_set_query (self->document_view, NULL);
        }
    }
  else if (n_selected > 1)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u Document Selected",
                                                             "%u Documents Selected",
                                                             (guint) n_selected),
                                                (guint) n_selected);
      set_document (self, NULL);
      adw_status_page_set_title (self->several_page, title);
      gtk_stack_set_visible_child_name (self->view_stack, "several");
    }
  update_document_actions (self);
}

static void
on_column_view_activate_cb (DossierWindow *self,
                            guint          position)
{
  g_autoptr(DossierDocument) document = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                               position);

  if (document != NULL && document != self->document)
    set_document (self, document);
  adw_leaflet_set_visible_child (self->leaflet, self->view_pane);
}

static void
on_back_clicked_cb (DossierWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_leaflet_folded_cb (DossierWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* Folded, each pane is the whole window and needs the window's buttons. */
  adw_header_bar_set_show_end_title_buttons (self->list_header, folded);
}

static void
on_reviewed_toggled_cb (DossierWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->updating_reviewed || self->document == NULL)
    return;
  id = dossier_document_get_id (self->document);
  if (!dossier_library_set_reviewed (self->library, &id, 1,
                                     gtk_toggle_button_get_active (self->reviewed_button), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      update_reviewed_button (self);
    }
}

void
dossier_window_show_document (DossierWindow *self,
                              gint64         id,
                              guint          page,
                              const char    *query)
{
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  document = dossier_library_dup_document (self->library, id, &error);
  if (document == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  show_documents_section (self);
  set_document (self, document);
  dossier_document_view_set_query (self->document_view, query);
  dossier_document_view_show_page (self->document_view, MAX (page, 1));
  adw_leaflet_set_visible_child (self->leaflet, self->view_pane);
  update_document_actions (self);
}

/* ---- Search ---- */

static GtkWidget *
result_row_new (const DossierSearchHit *hit)
{
  g_autofree char *snippet = dossier_search_snippet_replace (hit->snippet, "<b>", "</b>", TRUE);
  g_autofree char *where = NULL;
  g_autofree char *date = dossier_format_list_date (hit->date);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (hit->title);
  GtkWidget *meta;
  GtkWidget *text = gtk_label_new (NULL);

  if (*date != '\0')
    /* Translators: a search result's date and the page of its best hit. */
    where = g_strdup_printf (_("%s · page %u"), date, hit->page);
  else
    where = g_strdup_printf (_("Page %u"), hit->page);
  meta = gtk_label_new (where);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_markup (GTK_LABEL (text), snippet);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 3);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_add_css_class (text, "snippet");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, hit->title, -1);

  g_object_set_data (G_OBJECT (row), "document-id", g_memdup2 (&hit->id, sizeof hit->id));
  g_object_set_data (G_OBJECT (row), "page", GUINT_TO_POINTER (hit->page));
  return row;
}

static void
clear_results (DossierWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    {
      g_free (g_object_get_data (G_OBJECT (child), "document-id"));
      gtk_list_box_remove (self->results_list, child);
    }
}

static void
show_search_error (DossierWindow *self,
                   const char    *message)
{
  gtk_label_set_text (self->search_error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->search_error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
run_search (DossierWindow *self)
{
  DossierSearchOptions options = {
    .query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .kind = self->filter.kind,
    .language = self->filter.language,
    .date_from = self->filter.date_from,
    .date_to = self->filter.date_to,
    .limit = SEARCH_LIMIT,
    .tag_ids = self->filter.tag_ids,
    .n_tag_ids = self->filter.n_tag_ids,
  };
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  clear_results (self);
  if (!is_searching (self))
    {
      show_search_error (self, NULL);
      update_list_page (self);
      return;
    }

  hits = dossier_search (self->library, &options, &error);
  if (hits == NULL)
    {
      show_search_error (self, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      return;
    }
  show_search_error (self, NULL);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", hits->len),
                              hits->len);
  set_list_subtitle (self, subtitle);
  for (guint i = 0; i < hits->len; i++)
    gtk_list_box_append (self->results_list, result_row_new (g_ptr_array_index (hits, i)));
  gtk_stack_set_visible_child_name (self->list_stack, hits->len > 0 ? "results" : "no-results");
}

static void
on_search_changed_cb (DossierWindow *self)
{
  run_search (self);
}

static void
on_search_mode_cb (DossierWindow *self)
{
  run_search (self);
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      dossier_document_view_set_query (self->document_view, NULL);
      update_document_actions (self);
    }
}

static void
on_result_activated_cb (DossierWindow *self,
                        GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "document-id");
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "page"));

  dossier_window_show_document (self, *id, page,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate_cb (DossierWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->results_list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (row != NULL && gtk_stack_get_visible_child (self->list_stack) != GTK_WIDGET (self->column_view))
    on_result_activated_cb (self, row);
}

static gboolean
on_search_key_pressed_cb (DossierWindow         *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down || !is_searching (self))
    return GDK_EVENT_PROPAGATE;
  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first == NULL)
    return GDK_EVENT_PROPAGATE;
  gtk_list_box_select_row (self->results_list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- Actions on documents ---- */

static void
on_deletion_undo_cb (AdwToast      *toast,
                     DossierWindow *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (toast), "ids");
  g_autoptr(GError) error = NULL;

  if (!dossier_library_restore_documents (self->library, (gint64 *) ids->data, ids->len, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
on_deletion_dismissed_cb (AdwToast      *toast,
                          DossierWindow *self)
{
  g_assert (self->pending_deletions > 0);
  /* With no undo left on offer, the trash goes for good. */
  if (--self->pending_deletions == 0)
    dossier_window_purge_deleted (self);
}

static AdwToast *
deletion_toast_new (DossierWindow *self,
                    GArray        *ids,
                    const char    *title)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (ids->len == 1 && title != NULL)
    text = g_strdup_printf (_("“%s” deleted"), title);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document deleted",
                                         "%u documents deleted", ids->len), ids->len);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "ids", g_array_ref (ids), (GDestroyNotify) g_array_unref);
  /* No reference to the window: the toast lives in it, and the window's
   * dispose is what purges the trash when it is closed. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_deletion_undo_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_deletion_dismissed_cb), self, 0);
  return toast;
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (ids->len == 0)
    return;
  if (ids->len == 1)
    {
      g_autoptr(DossierDocument) document =
        dossier_library_dup_document (self->library, g_array_index (ids, gint64, 0), NULL);
      title = document ? dossier_format_document_title (document) : NULL;
    }
  if (!dossier_library_trash_documents (self->library, (gint64 *) ids->data, ids->len, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  if (self->document != NULL && ids_contain (ids, dossier_document_get_id (self->document)))
    set_document (self, NULL);
  if (is_searching (self))
    run_search (self);

  self->pending_deletions++;
  adw_toast_overlay_add_toast (self->toast_overlay, deletion_toast_new (self, ids, title));
}

static void
mark_reviewed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  gboolean all_reviewed = TRUE;

  /* Like marking mail read: a second press undoes the first. */
  for (guint i = 0; i < ids->len && all_reviewed; i++)
    {
      g_autoptr(DossierDocument) document =
        dossier_library_dup_document (self->library, g_array_index (ids, gint64, i), NULL);
      all_reviewed = document != NULL && dossier_document_get_reviewed (document);
    }
  if (!dossier_library_set_reviewed (self->library, (gint64 *) ids->data, ids->len,
                                     !all_reviewed, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* ---- Reviewing the Inbox ---- */

/* Suggestions of the document shown, as DossierTag. */
static GPtrArray *
dup_suggested_tags (DossierWindow *self,
                    gboolean      *has_issue)
{
  g_autoptr(GPtrArray) document_tags = NULL;
  GPtrArray *suggested = g_ptr_array_new_with_free_func (g_object_unref);

  *has_issue = FALSE;
  if (self->document == NULL)
    return suggested;
  document_tags = dossier_library_list_document_tags (self->library,
                                                      dossier_document_get_id (self->document),
                                                      FALSE, NULL);
  for (guint i = 0; document_tags != NULL && i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);

      if (document_tag->state == DOSSIER_TAG_SUGGESTED)
        g_ptr_array_add (suggested, g_object_ref (document_tag->tag));
      else if (g_strcmp0 (dossier_tag_get_facet (document_tag->tag), DOSSIER_FACET_ISSUE) == 0)
        *has_issue = TRUE;
    }
  return suggested;
}

static void
update_review_bar (DossierWindow *self)
{
  gboolean reviewing = self->section == SECTION_INBOX && self->document != NULL;
  gboolean has_issue;
  g_autoptr(GPtrArray) suggested = dup_suggested_tags (self, &has_issue);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->review_revealer, reviewing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-accept-all", suggested->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-next", self->document != NULL);
  if (!reviewing)
    return;
  if (suggested->len > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u suggested tag to accept or reject",
                                         "%u suggested tags to accept or reject",
                                         suggested->len),
                            suggested->len);
  else if (!has_issue)
    text = g_strdup (_("No issue yet: add one, or go on to the next document"));
  else
    text = g_strdup (_("Every tag settled"));
  gtk_label_set_text (self->review_label, text);
}

/* The list row of the document shown, when the list has it selected. */
static gboolean
find_shown_position (DossierWindow *self,
                     guint         *position)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(DossierDocument) document = NULL;

  if (gtk_bitset_get_size (selected) != 1)
    return FALSE;
  *position = gtk_bitset_get_nth (selected, 0);
  document = g_list_model_get_item (G_LIST_MODEL (self->selection), *position);
  return document != NULL && document == self->document;
}

static void
scroll_list_to (DossierWindow *self,
                guint          position)
{
  /* GTK 4.8's column view scrolls through its inner list view's action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* Opens the document after the one that was shown at @position (G_MAXUINT:
 * none was), or the first once at the end. A settled document may leave
 * the Inbox at once or a moment later: either way the next is the one
 * after it, and the review goes on from the top with what was skipped. */
static void
open_next_document (DossierWindow *self,
                    guint          position)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);
  g_autoptr(DossierDocument) there = NULL;
  guint next = 0;

  if (position != G_MAXUINT && position < n_items)
    {
      there = g_list_model_get_item (model, position);
      next = there != self->document ? position : position + 1;
    }
  if (next >= n_items)
    next = 0;
  if (n_items == 0 || (n_items == 1 && there == self->document && there != NULL))
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), next, TRUE);
  scroll_list_to (self, next);
  if (!self->properties_visible)
    g_object_set (self, "properties-visible", TRUE, NULL);
  dossier_properties_focus_tags (self->properties);
}

/* Marks the document shown as reviewed, then opens the next one. */
static void
review_and_go_on (DossierWindow *self,
                  guint          position)
{
  g_autoptr(GError) error = NULL;
  gint64 id = dossier_document_get_id (self->document);

  if (!dossier_library_set_reviewed (self->library, &id, 1, TRUE, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  open_next_document (self, position);
}

static guint
shown_position (DossierWindow *self)
{
  guint position;

  return find_shown_position (self, &position) ? position : G_MAXUINT;
}

static void
review_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->document != NULL)
    review_and_go_on (self, shown_position (self));
}

static void
review_accept_all_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  gboolean has_issue;
  g_autoptr(GPtrArray) suggested = dup_suggested_tags (self, &has_issue);
  g_autoptr(GError) error = NULL;

  guint position = shown_position (self);

  if (suggested->len == 0)
    return;
  if (!dossier_library_set_document_tags (self->library, dossier_document_get_id (self->document),
                                          (DossierTag * const *) suggested->pdata, suggested->len,
                                          DOSSIER_TAG_ACCEPTED, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  if (self->section == SECTION_INBOX)
    review_and_go_on (self, position);
  else
    update_review_bar (self);
}

static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (self->document == NULL)
    return;
  file = g_file_new_for_path (dossier_document_get_file (self->document));
  uri = g_file_get_uri (file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
show_files_folder (DossierWindow *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  folder = g_file_new_build_filename (dossier_library_get_path (self->library), "files", NULL);
  uri = g_file_get_uri (folder);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_show_items_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_autoptr(DossierWindow) self = data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply != NULL)
    return;
  /* No file manager that can point at a file: open its folder instead. */
  g_debug ("ShowItems failed: %s", error->message);
  show_files_folder (self);
}

static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GDBusConnection *bus = application ? g_application_get_dbus_connection (G_APPLICATION (application))
                                     : NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };

  if (self->document == NULL)
    return;
  file = g_file_new_for_path (dossier_document_get_file (self->document));
  uri = g_file_get_uri (file);
  uris[0] = uri;
  if (bus == NULL)
    {
      show_files_folder (self);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, -1,
                          NULL, on_show_items_done_cb, g_object_ref (self));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* ---- Tags ---- */

static void
manage_tags_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  dossier_tag_manager_present (GTK_WINDOW (self), self->library);
}

static void
tag_selection_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  dossier_bulk_tag_documents (GTK_WINDOW (self), self->toast_overlay, self->library, ids);
}

/* ---- Context menu ---- */

static void
on_list_right_click_cb (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        DossierWindow   *self)
{
  GtkListItem *item = dossier_document_columns_get_item_at (self->column_view, x, y);
  GdkRectangle where = { (int) x, (int) y, 1, 1 };

  if (item != NULL)
    {
      guint position = gtk_list_item_get_position (item);

      if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &where);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static gboolean
show_view_pane_cb (gpointer data)
{
  DossierWindow *self = data;

  if (self->document != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->view_pane);
  return G_SOURCE_REMOVE;
}

/* Folded, the list is a page of its own: a click on a row opens it, as
 * the row's own gesture has selected it by the time the idle runs. */
static void
on_list_click_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  DossierWindow   *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && dossier_document_columns_get_item_at (self->column_view, x, y) != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_view_pane_cb, g_object_ref (self),
                     g_object_unref);
}

static void
add_list_gestures (DossierWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  GtkGesture *gesture = gtk_gesture_click_new ();

  self->context_menu = gtk_popover_menu_new_from_model (self->document_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self->column_view));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_list_right_click_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (gesture));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "released", G_CALLBACK (on_list_click_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));
}

/* ---- Import ---- */

static void
import_files_list (DossierWindow *self,
                   GSList        *files)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  dossier_window_import_files (self, (GFile **) array->pdata, array->len);
}

static void
on_chooser_response_cb (DossierWindow *self,
                        int            response)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (self->chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      dossier_window_import_files (self, (GFile **) array->pdata, array->len);
    }
  g_clear_object (&self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import PDF Documents"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), pdf);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import Folders"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  dossier_import_queue_cancel (self->imports);
  if (self->rules_cancellable != NULL)
    g_cancellable_cancel (self->rules_cancellable);
}

/* ---- The tag rules over the whole library ---- */

static void
on_rules_progress_cb (guint    done,
                      guint    total,
                      gpointer data)
{
  DossierWindow *self = data;
  g_autofree char *text = NULL;

  if (self->imports == NULL)
    return;   /* the window has gone */
  text = g_strdup_printf (_("Applying tag rules: %u of %u documents"), done, total);
  gtk_label_set_text (self->import_label, text);
  gtk_label_set_text (self->import_file_label, "");
  gtk_progress_bar_set_fraction (self->import_progress, total ? (double) done / total : 0.0);
}

static void
on_rules_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(DossierWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DossierRuleCounts counts = { 0 };

  dossier_library_apply_rules_finish (DOSSIER_LIBRARY (source), result, &counts, &error);
  g_clear_object (&self->rules_cancellable);
  if (self->imports == NULL)
    return;   /* the window has gone */
  gtk_revealer_set_reveal_child (self->import_revealer,
                                 dossier_import_queue_get_busy (self->imports));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.apply-rules", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import",
                                 dossier_import_queue_get_busy (self->imports));
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Tag rules read %u document: %u tags suggested, %u withdrawn",
                                         "Tag rules read %u documents: %u tags suggested, %u withdrawn",
                                         counts.n_documents),
                            counts.n_documents, counts.n_added, counts.n_removed);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
apply_rules_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->rules_cancellable != NULL)
    return;
  self->rules_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "win.apply-rules", FALSE);
  gtk_widget_action_set_enabled (widget, "win.cancel-import", TRUE);
  on_rules_progress_cb (0, dossier_library_count_documents (self->library), self);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
  dossier_library_apply_rules_async (self->library, on_rules_progress_cb, g_object_ref (self),
                                     g_object_unref, self->rules_cancellable, on_rules_done_cb,
                                     g_object_ref (self));
}

static void
on_import_progress_cb (DossierImportQueue *imports,
                       guint               done,
                       guint               total,
                       const char         *path,
                       DossierWindow      *self)
{
  g_autofree char *count = NULL;
  g_autofree char *name = path ? g_path_get_basename (path) : NULL;

  if (total == 0)
    {
      gtk_label_set_text (self->import_label, _("Looking for PDF files…"));
      gtk_label_set_text (self->import_file_label, "");
      gtk_progress_bar_pulse (self->import_progress);
    }
  else
    {
      /* Translators: import progress, "Importing 3 of 12". */
      count = g_strdup_printf (_("Importing %u of %u"), MIN (done + 1, total), total);
      gtk_label_set_text (self->import_label, count);
      gtk_label_set_text (self->import_file_label, name ? name : "");
      gtk_progress_bar_set_fraction (self->import_progress, (double) done / total);
    }
}

static void
on_importing_changed_cb (DossierWindow *self)
{
  gboolean importing = dossier_import_queue_get_busy (self->imports);

  gtk_revealer_set_reveal_child (self->import_revealer, importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
  if (importing)
    on_import_progress_cb (self->imports, 0, 0, NULL, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
}

static void
on_import_toast_details_cb (AdwToast      *toast,
                            DossierWindow *self)
{
  GPtrArray *results = g_object_get_data (G_OBJECT (toast), "results");

  dossier_import_queue_show_details (GTK_WINDOW (self), results);
}

static void
on_batch_finished_cb (DossierImportQueue *imports,
                      const char         *summary,
                      GPtrArray          *results,
                      DossierWindow      *self)
{
  AdwToast *toast = adw_toast_new (summary);

  if (dossier_import_queue_has_details (results))
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "results", g_ptr_array_ref (results),
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_import_toast_details_cb),
                               self, 0);
      adw_toast_set_timeout (toast, 10);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  update_list_page (self);
}

void
dossier_window_import_files (DossierWindow  *self,
                             GFile         **files,
                             guint           n_files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint remote = 0;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  for (guint i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_ptr_array_add (paths, path);
      else
        remote++;
    }
  if (remote > 0)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Only files on this computer can be imported; "
                                                  "download the others first.")));
  if (paths->len > 0)
    {
      g_ptr_array_add (paths, NULL);
      dossier_import_queue_add (self->imports, (const char * const *) paths->pdata);
    }
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            DossierWindow *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

  import_files_list (self, files);
  g_slist_free (files);
  return TRUE;
}

static void
on_current_drop_cb (GtkDropTarget *target,
                    GParamSpec    *pspec,
                    DossierWindow *self)
{
  gtk_widget_set_visible (self->drop_zone, gtk_drop_target_get_current_drop (target) != NULL);
}

static void
add_drop_target (DossierWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  g_signal_connect_object (target, "notify::current-drop", G_CALLBACK (on_current_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* ---- Events and follow-ups ---- */

static const char * const section_names[] = { "all", "inbox", "recent", "events", "followups" };

static void
show_section_content (DossierWindow *self)
{
  const char *content = "documents";

  if (self->content_stack == NULL)
    return;
  if (self->section == SECTION_EVENTS || self->section == SECTION_FOLLOWUPS)
    content = section_names[self->section];
  gtk_stack_set_visible_child_name (self->content_stack, content);
}

static void
select_section (DossierWindow *self,
                Section        section)
{
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, section));
}

/* A document opened from an event or a follow-up shows in the reader. */
static void
show_documents_section (DossierWindow *self)
{
  if (self->section == SECTION_EVENTS || self->section == SECTION_FOLLOWUPS)
    select_section (self, SECTION_ALL);
}

static void
update_followups_badge (DossierWindow *self)
{
  guint n_overdue = dossier_followups_view_get_n_overdue (self->followups_view);
  guint n_due = dossier_followups_view_get_n_due_this_week (self->followups_view);
  g_autofree char *text = dossier_followup_badge_text (n_overdue, n_due);
  g_autofree char *summary = dossier_followup_due_summary (n_overdue, n_due);

  gtk_label_set_text (GTK_LABEL (self->followups_badge), text ? text : "");
  gtk_widget_set_visible (self->followups_badge, text != NULL);
  gtk_widget_set_tooltip_text (self->followups_badge, summary);
  if (n_overdue > 0)
    gtk_widget_add_css_class (self->followups_badge, "overdue");
  else
    gtk_widget_remove_css_class (self->followups_badge, "overdue");
}

/* The sections Events and Follow-ups, under the documents': each brings
 * its own list and page, which take the documents' place in the flap. */
static void
add_followups_sections (DossierWindow *self)
{
  GtkWidget *documents = GTK_WIDGET (self->leaflet);
  GtkListBoxRow *row;

  add_sidebar_row (self, "x-office-calendar-symbolic", _("Events"), SECTION_EVENTS);
  add_sidebar_row (self, "checkbox-checked-symbolic", _("Follow-ups"), SECTION_FOLLOWUPS);
  row = gtk_list_box_get_row_at_index (self->sidebar, SECTION_EVENTS);
  gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  row = gtk_list_box_get_row_at_index (self->sidebar, SECTION_FOLLOWUPS);
  self->followups_badge = gtk_label_new (NULL);
  gtk_widget_set_hexpand (self->followups_badge, TRUE);
  gtk_widget_set_halign (self->followups_badge, GTK_ALIGN_END);
  gtk_widget_set_valign (self->followups_badge, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->followups_badge, FALSE);
  gtk_widget_add_css_class (self->followups_badge, "followups-badge");
  gtk_box_append (GTK_BOX (gtk_list_box_row_get_child (row)), self->followups_badge);

  self->content_stack = GTK_STACK (gtk_stack_new ());
  /* Each section folds at its own width: a narrow window shows Events. */
  gtk_stack_set_hhomogeneous (self->content_stack, FALSE);
  g_object_ref (documents);
  adw_flap_set_content (self->flap, NULL);
  gtk_stack_add_named (self->content_stack, documents, "documents");
  g_object_unref (documents);
  self->events_view = DOSSIER_EVENTS_VIEW (dossier_events_view_new ());
  self->followups_view = DOSSIER_FOLLOWUPS_VIEW (dossier_followups_view_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->events_view), "events");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->followups_view), "followups");
  adw_flap_set_content (self->flap, GTK_WIDGET (self->content_stack));

  g_object_bind_property (self->flap, "reveal-flap", self->events_view, "show-sidebar",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->flap, "reveal-flap", self->followups_view, "show-sidebar",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  dossier_events_view_set_primary_menu (self->events_view, self->primary_menu);
  dossier_followups_view_set_primary_menu (self->followups_view, self->primary_menu);
  g_signal_connect_object (self->followups_view, "notify::n-overdue",
                           G_CALLBACK (update_followups_badge), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->followups_view, "notify::n-due-this-week",
                           G_CALLBACK (update_followups_badge), self, G_CONNECT_SWAPPED);
}

static void
set_up_followups (DossierWindow *self)
{
  dossier_events_view_set_library (self->events_view, self->library);
  dossier_followups_view_set_library (self->followups_view, self->library);
  update_followups_badge (self);
}

void
dossier_window_show_event (DossierWindow *self,
                           gint64         id)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  select_section (self, SECTION_EVENTS);
  dossier_events_view_show_event (self->events_view, id);
}

void
dossier_window_show_ask (DossierWindow *self,
                         gint64         id)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  select_section (self, SECTION_FOLLOWUPS);
  dossier_followups_view_show_ask (self->followups_view, id);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    if (g_str_equal (name, section_names[i]))
      select_section (self, i);
}

static void
show_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dossier_window_show_event (DOSSIER_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_ask_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  dossier_window_show_ask (DOSSIER_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gint64 id;
  guint32 page;

  g_variant_get (parameter, "(xu)", &id, &page);
  dossier_window_show_document (DOSSIER_WINDOW (widget), id, page, NULL);
}

static void
on_event_saved_cb (DossierWindow *self,
                   DossierEvent  *event)
{
  dossier_window_show_event (self, dossier_event_get_id (event));
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierEventDialog *dialog = dossier_event_dialog_new (GTK_WINDOW (self), self->library, NULL);

  g_signal_connect_object (dialog, "event-saved", G_CALLBACK (on_event_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_ask_added_cb (DossierWindow *self,
                 DossierAsk    *ask)
{
  dossier_window_show_ask (self, dossier_ask_get_id (ask));
}

static void
new_ask_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierAskDialog *dialog = dossier_ask_dialog_new (GTK_WINDOW (self), self->library);

  g_signal_connect_object (dialog, "ask-added", G_CALLBACK (on_ask_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_open_cb (AdwToast      *toast,
                   DossierWindow *self)
{
  g_autofree char *uri = g_file_get_uri (g_object_get_data (G_OBJECT (toast), "file"));

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

gboolean
dossier_window_export_followups (DossierWindow          *self,
                                 DossierFollowupsExport  what,
                                 GFile                  *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;
  gboolean done;

  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (what == DOSSIER_EXPORT_CALENDAR)
    done = dossier_library_export_calendar (self->library, file, &error);
  else
    done = dossier_library_export_followups (self->library, NULL, file, &error);
  if (!done)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }
  name = g_file_get_basename (file);
  escaped = g_markup_escape_text (name, -1);
  text = g_strdup_printf (what == DOSSIER_EXPORT_CALENDAR ? _("Calendar saved as “%s”")
                                                           : _("Follow-ups saved as “%s”"),
                          escaped);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_export_open_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

static void
on_export_response_cb (DossierWindow *self,
                       int            response)
{
  DossierFollowupsExport what = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self->export_chooser),
                                                                    "what"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->export_chooser));

      dossier_window_export_followups (self, what, file);
    }
  g_clear_object (&self->export_chooser);
}

static void
choose_export_file (DossierWindow          *self,
                    DossierFollowupsExport  what)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean calendar = what == DOSSIER_EXPORT_CALENDAR;

  if (self->export_chooser != NULL)
    return;
  self->export_chooser = gtk_file_chooser_native_new (calendar ? _("Export Calendar")
                                                               : _("Export Follow-ups"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), NULL);
  /* Translators: the file names offered for the exports; keep the extensions. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser),
                                     calendar ? _("dossier-events.ics") : _("follow-ups.csv"));
  gtk_file_filter_set_name (filter, calendar ? _("iCalendar files") : _("CSV spreadsheets"));
  gtk_file_filter_add_mime_type (filter, calendar ? "text/calendar" : "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  g_object_set_data (G_OBJECT (self->export_chooser), "what", GINT_TO_POINTER (what));
  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (on_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static void
export_followups_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose_export_file (DOSSIER_WINDOW (widget), DOSSIER_EXPORT_FOLLOWUPS_CSV);
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_export_file (DOSSIER_WINDOW (widget), DOSSIER_EXPORT_CALENDAR);
}

static void
install_followups_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-event", "x", show_event_action);
  gtk_widget_class_install_action (widget_class, "win.show-ask", "x", show_ask_action);
  gtk_widget_class_install_action (widget_class, "win.show-document", "(xu)",
                                   show_document_action);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action);
  gtk_widget_class_install_action (widget_class, "win.new-ask", NULL, new_ask_action);
  gtk_widget_class_install_action (widget_class, "win.export-followups", NULL,
                                   export_followups_action);
  gtk_widget_class_install_action (widget_class, "win.export-calendar", NULL,
                                   export_calendar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-event", NULL);
}

/* ---- Briefing packs ---- */

static void
on_open_pack_cb (AdwToast *toast,
                 gpointer  user_data)
{
  DossierWindow *self = user_data;
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* What could not go in is said at once, in a dialog: an annex missing
 * from a pack handed to an official must not go unnoticed. */
static void
show_pack_warnings (DossierWindow               *self,
                    const DossierBriefingResult *result)
{
  g_autofree char *body = g_strjoinv ("\n", result->warnings);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              _("The Pack Is Not Complete"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_briefing_exported_cb (DossierWindow               *self,
                         const DossierBriefingResult *result)
{
  g_autoptr(GFile) file = g_file_new_for_path (result->path);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Briefing pack saved: %u page",
                                                         "Briefing pack saved: %u pages",
                                                         result->n_pages),
                                            result->n_pages);
  AdwToast *toast = adw_toast_new (title);

  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_pack_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  if (result->warnings[0] != NULL)
    show_pack_warnings (self, result);
}

static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierBriefingDialog *dialog = dossier_briefing_dialog_new (GTK_WINDOW (self), self->library,
                                                               g_variant_get_int64 (parameter));

  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_briefing_exported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Setting up ---- */

static void
on_library_changed_cb (DossierWindow *self)
{
  update_list_page (self);
  update_review_bar (self);
  if (is_searching (self))
    run_search (self);
}

static void
bind_settings (DossierWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sort-by", self, "sort-by", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sort-descending", self, "sort-descending",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "properties-visible", self, "properties-visible",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
dossier_window_constructed (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);
  DossierDocumentFilter filter = { NULL };

  G_OBJECT_CLASS (dossier_window_parent_class)->constructed (object);

  g_assert (self->library != NULL);
  self->documents = dossier_document_list_new (self->library, sort_from_name (self->sort_by),
                                               self->sort_descending, &filter);
  bind_settings (self);
  apply_sort (self);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->documents)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->documents, "items-changed", G_CALLBACK (update_list_page), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "changed", G_CALLBACK (on_library_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->imports = dossier_import_queue_new (self->library);
  g_signal_connect_object (self->imports, "progress", G_CALLBACK (on_import_progress_cb), self, 0);
  g_signal_connect_object (self->imports, "notify::busy", G_CALLBACK (on_importing_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->imports, "batch-finished", G_CALLBACK (on_batch_finished_cb),
                           self, 0);
  dossier_import_queue_set_parent (self->imports, GTK_WINDOW (self));

  dossier_tag_sidebar_set_library (self->tag_sidebar, self->library);
  set_up_followups (self);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));
  update_list_page (self);
  set_document (self, NULL);
  update_document_actions (self);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  if (self->imports != NULL)
    {
      /* Its last signals would find the widgets gone. */
      g_signal_handlers_disconnect_by_data (self->imports, self);
      dossier_import_queue_cancel (self->imports);
    }
  if (self->library != NULL && self->pending_deletions > 0)
    dossier_window_purge_deleted (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  if (self->results_list != NULL)
    clear_results (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  g_clear_object (&self->chooser);
  g_clear_object (&self->export_chooser);
  g_clear_object (&self->imports);
  if (self->rules_cancellable != NULL)
    g_cancellable_cancel (self->rules_cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->documents);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_finalize (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  dossier_document_filter_clear (&self->filter);
  g_free (self->sort_by);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_window_parent_class)->finalize (object);
}

static void
dossier_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    case PROP_PROPERTIES_VISIBLE:
      g_value_set_boolean (value, self->properties_visible);
      break;
    case PROP_IMPORTING:
      g_value_set_boolean (value, dossier_window_get_importing (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_SORT_BY:
      if (g_strcmp0 (self->sort_by, g_value_get_string (value)) != 0)
        {
          g_free (self->sort_by);
          self->sort_by = g_value_dup_string (value);
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SORT_DESCENDING:
      if (self->sort_descending != g_value_get_boolean (value))
        {
          self->sort_descending = g_value_get_boolean (value);
          apply_sort (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PROPERTIES_VISIBLE:
      if (self->properties_visible != g_value_get_boolean (value))
        {
          self->properties_visible = g_value_get_boolean (value);
          adw_flap_set_reveal_flap (self->properties_flap, self->properties_visible);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.apply-rules", NULL, apply_rules_action);
  gtk_widget_class_install_action (widget_class, "win.export-briefing", "x",
                                   export_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.clear-tag-filter", NULL,
                                   clear_tag_filter_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.mark-reviewed", NULL, mark_reviewed_action);
  gtk_widget_class_install_action (widget_class, "win.review-next", NULL, review_next_action);
  gtk_widget_class_install_action (widget_class, "win.review-accept-all", NULL,
                                   review_accept_all_action);
  gtk_widget_class_install_action (widget_class, "win.open-original", NULL, open_original_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", NULL, show_in_folder_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  install_followups_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.manage-tags", NULL, manage_tags_action);
  gtk_widget_class_install_action (widget_class, "win.tag-selection", NULL, tag_selection_action);
  gtk_widget_class_install_property_action (widget_class, "win.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "win.sort-descending", "sort-descending");
  gtk_widget_class_install_property_action (widget_class, "win.properties-visible",
                                            "properties-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.mark-reviewed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-original", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.tag-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.manage-tags", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK,
                                       "win.review-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "win.review-accept-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.properties-visible", NULL);
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dossier_window_constructed;
  object_class->dispose = dossier_window_dispose;
  object_class->finalize = dossier_window_finalize;
  object_class->get_property = dossier_window_get_property;
  object_class->set_property = dossier_window_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, DOSSIER_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "date",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPERTIES_VISIBLE] =
    g_param_spec_boolean ("properties-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOSSIER_TYPE_DOCUMENT_VIEW);
  g_type_ensure (DOSSIER_TYPE_PROPERTIES);
  g_type_ensure (DOSSIER_TYPE_TAG_SIDEBAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierWindow, name)
  BIND (toast_overlay);
  BIND (drop_zone);
  BIND (flap);
  BIND (sidebar);
  BIND (tag_sidebar);
  BIND (tag_filter_bar);
  BIND (tag_filter_label);
  BIND (leaflet);
  BIND (list_pane);
  BIND (view_pane);
  BIND (list_header);
  BIND (list_title);
  BIND (search_bar);
  BIND (search_entry);
  BIND (filter_button);
  BIND (date_from_entry);
  BIND (date_to_entry);
  BIND (kind_dropdown);
  BIND (language_dropdown);
  BIND (filter_error_label);
  BIND (search_error_label);
  BIND (list_stack);
  BIND (column_view);
  BIND (empty_section_page);
  BIND (results_list);
  BIND (import_revealer);
  BIND (import_label);
  BIND (import_file_label);
  BIND (import_progress);
  BIND (view_title);
  BIND (reviewed_button);
  BIND (review_revealer);
  BIND (review_label);
  BIND (view_stack);
  BIND (several_page);
  BIND (document_view);
  BIND (properties_flap);
  BIND (properties);
  BIND (document_menu);
  BIND (primary_menu);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reviewed_toggled_cb);

  install_actions (widget_class);
}

static void
dossier_window_init (DossierWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->sort_by = g_strdup ("date");
  self->sort_descending = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  add_sidebar_row (self, "folder-documents-symbolic", _("All Documents"), SECTION_ALL);
  add_sidebar_row (self, "dossier-inbox-symbolic", _("Inbox"), SECTION_INBOX);
  add_sidebar_row (self, "document-open-recent-symbolic", _("Recently Imported"), SECTION_RECENT);
  add_followups_sections (self);
  dossier_document_columns_append (self->column_view);
  fill_filter_dropdowns (self);
  /* Narrow, the properties cover the page and close with a click beside
   * them; the setting follows. */
  g_object_bind_property (self->properties_flap, "reveal-flap", self, "properties-visible",
                          G_BINDING_DEFAULT);

  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  add_list_gestures (self);
  add_drop_target (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-tag-filter", FALSE);
}

DossierWindow *
dossier_window_new (GtkApplication *application,
                    DossierLibrary *library)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  return g_object_new (DOSSIER_TYPE_WINDOW, "application", application, "library", library, NULL);
}

DossierLibrary *
dossier_window_get_library (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);

  return self->library;
}

DossierDocument *
dossier_window_get_document (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);

  return self->document;
}

gboolean
dossier_window_get_importing (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);

  return self->imports != NULL && dossier_import_queue_get_busy (self->imports);
}

const char *
dossier_window_get_import_summary (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);

  return dossier_import_queue_get_last_summary (self->imports);
}

void
dossier_window_purge_deleted (DossierWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  /* One second ahead: what was trashed this very second goes too. */
  if (!dossier_library_purge_trash (self->library, g_get_real_time () / G_USEC_PER_SEC + 1, &error))
    g_warning ("Could not empty the trash: %s", error->message);
}
