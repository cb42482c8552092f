/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the text of a document says about it. Every field may be NULL
 * (senders is never NULL but may be empty) when the text does not tell. */
typedef struct
{
  char  *title;      /* subject line or headline */
  char  *date;       /* date of the letter, "YYYY-MM-DD" */
  char  *place;      /* "Brussels", "Oslo, Brussels, The Hague" */
  char **senders;    /* sending organisations, NULL-terminated */
  char  *recipient;  /* addressee, "EU Commission President Manuel Barroso" */
  char  *kind;       /* a nick of dossier_analysis_kinds() */
  char  *language;   /* ISO 639-1: "en", "ru", "fr", "de", "kk", … */
} DossierAnalysis;

DossierAnalysis     *dossier_analyse_pages             (const char * const *pages,
                                                        guint               n_pages);
void                 dossier_analysis_free             (DossierAnalysis    *analysis);
const char * const  *dossier_analysis_kinds            (void);
char                *dossier_analysis_detect_language  (const char         *text);
gboolean             dossier_analysis_parse_date       (const char         *text,
                                                        GDate              *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAnalysis, dossier_analysis_free)

G_END_DECLS
