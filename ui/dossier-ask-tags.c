/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-tags.h"
#include "dossier-tag-picker.h"
#include "dossier-tags.h"
#include "dossier-wrap-box.h"

struct _DossierAskTags
{
  GtkWidget       parent_instance;

  DossierLibrary *library;     /* owned */
  GArray         *ids;         /* gint64 */
  GtkWidget      *box;         /* child: the chips and the button */
  DossierWrapBox *chips;
  GtkWidget      *empty_label;
};

G_DEFINE_FINAL_TYPE (DossierAskTags, dossier_ask_tags, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void rebuild (DossierAskTags *self);

static void
on_remove_clicked_cb (DossierAskTags *self,
                      GtkButton      *button)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "tag-id");

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      {
        g_array_remove_index (self->ids, i);
        break;
      }
  rebuild (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
chip_new (DossierAskTags *self,
          DossierTag     *tag)
{
  GtkWidget *chip = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                  "spacing", 4,
                                  NULL);
  GtkWidget *label = gtk_label_new (dossier_tag_get_name (tag));
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *description = NULL;
  g_autofree char *remove_name = NULL;
  gint64 id = dossier_tag_get_id (tag);

  /* Translators: a tag's tooltip: its name, then its facet ("Media freedom, Issue"). */
  description = g_strdup_printf (_("%s, %s"), dossier_tag_get_name (tag),
                                 dossier_tag_facet_label (dossier_tag_get_facet (tag)));
  remove_name = g_strdup_printf (_("Remove tag “%s”"), dossier_tag_get_name (tag));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  g_object_set_data_full (G_OBJECT (remove), "tag-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (chip), remove);
  gtk_widget_add_css_class (chip, "tag-chip");
  gtk_widget_set_tooltip_text (chip, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  return chip;
}

static void
rebuild (DossierAskTags *self)
{
  dossier_wrap_box_remove_all (self->chips);
  for (guint i = 0; self->library != NULL && i < self->ids->len; i++)
    {
      g_autoptr(DossierTag) tag = dossier_library_find_tag (self->library,
                                                            g_array_index (self->ids, gint64, i),
                                                            NULL);
      if (tag != NULL)
        dossier_wrap_box_append (self->chips, chip_new (self, tag));
    }
  gtk_widget_set_visible (self->empty_label, dossier_wrap_box_get_n_children (self->chips) == 0);
}

static void
on_tag_chosen_cb (DossierAskTags *self,
                  DossierTag     *tag)
{
  dossier_ask_tags_add (self, dossier_tag_get_id (tag));
}

static void
on_add_clicked_cb (DossierAskTags *self)
{
  DossierTagPicker *picker;

  if (self->library == NULL)
    return;
  picker = dossier_tag_picker_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   self->library, _("Add Tag"), _("_Add"));
  g_signal_connect_object (picker, "tag-chosen", G_CALLBACK (on_tag_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
dossier_ask_tags_dispose (GObject *object)
{
  DossierAskTags *self = DOSSIER_ASK_TAGS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_ask_tags_parent_class)->dispose (object);
}

static void
dossier_ask_tags_finalize (GObject *object)
{
  DossierAskTags *self = DOSSIER_ASK_TAGS (object);

  g_array_unref (self->ids);

  G_OBJECT_CLASS (dossier_ask_tags_parent_class)->finalize (object);
}

static void
dossier_ask_tags_class_init (DossierAskTagsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_ask_tags_dispose;
  object_class->finalize = dossier_ask_tags_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
dossier_ask_tags_init (DossierAskTags *self)
{
  GtkWidget *add = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);
  gtk_widget_set_margin_start (self->box, 8);
  gtk_widget_set_margin_end (self->box, 8);

  self->empty_label = gtk_label_new (_("No issues or cases yet"));
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_set_margin_start (self->empty_label, 4);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (self->box), self->empty_label);

  self->chips = DOSSIER_WRAP_BOX (dossier_wrap_box_new ());
  g_object_set (self->chips, "spacing", 6, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Tags"), -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chips));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("Add _Tag…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), add);
}

GtkWidget *
dossier_ask_tags_new (void)
{
  return g_object_new (DOSSIER_TYPE_ASK_TAGS, NULL);
}

void
dossier_ask_tags_set_library (DossierAskTags *self,
                              DossierLibrary *library)
{
  g_return_if_fail (DOSSIER_IS_ASK_TAGS (self));

  g_set_object (&self->library, library);
  rebuild (self);
}

void
dossier_ask_tags_set_ids (DossierAskTags *self,
                          const gint64   *ids,
                          guint           n_ids)
{
  g_return_if_fail (DOSSIER_IS_ASK_TAGS (self));

  g_array_set_size (self->ids, 0);
  if (n_ids > 0)
    g_array_append_vals (self->ids, ids, n_ids);
  rebuild (self);
}

GArray *
dossier_ask_tags_get_ids (DossierAskTags *self)
{
  g_return_val_if_fail (DOSSIER_IS_ASK_TAGS (self), NULL);

  return self->ids;
}

gboolean
dossier_ask_tags_add (DossierAskTags *self,
                      gint64          id)
{
  g_return_val_if_fail (DOSSIER_IS_ASK_TAGS (self), FALSE);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return FALSE;
  g_array_append_val (self->ids, id);
  rebuild (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
