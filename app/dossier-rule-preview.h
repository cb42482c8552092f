/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"
#include "dossier-matcher.h"

G_BEGIN_DECLS

/* How many documents a rule matches, before it is stored: the tag
 * manager's preview of a rule being typed. */

/* Counts, in a thread of its own with its own connection, the documents
 * out of the trash whose title and text @pattern matches in @mode, as a
 * tag's rule would. A pattern that cannot match (an empty one, a regular
 * expression that does not compile) fails at once with
 * DOSSIER_ERROR_INVALID_VALUE and the matcher's message. Cancelled, it
 * stops between two documents. */
void     dossier_library_count_rule_matches_async  (DossierLibrary       *self,
                                                    DossierRuleMode       mode,
                                                    const char           *pattern,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
/* @n_matching: the documents matched; @n_documents: those looked at. */
gboolean dossier_library_count_rule_matches_finish (DossierLibrary       *self,
                                                    GAsyncResult         *result,
                                                    guint                *n_matching,
                                                    guint                *n_documents,
                                                    GError              **error);

G_END_DECLS
