/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-cli.h"
#include "dossier-cli-common.h"
#include "dossier-document-list.h"
#include "dossier-error.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-rules.h"
#include "dossier-search.h"
#include "dossier-tags.h"

#define EXIT_USAGE 2

typedef struct
{
  char           *library_path;
  DossierLibrary *library;
} Cli;

typedef int (*CommandFunc) (Cli *cli, int argc, char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  run;
  const char  *arguments;
  const char  *summary;
} Command;

static int command_import (Cli *cli, int argc, char **argv);
static int command_list (Cli *cli, int argc, char **argv);
static int command_show (Cli *cli, int argc, char **argv);
static int command_search (Cli *cli, int argc, char **argv);
static int command_edit (Cli *cli, int argc, char **argv);
static int command_reanalyse (Cli *cli, int argc, char **argv);
static int command_delete (Cli *cli, int argc, char **argv);
static int command_rules (Cli *cli, int argc, char **argv);
static int command_cases (Cli *cli, int argc, char **argv);
static int command_tags (Cli *cli, int argc, char **argv);
static int command_tag (Cli *cli, int argc, char **argv);
static int command_untag (Cli *cli, int argc, char **argv);
static int command_events (Cli *cli, int argc, char **argv);
static int command_asks (Cli *cli, int argc, char **argv);
static int command_export_followups (Cli *cli, int argc, char **argv);
static int command_export_calendar (Cli *cli, int argc, char **argv);
static int command_export_briefing (Cli *cli, int argc, char **argv);

static const Command commands[] = {
  { "import", command_import, N_("[--password P] [--json] PATH…"),
    N_("Import PDF files, or every PDF in folders") },
  { "list", command_list, N_("[--json] [--sort date|title|imported] [--kind K] [--language L] [--from DATE] [--to DATE]"),
    N_("List the documents") },
  { "show", command_show, N_("[--json] ID"), N_("Show one document") },
  { "search", command_search, N_("[--json] [--limit N] [--kind K] [--language L] [--from DATE] [--to DATE] QUERY"),
    N_("Search the text of every document") },
  { "edit", command_edit, N_("ID [--title T] [--date YYYY-MM-DD] [--place P] [--sender S]… [--recipient R] [--kind K] [--language L] [--note N] [--confidential yes|no]"),
    N_("Correct what Dossier found in a document") },
  { "reanalyse", command_reanalyse, N_("ID…"),
    N_("Read a document's text again for its title, date, senders… (your edits stay)") },
  { "delete", command_delete, N_("ID…"), N_("Remove documents from the library") },
  { "rules", command_rules, N_("apply [--json]"),
    N_("Suggest tags for every document by the tags' rules and names") },
  { "cases", command_cases, N_("suggest [--min N] [--json]"),
    N_("Suggest new cases: people named in several documents") },
  { "tags", command_tags, N_("[--json] [--facet F] | add --facet F [--parent P] [--alias A]… [--rule PATTERN]… [--rule-mode any|all|phrase|regex] [--colour C] [--description D] [--confidential] [--key K] [--json] NAME | update"),
    N_("List the tags; add one; add the default tags this library lacks") },
  { "tag", command_tag, N_("ID TAG…"), N_("Tag a document (TAG: a name, facet:name or id)") },
  { "untag", command_untag, N_("ID TAG…"),
    N_("Remove tags from a document; rules will not suggest them again") },
  { "events", command_events, N_("[--json] | add --kind K --country C --date D [--place P] [--process P [--carry-over]] [--notes N] [--doc ID]… [--json] TITLE"),
    N_("List the events (dialogue rounds, councils, visits…); add one") },
  { "asks", command_asks, N_("[--json] [--status S] [--open] [--overdue] [--due-within N] [--event ID] [--tag T]… [--owner O] [--doc ID] | add --event ID [--tag T]… [--due D] [--owner O] [--status S] [--next-step N] [--doc ID[:PAGE]]… [--json] TEXT | set ID [--status S] [--note N] [--due D] [--owner O] [--next-step N] [--event ID] | show [--json] ID | suggest [--json] DOC_ID"),
    N_("List the follow-ups (what the EU was asked); add one, change one, show its history, suggest them from a letter") },
  { "export-followups", command_export_followups, N_("-o FILE.csv"),
    N_("Write every follow-up to a spreadsheet (CSV)") },
  { "export-calendar", command_export_calendar, N_("-o FILE.ics"),
    N_("Write the events and the follow-ups' due dates to a calendar file (iCalendar)") },
  { "export-briefing", command_export_briefing,
    N_("(--event ID | --tag T… [--country C] [--from DATE] [--to DATE]) [--external] [--doc ID]… [--no-annexes] [--organisation NAME] [--title T] [--password P]… -o FILE.pdf"),
    N_("Write a briefing pack: a PDF with a summary, a section per issue, the follow-ups, a timeline and the original letters annexed") },
};

void
dossier_cli_print_usage (void)
{
  g_print ("%s\n", _("Usage: dossier [--library DIR] [COMMAND [OPTION…]]"));
  g_print ("\n%s\n", _("Without a command, Dossier opens its window."));
  g_print ("\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %s\n  %-10s   %s\n", commands[i].name, _(commands[i].summary), "",
             _(commands[i].arguments));
  g_print ("\n%s\n", _("The library folder is --library DIR, else $DOSSIER_LIBRARY, else ~/.local/share/dossier."));
}

