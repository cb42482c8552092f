/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-wrap-box.h"

struct _DossierWrapBox
{
  GtkWidget parent_instance;
  int       spacing;   /* between children, and between lines */
};

G_DEFINE_FINAL_TYPE (DossierWrapBox, dossier_wrap_box, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SPACING, N_PROPS };

static GParamSpec *properties[N_PROPS];

/* Fills lines from the start, each child at its natural width (no wider
 * than a line, no narrower than it can be), and returns the height this
 * takes; with @allocate, places the children too. */
static int
lay_out (DossierWrapBox *self,
         int             width,
         gboolean        allocate)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new ();
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int y = 0;
  guint start = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural, child_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      child_width = MAX (minimum, MIN (natural, width));
      g_ptr_array_add (children, child);
      g_array_append_val (widths, child_width);
    }

  while (start < children->len)
    {
      int line_width = g_array_index (widths, int, start);
      int line_height = 0;
      int x = 0;
      guint end = start + 1;

      while (end < children->len &&
             line_width + self->spacing + g_array_index (widths, int, end) <= width)
        line_width += self->spacing + g_array_index (widths, int, end++);

      for (guint i = start; i < end; i++)
        {
          int minimum, natural;

          gtk_widget_measure (g_ptr_array_index (children, i), GTK_ORIENTATION_VERTICAL,
                              g_array_index (widths, int, i), &minimum, &natural, NULL, NULL);
          line_height = MAX (line_height, natural);
        }

      for (guint i = start; allocate && i < end; i++)
        {
          int child_width = g_array_index (widths, int, i);
          GtkAllocation allocation = {
            .x = rtl ? width - x - child_width : x,
            .y = y,
            .width = child_width,
            .height = line_height,
          };

          gtk_widget_size_allocate (g_ptr_array_index (children, i), &allocation, -1);
          x += child_width + self->spacing;
        }

      y += line_height;
      if (end < children->len)
        y += self->spacing;
      start = end;
    }
  return y;
}

static GtkSizeRequestMode
dossier_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dossier_wrap_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DossierWrapBox *self = DOSSIER_WRAP_BOX (widget);
  int n = 0;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      /* With no width given, as wide as it would like: one line. */
      *minimum = *natural = lay_out (self, for_size >= 0 ? for_size : G_MAXINT / 4, FALSE);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural += child_natural;
      n++;
    }
  if (n > 1)
    *natural += (n - 1) * self->spacing;
}

static void
dossier_wrap_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  lay_out (DOSSIER_WRAP_BOX (widget), width, TRUE);
}

static void
dossier_wrap_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierWrapBox *self = DOSSIER_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_wrap_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DossierWrapBox *self = DOSSIER_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      if (self->spacing != g_value_get_int (value))
        {
          self->spacing = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, properties[PROP_SPACING]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_wrap_box_dispose (GObject *object)
{
  dossier_wrap_box_remove_all (DOSSIER_WRAP_BOX (object));
  G_OBJECT_CLASS (dossier_wrap_box_parent_class)->dispose (object);
}

static void
dossier_wrap_box_class_init (DossierWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_wrap_box_dispose;
  object_class->get_property = dossier_wrap_box_get_property;
  object_class->set_property = dossier_wrap_box_set_property;
  widget_class->get_request_mode = dossier_wrap_box_get_request_mode;
  widget_class->measure = dossier_wrap_box_measure;
  widget_class->size_allocate = dossier_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
dossier_wrap_box_init (DossierWrapBox *self)
{
}

GtkWidget *
dossier_wrap_box_new (void)
{
  return g_object_new (DOSSIER_TYPE_WRAP_BOX, NULL);
}

void
dossier_wrap_box_append (DossierWrapBox *self,
                         GtkWidget      *child)
{
  g_return_if_fail (DOSSIER_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
dossier_wrap_box_remove_all (DossierWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (DOSSIER_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

guint
dossier_wrap_box_get_n_children (DossierWrapBox *self)
{
  guint n = 0;

  g_return_val_if_fail (DOSSIER_IS_WRAP_BOX (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

GtkWidget *
dossier_wrap_box_get_child (DossierWrapBox *self,
                            guint           index)
{
  GtkWidget *child;

  g_return_val_if_fail (DOSSIER_IS_WRAP_BOX (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;
  return child;
}
