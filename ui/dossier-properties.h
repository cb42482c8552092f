/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_PROPERTIES (dossier_properties_get_type ())
G_DECLARE_FINAL_TYPE (DossierProperties, dossier_properties, DOSSIER, PROPERTIES, GtkWidget)

GtkWidget       *dossier_properties_new           (void);
void             dossier_properties_set_document  (DossierProperties *self,
                                                   DossierLibrary    *library,
                                                   DossierDocument   *document);
DossierDocument *dossier_properties_get_document  (DossierProperties *self);
void             dossier_properties_focus_tags    (DossierProperties *self);

G_END_DECLS
