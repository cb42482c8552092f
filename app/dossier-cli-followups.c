/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The command line's events, asks and their exports: dossier events,
 * dossier asks, dossier export-followups, dossier export-calendar. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-ask-suggest.h"
#include "dossier-cli.h"
#include "dossier-cli-common.h"
#include "dossier-followups.h"
#include "dossier-followups-export.h"
#include "dossier-tags.h"

#define EXIT_USAGE 2

static void
add_id_or_null (JsonBuilder *builder,
                const char  *name,
                gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id != 0)
    json_builder_add_int_value (builder, id);
  else
    json_builder_add_null_value (builder);
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (seconds);
  g_autofree char *text = g_date_time_format_iso8601 (time);

  dossier_cli_add_string_or_null (builder, name, text);
}

/* ---- parsing arguments ---- */

static gboolean
parse_number (const char *text,
              const char *what,
              gint64     *id)
{
  guint64 value;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      *id = (gint64) value;
      return TRUE;
    }
  dossier_cli_print_error (what);
  return FALSE;
}

static gboolean
parse_event_id (const char *text,
                gint64     *id)
{
  g_autofree char *message = g_strdup_printf (_("“%s” is not an event id (a number, as shown by "
                                                "“dossier events”)."), text ? text : "");

  return parse_number (text, message, id);
}

static gboolean
parse_ask_id (const char *text,
              gint64     *id)
{
  g_autofree char *message = g_strdup_printf (_("“%s” is not a follow-up id (a number, as shown "
                                                "by “dossier asks”)."), text ? text : "");

  return parse_number (text, message, id);
}

static gboolean
parse_document_id (const char *text,
                   gint64     *id)
{
  g_autofree char *message = g_strdup_printf (_("“%s” is not a document id (a number, as "
                                                "shown by “dossier list”)."),
                                              text ? text : "");

  return parse_number (text, message, id);
}

/* "12" or "12:3" (document 12, page 3). */
static gboolean
parse_document_page (const char         *text,
                     DossierAskDocument *document)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
  guint64 page = 0;

  if (!parse_document_id (parts[0], &document->document_id))
    return FALSE;
  if (parts[1] != NULL && !g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXUINT16, &page, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a page number."), parts[1]);

      dossier_cli_print_error (message);
      return FALSE;
    }
  document->page = (guint) page;
  return TRUE;
}

static gboolean
parse_kind (const char       *text,
            DossierEventKind *kind)
{
  g_autofree char *kinds = NULL;
  g_autofree char *message = NULL;

  if (text != NULL && dossier_event_kind_from_string (text, kind))
    return TRUE;
  kinds = g_strjoinv (", ", (char **) dossier_event_kind_strings ());
  if (text == NULL)
    message = g_strdup_printf (_("Say what kind of event it is: --kind %s."), kinds);
  else
    message = g_strdup_printf (_("“%s” is not a kind of event; use one of: %s."), text, kinds);
  dossier_cli_print_error (message);
  return FALSE;
}

static gboolean
parse_status (const char       *text,
              DossierAskStatus *status)
{
  g_autofree char *statuses = NULL;
  g_autofree char *message = NULL;

  if (dossier_ask_status_from_string (text, status))
    return TRUE;
  statuses = g_strjoinv (", ", (char **) dossier_ask_status_strings ());
  message = g_strdup_printf (_("“%s” is not a status of a follow-up; use one of: %s."),
                             text, statuses);
  dossier_cli_print_error (message);
  return FALSE;
}

/* --status draft,submitted --status raised: a set. */
static gboolean
parse_statuses (char  **texts,
                guint  *statuses)
{
  *statuses = 0;
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          DossierAskStatus status;

          if (!parse_status (g_strstrip (parts[j]), &status))
            return FALSE;
          *statuses |= DOSSIER_ASK_STATUS_BIT (status);
        }
    }
  return TRUE;
}

static gboolean
check_date (const char *text)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL || *text == '\0' || dossier_followups_check_date (text, &error))
    return TRUE;
  dossier_cli_print_error (error->message);
  return FALSE;
}

static DossierTag *
find_tag (DossierLibrary *library,
          const char     *text)
{
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_lookup_tag (library, text, &error);

  if (tag == NULL)
    dossier_cli_print_error (error->message);
  return tag;
}

