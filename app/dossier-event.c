/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-event.h"
#include "dossier-followups.h"

struct _DossierEvent
{
  GObject             parent_instance;
  DossierEventRecord *record;   /* owned, never NULL */
};

G_DEFINE_FINAL_TYPE (DossierEvent, dossier_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_COUNTRY_ID,
  PROP_COUNTRY,
  PROP_DATE,
  PROP_PLACE,
  PROP_PROCESS,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_ROUND,
  PROP_N_ROUNDS,
  PROP_N_ASKS,
  PROP_N_OPEN_ASKS,
  PROP_ROUND_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_strings[] = {
  "dialogue", "council", "subcommittee", "visit", "resolution", "negotiation", "upr", "other", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_strings) == DOSSIER_EVENT_N_KINDS + 1);

const char *
dossier_event_kind_to_string (DossierEventKind kind)
{
  if ((guint) kind >= DOSSIER_EVENT_N_KINDS)
    kind = DOSSIER_EVENT_OTHER;
  return kind_strings[kind];
}

gboolean
dossier_event_kind_from_string (const char       *text,
                                DossierEventKind *kind)
{
  for (guint i = 0; text != NULL && kind_strings[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, kind_strings[i]) == 0)
      {
        *kind = (DossierEventKind) i;
        return TRUE;
      }
  return FALSE;
}

const char * const *
dossier_event_kind_strings (void)
{
  return kind_strings;
}

const char *
dossier_event_kind_label (DossierEventKind kind)
{
  switch (kind)
    {
    case DOSSIER_EVENT_DIALOGUE: return _("Human rights dialogue");
    case DOSSIER_EVENT_COUNCIL: return _("Cooperation council");
    case DOSSIER_EVENT_SUBCOMMITTEE: return _("Subcommittee");
    case DOSSIER_EVENT_VISIT: return _("High-level visit");
    case DOSSIER_EVENT_RESOLUTION: return _("European Parliament resolution");
    case DOSSIER_EVENT_NEGOTIATION: return _("Negotiation round");
    case DOSSIER_EVENT_UPR: return _("UPR review");
    case DOSSIER_EVENT_OTHER:
    default: return _("Other event");
    }
}

DossierEventRecord *
dossier_event_record_new (void)
{
  return g_new0 (DossierEventRecord, 1);
}

DossierEventRecord *
dossier_event_record_copy (const DossierEventRecord *record)
{
  DossierEventRecord *copy = g_memdup2 (record, sizeof *record);

  copy->title = g_strdup (record->title);
  copy->country = g_strdup (record->country);
  copy->date = g_strdup (record->date);
  copy->place = g_strdup (record->place);
  copy->process = g_strdup (record->process);
  copy->notes = g_strdup (record->notes);
  return copy;
}

void
dossier_event_record_free (DossierEventRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->title);
  g_free (record->country);
  g_free (record->date);
  g_free (record->place);
  g_free (record->process);
  g_free (record->notes);
  g_free (record);
}

