/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-colour-button.h"
#include "dossier-tag-row.h"

#define COLUMNS 5

/* GNOME's palette, at shades dark enough to stand out on a light
 * background and light enough to on a dark one; the facets' own colours
 * (dossier_tag_default_colour()) are among them. */
static const struct
{
  const char *colour;
  const char *name;
} palette[] = {
  { "#3584e4", N_("Blue") },
  { "#2190a4", N_("Teal") },
  { "#26a269", N_("Green") },
  { "#e5a50a", N_("Yellow") },
  { "#e66100", N_("Orange") },
  { "#e01b24", N_("Red") },
  { "#c061cb", N_("Pink") },
  { "#813d9c", N_("Purple") },
  { "#986a44", N_("Brown") },
  { "#77767b", N_("Grey") },
};

struct _DossierColourButton
{
  GtkWidget      parent_instance;

  char          *colour;
  GtkMenuButton *button;             /* child */
  GtkWidget     *dot;                /* the button's */
  GtkPopover    *popover;            /* the button's */
  GtkWidget     *swatches[G_N_ELEMENTS (palette)];
  GtkWidget     *custom_dialog;      /* owned while shown */
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (DossierColourButton, dossier_colour_button, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_COLOUR, N_PROPS };
enum { COLOUR_SET, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
colour_name (const char *colour)
{
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_ascii_strcasecmp (colour, palette[i].colour) == 0)
      return _(palette[i].name);
  return NULL;
}

/* A check mark that reads on the swatch: white on a dark one, black on a
 * light one (relative luminance, roughly). */
static gboolean
is_light (const char *colour)
{
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, colour))
    return FALSE;
  return 0.2126 * rgba.red + 0.7152 * rgba.green + 0.0722 * rgba.blue > 0.6;
}

static void
update_swatches (DossierColourButton *self)
{
  const char *name = self->colour ? colour_name (self->colour) : NULL;
  g_autofree char *label = NULL;

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->swatches[i]),
                                  self->colour != NULL &&
                                  g_ascii_strcasecmp (self->colour, palette[i].colour) == 0);
  self->updating = FALSE;

  dossier_tag_dot_set_colour (self->dot, self->colour);
  /* Translators: the colour button's accessible name and tooltip, with
   * the colour's name ("Blue") or its code (#12ab34). */
  label = g_strdup_printf (_("Colour: %s"), name ? name : (self->colour ? self->colour : ""));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
choose (DossierColourButton *self,
        const char          *colour)
{
  if (g_strcmp0 (self->colour, colour) != 0)
    {
      dossier_colour_button_set_colour (self, colour);
      g_signal_emit (self, signals[COLOUR_SET], 0);
    }
}

static void
on_swatch_toggled_cb (DossierColourButton *self,
                      GtkToggleButton     *swatch)
{
  if (self->updating || !gtk_toggle_button_get_active (swatch))
    return;
  choose (self, g_object_get_data (G_OBJECT (swatch), "colour"));
  gtk_popover_popdown (self->popover);
}

static void
on_custom_response_cb (DossierColourButton *self,
                       int                  response,
                       GtkColorChooser     *chooser)
{
  if (response == GTK_RESPONSE_OK)
    {
      GdkRGBA rgba;
      g_autofree char *colour = NULL;

      gtk_color_chooser_get_rgba (chooser, &rgba);
      colour = g_strdup_printf ("#%02x%02x%02x", (guint) (rgba.red * 255 + 0.5),
                                (guint) (rgba.green * 255 + 0.5), (guint) (rgba.blue * 255 + 0.5));
      choose (self, colour);
    }
  gtk_window_destroy (GTK_WINDOW (self->custom_dialog));
  g_clear_object (&self->custom_dialog);
}

static void
on_custom_clicked_cb (DossierColourButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GdkRGBA rgba;

  gtk_popover_popdown (self->popover);
  if (self->custom_dialog != NULL)
    return;
  self->custom_dialog = g_object_ref_sink (gtk_color_chooser_dialog_new (_("Custom Colour"),
                                                                         GTK_IS_WINDOW (root)
                                                                         ? GTK_WINDOW (root)
                                                                         : NULL));
  gtk_window_set_modal (GTK_WINDOW (self->custom_dialog), TRUE);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (self->custom_dialog), FALSE);
  if (self->colour != NULL && gdk_rgba_parse (&rgba, self->colour))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->custom_dialog), &rgba);
  g_signal_connect_object (self->custom_dialog, "response", G_CALLBACK (on_custom_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->custom_dialog));
}

