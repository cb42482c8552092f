/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-properties.h"
#include "dossier-tag-chips.h"
#include "dossier-tags.h"
#include "dossier-wrap-box.h"

/* The tag whose rule suggests it for en-visit ("Visit of the President"). */
#define RULE_TAG "Presidential visits"

typedef struct
{
  char              *dir;
  char              *library_path;
  DossierLibrary    *library;
  DossierDocument   *visit;        /* "en-visit" */
  GtkWidget         *window;
  DossierProperties *properties;   /* borrowed */
  DossierTagChips   *chips;        /* borrowed: the properties' */
} Fixture;

static void
import_visit (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "en-visit.pdf", NULL);
  const char * const paths[] = { path, NULL };
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  DossierImportResult *result;

  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-visit"));
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  fixture->visit = dossier_library_dup_document (fixture->library, result->id, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const rules[] = { "visit*", NULL };
  DossierTagSpec spec = {
    .name = RULE_TAG,
    .facet = DOSSIER_FACET_ISSUE,
    .rules = rules,
    .rule_mode = DOSSIER_RULE_ANY_WORD,
  };
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  fixture->dir = g_dir_make_tmp ("dossier-tag-chips-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  /* The rule is there before the letter comes, as an officer's would be. */
  tag = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  import_visit (fixture);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 420, 900);
  overlay = adw_toast_overlay_new ();
  fixture->properties = DOSSIER_PROPERTIES (dossier_properties_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->properties));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  gtk_window_present (GTK_WINDOW (fixture->window));
  dossier_properties_set_document (fixture->properties, fixture->library, fixture->visit);
  fixture->chips = DOSSIER_TAG_CHIPS (
    gtk_widget_get_template_child (GTK_WIDGET (fixture->properties), DOSSIER_TYPE_PROPERTIES,
                                   "tag_chips"));
  g_assert_nonnull (fixture->chips);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->visit);
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->chips),
                                                   DOSSIER_TYPE_TAG_CHIPS, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
chip_name (GtkWidget *chip)
{
  for (GtkWidget *part = gtk_widget_get_first_child (chip);
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_LABEL (part))
      return gtk_label_get_text (GTK_LABEL (part));
  return NULL;
}

/* The chip of the tag called @name in the wrap box @box_name, or NULL. */
static GtkWidget *
find_chip (Fixture    *fixture,
           const char *box_name,
           const char *name)
{
  DossierWrapBox *box = child (fixture, box_name);

  for (guint i = 0; i < dossier_wrap_box_get_n_children (box); i++)
    {
      GtkWidget *chip = dossier_wrap_box_get_child (box, i);

      if (g_strcmp0 (chip_name (chip), name) == 0)
        return chip;
    }
  return NULL;
}

/* A chip's button, by its tooltip: "Accept", "Reject" or "Remove". */
static GtkWidget *
chip_button (GtkWidget  *chip,
             const char *tooltip)
{
  for (GtkWidget *part = gtk_widget_get_first_child (chip);
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_BUTTON (part) && g_strcmp0 (gtk_widget_get_tooltip_text (part), tooltip) == 0)
      return part;
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static DossierTag *
find_tag (DossierLibrary *library,
          const char     *name)
{
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_find_tag_by_name (library, NULL, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

/* "origin/state" of the document's tag @name as another connection reads
 * it: what was stored. NULL when the document has no row for it. */
static char *
stored_tag (Fixture    *fixture,
            const char *name)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;

  library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  tag = find_tag (library, name);
  tags = dossier_library_list_document_tags (library, dossier_document_get_id (fixture->visit),
                                             TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (tags, i);

      if (dossier_tag_get_id (document_tag->tag) == dossier_tag_get_id (tag))
        return g_strdup_printf ("%s/%s", dossier_tag_origin_to_string (document_tag->origin),
                                dossier_tag_state_to_string (document_tag->state));
    }
  return NULL;
}

static void
assert_stored (Fixture    *fixture,
               const char *name,
               const char *expected)
{
  g_autofree char *stored = stored_tag (fixture, name);

  g_assert_cmpstr (stored, ==, expected);
}

static GtkListView *
proposal_list (Fixture *fixture)
{
  GtkWidget *entry_row = child (fixture, "entry_row");

  for (GtkWidget *part = gtk_widget_get_first_child (entry_row);
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_POPOVER (part))
      {
        GtkWidget *scrolled = gtk_popover_get_child (GTK_POPOVER (part));

        return GTK_LIST_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)));
      }
  g_assert_not_reached ();
}

