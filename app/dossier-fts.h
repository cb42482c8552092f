/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>
#include <sqlite3.h>

/* Registers the FTS5 tokenizer "dossier" on @db: unicode61 (its arguments
 * pass through: tokenize = 'dossier remove_diacritics 2'), with ё folded
 * into е and each word indexed together with its Snowball stems, so that a
 * word finds its inflections in English, Russian, French and German. */
int dossier_fts_register (sqlite3 *db);

/* Registers the FTS5 ranking function dossier_rank() on @db, for the FTS5
 * table @table: bm25() with the same scores, faster on many documents
 * (see dossier-fts-rank.c). */
int dossier_fts_register_rank (sqlite3    *db,
                               const char *table);

/* The FTS5 interface of @db, or NULL. */
fts5_api *dossier_fts_api (sqlite3 *db);

/* For an auxiliary function: where the query's phrases are in the body
 * (the second column) of the current row, as pairs of gint32, the first
 * word's position and the number of words, sorted; the SQL function
 * dossier_hit_spans(table) returns the same as a blob. NULL, with @rc
 * set, on error. */
GBytes *dossier_fts_hit_spans (const Fts5ExtensionApi  *api,
                               Fts5Context             *fts,
                               int                     *rc);

/* The last argument of dossier_rank(), bound with sqlite3_bind_pointer()
 * under DOSSIER_RANK_QUERY_TYPE: how many rows hold each phrase, counted
 * beforehand, and, for the rows that are among the @limit best so far as
 * they are ranked, the places of their hits, read from the index while
 * the row is at hand rather than by running the query again for each. */
typedef struct _DossierRankQuery DossierRankQuery;

#define DOSSIER_RANK_QUERY_TYPE "dossier_rank_query"

DossierRankQuery *dossier_rank_query_new              (guint             limit);
void              dossier_rank_query_free             (DossierRankQuery *self);
void              dossier_rank_query_add_phrase_count (DossierRankQuery *self,
                                                       gint64            count);
/* Returns: (transfer none) (nullable): the hits' places in row @rowid. */
GBytes           *dossier_rank_query_get_spans        (DossierRankQuery *self,
                                                       gint64            rowid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierRankQuery, dossier_rank_query_free)

/* Where a word begins and ends in a text, in bytes. */
typedef struct
{
  int start;
  int end;
} DossierWordSpan;

/* The words of @text as the full-text index counts them, in order: the
 * n-th span is the word at position n. Appends to @spans. */
int dossier_fts_word_spans (sqlite3    *db,
                            const char *text,
                            int         n_text,
                            GArray     *spans);

/* Also registered: the FTS5 function dossier_hit_spans(table), a blob of
 * 32-bit (position, length in words) pairs, one per hit in the table's
 * second column, in order of position. */
