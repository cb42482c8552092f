/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-page-renderer.h"
#include "dossier-search.h"

#define A4_WIDTH  595.0
#define A4_HEIGHT 842.0

/* A library of two sample letters, shared by the tests: they only read. */
static char *library_dir;
static DossierLibrary *library;
static DossierDocument *en_visit;
static DossierDocument *ru_letter;

static DossierDocument *
import_letter (DossierImport *import,
               const char    *name)
{
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *path = g_build_filename (library_dir, file_name, NULL);
  const char *paths[] = { path, NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  DossierImportResult *result;
  DossierDocument *document;

  dossier_fixture_write_letter (path, dossier_fixture_letter (name));
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

  library_dir = g_dir_make_tmp ("dossier-renderer-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (library_dir, "library", NULL);
  library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import = dossier_import_new (library);
  en_visit = import_letter (import, "en-visit");
  ru_letter = import_letter (import, "ru-letter");
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static GArray *
load (DossierPageRenderer  *renderer,
      GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  dossier_page_renderer_load_async (renderer, NULL, store_result_cb, &result);
  return dossier_page_renderer_load_finish (renderer, wait_for (&result), error);
}

static cairo_surface_t *
render (DossierPageRenderer  *renderer,
        guint                 page,
        double                scale,
        GCancellable         *cancellable,
        GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  dossier_page_renderer_render_async (renderer, page, scale, cancellable, store_result_cb, &result);
  return dossier_page_renderer_render_finish (renderer, wait_for (&result), error);
}

static GArray *
text_rects (DossierPageRenderer    *renderer,
            guint                   page,
            const DossierTextRange *ranges,
            guint                   n_ranges)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GArray *rects;

  dossier_page_renderer_text_rects_async (renderer, page, ranges, n_ranges, NULL,
                                          store_result_cb, &result);
  rects = dossier_page_renderer_text_rects_finish (renderer, wait_for (&result), &error);
  g_assert_no_error (error);
  return rects;
}

static DossierPageSelection *
select_rect (DossierPageRenderer   *renderer,
             guint                  page,
             const DossierPageRect *rect)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DossierPageSelection *selection;

  dossier_page_renderer_select_async (renderer, page, rect->x, rect->y,
                                      rect->x + rect->width, rect->y + rect->height,
                                      NULL, store_result_cb, &result);
  selection = dossier_page_renderer_select_finish (renderer, wait_for (&result), &error);
  g_assert_no_error (error);
  return selection;
}

static void
test_load (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GError) error = NULL;

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  sizes = load (renderer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sizes->len, ==, 2);
  for (guint i = 0; i < sizes->len; i++)
    {
      DossierPageSize *size = &g_array_index (sizes, DossierPageSize, i);

      g_assert_cmpfloat_with_epsilon (size->width, A4_WIDTH, 1.0);
      g_assert_cmpfloat_with_epsilon (size->height, A4_HEIGHT, 1.0);
    }
}

/* The share of dark pixels in a rectangle of points, at @scale. */
static double
dark_share (cairo_surface_t       *surface,
            double                 scale,
            const DossierPageRect *rect)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int x1 = (int) (rect->x * scale), x2 = (int) ((rect->x + rect->width) * scale);
  int y1 = (int) (rect->y * scale), y2 = (int) ((rect->y + rect->height) * scale);
  guint dark = 0, all = 0;

  g_assert_cmpint (x2, <=, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y2, <=, cairo_image_surface_get_height (surface));
  for (int y = y1; y < y2; y++)
    for (int x = x1; x < x2; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        guint green = (pixel >> 8) & 0xff;

        dark += green < 128;
        all++;
      }
  return all ? (double) dark / all : 0;
}

