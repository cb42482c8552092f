/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-document-view.h"
#include "dossier-page-renderer.h"
#include "dossier-page-view.h"
#include "dossier-search.h"

/* The pages box's spacing and margins, as in the .ui: page positions are
 * computed from the page sizes, before GTK has laid them out. */
#define PAGE_SPACING 12
#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0
#define ZOOM_STEP 1.2
/* A press that moves less than this is a click, which clears the selection. */
#define DRAG_THRESHOLD 3.0

typedef struct
{
  DossierPageSize  size;
  DossierPageView *view;           /* borrowed: a child of pages_box */
  GCancellable    *render;         /* owned, nullable: the rendering on its way */
  double           render_scale;
  GCancellable    *rects;          /* owned, nullable: hit rectangles on their way */
  gboolean         rects_known;
  guint            first_hit;      /* into hits */
  guint            n_hits;
} Page;

/* What a request to the renderer needs to find its page again. */
typedef struct
{
  DossierDocumentView *self;       /* owned */
  GCancellable        *cancellable; /* owned: identifies the request */
  guint                index;
  double               scale;
  guint                serial;
} PageRequest;

struct _DossierDocumentView
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *text_warning_label;
  GtkScrolledWindow   *scrolled_window;
  GtkBox              *pages_box;
  GtkEntry            *page_entry;
  GtkLabel            *n_pages_label;
  GtkLabel            *zoom_label;
  GtkWidget           *hits_box;
  GtkLabel            *hits_label;

  DossierLibrary      *library;     /* owned */
  DossierDocument     *document;    /* owned */
  DossierPageRenderer *renderer;    /* owned */
  GCancellable        *cancellable; /* owned: the current document's requests */
  GArray              *pages;       /* owned, of Page */
  char                *query;
  GArray              *hits;        /* owned, of DossierSearchMatch, in page order */
  int                  current_hit;
  int                  revealing_hit; /* shown once its rectangles are known */

  guint                page;        /* from 1; 0: none */
  guint                requested_page;
  double               zoom;
  gboolean             fit_width;

  /* A scroll that waits for the pages to be laid out at their new size. */
  gboolean             has_pending_scroll;
  guint                pending_index;
  double               pending_offset;  /* points from the page's top */
  /* Where that scroll ended: while the view stays there, the page asked
   * for is the current one, even the last of pages too short to reach
   * the top of the view. */
  double               scrolled_value;

  guint                selection_page;  /* from 1; 0: none */
  double               selection_x1, selection_y1, selection_x2, selection_y2;
  char                *selected_text;
  gboolean             selecting;       /* a request is on its way */
  gboolean             selection_dirty; /* and the drag has moved since */
  guint                selection_serial;

  guint                sync_id;
};

