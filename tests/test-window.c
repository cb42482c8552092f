/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "dossier-document-view.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-properties.h"
#include "dossier-search.h"
#include "dossier-rules.h"
#include "dossier-tag-chips.h"
#include "dossier-tag-sidebar.h"
#include "dossier-tags.h"
#include "dossier-window.h"

#define TIMEOUT_SECONDS 20
#define WRONG_PASSWORD "not-the-password"
#define RIGHT_PASSWORD "s3cret-pass"

/* The library's letters. en-visit, which the encrypted PDF is a copy of,
 * is left out so that the copy is no duplicate; the letters dropped in
 * /window/drop are others again. */
static const char * const library_letters[] = {
  "en-briefing", "en-press", "ru-letter", "fr-letter", NULL
};

typedef struct
{
  char           *dir;
  char           *library_path;
  DossierLibrary *library;
  GHashTable     *ids;            /* letter name → gint64 id */
  DossierWindow  *window;
} Fixture;

/* ---- Waiting ---- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main context until @condition holds; fails the test after
 * TIMEOUT_SECONDS. */
static void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint tick = g_timeout_add (10, tick_cb, NULL);
  gboolean done;

  while (!(done = condition (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  if (!done)
    g_test_message ("Timed out waiting for %s", what);
  g_assert_true (done);
}

/* Lets pending work (layout, idles, replies) run. */
static void
run_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

/* ---- Finding widgets ---- */

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

/* The first descendant of @root, depth first, that @match accepts. */
static GtkWidget *
find_descendant (GtkWidget     *root,
                 WidgetMatch    match,
                 gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      found = find_descendant (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  GtkWidget *found = find_descendant (root, match_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (found);
  return found;
}

static gboolean
match_list_stack (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "empty-library") != NULL;
}

static gboolean
match_sidebar (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

static gboolean
match_label_text (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
match_entry_row_title (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* A label that shows an error: visible (with its ancestors), red, and
 * saying something. */
static gboolean
match_error_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_is_visible (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

static GtkStack *
list_stack (Fixture *fixture)
{
  GtkWidget *stack = find_descendant (GTK_WIDGET (fixture->window), match_list_stack, NULL);

  g_assert_nonnull (stack);
  return GTK_STACK (stack);
}

static GtkColumnView *
column_view (Fixture *fixture)
{
  return GTK_COLUMN_VIEW (find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_COLUMN_VIEW));
}

static GListModel *
list_model (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (column_view (fixture)));

  g_assert_nonnull (model);
  return model;
}

static guint
n_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (list_model (fixture));
}

static GtkSearchEntry *
search_entry (Fixture *fixture)
{
  return GTK_SEARCH_ENTRY (find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY));
}

static GtkListBox *
results_list (Fixture *fixture)
{
  GtkWidget *page = gtk_stack_get_child_by_name (list_stack (fixture), "results");

  g_assert_nonnull (page);
  return GTK_LIST_BOX (find_by_type (page, GTK_TYPE_LIST_BOX));
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* The title of the list pane: in the header bar above the search bar. */
static AdwWindowTitle *
list_title (Fixture *fixture)
{
  GtkWidget *pane = GTK_WIDGET (search_entry (fixture));
  GtkWidget *header = NULL;

  while (header == NULL && (pane = gtk_widget_get_parent (pane)) != NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (pane); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (ADW_IS_HEADER_BAR (child))
        header = child;
  g_assert_nonnull (header);
  return ADW_WINDOW_TITLE (find_by_type (header, ADW_TYPE_WINDOW_TITLE));
}

static GtkListBoxRow *
sidebar_row (Fixture    *fixture,
             const char *label)
{
  GtkWidget *sidebar = find_descendant (GTK_WIDGET (fixture->window), match_sidebar, NULL);
  GtkWidget *found;

  g_assert_nonnull (sidebar);
  found = find_descendant (sidebar, match_label_text, label);
  g_assert_nonnull (found);
  return GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (found, GTK_TYPE_LIST_BOX_ROW));
}

static GtkDropTarget *
drop_target (Fixture *fixture)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);   /* the window holds it */
    }
  g_assert_not_reached ();
  return NULL;
}

/* Windows on screen other than the main one. */
static GList *
other_toplevels (Fixture *fixture)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GList *others = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != fixture->window && gtk_widget_get_visible (l->data))
      others = g_list_prepend (others, l->data);
  g_list_free (toplevels);
  return others;
}

static AdwMessageDialog *
password_question (Fixture *fixture)
{
  GList *others = other_toplevels (fixture);
  AdwMessageDialog *found = NULL;

  for (GList *l = others; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), "Password Required") == 0)
      found = l->data;
  g_list_free (others);
  return found;
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} CountCheck;