/* A country's name, "country:Name" or tag id. */
static DossierTag *
find_country (DossierLibrary *library,
              const char     *text)
{
  g_autofree char *qualified = g_strconcat (DOSSIER_FACET_COUNTRY, ":", text, NULL);
  g_autoptr(DossierTag) tag = dossier_library_lookup_tag (library, qualified, NULL);
  g_autofree char *message = NULL;

  if (tag == NULL)
    tag = dossier_library_lookup_tag (library, text, NULL);
  if (tag != NULL && g_strcmp0 (dossier_tag_get_facet (tag), DOSSIER_FACET_COUNTRY) == 0)
    return g_steal_pointer (&tag);
  message = g_strdup_printf (_("There is no country “%s” among the tags; add it with "
                               "“dossier tags add --facet country %s”."), text, text);
  dossier_cli_print_error (message);
  return NULL;
}

static DossierEvent *
find_event (DossierLibrary *library,
            const char     *text)
{
  g_autoptr(GError) error = NULL;
  DossierEvent *event;
  gint64 id;

  if (!parse_event_id (text, &id))
    return NULL;
  event = dossier_library_dup_event (library, id, &error);
  if (event == NULL)
    dossier_cli_print_error (error->message);
  return event;
}

static DossierAsk *
find_ask (DossierLibrary *library,
          const char     *text)
{
  g_autoptr(GError) error = NULL;
  DossierAsk *ask;
  gint64 id;

  if (!parse_ask_id (text, &id))
    return NULL;
  ask = dossier_library_dup_ask (library, id, &error);
  if (ask == NULL)
    dossier_cli_print_error (error->message);
  return ask;
}

/* ---- events ---- */

static void
add_event (JsonBuilder    *builder,
           DossierLibrary *library,
           DossierEvent   *event)
{
  g_autoptr(GListModel) documents = dossier_library_list_event_documents (library, event, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dossier_event_get_id (event));
  dossier_cli_add_string_or_null (builder, "title", dossier_event_get_title (event));
  dossier_cli_add_string_or_null (builder, "kind", dossier_event_kind_to_string (dossier_event_get_kind (event)));
  dossier_cli_add_string_or_null (builder, "country", dossier_event_get_country (event));
  add_id_or_null (builder, "country_id", dossier_event_get_country_id (event));
  dossier_cli_add_string_or_null (builder, "date", dossier_event_get_date (event));
  dossier_cli_add_string_or_null (builder, "place", dossier_event_get_place (event));
  dossier_cli_add_string_or_null (builder, "process", dossier_event_get_process (event));
  json_builder_set_member_name (builder, "round");
  if (dossier_event_get_round (event) > 0)
    json_builder_add_int_value (builder, dossier_event_get_round (event));
  else
    json_builder_add_null_value (builder);
  dossier_cli_add_string_or_null (builder, "notes", dossier_event_get_notes (event));
  json_builder_set_member_name (builder, "asks");
  json_builder_add_int_value (builder, dossier_event_get_n_asks (event));
  json_builder_set_member_name (builder, "open_asks");
  json_builder_add_int_value (builder, dossier_event_get_n_open_asks (event));
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (documents, i);

      json_builder_add_int_value (builder, dossier_document_get_id (document));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_event_line (DossierEvent *event)
{
  g_autofree char *round = dossier_event_dup_round_label (event);
  const char *place = dossier_event_get_place (event);
  guint n_asks = dossier_event_get_n_asks (event);

  g_print ("%6" G_GINT64_FORMAT "  %s  %s", dossier_event_get_id (event),
           dossier_event_get_date (event), dossier_event_get_title (event));
  if (place != NULL)
    g_print (" (%s)", place);
  g_print ("\n        %s", dossier_event_get_kind_label (event));
  if (dossier_event_get_round (event) > 0)
    g_print (" — %s", round);
  if (n_asks > 0)
    /* TRANSLATORS: "2 of 5 follow-ups open" */
    g_print (g_dngettext (GETTEXT_PACKAGE, " — %u of %u follow-up open", " — %u of %u follow-ups open",
                          n_asks),
             dossier_event_get_n_open_asks (event), n_asks);
  g_print ("\n");
}

static void
print_next_event (DossierLibrary *library)
{
  g_autoptr(DossierEvent) next = dossier_library_dup_next_event (library, NULL, NULL);
  int days;

  if (next == NULL)
    return;
  days = dossier_event_days_until (next, NULL);
  if (days == 0)
    g_print (_("Next: %s, today\n\n"), dossier_event_get_title (next));
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Next: %s, %s, in %d day\n\n",
                          "Next: %s, %s, in %d days\n\n", days),
             dossier_event_get_title (next), dossier_event_get_date (next), days);
}

