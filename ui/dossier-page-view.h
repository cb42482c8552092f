/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

#include "dossier-page-renderer.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_PAGE_VIEW (dossier_page_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierPageView, dossier_page_view, DOSSIER, PAGE_VIEW, GtkWidget)

/* One page of a DossierDocumentView: the paper, its rendering, search hits
 * and the selection. Rectangles are in points from the page's top-left. */
GtkWidget  *dossier_page_view_new               (guint                  index,
                                                 const DossierPageSize *size);
guint       dossier_page_view_get_index         (DossierPageView       *self);
void        dossier_page_view_set_zoom          (DossierPageView       *self,
                                                 double                 zoom);
int         dossier_page_view_get_page_height   (DossierPageView       *self);
/* @scale: the pixels per point @texture was asked for. */
void        dossier_page_view_set_texture       (DossierPageView       *self,
                                                 GdkTexture            *texture,
                                                 double                 scale);
double      dossier_page_view_get_texture_scale (DossierPageView       *self);
/* @rects: of DossierPageRect, whose range is the hit's number; NULL clears. */
void        dossier_page_view_set_hits          (DossierPageView       *self,
                                                 GArray                *rects);
gboolean    dossier_page_view_get_hit_area      (DossierPageView       *self,
                                                 guint                  hit,
                                                 graphene_rect_t       *area);
void        dossier_page_view_set_current_hit   (DossierPageView       *self,
                                                 int                    hit);
void        dossier_page_view_set_selection     (DossierPageView       *self,
                                                 GArray                *rects);

G_END_DECLS
