/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* The type of a briefing pack: its text styles and colours, and text
 * laid out once and measured line by line, so that a paragraph can be
 * broken across pages between lines. For print: outlines unhinted,
 * metrics unrounded, 72 units to the inch (points). */

typedef enum
{
  DOSSIER_PACK_TEXT_BODY,
  DOSSIER_PACK_TEXT_SMALL,        /* dates, senders, statuses: smaller and muted */
  DOSSIER_PACK_TEXT_QUOTE,        /* excerpts: indented under a rule */
  DOSSIER_PACK_TEXT_NOTE,         /* a remark in italics */
  DOSSIER_PACK_TEXT_TITLE,        /* the cover's title */
  DOSSIER_PACK_TEXT_SUBTITLE,     /* the cover's other lines */
  DOSSIER_PACK_TEXT_MARKING,      /* "CONFIDENTIAL" on the cover */
  DOSSIER_PACK_TEXT_CELL,         /* a table's cells… */
  DOSSIER_PACK_TEXT_CELL_HEADER,  /* …and its header row */
  DOSSIER_PACK_TEXT_LABEL,        /* a figure's labels */
  DOSSIER_PACK_TEXT_HEADING_1,
  DOSSIER_PACK_TEXT_HEADING_2,
  DOSSIER_PACK_TEXT_RUNNING,      /* the running header and footer */
  DOSSIER_PACK_N_TEXT_STYLES
} DossierPackTextStyle;

typedef enum
{
  DOSSIER_PACK_COLOUR_TEXT,
  DOSSIER_PACK_COLOUR_MUTED,
  DOSSIER_PACK_COLOUR_ACCENT,
  DOSSIER_PACK_COLOUR_RULE,
  DOSSIER_PACK_COLOUR_TINT,       /* a pale shade of the accent: backgrounds */
  DOSSIER_PACK_COLOUR_WARNING,
} DossierPackColour;

typedef struct
{
  const char         *font;            /* a Pango font description */
  DossierPackColour   colour;
  double              line_spacing;    /* a factor of the font's height; 0: its own */
  double              space_before;    /* dropped at the top of a page */
  double              space_after;
  double              indent;
  PangoAlignment      alignment;
  int                 letter_spacing;  /* in Pango units */
} DossierPackStyle;

const DossierPackStyle *dossier_pack_style_get        (DossierPackTextStyle  style);
void                    dossier_pack_set_source       (cairo_t              *cr,
                                                       DossierPackColour     colour);
/* "#rrggbb", for markup. */
const char             *dossier_pack_colour_hex       (DossierPackColour     colour);
/* The text of @markup, or @markup itself when it does not parse.
 * Returns: (transfer full) */
char                   *dossier_pack_markup_to_plain  (const char           *markup);

/* The fonts of the styles, on one Pango context. One thread at a time. */
typedef struct _DossierPackFonts DossierPackFonts;

DossierPackFonts       *dossier_pack_fonts_new        (void);
void                    dossier_pack_fonts_free       (DossierPackFonts     *self);
/* @width in points, -1: unwrapped. Markup that does not parse is shown
 * as it is, rather than not at all. Returns: (transfer full) */
PangoLayout            *dossier_pack_fonts_create_layout (DossierPackFonts  *self,
                                                       DossierPackTextStyle  style,
                                                       const char           *markup,
                                                       double                width);

/* One line of a text, in points from the text's top-left corner. */
typedef struct
{
  double x;
  double width;
  double top;
  double bottom;
  double baseline;
} DossierPackLine;

typedef struct _DossierPackText DossierPackText;

DossierPackText        *dossier_pack_text_new         (DossierPackFonts     *fonts,
                                                       DossierPackTextStyle  style,
                                                       const char           *markup,
                                                       double                width);
void                    dossier_pack_text_free        (DossierPackText      *self);
guint                   dossier_pack_text_get_n_lines (DossierPackText      *self);
const DossierPackLine  *dossier_pack_text_get_line    (DossierPackText      *self,
                                                       guint                 index);
/* Lines [@first, @end) stacked. */
double                  dossier_pack_text_get_height  (DossierPackText      *self,
                                                       guint                 first,
                                                       guint                 end);
DossierPackColour       dossier_pack_text_get_colour  (DossierPackText      *self);
/* Lines [@first, @end) with the top of the first at (@x, @y). */
void                    dossier_pack_text_draw        (DossierPackText      *self,
                                                       cairo_t              *cr,
                                                       guint                 first,
                                                       guint                 end,
                                                       double                x,
                                                       double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPackFonts, dossier_pack_fonts_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPackText, dossier_pack_text_free)

G_END_DECLS
