/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_DOCUMENT_LIST (dossier_document_list_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocumentList, dossier_document_list, DOSSIER, DOCUMENT_LIST, GObject)

DossierDocumentList *dossier_document_list_new         (DossierLibrary              *library,
                                                        DossierDocumentSort          sort,
                                                        gboolean                     descending,
                                                        const DossierDocumentFilter *filter);
void                 dossier_document_list_set_sort    (DossierDocumentList         *self,
                                                        DossierDocumentSort          sort,
                                                        gboolean                     descending);
void                 dossier_document_list_set_filter  (DossierDocumentList         *self,
                                                        const DossierDocumentFilter *filter);
void                 dossier_document_list_reload      (DossierDocumentList         *self);

void                 dossier_document_filter_clear     (DossierDocumentFilter       *filter);

G_END_DECLS
