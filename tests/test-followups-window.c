/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "dossier-ask-dialog.h"
#include "dossier-ask-page.h"
#include "dossier-date-row.h"
#include "dossier-document-asks.h"
#include "dossier-event-dialog.h"
#include "dossier-event-page.h"
#include "dossier-events-view.h"
#include "dossier-fixtures.h"
#include "dossier-followup-labels.h"
#include "dossier-followups-view.h"
#include "dossier-followups.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-tags.h"
#include "dossier-window.h"

#define TIMEOUT_SECONDS 20
#define PROCESS "EU–Kazakhstan Human Rights Dialogue"

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  DossierWindow  *window;
  char           *today;
} Fixture;

/* ---- Waiting ---- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint tick = g_timeout_add (10, tick_cb, NULL);
  gboolean done;

  while (!(done = condition (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  if (!done)
    g_test_message ("Timed out waiting for %s", what);
  g_assert_true (done);
}

static void
run_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

/* ---- Finding widgets ---- */

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_descendant (GtkWidget     *root,
                 WidgetMatch    match,
                 gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      found = find_descendant (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  GtkWidget *found = find_descendant (root, match_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (found);
  return found;
}

static gboolean
match_row_title (GtkWidget     *widget,
                 gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *found = find_descendant (root, match_row_title, title);

  g_assert_nonnull (found);
  return found;
}

static gboolean
match_label_text (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
match_css_class (GtkWidget     *widget,
                 gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  GtkWidget *found = find_descendant (root, match_css_class, css_class);

  g_assert_nonnull (found);
  return found;
}

/* A visible window on screen of @type other than the main one, the
 * latest shown. */
static GtkWindow *
find_toplevel (Fixture *fixture,
               GType    type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != fixture->window && gtk_widget_get_visible (l->data) &&
        G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static AdwMessageDialog *
find_message_dialog (Fixture    *fixture,
                     const char *heading)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static const char *
visible_content (Fixture *fixture)
{
  GtkWidget *events = find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_EVENTS_VIEW);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (events));

  return gtk_stack_get_visible_child_name (stack);
}

static DossierFollowupsView *
followups_view (Fixture *fixture)
{
  return DOSSIER_FOLLOWUPS_VIEW (find_by_type (GTK_WIDGET (fixture->window),
                                               DOSSIER_TYPE_FOLLOWUPS_VIEW));
}

static DossierAskPage *
ask_page (Fixture *fixture)
{
  return DOSSIER_ASK_PAGE (find_by_type (GTK_WIDGET (followups_view (fixture)),
                                         DOSSIER_TYPE_ASK_PAGE));
}

/* ---- Setting up ---- */

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-followups-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (path, &error);
  g_assert_no_error (error);
  fixture->today = dossier_followups_today (NULL);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = dossier_window_new (NULL, fixture->library);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (window_mapped, fixture->window, "the window to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);
  GList *toplevels = gtk_window_list_toplevels ();

  /* What a test left open must not turn up in the next one. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  run_for (20);

  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->today);
  g_free (fixture->dir);
}

static gint64
import_letter (Fixture    *fixture,
               const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);
  const char *paths[] = { path, NULL };
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  DossierImportResult *result;

  dossier_fixture_write_letter (path, dossier_fixture_letter (name));
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  return result->id;
}

static DossierEvent *
add_event (Fixture    *fixture,
           const char *title,
           const char *date,
           const char *process)
{
  DossierEventSpec spec = { .title = title, .kind = DOSSIER_EVENT_DIALOGUE, .date = date,
                            .process = process };
  g_autoptr(GError) error = NULL;
  DossierEvent *event = dossier_library_add_event (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return event;
}

static DossierAsk *
add_ask (Fixture          *fixture,
         const char       *text,
         DossierEvent     *event,
         DossierAskStatus  status,
         int               due_in_days)
{
  g_autofree char *due = due_in_days != G_MININT
                         ? dossier_followups_add_days (fixture->today, due_in_days) : NULL;
  DossierAskSpec spec = { .text = text, .event_id = event ? dossier_event_get_id (event) : 0,
                          .status = status, .due_date = due };
  g_autoptr(GError) error = NULL;
  DossierAsk *ask = dossier_library_add_ask (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return ask;
}

static void
add_test (const char *path,
          void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

/* ---- /followups-window/labels ---- */

static void
test_labels (void)
{
  g_autofree char *today = g_strdup ("2026-03-30");
  int days = 0;
  struct { const char *due; gboolean open; const char *text; DossierDueState state; } dues[] = {
    { "2026-03-27", TRUE, "3 days overdue", DOSSIER_DUE_OVERDUE },
    { "2026-03-29", TRUE, "1 day overdue", DOSSIER_DUE_OVERDUE },
    { "2026-03-30", TRUE, "Due today", DOSSIER_DUE_THIS_WEEK },
    { "2026-03-31", TRUE, "Due tomorrow", DOSSIER_DUE_THIS_WEEK },
    { "2026-04-05", TRUE, "Due in 6 days", DOSSIER_DUE_THIS_WEEK },
    { "2026-04-06", TRUE, "Due in 7 days", DOSSIER_DUE_LATER },
    { "2026-05-01", TRUE, "Due 1 May 2026", DOSSIER_DUE_LATER },
    /* Closed, a date in the past is no longer overdue. */
    { "2026-03-27", FALSE, "Due 27 Mar 2026", DOSSIER_DUE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    {
      g_autofree char *text = dossier_followup_due_text (dues[i].due, dues[i].open, today);

      g_assert_cmpstr (text, ==, dues[i].text);
      g_assert_cmpint (dossier_followup_due_state (dues[i].due, dues[i].open, today), ==,
                       dues[i].state);
    }
  g_assert_null (dossier_followup_due_text (NULL, TRUE, today));
  g_assert_cmpint (dossier_followup_due_state (NULL, TRUE, today), ==, DOSSIER_DUE_NONE);

  /* Across the end of a month, a leap day and a year. */
  g_assert_true (dossier_followup_days_between ("2024-02-28", "2024-03-01", &days));
  g_assert_cmpint (days, ==, 2);
  g_assert_true (dossier_followup_days_between ("2026-12-31", "2026-01-01", &days));
  g_assert_cmpint (days, ==, -364);
  g_assert_false (dossier_followup_days_between ("2026-02-30", "2026-03-01", &days));

  {
    g_autofree char *a = dossier_followup_countdown (0);
    g_autofree char *b = dossier_followup_countdown (1);
    g_autofree char *c = dossier_followup_countdown (12);
    g_autofree char *d = dossier_followup_countdown (-1);
    g_autofree char *e = dossier_followup_countdown (-5);

    g_assert_cmpstr (a, ==, "Today");
    g_assert_cmpstr (b, ==, "Tomorrow");
    g_assert_cmpstr (c, ==, "In 12 days");
    g_assert_cmpstr (d, ==, "Yesterday");
    g_assert_cmpstr (e, ==, "5 days ago");
  }
  {
    g_autofree char *none = dossier_followup_badge_text (0, 0);
    g_autofree char *five = dossier_followup_badge_text (3, 2);
    g_autofree char *quiet = dossier_followup_due_summary (0, 0);
    g_autofree char *both = dossier_followup_due_summary (3, 2);
    g_autofree char *overdue = dossier_followup_due_summary (1, 0);
    g_autofree char *week = dossier_followup_due_summary (0, 1);

    g_assert_null (none);
    g_assert_cmpstr (five, ==, "5");
    g_assert_null (quiet);
    g_assert_cmpstr (both, ==, "3 follow-ups are overdue. 2 more are due this week.");
    g_assert_cmpstr (overdue, ==, "1 follow-up is overdue.");
    g_assert_cmpstr (week, ==, "1 follow-up is due this week.");
  }
}

/* ---- /followups-window/create-event ---- */

static gboolean
event_dialog_shown (gpointer data)
{
  return find_toplevel (data, DOSSIER_TYPE_EVENT_DIALOG) != NULL;
}

static DossierEventDialog *
open_event_dialog (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-event", NULL));
  wait_until (event_dialog_shown, fixture, "the New Event dialog");
  return DOSSIER_EVENT_DIALOG (find_toplevel (fixture, DOSSIER_TYPE_EVENT_DIALOG));
}

static void
fill_event_dialog (DossierEventDialog *dialog,
                   const char         *title,
                   const char         *date,
                   const char         *process)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Title")), title);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Date")), date);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Place")), "Brussels");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Process")), process);
}

