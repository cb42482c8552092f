/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sample letter written for the tests, and what analysing it must find. */
typedef struct
{
  const char         *name;          /* short id: "en-appeal", "ru-letter", … */
  const char * const *pages;         /* text of each page, NULL-terminated */
  const char         *title;         /* expected title */
  const char         *date;          /* expected "YYYY-MM-DD" */
  const char         *place;         /* expected place */
  const char * const *senders;       /* expected sending organisations, NULL-terminated */
  const char         *recipient;     /* expected addressee (a substring of it is enough) */
  const char         *kind;          /* expected kind nick */
  const char         *language;      /* expected ISO 639-1 code */
} DossierFixtureLetter;

/* All sample letters (English, Russian, French; one- and multi-page). */
const DossierFixtureLetter *dossier_fixture_letters          (guint       *n_letters);
const DossierFixtureLetter *dossier_fixture_letter           (const char  *name);

/* Renders @pages (NULL-terminated) as an A4 PDF with a real text layer,
 * one string per page, with cairo + pango. */
void      dossier_fixture_write_pdf              (const char         *path,
                                                  const char * const *pages);
void      dossier_fixture_write_letter           (const char         *path,
                                                  const DossierFixtureLetter *letter);
/* A page that is only an image of text, as a scanner makes. */
void      dossier_fixture_write_scanned_pdf      (const char         *path);
/* A password-protected copy of a letter (qpdf, AES-256). */
void      dossier_fixture_write_encrypted_pdf    (const char         *path,
                                                  const char         *password);
/* The first half of a valid PDF. */
void      dossier_fixture_write_truncated_pdf    (const char         *path);
void      dossier_fixture_write_empty_file       (const char         *path);
/* A real PNG image and an HTML page, both named by the caller (e.g. "x.pdf"). */
void      dossier_fixture_write_png              (const char         *path);
void      dossier_fixture_write_html             (const char         *path);

G_END_DECLS
