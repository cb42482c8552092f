/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "dossier-page-view.h"

struct _DossierPageView
{
  GtkWidget        parent_instance;

  guint            index;
  DossierPageSize  size;        /* points */
  double           zoom;        /* logical pixels per point */
  GdkTexture      *texture;     /* owned, nullable */
  double           texture_scale;
  GArray          *hits;        /* owned, nullable, of DossierPageRect */
  int              current_hit;
  GArray          *selection;   /* owned, nullable, of DossierPageRect */
};

G_DEFINE_FINAL_TYPE (DossierPageView, dossier_page_view, GTK_TYPE_WIDGET)

static int
logical_width (DossierPageView *self)
{
  return MAX (1, (int) ceil (self->size.width * self->zoom));
}

static int
logical_height (DossierPageView *self)
{
  return MAX (1, (int) ceil (self->size.height * self->zoom));
}

static void
lookup_accent (GtkWidget *widget,
               GdkRGBA   *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  /* The theme's accent, so that dark and high-contrast styles are right. */
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    gtk_style_context_get_color (context, accent);
}

static graphene_rect_t
scaled_rect (DossierPageView       *self,
             const DossierPageRect *rect)
{
  graphene_rect_t area;

  graphene_rect_init (&area, rect->x * self->zoom, rect->y * self->zoom,
                      rect->width * self->zoom, rect->height * self->zoom);
  return area;
}

static void
append_rect (GtkSnapshot           *snapshot,
             const graphene_rect_t *area,
             const GdkRGBA         *fill,
             const GdkRGBA         *border,
             float                  border_width)
{
  GskRoundedRect outline;
  const float widths[4] = { border_width, border_width, border_width, border_width };
  const GdkRGBA colors[4] = { *border, *border, *border, *border };

  gtk_snapshot_append_color (snapshot, fill, area);
  if (border_width > 0)
    {
      gsk_rounded_rect_init_from_rect (&outline, area, 0);
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }
}

static void
snapshot_hits (DossierPageView *self,
               GtkSnapshot     *snapshot,
               const GdkRGBA   *accent)
{
  GdkRGBA fill = *accent, border = *accent;

  for (guint i = 0; self->hits != NULL && i < self->hits->len; i++)
    {
      const DossierPageRect *rect = &g_array_index (self->hits, DossierPageRect, i);
      gboolean current = (int) rect->range == self->current_hit;
      graphene_rect_t area = scaled_rect (self, rect);

      /* Padding, so that the outline does not cut through the letters. */
      graphene_rect_inset (&area, -2, -1);
      fill.alpha = current ? 0.45 : 0.2;
      border.alpha = current ? 1.0 : 0.6;
      append_rect (snapshot, &area, &fill, &border, current ? 2 : 1);
    }
}

static void
snapshot_selection (DossierPageView *self,
                    GtkSnapshot     *snapshot,
                    const GdkRGBA   *accent)
{
  GdkRGBA fill = *accent;

  fill.alpha = 0.35;
  for (guint i = 0; self->selection != NULL && i < self->selection->len; i++)
    {
      graphene_rect_t area = scaled_rect (self,
                                          &g_array_index (self->selection, DossierPageRect, i));

      append_rect (snapshot, &area, &fill, &fill, 0);
    }
}

static void
dossier_page_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  DossierPageView *self = DOSSIER_PAGE_VIEW (widget);
  /* Paper is white in light and dark styles alike, as PDFs assume. */
  const GdkRGBA paper = { 1, 1, 1, 1 };
  graphene_rect_t bounds;
  GdkRGBA accent;

  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget),
                      gtk_widget_get_height (widget));
  gtk_snapshot_append_color (snapshot, &paper, &bounds);
  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
  lookup_accent (widget, &accent);
  snapshot_hits (self, snapshot, &accent);
  snapshot_selection (self, snapshot, &accent);
}

static void
dossier_page_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  DossierPageView *self = DOSSIER_PAGE_VIEW (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL
                        ? logical_width (self)
                        : logical_height (self);
}

