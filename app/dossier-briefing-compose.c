/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dossier-briefing-pack.h"
#include "dossier-format.h"
#include "dossier-pack-annex.h"
#include "dossier-tag.h"

/* The pack's pages, in order: cover, contents, summary, a section per
 * issue, the follow-ups, the timeline, the annexes. Everything here reads
 * only the DossierBriefingPack: what an external pack must not show was
 * never put in it. */

#define MAX_KEY_DOCUMENTS   6     /* per issue */
#define MAX_SUMMARY_ITEMS   8     /* per list of the summary */
#define EXCERPT_WORDS       55

/* ---- Small things ---- */

static char *
escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

static const char *
document_title (DossierBriefingDocument *document)
{
  const char *title = document->record->title;

  return title != NULL && *title != '\0' ? title : document->record->original_name;
}

/* @text in @colour, as markup. */
static char *
coloured (DossierPackColour  colour,
          const char        *text)
{
  return g_markup_printf_escaped ("<span foreground=\"%s\">%s</span>",
                                  dossier_pack_colour_hex (colour), text ? text : "");
}

static char *
document_senders (DossierBriefingDocument *document)
{
  return dossier_format_join_senders ((const char * const *) document->record->senders);
}

static DossierBriefingTag *
tag_at (DossierBriefingPack *pack,
        GArray              *tag_ids,
        guint                index)
{
  return dossier_briefing_pack_tag (pack, g_array_index (tag_ids, gint64, index));
}

static char *
date_of_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  return time ? g_date_time_format (time, "%Y-%m-%d") : NULL;
}

static gboolean
is_open (DossierBriefingAsk *ask)
{
  return dossier_ask_status_is_open (ask->record->status);
}

/* The names of the tags of @facet among @tag_ids, in the pack's words. */
static char *
tag_names (DossierBriefingPack *pack,
           GArray              *tag_ids,
           const char          *facet)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < tag_ids->len; i++)
    {
      DossierBriefingTag *tag = tag_at (pack, tag_ids, i);

      if (tag != NULL && (facet == NULL || g_str_equal (tag->facet, facet)) &&
          !(pack->external && tag->confidential))
        g_ptr_array_add (names, tag->name);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* ---- Excerpts ---- */

static guint
count_words (const char *text,
             gsize       length)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);

      words += !space && !in_word;
      in_word = !space;
    }
  return words;
}

/* The text's paragraphs, put together again from its lines: a line much
 * shorter than the longest ends one, so that letterheads, headings and
 * lists stay apart from the prose. */
static GPtrArray *
split_paragraphs (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\n\f", -1);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  GString *paragraph = g_string_new (NULL);
  glong longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    longest = MAX (longest, g_utf8_strlen (g_strstrip (lines[i]), -1));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (lines[i], -1);
      gboolean ends_sentence = length > 0 && strchr (".!?:", lines[i][strlen (lines[i]) - 1]);
      gboolean next_short = lines[i + 1] == NULL || g_utf8_strlen (lines[i + 1], -1) < longest / 2;

      if (length > 0)
        g_string_append_printf (paragraph, "%s%s", paragraph->len ? " " : "", lines[i]);
      if ((length < longest * 2 / 3 || (next_short && ends_sentence) || lines[i + 1] == NULL) &&
          paragraph->len > 0)
        {
          g_ptr_array_add (paragraphs, g_strdup (paragraph->str));
          g_string_truncate (paragraph, 0);
        }
    }
  g_string_free (paragraph, TRUE);
  return paragraphs;
}

/* Prose, not an address block, a contents list or a signature. */
static gboolean
is_prose (const char *paragraph)
{
  return count_words (paragraph, strlen (paragraph)) >= 20 &&
         strstr (paragraph, "www.") == NULL && strchr (paragraph, '@') == NULL &&
         strstr (paragraph, " · ") == NULL && strstr (paragraph, " | ") == NULL;
}

