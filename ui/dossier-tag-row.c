/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-tag-row.h"

/* How far a child tag sits in from its parent, as in the sidebar. */
#define INDENT 16

static const struct
{
  const char *facet;
  const char *heading;
} facet_headings[] = {
  { DOSSIER_FACET_ISSUE, N_("Issues") },
  { DOSSIER_FACET_CASE, N_("Cases") },
  { DOSSIER_FACET_ORGANISATION, N_("Organisations") },
  { DOSSIER_FACET_INSTITUTION, N_("Institutions") },
  { DOSSIER_FACET_PROCESS, N_("Processes") },
  { DOSSIER_FACET_COUNTRY, N_("Countries") },
};

const char *
dossier_tag_row_facet_heading (const char *facet)
{
  g_return_val_if_fail (facet != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (facet_headings); i++)
    if (g_str_equal (facet, facet_headings[i].facet))
      return _(facet_headings[i].heading);
  /* The user's own facets go by the name they were given. */
  return facet;
}

/* ---- the dot ---- */

static void
draw_dot_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const char *colour = g_object_get_data (G_OBJECT (area), "colour");
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  double radius = MIN (width, height) / 2.0;
  GdkRGBA fill, ring;

  if (colour == NULL || !gdk_rgba_parse (&fill, colour))
    return;
  gtk_style_context_get_color (context, &ring);
  ring.alpha *= 0.3;
  cairo_arc (cr, width / 2.0, height / 2.0, radius - 0.5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &ring);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

GtkWidget *
dossier_tag_dot_new (const char *colour)
{
  GtkWidget *dot = g_object_new (GTK_TYPE_DRAWING_AREA,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 "content-width", 10,
                                 "content-height", 10,
                                 "valign", GTK_ALIGN_CENTER,
                                 NULL);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot_cb, NULL, NULL);
  dossier_tag_dot_set_colour (dot, colour);
  return dot;
}

void
dossier_tag_dot_set_colour (GtkWidget  *dot,
                            const char *colour)
{
  g_return_if_fail (GTK_IS_DRAWING_AREA (dot));

  g_object_set_data_full (G_OBJECT (dot), "colour", g_strdup (colour), g_free);
  gtk_widget_queue_draw (dot);
}

/* ---- rows ---- */

DossierTag *
dossier_tag_row_get_tag (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "tag");
}

void
dossier_tag_row_set_indent (GtkListBoxRow *row,
                            gboolean       indent)
{
  DossierTag *tag = dossier_tag_row_get_tag (row);
  GtkWidget *box = gtk_list_box_row_get_child (row);

  gtk_widget_set_margin_start (box, indent ? INDENT * (int) dossier_tag_get_depth (tag) : 0);
}

static char *
dup_accessible_label (DossierTag *tag,
                      gboolean    with_count)
{
  guint count = dossier_tag_get_n_documents (tag);

  if (!with_count)
    return g_strdup (dossier_tag_get_name (tag));
  /* Translators: a tag in a list as a screen reader says it, “Media
   * freedom, 12 documents”. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u document", "%s, %u documents",
                                       count),
                          dossier_tag_get_name (tag), count);
}

GtkWidget *
dossier_tag_row_new (DossierTag *tag,
                     gboolean    with_count)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (dossier_tag_get_name (tag));
  const char *description = dossier_tag_get_description (tag);
  g_autofree char *tooltip = NULL;
  g_autofree char *label = dup_accessible_label (tag, with_count);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), dossier_tag_dot_new (dossier_tag_get_colour (tag)));
  gtk_box_append (GTK_BOX (box), name);
  if (dossier_tag_get_confidential (tag))
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      gtk_widget_set_tooltip_text (lock, _("Confidential"));
      gtk_widget_add_css_class (lock, "dim-label");
      gtk_box_append (GTK_BOX (box), lock);
    }
  if (with_count)
    {
      g_autofree char *text = g_strdup_printf ("%u", dossier_tag_get_n_documents (tag));
      GtkWidget *number = gtk_label_new (text);

      gtk_widget_add_css_class (number, "dim-label");
      gtk_widget_add_css_class (number, "numeric");
      gtk_box_append (GTK_BOX (box), number);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (description != NULL && *description != '\0')
    tooltip = g_markup_printf_escaped ("<b>%s</b>\n%s", dossier_tag_get_name (tag), description);
  else
    tooltip = g_markup_escape_text (dossier_tag_get_name (tag), -1);
  gtk_widget_set_tooltip_markup (row, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  dossier_tag_row_facet_heading (dossier_tag_get_facet (tag)),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "tag", g_object_ref (tag), g_object_unref);
  dossier_tag_row_set_indent (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

void
dossier_tag_row_fill_list (GtkListBox *list,
                           GListModel *tags,
                           gboolean    with_count)
{
  GtkListBoxRow *row;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (G_IS_LIST_MODEL (tags));

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);

      gtk_list_box_append (list, dossier_tag_row_new (tag, with_count));
    }
}

void
dossier_tag_row_update_header (GtkListBoxRow *row,
                               GtkListBoxRow *before,
                               gpointer       user_data)
{
  const char *facet = dossier_tag_get_facet (dossier_tag_row_get_tag (row));
  GtkWidget *header;

  if (before != NULL &&
      g_str_equal (facet, dossier_tag_get_facet (dossier_tag_row_get_tag (before))))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_list_box_row_get_header (row);
  if (header != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (header), "facet"), facet) == 0)
    return;
  header = gtk_label_new (dossier_tag_row_facet_heading (facet));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (header, "tag-list-heading");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  g_object_set_data_full (G_OBJECT (header), "facet", g_strdup (facet), g_free);
  gtk_list_box_row_set_header (row, header);
}

/* ---- the choice of a parent ---- */

static void
setup_parent_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (item, label);
}

static void
bind_parent_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  DossierTag *tag = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint depth = dossier_tag_get_id (tag) > 0 ? dossier_tag_get_depth (tag) : 0;

  gtk_label_set_text (GTK_LABEL (label), dossier_tag_get_name (tag));
  gtk_widget_set_margin_start (label, INDENT * (int) depth);
}

void
dossier_tag_row_setup_parent_combo (AdwComboRow *row,
                                    GListModel  *parents)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) name = gtk_property_expression_new (DOSSIER_TYPE_TAG, NULL, "name");

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_parent_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_parent_cb), NULL);
  adw_combo_row_set_expression (row, name);
  adw_combo_row_set_list_factory (row, factory);
  adw_combo_row_set_model (row, parents);
}

void
dossier_tag_row_fill_parents (GListStore *parents,
                              GListModel *tags,
                              const char *facet,
                              gint64      except_id)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (G_IS_LIST_STORE (parents));
  g_return_if_fail (facet != NULL);

  g_ptr_array_add (items, dossier_tag_new (0, NULL, _("None (top level)"), facet));
  for (guint i = 0; tags != NULL && i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);

      if (g_str_equal (dossier_tag_get_facet (tag), facet) && dossier_tag_get_id (tag) != except_id)
        g_ptr_array_add (items, g_object_ref (tag));
    }
  g_list_store_splice (parents, 0, g_list_model_get_n_items (G_LIST_MODEL (parents)),
                       items->pdata, items->len);
}
