/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-followup-labels.h"
#include "dossier-followup-widgets.h"
#include "dossier-format.h"

/* ---- Status pill ---- */

static void
set_status_class (GtkWidget        *pill,
                  DossierAskStatus  status)
{
  for (guint i = 0; i < DOSSIER_ASK_N_STATUSES; i++)
    {
      g_autofree char *name = g_strconcat ("status-", dossier_ask_status_to_string (i), NULL);

      if (i == status)
        gtk_widget_add_css_class (pill, name);
      else
        gtk_widget_remove_css_class (pill, name);
    }
}

GtkWidget *
dossier_status_pill_new (DossierAskStatus status)
{
  GtkWidget *pill = gtk_label_new (NULL);

  gtk_widget_add_css_class (pill, "status-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  dossier_status_pill_set_status (pill, status);
  return pill;
}

void
dossier_status_pill_set_status (GtkWidget        *pill,
                                DossierAskStatus  status)
{
  g_return_if_fail (GTK_IS_LABEL (pill));

  gtk_label_set_text (GTK_LABEL (pill), dossier_ask_status_label (status));
  set_status_class (pill, status);
}

/* ---- Due date ---- */

GtkWidget *
dossier_due_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "due-label");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  return label;
}

void
dossier_due_label_update (GtkWidget  *label,
                          DossierAsk *ask,
                          const char *today)
{
  gboolean open = dossier_ask_get_is_open (ask);
  const char *due_date = dossier_ask_get_due_date (ask);
  g_autofree char *text = dossier_followup_due_text (due_date, open, today);
  DossierDueState state = dossier_followup_due_state (due_date, open, today);

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (label, text != NULL);
  if (state == DOSSIER_DUE_OVERDUE)
    gtk_widget_add_css_class (label, "overdue");
  else
    gtk_widget_remove_css_class (label, "overdue");
  if (state == DOSSIER_DUE_THIS_WEEK)
    gtk_widget_add_css_class (label, "due-soon");
  else
    gtk_widget_remove_css_class (label, "due-soon");
}

/* ---- Ask row ---- */

static char *
dup_ask_subtitle (DossierAsk *ask,
                  gboolean    show_event)
{
  const char *event = show_event ? dossier_ask_get_event_title (ask) : NULL;
  const char *owner = dossier_ask_get_owner (ask);

  if (event != NULL && owner != NULL)
    /* Translators: under a follow-up: the event it was raised at, and
     * who follows it up. */
    return g_strdup_printf (_("%s · %s"), event, owner);
  if (event != NULL)
    return g_strdup (event);
  return g_strdup (owner);
}

GtkWidget *
dossier_ask_row_new (DossierAsk *ask,
                     gboolean    show_event,
                     const char *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *due = dossier_due_label_new ();
  g_autofree char *subtitle = dup_ask_subtitle (ask, show_event);
  gint64 id = dossier_ask_get_id (ask);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_ask_get_text (ask));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (suffix), dossier_status_pill_new (dossier_ask_get_status (ask)));
  dossier_due_label_update (due, ask, today);
  gtk_widget_add_css_class (due, "caption");
  gtk_widget_set_halign (due, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (suffix), due);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_widget_add_css_class (row, "ask-row");

  g_object_set_data_full (G_OBJECT (row), "ask-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

gint64
dossier_ask_row_get_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "ask-id");

  return id != NULL ? *id : 0;
}

/* ---- Timeline ---- */

static GtkWidget *
rail_new (gboolean first,
          gboolean last)
{
  GtkWidget *rail = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *above = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *below = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (rail, "timeline-rail");
  gtk_widget_add_css_class (above, "timeline-line");
  gtk_widget_add_css_class (above, "above");
  gtk_widget_add_css_class (dot, "timeline-dot");
  gtk_widget_add_css_class (below, "timeline-line");
  gtk_widget_set_vexpand (below, TRUE);
  gtk_widget_set_halign (above, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (below, GTK_ALIGN_CENTER);
  /* The first and last keep their space, so that the dots line up. */
  gtk_widget_set_opacity (above, first ? 0 : 1);
  gtk_widget_set_opacity (below, last ? 0 : 1);
  gtk_box_append (GTK_BOX (rail), above);
  gtk_box_append (GTK_BOX (rail), dot);
  gtk_box_append (GTK_BOX (rail), below);
  return rail;
}

static GtkWidget *
wrapped_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
dossier_timeline_entry_new (const DossierAskChange *change,
                            gboolean                first,
                            gboolean                last)
{
  GtkWidget *entry = g_object_new (GTK_TYPE_BOX,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                   "spacing", 12,
                                   NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *when = dossier_format_date_time (change->at);
  g_autofree char *what = dossier_ask_change_describe (change);
  GtkWidget *what_label = wrapped_label_new (what, "heading");

  gtk_widget_add_css_class (entry, "timeline-entry");
  if (last)
    gtk_widget_add_css_class (entry, "latest");
  gtk_box_append (GTK_BOX (entry), rail_new (first, last));

  gtk_widget_set_hexpand (content, TRUE);
  gtk_widget_add_css_class (content, "timeline-content");
  gtk_box_append (GTK_BOX (content), wrapped_label_new (when ? when : "", "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (content), "dim-label");
  gtk_box_append (GTK_BOX (content), what_label);
  if (change->note != NULL && *change->note != '\0')
    gtk_box_append (GTK_BOX (content), wrapped_label_new (change->note, "timeline-note"));
  gtk_box_append (GTK_BOX (entry), content);

  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, what, -1);
  return entry;
}

GtkWidget *
dossier_list_heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "list-heading");
  return label;
}

void
dossier_show_toast (GtkWidget  *widget,
                    const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  /* A toast's title is markup. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", message);
}
