/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_COLOUR_BUTTON (dossier_colour_button_get_type ())
G_DECLARE_FINAL_TYPE (DossierColourButton, dossier_colour_button, DOSSIER, COLOUR_BUTTON, GtkWidget)

/* A tag's colour: a button showing it, opening a palette of colours that
 * read on light and dark backgrounds alike, and a custom colour chooser.
 * "colour-set" is emitted when the user picks one, not when code sets it. */
GtkWidget  *dossier_colour_button_new        (void);
/* "#rrggbb" */
const char *dossier_colour_button_get_colour (DossierColourButton *self);
void        dossier_colour_button_set_colour (DossierColourButton *self,
                                              const char          *colour);

G_END_DECLS
