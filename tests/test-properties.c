/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "dossier-analysis.h"
#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-format.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-properties.h"

typedef struct
{
  char              *dir;
  char              *library_path;
  DossierLibrary    *library;
  DossierDocument   *visit;        /* "en-visit" */
  DossierDocument   *letter;       /* "ru-letter" */
  GtkWidget         *window;
  DossierProperties *properties;   /* borrowed: the window's child */
} Fixture;

static char *
write_letter (Fixture    *fixture,
              const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  char *path = g_build_filename (fixture->dir, file_name, NULL);

  dossier_fixture_write_letter (path, dossier_fixture_letter (name));
  return path;
}

static void
import_letters (Fixture *fixture)
{
  g_autofree char *visit = write_letter (fixture, "en-visit");
  g_autofree char *letter = write_letter (fixture, "ru-letter");
  const char * const paths[] = { visit, letter, NULL };
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  DossierImportResult *result;

  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);

  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  fixture->visit = dossier_library_dup_document (fixture->library, result->id, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 1);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  fixture->letter = dossier_library_dup_document (fixture->library, result->id, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-properties-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  import_letters (fixture);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 480, 900);
  fixture->properties = DOSSIER_PROPERTIES (dossier_properties_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->properties));
  gtk_window_present (GTK_WINDOW (fixture->window));
  dossier_properties_set_document (fixture->properties, fixture->library, fixture->visit);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->visit);
  g_clear_object (&fixture->letter);
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->properties),
                                                   DOSSIER_TYPE_PROPERTIES, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
row_text (Fixture    *fixture,
          const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (fixture, name)));
}

static void
apply_text (Fixture    *fixture,
            const char *name,
            const char *text)
{
  GtkEditable *row = child (fixture, name);

  gtk_editable_set_text (row, text);
  g_signal_emit_by_name (row, "apply");
}

/* The document as another connection to the library reads it: what was
 * stored, not what the widget or the live object hold. */
static DossierDocument *
reread (Fixture         *fixture,
        DossierDocument *document)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  DossierDocument *stored;

  library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  stored = dossier_library_dup_document (library, dossier_document_get_id (document), &error);
  g_assert_no_error (error);
  return stored;
}

static const char *
selected_name (Fixture    *fixture,
               const char *name)
{
  AdwComboRow *row = child (fixture, name);
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

static gboolean
visible (Fixture    *fixture,
         const char *name)
{
  return gtk_widget_get_visible (child (fixture, name));
}

static void
test_shows_values (Fixture       *fixture,
                   gconstpointer  data)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-visit");
  g_autofree char *senders = dossier_format_join_senders (letter->senders);

  g_assert_cmpstr (row_text (fixture, "title_row"), ==, letter->title);
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2014-10-08");
  g_assert_cmpstr (row_text (fixture, "place_row"), ==, "Brussels");
  g_assert_cmpstr (row_text (fixture, "senders_row"), ==, senders);
  g_assert_nonnull (strstr (row_text (fixture, "recipient_row"), letter->recipient));
  g_assert_cmpstr (selected_name (fixture, "kind_row"), ==, "Letter");
  g_assert_cmpstr (selected_name (fixture, "language_row"), ==, "English");
  g_assert_false (gtk_switch_get_active (child (fixture, "confidential_switch")));
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "original_name_label")), ==,
                   "en-visit.pdf");
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "pages_label")), ==, "2");
  g_assert_false (visible (fixture, "pages_warning_icon"));
  g_assert_false (visible (fixture, "title_edited"));
  g_assert_false (visible (fixture, "date_error_row"));
}

static void
test_apply_title (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierDocument) stored = NULL;

  apply_text (fixture, "title_row", "  Meeting with the President  ");

  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_title (stored), ==, "Meeting with the President");
  g_assert_cmpuint (dossier_document_get_user_fields (stored) & DOSSIER_DOCUMENT_FIELD_TITLE,
                    !=, 0);
  g_assert_cmpstr (row_text (fixture, "title_row"), ==, "Meeting with the President");
  g_assert_true (visible (fixture, "title_edited"));
  g_assert_false (visible (fixture, "place_edited"));
}

