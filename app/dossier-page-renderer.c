/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <poppler.h>

#include "dossier-error.h"
#include "dossier-page-renderer.h"

/* One page never takes more than 64 MiB, whatever the zoom. */
#define MAX_PAGE_PIXELS (4096.0 * 4096.0)
/* poppler_page_get_selected_region() rounds to whole units of 1/scale point. */
#define REGION_SCALE 4.0

/* The worker thread's own state: nothing else touches it. */
typedef struct
{
  char            *path;
  PopplerDocument *document;     /* owned, opened on the first request */
  GError          *open_error;   /* owned: why it could not be opened */
} Worker;

typedef struct _Request Request;
typedef gpointer (*RequestFunc) (PopplerDocument  *document,
                                 Request          *request,
                                 GError          **error);

struct _Request
{
  RequestFunc     run;
  GDestroyNotify  free_result;
  guint           page;
  double          scale;
  GArray         *ranges;        /* owned, of DossierTextRange */
  double          x1, y1, x2, y2;
};

/* A finished request, carried back to the task's main context so that
 * the task is returned, and released, there. */
typedef struct
{
  GTask    *task;                /* owned */
  gpointer  result;              /* owned */
  GError   *error;               /* owned */
} Completion;

struct _DossierPageRenderer
{
  GObject      parent_instance;

  char        *path;
  GThreadPool *pool;             /* owned, one thread */
  Worker      *worker;           /* owned, used by the pool's thread only */
};

G_DEFINE_FINAL_TYPE (DossierPageRenderer, dossier_page_renderer, G_TYPE_OBJECT)

void
dossier_page_selection_free (DossierPageSelection *selection)
{
  if (selection == NULL)
    return;
  g_free (selection->text);
  g_clear_pointer (&selection->rects, g_array_unref);
  g_free (selection);
}

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_pointer (&request->ranges, g_array_unref);
  g_free (request);
}

static PopplerDocument *
open_document (const char  *path,
               GError     **error)
{
  g_autoptr(GError) poppler_error = NULL;
  g_autofree char *uri = NULL;
  PopplerDocument *document;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                           _("The file of this document is missing from the library."));
      return NULL;
    }
  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return NULL;
  document = poppler_document_new_from_file (uri, NULL, &poppler_error);
  if (document == NULL && g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCRYPTED,
                         _("The document is password-protected."));
  else if (document == NULL)
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                         _("The file is damaged or is not a PDF."));
  else if (poppler_document_get_n_pages (document) <= 0)
    {
      g_clear_object (&document);
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                           _("The document has no pages."));
    }
  return document;
}

static PopplerPage *
get_page (PopplerDocument  *document,
          guint             index,
          GError          **error)
{
  PopplerPage *page = NULL;

  if (index < (guint) poppler_document_get_n_pages (document))
    page = poppler_document_get_page (document, (int) index);
  if (page == NULL)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                 _("Page %u of the document cannot be read."), index + 1);
  return page;
}

static gpointer
load_pages (PopplerDocument  *document,
            Request          *request,
            GError          **error)
{
  int n_pages = poppler_document_get_n_pages (document);
  g_autoptr(GArray) sizes = g_array_sized_new (FALSE, TRUE, sizeof (DossierPageSize), n_pages);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = get_page (document, (guint) i, error);
      DossierPageSize size;

      if (page == NULL)
        return NULL;
      poppler_page_get_size (page, &size.width, &size.height);
      g_array_append_val (sizes, size);
      g_object_unref (page);
    }
  return g_steal_pointer (&sizes);
}

static double
bounded_scale (double width,
               double height,
               double scale)
{
  double pixels = width * height * scale * scale;

  if (pixels > MAX_PAGE_PIXELS)
    scale *= sqrt (MAX_PAGE_PIXELS / pixels);
  return scale;
}