G_DEFINE_FINAL_TYPE (DossierDocumentView, dossier_document_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_N_HITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_visible_pages (DossierDocumentView *self);
static void request_hit_rects    (DossierDocumentView *self,
                                  guint                index);

static void
page_clear (gpointer data)
{
  Page *page = data;

  if (page->render != NULL)
    g_cancellable_cancel (page->render);
  if (page->rects != NULL)
    g_cancellable_cancel (page->rects);
  g_clear_object (&page->render);
  g_clear_object (&page->rects);
}

static PageRequest *
page_request_new (DossierDocumentView *self,
                  GCancellable        *cancellable,
                  guint                index)
{
  PageRequest *request = g_new0 (PageRequest, 1);

  request->self = g_object_ref (self);
  request->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  request->index = index;
  return request;
}

static void
page_request_free (PageRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_free (request);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PageRequest, page_request_free)

static Page *
get_page (DossierDocumentView *self,
          guint                index)
{
  g_assert (index < self->pages->len);

  return &g_array_index (self->pages, Page, index);
}

static guint
n_pages (DossierDocumentView *self)
{
  /* NULL once disposed, when late replies may still arrive. */
  return self->pages != NULL ? self->pages->len : 0;
}

/* Where page @index starts in the scrolled content, in pixels. */
static double
page_top (DossierDocumentView *self,
          guint                index)
{
  double top = PAGE_SPACING;

  for (guint i = 0; i < index && i < n_pages (self); i++)
    top += dossier_page_view_get_page_height (get_page (self, i)->view) + PAGE_SPACING;
  return top;
}

static GtkAdjustment *
vadjustment (DossierDocumentView *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

/* Whether GTK has laid the pages out at the size page_top() assumes. */
static gboolean
layout_is_current (DossierDocumentView *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double expected = MAX (page_top (self, n_pages (self)), page_size);

  return page_size > 0 && fabs (gtk_adjustment_get_upper (adjustment) - expected) < 1.5;
}

static void
update_actions (DossierDocumentView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = n_pages (self) > 0;
  gboolean has_hits = self->hits != NULL && self->hits->len > 0;

  gtk_widget_action_set_enabled (widget, "view.zoom-in", loaded && self->zoom < MAX_ZOOM - 1e-6);
  gtk_widget_action_set_enabled (widget, "view.zoom-out", loaded && self->zoom > MIN_ZOOM + 1e-6);
  gtk_widget_action_set_enabled (widget, "view.zoom-fit-width", loaded && !self->fit_width);
  gtk_widget_action_set_enabled (widget, "view.previous-page", loaded && self->page > 1);
  gtk_widget_action_set_enabled (widget, "view.next-page", loaded && self->page < n_pages (self));
  gtk_widget_action_set_enabled (widget, "view.previous-hit", loaded && has_hits);
  gtk_widget_action_set_enabled (widget, "view.next-hit", loaded && has_hits);
  gtk_widget_action_set_enabled (widget, "view.copy",
                                 self->selected_text != NULL && *self->selected_text != '\0');
}

static void
update_page_labels (DossierDocumentView *self)
{
  g_autofree char *page = g_strdup_printf ("%u", self->page);
  /* Translators: after the page number entry, as in “3 of 12” */
  g_autofree char *of_n = g_strdup_printf (_("of %u"), n_pages (self));

  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), page);
  gtk_label_set_text (self->n_pages_label, of_n);
}

static void
update_zoom_label (DossierDocumentView *self)
{
  /* Translators: a zoom level, as in “150%” */
  g_autofree char *text = g_strdup_printf (_("%.0f%%"), self->zoom * 100);

  gtk_label_set_text (self->zoom_label, text);
}

static void
update_hits_label (DossierDocumentView *self)
{
  guint n = self->hits ? self->hits->len : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No hits"));
  else if (self->current_hit < 0)
    text = g_strdup_printf (ngettext ("%u hit", "%u hits", n), n);
  else
    text = g_strdup_printf (_("Hit %u of %u"), (guint) self->current_hit + 1, n);
  gtk_label_set_text (self->hits_label, text);
  gtk_widget_set_visible (self->hits_box, self->query != NULL);
}