static void
test_senders (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DossierDocument) stored = NULL;
  const char * const expected[] = { "Amnesty International", "Front Line Defenders, Dublin",
                                    NULL };

  apply_text (fixture, "senders_row", "Amnesty International ;Front Line Defenders, Dublin");

  stored = reread (fixture, fixture->visit);
  g_assert_true (g_strv_equal (dossier_document_get_senders (stored), expected));
  g_assert_cmpstr (row_text (fixture, "senders_row"), ==,
                   "Amnesty International; Front Line Defenders, Dublin");
}

static void
test_impossible_date (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DossierDocument) stored = NULL;
  GtkWidget *date_row = child (fixture, "date_row");
  const char *message;

  apply_text (fixture, "date_row", "2016-02-30");

  g_assert_true (visible (fixture, "date_error_row"));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  message = gtk_label_get_text (child (fixture, "date_error_label"));
  g_assert_nonnull (strstr (message, "2016-02-30"));
  g_assert_nonnull (strstr (message, "not a date that exists"));
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2016-02-30");
  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_date (stored), ==, "2014-10-08");
  g_assert_cmpuint (dossier_document_get_user_fields (stored), ==, 0);

  /* Fixed, the message goes. */
  apply_text (fixture, "date_row", "29.02.2016");
  g_assert_false (visible (fixture, "date_error_row"));
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2016-02-29");
}

static void
test_typed_date (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DossierDocument) stored = NULL;
  g_autoptr(DossierDocument) cleared = NULL;

  /* The stored date, typed another way, is no edit. */
  apply_text (fixture, "date_row", "8.10.2014");
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2014-10-08");
  g_assert_cmpuint (dossier_document_get_user_fields (fixture->visit), ==, 0);

  apply_text (fixture, "date_row", "23.11.2016");
  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_date (stored), ==, "2016-11-23");
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2016-11-23");
  g_assert_true (visible (fixture, "date_edited"));

  apply_text (fixture, "date_row", "5/1/2017");
  g_assert_cmpstr (dossier_document_get_date (fixture->visit), ==, "2017-01-05");

  apply_text (fixture, "date_row", "");
  cleared = reread (fixture, fixture->visit);
  g_assert_null (dossier_document_get_date (cleared));
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "");
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  GtkCalendar *calendar = child (fixture, "calendar");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 6, 1, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(DossierDocument) stored = NULL;

  /* Opening the calendar shows the document's date and saves nothing. */
  gtk_popover_popup (child (fixture, "date_popover"));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2014);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 10);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 8);
  g_assert_cmpuint (dossier_document_get_user_fields (fixture->visit), ==, 0);

  gtk_calendar_select_day (calendar, day);
  g_signal_emit_by_name (calendar, "day-selected");

  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_date (stored), ==, "2015-06-01");
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2015-06-01");
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  const char * const *kinds = dossier_analysis_kinds ();
  g_autoptr(DossierDocument) stored = NULL;
  guint report = 0;

  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], "report"))
      report = i + 1;   /* after "Not set" */
  adw_combo_row_set_selected (child (fixture, "kind_row"), report);
  adw_combo_row_set_selected (child (fixture, "language_row"), 3);   /* en, ru, fr */
  gtk_switch_set_active (child (fixture, "confidential_switch"), TRUE);

  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_kind (stored), ==, "report");
  g_assert_cmpstr (dossier_document_get_language (stored), ==, "fr");
  g_assert_true (dossier_document_get_confidential (stored));
  g_assert_true (visible (fixture, "kind_edited"));
  g_assert_true (visible (fixture, "language_edited"));
  g_assert_true (visible (fixture, "confidential_edited"));
}

static gboolean
notes_stored (gpointer user_data)
{
  return dossier_document_get_notes (user_data) != NULL;
}

