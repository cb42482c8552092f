/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The tag manager and tagging a selection, under Xvfb: on a real library,
 * with the main window open, driven as a user would. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "dossier-bulk-tag.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-new-tag-dialog.h"
#include "dossier-tag-editor.h"
#include "dossier-tag-manager.h"
#include "dossier-tag-picker.h"
#include "dossier-tag-row.h"
#include "dossier-tags.h"
#include "dossier-window.h"

#define TIMEOUT_SECONDS 20

/* "torture" is written in en-press, en-briefing and fr-letter, not in
 * ru-letter; "journalist…" in none of them (see dossier-fixtures.c). */
static const char * const letters[] = {
  "en-briefing", "en-press", "ru-letter", "fr-letter", NULL
};

/* The letters are imported once, into a library each test copies. */
static char *template_dir;
static GHashTable *template_ids;   /* letter name → gint64 id */

typedef struct
{
  char              *dir;
  DossierLibrary    *library;
  GHashTable        *ids;       /* borrowed: template_ids */
  DossierWindow     *window;
  DossierTagManager *manager;   /* borrowed: it belongs to the window */
  DossierTag        *alpha;     /* issue */
  DossierTag        *beta;      /* issue, under alpha */
  DossierTag        *gamma;     /* case */
} Fixture;

/* ---- waiting ---- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

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

static void
run_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

/* ---- finding widgets ---- */

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

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
match_undo_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
         gtk_widget_is_sensitive (widget);
}

static gboolean
match_toast_title (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* Toasts are the overlay's children other than its content. */
static GtkWidget *
find_in_toasts (GtkWidget     *root,
                WidgetMatch    match,
                gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_TOAST_OVERLAY (child))
        {
          GtkWidget *content = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (child));

          for (GtkWidget *toast = gtk_widget_get_first_child (child); toast != NULL;
               toast = gtk_widget_get_next_sibling (toast))
            if (toast != content && (found = find_descendant (toast, match, data)) != NULL)
              return found;
        }
      found = find_in_toasts (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} ToastWait;

static gboolean
toast_shown (gpointer data)
{
  ToastWait *wait = data;

  return find_in_toasts (wait->root, match_toast_title, wait->text) != NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return find_in_toasts (data, match_undo_button, NULL) != NULL;
}

static void
click_undo (GtkWidget *root)
{
  GtkWidget *undo;

  wait_until (undo_shown, root, "the toast's Undo button");
  undo = find_in_toasts (root, match_undo_button, NULL);
  g_signal_emit_by_name (undo, "clicked");
}

