/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* The sentences of a letter in which its authors ask something of the
 * EU ("We urge you to…", "призываем…", "nous appelons…"), offered as
 * draft asks. */
typedef struct
{
  char   *text;          /* the sentence, on one line, hyphenation at line ends undone */
  guint   page;          /* from 1 */
  GArray *tag_ids;       /* gint64, ascending: the issues and cases to prefill */
  gint64  ask_id;        /* an ask of this document with this text already exists; 0: none */
} DossierAskSuggestion;

void dossier_ask_suggestion_free (DossierAskSuggestion *suggestion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAskSuggestion, dossier_ask_suggestion_free)

/* Splits text extracted from a PDF into sentences: lines broken inside a
 * sentence are joined, a word hyphenated at a line end is mended, and
 * abbreviations ("Mr.", "e.g.", "г.", "M.", "art. 19"), initials and
 * numbered list items do not end one. Returns: (transfer full): the
 * sentences, trimmed, in order. Any thread. */
GStrv      dossier_ask_split_sentences   (const char          *text);
/* Whether @sentence asks something of its addressee in English, Russian
 * or French. Any thread. */
gboolean   dossier_ask_sentence_is_ask   (const char          *sentence);
/* The asking sentences of @n_pages pages, in order, without tags.
 * Returns: (transfer full) (element-type DossierAskSuggestion). Any
 * thread. */
GPtrArray *dossier_ask_suggest_in_pages  (const char * const  *pages,
                                          guint                n_pages);
/* The asking sentences of document @document_id, each with the issue and
 * case tags that the library's rules find in the sentence itself. For a
 * facet (issue, case) the sentence names nothing of ("call for his
 * release"), it gets the document's own tag of that facet when the
 * document has exactly one; with several it gets none, since guessing
 * would prefill wrong tags. A sentence that an ask linked to this
 * document already holds carries that ask's id. Main thread.
 * Returns: (transfer full) (element-type DossierAskSuggestion) */
GPtrArray *dossier_library_suggest_asks  (DossierLibrary      *self,
                                          gint64               document_id,
                                          GError             **error);
/* The same, the sentences split and the rules matched in a thread with a
 * connection of its own; the page texts and the document's tags are read
 * before this returns, the asks already made just before @callback runs.
 * Main thread. */
void       dossier_library_suggest_asks_async  (DossierLibrary      *self,
                                                gint64               document_id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
/* Returns: (transfer full) (element-type DossierAskSuggestion) */
GPtrArray *dossier_library_suggest_asks_finish (DossierLibrary      *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
