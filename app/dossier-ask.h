/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where an ask stands; the strings are those of the command line and of
 * asks.status. */
typedef enum
{
  DOSSIER_ASK_DRAFT,        /* "draft": written down, not yet sent */
  DOSSIER_ASK_SUBMITTED,    /* "submitted": sent to the EU before the event */
  DOSSIER_ASK_RAISED,       /* "raised": the EU raised it at the event */
  DOSSIER_ASK_ANSWERED,     /* "answered": the other side answered */
  DOSSIER_ASK_RESOLVED,     /* "resolved": what was asked happened */
  DOSSIER_ASK_UNRESOLVED,   /* "unresolved": answered, but nothing came of it (still open) */
  DOSSIER_ASK_DROPPED,      /* "dropped": no longer pursued */
} DossierAskStatus;

#define DOSSIER_ASK_N_STATUSES (DOSSIER_ASK_DROPPED + 1)
/* A set of statuses, as in DossierAskFilter.statuses. */
#define DOSSIER_ASK_STATUS_BIT(status) (1u << (status))

const char         *dossier_ask_status_to_string   (DossierAskStatus  status);
gboolean            dossier_ask_status_from_string (const char       *text,
                                                    DossierAskStatus *status);
/* "Draft", "Raised"…, translated. */
const char         *dossier_ask_status_label       (DossierAskStatus  status);
/* The strings of every status in order, NULL-terminated. */
const char * const *dossier_ask_status_strings     (void);
/* Open: neither resolved nor dropped; only open asks are overdue, due,
 * or carried over to the next round. */
gboolean            dossier_ask_status_is_open     (DossierAskStatus  status);

/* A document that is evidence for an ask, at a page or none. */
typedef struct
{
  gint64 document_id;
  guint  page;          /* from 1; 0: the whole document */
} DossierAskDocument;

/* The stored values of one ask, as plain data that can cross threads. */
typedef struct
{
  gint64            id;
  char             *text;
  gint64            event_id;       /* 0: not tied to an event (a draft from a letter, say) */
  char             *event_title;    /* that event's, or NULL */
  char             *event_date;     /* likewise, "YYYY-MM-DD" */
  char             *process;        /* that event's process, or NULL */
  DossierAskStatus  status;
  char             *owner;          /* may be NULL */
  char             *due_date;       /* "YYYY-MM-DD" or NULL */
  char             *next_step;      /* may be NULL */
  gint64            created_at;     /* seconds since the epoch, UTC */
  gint64            updated_at;     /* the time of its last history entry */
  GArray           *tag_ids;        /* gint64, ascending: issues, cases, institutions addressed; never NULL */
  GArray           *documents;      /* DossierAskDocument, by document id; never NULL */
} DossierAskRecord;

DossierAskRecord *dossier_ask_record_new   (void);
DossierAskRecord *dossier_ask_record_copy  (const DossierAskRecord *record);
void              dossier_ask_record_free  (DossierAskRecord       *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAskRecord, dossier_ask_record_free)

/* What one entry of an ask's history changed; several at once when one
 * edit changed several fields. */
typedef enum
{
  DOSSIER_ASK_CHANGED_CREATED   = 1 << 0,   /* the ask was added */
  DOSSIER_ASK_CHANGED_STATUS    = 1 << 1,
  DOSSIER_ASK_CHANGED_DUE_DATE  = 1 << 2,
  DOSSIER_ASK_CHANGED_OWNER     = 1 << 3,
  DOSSIER_ASK_CHANGED_NEXT_STEP = 1 << 4,
  DOSSIER_ASK_CHANGED_EVENT     = 1 << 5,   /* moved, or carried over to the next round */
  DOSSIER_ASK_CHANGED_TEXT      = 1 << 6,
  DOSSIER_ASK_CARRIED_OVER      = 1 << 7,   /* with _EVENT: by a roll-over */
} DossierAskChangeFlags;

/* One entry of an ask's history (ask_history): the ask as it stood after
 * the change, and what it was before. An entry with no flags is a note. */