static void
test_render (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  DossierPageRect corner = { 0, 0, 0, 40, 40 };
  DossierPageRect body = { 0, 40, 40, A4_WIDTH - 80, A4_HEIGHT - 80 };

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  surface = render (renderer, 0, 2.0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_format (surface), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (A4_WIDTH * 2 + 0.999));
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) (A4_HEIGHT * 2 + 0.999));
  /* White paper in the margin, ink in the body. */
  g_assert_cmpfloat (dark_share (surface, 2.0, &corner), ==, 0.0);
  g_assert_cmpfloat (dark_share (surface, 2.0, &body), >, 0.005);
  cairo_surface_destroy (surface);

  surface = render (renderer, 2, 1.0, NULL, &error);
  g_assert_null (surface);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED);
}

static void
test_render_bounded (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  double pixels;

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  surface = render (renderer, 1, 20.0, NULL, &error);
  g_assert_no_error (error);
  pixels = (double) cairo_image_surface_get_width (surface)
           * cairo_image_surface_get_height (surface);
  g_assert_cmpfloat (pixels, <=, 4097.0 * 4097.0);
  g_assert_cmpfloat (pixels, >, 4000.0 * 4000.0);
  cairo_surface_destroy (surface);
}

/* Hits of @word in @document, highlighted: each range's rectangles lie on
 * the page, cover ink, and select the text of the range. */
static void
check_word_rects (DossierDocument *document,
                  const char      *word)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  guint checked = 0;

  renderer = dossier_page_renderer_new (dossier_document_get_file (document));
  pages = dossier_library_dup_page_texts (library, dossier_document_get_id (document), &error);
  g_assert_no_error (error);
  matches = dossier_search_matches (library, dossier_document_get_id (document), word, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, >=, 1);

  for (guint i = 0; i < matches->len; i++)
    {
      DossierSearchMatch *match = &g_array_index (matches, DossierSearchMatch, i);
      DossierTextRange range = { match->start, match->end };
      g_autoptr(GArray) rects = text_rects (renderer, match->page - 1, &range, 1);
      cairo_surface_t *surface = render (renderer, match->page - 1, 1.0, NULL, &error);
      g_autofree char *hit = g_strndup (pages[match->page - 1] + match->start,
                                        match->end - match->start);
      g_autofree char *folded_hit = g_utf8_casefold (hit, -1);

      g_assert_no_error (error);
      g_assert_cmpuint (rects->len, ==, 1);
      for (guint j = 0; j < rects->len; j++)
        {
          DossierPageRect *rect = &g_array_index (rects, DossierPageRect, j);
          g_autoptr(DossierPageSelection) selection = NULL;
          g_autofree char *folded = NULL;

          g_assert_cmpuint (rect->range, ==, 0);
          g_assert_cmpfloat (rect->x, >=, 0);
          g_assert_cmpfloat (rect->y, >=, 0);
          g_assert_cmpfloat (rect->x + rect->width, <=, A4_WIDTH);
          g_assert_cmpfloat (rect->y + rect->height, <=, A4_HEIGHT);
          /* A word, not a line nor a letter. */
          g_assert_cmpfloat (rect->width, >, 20);
          g_assert_cmpfloat (rect->width, <, 150);
          g_assert_cmpfloat (rect->height, >, 5);
          g_assert_cmpfloat (rect->height, <, 30);
          g_assert_cmpfloat (dark_share (surface, 1.0, rect), >, 0.05);

          selection = select_rect (renderer, match->page - 1, rect);
          folded = g_utf8_casefold (selection->text, -1);
          if (strstr (folded, folded_hit) == NULL)
            g_error ("“%s” selected at a hit of “%s”", selection->text, hit);
          g_assert_cmpuint (selection->rects->len, >=, 1);
          checked++;
        }
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (checked, >=, matches->len);
}

static void
test_text_rects (void)
{
  check_word_rects (en_visit, "journalists");
}

/* Multi-byte text: offsets in bytes must become characters. */
static void
test_text_rects_cyrillic (void)
{
  check_word_rects (ru_letter, "заключённых");
}

