/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs a command line such as "dossier --library DIR import a.pdf" and
 * returns the exit status, or -1 when it names no command (the caller then
 * opens the window). Needs no display. */
int  dossier_cli_run        (int    argc,
                             char **argv);
void dossier_cli_print_usage (void);

/* The follow-up commands (dossier-cli-followups.c): each opens the
 * library at @library_path (NULL: the default), runs "events…", "asks…",
 * "export-followups…" or "export-calendar…" (@argv[0]), and returns the
 * exit status. */
int  dossier_cli_events           (const char  *library_path,
                                   int          argc,
                                   char       **argv);
int  dossier_cli_asks             (const char  *library_path,
                                   int          argc,
                                   char       **argv);
int  dossier_cli_export_followups (const char  *library_path,
                                   int          argc,
                                   char       **argv);
int  dossier_cli_export_calendar  (const char  *library_path,
                                   int          argc,
                                   char       **argv);
/* "export-briefing…" (dossier-cli-briefing.c), likewise. */
int  dossier_cli_export_briefing  (const char  *library_path,
                                   int          argc,
                                   char       **argv);

G_END_DECLS
