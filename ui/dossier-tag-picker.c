/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-tag-picker.h"
#include "dossier-tag-row.h"
#include "dossier-tags.h"

struct _DossierTagPicker
{
  AdwWindow       parent_instance;

  DossierLibrary *library;        /* owned */
  GListModel     *tags;           /* owned: DossierTag, in tree order */
  char           *typed;          /* owned: the search, trimmed; "" for none */
  gint64          excluded_id;

  AdwWindowTitle *window_title;
  GtkButton      *accept_button;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (DossierTagPicker, dossier_tag_picker, ADW_TYPE_WINDOW)

enum { TAG_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static DossierTagMatch
row_match (DossierTagPicker *self,
           GtkListBoxRow    *row)
{
  DossierTag *tag = dossier_tag_row_get_tag (row);

  if (dossier_tag_get_id (tag) == self->excluded_id)
    return DOSSIER_TAG_MATCH_NONE;
  if (*self->typed == '\0')
    return DOSSIER_TAG_MATCH_NAME_WORD;
  return dossier_tag_match_typed (tag, self->typed);
}

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       data)
{
  return row_match (data, row) != DOSSIER_TAG_MATCH_NONE;
}

/* The visible rows, in order. */
static GPtrArray *
visible_rows (DossierTagPicker *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (filter_row_cb (row, self))
      g_ptr_array_add (rows, row);
  return rows;
}

static void
select_row (DossierTagPicker *self,
            GtkListBoxRow    *row)
{
  gtk_list_box_select_row (self->list, row);
  if (row != NULL)
    {
      GtkAdjustment *adjustment = gtk_list_box_get_adjustment (self->list);
      graphene_rect_t bounds;

      /* Into view, without taking the focus from the entry. */
      if (adjustment != NULL &&
          gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
        gtk_adjustment_clamp_page (adjustment, bounds.origin.y,
                                   bounds.origin.y + bounds.size.height);
    }
}

/* What is typed finds the best match first: the tag of that very name,
 * then one whose name starts so, then an alias… (DossierTagMatch). */
static void
select_best (DossierTagPicker *self)
{
  g_autoptr(GPtrArray) rows = visible_rows (self);
  GtkListBoxRow *best = NULL;
  DossierTagMatch best_match = DOSSIER_TAG_MATCH_NONE;

  if (*self->typed != '\0')
    for (guint i = 0; i < rows->len; i++)
      {
        DossierTagMatch match = row_match (self, g_ptr_array_index (rows, i));

        if (match > best_match)
          {
            best_match = match;
            best = g_ptr_array_index (rows, i);
          }
      }
  select_row (self, best);
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "tags" : "empty");
}

static void
accept (DossierTagPicker *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  g_autoptr(DossierTag) tag = NULL;

  if (row == NULL)
    return;
  tag = g_object_ref (dossier_tag_row_get_tag (row));
  /* Closed first: what the choice does may open another window. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[TAG_CHOSEN], 0, tag);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- signal callbacks ---- */

static void
on_search_changed_cb (DossierTagPicker *self)
{
  GtkListBoxRow *row;

  g_free (self->typed);
  self->typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    dossier_tag_row_set_indent (row, *self->typed == '\0');
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
  select_best (self);
}

static void
on_search_activate_cb (DossierTagPicker *self)
{
  accept (self);
}

static void
on_stop_search_cb (DossierTagPicker *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_accept_clicked_cb (DossierTagPicker *self)
{
  accept (self);
}

static void
on_row_activated_cb (DossierTagPicker *self,
                     GtkListBoxRow    *row)
{
  gtk_list_box_select_row (self->list, row);
  accept (self);
}

static void
on_row_selected_cb (DossierTagPicker *self,
                    GtkListBoxRow    *row)
{
  /* The list lets its rows go as the dialog is disposed. */
  if (self->accept_button != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), row != NULL);
}

/* Up and Down move through the tags while the entry keeps the focus. */
static gboolean
on_search_key_pressed_cb (DossierTagPicker      *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkListBoxRow *selected;
  guint index = 0;
  gboolean found;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up &&
      keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_KP_Up)
    return GDK_EVENT_PROPAGATE;
  rows = visible_rows (self);
  if (rows->len == 0)
    return GDK_EVENT_STOP;
  selected = gtk_list_box_get_selected_row (self->list);
  found = selected != NULL && g_ptr_array_find (rows, selected, &index);
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    index = found ? MIN (index + 1, rows->len - 1) : 0;
  else
    index = found && index > 0 ? index - 1 : 0;
  select_row (self, g_ptr_array_index (rows, index));
  return GDK_EVENT_STOP;
}

/* ---- GObject ---- */

static void
dossier_tag_picker_dispose (GObject *object)
{
  DossierTagPicker *self = DOSSIER_TAG_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TAG_PICKER);
  g_clear_object (&self->tags);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_tag_picker_parent_class)->dispose (object);
}

static void
dossier_tag_picker_finalize (GObject *object)
{
  DossierTagPicker *self = DOSSIER_TAG_PICKER (object);

  g_free (self->typed);
  G_OBJECT_CLASS (dossier_tag_picker_parent_class)->finalize (object);
}

static void
dossier_tag_picker_class_init (DossierTagPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_picker_dispose;
  object_class->finalize = dossier_tag_picker_finalize;

  /* The tag the user accepted; the dialog closes after. */
  signals[TAG_CHOSEN] = g_signal_new ("tag-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_TAG);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-tag-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTagPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierTagPicker, accept_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTagPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierTagPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierTagPicker, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_tag_picker_init (DossierTagPicker *self)
{
  self->typed = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_row_cb, self, NULL);
  gtk_list_box_set_header_func (self->list, dossier_tag_row_update_header, NULL, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

DossierTagPicker *
dossier_tag_picker_new (GtkWindow      *parent,
                        DossierLibrary *library,
                        const char     *title,
                        const char     *accept_label)
{
  DossierTagPicker *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (title != NULL && accept_label != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_TAG_PICKER, "transient-for", parent, "title", title, NULL);
  self->library = g_object_ref (library);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->accept_button, accept_label);
  self->tags = dossier_library_list_tags (library, NULL, &error);
  if (self->tags == NULL)
    {
      g_warning ("Cannot list the tags: %s", error->message);
      self->tags = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_TAG));
    }
  dossier_tag_row_fill_list (self->list, self->tags, TRUE);
  select_best (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
dossier_tag_picker_set_subtitle (DossierTagPicker *self,
                                 const char       *subtitle)
{
  g_return_if_fail (DOSSIER_IS_TAG_PICKER (self));

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

void
dossier_tag_picker_set_excluded (DossierTagPicker *self,
                                 gint64            tag_id)
{
  g_return_if_fail (DOSSIER_IS_TAG_PICKER (self));

  self->excluded_id = tag_id;
  gtk_list_box_invalidate_filter (self->list);
  select_best (self);
}