static gboolean
lists_n (gpointer data)
{
  CountCheck *check = data;

  return n_listed (check->fixture) == check->n;
}

/* ---- Setting up ---- */

static char *
write_letter (Fixture    *fixture,
              const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  char *path = g_build_filename (fixture->dir, file_name, NULL);

  dossier_fixture_write_letter (path, dossier_fixture_letter (name));
  return path;
}

static void
import_letters (Fixture            *fixture,
                const char * const *names)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (paths, write_letter (fixture, names[i]));
  g_ptr_array_add (paths, NULL);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, g_strv_length ((char **) names));

  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *base = g_path_get_basename (result->path);
      gint64 *id = g_new (gint64, 1);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      *strrchr (base, '.') = '\0';
      *id = result->id;
      g_hash_table_insert (fixture->ids, g_strdup (base), id);
    }
}

static gint64
letter_id (Fixture    *fixture,
           const char *name)
{
  gint64 *id = g_hash_table_lookup (fixture->ids, name);

  g_assert_nonnull (id);
  return *id;
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = dossier_window_new (NULL, fixture->library);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (window_mapped, fixture->window, "the window to be mapped");
}

/* Closes the window as its close button does, and checks that nothing
 * keeps it alive for long: its dispose is where pending work (deletions
 * waiting for an undo) is finished, and an application quits as soon as
 * its last window is closed. */
static void
close_window (Fixture *fixture)
{
  gpointer window = fixture->window;
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  while (window != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  if (window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (window), &window);
  g_assert_null (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const *names = data;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  fixture->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (names != NULL)
    import_letters (fixture, names);
  open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);
  GList *others;

  if (fixture->window != NULL)
    close_window (fixture);
  /* What a test left open must not turn up in the next one. */
  others = other_toplevels (fixture);
  for (GList *l = others; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (others);
  run_for (20);

  g_clear_object (&fixture->library);
  g_clear_pointer (&fixture->ids, g_hash_table_unref);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

/* Selects the document @id in the list, as a click on its row does. */
static void
select_document (Fixture *fixture,
                 gint64   id,
                 gboolean unselect_rest)
{
  GListModel *model = list_model (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (model, i);

      if (dossier_document_get_id (document) == id)
        {
          g_assert_true (gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), i,
                                                          unselect_rest));
          return;
        }
    }
  g_assert_not_reached ();
}

/* ---- /window/list ---- */

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  AdwWindowTitle *title = list_title (fixture);
  GListModel *model = list_model (fixture);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "All Documents");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "4 documents");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "documents");

  /* The four letters, each once. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (model, i);
      gint64 id = dossier_document_get_id (document);

      g_assert_true (g_hash_table_add (seen, g_memdup2 (&id, sizeof id)));
    }
  for (guint i = 0; library_letters[i] != NULL; i++)
    {
      gint64 id = letter_id (fixture, library_letters[i]);
      g_assert_true (g_hash_table_contains (seen, &id));
    }
}

static void
test_list_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkStack *stack = list_stack (fixture);
  GtkWidget *page = gtk_stack_get_visible_child (stack);

  g_assert_cmpuint (n_listed (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty-library");
  g_assert_true (ADW_IS_STATUS_PAGE (page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==,
                   "Drop PDF Letters Here");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_window_title_get_subtitle (list_title (fixture)), ==, "0 documents");
}

/* ---- /window/drop ---- */

static gboolean
question_shown (gpointer data)
{
  return password_question (data) != NULL;
}

static gboolean
import_done (gpointer data)
{
  Fixture *fixture = data;

  return !dossier_window_get_importing (fixture->window) &&
         dossier_window_get_import_summary (fixture->window) != NULL;
}

