/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-tag-sidebar.h"
#include "dossier-tags.h"

/* How far a child tag sits in from its parent. */
#define INDENT 14

struct _DossierTagSidebar
{
  GtkWidget       parent_instance;
  DossierLibrary *library;      /* owned */
  GtkListBox     *list;         /* child */
  GListModel     *tags;         /* owned: DossierTag, as the list shows them */
  GArray         *selected;     /* gint64: the chosen tags, in the order chosen */
  guint           counts_idle;  /* a count of documents waiting to run */
};

G_DEFINE_FINAL_TYPE (DossierTagSidebar, dossier_tag_sidebar, GTK_TYPE_WIDGET)

enum { SELECTION_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

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

static const char *
facet_heading (const char *facet)
{
  for (guint i = 0; i < G_N_ELEMENTS (facet_headings); i++)
    if (g_str_equal (facet, facet_headings[i].facet))
      return _(facet_headings[i].heading);
  /* The user's own facets go by the name they were given. */
  return facet;
}

static DossierTag *
row_get_tag (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "tag");
}

static gboolean
is_selected (DossierTagSidebar *self,
             gint64             id,
             guint             *index)
{
  for (guint i = 0; i < self->selected->len; i++)
    if (g_array_index (self->selected, gint64, i) == id)
      {
        if (index != NULL)
          *index = i;
        return TRUE;
      }
  return FALSE;
}

/* ---- Rows ---- */

static void
draw_dot_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  DossierTag *tag = data;
  const char *colour = dossier_tag_get_colour (tag);
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    gdk_rgba_parse (&rgba, dossier_tag_default_colour (dossier_tag_get_facet (tag)));
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
update_row_count (GtkListBoxRow *row,
                  guint          count)
{
  DossierTag *tag = row_get_tag (row);
  GtkWidget *name = g_object_get_data (G_OBJECT (row), "name-label");
  GtkWidget *number = g_object_get_data (G_OBJECT (row), "count-label");
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autofree char *label = NULL;

  gtk_label_set_text (GTK_LABEL (number), text);
  /* Kept, so that the tree stays whole, but in the background. */
  if (count == 0)
    gtk_widget_add_css_class (name, "dim-label");
  else
    gtk_widget_remove_css_class (name, "dim-label");
  /* Translators: a tag in the sidebar as a screen reader says it,
   * “Media freedom, 12 documents”. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u document", "%s, %u documents",
                                        count),
                           dossier_tag_get_name (tag), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_row_selected (GtkListBoxRow *row,
                     gboolean       selected)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

  gtk_widget_set_visible (check, selected);
  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (row), "chosen");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "chosen");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  DossierTagSidebar *self = data;
  DossierTag *tag = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = g_object_new (GTK_TYPE_DRAWING_AREA,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *name = gtk_label_new (dossier_tag_get_name (tag));
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *number = gtk_label_new (NULL);
  const char *description = dossier_tag_get_description (tag);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_margin_start (box, INDENT * (int) dossier_tag_get_depth (tag));
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 10);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 10);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot_cb, g_object_ref (tag),
                                  g_object_unref);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (check, "tag-check");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_label_set_xalign (GTK_LABEL (number), 1);

  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), number);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The whole name, which a narrow sidebar cuts short, and what it covers. */
  if (description != NULL && *description != '\0')
    tooltip = g_markup_printf_escaped ("<b>%s</b>\n%s", dossier_tag_get_name (tag), description);
  else
    tooltip = g_markup_escape_text (dossier_tag_get_name (tag), -1);
  gtk_widget_set_tooltip_markup (row, tooltip);
  /* The section's heading is no row: a screen reader hears it here. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  facet_heading (dossier_tag_get_facet (tag)), -1);

  g_object_set_data_full (G_OBJECT (row), "tag", g_object_ref (tag), g_object_unref);
  g_object_set_data (G_OBJECT (row), "name-label", name);
  g_object_set_data (G_OBJECT (row), "count-label", number);
  g_object_set_data (G_OBJECT (row), "check", check);
  /* Counted in a moment (queue_counts()): no number until then. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dossier_tag_get_name (tag), -1);
  update_row_selected (GTK_LIST_BOX_ROW (row), is_selected (self, dossier_tag_get_id (tag), NULL));
  return row;
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       data)
{
  const char *facet = dossier_tag_get_facet (row_get_tag (row));
  GtkWidget *header;

  if (before != NULL && g_str_equal (facet, dossier_tag_get_facet (row_get_tag (before))))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_list_box_row_get_header (row);
  if (header != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (header), "facet"), facet) == 0)
    return;
  header = gtk_label_new (facet_heading (facet));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (header, "tag-sidebar-heading");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  g_object_set_data_full (G_OBJECT (header), "facet", g_strdup (facet), g_free);
  gtk_list_box_row_set_header (row, header);
}

/* ---- Counts ---- */

static gboolean
refresh_counts_cb (gpointer data)
{
  DossierTagSidebar *self = data;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  self->counts_idle = 0;
  counts = dossier_library_count_documents_by_tag (self->library, &error);
  if (counts == NULL)
    {
      g_warning ("Cannot count the documents of each tag: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      gint64 id = dossier_tag_get_id (row_get_tag (row));

      update_row_count (row, GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id)));
    }
  return G_SOURCE_REMOVE;
}

