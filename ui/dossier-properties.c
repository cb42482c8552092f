/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-analysis.h"
#include "dossier-document-asks.h"
#include "dossier-error.h"
#include "dossier-format.h"
#include "dossier-properties.h"
#include "dossier-tag-chips.h"

/* Notes are saved once typing pauses this long, or when focus leaves. */
#define NOTES_SAVE_DELAY_MS 1000

struct _DossierProperties
{
  GtkWidget        parent_instance;

  DossierLibrary  *library;          /* owned */
  DossierDocument *document;         /* owned */
  gulong           notify_id;
  guint            notes_timeout_id;
  guint            updating;         /* > 0 while showing values, not taking input */
  GStrv            language_codes;   /* owned; the language row's items, "" for none */

  GtkStack        *stack;
  AdwEntryRow     *title_row;
  AdwComboRow     *kind_row;
  AdwComboRow     *language_row;
  AdwEntryRow     *date_row;
  GtkPopover      *date_popover;
  GtkCalendar     *calendar;
  GtkWidget       *date_error_row;
  GtkLabel        *date_error_label;
  AdwEntryRow     *place_row;
  AdwEntryRow     *senders_row;
  AdwEntryRow     *recipient_row;
  GtkSwitch       *confidential_switch;
  GtkTextView     *notes_view;
  GtkLabel        *original_name_label;
  AdwActionRow    *pages_row;
  GtkLabel        *pages_label;
  GtkWidget       *pages_warning_icon;
  GtkLabel        *size_label;
  GtkLabel        *imported_label;
  DossierTagChips *tag_chips;
  DossierDocumentAsks *document_asks;

  GtkWidget       *title_edited;
  GtkWidget       *kind_edited;
  GtkWidget       *language_edited;
  GtkWidget       *date_edited;
  GtkWidget       *place_edited;
  GtkWidget       *senders_edited;
  GtkWidget       *recipient_edited;
  GtkWidget       *confidential_edited;
  GtkWidget       *notes_edited;
};

G_DEFINE_FINAL_TYPE (DossierProperties, dossier_properties, GTK_TYPE_WIDGET)

/* The fields edited in an entry row, and the document property each shows. */
static const struct
{
  DossierDocumentField  field;
  const char           *property;
} entry_fields[] = {
  { DOSSIER_DOCUMENT_FIELD_TITLE, "title" },
  { DOSSIER_DOCUMENT_FIELD_DATE, "date" },
  { DOSSIER_DOCUMENT_FIELD_PLACE, "place" },
  { DOSSIER_DOCUMENT_FIELD_SENDERS, "senders" },
  { DOSSIER_DOCUMENT_FIELD_RECIPIENT, "recipient" },
};

static AdwEntryRow *
entry_row_for_field (DossierProperties    *self,
                     DossierDocumentField  field)
{
  switch (field)
    {
    case DOSSIER_DOCUMENT_FIELD_TITLE: return self->title_row;
    case DOSSIER_DOCUMENT_FIELD_DATE: return self->date_row;
    case DOSSIER_DOCUMENT_FIELD_PLACE: return self->place_row;
    case DOSSIER_DOCUMENT_FIELD_SENDERS: return self->senders_row;
    case DOSSIER_DOCUMENT_FIELD_RECIPIENT: return self->recipient_row;
    default: g_assert_not_reached ();
    }
}

static DossierDocumentField
field_for_entry_row (DossierProperties *self,
                     AdwEntryRow       *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    if (entry_row_for_field (self, entry_fields[i].field) == row)
      return entry_fields[i].field;
  g_assert_not_reached ();
}

/* What an entry row shows for @field of the current document. */
static char *
dup_entry_text (DossierProperties    *self,
                DossierDocumentField  field)
{
  DossierDocument *document = self->document;
  const char *text = NULL;

  if (document == NULL)
    return g_strdup ("");

  switch (field)
    {
    case DOSSIER_DOCUMENT_FIELD_TITLE: text = dossier_document_get_title (document); break;
    case DOSSIER_DOCUMENT_FIELD_DATE: text = dossier_document_get_date (document); break;
    case DOSSIER_DOCUMENT_FIELD_PLACE: text = dossier_document_get_place (document); break;
    case DOSSIER_DOCUMENT_FIELD_RECIPIENT: text = dossier_document_get_recipient (document); break;
    case DOSSIER_DOCUMENT_FIELD_SENDERS:
      return dossier_format_join_senders (dossier_document_get_senders (document));
    default: g_assert_not_reached ();
    }

  return g_strdup (text != NULL ? text : "");
}