/* Drops two good letters, a web page, a protected PDF and a half PDF. */
static void
drop_files (Fixture *fixture)
{
  g_autofree char *warsaw = write_letter (fixture, "en-warsaw");
  g_autofree char *oslo = write_letter (fixture, "en-oslo");
  g_autofree char *page = g_build_filename (fixture->dir, "page.html", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked.pdf", NULL);
  g_autofree char *half = g_build_filename (fixture->dir, "half.pdf", NULL);
  const char *paths[] = { warsaw, oslo, page, locked, half };
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  dossier_fixture_write_html (page);
  dossier_fixture_write_encrypted_pdf (locked, RIGHT_PASSWORD);
  dossier_fixture_write_truncated_pdf (half);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    files = g_slist_append (files, g_file_new_for_path (paths[i]));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free_full (files, g_object_unref);

  g_signal_emit_by_name (drop_target (fixture), "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_true (dossier_window_get_importing (fixture->window));
}

/* Answers the question as a click on one of its buttons does. */
static void
answer (AdwMessageDialog *dialog,
        const char       *password,
        const char       *button_label)
{
  GtkWidget *entry = find_by_type (GTK_WIDGET (dialog), GTK_TYPE_PASSWORD_ENTRY);
  GtkWidget *button = find_descendant (GTK_WIDGET (dialog), match_button_label, button_label);

  g_assert_nonnull (button);
  gtk_editable_set_text (GTK_EDITABLE (entry), password);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
question_gone (gpointer data)
{
  return password_question (data) == NULL;
}

static void
test_drop_password (Fixture       *fixture,
                    gconstpointer  data)
{
  CountCheck check = { fixture, 7 };
  AdwMessageDialog *question;

  drop_files (fixture);

  wait_until (question_shown, fixture, "the password question");
  question = password_question (fixture);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "locked.pdf"));
  g_assert_null (strstr (adw_message_dialog_get_body (question), "not right"));
  /* The question waits for the other files. */
  g_assert_true (dossier_window_get_importing (fixture->window));
  answer (question, WRONG_PASSWORD, "_Import");
  g_assert_true (question_gone (fixture));

  wait_until (question_shown, fixture, "the password question, again");
  question = password_question (fixture);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "locked.pdf"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "not right"));
  answer (question, RIGHT_PASSWORD, "_Import");

  wait_until (import_done, fixture, "the import to end");
  g_assert_cmpstr (dossier_window_get_import_summary (fixture->window), ==,
                   "3 imported, 2 failed");
  g_assert_null (password_question (fixture));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 7);
  wait_until (lists_n, &check, "the list to show the new documents");
  g_assert_cmpuint (n_listed (fixture), ==, 7);
  g_assert_cmpstr (adw_window_title_get_subtitle (list_title (fixture)), ==, "7 documents");
}

static void
test_drop_skip_password (Fixture       *fixture,
                         gconstpointer  data)
{
  CountCheck check = { fixture, 6 };

  drop_files (fixture);

  wait_until (question_shown, fixture, "the password question");
  answer (password_question (fixture), "", "_Skip");

  wait_until (import_done, fixture, "the import to end");
  g_assert_cmpstr (dossier_window_get_import_summary (fixture->window), ==,
                   "2 imported, 3 failed");
  g_assert_null (password_question (fixture));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 6);
  wait_until (lists_n, &check, "the list to show the new documents");
  g_assert_cmpuint (n_listed (fixture), ==, 6);
}

/* Stopping the import while it asks for a password takes the question
 * away: an answer to it later would find its import gone. */
static void
test_drop_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  CountCheck check = { fixture, 6 };

  drop_files (fixture);
  wait_until (question_shown, fixture, "the password question");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.cancel-import",
                                             NULL));

  wait_until (import_done, fixture, "the import to end");
  g_assert_cmpstr (dossier_window_get_import_summary (fixture->window), ==,
                   "Import stopped: 2 imported, 3 not imported");
  run_for (100);
  g_assert_null (password_question (fixture));
  wait_until (lists_n, &check, "the list to show the new documents");
}

static void
test_drop_close_while_asking (Fixture       *fixture,
                              gconstpointer  data)
{
  drop_files (fixture);
  wait_until (question_shown, fixture, "the password question");

  close_window (fixture);
  run_for (100);
  g_assert_null (password_question (fixture));
}

/* ---- /window/search ---- */

static gboolean
has_results (gpointer data)
{
  return n_rows (results_list (data)) > 0;
}

static gboolean
shows_search_error (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (search_entry (fixture)),
                                            GTK_TYPE_SEARCH_BAR);

  return find_descendant (bar, match_error_label, NULL) != NULL;
}

/* A search ran, without an error, and found nothing. (Text set from code
 * passes through "", which shows the list at once, before the search for
 * the new text runs.) */
static gboolean
shows_no_results (gpointer data)
{
  Fixture *fixture = data;

  return !shows_search_error (fixture) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (list_stack (fixture)), "no-results") == 0;
}

static const char *
search_error (Fixture *fixture)
{
  GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (search_entry (fixture)),
                                            GTK_TYPE_SEARCH_BAR);
  GtkWidget *label = find_descendant (bar, match_error_label, NULL);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

typedef struct
{
  DossierDocumentView *view;
  guint                page;
} PageCheck;

