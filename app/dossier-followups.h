/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-ask.h"
#include "dossier-event.h"
#include "dossier-library.h"

G_BEGIN_DECLS

/* Events (the rounds of the EU's processes with a country), the asks
 * raised at them, the asks' history, and roll-over: the tables events,
 * event_documents, asks, ask_history, ask_tags and ask_documents.
 *
 * The dossier_library_ functions are for the main thread; each change is
 * one transaction, and after it the library emits "followups-changed"
 * (lists read again) and updates the live DossierEvent/DossierAsk objects
 * it handed out, which notify their changed properties. Lists are small
 * (hundreds of rows): they come as GListStores.
 *
 * The dossier_followups_read_ functions read plain records through any
 * thread's own connection (dossier_database_open()), for exports that run
 * off the main thread. */

/* The same type as in dossier-database.h, which only app/ may include. */
typedef struct _DossierDatabase DossierDatabase;

/* ---- days ---- */

/* "YYYY-MM-DD" of @now in its own time zone (NULL: now, local time):
 * "today" for the functions below, which take a day so that tests can
 * choose it. Returns: (transfer full) */
char     *dossier_followups_today        (GDateTime  *now);
/* Whether @text is a day that exists, written "YYYY-MM-DD"; else FALSE
 * with a message that says how to write one. */
gboolean  dossier_followups_check_date   (const char  *text,
                                          GError     **error);
/* @date plus @days (may be negative). Returns: (transfer full) */
char     *dossier_followups_add_days     (const char  *date,
                                          int          days);

/* ---- events ---- */

/* What an event is made of; NULL strings and 0 ids store nothing. */
typedef struct
{
  const char       *title;           /* required */
  DossierEventKind  kind;
  gint64            country_id;      /* a tag of facet "country", or 0 */
  const char       *date;            /* "YYYY-MM-DD", required */
  const char       *place;
  const char       *process;         /* rounds of the same process (ignoring case) are numbered by date */
  const char       *notes;
} DossierEventSpec;

/* Fills @spec with @event's values (borrowed from @event), to change
 * some and pass it to dossier_library_update_event(). */
void          dossier_event_spec_init_from          (DossierEventSpec  *spec,
                                                     DossierEvent      *event);

DossierEvent *dossier_library_add_event             (DossierLibrary          *self,
                                                     const DossierEventSpec  *spec,
                                                     GError                 **error);
gboolean      dossier_library_update_event          (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     const DossierEventSpec  *spec,
                                                     GError                 **error);
/* Refused while asks are tied to it (DOSSIER_ERROR_INVALID_VALUE, saying
 * how many): move or delete them first, nothing is lost by accident. Its
 * links to documents go with it, the documents stay. */
gboolean      dossier_library_delete_event          (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     GError                 **error);
/* Returns: (transfer full): NOT_FOUND when there is no such event. */
DossierEvent *dossier_library_dup_event             (DossierLibrary          *self,
                                                     gint64                   id,
                                                     GError                 **error);
/* Returns: (transfer full): a GListStore of DossierEvent, by process
 * (ignoring case; events with no process last), then date, then id. */
GListModel   *dossier_library_list_events           (DossierLibrary          *self,
                                                     GError                 **error);
/* Returns: (transfer full): a GListStore of DossierEvent dated @today
 * ("YYYY-MM-DD"; NULL: local today) or later, soonest first, then the
 * rest, latest first: the Events list with the next one on top. */
GListModel   *dossier_library_list_events_upcoming_first (DossierLibrary     *self,
                                                     const char              *today,
                                                     GError                 **error);
/* Returns: (transfer full) (nullable): the first event dated @today or
 * later (NULL: none, with no error set). */
DossierEvent *dossier_library_dup_next_event        (DossierLibrary          *self,
                                                     const char              *today,
                                                     GError                 **error);
/* Returns: (transfer full) (nullable): the round of @event's process
 * just before it (by date, then id); NULL with no error set when it is
 * the first or has no process. */
DossierEvent *dossier_library_dup_previous_round    (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     GError                 **error);
/* Returns: (transfer full): the processes in use, sorted. */
GStrv         dossier_library_list_processes        (DossierLibrary          *self,
                                                     GError                 **error);
