/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-date-row.h"
#include "dossier-event-dialog.h"
#include "dossier-followup-labels.h"
#include "dossier-tag.h"
#include "dossier-tags.h"

struct _DossierEventDialog
{
  AdwWindow        parent_instance;

  DossierLibrary  *library;        /* owned */
  DossierEvent    *event;          /* owned; NULL for a new one */
  GArray          *country_ids;    /* gint64: the country row's items after "None" */
  GListModel      *events;         /* owned: the library's, to number the round */

  GtkButton       *save_button;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *title_row;
  AdwComboRow     *kind_row;
  AdwComboRow     *country_row;
  DossierDateRow  *date_row;
  GtkWidget       *date_error_row;
  GtkLabel        *date_error_label;
  AdwEntryRow     *place_row;
  AdwEntryRow     *process_row;
  GtkMenuButton   *process_button;
  GtkPopover      *process_popover;
  GtkListBox      *process_list;
  AdwActionRow    *round_row;
  GtkTextView     *notes_view;
};

G_DEFINE_FINAL_TYPE (DossierEventDialog, dossier_event_dialog, ADW_TYPE_WINDOW)

enum { EVENT_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- Reading the fields ---- */

/* What an entry holds, trimmed; NULL when blank. */
static char *
dup_entry_value (AdwEntryRow *row)
{
  char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static char *
dup_notes (DossierEventDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  char *notes;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*notes == '\0')
    g_clear_pointer (&notes, g_free);
  return notes;
}

static gint64
selected_country_id (DossierEventDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->country_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->country_ids->len)
    return 0;
  return g_array_index (self->country_ids, gint64, selected - 1);
}

static void
show_date_error (DossierEventDialog *self,
                 const char         *message)
{
  gtk_label_set_text (self->date_error_label, message ? message : "");
  gtk_widget_set_visible (self->date_error_row, message != NULL);
}

/* The round the event would be: the events of its process dated before
 * it, or on its day and made earlier, and one. */
static guint
count_round (DossierEventDialog *self,
             const char         *process,
             const char         *date)
{
  g_autofree char *folded = g_utf8_casefold (process, -1);
  guint round = 1;

  for (guint i = 0; i < g_list_model_get_n_items (self->events); i++)
    {
      g_autoptr(DossierEvent) other = g_list_model_get_item (self->events, i);
      const char *other_process = dossier_event_get_process (other);
      g_autofree char *other_folded = other_process ? g_utf8_casefold (other_process, -1) : NULL;

      if (other == self->event || g_strcmp0 (folded, other_folded) != 0)
        continue;
      if (g_strcmp0 (dossier_event_get_date (other), date) < 0 ||
          (g_strcmp0 (dossier_event_get_date (other), date) == 0 &&
           (self->event == NULL || dossier_event_get_id (other) < dossier_event_get_id (self->event))))
        round++;
    }
  return round;
}

static void
update_round (DossierEventDialog *self)
{
  g_autofree char *process = dup_entry_value (self->process_row);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (process == NULL || !dossier_date_row_read (self->date_row, &date, NULL) || date == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->round_row), FALSE);
      return;
    }
  /* Translators: "Round 8 of EU–Kazakhstan Human Rights Dialogue" */
  text = g_strdup_printf (_("Round %u of %s"), count_round (self, process, date), process);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->round_row), text);
  gtk_widget_set_visible (GTK_WIDGET (self->round_row), TRUE);
}

/* ---- Callbacks ---- */

static void
on_title_changed_cb (DossierEventDialog *self)
{
  g_autofree char *title = dup_entry_value (self->title_row);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), title != NULL && *date != '\0');
  show_date_error (self, NULL);
  update_round (self);
}

static void
on_process_changed_cb (DossierEventDialog *self)
{
  update_round (self);
}

static void
on_process_activated_cb (DossierEventDialog *self,
                         GtkListBoxRow      *row)
{
  const char *process = g_object_get_data (G_OBJECT (row), "process");

  gtk_editable_set_text (GTK_EDITABLE (self->process_row), process);
  gtk_popover_popdown (self->process_popover);
}

static void
on_save_clicked_cb (DossierEventDialog *self)
{
  dossier_event_dialog_save (self);
}

/* ---- Filling in ---- */

