/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One extraction helper process, kept alive between files and started
 * again after it crashed or was stopped for taking too long. Blocking;
 * use one per thread. Requests may be queued: send the next file before
 * receiving the current one, and the helper reads it while the caller
 * stores the last. */
typedef struct _DossierExtractor DossierExtractor;

DossierExtractor *dossier_extractor_new             (const char        *helper_path,
                                                     guint              time_limit_seconds,
                                                     guint              memory_limit_mb);
void              dossier_extractor_free            (DossierExtractor  *self);
char            **dossier_extractor_extract         (DossierExtractor  *self,
                                                     const char        *path,
                                                     const char        *password,
                                                     GError           **error);
gboolean          dossier_extractor_send            (DossierExtractor  *self,
                                                     const char        *path,
                                                     const char        *password,
                                                     GError           **error);
char            **dossier_extractor_receive         (DossierExtractor  *self,
                                                     GError           **error);
const char       *dossier_extractor_default_helper  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierExtractor, dossier_extractor_free)

G_END_DECLS
