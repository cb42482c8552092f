/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dossier-error.h"
#include "dossier-pack-writer.h"

/* Blocks are added first and broken into pages only when the PDF is
 * written: a heading then knows what follows it, and the contents know
 * every heading, so that one pass lays out and numbers every page. */

/* Flow pages, in points: generous margins, header and footer outside. */
#define MARGIN_SIDE    62.0
#define CONTENT_TOP    80.0
#define CONTENT_BOTTOM 66.0
#define HEADER_TOP     40.0
#define HEADER_RULE    56.0
#define FOOTER_RULE    46.0     /* from the bottom */
#define FOOTER_TOP     40.0     /* from the bottom */
/* Whole pages (annexes) give up less of the page to the header. */
#define WHOLE_SIDE     22.0
#define WHOLE_TOP      44.0
#define WHOLE_BOTTOM   32.0
#define WHOLE_HEADER_TOP 18.0
#define WHOLE_HEADER_RULE 34.0
#define WHOLE_FOOTER_TOP 22.0   /* from the bottom */

#define LIST_INDENT    14.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.5
#define TABLE_SPACE    12.0
#define FIGURE_SPACE   10.0
#define CONTENTS_NUMBER_WIDTH 36.0
#define CONTENTS_INDENT 16.0

/* A heading or a whole page that the contents and the outline point to. */
typedef struct
{
  guint   index;        /* in the writer's anchors: its destination's name */
  guint   level;
  char   *title;        /* plain text */
  guint   page;         /* from 0, once laid out */
  double  y;
} Anchor;

typedef enum
{
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_LIST,
  BLOCK_TABLE,
  BLOCK_FIGURE,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_RUNNING_HEADER,
  BLOCK_CONTENTS,
  BLOCK_PAGE,
} BlockKind;

struct _DossierPackTable
{
  DossierPackWriter *writer;   /* borrowed */
  guint              n_columns;
  double            *widths;   /* owned, in points */
  GPtrArray         *header;   /* owned, of DossierPackText */
  GPtrArray         *rows;     /* owned, of GPtrArray of DossierPackText */
};

typedef struct
{
  BlockKind             kind;
  DossierPackTextStyle  style;
  DossierPackText      *text;       /* owned: headings, paragraphs, the contents' title */
  GPtrArray            *items;      /* owned, of DossierPackText: a list's items */
  DossierPackTable     *table;      /* owned */
  char                 *header;     /* owned: running headers, whole pages */
  double                width;
  double                height;     /* figures, spaces, whole pages */
  Anchor               *anchor;     /* borrowed from the writer's anchors; may be NULL */
  DossierPackDrawFunc   draw;
  gpointer              draw_data;
  GDestroyNotify        draw_data_free;
} Block;

typedef enum
{
  ITEM_TEXT,
  ITEM_FILL,
  ITEM_BULLET,
  ITEM_FIGURE,
  ITEM_CONTENTS_ENTRY,
} ItemKind;

/* Something placed on a page; what it points to belongs to the blocks. */
typedef struct
{
  ItemKind           kind;
  double             x;
  double             y;
  double             width;
  double             height;
  DossierPackColour  colour;
  DossierPackText   *text;       /* ITEM_TEXT: lines [first, end) */
  guint              first;
  guint              end;
  Block             *block;      /* ITEM_FIGURE */
  Anchor            *anchor;     /* ITEM_CONTENTS_ENTRY: where it leads */
  double             text_end;   /* ITEM_CONTENTS_ENTRY: end of the title's last line */
  double             baseline;   /* ITEM_CONTENTS_ENTRY: of that line */
} Item;

typedef struct
{
  double  width;
  double  height;
  char   *header;      /* owned; NULL: undecorated */
  Block  *whole;       /* borrowed: a page drawn whole, or NULL */
  GArray *items;       /* owned, of Item */
} Page;

struct _DossierPackWriter
{
  DossierPackFonts     *fonts;      /* owned */
  GPtrArray            *blocks;     /* owned, of Block */
  GPtrArray            *anchors;    /* owned, of Anchor, in order */
  char                 *marking;
  char                 *footer;
  gboolean              written;

  /* Laying out */
  GPtrArray            *pages;      /* owned, of Page */
  Page                 *page;       /* borrowed: the page being filled, or NULL */
  double                y;          /* on it, from the top of the text area */
  char                 *header;     /* the running header of new pages */
};

static const double content_width = DOSSIER_PACK_A4_WIDTH - 2 * MARGIN_SIDE;
static const double content_height = DOSSIER_PACK_A4_HEIGHT - CONTENT_TOP - CONTENT_BOTTOM;

PangoLayout *
dossier_pack_writer_create_layout (DossierPackWriter    *self,
                                   DossierPackTextStyle  style,
                                   const char           *markup,
                                   double                width)
{
  g_return_val_if_fail (self != NULL, NULL);
  return dossier_pack_fonts_create_layout (self->fonts, style, markup, width);
}