static void
iterate_until (GSourceFunc condition,
               gpointer    user_data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (user_data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (condition (user_data));
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (fixture, "notes_view"));
  g_autoptr(DossierDocument) stored = NULL;

  gtk_text_buffer_set_text (buffer, "Ask for the reply by May.\n", -1);
  g_assert_null (dossier_document_get_notes (fixture->visit));
  iterate_until (notes_stored, fixture->visit);

  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_notes (stored), ==, "Ask for the reply by May.");
  g_assert_true (visible (fixture, "notes_edited"));
  /* What is being typed stays as typed, trailing line and all. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 26);
}

static void
test_change_elsewhere (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (fixture, "notes_view"));
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;

  dossier_library_set_field (fixture->library, fixture->visit, DOSSIER_DOCUMENT_FIELD_PLACE,
                             "Geneva", &error);
  g_assert_no_error (error);
  dossier_library_set_field (fixture->library, fixture->visit, DOSSIER_DOCUMENT_FIELD_LANGUAGE,
                             "es", &error);
  g_assert_no_error (error);
  dossier_library_set_field (fixture->library, fixture->visit, DOSSIER_DOCUMENT_FIELD_NOTES,
                             "Seen by the desk.", &error);
  g_assert_no_error (error);
  dossier_library_set_field (fixture->library, fixture->visit,
                             DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL, "true", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (row_text (fixture, "place_row"), ==, "Geneva");
  g_assert_true (visible (fixture, "place_edited"));
  g_assert_cmpstr (selected_name (fixture, "language_row"), ==, "es");
  g_object_get (buffer, "text", &notes, NULL);
  g_assert_cmpstr (notes, ==, "Seen by the desk.");
  g_assert_true (gtk_switch_get_active (child (fixture, "confidential_switch")));
}

static void
test_switch_document (Fixture       *fixture,
                      gconstpointer  data)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("ru-letter");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (fixture, "notes_view"));
  g_autoptr(DossierDocument) stored_visit = NULL;
  g_autoptr(DossierDocument) stored_letter = NULL;
  g_autoptr(GError) error = NULL;

  /* Notes typed for one document and not yet saved stay with it. */
  gtk_text_buffer_set_text (buffer, "For the visit only.", -1);
  dossier_properties_set_document (fixture->properties, fixture->library, fixture->letter);

  g_assert_cmpstr (row_text (fixture, "title_row"), ==, letter->title);
  g_assert_cmpstr (row_text (fixture, "date_row"), ==, "2018-03-12");
  g_assert_cmpstr (selected_name (fixture, "language_row"), ==, "Russian");

  apply_text (fixture, "title_row", "Political prisoners");
  stored_visit = reread (fixture, fixture->visit);
  stored_letter = reread (fixture, fixture->letter);
  g_assert_cmpstr (dossier_document_get_title (stored_letter), ==, "Political prisoners");
  g_assert_cmpstr (dossier_document_get_title (stored_visit), ==,
                   dossier_fixture_letter ("en-visit")->title);
  g_assert_cmpstr (dossier_document_get_notes (stored_visit), ==, "For the visit only.");
  g_assert_null (dossier_document_get_notes (stored_letter));

  /* The first document's changes no longer reach the rows. */
  dossier_library_set_field (fixture->library, fixture->visit, DOSSIER_DOCUMENT_FIELD_PLACE,
                             "Geneva", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row_text (fixture, "place_row"), ==, "Москва");

  dossier_properties_set_document (fixture->properties, NULL, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "empty");
}

static void
test_focus_leave (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierDocument) stored = NULL;

  g_assert_true (gtk_widget_grab_focus (child (fixture, "place_row")));
  gtk_editable_set_text (child (fixture, "place_row"), "Vienna");
  g_assert_cmpstr (dossier_document_get_place (fixture->visit), ==, "Brussels");
  g_assert_true (gtk_widget_grab_focus (child (fixture, "title_row")));

  stored = reread (fixture, fixture->visit);
  g_assert_cmpstr (dossier_document_get_place (stored), ==, "Vienna");
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

static void
add_test (const char *path,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  /* The rows are compared with the untranslated names. */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/properties/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();

  add_test ("/properties/shows-values", test_shows_values);
  add_test ("/properties/apply-title", test_apply_title);
  add_test ("/properties/senders", test_senders);
  add_test ("/properties/impossible-date", test_impossible_date);
  add_test ("/properties/typed-date", test_typed_date);
  add_test ("/properties/calendar", test_calendar);
  add_test ("/properties/choices", test_choices);
  add_test ("/properties/notes", test_notes);
  add_test ("/properties/change-elsewhere", test_change_elsewhere);
  add_test ("/properties/switch-document", test_switch_document);
  add_test ("/properties/focus-leave", test_focus_leave);

  return g_test_run ();
}