static void
dossier_page_view_dispose (GObject *object)
{
  DossierPageView *self = DOSSIER_PAGE_VIEW (object);

  g_clear_object (&self->texture);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->selection, g_array_unref);

  G_OBJECT_CLASS (dossier_page_view_parent_class)->dispose (object);
}

static void
dossier_page_view_class_init (DossierPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_page_view_dispose;
  widget_class->snapshot = dossier_page_view_snapshot;
  widget_class->measure = dossier_page_view_measure;

  gtk_widget_class_set_css_name (widget_class, "page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dossier_page_view_init (DossierPageView *self)
{
  self->zoom = 1.0;
  self->current_hit = -1;
  gtk_widget_add_css_class (GTK_WIDGET (self), "document-page");
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "text");
}

GtkWidget *
dossier_page_view_new (guint                  index,
                       const DossierPageSize *size)
{
  DossierPageView *self;
  g_autofree char *label = NULL;

  g_return_val_if_fail (size != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_PAGE_VIEW, NULL);
  self->index = index;
  self->size = *size;
  label = g_strdup_printf (_("Page %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return GTK_WIDGET (self);
}

guint
dossier_page_view_get_index (DossierPageView *self)
{
  g_return_val_if_fail (DOSSIER_IS_PAGE_VIEW (self), 0);

  return self->index;
}

void
dossier_page_view_set_zoom (DossierPageView *self,
                            double           zoom)
{
  g_return_if_fail (DOSSIER_IS_PAGE_VIEW (self));

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The height the page takes at its zoom, known before it is laid out. */
int
dossier_page_view_get_page_height (DossierPageView *self)
{
  g_return_val_if_fail (DOSSIER_IS_PAGE_VIEW (self), 0);

  return logical_height (self);
}

void
dossier_page_view_set_texture (DossierPageView *self,
                               GdkTexture      *texture,
                               double           scale)
{
  g_return_if_fail (DOSSIER_IS_PAGE_VIEW (self));
  g_return_if_fail (texture == NULL || GDK_IS_TEXTURE (texture));

  g_set_object (&self->texture, texture);
  self->texture_scale = texture ? scale : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
dossier_page_view_get_texture_scale (DossierPageView *self)
{
  g_return_val_if_fail (DOSSIER_IS_PAGE_VIEW (self), 0);

  return self->texture_scale;
}

void
dossier_page_view_set_hits (DossierPageView *self,
                            GArray          *rects)
{
  g_return_if_fail (DOSSIER_IS_PAGE_VIEW (self));

  g_clear_pointer (&self->hits, g_array_unref);
  if (rects != NULL)
    self->hits = g_array_ref (rects);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The area of @hit in logical pixels of the page, if it is known. */
gboolean
dossier_page_view_get_hit_area (DossierPageView *self,
                                guint            hit,
                                graphene_rect_t *area)
{
  gboolean found = FALSE;

  g_return_val_if_fail (DOSSIER_IS_PAGE_VIEW (self), FALSE);

  for (guint i = 0; self->hits != NULL && i < self->hits->len; i++)
    {
      const DossierPageRect *rect = &g_array_index (self->hits, DossierPageRect, i);
      graphene_rect_t scaled = scaled_rect (self, rect);

      if (rect->range != hit)
        continue;
      if (found)
        graphene_rect_union (area, &scaled, area);
      else
        *area = scaled;
      found = TRUE;
    }
  return found;
}

void
dossier_page_view_set_current_hit (DossierPageView *self,
                                   int              hit)
{
  g_return_if_fail (DOSSIER_IS_PAGE_VIEW (self));

  if (self->current_hit == hit)
    return;
  self->current_hit = hit;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dossier_page_view_set_selection (DossierPageView *self,
                                 GArray          *rects)
{
  g_return_if_fail (DOSSIER_IS_PAGE_VIEW (self));

  if (self->selection == NULL && rects == NULL)
    return;
  g_clear_pointer (&self->selection, g_array_unref);
  if (rects != NULL)
    self->selection = g_array_ref (rects);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