static GtkPopover *
proposal_popover (Fixture *fixture)
{
  return GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (proposal_list (fixture)),
                                               GTK_TYPE_POPOVER));
}

static GtkSingleSelection *
proposals (Fixture *fixture)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (proposal_list (fixture)));
}

static DossierTag *
proposal (Fixture *fixture,
          guint    position)
{
  DossierTag *tag = g_list_model_get_item (G_LIST_MODEL (proposals (fixture)), position);

  g_assert_nonnull (tag);
  /* The model holds it still: the caller borrows it. */
  g_object_unref (tag);
  return tag;
}

static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (child (fixture, "entry_keys"), "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static void
type_text (Fixture    *fixture,
           const char *text)
{
  gtk_editable_set_text (child (fixture, "entry_row"), text);
}

static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (child (fixture, "entry_row"), "entry-activated");
}

static gboolean
chip_shown (gpointer user_data)
{
  gpointer *args = user_data;

  return find_chip (args[0], "confirmed_box", args[1]) != NULL;
}

static void
iterate_until_confirmed_chip (Fixture    *fixture,
                              const char *name)
{
  gpointer args[] = { fixture, (gpointer) name };
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!chip_shown (args) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (chip_shown (args));
}

static void
test_suggestion_shown (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *chip = find_chip (fixture, "suggested_box", RULE_TAG);

  assert_stored (fixture, RULE_TAG, "rule/suggested");
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_has_css_class (chip, "suggested"));
  g_assert_nonnull (chip_button (chip, "Accept"));
  g_assert_nonnull (chip_button (chip, "Reject"));
  g_assert_null (chip_button (chip, "Remove"));
  g_assert_null (find_chip (fixture, "confirmed_box", RULE_TAG));
  g_assert_true (gtk_widget_get_visible (child (fixture, "suggested_row")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "accept_all_button")));
  /* The facet is said, for the tooltip and screen readers. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==, RULE_TAG ", Issue, suggested");
}

static void
test_accept (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *chip;

  click (chip_button (find_chip (fixture, "suggested_box", RULE_TAG), "Accept"));

  assert_stored (fixture, RULE_TAG, "rule/accepted");
  g_assert_null (find_chip (fixture, "suggested_box", RULE_TAG));
  chip = find_chip (fixture, "confirmed_box", RULE_TAG);
  g_assert_nonnull (chip);
  g_assert_false (gtk_widget_has_css_class (chip, "suggested"));
  g_assert_nonnull (chip_button (chip, "Remove"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==, RULE_TAG ", Issue");
}

static void
test_reject (Fixture       *fixture,
             gconstpointer  data)
{
  click (chip_button (find_chip (fixture, "suggested_box", RULE_TAG), "Reject"));

  assert_stored (fixture, RULE_TAG, "rule/rejected");
  g_assert_null (find_chip (fixture, "suggested_box", RULE_TAG));
  g_assert_null (find_chip (fixture, "confirmed_box", RULE_TAG));
  /* The library's "changed" comes later, and changes nothing. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_chip (fixture, "suggested_box", RULE_TAG));
  g_assert_null (find_chip (fixture, "confirmed_box", RULE_TAG));
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DossierTag) kyrgyzstan = find_tag (fixture->library, "Kyrgyzstan");
  g_autoptr(GError) error = NULL;

  /* Tagged elsewhere (the command line, another view): it shows once the
   * library says so. */
  dossier_library_tag_document (fixture->library, dossier_document_get_id (fixture->visit),
                                kyrgyzstan, &error);
  g_assert_no_error (error);
  iterate_until_confirmed_chip (fixture, "Kyrgyzstan");

  click (chip_button (find_chip (fixture, "confirmed_box", "Kyrgyzstan"), "Remove"));

  assert_stored (fixture, "Kyrgyzstan", "manual/rejected");
  g_assert_null (find_chip (fixture, "confirmed_box", "Kyrgyzstan"));
}

