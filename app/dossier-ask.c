/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-ask.h"
#include "dossier-followups.h"

struct _DossierAsk
{
  GObject           parent_instance;
  DossierAskRecord *record;   /* owned, never NULL */
};

G_DEFINE_FINAL_TYPE (DossierAsk, dossier_ask, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_EVENT_ID,
  PROP_EVENT_TITLE,
  PROP_EVENT_DATE,
  PROP_PROCESS,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_IS_OPEN,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_NEXT_STEP,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_N_TAGS,
  PROP_N_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_strings[] = {
  "draft", "submitted", "raised", "answered", "resolved", "unresolved", "dropped", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_strings) == DOSSIER_ASK_N_STATUSES + 1);

const char *
dossier_ask_status_to_string (DossierAskStatus status)
{
  if ((guint) status >= DOSSIER_ASK_N_STATUSES)
    status = DOSSIER_ASK_DRAFT;
  return status_strings[status];
}

gboolean
dossier_ask_status_from_string (const char       *text,
                                DossierAskStatus *status)
{
  for (guint i = 0; text != NULL && status_strings[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, status_strings[i]) == 0)
      {
        *status = (DossierAskStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char * const *
dossier_ask_status_strings (void)
{
  return status_strings;
}

const char *
dossier_ask_status_label (DossierAskStatus status)
{
  switch (status)
    {
    case DOSSIER_ASK_SUBMITTED: return C_("ask status", "Submitted");
    case DOSSIER_ASK_RAISED: return C_("ask status", "Raised");
    case DOSSIER_ASK_ANSWERED: return C_("ask status", "Answered");
    case DOSSIER_ASK_RESOLVED: return C_("ask status", "Resolved");
    case DOSSIER_ASK_UNRESOLVED: return C_("ask status", "Unresolved");
    case DOSSIER_ASK_DROPPED: return C_("ask status", "Dropped");
    case DOSSIER_ASK_DRAFT:
    default: return C_("ask status", "Draft");
    }
}

gboolean
dossier_ask_status_is_open (DossierAskStatus status)
{
  return status != DOSSIER_ASK_RESOLVED && status != DOSSIER_ASK_DROPPED;
}

/* ---- records ---- */

DossierAskRecord *
dossier_ask_record_new (void)
{
  DossierAskRecord *record = g_new0 (DossierAskRecord, 1);

  record->tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  record->documents = g_array_new (FALSE, FALSE, sizeof (DossierAskDocument));
  return record;
}

static GArray *
array_copy (GArray *array,
            guint   element_size)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, element_size, array ? array->len : 0);

  if (array != NULL && array->len > 0)
    g_array_append_vals (copy, array->data, array->len);
  return copy;
}

DossierAskRecord *
dossier_ask_record_copy (const DossierAskRecord *record)
{
  DossierAskRecord *copy = g_memdup2 (record, sizeof *record);

  copy->text = g_strdup (record->text);
  copy->event_title = g_strdup (record->event_title);
  copy->event_date = g_strdup (record->event_date);
  copy->process = g_strdup (record->process);
  copy->owner = g_strdup (record->owner);
  copy->due_date = g_strdup (record->due_date);
  copy->next_step = g_strdup (record->next_step);
  copy->tag_ids = array_copy (record->tag_ids, sizeof (gint64));
  copy->documents = array_copy (record->documents, sizeof (DossierAskDocument));
  return copy;
}

void
dossier_ask_record_free (DossierAskRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->text);
  g_free (record->event_title);
  g_free (record->event_date);
  g_free (record->process);
  g_free (record->owner);
  g_free (record->due_date);
  g_free (record->next_step);
  g_clear_pointer (&record->tag_ids, g_array_unref);
  g_clear_pointer (&record->documents, g_array_unref);
  g_free (record);
}

gboolean
dossier_ask_record_is_overdue (const DossierAskRecord *record,
                               const char             *today)
{
  g_autofree char *local_today = NULL;

  g_return_val_if_fail (record != NULL, FALSE);

  if (!dossier_ask_status_is_open (record->status) || record->due_date == NULL)
    return FALSE;
  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  /* "YYYY-MM-DD" sorts as the days do. */
  return strcmp (record->due_date, today) < 0;
}

