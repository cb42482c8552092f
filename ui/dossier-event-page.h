/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT_PAGE (dossier_event_page_get_type ())
G_DECLARE_FINAL_TYPE (DossierEventPage, dossier_event_page, DOSSIER, EVENT_PAGE, GtkWidget)

/* An event: what, when and where, its round in its process, its
 * follow-ups grouped by issue with their status, its documents and its
 * notes (edited in place). A follow-up opens through "win.show-ask", a
 * document through "win.show-document". */
GtkWidget    *dossier_event_page_new       (void);
void          dossier_event_page_set_event (DossierEventPage *self,
                                            DossierLibrary   *library,
                                            DossierEvent     *event);
DossierEvent *dossier_event_page_get_event (DossierEventPage *self);
/* Saves notes being typed now rather than a moment later. */
void          dossier_event_page_commit    (DossierEventPage *self);

G_END_DECLS