static void
test_accept_all (Fixture       *fixture,
                 gconstpointer  data)
{
  DossierWrapBox *suggested = child (fixture, "suggested_box");
  DossierWrapBox *confirmed = child (fixture, "confirmed_box");
  guint n_suggested = dossier_wrap_box_get_n_children (suggested);
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n_suggested, >, 1);
  g_assert_cmpuint (dossier_wrap_box_get_n_children (confirmed), ==, 0);

  click (child (fixture, "accept_all_button"));

  tags = dossier_library_list_document_tags (fixture->library,
                                             dossier_document_get_id (fixture->visit), TRUE,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, n_suggested);
  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpint (((DossierDocumentTag *) g_ptr_array_index (tags, i))->state, ==,
                     DOSSIER_TAG_ACCEPTED);
  g_assert_cmpuint (dossier_wrap_box_get_n_children (confirmed), ==, n_suggested);
  g_assert_cmpuint (dossier_wrap_box_get_n_children (suggested), ==, 0);
  g_assert_false (gtk_widget_get_visible (child (fixture, "suggested_row")));
}

static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  GtkSingleSelection *selection = proposals (fixture);
  GtkPopover *popover = proposal_popover (fixture);

  /* A prefix, in another case: the tag it starts first, then the tag with
   * a later word it starts, then the offer to create. */
  type_text (fixture, "kYRGYZ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 3);
  g_assert_cmpstr (dossier_tag_get_name (proposal (fixture, 0)), ==, "Kyrgyzstan");
  g_assert_cmpstr (dossier_tag_get_facet (proposal (fixture, 0)), ==, "country");
  g_assert_cmpstr (dossier_tag_get_name (proposal (fixture, 1)), ==, "Bir Duino Kyrgyzstan");
  g_assert_cmpint (dossier_tag_get_id (proposal (fixture, 2)), ==, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Down, Up and Escape move through the proposals and close them. */
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Escape));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (press_key (fixture, GDK_KEY_Escape));
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  press_enter (fixture);

  assert_stored (fixture, "Kyrgyzstan", "manual/accepted");
  g_assert_nonnull (find_chip (fixture, "confirmed_box", "Kyrgyzstan"));
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "entry_row")), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* What the document has is not proposed again, nor offered to create. */
  type_text (fixture, "Kyrgyzstan");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_cmpstr (dossier_tag_get_name (proposal (fixture, 0)), ==, "Bir Duino Kyrgyzstan");
}