static const char *
sentence_end (const char *p)
{
  for (; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0'))
      return p + 1;
  return p;
}

/* The first sentence of @paragraph that names one of @hints, or NULL. */
static const char *
find_mention (const char         *paragraph,
              const char * const *hints)
{
  if (hints == NULL || hints[0] == NULL)
    return NULL;
  for (const char *s = paragraph; *s != '\0'; s = sentence_end (s))
    {
      g_autofree char *folded = NULL;

      while (*s == ' ')
        s++;
      if (count_words (s, (gsize) (sentence_end (s) - s)) < 6)
        continue;
      folded = g_utf8_casefold (s, sentence_end (s) - s);
      for (guint i = 0; hints[i] != NULL; i++)
        if (strstr (folded, hints[i]) != NULL)
          return s;
    }
  return NULL;
}

/* Whole sentences from @start, about EXCERPT_WORDS words; one sentence
 * longer than that is cut at a word, and says so. */
static char *
take_sentences (const char *start)
{
  GString *excerpt = g_string_new (NULL);
  guint words = 0;

  for (const char *p = start, *end; *p != '\0' && words < EXCERPT_WORDS; p = end)
    {
      guint sentence_words;

      end = sentence_end (p);
      sentence_words = count_words (p, (gsize) (end - p));
      if (excerpt->len > 0 && words + sentence_words > EXCERPT_WORDS)
        break;
      g_string_append_len (excerpt, p, end - p);
      words += sentence_words;
    }
  if (words > EXCERPT_WORDS + 15)
    {
      const char *cut = excerpt->str;

      for (guint n = 0; n < EXCERPT_WORDS && cut != NULL; n++)
        cut = strchr (cut + 1, ' ');
      if (cut != NULL)
        {
          g_string_truncate (excerpt, (gsize) (cut - excerpt->str));
          g_string_append (excerpt, " …");
        }
    }
  return g_strstrip (g_string_free (excerpt, FALSE));
}

/* A passage of prose: from the first sentence that names the issue,
 * else the opening of the first paragraph of prose; "" for none. */
static char *
find_excerpt (const char         *text,
              const char * const *hints)
{
  g_autoptr(GPtrArray) paragraphs = split_paragraphs (text);
  const char *first = NULL;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      const char *mention;

      if (!is_prose (paragraph))
        continue;
      mention = find_mention (paragraph, hints);
      if (mention != NULL)
        return take_sentences (mention);
      if (first == NULL)
        first = paragraph;
    }
  return first ? take_sentences (first) : g_strdup ("");
}

/* The words that tell a passage is about @issue: those of its name and
 * of its cases', folded. */
static GStrv
issue_hints (DossierBriefingTag *issue)
{
  g_autofree char *folded = g_utf8_casefold (issue->name, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,;/()–-", -1);
  g_autoptr(GPtrArray) hints = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 5)
      g_ptr_array_add (hints, g_strdup (words[i]));
  g_ptr_array_add (hints, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&hints), FALSE);
}

/* ---- The cover ---- */

typedef struct
{
  char     *kicker;
  char     *title;
  char     *subtitle;
  char     *marking;
  char     *organisation;
  char     *issued;
  char     *notice;
} Cover;

static void
cover_free (gpointer data)
{
  Cover *cover = data;

  g_free (cover->kicker);
  g_free (cover->title);
  g_free (cover->subtitle);
  g_free (cover->marking);
  g_free (cover->organisation);
  g_free (cover->issued);
  g_free (cover->notice);
  g_free (cover);
}

/* Draws @markup at (@x, @y), @width wide; returns its height. */
static double
draw_text (DossierPackWriter    *writer,
           cairo_t              *cr,
           DossierPackTextStyle  style,
           DossierPackColour     colour,
           const char           *markup,
           double                x,
           double                y,
           double                width)
{
  g_autoptr(PangoLayout) layout = dossier_pack_writer_create_layout (writer, style, markup, width);
  PangoRectangle logical;

  dossier_pack_set_source (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

static void
draw_cover (DossierPackWriter *writer,
            cairo_t           *cr,
            double             width,
            double             height,
            gpointer           user_data)
{
  Cover *cover = user_data;
  double left = 72, text_width = width - 2 * left, y;
  g_autoptr(PangoLayout) marking = dossier_pack_writer_create_layout (writer,
                                                                      DOSSIER_PACK_TEXT_MARKING,
                                                                      cover->marking, -1);
  PangoRectangle logical;

  /* A band of the accent colour along the top, the marking boxed at the
   * right: what kind of paper this is shows from across the table. */
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
  cairo_rectangle (cr, 0, 0, width, 10);
  cairo_fill (cr);
  pango_layout_get_extents (marking, NULL, &logical);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, width - left - pango_units_to_double (logical.width) - 16, 56,
                   pango_units_to_double (logical.width) + 16,
                   pango_units_to_double (logical.height) + 10);
  cairo_stroke (cr);
  cairo_move_to (cr, width - left - pango_units_to_double (logical.width) - 8, 61);
  pango_cairo_show_layout (cr, marking);

  y = height * 0.30;
  y += draw_text (writer, cr, DOSSIER_PACK_TEXT_MARKING, DOSSIER_PACK_COLOUR_MUTED, cover->kicker,
                  left, y, text_width) + 10;
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_ACCENT);
  cairo_rectangle (cr, left, y, 56, 2.5);
  cairo_fill (cr);
  y += 18;
  y += draw_text (writer, cr, DOSSIER_PACK_TEXT_TITLE, DOSSIER_PACK_COLOUR_ACCENT, cover->title,
                  left, y, text_width) + 12;
  if (cover->subtitle != NULL)
    draw_text (writer, cr, DOSSIER_PACK_TEXT_SUBTITLE, DOSSIER_PACK_COLOUR_TEXT, cover->subtitle,
               left, y, text_width);

  y = height - 190;
  dossier_pack_set_source (cr, DOSSIER_PACK_COLOUR_RULE);
  cairo_rectangle (cr, left, y, text_width, 0.6);
  cairo_fill (cr);
  y += 14;
  if (cover->organisation != NULL)
    y += draw_text (writer, cr, DOSSIER_PACK_TEXT_SUBTITLE, DOSSIER_PACK_COLOUR_TEXT,
                    cover->organisation, left, y, text_width) + 2;
  y += draw_text (writer, cr, DOSSIER_PACK_TEXT_SMALL, DOSSIER_PACK_COLOUR_MUTED, cover->issued,
                  left, y, text_width) + 14;
  draw_text (writer, cr, DOSSIER_PACK_TEXT_NOTE, DOSSIER_PACK_COLOUR_MUTED, cover->notice,
             left, y, text_width * 0.8);
}

