/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-ask-dialog.h"
#include "dossier-ask-suggest.h"
#include "dossier-document-asks.h"
#include "dossier-followup-widgets.h"
#include "dossier-followups.h"
#include "dossier-format.h"

struct _DossierDocumentAsks
{
  AdwPreferencesGroup  parent_instance;

  DossierLibrary      *library;       /* owned */
  DossierDocument     *document;      /* owned */
  GPtrArray           *suggestions;   /* DossierAskSuggestion; NULL until read */
  GPtrArray           *rows;          /* borrowed: the rows added to the group */
  guint                idle_id;
  GCancellable        *cancellable;   /* owned: the suggestions being read; NULL when not */
};

G_DEFINE_FINAL_TYPE (DossierDocumentAsks, dossier_document_asks, ADW_TYPE_PREFERENCES_GROUP)

static void
clear_rows (DossierDocumentAsks *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (DossierDocumentAsks *self,
         GtkWidget           *row)
{
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static void
on_ask_row_activated_cb (AdwActionRow        *row,
                         DossierDocumentAsks *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-ask", "x",
                              dossier_ask_row_get_id (GTK_WIDGET (row)));
}

static guint
show_asks (DossierDocumentAsks *self)
{
  DossierAskFilter filter = { .document_id = dossier_document_get_id (self->document),
                              .sort = DOSSIER_ASK_SORT_DUE_DATE };
  g_autoptr(GListModel) asks = dossier_library_list_asks (self->library, &filter, NULL);
  g_autofree char *today = dossier_followups_today (NULL);
  guint n = asks ? g_list_model_get_n_items (asks) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);
      GtkWidget *row = dossier_ask_row_new (ask, TRUE, today);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_ask_row_activated_cb), self, 0);
      add_row (self, row);
    }
  return n;
}

/* ---- Suggestions ---- */