gboolean
dossier_ask_record_is_due_within (const DossierAskRecord *record,
                                  const char             *today,
                                  guint                   days)
{
  g_autofree char *local_today = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (record != NULL, FALSE);

  if (!dossier_ask_status_is_open (record->status) || record->due_date == NULL || days == 0)
    return FALSE;
  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  last = dossier_followups_add_days (today, (int) days - 1);
  return strcmp (record->due_date, today) >= 0 && strcmp (record->due_date, last) <= 0;
}

/* ---- history ---- */

void
dossier_ask_change_free (DossierAskChange *change)
{
  if (change == NULL)
    return;
  g_free (change->note);
  g_free (change->due_date);
  g_free (change->old_due_date);
  g_free (change->owner);
  g_free (change->old_owner);
  g_free (change->next_step);
  g_free (change->old_next_step);
  g_free (change->text);
  g_free (change->old_text);
  g_free (change->event_title);
  g_free (change->old_event_title);
  g_free (change);
}

static void
describe_event_change (GPtrArray              *parts,
                       const DossierAskChange *change)
{
  const char *from = change->old_event_title;
  const char *to = change->event_title;

  if (change->changed & DOSSIER_ASK_CARRIED_OVER)
    g_ptr_array_add (parts, g_strdup_printf (_("Carried over from “%s” to “%s”"),
                                             from ? from : "", to ? to : ""));
  else if (from != NULL && to != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Moved from “%s” to “%s”"), from, to));
  else if (to != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Tied to “%s”"), to));
  else
    g_ptr_array_add (parts, g_strdup_printf (_("No longer tied to “%s”"), from ? from : ""));
}

static void
describe_due_date (GPtrArray              *parts,
                   const DossierAskChange *change)
{
  if (change->due_date == NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Due date removed (was %s)"),
                                             change->old_due_date ? change->old_due_date : "—"));
  else if (change->old_due_date == NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), change->due_date));
  else
    g_ptr_array_add (parts, g_strdup_printf (_("Due %s (was %s)"), change->due_date,
                                             change->old_due_date));
}

char *
dossier_ask_change_describe (const DossierAskChange *change)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  DossierAskChangeFlags changed;

  g_return_val_if_fail (change != NULL, NULL);
  changed = change->changed;

  if (changed & DOSSIER_ASK_CHANGED_CREATED)
    g_ptr_array_add (parts, g_strdup_printf (_("Added as %s"),
                                             dossier_ask_status_label (change->status)));
  else if (changed & DOSSIER_ASK_CHANGED_STATUS)
    g_ptr_array_add (parts, g_strdup_printf (_("Status: %s → %s"),
                                             dossier_ask_status_label (change->old_status),
                                             dossier_ask_status_label (change->status)));
  if (changed & DOSSIER_ASK_CHANGED_EVENT)
    describe_event_change (parts, change);
  if ((changed & DOSSIER_ASK_CHANGED_DUE_DATE) && !(changed & DOSSIER_ASK_CHANGED_CREATED))
    describe_due_date (parts, change);
  if ((changed & DOSSIER_ASK_CHANGED_OWNER) && !(changed & DOSSIER_ASK_CHANGED_CREATED))
    g_ptr_array_add (parts, change->owner ? g_strdup_printf (_("Owner: %s"), change->owner)
                                          : g_strdup (_("Owner removed")));
  if ((changed & DOSSIER_ASK_CHANGED_NEXT_STEP) && !(changed & DOSSIER_ASK_CHANGED_CREATED))
    g_ptr_array_add (parts, change->next_step
                            ? g_strdup_printf (_("Next step: %s"), change->next_step)
                            : g_strdup (_("Next step removed")));
  if ((changed & DOSSIER_ASK_CHANGED_TEXT) && !(changed & DOSSIER_ASK_CHANGED_CREATED))
    g_ptr_array_add (parts, g_strdup (_("Wording changed")));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("Note")));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: joins the changes of one history entry */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