typedef struct
{
  gint64                 id;
  gint64                 ask_id;
  gint64                 at;            /* seconds since the epoch, UTC */
  DossierAskChangeFlags  changed;
  char                  *note;          /* the user's, or "Carried over from …"; may be NULL */
  DossierAskStatus       status;
  DossierAskStatus       old_status;
  char                  *due_date;
  char                  *old_due_date;
  char                  *owner;
  char                  *old_owner;
  char                  *next_step;
  char                  *old_next_step;
  char                  *text;
  char                  *old_text;
  gint64                 event_id;      /* 0: none; the event may since have been deleted */
  gint64                 old_event_id;
  char                  *event_title;   /* as it was when the entry was written */
  char                  *old_event_title;
} DossierAskChange;

void dossier_ask_change_free (DossierAskChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAskChange, dossier_ask_change_free)

/* "Status: Raised → Answered; due 2024-05-01" and the like, for a
 * timeline, translated. Returns: (transfer full) */
char *dossier_ask_change_describe (const DossierAskChange *change);

#define DOSSIER_TYPE_ASK (dossier_ask_get_type ())
G_DECLARE_FINAL_TYPE (DossierAsk, dossier_ask, DOSSIER, ASK, GObject)

/* Asks come from a DossierLibrary (see dossier-followups.h), which keeps
 * one live object per ask and updates it on every change, notifying the
 * properties that changed: "id", "text", "event-id", "event-title",
 * "event-date", "process", "status" (DossierAskStatus as an int),
 * "status-label", "is-open", "owner", "due-date", "next-step",
 * "created-at", "updated-at", "n-tags", "n-documents". */
DossierAsk             *dossier_ask_new              (const DossierAskRecord *record);
void                    dossier_ask_update           (DossierAsk             *self,
                                                      const DossierAskRecord *record);
const DossierAskRecord *dossier_ask_get_record       (DossierAsk *self);

gint64                  dossier_ask_get_id           (DossierAsk *self);
const char             *dossier_ask_get_text         (DossierAsk *self);
gint64                  dossier_ask_get_event_id     (DossierAsk *self);
const char             *dossier_ask_get_event_title  (DossierAsk *self);
const char             *dossier_ask_get_event_date   (DossierAsk *self);
const char             *dossier_ask_get_process      (DossierAsk *self);
DossierAskStatus        dossier_ask_get_status       (DossierAsk *self);
const char             *dossier_ask_get_status_label (DossierAsk *self);
gboolean                dossier_ask_get_is_open      (DossierAsk *self);
const char             *dossier_ask_get_owner        (DossierAsk *self);
const char             *dossier_ask_get_due_date     (DossierAsk *self);
const char             *dossier_ask_get_next_step    (DossierAsk *self);
gint64                  dossier_ask_get_created_at   (DossierAsk *self);
gint64                  dossier_ask_get_updated_at   (DossierAsk *self);
/* gint64, ascending; never NULL. */
GArray                 *dossier_ask_get_tag_ids      (DossierAsk *self);
/* DossierAskDocument; never NULL. */
GArray                 *dossier_ask_get_documents    (DossierAsk *self);
gboolean                dossier_ask_has_tag          (DossierAsk *self,
                                                      gint64      tag_id);

/* Overdue: open, with a due date strictly before @today ("YYYY-MM-DD";
 * NULL: today in the local time zone). */
gboolean                dossier_ask_is_overdue       (DossierAsk *self,
                                                      const char *today);
/* Due soon: open, due from @today to @today + @days - 1 (7: this week). */
gboolean                dossier_ask_is_due_within    (DossierAsk *self,
                                                      const char *today,
                                                      guint       days);
/* The same tests on plain values, for exports and lists. */
gboolean                dossier_ask_record_is_overdue    (const DossierAskRecord *record,
                                                          const char             *today);
gboolean                dossier_ask_record_is_due_within (const DossierAskRecord *record,
                                                          const char             *today,
                                                          guint                   days);

G_END_DECLS
