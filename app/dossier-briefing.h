/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* A briefing pack: one PDF to hand to an official before a round of a
 * dialogue, with a cover, contents, a summary, a section per issue, a
 * table of the follow-ups, a timeline and the original letters annexed.
 * See DESIGN.md, "Brief". */

/* The documents a pack annexes by default are capped at this many. */
#define DOSSIER_BRIEFING_MAX_DEFAULT_ANNEXES 40

/* What goes into a pack. A pack is chosen by an event (its asks, its
 * linked documents and its process), or else by tags: the documents that
 * carry any of @tag_ids (or a tag under one), in @country_id, dated
 * from @date_from to @date_to. */
typedef struct
{
  gint64     event_id;      /* 0: a pack chosen by tags */
  GArray    *tag_ids;       /* gint64; never NULL */
  gint64     country_id;    /* a tag of facet "country"; 0: any */
  char      *date_from;     /* "YYYY-MM-DD", inclusive, or NULL */
  char      *date_to;       /* likewise */
  gboolean   external;      /* leave out what is confidential, and every note */
  char      *organisation;  /* for the cover; NULL: the library's (see below) */
  char      *title;         /* NULL: from the event or the tags */
  GArray    *annex_ids;     /* gint64, in order; NULL: dossier_briefing_default_annexes() */
  char     **passwords;     /* tried on password-protected originals; may be NULL */
  char      *today;         /* "YYYY-MM-DD" on the cover; NULL: today */
} DossierBriefingOptions;

DossierBriefingOptions *dossier_briefing_options_new  (void);
DossierBriefingOptions *dossier_briefing_options_copy (const DossierBriefingOptions *options);
void dossier_briefing_options_free      (DossierBriefingOptions *options);
void dossier_briefing_options_add_tag   (DossierBriefingOptions *options,
                                         gint64                  tag_id);
/* Makes the annexes an explicit list (empty at first: none). */
void dossier_briefing_options_add_annex (DossierBriefingOptions *options,
                                         gint64                  document_id);

/* What an export made. */
typedef struct
{
  char   *path;          /* where the pack is */
  guint   n_pages;
  guint   n_annexes;     /* originals appended whole */
  guint   n_left_out;    /* documents an external pack left out as confidential */
  GStrv   warnings;      /* in words, one per problem; never NULL */
} DossierBriefingResult;

void dossier_briefing_result_free (DossierBriefingResult *result);

/* Called on the caller's main context while a pack is written:
 * @fraction from 0 to 1, @message says what is under way. */
typedef void (*DossierBriefingProgressFunc) (double      fraction,
                                             const char *message,
                                             gpointer    user_data);

/* The organisation a library's packs name on their cover (the library
 * setting "organisation"), or NULL. Main thread. */
char     *dossier_briefing_dup_organisation (DossierLibrary  *library,
                                             GError         **error);
/* @organisation NULL or "" forgets it. */
gboolean  dossier_briefing_set_organisation (DossierLibrary  *library,
                                             const char      *organisation,
                                             GError         **error);

/* The documents the pack would annex by default, most recent first: the
 * evidence of its asks and the event's own documents, or with tags the
 * documents found, at most DOSSIER_BRIEFING_MAX_DEFAULT_ANNEXES; an
 * external pack's leave out what is confidential. For a dialog that lets
 * the user choose. Main thread. Returns: (transfer full): gint64 ids. */
GArray *dossier_briefing_default_annexes (DossierLibrary                *library,
                                          const DossierBriefingOptions  *options,
                                          GError                       **error);

/* Reads what the pack needs from @library at once (main thread), then
 * lays it out and writes it in a thread. The PDF is written under a
 * temporary name beside @file and renamed into place when whole: a
 * failed or cancelled export leaves nothing behind, and an existing
 * @file untouched. An annex that cannot be read becomes a page that says
 * why, and a warning, not a failure. */
void dossier_briefing_write_async (DossierLibrary               *library,
                                   const DossierBriefingOptions *options,
                                   GFile                        *file,
                                   GCancellable                 *cancellable,
                                   DossierBriefingProgressFunc   progress,
                                   gpointer                      progress_data,
                                   GDestroyNotify                progress_data_free,
                                   GAsyncReadyCallback           callback,
                                   gpointer                      user_data);
/* Returns: (transfer full): NULL with @error set on failure. */
DossierBriefingResult *dossier_briefing_write_finish (DossierLibrary  *library,
                                                      GAsyncResult    *result,
                                                      GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierBriefingOptions, dossier_briefing_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierBriefingResult, dossier_briefing_result_free)

G_END_DECLS
