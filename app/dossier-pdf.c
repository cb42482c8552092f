/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <poppler.h>

#include "dossier-error.h"
#include "dossier-pdf.h"

static GVariant *
reply_failure (DossierError  code,
               const char   *message)
{
  return g_variant_new ("(us@as)", (guint32) code, message,
                        g_variant_new_strv (NULL, 0));
}

static DossierError
classify_poppler_error (const GError *error,
                        const char   *password)
{
  if (g_error_matches (error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    return password != NULL && *password != '\0'
           ? DOSSIER_ERROR_BAD_PASSWORD
           : DOSSIER_ERROR_ENCRYPTED;
  return DOSSIER_ERROR_DAMAGED;
}

static char *
page_text (PopplerPage *page)
{
  char *text = poppler_page_get_text (page);

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);
      g_free (text);
      return valid;
    }
  return text;
}

/* Runs in the helper process only: Poppler never touches the library. */
GVariant *
dossier_pdf_extract_text (const char *path,
                          const char *password)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  PopplerDocument *document;
  int n_pages;

  document = poppler_document_new_from_file (uri, password && *password ? password : NULL,
                                             &error);
  if (document == NULL)
    return reply_failure (classify_poppler_error (error, password), error->message);

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_object_unref (document);
      return reply_failure (DOSSIER_ERROR_DAMAGED, "the document has no pages");
    }

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      g_ptr_array_add (texts, page ? page_text (page) : g_strdup (""));
      g_clear_object (&page);
    }
  g_object_unref (document);
  g_ptr_array_add (texts, NULL);

  return g_variant_new ("(us^as)", 0u, "", (char **) texts->pdata);
}
