/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The document list's columns (date, title, from, kind, language, pages)
 * over a model of DossierDocument; cells follow edits as they happen. */
void         dossier_document_columns_append       (GtkColumnView *column_view);
/* The row under a point of @column_view, or NULL. */
GtkListItem *dossier_document_columns_get_item_at  (GtkColumnView *column_view,
                                                    double         x,
                                                    double         y);

G_END_DECLS