static gpointer
toplevel_of_type (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
toplevel_shown (gpointer data)
{
  return toplevel_of_type (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  return toplevel_of_type (GPOINTER_TO_SIZE (data)) == NULL;
}

static gpointer
wait_for_toplevel (GType type)
{
  wait_until (toplevel_shown, GSIZE_TO_POINTER (type), g_type_name (type));
  return toplevel_of_type (type);
}

static gpointer
manager_child (Fixture    *fixture,
               const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->manager),
                                                   DOSSIER_TYPE_TAG_MANAGER, name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (manager_child (fixture, "editor"),
                                                   DOSSIER_TYPE_TAG_EDITOR, name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
picker_child (DossierTagPicker *picker,
              const char       *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (picker), DOSSIER_TYPE_TAG_PICKER,
                                                   name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
dialog_child (DossierNewTagDialog *dialog,
              const char          *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                   DOSSIER_TYPE_NEW_TAG_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

/* The row of the manager's list that shows the tag @id. */
static GtkListBoxRow *
manager_row (Fixture *fixture,
             gint64   id)
{
  GtkListBox *list = manager_child (fixture, "tag_list");
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (dossier_tag_get_id (dossier_tag_row_get_tag (row)) == id)
      return row;
  return NULL;
}

static const char *
row_name (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return gtk_label_get_text (GTK_LABEL (child));
  return NULL;
}

/* ---- the library ---- */

static gint64
letter_id (Fixture    *fixture,
           const char *name)
{
  gint64 *id = g_hash_table_lookup (fixture->ids, name);

  g_assert_nonnull (id);
  return *id;
}

static void
make_template (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;

  template_dir = g_dir_make_tmp ("dossier-tag-manager-template-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (template_dir, "library", NULL);
  library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import = dossier_import_new (library);
  template_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; letters[i] != NULL; i++)
    {
      g_autofree char *file_name = g_strconcat (letters[i], ".pdf", NULL);
      char *path = g_build_filename (template_dir, file_name, NULL);

      dossier_fixture_write_letter (path, dossier_fixture_letter (letters[i]));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *base = g_path_get_basename (result->path);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      *strrchr (base, '.') = '\0';
      g_hash_table_insert (template_ids, g_strdup (base), g_memdup2 (&result->id, sizeof (gint64)));
    }
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

static DossierTag *
find_tag (Fixture *fixture,
          gint64   id)
{
  return dossier_library_find_tag (fixture->library, id, NULL);
}

/* "origin/state" of the letter's row for @tag_id, or "none". */
static char *
stored_state (Fixture    *fixture,
              const char *letter,
              gint64      tag_id)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;

  tags = dossier_library_list_document_tags (fixture->library, letter_id (fixture, letter), TRUE,
                                             &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (tags, i);

      if (dossier_tag_get_id (document_tag->tag) == tag_id)
        return g_strdup_printf ("%s/%s", dossier_tag_origin_to_string (document_tag->origin),
                                dossier_tag_state_to_string (document_tag->state));
    }
  return g_strdup ("none");
}

#define assert_state(fixture, letter, tag_id, expected)             \
  G_STMT_START {                                                    \
    g_autofree char *_state = stored_state (fixture, letter, tag_id); \
    g_assert_cmpstr (_state, ==, expected);                         \
  } G_STMT_END

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

/* ---- fixture ---- */

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *library_path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-tag-manager-XXXXXX", &error);
  g_assert_no_error (error);
  copy = g_strdup_printf ("cp -a '%s/library' '%s/library'", template_dir, fixture->dir);
  g_assert_cmpint (system (copy), ==, 0);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->ids = template_ids;
  fixture->alpha = create_tag (fixture, "Manager alpha", "issue", NULL);
  fixture->beta = create_tag (fixture, "Manager beta", "issue", fixture->alpha);
  fixture->gamma = create_tag (fixture, "Manager gamma", "case", NULL);

  /* The main window, for the tests that need it: it costs the most. */
  if (GPOINTER_TO_INT (data))
    {
      fixture->window = dossier_window_new (NULL, fixture->library);
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
      gtk_window_present (GTK_WINDOW (fixture->window));
      wait_until (window_mapped, fixture->window, "the window to be mapped");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.manage-tags",
                                                 NULL));
      fixture->manager = wait_for_toplevel (DOSSIER_TYPE_TAG_MANAGER);
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->manager)) ==
                     GTK_WINDOW (fixture->window));
    }
  else
    {
      fixture->manager = dossier_tag_manager_new (NULL, fixture->library);
      gtk_window_present (GTK_WINDOW (fixture->manager));
    }
  wait_until (window_mapped, fixture->manager, "the tag manager to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);
  g_autoptr(GList) toplevels = NULL;

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  run_for (20);
  g_clear_object (&fixture->alpha);
  g_clear_object (&fixture->beta);
  g_clear_object (&fixture->gamma);
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

static void
select_tag (Fixture    *fixture,
            DossierTag *tag)
{
  GtkListBoxRow *row = manager_row (fixture, dossier_tag_get_id (tag));

  g_assert_nonnull (row);
  gtk_list_box_select_row (manager_child (fixture, "tag_list"), row);
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==,
                   dossier_tag_get_id (tag));
}

/* What the manager reloads after a change, at idle, and what GTK has to
 * do after it. */
static void
settle (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* ---- /tag-manager/open ---- */

/* One manager per window: the action shows it again. */
static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  GtkListBoxRow *row = manager_row (fixture, dossier_tag_get_id (fixture->beta));

  g_assert_nonnull (row);
  g_assert_cmpstr (row_name (row), ==, "Manager beta");
  /* Under its parent, set in. */
  g_assert_cmpint (gtk_widget_get_margin_start (gtk_list_box_row_get_child (row)), >,
                   gtk_widget_get_margin_start (gtk_list_box_row_get_child (
                     manager_row (fixture, dossier_tag_get_id (fixture->alpha)))));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (manager_child (fixture, "editor_stack")), ==,
                   "none");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.manage-tags",
                                             NULL));
  g_assert_true (dossier_tag_manager_present (GTK_WINDOW (fixture->window), fixture->library) ==
                 fixture->manager);
}

