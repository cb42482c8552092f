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
