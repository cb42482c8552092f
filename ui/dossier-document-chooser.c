/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-document-chooser.h"
#include "dossier-format.h"
#include "dossier-search.h"

/* How many documents the list offers: enough to scroll, few enough to
 * build at once; the search finds the others. */
#define N_OFFERED 50

struct _DossierDocumentChooser
{
  AdwWindow        parent_instance;

  DossierLibrary  *library;         /* owned */
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkListBox      *list;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (DossierDocumentChooser, dossier_document_chooser, ADW_TYPE_WINDOW)

enum { DOCUMENT_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
clear_list (DossierDocumentChooser *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static void
append_row (DossierDocumentChooser *self,
            gint64                  id,
            guint                   page,
            const char             *title,
            const char             *date)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *list_date = dossier_format_list_date (date);
  g_autofree char *subtitle = NULL;

  if (page > 0 && *list_date != '\0')
    /* Translators: a document's date and the page where the search found it. */
    subtitle = g_strdup_printf (_("%s · page %u"), list_date, page);
  else if (page > 0)
    subtitle = g_strdup_printf (_("Page %u"), page);
  else
    subtitle = g_strdup (list_date);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "document-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (row), "page", GUINT_TO_POINTER (page));
  gtk_list_box_append (self->list, row);
}

static void
show_latest (DossierDocumentChooser *self)
{
  g_autoptr(GListModel) documents = dossier_library_list_documents (self->library,
                                                                    DOSSIER_DOCUMENT_SORT_DATE,
                                                                    TRUE, NULL);
  guint n = MIN (g_list_model_get_n_items (documents), N_OFFERED);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *title = dossier_format_document_title (document);

      append_row (self, dossier_document_get_id (document), 0, title,
                  dossier_document_get_date (document));
    }
}

static void
show_hits (DossierDocumentChooser *self,
           const char             *query)
{
  DossierSearchOptions options = { .query = query, .limit = N_OFFERED };
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = dossier_search (self->library, &options, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), hits == NULL);
  if (hits == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      DossierSearchHit *hit = g_ptr_array_index (hits, i);

      append_row (self, hit->id, hit->page, hit->title, hit->date);
    }
}

static void
refresh (DossierDocumentChooser *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  clear_list (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (*query == '\0')
    show_latest (self);
  else
    show_hits (self, query);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  gtk_stack_set_visible_child_name (self->stack,
                                    gtk_list_box_get_row_at_index (self->list, 0) ? "list" : "none");
}

static void
choose_row (DossierDocumentChooser *self,
            GtkListBoxRow          *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "document-id");
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "page"));

  g_signal_emit (self, signals[DOCUMENT_CHOSEN], 0, *id, page);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_row_activated_cb (DossierDocumentChooser *self,
                     GtkListBoxRow          *row)
{
  choose_row (self, row);
}

static void
on_search_activate_cb (DossierDocumentChooser *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    choose_row (self, row);
}

static GtkWidget *
build_content (DossierDocumentChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *none = adw_status_page_new ();

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_box_append (GTK_BOX (box), header);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search the documents’ text"), NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search_entry), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search_entry), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search_entry), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search_entry), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search documents"), -1);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->error_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Documents"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Documents Found"));
  gtk_widget_add_css_class (none, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, none, "none");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  return box;
}

static void
dossier_document_chooser_dispose (GObject *object)
{
  DossierDocumentChooser *self = DOSSIER_DOCUMENT_CHOOSER (object);

  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_document_chooser_parent_class)->dispose (object);
}

static void
dossier_document_chooser_class_init (DossierDocumentChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_document_chooser_dispose;

  /* The document's id, and the page of the search's best hit or 0. */
  signals[DOCUMENT_CHOSEN] = g_signal_new ("document-chosen", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_document_chooser_init (DossierDocumentChooser *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 440, 540);
  gtk_widget_set_size_request (GTK_WIDGET (self), 300, 300);
  adw_window_set_content (ADW_WINDOW (self), build_content (self));
}

DossierDocumentChooser *
dossier_document_chooser_new (GtkWindow      *parent,
                              DossierLibrary *library,
                              const char     *title)
{
  DossierDocumentChooser *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_DOCUMENT_CHOOSER, "transient-for", parent, "title", title,
                       NULL);
  self->library = g_object_ref (library);
  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
dossier_document_chooser_search (DossierDocumentChooser *self,
                                 const char             *text)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_CHOOSER (self));

  g_signal_handlers_block_by_func (self->search_entry, refresh, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, refresh, self);
  refresh (self);
}

gboolean
dossier_document_chooser_choose (DossierDocumentChooser *self,
                                 guint                   index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_CHOOSER (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row == NULL)
    return FALSE;
  choose_row (self, row);
  return TRUE;
}
