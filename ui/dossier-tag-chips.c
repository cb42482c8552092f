/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-tag-chips.h"
#include "dossier-tags.h"
#include "dossier-wrap-box.h"

/* Proposals shown under the entry at most, before the offer to create. */
#define MAX_PROPOSALS 8

struct _DossierTagChips
{
  AdwPreferencesGroup  parent_instance;

  DossierLibrary      *library;            /* owned */
  DossierDocument     *document;           /* owned */
  gulong               changed_id;
  gulong               tags_changed_id;
  GPtrArray           *document_tags;      /* owned; DossierDocumentTag, accepted and suggested */
  char                *shown;              /* owned; what the chips show, to leave them be */
  GListModel          *all_tags;           /* owned; every tag, for proposals; NULL: read again */
  guint                updating;           /* > 0 while the entry's text is set from code */

  GListStore          *proposals;          /* owned; DossierTag, an id of 0 offers to create it */
  GtkSingleSelection  *proposal_selection; /* owned */
  GtkPopover          *popover;            /* the entry row's child; unparented in dispose */
  GtkListView         *proposal_list;      /* the popover's */

  GtkWidget           *confirmed_row;
  GtkWidget           *empty_label;
  DossierWrapBox      *confirmed_box;
  GtkWidget           *suggested_row;
  DossierWrapBox      *suggested_box;
  GtkWidget           *accept_all_button;
  AdwEntryRow         *entry_row;
  GtkEventController  *entry_keys;
  gulong               focus_on_map_id;    /* a focus asked for while hidden */
};

G_DEFINE_FINAL_TYPE (DossierTagChips, dossier_tag_chips, ADW_TYPE_PREFERENCES_GROUP)

/* ---- helpers ---- */

/* Failures (a locked database, a document deleted meanwhile) go to the
 * window's toast overlay, as the other properties' do. */
static void
show_toast (DossierTagChips *self,
            const char      *message)
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

/* The tag's own colour, ringed with the text's so that a pale or a dark
 * one still shows on either background. */
static void
draw_dot_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const char *colour = g_object_get_data (G_OBJECT (area), "colour");
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  double radius = MIN (width, height) / 2.0;
  GdkRGBA fill, ring;

  if (colour == NULL || !gdk_rgba_parse (&fill, colour))
    return;
  gtk_style_context_get_color (context, &ring);
  ring.alpha *= 0.35;

  cairo_arc (cr, width / 2.0, height / 2.0, radius - 0.5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &ring);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static GtkWidget *
dot_new (void)
{
  GtkWidget *dot = g_object_new (GTK_TYPE_DRAWING_AREA,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 "content-width", 8,
                                 "content-height", 8,
                                 "valign", GTK_ALIGN_CENTER,
                                 NULL);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot_cb, NULL, NULL);
  return dot;
}

static void
set_dot_colour (GtkWidget  *dot,
                const char *colour)
{
  g_object_set_data_full (G_OBJECT (dot), "colour", g_strdup (colour), g_free);
  gtk_widget_queue_draw (dot);
}

/* "Media freedom, Issue": what a chip's tooltip and screen readers say. */
static char *
dup_chip_description (DossierDocumentTag *document_tag)
{
  const char *name = dossier_tag_get_name (document_tag->tag);
  const char *facet = dossier_tag_facet_label (dossier_tag_get_facet (document_tag->tag));

  if (document_tag->state == DOSSIER_TAG_SUGGESTED)
    /* Translators: a suggested tag's tooltip and accessible name: its
     * name, then its facet ("Torture, Issue, suggested"). */
    return g_strdup_printf (_("%s, %s, suggested"), name, facet);
  /* Translators: a tag's tooltip and accessible name: its name, then its
   * facet ("Media freedom, Issue"). */
  return g_strdup_printf (_("%s, %s"), name, facet);
}