static void
set_current_page (DossierDocumentView *self,
                  guint                page)
{
  if (self->page == page)
    return;
  self->page = page;
  update_page_labels (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* The page that shows most; the first of equals. */
static guint
page_in_view (DossierDocumentView *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double top_of_view = gtk_adjustment_get_value (adjustment);
  double bottom_of_view = top_of_view + gtk_adjustment_get_page_size (adjustment);
  double top = PAGE_SPACING, best_shown = -1;
  guint best = 0;

  for (guint i = 0; i < n_pages (self) && top < bottom_of_view; i++)
    {
      double bottom = top + dossier_page_view_get_page_height (get_page (self, i)->view);
      double shown = MIN (bottom, bottom_of_view) - MAX (top, top_of_view);

      if (shown > best_shown + 0.5)
        {
          best = i;
          best_shown = shown;
        }
      top = bottom + PAGE_SPACING;
    }
  return best + 1;
}

static double
pending_scroll_value (DossierDocumentView *self)
{
  double y = page_top (self, self->pending_index) + self->pending_offset * self->zoom;

  return MAX (0, y - PAGE_SPACING);
}

static void
apply_pending_scroll (DossierDocumentView *self)
{
  if (!self->has_pending_scroll || n_pages (self) == 0 || !layout_is_current (self))
    return;
  self->has_pending_scroll = FALSE;
  gtk_adjustment_set_value (vadjustment (self), pending_scroll_value (self));
  self->scrolled_value = gtk_adjustment_get_value (vadjustment (self));
  set_current_page (self, self->pending_index + 1);
  update_visible_pages (self);
}

/* Scrolls to @offset points below the top of page @index, now or as soon as
 * the pages have their new size. */
static void
scroll_to (DossierDocumentView *self,
           guint                index,
           double               offset)
{
  self->has_pending_scroll = TRUE;
  self->pending_index = MIN (index, n_pages (self) - 1);
  self->pending_offset = offset;
  apply_pending_scroll (self);
}

static void
scroll_to_page (DossierDocumentView *self,
                guint                page)
{
  if (n_pages (self) == 0 || page < 1)
    return;
  scroll_to (self, MIN (page, n_pages (self)) - 1, 0);
}

static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  g_autoptr(GBytes) bytes = NULL;

  /* GDK_MEMORY_DEFAULT is cairo's ARGB32 layout: no copy. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
page_rendered_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PageRequest) request = user_data;
  DossierDocumentView *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  Page *page;

  surface = dossier_page_renderer_render_finish (DOSSIER_PAGE_RENDERER (source), result, &error);
  if (surface == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Cannot render page %u: %s", request->index + 1, error->message);
      return;
    }
  if (request->index >= n_pages (self)
      || (page = get_page (self, request->index))->render != request->cancellable)
    {
      cairo_surface_destroy (surface);
      return;
    }
  texture = texture_for_surface (surface);
  cairo_surface_destroy (surface);
  dossier_page_view_set_texture (page->view, texture, request->scale);
  g_clear_object (&page->render);
}

static void
render_page (DossierDocumentView *self,
             guint                index,
             double               scale)
{
  Page *page = get_page (self, index);
  PageRequest *request;

  if (dossier_page_view_get_texture_scale (page->view) == scale
      || (page->render != NULL && page->render_scale == scale))
    return;
  if (page->render != NULL)
    g_cancellable_cancel (page->render);
  g_clear_object (&page->render);
  page->render = g_cancellable_new ();
  page->render_scale = scale;
  request = page_request_new (self, page->render, index);
  request->scale = scale;
  dossier_page_renderer_render_async (self->renderer, index, scale, page->render,
                                      page_rendered_cb, request);
}

static void
forget_page (DossierDocumentView *self,
             guint                index)
{
  Page *page = get_page (self, index);

  if (page->render != NULL)
    g_cancellable_cancel (page->render);
  g_clear_object (&page->render);
  dossier_page_view_set_texture (page->view, NULL, 0);
}

/* Pages within half a view of the visible ones are rendered; all others
 * let go of their rendering, which bounds the memory the view takes. */
static void
update_visible_pages (DossierDocumentView *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double low = gtk_adjustment_get_value (adjustment) - page_size / 2;
  double high = gtk_adjustment_get_value (adjustment) + page_size * 1.5;
  double scale = self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double top = PAGE_SPACING;

  if (self->renderer == NULL || page_size <= 0)
    return;
  for (guint i = 0; i < n_pages (self); i++)
    {
      double bottom = top + dossier_page_view_get_page_height (get_page (self, i)->view);

      if (bottom >= low && top <= high)
        {
          render_page (self, i, scale);
          request_hit_rects (self, i);
        }
      else
        forget_page (self, i);
      top = bottom + PAGE_SPACING;
    }
}

static guint
n_rendered_pages (DossierDocumentView *self)
{
  guint n = 0;

  for (guint i = 0; i < n_pages (self); i++)
    n += dossier_page_view_get_texture_scale (get_page (self, i)->view) > 0;
  return n;
}

/* Hits */

static void
set_current_hit (DossierDocumentView *self,
                 int                  hit)
{
  self->current_hit = hit;
  for (guint i = 0; i < n_pages (self); i++)
    if (get_page (self, i)->n_hits > 0)
      dossier_page_view_set_current_hit (get_page (self, i)->view, hit);
  update_hits_label (self);
}

/* Scrolls so that @hit shows, a third down the view, unless it shows already. */
static void
reveal_hit (DossierDocumentView *self,
            guint                hit)
{
  guint index = g_array_index (self->hits, DossierSearchMatch, hit).page - 1;
  GtkAdjustment *adjustment = vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t area;
  double top;

  if (!dossier_page_view_get_hit_area (get_page (self, index)->view, hit, &area))
    {
      self->revealing_hit = (int) hit;
      request_hit_rects (self, index);
      scroll_to (self, index, 0);
      return;
    }
  self->revealing_hit = -1;
  top = page_top (self, index) + area.origin.y;
  if (!self->has_pending_scroll && top >= value && top + area.size.height <= value + page_size)
    {
      set_current_page (self, index + 1);
      return;
    }
  scroll_to (self, index, (area.origin.y - page_size / 3 + PAGE_SPACING) / self->zoom);
}

static void
go_to_hit (DossierDocumentView *self,
           guint                hit)
{
  set_current_hit (self, (int) hit);
  reveal_hit (self, hit);
}

static void
hit_rects_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PageRequest) request = user_data;
  DossierDocumentView *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rects = NULL;
  Page *page;

  rects = dossier_page_renderer_text_rects_finish (DOSSIER_PAGE_RENDERER (source), result, &error);
  if (rects == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Cannot find the hits on page %u: %s", request->index + 1, error->message);
      return;
    }
  if (request->index >= n_pages (self)
      || (page = get_page (self, request->index))->rects != request->cancellable)
    return;
  g_clear_object (&page->rects);
  page->rects_known = TRUE;
  /* The renderer numbers the ranges of this page; the view, all hits. */
  for (guint i = 0; i < rects->len; i++)
    g_array_index (rects, DossierPageRect, i).range += page->first_hit;
  dossier_page_view_set_hits (page->view, rects);
  dossier_page_view_set_current_hit (page->view, self->current_hit);
  if (self->revealing_hit >= (int) page->first_hit
      && self->revealing_hit < (int) (page->first_hit + page->n_hits))
    reveal_hit (self, (guint) self->revealing_hit);
}

