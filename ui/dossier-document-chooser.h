/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_DOCUMENT_CHOOSER (dossier_document_chooser_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocumentChooser, dossier_document_chooser, DOSSIER,
                      DOCUMENT_CHOOSER, AdwWindow)

/* A small dialog that finds a document of @library by its text (the
 * latest ones while nothing is typed) and emits "document-chosen" with
 * its id and the page of the best hit (0: the whole document) when the
 * user picks one; then it closes. */
DossierDocumentChooser *dossier_document_chooser_new (GtkWindow      *parent,
                                                      DossierLibrary *library,
                                                      const char     *title);
/* Runs the search for @text at once, as typing it would a moment later. */
void                    dossier_document_chooser_search (DossierDocumentChooser *self,
                                                         const char             *text);
/* Chooses the row at @index, as a click on it does; FALSE if none. */
gboolean                dossier_document_chooser_choose (DossierDocumentChooser *self,
                                                         guint                   index);

G_END_DECLS