/* What the library is given for the text typed into an entry row; NULL
 * clears the field. */
static char *
dup_entry_value (DossierDocumentField  field,
                 const char           *text)
{
  g_autofree char *value = NULL;

  switch (field)
    {
    case DOSSIER_DOCUMENT_FIELD_DATE: return dossier_format_normalize_date (text);
    case DOSSIER_DOCUMENT_FIELD_SENDERS: return dossier_format_split_senders (text);
    default: break;
    }

  value = g_strstrip (g_strdup (text));
  return *value != '\0' ? g_steal_pointer (&value) : NULL;
}

/* Whether @value is what the library holds already, in its own form: a
 * retyped date or a trailing space is no edit, and must not mark the field
 * as the user's. */
static gboolean
entry_value_is_stored (DossierProperties    *self,
                       DossierDocumentField  field,
                       const char           *value)
{
  g_autofree char *stored = NULL;

  if (field == DOSSIER_DOCUMENT_FIELD_SENDERS)
    stored = g_strjoinv ("\n", (char **) dossier_document_get_senders (self->document));
  else
    stored = dup_entry_text (self, field);
  return g_str_equal (stored, value != NULL ? value : "");
}

/* AdwEntryRow keeps its apply button up after text set from code while it
 * has focus; turning the button off and on again is the one public way to
 * say "nothing left to apply". */
static void
reset_apply_button (AdwEntryRow *row)
{
  adw_entry_row_set_show_apply_button (row, FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
clear_date_error (DossierProperties *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->date_row), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_widget_set_visible (self->date_error_row, FALSE);
  gtk_label_set_text (self->date_error_label, "");
}

/* The date row keeps what was typed, so that it can be corrected. */
static void
show_date_error (DossierProperties *self,
                 const char        *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date_row),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  gtk_label_set_text (self->date_error_label, message);
  gtk_widget_set_visible (self->date_error_row, TRUE);
}

/* Failures that are not about what was typed (a full disk, a locked
 * database) go to the window's toast overlay. */
static void
show_toast (DossierProperties *self,
            const char        *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static void
show_entry (DossierProperties    *self,
            DossierDocumentField  field)
{
  AdwEntryRow *row = entry_row_for_field (self, field);
  g_autofree char *text = dup_entry_text (self, field);

  self->updating++;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  reset_apply_button (row);
  self->updating--;

  if (field == DOSSIER_DOCUMENT_FIELD_DATE)
    clear_date_error (self);
}

static gboolean
save_field (DossierProperties     *self,
            DossierDocumentField   field,
            const char            *value,
            GError               **error)
{
  return dossier_library_set_field (self->library, self->document, field, value, error);
}

/* Stores what was typed into @row, if it differs from what is stored. */
static void
save_entry (DossierProperties *self,
            AdwEntryRow       *row)
{
  DossierDocumentField field = field_for_entry_row (self, row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || self->updating > 0)
    return;

  value = dup_entry_value (field, text);
  if (entry_value_is_stored (self, field, value))
    {
      show_entry (self, field);
      return;
    }

  if (!save_field (self, field, value, &error))
    {
      if (field == DOSSIER_DOCUMENT_FIELD_DATE &&
          g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE))
        show_date_error (self, error->message);
      else
        show_toast (self, error->message);
      return;
    }

  /* Shows the stored form: "2016-11-23" for "23.11.2016", even when the
   * date was already that and so nothing notified. */
  show_entry (self, field);
}

static void
show_kind (DossierProperties *self)
{
  const char *kind = dossier_document_get_kind (self->document);
  const char * const *kinds = dossier_analysis_kinds ();
  guint position = 0;

  for (guint i = 0; kind != NULL && kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], kind))
      position = i + 1;

  self->updating++;
  adw_combo_row_set_selected (self->kind_row, position);
  self->updating--;
}

static GListModel *
kind_names_new (void)
{
  const char * const *kinds = dossier_analysis_kinds ();
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("Not set"));
  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (names, dossier_kind_get_display_name (kinds[i]));
  return G_LIST_MODEL (names);
}

