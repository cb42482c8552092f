/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-date-row.h"
#include "dossier-followups.h"
#include "dossier-format.h"

struct _DossierDateRow
{
  AdwEntryRow  parent_instance;

  GtkPopover  *popover;
  GtkCalendar *calendar;
  guint        updating;
};

G_DEFINE_FINAL_TYPE (DossierDateRow, dossier_date_row, ADW_TYPE_ENTRY_ROW)

static void
mark_invalid (DossierDateRow *self,
              gboolean        invalid)
{
  if (invalid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Opens the calendar on the day typed, or on today. */
static void
on_popover_show_cb (DossierDateRow *self)
{
  g_autofree char *date = dossier_format_normalize_date (gtk_editable_get_text (GTK_EDITABLE (self)));
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (date != NULL && dossier_followups_check_date (date, NULL) &&
      sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date_time = g_date_time_new_local (year, month, day, 0, 0, 0);
  else
    date_time = g_date_time_new_now_local ();
  self->updating++;
  gtk_calendar_select_day (self->calendar, date_time);
  self->updating--;
}

static void
on_day_selected_cb (DossierDateRow *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *text = NULL;

  if (self->updating > 0)
    return;
  date_time = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (date_time, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_popover_popdown (self->popover);
  if (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (self)))
    g_signal_emit_by_name (self, "apply");
}

static void
on_changed_cb (DossierDateRow *self)
{
  mark_invalid (self, FALSE);
}

static void
dossier_date_row_class_init (DossierDateRowClass *klass)
{
}

static void
dossier_date_row_init (DossierDateRow *self)
{
  GtkWidget *button = gtk_menu_button_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  g_signal_connect_object (self->popover, "show", G_CALLBACK (on_popover_show_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (self->popover));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Choose Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose Date"), -1);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
}

GtkWidget *
dossier_date_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_DATE_ROW, NULL);
}

gboolean
dossier_date_row_read (DossierDateRow  *self,
                       char           **date,
                       GError         **error)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (DOSSIER_IS_DATE_ROW (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  *date = NULL;
  normal = dossier_format_normalize_date (gtk_editable_get_text (GTK_EDITABLE (self)));
  if (normal != NULL && !dossier_followups_check_date (normal, error))
    {
      mark_invalid (self, TRUE);
      return FALSE;
    }
  mark_invalid (self, FALSE);
  *date = g_steal_pointer (&normal);
  return TRUE;
}

void
dossier_date_row_set_date (DossierDateRow *self,
                           const char     *date)
{
  g_return_if_fail (DOSSIER_IS_DATE_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self), date ? date : "");
  mark_invalid (self, FALSE);
}
