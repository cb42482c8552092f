/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-new-tag-dialog.h"
#include "dossier-tag-editor.h"
#include "dossier-tag-manager.h"
#include "dossier-tag-picker.h"
#include "dossier-tag-row.h"
#include "dossier-tags.h"

struct _DossierTagManager
{
  AdwWindow         parent_instance;

  DossierLibrary   *library;          /* owned */
  GListModel       *tags;             /* owned: DossierTag in tree order, as the list shows */
  char             *typed;            /* owned: the search, trimmed */
  gint64            selected_id;      /* the tag in the editor, 0 for none */
  guint             fallback_position; /* selected when the tag selected has gone */
  guint             reload_idle;

  AdwToastOverlay  *toast_overlay;
  AdwLeaflet       *leaflet;
  GtkWidget        *list_pane;
  GtkWidget        *editor_pane;
  AdwHeaderBar     *list_header;
  AdwWindowTitle   *list_title;
  GtkSearchEntry   *search_entry;
  GtkStack         *list_stack;
  GtkListBox       *tag_list;
  AdwWindowTitle   *editor_title;
  GtkStack         *editor_stack;
  DossierTagEditor *editor;
};

G_DEFINE_FINAL_TYPE (DossierTagManager, dossier_tag_manager, ADW_TYPE_WINDOW)

static void
show_toast (DossierTagManager *self,
            const char        *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static DossierTag *
selected_tag (DossierTagManager *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->tag_list);

  return row != NULL ? dossier_tag_row_get_tag (row) : NULL;
}

/* ---- the list ---- */

static DossierTagMatch
row_match (DossierTagManager *self,
           GtkListBoxRow     *row)
{
  if (*self->typed == '\0')
    return DOSSIER_TAG_MATCH_NAME_WORD;
  return dossier_tag_match_typed (dossier_tag_row_get_tag (row), self->typed);
}

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       data)
{
  return row_match (data, row) != DOSSIER_TAG_MATCH_NONE;
}

static GtkListBoxRow *
find_row (DossierTagManager *self,
          gint64             id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->tag_list, i)) != NULL; i++)
    if (dossier_tag_get_id (dossier_tag_row_get_tag (row)) == id)
      return row;
  return NULL;
}

static void
update_actions (DossierTagManager *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tags.merge", self->selected_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tags.delete", self->selected_id > 0);
}

static void
show_tag (DossierTagManager *self,
          DossierTag        *tag)
{
  self->selected_id = tag != NULL ? dossier_tag_get_id (tag) : 0;
  if (tag != NULL)
    {
      adw_window_title_set_title (self->editor_title, dossier_tag_get_name (tag));
      adw_window_title_set_subtitle (self->editor_title,
                                     dossier_tag_facet_label (dossier_tag_get_facet (tag)));
      dossier_tag_editor_set_tag (self->editor, self->library, tag, self->tags);
      gtk_stack_set_visible_child_name (self->editor_stack, "tag");
    }
  else
    {
      adw_window_title_set_title (self->editor_title, "");
      adw_window_title_set_subtitle (self->editor_title, "");
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
    }
  update_actions (self);
}

static guint
count_visible (DossierTagManager *self)
{
  GtkListBoxRow *row;
  guint n = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->tag_list, i)) != NULL; i++)
    n += filter_row_cb (row, self);
  return n;
}

static void
apply_search (DossierTagManager *self)
{
  GtkListBoxRow *row;

  /* The tree's indentation would say nothing about a list of matches. */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->tag_list, i)) != NULL; i++)
    dossier_tag_row_set_indent (row, *self->typed == '\0');
  gtk_list_box_invalidate_filter (self->tag_list);
  gtk_list_box_invalidate_headers (self->tag_list);
  gtk_stack_set_visible_child_name (self->list_stack, count_visible (self) > 0 ? "tags"
                                                                               : "no-match");
}

/* Reads the tags anew and shows them, the one being edited still
 * selected; or, when it has gone, its neighbour. */
