/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TAG_MANAGER (dossier_tag_manager_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagManager, dossier_tag_manager, DOSSIER, TAG_MANAGER, AdwWindow)

/* The library's tags by facet, as a tree, and one of them edited beside:
 * make, rename, recolour, describe, move, merge and delete tags (a
 * deletion can be undone), and edit their aliases and rules. */
DossierTagManager *dossier_tag_manager_new     (GtkWindow         *parent,
                                                DossierLibrary    *library);
/* Shows the manager of @parent's library, made if it has none yet. */
DossierTagManager *dossier_tag_manager_present (GtkWindow         *parent,
                                                DossierLibrary    *library);
/* The tag being edited (0: none); selects the tag @id. */
gint64             dossier_tag_manager_get_selected_id (DossierTagManager *self);
void               dossier_tag_manager_select_tag      (DossierTagManager *self,
                                                        gint64             id);

G_END_DECLS