static DossierPackText *
text_new (DossierPackWriter    *self,
          DossierPackTextStyle  style,
          const char           *markup,
          double                width)
{
  return dossier_pack_text_new (self->fonts, style, markup, width);
}

/* Shorter names for what the layout asks of texts all the time. */
static guint
count_lines (DossierPackText *text)
{
  return dossier_pack_text_get_n_lines (text);
}

static const DossierPackLine *
line_at (DossierPackText *text,
         guint            index)
{
  return dossier_pack_text_get_line (text, index);
}

static double
lines_height (DossierPackText *text,
              guint            first,
              guint            end)
{
  return dossier_pack_text_get_height (text, first, end);
}

static const DossierPackStyle *
style_of (DossierPackTextStyle style)
{
  return dossier_pack_style_get (style);
}

/* ---- Blocks ---- */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->text, dossier_pack_text_free);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  if (block->table != NULL)
    {
      g_free (block->table->widths);
      g_ptr_array_unref (block->table->header);
      g_ptr_array_unref (block->table->rows);
      g_free (block->table);
    }
  if (block->draw_data_free != NULL)
    block->draw_data_free (block->draw_data);
  g_free (block->header);
  g_free (block);
}

static void
anchor_free (gpointer data)
{
  Anchor *anchor = data;

  g_free (anchor->title);
  g_free (anchor);
}

static Block *
add_block (DossierPackWriter *self,
           BlockKind          kind)
{
  Block *block = g_new0 (Block, 1);

  g_assert (!self->written);
  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static Anchor *
add_anchor (DossierPackWriter *self,
            guint              level,
            const char        *title)
{
  Anchor *anchor = g_new0 (Anchor, 1);

  anchor->index = self->anchors->len;
  anchor->level = level;
  anchor->title = g_strdup (title);
  g_ptr_array_add (self->anchors, anchor);
  return anchor;
}

void
dossier_pack_writer_set_running_header (DossierPackWriter *self,
                                        const char        *text)
{
  Block *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, BLOCK_RUNNING_HEADER);
  block->header = g_strdup (text);
}

void
dossier_pack_writer_set_marking (DossierPackWriter *self,
                                 const char        *marking)
{
  g_return_if_fail (self != NULL);

  g_free (self->marking);
  self->marking = g_strdup (marking);
}

void
dossier_pack_writer_set_footer (DossierPackWriter *self,
                                const char        *footer)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer);
  self->footer = g_strdup (footer);
}

void
dossier_pack_writer_add_heading (DossierPackWriter *self,
                                 guint              level,
                                 const char        *markup,
                                 gboolean           in_contents)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level == 1 || level == 2);

  block = add_block (self, BLOCK_HEADING);
  block->style = level == 1 ? DOSSIER_PACK_TEXT_HEADING_1 : DOSSIER_PACK_TEXT_HEADING_2;
  block->text = text_new (self, block->style, markup, content_width);
  if (in_contents)
    {
      g_autofree char *title = dossier_pack_markup_to_plain (markup);

      block->anchor = add_anchor (self, level, title);
    }
}

void
dossier_pack_writer_add_paragraph (DossierPackWriter    *self,
                                   DossierPackTextStyle  style,
                                   const char           *markup)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style < DOSSIER_PACK_N_TEXT_STYLES);

  block = add_block (self, BLOCK_TEXT);
  block->style = style;
  block->text = text_new (self, style, markup, content_width - style_of (style)->indent);
}

void
dossier_pack_writer_add_list (DossierPackWriter  *self,
                              const char * const *items)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (items != NULL);

  block = add_block (self, BLOCK_LIST);
  block->style = DOSSIER_PACK_TEXT_BODY;
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_pack_text_free);
  for (guint i = 0; items[i] != NULL; i++)
    g_ptr_array_add (block->items, text_new (self, block->style, items[i],
                                             content_width - LIST_INDENT));
}

static GPtrArray *
table_texts (DossierPackTable     *table,
             DossierPackTextStyle  style,
             const char * const   *cells)
{
  GPtrArray *texts = g_ptr_array_new_full (table->n_columns,
                                           (GDestroyNotify) dossier_pack_text_free);

  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (texts, text_new (table->writer, style, cells[i],
                                      table->widths[i] - 2 * CELL_PAD_X));
  return texts;
}

DossierPackTable *
dossier_pack_writer_add_table (DossierPackWriter  *self,
                               guint               n_columns,
                               const double       *widths,
                               const char * const *headers)
{
  DossierPackTable *table;
  Block *block;
  double total = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  for (guint i = 0; i < n_columns; i++)
    total += widths[i];
  g_return_val_if_fail (total > 0, NULL);

  table = g_new0 (DossierPackTable, 1);
  table->writer = self;
  table->n_columns = n_columns;
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = content_width * widths[i] / total;
  table->header = table_texts (table, DOSSIER_PACK_TEXT_CELL_HEADER, headers);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  block = add_block (self, BLOCK_TABLE);
  block->table = table;
  return table;
}