static void
request_hit_rects (DossierDocumentView *self,
                   guint                index)
{
  Page *page = get_page (self, index);
  g_autoptr(GArray) ranges = NULL;

  if (page->n_hits == 0 || page->rects_known || page->rects != NULL)
    return;
  ranges = g_array_sized_new (FALSE, FALSE, sizeof (DossierTextRange), page->n_hits);
  for (guint i = 0; i < page->n_hits; i++)
    {
      DossierSearchMatch *match = &g_array_index (self->hits, DossierSearchMatch,
                                                  page->first_hit + i);
      DossierTextRange range = { match->start, match->end };

      g_array_append_val (ranges, range);
    }
  page->rects = g_cancellable_new ();
  dossier_page_renderer_text_rects_async (self->renderer, index,
                                          (DossierTextRange *) ranges->data, ranges->len,
                                          page->rects, hit_rects_cb,
                                          page_request_new (self, page->rects, index));
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const DossierSearchMatch *first = a, *second = b;

  if (first->page != second->page)
    return first->page < second->page ? -1 : 1;
  return first->start < second->start ? -1 : first->start > second->start;
}

/* Tells each page which hits are its own, and forgets their rectangles. */
static void
assign_hits (DossierDocumentView *self)
{
  guint hit = 0;

  for (guint i = 0; i < n_pages (self); i++)
    {
      Page *page = get_page (self, i);

      if (page->rects != NULL)
        g_cancellable_cancel (page->rects);
      g_clear_object (&page->rects);
      page->rects_known = FALSE;
      page->first_hit = hit;
      while (self->hits != NULL && hit < self->hits->len
             && g_array_index (self->hits, DossierSearchMatch, hit).page == i + 1)
        hit++;
      page->n_hits = hit - page->first_hit;
      dossier_page_view_set_hits (page->view, NULL);
    }
  /* Hits past the last page (a changed file) cannot be shown. */
  if (self->hits != NULL && n_pages (self) > 0)
    g_array_set_size (self->hits, hit);
}

