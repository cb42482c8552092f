/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include "dossier-library.h"

G_BEGIN_DECLS

/* Snippets mark each hit between these two characters (private-use code
 * points, which no letter contains). */
#define DOSSIER_SEARCH_HIT_START "\xee\x80\x80"   /* U+E000 */
#define DOSSIER_SEARCH_HIT_END   "\xee\x80\x81"   /* U+E001 */

typedef struct
{
  const char *query;       /* what the user typed */
  const char *kind;        /* NULL: any */
  const char *language;    /* NULL: any */
  const char *date_from;   /* "YYYY-MM-DD", inclusive; NULL: open */
  const char *date_to;     /* "YYYY-MM-DD", inclusive; NULL: open */
  guint       limit;       /* 0: 50 */
  /* Only documents with every one of these tags, as DossierDocumentFilter
   * has them; NULL/0: any. */
  const gint64 *tag_ids;
  guint       n_tag_ids;
} DossierSearchOptions;

/* The best page of one document that matches. */
typedef struct
{
  gint64  id;
  guint   page;
  char   *title;
  char   *date;
  char   *snippet;         /* hits marked with DOSSIER_SEARCH_HIT_START/_END */
  double  score;           /* bm25: lower is better */
} DossierSearchHit;

/* One hit on a page: bytes [start, end) of the page's stored text. */
typedef struct
{
  guint page;              /* from 1 */
  guint start;
  guint end;
} DossierSearchMatch;

void       dossier_search_hit_free          (DossierSearchHit            *hit);
char      *dossier_search_parse_query       (const char                  *text,
                                             GError                     **error);
GPtrArray *dossier_search                   (DossierLibrary              *library,
                                             const DossierSearchOptions  *options,
                                             GError                     **error);
GArray    *dossier_search_matches           (DossierLibrary              *library,
                                             gint64                       document_id,
                                             const char                  *query,
                                             GError                     **error);
char      *dossier_search_snippet_replace   (const char                  *snippet,
                                             const char                  *start,
                                             const char                  *end,
                                             gboolean                     escape_markup);

G_END_DECLS