void
dossier_pack_table_add_row (DossierPackTable   *table,
                            const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (!table->writer->written);

  g_ptr_array_add (table->rows, table_texts (table, DOSSIER_PACK_TEXT_CELL, cells));
}

void
dossier_pack_writer_add_figure (DossierPackWriter   *self,
                                double               height,
                                DossierPackDrawFunc  draw,
                                gpointer             user_data,
                                GDestroyNotify       destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (draw != NULL);

  block = add_block (self, BLOCK_FIGURE);
  block->width = content_width;
  block->height = CLAMP (height, 1, content_height);
  block->draw = draw;
  block->draw_data = user_data;
  block->draw_data_free = destroy;
}

void
dossier_pack_writer_add_space (DossierPackWriter *self,
                               double             points)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_SPACE)->height = MAX (points, 0);
}

void
dossier_pack_writer_add_page_break (DossierPackWriter *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PAGE_BREAK);
}

void
dossier_pack_writer_add_contents (DossierPackWriter *self,
                                  const char        *title)
{
  Block *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, BLOCK_CONTENTS);
  block->style = DOSSIER_PACK_TEXT_HEADING_1;
  block->text = text_new (self, block->style, title, content_width);
}

void
dossier_pack_writer_add_page (DossierPackWriter   *self,
                              double               width,
                              double               height,
                              const char          *header,
                              const char          *contents_entry,
                              DossierPackDrawFunc  draw,
                              gpointer             user_data,
                              GDestroyNotify       destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (width > 0 && height > 0);
  g_return_if_fail (draw != NULL);

  block = add_block (self, BLOCK_PAGE);
  block->width = width;
  block->height = height;
  block->header = g_strdup (header);
  block->draw = draw;
  block->draw_data = user_data;
  block->draw_data_free = destroy;
  if (contents_entry != NULL)
    block->anchor = add_anchor (self, 2, contents_entry);
}

/* ---- Laying out ---- */

static void
page_free (gpointer data)
{
  Page *page = data;

  g_free (page->header);
  g_array_unref (page->items);
  g_free (page);
}

static Page *
append_page (DossierPackWriter *self,
             double             width,
             double             height,
             const char        *header)
{
  Page *page = g_new0 (Page, 1);

  page->width = width;
  page->height = height;
  page->header = g_strdup (header);
  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_ptr_array_add (self->pages, page);
  return page;
}

static gboolean
page_is_empty (DossierPackWriter *self)
{
  return self->page == NULL || self->page->items->len == 0;
}

static void
ensure_page (DossierPackWriter *self)
{
  if (self->page != NULL)
    return;
  self->page = append_page (self, DOSSIER_PACK_A4_WIDTH, DOSSIER_PACK_A4_HEIGHT, self->header);
  self->y = 0;
}

/* An empty page under way is dropped, not left blank. */
static void
end_page (DossierPackWriter *self)
{
  if (self->page != NULL && page_is_empty (self))
    g_ptr_array_remove (self->pages, self->page);
  self->page = NULL;
  self->y = 0;
}

static void
new_page (DossierPackWriter *self)
{
  end_page (self);
  ensure_page (self);
}

static double
space_left (DossierPackWriter *self)
{
  return self->page == NULL ? content_height : content_height - self->y;
}

static Item *
add_item (DossierPackWriter *self,
          ItemKind           kind,
          double             x,
          double             y,
          double             width,
          double             height)
{
  Item item = { 0 };

  ensure_page (self);
  item.kind = kind;
  item.x = x;
  item.y = y;
  item.width = width;
  item.height = height;
  g_array_append_val (self->page->items, item);
  return &g_array_index (self->page->items, Item, self->page->items->len - 1);
}

/* Lines [first, end) of @text at @x, at the current height. */
static void
add_lines (DossierPackWriter *self,
           DossierPackText              *text,
           guint              first,
           guint              end,
           double             x)
{
  Item *item = add_item (self, ITEM_TEXT, x, CONTENT_TOP + self->y, 0,
                         lines_height (text, first, end));

  item->text = text;
  item->first = first;
  item->end = end;
  item->colour = dossier_pack_text_get_colour (text);
  self->y += item->height;
}

/* How many lines of @text from @first fit in @room. */
static guint
lines_that_fit (DossierPackText   *text,
                guint   first,
                double  room)
{
  guint end = first;

  while (end < count_lines (text) && lines_height (text, first, end + 1) <= room + 0.01)
    end++;
  return end - first;
}

static void
add_space (DossierPackWriter *self,
           double             points)
{
  if (page_is_empty (self))
    return;
  if (points >= space_left (self))
    end_page (self);
  else
    self->y += points;
}

/* A paragraph, line by line over as many pages as it takes; never one
 * line of it alone at the foot of a page or the top of the next. */
