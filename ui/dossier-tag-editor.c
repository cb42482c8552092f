/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-colour-button.h"
#include "dossier-rule-preview.h"
#include "dossier-tag-editor.h"
#include "dossier-tag-row.h"
#include "dossier-tags.h"

/* Typing pauses this long before the rule's matches are counted. */
#define PREVIEW_DELAY_MS 300

/* In the order of DossierRuleMode, as the mode row lists them. */
static const char * const mode_labels[] = {
  N_("Any of the words"),
  N_("All of the words"),
  N_("Exact phrase"),
  N_("Regular expression"),
};

struct _DossierTagEditor
{
  AdwBin               parent_instance;

  DossierLibrary      *library;          /* owned */
  DossierTag          *tag;              /* owned */
  GListStore          *parents;          /* owned: DossierTag; the first, id 0, is "none" */
  char                *shown_name;       /* owned: what the name row was given */
  char                *shown_description;
  guint                updating;         /* > 0 while rows are set from code */
  GCancellable        *preview_cancellable;  /* owned while a count runs */
  guint                preview_timeout;

  AdwPreferencesPage  *page;
  AdwEntryRow         *name_row;
  DossierColourButton *colour_button;
  AdwEntryRow         *description_row;
  GtkSwitch           *confidential_switch;
  GtkLabel            *facet_label;
  AdwComboRow         *parent_row;
  GtkListBox          *alias_list;
  AdwEntryRow         *alias_row;
  GtkListBox          *rule_list;
  AdwEntryRow         *rule_row;
  AdwComboRow         *rule_mode_row;
  AdwActionRow        *preview_row;
  GtkSpinner          *preview_spinner;
  GtkLabel            *preview_count;
};

G_DEFINE_FINAL_TYPE (DossierTagEditor, dossier_tag_editor, ADW_TYPE_BIN)

/* ---- helpers ---- */

static void
show_toast (DossierTagEditor *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* A row's text set from code is no edit: no apply button for it. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The row shows @value unless the user is changing what it showed. */
static void
refresh_entry (AdwEntryRow  *row,
               char        **shown,
               const char   *value,
               gboolean      same_tag)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (!same_tag || g_strcmp0 (text, *shown ? *shown : "") == 0)
    set_entry_text (row, value);
  g_free (*shown);
  *shown = g_strdup (value ? value : "");
}

/* Rows of a boxed list other than the ones of the template. */
static void
remove_added_rows (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (g_object_get_data (G_OBJECT (child), "added") != NULL)
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static GtkWidget *
remove_button_new (const char *tooltip,
                   const char *accessible_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static GtkWidget *
added_row_new (const char *title,
               const char *subtitle,
               GtkWidget  *button)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "added", GINT_TO_POINTER (TRUE));
  return row;
}

/* Another tag shows from its top (AdwPreferencesPage has no call for
 * that before libadwaita 1.3). */
static void
scroll_to_top (DossierTagEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child)),
                                0);
}

/* ---- aliases ---- */

static void
on_remove_alias_clicked_cb (DossierTagEditor *self,
                            GtkButton        *button)
{
  g_autofree char *alias = g_strdup (g_object_get_data (G_OBJECT (button), "alias"));
  g_autoptr(GError) error = NULL;

  if (self->tag != NULL &&
      !dossier_library_remove_tag_alias (self->library, self->tag, alias, &error))
    show_toast (self, error->message);
}

static void
show_aliases (DossierTagEditor *self)
{
  const char * const *aliases = dossier_tag_get_aliases (self->tag);

  remove_added_rows (self->alias_list);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_autofree char *accessible = g_strdup_printf (_("Remove alias “%s”"), aliases[i]);
      GtkWidget *button = remove_button_new (_("Remove Alias"), accessible);

      g_object_set_data_full (G_OBJECT (button), "alias", g_strdup (aliases[i]), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_alias_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_insert (self->alias_list, added_row_new (aliases[i], NULL, button), (int) i);
    }
}

