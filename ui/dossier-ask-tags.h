/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ASK_TAGS (dossier_ask_tags_get_type ())
G_DECLARE_FINAL_TYPE (DossierAskTags, dossier_ask_tags, DOSSIER, ASK_TAGS, GtkWidget)

/* A follow-up's issues, cases and the institutions it addresses, as
 * chips that can be removed, and a button that adds one; "changed" after
 * each change the user makes. Stores nothing itself. */
GtkWidget    *dossier_ask_tags_new         (void);
void          dossier_ask_tags_set_library (DossierAskTags *self,
                                            DossierLibrary *library);
void          dossier_ask_tags_set_ids     (DossierAskTags *self,
                                            const gint64   *ids,
                                            guint           n_ids);
/* gint64, in the order shown; never NULL. */
GArray       *dossier_ask_tags_get_ids     (DossierAskTags *self);
/* Adds the tag @id, as choosing it in the button's dialog does; FALSE
 * when it was there already. */
gboolean      dossier_ask_tags_add         (DossierAskTags *self,
                                            gint64          id);

G_END_DECLS