static int
command_events_list (const char  *library_path,
                     int          argc,
                     char       **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the events as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  const char *last_process = "";
  guint n;

  if (!dossier_cli_parse_options ("events", "", entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown events command “%s”; use add, or "
                                                    "no command to list the events."), argv[1]);
      dossier_cli_print_error (message);
      return EXIT_USAGE;
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL)
    return EXIT_FAILURE;
  events = dossier_library_list_events (library, &error);
  if (events == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  n = g_list_model_get_n_items (events);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);

          add_event (builder, library, event);
        }
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
      return EXIT_SUCCESS;
    }
  if (n == 0)
    g_print ("%s\n", _("The library has no events."));
  else
    print_next_event (library);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);
      const char *process = dossier_event_get_process (event);

      if (g_strcmp0 (process, last_process) != 0)
        {
          g_print ("%s%s\n", i > 0 ? "\n" : "", process ? process : _("Other events"));
          last_process = process;
        }
      print_event_line (event);
    }
  return EXIT_SUCCESS;
}

static gboolean
link_documents (DossierLibrary  *library,
                DossierEvent    *event,
                GArray          *document_ids)
{
  for (guint i = 0; i < document_ids->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!dossier_library_link_event_document (library, event,
                                                g_array_index (document_ids, gint64, i), &error))
        {
          dossier_cli_print_error (error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Every document id is checked before the event is made: a typo then
 * leaves nothing half done. */
static gboolean
check_documents (DossierLibrary *library,
                 GArray         *document_ids)
{
  for (guint i = 0; i < document_ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierDocument) document =
        dossier_library_dup_document (library, g_array_index (document_ids, gint64, i), &error);

      if (document == NULL)
        {
          dossier_cli_print_error (error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static GArray *
parse_document_ids (char **texts)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      gint64 id;

      if (!parse_document_id (texts[i], &id))
        return NULL;
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

static int
carry_over (DossierLibrary *library,
            DossierEvent   *event,
            gboolean        quiet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierEvent) previous = dossier_library_dup_previous_round (library, event, &error);
  int moved;

  if (error != NULL)
    {
      dossier_cli_print_error (error->message);
      return -1;
    }
  moved = dossier_library_carry_over_asks (library, event, NULL, 0, &error);
  if (moved < 0)
    dossier_cli_print_error (error->message);
  else if (!quiet && previous != NULL)
    /* On standard error: standard output holds the new id alone, for scripts. */
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Carried over %d open follow-up from “%s”.\n",
                             "Carried over %d open follow-ups from “%s”.\n", moved),
                moved, dossier_event_get_title (previous));
  else if (!quiet)
    g_printerr ("%s\n", _("Nothing to carry over: this is the first round of its process."));
  return moved;
}

static int
command_events_add (const char  *library_path,
                    int          argc,
                    char       **argv)
{
  g_autofree char *kind_name = NULL, *country_name = NULL, *date = NULL, *place = NULL;
  g_autofree char *process = NULL, *notes = NULL;
  g_auto(GStrv) document_texts = NULL;
  gboolean json = FALSE, carry = FALSE;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("dialogue, council, subcommittee, visit, resolution, negotiation, upr or other"), "K" },
    { "country", 0, 0, G_OPTION_ARG_STRING, &country_name, N_("The country (a country tag: name or id)"), "C" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day, as YYYY-MM-DD"), "D" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Where it takes place"), "P" },
    { "process", 0, 0, G_OPTION_ARG_STRING, &process, N_("The process it is a round of, e.g. “EU–Kazakhstan Human Rights Dialogue”"), "P" },
    { "carry-over", 0, 0, G_OPTION_ARG_NONE, &carry, N_("Carry the open follow-ups of the process's previous round over to this one"), NULL },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), "N" },
    { "doc", 0, 0, G_OPTION_ARG_STRING_ARRAY, &document_texts, N_("A document linked to it (repeat for several)"), "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new event as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierTag) country = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GArray) document_ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DossierEventSpec spec = { NULL };
  DossierEventKind kind;

  if (!dossier_cli_parse_options ("events add", _("TITLE"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2)
    {
      dossier_cli_print_error (_("Name the event to add, e.g. “Human Rights Dialogue, round 9”."));
      return EXIT_USAGE;
    }
  if (!parse_kind (kind_name, &kind))
    return EXIT_USAGE;
  if (date == NULL || country_name == NULL)
    {
      dossier_cli_print_error (date == NULL ? _("Say when the event is: --date YYYY-MM-DD.")
                                : _("Say which country the event is about: --country C."));
      return EXIT_USAGE;
    }
  if (!check_date (date) || (document_ids = parse_document_ids (document_texts)) == NULL)
    return EXIT_USAGE;
  if (carry && (process == NULL || *g_strstrip (process) == '\0'))
    {
      dossier_cli_print_error (_("--carry-over needs --process: the open follow-ups come from the process's previous round."));
      return EXIT_USAGE;
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL)
    return EXIT_FAILURE;
  if ((country = find_country (library, country_name)) == NULL ||
      !check_documents (library, document_ids))
    return EXIT_FAILURE;

  title = g_strjoinv (" ", argv + 1);
  spec.title = title;
  spec.kind = kind;
  spec.country_id = dossier_tag_get_id (country);
  spec.date = date;
  spec.place = place;
  spec.process = process;
  spec.notes = notes;
  event = dossier_library_add_event (library, &spec, &error);
  if (event == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  if (!link_documents (library, event, document_ids) ||
      (carry && carry_over (library, event, json) < 0))
    return EXIT_FAILURE;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_event (builder, library, event);
      dossier_cli_print_json (builder);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", dossier_event_get_id (event));
  return EXIT_SUCCESS;
}

int
dossier_cli_events (const char  *library_path,
                    int          argc,
                    char       **argv)
{
  if (argc > 1 && g_str_equal (argv[1], "add"))
    return command_events_add (library_path, argc - 1, argv + 1);
  return command_events_list (library_path, argc, argv);
}

/* ---- asks ---- */

static void
add_change_flags (JsonBuilder           *builder,
                  DossierAskChangeFlags  changed)
{
  static const struct { DossierAskChangeFlags flag; const char *name; } names[] = {
    { DOSSIER_ASK_CHANGED_CREATED, "created" },
    { DOSSIER_ASK_CHANGED_STATUS, "status" },
    { DOSSIER_ASK_CHANGED_DUE_DATE, "due" },
    { DOSSIER_ASK_CHANGED_OWNER, "owner" },
    { DOSSIER_ASK_CHANGED_NEXT_STEP, "next_step" },
    { DOSSIER_ASK_CHANGED_EVENT, "event" },
    { DOSSIER_ASK_CHANGED_TEXT, "text" },
    { DOSSIER_ASK_CARRIED_OVER, "carried_over" },
  };

  json_builder_set_member_name (builder, "changed");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (changed & names[i].flag)
      json_builder_add_string_value (builder, names[i].name);
  json_builder_end_array (builder);
}

static void
add_history (JsonBuilder *builder,
             GPtrArray   *history)
{
  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      DossierAskChange *change = g_ptr_array_index (history, i);
      g_autofree char *description = dossier_ask_change_describe (change);

      json_builder_begin_object (builder);
      add_time (builder, "at", change->at);
      add_change_flags (builder, change->changed);
      dossier_cli_add_string_or_null (builder, "description", description);
      dossier_cli_add_string_or_null (builder, "note", change->note);
      dossier_cli_add_string_or_null (builder, "status", dossier_ask_status_to_string (change->status));
      dossier_cli_add_string_or_null (builder, "due", change->due_date);
      dossier_cli_add_string_or_null (builder, "owner", change->owner);
      dossier_cli_add_string_or_null (builder, "next_step", change->next_step);
      add_id_or_null (builder, "event_id", change->event_id);
      dossier_cli_add_string_or_null (builder, "event", change->event_title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_ask (JsonBuilder    *builder,
         DossierLibrary *library,
         DossierAsk     *ask)
{
  g_autoptr(GPtrArray) tags = dossier_library_list_ask_tags (library, ask, NULL);
  g_autoptr(GPtrArray) history = dossier_library_list_ask_history (library, ask, NULL);
  GArray *documents = dossier_ask_get_documents (ask);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dossier_ask_get_id (ask));
  dossier_cli_add_string_or_null (builder, "text", dossier_ask_get_text (ask));
  dossier_cli_add_string_or_null (builder, "status", dossier_ask_status_to_string (dossier_ask_get_status (ask)));
  json_builder_set_member_name (builder, "open");
  json_builder_add_boolean_value (builder, dossier_ask_get_is_open (ask));
  add_id_or_null (builder, "event_id", dossier_ask_get_event_id (ask));
  dossier_cli_add_string_or_null (builder, "event", dossier_ask_get_event_title (ask));
  dossier_cli_add_string_or_null (builder, "event_date", dossier_ask_get_event_date (ask));
  dossier_cli_add_string_or_null (builder, "process", dossier_ask_get_process (ask));
  dossier_cli_add_string_or_null (builder, "owner", dossier_ask_get_owner (ask));
  dossier_cli_add_string_or_null (builder, "due", dossier_ask_get_due_date (ask));
  dossier_cli_add_string_or_null (builder, "next_step", dossier_ask_get_next_step (ask));
  json_builder_set_member_name (builder, "overdue");
  json_builder_add_boolean_value (builder, dossier_ask_is_overdue (ask, NULL));
  add_time (builder, "created_at", dossier_ask_get_created_at (ask));
  add_time (builder, "updated_at", dossier_ask_get_updated_at (ask));
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    {
      DossierTag *tag = g_ptr_array_index (tags, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, dossier_tag_get_id (tag));
      dossier_cli_add_string_or_null (builder, "name", dossier_tag_get_name (tag));
      dossier_cli_add_string_or_null (builder, "facet", dossier_tag_get_facet (tag));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < documents->len; i++)
    {
      const DossierAskDocument *document = &g_array_index (documents, DossierAskDocument, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, document->document_id);
      json_builder_set_member_name (builder, "page");
      if (document->page > 0)
        json_builder_add_int_value (builder, document->page);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_history (builder, history);
  json_builder_end_object (builder);
}

static void
print_ask_line (DossierAsk *ask)
{
  const char *due = dossier_ask_get_due_date (ask);
  const char *event = dossier_ask_get_event_title (ask);
  const char *owner = dossier_ask_get_owner (ask);

  g_print ("%6" G_GINT64_FORMAT "  [%s]  %s\n", dossier_ask_get_id (ask),
           dossier_ask_get_status_label (ask), dossier_ask_get_text (ask));
  g_print ("        ");
  if (event != NULL)
    g_print (_("At: %s (%s)"), event, dossier_ask_get_event_date (ask));
  else
    g_print ("%s", _("Not tied to an event"));
  if (due != NULL)
    g_print (dossier_ask_is_overdue (ask, NULL) ? _(" — due %s, overdue") : _(" — due %s"), due);
  if (owner != NULL)
    g_print (_(" — owner: %s"), owner);
  g_print ("\n");
}

static void
print_history (GPtrArray *history)
{
  for (guint i = 0; i < history->len; i++)
    {
      DossierAskChange *change = g_ptr_array_index (history, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (change->at);
      g_autofree char *at = g_date_time_format (when, "%Y-%m-%d %H:%M");
      g_autofree char *description = dossier_ask_change_describe (change);

      g_print ("        %s  %s\n", at, description);
      if (change->note != NULL)
        g_print ("                          %s\n", change->note);
    }
}

static gboolean
collect_tag_ids (DossierLibrary  *library,
                 char           **texts,
                 GArray          *tag_ids)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_autoptr(DossierTag) tag = find_tag (library, texts[i]);
      gint64 id;

      if (tag == NULL)
        return FALSE;
      id = dossier_tag_get_id (tag);
      g_array_append_val (tag_ids, id);
    }
  return TRUE;
}

static int
command_asks_list (const char  *library_path,
                   int          argc,
                   char       **argv)
{
  gboolean json = FALSE, overdue = FALSE, open_only = FALSE;
  g_auto(GStrv) status_texts = NULL;
  g_auto(GStrv) tag_texts = NULL;
  g_autofree char *event_text = NULL, *owner = NULL, *document_text = NULL;
  int due_within = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the follow-ups, with their history, as JSON"), NULL },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &status_texts, N_("Only follow-ups with this status (repeat, or separate with commas)"), "S" },
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only open follow-ups (neither resolved nor dropped)"), NULL },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only open follow-ups due before today"), NULL },
    { "due-within", 0, 0, G_OPTION_ARG_INT, &due_within, N_("Only open follow-ups due in the next N days, today included"), "N" },
    { "event", 0, 0, G_OPTION_ARG_STRING, &event_text, N_("Only follow-ups of this event"), "ID" },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tag_texts, N_("Only follow-ups with this tag or one under it (repeat for several)"), "T" },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only follow-ups of this owner"), "O" },
    { "doc", 0, 0, G_OPTION_ARG_STRING, &document_text, N_("Only follow-ups this document is evidence for"), "ID" },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GArray) tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) asks = NULL;
  g_autoptr(GError) error = NULL;
  DossierAskFilter filter = { 0 };
  guint n;

  if (!dossier_cli_parse_options ("asks", "", entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown asks command “%s”; use add, set, "
                                                    "show or suggest, or no command to list the "
                                                    "follow-ups."), argv[1]);
      dossier_cli_print_error (message);
      return EXIT_USAGE;
    }
  if (!parse_statuses (status_texts, &filter.statuses) ||
      (event_text != NULL && !parse_event_id (event_text, &filter.event_id)) ||
      (document_text != NULL && !parse_document_id (document_text, &filter.document_id)))
    return EXIT_USAGE;
  if (due_within < 0)
    {
      dossier_cli_print_error (_("--due-within takes a number of days, 1 or more."));
      return EXIT_USAGE;
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL)
    return EXIT_FAILURE;
  if (!collect_tag_ids (library, tag_texts, tag_ids))
    return EXIT_FAILURE;
  filter.open_only = open_only;
  filter.overdue = overdue;
  filter.due_within_days = (guint) due_within;
  filter.owner = owner;
  filter.tag_ids = (const gint64 *) tag_ids->data;
  filter.n_tag_ids = tag_ids->len;
  asks = dossier_library_list_asks (library, &filter, &error);
  if (asks == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  n = g_list_model_get_n_items (asks);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

          add_ask (builder, library, ask);
        }
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
      return EXIT_SUCCESS;
    }
  if (n == 0)
    g_print ("%s\n", _("No follow-up matches."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

      print_ask_line (ask);
    }
  return EXIT_SUCCESS;
}