/* The letters sent before an event, the press release after it. Linking
 * twice is not an error. */
gboolean      dossier_library_link_event_document   (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     gint64                   document_id,
                                                     GError                 **error);
gboolean      dossier_library_unlink_event_document (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     gint64                   document_id,
                                                     GError                 **error);
/* Returns: (transfer full): a GListStore of DossierDocument linked to
 * @event, by date (undated last), trash left out. */
GListModel   *dossier_library_list_event_documents  (DossierLibrary          *self,
                                                     DossierEvent            *event,
                                                     GError                 **error);
/* Returns: (transfer full): a GListStore of DossierEvent that
 * @document_id is linked to, by date. */
GListModel   *dossier_library_list_document_events  (DossierLibrary          *self,
                                                     gint64                   document_id,
                                                     GError                 **error);

/* ---- asks ---- */

/* What a new ask is made of. */
typedef struct
{
  const char               *text;          /* required */
  gint64                    event_id;      /* 0: none yet */
  DossierAskStatus          status;        /* DRAFT or SUBMITTED usually */
  const char               *owner;
  const char               *due_date;      /* "YYYY-MM-DD" or NULL */
  const char               *next_step;
  const gint64             *tag_ids;       /* issues, cases, institutions addressed */
  guint                     n_tag_ids;
  const DossierAskDocument *documents;     /* its evidence */
  guint                     n_documents;
  const char               *note;          /* of its first history entry; may be NULL */
} DossierAskSpec;

/* A change to an ask: the fields named in @changed take their new
 * values (a NULL or empty string clears owner, due date or next step),
 * and one history entry records them with @note. @changed 0 with a note
 * adds a note to the history and changes nothing else. */
typedef struct
{
  DossierAskChangeFlags  changed;     /* of STATUS, DUE_DATE, OWNER, NEXT_STEP, EVENT, TEXT */
  DossierAskStatus       status;
  const char            *due_date;
  const char            *owner;
  const char            *next_step;
  gint64                 event_id;    /* 0: none */
  const char            *text;
  const char            *note;
} DossierAskUpdate;

typedef enum
{
  DOSSIER_ASK_SORT_DUE_DATE,     /* soonest first, undated last */
  DOSSIER_ASK_SORT_EVENT,        /* by the event's date, then the ask's id */
  DOSSIER_ASK_SORT_UPDATED,      /* last changed first */
  DOSSIER_ASK_SORT_CREATED,      /* oldest first */
} DossierAskSort;

/* Which asks a list shows; zero fields do not filter, set ones all apply. */
typedef struct
{
  guint          statuses;        /* DOSSIER_ASK_STATUS_BIT()s; 0: any */
  gboolean       open_only;       /* neither resolved nor dropped */
  const gint64  *tag_ids;         /* each of these, or a tag under it (Media freedom for Freedom of expression) */
  guint          n_tag_ids;
  gint64         event_id;
  const char    *process;         /* asks of this process's events, ignoring case */
  const char    *owner;           /* exactly, ignoring case */
  gboolean       overdue;         /* open, due strictly before today */
  guint          due_within_days; /* open, due from today to today + N - 1 (7: this week) */
  gint64         document_id;     /* the asks this document is evidence for */
  const char    *today;           /* "YYYY-MM-DD"; NULL: today in the local time zone */
  DossierAskSort sort;
  gboolean       descending;
} DossierAskFilter;

DossierAsk   *dossier_library_add_ask                (DossierLibrary          *self,
                                                      const DossierAskSpec    *spec,
                                                      GError                 **error);
gboolean      dossier_library_update_ask             (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      const DossierAskUpdate  *update,
                                                      GError                 **error);
/* Shorthands for dossier_library_update_ask() of one field. */
gboolean      dossier_library_set_ask_status         (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      DossierAskStatus         status,
                                                      const char              *note,
                                                      GError                 **error);
gboolean      dossier_library_set_ask_due_date       (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      const char              *due_date,
                                                      const char              *note,
                                                      GError                 **error);
