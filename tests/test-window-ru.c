/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The main window in Russian, with the build's po/ru.po: what a person
 * sees must be translated, not only present in the catalogue. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-tag-sidebar.h"
#include "dossier-window.h"

#define TIMEOUT_SECONDS 20

/* Texts that stay as they are in every language. */
static const char * const untranslated[] = { "Dossier", NULL };

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  GtkWidget      *window;
} Fixture;

/* ---- Walking the widget tree ---- */

static void
collect (GtkWidget *widget,
         GType      type,
         gboolean   mapped_only,
         GPtrArray *found)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, mapped_only, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type,
          gboolean   mapped_only)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, mapped_only, found);
  return found;
}

static gpointer
find_one (GtkWidget *root,
          GType      type)
{
  g_autoptr(GPtrArray) found = find_all (root, type, TRUE);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static gboolean
has_cyrillic (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0400 && c <= 0x04FF)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_latin_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      return TRUE;
  return FALSE;
}

/* A tag's name in the sidebar: the library's words, not the program's
 * (the facets' headings are the program's). */
static gboolean
is_tag_name (GtkWidget *label)
{
  GtkWidget *row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);

  return row != NULL && gtk_widget_get_ancestor (row, DOSSIER_TYPE_TAG_SIDEBAR) != NULL;
}

/* Every label on screen that has words is in Russian. */
static void
assert_labels_russian (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL, TRUE);
  guint n_russian = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (has_cyrillic (text))
        n_russian++;
      else if (has_latin_letter (text) && !g_strv_contains (untranslated, text) &&
               !is_tag_name (g_ptr_array_index (labels, i)))
        g_error ("An untranslated label is shown: “%s”", text);
    }
  g_assert_cmpuint (n_russian, >, 5);
}

/* The label texts under the window's navigation sidebar, in order. */
static GStrv
sidebar_labels (GtkWidget *window)
{
  g_autoptr(GPtrArray) lists = find_all (window, GTK_TYPE_LIST_BOX, FALSE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkWidget *sidebar = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  /* The sections' list, above the tags'. */
  for (guint i = 0; i < lists->len && sidebar == NULL; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      sidebar = g_ptr_array_index (lists, i);
  g_assert_nonnull (sidebar);
  labels = find_all (sidebar, GTK_TYPE_LABEL, FALSE);
  /* An empty label is a badge with nothing to count. */
  for (guint i = 0; i < labels->len; i++)
    if (*gtk_label_get_text (g_ptr_array_index (labels, i)) != '\0')
      g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_strv_builder_end (builder);
}

/* One of the shown AdwWindowTitles is @title, with @subtitle. */
static void
assert_window_title (GtkWidget  *window,
                     const char *title,
                     const char *subtitle)
{
  g_autoptr(GPtrArray) titles = find_all (window, ADW_TYPE_WINDOW_TITLE, TRUE);
  gboolean found = FALSE;

  for (guint i = 0; i < titles->len; i++)
    {
      AdwWindowTitle *window_title = g_ptr_array_index (titles, i);

      if (g_strcmp0 (adw_window_title_get_title (window_title), title) == 0)
        {
          g_assert_cmpstr (adw_window_title_get_subtitle (window_title), ==, subtitle);
          found = TRUE;
        }
    }
  if (!found)
    {
      g_autoptr(GString) shown = g_string_new (NULL);

      for (guint i = 0; i < titles->len; i++)
        g_string_append_printf (shown, " “%s”",
                                adw_window_title_get_title (g_ptr_array_index (titles, i)));
      g_error ("No shown window title is “%s”; there are:%s", title, shown->str);
    }
}

static void
assert_column_titles (GtkWidget *window)
{
  static const char * const expected[] = {
    "Дата", "Заголовок", "Отправитель", "Тип", "Язык", "Стр.", NULL
  };
  g_autoptr(GPtrArray) views = find_all (window, GTK_TYPE_COLUMN_VIEW, FALSE);
  GListModel *columns;

  g_assert_cmpuint (views->len, ==, 1);
  columns = gtk_column_view_get_columns (g_ptr_array_index (views, 0));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, expected[i]);
    }
}

static gboolean
label_shown (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* Fails saying which labels are shown instead. */
static void
assert_label_shown (GtkWidget  *root,
                    const char *text)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GString) shown = NULL;

  if (label_shown (root, text))
    return;
  labels = find_all (root, GTK_TYPE_LABEL, TRUE);
  shown = g_string_new (NULL);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (shown, " “%s”", gtk_label_get_text (g_ptr_array_index (labels, i)));
  g_error ("“%s” is not shown; these labels are:%s", text, shown->str);
}

