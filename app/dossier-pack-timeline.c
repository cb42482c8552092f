/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dossier-pack-timeline.h"

#define LABEL_WIDTH   132.0
#define PLOT_PAD      10.0
#define EVENT_BAND    30.0
#define LANE_HEIGHT   18.0
#define AXIS_HEIGHT   22.0
#define LEGEND_GAP    10.0
#define LEGEND_LINE   11.5
#define DOT_RADIUS    2.4
#define DIAMOND       4.2

typedef struct
{
  char   *label;
  GArray *days;     /* guint32 Julian days of its documents */
} Lane;

typedef struct
{
  guint32   day;
  char     *label;
  gboolean  highlight;
} Event;

struct _DossierPackTimeline
{
  GPtrArray *lanes;     /* owned, of Lane */
  GArray    *events;    /* owned, of Event, as added; drawn by date */
  guint32    first;     /* the earliest day of anything, 0: none yet */
  guint32    last;
};

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_free (lane->label);
  g_array_unref (lane->days);
  g_free (lane);
}

static void
event_clear (gpointer data)
{
  Event *event = data;

  g_free (event->label);
}

DossierPackTimeline *
dossier_pack_timeline_new (void)
{
  DossierPackTimeline *self = g_new0 (DossierPackTimeline, 1);

  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_array_set_clear_func (self->events, event_clear);
  return self;
}

void
dossier_pack_timeline_free (DossierPackTimeline *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->lanes);
  g_array_unref (self->events);
  g_free (self);
}

static guint32
parse_day (const char *date)
{
  unsigned year, month, day;
  char end;
  GDate parsed;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;
  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&parsed);
}

static void
extend_range (DossierPackTimeline *self,
              guint32              day)
{
  if (self->first == 0 || day < self->first)
    self->first = day;
  if (day > self->last)
    self->last = day;
}

guint
dossier_pack_timeline_add_lane (DossierPackTimeline *self,
                                const char          *label)
{
  Lane *lane;

  g_return_val_if_fail (self != NULL, 0);

  lane = g_new0 (Lane, 1);
  lane->label = g_strdup (label);
  lane->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_ptr_array_add (self->lanes, lane);
  return self->lanes->len - 1;
}

void
dossier_pack_timeline_add_document (DossierPackTimeline *self,
                                    guint                lane,
                                    const char          *date)
{
  guint32 day = parse_day (date);

  g_return_if_fail (self != NULL);
  g_return_if_fail (lane < self->lanes->len);

  if (day == 0)
    return;
  g_array_append_val (((Lane *) g_ptr_array_index (self->lanes, lane))->days, day);
  extend_range (self, day);
}

void
dossier_pack_timeline_add_event (DossierPackTimeline *self,
                                 const char          *date,
                                 const char          *label,
                                 gboolean             highlight)
{
  Event event = { parse_day (date), g_strdup (label), highlight };

  g_return_if_fail (self != NULL);

  if (event.day == 0)
    {
      g_free (event.label);
      return;
    }
  g_array_append_val (self->events, event);
  extend_range (self, event.day);
}

gboolean
dossier_pack_timeline_is_empty (DossierPackTimeline *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->first == 0;
}

static guint
legend_lines (DossierPackTimeline *self)
{
  /* The key, then the events in two columns. */
  return 1 + (self->events->len + 1) / 2;
}

double
dossier_pack_timeline_get_height (DossierPackTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return EVENT_BAND + MAX (self->lanes->len, 1) * LANE_HEIGHT + AXIS_HEIGHT + LEGEND_GAP +
         legend_lines (self) * LEGEND_LINE;
}

/* ---- Drawing ---- */

typedef struct
{
  DossierPackWriter *writer;
  cairo_t           *cr;
  double             left;     /* the plot's x range */
  double             right;
  guint32            start;    /* the first day of the first year shown */
  guint32            end;      /* the first day of the year after the last */
  double             lanes_top;
  double             lanes_bottom;
} Plot;

static guint32
first_of_year (guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
  return g_date_get_julian (&date);
}

