/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-ask.h"
#include "dossier-briefing.h"
#include "dossier-document.h"
#include "dossier-event.h"
#include "dossier-pack-timeline.h"
#include "dossier-pack-writer.h"

G_BEGIN_DECLS

/* What a briefing pack holds, read from the library on the main thread
 * as plain data (dossier-briefing-gather.c), then typeset on the writing thread
 * (dossier-briefing-compose.c). In an external pack, what is confidential
 * never gets in here at all, and notes are left empty. */

typedef struct
{
  gint64    id;
  char     *name;
  char     *facet;
  char     *description;
  gint64    parent_id;      /* 0: at the top */
  gboolean  confidential;   /* itself, or a tag above it */
} DossierBriefingTag;

typedef struct
{
  DossierDocumentRecord *record;    /* owned */
  GArray                *tag_ids;   /* gint64, accepted and suggested; owned */
  char                  *text;      /* its first pages' text, for an excerpt; owned */
  guint                  annex;     /* its number among the annexes; 0: not annexed */
  gboolean               recent;    /* dated since the previous round */
} DossierBriefingDocument;

typedef struct
{
  DossierAskRecord *record;         /* owned */
  GPtrArray        *history;        /* DossierAskChange, oldest first; owned */
} DossierBriefingAsk;

typedef struct
{
  gint64  document_id;
  char   *path;                     /* the stored original */
  char   *title;
  char   *date;                     /* may be NULL */
} DossierBriefingAnnex;

typedef struct
{
  gboolean              external;
  char                 *title;
  char                 *subtitle;       /* what the pack is about: a round, a country, dates */
  char                 *organisation;   /* may be NULL */
  char                 *today;          /* "YYYY-MM-DD" */
  DossierEventRecord   *event;          /* may be NULL */
  char                 *since;          /* "what changed since": a date, or NULL */
  char                 *since_label;    /* the previous round's title, or NULL */
  char                **passwords;
  GHashTable           *tags;           /* id (gint64 *) → DossierBriefingTag; owned */
  GPtrArray            *issues;         /* DossierBriefingTag, borrowed: a section each */
  GPtrArray            *asks;           /* DossierBriefingAsk, by event date then id; owned */
  GPtrArray            *documents;      /* DossierBriefingDocument, most recent first; owned */
  GPtrArray            *annexes;        /* DossierBriefingAnnex, in order; owned */
  DossierPackTimeline  *timeline;       /* owned */
  guint                 n_left_out;     /* documents left out as confidential */
  GPtrArray            *warnings;       /* char *, owned */
} DossierBriefingPack;

/* Main thread. Returns: (transfer full): everything the pack shows. */
DossierBriefingPack     *dossier_briefing_gather        (DossierLibrary      *library,
                                                         const DossierBriefingOptions *options,
                                                         GError             **error);
void                     dossier_briefing_pack_free     (DossierBriefingPack *pack);
DossierBriefingTag      *dossier_briefing_pack_tag      (DossierBriefingPack *pack,
                                                         gint64               id);
/* Whether @tag_ids (gint64) hold @ancestor_id or a tag under it. */
gboolean                 dossier_briefing_pack_tags_under (DossierBriefingPack *pack,
                                                         GArray              *tag_ids,
                                                         gint64               ancestor_id);

/* "23 November 2016", translated; "" for none. Returns: (transfer full) */
char                    *dossier_briefing_format_date   (const char          *iso_date);

/* Writing thread: the pack's pages, annexes included, into @writer;
 * annexes that cannot be read become a page that says why, and a warning
 * in @pack. @progress counts the annexes opened. Returns: how many
 * annexes were appended whole. */
guint                    dossier_briefing_compose       (DossierBriefingPack     *pack,
                                                         DossierPackWriter       *writer,
                                                         DossierPackProgressFunc  progress,
                                                         gpointer                 user_data,
                                                         GCancellable            *cancellable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierBriefingPack, dossier_briefing_pack_free)

G_END_DECLS