static gboolean
view_on_page (gpointer data)
{
  PageCheck *check = data;

  return dossier_document_view_get_page (check->view) == check->page;
}

/* Where the search itself puts its one hit in en-briefing. */
static guint
hit_page (Fixture    *fixture,
          const char *query)
{
  DossierSearchOptions options = { .query = query };
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  DossierSearchHit *hit;

  hits = dossier_search (fixture->library, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpint (hit->id, ==, letter_id (fixture, "en-briefing"));
  return hit->page;
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (search_entry (fixture)), text);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkSearchEntry *entry = search_entry (fixture);
  DossierDocumentView *view;
  DossierDocument *shown;
  PageCheck check;
  guint page = hit_page (fixture, "recommendations");
  GList *before;
  GList *after;

  g_assert_cmpuint (page, >, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (entry)));
  search_for (fixture, "recommendations");

  wait_until (has_results, fixture, "search results");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "results");
  g_assert_cmpuint (n_rows (results_list (fixture)), ==, 1);
  g_assert_false (shows_search_error (fixture));

  g_signal_emit_by_name (entry, "activate");
  shown = dossier_window_get_document (fixture->window);
  g_assert_nonnull (shown);
  g_assert_cmpint (dossier_document_get_id (shown), ==, letter_id (fixture, "en-briefing"));
  view = DOSSIER_DOCUMENT_VIEW (find_by_type (GTK_WIDGET (fixture->window),
                                              DOSSIER_TYPE_DOCUMENT_VIEW));
  check.view = view;
  check.page = page;
  wait_until (view_on_page, &check, "the document view to show the hit's page");
  g_assert_cmpuint (dossier_document_view_get_page (view), ==, page);
  g_assert_cmpuint (dossier_document_view_get_n_pages (view), ==, 4);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* A query with an operator left hanging says so under the entry, and
   * opens nothing. */
  before = other_toplevels (fixture);
  search_for (fixture, "unbalanced AND (");
  wait_until (shows_search_error, fixture, "the search error");
  g_assert_nonnull (strstr (search_error (fixture), "AND needs a word on each side"));
  g_assert_cmpuint (n_rows (results_list (fixture)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "no-results");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  /* FTS5 syntax typed by a user is searched for as words, not run. */
  search_for (fixture, "\"unbalanced AND (");
  wait_until (shows_no_results, fixture, "the search to run");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "no-results");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  search_for (fixture, "*");
  wait_until (shows_search_error, fixture, "the search error for *");
  g_assert_nonnull (strstr (search_error (fixture), "A * goes at the end"));

  search_for (fixture, "NEAR(");
  wait_until (shows_no_results, fixture, "the search for NEAR( to run");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "no-results");
  g_assert_cmpuint (n_rows (results_list (fixture)), ==, 0);

  search_for (fixture, "recommendations NOT");
  wait_until (shows_search_error, fixture, "the search error for a trailing NOT");

  run_for (100);
  after = other_toplevels (fixture);
  g_assert_cmpuint (g_list_length (after), ==, g_list_length (before));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_list_free (before);
  g_list_free (after);
}

/* ---- /window/edit-date-persists ---- */

static AdwEntryRow *
date_row (Fixture *fixture)
{
  GtkWidget *properties = find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_PROPERTIES);
  GtkWidget *row = find_descendant (properties, match_entry_row_title, "Date");

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

/* Types @text into the date row and presses its apply button. */
static void
type_date (Fixture    *fixture,
           const char *text)
{
  AdwEntryRow *row = date_row (fixture);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
test_edit_date_persists (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = letter_id (fixture, "en-press");
  g_autoptr(GError) error = NULL;
  GtkWidget *properties;
  GtkWidget *message;
  DossierDocument *document;

  select_document (fixture, id, TRUE);
  document = dossier_window_get_document (fixture->window);
  g_assert_nonnull (document);
  g_assert_cmpint (dossier_document_get_id (document), ==, id);
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2016-11-23");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.properties-visible", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row (fixture))), ==, "2016-11-23");

  type_date (fixture, "1.9.2017");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row (fixture))), ==, "2017-09-01");
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2017-09-01");

  /* A date that does not exist is refused, and says why. */
  type_date (fixture, "2019-02-30");
  properties = find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_PROPERTIES);
  message = find_descendant (properties, match_error_label, NULL);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "2019-02-30"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row (fixture)), "error"));
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2017-09-01");

  /* Closed and opened again, the library has the new date. */
  close_window (fixture);
  g_clear_object (&fixture->library);
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  open_window (fixture);
  g_assert_cmpuint (n_listed (fixture), ==, 4);

  select_document (fixture, id, TRUE);
  document = dossier_window_get_document (fixture->window);
  g_assert_nonnull (document);
  g_assert_cmpint (dossier_document_get_id (document), ==, id);
  g_assert_cmpstr (dossier_document_get_date (document), ==, "2017-09-01");
  g_assert_cmpuint (dossier_document_get_user_fields (document) & DOSSIER_DOCUMENT_FIELD_DATE,
                    !=, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row (fixture))), ==, "2017-09-01");
  g_assert_null (find_descendant (find_by_type (GTK_WIDGET (fixture->window),
                                                DOSSIER_TYPE_PROPERTIES),
                                  match_error_label, NULL));
}

