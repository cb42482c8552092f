/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* The size of a page, in PDF points. */
typedef struct
{
  double width;
  double height;
} DossierPageSize;

/* A rectangle on a page, in PDF points from the page's top-left corner;
 * @range says which of the requested ranges it belongs to. */
typedef struct
{
  guint  range;
  double x;
  double y;
  double width;
  double height;
} DossierPageRect;

/* Bytes [start, end) of a page's stored text (see dossier_pdf_extract_text). */
typedef struct
{
  guint start;
  guint end;
} DossierTextRange;

/* What a drag over a page selects. */
typedef struct
{
  char   *text;      /* owned, never NULL */
  GArray *rects;     /* owned, of DossierPageRect (range 0) */
} DossierPageSelection;

void                  dossier_page_selection_free         (DossierPageSelection *selection);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPageSelection, dossier_page_selection_free)

#define DOSSIER_TYPE_PAGE_RENDERER (dossier_page_renderer_get_type ())
G_DECLARE_FINAL_TYPE (DossierPageRenderer, dossier_page_renderer, DOSSIER, PAGE_RENDERER, GObject)

/* Reads one PDF with Poppler on a thread of its own: requests are served
 * one at a time, in order, and complete on the thread-default main context
 * of the caller. Pages count from 0 here. */
DossierPageRenderer  *dossier_page_renderer_new           (const char           *path);
const char           *dossier_page_renderer_get_path      (DossierPageRenderer  *self);

void                  dossier_page_renderer_load_async    (DossierPageRenderer  *self,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
/* Returns: (transfer full): the size of each page, of DossierPageSize. */
GArray               *dossier_page_renderer_load_finish   (DossierPageRenderer  *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);

/* @scale is pixels per point; very large pages come back at a lower
 * scale, so that one page never takes more than a bounded amount of memory. */
void                  dossier_page_renderer_render_async  (DossierPageRenderer  *self,
                                                           guint                 page,
                                                           double                scale,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
/* Returns: (transfer full): an opaque CAIRO_FORMAT_ARGB32 image surface. */
cairo_surface_t      *dossier_page_renderer_render_finish (DossierPageRenderer  *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);

void                  dossier_page_renderer_text_rects_async  (DossierPageRenderer    *self,
                                                               guint                   page,
                                                               const DossierTextRange *ranges,
                                                               guint                   n_ranges,
                                                               GCancellable           *cancellable,
                                                               GAsyncReadyCallback     callback,
                                                               gpointer                user_data);
/* Returns: (transfer full): the rectangles covering each range, one per
 * line it spans, of DossierPageRect. */
GArray               *dossier_page_renderer_text_rects_finish (DossierPageRenderer  *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);

/* Selects the text from (@x1, @y1) to (@x2, @y2) in reading order, as a
 * drag does; points from the page's top-left corner. */
void                  dossier_page_renderer_select_async  (DossierPageRenderer  *self,
                                                           guint                 page,
                                                           double                x1,
                                                           double                y1,
                                                           double                x2,
                                                           double                y2,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
DossierPageSelection *dossier_page_renderer_select_finish (DossierPageRenderer  *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);

G_END_DECLS
