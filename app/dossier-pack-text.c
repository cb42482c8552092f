/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>
#include <pango/pangocairo.h>

#include "dossier-pack-text.h"

/* One type scale, in points: body 9.5, headings 15 and 11, the cover's
 * title 24; small text 8 and below for what is looked up, not read. */
static const DossierPackStyle styles[DOSSIER_PACK_N_TEXT_STYLES] = {
  [DOSSIER_PACK_TEXT_BODY] =
    { "Sans 9.5", DOSSIER_PACK_COLOUR_TEXT, 1.35, 0, 6, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_SMALL] =
    { "Sans 8", DOSSIER_PACK_COLOUR_MUTED, 1.3, 0, 3, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_QUOTE] =
    { "Sans Italic 8.5", DOSSIER_PACK_COLOUR_TEXT, 1.35, 2, 9, 12, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_NOTE] =
    { "Sans Italic 9", DOSSIER_PACK_COLOUR_MUTED, 1.35, 0, 6, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_TITLE] =
    { "Sans Bold 24", DOSSIER_PACK_COLOUR_ACCENT, 1.15, 0, 14, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_SUBTITLE] =
    { "Sans 12.5", DOSSIER_PACK_COLOUR_TEXT, 1.35, 0, 4, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_MARKING] =
    { "Sans Bold 9.5", DOSSIER_PACK_COLOUR_ACCENT, 0, 0, 0, 0, PANGO_ALIGN_LEFT, 2 * PANGO_SCALE },
  [DOSSIER_PACK_TEXT_CELL] =
    { "Sans 8", DOSSIER_PACK_COLOUR_TEXT, 1.25, 0, 0, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_CELL_HEADER] =
    { "Sans Bold 7.5", DOSSIER_PACK_COLOUR_ACCENT, 1.2, 0, 0, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_LABEL] =
    { "Sans 7", DOSSIER_PACK_COLOUR_MUTED, 0, 0, 0, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_HEADING_1] =
    { "Sans Bold 15", DOSSIER_PACK_COLOUR_ACCENT, 1.2, 20, 10, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_HEADING_2] =
    { "Sans Bold 11", DOSSIER_PACK_COLOUR_TEXT, 1.25, 14, 5, 0, PANGO_ALIGN_LEFT, 0 },
  [DOSSIER_PACK_TEXT_RUNNING] =
    { "Sans 7.5", DOSSIER_PACK_COLOUR_MUTED, 0, 0, 0, 0, PANGO_ALIGN_LEFT, 0 },
};

/* A restrained palette: near-black text, one deep blue accent. */
static const char * const colours[] = {
  [DOSSIER_PACK_COLOUR_TEXT] = "#1f2328",
  [DOSSIER_PACK_COLOUR_MUTED] = "#5c6670",
  [DOSSIER_PACK_COLOUR_ACCENT] = "#1f4e79",
  [DOSSIER_PACK_COLOUR_RULE] = "#c6ced6",
  [DOSSIER_PACK_COLOUR_TINT] = "#eaf0f6",
  [DOSSIER_PACK_COLOUR_WARNING] = "#9b2c2c",
};

struct _DossierPackFonts
{
  PangoFontMap         *font_map;   /* owned */
  PangoContext         *context;    /* owned */
  PangoFontDescription *fonts[DOSSIER_PACK_N_TEXT_STYLES];   /* owned */
};

struct _DossierPackText
{
  PangoLayout       *layout;   /* owned */
  GArray            *lines;    /* owned, of DossierPackLine */
  DossierPackColour  colour;
};

const DossierPackStyle *
dossier_pack_style_get (DossierPackTextStyle style)
{
  g_return_val_if_fail (style < DOSSIER_PACK_N_TEXT_STYLES, &styles[0]);
  return &styles[style];
}

void
dossier_pack_set_source (cairo_t           *cr,
                         DossierPackColour  colour)
{
  guint red = 0, green = 0, blue = 0;

  g_return_if_fail (colour < G_N_ELEMENTS (colours));

  sscanf (colours[colour], "#%2x%2x%2x", &red, &green, &blue);
  cairo_set_source_rgb (cr, red / 255.0, green / 255.0, blue / 255.0);
}

const char *
dossier_pack_colour_hex (DossierPackColour colour)
{
  g_return_val_if_fail (colour < G_N_ELEMENTS (colours), colours[0]);
  return colours[colour];
}

char *
dossier_pack_markup_to_plain (const char *markup)
{
  char *plain = NULL;

  if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL))
    return g_strdup (markup);
  return plain;
}

/* ---- Fonts ---- */