/* ---- /tag-manager/search ---- */

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkListBoxRow *alpha = manager_row (fixture, dossier_tag_get_id (fixture->alpha));
  GtkListBoxRow *gamma = manager_row (fixture, dossier_tag_get_id (fixture->gamma));

  gtk_editable_set_text (manager_child (fixture, "search_entry"), "manager g");
  g_signal_emit_by_name (manager_child (fixture, "search_entry"), "search-changed");
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (alpha)));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (gamma)));

  g_signal_emit_by_name (manager_child (fixture, "search_entry"), "activate");
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==,
                   dossier_tag_get_id (fixture->gamma));

  gtk_editable_set_text (manager_child (fixture, "search_entry"), "no such tag at all");
  g_signal_emit_by_name (manager_child (fixture, "search_entry"), "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (manager_child (fixture, "list_stack")), ==,
                   "no-match");
}

/* ---- /tag-manager/create ---- */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  DossierNewTagDialog *dialog;
  g_autoptr(DossierTag) created = NULL;
  g_autoptr(GError) error = NULL;
  GtkLabel *error_label;
  gint64 id;

  select_tag (fixture, fixture->gamma);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->manager), "tags.new", NULL));
  dialog = wait_for_toplevel (DOSSIER_TYPE_NEW_TAG_DIALOG);

  /* A name that the facet has already: said in the dialog, which stays. */
  gtk_editable_set_text (dialog_child (dialog, "name_row"),
                         "manager GAMMA");
  g_signal_emit_by_name (dialog_child (dialog, "create_button"), "clicked");
  error_label = dialog_child (dialog, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "already a tag"));
  g_assert_true (toplevel_of_type (DOSSIER_TYPE_NEW_TAG_DIALOG) == dialog);

  /* The facet of the tag selected is offered first: a case. */
  gtk_editable_set_text (dialog_child (dialog, "name_row"),
                         "Aigul Serikbayeva");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  gtk_editable_set_text (dialog_child (dialog, "description_row"),
                         "Journalist, detained in 2021");
  gtk_switch_set_active (dialog_child (dialog, "confidential_switch"), TRUE);
  g_signal_emit_by_name (dialog_child (dialog, "name_row"),
                         "entry-activated");
  wait_until (toplevel_gone, GSIZE_TO_POINTER (DOSSIER_TYPE_NEW_TAG_DIALOG), "the dialog to close");

  created = dossier_library_find_tag_by_name (fixture->library, "case", "Aigul Serikbayeva",
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_description (created), ==, "Journalist, detained in 2021");
  g_assert_true (dossier_tag_get_confidential (created));
  g_assert_cmpint (dossier_tag_get_parent_id (created), ==, 0);
  g_assert_cmpstr (dossier_tag_get_colour (created), ==, dossier_tag_default_colour ("case"));
  id = dossier_tag_get_id (created);
  settle ();
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "name_row")), ==,
                   "Aigul Serikbayeva");
  g_assert_nonnull (manager_row (fixture, id));
}

/* ---- /tag-manager/rename ---- */