static void
place_text (DossierPackWriter *self,
            DossierPackText              *text,
            double             x,
            gboolean           bullet,
            gboolean           quote_rule)
{
  guint n_lines = count_lines (text);
  guint first = 0;

  while (first < n_lines)
    {
      guint fit;
      double top;

      ensure_page (self);
      fit = lines_that_fit (text, first, space_left (self));
      if (fit < n_lines - first)
        {
          if (first == 0 && fit == 1 && n_lines > 1)
            fit = 0;
          else if (n_lines - first - fit == 1 && fit >= 3)
            fit--;
        }
      if (fit == 0 && !page_is_empty (self))
        {
          new_page (self);
          continue;
        }
      /* A line taller than a page has to go somewhere. */
      fit = MAX (fit, 1);

      top = CONTENT_TOP + self->y;
      if (quote_rule)
        {
          double rule_x = x - style_of (DOSSIER_PACK_TEXT_QUOTE)->indent + 2;
          Item *rule = add_item (self, ITEM_FILL, rule_x, top, 1.6,
                                 lines_height (text, first, first + fit));

          rule->colour = DOSSIER_PACK_COLOUR_RULE;
        }
      if (bullet && first == 0)
        {
          Item *dot = add_item (self, ITEM_BULLET, x - LIST_INDENT + 4,
                                top + line_at (text, 0)->baseline - line_at (text, 0)->top - 3,
                                1.6, 1.6);

          dot->colour = DOSSIER_PACK_COLOUR_ACCENT;
        }
      add_lines (self, text, first, first + fit, x);
      first += fit;
      if (first < n_lines)
        new_page (self);
    }
}

static double
table_width (DossierPackTable *table)
{
  double width = 0;

  for (guint i = 0; i < table->n_columns; i++)
    width += table->widths[i];
  return width;
}

/* The height of a row's cells from line @next[i] of each to the end. */
static double
row_height (GPtrArray   *cells,
            const guint *next)
{
  double height = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      DossierPackText *cell = g_ptr_array_index (cells, i);

      height = MAX (height, lines_height (cell, next ? next[i] : 0, count_lines (cell)));
    }
  return height + 2 * CELL_PAD_Y;
}

static gboolean
row_done (GPtrArray   *cells,
          const guint *next)
{
  for (guint i = 0; i < cells->len; i++)
    if (next[i] < count_lines (g_ptr_array_index (cells, i)))
      return FALSE;
  return TRUE;
}

/* Places what fits in @room of a row, from line @next[i] of each cell,
 * and moves @next on; returns FALSE when not one line fits. */
static gboolean
place_row_lines (DossierPackWriter *self,
                 DossierPackTable  *table,
                 GPtrArray         *cells,
                 guint             *next,
                 double             room,
                 gboolean           is_header)
{
  g_autofree guint *ends = g_new0 (guint, cells->len);
  double height = 0, top, x;
  gboolean any = FALSE;

  for (guint i = 0; i < cells->len; i++)
    {
      DossierPackText *cell = g_ptr_array_index (cells, i);

      ends[i] = next[i] + lines_that_fit (cell, next[i], room - 2 * CELL_PAD_Y);
      any |= ends[i] > next[i];
      height = MAX (height, lines_height (cell, next[i], ends[i]));
    }
  if (!any)
    return FALSE;

  ensure_page (self);
  top = CONTENT_TOP + self->y;
  height += 2 * CELL_PAD_Y;
  if (is_header)
    add_item (self, ITEM_FILL, MARGIN_SIDE, top, table_width (table), height)->colour =
      DOSSIER_PACK_COLOUR_TINT;
  x = MARGIN_SIDE;
  for (guint i = 0; i < cells->len; i++)
    {
      DossierPackText *cell = g_ptr_array_index (cells, i);

      if (ends[i] > next[i])
        {
          Item *item = add_item (self, ITEM_TEXT, x + CELL_PAD_X, top + CELL_PAD_Y, 0,
                                 lines_height (cell, next[i], ends[i]));
          item->text = cell;
          item->first = next[i];
          item->end = ends[i];
          item->colour = dossier_pack_text_get_colour (cell);
        }
      next[i] = ends[i];
      x += table->widths[i];
    }
  add_item (self, ITEM_FILL, MARGIN_SIDE, top + height - (is_header ? 0.8 : 0.4),
            table_width (table), is_header ? 0.8 : 0.4)->colour =
    is_header ? DOSSIER_PACK_COLOUR_ACCENT : DOSSIER_PACK_COLOUR_RULE;
  self->y += height;
  return TRUE;
}

static void
place_table_header (DossierPackWriter *self,
                    DossierPackTable  *table)
{
  g_autofree guint *next = g_new0 (guint, table->n_columns);

  place_row_lines (self, table, table->header, next, G_MAXDOUBLE, TRUE);
}

/* What must fit under the header for the table to begin on a page: its
 * first row, or a start of it when that row would not fit on any page. */