static void
test_complete_folded (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const aliases[] = { "Эмили Дюпре", NULL };
  DossierTagSpec spec = {
    .name = "Émilie Dupré",
    .facet = DOSSIER_FACET_CASE,
    .aliases = aliases,
  };
  g_autoptr(DossierTag) tag = dossier_library_create_tag (fixture->library, &spec, NULL);

  g_assert_nonnull (tag);

  /* Without its accents, a later word, or an alias in another script. */
  type_text (fixture, "emilie");
  g_assert_cmpint (dossier_tag_get_id (proposal (fixture, 0)), ==, dossier_tag_get_id (tag));
  type_text (fixture, "DUPRE");
  g_assert_cmpint (dossier_tag_get_id (proposal (fixture, 0)), ==, dossier_tag_get_id (tag));
  type_text (fixture, "дюпре");
  g_assert_cmpint (dossier_tag_get_id (proposal (fixture, 0)), ==, dossier_tag_get_id (tag));
  /* Its whole name: nothing to create. */
  type_text (fixture, "emilie dupre");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (proposals (fixture))), ==, 1);

  press_enter (fixture);
  assert_stored (fixture, "Émilie Dupré", "manual/accepted");
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  GtkSingleSelection *selection = proposals (fixture);
  g_autoptr(DossierTag) created = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  type_text (fixture, "  Nadia Petrova ");
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpint (dossier_tag_get_id (proposal (fixture, n - 1)), ==, 0);
  g_assert_cmpstr (dossier_tag_get_name (proposal (fixture, n - 1)), ==, "Nadia Petrova");
  for (guint i = 0; i + 1 < n; i++)
    g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, n - 1);

  press_enter (fixture);

  created = dossier_library_find_tag_by_name (fixture->library, NULL, "Nadia Petrova", &error);
  g_assert_no_error (error);
  g_assert_nonnull (created);
  g_assert_cmpstr (dossier_tag_get_facet (created), ==, DOSSIER_FACET_CASE);
  assert_stored (fixture, "Nadia Petrova", "manual/accepted");
  g_assert_nonnull (find_chip (fixture, "confirmed_box", "Nadia Petrova"));
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "entry_row")), ==, "");
}

static void
test_refresh_keeps_entry (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *entry_row = child (fixture, "entry_row");
  g_autoptr(DossierTag) kyrgyzstan = find_tag (fixture->library, "Kyrgyzstan");
  g_autoptr(DossierTag) rule_tag = find_tag (fixture->library, RULE_TAG);
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;

  g_assert_true (gtk_widget_grab_focus (entry_row));
  type_text (fixture, "Tajik");

  /* Another view tags the document, and renames a tag. */
  dossier_library_tag_document (fixture->library, dossier_document_get_id (fixture->visit),
                                kyrgyzstan, &error);
  g_assert_no_error (error);
  iterate_until_confirmed_chip (fixture, "Kyrgyzstan");
  dossier_library_rename_tag (fixture->library, rule_tag, "State visits", &error);
  g_assert_no_error (error);

  g_assert_nonnull (find_chip (fixture, "suggested_box", "State visits"));
  g_assert_null (find_chip (fixture, "suggested_box", RULE_TAG));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row)), ==, "Tajik");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry_row || gtk_widget_is_ancestor (focus, entry_row));
  g_assert_cmpstr (dossier_tag_get_name (proposal (fixture, 0)), ==, "Tajikistan");
}

static void
test_switch_document (Fixture       *fixture,
                      gconstpointer  data)
{
  type_text (fixture, "Kyr");
  dossier_properties_set_document (fixture->properties, NULL, NULL);
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "entry_row")), ==, "");
  g_assert_null (find_chip (fixture, "suggested_box", RULE_TAG));

  dossier_properties_set_document (fixture->properties, fixture->library, fixture->visit);
  g_assert_nonnull (find_chip (fixture, "suggested_box", RULE_TAG));
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

static void
add_test (const char *path,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  /* Tooltips are compared with the untranslated text. */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/tag-chips/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();

  add_test ("/tag-chips/suggestion-shown", test_suggestion_shown);
  add_test ("/tag-chips/accept", test_accept);
  add_test ("/tag-chips/reject", test_reject);
  add_test ("/tag-chips/remove", test_remove);
  add_test ("/tag-chips/accept-all", test_accept_all);
  add_test ("/tag-chips/complete", test_complete);
  add_test ("/tag-chips/complete-folded", test_complete_folded);
  add_test ("/tag-chips/create", test_create);
  add_test ("/tag-chips/refresh-keeps-entry", test_refresh_keeps_entry);
  add_test ("/tag-chips/switch-document", test_switch_document);

  return g_test_run ();
}