static void
on_alias_apply_cb (DossierTagEditor *self)
{
  g_autofree char *alias = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->alias_row)));
  g_autoptr(GError) error = NULL;

  if (self->tag == NULL)
    return;
  if (!dossier_library_add_tag_alias (self->library, self->tag, alias, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->alias_row), "error");
      show_toast (self, error->message);
      return;
    }
  set_entry_text (self->alias_row, "");
}

/* ---- rules ---- */

static void
on_remove_rule_clicked_cb (DossierTagEditor *self,
                           GtkButton        *button)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "rule-id");
  g_autoptr(GError) error = NULL;

  if (!dossier_library_remove_tag_rule (self->library, *id, &error))
    show_toast (self, error->message);
}

static void
show_rules (DossierTagEditor *self)
{
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;

  remove_added_rows (self->rule_list);
  rules = dossier_library_list_tag_rules (self->library, self->tag, &error);
  if (rules == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < rules->len; i++)
    {
      DossierTagRule *rule = g_ptr_array_index (rules, i);
      g_autofree char *accessible = g_strdup_printf (_("Remove rule “%s”"), rule->pattern);
      GtkWidget *button = remove_button_new (_("Remove Rule"), accessible);

      g_object_set_data_full (G_OBJECT (button), "rule-id",
                              g_memdup2 (&rule->id, sizeof rule->id), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_rule_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_insert (self->rule_list,
                           added_row_new (rule->pattern, _(mode_labels[rule->mode]), button),
                           (int) i);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rule_list), rules->len > 0);
}

static DossierRuleMode
typed_mode (DossierTagEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->rule_mode_row);

  return selected < G_N_ELEMENTS (mode_labels) ? (DossierRuleMode) selected
                                                : DOSSIER_RULE_ANY_WORD;
}

static void
show_preview (DossierTagEditor *self,
              const char       *text,
              const char       *count,
              gboolean          counting,
              gboolean          failed)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preview_row), text);
  gtk_label_set_text (self->preview_count, count ? count : "");
  gtk_widget_set_visible (GTK_WIDGET (self->preview_count), count != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_spinner), counting);
  gtk_spinner_set_spinning (self->preview_spinner, counting);
  if (failed)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->rule_row), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->rule_row), "error");
    }
}

static void
stop_preview (DossierTagEditor *self)
{
  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  if (self->preview_cancellable != NULL)
    {
      g_cancellable_cancel (self->preview_cancellable);
      g_clear_object (&self->preview_cancellable);
    }
}

static void
on_count_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(DossierTagEditor) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  guint n_matching = 0, n_documents = 0;

  if (!dossier_library_count_rule_matches_finish (DOSSIER_LIBRARY (source), result, &n_matching,
                                                  &n_documents, &error))
    {
      /* Cancelled: the rule changed, and a count of the new one follows. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_preview (self, error->message, NULL, FALSE, TRUE);
      return;
    }
  g_clear_object (&self->preview_cancellable);
  /* Translators: how many documents the rule being typed matches, out of
   * the library's: "12 of 340 documents". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u document", "%u of %u documents",
                                       n_documents),
                          n_matching, n_documents);
  count = g_strdup_printf ("%u", n_matching);
  show_preview (self, text, count, FALSE, FALSE);
}

static gboolean
start_count_cb (gpointer data)
{
  DossierTagEditor *self = data;

  self->preview_timeout = 0;
  self->preview_cancellable = g_cancellable_new ();
  dossier_library_count_rule_matches_async (self->library, typed_mode (self),
                                            gtk_editable_get_text (GTK_EDITABLE (self->rule_row)),
                                            self->preview_cancellable, on_count_done_cb,
                                            g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
reset_preview (DossierTagEditor *self)
{
  stop_preview (self);
  show_preview (self, _("Type a rule to see how many documents it matches."), NULL, FALSE,
                FALSE);
}

/* Counted again once typing pauses; a count under way is of a rule no
 * longer there, and stops. */
static void
on_rule_changed_cb (DossierTagEditor *self)
{
  g_autofree char *pattern = NULL;

  if (self->updating > 0 || self->library == NULL)
    return;
  pattern = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rule_row))));
  if (*pattern == '\0')
    {
      reset_preview (self);
      return;
    }
  stop_preview (self);
  /* No count of a rule no longer there stays shown meanwhile. */
  show_preview (self, _("Counting…"), NULL, TRUE, FALSE);
  self->preview_timeout = g_timeout_add (PREVIEW_DELAY_MS, start_count_cb, self);
}