static void
fill_kinds (DossierEventDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < DOSSIER_EVENT_N_KINDS; i++)
    gtk_string_list_append (kinds, dossier_event_kind_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
fill_countries (DossierEventDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) countries = dossier_library_list_tags (self->library,
                                                               DOSSIER_FACET_COUNTRY, NULL);

  gtk_string_list_append (names, _("None"));
  for (guint i = 0; countries != NULL && i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (countries, i);
      gint64 id = dossier_tag_get_id (tag);

      gtk_string_list_append (names, dossier_tag_get_name (tag));
      g_array_append_val (self->country_ids, id);
    }
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
}

static void
fill_processes (DossierEventDialog *self)
{
  g_auto(GStrv) processes = dossier_library_list_processes (self->library, NULL);

  for (guint i = 0; processes != NULL && processes[i] != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (processes[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "process", g_strdup (processes[i]), g_free);
      gtk_list_box_append (self->process_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->process_button),
                          processes != NULL && processes[0] != NULL);
}

static void
select_country (DossierEventDialog *self,
                gint64              id)
{
  for (guint i = 0; i < self->country_ids->len; i++)
    if (g_array_index (self->country_ids, gint64, i) == id)
      adw_combo_row_set_selected (self->country_row, i + 1);
}

static void
show_event (DossierEventDialog *self)
{
  DossierEvent *event = self->event;
  const char *notes = dossier_event_get_notes (event);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), dossier_event_get_title (event));
  adw_combo_row_set_selected (self->kind_row, dossier_event_get_kind (event));
  select_country (self, dossier_event_get_country_id (event));
  dossier_date_row_set_date (self->date_row, dossier_event_get_date (event));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         dossier_event_get_place (event) ? dossier_event_get_place (event) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->process_row),
                         dossier_event_get_process (event) ? dossier_event_get_process (event) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
}

/* ---- Roll-over ---- */

static void
on_rollover_response_cb (AdwMessageDialog *dialog,
                         const char       *response)
{
  DossierEvent *event = g_object_get_data (G_OBJECT (dialog), "event");
  DossierLibrary *library = g_object_get_data (G_OBJECT (dialog), "library");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  GPtrArray *asks = g_object_get_data (G_OBJECT (dialog), "asks");
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "carry") != 0)
    return;
  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_ptr_array_add (chosen, g_ptr_array_index (asks, i));
  if (chosen->len == 0)
    return;
  if (dossier_library_carry_over_asks (library, event, (DossierAsk * const *) chosen->pdata,
                                       chosen->len, &error) < 0)
    {
      GtkWidget *failed = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                                  _("Follow-ups Not Carried Over"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }
}

static GtkWidget *
rollover_row_new (DossierAsk *ask,
                  GPtrArray  *checks)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *due = dossier_followup_due_text (dossier_ask_get_due_date (ask), TRUE, NULL);
  g_autofree char *subtitle = NULL;

  if (due != NULL)
    /* Translators: a follow-up's status and due date, "Raised · Due in 3 days". */
    subtitle = g_strdup_printf (_("%s · %s"), dossier_ask_get_status_label (ask), due);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dossier_ask_get_text (ask), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_ask_get_text (ask));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               subtitle ? subtitle : dossier_ask_get_status_label (ask));
  g_ptr_array_add (checks, check);
  return row;
}

GtkWidget *
dossier_rollover_dialog_new (GtkWindow      *parent,
                             DossierLibrary *library,
                             DossierEvent   *event)
{
  g_autoptr(GListModel) open_asks = NULL;
  g_autoptr(DossierEvent) previous = NULL;
  g_autoptr(GPtrArray) asks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scrolled;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  open_asks = dossier_library_list_carry_over_asks (library, event, NULL);
  previous = dossier_library_dup_previous_round (library, event, NULL);
  n = open_asks ? g_list_model_get_n_items (open_asks) : 0;
  if (n == 0 || previous == NULL)
    return NULL;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” left %u follow-up open. Carry it over to this "
                                       "round? Its history continues here.",
                                       "“%s” left %u follow-ups open. Carry those checked over "
                                       "to this round? Their history continues here.", n),
                          dossier_event_get_title (previous), n);
  dialog = adw_message_dialog_new (parent, _("Carry Over Open Follow-ups?"), body);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 460, -1);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      DossierAsk *ask = g_list_model_get_item (open_asks, i);

      g_ptr_array_add (asks, ask);
      gtk_list_box_append (GTK_LIST_BOX (list), rollover_row_new (ask, checks));
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  /* Room for three asks before it scrolls; the dialog would squeeze them. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (n, 3) * 72);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Leave Them"),
                                    "carry", _("C_arry Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "carry",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "carry");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data_full (G_OBJECT (dialog), "library", g_object_ref (library), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "asks", g_steal_pointer (&asks),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "checks", g_steal_pointer (&checks),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "event", g_object_ref (event), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_rollover_response_cb), NULL);
  return dialog;
}

/* ---- GObject ---- */