gboolean      dossier_library_set_ask_owner          (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      const char              *owner,
                                                      const char              *note,
                                                      GError                 **error);
gboolean      dossier_library_set_ask_next_step      (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      const char              *next_step,
                                                      const char              *note,
                                                      GError                 **error);
/* Replaces the ask's tags (not kept in its history). */
gboolean      dossier_library_set_ask_tags           (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      const gint64            *tag_ids,
                                                      guint                    n_tag_ids,
                                                      GError                 **error);
/* Adds a document as evidence, or changes its page when already there. */
gboolean      dossier_library_add_ask_document       (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      gint64                   document_id,
                                                      guint                    page,
                                                      GError                 **error);
gboolean      dossier_library_remove_ask_document    (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      gint64                   document_id,
                                                      GError                 **error);
/* The ask and its history go; prefer the status "dropped", which keeps
 * both. */
gboolean      dossier_library_delete_ask             (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      GError                 **error);
/* Returns: (transfer full): NOT_FOUND when there is no such ask. */
DossierAsk   *dossier_library_dup_ask                (DossierLibrary          *self,
                                                      gint64                   id,
                                                      GError                 **error);
/* Returns: (transfer full): a GListStore of DossierAsk; @filter NULL:
 * every ask by due date. */
GListModel   *dossier_library_list_asks              (DossierLibrary          *self,
                                                      const DossierAskFilter  *filter,
                                                      GError                 **error);
/* Returns: (transfer full) (element-type DossierTag): the ask's tags,
 * ordered as dossier_library_list_tags(). */
GPtrArray    *dossier_library_list_ask_tags          (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      GError                 **error);
/* Returns: (transfer full) (element-type DossierAskChange): oldest first;
 * the first entry is the ask's creation. */
GPtrArray    *dossier_library_list_ask_history       (DossierLibrary          *self,
                                                      DossierAsk              *ask,
                                                      GError                 **error);
/* The counts behind the window's badge: open asks due before @today, and
 * due from @today to @today + 6. */
gboolean      dossier_library_count_due_asks         (DossierLibrary          *self,
                                                      const char              *today,
                                                      guint                   *n_overdue,
                                                      guint                   *n_due_this_week,
                                                      GError                 **error);

/* ---- roll-over ---- */

/* Returns: (transfer full): a GListStore of the open DossierAsks of the
 * round before @event in its process (empty when there is none): what a
 * new round offers to carry over. */
GListModel   *dossier_library_list_carry_over_asks   (DossierLibrary          *self,
                                                      DossierEvent            *event,
                                                      GError                 **error);
/* Moves @asks (NULL: every ask of dossier_library_list_carry_over_asks())
 * to @event, in one transaction: the same asks, each with a history entry
 * "Carried over from <previous round>", status and due date unchanged.
 * Closed asks are refused. Returns: how many moved, -1 on error. */
int           dossier_library_carry_over_asks        (DossierLibrary          *self,
                                                      DossierEvent            *event,
                                                      DossierAsk * const      *asks,
                                                      guint                    n_asks,
                                                      GError                 **error);

/* Reads every event and ask handed out again, so that their properties
 * show what is stored, then emits "followups-changed". Each change above
 * does this itself, and so does the library on "tags-changed" (a
 * country renamed, tags merged); call it after changing the tables any
 * other way. */
void          dossier_library_reload_followups       (DossierLibrary          *self);

/* ---- any thread, through its own connection ---- */

/* Returns: (transfer full) (element-type DossierEventRecord): ordered as
 * dossier_library_list_events(). */
GPtrArray *dossier_followups_read_events  (DossierDatabase         *database,
                                           GError                 **error);
/* Returns: (transfer full) (element-type DossierAskRecord) */
GPtrArray *dossier_followups_read_asks    (DossierDatabase         *database,
                                           const DossierAskFilter  *filter,
                                           GError                 **error);
/* Returns: (transfer full) (element-type DossierAskChange): oldest first. */
GPtrArray *dossier_followups_read_history (DossierDatabase         *database,
                                           gint64                   ask_id,
                                           GError                 **error);

G_END_DECLS