static double
table_start_height (DossierPackTable *table)
{
  double header = row_height (table->header, NULL);
  double first;

  if (table->rows->len == 0)
    return header;
  first = row_height (g_ptr_array_index (table->rows, 0), NULL);
  if (first > content_height - header)
    first = content_height / 8;
  return header + first;
}

/* Rows stay whole unless taller than a page; each page the table runs
 * onto begins with its header row. */
static void
place_table (DossierPackWriter *self,
             DossierPackTable  *table)
{
  double header_height = row_height (table->header, NULL);
  gboolean fresh;

  if (table_start_height (table) > space_left (self) && !page_is_empty (self))
    end_page (self);
  /* Fresh: nothing on the page but the header, at its top. */
  fresh = page_is_empty (self);
  place_table_header (self, table);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (table->rows, r);
      g_autofree guint *next = g_new0 (guint, cells->len);
      double height = row_height (cells, NULL);

      if (height > space_left (self) && height <= content_height - header_height && !fresh)
        {
          new_page (self);
          place_table_header (self, table);
        }
      while (TRUE)
        {
          /* A line taller than a whole page overflows it rather than
           * waiting for a page that never comes. */
          if (!place_row_lines (self, table, cells, next, space_left (self), FALSE) && fresh)
            place_row_lines (self, table, cells, next, G_MAXDOUBLE, FALSE);
          if (row_done (cells, next))
            break;
          new_page (self);
          place_table_header (self, table);
          fresh = TRUE;
        }
      fresh = FALSE;
    }
  add_space (self, TABLE_SPACE);
}

static double
heading_rule_height (Block *block)
{
  return block->style == DOSSIER_PACK_TEXT_HEADING_1 ? 5.0 : 0;
}

/* What a block needs at least on the page where it begins: what must
 * follow a heading on its page. */
static double
min_start_height (DossierPackWriter *self,
                  guint              index)
{
  Block *block;

  if (index >= self->blocks->len)
    return 0;
  block = g_ptr_array_index (self->blocks, index);
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return lines_height (block->text, 0, count_lines (block->text)) +
             heading_rule_height (block) + style_of (block->style)->space_after +
             min_start_height (self, index + 1);
    case BLOCK_TEXT:
      return lines_height (block->text, 0, MIN (2, count_lines (block->text)));
    case BLOCK_LIST:
      if (block->items->len == 0)
        return 0;
      return lines_height (g_ptr_array_index (block->items, 0), 0,
                          MIN (2, count_lines (g_ptr_array_index (block->items, 0))));
    case BLOCK_TABLE:
      return table_start_height (block->table);
    case BLOCK_FIGURE:
      return block->height;
    case BLOCK_SPACE:
    case BLOCK_RUNNING_HEADER:
      return min_start_height (self, index + 1);
    case BLOCK_CONTENTS:
    case BLOCK_PAGE_BREAK:
    case BLOCK_PAGE:
    default:
      return 0;
    }
}

/* @keep: the height of what must follow on the same page. */
static void
place_heading (DossierPackWriter *self,
               Block             *block,
               double             keep)
{
  const DossierPackStyle *style = style_of (block->style);
  double height = lines_height (block->text, 0, count_lines (block->text)) +
                  heading_rule_height (block);
  double before = page_is_empty (self) ? 0 : style->space_before;

  if (before + height + keep > space_left (self) &&
      !page_is_empty (self))
    {
      end_page (self);
      before = 0;
    }
  ensure_page (self);
  self->y += before;
  if (block->anchor != NULL)
    {
      block->anchor->page = self->pages->len - 1;
      block->anchor->y = CONTENT_TOP + self->y;
    }
  add_lines (self, block->text, 0, count_lines (block->text), MARGIN_SIDE);
  if (block->style == DOSSIER_PACK_TEXT_HEADING_1)
    {
      Item *rule = add_item (self, ITEM_FILL, MARGIN_SIDE, CONTENT_TOP + self->y + 3,
                             content_width, 0.6);

      rule->colour = DOSSIER_PACK_COLOUR_RULE;
      self->y += heading_rule_height (block);
    }
  add_space (self, style->space_after);
}

