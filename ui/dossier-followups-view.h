/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_FOLLOWUPS_VIEW (dossier_followups_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierFollowupsView, dossier_followups_view, DOSSIER, FOLLOWUPS_VIEW,
                      GtkWidget)

/* The Follow-ups section: the follow-ups, filtered by status, issue,
 * case, event, owner and overdue and sorted by due date (or event, last
 * change, addition) | the follow-up chosen. Folds like the documents'
 * list and reader. "n-overdue" and "n-due-this-week" count the open
 * follow-ups for the sidebar's badge, kept up to date (also at
 * midnight); "show-sidebar" is its sidebar button's state. */
GtkWidget *dossier_followups_view_new              (void);
void       dossier_followups_view_set_library      (DossierFollowupsView *self,
                                                    DossierLibrary       *library);
void       dossier_followups_view_set_primary_menu (DossierFollowupsView *self,
                                                    GMenuModel           *menu);
/* The sidebar's tags narrow the list too: each of them, or a tag under it. */
void       dossier_followups_view_set_tag_filter   (DossierFollowupsView *self,
                                                    const gint64         *tag_ids,
                                                    guint                 n_tag_ids);
/* Shows the follow-up @id in the page (and the page, folded), listed or
 * not; FALSE when there is no such follow-up. */
gboolean   dossier_followups_view_show_ask         (DossierFollowupsView *self,
                                                    gint64                id);
/* The follow-up shown, or 0. */
gint64     dossier_followups_view_get_ask_id       (DossierFollowupsView *self);
guint      dossier_followups_view_get_n_overdue    (DossierFollowupsView *self);
guint      dossier_followups_view_get_n_due_this_week (DossierFollowupsView *self);

G_END_DECLS
