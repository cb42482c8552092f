/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-document.h"

struct _DossierDocument
{
  GObject                parent_instance;
  DossierDocumentRecord *record;   /* owned, never NULL */
};

G_DEFINE_FINAL_TYPE (DossierDocument, dossier_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHA256,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_SENDERS,
  PROP_RECIPIENT,
  PROP_KIND,
  PROP_LANGUAGE,
  PROP_NOTES,
  PROP_ORIGINAL_NAME,
  PROP_FILE,
  PROP_N_PAGES,
  PROP_N_PAGES_WITH_TEXT,
  PROP_BYTES,
  PROP_IMPORTED_AT,
  PROP_CONFIDENTIAL,
  PROP_REVIEWED,
  PROP_USER_FIELDS,
  PROP_TEXT_WARNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

DossierDocumentRecord *
dossier_document_record_new (void)
{
  DossierDocumentRecord *record = g_new0 (DossierDocumentRecord, 1);

  record->senders = g_new0 (char *, 1);
  return record;
}

DossierDocumentRecord *
dossier_document_record_copy (const DossierDocumentRecord *record)
{
  DossierDocumentRecord *copy = g_memdup2 (record, sizeof *record);

  copy->sha256 = g_strdup (record->sha256);
  copy->title = g_strdup (record->title);
  copy->date = g_strdup (record->date);
  copy->place = g_strdup (record->place);
  copy->senders = record->senders ? g_strdupv (record->senders) : g_new0 (char *, 1);
  copy->recipient = g_strdup (record->recipient);
  copy->kind = g_strdup (record->kind);
  copy->language = g_strdup (record->language);
  copy->notes = g_strdup (record->notes);
  copy->original_name = g_strdup (record->original_name);
  copy->file = g_strdup (record->file);
  return copy;
}

void
dossier_document_record_free (DossierDocumentRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->sha256);
  g_free (record->title);
  g_free (record->date);
  g_free (record->place);
  g_strfreev (record->senders);
  g_free (record->recipient);
  g_free (record->kind);
  g_free (record->language);
  g_free (record->notes);
  g_free (record->original_name);
  g_free (record->file);
  g_free (record);
}

const char *
dossier_text_layer_warning (guint n_pages,
                            guint n_pages_with_text)
{
  if (n_pages > 0 && n_pages_with_text == 0)
    return _("No text layer (scanned?)");
  if (n_pages_with_text < n_pages)
    return _("Some pages have no text layer (scanned?)");
  return NULL;
}

static const char *
text_warning (const DossierDocumentRecord *record)
{
  return dossier_text_layer_warning (record->n_pages, record->n_pages_with_text);
}