static void
on_rule_apply_cb (DossierTagEditor *self)
{
  const char *pattern = gtk_editable_get_text (GTK_EDITABLE (self->rule_row));
  g_autoptr(GError) error = NULL;

  if (self->tag == NULL)
    return;
  if (dossier_library_add_tag_rule (self->library, self->tag, typed_mode (self), pattern,
                                    &error) == 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->rule_row), "error");
      show_toast (self, error->message);
      return;
    }
  self->updating++;
  set_entry_text (self->rule_row, "");
  self->updating--;
  reset_preview (self);
}

/* ---- the tag's own fields ---- */

static void
on_name_apply_cb (DossierTagEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->tag == NULL)
    return;
  if (!dossier_library_rename_tag (self->library, self->tag,
                                   gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      show_toast (self, error->message);
      return;
    }
  /* As stored: trimmed. */
  refresh_entry (self->name_row, &self->shown_name, dossier_tag_get_name (self->tag), FALSE);
}

static void
on_description_apply_cb (DossierTagEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->tag == NULL)
    return;
  if (!dossier_library_set_tag_description (self->library, self->tag,
                                            gtk_editable_get_text (GTK_EDITABLE (self->description_row)),
                                            &error))
    {
      show_toast (self, error->message);
      return;
    }
  refresh_entry (self->description_row, &self->shown_description,
                 dossier_tag_get_description (self->tag), FALSE);
}

static void
on_colour_set_cb (DossierTagEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->tag != NULL &&
      !dossier_library_set_tag_colour (self->library, self->tag,
                                       dossier_colour_button_get_colour (self->colour_button),
                                       &error))
    {
      show_toast (self, error->message);
      dossier_colour_button_set_colour (self->colour_button, dossier_tag_get_colour (self->tag));
    }
}

static void
on_confidential_changed_cb (DossierTagEditor *self)
{
  gboolean confidential = gtk_switch_get_active (self->confidential_switch);
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->tag == NULL ||
      confidential == dossier_tag_get_confidential (self->tag))
    return;
  if (!dossier_library_set_tag_confidential (self->library, self->tag, confidential, &error))
    {
      show_toast (self, error->message);
      self->updating++;
      gtk_switch_set_active (self->confidential_switch, !confidential);
      self->updating--;
    }
}

/* ---- the parent ---- */

static guint
parent_position (DossierTagEditor *self)
{
  gint64 parent_id = dossier_tag_get_parent_id (self->tag);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->parents)); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (G_LIST_MODEL (self->parents), i);

      if (dossier_tag_get_id (tag) == parent_id)
        return i;
    }
  return 0;
}

/* The tags the tag may go under: those of its facet but itself, and the
 * top. Its own sub-tags are offered too: choosing one says why not. */
static void
fill_parents (DossierTagEditor *self,
              GListModel       *tags)
{
  const char *facet = dossier_tag_get_facet (self->tag);

  self->updating++;
  dossier_tag_row_fill_parents (self->parents, tags, facet, dossier_tag_get_id (self->tag));
  adw_combo_row_set_selected (self->parent_row, parent_position (self));
  self->updating--;
}

