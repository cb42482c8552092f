/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-followup-labels.h"
#include "dossier-followups.h"
#include "dossier-library.h"
#include "dossier-preferences-window.h"
#include "dossier-window.h"

struct _DossierApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  DossierLibrary *library;       /* owned: the one the windows show */
  gboolean        due_notified;  /* once per start */
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

/* --library and $DOSSIER_LIBRARY (read by the command line) come first,
 * then the folder chosen in Preferences, then the default. */
static char *
dup_library_path (DossierApplication *self)
{
  const char *path = g_getenv ("DOSSIER_LIBRARY");
  g_autofree char *chosen = g_settings_get_string (self->settings, "library-path");

  if (path != NULL && *path != '\0')
    return g_strdup (path);
  if (*chosen != '\0')
    return g_steal_pointer (&chosen);
  return dossier_library_default_path ();
}

static void
show_library_error (DossierApplication *self,
                    const char         *path,
                    const GError       *error)
{
  g_autofree char *body = g_strdup_printf (_("The library in “%s” cannot be opened: %s"),
                                           path, error->message);
  GtkWidget *dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                              _("Cannot Open the Library"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static DossierWindow *
ensure_window (DossierApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (DOSSIER_IS_WINDOW (window))
    return DOSSIER_WINDOW (window);
  if (self->library == NULL)
    {
      path = dup_library_path (self);
      self->library = dossier_library_open (path, &error);
      if (self->library == NULL)
        {
          show_library_error (self, path, error);
          return NULL;
        }
    }
  return dossier_window_new (GTK_APPLICATION (self), self->library);
}

/* What is overdue or due this week, said once when Dossier starts, so
 * that it is seen without looking for it. */
static void
notify_due_followups (DossierApplication *self)
{
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  guint n_overdue = 0, n_due = 0;

  if (self->due_notified || self->library == NULL)
    return;
  self->due_notified = TRUE;
  if (!dossier_library_count_due_asks (self->library, NULL, &n_overdue, &n_due, &error))
    {
      g_warning ("Could not count the follow-ups due: %s", error->message);
      return;
    }
  body = dossier_followup_due_summary (n_overdue, n_due);
  if (body == NULL)
    return;
  notification = g_notification_new (_("Follow-ups Need Attention"));
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, n_overdue > 0 ? G_NOTIFICATION_PRIORITY_HIGH
                                                           : G_NOTIFICATION_PRIORITY_NORMAL);
  g_notification_set_default_action_and_target (notification, "app.show-section", "s",
                                                "followups");
  g_application_send_notification (G_APPLICATION (self), "due-followups", notification);
}

static void
dossier_application_activate (GApplication *application)
{
  DossierWindow *window = ensure_window (DOSSIER_APPLICATION (application));

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  notify_due_followups (DOSSIER_APPLICATION (application));
}

static void
dossier_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DossierWindow *window = ensure_window (DOSSIER_APPLICATION (application));

  if (window == NULL)
    return;
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_import_files (window, files, n_files);
}

static void
open_library_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  DossierApplication *self = data;
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = dossier_library_default_path ();
  GList *windows;
  DossierWindow *window;

  library = dossier_library_open (path, &error);
  if (library == NULL)
    {
      show_library_error (self, path, error);
      return;
    }
  g_settings_set_string (self->settings, "library-path",
                         g_str_equal (path, default_path) ? "" : path);
  /* The choice made here wins over the one made at start. */
  g_unsetenv ("DOSSIER_LIBRARY");

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_set_object (&self->library, library);
  window = dossier_window_new (GTK_APPLICATION (self), library);
  gtk_window_present (GTK_WINDOW (window));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
}

static void
show_section_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  DossierWindow *window = ensure_window (DOSSIER_APPLICATION (data));

  if (window == NULL)
    return;
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                              g_variant_get_string (parameter, NULL));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       data)
{
  DossierApplication *self = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *path;

  if (!DOSSIER_IS_WINDOW (window))
    return;
  path = dossier_library_get_path (dossier_window_get_library (DOSSIER_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (dossier_preferences_window_new (window, path)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  DossierApplication *self = data;
  const char *developers[] = { _("The Dossier authors"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Dossier"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Dossier authors"),
                         "developers", developers,
                         "comments", _("Keep the letters, statements and reports of human-rights "
                                       "advocacy, read them, search them and follow them up."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Dossier authors",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));

  /* Windows go first, so that each empties its trash. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_application_quit (G_APPLICATION (data));
}

static const GActionEntry app_actions[] = {
  { .name = "open-library", .activate = open_library_action, .parameter_type = "s" },
  { .name = "preferences", .activate = preferences_action },
  { .name = "show-section", .activate = show_section_action, .parameter_type = "s" },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

static void
dossier_application_startup (GApplication *application)
{
  DossierApplication *self = DOSSIER_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
}

static void
dossier_application_dispose (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_application_parent_class)->dispose (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dossier_application_dispose;
  application_class->startup = dossier_application_startup;
  application_class->activate = dossier_application_activate;
  application_class->open = dossier_application_open;
}

static void
dossier_application_init (DossierApplication *self)
{
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/dossierapp/Dossier",
                       NULL);
}
