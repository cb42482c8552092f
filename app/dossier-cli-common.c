/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-cli-common.h"

void
dossier_cli_print_error (const char *message)
{
  g_printerr ("dossier: %s\n", message);
}

DossierLibrary *
dossier_cli_open_library (const char *library_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ? g_strdup (library_path) : dossier_library_default_path ();
  DossierLibrary *library = dossier_library_open (path, &error);

  if (library == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open the library %s: %s"),
                                                  path, error->message);
      dossier_cli_print_error (message);
    }
  return library;
}

gboolean
dossier_cli_parse_options (const char   *command,
                           const char   *arguments,
                           GOptionEntry *entries,
                           int          *argc,
                           char       ***argv)
{
  g_autofree char *parameter = g_strdup_printf ("%s %s", command, arguments);
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      dossier_cli_print_error (error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
dossier_cli_parse_document_id (const char *text,
                               gint64     *id)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a document id (a number, as "
                                                    "shown by “dossier list”)."),
                                                  text ? text : "");
      dossier_cli_print_error (message);
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

void
dossier_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

void
dossier_cli_add_string_or_null (JsonBuilder *builder,
                                const char  *name,
                                const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}
