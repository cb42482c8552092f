/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())
G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). */
DossierWindow  *dossier_window_new                (GtkApplication  *application,
                                                   DossierLibrary  *library);
DossierLibrary *dossier_window_get_library        (DossierWindow   *self);
/* Imports files and folders in the background, after any import running. */
void            dossier_window_import_files       (DossierWindow   *self,
                                                   GFile          **files,
                                                   guint            n_files);
/* Shows a document, at @page (from 1) and with @query's hits marked. */
void            dossier_window_show_document      (DossierWindow   *self,
                                                   gint64           id,
                                                   guint            page,
                                                   const char      *query);
DossierDocument *dossier_window_get_document      (DossierWindow   *self);
gboolean        dossier_window_get_importing      (DossierWindow   *self);
/* The toast text of the last import that finished, or NULL. */
const char     *dossier_window_get_import_summary (DossierWindow   *self);
/* Deletes for good what is waiting in the trash for an undo. */
void            dossier_window_purge_deleted      (DossierWindow   *self);
/* Shows the Events section with event @id, or Follow-ups with ask @id. */
void            dossier_window_show_event         (DossierWindow   *self,
                                                   gint64           id);
void            dossier_window_show_ask           (DossierWindow   *self,
                                                   gint64           id);

typedef enum
{
  DOSSIER_EXPORT_FOLLOWUPS_CSV,   /* every follow-up, as a spreadsheet */
  DOSSIER_EXPORT_CALENDAR,        /* the events and due dates, as iCalendar */
} DossierFollowupsExport;

/* Writes @what to @file, as the export's file chooser does once a file is
 * chosen, and says how it went: a toast that can open the file, or a
 * dialog with what went wrong. */
gboolean        dossier_window_export_followups   (DossierWindow          *self,
                                                   DossierFollowupsExport  what,
                                                   GFile                  *file);

G_END_DECLS