static gpointer
render_page (PopplerDocument  *document,
             Request          *request,
             GError          **error)
{
  PopplerPage *page = get_page (document, request->page, error);
  cairo_surface_t *surface;
  double width, height, scale;
  cairo_t *cr;

  if (page == NULL)
    return NULL;
  poppler_page_get_size (page, &width, &height);
  scale = bounded_scale (width, height, request->scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        MAX (1, (int) ceil (width * scale)),
                                        MAX (1, (int) ceil (height * scale)));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_object_unref (page);
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                           _("There is not enough memory to show the page."));
      return NULL;
    }
  /* The paper is white; PDFs assume it and paint only the ink. */
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_object_unref (page);
  return surface;
}

/* The page's text exactly as the import stored it: poppler_page_get_text()
 * made valid UTF-8 (dossier-pdf.c), form feeds made spaces (dossier-import.c),
 * which keeps every offset. */
static char *
stored_page_text (PopplerPage *page)
{
  char *text = poppler_page_get_text (page);

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = valid;
    }
  g_strdelimit (text, "\f", ' ');
  return text;
}

static gboolean
same_line (const DossierPageRect   *rect,
           const PopplerRectangle  *glyph)
{
  double top = MAX (rect->y, glyph->y1);
  double bottom = MIN (rect->y + rect->height, glyph->y2);

  return bottom - top > 0.5 * MIN (rect->height, glyph->y2 - glyph->y1)
         && glyph->x1 >= rect->x - 1.0;
}

static void
extend_rect (DossierPageRect        *rect,
             const PopplerRectangle *glyph)
{
  double x2 = MAX (rect->x + rect->width, glyph->x2);
  double y2 = MAX (rect->y + rect->height, glyph->y2);

  rect->x = MIN (rect->x, glyph->x1);
  rect->y = MIN (rect->y, glyph->y1);
  rect->width = x2 - rect->x;
  rect->height = y2 - rect->y;
}

/* Layout rectangles come one per character of poppler_page_get_text();
 * the glyphs of @range that share a line become one rectangle. */
static void
append_range_rects (const char             *text,
                    const DossierTextRange *range,
                    guint                   index,
                    const PopplerRectangle *glyphs,
                    guint                   n_glyphs,
                    GArray                 *rects)
{
  gsize length = strlen (text);
  const char *end = text + MIN (range->end, length);
  const char *p = text + MIN (range->start, length);
  glong n = g_utf8_pointer_to_offset (text, p);
  DossierPageRect rect = { index, 0, 0, 0, 0 };
  gboolean open = FALSE;

  for (; p < end && (gulong) n < n_glyphs; p = g_utf8_next_char (p), n++)
    {
      const PopplerRectangle *glyph = &glyphs[n];

      if (g_unichar_isspace (g_utf8_get_char (p)))
        continue;
      if (open && same_line (&rect, glyph))
        {
          extend_rect (&rect, glyph);
          continue;
        }
      if (open)
        g_array_append_val (rects, rect);
      rect.x = glyph->x1;
      rect.y = glyph->y1;
      rect.width = glyph->x2 - glyph->x1;
      rect.height = glyph->y2 - glyph->y1;
      open = TRUE;
    }
  if (open)
    g_array_append_val (rects, rect);
}

static gpointer
find_text_rects (PopplerDocument  *document,
                 Request          *request,
                 GError          **error)
{
  PopplerPage *page = get_page (document, request->page, error);
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (DossierPageRect));
  PopplerRectangle *glyphs = NULL;
  guint n_glyphs = 0;
  g_autofree char *text = NULL;

  if (page == NULL)
    return NULL;
  text = stored_page_text (page);
  if (!poppler_page_get_text_layout (page, &glyphs, &n_glyphs))
    n_glyphs = 0;
  for (guint i = 0; i < request->ranges->len; i++)
    append_range_rects (text, &g_array_index (request->ranges, DossierTextRange, i), i,
                        glyphs, n_glyphs, rects);
  g_free (glyphs);
  g_object_unref (page);
  return g_steal_pointer (&rects);
}

