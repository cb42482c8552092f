/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The same type as in dossier-database.h, which only app/ may include. */
typedef struct _DossierDatabase DossierDatabase;

/* The default taxonomy, data/taxonomy.json, compiled into the program.
 *
 * library_settings holds what a library has of it: 'taxonomy-version', the
 * version of the taxonomy last applied (absent: none, as in a library made
 * before tags), and 'taxonomy-deleted', the keys of default tags the user
 * deleted or merged away, one per line, so that no update brings them
 * back. A tag of the file is added when the library has no tag with its
 * key and the key was not deleted; an alias or a rule of a tag the library
 * has is added only when it is newer ("since") than the library's version,
 * so that what the user removed from a default tag stays removed. What the
 * user changed in a default tag (name, colour, parent…) is never touched. */

/* Returns: (transfer full): the shipped file. */
GBytes  *dossier_taxonomy_get_shipped     (void);
/* Returns: the version of @taxonomy (NULL: the shipped one), or -1. */
int      dossier_taxonomy_get_version     (GBytes           *taxonomy,
                                           GError          **error);
/* Returns: the library's taxonomy version (0: none), or -1. */
int      dossier_taxonomy_get_library_version (DossierDatabase *database,
                                           GError          **error);
/* Inside the caller's transaction: applies @taxonomy (NULL: the shipped
 * one) as above. @added_ids (element-type gint64) receives the ids of the
 * tags added; @n_aliases and @n_rules count what was added to tags the
 * library had. */
gboolean dossier_taxonomy_apply           (DossierDatabase  *database,
                                           GBytes           *taxonomy,
                                           GArray           *added_ids,
                                           guint            *n_aliases,
                                           guint            *n_rules,
                                           GError          **error);
/* Inside the caller's transaction: remembers that the default tag @key
 * was deleted. */
gboolean dossier_taxonomy_forget_key      (DossierDatabase  *database,
                                           const char       *key,
                                           GError          **error);
/* Inside the caller's transaction: the default tag @key is back (its
 * deletion undone), and updates may add to it again. */
gboolean dossier_taxonomy_restore_key     (DossierDatabase  *database,
                                           const char       *key,
                                           GError          **error);

G_END_DECLS