static gboolean
match_visible_error (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_is_visible (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data);
}

static gboolean
event_dialog_gone (gpointer data)
{
  return find_toplevel (data, DOSSIER_TYPE_EVENT_DIALOG) == NULL;
}

static void
test_create_event (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) country = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autofree char *date = dossier_followups_add_days (fixture->today, 12);
  g_autofree char *typed = g_strdup_printf ("%.2s.%.2s.%.4s", date + 8, date + 5, date);
  g_autoptr(GError) error = NULL;
  DossierEventDialog *dialog;
  AdwComboRow *kind, *countries;
  DossierEventPage *page;
  GtkWidget *button;

  /* A country of the default taxonomy. */
  country = dossier_library_find_tag_by_name (fixture->library, DOSSIER_FACET_COUNTRY,
                                              "Kazakhstan", &error);
  g_assert_no_error (error);
  open_window (fixture);
  dialog = open_event_dialog (fixture);

  /* A day that does not exist is refused, said why, and nothing typed is lost. */
  fill_event_dialog (dialog, "EU–Kazakhstan Human Rights Dialogue, round 9", "31.02.2026", PROCESS);
  g_assert_false (dossier_event_dialog_save (dialog));
  g_assert_nonnull (find_descendant (GTK_WIDGET (dialog), match_visible_error, "YYYY-MM-DD"));
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (dialog), "Date"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Title"))),
                   ==, "EU–Kazakhstan Human Rights Dialogue, round 9");
  events = dossier_library_list_events (fixture->library, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_clear_object (&events);

  /* Corrected, with a kind and a country chosen, it is created. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Date")), typed);
  kind = ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), "Kind"));
  adw_combo_row_set_selected (kind, DOSSIER_EVENT_COUNCIL);
  countries = ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), "Country"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (countries)), 0),
                   ==, "None");
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (countries)); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (countries)), i),
                     "Kazakhstan"))
      adw_combo_row_set_selected (countries, i);
  g_assert_cmpuint (adw_combo_row_get_selected (countries), >, 0);
  /* As a click on Create. */
  button = find_descendant (GTK_WIDGET (dialog), match_button_label, "C_reate");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_until (event_dialog_gone, fixture, "the dialog to close");

  events = dossier_library_list_events (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  event = g_list_model_get_item (events, 0);
  g_assert_cmpstr (dossier_event_get_title (event), ==, "EU–Kazakhstan Human Rights Dialogue, round 9");
  g_assert_cmpstr (dossier_event_get_date (event), ==, date);
  g_assert_cmpint (dossier_event_get_kind (event), ==, DOSSIER_EVENT_COUNCIL);
  g_assert_cmpint (dossier_event_get_country_id (event), ==, dossier_tag_get_id (country));
  g_assert_cmpstr (dossier_event_get_place (event), ==, "Brussels");
  g_assert_cmpstr (dossier_event_get_process (event), ==, PROCESS);
  g_assert_cmpuint (dossier_event_get_round (event), ==, 1);

  /* The window shows it: the Events section, its page, its countdown. */
  g_assert_cmpstr (visible_content (fixture), ==, "events");
  page = DOSSIER_EVENT_PAGE (find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_EVENT_PAGE));
  g_assert_true (dossier_event_page_get_event (page) == event);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (find_descendant (GTK_WIDGET (page), match_label_text, "In 12 days"));
  g_assert_nonnull (find_descendant (GTK_WIDGET (page), match_label_text,
                                     "Round 1 of " PROCESS));
  /* The next event, on top of the list. */
  g_assert_nonnull (find_descendant (GTK_WIDGET (find_by_type (GTK_WIDGET (fixture->window),
                                                               DOSSIER_TYPE_EVENTS_VIEW)),
                                     match_label_text, "In 12 days"));
}