static void
add_cover (DossierBriefingPack *pack,
           DossierPackWriter   *writer)
{
  Cover *cover = g_new0 (Cover, 1);
  g_autofree char *issued = dossier_briefing_format_date (pack->today);
  g_autofree char *issued_line = g_strdup_printf (_("Issued %s"), issued);

  cover->kicker = escape (_("BRIEFING PACK"));
  cover->title = escape (pack->title);
  cover->subtitle = pack->subtitle && *pack->subtitle ? escape (pack->subtitle) : NULL;
  cover->marking = escape (pack->external ? _("FOR EXTERNAL USE") : _("CONFIDENTIAL"));
  cover->organisation = pack->organisation ? escape (pack->organisation) : NULL;
  cover->issued = escape (issued_line);
  cover->notice = escape (pack->external
                          ? _("Prepared for external use: confidential cases and documents, and "
                              "internal notes, are left out.")
                          : _("This pack holds confidential information, such as the names of "
                              "people at risk and internal notes. Do not pass it on."));
  dossier_pack_writer_add_page (writer, DOSSIER_PACK_A4_WIDTH, DOSSIER_PACK_A4_HEIGHT, NULL, NULL,
                                draw_cover, cover, cover_free);
}

/* ---- The summary ---- */

static void
add_heading (DossierPackWriter *writer,
             guint              level,
             const char        *text,
             gboolean           in_contents)
{
  g_autofree char *markup = escape (text);

  dossier_pack_writer_add_heading (writer, level, markup, in_contents);
}

static void
add_text (DossierPackWriter    *writer,
          DossierPackTextStyle  style,
          const char           *text)
{
  g_autofree char *markup = escape (text);

  dossier_pack_writer_add_paragraph (writer, style, markup);
}

static guint
count_open (DossierBriefingPack *pack)
{
  guint n = 0;

  for (guint i = 0; i < pack->asks->len; i++)
    n += is_open (g_ptr_array_index (pack->asks, i));
  return n;
}

static void
add_overview (DossierBriefingPack *pack,
              DossierPackWriter   *writer)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  guint n_open = count_open (pack);

  g_ptr_array_add (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "This pack covers %u issue.",
                                                            "This pack covers %u issues.",
                                                            pack->issues->len),
                                               pack->issues->len));
  g_ptr_array_add (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u follow-up is recorded.",
                                                            "%u follow-ups are recorded.",
                                                            pack->asks->len),
                                               pack->asks->len));
  if (pack->asks->len > 0)
    g_ptr_array_add (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u of them is still open.",
                                                              "%u of them are still open.",
                                                              n_open),
                                                 n_open));
  g_ptr_array_add (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The pack lists %u document.",
                                                            "The pack lists %u documents.",
                                                            pack->documents->len),
                                               pack->documents->len));
  g_ptr_array_add (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u original is annexed.",
                                                            "%u originals are annexed.",
                                                            pack->annexes->len),
                                               pack->annexes->len));
  g_ptr_array_add (sentences, NULL);
  text = g_strjoinv (" ", (char **) sentences->pdata);
  add_text (writer, DOSSIER_PACK_TEXT_BODY, text);
}

/* "• Call for… (Raised)" lines for a table cell, at most a few. */
static char *
ask_lines (GPtrArray *asks)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < asks->len && i < MAX_SUMMARY_ITEMS; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (asks, i);
      g_autofree char *text = escape (ask->record->text);
      g_autofree char *status = g_strdup_printf ("(%s)",
                                                 dossier_ask_status_label (ask->record->status));
      g_autofree char *status_markup = coloured (DOSSIER_PACK_COLOUR_MUTED, status);

      g_string_append_printf (lines, "%s• %s %s", lines->len ? "\n" : "", text, status_markup);
    }
  if (asks->len > MAX_SUMMARY_ITEMS)
    {
      g_autofree char *more = g_strdup_printf (_("… and %u more"),
                                               asks->len - MAX_SUMMARY_ITEMS);
      g_autofree char *markup = escape (more);

      g_string_append_printf (lines, "\n%s", markup);
    }
  return g_string_free (g_steal_pointer (&lines), FALSE);
}