static void
dossier_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);
  const DossierDocumentRecord *r = self->record;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, r->id); break;
    case PROP_SHA256: g_value_set_string (value, r->sha256); break;
    case PROP_TITLE: g_value_set_string (value, r->title); break;
    case PROP_DATE: g_value_set_string (value, r->date); break;
    case PROP_PLACE: g_value_set_string (value, r->place); break;
    case PROP_SENDERS: g_value_set_boxed (value, r->senders); break;
    case PROP_RECIPIENT: g_value_set_string (value, r->recipient); break;
    case PROP_KIND: g_value_set_string (value, r->kind); break;
    case PROP_LANGUAGE: g_value_set_string (value, r->language); break;
    case PROP_NOTES: g_value_set_string (value, r->notes); break;
    case PROP_ORIGINAL_NAME: g_value_set_string (value, r->original_name); break;
    case PROP_FILE: g_value_set_string (value, r->file); break;
    case PROP_N_PAGES: g_value_set_uint (value, r->n_pages); break;
    case PROP_N_PAGES_WITH_TEXT: g_value_set_uint (value, r->n_pages_with_text); break;
    case PROP_BYTES: g_value_set_uint64 (value, r->bytes); break;
    case PROP_IMPORTED_AT: g_value_set_int64 (value, r->imported_at); break;
    case PROP_CONFIDENTIAL: g_value_set_boolean (value, r->confidential); break;
    case PROP_REVIEWED: g_value_set_boolean (value, r->reviewed); break;
    case PROP_USER_FIELDS: g_value_set_uint (value, r->user_fields); break;
    case PROP_TEXT_WARNING: g_value_set_string (value, text_warning (r)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_finalize (GObject *object)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);

  dossier_document_record_free (self->record);
  G_OBJECT_CLASS (dossier_document_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
uint_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
dossier_document_class_init (DossierDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_document_get_property;
  object_class->finalize = dossier_document_finalize;

  properties[PROP_ID] = int64_property ("id");
  properties[PROP_SHA256] = string_property ("sha256");
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_DATE] = string_property ("date");
  properties[PROP_PLACE] = string_property ("place");
  properties[PROP_SENDERS] =
    g_param_spec_boxed ("senders", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECIPIENT] = string_property ("recipient");
  properties[PROP_KIND] = string_property ("kind");
  properties[PROP_LANGUAGE] = string_property ("language");
  properties[PROP_NOTES] = string_property ("notes");
  properties[PROP_ORIGINAL_NAME] = string_property ("original-name");
  properties[PROP_FILE] = string_property ("file");
  properties[PROP_N_PAGES] = uint_property ("n-pages");
  properties[PROP_N_PAGES_WITH_TEXT] = uint_property ("n-pages-with-text");
  properties[PROP_BYTES] =
    g_param_spec_uint64 ("bytes", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTED_AT] = int64_property ("imported-at");
  properties[PROP_CONFIDENTIAL] =
    g_param_spec_boolean ("confidential", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEWED] =
    g_param_spec_boolean ("reviewed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER_FIELDS] = uint_property ("user-fields");
  properties[PROP_TEXT_WARNING] = string_property ("text-warning");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_document_init (DossierDocument *self)
{
}

DossierDocument *
dossier_document_new (const DossierDocumentRecord *record)
{
  DossierDocument *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_DOCUMENT, NULL);
  self->record = dossier_document_record_copy (record);
  return self;
}

static void
notify_if_changed (DossierDocument *self,
                   const char      *old_value,
                   const char      *new_value,
                   guint            prop_id)
{
  if (g_strcmp0 (old_value, new_value) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/* Takes the new values and notifies each property whose value changed. */
void
dossier_document_update (DossierDocument             *self,
                         const DossierDocumentRecord *record)
{
  g_autoptr(DossierDocumentRecord) old = NULL;
  const DossierDocumentRecord *r;

  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (record != NULL && record->id == self->record->id);

  old = g_steal_pointer (&self->record);
  self->record = dossier_document_record_copy (record);
  r = self->record;

  g_object_freeze_notify (G_OBJECT (self));
  notify_if_changed (self, old->title, r->title, PROP_TITLE);
  notify_if_changed (self, old->date, r->date, PROP_DATE);
  notify_if_changed (self, old->place, r->place, PROP_PLACE);
  if (!strv_equal0 (old->senders, r->senders))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDERS]);
  notify_if_changed (self, old->recipient, r->recipient, PROP_RECIPIENT);
  notify_if_changed (self, old->kind, r->kind, PROP_KIND);
  notify_if_changed (self, old->language, r->language, PROP_LANGUAGE);
  notify_if_changed (self, old->notes, r->notes, PROP_NOTES);
  notify_if_changed (self, old->file, r->file, PROP_FILE);
  if (old->confidential != r->confidential)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENTIAL]);
  if (old->reviewed != r->reviewed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED]);
  if (old->user_fields != r->user_fields)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_FIELDS]);
  g_object_thaw_notify (G_OBJECT (self));
}

const DossierDocumentRecord *
dossier_document_get_record (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->record;
}

#define DEFINE_GETTER(type, name, field, fallback) \
  type \
  dossier_document_get_##name (DossierDocument *self) \
  { \
    g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), fallback); \
    return self->record->field; \
  }

DEFINE_GETTER (gint64, id, id, 0)
DEFINE_GETTER (const char *, sha256, sha256, NULL)
DEFINE_GETTER (const char *, title, title, NULL)
DEFINE_GETTER (const char *, date, date, NULL)
DEFINE_GETTER (const char *, place, place, NULL)
DEFINE_GETTER (const char *, recipient, recipient, NULL)
DEFINE_GETTER (const char *, kind, kind, NULL)
DEFINE_GETTER (const char *, language, language, NULL)
DEFINE_GETTER (const char *, notes, notes, NULL)
DEFINE_GETTER (const char *, original_name, original_name, NULL)
DEFINE_GETTER (const char *, file, file, NULL)
DEFINE_GETTER (guint, n_pages, n_pages, 0)
DEFINE_GETTER (guint, n_pages_with_text, n_pages_with_text, 0)
DEFINE_GETTER (guint64, bytes, bytes, 0)
DEFINE_GETTER (gint64, imported_at, imported_at, 0)
DEFINE_GETTER (gboolean, confidential, confidential, FALSE)
DEFINE_GETTER (gboolean, reviewed, reviewed, FALSE)
DEFINE_GETTER (guint, user_fields, user_fields, 0)

const char * const *
dossier_document_get_senders (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->record->senders;
}

const char *
dossier_document_get_text_warning (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return text_warning (self->record);
}
