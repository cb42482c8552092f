/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

/* Follow-ups as a spreadsheet (CSV) and events and due dates as a
 * calendar (iCalendar). Main thread; each file is written to a temporary
 * name and renamed, so a failed export leaves no half-written file. */

/* Returns: (transfer full): the asks @filter lets through (NULL: every
 * ask by due date) as CSV: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting, a header row; columns id, ask, status, event, event
 * date, process, country, issues, cases, owner, due, next step, overdue,
 * last change, documents. */
char     *dossier_library_followups_to_csv   (DossierLibrary          *self,
                                              const DossierAskFilter  *filter,
                                              GError                 **error);
gboolean  dossier_library_export_followups   (DossierLibrary          *self,
                                              const DossierAskFilter  *filter,
                                              GFile                   *file,
                                              GError                 **error);
/* Returns: (transfer full): an iCalendar (RFC 5545) text: an all-day
 * VEVENT per event, and one per open ask with a due date ("Due: …"),
 * with UIDs that stay the same from one export to the next, so that a
 * calendar importing it again updates instead of duplicating. */
char     *dossier_library_followups_to_ical  (DossierLibrary          *self,
                                              GError                 **error);
gboolean  dossier_library_export_calendar    (DossierLibrary          *self,
                                              GFile                   *file,
                                              GError                 **error);

/* One CSV field, quoted when it needs to be, a formula's leading = + - @
 * defused. Any thread. */
void      dossier_csv_append_field           (GString                 *csv,
                                              const char              *value);

G_END_DECLS