static GPtrArray *
open_asks_on (DossierBriefingPack *pack,
              DossierBriefingTag  *issue)
{
  GPtrArray *asks = g_ptr_array_new ();

  for (guint i = 0; i < pack->asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (pack->asks, i);

      if (is_open (ask) && dossier_briefing_pack_tags_under (pack, ask->record->tag_ids, issue->id))
        g_ptr_array_add (asks, ask);
    }
  return asks;
}

static gboolean
on_any_issue (DossierBriefingPack *pack,
              GArray              *tag_ids)
{
  for (guint i = 0; i < pack->issues->len; i++)
    {
      DossierBriefingTag *issue = g_ptr_array_index (pack->issues, i);

      if (dossier_briefing_pack_tags_under (pack, tag_ids, issue->id))
        return TRUE;
    }
  return FALSE;
}

static void
add_open_asks_table (DossierBriefingPack *pack,
                     DossierPackWriter   *writer)
{
  const double widths[] = { 2.2, 0.7, 6 };
  const char *headers[] = { _("Issue"), _("Open"), _("Follow-ups") };
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new ();
  DossierPackTable *table = NULL;

  for (guint i = 0; i < pack->issues->len; i++)
    {
      DossierBriefingTag *issue = g_ptr_array_index (pack->issues, i);
      g_autoptr(GPtrArray) asks = open_asks_on (pack, issue);
      g_autofree char *name = NULL, *count = NULL, *lines = NULL;

      if (asks->len == 0)
        continue;
      if (table == NULL)
        table = dossier_pack_writer_add_table (writer, 3, widths, headers);
      name = g_markup_printf_escaped ("<b>%s</b>", issue->name);
      count = g_strdup_printf ("%u", asks->len);
      lines = ask_lines (asks);
      dossier_pack_table_add_row (table, (const char *[]) { name, count, lines });
    }
  for (guint i = 0; i < pack->asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (pack->asks, i);

      if (is_open (ask) && !on_any_issue (pack, ask->record->tag_ids))
        g_ptr_array_add (unplaced, ask);
    }
  if (unplaced->len > 0)
    {
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", _("Other"));
      g_autofree char *count = g_strdup_printf ("%u", unplaced->len);
      g_autofree char *lines = ask_lines (unplaced);

      if (table == NULL)
        table = dossier_pack_writer_add_table (writer, 3, widths, headers);
      dossier_pack_table_add_row (table, (const char *[]) { name, count, lines });
    }
  if (table == NULL)
    add_text (writer, DOSSIER_PACK_TEXT_NOTE, _("No open follow-ups are recorded for this pack."));
}

/* "Call for…: Raised → Answered (12 Mar 2017)" for each status change
 * since @since, and each ask added since. */
static GPtrArray *
changes_since (DossierBriefingPack *pack,
               const char          *since)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pack->asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (pack->asks, i);
      g_autofree char *text = escape (ask->record->text);

      for (guint j = 0; j < ask->history->len; j++)
        {
          DossierAskChange *change = g_ptr_array_index (ask->history, j);
          g_autofree char *day = date_of_time (change->at);
          g_autofree char *shown = NULL, *when = NULL, *when_markup = NULL;
          g_autofree char *what = NULL, *what_markup = NULL;

          if (!(change->changed & (DOSSIER_ASK_CHANGED_STATUS | DOSSIER_ASK_CHANGED_CREATED)) ||
              day == NULL || strcmp (day, since) < 0)
            continue;
          shown = dossier_format_list_date (day);
          when = g_strdup_printf ("(%s)", shown);
          when_markup = coloured (DOSSIER_PACK_COLOUR_MUTED, when);
          what = dossier_ask_change_describe (change);
          what_markup = escape (what);
          g_ptr_array_add (lines, g_strdup_printf ("<b>%s</b> — %s %s", text, what_markup,
                                                   when_markup));
        }
    }
  return lines;
}

static void
add_capped_list (DossierPackWriter *writer,
                 GPtrArray         *items)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *more = NULL;

  for (guint i = 0; i < items->len && i < MAX_SUMMARY_ITEMS; i++)
    g_ptr_array_add (shown, g_ptr_array_index (items, i));
  if (items->len > MAX_SUMMARY_ITEMS)
    {
      g_autofree char *text = g_strdup_printf (_("… and %u more"),
                                               items->len - MAX_SUMMARY_ITEMS);

      more = escape (text);
      g_ptr_array_add (shown, more);
    }
  g_ptr_array_add (shown, NULL);
  dossier_pack_writer_add_list (writer, (const char * const *) shown->pdata);
}

static char *
document_line (DossierBriefingDocument *document)
{
  g_autofree char *date = dossier_format_list_date (document->record->date);
  g_autofree char *senders = document_senders (document);
  g_autofree char *line = g_markup_printf_escaped ("%s — <b>%s</b>", *date ? date : _("undated"),
                                                   document_title (document));
  g_autofree char *from = NULL, *from_markup = NULL;

  if (*senders == '\0')
    return g_steal_pointer (&line);
  from = g_strdup_printf ("(%s)", senders);
  from_markup = coloured (DOSSIER_PACK_COLOUR_MUTED, from);
  return g_strdup_printf ("%s %s", line, from_markup);
}

