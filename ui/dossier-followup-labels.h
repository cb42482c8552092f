/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the dates of events and follow-ups read in the window: plain text,
 * so that it can be tested without a display. Days are "YYYY-MM-DD";
 * @today NULL means today in the local time zone. */

typedef enum
{
  DOSSIER_DUE_NONE,        /* no due date, or the ask is closed */
  DOSSIER_DUE_LATER,       /* due after this week */
  DOSSIER_DUE_THIS_WEEK,   /* due from today to today + 6 */
  DOSSIER_DUE_OVERDUE,     /* due before today */
} DossierDueState;

/* Days from @from to @to (negative when @to is earlier); FALSE when
 * either is no date. */
gboolean        dossier_followup_days_between   (const char *from,
                                                 const char *to,
                                                 int        *days);
/* "Today", "Tomorrow", "In 12 days", "Yesterday", "12 days ago". */
char           *dossier_followup_countdown      (int         days);
DossierDueState dossier_followup_due_state      (const char *due_date,
                                                 gboolean    open,
                                                 const char *today);
/* "3 days overdue", "Due today", "Due in 3 days", "Due 12 Mar 2026";
 * NULL without a due date. */
char           *dossier_followup_due_text       (const char *due_date,
                                                 gboolean    open,
                                                 const char *today);
/* What the Follow-ups row's badge counts: overdue and due this week;
 * NULL when there is nothing to count. */
char           *dossier_followup_badge_text     (guint       n_overdue,
                                                 guint       n_due_this_week);
/* "2 follow-ups are overdue. 3 are due this week.": the body of the
 * notification sent when Dossier starts; NULL when nothing is due. */
char           *dossier_followup_due_summary    (guint       n_overdue,
                                                 guint       n_due_this_week);
/* Seconds from now to just past the next local midnight, when "today"
 * moves on and with it every countdown and due date. */
guint           dossier_followup_seconds_to_midnight (void);

G_END_DECLS