/* ---- /followups-window/rollover ---- */

static gboolean
rollover_shown (gpointer data)
{
  return find_message_dialog (data, "Carry Over Open Follow-ups?") != NULL;
}

static void
test_rollover (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(DossierEvent) round1 = add_event (fixture, "Round 1", "2024-11-23", PROCESS);
  g_autoptr(DossierAsk) open1 = add_ask (fixture, "Release Vladimir Kozlov", round1,
                                         DOSSIER_ASK_RAISED, G_MININT);
  g_autoptr(DossierAsk) open2 = add_ask (fixture, "Amend the NGO reporting rules", round1,
                                         DOSSIER_ASK_SUBMITTED, G_MININT);
  g_autoptr(DossierAsk) closed = add_ask (fixture, "Register the opposition party", round1,
                                          DOSSIER_ASK_RESOLVED, G_MININT);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(DossierEvent) round2 = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *extra;
  GList *checks = NULL;
  DossierAskChange *last;
  DossierEventDialog *event_dialog;

  open_window (fixture);
  event_dialog = open_event_dialog (fixture);
  fill_event_dialog (event_dialog, "Round 2", "2025-11-20", PROCESS);
  g_assert_true (dossier_event_dialog_save (event_dialog));
  wait_until (rollover_shown, fixture, "the roll-over question");
  dialog = find_message_dialog (fixture, "Carry Over Open Follow-ups?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Round 1” left 2 follow-ups open"));

  /* A check box per open ask, all checked; the resolved one is not offered. */
  extra = adw_message_dialog_get_extra_child (dialog);
  for (GtkWidget *row = find_descendant (extra, match_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = find_by_type (row, GTK_TYPE_CHECK_BUTTON);

      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=,
                       "Register the opposition party");
      checks = g_list_append (checks, check);
    }
  g_assert_cmpuint (g_list_length (checks), ==, 2);
  /* The second stays with round 1. */
  gtk_check_button_set_active (g_list_nth_data (checks, 1), FALSE);
  g_list_free (checks);
  adw_message_dialog_response (dialog, "carry");
  run_for (50);

  events = dossier_library_list_events (fixture->library, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  round2 = g_list_model_get_item (events, 1);
  g_assert_cmpstr (dossier_event_get_title (round2), ==, "Round 2");
  g_assert_cmpuint (dossier_event_get_round (round2), ==, 2);
  g_assert_cmpint (dossier_ask_get_event_id (open1), ==, dossier_event_get_id (round2));
  g_assert_cmpint (dossier_ask_get_event_id (open2), ==, dossier_event_get_id (round1));
  g_assert_cmpint (dossier_ask_get_event_id (closed), ==, dossier_event_get_id (round1));
  /* The same ask, its history going on. */
  history = dossier_library_list_ask_history (fixture->library, open1, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_true (last->changed & DOSSIER_ASK_CARRIED_OVER);
  g_assert_cmpint (dossier_ask_get_status (open1), ==, DOSSIER_ASK_RAISED);

  /* The new round's page lists it. */
  g_assert_cmpstr (visible_content (fixture), ==, "events");
  wait_until (window_mapped, find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_EVENT_PAGE),
              "the event page");
  g_assert_nonnull (find_descendant (find_by_type (GTK_WIDGET (fixture->window),
                                                   DOSSIER_TYPE_EVENT_PAGE),
                                     match_row_title, "Release Vladimir Kozlov"));
}

