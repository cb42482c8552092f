/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* The window's imports: batches run one after another in the background;
 * a password-protected file asks for its password once the files around
 * it are done; a batch ends with "batch-finished" and its summary. */
#define DOSSIER_TYPE_IMPORT_QUEUE (dossier_import_queue_get_type ())
G_DECLARE_FINAL_TYPE (DossierImportQueue, dossier_import_queue, DOSSIER, IMPORT_QUEUE, GObject)

DossierImportQueue *dossier_import_queue_new              (DossierLibrary     *library);
/* The window that password questions belong to; borrowed. */
void                dossier_import_queue_set_parent       (DossierImportQueue *self,
                                                           GtkWindow          *parent);
void                dossier_import_queue_add              (DossierImportQueue *self,
                                                           const char * const *paths);
void                dossier_import_queue_cancel           (DossierImportQueue *self);
gboolean            dossier_import_queue_get_busy         (DossierImportQueue *self);
const char         *dossier_import_queue_get_last_summary (DossierImportQueue *self);

/* Whether @results hold failures or warnings worth a "Details" button. */
gboolean            dossier_import_queue_has_details      (GPtrArray          *results);
void                dossier_import_queue_show_details     (GtkWindow          *parent,
                                                           GPtrArray          *results);

G_END_DECLS