/* ---- /window/delete-undo ---- */

static gboolean
match_undo_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return match_button_label (widget, "_Undo") && gtk_widget_is_sensitive (widget);
}

/* The Undo button of the toast on screen: outside the overlay's content. */
static GtkWidget *
find_undo_button (Fixture *fixture)
{
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (find_by_type (GTK_WIDGET (fixture->window),
                                                              ADW_TYPE_TOAST_OVERLAY));
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button;

      if (child == content)
        continue;
      button = find_descendant (child, match_undo_button, NULL);
      if (button != NULL)
        return button;
    }
  return NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return find_undo_button (data) != NULL;
}

static char *
stored_file (Fixture    *fixture,
             const char *name)
{
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = dossier_library_dup_document (fixture->library, letter_id (fixture, name), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (dossier_document_get_file (document), G_FILE_TEST_IS_REGULAR));
  return g_strdup (dossier_document_get_file (document));
}

static void
delete_two (Fixture *fixture)
{
  select_document (fixture, letter_id (fixture, "en-press"), TRUE);
  select_document (fixture, letter_id (fixture, "ru-letter"), FALSE);
  g_assert_cmpuint (n_listed (fixture), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 2);
  run_for (20);
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  g_assert_cmpstr (adw_window_title_get_subtitle (list_title (fixture)), ==, "2 documents");
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *press = stored_file (fixture, "en-press");
  g_autofree char *letter = stored_file (fixture, "ru-letter");
  CountCheck check = { fixture, 4 };
  GtkWidget *undo;

  delete_two (fixture);

  wait_until (undo_shown, fixture, "the toast's Undo button");
  undo = find_undo_button (fixture);
  g_signal_emit_by_name (undo, "clicked");
  wait_until (lists_n, &check, "the documents to come back");
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 4);
  g_assert_cmpstr (adw_window_title_get_subtitle (list_title (fixture)), ==, "4 documents");

  /* Nothing waits in the trash: closing the window deletes nothing. */
  run_for (100);
  close_window (fixture);
  g_assert_true (g_file_test (press, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (letter, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 4);
}

static void
test_delete_purge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *press = stored_file (fixture, "en-press");
  g_autofree char *letter = stored_file (fixture, "ru-letter");
  g_autofree char *briefing = stored_file (fixture, "en-briefing");
  g_autofree char *french = stored_file (fixture, "fr-letter");

  delete_two (fixture);
  wait_until (undo_shown, fixture, "the toast's Undo button");
  /* Trashed, not yet gone: undo is still on offer. */
  g_assert_true (g_file_test (press, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (letter, G_FILE_TEST_IS_REGULAR));

  close_window (fixture);
  g_assert_false (g_file_test (press, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (letter, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (briefing, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (french, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 2);
}

static guint
count_suggestions (Fixture *fixture,
                   gint64   id)
{
  g_autoptr(GPtrArray) tags = dossier_library_list_document_tags (fixture->library, id, FALSE, NULL);
  guint n = 0;

  for (guint i = 0; i < tags->len; i++)
    n += ((DossierDocumentTag *) g_ptr_array_index (tags, i))->state == DOSSIER_TAG_SUGGESTED;
  return n;
}

/* ---- /window/sections ---- */

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = letter_id (fixture, "fr-letter");
  GtkListBox *sidebar;
  AdwWindowTitle *title = list_title (fixture);

  select_document (fixture, id, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.mark-reviewed",
                                             NULL));
  g_assert_true (dossier_document_get_reviewed (dossier_window_get_document (fixture->window)));
  /* Its suggestions settled, it leaves the Inbox; the others, not yet
   * reviewed, stay. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-accept-all", NULL);
  g_assert_cmpuint (count_suggestions (fixture, id), ==, 0);

  sidebar = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (sidebar_row (fixture, "Inbox"))));
  gtk_list_box_select_row (sidebar, sidebar_row (fixture, "Inbox"));
  g_assert_cmpuint (n_listed (fixture), ==, 3);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Inbox");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "3 documents");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (list_model (fixture), i);

      g_assert_cmpint (dossier_document_get_id (document), !=, id);
      g_assert_false (dossier_document_get_reviewed (document));
    }

  gtk_list_box_select_row (sidebar, sidebar_row (fixture, "All Documents"));
  g_assert_cmpuint (n_listed (fixture), ==, 4);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "All Documents");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "4 documents");
}

/* ---- /window/tags ---- */

static GtkWidget *
tag_sidebar (Fixture *fixture)
{
  return find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_TAG_SIDEBAR);
}

/* The sidebar's row of the tag @name, or NULL. */
static GtkListBoxRow *
find_tag_row (Fixture    *fixture,
              const char *name)
{
  GtkWidget *label = find_descendant (tag_sidebar (fixture), match_label_text, name);

  return label ? GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW)) : NULL;
}

/* The count at the end of a tag's row. */
static const char *
tag_count (Fixture    *fixture,
           const char *name)
{
  GtkListBoxRow *row = find_tag_row (fixture, name);
  GtkWidget *last;

  g_assert_nonnull (row);
  last = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
  g_assert_true (GTK_IS_LABEL (last));
  return gtk_label_get_text (GTK_LABEL (last));
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
  const char *count;
} TagCountCheck;

static gboolean
tag_counts (gpointer data)
{
  TagCountCheck *check = data;

  return find_tag_row (check->fixture, check->name) != NULL &&
         g_strcmp0 (tag_count (check->fixture, check->name), check->count) == 0;
}

static void
wait_for_count (Fixture    *fixture,
                const char *name,
                const char *count)
{
  TagCountCheck check = { fixture, name, count };
  g_autofree char *what = g_strdup_printf ("%s to count %s", name, count);

  wait_until (tag_counts, &check, what);
}

/* A click on the tag's row, or Enter or Space on it. */
static void
toggle_tag (Fixture    *fixture,
            const char *name)
{
  GtkListBoxRow *row = find_tag_row (fixture, name);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
  g_signal_emit_by_name (row, "activate");
}

static gboolean
listed (Fixture *fixture,
        gint64   id)
{
  GListModel *model = list_model (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (model, i);

      if (dossier_document_get_id (document) == id)
        return TRUE;
    }
  return FALSE;
}

static DossierTag *
create_tag (Fixture    *fixture,
            const char *name,
            const char *facet,
            DossierTag *parent)
{
  DossierTagSpec spec = { .name = name, .facet = facet,
                          .parent_id = parent ? dossier_tag_get_id (parent) : 0 };
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return tag;
}

static void
tag_letter (Fixture    *fixture,
            const char *letter,
            DossierTag *tag)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_library_tag_document (fixture->library, letter_id (fixture, letter), tag,
                                               &error));
  g_assert_no_error (error);
}