/* ---- the object ---- */

static void
dossier_ask_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DossierAsk *self = DOSSIER_ASK (object);
  const DossierAskRecord *r = self->record;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, r->id); break;
    case PROP_TEXT: g_value_set_string (value, r->text); break;
    case PROP_EVENT_ID: g_value_set_int64 (value, r->event_id); break;
    case PROP_EVENT_TITLE: g_value_set_string (value, r->event_title); break;
    case PROP_EVENT_DATE: g_value_set_string (value, r->event_date); break;
    case PROP_PROCESS: g_value_set_string (value, r->process); break;
    case PROP_STATUS: g_value_set_int (value, r->status); break;
    case PROP_STATUS_LABEL: g_value_set_string (value, dossier_ask_status_label (r->status)); break;
    case PROP_IS_OPEN: g_value_set_boolean (value, dossier_ask_status_is_open (r->status)); break;
    case PROP_OWNER: g_value_set_string (value, r->owner); break;
    case PROP_DUE_DATE: g_value_set_string (value, r->due_date); break;
    case PROP_NEXT_STEP: g_value_set_string (value, r->next_step); break;
    case PROP_CREATED_AT: g_value_set_int64 (value, r->created_at); break;
    case PROP_UPDATED_AT: g_value_set_int64 (value, r->updated_at); break;
    case PROP_N_TAGS: g_value_set_uint (value, r->tag_ids->len); break;
    case PROP_N_DOCUMENTS: g_value_set_uint (value, r->documents->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_ask_finalize (GObject *object)
{
  DossierAsk *self = DOSSIER_ASK (object);

  dossier_ask_record_free (self->record);
  G_OBJECT_CLASS (dossier_ask_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
uint_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
dossier_ask_class_init (DossierAskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_ask_get_property;
  object_class->finalize = dossier_ask_finalize;

  properties[PROP_ID] = int64_property ("id");
  properties[PROP_TEXT] = string_property ("text");
  properties[PROP_EVENT_ID] = int64_property ("event-id");
  properties[PROP_EVENT_TITLE] = string_property ("event-title");
  properties[PROP_EVENT_DATE] = string_property ("event-date");
  properties[PROP_PROCESS] = string_property ("process");
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, DOSSIER_ASK_N_STATUSES - 1, DOSSIER_ASK_DRAFT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = string_property ("status-label");
  properties[PROP_IS_OPEN] =
    g_param_spec_boolean ("is-open", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] = string_property ("owner");
  properties[PROP_DUE_DATE] = string_property ("due-date");
  properties[PROP_NEXT_STEP] = string_property ("next-step");
  properties[PROP_CREATED_AT] = int64_property ("created-at");
  properties[PROP_UPDATED_AT] = int64_property ("updated-at");
  properties[PROP_N_TAGS] = uint_property ("n-tags");
  properties[PROP_N_DOCUMENTS] = uint_property ("n-documents");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_ask_init (DossierAsk *self)
{
}

DossierAsk *
dossier_ask_new (const DossierAskRecord *record)
{
  DossierAsk *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_ASK, NULL);
  self->record = dossier_ask_record_copy (record);
  return self;
}

static void
notify_string (DossierAsk *self,
               const char *old_value,
               const char *new_value,
               guint       prop_id)
{
  if (g_strcmp0 (old_value, new_value) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
notify_number (DossierAsk *self,
               gint64      old_value,
               gint64      new_value,
               guint       prop_id)
{
  if (old_value != new_value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
arrays_equal (GArray *a,
              GArray *b,
              guint   element_size)
{
  return a->len == b->len && (a->len == 0 || memcmp (a->data, b->data, a->len * element_size) == 0);
}

/* Takes the new values and notifies each property whose value changed. */
void
dossier_ask_update (DossierAsk             *self,
                    const DossierAskRecord *record)
{
  g_autoptr(DossierAskRecord) old = NULL;
  const DossierAskRecord *r;

  g_return_if_fail (DOSSIER_IS_ASK (self));
  g_return_if_fail (record != NULL && record->id == self->record->id);

  old = g_steal_pointer (&self->record);
  self->record = dossier_ask_record_copy (record);
  r = self->record;

  g_object_freeze_notify (G_OBJECT (self));
  notify_string (self, old->text, r->text, PROP_TEXT);
  notify_number (self, old->event_id, r->event_id, PROP_EVENT_ID);
  notify_string (self, old->event_title, r->event_title, PROP_EVENT_TITLE);
  notify_string (self, old->event_date, r->event_date, PROP_EVENT_DATE);
  notify_string (self, old->process, r->process, PROP_PROCESS);
  notify_number (self, old->status, r->status, PROP_STATUS);
  notify_number (self, old->status, r->status, PROP_STATUS_LABEL);
  notify_number (self, dossier_ask_status_is_open (old->status),
                 dossier_ask_status_is_open (r->status), PROP_IS_OPEN);
  notify_string (self, old->owner, r->owner, PROP_OWNER);
  notify_string (self, old->due_date, r->due_date, PROP_DUE_DATE);
  notify_string (self, old->next_step, r->next_step, PROP_NEXT_STEP);
  notify_number (self, old->updated_at, r->updated_at, PROP_UPDATED_AT);
  /* The arrays may change without their length: the count is what a
   * property can say, so a change of either notifies it. */
  if (!arrays_equal (old->tag_ids, r->tag_ids, sizeof (gint64)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TAGS]);
  if (!arrays_equal (old->documents, r->documents, sizeof (DossierAskDocument)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
  g_object_thaw_notify (G_OBJECT (self));
}

const DossierAskRecord *
dossier_ask_get_record (DossierAsk *self)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), NULL);
  return self->record;
}

#define DEFINE_GETTER(type, name, field, fallback) \
  type \
  dossier_ask_get_##name (DossierAsk *self) \
  { \
    g_return_val_if_fail (DOSSIER_IS_ASK (self), fallback); \
    return self->record->field; \
  }

DEFINE_GETTER (gint64, id, id, 0)
DEFINE_GETTER (const char *, text, text, NULL)
DEFINE_GETTER (gint64, event_id, event_id, 0)
DEFINE_GETTER (const char *, event_title, event_title, NULL)
DEFINE_GETTER (const char *, event_date, event_date, NULL)
DEFINE_GETTER (const char *, process, process, NULL)
DEFINE_GETTER (DossierAskStatus, status, status, DOSSIER_ASK_DRAFT)
DEFINE_GETTER (const char *, owner, owner, NULL)
DEFINE_GETTER (const char *, due_date, due_date, NULL)
DEFINE_GETTER (const char *, next_step, next_step, NULL)
DEFINE_GETTER (gint64, created_at, created_at, 0)
DEFINE_GETTER (gint64, updated_at, updated_at, 0)
DEFINE_GETTER (GArray *, tag_ids, tag_ids, NULL)
DEFINE_GETTER (GArray *, documents, documents, NULL)

const char *
dossier_ask_get_status_label (DossierAsk *self)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), NULL);
  return dossier_ask_status_label (self->record->status);
}

gboolean
dossier_ask_get_is_open (DossierAsk *self)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), FALSE);
  return dossier_ask_status_is_open (self->record->status);
}

gboolean
dossier_ask_has_tag (DossierAsk *self,
                     gint64      tag_id)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), FALSE);

  for (guint i = 0; i < self->record->tag_ids->len; i++)
    if (g_array_index (self->record->tag_ids, gint64, i) == tag_id)
      return TRUE;
  return FALSE;
}

gboolean
dossier_ask_is_overdue (DossierAsk *self,
                        const char *today)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), FALSE);
  return dossier_ask_record_is_overdue (self->record, today);
}

gboolean
dossier_ask_is_due_within (DossierAsk *self,
                           const char *today,
                           guint       days)
{
  g_return_val_if_fail (DOSSIER_IS_ASK (self), FALSE);
  return dossier_ask_record_is_due_within (self->record, today, days);
}
