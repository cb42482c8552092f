/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-tag.h"

G_BEGIN_DECLS

/* Rows of tags for the lists of the tag manager and the tag picker: the
 * tag's colour, its name set in by its depth in the tree, a lock when it
 * is confidential, and (optionally) how many documents carry it; a heading
 * above the first tag of each facet. */

/* "Issues", "Cases"… for the built-in facets, else @facet itself. */
const char *dossier_tag_row_facet_heading (const char    *facet);
/* A dot of @colour ("#rrggbb"), ringed so that it shows on any background. */
GtkWidget  *dossier_tag_dot_new           (const char    *colour);
void        dossier_tag_dot_set_colour    (GtkWidget     *dot,
                                           const char    *colour);
GtkWidget  *dossier_tag_row_new           (DossierTag    *tag,
                                           gboolean       with_count);
DossierTag *dossier_tag_row_get_tag       (GtkListBoxRow *row);
/* Sets the name in by the tag's depth, or not at all (@indent FALSE: the
 * list shows search results, not the tree). */
void        dossier_tag_row_set_indent    (GtkListBoxRow *row,
                                           gboolean       indent);
/* Makes @list's rows those of @tags, anew. (Rows are added one by one,
 * not bound: a list box bound to a model ignores its filter.) */
void        dossier_tag_row_fill_list     (GtkListBox    *list,
                                           GListModel    *tags,
                                           gboolean       with_count);
/* A GtkListBoxUpdateHeaderFunc: a heading where the facet changes. */
void        dossier_tag_row_update_header (GtkListBoxRow *row,
                                           GtkListBoxRow *before,
                                           gpointer       user_data);

/* The choice of a tag's parent: @parents (of DossierTag) shown as a tree,
 * by name. */
void        dossier_tag_row_setup_parent_combo (AdwComboRow *row,
                                                GListModel  *parents);
/* Fills @parents with "None (top level)" (a tag of id 0), then the tags
 * of @tags in @facet, in tree order, but @except_id. */
void        dossier_tag_row_fill_parents       (GListStore  *parents,
                                                GListModel  *tags,
                                                const char  *facet,
                                                gint64       except_id);

G_END_DECLS