static gboolean
open_library (Cli *cli)
{
  cli->library = dossier_cli_open_library (cli->library_path);
  return cli->library != NULL;
}

static DossierDocument *
find_document (Cli        *cli,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  DossierDocument *document;
  gint64 id;

  if (!dossier_cli_parse_document_id (text, &id))
    return NULL;
  document = dossier_library_dup_document (cli->library, id, &error);
  if (document == NULL)
    dossier_cli_print_error (error->message);
  return document;
}

/* ---- import ---- */

static void
print_progress_cb (guint                      done,
                   guint                      total,
                   const DossierImportResult *result,
                   gpointer                   user_data)
{
  gboolean *quiet = user_data;

  if (*quiet)
    return;
  if (result->status == DOSSIER_IMPORT_FAILED)
    g_printerr ("[%u/%u] %s: %s — %s\n", done, total, result->path,
                _("failed"), result->reason);
  else if (result->status == DOSSIER_IMPORT_DUPLICATE)
    g_printerr ("[%u/%u] %s: %s (%s %" G_GINT64_FORMAT ")\n", done, total, result->path,
                _("already in the library"), _("document"), result->id);
  else
    g_printerr ("[%u/%u] %s: %s %" G_GINT64_FORMAT "%s%s\n", done, total, result->path,
                _("imported as document"), result->id,
                result->warning ? " — " : "", result->warning ? result->warning : "");
}

static void
add_import_result (JsonBuilder               *builder,
                   const DossierImportResult *result)
{
  json_builder_begin_object (builder);
  dossier_cli_add_string_or_null (builder, "path", result->path);
  dossier_cli_add_string_or_null (builder, "status", dossier_import_status_to_string (result->status));
  json_builder_set_member_name (builder, "id");
  if (result->id != 0)
    json_builder_add_int_value (builder, result->id);
  else
    json_builder_add_null_value (builder);
  dossier_cli_add_string_or_null (builder, "title", result->title);
  dossier_cli_add_string_or_null (builder, "reason", result->reason);
  dossier_cli_add_string_or_null (builder, "warning", result->warning);
  json_builder_end_object (builder);
}

static void
print_import_summary (GPtrArray *results)
{
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < results->len; i++)
    counts[((DossierImportResult *) g_ptr_array_index (results, i))->status]++;
  g_print (_("%u imported, %u already in the library, %u failed\n"),
           counts[DOSSIER_IMPORT_IMPORTED], counts[DOSSIER_IMPORT_DUPLICATE],
           counts[DOSSIER_IMPORT_FAILED]);
}

