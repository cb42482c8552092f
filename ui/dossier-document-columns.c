/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-document.h"
#include "dossier-document-columns.h"
#include "dossier-format.h"

typedef char *(*CellFormatFunc) (DossierDocument *document);

typedef struct
{
  const char     *title;
  CellFormatFunc  format;
  float           xalign;
  gboolean        expand;
  int             fixed_width;
} ColumnSpec;

static char *
format_date_cell (DossierDocument *document)
{
  return dossier_format_list_date (dossier_document_get_date (document));
}

static char *
format_senders_cell (DossierDocument *document)
{
  return dossier_format_join_senders (dossier_document_get_senders (document));
}

static char *
format_kind_cell (DossierDocument *document)
{
  const char *kind = dossier_document_get_kind (document);

  return g_strdup (kind != NULL ? dossier_kind_get_display_name (kind) : "");
}

/* The code, "EN", "RU": names would not fit; the tooltip and the
 * properties give them whole. */
static char *
format_language_cell (DossierDocument *document)
{
  const char *language = dossier_document_get_language (document);

  return language != NULL ? g_ascii_strup (language, -1) : g_strdup ("");
}

static char *
format_pages_cell (DossierDocument *document)
{
  return g_strdup_printf ("%u", dossier_document_get_n_pages (document));
}

static const ColumnSpec columns[] = {
  { NC_("column", "Date"), format_date_cell, 0.0f, FALSE, 104 },
  { NC_("column", "Title"), dossier_format_document_title, 0.0f, TRUE, -1 },
  { NC_("column", "From"), format_senders_cell, 0.0f, FALSE, 124 },
  { NC_("column", "Kind"), format_kind_cell, 0.0f, FALSE, 100 },
  { NC_("column", "Language"), format_language_cell, 0.0f, FALSE, 82 },
  { NC_("column", "Pages"), format_pages_cell, 1.0f, FALSE, 56 },
};

static void
update_cell (GtkLabel        *label,
             DossierDocument *document)
{
  const ColumnSpec *spec = g_object_get_data (G_OBJECT (label), "column");
  g_autofree char *text = spec->format (document);

  gtk_label_set_text (label, text);
  if (spec->format == dossier_format_document_title)
    {
      /* Unreviewed documents stand out, as unread mail does. */
      if (dossier_document_get_reviewed (document))
        gtk_widget_remove_css_class (GTK_WIDGET (label), "unreviewed");
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "unreviewed");
    }
}

static void
on_cell_document_notify_cb (DossierDocument *document,
                            GParamSpec      *pspec,
                            GtkLabel        *label)
{
  update_cell (label, document);
}

/* Asked for when shown, not set on every bind: GTK 4.8 asks the X server
 * where the pointer is each time a tooltip text changes. */
static gboolean
on_language_query_tooltip_cb (GtkWidget  *label,
                              int         x,
                              int         y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip,
                              gpointer    data)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "list-item");
  DossierDocument *document = item ? gtk_list_item_get_item (item) : NULL;
  const char *language = document ? dossier_document_get_language (document) : NULL;

  if (language == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, dossier_language_get_display_name (language));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const ColumnSpec         *spec)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), spec->xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_set_data (G_OBJECT (label), "column", (gpointer) spec);
  /* Lets a right click find the row under the pointer. */
  g_object_set_data (G_OBJECT (label), "list-item", item);
  if (spec->xalign == 1.0f)
    gtk_widget_add_css_class (label, "numeric");
  if (spec->format == format_language_cell)
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_language_query_tooltip_cb), NULL);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const ColumnSpec         *spec)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  DossierDocument *document = gtk_list_item_get_item (item);
  gulong handler;

  update_cell (label, document);
  handler = g_signal_connect_object (document, "notify", G_CALLBACK (on_cell_document_notify_cb),
                                     label, 0);
  g_object_set_data (G_OBJECT (label), "notify-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                const ColumnSpec         *spec)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "notify-handler"));

  if (handler != 0)
    g_signal_handler_disconnect (gtk_list_item_get_item (item), handler);
  g_object_set_data (G_OBJECT (label), "notify-handler", NULL);
}

void
dossier_document_columns_append (GtkColumnView *column_view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (g_dpgettext2 (NULL, "column", columns[i].title),
                                           factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].fixed_width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].fixed_width);
      gtk_column_view_append_column (column_view, column);
      g_object_unref (column);
    }
}

GtkListItem *
dossier_document_columns_get_item_at (GtkColumnView *column_view,
                                      double         x,
                                      double         y)
{
  GtkWidget *widget;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (column_view), NULL);

  widget = gtk_widget_pick (GTK_WIDGET (column_view), x, y, GTK_PICK_DEFAULT);
  for (; widget != NULL && widget != GTK_WIDGET (column_view);
       widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (widget), "list-item");
      if (item != NULL)
        return item;
    }
  return NULL;
}
