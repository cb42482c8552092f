/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <sqlite3.h>

/* Registers the FTS5 tokenizer "dossier" on @db: unicode61 (its arguments
 * pass through: tokenize = 'dossier remove_diacritics 2'), with ё folded
 * into е and each word indexed together with its Snowball stems, so that a
 * word finds its inflections in English, Russian, French and German. */
int dossier_fts_register (sqlite3 *db);