static int
command_import (Cli   *cli,
                int    argc,
                char **argv)
{
  g_autofree char *password = NULL;
  gboolean json = FALSE;
  int workers = 0;
  GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_("Password of protected PDFs"), "P" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the outcome as JSON"), NULL },
    { "workers", 0, 0, G_OPTION_ARG_INT, &workers, N_("How many files to read at once"), "N" },
    { NULL }
  };
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gboolean failed = FALSE;

  if (!dossier_cli_parse_options ("import", _("PATH…"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2)
    {
      dossier_cli_print_error (_("Name the PDF files or folders to import."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;

  import = dossier_import_new (cli->library);
  dossier_import_set_password (import, password);
  if (workers > 0)
    dossier_import_set_n_workers (import, (guint) workers);
  results = dossier_import_run (import, (const char * const *) argv + 1, print_progress_cb,
                                &json, NULL, &error);
  if (results == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < results->len; i++)
    failed |= ((DossierImportResult *) g_ptr_array_index (results, i))->status == DOSSIER_IMPORT_FAILED;
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < results->len; i++)
        add_import_result (builder, g_ptr_array_index (results, i));
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
    }
  else
    print_import_summary (results);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* ---- list and show ---- */

/* {name, key, facet, origin, confirmed} for each tag not rejected. */
static void
add_document_tags (JsonBuilder *builder,
                   GPtrArray   *document_tags)
{
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; document_tags != NULL && i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);

      if (document_tag->state == DOSSIER_TAG_REJECTED)
        continue;
      json_builder_begin_object (builder);
      dossier_cli_add_string_or_null (builder, "name", dossier_tag_get_name (document_tag->tag));
      dossier_cli_add_string_or_null (builder, "key", dossier_tag_get_key (document_tag->tag));
      dossier_cli_add_string_or_null (builder, "facet", dossier_tag_get_facet (document_tag->tag));
      dossier_cli_add_string_or_null (builder, "origin", dossier_tag_origin_to_string (document_tag->origin));
      json_builder_set_member_name (builder, "confirmed");
      json_builder_add_boolean_value (builder, document_tag->state == DOSSIER_TAG_ACCEPTED);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_document (JsonBuilder     *builder,
              DossierDocument *document,
              GPtrArray       *document_tags)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dossier_document_get_id (document));
  dossier_cli_add_string_or_null (builder, "title", dossier_document_get_title (document));
  dossier_cli_add_string_or_null (builder, "date", dossier_document_get_date (document));
  dossier_cli_add_string_or_null (builder, "place", dossier_document_get_place (document));
  json_builder_set_member_name (builder, "senders");
  json_builder_begin_array (builder);
  for (const char * const *s = dossier_document_get_senders (document); *s; s++)
    json_builder_add_string_value (builder, *s);
  json_builder_end_array (builder);
  dossier_cli_add_string_or_null (builder, "recipient", dossier_document_get_recipient (document));
  dossier_cli_add_string_or_null (builder, "kind", dossier_document_get_kind (document));
  dossier_cli_add_string_or_null (builder, "language", dossier_document_get_language (document));
  json_builder_set_member_name (builder, "pages");
  json_builder_add_int_value (builder, dossier_document_get_n_pages (document));
  json_builder_set_member_name (builder, "pages_with_text");
  json_builder_add_int_value (builder, dossier_document_get_n_pages_with_text (document));
  dossier_cli_add_string_or_null (builder, "sha256", dossier_document_get_sha256 (document));
  dossier_cli_add_string_or_null (builder, "file", dossier_document_get_file (document));
  dossier_cli_add_string_or_null (builder, "original_name", dossier_document_get_original_name (document));
  dossier_cli_add_string_or_null (builder, "note", dossier_document_get_notes (document));
  json_builder_set_member_name (builder, "confidential");
  json_builder_add_boolean_value (builder, dossier_document_get_confidential (document));
  dossier_cli_add_string_or_null (builder, "warning", dossier_document_get_text_warning (document));
  add_document_tags (builder, document_tags);
  json_builder_end_object (builder);
}

static gboolean
parse_sort (const char          *text,
            DossierDocumentSort *sort)
{
  if (text == NULL || g_str_equal (text, "date"))
    *sort = DOSSIER_DOCUMENT_SORT_DATE;
  else if (g_str_equal (text, "title"))
    *sort = DOSSIER_DOCUMENT_SORT_TITLE;
  else if (g_str_equal (text, "imported"))
    *sort = DOSSIER_DOCUMENT_SORT_IMPORTED;
  else
    {
      dossier_cli_print_error (_("--sort takes date, title or imported."));
      return FALSE;
    }
  return TRUE;
}

static void
print_document_line (DossierDocument *document)
{
  const char *date = dossier_document_get_date (document);
  const char *title = dossier_document_get_title (document);

  g_print ("%6" G_GINT64_FORMAT "  %-10s  %s\n", dossier_document_get_id (document),
           date ? date : "—", title ? title : "");
}

static int
command_list (Cli   *cli,
              int    argc,
              char **argv)
{
  g_autofree char *sort_name = NULL;
  DossierDocumentFilter filter = { NULL };
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the documents as JSON"), NULL },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort_name, N_("Order: date (newest first), title or imported"), "ORDER" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &filter.kind, N_("Only documents of this kind"), "K" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &filter.language, N_("Only documents in this language"), "L" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &filter.date_from, N_("Only documents dated on or after"), "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &filter.date_to, N_("Only documents dated on or before"), "DATE" },
    { NULL }
  };
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) document_tags = NULL;
  g_autoptr(GError) error = NULL;
  DossierDocumentSort sort;
  guint n;

  if (!dossier_cli_parse_options ("list", "", entries, &argc, &argv) || !parse_sort (sort_name, &sort))
    {
      dossier_document_filter_clear (&filter);
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    {
      dossier_document_filter_clear (&filter);
      return EXIT_FAILURE;
    }

  documents = dossier_library_list_documents (cli->library, sort,
                                              sort != DOSSIER_DOCUMENT_SORT_TITLE, &filter);
  dossier_document_filter_clear (&filter);
  /* Every document's tags in one query, not one per document. */
  if (json && (document_tags = dossier_library_list_all_document_tags (cli->library, &error)) == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  n = g_list_model_get_n_items (documents);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (documents, i);

      if (document == NULL)
        continue;
      if (json)
        add_document (builder, document,
                      g_hash_table_lookup (document_tags,
                                           &(gint64) { dossier_document_get_id (document) }));
      else
        print_document_line (document);
    }
  json_builder_end_array (builder);
  if (json)
    dossier_cli_print_json (builder);
  return EXIT_SUCCESS;
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && *value != '\0')
    g_print ("%-14s %s\n", label, value);
}

static void
print_document (DossierDocument *document)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dossier_document_get_id (document));
  g_autofree char *senders = g_strjoinv ("; ", (char **) dossier_document_get_senders (document));
  g_autofree char *pages = g_strdup_printf ("%u", dossier_document_get_n_pages (document));

  print_field (_("Id:"), id);
  print_field (_("Title:"), dossier_document_get_title (document));
  print_field (_("Date:"), dossier_document_get_date (document));
  print_field (_("Place:"), dossier_document_get_place (document));
  print_field (_("From:"), senders);
  print_field (_("To:"), dossier_document_get_recipient (document));
  print_field (_("Kind:"), dossier_document_get_kind (document));
  print_field (_("Language:"), dossier_document_get_language (document));
  print_field (_("Pages:"), pages);
  print_field (_("Warning:"), dossier_document_get_text_warning (document));
  print_field (_("Note:"), dossier_document_get_notes (document));
  print_field (_("Confidential:"), dossier_document_get_confidential (document) ? _("yes") : NULL);
  print_field (_("Original:"), dossier_document_get_original_name (document));
  print_field (_("File:"), dossier_document_get_file (document));
  print_field (_("SHA-256:"), dossier_document_get_sha256 (document));
}

