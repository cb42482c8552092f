/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* Tags the documents @ids (gint64) of @library with one tag the user
 * picks, by hand and accepted, in one transaction; says so in a toast of
 * @overlay with an Undo that takes the tag off again where the tagging
 * put it. */
void dossier_bulk_tag_documents (GtkWindow       *parent,
                                 AdwToastOverlay *overlay,
                                 DossierLibrary  *library,
                                 GArray          *ids);

/* The toast's text: "3 documents tagged “Torture”". */
char *dossier_bulk_tag_describe (guint       n_changed,
                                 guint       n_documents,
                                 const char *tag_name);

G_END_DECLS
