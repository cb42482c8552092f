/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_IMPORT_IMPORTED,
  DOSSIER_IMPORT_DUPLICATE,
  DOSSIER_IMPORT_FAILED,
} DossierImportStatus;

/* What became of one file. */
typedef struct
{
  char                *path;
  DossierImportStatus  status;
  gint64               id;        /* the new document, or the one already there; 0 if failed */
  char                *title;
  char                *reason;    /* why it failed, in words a user understands */
  int                  error;     /* the DossierError code, if it failed */
  char                *warning;   /* imported, but: "No text layer (scanned?)" */
} DossierImportResult;

void         dossier_import_result_free      (DossierImportResult *result);
DossierImportResult *dossier_import_result_copy (const DossierImportResult *result);
const char  *dossier_import_status_to_string (DossierImportStatus  status);
/* One line for people: "12 imported, 1 already in the library, 2 failed". */
char        *dossier_import_summarize        (GPtrArray           *results,
                                              gboolean             cancelled);

/* Called from the import's worker threads, as each file is done. */
typedef void (*DossierImportProgressFunc) (guint                      done,
                                           guint                      total,
                                           const DossierImportResult *result,
                                           gpointer                   user_data);

#define DOSSIER_TYPE_IMPORT (dossier_import_get_type ())
G_DECLARE_FINAL_TYPE (DossierImport, dossier_import, DOSSIER, IMPORT, GObject)

DossierImport *dossier_import_new              (DossierLibrary            *library);
void           dossier_import_set_password     (DossierImport             *self,
                                                const char                *password);
void           dossier_import_set_n_workers    (DossierImport             *self,
                                                guint                      n_workers);
void           dossier_import_set_limits       (DossierImport             *self,
                                                guint                      time_limit_seconds,
                                                guint                      memory_limit_mb,
                                                guint64                    max_bytes);
void           dossier_import_set_helper       (DossierImport             *self,
                                                const char                *helper_path);
/* Blocking, from any thread. Returns: (transfer full) (element-type DossierImportResult) */
GPtrArray     *dossier_import_run              (DossierImport             *self,
                                                const char * const        *paths,
                                                DossierImportProgressFunc  progress,
                                                gpointer                   user_data,
                                                GCancellable              *cancellable,
                                                GError                   **error);
/* The same off the main thread; "progress" is emitted on the main thread. */
void           dossier_import_run_async        (DossierImport             *self,
                                                const char * const        *paths,
                                                GCancellable              *cancellable,
                                                GAsyncReadyCallback        callback,
                                                gpointer                   user_data);
GPtrArray     *dossier_import_run_finish       (DossierImport             *self,
                                                GAsyncResult              *result,
                                                GError                   **error);

G_END_DECLS
