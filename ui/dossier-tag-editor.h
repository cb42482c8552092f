/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"
#include "dossier-tag.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TAG_EDITOR (dossier_tag_editor_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagEditor, dossier_tag_editor, DOSSIER, TAG_EDITOR, AdwBin)

/* One tag, edited: name, colour, description, confidentiality, parent,
 * aliases and rules, each change stored as it is made; with a live count
 * of the documents the rule being typed matches. Merging and deleting are
 * the "tags.merge" and "tags.delete" actions of an ancestor. Failures show
 * as toasts in the nearest AdwToastOverlay. */
GtkWidget  *dossier_tag_editor_new     (void);
/* @tags: every tag of @library, in tree order, for the choice of parent.
 * Given the tag again (read anew after a change), what the user is typing
 * stays. */
void        dossier_tag_editor_set_tag (DossierTagEditor *self,
                                        DossierLibrary   *library,
                                        DossierTag       *tag,
                                        GListModel       *tags);
DossierTag *dossier_tag_editor_get_tag (DossierTagEditor *self);

G_END_DECLS