/* Each entry: its title, wrapped short of the page numbers, kept whole. */
static void
place_contents (DossierPackWriter *self,
                Block             *block)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_pack_text_free);

  place_heading (self, block, 2 * lines_height (block->text, 0, 1));
  for (guint i = 0; i < self->anchors->len; i++)
    {
      Anchor *anchor = g_ptr_array_index (self->anchors, i);
      double indent = anchor->level == 1 ? 0 : CONTENTS_INDENT;
      g_autofree char *markup = g_markup_printf_escaped (anchor->level == 1 ? "<b>%s</b>" : "%s",
                                                         anchor->title);
      DossierPackText *text = text_new (self, DOSSIER_PACK_TEXT_BODY, markup,
                             content_width - indent - CONTENTS_NUMBER_WIDTH);
      guint n_lines = count_lines (text);
      const DossierPackLine *last = line_at (text, n_lines - 1);
      double height = lines_height (text, 0, n_lines);
      double before = anchor->level == 1 && i > 0 ? 5 : 0;
      double top;
      Item *entry;

      g_ptr_array_add (entries, text);
      if (before + height > space_left (self))
        new_page (self);
      else
        self->y += before;
      top = CONTENT_TOP + self->y;
      entry = add_item (self, ITEM_CONTENTS_ENTRY, MARGIN_SIDE, top, content_width, height);
      entry->anchor = anchor;
      entry->text_end = MARGIN_SIDE + indent + last->x + last->width;
      entry->baseline = top + last->baseline - line_at (text, 0)->top;
      entry->colour = DOSSIER_PACK_COLOUR_TEXT;
      add_lines (self, text, 0, n_lines, MARGIN_SIDE + indent);
    }
  /* The entries' texts must live as long as the pages that show them. */
  block->items = g_steal_pointer (&entries);
  end_page (self);
}

static void
place_whole_page (DossierPackWriter *self,
                  Block             *block)
{
  Page *page;

  end_page (self);
  page = append_page (self, block->width, block->height, block->header);
  page->whole = block;
  if (block->anchor != NULL)
    {
      block->anchor->page = self->pages->len - 1;
      block->anchor->y = 0;
    }
}