/* ---- /followups-window/suggestion ---- */

#define URGED "We urge the EU to raise the draft law at the dialogue"

static DossierDocumentAsks *
document_asks (Fixture *fixture)
{
  return DOSSIER_DOCUMENT_ASKS (find_by_type (GTK_WIDGET (fixture->window),
                                              DOSSIER_TYPE_DOCUMENT_ASKS));
}

static gboolean
match_suggestion_row (GtkWidget     *widget,
                      gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "suggested-ask") &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}

static gboolean
ask_dialog_shown (gpointer data)
{
  return find_toplevel (data, DOSSIER_TYPE_ASK_DIALOG) != NULL;
}

static char *
dup_text_view_text (GtkWidget *root)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (root,
                                                                                 GTK_TYPE_TEXT_VIEW)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_suggestion (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 letter = import_letter (fixture, "en-briefing");
  g_autofree char *next_date = dossier_followups_add_days (fixture->today, 10);
  /* An event passed is not the one offered, the next one is. */
  g_autoptr(DossierEvent) past = add_event (fixture, "Past round", "2015-06-20", NULL);
  g_autoptr(DossierEvent) next = add_event (fixture, "Next round", next_date, NULL);
  g_autoptr(GListModel) asks = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row, *button;
  DossierAskDialog *dialog;
  AdwComboRow *event_row;
  DossierAskDocument *evidence;

  open_window (fixture);
  g_object_set (fixture->window, "properties-visible", TRUE, NULL);
  dossier_window_show_document (fixture->window, letter, 1, NULL);
  g_assert_cmpuint (dossier_document_asks_get_n_suggestions (document_asks (fixture)), >, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (document_asks (fixture))));

  /* The sentence that urges, with its button. */
  row = find_descendant (GTK_WIDGET (document_asks (fixture)), match_suggestion_row, URGED);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Page 1");
  button = find_by_type (row, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add as Follow-up…");
  g_signal_emit_by_name (button, "clicked");
  wait_until (ask_dialog_shown, fixture, "the add dialog");
  dialog = DOSSIER_ASK_DIALOG (find_toplevel (fixture, DOSSIER_TYPE_ASK_DIALOG));

  /* Prefilled: the sentence, the next event, the letter at its page. */
  text = dup_text_view_text (GTK_WIDGET (dialog));
  g_assert_true (g_str_has_prefix (text, URGED));
  event_row = ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), "Event"));
  g_assert_cmpuint (adw_combo_row_get_selected (event_row), ==, 1);
  g_assert_nonnull (find_descendant (GTK_WIDGET (dialog), match_row_title,
                                     "Kyrgyzstan: the draft law on non-commercial organisations"));
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Owner")), "Aigerim");
  g_assert_true (dossier_ask_dialog_save (dialog));
  run_for (50);

  asks = dossier_library_list_asks (fixture->library, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 1);
  ask = g_list_model_get_item (asks, 0);
  g_assert_true (g_str_has_prefix (dossier_ask_get_text (ask), URGED));
  g_assert_cmpint (dossier_ask_get_event_id (ask), ==, dossier_event_get_id (next));
  g_assert_cmpint (dossier_ask_get_status (ask), ==, DOSSIER_ASK_DRAFT);
  g_assert_cmpstr (dossier_ask_get_owner (ask), ==, "Aigerim");
  g_assert_cmpuint (dossier_ask_get_documents (ask)->len, ==, 1);
  evidence = &g_array_index (dossier_ask_get_documents (ask), DossierAskDocument, 0);
  g_assert_cmpint (evidence->document_id, ==, letter);
  g_assert_cmpuint (evidence->page, ==, 1);

  /* The letter stays open, and now lists it, its sentence marked as
   * followed up. */
  g_assert_cmpstr (visible_content (fixture), ==, "documents");
  g_assert_cmpint (dossier_document_get_id (dossier_window_get_document (fixture->window)), ==,
                   letter);
  row = find_descendant (GTK_WIDGET (document_asks (fixture)), match_suggestion_row, URGED);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Page 1 · a follow-up");
  row = find_descendant (GTK_WIDGET (document_asks (fixture)), match_css_class, "ask-row");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), URGED));
  /* Its row opens the follow-up. */
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpstr (visible_content (fixture), ==, "followups");
  g_assert_cmpint (dossier_followups_view_get_ask_id (followups_view (fixture)), ==,
                   dossier_ask_get_id (ask));

  /* Its evidence opens the letter at the page. */
  row = find_descendant (GTK_WIDGET (ask_page (fixture)), match_row_title,
                         "Kyrgyzstan: the draft law on non-commercial organisations");
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_cmpstr (visible_content (fixture), ==, "documents");
  g_assert_cmpint (dossier_document_get_id (dossier_window_get_document (fixture->window)), ==,
                   letter);
  (void) past;
}

