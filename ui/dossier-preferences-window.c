/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-library.h"
#include "dossier-preferences-window.h"

struct _DossierPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  char                 *library_path;
  GtkFileChooserNative *chooser;     /* owned while shown */

  AdwActionRow         *library_row;
  AdwActionRow         *default_row;
};

G_DEFINE_FINAL_TYPE (DossierPreferencesWindow, dossier_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
open_library (DossierPreferencesWindow *self,
              const char               *path)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The parent, not this window: activating closes every window of the
   * library being left, this one included. */
  gtk_widget_activate_action (parent ? GTK_WIDGET (parent) : GTK_WIDGET (self),
                              "app.open-library", "s", path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_chooser_response_cb (DossierPreferencesWindow *self,
                        int                       response)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
      path = folder ? g_file_get_path (folder) : NULL;
    }
  g_clear_object (&self->chooser);
  if (path != NULL)
    open_library (self, path);
}

static void
on_open_clicked_cb (DossierPreferencesWindow *self)
{
  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open Another Library"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Open"), NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_default_clicked_cb (DossierPreferencesWindow *self)
{
  g_autofree char *path = dossier_library_default_path ();

  open_library (self, path);
}

static void
on_show_folder_clicked_cb (DossierPreferencesWindow *self)
{
  g_autoptr(GFile) folder = g_file_new_for_path (self->library_path);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
dossier_preferences_window_dispose (GObject *object)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (dossier_preferences_window_parent_class)->dispose (object);
}

static void
dossier_preferences_window_finalize (GObject *object)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  g_free (self->library_path);

  G_OBJECT_CLASS (dossier_preferences_window_parent_class)->finalize (object);
}

static void
dossier_preferences_window_class_init (DossierPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_preferences_window_dispose;
  object_class->finalize = dossier_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/dossierapp/Dossier/dossier-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierPreferencesWindow, library_row);
  gtk_widget_class_bind_template_child (widget_class, DossierPreferencesWindow, default_row);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_default_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_folder_clicked_cb);
}

static void
dossier_preferences_window_init (DossierPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dossier_preferences_window_new (GtkWindow  *parent,
                                const char *library_path)
{
  DossierPreferencesWindow *self;
  g_autofree char *default_path = dossier_library_default_path ();
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (library_path != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE,
                       NULL);
  canonical = g_canonicalize_filename (library_path, NULL);
  self->library_path = g_strdup (canonical);
  adw_action_row_set_subtitle (self->library_row, canonical);
  adw_action_row_set_subtitle (self->default_row, default_path);
  gtk_widget_set_visible (GTK_WIDGET (self->default_row),
                          g_strcmp0 (canonical, default_path) != 0);
  return GTK_WIDGET (self);
}