static void
test_rename (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 id = dossier_tag_get_id (fixture->alpha);
  AdwEntryRow *name_row;
  g_autoptr(DossierTag) stored = NULL;
  ToastWait taken = { GTK_WIDGET (fixture->manager), "already a tag" };

  select_tag (fixture, fixture->alpha);
  name_row = editor_child (fixture, "name_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Manager alpha");

  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Manager omega ");
  g_signal_emit_by_name (name_row, "apply");
  settle ();
  stored = find_tag (fixture, id);
  g_assert_cmpstr (dossier_tag_get_name (stored), ==, "Manager omega");
  g_assert_cmpstr (row_name (manager_row (fixture, id)), ==, "Manager omega");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Manager omega");
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==, id);

  /* Another tag's name: refused, said, and what was typed stays to fix. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Manager beta");
  g_signal_emit_by_name (name_row, "apply");
  wait_until (toast_shown, &taken, "the toast saying the name is taken");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Manager beta");
  g_clear_object (&stored);
  stored = find_tag (fixture, id);
  g_assert_cmpstr (dossier_tag_get_name (stored), ==, "Manager omega");
}

/* ---- /tag-manager/edit ---- */

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 id = dossier_tag_get_id (fixture->gamma);
  g_autoptr(DossierTag) stored = NULL;

  select_tag (fixture, fixture->gamma);
  gtk_editable_set_text (editor_child (fixture, "description_row"), "Opposition leader");
  g_signal_emit_by_name (editor_child (fixture, "description_row"), "apply");
  gtk_switch_set_active (editor_child (fixture, "confidential_switch"), TRUE);

  /* As a swatch of the palette does. */
  g_object_set (editor_child (fixture, "colour_button"), "colour", "#e01b24", NULL);
  g_signal_emit_by_name (editor_child (fixture, "colour_button"), "colour-set");

  gtk_editable_set_text (editor_child (fixture, "alias_row"), "Gamma-Kozlov");
  g_signal_emit_by_name (editor_child (fixture, "alias_row"), "apply");
  settle ();

  stored = find_tag (fixture, id);
  g_assert_cmpstr (dossier_tag_get_description (stored), ==, "Opposition leader");
  g_assert_true (dossier_tag_get_confidential (stored));
  g_assert_cmpstr (dossier_tag_get_colour (stored), ==, "#e01b24");
  g_assert_cmpuint (g_strv_length ((char **) dossier_tag_get_aliases (stored)), ==, 1);
  g_assert_cmpstr (dossier_tag_get_aliases (stored)[0], ==, "Gamma-Kozlov");
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "alias_row")), ==, "");
}

/* ---- /tag-manager/move ---- */

static guint
parent_position (Fixture *fixture,
                 gint64   id)
{
  AdwComboRow *row = editor_child (fixture, "parent_row");
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (model, i);

      if (dossier_tag_get_id (tag) == id)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 alpha = dossier_tag_get_id (fixture->alpha);
  gint64 beta = dossier_tag_get_id (fixture->beta);
  ToastWait loop = { GTK_WIDGET (fixture->manager), "one of its own sub-tags" };
  g_autoptr(DossierTag) stored = NULL;
  AdwComboRow *parent_row;

  /* Under its own child: refused with the reason, and the choice undone. */
  select_tag (fixture, fixture->alpha);
  parent_row = editor_child (fixture, "parent_row");
  g_assert_cmpuint (adw_combo_row_get_selected (parent_row), ==, 0);
  adw_combo_row_set_selected (parent_row, parent_position (fixture, beta));
  wait_until (toast_shown, &loop, "the toast saying why not");
  g_assert_cmpuint (adw_combo_row_get_selected (parent_row), ==, 0);
  stored = find_tag (fixture, alpha);
  g_assert_cmpint (dossier_tag_get_parent_id (stored), ==, 0);

  /* The child to the top. */
  select_tag (fixture, fixture->beta);
  parent_row = editor_child (fixture, "parent_row");
  g_assert_cmpuint (adw_combo_row_get_selected (parent_row), ==, parent_position (fixture, alpha));
  adw_combo_row_set_selected (parent_row, 0);
  settle ();
  g_clear_object (&stored);
  stored = find_tag (fixture, beta);
  g_assert_cmpint (dossier_tag_get_parent_id (stored), ==, 0);
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==, beta);
  g_assert_cmpint (gtk_widget_get_margin_start (gtk_list_box_row_get_child (
                     manager_row (fixture, beta))), ==, 0);
}