/* Counting takes a moment on a large library: after what is more urgent
 * (the list itself), once for a burst of changes. */
static void
queue_counts (DossierTagSidebar *self)
{
  if (self->counts_idle == 0)
    self->counts_idle = g_idle_add_full (G_PRIORITY_LOW, refresh_counts_cb, self, NULL);
}

/* ---- Tags ---- */

static gboolean
holds_tag (GListModel *tags,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);

      if (dossier_tag_get_id (tag) == id)
        return TRUE;
    }
  return FALSE;
}

static void
reload_tags (DossierTagSidebar *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tags = NULL;
  guint n_selected = self->selected->len;

  tags = dossier_library_list_tags (self->library, NULL, &error);
  if (tags == NULL)
    {
      g_warning ("Cannot list the tags: %s", error->message);
      return;
    }
  /* A chosen tag that was deleted (or merged away) filters no more. */
  for (guint i = self->selected->len; i > 0; i--)
    if (!holds_tag (tags, g_array_index (self->selected, gint64, i - 1)))
      g_array_remove_index (self->selected, i - 1);

  g_set_object (&self->tags, tags);
  gtk_list_box_bind_model (self->list, self->tags, create_row_cb, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (tags) > 0);
  queue_counts (self);
  /* Names may have changed too, and the window shows them. */
  if (n_selected > 0)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
on_row_activated_cb (DossierTagSidebar *self,
                     GtkListBoxRow     *row)
{
  gint64 id = dossier_tag_get_id (row_get_tag (row));
  guint index;

  if (is_selected (self, id, &index))
    g_array_remove_index (self->selected, index);
  else
    g_array_append_val (self->selected, id);
  update_row_selected (row, is_selected (self, id, NULL));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* ---- GObject ---- */

static void
dossier_tag_sidebar_dispose (GObject *object)
{
  DossierTagSidebar *self = DOSSIER_TAG_SIDEBAR (object);

  g_clear_handle_id (&self->counts_idle, g_source_remove);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  if (self->list != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->list));
      self->list = NULL;
    }
  g_clear_object (&self->tags);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_tag_sidebar_parent_class)->dispose (object);
}

static void
dossier_tag_sidebar_finalize (GObject *object)
{
  DossierTagSidebar *self = DOSSIER_TAG_SIDEBAR (object);

  g_array_unref (self->selected);
  G_OBJECT_CLASS (dossier_tag_sidebar_parent_class)->finalize (object);
}

static void
dossier_tag_sidebar_class_init (DossierTagSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_sidebar_dispose;
  object_class->finalize = dossier_tag_sidebar_finalize;

  /* Tags were chosen or let go (or renamed while chosen). */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
dossier_tag_sidebar_init (DossierTagSidebar *self)
{
  self->selected = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_header_func (self->list, update_header_cb, NULL, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "tag-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Tags"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/* ---- Public API ---- */

GtkWidget *
dossier_tag_sidebar_new (void)
{
  return g_object_new (DOSSIER_TYPE_TAG_SIDEBAR, NULL);
}

void
dossier_tag_sidebar_set_library (DossierTagSidebar *self,
                                 DossierLibrary    *library)
{
  g_return_if_fail (DOSSIER_IS_TAG_SIDEBAR (self));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));

  if (self->library == library)
    return;
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_array_set_size (self->selected, 0);
  g_signal_connect_object (library, "tags-changed", G_CALLBACK (reload_tags), self,
                           G_CONNECT_SWAPPED);
  /* Documents came, went or were tagged: only the counts change. */
  g_signal_connect_object (library, "changed", G_CALLBACK (queue_counts), self,
                           G_CONNECT_SWAPPED);
  reload_tags (self);
}

const gint64 *
dossier_tag_sidebar_get_selected (DossierTagSidebar *self,
                                  guint             *n_selected)
{
  g_return_val_if_fail (DOSSIER_IS_TAG_SIDEBAR (self), NULL);
  g_return_val_if_fail (n_selected != NULL, NULL);

  *n_selected = self->selected->len;
  return (const gint64 *) self->selected->data;
}

char *
dossier_tag_sidebar_dup_selected_names (DossierTagSidebar *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (DOSSIER_IS_TAG_SIDEBAR (self), NULL);

  for (guint i = 0; self->tags != NULL && i < self->selected->len; i++)
    for (guint j = 0; j < g_list_model_get_n_items (self->tags); j++)
      {
        g_autoptr(DossierTag) tag = g_list_model_get_item (self->tags, j);

        if (dossier_tag_get_id (tag) == g_array_index (self->selected, gint64, i))
          g_ptr_array_add (names, (gpointer) dossier_tag_get_name (tag));
      }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  /* Every one of them: the list shows what carries them all. */
  return g_strjoinv (" + ", (char **) names->pdata);
}

void
dossier_tag_sidebar_clear_selection (DossierTagSidebar *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (DOSSIER_IS_TAG_SIDEBAR (self));

  if (self->selected->len == 0)
    return;
  g_array_set_size (self->selected, 0);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    update_row_selected (row, FALSE);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}