static void
add_since (DossierBriefingPack *pack,
           DossierPackWriter   *writer)
{
  g_autofree char *since = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_free);

  if (pack->since == NULL)
    {
      add_heading (writer, 2, _("What changed"), FALSE);
      add_text (writer, DOSSIER_PACK_TEXT_NOTE,
                _("There is no earlier round on record to compare with."));
      return;
    }
  since = dossier_briefing_format_date (pack->since);
  heading = pack->since_label
            ? g_strdup_printf (_("Since the previous round (%s, %s)"), pack->since_label, since)
            : g_strdup_printf (_("Since %s"), since);
  add_heading (writer, 2, heading, FALSE);

  changes = changes_since (pack, pack->since);
  if (changes->len > 0)
    {
      add_text (writer, DOSSIER_PACK_TEXT_BODY, _("Follow-ups added or changed:"));
      add_capped_list (writer, changes);
    }
  else
    add_text (writer, DOSSIER_PACK_TEXT_NOTE, _("No follow-up was added or changed since then."));

  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      if (document->recent)
        g_ptr_array_add (documents, document_line (document));
    }
  if (documents->len > 0)
    {
      add_text (writer, DOSSIER_PACK_TEXT_BODY, _("New documents:"));
      add_capped_list (writer, documents);
    }
  else
    add_text (writer, DOSSIER_PACK_TEXT_NOTE, _("No new documents on these issues since then."));
}

static void
add_summary (DossierBriefingPack *pack,
             DossierPackWriter   *writer)
{
  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 1, _("Summary"), TRUE);
  add_overview (pack, writer);
  if (pack->event != NULL && pack->event->notes != NULL && *pack->event->notes != '\0')
    add_text (writer, DOSSIER_PACK_TEXT_NOTE, pack->event->notes);
  add_heading (writer, 2, _("Open follow-ups by issue"), FALSE);
  add_open_asks_table (pack, writer);
  add_since (pack, writer);
}

/* ---- A section per issue ---- */