/* One small round button of a chip, that says what it does to which tag. */
static GtkWidget *
chip_button_new (DossierTagChips *self,
                 DossierTag      *tag,
                 const char      *icon_name,
                 const char      *tooltip,
                 const char      *accessible_format,
                 GCallback        clicked)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);
  g_autofree char *accessible_name = g_strdup_printf (accessible_format,
                                                      dossier_tag_get_name (tag));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  g_object_set_data_full (G_OBJECT (button), "tag", g_object_ref (tag), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  return button;
}

static void set_tags_state (DossierTagChips  *self,
                            DossierTag      **tags,
                            guint             n_tags,
                            DossierTagState   state);
static void on_remove_clicked_cb (DossierTagChips *self,
                                  GtkButton       *button);
static void on_accept_clicked_cb (DossierTagChips *self,
                                  GtkButton       *button);
static void on_reject_clicked_cb (DossierTagChips *self,
                                  GtkButton       *button);

/* Delete on a chip rejects a suggestion or removes a tag, whichever of
 * its buttons has the focus: reviewing from the keyboard is Enter to
 * accept and Delete to reject. The chip takes the key before the window,
 * whose Delete deletes the document. */
static gboolean
on_chip_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        DossierTagChips       *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  g_autoptr(DossierTag) tag = NULL;

  if ((keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete && keyval != GDK_KEY_BackSpace) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  tag = g_object_ref (g_object_get_data (G_OBJECT (chip), "tag"));
  set_tags_state (self, &tag, 1, DOSSIER_TAG_REJECTED);
  return TRUE;
}

static void
add_chip_keys (DossierTagChips *self,
               GtkWidget       *chip)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_chip_key_pressed_cb), self, 0);
  gtk_widget_add_controller (chip, keys);
}

/* A chip: the tag's colour, its name and what can be done with it; an
 * item of a list to screen readers, named by the tag and its facet. */
static GtkWidget *
chip_new (DossierTagChips    *self,
          DossierDocumentTag *document_tag)
{
  DossierTag *tag = document_tag->tag;
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                 "spacing", 4,
                                 "halign", GTK_ALIGN_START,
                                 NULL);
  GtkWidget *dot = dot_new ();
  GtkWidget *label = gtk_label_new (dossier_tag_get_name (tag));
  g_autofree char *description = dup_chip_description (document_tag);

  set_dot_colour (dot, dossier_tag_get_colour (tag));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_margin_end (label, 2);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "tag-chip");

  if (document_tag->state == DOSSIER_TAG_SUGGESTED)
    {
      gtk_widget_add_css_class (box, "suggested");
      gtk_box_append (GTK_BOX (box),
                      chip_button_new (self, tag, "object-select-symbolic", _("Accept"),
                                       _("Accept tag “%s”"), G_CALLBACK (on_accept_clicked_cb)));
      gtk_box_append (GTK_BOX (box),
                      chip_button_new (self, tag, "window-close-symbolic", _("Reject"),
                                       _("Reject tag “%s”"), G_CALLBACK (on_reject_clicked_cb)));
    }
  else
    gtk_box_append (GTK_BOX (box),
                    chip_button_new (self, tag, "window-close-symbolic", _("Remove"),
                                     _("Remove tag “%s”"), G_CALLBACK (on_remove_clicked_cb)));

  gtk_widget_set_tooltip_text (box, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_object_set_data_full (G_OBJECT (box), "tag", g_object_ref (tag), g_object_unref);
  add_chip_keys (self, box);
  return box;
}

/* What the chips show, in one string: the same string, the same chips. */
static char *
describe_tags (GPtrArray *document_tags)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);
      DossierTag *tag = document_tag->tag;

      g_string_append_printf (text, "%" G_GINT64_FORMAT "\x1f%d\x1f%s\x1f%s\x1f%s\x1e",
                              dossier_tag_get_id (tag), document_tag->state,
                              dossier_tag_get_name (tag), dossier_tag_get_facet (tag),
                              dossier_tag_get_colour (tag) != NULL
                              ? dossier_tag_get_colour (tag) : "");
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_confirmed (DossierTagChips *self,
              DossierTag      *tag)
{
  for (guint i = 0; self->document_tags != NULL && i < self->document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (self->document_tags, i);

      if (document_tag->state == DOSSIER_TAG_ACCEPTED &&
          dossier_tag_get_id (document_tag->tag) == dossier_tag_get_id (tag))
        return TRUE;
    }
  return FALSE;
}

