/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The command line's briefing pack: dossier export-briefing. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <glib-unix.h>
#include <glib/gi18n.h>

#include "dossier-briefing.h"
#include "dossier-cli.h"
#include "dossier-cli-common.h"
#include "dossier-error.h"
#include "dossier-format.h"
#include "dossier-tags.h"

#define EXIT_USAGE 2

typedef struct
{
  GMainLoop             *loop;
  DossierBriefingResult *result;
  GError                *error;
  gboolean               show_progress;
} Export;

/* A tag as the user names it: an id, "facet:name", a name or an alias. */
static gboolean
find_tag (DossierLibrary *library,
          const char     *text,
          const char     *facet,
          gint64         *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_lookup_tag (library, text, &error);

  if (tag == NULL)
    {
      dossier_cli_print_error (error->message);
      return FALSE;
    }
  if (facet != NULL && !g_str_equal (dossier_tag_get_facet (tag), facet))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a country tag."), text);

      dossier_cli_print_error (message);
      return FALSE;
    }
  *id = dossier_tag_get_id (tag);
  return TRUE;
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  Export *export = user_data;

  if (export->show_progress)
    g_printerr ("\r\033[K%3d%%  %s", (int) (fraction * 100 + 0.5), message);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Export *export = user_data;

  export->result = dossier_briefing_write_finish (DOSSIER_LIBRARY (source), result,
                                                  &export->error);
  g_main_loop_quit (export->loop);
}

static int
report (Export *export)
{
  DossierBriefingResult *result = export->result;

  if (export->show_progress)
    g_printerr ("\r\033[K");
  if (result == NULL)
    {
      dossier_cli_print_error (export->error->message);
      return EXIT_FAILURE;
    }
  for (guint i = 0; result->warnings[i] != NULL; i++)
    g_printerr (_("dossier: warning: %s\n"), result->warnings[i]);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s: %u page", "Wrote %s: %u pages",
                        result->n_pages),
           result->path, result->n_pages);
  g_print (g_dngettext (GETTEXT_PACKAGE, ", %u document annexed.\n",
                        ", %u documents annexed.\n", result->n_annexes),
           result->n_annexes);
  if (result->n_left_out > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u confidential document was left out of this external pack.\n",
                          "%u confidential documents were left out of this external pack.\n",
                          result->n_left_out),
             result->n_left_out);
  return EXIT_SUCCESS;
}

static int
write_pack (DossierLibrary               *library,
            const DossierBriefingOptions *options,
            const char                   *output)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Export export = { 0 };
  guint interrupt;
  int status;

  export.loop = g_main_loop_new (NULL, FALSE);
  export.show_progress = isatty (STDERR_FILENO);
  /* Ctrl+C stops the export and leaves no half-written file. */
  interrupt = g_unix_signal_add (SIGINT, cancel_cb, cancellable);
  dossier_briefing_write_async (library, options, file, cancellable, progress_cb, &export, NULL,
                                written_cb, &export);
  g_main_loop_run (export.loop);
  g_source_remove (interrupt);

  status = report (&export);
  g_clear_pointer (&export.result, dossier_briefing_result_free);
  g_clear_error (&export.error);
  g_main_loop_unref (export.loop);
  return status;
}

int
dossier_cli_export_briefing (const char  *library_path,
                             int          argc,
                             char       **argv)
{
  gint64 event_id = 0;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) documents = NULL;
  g_auto(GStrv) passwords = NULL;
  g_autofree char *country = NULL, *from = NULL, *to = NULL, *organisation = NULL;
  g_autofree char *title = NULL, *output = NULL;
  gboolean external = FALSE, no_annexes = FALSE;
  GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &event_id, N_("The event the pack is for"), "ID" },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags,
      N_("An issue or case the pack is about"), "T" },
    { "country", 0, 0, G_OPTION_ARG_STRING, &country,
      N_("Only documents about this country"), "C" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only documents from this date"), "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only documents up to this date"), "DATE" },
    { "external", 0, 0, G_OPTION_ARG_NONE, &external,
      N_("For outside eyes: leave out what is confidential, and notes"), NULL },
    { "doc", 0, 0, G_OPTION_ARG_STRING_ARRAY, &documents,
      N_("Annex this document (instead of the default choice)"), "ID" },
    { "no-annexes", 0, 0, G_OPTION_ARG_NONE, &no_annexes, N_("Annex no documents"), NULL },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation,
      N_("The organisation named on the cover"), "NAME" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The pack’s title"), "TITLE" },
    { "password", 0, 0, G_OPTION_ARG_STRING_ARRAY, &passwords,
      N_("Password of protected originals"), "P" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE.pdf" },
    { NULL }
  };
  g_autofree char *parameter = g_strdup_printf ("export-briefing %s", _("-o FILE.pdf"));
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierBriefingOptions) options = dossier_briefing_options_new ();

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      dossier_cli_print_error (error->message);
      return EXIT_USAGE;
    }
  if (output == NULL || argc > 1)
    {
      dossier_cli_print_error (_("Say where to write the pack: -o FILE.pdf."));
      return EXIT_USAGE;
    }
  if (event_id != 0 && (tags != NULL || country != NULL || from != NULL || to != NULL))
    {
      dossier_cli_print_error (_("Choose the pack either by --event or by --tag, --country and dates, "
                     "not both."));
      return EXIT_USAGE;
    }
  if (event_id == 0 && tags == NULL && country == NULL && from == NULL && to == NULL)
    {
      dossier_cli_print_error (_("Choose what the pack is for: --event ID, or --tag T (with --country, "
                     "--from, --to)."));
      return EXIT_USAGE;
    }
  if (no_annexes && documents != NULL)
    {
      dossier_cli_print_error (_("--no-annexes and --doc contradict each other."));
      return EXIT_USAGE;
    }

  library = dossier_cli_open_library (library_path);
  if (library == NULL)
    return EXIT_FAILURE;

  options->event_id = event_id;
  options->external = external;
  options->organisation = g_steal_pointer (&organisation);
  options->title = g_steal_pointer (&title);
  options->passwords = g_steal_pointer (&passwords);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gint64 id;

      if (!find_tag (library, tags[i], NULL, &id))
        return EXIT_FAILURE;
      dossier_briefing_options_add_tag (options, id);
    }
  if (country != NULL && !find_tag (library, country, DOSSIER_FACET_COUNTRY, &options->country_id))
    return EXIT_FAILURE;
  options->date_from = from ? dossier_format_normalize_date (from) : NULL;
  options->date_to = to ? dossier_format_normalize_date (to) : NULL;
  if (no_annexes)
    options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; documents != NULL && documents[i] != NULL; i++)
    {
      gint64 id;

      if (!dossier_cli_parse_document_id (documents[i], &id))
        return EXIT_USAGE;
      dossier_briefing_options_add_annex (options, id);
    }
  return write_pack (library, options, output);
}