static char *
ask_details (DossierBriefingPack *pack,
             DossierBriefingAsk  *ask)
{
  const DossierAskRecord *record = ask->record;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup_printf (_("Status: %s"),
                                           dossier_ask_status_label (record->status)));
  if (record->due_date != NULL)
    {
      g_autofree char *due = dossier_format_list_date (record->due_date);

      g_ptr_array_add (parts, dossier_ask_record_is_overdue (record, pack->today)
                              ? g_strdup_printf (_("Due %s, overdue"), due)
                              : g_strdup_printf (_("Due %s"), due));
    }
  if (record->owner != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Owner: %s"), record->owner));
  if (record->event_title != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Raised at: %s"), record->event_title));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
add_history (DossierBriefingPack *pack,
             DossierPackWriter   *writer,
             DossierBriefingAsk  *ask)
{
  const double widths_with_notes[] = { 1.1, 3, 3 };
  const double widths[] = { 1.1, 6 };
  const char *headers[] = { _("Date"), _("Change"), _("Note") };
  DossierPackTable *table;

  if (ask->history->len == 0)
    return;
  table = dossier_pack_writer_add_table (writer, pack->external ? 2 : 3,
                                         pack->external ? widths : widths_with_notes, headers);
  for (guint i = 0; i < ask->history->len; i++)
    {
      DossierAskChange *change = g_ptr_array_index (ask->history, i);
      g_autofree char *day = date_of_time (change->at);
      g_autofree char *date = dossier_format_list_date (day);
      g_autofree char *what = dossier_ask_change_describe (change);
      g_autofree char *date_markup = escape (date);
      g_autofree char *what_markup = escape (what);
      g_autofree char *note_markup = escape (change->note);

      dossier_pack_table_add_row (table,
                                  (const char *[]) { date_markup, what_markup, note_markup });
    }
}

static void
add_section_asks (DossierBriefingPack *pack,
                  DossierPackWriter   *writer,
                  GPtrArray           *asks)
{
  if (asks->len == 0)
    return;
  add_heading (writer, 2, _("Open follow-ups"), FALSE);
  for (guint i = 0; i < asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (asks, i);
      g_autofree char *text = g_markup_printf_escaped ("<b>%s</b>", ask->record->text);
      g_autofree char *details = ask_details (pack, ask);

      dossier_pack_writer_add_paragraph (writer, DOSSIER_PACK_TEXT_BODY, text);
      add_text (writer, DOSSIER_PACK_TEXT_SMALL, details);
      if (ask->record->next_step != NULL)
        {
          g_autofree char *next = g_strdup_printf (_("Next step: %s"), ask->record->next_step);

          add_text (writer, DOSSIER_PACK_TEXT_SMALL, next);
        }
      add_history (pack, writer, ask);
    }
}

typedef struct
{
  DossierBriefingTag *tag;
  guint               n_documents;
  guint               n_asks;
} CaseCount;

static void
count_cases (DossierBriefingPack *pack,
             GHashTable          *counts,
             GPtrArray           *order,
             GArray              *tag_ids,
             gboolean             ask)
{
  for (guint i = 0; i < tag_ids->len; i++)
    {
      DossierBriefingTag *tag = tag_at (pack, tag_ids, i);
      CaseCount *count;

      if (tag == NULL || !g_str_equal (tag->facet, DOSSIER_FACET_CASE) ||
          (pack->external && tag->confidential))
        continue;
      count = g_hash_table_lookup (counts, tag);
      if (count == NULL)
        {
          count = g_new0 (CaseCount, 1);
          count->tag = tag;
          g_hash_table_insert (counts, tag, count);
          g_ptr_array_add (order, count);
        }
      count->n_asks += ask;
      count->n_documents += !ask;
    }
}

static void
add_section_cases (DossierBriefingPack *pack,
                   DossierPackWriter   *writer,
                   GPtrArray           *asks,
                   GPtrArray           *documents)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (asks, i);

      count_cases (pack, counts, order, ask->record->tag_ids, TRUE);
    }
  for (guint i = 0; i < documents->len; i++)
    count_cases (pack, counts, order,
                 ((DossierBriefingDocument *) g_ptr_array_index (documents, i))->tag_ids, FALSE);
  if (order->len == 0)
    return;

  add_heading (writer, 2, _("Cases"), FALSE);
  for (guint i = 0; i < order->len; i++)
    {
      CaseCount *count = g_ptr_array_index (order, i);
      g_autofree char *name = escape (count->tag->name);
      g_autofree char *documents_text = NULL, *asks_text = NULL, *counts_text = NULL;
      g_autofree char *counts_markup = NULL;

      documents_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document",
                                                     "%u documents", count->n_documents),
                                        count->n_documents);
      asks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up", "%u follow-ups",
                                                count->n_asks),
                                   count->n_asks);
      /* Translators: a case in a briefing pack: how many documents and
       * follow-ups concern it, e.g. "— 2 documents, 1 follow-up". */
      counts_text = g_strdup_printf (_("— %s, %s"), documents_text, asks_text);
      counts_markup = coloured (DOSSIER_PACK_COLOUR_MUTED, counts_text);
      g_ptr_array_add (items, g_strdup_printf ("<b>%s</b> %s", name, counts_markup));
    }
  g_ptr_array_add (items, NULL);
  dossier_pack_writer_add_list (writer, (const char * const *) items->pdata);
}

static char *
document_details (DossierBriefingDocument *document)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *senders = document_senders (document);

  g_ptr_array_add (parts, document->record->date ? dossier_format_list_date (document->record->date)
                                                 : g_strdup (_("undated")));
  if (document->record->kind != NULL)
    g_ptr_array_add (parts, g_strdup (dossier_kind_get_display_name (document->record->kind)));
  if (*senders != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("From %s"), senders));
  if (document->annex > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Annex %u"), document->annex));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
add_document_entry (DossierPackWriter       *writer,
                    DossierBriefingDocument *document,
                    const char * const      *hints)
{
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", document_title (document));
  g_autofree char *details = document_details (document);
  g_autofree char *excerpt = find_excerpt (document->text, hints);

  dossier_pack_writer_add_paragraph (writer, DOSSIER_PACK_TEXT_BODY, title);
  add_text (writer, DOSSIER_PACK_TEXT_SMALL, details);
  /* An external pack's documents come without notes. */
  if (document->record->notes != NULL && *document->record->notes != '\0')
    {
      g_autofree char *note = g_strdup_printf (_("Note: %s"), document->record->notes);

      add_text (writer, DOSSIER_PACK_TEXT_NOTE, note);
    }
  if (*excerpt != '\0')
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), excerpt);

      add_text (writer, DOSSIER_PACK_TEXT_QUOTE, quoted);
    }
}

static void
add_issue_section (DossierBriefingPack *pack,
                   DossierPackWriter   *writer,
                   DossierBriefingTag  *issue,
                   GHashTable          *shown)
{
  g_autoptr(GPtrArray) asks = open_asks_on (pack, issue);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_auto(GStrv) hints = issue_hints (issue);

  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      if (dossier_briefing_pack_tags_under (pack, document->tag_ids, issue->id))
        g_ptr_array_add (documents, document);
    }

  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 1, issue->name, TRUE);
  if (issue->description != NULL && *issue->description != '\0')
    add_text (writer, DOSSIER_PACK_TEXT_NOTE, issue->description);
  add_section_asks (pack, writer, asks);
  add_section_cases (pack, writer, asks, documents);
  if (documents->len > 0)
    add_heading (writer, 2, _("Key documents"), FALSE);
  for (guint i = 0; i < documents->len && i < MAX_KEY_DOCUMENTS; i++)
    {
      add_document_entry (writer, g_ptr_array_index (documents, i), (const char * const *) hints);
      g_hash_table_add (shown, g_ptr_array_index (documents, i));
    }
  if (asks->len == 0 && documents->len == 0)
    add_text (writer, DOSSIER_PACK_TEXT_NOTE,
              _("No open follow-ups and no documents on this issue are in the pack."));
}