/* Which chip has the focus, if one has: @box_index 0 for the document's
 * tags, 1 for the suggestions. */
static gboolean
find_focused_chip (DossierTagChips *self,
                   guint           *box_index,
                   int             *chip_index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *boxes[] = { GTK_WIDGET (self->confirmed_box), GTK_WIDGET (self->suggested_box) };

  for (guint i = 0; focus != NULL && i < G_N_ELEMENTS (boxes); i++)
    {
      GtkWidget *chip = focus;

      if (!gtk_widget_is_ancestor (focus, boxes[i]))
        continue;
      while (gtk_widget_get_parent (chip) != boxes[i])
        chip = gtk_widget_get_parent (chip);
      *box_index = i;
      *chip_index = 0;
      while ((chip = gtk_widget_get_prev_sibling (chip)) != NULL)
        (*chip_index)++;
      return TRUE;
    }
  return FALSE;
}

/* After a chip went (accepted, removed), the focus goes to the chip that
 * took its place, so that a keyboard user carries on where they were. */
static void
restore_focus (DossierTagChips *self,
               guint            box_index,
               int              chip_index,
               guint            n_confirmed,
               guint            n_suggested)
{
  DossierWrapBox *box = box_index == 0 ? self->confirmed_box : self->suggested_box;
  guint n = box_index == 0 ? n_confirmed : n_suggested;
  GtkWidget *chip;

  if (n == 0)
    {
      box = box_index == 0 ? self->suggested_box : self->confirmed_box;
      n = box_index == 0 ? n_suggested : n_confirmed;
      chip_index = 0;
    }
  if (n == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
      return;
    }
  chip = dossier_wrap_box_get_child (box, MIN ((guint) chip_index, n - 1));
  if (chip != NULL)
    gtk_widget_child_focus (chip, GTK_DIR_TAB_FORWARD);
}

/* Reads the document's tags and shows them, unless they are what is
 * shown already: the library says "changed" for every document. */
static void
show_tags (DossierTagChips *self)
{
  g_autoptr(GPtrArray) document_tags = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  guint n_confirmed = 0, n_suggested = 0;
  guint focus_box = 0;
  int focus_chip = -1;
  gboolean had_focus;

  if (self->document == NULL)
    {
      g_clear_pointer (&self->document_tags, g_ptr_array_unref);
      g_clear_pointer (&self->shown, g_free);
      dossier_wrap_box_remove_all (self->confirmed_box);
      dossier_wrap_box_remove_all (self->suggested_box);
      return;
    }

  document_tags = dossier_library_list_document_tags (self->library,
                                                      dossier_document_get_id (self->document),
                                                      FALSE, &error);
  if (document_tags == NULL)
    {
      /* A document deleted meanwhile has no tags: nothing to say. */
      if (!g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND))
        show_toast (self, error->message);
      return;
    }
  shown = describe_tags (document_tags);
  if (g_strcmp0 (shown, self->shown) == 0)
    return;

  had_focus = find_focused_chip (self, &focus_box, &focus_chip);
  g_free (self->shown);
  self->shown = g_steal_pointer (&shown);
  g_clear_pointer (&self->document_tags, g_ptr_array_unref);
  self->document_tags = g_ptr_array_ref (document_tags);

  dossier_wrap_box_remove_all (self->confirmed_box);
  dossier_wrap_box_remove_all (self->suggested_box);
  for (guint i = 0; i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);
      gboolean suggested = document_tag->state == DOSSIER_TAG_SUGGESTED;

      dossier_wrap_box_append (suggested ? self->suggested_box : self->confirmed_box,
                               chip_new (self, document_tag));
      if (suggested)
        n_suggested++;
      else
        n_confirmed++;
    }

  /* "No tags" only when there is nothing at all to show. */
  gtk_widget_set_visible (self->confirmed_row, n_confirmed > 0 || n_suggested == 0);
  gtk_widget_set_visible (self->empty_label, n_confirmed == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->confirmed_box), n_confirmed > 0);
  gtk_widget_set_visible (self->suggested_row, n_suggested > 0);

  if (had_focus)
    restore_focus (self, focus_box, focus_chip, n_confirmed, n_suggested);
}