/* ---- /tag-manager/merge ---- */

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 from = dossier_tag_get_id (fixture->gamma);
  gint64 into = dossier_tag_get_id (fixture->alpha);
  g_autoptr(DossierTag) gone = NULL;
  g_autoptr(DossierTag) stored = NULL;
  AdwMessageDialog *dialog;
  DossierTagPicker *picker;
  GtkListBoxRow *selected;

  tag_letter (fixture, "en-press", fixture->gamma);
  tag_letter (fixture, "ru-letter", fixture->gamma);
  tag_letter (fixture, "fr-letter", fixture->alpha);
  settle ();

  select_tag (fixture, fixture->gamma);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->manager), "tags.merge", NULL));
  picker = wait_for_toplevel (DOSSIER_TYPE_TAG_PICKER);
  /* Not into itself. */
  gtk_editable_set_text (picker_child (picker, "search_entry"), "Manager gamma");
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "search-changed");
  g_assert_null (gtk_list_box_get_selected_row (picker_child (picker, "list")));
  g_assert_false (gtk_widget_get_sensitive (picker_child (picker, "accept_button")));

  gtk_editable_set_text (picker_child (picker, "search_entry"), "manager al");
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "search-changed");
  selected = gtk_list_box_get_selected_row (picker_child (picker, "list"));
  g_assert_nonnull (selected);
  g_assert_cmpint (dossier_tag_get_id (dossier_tag_row_get_tag (selected)), ==, into);
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "activate");

  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Merge “Manager gamma” into “Manager alpha”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "2 documents tagged “Manager gamma” will be tagged “Manager alpha”"));
  adw_message_dialog_response (dialog, "merge");
  settle ();

  gone = find_tag (fixture, from);
  g_assert_null (gone);
  assert_state (fixture, "en-press", into, "manual/accepted");
  assert_state (fixture, "ru-letter", into, "manual/accepted");
  assert_state (fixture, "fr-letter", into, "manual/accepted");
  stored = find_tag (fixture, into);
  g_assert_true (g_strv_contains (dossier_tag_get_aliases (stored), "Manager gamma"));
  g_assert_null (manager_row (fixture, from));
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==, into);
}

/* Cancelled, nothing is merged. */
static void
test_merge_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) stored = NULL;
  AdwMessageDialog *dialog;
  DossierTagPicker *picker;

  select_tag (fixture, fixture->gamma);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->manager), "tags.merge", NULL));
  picker = wait_for_toplevel (DOSSIER_TYPE_TAG_PICKER);
  gtk_editable_set_text (picker_child (picker, "search_entry"), "Manager beta");
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "search-changed");
  g_signal_emit_by_name (picker_child (picker, "accept_button"), "clicked");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "No document carries"));
  adw_message_dialog_response (dialog, "cancel");
  settle ();
  stored = find_tag (fixture, dossier_tag_get_id (fixture->gamma));
  g_assert_nonnull (stored);
}

/* ---- /tag-manager/delete-undo ---- */

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 alpha = dossier_tag_get_id (fixture->alpha);
  gint64 beta = dossier_tag_get_id (fixture->beta);
  g_autoptr(DossierTag) gone = NULL;
  g_autoptr(DossierTag) back = NULL;
  g_autoptr(DossierTag) child = NULL;
  g_autoptr(GError) error = NULL;
  ToastWait deleted = { GTK_WIDGET (fixture->manager), "Deleted “Manager alpha”" };

  g_assert_true (dossier_library_add_tag_alias (fixture->library, fixture->alpha, "Alpha alias",
                                                &error));
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, fixture->alpha,
                                                 DOSSIER_RULE_PHRASE, "alpha phrase", &error), >,
                   0);
  tag_letter (fixture, "en-press", fixture->alpha);
  g_assert_true (dossier_library_untag_document (fixture->library,
                                                 letter_id (fixture, "ru-letter"),
                                                 fixture->alpha, &error));
  settle ();

  select_tag (fixture, fixture->alpha);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->manager), "tags.delete", NULL));
  wait_until (toast_shown, &deleted, "the deletion's toast");
  gone = find_tag (fixture, alpha);
  g_assert_null (gone);
  g_assert_null (manager_row (fixture, alpha));
  child = find_tag (fixture, beta);
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, 0);
  /* Its neighbour in the list is edited now. */
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), !=, 0);

  click_undo (GTK_WIDGET (fixture->manager));
  settle ();
  back = find_tag (fixture, alpha);
  g_assert_nonnull (back);
  g_assert_cmpstr (dossier_tag_get_name (back), ==, "Manager alpha");
  g_assert_cmpstr (dossier_tag_get_aliases (back)[0], ==, "Alpha alias");
  assert_state (fixture, "en-press", alpha, "manual/accepted");
  assert_state (fixture, "ru-letter", alpha, "manual/rejected");
  g_clear_object (&child);
  child = find_tag (fixture, beta);
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, alpha);
  g_assert_nonnull (manager_row (fixture, alpha));
  g_assert_cmpint (dossier_tag_manager_get_selected_id (fixture->manager), ==, alpha);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "name_row")), ==,
                   "Manager alpha");
}

