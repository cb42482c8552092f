/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include "dossier-pack-writer.h"

G_BEGIN_DECLS

/* An original PDF appended whole to a pack: each page drawn by Poppler
 * onto the pack's own PDF surface, as vectors with its text kept,
 * shrunk a little to make room for the pack's header. Opened, drawn
 * and freed on the writing thread. */
typedef struct _DossierPackAnnex DossierPackAnnex;

/* Tries @passwords (NULL-terminated, may be NULL) in turn on a protected
 * file. Returns: (transfer full): NULL with @error saying why in words
 * (missing, password-protected, damaged). */
DossierPackAnnex *dossier_pack_annex_open        (const char          *path,
                                                  const char * const  *passwords,
                                                  GError             **error);
DossierPackAnnex *dossier_pack_annex_ref         (DossierPackAnnex    *self);
void              dossier_pack_annex_unref       (DossierPackAnnex    *self);
guint             dossier_pack_annex_get_n_pages (DossierPackAnnex    *self);
/* Adds its pages to @writer, each under @header, A4 turned as the
 * original page is; the first listed in the contents as @contents_entry.
 * The writer keeps the annex until it is freed. */
void              dossier_pack_annex_add_pages   (DossierPackAnnex    *self,
                                                  DossierPackWriter   *writer,
                                                  const char          *header,
                                                  const char          *contents_entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPackAnnex, dossier_pack_annex_unref)

G_END_DECLS