/* One decision on one tag (or all suggestions): one call to the library,
 * then the chips as they now are. The library's "changed" may come while
 * it is being made, and make the chips (and the button clicked) anew:
 * callers hold their own references to @tags. */
static void
set_tags_state (DossierTagChips  *self,
                DossierTag      **tags,
                guint             n_tags,
                DossierTagState   state)
{
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || n_tags == 0)
    return;
  if (!dossier_library_set_document_tags (self->library, dossier_document_get_id (self->document),
                                          tags, n_tags, state, &error))
    show_toast (self, error->message);
  show_tags (self);
}

/* ---- proposals ---- */

static GListModel *
get_all_tags (DossierTagChips *self)
{
  g_autoptr(GError) error = NULL;

  if (self->all_tags == NULL)
    {
      self->all_tags = dossier_library_list_tags (self->library, NULL, &error);
      if (self->all_tags == NULL)
        {
          show_toast (self, error->message);
          self->all_tags = G_LIST_MODEL (g_list_store_new (DOSSIER_TYPE_TAG));
        }
    }
  return self->all_tags;
}

typedef struct
{
  DossierTag      *tag;        /* borrowed from all_tags */
  DossierTagMatch  match;
  guint            position;   /* in all_tags: facets in order */
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *first = a;
  const Candidate *second = b;

  if (first->match != second->match)
    return first->match > second->match ? -1 : 1;
  return first->position < second->position ? -1 : first->position > second->position;
}

static void
hide_proposals (DossierTagChips *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
}

static void
show_proposals (DossierTagChips *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->entry_row));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->proposals)) == 0)
    {
      hide_proposals (self);
      return;
    }
  gtk_widget_set_size_request (gtk_popover_get_child (self->popover), MAX (width - 24, 200), -1);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popup (self->popover);
}

/* The tags that what is typed names (by a name's or an alias's start, or
 * a later word's), best first, leaving out those the document has; and,
 * when no tag has exactly that name, an offer to make it a case: new
 * tags are mostly people. */
static void
update_proposals (DossierTagChips *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *all_tags;
  gboolean named = FALSE;

  if (self->document == NULL || *name == '\0')
    {
      g_list_store_remove_all (self->proposals);
      hide_proposals (self);
      return;
    }

  all_tags = get_all_tags (self);
  for (guint i = 0; i < g_list_model_get_n_items (all_tags); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (all_tags, i);
      Candidate candidate = { tag, dossier_tag_match_typed (tag, name), i };

      if (candidate.match == DOSSIER_TAG_MATCH_NONE)
        continue;
      if (candidate.match >= DOSSIER_TAG_MATCH_ALIAS)
        named = TRUE;
      if (!is_confirmed (self, tag))
        g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < MIN (candidates->len, MAX_PROPOSALS); i++)
    g_ptr_array_add (found, g_array_index (candidates, Candidate, i).tag);
  if (!named)
    g_ptr_array_add (found, dossier_tag_new (0, NULL, name, DOSSIER_FACET_CASE));
  g_list_store_splice (self->proposals, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->proposals)),
                       found->pdata, found->len);
  if (!named)
    g_object_unref (g_ptr_array_index (found, found->len - 1));
  gtk_single_selection_set_selected (self->proposal_selection, 0);
  show_proposals (self);
}

static void
clear_entry (DossierTagChips *self)
{
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  self->updating--;
  g_list_store_remove_all (self->proposals);
  hide_proposals (self);
}

