/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_WRAP_BOX (dossier_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (DossierWrapBox, dossier_wrap_box, DOSSIER, WRAP_BOX, GtkWidget)

/* Children side by side at their natural width, in as many lines as the
 * width needs: what GtkFlowBox does not do, since it aligns them in
 * columns (one wide child puts every child on a line of its own). */
GtkWidget *dossier_wrap_box_new         (void);
void       dossier_wrap_box_append      (DossierWrapBox *self,
                                         GtkWidget      *child);
void       dossier_wrap_box_remove_all  (DossierWrapBox *self);
guint      dossier_wrap_box_get_n_children (DossierWrapBox *self);
/* (nullable): the @index-th child. */
GtkWidget *dossier_wrap_box_get_child   (DossierWrapBox *self,
                                         guint           index);

G_END_DECLS