static guint
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static double
day_x (const Plot *plot,
       guint32     day)
{
  return plot->left + (plot->right - plot->left) * (double) (day - plot->start) /
                      (double) (plot->end - plot->start);
}

static void
show_text (const Plot           *plot,
           DossierPackTextStyle  style,
           DossierPackColour     colour,
           const char           *markup,
           double                x,
           double                y,
           double                width,
           PangoAlignment        alignment)
{
  g_autoptr(PangoLayout) layout = dossier_pack_writer_create_layout (plot->writer, style, markup,
                                                                     width);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  dossier_pack_set_source (plot->cr, colour);
  cairo_move_to (plot->cr, x, y);
  pango_cairo_show_layout (plot->cr, layout);
}

static void
diamond_path (cairo_t *cr,
              double   x,
              double   y,
              double   size)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size, y);
  cairo_line_to (cr, x, y + size);
  cairo_line_to (cr, x - size, y);
  cairo_close_path (cr);
}

static void
draw_lanes (DossierPackTimeline *self,
            const Plot          *plot,
            double               width)
{
  cairo_t *cr = plot->cr;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      double top = plot->lanes_top + i * LANE_HEIGHT;
      const char *muted = dossier_pack_colour_hex (DOSSIER_PACK_COLOUR_MUTED);
      g_autofree char *label = g_markup_printf_escaped ("%s <span foreground=\"%s\">%u</span>",
                                                        lane->label, muted, lane->days->len);

      if (i % 2 == 0)
        {
          dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_TINT);
          cairo_rectangle (cr, 0, top, width, LANE_HEIGHT);
          cairo_fill (cr);
        }
      show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_TEXT, label, 4, top + 4.5,
                 LABEL_WIDTH - 10, PANGO_ALIGN_LEFT);
      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
      for (guint j = 0; j < lane->days->len; j++)
        {
          double x = day_x (plot, g_array_index (lane->days, guint32, j));

          cairo_new_path (cr);
          cairo_arc (cr, x, top + LANE_HEIGHT / 2, DOT_RADIUS, 0, 2 * G_PI);
          cairo_save (cr);
          cairo_clip_preserve (cr);
          cairo_paint_with_alpha (cr, 0.7);
          cairo_restore (cr);
          cairo_new_path (cr);
        }
    }
}

/* Every year's boundary as a faint line and a tick; its number under the
 * middle of its span, every year or every few when there are many. */
static void
draw_years (const Plot *plot)
{
  cairo_t *cr = plot->cr;
  guint first_year = year_of (plot->start);
  guint last_year = year_of (plot->end - 1);
  guint n_years = last_year - first_year + 1;
  guint step = n_years <= 12 ? 1 : n_years <= 30 ? 5 : 10;
  double axis = plot->lanes_bottom;

  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_MUTED);
  cairo_rectangle (cr, plot->left, axis, plot->right - plot->left, 0.6);
  cairo_fill (cr);
  for (guint year = first_year; year <= last_year + 1; year++)
    {
      double x = day_x (plot, first_of_year (year));

      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_RULE);
      cairo_rectangle (cr, x - 0.2, plot->lanes_top - 4, 0.4, axis - plot->lanes_top + 4);
      cairo_fill (cr);
      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_MUTED);
      cairo_rectangle (cr, x - 0.3, axis, 0.6, 4);
      cairo_fill (cr);
      if (year <= last_year && (year - first_year) % step == 0)
        {
          double next = day_x (plot, first_of_year (year + 1));
          g_autofree char *label = g_strdup_printf ("%u", year);

          show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_MUTED, label,
                     step == 1 ? x : x - 20, axis + 6, step == 1 ? next - x : 40,
                     PANGO_ALIGN_CENTER);
        }
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a, *y = b;

  return x->day < y->day ? -1 : x->day > y->day;
}