/* Annexes that no issue's section showed still deserve a word. */
static void
add_other_documents (DossierBriefingPack *pack,
                     DossierPackWriter   *writer,
                     GHashTable          *shown)
{
  gboolean any = FALSE;

  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      if (document->annex == 0 || g_hash_table_contains (shown, document))
        continue;
      if (!any)
        {
          dossier_pack_writer_add_page_break (writer);
          add_heading (writer, 1, _("Other documents"), TRUE);
          any = TRUE;
        }
      add_document_entry (writer, document, NULL);
    }
}

/* ---- Follow-ups and timeline ---- */

static void
add_followups_table (DossierBriefingPack *pack,
                     DossierPackWriter   *writer)
{
  const double widths[] = { 0.65, 4, 2.1, 1.55, 1.2, 2.1 };
  const char *headers[] = { _("No."), _("Follow-up"), _("Issues and cases"), _("Status"),
                            _("Due"), _("Raised at") };
  DossierPackTable *table;

  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 1, _("All follow-ups"), TRUE);
  if (pack->asks->len == 0)
    {
      add_text (writer, DOSSIER_PACK_TEXT_NOTE, _("No follow-ups are recorded for this pack."));
      return;
    }
  table = dossier_pack_writer_add_table (writer, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < pack->asks->len; i++)
    {
      DossierBriefingAsk *ask = g_ptr_array_index (pack->asks, i);
      const DossierAskRecord *record = ask->record;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = escape (record->text);
      g_autofree char *names = tag_names (pack, record->tag_ids, NULL);
      g_autofree char *names_markup = escape (names);
      g_autofree char *status = escape (dossier_ask_status_label (record->status));
      g_autofree char *due = dossier_format_list_date (record->due_date);
      g_autofree char *due_markup = dossier_ask_record_is_overdue (record, pack->today)
                                    ? coloured (DOSSIER_PACK_COLOUR_WARNING, due)
                                    : escape (due);
      g_autofree char *event_date = dossier_format_list_date (record->event_date);
      g_autofree char *event_title = escape (record->event_title);
      g_autofree char *event_date_markup = coloured (DOSSIER_PACK_COLOUR_MUTED, event_date);
      g_autofree char *event = g_strdup_printf ("%s %s", event_title, event_date_markup);

      dossier_pack_table_add_row (table, (const char *[]) { number, text, names_markup, status,
                                                            due_markup, event });
    }
}

static void
add_timeline (DossierBriefingPack *pack,
              DossierPackWriter   *writer)
{
  DossierPackTimeline *timeline = g_steal_pointer (&pack->timeline);

  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 1, _("Timeline"), TRUE);
  if (dossier_pack_timeline_is_empty (timeline))
    {
      add_text (writer, DOSSIER_PACK_TEXT_NOTE,
                _("There are no dated documents or events to show."));
      dossier_pack_timeline_free (timeline);
      return;
    }
  add_text (writer, DOSSIER_PACK_TEXT_SMALL,
            _("Each dot is a document on the issue of its row; each diamond, an event, "
              "numbered as in the list below. The event this pack is for is in red."));
  dossier_pack_writer_add_space (writer, 6);
  dossier_pack_writer_add_figure (writer, dossier_pack_timeline_get_height (timeline),
                                  dossier_pack_timeline_draw, timeline,
                                  (GDestroyNotify) dossier_pack_timeline_free);
}

/* ---- Annexes ---- */

static char *
annex_header (DossierBriefingAnnex *annex,
              guint                 number)
{
  g_autofree char *date = dossier_briefing_format_date (annex->date);

  if (*date == '\0')
    return g_strdup_printf (_("Annex %u — %s"), number, annex->title);
  return g_strdup_printf (_("Annex %u — %s, %s"), number, annex->title, date);
}

/* Opens every annex first: the list of annexes gives their page counts. */
static GPtrArray *
open_annexes (DossierBriefingPack     *pack,
              GPtrArray               *reasons,
              DossierPackProgressFunc  progress,
              gpointer                 user_data,
              GCancellable            *cancellable)
{
  GPtrArray *annexes = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_pack_annex_unref);

  for (guint i = 0; i < pack->annexes->len; i++)
    {
      DossierBriefingAnnex *annex = g_ptr_array_index (pack->annexes, i);
      g_autoptr(GError) error = NULL;
      DossierPackAnnex *opened = NULL;

      if (!g_cancellable_is_cancelled (cancellable))
        opened = dossier_pack_annex_open (annex->path, (const char * const *) pack->passwords,
                                          &error);
      g_ptr_array_add (annexes, opened);
      g_ptr_array_add (reasons, g_strdup (error ? error->message : NULL));
      if (progress != NULL)
        progress (i + 1, pack->annexes->len, user_data);
    }
  return annexes;
}