static void
load_hits (DossierDocumentView *self)
{
  g_autoptr(GError) error = NULL;
  guint old_n_hits = self->hits ? self->hits->len : 0;

  g_clear_pointer (&self->hits, g_array_unref);
  self->current_hit = self->revealing_hit = -1;
  if (self->query != NULL && self->document != NULL)
    {
      self->hits = dossier_search_matches (self->library,
                                           dossier_document_get_id (self->document),
                                           self->query, &error);
      /* A query that does not parse simply finds nothing. */
      if (self->hits == NULL)
        g_debug ("No hits for “%s”: %s", self->query, error->message);
      else
        g_array_sort (self->hits, compare_matches);
    }
  assign_hits (self);
  update_hits_label (self);
  update_actions (self);
  update_visible_pages (self);
  if (old_n_hits != (self->hits ? self->hits->len : 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HITS]);
}

/* Zoom */

static double
fit_width_zoom (DossierDocumentView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scrolled_window);
  double width = gtk_adjustment_get_page_size (adjustment) - 2 * PAGE_SPACING;
  double widest = 0;

  for (guint i = 0; i < n_pages (self); i++)
    widest = MAX (widest, get_page (self, i)->size.width);
  if (width <= 0 || widest <= 0)
    return 0;
  return CLAMP (width / widest, MIN_ZOOM, MAX_ZOOM);
}

/* Keeps the point at the top of the view where it is on the page. */
static void
set_zoom (DossierDocumentView *self,
          double               zoom,
          gboolean             fit_width)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->fit_width = fit_width;
  if (fabs (zoom - self->zoom) >= 1e-4 && n_pages (self) > 0)
    {
      if (!self->has_pending_scroll)
        {
          guint index = MAX (self->page, 1) - 1;
          double value = gtk_adjustment_get_value (vadjustment (self));

          self->pending_index = index;
          self->pending_offset = (value + PAGE_SPACING - page_top (self, index)) / self->zoom;
          self->has_pending_scroll = TRUE;
        }
      self->zoom = zoom;
      for (guint i = 0; i < n_pages (self); i++)
        dossier_page_view_set_zoom (get_page (self, i)->view, zoom);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
      apply_pending_scroll (self);
    }
  update_zoom_label (self);
  update_actions (self);
}

/* Selection */

static void
clear_selection (DossierDocumentView *self)
{
  if (self->selection_page > 0 && self->selection_page <= n_pages (self))
    dossier_page_view_set_selection (get_page (self, self->selection_page - 1)->view, NULL);
  self->selection_page = 0;
  self->selection_serial++;
  g_clear_pointer (&self->selected_text, g_free);
  update_actions (self);
}

static void request_selection (DossierDocumentView *self);

static void
selected_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PageRequest) request = user_data;
  DossierDocumentView *self = request->self;
  g_autoptr(DossierPageSelection) selection = NULL;
  g_autoptr(GError) error = NULL;

  selection = dossier_page_renderer_select_finish (DOSSIER_PAGE_RENDERER (source), result, &error);
  if (source != (GObject *) self->renderer)
    return;
  self->selecting = FALSE;
  if (selection != NULL && request->serial == self->selection_serial && self->selection_page > 0)
    {
      dossier_page_view_set_selection (get_page (self, self->selection_page - 1)->view,
                                       selection->rects);
      g_free (self->selected_text);
      self->selected_text = g_steal_pointer (&selection->text);
      update_actions (self);
    }
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Cannot select text: %s", error->message);
  if (self->selection_dirty)
    request_selection (self);
}

/* One request at a time: a drag moves faster than Poppler selects. */
static void
request_selection (DossierDocumentView *self)
{
  PageRequest *request;

  if (self->selection_page == 0 || self->renderer == NULL)
    return;
  if (self->selecting)
    {
      self->selection_dirty = TRUE;
      return;
    }
  self->selecting = TRUE;
  self->selection_dirty = FALSE;
  request = page_request_new (self, NULL, self->selection_page - 1);
  request->serial = self->selection_serial;
  dossier_page_renderer_select_async (self->renderer, self->selection_page - 1,
                                      self->selection_x1, self->selection_y1,
                                      self->selection_x2, self->selection_y2,
                                      self->cancellable, selected_cb, request);
}

