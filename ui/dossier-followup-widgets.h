/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-followups.h"

G_BEGIN_DECLS

/* Small pieces that the Events and Follow-ups panes, the event and ask
 * pages and the properties share. */

/* A coloured pill with a status's name. */
GtkWidget *dossier_status_pill_new        (DossierAskStatus  status);
void       dossier_status_pill_set_status (GtkWidget        *pill,
                                           DossierAskStatus  status);
/* "Due in 3 days", red when overdue, amber when due this week; hidden
 * without a due date. */
GtkWidget *dossier_due_label_new          (void);
void       dossier_due_label_update       (GtkWidget        *label,
                                           DossierAsk       *ask,
                                           const char       *today);
/* A row for @ask in a boxed list: its text, then its event (unless
 * @show_event is FALSE), owner and due date, its status on the right.
 * The row carries the ask's id as "ask-id" (a gint64 *). */
GtkWidget *dossier_ask_row_new            (DossierAsk       *ask,
                                           gboolean          show_event,
                                           const char       *today);
gint64     dossier_ask_row_get_id         (GtkWidget        *row);
/* One entry of an ask's history: a dot on a vertical line, the time,
 * what changed and the note. The line joins the entries above (unless
 * @first) and below (unless @last). */
GtkWidget *dossier_timeline_entry_new     (const DossierAskChange *change,
                                           gboolean                first,
                                           gboolean                last);
/* A label in a list's group header ("EU–Kazakhstan Human Rights
 * Dialogue"). */
GtkWidget *dossier_list_heading_new       (const char       *text);

/* Shows @message in a toast of the overlay @widget is in. */
void       dossier_show_toast             (GtkWidget        *widget,
                                           const char       *message);

G_END_DECLS