static void
reload_tags (DossierTagManager *self)
{
  g_autoptr(GListModel) tags = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean list_had_focus = focus != NULL && gtk_widget_is_ancestor (focus,
                                                                     GTK_WIDGET (self->tag_list));
  GtkListBoxRow *row;
  guint n;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  tags = dossier_library_list_tags (self->library, NULL, &error);
  if (tags == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_set_object (&self->tags, tags);
  dossier_tag_row_fill_list (self->tag_list, tags, TRUE);
  n = g_list_model_get_n_items (tags);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tag", "%u tags", n), n);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  apply_search (self);

  row = self->selected_id > 0 ? find_row (self, self->selected_id) : NULL;
  if (row == NULL && self->selected_id > 0 && n > 0)
    row = gtk_list_box_get_row_at_index (self->tag_list,
                                         (int) MIN (self->fallback_position, n - 1));
  gtk_list_box_select_row (self->tag_list, row);
  if (row == NULL)
    show_tag (self, NULL);
  /* The rows are new: a keyboard user goes on from the same tag. */
  else if (list_had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static gboolean
reload_tags_cb (gpointer data)
{
  DossierTagManager *self = data;

  self->reload_idle = 0;
  reload_tags (self);
  return G_SOURCE_REMOVE;
}

/* Once for a burst of changes, after the change is complete: a change made
 * from the editor finishes before the editor is given the tag anew. */
static void
queue_reload (DossierTagManager *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_tags_cb, self);
}

/* ---- signal callbacks ---- */

static void
on_row_selected_cb (DossierTagManager *self,
                    GtkListBoxRow     *row)
{
  if (row != NULL)
    {
      self->fallback_position = (guint) gtk_list_box_row_get_index (row);
      show_tag (self, dossier_tag_row_get_tag (row));

    }
}

/* Folded, the editor is a page of its own to go to. Unfolded, it is
 * beside the list, and going to it would take the focus from the list. */
static void
show_editor_pane (DossierTagManager *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
on_row_activated_cb (DossierTagManager *self,
                     GtkListBoxRow     *row)
{
  show_editor_pane (self);
}

static void
on_search_changed_cb (DossierTagManager *self)
{
  g_free (self->typed);
  self->typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  apply_search (self);
}

/* Enter edits the best match: the tag of that very name, or the first
 * whose name starts so… */
static void
on_search_activate_cb (DossierTagManager *self)
{
  GtkListBoxRow *row, *best = NULL;
  DossierTagMatch best_match = DOSSIER_TAG_MATCH_NONE;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->tag_list, i)) != NULL; i++)
    {
      DossierTagMatch match = row_match (self, row);

      if (match > best_match)
        {
          best_match = match;
          best = row;
        }
    }
  if (best == NULL)
    return;
  gtk_list_box_select_row (self->tag_list, best);
  show_editor_pane (self);
}

static void
on_leaflet_folded_cb (DossierTagManager *self)
{
  adw_header_bar_set_show_end_title_buttons (self->list_header,
                                             adw_leaflet_get_folded (self->leaflet));
}

static void
on_back_clicked_cb (DossierTagManager *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* ---- new ---- */

static void
on_tag_created_cb (DossierTagManager *self,
                   DossierTag        *tag)
{
  /* Shown even if the search would hide it. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  dossier_tag_manager_select_tag (self, dossier_tag_get_id (tag));
  show_editor_pane (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (widget);
  DossierTag *current = selected_tag (self);
  DossierNewTagDialog *dialog;

  dialog = dossier_new_tag_dialog_new (GTK_WINDOW (self), self->library,
                                       current ? dossier_tag_get_facet (current) : NULL);
  g_signal_connect_object (dialog, "tag-created", G_CALLBACK (on_tag_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- merge ---- */

static char *
dup_merge_body (DossierTag *from,
                DossierTag *into)
{
  guint n = dossier_tag_get_n_documents (from);
  const char *a = dossier_tag_get_name (from);
  const char *b = dossier_tag_get_name (into);

  if (n == 0)
    return g_strdup_printf (_("No document carries “%s”. It becomes an alias of “%s”, and its "
                              "rules and sub-tags move to it. This cannot be undone."), a, b);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u document tagged “%s” will be tagged “%s” instead. "
                                       "“%s” becomes an alias of “%s”, and its rules and "
                                       "sub-tags move to it. This cannot be undone.",
                                       "%u documents tagged “%s” will be tagged “%s” instead. "
                                       "“%s” becomes an alias of “%s”, and its rules and "
                                       "sub-tags move to it. This cannot be undone.", n),
                          n, a, b, a, b);
}

static void
on_merge_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      DossierTagManager *self)
{
  DossierTag *from = g_object_get_data (G_OBJECT (dialog), "from");
  DossierTag *into = g_object_get_data (G_OBJECT (dialog), "into");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "merge") != 0)
    return;
  if (!dossier_library_merge_tags (self->library, from, into, &error))
    {
      show_toast (self, error->message);
      return;
    }
  text = g_strdup_printf (_("“%s” merged into “%s”"), dossier_tag_get_name (from),
                          dossier_tag_get_name (into));
  show_toast (self, text);
  dossier_tag_manager_select_tag (self, dossier_tag_get_id (into));
}

