/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ASK_PAGE (dossier_ask_page_get_type ())
G_DECLARE_FINAL_TYPE (DossierAskPage, dossier_ask_page, DOSSIER, ASK_PAGE, GtkWidget)

/* A follow-up: what is asked, its status (changed through a dialog that
 * asks for a note), due date, owner and next step, each change stored
 * with the library, which keeps it in the history; its issues and cases,
 * its evidence (opened at its page through "win.show-document") and its
 * history as a timeline, oldest first. Actions: "ask.change-status",
 * "ask.add-note". */
GtkWidget  *dossier_ask_page_new     (void);
void        dossier_ask_page_set_ask (DossierAskPage *self,
                                      DossierLibrary *library,
                                      DossierAsk     *ask);
DossierAsk *dossier_ask_page_get_ask (DossierAskPage *self);

G_END_DECLS
