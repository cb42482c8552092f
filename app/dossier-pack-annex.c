/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "dossier-error.h"
#include "dossier-pack-annex.h"

struct _DossierPackAnnex
{
  PopplerDocument *document;   /* owned */
  guint            n_pages;
};

/* One page of an annex, as a writer's page holds it. */
typedef struct
{
  DossierPackAnnex *annex;     /* owned */
  guint             index;
} AnnexPage;

static PopplerDocument *
open_with_passwords (const char          *uri,
                     const char * const  *passwords,
                     GError             **error)
{
  g_autoptr(GError) poppler_error = NULL;
  PopplerDocument *document;
  gboolean tried_password = FALSE;

  document = poppler_document_new_from_file (uri, NULL, &poppler_error);
  for (guint i = 0; document == NULL && passwords != NULL && passwords[i] != NULL &&
                    g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED); i++)
    {
      g_clear_error (&poppler_error);
      tried_password = TRUE;
      document = poppler_document_new_from_file (uri, passwords[i], &poppler_error);
    }
  if (document != NULL)
    return document;

  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error_literal (error, DOSSIER_ERROR,
                         tried_password ? DOSSIER_ERROR_BAD_PASSWORD : DOSSIER_ERROR_ENCRYPTED,
                         tried_password
                         ? _("it is password-protected, and none of the passwords given opens it")
                         : _("it is password-protected; Dossier does not keep passwords, give it "
                             "with the export"));
  else
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                         _("its file is damaged or is not a PDF"));
  return NULL;
}

DossierPackAnnex *
dossier_pack_annex_open (const char          *path,
                         const char * const  *passwords,
                         GError             **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  DossierPackAnnex *self;
  PopplerDocument *document;
  int n_pages;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                           _("its file is missing from the library"));
      return NULL;
    }
  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, error);
  if (uri == NULL)
    return NULL;
  document = open_with_passwords (uri, passwords, error);
  if (document == NULL)
    return NULL;
  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_object_unref (document);
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                           _("it has no pages"));
      return NULL;
    }

  self = g_rc_box_new0 (DossierPackAnnex);
  self->document = document;
  self->n_pages = (guint) n_pages;
  return self;
}

static void
annex_clear (gpointer data)
{
  DossierPackAnnex *self = data;

  g_object_unref (self->document);
}

DossierPackAnnex *
dossier_pack_annex_ref (DossierPackAnnex *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

void
dossier_pack_annex_unref (DossierPackAnnex *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, annex_clear);
}

guint
dossier_pack_annex_get_n_pages (DossierPackAnnex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_pages;
}

static void
annex_page_free (gpointer data)
{
  AnnexPage *page = data;

  dossier_pack_annex_unref (page->annex);
  g_free (page);
}

static void
draw_unreadable (DossierPackWriter *writer,
                 cairo_t           *cr,
                 double             width,
                 guint              index)
{
  g_autofree char *message = g_strdup_printf (_("Page %u of this document could not be read."),
                                              index + 1);
  g_autofree char *markup = g_markup_escape_text (message, -1);
  g_autoptr(PangoLayout) layout = dossier_pack_writer_create_layout (writer,
                                                                     DOSSIER_PACK_TEXT_NOTE,
                                                                     markup, width - 80);

  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_WARNING);
  cairo_move_to (cr, 40, 40);
  pango_cairo_show_layout (cr, layout);
}

/* The original page, as large as the box allows without changing its
 * shape, centred across and set at the top, within a hairline frame. */
static void
draw_annex_page (DossierPackWriter *writer,
                 cairo_t           *cr,
                 double             width,
                 double             height,
                 gpointer           user_data)
{
  AnnexPage *annex_page = user_data;
  PopplerPage *page = poppler_document_get_page (annex_page->annex->document,
                                                 (int) annex_page->index);
  double page_width, page_height, scale, x;

  if (page == NULL)
    {
      draw_unreadable (writer, cr, width, annex_page->index);
      return;
    }
  poppler_page_get_size (page, &page_width, &page_height);
  if (page_width <= 0 || page_height <= 0)
    {
      g_object_unref (page);
      draw_unreadable (writer, cr, width, annex_page->index);
      return;
    }
  scale = MIN (width / page_width, height / page_height);
  x = (width - page_width * scale) / 2;

  cairo_save (cr);
  cairo_translate (cr, x, 0);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  g_object_unref (page);

  cairo_new_path (cr);
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, 0, page_width * scale, page_height * scale);
  cairo_stroke (cr);
}

static gboolean
page_is_landscape (DossierPackAnnex *self,
                   guint             index)
{
  PopplerPage *page = poppler_document_get_page (self->document, (int) index);
  double width = 0, height = 0;

  if (page == NULL)
    return FALSE;
  poppler_page_get_size (page, &width, &height);
  g_object_unref (page);
  return width > height;
}

void
dossier_pack_annex_add_pages (DossierPackAnnex  *self,
                              DossierPackWriter *writer,
                              const char        *header,
                              const char        *contents_entry)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (writer != NULL);

  for (guint i = 0; i < self->n_pages; i++)
    {
      AnnexPage *page = g_new0 (AnnexPage, 1);
      gboolean landscape = page_is_landscape (self, i);

      page->annex = dossier_pack_annex_ref (self);
      page->index = i;
      dossier_pack_writer_add_page (writer,
                                    landscape ? DOSSIER_PACK_A4_HEIGHT : DOSSIER_PACK_A4_WIDTH,
                                    landscape ? DOSSIER_PACK_A4_WIDTH : DOSSIER_PACK_A4_HEIGHT,
                                    header, i == 0 ? contents_entry : NULL,
                                    draw_annex_page, page, annex_page_free);
    }
}