/* Closing the manager with the toast still up keeps the deletion. */
static void
test_delete_close (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 gamma = dossier_tag_get_id (fixture->gamma);
  g_autoptr(DossierTag) gone = NULL;

  select_tag (fixture, fixture->gamma);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->manager), "tags.delete", NULL));
  wait_until (undo_shown, fixture->manager, "the toast's Undo button");
  gtk_window_close (GTK_WINDOW (fixture->manager));
  wait_until (toplevel_gone, GSIZE_TO_POINTER (DOSSIER_TYPE_TAG_MANAGER), "the manager to close");
  gone = find_tag (fixture, gamma);
  g_assert_null (gone);
}

/* ---- /tag-manager/rule-preview ---- */

typedef struct
{
  Fixture    *fixture;
  const char *subtitle;
} PreviewWait;

static gboolean
preview_says (gpointer data)
{
  PreviewWait *wait = data;

  return g_strcmp0 (adw_action_row_get_subtitle (editor_child (wait->fixture, "preview_row")),
                    wait->subtitle) == 0;
}

static void
test_rule_preview (Fixture       *fixture,
                   gconstpointer  data)
{
  PreviewWait three = { fixture, "3 of 4 documents" };
  PreviewWait none = { fixture, "0 of 4 documents" };
  PreviewWait counting = { fixture, "Counting…" };
  AdwEntryRow *rule_row;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  const char *subtitle;

  select_tag (fixture, fixture->beta);
  rule_row = editor_child (fixture, "rule_row");

  gtk_editable_set_text (GTK_EDITABLE (rule_row), "tortur");
  gtk_editable_set_text (GTK_EDITABLE (rule_row), "torture");
  wait_until (preview_says, &three, "the count of “torture”");
  g_assert_cmpstr (gtk_label_get_text (editor_child (fixture, "preview_count")), ==, "3");

  gtk_editable_set_text (GTK_EDITABLE (rule_row), "journalist*");
  wait_until (preview_says, &counting, "the count to start again");
  wait_until (preview_says, &none, "the count of “journalist*”");

  /* A regular expression that does not compile says why, at once. */
  adw_combo_row_set_selected (editor_child (fixture, "rule_mode_row"), DOSSIER_RULE_REGEX);
  gtk_editable_set_text (GTK_EDITABLE (rule_row), "tortur(e");
  wait_until (preview_says, &counting, "the count to start");
  run_for (500);
  subtitle = adw_action_row_get_subtitle (editor_child (fixture, "preview_row"));
  g_assert_cmpstr (subtitle, !=, "Counting…");
  g_assert_nonnull (strstr (subtitle, "(e"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (rule_row), "error"));
  g_signal_emit_by_name (rule_row, "apply");
  rules = dossier_library_list_tag_rules (fixture->library, fixture->beta, &error);
  g_assert_cmpuint (rules->len, ==, 0);
  g_clear_pointer (&rules, g_ptr_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (rule_row), "tortur(e|ed)");
  wait_until (preview_says, &three, "the count of the regular expression");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (rule_row), "error"));
  g_signal_emit_by_name (rule_row, "apply");
  settle ();
  rules = dossier_library_list_tag_rules (fixture->library, fixture->beta, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 1);
  g_assert_cmpstr (((DossierTagRule *) rules->pdata[0])->pattern, ==, "tortur(e|ed)");
  g_assert_cmpint (((DossierTagRule *) rules->pdata[0])->mode, ==, DOSSIER_RULE_REGEX);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rule_row)), ==, "");
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "rule_list")));
}

/* ---- /tag-manager/bulk-tag ---- */

static gboolean
match_column_view (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_COLUMN_VIEW (widget);
}

