/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TAG_SIDEBAR (dossier_tag_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagSidebar, dossier_tag_sidebar, DOSSIER, TAG_SIDEBAR, GtkWidget)

/* The library's tags, a section per facet that has any, each tag with its
 * colour and how many documents a filter on it lets through. Activating a
 * tag (a click, Enter, Space) chooses it or lets it go; "selection-changed"
 * follows. */
GtkWidget    *dossier_tag_sidebar_new                (void);
void          dossier_tag_sidebar_set_library        (DossierTagSidebar *self,
                                                      DossierLibrary    *library);
/* The chosen tags' ids, in the order chosen. */
const gint64 *dossier_tag_sidebar_get_selected       (DossierTagSidebar *self,
                                                      guint             *n_selected);
/* Their names, "Media freedom + Kazakhstan", or NULL when none is chosen. */
char         *dossier_tag_sidebar_dup_selected_names (DossierTagSidebar *self);
void          dossier_tag_sidebar_clear_selection    (DossierTagSidebar *self);

G_END_DECLS
