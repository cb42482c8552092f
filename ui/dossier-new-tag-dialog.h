/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_NEW_TAG_DIALOG (dossier_new_tag_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DossierNewTagDialog, dossier_new_tag_dialog, DOSSIER, NEW_TAG_DIALOG, AdwWindow)

/* Asks for a new tag of @library (name, facet, parent, colour,
 * description, confidential), @facet chosen to begin with; creates it,
 * emits "tag-created" with it and closes. What the library refuses (a
 * name taken) is said in the dialog, which stays open. */
DossierNewTagDialog *dossier_new_tag_dialog_new (GtkWindow      *parent,
                                                 DossierLibrary *library,
                                                 const char     *facet);

G_END_DECLS
