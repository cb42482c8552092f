/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>
#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "dossier-document-view.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-search.h"

#define LARGE_N_PAGES 300
#define TIMEOUT_SECONDS 20

static char *library_dir;
static DossierLibrary *library;
static DossierDocument *briefing;     /* 4 pages; hits for "recommendations" after page 1 */
static DossierDocument *scanned;      /* no text layer */
static DossierDocument *large;        /* LARGE_N_PAGES pages */

static char *
write_large_pdf (void)
{
  char *path = g_build_filename (library_dir, "large.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 24);
  for (guint i = 1; i <= LARGE_N_PAGES; i++)
    {
      g_autofree char *text = g_strdup_printf ("Annex page %u", i);

      cairo_move_to (cr, 72, 100);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return path;
}

static DossierDocument *
import_file (DossierImport *import,
             const char    *path)
{
  const char *paths[] = { path, NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  DossierImportResult *result;
  DossierDocument *document;

  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  document = dossier_library_dup_document (library, result->id, &error);
  g_assert_no_error (error);
  return document;
}

static void
build_library (void)
{
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;
  g_autofree char *briefing_path = NULL;
  g_autofree char *scanned_path = NULL;
  g_autofree char *large_path = NULL;

  library_dir = g_dir_make_tmp ("dossier-view-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (library_dir, "library", NULL);
  library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import = dossier_import_new (library);

  briefing_path = g_build_filename (library_dir, "briefing.pdf", NULL);
  dossier_fixture_write_letter (briefing_path, dossier_fixture_letter ("en-briefing"));
  briefing = import_file (import, briefing_path);
  scanned_path = g_build_filename (library_dir, "scanned.pdf", NULL);
  dossier_fixture_write_scanned_pdf (scanned_path);
  scanned = import_file (import, scanned_path);
  large_path = write_large_pdf ();
  large = import_file (import, large_path);
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (DossierDocumentView *view);

static gboolean
wait_until (DossierDocumentView *view,
            Condition            condition)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint tick = g_timeout_add (10, tick_cb, NULL);
  gboolean done;

  while (!(done = condition (view)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return done;
}

/* Lets frames be laid out and drawn, and replies arrive. */
static void
run_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

static gboolean
is_shown (DossierDocumentView *view)
{
  return dossier_document_view_get_n_pages (view) > 0
         && dossier_document_view_get_n_rendered_pages (view) > 0;
}

/* The first descendant of @type, and of @css_class if not NULL. */
static GtkWidget *
find_child (GtkWidget  *widget,
            GType       type,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = NULL;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        found = child;
      else
        found = find_child (child, type, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkAdjustment *
get_vadjustment (DossierDocumentView *view)
{
  GtkWidget *scrolled = find_child (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW,
                                     "document-view-pages");

  g_assert_nonnull (scrolled);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static const char *
visible_state (DossierDocumentView *view)
{
  GtkWidget *stack = find_child (GTK_WIDGET (view), GTK_TYPE_STACK, NULL);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static DossierDocumentView *
new_view_in_window (GtkWindow **window)
{
  GtkWidget *view = dossier_document_view_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 700, 900);
  gtk_window_set_child (*window, view);
  gtk_window_present (*window);
  return DOSSIER_DOCUMENT_VIEW (view);
}

static void
open_document (DossierDocumentView *view,
               DossierDocument     *document)
{
  dossier_document_view_set_document (view, library, document);
  g_assert_true (wait_until (view, is_shown));
  run_for (100);
}

static void
test_empty (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);

  run_for (50);
  g_assert_cmpstr (visible_state (view), ==, "empty");
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 0);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 0);
  /* Nothing to act on: no crash. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.next-page", NULL);
  dossier_document_view_set_query (view, "torture");
  dossier_document_view_show_page (view, 3);
  g_assert_cmpuint (dossier_document_view_get_n_hits (view), ==, 0);
  gtk_window_destroy (window);
}

static void
test_pages (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  GtkAdjustment *adjustment = get_vadjustment (view);
  double value;

  open_document (view, briefing);
  g_assert_cmpstr (visible_state (view), ==, "document");
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 4);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  dossier_document_view_show_page (view, 3);
  run_for (100);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 3);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.next-page", NULL);
  run_for (100);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 4);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, value);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.previous-page", NULL);
  run_for (100);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 3);

  /* The user scrolls to the top: the page follows. */
  gtk_adjustment_set_value (adjustment, 0);
  run_for (100);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 1);

  dossier_document_view_set_document (view, NULL, NULL);
  run_for (50);
  g_assert_cmpstr (visible_state (view), ==, "empty");
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 0);
  gtk_window_destroy (window);
}

static void
test_zoom (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  double fit, zoom;

  open_document (view, briefing);
  fit = dossier_document_view_get_zoom (view);
  /* Fit width: the 700-pixel window takes an A4 page at about 114 %. */
  g_assert_cmpfloat (fit, >, 1.0);
  g_assert_cmpfloat (fit, <, 1.25);

  dossier_document_view_show_page (view, 2);
  run_for (100);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-in", NULL);
  run_for (100);
  zoom = dossier_document_view_get_zoom (view);
  g_assert_cmpfloat (zoom, >, fit);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-out", NULL);
  run_for (100);
  g_assert_cmpfloat (dossier_document_view_get_zoom (view), <, fit);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 2);

  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-out", NULL);
  g_assert_cmpfloat (dossier_document_view_get_zoom (view), ==, 0.25);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-fit-width", NULL);
  run_for (100);
  g_assert_cmpfloat_with_epsilon (dossier_document_view_get_zoom (view), fit, 0.01);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 2);
  gtk_window_destroy (window);
}

static GArray *
expected_hits (DossierDocument *document,
               const char      *query)
{
  g_autoptr(GError) error = NULL;
  GArray *matches = dossier_search_matches (library, dossier_document_get_id (document),
                                            query, &error);

  g_assert_no_error (error);
  return matches;
}

static void
test_hits (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  g_autoptr(GArray) matches = expected_hits (briefing, "recommendations");
  guint first_page = G_MAXUINT, last_page = 0;

  for (guint i = 0; i < matches->len; i++)
    {
      first_page = MIN (first_page, g_array_index (matches, DossierSearchMatch, i).page);
      last_page = MAX (last_page, g_array_index (matches, DossierSearchMatch, i).page);
    }
  g_assert_cmpuint (first_page, >, 1);

  open_document (view, briefing);
  dossier_document_view_set_query (view, "recommendations");
  run_for (100);
  g_assert_cmpuint (dossier_document_view_get_n_hits (view), ==, matches->len);
  /* Highlighting does not move the view. */
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.next-hit", NULL);
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, first_page);

  /* On to the last hit, across pages. */
  for (guint i = 1; i < matches->len; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "view.next-hit", NULL);
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, last_page);

  /* And round to the first one. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.next-hit", NULL);
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, first_page);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.previous-hit", NULL);
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, last_page);

  /* Showing a page goes to the first hit on or after it. */
  dossier_document_view_show_page (view, 1);
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, first_page);

  dossier_document_view_set_query (view, "AND");
  g_assert_cmpuint (dossier_document_view_get_n_hits (view), ==, 0);
  dossier_document_view_set_query (view, NULL);
  g_assert_cmpuint (dossier_document_view_get_n_hits (view), ==, 0);
  gtk_window_destroy (window);
}

