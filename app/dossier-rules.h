/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"
#include "dossier-matcher.h"

G_BEGIN_DECLS

/* The same type as in dossier-database.h, which only app/ may include. */
typedef struct _DossierDatabase DossierDatabase;

/* Every tag's rules, compiled once: its tag_rules rows, and for a case,
 * an organisation, an institution or a country its name and aliases in
 * every script and grammatical form. Read-only once loaded, so the
 * import's workers share one. */
typedef struct _DossierRuleSet DossierRuleSet;

/* Any thread, through that thread's connection. A rule that cannot match
 * (an empty pattern, a regular expression that does not compile) is left
 * out. */
DossierRuleSet *dossier_rule_set_load             (DossierDatabase     *database,
                                                   GError             **error);
void            dossier_rule_set_free             (DossierRuleSet      *self);
guint           dossier_rule_set_get_n_tags       (DossierRuleSet      *self);
guint           dossier_rule_set_get_n_matchers   (DossierRuleSet      *self);
/* Any thread, several at once. Returns: (transfer full) (element-type gint64):
 * the ids of the tags that match, ascending. A tag of most facets matches
 * when one of its rules does; an issue when the evidence for it is strong
 * enough (see dossier-rules.c): its rules' matches, counted, the title's
 * weighing more and the names of @senders (nullable, NULL-terminated)
 * nothing. Import and "rules apply" both come here. */
GArray         *dossier_rule_set_match_document   (DossierRuleSet      *self,
                                                   const char          *title,
                                                   const char * const  *pages,
                                                   const char * const  *senders);
/* The same for a text with no title nor senders of its own. */
GArray         *dossier_rule_set_match_text       (DossierRuleSet      *self,
                                                   DossierMatchText    *text);
/* Whether @evidence (an issue's) is enough next to the @strongest issue's
 * evidence in the same document. */
gboolean        dossier_rules_enough_evidence     (guint                evidence,
                                                   guint                strongest);
/* The text that rules and names are matched against: the title, then
 * the pages. Returns: (transfer full) */
DossierMatchText *dossier_rules_match_text_new    (const char          *title,
                                                   const char * const  *pages);

/* Inside the caller's transaction: suggests (origin 'rule', state
 * 'suggested') each tag of @tag_ids (ascending) that @document_id has no
 * row for; the user's decisions stay as they are. With @withdraw_stale,
 * first removes the rule suggestions of tags not in @tag_ids. */
gboolean        dossier_rules_store_suggestions   (DossierDatabase     *database,
                                                   gint64               document_id,
                                                   GArray              *tag_ids,
                                                   gboolean             withdraw_stale,
                                                   guint               *n_added,
                                                   guint               *n_removed,
                                                   GError             **error);

/* What a run of the rules over the library did. */
typedef struct
{
  guint n_documents;   /* documents looked at (those in the trash are not) */
  guint n_added;       /* suggestions added */
  guint n_removed;     /* rule suggestions withdrawn: their rules no longer match */
} DossierRuleCounts;

typedef void (*DossierRulesProgressFunc) (guint    done,
                                          guint    total,
                                          gpointer user_data);

/* Blocking, from any thread: its own connection, a transaction per batch
 * of documents; @progress is called from the calling thread after each
 * batch. Emits "changed" (on the main thread, later) if a tag came or
 * went. Cancelled, it keeps the batches done, and says how many in
 * @counts. */
gboolean        dossier_library_apply_rules        (DossierLibrary            *self,
                                                    DossierRulesProgressFunc   progress,
                                                    gpointer                   user_data,
                                                    GCancellable              *cancellable,
                                                    DossierRuleCounts         *counts,
                                                    GError                   **error);
/* The same in a thread; @progress is called on the caller's main
 * context, "changed" is emitted before @callback runs. */
void            dossier_library_apply_rules_async  (DossierLibrary            *self,
                                                    DossierRulesProgressFunc   progress,
                                                    gpointer                   progress_data,
                                                    GDestroyNotify             progress_data_free,
                                                    GCancellable              *cancellable,
                                                    GAsyncReadyCallback        callback,
                                                    gpointer                   user_data);
gboolean        dossier_library_apply_rules_finish (DossierLibrary            *self,
                                                    GAsyncResult              *result,
                                                    DossierRuleCounts         *counts,
                                                    GError                   **error);

/* A person that several documents name and no case tag covers yet. */
typedef struct
{
  char    *name;           /* the spelling most documents use */
  char   **spellings;      /* every spelling found, @name first */
  GArray  *document_ids;   /* gint64, ascending */
} DossierCaseSuggestion;

void            dossier_case_suggestion_free       (DossierCaseSuggestion     *suggestion);

/* Any thread (its own connection). People named in at least
 * @min_documents documents (0: 2), their spellings across scripts and
 * grammatical forms counted as one, less those that a case tag's name or
 * alias already matches; most documents first.
 * Returns: (transfer full) (element-type DossierCaseSuggestion) */
GPtrArray      *dossier_library_suggest_cases      (DossierLibrary            *self,
                                                    guint                      min_documents,
                                                    GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierRuleSet, dossier_rule_set_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierCaseSuggestion, dossier_case_suggestion_free)

G_END_DECLS