static void
assert_status_page (GtkWidget  *root,
                    const char *title,
                    gboolean    mapped_only)
{
  g_autoptr(GPtrArray) pages = find_all (root, ADW_TYPE_STATUS_PAGE, mapped_only);
  g_autoptr(GString) shown = g_string_new (NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      const char *page_title = adw_status_page_get_title (g_ptr_array_index (pages, i));

      if (g_strcmp0 (page_title, title) == 0)
        return;
      g_string_append_printf (shown, " “%s”", page_title ? page_title : "");
    }
  g_error ("No status page “%s”; there are:%s", title, shown->str);
}

/* ---- The window ---- */

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint milliseconds)
{
  gboolean timed_out = FALSE;

  g_timeout_add (milliseconds, on_timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static void
show_window (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;

  fixture->window = GTK_WIDGET (dossier_window_new (NULL, fixture->library));
  gtk_window_present (GTK_WINDOW (fixture->window));
  while (!gtk_widget_get_mapped (fixture->window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  /* Lets the list's rows and the leaflet settle. */
  run_for (300);
}

static void
import_letters (Fixture *fixture)
{
  const char * const names[] = { "en-visit", "ru-letter" };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file_name = g_strconcat (names[i], ".pdf", NULL);
      char *path = g_build_filename (fixture->dir, file_name, NULL);

      dossier_fixture_write_letter (path, dossier_fixture_letter (names[i]));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpint (((DossierImportResult *) g_ptr_array_index (results, i))->status, ==,
                     DOSSIER_IMPORT_IMPORTED);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *library_path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-window-ru-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  if (GPOINTER_TO_INT (data))
    import_letters (fixture);
  show_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

/* ---- Tests ---- */

static void
test_empty_library (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const sections[] = { "Все документы", "Входящие", "Недавно добавленные",
                                    "События", "Запросы", NULL };
  g_auto(GStrv) sidebar = sidebar_labels (fixture->window);

  assert_window_title (fixture->window, "Все документы", "0 документов");
  g_assert_cmpstrv (sidebar, sections);
  /* The list is not shown, but its headers are ready. */
  assert_column_titles (fixture->window);

  assert_status_page (fixture->window, "Перетащите сюда PDF-письма", TRUE);
  assert_label_shown (fixture->window, "Перетащите сюда PDF-письма");
  /* The button's mnemonic is kept out of its text. */
  assert_label_shown (fixture->window, "Импортировать…");

  assert_labels_russian (fixture->window);
}

static void
test_documents (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *column_view;

  /* Two of them: the plural form for 2–4. */
  assert_window_title (fixture->window, "Все документы", "2 документа");
  assert_column_titles (fixture->window);

  /* The headers as drawn, not only as set. */
  column_view = find_one (fixture->window, GTK_TYPE_COLUMN_VIEW);
  assert_label_shown (column_view, "Заголовок");
  assert_label_shown (column_view, "Отправитель");
  g_assert_false (label_shown (column_view, "Title"));

  /* en-visit, of 2014-10-08: the Russian date format, the kind's Russian name. */
  assert_label_shown (column_view, "08.10.2014");
  assert_label_shown (column_view, "Письмо");
  assert_label_shown (column_view, "EN");
  /* The reader's pane is beside the list only in a wide enough window. */
  assert_status_page (fixture->window, "Документ не выбран", FALSE);
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DOSSIER_LOCALEDIR");

  /* Russian without a Russian locale: gettext follows LANGUAGE under any
   * locale but "C", and glibc has C.UTF-8 built in. */
  g_setenv ("LANGUAGE", "ru", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, ""));
  /* The build's catalogues: po/ru/LC_MESSAGES/dossier.mo. */
  if (localedir == NULL)
    g_error ("DOSSIER_LOCALEDIR must name the build's po directory");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_add_func ("/window-ru/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();

  /* A first check that the catalogue is found at all, to say so plainly. */
  if (g_strcmp0 (_("All Documents"), "All Documents") == 0)
    g_printerr ("No Russian catalogue for “%s” in %s\n", GETTEXT_PACKAGE, localedir);

  g_test_add ("/window-ru/empty-library", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty_library, fixture_tear_down);
  g_test_add ("/window-ru/documents", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_documents, fixture_tear_down);
  return g_test_run ();
}
