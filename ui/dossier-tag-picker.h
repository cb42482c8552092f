/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"
#include "dossier-tag.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TAG_PICKER (dossier_tag_picker_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagPicker, dossier_tag_picker, DOSSIER, TAG_PICKER, AdwWindow)

/* A small dialog that finds one tag of @library by what is typed (a name
 * or an alias, its start or a later word's), best match first selected,
 * and emits "tag-chosen" with it when the user accepts; then it closes.
 * @title says what for ("Add Tag"), a subtitle to what ("3 documents");
 * @accept_label is the accepting button's ("_Add", "_Merge…"). */
DossierTagPicker *dossier_tag_picker_new          (GtkWindow        *parent,
                                                   DossierLibrary   *library,
                                                   const char       *title,
                                                   const char       *accept_label);
void              dossier_tag_picker_set_subtitle (DossierTagPicker *self,
                                                   const char       *subtitle);
/* A tag not offered: the one a merge starts from. */
void              dossier_tag_picker_set_excluded (DossierTagPicker *self,
                                                   gint64            tag_id);

G_END_DECLS