static GtkWidget *
swatch_new (DossierColourButton *self,
            guint                index)
{
  GtkWidget *swatch = gtk_toggle_button_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *dot = dossier_tag_dot_new (palette[index].colour);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 24);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 24);
  gtk_widget_add_css_class (check, is_light (palette[index].colour) ? "on-light" : "on-dark");
  gtk_widget_set_can_target (check, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), dot);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), check);
  g_object_bind_property (swatch, "active", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_button_set_child (GTK_BUTTON (swatch), overlay);
  gtk_widget_add_css_class (swatch, "flat");
  gtk_widget_add_css_class (swatch, "circular");
  gtk_widget_add_css_class (swatch, "colour-swatch");
  gtk_widget_set_tooltip_text (swatch, _(palette[index].name));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swatch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(palette[index].name), -1);
  g_object_set_data (G_OBJECT (swatch), "colour", (gpointer) palette[index].colour);
  g_signal_connect_object (swatch, "toggled", G_CALLBACK (on_swatch_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  return swatch;
}

static GtkWidget *
palette_new (DossierColourButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *custom = gtk_button_new_with_mnemonic (_("C_ustom…"));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colours"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      self->swatches[i] = swatch_new (self, i);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->swatches[i]),
                                     GTK_TOGGLE_BUTTON (self->swatches[0]));
      gtk_grid_attach (GTK_GRID (grid), self->swatches[i], i % COLUMNS, i / COLUMNS, 1, 1);
    }
  gtk_widget_add_css_class (custom, "flat");
  g_signal_connect_object (custom, "clicked", G_CALLBACK (on_custom_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), custom);
  return box;
}

static void
dossier_colour_button_dispose (GObject *object)
{
  DossierColourButton *self = DOSSIER_COLOUR_BUTTON (object);

  if (self->custom_dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->custom_dialog));
      g_clear_object (&self->custom_dialog);
    }
  if (self->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->button));
      self->button = NULL;
    }
  G_OBJECT_CLASS (dossier_colour_button_parent_class)->dispose (object);
}

static void
dossier_colour_button_finalize (GObject *object)
{
  DossierColourButton *self = DOSSIER_COLOUR_BUTTON (object);

  g_free (self->colour);
  G_OBJECT_CLASS (dossier_colour_button_parent_class)->finalize (object);
}

static void
dossier_colour_button_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierColourButton *self = DOSSIER_COLOUR_BUTTON (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_colour_button_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierColourButton *self = DOSSIER_COLOUR_BUTTON (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      dossier_colour_button_set_colour (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_colour_button_class_init (DossierColourButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_colour_button_dispose;
  object_class->finalize = dossier_colour_button_finalize;
  object_class->get_property = dossier_colour_button_get_property;
  object_class->set_property = dossier_colour_button_set_property;

  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[COLOUR_SET] = g_signal_new ("colour-set", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "colourbutton");
}

static void
dossier_colour_button_init (DossierColourButton *self)
{
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  self->dot = dossier_tag_dot_new (NULL);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->dot), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->dot), 16);
  gtk_menu_button_set_child (self->button, self->dot);
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, palette_new (self));
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  update_swatches (self);
}

GtkWidget *
dossier_colour_button_new (void)
{
  return g_object_new (DOSSIER_TYPE_COLOUR_BUTTON, NULL);
}

const char *
dossier_colour_button_get_colour (DossierColourButton *self)
{
  g_return_val_if_fail (DOSSIER_IS_COLOUR_BUTTON (self), NULL);
  return self->colour;
}

void
dossier_colour_button_set_colour (DossierColourButton *self,
                                  const char          *colour)
{
  g_return_if_fail (DOSSIER_IS_COLOUR_BUTTON (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;
  g_free (self->colour);
  self->colour = g_strdup (colour);
  update_swatches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}
