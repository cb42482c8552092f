/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <poppler.h>

#include "dossier-briefing-dialog.h"
#include "dossier-fixtures.h"
#include "dossier-followups.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-window.h"

#define TIMEOUT_SECONDS 60

static const char * const letters[] = { "en-press", "en-briefing", "en-warsaw", NULL };

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  gint64          ids[3];
  DossierWindow  *window;
} Fixture;

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

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (tick);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
import_letters (Fixture *fixture)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; letters[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (letters[i], ".pdf", NULL);
      char *path = g_build_filename (fixture->dir, name, NULL);

      dossier_fixture_write_letter (path, dossier_fixture_letter (letters[i]));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      fixture->ids[i] = result->id;
    }
}

/* An event with two of the letters linked to it, the next one. */
static void
add_event (Fixture *fixture)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 20);
  g_autofree char *date = g_date_time_format (later, "%Y-%m-%d");
  DossierEventSpec spec = { .title = "9th EU–Kazakhstan Human Rights Dialogue",
                            .kind = DOSSIER_EVENT_DIALOGUE, .date = date,
                            .process = "EU–Kazakhstan Human Rights Dialogue" };
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierEvent) event = dossier_library_add_event (fixture->library, &spec, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (dossier_library_link_event_document (fixture->library, event,
                                                          fixture->ids[i], &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-briefing-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import_letters (fixture);
  add_event (fixture);
  fixture->window = dossier_window_new (NULL, fixture->library);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (window_mapped, fixture->window, "the window");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

/* ---- Finding things ---- */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_descendant (GtkWidget     *root,
                 Match          match,
                 gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GtkWidget     *root,
         Match          match,
         gconstpointer  data,
         GPtrArray     *found)
{
  if (match (root, data))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, found);
}

static gboolean
match_annex_check (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "document-id");
}

static gboolean
match_error_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error");
}

static gboolean
match_combo_row (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static DossierBriefingDialog *
open_dialog (Fixture *fixture)
{
  GList *toplevels;
  DossierBriefingDialog *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-briefing",
                                             "x", (gint64) 0));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DOSSIER_IS_BRIEFING_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  return dialog;
}

static GPtrArray *
annex_checks (DossierBriefingDialog *dialog)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), match_annex_check, NULL, found);
  return found;
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\f');
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

/* ---- Tests ---- */

/* For the next event, the dialog proposes its documents as annexes; the
 * one unticked stays out of the pack, which is written and announced. */
static void
test_export_event (Fixture       *fixture,
                   gconstpointer  data)
{
  DossierBriefingDialog *dialog = open_dialog (fixture);
  g_autoptr(GPtrArray) checks = annex_checks (dialog);
  g_autofree char *path = g_build_filename (fixture->dir, "pack.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;

  g_assert_cmpuint (checks->len, ==, 2);
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), FALSE);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  dossier_briefing_dialog_export_to (dialog, file);
  wait_until (is_null, &dialog, "the pack to be written");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Annex 1"));
  g_assert_null (strstr (text, "Annex 2"));
}

/* Based on issues and cases, none chosen: the dialog says what is
 * missing and writes nothing. */
static void
test_tags_need_a_tag (Fixture       *fixture,
                      gconstpointer  data)
{
  DossierBriefingDialog *dialog = open_dialog (fixture);
  AdwComboRow *basis = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (dialog), match_combo_row,
                                                       "_Based on"));
  GtkWidget *error_label;
  g_autofree char *path = g_build_filename (fixture->dir, "none.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  adw_combo_row_set_selected (basis, 1);
  dossier_briefing_dialog_export_to (dialog, file);
  error_label = find_descendant (GTK_WIDGET (dialog), match_error_label, NULL);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   "Choose at least one issue or case.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Closed while it writes, the dialog stops the export and leaves no file. */
static void
test_close_cancels (Fixture       *fixture,
                    gconstpointer  data)
{
  DossierBriefingDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  dossier_briefing_dialog_export_to (dialog, file);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_nonnull (dialog);
  wait_until (is_null, &dialog, "the export to stop");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* No temporary file left beside it either. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "cancelled") || g_str_has_prefix (name, ".cancelled"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/briefing-dialog/export-event", Fixture, NULL, fixture_set_up, test_export_event,
              fixture_tear_down);
  g_test_add ("/briefing-dialog/tags-need-a-tag", Fixture, NULL, fixture_set_up,
              test_tags_need_a_tag, fixture_tear_down);
  g_test_add ("/briefing-dialog/close-cancels", Fixture, NULL, fixture_set_up, test_close_cancels,
              fixture_tear_down);
  return g_test_run ();
}