/* The Clear button under the sidebar's tags. */
static GtkWidget *
clear_tags_button (Fixture *fixture)
{
  GtkWidget *bar = find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_ACTION_BAR);
  GtkWidget *button = find_descendant (bar, match_button_label, "_Clear");

  g_assert_nonnull (button);
  return button;
}

/* Whether the bar with Clear is shown, and Clear can be pressed. */
static gboolean
clear_tags_offered (Fixture *fixture)
{
  GtkWidget *bar = find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_ACTION_BAR);
  gboolean offered = gtk_action_bar_get_revealed (GTK_ACTION_BAR (bar));

  g_assert_cmpint (offered, ==, gtk_widget_is_sensitive (clear_tags_button (fixture)));
  return offered;
}

static void
test_tags (Fixture       *fixture,
           gconstpointer  data)
{
  AdwWindowTitle *title = list_title (fixture);
  g_autoptr(DossierTag) parent = create_tag (fixture, "Window parent", "issue", NULL);
  g_autoptr(DossierTag) child = create_tag (fixture, "Window child", "issue", parent);
  g_autoptr(DossierTag) country = create_tag (fixture, "Window country", "country", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *sidebar = tag_sidebar (fixture);
  g_autofree char *subtitle = NULL;
  guint n_results;

  tag_letter (fixture, "en-press", child);
  tag_letter (fixture, "en-briefing", parent);
  tag_letter (fixture, "en-briefing", country);
  tag_letter (fixture, "ru-letter", country);

  /* A section per facet that has tags, each tag with its count; a parent
   * counts its children's documents. No case tags, no Cases. */
  wait_for_count (fixture, "Window parent", "2");
  g_assert_cmpstr (tag_count (fixture, "Window child"), ==, "1");
  g_assert_cmpstr (tag_count (fixture, "Window country"), ==, "2");
  g_assert_true (gtk_widget_get_mapped (find_descendant (sidebar, match_label_text, "Issues")));
  g_assert_nonnull (find_descendant (sidebar, match_label_text, "Countries"));
  g_assert_null (find_descendant (sidebar, match_label_text, "Cases"));
  g_assert_false (clear_tags_offered (fixture));

  /* One tag narrows the list; its row says it is chosen. */
  toggle_tag (fixture, "Window child");
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_true (listed (fixture, letter_id (fixture, "en-press")));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "1 document · Window child");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_tag_row (fixture, "Window child")),
                                           "chosen"));
  toggle_tag (fixture, "Window child");
  g_assert_cmpuint (n_listed (fixture), ==, 4);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_tag_row (fixture, "Window child")),
                                            "chosen"));

  /* A parent brings its children's documents; a second tag narrows further. */
  toggle_tag (fixture, "Window parent");
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  g_assert_true (listed (fixture, letter_id (fixture, "en-press")));
  g_assert_true (listed (fixture, letter_id (fixture, "en-briefing")));
  toggle_tag (fixture, "Window country");
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_true (listed (fixture, letter_id (fixture, "en-briefing")));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==,
                   "1 document · Window parent + Window country");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "All Documents");

  /* Renamed while chosen, it stays chosen under its new name. */
  g_assert_true (dossier_library_rename_tag (fixture->library, country, "Window land", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==,
                   "1 document · Window parent + Window land");

  /* Search looks only among the documents with every tag chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  search_for (fixture, "human OR права OR droits OR Menschenrechte");
  wait_until (has_results, fixture, "search results");
  g_assert_cmpuint (n_rows (results_list (fixture)), ==, 1);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==,
                   "1 result · Window parent + Window land");

  /* Clearing the tags brings every document back, in search too. */
  g_assert_true (clear_tags_offered (fixture));
  g_signal_emit_by_name (clear_tags_button (fixture), "clicked");
  n_results = n_rows (results_list (fixture));
  g_assert_cmpuint (n_results, >, 1);
  subtitle = g_strdup_printf ("%u results", n_results);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, subtitle);
  search_for (fixture, "");
  g_signal_emit_by_name (search_entry (fixture), "stop-search");
  g_assert_cmpuint (n_listed (fixture), ==, 4);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "4 documents");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_tag_row (fixture, "Window parent")),
                                            "chosen"));
  g_assert_false (clear_tags_offered (fixture));

  /* Counts follow the documents' tags. */
  tag_letter (fixture, "fr-letter", child);
  wait_for_count (fixture, "Window child", "2");
  g_assert_cmpstr (tag_count (fixture, "Window parent"), ==, "3");
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

