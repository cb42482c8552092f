/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENTS_VIEW (dossier_events_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierEventsView, dossier_events_view, DOSSIER, EVENTS_VIEW, GtkWidget)

/* The Events section: the events by process and date with the next one
 * and its countdown on top | the event chosen. Folds like the documents'
 * list and reader. "show-sidebar" is its sidebar button's state. */
GtkWidget *dossier_events_view_new              (void);
void       dossier_events_view_set_library      (DossierEventsView *self,
                                                 DossierLibrary    *library);
void       dossier_events_view_set_primary_menu (DossierEventsView *self,
                                                 GMenuModel        *menu);
/* Shows the event @id in the page (and the page, folded); FALSE when the
 * list has no such event. */
gboolean   dossier_events_view_show_event       (DossierEventsView *self,
                                                 gint64             id);
/* The event shown, or 0. */
gint64     dossier_events_view_get_event_id     (DossierEventsView *self);

G_END_DECLS