static void
test_text_rects_several (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (DossierTextRange));
  g_autoptr(GArray) rects = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen[4] = { FALSE, FALSE, FALSE, FALSE };

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  matches = dossier_search_matches (library, dossier_document_get_id (en_visit),
                                    "president", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < matches->len; i++)
    {
      DossierSearchMatch *match = &g_array_index (matches, DossierSearchMatch, i);
      DossierTextRange range = { match->start, match->end };

      if (match->page == 1 && ranges->len < G_N_ELEMENTS (seen))
        g_array_append_val (ranges, range);
    }
  g_assert_cmpuint (ranges->len, ==, G_N_ELEMENTS (seen));
  /* Past the end of the text: nothing, and no crash. */
  g_array_append_val (ranges, ((DossierTextRange) { 1000000, 1000010 }));
  rects = text_rects (renderer, 0, (DossierTextRange *) ranges->data, ranges->len);
  for (guint i = 0; i < rects->len; i++)
    {
      DossierPageRect *rect = &g_array_index (rects, DossierPageRect, i);

      g_assert_cmpuint (rect->range, <, G_N_ELEMENTS (seen));
      seen[rect->range] = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_true (seen[i]);
}

static void
test_select_nothing (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(DossierPageSelection) selection = NULL;
  DossierPageRect margin = { 0, 1, 1, 10, 10 };

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  selection = select_rect (renderer, 0, &margin);
  g_assert_cmpstr (selection->text, ==, "");
  g_assert_cmpuint (selection->rects->len, ==, 0);
}

static void
test_missing (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (library_dir, "no-such-file.pdf", NULL);

  renderer = dossier_page_renderer_new (path);
  sizes = load (renderer, &error);
  g_assert_null (sizes);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_damaged (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (library_dir, "not-a.pdf", NULL);
  cairo_surface_t *surface;

  dossier_fixture_write_html (path);
  renderer = dossier_page_renderer_new (path);
  sizes = load (renderer, &error);
  g_assert_null (sizes);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED);
  g_clear_error (&error);

  /* Every later request says the same. */
  surface = render (renderer, 0, 1.0, NULL, &error);
  g_assert_null (surface);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED);
}

static void
test_cancelled (void)
{
  g_autoptr(DossierPageRenderer) renderer = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  g_cancellable_cancel (cancellable);
  surface = render (renderer, 0, 1.0, cancellable, &error);
  g_assert_null (surface);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Dropping the renderer with requests in flight neither crashes nor
 * loses their callbacks. */
static void
test_queue (void)
{
  DossierPageRenderer *renderer;
  GAsyncResult *results[8] = { NULL };

  renderer = dossier_page_renderer_new (dossier_document_get_file (en_visit));
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    dossier_page_renderer_render_async (renderer, i % 2, 0.5, NULL, store_result_cb, &results[i]);
  g_object_unref (renderer);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) source = NULL;
      cairo_surface_t *surface;

      wait_for (&results[i]);
      source = g_async_result_get_source_object (results[i]);
      surface = dossier_page_renderer_render_finish (DOSSIER_PAGE_RENDERER (source), results[i],
                                                     &error);
      g_assert_no_error (error);
      cairo_surface_destroy (surface);
      g_clear_object (&results[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *command = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  build_library ();

  g_test_add_func ("/page-renderer/load", test_load);
  g_test_add_func ("/page-renderer/render", test_render);
  g_test_add_func ("/page-renderer/render-bounded", test_render_bounded);
  g_test_add_func ("/page-renderer/text-rects", test_text_rects);
  g_test_add_func ("/page-renderer/text-rects-cyrillic", test_text_rects_cyrillic);
  g_test_add_func ("/page-renderer/text-rects-several", test_text_rects_several);
  g_test_add_func ("/page-renderer/select-nothing", test_select_nothing);
  g_test_add_func ("/page-renderer/missing", test_missing);
  g_test_add_func ("/page-renderer/damaged", test_damaged);
  g_test_add_func ("/page-renderer/cancelled", test_cancelled);
  g_test_add_func ("/page-renderer/queue", test_queue);
  status = g_test_run ();

  g_clear_object (&en_visit);
  g_clear_object (&ru_letter);
  g_clear_object (&library);
  command = g_strdup_printf ("rm -rf '%s'", library_dir);
  if (system (command) != 0)
    status = 1;
  g_free (library_dir);
  return status;
}