static void
add_test (const char         *path,
          const char * const *letters,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, letters, fixture_set_up, test, fixture_tear_down);
}

/* ---- /window/apply-rules ---- */

typedef struct
{
  Fixture *fixture;
  gint64   document_id;
  gint64   tag_id;
} TaggedWait;

static gboolean
document_has_tag (gpointer data)
{
  TaggedWait *wait = data;
  g_autoptr(GPtrArray) tags = dossier_library_list_document_tags (wait->fixture->library,
                                                                  wait->document_id, FALSE, NULL);

  for (guint i = 0; tags != NULL && i < tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (tags, i);

      if (dossier_tag_get_id (document_tag->tag) == wait->tag_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
rules_finished (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *revealer = find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_REVEALER);

  return !gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* A rule made after the import reaches the letters already there, from
 * the primary menu's Apply Tag Rules. */
static void
test_apply_rules (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Window recommendations", "issue", NULL);
  g_autoptr(GError) error = NULL;
  TaggedWait wait = { fixture, letter_id (fixture, "en-briefing"), dossier_tag_get_id (tag) };

  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_ANY_WORD,
                                                 "recommendation*", &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (document_has_tag (&wait));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-rules",
                                             NULL));
  wait_until (document_has_tag, &wait, "the rule's suggestion");
  wait_until (rules_finished, fixture, "the end of the rules' run");
}

/* ---- /window/inbox-review ---- */

static gint64
shown_id (Fixture *fixture)
{
  DossierDocument *document = dossier_window_get_document (fixture->window);

  return document != NULL ? dossier_document_get_id (document) : 0;
}

static gint64
listed_id (Fixture *fixture,
           guint    position)
{
  g_autoptr(DossierDocument) document = g_list_model_get_item (list_model (fixture), position);

  return dossier_document_get_id (document);
}

static gboolean
focus_in_tag_chips (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *chips = find_by_type (GTK_WIDGET (fixture->window), DOSSIER_TYPE_TAG_CHIPS);

  return focus != NULL && gtk_widget_is_ancestor (focus, chips);
}

typedef struct
{
  Fixture *fixture;
  gint64   id;
  guint    n;
} SuggestionCheck;

static gboolean
has_n_suggestions (gpointer data)
{
  SuggestionCheck *check = data;

  return count_suggestions (check->fixture, check->id) == check->n;
}

/* The Inbox reviewed from the keyboard: accept all and go on, accept one
 * where the focus lands, go on without deciding; what is settled leaves. */
static void
test_inbox_review (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, "Every letter", "issue", NULL);
  g_autoptr(GError) error = NULL;
  GtkListBox *sidebar;
  CountCheck three = { fixture, 3 }, none = { fixture, 0 };
  gint64 first, second, third;
  GtkWidget *focus;

  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_REGEX,
                                                 "\\w+", &error), >, 0);
  g_assert_true (dossier_library_apply_rules (fixture->library, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  run_for (50);

  sidebar = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (sidebar_row (fixture, "Inbox"))));
  gtk_list_box_select_row (sidebar, sidebar_row (fixture, "Inbox"));
  g_assert_cmpuint (n_listed (fixture), ==, 4);
  first = listed_id (fixture, 0);
  second = listed_id (fixture, 1);
  third = listed_id (fixture, 2);
  select_document (fixture, first, TRUE);
  g_assert_cmpuint (count_suggestions (fixture, first), >, 0);

  /* Accept all: the first leaves, the second is shown, its first
   * suggestion has the focus. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.review-accept-all", NULL));
  g_assert_cmpuint (count_suggestions (fixture, first), ==, 0);
  g_assert_cmpint (shown_id (fixture), ==, second);
  wait_until (lists_n, &three, "the first letter to leave the Inbox");
  g_assert_cmpint (shown_id (fixture), ==, second);
  g_assert_cmpint (listed_id (fixture, 0), ==, second);
  wait_until (focus_in_tag_chips, fixture, "the focus on the suggestions");

  /* Enter on the focused suggestion accepts that one alone. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_BUTTON (focus));
  {
    SuggestionCheck one_fewer = { fixture, second, count_suggestions (fixture, second) - 1 };

    /* As Enter does: a button's activation clicks it a moment later. */
    gtk_widget_activate (focus);
    wait_until (has_n_suggestions, &one_fewer, "the suggestion to be accepted");
    run_for (100);
    g_assert_cmpuint (count_suggestions (fixture, second), ==, one_fewer.n);
  }

  /* Next without deciding the rest: reviewed, but its suggestions keep
   * it in the Inbox; the third is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-next", NULL));
  g_assert_cmpint (shown_id (fixture), ==, third);
  run_for (50);
  g_assert_cmpuint (n_listed (fixture), ==, (count_suggestions (fixture, second) > 0 ? 3 : 2));

  /* Settled one after another, the Inbox empties. */
  for (guint i = 0; i < 8 && n_listed (fixture) > 0; i++)
    {
      if (shown_id (fixture) == 0)
        select_document (fixture, listed_id (fixture, 0), TRUE);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-accept-all", NULL);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-next", NULL);
      run_for (50);
    }
  wait_until (lists_n, &none, "an empty Inbox");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture)), ==, "empty-section");
}

int
main (int   argc,
      char *argv[])
{
  /* The window is checked against its untranslated strings. */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/window/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/dossierapp/Dossier/icons");

  add_test ("/window/list", library_letters, test_list);
  add_test ("/window/list/empty", NULL, test_list_empty);
  add_test ("/window/drop", library_letters, test_drop_password);
  add_test ("/window/drop/skip-password", library_letters, test_drop_skip_password);
  add_test ("/window/drop/cancel", library_letters, test_drop_cancel);
  add_test ("/window/drop/close-while-asking", library_letters, test_drop_close_while_asking);
  add_test ("/window/search", library_letters, test_search);
  add_test ("/window/edit-date-persists", library_letters, test_edit_date_persists);
  add_test ("/window/delete-undo", library_letters, test_delete_undo);
  add_test ("/window/delete-undo/purge", library_letters, test_delete_purge);
  add_test ("/window/sections", library_letters, test_sections);
  add_test ("/window/tags", library_letters, test_tags);
  add_test ("/window/apply-rules", library_letters, test_apply_rules);
  add_test ("/window/inbox-review", library_letters, test_inbox_review);

  return g_test_run ();
}
