/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "dossier-analysis.h"
#include "dossier-format.h"

static const char * const known_languages[] = { "en", "ru", "fr", "de", "kk", NULL };

/* The name of a kind nick of dossier_analysis_kinds(), or @kind itself
 * when it is not one of them. */
const char *
dossier_kind_get_display_name (const char *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  if (g_str_equal (kind, "letter"))
    return _("Letter");
  if (g_str_equal (kind, "press-release"))
    return _("Press release");
  if (g_str_equal (kind, "statement"))
    return _("Statement");
  if (g_str_equal (kind, "briefing"))
    return _("Briefing");
  if (g_str_equal (kind, "resolution"))
    return _("Resolution");
  if (g_str_equal (kind, "report"))
    return _("Report");
  if (g_str_equal (kind, "other"))
    return _("Other");
  return kind;
}

/* The name of an ISO 639 code the analysis recognises, or @code itself. */
const char *
dossier_language_get_display_name (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  if (g_str_equal (code, "en"))
    return _("English");
  if (g_str_equal (code, "ru"))
    return _("Russian");
  if (g_str_equal (code, "fr"))
    return _("French");
  if (g_str_equal (code, "de"))
    return _("German");
  if (g_str_equal (code, "kk"))
    return _("Kazakh");
  return code;
}

/* The codes that dossier_language_get_display_name() has a name for. */
const char * const *
dossier_language_known_codes (void)
{
  return known_languages;
}

/* Reads "23.11.2016", "23/11/2016" or "2016-11-23" as three numbers with
 * the length of each; FALSE unless that is all the text holds. */
static gboolean
split_numeric_date (const char *text,
                    guint       numbers[3],
                    guint       lengths[3])
{
  const char *p = text;

  for (guint i = 0; i < 3; i++)
    {
      guint number = 0;
      guint length = 0;

      if (i > 0 && *p != '.' && *p != '/' && *p != '-')
        return FALSE;
      if (i > 0)
        p++;
      for (; g_ascii_isdigit (*p) && length <= 4; p++, length++)
        number = number * 10 + (guint) (*p - '0');
      if (length == 0 || length > 4)
        return FALSE;
      numbers[i] = number;
      lengths[i] = length;
    }

  return *p == '\0';
}

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Turns a date as people type it into "YYYY-MM-DD": year first, or day
 * first ("23.11.2016", "23/11/2016", as written where our users live),
 * or in words ("23 November 2016"). Whether the day exists is left to the
 * library, so that "30.02.2016" becomes "2016-02-30" and is refused there
 * with its message. Text that is no date at all comes back trimmed, to be
 * refused the same way.
 *
 * Returns: (transfer full) (nullable): NULL when @text is blank. */
char *
dossier_format_normalize_date (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  guint numbers[3], lengths[3];
  GDate date;

  if (*trimmed == '\0')
    return NULL;

  if (split_numeric_date (trimmed, numbers, lengths))
    {
      if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
        return g_strdup_printf ("%04u-%02u-%02u", numbers[0], numbers[1], numbers[2]);
      if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2)
        return g_strdup_printf ("%04u-%02u-%02u", numbers[2], numbers[1], numbers[0]);
      return g_steal_pointer (&trimmed);
    }

  /* Dates in words only: the analysis finds a date inside any text, and
   * "2016-11-23-1" is a typing slip to show, not a date to take. */
  g_date_clear (&date, 1);
  if (has_letter (trimmed) && dossier_analysis_parse_date (trimmed, &date) &&
      g_date_valid (&date))
    return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&date),
                            (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));

  return g_steal_pointer (&trimmed);
}

/* Senders on one line: "Amnesty International; Human Rights Watch".
 * Semicolons, because organisation names may hold commas. */
char *
dossier_format_join_senders (const char * const *senders)
{
  if (senders == NULL)
    return g_strdup ("");
  return g_strjoinv ("; ", (char **) senders);
}

/* The other way: what was typed, as the library stores it, one sender per
 * line. Semicolons and line breaks both separate senders.
 *
 * Returns: (transfer full) (nullable): NULL when no sender is left. */
char *
dossier_format_split_senders (const char *text)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;

  parts = g_strsplit_set (text, ";\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *sender = g_strstrip (parts[i]);

      if (*sender == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, '\n');
      g_string_append (joined, sender);
    }

  if (joined->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* A moment in the user's time zone, in their language.
 *
 * Returns: (transfer full) (nullable): NULL when @unix_time is 0 (unknown). */
char *
dossier_format_date_time (gint64 unix_time)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (unix_time == 0)
    return NULL;
  date_time = g_date_time_new_from_unix_local (unix_time);
  if (date_time == NULL)
    return NULL;
  /* Translators: the date and time a document was imported; see
   * g_date_time_format() for the codes, e.g. "%B %-d, %Y at %H:%M". */
  return g_date_time_format (date_time, _("%-d %B %Y, %H:%M"));
}

char *
dossier_format_list_date (const char *iso_date)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup ("");
  time = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (time == NULL)
    return g_strdup (iso_date);
  /* Translators: a letter's date in the document list, see strftime(3). */
  return g_date_time_format (time, _("%-d %b %Y"));
}

char *
dossier_format_document_title (DossierDocument *document)
{
  const char *title;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), NULL);

  title = dossier_document_get_title (document);
  return g_strdup (title != NULL && *title != '\0' ? title
                                                   : dossier_document_get_original_name (document));
}
