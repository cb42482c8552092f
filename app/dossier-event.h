/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What kind of meeting or act an event is; the strings are those of the
 * command line and of events.kind. */
typedef enum
{
  DOSSIER_EVENT_DIALOGUE,       /* "dialogue": a human-rights dialogue round */
  DOSSIER_EVENT_COUNCIL,        /* "council": a cooperation council */
  DOSSIER_EVENT_SUBCOMMITTEE,   /* "subcommittee" */
  DOSSIER_EVENT_VISIT,          /* "visit": a high-level visit */
  DOSSIER_EVENT_RESOLUTION,     /* "resolution": a European Parliament resolution */
  DOSSIER_EVENT_NEGOTIATION,    /* "negotiation": an agreement negotiation round */
  DOSSIER_EVENT_UPR,            /* "upr": a UN Universal Periodic Review */
  DOSSIER_EVENT_OTHER,          /* "other" */
} DossierEventKind;

#define DOSSIER_EVENT_N_KINDS (DOSSIER_EVENT_OTHER + 1)

const char         *dossier_event_kind_to_string   (DossierEventKind  kind);
gboolean            dossier_event_kind_from_string (const char       *text,
                                                    DossierEventKind *kind);
/* "Human rights dialogue", "UPR review"…, translated. */
const char         *dossier_event_kind_label       (DossierEventKind  kind);
/* The strings of every kind in order, NULL-terminated (for error
 * messages and choosers). */
const char * const *dossier_event_kind_strings     (void);

/* The stored values of one event, as plain data that can cross threads. */
typedef struct
{
  gint64            id;
  char             *title;
  DossierEventKind  kind;
  gint64            country_id;    /* a tag of facet "country"; 0: none */
  char             *country;       /* that tag's name, or NULL */
  char             *date;          /* "YYYY-MM-DD", never NULL */
  char             *place;         /* may be NULL */
  char             *process;       /* "EU–Kazakhstan Human Rights Dialogue", or NULL */
  char             *notes;         /* may be NULL */
  gint64            created_at;    /* seconds since the epoch, UTC */
  guint             round;         /* its place among its process's events by date, from 1; 0 without a process */
  guint             n_rounds;      /* how many events its process has; 0 without a process */
  guint             n_asks;        /* asks raised at it */
  guint             n_open_asks;   /* those neither resolved nor dropped */
} DossierEventRecord;

DossierEventRecord *dossier_event_record_new   (void);
DossierEventRecord *dossier_event_record_copy  (const DossierEventRecord *record);
void                dossier_event_record_free  (DossierEventRecord       *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEventRecord, dossier_event_record_free)

#define DOSSIER_TYPE_EVENT (dossier_event_get_type ())
G_DECLARE_FINAL_TYPE (DossierEvent, dossier_event, DOSSIER, EVENT, GObject)

/* Events come from a DossierLibrary (see dossier-followups.h), which keeps
 * one live object per event and updates it on every change, notifying
 * the properties that changed: "id", "title", "kind" (DossierEventKind as
 * an int), "kind-label", "country-id", "country", "date", "place",
 * "process", "notes", "created-at", "round", "n-rounds", "n-asks",
 * "n-open-asks", "round-label". */
DossierEvent             *dossier_event_new            (const DossierEventRecord *record);
void                      dossier_event_update         (DossierEvent             *self,
                                                        const DossierEventRecord *record);
const DossierEventRecord *dossier_event_get_record     (DossierEvent *self);

gint64                    dossier_event_get_id         (DossierEvent *self);
const char               *dossier_event_get_title      (DossierEvent *self);
DossierEventKind          dossier_event_get_kind       (DossierEvent *self);
const char               *dossier_event_get_kind_label (DossierEvent *self);
gint64                    dossier_event_get_country_id (DossierEvent *self);
const char               *dossier_event_get_country    (DossierEvent *self);
const char               *dossier_event_get_date       (DossierEvent *self);
const char               *dossier_event_get_place      (DossierEvent *self);
const char               *dossier_event_get_process    (DossierEvent *self);
const char               *dossier_event_get_notes      (DossierEvent *self);
gint64                    dossier_event_get_created_at (DossierEvent *self);
guint                     dossier_event_get_round      (DossierEvent *self);
guint                     dossier_event_get_n_rounds   (DossierEvent *self);
guint                     dossier_event_get_n_asks     (DossierEvent *self);
guint                     dossier_event_get_n_open_asks (DossierEvent *self);
/* "Round 8 of EU–Kazakhstan Human Rights Dialogue", translated; NULL
 * without a process. Returns: (transfer full) */
char                     *dossier_event_dup_round_label (DossierEvent *self);
/* Days from @today ("YYYY-MM-DD"; NULL: today in the local time zone) to
 * the event: 0 on the day, negative once it has passed. */
int                       dossier_event_days_until     (DossierEvent *self,
                                                        const char   *today);

G_END_DECLS