/* The query may come before the document, as when a search result opens. */
static void
test_query_first (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  g_autoptr(GArray) matches = expected_hits (briefing, "recommendations");

  dossier_document_view_set_query (view, "recommendations");
  dossier_document_view_set_document (view, library, briefing);
  dossier_document_view_show_page (view, g_array_index (matches, DossierSearchMatch, 0).page);
  g_assert_true (wait_until (view, is_shown));
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_n_hits (view), ==, matches->len);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==,
                    g_array_index (matches, DossierSearchMatch, 0).page);
  gtk_window_destroy (window);
}

static void
test_large (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);

  open_document (view, large);
  run_for (300);
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, LARGE_N_PAGES);
  g_assert_cmpuint (dossier_document_view_get_n_rendered_pages (view), >=, 1);
  g_assert_cmpuint (dossier_document_view_get_n_rendered_pages (view), <=, 4);

  dossier_document_view_show_page (view, 150);
  run_for (300);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 150);
  g_assert_cmpuint (dossier_document_view_get_n_rendered_pages (view), >=, 1);
  g_assert_cmpuint (dossier_document_view_get_n_rendered_pages (view), <=, 4);

  /* Small pages: more of them show, still not all. */
  for (guint i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-out", NULL);
  run_for (300);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, 150);
  g_assert_cmpuint (dossier_document_view_get_n_rendered_pages (view), <=, 16);

  dossier_document_view_show_page (view, LARGE_N_PAGES);
  run_for (300);
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, LARGE_N_PAGES);
  gtk_window_destroy (window);
}

static void
test_scanned (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  const char *warning = dossier_document_get_text_warning (scanned);
  GtkWidget *label = NULL;

  g_assert_nonnull (warning);
  open_document (view, scanned);
  label = find_label (GTK_WIDGET (view), warning);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  gtk_window_destroy (window);
}

static gboolean
shows_error (DossierDocumentView *view)
{
  return g_strcmp0 (visible_state (view), "error") == 0;
}

static void
test_missing_file (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(DossierDocumentRecord) record = NULL;
  g_autofree char *path = g_build_filename (library_dir, "gone.pdf", NULL);

  record = dossier_document_record_copy (dossier_document_get_record (briefing));
  g_free (record->file);
  record->file = g_strdup (path);
  record->id = -1;
  document = dossier_document_new (record);

  dossier_document_view_set_document (view, library, document);
  g_assert_true (wait_until (view, shows_error));
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 0);

  /* And the next document shows again. */
  open_document (view, briefing);
  g_assert_cmpstr (visible_state (view), ==, "document");
  gtk_window_destroy (window);
}

/* Switching documents while pages are on their way. */
static void
test_switch (void)
{
  GtkWindow *window;
  DossierDocumentView *view = new_view_in_window (&window);

  dossier_document_view_set_document (view, library, large);
  run_for (20);
  dossier_document_view_set_document (view, library, briefing);
  dossier_document_view_set_document (view, library, large);
  dossier_document_view_set_document (view, library, briefing);
  g_assert_true (wait_until (view, is_shown));
  run_for (200);
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 4);
  gtk_window_destroy (window);
  run_for (100);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *command = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  build_library ();

  g_test_add_func ("/document-view/empty", test_empty);
  g_test_add_func ("/document-view/pages", test_pages);
  g_test_add_func ("/document-view/zoom", test_zoom);
  g_test_add_func ("/document-view/hits", test_hits);
  g_test_add_func ("/document-view/query-first", test_query_first);
  g_test_add_func ("/document-view/large", test_large);
  g_test_add_func ("/document-view/scanned", test_scanned);
  g_test_add_func ("/document-view/missing-file", test_missing_file);
  g_test_add_func ("/document-view/switch", test_switch);
  status = g_test_run ();

  g_clear_object (&briefing);
  g_clear_object (&scanned);
  g_clear_object (&large);
  g_clear_object (&library);
  command = g_strdup_printf ("rm -rf '%s'", library_dir);
  if (system (command) != 0)
    status = 1;
  g_free (library_dir);
  return status;
}
