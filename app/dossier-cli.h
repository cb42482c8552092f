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

G_END_DECLS