static int
command_asks_show (const char  *library_path,
                   int          argc,
                   char       **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the follow-up as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  const char *next_step;

  if (!dossier_cli_parse_options ("asks show", _("ID"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    {
      dossier_cli_print_error (_("Name one follow-up id."));
      return EXIT_USAGE;
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL || (ask = find_ask (library, argv[1])) == NULL)
    return EXIT_FAILURE;
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_ask (builder, library, ask);
      dossier_cli_print_json (builder);
      return EXIT_SUCCESS;
    }
  history = dossier_library_list_ask_history (library, ask, &error);
  if (history != NULL)
    tags = dossier_library_list_ask_tags (library, ask, &error);
  if (history == NULL || tags == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  print_ask_line (ask);
  next_step = dossier_ask_get_next_step (ask);
  if (next_step != NULL)
    g_print ("        %s %s\n", _("Next step:"), next_step);
  if (tags->len > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (guint i = 0; i < tags->len; i++)
        g_ptr_array_add (names, (gpointer) dossier_tag_get_name (g_ptr_array_index (tags, i)));
      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);
      g_print ("        %s %s\n", _("Tags:"), joined);
    }
  g_print ("\n%s\n", _("History:"));
  print_history (history);
  return EXIT_SUCCESS;
}

static int
command_asks_add (const char  *library_path,
                  int          argc,
                  char       **argv)
{
  g_autofree char *event_text = NULL, *due = NULL, *owner = NULL, *status_text = NULL;
  g_autofree char *next_step = NULL, *note = NULL;
  g_auto(GStrv) tag_texts = NULL;
  g_auto(GStrv) document_texts = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_STRING, &event_text, N_("The event it was or will be raised at"), "ID" },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tag_texts, N_("An issue, case or institution (repeat for several)"), "T" },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("When it is due, as YYYY-MM-DD"), "D" },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who follows it up"), "O" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text, N_("draft (the default), submitted, raised, answered, resolved, unresolved or dropped"), "S" },
    { "next-step", 0, 0, G_OPTION_ARG_STRING, &next_step, N_("What is to be done next"), "N" },
    { "doc", 0, 0, G_OPTION_ARG_STRING_ARRAY, &document_texts, N_("A document that is its evidence, as ID or ID:PAGE (repeat for several)"), "ID" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for its history"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new follow-up as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GArray) tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) documents = g_array_new (FALSE, FALSE, sizeof (DossierAskDocument));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DossierAskSpec spec = { NULL };
  DossierAskStatus status = DOSSIER_ASK_DRAFT;

  if (!dossier_cli_parse_options ("asks add", _("TEXT"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2 || event_text == NULL)
    {
      dossier_cli_print_error (argc < 2 ? _("Write what was asked, e.g. “Call for the release of Vladimir Kozlov”.")
                            : _("Say at which event it is raised: --event ID (see “dossier events”)."));
      return EXIT_USAGE;
    }
  if ((status_text != NULL && !parse_status (status_text, &status)) || !check_date (due))
    return EXIT_USAGE;
  for (guint i = 0; document_texts != NULL && document_texts[i] != NULL; i++)
    {
      DossierAskDocument document;

      if (!parse_document_page (document_texts[i], &document))
        return EXIT_USAGE;
      g_array_append_val (documents, document);
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL ||
      (event = find_event (library, event_text)) == NULL ||
      !collect_tag_ids (library, tag_texts, tag_ids))
    return EXIT_FAILURE;

  text = g_strjoinv (" ", argv + 1);
  spec.text = text;
  spec.event_id = dossier_event_get_id (event);
  spec.status = status;
  spec.owner = owner;
  spec.due_date = due;
  spec.next_step = next_step;
  spec.tag_ids = (const gint64 *) tag_ids->data;
  spec.n_tag_ids = tag_ids->len;
  spec.documents = (const DossierAskDocument *) documents->data;
  spec.n_documents = documents->len;
  spec.note = note;
  ask = dossier_library_add_ask (library, &spec, &error);
  if (ask == NULL)
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_ask (builder, library, ask);
      dossier_cli_print_json (builder);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", dossier_ask_get_id (ask));
  return EXIT_SUCCESS;
}

static int
command_asks_set (const char  *library_path,
                  int          argc,
                  char       **argv)
{
  g_autofree char *status_text = NULL, *note = NULL, *due = NULL, *owner = NULL;
  g_autofree char *next_step = NULL, *event_text = NULL;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text, N_("The new status"), "S" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Why, or what was said: kept in its history"), "N" },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("The new due date, as YYYY-MM-DD (\"\" for none)"), "D" },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("The new owner (\"\" for none)"), "O" },
    { "next-step", 0, 0, G_OPTION_ARG_STRING, &next_step, N_("The next step (\"\" for none)"), "N" },
    { "event", 0, 0, G_OPTION_ARG_STRING, &event_text, N_("Move it to another event"), "ID" },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  DossierAskUpdate update = { 0 };

  if (!dossier_cli_parse_options ("asks set", _("ID"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    {
      dossier_cli_print_error (_("Name one follow-up id, then what changes: --status S, --due D, --owner O, "
                     "--next-step N, --event ID, --note N."));
      return EXIT_USAGE;
    }
  if (status_text == NULL && due == NULL && owner == NULL && next_step == NULL &&
      event_text == NULL && note == NULL)
    {
      dossier_cli_print_error (_("Say what changes: --status S, --due D, --owner O, --next-step N, "
                     "--event ID, or a --note."));
      return EXIT_USAGE;
    }
  if ((status_text != NULL && !parse_status (status_text, &update.status)) || !check_date (due))
    return EXIT_USAGE;
  if ((library = dossier_cli_open_library (library_path)) == NULL || (ask = find_ask (library, argv[1])) == NULL)
    return EXIT_FAILURE;
  if (event_text != NULL && (event = find_event (library, event_text)) == NULL)
    return EXIT_FAILURE;

  if (status_text != NULL)
    update.changed |= DOSSIER_ASK_CHANGED_STATUS;
  if (due != NULL)
    update.changed |= DOSSIER_ASK_CHANGED_DUE_DATE;
  if (owner != NULL)
    update.changed |= DOSSIER_ASK_CHANGED_OWNER;
  if (next_step != NULL)
    update.changed |= DOSSIER_ASK_CHANGED_NEXT_STEP;
  if (event != NULL)
    update.changed |= DOSSIER_ASK_CHANGED_EVENT;
  update.due_date = due;
  update.owner = owner;
  update.next_step = next_step;
  update.event_id = event ? dossier_event_get_id (event) : 0;
  update.note = note;
  if (!dossier_library_update_ask (library, ask, &update, &error))
    {
      dossier_cli_print_error (error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static void
add_suggestion (JsonBuilder          *builder,
                DossierLibrary       *library,
                DossierAskSuggestion *suggestion)
{
  json_builder_begin_object (builder);
  dossier_cli_add_string_or_null (builder, "text", suggestion->text);
  json_builder_set_member_name (builder, "page");
  json_builder_add_int_value (builder, suggestion->page);
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestion->tag_ids->len; i++)
    {
      g_autoptr(DossierTag) tag = dossier_library_find_tag (library,
                                                            g_array_index (suggestion->tag_ids, gint64, i),
                                                            NULL);

      if (tag == NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, dossier_tag_get_id (tag));
      dossier_cli_add_string_or_null (builder, "name", dossier_tag_get_name (tag));
      dossier_cli_add_string_or_null (builder, "facet", dossier_tag_get_facet (tag));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_id_or_null (builder, "ask_id", suggestion->ask_id);
  json_builder_end_object (builder);
}

static void
print_suggestion (DossierLibrary       *library,
                  DossierAskSuggestion *suggestion)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_print (_("Page %u: %s\n"), suggestion->page, suggestion->text);
  for (guint i = 0; i < suggestion->tag_ids->len; i++)
    {
      g_autoptr(DossierTag) tag = dossier_library_find_tag (library,
                                                            g_array_index (suggestion->tag_ids, gint64, i),
                                                            NULL);

      if (tag != NULL)
        g_ptr_array_add (names, g_strdup (dossier_tag_get_name (tag)));
    }
  if (names->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);
      g_print ("        %s %s\n", _("Tags:"), joined);
    }
  if (suggestion->ask_id != 0)
    {
      g_autofree char *made = g_strdup_printf (_("Already made into follow-up %lld."),
                                               (long long) suggestion->ask_id);

      g_print ("        %s\n", made);
    }
}

static int
command_asks_suggest (const char  *library_path,
                      int          argc,
                      char       **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the suggestions as JSON"), NULL },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 document_id;

  if (!dossier_cli_parse_options ("asks suggest", _("DOC_ID"), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    {
      dossier_cli_print_error (_("Name the document whose asks to suggest: “dossier asks suggest DOC_ID”."));
      return EXIT_USAGE;
    }
  if (!parse_document_id (argv[1], &document_id))
    return EXIT_USAGE;
  if ((library = dossier_cli_open_library (library_path)) == NULL)
    return EXIT_FAILURE;
  suggestions = dossier_library_suggest_asks (library, document_id, &error);
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
        add_suggestion (builder, library, g_ptr_array_index (suggestions, i));
      json_builder_end_array (builder);
      dossier_cli_print_json (builder);
      return EXIT_SUCCESS;
    }
  if (suggestions->len == 0)
    g_print ("%s\n", _("No sentence of this document asks anything of its addressee."));
  for (guint i = 0; i < suggestions->len; i++)
    print_suggestion (library, g_ptr_array_index (suggestions, i));
  return EXIT_SUCCESS;
}

int
dossier_cli_asks (const char  *library_path,
                  int          argc,
                  char       **argv)
{
  if (argc > 1 && g_str_equal (argv[1], "add"))
    return command_asks_add (library_path, argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "set"))
    return command_asks_set (library_path, argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "show"))
    return command_asks_show (library_path, argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "suggest"))
    return command_asks_suggest (library_path, argc - 1, argv + 1);
  return command_asks_list (library_path, argc, argv);
}

/* ---- exports ---- */

typedef gboolean (*ExportFunc) (DossierLibrary *library, GFile *file, GError **error);

static gboolean
export_followups (DossierLibrary  *library,
                  GFile           *file,
                  GError         **error)
{
  return dossier_library_export_followups (library, NULL, file, error);
}

static int
run_export (const char  *library_path,
            const char  *command,
            int          argc,
            char       **argv,
            ExportFunc   export)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!dossier_cli_parse_options (command, "", entries, &argc, &argv))
    return EXIT_USAGE;
  if (output == NULL || argc > 1)
    {
      dossier_cli_print_error (_("Say where to write: -o FILE."));
      return EXIT_USAGE;
    }
  if ((library = dossier_cli_open_library (library_path)) == NULL)
    return EXIT_FAILURE;
  file = g_file_new_for_commandline_arg (output);
  if (!export (library, file, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot write %s: %s"), output, error->message);

      dossier_cli_print_error (message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

int
dossier_cli_export_followups (const char  *library_path,
                              int          argc,
                              char       **argv)
{
  return run_export (library_path, "export-followups", argc, argv, export_followups);
}

int
dossier_cli_export_calendar (const char  *library_path,
                             int          argc,
                             char       **argv)
{
  return run_export (library_path, "export-calendar", argc, argv, dossier_library_export_calendar);
}
