/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include "dossier-document-list.h"

/* Holds only the ids of its documents, in order; an item is built when it
 * is asked for (a view asks for the rows it shows), and the library keeps
 * one live object per document. */
struct _DossierDocumentList
{
  GObject                parent_instance;
  DossierLibrary        *library;    /* owned */
  GArray                *ids;        /* gint64, owned */
  DossierDocumentSort    sort;
  gboolean               descending;
  DossierDocumentFilter  filter;
};

static void dossier_document_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierDocumentList, dossier_document_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dossier_document_list_model_init))

enum { PROP_0, PROP_N_ITEMS, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
dossier_document_filter_clear (DossierDocumentFilter *filter)
{
  g_clear_pointer (&filter->kind, g_free);
  g_clear_pointer (&filter->language, g_free);
  g_clear_pointer (&filter->date_from, g_free);
  g_clear_pointer (&filter->date_to, g_free);
  g_clear_pointer (&filter->tag_ids, g_free);
  filter->n_tag_ids = 0;
}

static void
copy_filter (DossierDocumentFilter       *to,
             const DossierDocumentFilter *from)
{
  dossier_document_filter_clear (to);
  if (from == NULL)
    return;
  to->kind = g_strdup (from->kind);
  to->language = g_strdup (from->language);
  to->date_from = g_strdup (from->date_from);
  to->date_to = g_strdup (from->date_to);
  to->inbox = from->inbox;
  to->imported_since = from->imported_since;
  to->tag_ids = g_memdup2 (from->tag_ids, from->n_tag_ids * sizeof (gint64));
  to->n_tag_ids = to->tag_ids != NULL ? from->n_tag_ids : 0;
}

static gboolean
filter_equal (const DossierDocumentFilter *a,
              const DossierDocumentFilter *b)
{
  DossierDocumentFilter none = { NULL };

  if (b == NULL)
    b = &none;
  return g_strcmp0 (a->kind, b->kind) == 0 &&
         g_strcmp0 (a->language, b->language) == 0 &&
         g_strcmp0 (a->date_from, b->date_from) == 0 &&
         g_strcmp0 (a->date_to, b->date_to) == 0 &&
         a->inbox == b->inbox &&
         a->imported_since == b->imported_since &&
         a->n_tag_ids == b->n_tag_ids &&
         (a->n_tag_ids == 0 || memcmp (a->tag_ids, b->tag_ids, a->n_tag_ids * sizeof (gint64)) == 0);
}

static GType
dossier_document_list_get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_DOCUMENT;
}

static guint
dossier_document_list_get_n_items (GListModel *model)
{
  return DOSSIER_DOCUMENT_LIST (model)->ids->len;
}

static gpointer
dossier_document_list_get_item (GListModel *model,
                                guint       position)
{
  DossierDocumentList *self = DOSSIER_DOCUMENT_LIST (model);
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  if (position >= self->ids->len)
    return NULL;
  document = dossier_library_dup_document (self->library,
                                           g_array_index (self->ids, gint64, position), &error);
  if (document == NULL)
    g_warning ("Cannot read a document of the list: %s", error->message);
  return document;
}

static void
dossier_document_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dossier_document_list_get_item_type;
  iface->get_n_items = dossier_document_list_get_n_items;
  iface->get_item = dossier_document_list_get_item;
}

/* Tells the views what changed between @old and self->ids: only the
 * differing middle, so that an import at the top costs one row. A large
 * replacement goes as a removal then an addition: a view told of both at
 * once looks every new item up for one it could keep. */
static void
emit_changes (DossierDocumentList *self,
              GArray              *old)
{
  GArray *now = self->ids;
  guint prefix = 0, suffix = 0, removed, added;

  while (prefix < old->len && prefix < now->len &&
         g_array_index (old, gint64, prefix) == g_array_index (now, gint64, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < now->len - prefix &&
         g_array_index (old, gint64, old->len - 1 - suffix) ==
         g_array_index (now, gint64, now->len - 1 - suffix))
    suffix++;
  removed = old->len - prefix - suffix;
  added = now->len - prefix - suffix;
  if (removed == 0 && added == 0)
    return;

  if (removed > 0 && added > 0 && removed + added > 1000)
    {
      g_autoptr(GArray) between = g_array_sized_new (FALSE, FALSE, sizeof (gint64), prefix + suffix);

      g_array_append_vals (between, old->data, prefix);
      g_array_append_vals (between, &g_array_index (old, gint64, old->len - suffix), suffix);
      self->ids = between;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
      self->ids = now;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, added);
    }
  else
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  if (old->len != now->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Queries the ids again and tells the views what changed. */
void
dossier_document_list_reload (DossierDocumentList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) old = NULL;

  g_return_if_fail (DOSSIER_IS_DOCUMENT_LIST (self));

  ids = dossier_library_query_ids (self->library, self->sort, self->descending,
                                   &self->filter, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list the documents: %s", error->message);
      return;
    }
  old = g_steal_pointer (&self->ids);
  self->ids = g_steal_pointer (&ids);
  emit_changes (self, old);
}

void
dossier_document_list_set_sort (DossierDocumentList *self,
                                DossierDocumentSort  sort,
                                gboolean             descending)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_LIST (self));

  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  dossier_document_list_reload (self);
}

void
dossier_document_list_set_filter (DossierDocumentList         *self,
                                  const DossierDocumentFilter *filter)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_LIST (self));

  if (filter_equal (&self->filter, filter))
    return;
  copy_filter (&self->filter, filter);
  dossier_document_list_reload (self);
}

static void
dossier_document_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierDocumentList *self = DOSSIER_DOCUMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS: g_value_set_uint (value, self->ids->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_list_dispose (GObject *object)
{
  DossierDocumentList *self = DOSSIER_DOCUMENT_LIST (object);

  g_clear_object (&self->library);
  G_OBJECT_CLASS (dossier_document_list_parent_class)->dispose (object);
}

static void
dossier_document_list_finalize (GObject *object)
{
  DossierDocumentList *self = DOSSIER_DOCUMENT_LIST (object);

  g_array_unref (self->ids);
  dossier_document_filter_clear (&self->filter);
  G_OBJECT_CLASS (dossier_document_list_parent_class)->finalize (object);
}

static void
dossier_document_list_class_init (DossierDocumentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_document_list_get_property;
  object_class->dispose = dossier_document_list_dispose;
  object_class->finalize = dossier_document_list_finalize;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_document_list_init (DossierDocumentList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

DossierDocumentList *
dossier_document_list_new (DossierLibrary              *library,
                           DossierDocumentSort          sort,
                           gboolean                     descending,
                           const DossierDocumentFilter *filter)
{
  DossierDocumentList *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_DOCUMENT_LIST, NULL);
  self->library = g_object_ref (library);
  self->sort = sort;
  self->descending = descending;
  copy_filter (&self->filter, filter);
  g_signal_connect_object (library, "changed", G_CALLBACK (dossier_document_list_reload),
                           self, G_CONNECT_SWAPPED);
  dossier_document_list_reload (self);
  return self;
}
