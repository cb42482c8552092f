/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The fields a user may edit; an edited field is never overwritten by a
 * later analysis of the text. */
typedef enum
{
  DOSSIER_DOCUMENT_FIELD_TITLE        = 1 << 0,
  DOSSIER_DOCUMENT_FIELD_DATE         = 1 << 1,
  DOSSIER_DOCUMENT_FIELD_PLACE        = 1 << 2,
  DOSSIER_DOCUMENT_FIELD_SENDERS      = 1 << 3,
  DOSSIER_DOCUMENT_FIELD_RECIPIENT    = 1 << 4,
  DOSSIER_DOCUMENT_FIELD_KIND         = 1 << 5,
  DOSSIER_DOCUMENT_FIELD_LANGUAGE     = 1 << 6,
  DOSSIER_DOCUMENT_FIELD_NOTES        = 1 << 7,
  DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL = 1 << 8,
} DossierDocumentField;

/* The stored values of one document, as plain data that can cross threads. */
typedef struct
{
  gint64    id;
  char     *sha256;
  char     *title;
  char     *date;            /* "YYYY-MM-DD" or NULL */
  char     *place;
  char    **senders;         /* NULL-terminated, never NULL */
  char     *recipient;
  char     *kind;
  char     *language;
  char     *notes;
  char     *original_name;
  char     *file;            /* path of the stored copy */
  guint     n_pages;
  guint     n_pages_with_text;
  guint64   bytes;
  gint64    imported_at;     /* seconds since the epoch */
  gboolean  confidential;
  gboolean  reviewed;        /* looked at by the user: out of the Inbox */
  guint     user_fields;     /* DossierDocumentField */
} DossierDocumentRecord;

DossierDocumentRecord *dossier_document_record_new   (void);
DossierDocumentRecord *dossier_document_record_copy  (const DossierDocumentRecord *record);
void                   dossier_document_record_free  (DossierDocumentRecord       *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDocumentRecord, dossier_document_record_free)

/* "No text layer (scanned?)" and the like, or NULL when every page has text. */
const char            *dossier_text_layer_warning    (guint n_pages,
                                                      guint n_pages_with_text);

#define DOSSIER_TYPE_DOCUMENT (dossier_document_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocument, dossier_document, DOSSIER, DOCUMENT, GObject)

/* Documents come from a DossierLibrary, which keeps them up to date:
 * every change to the library notifies the properties that changed. */
DossierDocument    *dossier_document_new                  (const DossierDocumentRecord *record);
void                dossier_document_update               (DossierDocument *self,
                                                           const DossierDocumentRecord *record);
const DossierDocumentRecord *dossier_document_get_record  (DossierDocument *self);

gint64              dossier_document_get_id               (DossierDocument *self);
const char         *dossier_document_get_sha256           (DossierDocument *self);
const char         *dossier_document_get_title            (DossierDocument *self);
const char         *dossier_document_get_date             (DossierDocument *self);
const char         *dossier_document_get_place            (DossierDocument *self);
const char * const *dossier_document_get_senders          (DossierDocument *self);
const char         *dossier_document_get_recipient        (DossierDocument *self);
const char         *dossier_document_get_kind             (DossierDocument *self);
const char         *dossier_document_get_language         (DossierDocument *self);
const char         *dossier_document_get_notes            (DossierDocument *self);
const char         *dossier_document_get_original_name    (DossierDocument *self);
const char         *dossier_document_get_file             (DossierDocument *self);
guint               dossier_document_get_n_pages          (DossierDocument *self);
guint               dossier_document_get_n_pages_with_text (DossierDocument *self);
guint64             dossier_document_get_bytes            (DossierDocument *self);
gint64              dossier_document_get_imported_at      (DossierDocument *self);
gboolean            dossier_document_get_confidential     (DossierDocument *self);
gboolean            dossier_document_get_reviewed         (DossierDocument *self);
guint               dossier_document_get_user_fields      (DossierDocument *self);
const char         *dossier_document_get_text_warning     (DossierDocument *self);

G_END_DECLS