/* ---- /followups-window/status-history ---- */

static gboolean
status_dialog_shown (gpointer data)
{
  return find_message_dialog (data, "Change Status") != NULL;
}

static GtkWidget *
timeline (Fixture *fixture)
{
  return find_by_class (GTK_WIDGET (ask_page (fixture)), "timeline");
}

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
test_status_history (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", PROCESS);
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Call for the release of Vladimir Kozlov", event,
                                       DOSSIER_ASK_SUBMITTED, 5);
  AdwMessageDialog *dialog;
  GtkWidget *latest;
  GtkTextBuffer *note;
  guint before;

  open_window (fixture);
  dossier_window_show_ask (fixture->window, dossier_ask_get_id (ask));
  g_assert_cmpstr (visible_content (fixture), ==, "followups");
  g_assert_true (dossier_ask_page_get_ask (ask_page (fixture)) == ask);
  before = n_children (timeline (fixture));
  g_assert_cmpuint (before, ==, 1);

  /* The status changes through a dialog that asks for a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ask_page (fixture)),
                                             "ask.change-status", NULL));
  wait_until (status_dialog_shown, fixture, "the status dialog");
  dialog = find_message_dialog (fixture, "Change Status");
  /* What usually comes next is offered. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_by_type (GTK_WIDGET (dialog),
                                                                             GTK_TYPE_DROP_DOWN))),
                    ==, DOSSIER_ASK_RAISED);
  note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (GTK_WIDGET (dialog),
                                                                GTK_TYPE_TEXT_VIEW)));
  gtk_text_buffer_set_text (note, "Raised by the EU delegation in the opening session", -1);
  adw_message_dialog_response (dialog, "apply");
  run_for (50);

  g_assert_cmpint (dossier_ask_get_status (ask), ==, DOSSIER_ASK_RAISED);
  g_assert_cmpuint (n_children (timeline (fixture)), ==, before + 1);
  latest = gtk_widget_get_last_child (timeline (fixture));
  g_assert_true (gtk_widget_has_css_class (latest, "latest"));
  g_assert_nonnull (find_descendant (latest, match_label_text, "Status: Submitted → Raised"));
  g_assert_nonnull (find_descendant (latest, match_label_text,
                                     "Raised by the EU delegation in the opening session"));
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_first_child (timeline (fixture)),
                                            "latest"));
  /* The page's pill follows. */
  g_assert_nonnull (find_descendant (GTK_WIDGET (ask_page (fixture)), match_css_class,
                                     "status-raised"));

  /* The owner, typed and applied, is one more entry. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (ask_page (fixture)), "Owner")), "Jonas");
  g_signal_emit_by_name (find_row (GTK_WIDGET (ask_page (fixture)), "Owner"), "apply");
  g_assert_cmpstr (dossier_ask_get_owner (ask), ==, "Jonas");
  g_assert_cmpuint (n_children (timeline (fixture)), ==, before + 2);
  g_assert_nonnull (find_descendant (gtk_widget_get_last_child (timeline (fixture)),
                                     match_label_text, "Owner: Jonas"));

  /* A due date that is no day is refused, and the stored one stays. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (ask_page (fixture)), "Due Date")),
                         "2026-13-40");
  g_signal_emit_by_name (find_row (GTK_WIDGET (ask_page (fixture)), "Due Date"), "apply");
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (ask_page (fixture)), "Due Date"),
                                           "error"));
  g_assert_nonnull (dossier_ask_get_due_date (ask));
  g_assert_cmpuint (n_children (timeline (fixture)), ==, before + 2);
}

/* ---- /followups-window/badge ---- */