static void
dossier_event_dialog_dispose (GObject *object)
{
  DossierEventDialog *self = DOSSIER_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EVENT_DIALOG);
  g_clear_object (&self->events);
  g_clear_object (&self->event);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_event_dialog_parent_class)->dispose (object);
}

static void
dossier_event_dialog_finalize (GObject *object)
{
  DossierEventDialog *self = DOSSIER_EVENT_DIALOG (object);

  g_array_unref (self->country_ids);

  G_OBJECT_CLASS (dossier_event_dialog_parent_class)->finalize (object);
}

static void
dossier_event_dialog_class_init (DossierEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_event_dialog_dispose;
  object_class->finalize = dossier_event_dialog_finalize;

  signals[EVENT_SAVED] = g_signal_new ("event-saved", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  g_type_ensure (DOSSIER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-event-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, name)
  BIND (save_button);
  BIND (toast_overlay);
  BIND (title_row);
  BIND (kind_row);
  BIND (country_row);
  BIND (date_row);
  BIND (date_error_row);
  BIND (date_error_label);
  BIND (place_row);
  BIND (process_row);
  BIND (process_button);
  BIND (process_popover);
  BIND (process_list);
  BIND (round_row);
  BIND (notes_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_process_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_process_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_event_dialog_init (DossierEventDialog *self)
{
  self->country_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_kinds (self);
}

DossierEventDialog *
dossier_event_dialog_new (GtkWindow      *parent,
                          DossierLibrary *library,
                          DossierEvent   *event)
{
  DossierEventDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (event == NULL || DOSSIER_IS_EVENT (event), NULL);

  self = g_object_new (DOSSIER_TYPE_EVENT_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  self->event = event ? g_object_ref (event) : NULL;
  self->events = dossier_library_list_events (library, NULL);
  if (self->events == NULL)
    self->events = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_EVENT));
  fill_countries (self);
  fill_processes (self);
  gtk_window_set_title (GTK_WINDOW (self), event ? _("Edit Event") : _("New Event"));
  gtk_button_set_label (self->save_button, event ? _("_Save") : _("C_reate"));
  if (event != NULL)
    show_event (self);
  else
    adw_combo_row_set_selected (self->kind_row, DOSSIER_EVENT_DIALOGUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

gboolean
dossier_event_dialog_save (DossierEventDialog *self)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *place = NULL;
  g_autofree char *process = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(DossierEvent) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  GtkWidget *rollover = NULL;
  DossierEventSpec spec = { NULL };

  g_return_val_if_fail (DOSSIER_IS_EVENT_DIALOG (self), FALSE);

  title = dup_entry_value (self->title_row);
  if (title == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Give the event a title.")));
      return FALSE;
    }
  if (!dossier_date_row_read (self->date_row, &date, &error) || date == NULL)
    {
      show_date_error (self, error ? error->message : _("Type the day of the event."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  place = dup_entry_value (self->place_row);
  process = dup_entry_value (self->process_row);
  notes = dup_notes (self);

  if (self->event != NULL)
    dossier_event_spec_init_from (&spec, self->event);
  spec.title = title;
  spec.kind = adw_combo_row_get_selected (self->kind_row);
  spec.country_id = selected_country_id (self);
  spec.date = date;
  spec.place = place;
  spec.process = process;
  spec.notes = notes;

  if (self->event == NULL)
    saved = dossier_library_add_event (self->library, &spec, &error);
  else if (dossier_library_update_event (self->library, self->event, &spec, &error))
    saved = g_object_ref (self->event);
  if (saved == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (self->event == NULL)
    rollover = dossier_rollover_dialog_new (parent, self->library, saved);
  g_signal_emit (self, signals[EVENT_SAVED], 0, saved);
  gtk_window_destroy (GTK_WINDOW (self));
  if (rollover != NULL)
    gtk_window_present (GTK_WINDOW (rollover));
  return TRUE;
}