/* Tags the document with a proposal, making the tag first when it is the
 * offer to create one. */
static void
add_proposal (DossierTagChips *self,
              DossierTag      *proposal)
{
  /* Creating a tag makes the library say "tags-changed", which refills
   * the proposals: the one chosen is held on to. */
  g_autoptr(DossierTag) tag = g_object_ref (proposal);
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;

  if (dossier_tag_get_id (tag) == 0)
    {
      DossierTagSpec spec = {
        .name = dossier_tag_get_name (proposal),
        .facet = dossier_tag_get_facet (proposal),
      };
      DossierTag *created = dossier_library_create_tag (self->library, &spec, &error);

      if (created == NULL)
        {
          show_toast (self, error->message);
          return;
        }
      g_set_object (&tag, created);
      g_object_unref (created);
    }

  if (!dossier_library_tag_document (self->library, dossier_document_get_id (self->document),
                                     tag, &error))
    {
      show_toast (self, error->message);
      return;
    }
  clear_entry (self);
  show_tags (self);
}

static void
add_selected_proposal (DossierTagChips *self)
{
  DossierTag *proposal = gtk_single_selection_get_selected_item (self->proposal_selection);

  if (proposal != NULL)
    add_proposal (self, proposal);
}

static void
setup_proposal_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = dot_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *facet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (facet, "dim-label");
  gtk_widget_add_css_class (facet, "caption");
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), facet);
  g_object_set_data (G_OBJECT (box), "dot", dot);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "facet", facet);
  gtk_list_item_set_child (item, box);
}

static void
bind_proposal_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  DossierTag *tag = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *dot = g_object_get_data (G_OBJECT (box), "dot");
  GtkWidget *icon = g_object_get_data (G_OBJECT (box), "icon");
  GtkLabel *name = g_object_get_data (G_OBJECT (box), "name");
  GtkLabel *facet = g_object_get_data (G_OBJECT (box), "facet");
  gboolean create = dossier_tag_get_id (tag) == 0;

  gtk_widget_set_visible (dot, !create);
  gtk_widget_set_visible (icon, create);
  gtk_widget_set_visible (GTK_WIDGET (facet), !create);
  if (create)
    {
      g_autofree char *text = g_strdup_printf (_("Create case “%s”"), dossier_tag_get_name (tag));

      gtk_label_set_text (name, text);
    }
  else
    {
      set_dot_colour (dot, dossier_tag_get_colour (tag));
      gtk_label_set_text (name, dossier_tag_get_name (tag));
      gtk_label_set_text (facet, dossier_tag_facet_label (dossier_tag_get_facet (tag)));
    }
}

/* ---- signal callbacks ---- */

static void
on_remove_clicked_cb (DossierTagChips *self,
                      GtkButton       *button)
{
  g_autoptr(DossierTag) tag = g_object_ref (g_object_get_data (G_OBJECT (button), "tag"));

  set_tags_state (self, &tag, 1, DOSSIER_TAG_REJECTED);
}

static void
on_accept_clicked_cb (DossierTagChips *self,
                      GtkButton       *button)
{
  g_autoptr(DossierTag) tag = g_object_ref (g_object_get_data (G_OBJECT (button), "tag"));

  set_tags_state (self, &tag, 1, DOSSIER_TAG_ACCEPTED);
}

static void
on_reject_clicked_cb (DossierTagChips *self,
                      GtkButton       *button)
{
  g_autoptr(DossierTag) tag = g_object_ref (g_object_get_data (G_OBJECT (button), "tag"));

  set_tags_state (self, &tag, 1, DOSSIER_TAG_REJECTED);
}

static void
on_accept_all_clicked_cb (DossierTagChips *self)
{
  g_autoptr(GPtrArray) suggested = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->document_tags != NULL && i < self->document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (self->document_tags, i);

      if (document_tag->state == DOSSIER_TAG_SUGGESTED)
        g_ptr_array_add (suggested, g_object_ref (document_tag->tag));
    }
  set_tags_state (self, (DossierTag **) suggested->pdata, suggested->len, DOSSIER_TAG_ACCEPTED);
}