static DossierPageView *
page_view_at (DossierDocumentView *self,
              double               x,
              double               y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->pages_box), x, y, GTK_PICK_DEFAULT);

  while (widget != NULL && !DOSSIER_IS_PAGE_VIEW (widget) && widget != GTK_WIDGET (self->pages_box))
    widget = gtk_widget_get_parent (widget);
  return DOSSIER_IS_PAGE_VIEW (widget) ? DOSSIER_PAGE_VIEW (widget) : NULL;
}

/* A point of the pages box in points of the selected page, on the page. */
static void
point_on_page (DossierDocumentView *self,
               double               x,
               double               y,
               double              *page_x,
               double              *page_y)
{
  Page *page = get_page (self, self->selection_page - 1);
  double px = 0, py = 0;

  gtk_widget_translate_coordinates (GTK_WIDGET (self->pages_box), GTK_WIDGET (page->view),
                                    x, y, &px, &py);
  *page_x = CLAMP (px / self->zoom, 0, page->size.width);
  *page_y = CLAMP (py / self->zoom, 0, page->size.height);
}

static void
on_drag_begin_cb (DossierDocumentView *self,
                  double               x,
                  double               y,
                  GtkGestureDrag      *gesture)
{
  DossierPageView *view = page_view_at (self, x, y);

  clear_selection (self);
  if (view == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
  self->selection_page = dossier_page_view_get_index (view) + 1;
  point_on_page (self, x, y, &self->selection_x1, &self->selection_y1);
}

static void
on_drag_update_cb (DossierDocumentView *self,
                   double               offset_x,
                   double               offset_y,
                   GtkGestureDrag      *gesture)
{
  double x, y;

  if (self->selection_page == 0
      || (fabs (offset_x) < DRAG_THRESHOLD && fabs (offset_y) < DRAG_THRESHOLD))
    return;
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  point_on_page (self, x + offset_x, y + offset_y, &self->selection_x2, &self->selection_y2);
  request_selection (self);
}

/* Callbacks and actions */

/* What follows a scroll or a new layout: GTK may be laying the widgets
 * out when the adjustments change, and resizing any now would leave them
 * without an allocation for this frame; so this runs just after. */
static gboolean
sync_cb (gpointer data)
{
  DossierDocumentView *self = data;
  double zoom;

  self->sync_id = 0;
  if (n_pages (self) == 0)
    return G_SOURCE_REMOVE;
  zoom = self->fit_width ? fit_width_zoom (self) : 0;
  if (zoom > 0)
    set_zoom (self, zoom, TRUE);
  if (self->has_pending_scroll)
    apply_pending_scroll (self);
  else if (fabs (gtk_adjustment_get_value (vadjustment (self)) - self->scrolled_value) >= 0.5)
    {
      self->scrolled_value = -1;
      set_current_page (self, page_in_view (self));
    }
  update_visible_pages (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_sync (DossierDocumentView *self)
{
  if (self->sync_id == 0)
    self->sync_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, sync_cb, self, NULL);
}

static void
on_layout_changed_cb (DossierDocumentView *self)
{
  /* The viewport places the pages from the value it reads after this:
   * moving now saves a frame drawn at the old place. */
  if (self->has_pending_scroll && n_pages (self) > 0 && layout_is_current (self))
    gtk_adjustment_set_value (vadjustment (self), pending_scroll_value (self));
  schedule_sync (self);
}

static void
on_page_entry_activate_cb (DossierDocumentView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->page_entry));
  guint64 page = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, MAX (n_pages (self), 1), &page, NULL))
    scroll_to_page (self, (guint) page);
  else
    update_page_labels (self);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);

  set_zoom (self, self->zoom * ZOOM_STEP, FALSE);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);

  set_zoom (self, self->zoom / ZOOM_STEP, FALSE);
}

static void
zoom_fit_width_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);
  double zoom = fit_width_zoom (self);

  set_zoom (self, zoom > 0 ? zoom : self->zoom, TRUE);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);

  scroll_to_page (self, self->page + 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);

  if (self->page > 1)
    scroll_to_page (self, self->page - 1);
}

/* From no current hit, the first on or after the page in view. */
static void
next_hit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);
  guint hit = 0;

  if (self->hits == NULL || self->hits->len == 0)
    return;
  if (self->current_hit >= 0)
    hit = ((guint) self->current_hit + 1) % self->hits->len;
  else
    while (hit < self->hits->len
           && g_array_index (self->hits, DossierSearchMatch, hit).page < self->page)
      hit++;
  go_to_hit (self, hit % self->hits->len);
}

