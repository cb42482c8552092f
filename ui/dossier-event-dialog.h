/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT_DIALOG (dossier_event_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DossierEventDialog, dossier_event_dialog, DOSSIER, EVENT_DIALOG, AdwWindow)

/* Creates an event of @library, or edits @event (NULL: a new one), and
 * emits "event-saved" with it once stored; then it closes. A new round
 * of a process whose previous round has open follow-ups then offers to
 * carry them over (dossier_rollover_dialog_new()). */
DossierEventDialog *dossier_event_dialog_new  (GtkWindow          *parent,
                                               DossierLibrary     *library,
                                               DossierEvent       *event);
/* Stores what the dialog holds, as its Create or Save button does;
 * FALSE, with the dialog still open and saying why, when it cannot. */
gboolean            dossier_event_dialog_save (DossierEventDialog *self);

/* Asks whether to carry the open follow-ups of the round before @event
 * over to it, each with a check box; NULL when there are none. */
GtkWidget          *dossier_rollover_dialog_new (GtkWindow        *parent,
                                                 DossierLibrary   *library,
                                                 DossierEvent     *event);

G_END_DECLS
