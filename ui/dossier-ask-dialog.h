/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ASK_DIALOG (dossier_ask_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DossierAskDialog, dossier_ask_dialog, DOSSIER, ASK_DIALOG, AdwWindow)

/* Adds a follow-up to @library and emits "ask-added" with it; then it
 * closes. The event offered first is the next one; the setters prefill
 * the rest (a suggestion from a letter, an event's "Add Follow-up…"). */
DossierAskDialog *dossier_ask_dialog_new          (GtkWindow        *parent,
                                                   DossierLibrary   *library);
void              dossier_ask_dialog_set_text     (DossierAskDialog *self,
                                                   const char       *text);
/* 0: none. */
void              dossier_ask_dialog_set_event    (DossierAskDialog *self,
                                                   gint64            event_id);
void              dossier_ask_dialog_set_tags     (DossierAskDialog *self,
                                                   const gint64     *tag_ids,
                                                   guint             n_tag_ids);
/* Evidence: @page from 1, 0 for the whole document. */
void              dossier_ask_dialog_add_document (DossierAskDialog *self,
                                                   gint64            document_id,
                                                   guint             page);
/* The note of the follow-up's first history entry. */
void              dossier_ask_dialog_set_note     (DossierAskDialog *self,
                                                   const char       *note);
/* Adds the follow-up, as the Add button does; FALSE, with the dialog
 * still open and saying why, when it cannot. */
gboolean          dossier_ask_dialog_save         (DossierAskDialog *self);

G_END_DECLS