static void
previous_hit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);
  guint n, hit;

  if (self->hits == NULL || self->hits->len == 0)
    return;
  n = self->hits->len;
  if (self->current_hit >= 0)
    hit = ((guint) self->current_hit + n - 1) % n;
  else
    {
      hit = n;
      while (hit > 0 && g_array_index (self->hits, DossierSearchMatch, hit - 1).page > self->page)
        hit--;
      hit = (hit + n - 1) % n;
    }
  go_to_hit (self, hit);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (widget);

  if (self->selected_text != NULL && *self->selected_text != '\0')
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->selected_text);
}

/* Loading */

static void
clear_document (DossierDocumentView *self)
{
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_selection (self);
  self->selecting = self->selection_dirty = FALSE;
  g_clear_object (&self->renderer);
  g_array_set_size (self->pages, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);
  g_clear_pointer (&self->hits, g_array_unref);
  self->current_hit = self->revealing_hit = -1;
  self->has_pending_scroll = FALSE;
  self->scrolled_value = -1;
  self->requested_page = 0;
  self->page = 0;
  g_clear_object (&self->document);
  g_clear_object (&self->library);
}

static void
add_pages (DossierDocumentView *self,
           GArray              *sizes)
{
  g_array_set_size (self->pages, sizes->len);
  for (guint i = 0; i < sizes->len; i++)
    {
      Page *page = get_page (self, i);

      page->size = g_array_index (sizes, DossierPageSize, i);
      page->view = DOSSIER_PAGE_VIEW (dossier_page_view_new (i, &page->size));
      dossier_page_view_set_zoom (page->view, self->zoom);
      gtk_box_append (self->pages_box, GTK_WIDGET (page->view));
    }
}

static void
show_error (DossierDocumentView *self,
            const GError        *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DossierDocumentView) self = user_data;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GError) error = NULL;
  double zoom;

  sizes = dossier_page_renderer_load_finish (DOSSIER_PAGE_RENDERER (source), result, &error);
  if (source != (GObject *) self->renderer)
    return;
  if (sizes == NULL)
    {
      show_error (self, error);
      return;
    }
  add_pages (self, sizes);
  zoom = fit_width_zoom (self);
  set_zoom (self, zoom > 0 ? zoom : 1.0, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "document");
  assign_hits (self);
  update_hits_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (self->requested_page > 0)
    dossier_document_view_show_page (self, self->requested_page);
  else
    scroll_to_page (self, 1);
  update_page_labels (self);
  update_actions (self);
}

/* GObject */

static void
dossier_document_view_dispose (GObject *object)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_object (&self->renderer);
  g_clear_object (&self->document);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_DOCUMENT_VIEW);

  G_OBJECT_CLASS (dossier_document_view_parent_class)->dispose (object);
}

static void
dossier_document_view_finalize (GObject *object)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (object);

  g_free (self->query);
  g_free (self->selected_text);

  G_OBJECT_CLASS (dossier_document_view_parent_class)->finalize (object);
}

static void
dossier_document_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, dossier_document_view_get_n_pages (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_N_HITS:
      g_value_set_uint (value, dossier_document_view_get_n_hits (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierDocumentView *self = DOSSIER_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      dossier_document_view_show_page (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_HITS] =
    g_param_spec_uint ("n-hits", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-fit-width", NULL,
                                   zoom_fit_width_action);
  gtk_widget_class_install_action (widget_class, "view.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "view.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "view.next-hit", NULL, next_hit_action);
  gtk_widget_class_install_action (widget_class, "view.previous-hit", NULL, previous_hit_action);
  gtk_widget_class_install_action (widget_class, "view.copy", NULL, copy_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "view.zoom-fit-width", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "view.next-hit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "view.next-hit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.previous-hit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK,
                                       "view.previous-hit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "view.copy", NULL);
}

static void
dossier_document_view_class_init (DossierDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_document_view_dispose;
  object_class->finalize = dossier_document_view_finalize;
  object_class->get_property = dossier_document_view_get_property;
  object_class->set_property = dossier_document_view_set_property;
  install_properties (object_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, error_page);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, text_warning_label);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, pages_box);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, page_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, n_pages_label);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, hits_box);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentView, hits_label);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_activate_cb);

  install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "documentview");
}