static void
print_document_tags (GPtrArray *document_tags)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, dossier_tag_get_name (document_tag->tag));
      if (document_tag->state == DOSSIER_TAG_SUGGESTED)
        g_string_append_printf (text, " (%s)", _("suggested"));
    }
  print_field (_("Tags:"), text->str);
}

static int
command_show (Cli   *cli,
              int    argc,
              char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the document as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GPtrArray) document_tags = NULL;
  g_autoptr(GError) error = NULL;

  if (!dossier_cli_parse_options ("show", "ID", entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    {
      dossier_cli_print_error (_("Name one document id."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;
  document = find_document (cli, argv[1]);
  if (document == NULL)
    return EXIT_FAILURE;
  document_tags = dossier_library_list_document_tags (cli->library,
                                                      dossier_document_get_id (document), FALSE,
                                                      &error);
  if (document_tags == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      add_document (builder, document, document_tags);
      dossier_cli_print_json (builder);
    }
  else
    {
      print_document (document);
      print_document_tags (document_tags);
    }
  return EXIT_SUCCESS;
}

/* ---- search ---- */

static void
add_hit (JsonBuilder            *builder,
         const DossierSearchHit *hit)
{
  g_autofree char *snippet = dossier_search_snippet_replace (hit->snippet, "[", "]", FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, hit->id);
  json_builder_set_member_name (builder, "page");
  json_builder_add_int_value (builder, hit->page);
  dossier_cli_add_string_or_null (builder, "title", hit->title);
  dossier_cli_add_string_or_null (builder, "date", hit->date);
  dossier_cli_add_string_or_null (builder, "snippet", snippet);
  json_builder_end_object (builder);
}

static void
print_hit (const DossierSearchHit *hit)
{
  g_autofree char *snippet = dossier_search_snippet_replace (hit->snippet, "[", "]", FALSE);

  g_print ("%6" G_GINT64_FORMAT "  p. %-4u %-10s  %s\n", hit->id, hit->page,
           hit->date ? hit->date : "—", hit->title ? hit->title : "");
  g_print ("        %s\n", g_strdelimit (snippet, "\n\r\t", ' '));
}

static int
command_search (Cli   *cli,
                int    argc,
                char **argv)
{
  g_autofree char *kind = NULL, *language = NULL, *from = NULL, *to = NULL;
  gboolean json = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the hits as JSON"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most this many documents (20)"), "N" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Only documents of this kind"), "K" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Only documents in this language"), "L" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only documents dated on or after"), "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only documents dated on or before"), "DATE" },
    { NULL }
  };
  g_autofree char *query = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  DossierSearchOptions options = { NULL };

  if (!dossier_cli_parse_options ("search", _("QUERY"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2 || limit <= 0)
    {
      dossier_cli_print_error (argc < 2 ? _("Say what to search for.") : _("--limit takes a number above 0."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;

  query = g_strjoinv (" ", argv + 1);
  options = (DossierSearchOptions) { .query = query, .kind = kind, .language = language,
                                     .date_from = from, .date_to = to, .limit = (guint) limit };
  hits = dossier_search (cli->library, &options, &error);
  if (hits == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        add_hit (builder, g_ptr_array_index (hits, i));
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
    }
  else if (hits->len == 0)
    g_print ("%s\n", _("No document matches."));
  else
    for (guint i = 0; i < hits->len; i++)
      print_hit (g_ptr_array_index (hits, i));
  return EXIT_SUCCESS;
}

/* ---- edit, reanalyse, delete ---- */

typedef struct
{
  DossierDocumentField  field;
  char                 *value;
} Edit;

static int
command_edit (Cli   *cli,
              int    argc,
              char **argv)
{
  Edit edits[] = {
    { DOSSIER_DOCUMENT_FIELD_TITLE, NULL }, { DOSSIER_DOCUMENT_FIELD_DATE, NULL },
    { DOSSIER_DOCUMENT_FIELD_PLACE, NULL }, { DOSSIER_DOCUMENT_FIELD_RECIPIENT, NULL },
    { DOSSIER_DOCUMENT_FIELD_KIND, NULL }, { DOSSIER_DOCUMENT_FIELD_LANGUAGE, NULL },
    { DOSSIER_DOCUMENT_FIELD_NOTES, NULL }, { DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL, NULL },
  };
  g_auto(GStrv) senders = NULL;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &edits[0].value, N_("Title"), "T" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &edits[1].value, N_("Date of the document"), "YYYY-MM-DD" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &edits[2].value, N_("Place"), "P" },
    { "recipient", 0, 0, G_OPTION_ARG_STRING, &edits[3].value, N_("Addressee"), "R" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &edits[4].value, N_("Kind of document"), "K" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &edits[5].value, N_("Language code"), "L" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &edits[6].value, N_("Note"), "N" },
    { "confidential", 0, 0, G_OPTION_ARG_STRING, &edits[7].value, N_("Confidential: yes or no"), "yes|no" },
    { "sender", 0, 0, G_OPTION_ARG_STRING_ARRAY, &senders, N_("A sending organisation (repeat for several)"), "S" },
    { NULL }
  };
  g_autoptr(DossierDocument) document = NULL;
  int status = EXIT_SUCCESS;

  if (!dossier_cli_parse_options ("edit", "ID", entries, &argc, &argv))
    status = EXIT_USAGE;
  else if (argc != 2)
    {
      dossier_cli_print_error (_("Name one document id."));
      status = EXIT_USAGE;
    }
  else if (!open_library (cli) || (document = find_document (cli, argv[1])) == NULL)
    status = EXIT_FAILURE;

  for (guint i = 0; i < G_N_ELEMENTS (edits) && status == EXIT_SUCCESS; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *value = edits[i].value;

      if (value == NULL)
        continue;
      if (edits[i].field == DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL)
        value = g_str_equal (value, "yes") || g_str_equal (value, "true") ? "true" : "false";
      if (!dossier_library_set_field (cli->library, document, edits[i].field, value, &error))
        {
          dossier_cli_print_error (error->message);
          status = EXIT_FAILURE;
        }
    }
  if (senders != NULL && status == EXIT_SUCCESS)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *joined = g_strjoinv ("\n", senders);

      if (!dossier_library_set_field (cli->library, document, DOSSIER_DOCUMENT_FIELD_SENDERS,
                                      joined, &error))
        {
          dossier_cli_print_error (error->message);
          status = EXIT_FAILURE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    g_free (edits[i].value);
  return status;
}

typedef gboolean (*DocumentAction) (DossierLibrary *, DossierDocument *, GError **);

static int
for_each_document (Cli            *cli,
                   const char     *command,
                   int             argc,
                   char          **argv,
                   DocumentAction  action)
{
  GOptionEntry entries[] = { { NULL } };
  int status = EXIT_SUCCESS;

  if (!dossier_cli_parse_options (command, _("ID…"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2)
    {
      dossier_cli_print_error (_("Name at least one document id."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(DossierDocument) document = find_document (cli, argv[i]);
      g_autoptr(GError) error = NULL;

      if (document == NULL)
        status = EXIT_FAILURE;
      else if (!action (cli->library, document, &error))
        {
          dossier_cli_print_error (error->message);
          status = EXIT_FAILURE;
        }
    }
  return status;
}

static int
command_reanalyse (Cli   *cli,
                   int    argc,
                   char **argv)
{
  return for_each_document (cli, "reanalyse", argc, argv, dossier_library_reanalyse);
}

static int
command_delete (Cli   *cli,
                int    argc,
                char **argv)
{
  return for_each_document (cli, "delete", argc, argv, dossier_library_delete_document);
}

/* ---- tags ---- */

static DossierTag *
find_tag (Cli        *cli,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_lookup_tag (cli->library, text, &error);

  if (tag == NULL)
    dossier_cli_print_error (error->message);
  return tag;
}

static gboolean
parse_rule_mode (const char      *text,
                 DossierRuleMode *mode)
{
  if (dossier_rule_mode_from_string (text, mode))
    return TRUE;
  dossier_cli_print_error (_("--rule-mode takes any, all, phrase or regex."));
  return FALSE;
}

static void
add_tag (JsonBuilder *builder,
         DossierTag  *tag,
         GPtrArray   *rules)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dossier_tag_get_id (tag));
  dossier_cli_add_string_or_null (builder, "key", dossier_tag_get_key (tag));
  dossier_cli_add_string_or_null (builder, "name", dossier_tag_get_name (tag));
  dossier_cli_add_string_or_null (builder, "facet", dossier_tag_get_facet (tag));
  json_builder_set_member_name (builder, "parent");
  if (dossier_tag_get_parent_id (tag) > 0)
    json_builder_add_int_value (builder, dossier_tag_get_parent_id (tag));
  else
    json_builder_add_null_value (builder);
  dossier_cli_add_string_or_null (builder, "colour", dossier_tag_get_colour (tag));
  dossier_cli_add_string_or_null (builder, "description", dossier_tag_get_description (tag));
  json_builder_set_member_name (builder, "confidential");
  json_builder_add_boolean_value (builder, dossier_tag_get_confidential (tag));
  json_builder_set_member_name (builder, "aliases");
  json_builder_begin_array (builder);
  for (const char * const *alias = dossier_tag_get_aliases (tag); *alias; alias++)
    json_builder_add_string_value (builder, *alias);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);
  for (guint i = 0; rules != NULL && i < rules->len; i++)
    {
      DossierTagRule *rule = g_ptr_array_index (rules, i);

      if (rule->tag_id != dossier_tag_get_id (tag))
        continue;
      json_builder_begin_object (builder);
      dossier_cli_add_string_or_null (builder, "pattern", rule->pattern);
      dossier_cli_add_string_or_null (builder, "mode", dossier_rule_mode_to_string (rule->mode));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, dossier_tag_get_n_documents (tag));
  json_builder_end_object (builder);
}

static void
print_tag_line (DossierTag *tag)
{
  guint n = dossier_tag_get_n_documents (tag);
  g_autofree char *indent = g_strnfill (2 * dossier_tag_get_depth (tag), ' ');
  g_autofree char *documents = n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                     "%u document",
                                                                     "%u documents", n), n)
                                     : NULL;

  g_print ("%6" G_GINT64_FORMAT "  %s%s%s%s%s\n", dossier_tag_get_id (tag), indent,
           dossier_tag_get_name (tag),
           documents ? "  — " : "", documents ? documents : "",
           dossier_tag_get_confidential (tag) ? _("  (confidential)") : "");
}

static int
command_tags_list (Cli   *cli,
                   int    argc,
                   char **argv)
{
  gboolean json = FALSE;
  g_autofree char *facet = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the tags as JSON"), NULL },
    { "facet", 0, 0, G_OPTION_ARG_STRING, &facet, N_("Only the tags of this facet"), "F" },
    { NULL }
  };
  g_autoptr(GListModel) tags = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  const char *last_facet = NULL;
  guint n;

  if (!dossier_cli_parse_options ("tags", "", entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown tags command “%s”; use add or "
                                                    "update, or no command to list the tags."),
                                                  argv[1]);
      dossier_cli_print_error (message);
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;
  tags = dossier_library_list_tags (cli->library, facet, &error);
  if (tags != NULL && json)
    rules = dossier_library_list_tag_rules (cli->library, NULL, &error);
  if (tags == NULL || (json && rules == NULL))
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  n = g_list_model_get_n_items (tags);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);
          add_tag (builder, tag, rules);
        }
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
      return EXIT_SUCCESS;
    }
  if (n == 0)
    g_print ("%s\n", _("The library has no tags."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);

      if (g_strcmp0 (last_facet, dossier_tag_get_facet (tag)) != 0)
        {
          g_print ("%s%s\n", i > 0 ? "\n" : "", dossier_tag_facet_label (dossier_tag_get_facet (tag)));
          last_facet = dossier_tag_get_facet (tag);
        }
      print_tag_line (tag);
    }
  return EXIT_SUCCESS;
}