static void
test_badge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", PROCESS);
  g_autoptr(DossierAsk) overdue = add_ask (fixture, "Overdue by three days", event,
                                           DOSSIER_ASK_RAISED, -3);
  g_autoptr(DossierAsk) soon = add_ask (fixture, "Due in two days", event,
                                        DOSSIER_ASK_SUBMITTED, 2);
  /* Neither of the next two counts: one is not due soon, one is closed. */
  g_autoptr(DossierAsk) later = add_ask (fixture, "Due in three weeks", event,
                                         DOSSIER_ASK_SUBMITTED, 21);
  g_autoptr(DossierAsk) done = add_ask (fixture, "Resolved long ago", event,
                                        DOSSIER_ASK_RESOLVED, -30);
  g_autoptr(GError) error = NULL;
  GtkWidget *badge, *row, *due;

  open_window (fixture);
  badge = find_by_class (GTK_WIDGET (fixture->window), "followups-badge");
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "2");
  g_assert_true (gtk_widget_has_css_class (badge, "overdue"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==,
                   "1 follow-up is overdue. 1 more is due this week.");

  /* The overdue one, in red, in the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s",
                                             "followups"));
  g_assert_cmpstr (visible_content (fixture), ==, "followups");
  row = find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                         "Overdue by three days");
  g_assert_nonnull (row);
  due = find_descendant (row, match_label_text, "3 days overdue");
  g_assert_nonnull (due);
  g_assert_true (gtk_widget_has_css_class (due, "overdue"));
  due = find_descendant (find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                                          "Due in two days"),
                         match_label_text, "Due in 2 days");
  g_assert_nonnull (due);
  g_assert_false (gtk_widget_has_css_class (due, "overdue"));
  g_assert_true (gtk_widget_has_css_class (due, "due-soon"));
  /* Closed, it is left out of the open ones the list shows first. */
  g_assert_null (find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                                  "Resolved long ago"));

  /* "Only overdue" narrows the list to it. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_by_type (GTK_WIDGET (followups_view (fixture)),
                                                               GTK_TYPE_CHECK_BUTTON)), TRUE);
  g_assert_nonnull (find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                                     "Overdue by three days"));
  g_assert_null (find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                                  "Due in two days"));
  gtk_widget_activate_action (GTK_WIDGET (followups_view (fixture)), "followups.clear-filters", NULL);
  g_assert_nonnull (find_descendant (GTK_WIDGET (followups_view (fixture)), match_row_title,
                                     "Due in three weeks"));

  /* Answered and settled, the badge counts what is left, no longer red. */
  g_assert_true (dossier_library_set_ask_status (fixture->library, overdue, DOSSIER_ASK_RESOLVED,
                                                 "Released on 3 March", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");
  g_assert_false (gtk_widget_has_css_class (badge, "overdue"));
  g_assert_true (dossier_library_set_ask_due_date (fixture->library, soon, NULL, NULL, &error));
  g_assert_false (gtk_widget_get_visible (badge));
  (void) later;
  (void) done;
}

/* ---- /followups-window/export ---- */

static gboolean
export_failed_shown (gpointer data)
{
  return find_message_dialog (data, "Export Failed") != NULL;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DossierEvent) event = add_event (fixture, "Round 8", "2016-11-23", PROCESS);
  g_autoptr(DossierAsk) ask = add_ask (fixture, "Call for the release of Vladimir Kozlov", event,
                                       DOSSIER_ASK_RAISED, 5);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "follow-ups.csv", NULL);
  g_autofree char *ics_path = g_build_filename (fixture->dir, "events.ics", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "no-such-folder", "x.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) ics = g_file_new_for_path (ics_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *csv_text = NULL;
  g_autofree char *ics_text = NULL;
  g_autoptr(GError) error = NULL;

  open_window (fixture);
  /* Both are in the primary menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s",
                                             "events"));
  g_assert_true (dossier_window_export_followups (fixture->window, DOSSIER_EXPORT_FOLLOWUPS_CSV,
                                                  csv));
  g_assert_true (g_file_get_contents (csv_path, &csv_text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv_text, "Call for the release of Vladimir Kozlov"));
  g_assert_nonnull (strstr (csv_text, "Round 8"));

  g_assert_true (dossier_window_export_followups (fixture->window, DOSSIER_EXPORT_CALENDAR, ics));
  g_assert_true (g_file_get_contents (ics_path, &ics_text, NULL, &error));
  g_assert_true (g_str_has_prefix (ics_text, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (ics_text, "Round 8"));

  /* Where it cannot write, it says so, and leaves nothing behind. */
  g_assert_false (dossier_window_export_followups (fixture->window, DOSSIER_EXPORT_FOLLOWUPS_CSV,
                                                   bad));
  wait_until (export_failed_shown, fixture, "the export error");
  g_assert_cmpstr (adw_message_dialog_get_body (find_message_dialog (fixture, "Export Failed")),
                   !=, "");
  g_assert_false (g_file_query_exists (bad, NULL));
  (void) ask;
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  /* The window is checked against its untranslated strings. */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/followups-window/labels", test_labels);
  if (!gtk_init_check ())
    {
      g_test_add_func ("/followups-window/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/dossierapp/Dossier/icons");

  add_test ("/followups-window/create-event", test_create_event);
  add_test ("/followups-window/rollover", test_rollover);
  add_test ("/followups-window/suggestion", test_suggestion);
  add_test ("/followups-window/status-history", test_status_history);
  add_test ("/followups-window/badge", test_badge);
  add_test ("/followups-window/export", test_export);

  return g_test_run ();
}