/* The scrolled window takes Ctrl+Page Up/Down for sideways scrolling before
 * the view's own bindings see them: these go first. */
static void
add_page_shortcuts (DossierDocumentView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, GDK_CONTROL_MASK),
                      gtk_named_action_new ("view.next-page")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, GDK_CONTROL_MASK),
                      gtk_named_action_new ("view.previous-page")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
add_selection_gesture (DossierDocumentView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->pages_box), GTK_EVENT_CONTROLLER (drag));
}

static void
dossier_document_view_init (DossierDocumentView *self)
{
  GtkAdjustment *hadjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, page_clear);
  self->cancellable = g_cancellable_new ();
  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->scrolled_value = -1;
  self->current_hit = self->revealing_hit = -1;

  g_signal_connect_object (vadjustment (self), "value-changed",
                           G_CALLBACK (schedule_sync), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "changed",
                           G_CALLBACK (on_layout_changed_cb), self, G_CONNECT_SWAPPED);
  hadjustment = gtk_scrolled_window_get_hadjustment (self->scrolled_window);
  g_signal_connect_object (hadjustment, "changed",
                           G_CALLBACK (schedule_sync), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (update_visible_pages), NULL);
  add_page_shortcuts (self);
  add_selection_gesture (self);

  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_zoom_label (self);
  update_hits_label (self);
  update_actions (self);
}

/* Public API */

GtkWidget *
dossier_document_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_DOCUMENT_VIEW, NULL);
}

void
dossier_document_view_set_document (DossierDocumentView *self,
                                    DossierLibrary      *library,
                                    DossierDocument     *document)
{
  const char *warning;
  gboolean had_pages;

  g_return_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self));
  g_return_if_fail (document == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (document == NULL || DOSSIER_IS_DOCUMENT (document));

  if (document != NULL && self->document != NULL && library == self->library
      && dossier_document_get_id (document) == dossier_document_get_id (self->document))
    return;

  had_pages = n_pages (self) > 0;
  clear_document (self);
  if (had_pages)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  if (document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      load_hits (self);
      return;
    }

  self->library = g_object_ref (library);
  self->document = g_object_ref (document);
  warning = dossier_document_get_text_warning (document);
  gtk_label_set_text (self->text_warning_label, warning ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->text_warning_label), warning != NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  self->renderer = dossier_page_renderer_new (dossier_document_get_file (document));
  dossier_page_renderer_load_async (self->renderer, self->cancellable, loaded_cb,
                                    g_object_ref (self));
  load_hits (self);
}

void
dossier_document_view_set_query (DossierDocumentView *self,
                                 const char          *query)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self));

  if (query != NULL && *query == '\0')
    query = NULL;
  if (g_strcmp0 (query, self->query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);
  load_hits (self);
}

void
dossier_document_view_show_page (DossierDocumentView *self,
                                 guint                page)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self));

  if (n_pages (self) == 0)
    {
      self->requested_page = page;
      return;
    }
  page = CLAMP (page, 1, n_pages (self));
  for (guint i = 0; self->hits != NULL && i < self->hits->len; i++)
    if (g_array_index (self->hits, DossierSearchMatch, i).page >= page)
      {
        go_to_hit (self, i);
        return;
      }
  scroll_to_page (self, page);
}

guint
dossier_document_view_get_page (DossierDocumentView *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self), 0);

  return self->page;
}

guint
dossier_document_view_get_n_pages (DossierDocumentView *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self), 0);

  return n_pages (self);
}

double
dossier_document_view_get_zoom (DossierDocumentView *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self), 1.0);

  return self->zoom;
}

guint
dossier_document_view_get_n_hits (DossierDocumentView *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self), 0);

  return self->hits ? self->hits->len : 0;
}

guint
dossier_document_view_get_n_rendered_pages (DossierDocumentView *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_VIEW (self), 0);

  return n_rendered_pages (self);
}
