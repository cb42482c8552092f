/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_DOCUMENT_ASKS (dossier_document_asks_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocumentAsks, dossier_document_asks, DOSSIER, DOCUMENT_ASKS,
                      AdwPreferencesGroup)

/* The properties' "Follow-ups" group: the follow-ups a document is
 * evidence for (opened through "win.show-ask"), and the sentences in
 * which the letter asks something, each of which can become a follow-up
 * ("Add as Follow-up…": the add dialog, prefilled). Hidden when there is
 * neither. The sentences are found once the document is shown, in a
 * thread, so that opening it is not held up. */
GtkWidget *dossier_document_asks_new            (void);
void       dossier_document_asks_set_document   (DossierDocumentAsks *self,
                                                 DossierLibrary      *library,
                                                 DossierDocument     *document);
/* How many sentences are offered; the suggestions are read first, here
 * and now, if they are still being read. */
guint      dossier_document_asks_get_n_suggestions (DossierDocumentAsks *self);
/* Opens the add dialog for the @index-th sentence, as its button does;
 * NULL when there is no such sentence. */
GtkWindow *dossier_document_asks_add_suggestion (DossierDocumentAsks *self,
                                                 guint                index);

G_END_DECLS