static GArray *
region_rects (cairo_region_t *region)
{
  int n = region ? cairo_region_num_rectangles (region) : 0;
  GArray *rects = g_array_sized_new (FALSE, FALSE, sizeof (DossierPageRect), n);

  for (int i = 0; i < n; i++)
    {
      cairo_rectangle_int_t box;
      DossierPageRect rect;

      cairo_region_get_rectangle (region, i, &box);
      rect.range = 0;
      rect.x = box.x / REGION_SCALE;
      rect.y = box.y / REGION_SCALE;
      rect.width = box.width / REGION_SCALE;
      rect.height = box.height / REGION_SCALE;
      g_array_append_val (rects, rect);
    }
  return rects;
}

static gpointer
select_text (PopplerDocument  *document,
             Request          *request,
             GError          **error)
{
  PopplerPage *page = get_page (document, request->page, error);
  PopplerRectangle area = { request->x1, request->y1, request->x2, request->y2 };
  DossierPageSelection *selection;
  cairo_region_t *region;

  if (page == NULL)
    return NULL;
  selection = g_new0 (DossierPageSelection, 1);
  selection->text = poppler_page_get_selected_text (page, POPPLER_SELECTION_GLYPH, &area);
  if (selection->text == NULL)
    selection->text = g_strdup ("");
  region = poppler_page_get_selected_region (page, REGION_SCALE, POPPLER_SELECTION_GLYPH, &area);
  selection->rects = region_rects (region);
  g_clear_pointer (&region, cairo_region_destroy);
  g_object_unref (page);
  return selection;
}

static gboolean
complete_cb (gpointer data)
{
  Completion *completion = data;
  Request *request = g_task_get_task_data (completion->task);

  if (completion->error != NULL)
    g_task_return_error (completion->task, g_steal_pointer (&completion->error));
  else
    g_task_return_pointer (completion->task, g_steal_pointer (&completion->result),
                           request->free_result);
  g_object_unref (completion->task);
  g_free (completion);
  return G_SOURCE_REMOVE;
}

static gboolean
worker_open (Worker  *worker,
             GError **error)
{
  if (worker->document == NULL && worker->open_error == NULL)
    worker->document = open_document (worker->path, &worker->open_error);
  if (worker->open_error != NULL)
    {
      g_propagate_error (error, g_error_copy (worker->open_error));
      return FALSE;
    }
  return TRUE;
}

/* Runs on the pool's thread. The task goes back to its main context before
 * anyone lets go of it, so the renderer is always finalized there. */
static void
serve_request (gpointer data,
               gpointer user_data)
{
  Worker *worker = user_data;
  Completion *completion = g_new0 (Completion, 1);
  Request *request;

  completion->task = data;
  request = g_task_get_task_data (completion->task);
  if (!g_cancellable_set_error_if_cancelled (g_task_get_cancellable (completion->task),
                                             &completion->error)
      && worker_open (worker, &completion->error))
    completion->result = request->run (worker->document, request, &completion->error);
  g_main_context_invoke_full (g_task_get_context (completion->task), G_PRIORITY_DEFAULT,
                              complete_cb, completion, NULL);
}

static void
push_request (DossierPageRenderer *self,
              Request             *request,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, request, request_free);
  g_thread_pool_push (self->pool, task, NULL);
}

