/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"
#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_DOCUMENT_VIEW (dossier_document_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocumentView, dossier_document_view, DOSSIER, DOCUMENT_VIEW, GtkWidget)

GtkWidget *dossier_document_view_new                   (void);
/* A NULL @document clears the view. */
void       dossier_document_view_set_document          (DossierDocumentView *self,
                                                        DossierLibrary      *library,
                                                        DossierDocument     *document);
/* Highlights the hits of a search query; NULL clears. */
void       dossier_document_view_set_query             (DossierDocumentView *self,
                                                        const char          *query);
/* Pages count from 1. With a query, goes to its first hit on or after
 * @page, if there is one. */
void       dossier_document_view_show_page             (DossierDocumentView *self,
                                                        guint                page);
guint      dossier_document_view_get_page              (DossierDocumentView *self);
guint      dossier_document_view_get_n_pages           (DossierDocumentView *self);
double     dossier_document_view_get_zoom              (DossierDocumentView *self);
guint      dossier_document_view_get_n_hits            (DossierDocumentView *self);

/* For tests: how many pages hold a rendering now. */
guint      dossier_document_view_get_n_rendered_pages  (DossierDocumentView *self);

G_END_DECLS