static void
place_block (DossierPackWriter *self,
             guint              index)
{
  Block *block = g_ptr_array_index (self->blocks, index);

  switch (block->kind)
    {
    case BLOCK_HEADING:
      place_heading (self, block, min_start_height (self, index + 1));
      break;
    case BLOCK_TEXT:
      add_space (self, style_of (block->style)->space_before);
      place_text (self, block->text, MARGIN_SIDE + style_of (block->style)->indent, FALSE,
                  block->style == DOSSIER_PACK_TEXT_QUOTE);
      add_space (self, style_of (block->style)->space_after);
      break;
    case BLOCK_LIST:
      for (guint i = 0; i < block->items->len; i++)
        {
          place_text (self, g_ptr_array_index (block->items, i), MARGIN_SIDE + LIST_INDENT,
                      TRUE, FALSE);
          add_space (self, i + 1 < block->items->len ? 2 : style_of (block->style)->space_after);
        }
      break;
    case BLOCK_TABLE:
      place_table (self, block->table);
      break;
    case BLOCK_FIGURE:
      if (block->height > space_left (self) && !page_is_empty (self))
        end_page (self);
      add_item (self, ITEM_FIGURE, MARGIN_SIDE, CONTENT_TOP + self->y, block->width,
                block->height)->block = block;
      self->y += block->height;
      add_space (self, FIGURE_SPACE);
      break;
    case BLOCK_SPACE:
      add_space (self, block->height);
      break;
    case BLOCK_PAGE_BREAK:
      end_page (self);
      break;
    case BLOCK_RUNNING_HEADER:
      g_free (self->header);
      self->header = g_strdup (block->header);
      if (self->page != NULL && page_is_empty (self))
        {
          g_free (self->page->header);
          self->page->header = g_strdup (block->header);
        }
      break;
    case BLOCK_CONTENTS:
      place_contents (self, block);
      break;
    case BLOCK_PAGE:
      place_whole_page (self, block);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
lay_out (DossierPackWriter *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
  for (guint i = 0; i < self->blocks->len; i++)
    place_block (self, i);
  end_page (self);
}

/* ---- Drawing ---- */

/* @layout with its first baseline at @baseline; @right_to: its right edge at @x. */
static void
draw_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       baseline,
                gboolean     right_to)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (right_to)
    x -= pango_units_to_double (logical.width);
  cairo_move_to (cr, x, baseline - pango_units_to_double (pango_layout_get_baseline (layout)));
  pango_cairo_show_layout (cr, layout);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static void
draw_contents_entry (DossierPackWriter *self,
                     cairo_t           *cr,
                     const Item        *item)
{
  g_autofree char *number = g_strdup_printf (item->anchor->level == 1 ? "<b>%u</b>" : "%u",
                                             item->anchor->page + 1);
  g_autoptr(PangoLayout) layout = dossier_pack_writer_create_layout (self, DOSSIER_PACK_TEXT_BODY,
                                                                     number, -1);
  double right = item->x + item->width;
  double leader_end = right - layout_width (layout) - 5;
  g_autofree char *link = NULL;
  static const double dots[] = { 0.01, 2.8 };

  if (leader_end - item->text_end > 12)
    {
      cairo_save (cr);
      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_MUTED);
      cairo_set_line_width (cr, 0.8);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
      cairo_move_to (cr, item->text_end + 5, item->baseline - 0.5);
      cairo_line_to (cr, leader_end, item->baseline - 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_TEXT);
  draw_layout_at (cr, layout, right, item->baseline, TRUE);

  /* A named destination: cairo 1.16 drops links to pages it has not
   * written yet. Integers only: cairo reads numbers in the C locale. */
  link = g_strdup_printf ("rect=[%d %d %d %d] dest='anchor-%u'",
                          (int) floor (item->x), (int) floor (item->y),
                          (int) ceil (item->width), (int) ceil (item->height),
                          item->anchor->index);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_figure (DossierPackWriter *self,
             cairo_t           *cr,
             Block             *block,
             double             x,
             double             y,
             double             width,
             double             height)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  block->draw (self, cr, width, height, block->draw_data);
  cairo_restore (cr);
}

static void
draw_item (DossierPackWriter *self,
           cairo_t           *cr,
           const Item        *item)
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      dossier_pack_set_source (cr, item->colour);
      dossier_pack_text_draw (item->text, cr, item->first, item->end, item->x, item->y);
      break;
    case ITEM_FILL:
      dossier_pack_set_source (cr, item->colour);
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_fill (cr);
      break;
    case ITEM_BULLET:
      dossier_pack_set_source (cr, item->colour);
      cairo_new_path (cr);
      cairo_arc (cr, item->x, item->y, item->width, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case ITEM_FIGURE:
      draw_figure (self, cr, item->block, item->x, item->y, item->width, item->height);
      break;
    case ITEM_CONTENTS_ENTRY:
      draw_contents_entry (self, cr, item);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_running_text (DossierPackWriter *self,
                   cairo_t           *cr,
                   const char        *text,
                   double             x,
                   double             top,
                   double             width,
                   DossierPackColour  colour,
                   gboolean           right_to)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = NULL;

  layout = dossier_pack_writer_create_layout (self, DOSSIER_PACK_TEXT_RUNNING, markup,
                                              MAX (width, 12));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, right_to ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  dossier_pack_set_source (cr, colour);
  cairo_move_to (cr, x, top);
  pango_cairo_show_layout (cr, layout);
}

/* The header (its text, the marking) and the footer (the footer text,
 * "n / N"), compact on whole pages. */
static void
draw_decoration (DossierPackWriter *self,
                 cairo_t           *cr,
                 const Page        *page,
                 guint              number,
                 guint              n_pages)
{
  gboolean whole = page->whole != NULL;
  double side = whole ? WHOLE_SIDE : MARGIN_SIDE;
  double width = page->width - 2 * side;
  double header_top = whole ? WHOLE_HEADER_TOP : HEADER_TOP;
  double rule = whole ? WHOLE_HEADER_RULE : HEADER_RULE;
  double footer_top = page->height - (whole ? WHOLE_FOOTER_TOP : FOOTER_TOP);
  double marking_width = 0;
  g_autofree char *numbers = g_strdup_printf ("%u / %u", number, n_pages);

  if (self->marking != NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", self->marking);
      g_autoptr(PangoLayout) marking = dossier_pack_writer_create_layout (self,
                                                                          DOSSIER_PACK_TEXT_RUNNING,
                                                                          markup, -1);

      marking_width = layout_width (marking) + 16;
      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
      cairo_move_to (cr, side + width - layout_width (marking), header_top);
      pango_cairo_show_layout (cr, marking);
    }
  draw_running_text (self, cr, page->header, side, header_top, width - marking_width,
                     DOSSIER_PACK_COLOUR_MUTED, FALSE);
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_RULE);
  cairo_rectangle (cr, side, rule, width, 0.5);
  cairo_fill (cr);

  if (!whole)
    {
      cairo_rectangle (cr, side, page->height - FOOTER_RULE, width, 0.5);
      cairo_fill (cr);
    }
  if (self->footer != NULL)
    draw_running_text (self, cr, self->footer, side, footer_top, width * 0.7,
                       DOSSIER_PACK_COLOUR_MUTED, FALSE);
  draw_running_text (self, cr, numbers, side + width * 0.7, footer_top, width * 0.3,
                     DOSSIER_PACK_COLOUR_TEXT, TRUE);
}

static void
draw_page (DossierPackWriter *self,
           cairo_t           *cr,
           const Page        *page,
           guint              number,
           guint              n_pages)
{
  if (page->header != NULL)
    draw_decoration (self, cr, page, number, n_pages);
  if (page->whole != NULL)
    {
      gboolean decorated = page->header != NULL;
      double side = decorated ? WHOLE_SIDE : 0;
      double top = decorated ? WHOLE_TOP : 0;
      double bottom = decorated ? WHOLE_BOTTOM : 0;

      draw_figure (self, cr, page->whole, side, top, page->width - 2 * side,
                   page->height - top - bottom);
    }
  for (guint i = 0; i < page->items->len; i++)
    draw_item (self, cr, &g_array_index (page->items, Item, i));
}

/* The outline mirrors the contents: level-2 entries under the level-1
 * entry before them. */
