/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-bulk-tag.h"
#include "dossier-tag-picker.h"
#include "dossier-tags.h"

/* What the picker's choice is applied to; the toast's undo keeps its own. */
typedef struct
{
  GtkWidget      *overlay;    /* weak: the window may close first */
  DossierLibrary *library;    /* owned */
  GArray         *ids;        /* owned, gint64 */
} BulkTag;

static void
bulk_tag_free (gpointer data)
{
  BulkTag *bulk = data;

  g_clear_weak_pointer (&bulk->overlay);
  g_object_unref (bulk->library);
  g_array_unref (bulk->ids);
  g_free (bulk);
}

char *
dossier_bulk_tag_describe (guint       n_changed,
                           guint       n_documents,
                           const char *tag_name)
{
  if (n_changed == 0 && n_documents == 1)
    return g_strdup_printf (_("The document already has “%s”"), tag_name);
  if (n_changed == 0)
    return g_strdup_printf (_("Every document selected already has “%s”"), tag_name);
  /* Translators: after tagging the documents selected; those that had the
   * tag already are not counted. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document tagged “%s”",
                                       "%u documents tagged “%s”", n_changed),
                          n_changed, tag_name);
}

/* Toast titles are markup: names and messages are not. */
static AdwToast *
toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
add_toast (GtkWidget *overlay,
           AdwToast  *toast)
{
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
on_undo_cb (AdwToast *toast,
            BulkTag  *bulk)
{
  DossierTagStates *states = g_object_get_data (G_OBJECT (toast), "states");
  g_autoptr(GError) error = NULL;

  if (!dossier_library_restore_tag_states (bulk->library, states, &error))
    add_toast (bulk->overlay, toast_new (error->message));
}

static void
on_tag_chosen_cb (DossierTagPicker *picker,
                  DossierTag       *tag,
                  BulkTag          *bulk)
{
  const gint64 *ids = (const gint64 *) bulk->ids->data;
  g_autoptr(DossierTagStates) states = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_changed;
  AdwToast *toast;

  states = dossier_library_dup_tag_states (bulk->library, ids, bulk->ids->len,
                                           dossier_tag_get_id (tag), &error);
  if (states == NULL ||
      !dossier_library_tag_documents (bulk->library, ids, bulk->ids->len,
                                      dossier_tag_get_id (tag), &error))
    {
      add_toast (bulk->overlay, toast_new (error->message));
      return;
    }
  n_changed = dossier_tag_states_count_changing (states);
  text = dossier_bulk_tag_describe (n_changed, bulk->ids->len, dossier_tag_get_name (tag));
  toast = toast_new (text);
  if (n_changed > 0)
    {
      BulkTag *undo = g_new0 (BulkTag, 1);

      undo->library = g_object_ref (bulk->library);
      undo->ids = g_array_ref (bulk->ids);
      g_set_weak_pointer (&undo->overlay, bulk->overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "states", g_steal_pointer (&states),
                              (GDestroyNotify) dossier_tag_states_free);
      g_object_set_data_full (G_OBJECT (toast), "undo", undo, bulk_tag_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_cb), undo);
    }
  add_toast (bulk->overlay, toast);
}

void
dossier_bulk_tag_documents (GtkWindow       *parent,
                            AdwToastOverlay *overlay,
                            DossierLibrary  *library,
                            GArray          *ids)
{
  g_autofree char *subtitle = NULL;
  DossierTagPicker *picker;
  BulkTag *bulk;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (ids != NULL);

  if (ids->len == 0)
    return;
  /* Translators: under "Add Tag", what the tag is added to. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                           ids->len), ids->len);
  picker = dossier_tag_picker_new (parent, library, _("Add Tag"), _("_Add"));
  dossier_tag_picker_set_subtitle (picker, subtitle);
  bulk = g_new0 (BulkTag, 1);
  bulk->library = g_object_ref (library);
  bulk->ids = g_array_ref (ids);
  g_set_weak_pointer (&bulk->overlay, GTK_WIDGET (overlay));
  g_object_set_data_full (G_OBJECT (picker), "bulk-tag", bulk, bulk_tag_free);
  g_signal_connect (picker, "tag-chosen", G_CALLBACK (on_tag_chosen_cb), bulk);
  gtk_window_present (GTK_WINDOW (picker));
}
