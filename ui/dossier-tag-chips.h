/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TAG_CHIPS (dossier_tag_chips_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagChips, dossier_tag_chips, DOSSIER, TAG_CHIPS, AdwPreferencesGroup)

GtkWidget *dossier_tag_chips_new           (void);
void       dossier_tag_chips_set_document  (DossierTagChips *self,
                                            DossierLibrary  *library,
                                            DossierDocument *document);
void       dossier_tag_chips_focus_suggestions (DossierTagChips *self);

G_END_DECLS