static char *
format_day (guint32 day)
{
  GDate date;
  char text[64];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  /* Translators: a date in the briefing's timeline legend, see strftime(3). */
  if (g_date_strftime (text, sizeof text, _("%-d %b %Y"), &date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}

/* Numbered diamonds, numbers staggered so that close events stay
 * legible; a line from each down through the lanes. */
static void
draw_events (DossierPackTimeline *self,
             const Plot          *plot,
             GArray              *events)
{
  cairo_t *cr = plot->cr;
  static const double dashes[] = { 1.5, 1.5 };

  for (guint i = 0; i < events->len; i++)
    {
      Event *event = &g_array_index (events, Event, i);
      double x = day_x (plot, event->day);
      double y = EVENT_BAND - 7;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      cairo_save (cr);
      dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
      cairo_set_line_width (cr, 0.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, x, y + DIAMOND);
      cairo_line_to (cr, x, plot->lanes_bottom);
      cairo_stroke (cr);
      cairo_restore (cr);

      diamond_path (cr, x, y, DIAMOND);
      dossier_pack_set_source (cr, event->highlight ? DOSSIER_PACK_COLOUR_WARNING
                                                           : DOSSIER_PACK_COLOUR_ACCENT);
      cairo_fill (cr);
      show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_TEXT, number, x - 10,
                 i % 2 == 0 ? 0 : 8.5, 20, PANGO_ALIGN_CENTER);
    }
}

static void
draw_legend (DossierPackTimeline *self,
             const Plot          *plot,
             GArray              *events,
             double               top,
             double               width)
{
  cairo_t *cr = plot->cr;
  double left = 4;
  double column = (width - left) / 2;
  g_autofree char *documents = g_markup_escape_text (_("Document"), -1);
  g_autofree char *events_key = g_markup_escape_text (_("Event (numbered below)"), -1);

  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
  cairo_new_path (cr);
  cairo_arc (cr, left + 3, top + 5, DOT_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);
  show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_MUTED, documents,
             left + 9, top, 80, PANGO_ALIGN_LEFT);
  diamond_path (cr, left + 93, top + 5, DIAMOND - 0.8);
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
  cairo_fill (cr);
  show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_MUTED, events_key,
             left + 100, top, 200, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < events->len; i++)
    {
      Event *event = &g_array_index (events, Event, i);
      g_autofree char *date = format_day (event->day);
      g_autofree char *line = g_markup_printf_escaped ("<b>%u</b>  %s — %s", i + 1, date,
                                                       event->label);
      guint row = 1 + i % ((events->len + 1) / 2);
      guint col = i / ((events->len + 1) / 2);

      show_text (plot, DOSSIER_PACK_TEXT_LABEL, DOSSIER_PACK_COLOUR_TEXT, line,
                 left + col * column, top + row * LEGEND_LINE, column - 8,
                 PANGO_ALIGN_LEFT);
    }
}

void
dossier_pack_timeline_draw (DossierPackWriter *writer,
                            cairo_t           *cr,
                            double             width,
                            double             height,
                            gpointer           user_data)
{
  DossierPackTimeline *self = user_data;
  g_autoptr(GArray) events = g_array_sized_new (FALSE, FALSE, sizeof (Event), self->events->len);
  Plot plot = { 0 };

  if (self->first == 0)
    return;
  plot.writer = writer;
  plot.cr = cr;
  plot.left = LABEL_WIDTH;
  plot.right = width - PLOT_PAD;
  plot.start = first_of_year (year_of (self->first));
  plot.end = first_of_year (year_of (self->last) + 1);
  plot.lanes_top = EVENT_BAND;
  plot.lanes_bottom = EVENT_BAND + MAX (self->lanes->len, 1) * LANE_HEIGHT;

  /* Borrowed copies, sorted by date: numbered as drawn. */
  g_array_append_vals (events, self->events->data, self->events->len);
  g_array_sort (events, compare_events);

  draw_lanes (self, &plot, width);
  draw_years (&plot);
  draw_events (self, &plot, events);
  draw_legend (self, &plot, events, plot.lanes_bottom + AXIS_HEIGHT + LEGEND_GAP, width);
}