/* The known languages, and the document's own when it is another. */
static GStrv
language_codes_new (const char *current)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *known = dossier_language_known_codes ();

  g_strv_builder_add (builder, "");
  g_strv_builder_addv (builder, (const char **) known);
  if (current != NULL && *current != '\0' && !g_strv_contains (known, current))
    g_strv_builder_add (builder, current);
  return g_strv_builder_end (builder);
}

static void
fill_language_row (DossierProperties *self,
                   const char        *language)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_strfreev (self->language_codes);
  self->language_codes = language_codes_new (language);
  gtk_string_list_append (names, _("Not set"));
  for (guint i = 1; self->language_codes[i] != NULL; i++)
    gtk_string_list_append (names, dossier_language_get_display_name (self->language_codes[i]));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

/* The items are made again only when the language is not among them: a
 * model replaced while its own selection is being handled would confuse
 * the combo row. */
static void
show_language (DossierProperties *self)
{
  const char *language = dossier_document_get_language (self->document);
  guint position = 0;

  self->updating++;
  if (self->language_codes == NULL ||
      (language != NULL && !g_strv_contains ((const char * const *) self->language_codes,
                                             language)))
    fill_language_row (self, language);
  for (guint i = 1; language != NULL && self->language_codes[i] != NULL; i++)
    if (g_str_equal (self->language_codes[i], language))
      position = i;
  adw_combo_row_set_selected (self->language_row, position);
  self->updating--;
}

static char *
dup_notes_text (DossierProperties *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The library trims what it stores; text that differs only in the spaces
 * being typed at its end is left alone, so the cursor does not jump. */
static gboolean
notes_match_document (DossierProperties *self)
{
  const char *notes = dossier_document_get_notes (self->document);
  g_autofree char *typed = dup_notes_text (self);

  return g_str_equal (typed, notes != NULL ? notes : "");
}

static void
show_notes (DossierProperties *self)
{
  const char *notes = dossier_document_get_notes (self->document);

  /* Never overwrite what is being typed and not yet saved. */
  if (self->notes_timeout_id != 0 || notes_match_document (self))
    return;

  self->updating++;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);
  self->updating--;
}

static void
save_notes (DossierProperties *self)
{
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (self->document == NULL || notes_match_document (self))
    return;

  notes = dup_notes_text (self);
  if (!save_field (self, DOSSIER_DOCUMENT_FIELD_NOTES, notes, &error))
    show_toast (self, error->message);
}

static void
show_confidential (DossierProperties *self)
{
  self->updating++;
  gtk_switch_set_active (self->confidential_switch,
                         dossier_document_get_confidential (self->document));
  self->updating--;
}

static void
show_user_fields (DossierProperties *self)
{
  guint user_fields = dossier_document_get_user_fields (self->document);
  const struct
  {
    DossierDocumentField  field;
    GtkWidget            *icon;
  } icons[] = {
    { DOSSIER_DOCUMENT_FIELD_TITLE, self->title_edited },
    { DOSSIER_DOCUMENT_FIELD_DATE, self->date_edited },
    { DOSSIER_DOCUMENT_FIELD_PLACE, self->place_edited },
    { DOSSIER_DOCUMENT_FIELD_SENDERS, self->senders_edited },
    { DOSSIER_DOCUMENT_FIELD_RECIPIENT, self->recipient_edited },
    { DOSSIER_DOCUMENT_FIELD_KIND, self->kind_edited },
    { DOSSIER_DOCUMENT_FIELD_LANGUAGE, self->language_edited },
    { DOSSIER_DOCUMENT_FIELD_NOTES, self->notes_edited },
    { DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL, self->confidential_edited },
  };

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    gtk_widget_set_visible (icons[i].icon, (user_fields & icons[i].field) != 0);
}

