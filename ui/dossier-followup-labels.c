/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-followup-labels.h"
#include "dossier-followups.h"
#include "dossier-format.h"

/* Past this many days a due date reads as a date, not a countdown. */
#define COUNTDOWN_DAYS 14
#define WEEK_DAYS 7

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  unsigned year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
dossier_followup_days_between (const char *from,
                               const char *to,
                               int        *days)
{
  g_autofree char *local_today = NULL;
  GDate from_day, to_day;

  if (from == NULL)
    from = local_today = dossier_followups_today (NULL);
  if (!parse_day (from, &from_day) || !parse_day (to, &to_day))
    return FALSE;
  *days = g_date_days_between (&from_day, &to_day);
  return TRUE;
}

char *
dossier_followup_countdown (int days)
{
  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Tomorrow"));
  if (days == -1)
    return g_strdup (_("Yesterday"));
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day", "In %d days", days), days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", -days), -days);
}

DossierDueState
dossier_followup_due_state (const char *due_date,
                            gboolean    open,
                            const char *today)
{
  int days;

  if (!open || !dossier_followup_days_between (today, due_date, &days))
    return DOSSIER_DUE_NONE;
  if (days < 0)
    return DOSSIER_DUE_OVERDUE;
  return days < WEEK_DAYS ? DOSSIER_DUE_THIS_WEEK : DOSSIER_DUE_LATER;
}

char *
dossier_followup_due_text (const char *due_date,
                           gboolean    open,
                           const char *today)
{
  g_autofree char *date = NULL;
  int days;

  if (!dossier_followup_days_between (today, due_date, &days))
    return NULL;
  if (open && days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         -days), -days);
  if (open && days == 0)
    return g_strdup (_("Due today"));
  if (open && days == 1)
    return g_strdup (_("Due tomorrow"));
  if (open && days < COUNTDOWN_DAYS)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days),
                            days);
  date = dossier_format_list_date (due_date);
  /* Translators: a follow-up's due date, "Due 12 Mar 2026". */
  return g_strdup_printf (_("Due %s"), date);
}

char *
dossier_followup_badge_text (guint n_overdue,
                             guint n_due_this_week)
{
  guint n = n_overdue + n_due_this_week;

  return n > 0 ? g_strdup_printf ("%u", n) : NULL;
}

char *
dossier_followup_due_summary (guint n_overdue,
                              guint n_due_this_week)
{
  g_autofree char *overdue = NULL;
  g_autofree char *this_week = NULL;

  if (n_overdue == 0 && n_due_this_week == 0)
    return NULL;
  if (n_overdue == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up is due this week.",
                                         "%u follow-ups are due this week.", n_due_this_week),
                            n_due_this_week);
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up is overdue.",
                                          "%u follow-ups are overdue.", n_overdue),
                             n_overdue);
  if (n_due_this_week == 0)
    return g_steal_pointer (&overdue);
  this_week = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more is due this week.",
                                            "%u more are due this week.", n_due_this_week),
                               n_due_this_week);
  /* Translators: two sentences of the notification, the overdue
   * follow-ups' and those due this week. */
  return g_strdup_printf (_("%s %s"), overdue, this_week);
}

guint
dossier_followup_seconds_to_midnight (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);

  return (guint) (g_date_time_difference (tomorrow, now) / G_USEC_PER_SEC) + 1;
}