static void
dossier_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);
  const DossierEventRecord *r = self->record;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, r->id); break;
    case PROP_TITLE: g_value_set_string (value, r->title); break;
    case PROP_KIND: g_value_set_int (value, r->kind); break;
    case PROP_KIND_LABEL: g_value_set_string (value, dossier_event_kind_label (r->kind)); break;
    case PROP_COUNTRY_ID: g_value_set_int64 (value, r->country_id); break;
    case PROP_COUNTRY: g_value_set_string (value, r->country); break;
    case PROP_DATE: g_value_set_string (value, r->date); break;
    case PROP_PLACE: g_value_set_string (value, r->place); break;
    case PROP_PROCESS: g_value_set_string (value, r->process); break;
    case PROP_NOTES: g_value_set_string (value, r->notes); break;
    case PROP_CREATED_AT: g_value_set_int64 (value, r->created_at); break;
    case PROP_ROUND: g_value_set_uint (value, r->round); break;
    case PROP_N_ROUNDS: g_value_set_uint (value, r->n_rounds); break;
    case PROP_N_ASKS: g_value_set_uint (value, r->n_asks); break;
    case PROP_N_OPEN_ASKS: g_value_set_uint (value, r->n_open_asks); break;
    case PROP_ROUND_LABEL: g_value_take_string (value, dossier_event_dup_round_label (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_finalize (GObject *object)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  dossier_event_record_free (self->record);
  G_OBJECT_CLASS (dossier_event_parent_class)->finalize (object);
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
dossier_event_class_init (DossierEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_event_get_property;
  object_class->finalize = dossier_event_finalize;

  properties[PROP_ID] = int64_property ("id");
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, DOSSIER_EVENT_N_KINDS - 1, DOSSIER_EVENT_DIALOGUE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_LABEL] = string_property ("kind-label");
  properties[PROP_COUNTRY_ID] = int64_property ("country-id");
  properties[PROP_COUNTRY] = string_property ("country");
  properties[PROP_DATE] = string_property ("date");
  properties[PROP_PLACE] = string_property ("place");
  properties[PROP_PROCESS] = string_property ("process");
  properties[PROP_NOTES] = string_property ("notes");
  properties[PROP_CREATED_AT] = int64_property ("created-at");
  properties[PROP_ROUND] = uint_property ("round");
  properties[PROP_N_ROUNDS] = uint_property ("n-rounds");
  properties[PROP_N_ASKS] = uint_property ("n-asks");
  properties[PROP_N_OPEN_ASKS] = uint_property ("n-open-asks");
  properties[PROP_ROUND_LABEL] = string_property ("round-label");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_event_init (DossierEvent *self)
{
}

DossierEvent *
dossier_event_new (const DossierEventRecord *record)
{
  DossierEvent *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_EVENT, NULL);
  self->record = dossier_event_record_copy (record);
  return self;
}

static void
notify_string (DossierEvent *self,
               const char   *old_value,
               const char   *new_value,
               guint         prop_id)
{
  if (g_strcmp0 (old_value, new_value) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
notify_number (DossierEvent *self,
               gint64        old_value,
               gint64        new_value,
               guint         prop_id)
{
  if (old_value != new_value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Takes the new values and notifies each property whose value changed. */
void
dossier_event_update (DossierEvent             *self,
                      const DossierEventRecord *record)
{
  g_autoptr(DossierEventRecord) old = NULL;
  const DossierEventRecord *r;

  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (record != NULL && record->id == self->record->id);

  old = g_steal_pointer (&self->record);
  self->record = dossier_event_record_copy (record);
  r = self->record;

  g_object_freeze_notify (G_OBJECT (self));
  notify_string (self, old->title, r->title, PROP_TITLE);
  notify_number (self, old->kind, r->kind, PROP_KIND);
  notify_number (self, old->kind, r->kind, PROP_KIND_LABEL);
  notify_number (self, old->country_id, r->country_id, PROP_COUNTRY_ID);
  notify_string (self, old->country, r->country, PROP_COUNTRY);
  notify_string (self, old->date, r->date, PROP_DATE);
  notify_string (self, old->place, r->place, PROP_PLACE);
  notify_string (self, old->process, r->process, PROP_PROCESS);
  notify_string (self, old->notes, r->notes, PROP_NOTES);
  notify_number (self, old->round, r->round, PROP_ROUND);
  notify_number (self, old->n_rounds, r->n_rounds, PROP_N_ROUNDS);
  notify_number (self, old->n_asks, r->n_asks, PROP_N_ASKS);
  notify_number (self, old->n_open_asks, r->n_open_asks, PROP_N_OPEN_ASKS);
  if (old->round != r->round || g_strcmp0 (old->process, r->process) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

const DossierEventRecord *
dossier_event_get_record (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->record;
}

#define DEFINE_GETTER(type, name, field, fallback) \
  type \
  dossier_event_get_##name (DossierEvent *self) \
  { \
    g_return_val_if_fail (DOSSIER_IS_EVENT (self), fallback); \
    return self->record->field; \
  }

DEFINE_GETTER (gint64, id, id, 0)
DEFINE_GETTER (const char *, title, title, NULL)
DEFINE_GETTER (DossierEventKind, kind, kind, DOSSIER_EVENT_OTHER)
DEFINE_GETTER (gint64, country_id, country_id, 0)
DEFINE_GETTER (const char *, country, country, NULL)
DEFINE_GETTER (const char *, date, date, NULL)
DEFINE_GETTER (const char *, place, place, NULL)
DEFINE_GETTER (const char *, process, process, NULL)
DEFINE_GETTER (const char *, notes, notes, NULL)
DEFINE_GETTER (gint64, created_at, created_at, 0)
DEFINE_GETTER (guint, round, round, 0)
DEFINE_GETTER (guint, n_rounds, n_rounds, 0)
DEFINE_GETTER (guint, n_asks, n_asks, 0)
DEFINE_GETTER (guint, n_open_asks, n_open_asks, 0)

const char *
dossier_event_get_kind_label (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return dossier_event_kind_label (self->record->kind);
}

char *
dossier_event_dup_round_label (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);

  if (self->record->process == NULL || self->record->round == 0)
    return NULL;
  /* TRANSLATORS: "Round 8 of EU–Kazakhstan Human Rights Dialogue" */
  return g_strdup_printf (_("Round %u of %s"), self->record->round, self->record->process);
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  unsigned year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

int
dossier_event_days_until (DossierEvent *self,
                          const char   *today)
{
  g_autofree char *local_today = NULL;
  GDate from, to;

  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);

  if (today == NULL)
    today = local_today = dossier_followups_today (NULL);
  if (!parse_day (today, &from) || !parse_day (self->record->date, &to))
    return 0;
  return g_date_days_between (&from, &to);
}