static void
on_entry_changed_cb (DossierTagChips *self)
{
  if (self->updating == 0)
    update_proposals (self);
}

static void
on_entry_activated_cb (DossierTagChips *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->proposals)) == 0)
    update_proposals (self);
  add_selected_proposal (self);
}

static void
select_proposal (DossierTagChips *self,
                 guint            position)
{
  gtk_single_selection_set_selected (self->proposal_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->proposal_list), "list.scroll-to-item", "u",
                              position);
}

/* Down and Up move through the proposals, Escape closes them; Enter is
 * the row's "entry-activated". The entry keeps the focus throughout. */
static gboolean
on_entry_key_pressed_cb (DossierTagChips       *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->proposals));
  guint selected = gtk_single_selection_get_selected (self->proposal_selection);
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->popover));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!shown || n == 0)
        {
          update_proposals (self);
          return g_list_model_get_n_items (G_LIST_MODEL (self->proposals)) > 0;
        }
      select_proposal (self, selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1));
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!shown || n == 0)
        return GDK_EVENT_PROPAGATE;
      select_proposal (self, selected == GTK_INVALID_LIST_POSITION || selected == 0
                             ? 0 : selected - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (!shown)
        return GDK_EVENT_PROPAGATE;
      hide_proposals (self);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_entry_focus_leave_cb (DossierTagChips *self)
{
  hide_proposals (self);
}

static void
on_proposal_activated_cb (DossierTagChips *self,
                          guint            position)
{
  g_autoptr(DossierTag) proposal = g_list_model_get_item (G_LIST_MODEL (self->proposals),
                                                          position);

  if (proposal != NULL)
    add_proposal (self, proposal);
}

static void
on_library_changed_cb (DossierTagChips *self)
{
  show_tags (self);
}

/* Names, colours or aliases changed: the chips and the proposals show
 * them as they are now; what is being typed stays. */
static void
on_library_tags_changed_cb (DossierTagChips *self)
{
  g_clear_object (&self->all_tags);
  show_tags (self);
  /* Proposals closed with Escape stay closed; Enter makes them anew. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    update_proposals (self);
  else
    g_list_store_remove_all (self->proposals);
}

/* ---- GObject ---- */

static void
disconnect_library (DossierTagChips *self)
{
  if (self->library == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->library);
  g_clear_signal_handler (&self->tags_changed_id, self->library);
}

static void
dossier_tag_chips_dispose (GObject *object)
{
  DossierTagChips *self = DOSSIER_TAG_CHIPS (object);

  disconnect_library (self);
  g_clear_object (&self->document);
  g_clear_object (&self->library);
  g_clear_object (&self->all_tags);
  g_clear_pointer (&self->document_tags, g_ptr_array_unref);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
      self->proposal_list = NULL;
    }
  g_clear_object (&self->proposal_selection);
  g_clear_object (&self->proposals);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TAG_CHIPS);

  G_OBJECT_CLASS (dossier_tag_chips_parent_class)->dispose (object);
}

static void
dossier_tag_chips_finalize (GObject *object)
{
  DossierTagChips *self = DOSSIER_TAG_CHIPS (object);

  g_free (self->shown);
  G_OBJECT_CLASS (dossier_tag_chips_parent_class)->finalize (object);
}

static void
dossier_tag_chips_class_init (DossierTagChipsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_chips_dispose;
  object_class->finalize = dossier_tag_chips_finalize;

  g_type_ensure (DOSSIER_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossierapp/Dossier/dossier-tag-chips.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, confirmed_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, empty_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, confirmed_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, suggested_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, suggested_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, accept_all_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, entry_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTagChips, entry_keys);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_focus_leave_cb);
}

