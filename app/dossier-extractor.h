/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One extraction helper process, kept alive between files and started
 * again after it crashed or was stopped for taking too long. Blocking;
 * use one per thread. */
typedef struct _DossierExtractor DossierExtractor;

DossierExtractor *dossier_extractor_new             (const char        *helper_path,
                                                     guint              time_limit_seconds,
                                                     guint              memory_limit_mb);
void              dossier_extractor_free            (DossierExtractor  *self);
char            **dossier_extractor_extract         (DossierExtractor  *self,
                                                     const char        *path,
                                                     const char        *password,
                                                     GError           **error);
const char       *dossier_extractor_default_helper  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierExtractor, dossier_extractor_free)

G_END_DECLS