static void
add_annex_list (DossierBriefingPack *pack,
                DossierPackWriter   *writer,
                GPtrArray           *annexes)
{
  const double widths[] = { 0.5, 5, 1.4, 2.6, 0.8 };
  const char *headers[] = { _("No."), _("Document"), _("Date"), _("From"), _("Pages") };
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  DossierPackTable *table;

  for (guint i = 0; i < pack->documents->len; i++)
    {
      DossierBriefingDocument *document = g_ptr_array_index (pack->documents, i);

      g_hash_table_insert (by_id, &document->record->id, document);
    }
  table = dossier_pack_writer_add_table (writer, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < pack->annexes->len; i++)
    {
      DossierBriefingAnnex *annex = g_ptr_array_index (pack->annexes, i);
      DossierBriefingDocument *document = g_hash_table_lookup (by_id, &annex->document_id);
      DossierPackAnnex *opened = g_ptr_array_index (annexes, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *title = escape (annex->title);
      g_autofree char *date = dossier_format_list_date (annex->date);
      g_autofree char *senders = document ? document_senders (document) : g_strdup ("");
      g_autofree char *senders_markup = escape (senders);
      g_autofree char *pages = opened
                               ? g_strdup_printf ("%u", dossier_pack_annex_get_n_pages (opened))
                               : coloured (DOSSIER_PACK_COLOUR_WARNING, _("not included"));

      dossier_pack_table_add_row (table, (const char *[]) { number, title, date, senders_markup,
                                                            pages });
    }
}

static void
add_failed_annex (DossierBriefingPack  *pack,
                  DossierPackWriter    *writer,
                  DossierBriefingAnnex *annex,
                  guint                 number,
                  const char           *header,
                  const char           *reason)
{
  g_autofree char *message = g_strdup_printf (_("Annex %u could not be included: %s."), number,
                                              reason);

  dossier_pack_writer_set_running_header (writer, header);
  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 2, header, TRUE);
  add_text (writer, DOSSIER_PACK_TEXT_BODY, message);
  g_ptr_array_add (pack->warnings,
                   g_strdup_printf (_("Annex %u, “%s”, could not be included: %s."), number,
                                    annex->title, reason));
}

static guint
add_annexes (DossierBriefingPack     *pack,
             DossierPackWriter       *writer,
             DossierPackProgressFunc  progress,
             gpointer                 user_data,
             GCancellable            *cancellable)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) annexes = NULL;
  guint n_included = 0;

  if (pack->annexes->len == 0)
    return 0;
  annexes = open_annexes (pack, reasons, progress, user_data, cancellable);
  dossier_pack_writer_add_page_break (writer);
  add_heading (writer, 1, _("Annexes"), TRUE);
  add_annex_list (pack, writer, annexes);

  for (guint i = 0; i < pack->annexes->len; i++)
    {
      DossierBriefingAnnex *annex = g_ptr_array_index (pack->annexes, i);
      DossierPackAnnex *opened = g_ptr_array_index (annexes, i);
      g_autofree char *header = annex_header (annex, i + 1);

      if (opened != NULL)
        {
          dossier_pack_annex_add_pages (opened, writer, header, header);
          n_included++;
        }
      else if (g_ptr_array_index (reasons, i) != NULL)
        add_failed_annex (pack, writer, annex, i + 1, header, g_ptr_array_index (reasons, i));
    }
  return n_included;
}

guint
dossier_briefing_compose (DossierBriefingPack     *pack,
                          DossierPackWriter       *writer,
                          DossierPackProgressFunc  progress,
                          gpointer                 user_data,
                          GCancellable            *cancellable)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  guint n_annexes;

  g_return_val_if_fail (pack != NULL, 0);
  g_return_val_if_fail (writer != NULL, 0);

  add_cover (pack, writer);
  dossier_pack_writer_set_running_header (writer, pack->title);
  dossier_pack_writer_set_marking (writer, pack->external ? _("For external use")
                                                          : _("Confidential"));
  dossier_pack_writer_set_footer (writer, pack->organisation);
  dossier_pack_writer_add_contents (writer, _("Contents"));
  add_summary (pack, writer);
  for (guint i = 0; i < pack->issues->len; i++)
    add_issue_section (pack, writer, g_ptr_array_index (pack->issues, i), shown);
  /* The annex numbers are known before the annexes are opened. */
  add_other_documents (pack, writer, shown);
  add_followups_table (pack, writer);
  add_timeline (pack, writer);
  dossier_pack_writer_set_running_header (writer, pack->title);
  n_annexes = add_annexes (pack, writer, progress, user_data, cancellable);
  return n_annexes;
}