DossierPackFonts *
dossier_pack_fonts_new (void)
{
  DossierPackFonts *self = g_new0 (DossierPackFonts, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Print, not screen: outlines as designed, metrics unrounded, so that
   * text measures the same wherever it is laid out. */
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_destroy (options);
  for (guint i = 0; i < DOSSIER_PACK_N_TEXT_STYLES; i++)
    self->fonts[i] = pango_font_description_from_string (styles[i].font);
  return self;
}

void
dossier_pack_fonts_free (DossierPackFonts *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < DOSSIER_PACK_N_TEXT_STYLES; i++)
    pango_font_description_free (self->fonts[i]);
  g_object_unref (self->context);
  g_object_unref (self->font_map);
  g_free (self);
}

/* Markup that does not parse is shown as it is, rather than not at all. */
static void
set_markup_or_text (PangoLayout *layout,
                    const char  *markup,
                    int          letter_spacing)
{
  g_autofree char *spaced = NULL;

  if (markup == NULL)
    markup = "";
  if (!pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL))
    {
      pango_layout_set_text (layout, markup, -1);
      return;
    }
  if (letter_spacing != 0)
    markup = spaced = g_strdup_printf ("<span letter_spacing=\"%d\">%s</span>",
                                       letter_spacing, markup);
  pango_layout_set_markup (layout, markup, -1);
}

PangoLayout *
dossier_pack_fonts_create_layout (DossierPackFonts     *self,
                                  DossierPackTextStyle  style,
                                  const char           *markup,
                                  double                width)
{
  PangoLayout *layout;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (style < DOSSIER_PACK_N_TEXT_STYLES, NULL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[style]);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (styles[style].line_spacing > 0)
    pango_layout_set_line_spacing (layout, (float) styles[style].line_spacing);
  pango_layout_set_alignment (layout, styles[style].alignment);
  set_markup_or_text (layout, markup, styles[style].letter_spacing);
  return layout;
}

/* ---- Text ---- */

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (DossierPackLine));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      DossierPackLine box;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.x = pango_units_to_double (logical.x);
      box.width = pango_units_to_double (logical.width);
      box.top = pango_units_to_double (top);
      box.bottom = pango_units_to_double (bottom);
      box.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      g_array_append_val (lines, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

DossierPackText *
dossier_pack_text_new (DossierPackFonts     *fonts,
                       DossierPackTextStyle  style,
                       const char           *markup,
                       double                width)
{
  DossierPackText *text;

  g_return_val_if_fail (fonts != NULL, NULL);
  g_return_val_if_fail (style < DOSSIER_PACK_N_TEXT_STYLES, NULL);

  text = g_new0 (DossierPackText, 1);
  text->layout = dossier_pack_fonts_create_layout (fonts, style, markup, width);
  text->lines = measure_lines (text->layout);
  text->colour = styles[style].colour;
  return text;
}

void
dossier_pack_text_free (DossierPackText *text)
{
  if (text == NULL)
    return;
  g_object_unref (text->layout);
  g_array_unref (text->lines);
  g_free (text);
}

guint
dossier_pack_text_get_n_lines (DossierPackText *text)
{
  g_return_val_if_fail (text != NULL, 0);
  return text->lines->len;
}

const DossierPackLine *
dossier_pack_text_get_line (DossierPackText *text,
                            guint            index)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (index < text->lines->len, NULL);
  return &g_array_index (text->lines, DossierPackLine, index);
}

double
dossier_pack_text_get_height (DossierPackText *text,
                              guint            first,
                              guint            end)
{
  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (end <= text->lines->len, 0);

  if (end <= first)
    return 0;
  return dossier_pack_text_get_line (text, end - 1)->bottom -
         dossier_pack_text_get_line (text, first)->top;
}

DossierPackColour
dossier_pack_text_get_colour (DossierPackText *text)
{
  g_return_val_if_fail (text != NULL, DOSSIER_PACK_COLOUR_TEXT);
  return text->colour;
}

/* Line by line at their baselines: a paragraph split across pages
 * shows on each only the lines it holds there. */
void
dossier_pack_text_draw (DossierPackText *text,
                        cairo_t         *cr,
                        guint            first,
                        guint            end,
                        double           x,
                        double           y)
{
  double top;

  g_return_if_fail (text != NULL);
  g_return_if_fail (end <= text->lines->len);

  if (end <= first)
    return;
  top = dossier_pack_text_get_line (text, first)->top;
  for (guint i = first; i < end; i++)
    {
      const DossierPackLine *line = dossier_pack_text_get_line (text, i);

      cairo_move_to (cr, x + line->x, y + line->baseline - top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (text->layout, (int) i));
    }
}