static void
on_parent_selected_cb (DossierTagEditor *self)
{
  DossierTag *parent;
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->tag == NULL)
    return;
  parent = adw_combo_row_get_selected_item (self->parent_row);
  if (parent == NULL || dossier_tag_get_id (parent) == dossier_tag_get_parent_id (self->tag))
    return;
  if (!dossier_library_move_tag (self->library, self->tag,
                                 dossier_tag_get_id (parent) > 0 ? parent : NULL, &error))
    {
      show_toast (self, error->message);
      self->updating++;
      adw_combo_row_set_selected (self->parent_row, parent_position (self));
      self->updating--;
    }
}

/* ---- GObject ---- */

static void
dossier_tag_editor_dispose (GObject *object)
{
  DossierTagEditor *self = DOSSIER_TAG_EDITOR (object);

  stop_preview (self);
  /* The page is the bin's child and a template child: the bin lets go of
   * it first, so that neither unparents it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TAG_EDITOR);
  g_clear_object (&self->parents);
  g_clear_object (&self->tag);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_tag_editor_parent_class)->dispose (object);
}

static void
dossier_tag_editor_finalize (GObject *object)
{
  DossierTagEditor *self = DOSSIER_TAG_EDITOR (object);

  g_free (self->shown_name);
  g_free (self->shown_description);
  G_OBJECT_CLASS (dossier_tag_editor_parent_class)->finalize (object);
}

static void
dossier_tag_editor_class_init (DossierTagEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_editor_dispose;
  object_class->finalize = dossier_tag_editor_finalize;

  g_type_ensure (DOSSIER_TYPE_COLOUR_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-tag-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierTagEditor, name)
  BIND (page);
  BIND (name_row);
  BIND (colour_button);
  BIND (description_row);
  BIND (confidential_switch);
  BIND (facet_label);
  BIND (parent_row);
  BIND (alias_list);
  BIND (alias_row);
  BIND (rule_list);
  BIND (rule_row);
  BIND (rule_mode_row);
  BIND (preview_row);
  BIND (preview_spinner);
  BIND (preview_count);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_colour_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_description_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_confidential_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_parent_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_alias_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rule_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rule_apply_cb);
}

static void
dossier_tag_editor_init (DossierTagEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parents = g_list_store_new (DOSSIER_TYPE_TAG);
  self->updating++;
  dossier_tag_row_setup_parent_combo (self->parent_row, G_LIST_MODEL (self->parents));
  self->updating--;
}

/* ---- public API ---- */

GtkWidget *
dossier_tag_editor_new (void)
{
  return g_object_new (DOSSIER_TYPE_TAG_EDITOR, NULL);
}

void
dossier_tag_editor_set_tag (DossierTagEditor *self,
                            DossierLibrary   *library,
                            DossierTag       *tag,
                            GListModel       *tags)
{
  gboolean same_tag;

  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (DOSSIER_IS_TAG (tag));

  same_tag = self->tag != NULL && dossier_tag_get_id (self->tag) == dossier_tag_get_id (tag);
  g_set_object (&self->library, library);
  g_set_object (&self->tag, tag);

  self->updating++;
  refresh_entry (self->name_row, &self->shown_name, dossier_tag_get_name (tag), same_tag);
  refresh_entry (self->description_row, &self->shown_description,
                 dossier_tag_get_description (tag), same_tag);
  dossier_colour_button_set_colour (self->colour_button, dossier_tag_get_colour (tag));
  gtk_switch_set_active (self->confidential_switch, dossier_tag_get_confidential (tag));
  gtk_label_set_text (self->facet_label, dossier_tag_facet_label (dossier_tag_get_facet (tag)));
  if (!same_tag)
    {
      set_entry_text (self->alias_row, "");
      set_entry_text (self->rule_row, "");
      adw_combo_row_set_selected (self->rule_mode_row, DOSSIER_RULE_ANY_WORD);
    }
  self->updating--;

  fill_parents (self, tags);
  show_aliases (self);
  show_rules (self);
  if (!same_tag)
    {
      reset_preview (self);
      scroll_to_top (self);
    }
}

DossierTag *
dossier_tag_editor_get_tag (DossierTagEditor *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG_EDITOR (self), NULL);
  return self->tag;
}