static int
command_tags_add (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autofree char *facet = NULL, *parent_name = NULL, *mode_name = NULL, *colour = NULL;
  g_autofree char *description = NULL, *key = NULL;
  g_auto(GStrv) aliases = NULL;
  g_auto(GStrv) rules = NULL;
  gboolean confidential = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "facet", 0, 0, G_OPTION_ARG_STRING, &facet, N_("issue, case, organisation, institution, process, country, or one of your own"), "F" },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent_name, N_("The tag it goes under (name or id)"), "P" },
    { "alias", 0, 0, G_OPTION_ARG_STRING_ARRAY, &aliases, N_("Another name for it (repeat for several)"), "A" },
    { "rule", 0, 0, G_OPTION_ARG_STRING_ARRAY, &rules, N_("Words that suggest it (repeat for several)"), "PATTERN" },
    { "rule-mode", 0, 0, G_OPTION_ARG_STRING, &mode_name, N_("How rules match: any word, all words, phrase, regex (default: phrase for several words, else any)"), "MODE" },
    { "colour", 0, 0, G_OPTION_ARG_STRING, &colour, N_("Colour, as #rrggbb"), "C" },
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, N_("What the tag covers"), "D" },
    { "confidential", 0, 0, G_OPTION_ARG_NONE, &confidential, N_("Keep it out of packs meant for outside eyes"), NULL },
    { "key", 0, 0, G_OPTION_ARG_STRING, &key, N_("A stable id for scripts, e.g. media-freedom"), "K" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new tag as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierTag) parent = NULL;
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  DossierTagSpec spec = { NULL };
  DossierRuleMode mode = DOSSIER_RULE_ANY_WORD;
  g_autofree DossierRuleMode *modes = NULL;

  if (!dossier_cli_parse_options ("tags add", _("NAME"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (mode_name != NULL && !parse_rule_mode (mode_name, &mode))
    return EXIT_USAGE;
  if (argc < 2 || facet == NULL)
    {
      dossier_cli_print_error (argc < 2 ? _("Name the tag to add.")
                            : _("Say which facet the tag belongs to: --facet issue, case, "
                                "organisation, institution, process, country, or one of your own."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;
  if (parent_name != NULL && (parent = find_tag (cli, parent_name)) == NULL)
    return EXIT_FAILURE;

  /* Without --rule-mode, several words are most often meant as a phrase. */
  modes = g_new0 (DossierRuleMode, rules ? g_strv_length (rules) + 1 : 1);
  for (guint i = 0; rules != NULL && rules[i] != NULL; i++)
    modes[i] = mode_name == NULL && strchr (g_strstrip (rules[i]), ' ') != NULL &&
               strchr (rules[i], '"') == NULL ? DOSSIER_RULE_PHRASE : mode;

  name = g_strjoinv (" ", argv + 1);
  spec.name = name;
  spec.facet = facet;
  spec.parent_id = parent ? dossier_tag_get_id (parent) : 0;
  spec.colour = colour;
  spec.description = description;
  spec.confidential = confidential;
  spec.key = key;
  spec.aliases = (const char * const *) aliases;
  spec.rules = (const char * const *) rules;
  spec.rule_mode = mode;
  spec.rule_modes = modes;
  tag = dossier_library_create_tag (cli->library, &spec, &error);
  if (tag == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(GPtrArray) tag_rules = dossier_library_list_tag_rules (cli->library, tag, NULL);

      add_tag (builder, tag, tag_rules);
      dossier_cli_print_json (builder);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", dossier_tag_get_id (tag));
  return EXIT_SUCCESS;
}

static int
command_tags_update (Cli   *cli,
                     int    argc,
                     char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(DossierTaxonomyChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  int have = 0, shipped = 0;

  if (!dossier_cli_parse_options ("tags update", "", entries, &argc, &argv))
    return EXIT_USAGE;
  if (!open_library (cli))
    return EXIT_FAILURE;
  if (!dossier_library_get_taxonomy_update (cli->library, &have, &shipped, &error))
    {
      if (error != NULL)
        {
          dossier_cli_print_error (error->message);
          return EXIT_FAILURE;
        }
      g_print (_("The default tags are up to date (version %d).\n"), have);
      return EXIT_SUCCESS;
    }
  changes = dossier_library_apply_taxonomy_update (cli->library, &error);
  if (changes == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  g_print (_("Default tags updated from version %d to %d.\n"), have, changes->version);
  if (changes->tags->len > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Added %u tag:\n", "Added %u tags:\n",
                            changes->tags->len), changes->tags->len);
      for (guint i = 0; i < changes->tags->len; i++)
        {
          DossierTag *tag = g_ptr_array_index (changes->tags, i);
          g_print ("%6" G_GINT64_FORMAT "  %s (%s)\n", dossier_tag_get_id (tag),
                   dossier_tag_get_name (tag), dossier_tag_get_facet (tag));
        }
    }
  if (changes->n_aliases > 0 || changes->n_rules > 0)
    g_print (_("Added to tags you already had: aliases: %u; rules: %u.\n"),
             changes->n_aliases, changes->n_rules);
  if (changes->tags->len == 0 && changes->n_aliases == 0 && changes->n_rules == 0)
    g_print ("%s\n", _("Nothing was missing."));
  return EXIT_SUCCESS;
}

static int
command_tags (Cli   *cli,
              int    argc,
              char **argv)
{
  if (argc > 1 && g_str_equal (argv[1], "add"))
    return command_tags_add (cli, argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "update"))
    return command_tags_update (cli, argc - 1, argv + 1);
  return command_tags_list (cli, argc, argv);
}

/* tag and untag: ID TAG…, every tag found before anything changes. */
static int
set_document_tags (Cli             *cli,
                   const char      *command,
                   int              argc,
                   char           **argv,
                   DossierTagState  state)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!dossier_cli_parse_options (command, _("ID TAG…"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 3)
    {
      dossier_cli_print_error (_("Name a document id and at least one tag (a name, facet:name or id)."));
      return EXIT_USAGE;
    }
  if (!dossier_cli_parse_document_id (argv[1], &id) || !open_library (cli))
    return EXIT_FAILURE;
  for (int i = 2; i < argc; i++)
    {
      DossierTag *tag = find_tag (cli, argv[i]);

      if (tag != NULL)
        g_ptr_array_add (tags, tag);
    }
  if (tags->len < (guint) argc - 2)
    return EXIT_FAILURE;
  if (!dossier_library_set_document_tags (cli->library, id, (DossierTag * const *) tags->pdata,
                                          tags->len, state, &error))
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static int
command_tag (Cli   *cli,
             int    argc,
             char **argv)
{
  return set_document_tags (cli, "tag", argc, argv, DOSSIER_TAG_ACCEPTED);
}

static int
command_untag (Cli   *cli,
               int    argc,
               char **argv)
{
  return set_document_tags (cli, "untag", argc, argv, DOSSIER_TAG_REJECTED);
}

/* ---- rules and cases ---- */

/* "dossier rules apply": @argv[1] must be @action. */
static gboolean
check_action (int          argc,
              char       **argv,
              const char  *action,
              const char  *message)
{
  if (argc == 2 && g_str_equal (argv[1], action))
    return TRUE;
  dossier_cli_print_error (message);
  return FALSE;
}

static void
print_rules_progress_cb (guint    done,
                         guint    total,
                         gpointer user_data)
{
  g_printerr ("\r");
  g_printerr (_("Looking at documents: %u of %u"), done, total);
}

static int
command_rules (Cli   *cli,
               int    argc,
               char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print what was done as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts = { 0 };
  gboolean show_progress;
  gboolean ok;

  if (!dossier_cli_parse_options ("rules", "apply", entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_action (argc, argv, "apply",
                     _("Say what to do with the rules: “dossier rules apply”.")))
    return EXIT_USAGE;
  if (!open_library (cli))
    return EXIT_FAILURE;

  show_progress = !json && isatty (STDERR_FILENO);
  ok = dossier_library_apply_rules (cli->library, show_progress ? print_rules_progress_cb : NULL,
                                    NULL, NULL, &counts, &error);
  if (show_progress)
    g_printerr ("\n");
  if (!ok)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "documents");
      json_builder_add_int_value (builder, counts.n_documents);
      json_builder_set_member_name (builder, "suggested");
      json_builder_add_int_value (builder, counts.n_added);
      json_builder_set_member_name (builder, "withdrawn");
      json_builder_add_int_value (builder, counts.n_removed);
      json_builder_end_object (builder);
      dossier_cli_print_json (builder);
    }
  else
    g_print (_("Looked at %u documents: %u tags suggested, %u withdrawn\n"),
             counts.n_documents, counts.n_added, counts.n_removed);
  return EXIT_SUCCESS;
}

static char *
join_ids (GArray *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (text, FALSE);
}

static void
add_case_suggestion (JsonBuilder           *builder,
                     DossierCaseSuggestion *suggestion)
{
  json_builder_begin_object (builder);
  dossier_cli_add_string_or_null (builder, "name", suggestion->name);
  json_builder_set_member_name (builder, "spellings");
  json_builder_begin_array (builder);
  for (guint i = 0; suggestion->spellings[i] != NULL; i++)
    json_builder_add_string_value (builder, suggestion->spellings[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestion->document_ids->len; i++)
    json_builder_add_int_value (builder, g_array_index (suggestion->document_ids, gint64, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_case_suggestion (DossierCaseSuggestion *suggestion)
{
  g_autofree char *ids = join_ids (suggestion->document_ids);

  g_print ("%4u  %s\n", suggestion->document_ids->len, suggestion->name);
  g_print ("      %s %s\n", _("Documents:"), ids);
  if (suggestion->spellings[0] != NULL && suggestion->spellings[1] != NULL)
    {
      g_autofree char *others = g_strjoinv ("; ", suggestion->spellings + 1);

      g_print ("      %s %s\n", _("Also written:"), others);
    }
}

static int
command_cases (Cli   *cli,
               int    argc,
               char **argv)
{
  gboolean json = FALSE;
  int min_documents = 2;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the names as JSON"), NULL },
    { "min", 0, 0, G_OPTION_ARG_INT, &min_documents,
      N_("Only people named in at least this many documents (2)"), "N" },
    { NULL }
  };
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  if (!dossier_cli_parse_options ("cases", "suggest", entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_action (argc, argv, "suggest",
                     _("Say what to do with the cases: “dossier cases suggest”.")))
    return EXIT_USAGE;
  if (min_documents <= 0)
    {
      dossier_cli_print_error (_("--min takes a number above 0."));
      return EXIT_USAGE;
    }
  if (!open_library (cli))
    return EXIT_FAILURE;

  suggestions = dossier_library_suggest_cases (cli->library, (guint) min_documents, &error);
  if (suggestions == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < suggestions->len; i++)
        add_case_suggestion (builder, g_ptr_array_index (suggestions, i));
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
    }
  else if (suggestions->len == 0)
    g_print ("%s\n", _("No new case to suggest: every person named that often has a case."));
  else
    for (guint i = 0; i < suggestions->len; i++)
      print_case_suggestion (g_ptr_array_index (suggestions, i));
  return EXIT_SUCCESS;
}

/* ---- events and follow-ups (dossier-cli-followups.c) ---- */

static int
command_events (Cli   *cli,
                int    argc,
                char **argv)
{
  return dossier_cli_events (cli->library_path, argc, argv);
}

static int
command_asks (Cli   *cli,
              int    argc,
              char **argv)
{
  return dossier_cli_asks (cli->library_path, argc, argv);
}

static int
command_export_followups (Cli   *cli,
                          int    argc,
                          char **argv)
{
  return dossier_cli_export_followups (cli->library_path, argc, argv);
}

static int
command_export_calendar (Cli   *cli,
                         int    argc,
                         char **argv)
{
  return dossier_cli_export_calendar (cli->library_path, argc, argv);
}

/* ---- the briefing pack (dossier-cli-briefing.c) ---- */

static int
command_export_briefing (Cli   *cli,
                         int    argc,
                         char **argv)
{
  return dossier_cli_export_briefing (cli->library_path, argc, argv);
}

/* ---- entry point ---- */

/* Reads the options before the command: --library DIR, --help, --version.
 * Returns the index of the command, or argc. */
static int
parse_global_options (Cli   *cli,
                      int    argc,
                      char **argv,
                      int   *status)
{
  int i;

  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--library") && i + 1 < argc)
        {
          g_free (cli->library_path);
          cli->library_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--library="))
        {
          g_free (cli->library_path);
          cli->library_path = g_strdup (argv[i] + strlen ("--library="));
        }
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          dossier_cli_print_usage ();
          *status = EXIT_SUCCESS;
          return -1;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          g_print ("dossier %s\n", PACKAGE_VERSION);
          *status = EXIT_SUCCESS;
          return -1;
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option %s"), argv[i]);
          dossier_cli_print_error (message);
          dossier_cli_print_usage ();
          *status = EXIT_USAGE;
          return -1;
        }
    }
  return i;
}

static void
run_pending_callbacks (void)
{
  /* Let "changed" notifications queued by the import run and release
   * what they hold. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
dossier_cli_run (int    argc,
                 char **argv)
{
  Cli cli = { NULL };
  int status = EXIT_USAGE;
  int index = parse_global_options (&cli, argc, argv, &status);

  if (index < 0)
    {
      g_free (cli.library_path);
      return status;
    }
  if (index >= argc)
    {
      /* No command: the caller opens the window, in this library. */
      if (cli.library_path != NULL)
        g_setenv ("DOSSIER_LIBRARY", cli.library_path, TRUE);
      g_free (cli.library_path);
      return -1;
    }

  /* "dossier letter.pdf …", as a file manager runs it: the window imports. */
  if (g_file_test (argv[index], G_FILE_TEST_EXISTS) || g_str_has_prefix (argv[index], "file:"))
    {
      if (cli.library_path != NULL)
        g_setenv ("DOSSIER_LIBRARY", cli.library_path, TRUE);
      g_free (cli.library_path);
      return -1;
    }

  status = -2;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[index], commands[i].name))
      status = commands[i].run (&cli, argc - index, argv + index);
  if (status == -2)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[index]);
      dossier_cli_print_error (message);
      dossier_cli_print_usage ();
      status = EXIT_USAGE;
    }

  run_pending_callbacks ();
  g_clear_object (&cli.library);
  g_free (cli.library_path);
  return status;
}