static void
show_facts (DossierProperties *self)
{
  DossierDocument *document = self->document;
  const char *original_name = dossier_document_get_original_name (document);
  const char *warning = dossier_document_get_text_warning (document);
  g_autofree char *pages = g_strdup_printf ("%u", dossier_document_get_n_pages (document));
  g_autofree char *size = g_format_size (dossier_document_get_bytes (document));
  g_autofree char *imported = dossier_format_date_time (dossier_document_get_imported_at (document));

  gtk_label_set_text (self->original_name_label, original_name != NULL ? original_name : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->original_name_label), original_name);
  gtk_label_set_text (self->pages_label, pages);
  adw_action_row_set_subtitle (self->pages_row, warning != NULL ? warning : "");
  gtk_widget_set_visible (self->pages_warning_icon, warning != NULL);
  gtk_widget_set_tooltip_text (self->pages_warning_icon, warning);
  gtk_label_set_text (self->size_label, size);
  gtk_label_set_text (self->imported_label, imported != NULL ? imported : _("Unknown"));
}

static void
show_document (DossierProperties *self)
{
  gtk_stack_set_visible_child_name (self->stack, self->document ? "properties" : "empty");
  if (self->document == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    show_entry (self, entry_fields[i].field);
  show_kind (self);
  /* An unusual language of the previous document leaves the list. */
  g_clear_pointer (&self->language_codes, g_strfreev);
  show_language (self);
  show_notes (self);
  show_confidential (self);
  show_user_fields (self);
  show_facts (self);
}

/* Typed edits belong to the document they were typed for: they are saved
 * before another document is shown, or the widget goes away. */
static void
commit_pending_edits (DossierProperties *self)
{
  if (self->document == NULL)
    return;

  if (self->notes_timeout_id != 0)
    save_notes (self);
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    save_entry (self, entry_row_for_field (self, entry_fields[i].field));
}

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  unsigned year, month, day;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static void
on_document_notify_cb (DossierProperties *self,
                       GParamSpec        *pspec,
                       DossierDocument   *document)
{
  const char *name = g_param_spec_get_name (pspec);

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    if (g_str_equal (name, entry_fields[i].property))
      {
        show_entry (self, entry_fields[i].field);
        return;
      }

  if (g_str_equal (name, "kind"))
    show_kind (self);
  else if (g_str_equal (name, "language"))
    show_language (self);
  else if (g_str_equal (name, "notes"))
    show_notes (self);
  else if (g_str_equal (name, "confidential"))
    show_confidential (self);
  else if (g_str_equal (name, "user-fields"))
    show_user_fields (self);
  else
    show_facts (self);
}

static void
on_entry_row_apply_cb (DossierProperties *self,
                       AdwEntryRow       *row)
{
  save_entry (self, row);
}

static void
on_entry_row_focus_leave_cb (DossierProperties       *self,
                             GtkEventControllerFocus *controller)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  save_entry (self, ADW_ENTRY_ROW (row));
}

/* Opens the calendar on the date shown, or on today when there is none. */
static void
on_date_popover_show_cb (DossierProperties *self)
{
  g_autofree char *value = dossier_format_normalize_date (
    gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (parse_iso_date (value, &date))
    date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                       g_date_get_day (&date), 0, 0, 0);
  else
    date_time = g_date_time_new_now_local ();

  self->updating++;
  gtk_calendar_select_day (self->calendar, date_time);
  self->updating--;
}

static void
on_calendar_day_selected_cb (DossierProperties *self,
                             GtkCalendar       *calendar)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->document == NULL)
    return;

  date_time = gtk_calendar_get_date (calendar);
  text = g_date_time_format (date_time, "%Y-%m-%d");
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  self->updating--;
  save_entry (self, self->date_row);
  gtk_popover_popdown (self->date_popover);
}

static void
on_kind_selected_cb (DossierProperties *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);
  const char *kind = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->document == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  if (position > 0)
    kind = dossier_analysis_kinds ()[position - 1];
  if (g_strcmp0 (kind, dossier_document_get_kind (self->document)) == 0)
    return;
  if (!save_field (self, DOSSIER_DOCUMENT_FIELD_KIND, kind, &error))
    {
      show_toast (self, error->message);
      show_kind (self);
    }
}

static void
on_language_selected_cb (DossierProperties *self)
{
  guint position = adw_combo_row_get_selected (self->language_row);
  const char *language;
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->document == NULL || self->language_codes == NULL ||
      position >= g_strv_length (self->language_codes))
    return;

  language = self->language_codes[position];
  if (g_strcmp0 (language, dossier_document_get_language (self->document)) == 0)
    return;
  if (!save_field (self, DOSSIER_DOCUMENT_FIELD_LANGUAGE, language, &error))
    {
      show_toast (self, error->message);
      show_language (self);
    }
}

