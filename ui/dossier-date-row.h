/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_DATE_ROW (dossier_date_row_get_type ())
G_DECLARE_FINAL_TYPE (DossierDateRow, dossier_date_row, DOSSIER, DATE_ROW, AdwEntryRow)

/* An entry row for a day, typed as 2016-11-23, 23.11.2016 or "23
 * November 2016", or picked in a calendar. With the apply button shown,
 * a day picked in the calendar is applied at once. */
GtkWidget *dossier_date_row_new      (void);
/* The day typed, as "YYYY-MM-DD", or NULL when the row is blank; FALSE,
 * with the row marked and @error saying how to write one, when what is
 * typed is no day. */
gboolean   dossier_date_row_read     (DossierDateRow  *self,
                                      char           **date,
                                      GError         **error);
void       dossier_date_row_set_date (DossierDateRow  *self,
                                      const char      *date);

G_END_DECLS
