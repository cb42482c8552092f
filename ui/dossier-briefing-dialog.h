/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_BRIEFING_DIALOG (dossier_briefing_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DossierBriefingDialog, dossier_briefing_dialog, DOSSIER, BRIEFING_DIALOG,
                      AdwWindow)

/* A dialog that makes a briefing pack: for the event @event_id (0: the
 * next event, or tags when there is none), transient for @parent. */
DossierBriefingDialog *dossier_briefing_dialog_new        (GtkWindow             *parent,
                                                           DossierLibrary        *library,
                                                           gint64                 event_id);
/* Writes the pack to @file as the Export button does after its file
 * chooser, except that the pack is not opened when written: the
 * chooser's response, and tests, come here. */
void                   dossier_briefing_dialog_export_to  (DossierBriefingDialog *self,
                                                           GFile                 *file);

G_END_DECLS