static void
add_outline (DossierPackWriter *self,
             cairo_surface_t   *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->anchors->len; i++)
    {
      Anchor *anchor = g_ptr_array_index (self->anchors, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", anchor->page + 1,
                                               (int) floor (anchor->y));
      int id = cairo_pdf_surface_add_outline (surface,
                                              anchor->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                              anchor->title, link,
                                              anchor->level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

      if (anchor->level == 1)
        parent = id;
    }
}

static void
set_metadata (cairo_surface_t           *surface,
              const DossierPackMetadata *metadata)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (metadata && metadata->created
                                                 ? metadata->created : now,
                                                 "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  if (metadata == NULL)
    return;
  if (metadata->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, metadata->title);
  if (metadata->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, metadata->author);
  if (metadata->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, metadata->subject);
  if (metadata->keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, metadata->keywords);
  if (metadata->creator != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, metadata->creator);
}

typedef struct
{
  GOutputStream *stream;        /* borrowed */
  GCancellable  *cancellable;   /* borrowed */
  GError        *error;         /* owned: the first write that failed */
  gboolean       stopped;       /* cancelled: write nothing more */
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  if (output->stopped || output->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (output->stream, data, length, NULL, output->cancellable,
                                  &output->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* The destinations of the anchors on page @index; @next: the first anchor
 * not yet placed, anchors being in the order of their pages. */
static void
add_destinations (DossierPackWriter *self,
                  cairo_t           *cr,
                  guint              index,
                  guint             *next)
{
  for (; *next < self->anchors->len; (*next)++)
    {
      Anchor *anchor = g_ptr_array_index (self->anchors, *next);
      g_autofree char *destination = NULL;

      if (anchor->page != index)
        break;
      destination = g_strdup_printf ("name='anchor-%u' x=0 y=%d", anchor->index,
                                     (int) floor (anchor->y));
      cairo_tag_begin (cr, CAIRO_TAG_DEST, destination);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
}

static gboolean
draw_pages (DossierPackWriter       *self,
            cairo_surface_t         *surface,
            Output                  *output,
            DossierPackProgressFunc  progress,
            gpointer                 user_data,
            GError                 **error)
{
  cairo_t *cr = cairo_create (surface);
  gboolean ok = TRUE;
  guint next_anchor = 0;
  double width = 0, height = 0;

  /* One structure element around everything: without one, cairo 1.16
   * writes the links' structure references to objects it never writes,
   * and the file needs repair. */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint i = 0; i < self->pages->len && ok; i++)
    {
      Page *page = g_ptr_array_index (self->pages, i);

      /* Only when it changes: cairo 1.16 also writes a broken file when
       * the first page's size is set again after the tag above. */
      if (i > 0 && (page->width != width || page->height != height))
        cairo_pdf_surface_set_size (surface, page->width, page->height);
      width = page->width;
      height = page->height;
      add_destinations (self, cr, i, &next_anchor);
      draw_page (self, cr, page, i + 1, self->pages->len);
      cairo_show_page (cr);
      if (g_cancellable_set_error_if_cancelled (output->cancellable, error))
        {
          output->stopped = TRUE;
          ok = FALSE;
        }
      else if (progress != NULL)
        progress (i + 1, self->pages->len, user_data);
    }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  return ok;
}

gboolean
dossier_pack_writer_write (DossierPackWriter          *self,
                           GOutputStream              *stream,
                           const DossierPackMetadata  *metadata,
                           DossierPackProgressFunc     progress,
                           gpointer                    user_data,
                           GCancellable               *cancellable,
                           GError                    **error)
{
  Output output = { stream, cancellable, NULL, FALSE };
  cairo_surface_t *surface;
  Page *first;
  cairo_status_t status;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (!self->written, FALSE);

  self->written = TRUE;
  lay_out (self);

  first = self->pages->len > 0 ? g_ptr_array_index (self->pages, 0) : NULL;
  surface = cairo_pdf_surface_create_for_stream (write_cb, &output,
                                                 first ? first->width : DOSSIER_PACK_A4_WIDTH,
                                                 first ? first->height : DOSSIER_PACK_A4_HEIGHT);
  set_metadata (surface, metadata);
  ok = draw_pages (self, surface, &output, progress, user_data, error);
  if (ok)
    add_outline (self, surface);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!ok)
    {
      g_clear_error (&output.error);
      return FALSE;
    }
  if (output.error != NULL)
    {
      g_propagate_error (error, output.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("The PDF could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

guint
dossier_pack_writer_get_n_pages (DossierPackWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages != NULL ? self->pages->len : 0;
}

/* ---- Life ---- */

DossierPackWriter *
dossier_pack_writer_new (void)
{
  DossierPackWriter *self = g_new0 (DossierPackWriter, 1);

  self->fonts = dossier_pack_fonts_new ();
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->anchors = g_ptr_array_new_with_free_func (anchor_free);
  return self;
}

void
dossier_pack_writer_free (DossierPackWriter *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->anchors);
  dossier_pack_fonts_free (self->fonts);
  g_free (self->marking);
  g_free (self->footer);
  g_free (self->header);
  g_free (self);
}