static void
select_letter (Fixture    *fixture,
               const char *name,
               gboolean    unselect_rest)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (fixture->window),
                                                          match_column_view, NULL));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  gint64 id = letter_id (fixture, name);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierDocument) document = g_list_model_get_item (model, i);

      if (dossier_document_get_id (document) == id)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), i, unselect_rest);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_bulk_tag (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 gamma = dossier_tag_get_id (fixture->gamma);
  ToastWait tagged = { GTK_WIDGET (fixture->window), "2 documents tagged “Manager gamma”" };
  DossierTagPicker *picker;
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (fixture->manager));
  /* One had it removed, one never had it, one has it already. */
  g_assert_true (dossier_library_untag_document (fixture->library, letter_id (fixture, "en-press"),
                                                 fixture->gamma, &error));
  tag_letter (fixture, "fr-letter", fixture->gamma);
  settle ();
  select_letter (fixture, "en-press", TRUE);
  select_letter (fixture, "en-briefing", FALSE);
  select_letter (fixture, "fr-letter", FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.tag-selection",
                                             NULL));
  picker = wait_for_toplevel (DOSSIER_TYPE_TAG_PICKER);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (picker)), ==, "Add Tag");
  g_assert_cmpstr (adw_window_title_get_subtitle (picker_child (picker, "window_title")), ==,
                   "3 documents");
  gtk_editable_set_text (picker_child (picker, "search_entry"), "gamma");
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "search-changed");
  g_signal_emit_by_name (picker_child (picker, "search_entry"), "activate");
  wait_until (toplevel_gone, GSIZE_TO_POINTER (DOSSIER_TYPE_TAG_PICKER), "the picker to close");

  assert_state (fixture, "en-press", gamma, "manual/accepted");
  assert_state (fixture, "en-briefing", gamma, "manual/accepted");
  assert_state (fixture, "fr-letter", gamma, "manual/accepted");
  assert_state (fixture, "ru-letter", gamma, "none");
  wait_until (toast_shown, &tagged, "the toast of the tagging");

  click_undo (GTK_WIDGET (fixture->window));
  settle ();
  assert_state (fixture, "en-press", gamma, "manual/rejected");
  assert_state (fixture, "en-briefing", gamma, "none");
  assert_state (fixture, "fr-letter", gamma, "manual/accepted");
}

/* With nothing selected there is nothing to tag. */
static void
test_bulk_tag_nothing (Fixture       *fixture,
                       gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.tag-selection", NULL);
  run_for (2000);
  g_assert_null (toplevel_of_type (DOSSIER_TYPE_TAG_PICKER));
}

static void
test_describe (void)
{
  g_autofree char *one = dossier_bulk_tag_describe (1, 3, "Torture");
  g_autofree char *many = dossier_bulk_tag_describe (12, 12, "Torture");
  g_autofree char *none = dossier_bulk_tag_describe (0, 4, "Torture");
  g_autofree char *single = dossier_bulk_tag_describe (0, 1, "Torture");

  g_assert_cmpstr (one, ==, "1 document tagged “Torture”");
  g_assert_cmpstr (many, ==, "12 documents tagged “Torture”");
  g_assert_cmpstr (none, ==, "Every document selected already has “Torture”");
  g_assert_cmpstr (single, ==, "The document already has “Torture”");
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, func, fixture_tear_down)
#define ADD_WITH_WINDOW(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_autofree char *command = NULL;
  int status;

  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tag-manager/describe", test_describe);
  if (!gtk_init_check ())
    {
      g_test_add_func ("/tag-manager/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/dossierapp/Dossier/icons");

  ADD_WITH_WINDOW ("/tag-manager/open", test_open);
  ADD ("/tag-manager/search", test_search);
  ADD ("/tag-manager/create", test_create);
  ADD ("/tag-manager/rename", test_rename);
  ADD ("/tag-manager/edit", test_edit);
  ADD ("/tag-manager/move", test_move);
  ADD ("/tag-manager/merge", test_merge);
  ADD ("/tag-manager/merge/cancel", test_merge_cancel);
  ADD ("/tag-manager/delete-undo", test_delete_undo);
  ADD ("/tag-manager/delete-undo/close", test_delete_close);
  ADD ("/tag-manager/rule-preview", test_rule_preview);
  ADD_WITH_WINDOW ("/tag-manager/bulk-tag", test_bulk_tag);
  ADD_WITH_WINDOW ("/tag-manager/bulk-tag/nothing", test_bulk_tag_nothing);

  make_template ();
  status = g_test_run ();
  command = g_strdup_printf ("rm -rf '%s'", template_dir);
  g_assert_cmpint (system (command), ==, 0);
  g_clear_pointer (&template_ids, g_hash_table_unref);
  g_free (template_dir);
  return status;
}