/* The letter stays open; the toast leads to the new follow-up. */
static void
on_ask_added_cb (DossierDocumentAsks *self,
                 DossierAsk          *ask)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Follow-up added"));
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.show-ask");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (dossier_ask_get_id (ask)));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
on_suggestion_clicked_cb (DossierDocumentAsks *self,
                          GtkButton           *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  DossierAskSuggestion *suggestion = g_ptr_array_index (self->suggestions, index);

  if (suggestion->ask_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-ask", "x", suggestion->ask_id);
  else
    gtk_window_present (dossier_document_asks_add_suggestion (self, index));
}

static GtkWidget *
suggestion_row_new (DossierDocumentAsks  *self,
                    DossierAskSuggestion *suggestion,
                    guint                 index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *page = g_strdup_printf (_("Page %u"), suggestion->page);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), suggestion->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (suggestion->ask_id != 0)
    {
      /* Translators: under a sentence of a letter already made a follow-up. */
      g_autofree char *subtitle = g_strdup_printf (_("%s · a follow-up"), page);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      button = gtk_button_new_from_icon_name ("go-next-symbolic");
      gtk_widget_set_tooltip_text (button, _("Open the Follow-up"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open the Follow-up"), -1);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), page);
      button = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_set_tooltip_text (button, _("Add as Follow-up…"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Add as Follow-up…"), -1);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_suggestion_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  gtk_widget_add_css_class (row, "suggested-ask");
  return row;
}

/* A read still to begin, or under way, is dropped: its document is no
 * longer the one shown. */
static void
cancel_reading (DossierDocumentAsks *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
read_suggestions (DossierDocumentAsks *self)
{
  g_autoptr(GError) error = NULL;

  cancel_reading (self);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = dossier_library_suggest_asks (self->library,
                                                    dossier_document_get_id (self->document),
                                                    &error);
  if (self->suggestions == NULL)
    {
      g_warning ("Could not read what the letter asks: %s", error->message);
      self->suggestions = g_ptr_array_new ();
    }
}

static guint
count_new_suggestions (DossierDocumentAsks *self)
{
  guint n = 0;

  for (guint i = 0; i < self->suggestions->len; i++)
    n += ((DossierAskSuggestion *) g_ptr_array_index (self->suggestions, i))->ask_id == 0;
  return n;
}

static void
show_suggestions (DossierDocumentAsks *self)
{
  GtkWidget *expander;
  g_autofree char *subtitle = NULL;
  guint n_new;

  if (self->suggestions == NULL || self->suggestions->len == 0)
    return;
  n_new = count_new_suggestions (self);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Asks in This Letter"));
  if (n_new > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u sentence asks something not yet followed up",
                                             "%u sentences ask something not yet followed up",
                                             n_new), n_new);
  else
    subtitle = g_strdup (_("Each is a follow-up"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander),
                               gtk_image_new_from_icon_name ("mail-send-symbolic"));
  for (guint i = 0; i < self->suggestions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              suggestion_row_new (self, g_ptr_array_index (self->suggestions, i), i));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), n_new > 0);
  add_row (self, expander);
}

static void
rebuild (DossierDocumentAsks *self)
{
  guint n_asks;

  clear_rows (self);
  if (self->document == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  n_asks = show_asks (self);
  show_suggestions (self);
  gtk_widget_set_visible (GTK_WIDGET (self), n_asks > 0 ||
                                             (self->suggestions && self->suggestions->len > 0));
}

static void
suggest_asks_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DossierDocumentAsks) self = user_data;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  suggestions = dossier_library_suggest_asks_finish (DOSSIER_LIBRARY (source_object), result,
                                                     &error);
  /* Another document, or the widget gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (suggestions == NULL)
    {
      g_warning ("Could not read what the letter asks: %s", error->message);
      suggestions = g_ptr_array_new ();
    }
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = g_steal_pointer (&suggestions);
  rebuild (self);
}

/* Finding the sentences and matching the rules in each takes a while: in
 * a thread, so that opening the letter is not held up. */
static gboolean
read_suggestions_cb (gpointer data)
{
  DossierDocumentAsks *self = data;

  self->idle_id = 0;
  self->cancellable = g_cancellable_new ();
  dossier_library_suggest_asks_async (self->library, dossier_document_get_id (self->document),
                                      self->cancellable, suggest_asks_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Which sentences the document's asks hold, as the suggestions said
 * when they were read: finding the sentences again would cost as much as
 * opening the letter, and they have not changed. */
static void
mark_followed_up (DossierDocumentAsks *self)
{
  DossierAskFilter filter = { .document_id = dossier_document_get_id (self->document) };
  g_autoptr(GListModel) asks = dossier_library_list_asks (self->library, &filter, NULL);

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      DossierAskSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      suggestion->ask_id = 0;
      for (guint j = 0; asks != NULL && j < g_list_model_get_n_items (asks) && suggestion->ask_id == 0; j++)
        {
          g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, j);

          if (g_strcmp0 (suggestion->text, dossier_ask_get_text (ask)) == 0)
            suggestion->ask_id = dossier_ask_get_id (ask);
        }
    }
}

/* Asks added, changed or gone: the list, and which sentences are
 * followed up already. */
static void
on_followups_changed_cb (DossierDocumentAsks *self)
{
  if (self->document == NULL)
    return;
  if (self->suggestions != NULL)
    mark_followed_up (self);
  rebuild (self);
}

/* ---- GObject ---- */

static void
dossier_document_asks_dispose (GObject *object)
{
  DossierDocumentAsks *self = DOSSIER_DOCUMENT_ASKS (object);

  cancel_reading (self);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_document_asks_parent_class)->dispose (object);
}

/* Out of its window, the read has no one to show its result to; and its
 * library may be about to close. */
static void
dossier_document_asks_unroot (GtkWidget *widget)
{
  cancel_reading (DOSSIER_DOCUMENT_ASKS (widget));
  GTK_WIDGET_CLASS (dossier_document_asks_parent_class)->unroot (widget);
}

static void
dossier_document_asks_finalize (GObject *object)
{
  DossierDocumentAsks *self = DOSSIER_DOCUMENT_ASKS (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (dossier_document_asks_parent_class)->finalize (object);
}

static void
dossier_document_asks_class_init (DossierDocumentAsksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_document_asks_dispose;
  object_class->finalize = dossier_document_asks_finalize;
  widget_class->unroot = dossier_document_asks_unroot;
}

static void
dossier_document_asks_init (DossierDocumentAsks *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Follow-ups"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
dossier_document_asks_new (void)
{
  return g_object_new (DOSSIER_TYPE_DOCUMENT_ASKS, NULL);
}

void
dossier_document_asks_set_document (DossierDocumentAsks *self,
                                    DossierLibrary      *library,
                                    DossierDocument     *document)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_ASKS (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (document == NULL || (DOSSIER_IS_DOCUMENT (document) && library != NULL));

  if (self->document == document && self->library == library)
    return;
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  g_set_object (&self->document, document);
  cancel_reading (self);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  if (library != NULL)
    g_signal_connect_object (library, "followups-changed", G_CALLBACK (on_followups_changed_cb),
                             self, G_CONNECT_SWAPPED);
  if (document != NULL)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, read_suggestions_cb, self, NULL);
  rebuild (self);
}

guint
dossier_document_asks_get_n_suggestions (DossierDocumentAsks *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_ASKS (self), 0);

  if (self->document == NULL)
    return 0;
  if (self->suggestions == NULL)
    {
      read_suggestions (self);
      rebuild (self);
    }
  return self->suggestions->len;
}

GtkWindow *
dossier_document_asks_add_suggestion (DossierDocumentAsks *self,
                                      guint                index)
{
  DossierAskSuggestion *suggestion;
  DossierAskDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_ASKS (self), NULL);

  if (index >= dossier_document_asks_get_n_suggestions (self))
    return NULL;
  suggestion = g_ptr_array_index (self->suggestions, index);
  title = dossier_format_document_title (self->document);
  /* Translators: the first history entry of a follow-up taken from a letter. */
  note = g_strdup_printf (_("From “%s”, page %u"), title, suggestion->page);
  dialog = dossier_ask_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   self->library);
  dossier_ask_dialog_set_text (dialog, suggestion->text);
  dossier_ask_dialog_set_tags (dialog, (const gint64 *) suggestion->tag_ids->data,
                               suggestion->tag_ids->len);
  dossier_ask_dialog_add_document (dialog, dossier_document_get_id (self->document),
                                   suggestion->page);
  dossier_ask_dialog_set_note (dialog, note);
  g_signal_connect_object (dialog, "ask-added", G_CALLBACK (on_ask_added_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WINDOW (dialog);
}
