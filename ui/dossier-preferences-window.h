/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_PREFERENCES_WINDOW (dossier_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (DossierPreferencesWindow, dossier_preferences_window, DOSSIER,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Opening another library activates "app.open-library" with its folder. */
GtkWidget *dossier_preferences_window_new (GtkWindow  *parent,
                                           const char *library_path);

G_END_DECLS