static gpointer
finish_request (DossierPageRenderer  *self,
                GAsyncResult         *result,
                gpointer              source_tag,
                GError              **error)
{
  g_return_val_if_fail (DOSSIER_IS_PAGE_RENDERER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
dossier_page_renderer_finalize (GObject *object)
{
  DossierPageRenderer *self = DOSSIER_PAGE_RENDERER (object);

  /* Every request holds a reference: the queue is empty by now, and this
   * only waits for the thread to end. */
  g_thread_pool_free (self->pool, FALSE, TRUE);
  g_clear_object (&self->worker->document);
  g_clear_error (&self->worker->open_error);
  g_free (self->worker->path);
  g_free (self->worker);
  g_free (self->path);

  G_OBJECT_CLASS (dossier_page_renderer_parent_class)->finalize (object);
}

static void
dossier_page_renderer_class_init (DossierPageRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_page_renderer_finalize;
}

static void
dossier_page_renderer_init (DossierPageRenderer *self)
{
}

DossierPageRenderer *
dossier_page_renderer_new (const char *path)
{
  DossierPageRenderer *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_PAGE_RENDERER, NULL);
  self->path = g_strdup (path);
  self->worker = g_new0 (Worker, 1);
  self->worker->path = g_strdup (path);
  /* An exclusive pool of one: Poppler objects never meet two threads. */
  self->pool = g_thread_pool_new (serve_request, self->worker, 1, TRUE, &error);
  if (self->pool == NULL)
    g_error ("Cannot start the page renderer’s thread: %s", error->message);
  return self;
}

const char *
dossier_page_renderer_get_path (DossierPageRenderer *self)
{
  g_return_val_if_fail (DOSSIER_IS_PAGE_RENDERER (self), NULL);

  return self->path;
}

static Request *
request_new (RequestFunc    run,
             GDestroyNotify free_result,
             guint          page)
{
  Request *request = g_new0 (Request, 1);

  request->run = run;
  request->free_result = free_result;
  request->page = page;
  return request;
}

void
dossier_page_renderer_load_async (DossierPageRenderer *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (DOSSIER_IS_PAGE_RENDERER (self));

  push_request (self, request_new (load_pages, (GDestroyNotify) g_array_unref, 0),
                dossier_page_renderer_load_async, cancellable, callback, user_data);
}

GArray *
dossier_page_renderer_load_finish (DossierPageRenderer  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  return finish_request (self, result, dossier_page_renderer_load_async, error);
}

void
dossier_page_renderer_render_async (DossierPageRenderer *self,
                                    guint                page,
                                    double               scale,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (DOSSIER_IS_PAGE_RENDERER (self));
  g_return_if_fail (scale > 0);

  request = request_new (render_page, (GDestroyNotify) cairo_surface_destroy, page);
  request->scale = scale;
  push_request (self, request, dossier_page_renderer_render_async,
                cancellable, callback, user_data);
}

cairo_surface_t *
dossier_page_renderer_render_finish (DossierPageRenderer  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  return finish_request (self, result, dossier_page_renderer_render_async, error);
}

void
dossier_page_renderer_text_rects_async (DossierPageRenderer    *self,
                                        guint                   page,
                                        const DossierTextRange *ranges,
                                        guint                   n_ranges,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data)
{
  Request *request;

  g_return_if_fail (DOSSIER_IS_PAGE_RENDERER (self));
  g_return_if_fail (ranges != NULL || n_ranges == 0);

  request = request_new (find_text_rects, (GDestroyNotify) g_array_unref, page);
  request->ranges = g_array_sized_new (FALSE, FALSE, sizeof (DossierTextRange), n_ranges);
  g_array_append_vals (request->ranges, ranges, n_ranges);
  push_request (self, request, dossier_page_renderer_text_rects_async,
                cancellable, callback, user_data);
}

GArray *
dossier_page_renderer_text_rects_finish (DossierPageRenderer  *self,
                                         GAsyncResult         *result,
                                         GError              **error)
{
  return finish_request (self, result, dossier_page_renderer_text_rects_async, error);
}

void
dossier_page_renderer_select_async (DossierPageRenderer *self,
                                    guint                page,
                                    double               x1,
                                    double               y1,
                                    double               x2,
                                    double               y2,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (DOSSIER_IS_PAGE_RENDERER (self));

  request = request_new (select_text, (GDestroyNotify) dossier_page_selection_free, page);
  request->x1 = x1;
  request->y1 = y1;
  request->x2 = x2;
  request->y2 = y2;
  push_request (self, request, dossier_page_renderer_select_async,
                cancellable, callback, user_data);
}

DossierPageSelection *
dossier_page_renderer_select_finish (DossierPageRenderer  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  return finish_request (self, result, dossier_page_renderer_select_async, error);
}
