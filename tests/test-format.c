/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>

#include "dossier-analysis.h"
#include "dossier-format.h"

static void
assert_date (const char *typed,
             const char *expected)
{
  g_autofree char *date = dossier_format_normalize_date (typed);

  g_assert_cmpstr (date, ==, expected);
}

static void
test_date_forms (void)
{
  assert_date ("2016-11-23", "2016-11-23");
  assert_date ("  2016-11-23 ", "2016-11-23");
  assert_date ("2016-1-5", "2016-01-05");
  assert_date ("2016/11/23", "2016-11-23");
  assert_date ("23.11.2016", "2016-11-23");
  assert_date ("23/11/2016", "2016-11-23");
  assert_date ("5.1.2016", "2016-01-05");
  assert_date ("23-11-2016", "2016-11-23");
  assert_date ("23 November 2016", "2016-11-23");
}

/* Whether the day exists is the library's to say, with its own message:
 * an impossible date keeps its numbers, in the stored order. */
static void
test_date_impossible (void)
{
  assert_date ("2016-02-30", "2016-02-30");
  assert_date ("30.02.2016", "2016-02-30");
  assert_date ("12.13.2016", "2016-13-12");
}

static void
test_date_not_a_date (void)
{
  assert_date ("", NULL);
  assert_date ("   ", NULL);
  assert_date (NULL, NULL);
  assert_date ("next week", "next week");
  assert_date ("23.11.16", "23.11.16");
  assert_date ("2016-11-23-1", "2016-11-23-1");
  assert_date ("20161-11-23", "20161-11-23");
  assert_date ("2016..23", "2016..23");
}

static void
test_senders (void)
{
  const char * const senders[] = { "Amnesty International", "Human Rights Watch", NULL };
  const char * const none[] = { NULL };
  g_autofree char *joined = dossier_format_join_senders (senders);
  g_autofree char *empty = dossier_format_join_senders (none);
  g_autofree char *split = dossier_format_split_senders (joined);
  g_autofree char *lines = dossier_format_split_senders ("  A, Inc. ;\nB\n;;  ");
  g_autofree char *nothing = dossier_format_split_senders (" ; ");

  g_assert_cmpstr (joined, ==, "Amnesty International; Human Rights Watch");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (split, ==, "Amnesty International\nHuman Rights Watch");
  g_assert_cmpstr (lines, ==, "A, Inc.\nB");
  g_assert_null (nothing);
}

static void
test_kind_names (void)
{
  const char * const *kinds = dossier_analysis_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    g_assert_cmpstr (dossier_kind_get_display_name (kinds[i]), !=, kinds[i]);
  g_assert_cmpstr (dossier_kind_get_display_name ("letter"), ==, "Letter");
  g_assert_cmpstr (dossier_kind_get_display_name ("press-release"), ==, "Press release");
  g_assert_cmpstr (dossier_kind_get_display_name ("memo"), ==, "memo");
}

static void
test_language_names (void)
{
  const char * const *codes = dossier_language_known_codes ();

  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 5);
  for (guint i = 0; codes[i] != NULL; i++)
    g_assert_cmpstr (dossier_language_get_display_name (codes[i]), !=, codes[i]);
  g_assert_cmpstr (dossier_language_get_display_name ("kk"), ==, "Kazakh");
  g_assert_cmpstr (dossier_language_get_display_name ("ru"), ==, "Russian");
  g_assert_cmpstr (dossier_language_get_display_name ("es"), ==, "es");
}

static void
test_date_time (void)
{
  g_autoptr(GDateTime) moment = g_date_time_new_local (2016, 11, 23, 9, 5, 0);
  g_autofree char *text = dossier_format_date_time (g_date_time_to_unix (moment));

  g_assert_cmpstr (text, ==, "23 November 2016, 09:05");
  g_assert_null (dossier_format_date_time (0));
}

/* The list's dates, in the C locale the tests run in. */
static void
test_list_date (void)
{
  g_autofree char *date = dossier_format_list_date ("2014-10-08");
  g_autofree char *none = dossier_format_list_date (NULL);
  g_autofree char *odd = dossier_format_list_date ("2019-02-30");

  g_assert_cmpstr (date, ==, "8 Oct 2014");
  g_assert_cmpstr (none, ==, "");
  /* Stored before validation existed: shown as it is, never lost. */
  g_assert_cmpstr (odd, ==, "2019-02-30");
}

int
main (int   argc,
      char *argv[])
{
  /* The expected texts are the untranslated ones. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/date/forms", test_date_forms);
  g_test_add_func ("/format/date/impossible", test_date_impossible);
  g_test_add_func ("/format/date/not-a-date", test_date_not_a_date);
  g_test_add_func ("/format/senders", test_senders);
  g_test_add_func ("/format/kind-names", test_kind_names);
  g_test_add_func ("/format/language-names", test_language_names);
  g_test_add_func ("/format/date-time", test_date_time);
  g_test_add_func ("/format/list-date", test_list_date);

  return g_test_run ();
}
