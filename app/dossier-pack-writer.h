/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "dossier-pack-text.h"

G_BEGIN_DECLS

/* A small typesetter for PDF: blocks of text, lists, tables, figures and
 * whole pages go in, in order; dossier_pack_writer_write() breaks them
 * into A4 pages with a running header and footer, a table of contents
 * with page numbers and links, an outline and metadata, with cairo's PDF
 * surface and Pango (any script). Text is Pango markup throughout. One
 * thread at a time: the one that writes. */
typedef struct _DossierPackWriter DossierPackWriter;
typedef struct _DossierPackTable  DossierPackTable;

/* The page sizes, in points. */
#define DOSSIER_PACK_A4_WIDTH  595.276
#define DOSSIER_PACK_A4_HEIGHT 841.890

/* Draws a figure, or what a whole page holds under its header, into the
 * box (0, 0, @width, @height) of @cr, clipped to it, on the writing
 * thread. */
typedef void (*DossierPackDrawFunc) (DossierPackWriter *writer,
                                     cairo_t           *cr,
                                     double             width,
                                     double             height,
                                     gpointer           user_data);

/* Called on the writing thread after each page written. */
typedef void (*DossierPackProgressFunc) (guint    done,
                                         guint    total,
                                         gpointer user_data);

typedef struct
{
  const char *title;
  const char *author;
  const char *subject;
  const char *keywords;
  const char *creator;
  GDateTime  *created;      /* NULL: now */
} DossierPackMetadata;

DossierPackWriter *dossier_pack_writer_new              (void);
void               dossier_pack_writer_free             (DossierPackWriter     *self);

/* The text at the top left of the pages begun from here on (the page
 * under way too, if nothing is on it yet); NULL: pages with neither
 * header nor footer, as a cover. */
void               dossier_pack_writer_set_running_header (DossierPackWriter   *self,
                                                         const char            *text);
/* On every decorated page: at the top right (@marking, in the accent
 * colour) and at the bottom left (@footer); plain text, may be NULL. */
void               dossier_pack_writer_set_marking      (DossierPackWriter     *self,
                                                         const char            *marking);
void               dossier_pack_writer_set_footer       (DossierPackWriter     *self,
                                                         const char            *footer);

/* Level 1 or 2; a heading is never left alone at the foot of a page.
 * With @in_contents it is listed in the contents and the outline. */
void               dossier_pack_writer_add_heading      (DossierPackWriter     *self,
                                                         guint                  level,
                                                         const char            *markup,
                                                         gboolean               in_contents);
void               dossier_pack_writer_add_paragraph    (DossierPackWriter     *self,
                                                         DossierPackTextStyle   style,
                                                         const char            *markup);
/* @items: NULL-terminated. */
void               dossier_pack_writer_add_list         (DossierPackWriter     *self,
                                                         const char * const    *items);
/* @widths: a share of the text width for each of @n_columns columns;
 * @headers: @n_columns strings, repeated at the top of each page the
 * table runs onto. Returns: (transfer none): the table, to add rows to. */
DossierPackTable  *dossier_pack_writer_add_table        (DossierPackWriter     *self,
                                                         guint                  n_columns,
                                                         const double          *widths,
                                                         const char * const    *headers);
/* @cells: as many as the table has columns. */
void               dossier_pack_table_add_row           (DossierPackTable      *table,
                                                         const char * const    *cells);
/* A drawing the width of the text and @height points high, kept whole. */
void               dossier_pack_writer_add_figure       (DossierPackWriter     *self,
                                                         double                 height,
                                                         DossierPackDrawFunc    draw,
                                                         gpointer               user_data,
                                                         GDestroyNotify         destroy);
void               dossier_pack_writer_add_space        (DossierPackWriter     *self,
                                                         double                 points);
void               dossier_pack_writer_add_page_break   (DossierPackWriter     *self);
/* The table of contents, under @title: every heading and page added with
 * in_contents, wherever they come, with its page number and a link. */
void               dossier_pack_writer_add_contents     (DossierPackWriter     *self,
                                                         const char            *title);
/* A page of its own, @width × @height points, drawn whole by @draw, under
 * @header (plain text; NULL: undecorated). @contents_entry (plain text,
 * may be NULL) lists it in the contents and the outline, at level 2. */
void               dossier_pack_writer_add_page         (DossierPackWriter     *self,
                                                         double                 width,
                                                         double                 height,
                                                         const char            *header,
                                                         const char            *contents_entry,
                                                         DossierPackDrawFunc    draw,
                                                         gpointer               user_data,
                                                         GDestroyNotify         destroy);

/* For draw functions: text in one of the pack's styles, @width points
 * wide (-1: unwrapped). Returns: (transfer full) */
PangoLayout       *dossier_pack_writer_create_layout    (DossierPackWriter     *self,
                                                         DossierPackTextStyle   style,
                                                         const char            *markup,
                                                         double                 width);

/* Lays the blocks out and writes the PDF to @stream (left open). Blocks
 * cannot be added afterwards. */
gboolean           dossier_pack_writer_write            (DossierPackWriter     *self,
                                                         GOutputStream         *stream,
                                                         const DossierPackMetadata *metadata,
                                                         DossierPackProgressFunc progress,
                                                         gpointer               user_data,
                                                         GCancellable          *cancellable,
                                                         GError               **error);
/* After dossier_pack_writer_write(): how many pages it wrote. */
guint              dossier_pack_writer_get_n_pages      (DossierPackWriter     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPackWriter, dossier_pack_writer_free)

G_END_DECLS
