/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-colour-button.h"
#include "dossier-error.h"
#include "dossier-new-tag-dialog.h"
#include "dossier-tag-row.h"
#include "dossier-tags.h"

struct _DossierNewTagDialog
{
  AdwWindow            parent_instance;

  DossierLibrary      *library;        /* owned */
  GListModel          *tags;           /* owned: every tag, in tree order */
  GStrv                facets;         /* owned: as the facet row lists them, less "New Facet…" */
  GListStore          *parents;        /* owned: DossierTag, the first (id 0) "none" */
  gboolean             colour_chosen;  /* by the user: the facet and the parent leave it be */

  GtkButton           *create_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *facet_row;
  AdwEntryRow         *new_facet_row;
  AdwComboRow         *parent_row;
  DossierColourButton *colour_button;
  AdwEntryRow         *description_row;
  GtkSwitch           *confidential_switch;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (DossierNewTagDialog, dossier_new_tag_dialog, ADW_TYPE_WINDOW)

enum { TAG_CREATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
is_new_facet (DossierNewTagDialog *self)
{
  return adw_combo_row_get_selected (self->facet_row) == g_strv_length (self->facets);
}

/* The facet chosen, or typed for a new one ("" until it is). */
static char *
dup_facet (DossierNewTagDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->facet_row);

  if (is_new_facet (self))
    return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_facet_row))));
  return g_strdup (selected < g_strv_length (self->facets) ? self->facets[selected] : "");
}

static void
show_error (DossierNewTagDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The colour the tag would get if the user chose none: its parent's, or
 * its facet's. */
static void
update_colour (DossierNewTagDialog *self)
{
  DossierTag *parent = adw_combo_row_get_selected_item (self->parent_row);
  g_autofree char *facet = dup_facet (self);

  if (self->colour_chosen)
    return;
  if (parent != NULL && dossier_tag_get_id (parent) > 0 && dossier_tag_get_colour (parent) != NULL)
    dossier_colour_button_set_colour (self->colour_button, dossier_tag_get_colour (parent));
  else
    dossier_colour_button_set_colour (self->colour_button, dossier_tag_default_colour (facet));
}

static void
on_name_changed_cb (DossierNewTagDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *facet = dup_facet (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), *name != '\0' && *facet != '\0');
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  show_error (self, NULL);
  if (is_new_facet (self))
    update_colour (self);
}

static void
on_facet_selected_cb (DossierNewTagDialog *self)
{
  g_autofree char *facet = dup_facet (self);

  gtk_widget_set_visible (GTK_WIDGET (self->new_facet_row), is_new_facet (self));
  /* A new facet has no tags yet to go under. */
  dossier_tag_row_fill_parents (self->parents, is_new_facet (self) ? NULL : self->tags, facet, 0);
  adw_combo_row_set_selected (self->parent_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->parent_row), !is_new_facet (self));
  update_colour (self);
  on_name_changed_cb (self);
}

static void
on_parent_selected_cb (DossierNewTagDialog *self)
{
  update_colour (self);
}

static void
on_colour_set_cb (DossierNewTagDialog *self)
{
  self->colour_chosen = TRUE;
}

static void
on_create_clicked_cb (DossierNewTagDialog *self)
{
  DossierTag *parent = adw_combo_row_get_selected_item (self->parent_row);
  g_autofree char *facet = dup_facet (self);
  DossierTagSpec spec = {
    .name = gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
    .facet = facet,
    .parent_id = parent != NULL ? dossier_tag_get_id (parent) : 0,
    .colour = self->colour_chosen ? dossier_colour_button_get_colour (self->colour_button) : NULL,
    .description = gtk_editable_get_text (GTK_EDITABLE (self->description_row)),
    .confidential = gtk_switch_get_active (self->confidential_switch),
  };
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->create_button)))
    return;
  tag = dossier_library_create_tag (self->library, &spec, &error);
  if (tag == NULL)
    {
      if (g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE))
        gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      show_error (self, error->message);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[TAG_CREATED], 0, tag);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- GObject ---- */

static void
dossier_new_tag_dialog_dispose (GObject *object)
{
  DossierNewTagDialog *self = DOSSIER_NEW_TAG_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_NEW_TAG_DIALOG);
  g_clear_object (&self->parents);
  g_clear_object (&self->tags);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_new_tag_dialog_parent_class)->dispose (object);
}

static void
dossier_new_tag_dialog_finalize (GObject *object)
{
  DossierNewTagDialog *self = DOSSIER_NEW_TAG_DIALOG (object);

  g_strfreev (self->facets);
  G_OBJECT_CLASS (dossier_new_tag_dialog_parent_class)->finalize (object);
}

static void
dossier_new_tag_dialog_class_init (DossierNewTagDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_new_tag_dialog_dispose;
  object_class->finalize = dossier_new_tag_dialog_finalize;

  signals[TAG_CREATED] = g_signal_new ("tag-created", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, DOSSIER_TYPE_TAG);

  g_type_ensure (DOSSIER_TYPE_COLOUR_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-new-tag-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierNewTagDialog, name)
  BIND (create_button);
  BIND (name_row);
  BIND (facet_row);
  BIND (new_facet_row);
  BIND (parent_row);
  BIND (colour_button);
  BIND (description_row);
  BIND (confidential_switch);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_facet_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_parent_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_colour_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_new_tag_dialog_init (DossierNewTagDialog *self)
{
  self->facets = g_new0 (char *, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->parents = g_list_store_new (DOSSIER_TYPE_TAG);
  dossier_tag_row_setup_parent_combo (self->parent_row, G_LIST_MODEL (self->parents));
}

static void
fill_facets (DossierNewTagDialog *self,
             const char          *facet)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  GStrv facets = dossier_library_list_facets (self->library, &error);
  guint selected = 0;

  if (facets == NULL)
    {
      show_error (self, error->message);
      facets = g_new0 (char *, 1);
    }
  g_strfreev (self->facets);
  self->facets = facets;
  for (guint i = 0; facets[i] != NULL; i++)
    {
      gtk_string_list_append (labels, dossier_tag_facet_label (facets[i]));
      if (g_strcmp0 (facet, facets[i]) == 0)
        selected = i;
    }
  gtk_string_list_append (labels, _("New Facet…"));
  adw_combo_row_set_model (self->facet_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->facet_row, selected);
  on_facet_selected_cb (self);
}

DossierNewTagDialog *
dossier_new_tag_dialog_new (GtkWindow      *parent,
                            DossierLibrary *library,
                            const char     *facet)
{
  DossierNewTagDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_NEW_TAG_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  self->tags = dossier_library_list_tags (library, NULL, &error);
  if (self->tags == NULL)
    {
      show_error (self, error->message);
      self->tags = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_TAG));
    }
  fill_facets (self, facet ? facet : DOSSIER_FACET_ISSUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}