static void
on_confidential_active_cb (DossierProperties *self)
{
  gboolean active = gtk_switch_get_active (self->confidential_switch);
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->document == NULL ||
      active == dossier_document_get_confidential (self->document))
    return;
  if (!save_field (self, DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL, active ? "true" : "false", &error))
    {
      show_toast (self, error->message);
      show_confidential (self);
    }
}

static gboolean
save_notes_timeout_cb (gpointer user_data)
{
  DossierProperties *self = user_data;

  self->notes_timeout_id = 0;
  save_notes (self);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (DossierProperties *self)
{
  if (self->updating > 0 || self->document == NULL)
    return;
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  self->notes_timeout_id = g_timeout_add (NOTES_SAVE_DELAY_MS, save_notes_timeout_cb, self);
}

static void
on_notes_focus_leave_cb (DossierProperties *self)
{
  save_notes (self);
}

static void
dossier_properties_dispose (GObject *object)
{
  DossierProperties *self = DOSSIER_PROPERTIES (object);

  commit_pending_edits (self);
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (self->document != NULL)
    g_clear_signal_handler (&self->notify_id, self->document);
  g_clear_object (&self->document);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_PROPERTIES);

  G_OBJECT_CLASS (dossier_properties_parent_class)->dispose (object);
}

static void
dossier_properties_finalize (GObject *object)
{
  DossierProperties *self = DOSSIER_PROPERTIES (object);

  g_strfreev (self->language_codes);
  G_OBJECT_CLASS (dossier_properties_parent_class)->finalize (object);
}

static void
dossier_properties_class_init (DossierPropertiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_properties_dispose;
  object_class->finalize = dossier_properties_finalize;

  g_type_ensure (DOSSIER_TYPE_TAG_CHIPS);
  g_type_ensure (DOSSIER_TYPE_DOCUMENT_ASKS);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, title_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, language_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, date_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, date_popover);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, calendar);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, date_error_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, place_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, senders_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, original_name_label);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, pages_row);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, pages_label);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, pages_warning_icon);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, size_label);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, imported_label);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, tag_chips);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, document_asks);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, title_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, kind_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, language_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, date_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, place_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, senders_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, recipient_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, confidential_edited);
  gtk_widget_class_bind_template_child (widget_class, DossierProperties, notes_edited);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_confidential_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_focus_leave_cb);
}

static void
dossier_properties_init (DossierProperties *self)
{
  g_autoptr(GListModel) kind_names = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  kind_names = kind_names_new ();
  self->updating++;
  adw_combo_row_set_model (self->kind_row, kind_names);
  self->updating--;

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->date_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->date_error_label, NULL,
                                  -1);
}

GtkWidget *
dossier_properties_new (void)
{
  return g_object_new (DOSSIER_TYPE_PROPERTIES, NULL);
}

/* Shows @document, an item of @library, and edits it in place; NULL shows
 * nothing. Changes the library makes to the document show at once. */
void
dossier_properties_set_document (DossierProperties *self,
                                 DossierLibrary    *library,
                                 DossierDocument   *document)
{
  g_return_if_fail (DOSSIER_IS_PROPERTIES (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (document == NULL || DOSSIER_IS_DOCUMENT (document));
  g_return_if_fail (document == NULL || library != NULL);

  if (self->document == document && self->library == library)
    return;

  commit_pending_edits (self);
  if (self->document != NULL)
    g_clear_signal_handler (&self->notify_id, self->document);
  g_set_object (&self->library, library);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->notify_id = g_signal_connect_object (document, "notify",
                                               G_CALLBACK (on_document_notify_cb), self,
                                               G_CONNECT_SWAPPED);
  dossier_tag_chips_set_document (self->tag_chips, library, document);
  dossier_document_asks_set_document (self->document_asks, library, document);
  show_document (self);
}

DossierDocument *
dossier_properties_get_document (DossierProperties *self)
{
  g_return_val_if_fail (DOSSIER_IS_PROPERTIES (self), NULL);
  return self->document;
}

/* Where a review of the document's tags starts. */
void
dossier_properties_focus_tags (DossierProperties *self)
{
  g_return_if_fail (DOSSIER_IS_PROPERTIES (self));

  dossier_tag_chips_focus_suggestions (self->tag_chips);
}