static void
dossier_tag_chips_init (DossierTagChips *self)
{
  GtkListItemFactory *factory;
  GtkWidget *scrolled;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->proposals = g_list_store_new (DOSSIER_TYPE_TAG);
  self->proposal_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->proposals)));
  gtk_single_selection_set_can_unselect (self->proposal_selection, FALSE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_proposal_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_proposal_cb), NULL);
  self->proposal_list = GTK_LIST_VIEW (gtk_list_view_new (
    GTK_SELECTION_MODEL (g_object_ref (self->proposal_selection)), factory));
  gtk_list_view_set_single_click_activate (self->proposal_list, TRUE);
  /* The entry keeps the focus: the list is driven from its keys. */
  gtk_widget_set_can_focus (GTK_WIDGET (self->proposal_list), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->proposal_list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->proposal_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Matching tags"),
                                  -1);
  g_signal_connect_object (self->proposal_list, "activate",
                           G_CALLBACK (on_proposal_activated_cb), self, G_CONNECT_SWAPPED);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 GTK_WIDGET (self->proposal_list));

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (self->popover, FALSE);
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_popover_set_child (self->popover, scrolled);
  gtk_widget_add_css_class (GTK_WIDGET (self->popover), "tag-proposals");
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self->entry_row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry_row),
                                  GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE,
                                  GTK_ACCESSIBLE_AUTOCOMPLETE_LIST,
                                  -1);
}

/* ---- public API ---- */

GtkWidget *
dossier_tag_chips_new (void)
{
  return g_object_new (DOSSIER_TYPE_TAG_CHIPS, NULL);
}

/* Shows the tags of @document, an item of @library, and edits them: every
 * click is stored at once. Changes made elsewhere show as the library
 * reports them. */
void
dossier_tag_chips_set_document (DossierTagChips *self,
                                DossierLibrary  *library,
                                DossierDocument *document)
{
  g_return_if_fail (DOSSIER_IS_TAG_CHIPS (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));
  g_return_if_fail (document == NULL || DOSSIER_IS_DOCUMENT (document));
  g_return_if_fail (document == NULL || library != NULL);

  if (self->document == document && self->library == library)
    return;

  if (self->library != library)
    {
      disconnect_library (self);
      g_set_object (&self->library, library);
      g_clear_object (&self->all_tags);
      if (library != NULL)
        {
          self->changed_id = g_signal_connect_object (library, "changed",
                                                      G_CALLBACK (on_library_changed_cb), self,
                                                      G_CONNECT_SWAPPED);
          self->tags_changed_id = g_signal_connect_object (library, "tags-changed",
                                                           G_CALLBACK (on_library_tags_changed_cb),
                                                           self, G_CONNECT_SWAPPED);
        }
    }
  g_set_object (&self->document, document);
  g_clear_pointer (&self->shown, g_free);
  clear_entry (self);
  show_tags (self);
}

static void
focus_suggestions (DossierTagChips *self)
{
  GtkWidget *chip;

  show_tags (self);
  chip = gtk_widget_get_visible (self->suggested_row)
         ? dossier_wrap_box_get_child (self->suggested_box, 0) : NULL;
  if (chip != NULL)
    gtk_widget_child_focus (chip, GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
}

static void
on_map_focus_cb (DossierTagChips *self)
{
  g_clear_signal_handler (&self->focus_on_map_id, self);
  focus_suggestions (self);
}

/**
 * dossier_tag_chips_focus_suggestions:
 *
 * Gives the focus to the first suggestion, or, when there is none, to the
 * entry that adds a tag: where a review from the keyboard starts.
 */
void
dossier_tag_chips_focus_suggestions (DossierTagChips *self)
{
  g_return_if_fail (DOSSIER_IS_TAG_CHIPS (self));

  /* A pane being revealed shows its widgets a moment later, and a
   * hidden widget cannot take the focus: it is given when they show. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_signal_handler (&self->focus_on_map_id, self);
      focus_suggestions (self);
    }
  else if (self->focus_on_map_id == 0)
    self->focus_on_map_id = g_signal_connect (self, "map", G_CALLBACK (on_map_focus_cb), NULL);
}
