/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-cli.h"

/* What the window is given: the files to import, without --library
 * (which the command line has put in $DOSSIER_LIBRARY). */
static GStrv
window_arguments (int    argc,
                  char **argv)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, argv[0]);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--library") && i + 1 < argc)
        i++;
      else if (!g_str_has_prefix (argv[i], "--library="))
        g_strv_builder_add (builder, argv[i]);
    }
  return g_strv_builder_end (builder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierApplication) application = NULL;
  g_auto(GStrv) arguments = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = dossier_cli_run (argc, argv);
  if (status >= 0)
    return status;

  g_set_application_name (_("Dossier"));
  arguments = window_arguments (argc, argv);
  application = dossier_application_new ();
  return g_application_run (G_APPLICATION (application), (int) g_strv_length (arguments), arguments);
}