static void
confirm_merge (DossierTagManager *self,
               DossierTag        *from,
               DossierTag        *into)
{
  g_autofree char *heading = g_strdup_printf (_("Merge “%s” into “%s”?"),
                                              dossier_tag_get_name (from),
                                              dossier_tag_get_name (into));
  g_autofree char *body = dup_merge_body (from, into);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "from", g_object_ref (from), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "into", g_object_ref (into), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_merge_target_chosen_cb (DossierTagPicker  *picker,
                           DossierTag        *into,
                           DossierTagManager *self)
{
  DossierTag *from = g_object_get_data (G_OBJECT (picker), "from");

  confirm_merge (self, from, into);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (widget);
  DossierTag *from = selected_tag (self);
  DossierTagPicker *picker;

  if (from == NULL)
    return;
  picker = dossier_tag_picker_new (GTK_WINDOW (self), self->library, _("Merge Into"),
                                   _("_Merge…"));
  dossier_tag_picker_set_subtitle (picker, dossier_tag_get_name (from));
  dossier_tag_picker_set_excluded (picker, dossier_tag_get_id (from));
  g_object_set_data_full (G_OBJECT (picker), "from", g_object_ref (from), g_object_unref);
  g_signal_connect_object (picker, "tag-chosen", G_CALLBACK (on_merge_target_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

/* ---- delete ---- */

static void
on_delete_undo_cb (AdwToast          *toast,
                   DossierTagManager *self)
{
  DossierTagSnapshot *snapshot = g_object_get_data (G_OBJECT (toast), "snapshot");
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GError) error = NULL;

  tag = dossier_library_restore_tag (self->library, snapshot, &error);
  if (tag == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  dossier_tag_manager_select_tag (self, dossier_tag_get_id (tag));
}

/* Deleted at once, and everything it took with it kept in the toast: the
 * library is never left with a tag that looks deleted and is not, and
 * closing the window loses nothing but the offer to undo. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (widget);
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(DossierTagSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (selected_tag (self) == NULL)
    return;
  tag = g_object_ref (selected_tag (self));
  snapshot = dossier_library_snapshot_tag (self->library, tag, &error);
  if (snapshot == NULL || !dossier_library_delete_tag (self->library, tag, &error))
    {
      show_toast (self, error->message);
      return;
    }
  text = g_strdup_printf (_("Deleted “%s”"), dossier_tag_get_name (tag));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "snapshot", g_steal_pointer (&snapshot),
                          (GDestroyNotify) dossier_tag_snapshot_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  reload_tags (self);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- GObject ---- */

static void
dossier_tag_manager_dispose (GObject *object)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TAG_MANAGER);
  g_clear_object (&self->tags);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_tag_manager_parent_class)->dispose (object);
}

static void
dossier_tag_manager_finalize (GObject *object)
{
  DossierTagManager *self = DOSSIER_TAG_MANAGER (object);

  g_free (self->typed);
  G_OBJECT_CLASS (dossier_tag_manager_parent_class)->finalize (object);
}

static void
dossier_tag_manager_class_init (DossierTagManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_manager_dispose;
  object_class->finalize = dossier_tag_manager_finalize;

  g_type_ensure (DOSSIER_TYPE_TAG_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-tag-manager.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierTagManager, name)
  BIND (toast_overlay);
  BIND (leaflet);
  BIND (list_pane);
  BIND (editor_pane);
  BIND (list_header);
  BIND (list_title);
  BIND (search_entry);
  BIND (list_stack);
  BIND (tag_list);
  BIND (editor_title);
  BIND (editor_stack);
  BIND (editor);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "tags.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "tags.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "tags.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "tags.search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "tags.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "tags.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
dossier_tag_manager_init (DossierTagManager *self)
{
  self->typed = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->tag_list, filter_row_cb, self, NULL);
  gtk_list_box_set_header_func (self->tag_list, dossier_tag_row_update_header, NULL, NULL);
  /* Typing in the list finds a tag. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->tag_list));
  on_leaflet_folded_cb (self);
  update_actions (self);
}

/* ---- public API ---- */

DossierTagManager *
dossier_tag_manager_new (GtkWindow      *parent,
                         DossierLibrary *library)
{
  DossierTagManager *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_TAG_MANAGER,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->library = g_object_ref (library);
  g_signal_connect_object (library, "tags-changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  /* Documents tagged or untagged: the counts change. */
  g_signal_connect_object (library, "changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  reload_tags (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

DossierTagManager *
dossier_tag_manager_present (GtkWindow      *parent,
                             DossierLibrary *library)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  DossierTagManager *manager = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  for (GList *l = toplevels; l != NULL && manager == NULL; l = l->next)
    if (DOSSIER_IS_TAG_MANAGER (l->data) &&
        gtk_window_get_transient_for (l->data) == parent &&
        DOSSIER_TAG_MANAGER (l->data)->library == library)
      manager = l->data;
  if (manager == NULL)
    manager = dossier_tag_manager_new (parent, library);
  gtk_window_present (GTK_WINDOW (manager));
  return manager;
}

gint64
dossier_tag_manager_get_selected_id (DossierTagManager *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG_MANAGER (self), 0);
  return self->selected_id;
}

void
dossier_tag_manager_select_tag (DossierTagManager *self,
                                gint64             id)
{
  g_return_if_fail (DOSSIER_IS_TAG_MANAGER (self));

  self->selected_id = id;
  reload_tags (self);
}
