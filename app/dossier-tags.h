/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"
#include "dossier-matcher.h"
#include "dossier-tag.h"

G_BEGIN_DECLS

/* Tags, their aliases and rules, and the tags of documents: the tables
 * tags, tag_aliases, tag_rules and document_tags. Main thread only. Every
 * change that writes several rows writes them in one transaction. After a
 * change the library emits "tags-changed" (see dossier-library.h). */

/* What a new tag is made of. */
typedef struct
{
  const char         *name;
  const char         *facet;         /* DOSSIER_FACET_ISSUE… or the user's own */
  gint64              parent_id;     /* 0: at the top of its facet */
  const char         *colour;        /* "#rrggbb"; NULL: the parent's, else the facet's */
  const char         *description;   /* may be NULL */
  gboolean            confidential;
  const char         *key;           /* NULL for the user's own */
  const char * const *aliases;       /* NULL-terminated, may be NULL */
  const char * const *rules;         /* patterns, NULL-terminated, may be NULL */
  DossierRuleMode     rule_mode;     /* of every pattern in rules… */
  const DossierRuleMode *rule_modes; /* …unless this gives one per pattern */
} DossierTagSpec;

typedef struct
{
  gint64           id;
  gint64           tag_id;
  char            *pattern;
  DossierRuleMode  mode;
} DossierTagRule;

void dossier_tag_rule_free (DossierTagRule *rule);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTagRule, dossier_tag_rule_free)

/* One tag of one document. */
typedef struct
{
  gint64            document_id;
  DossierTag       *tag;        /* owned */
  DossierTagOrigin  origin;
  DossierTagState   state;
} DossierDocumentTag;

void dossier_document_tag_free (DossierDocumentTag *document_tag);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDocumentTag, dossier_document_tag_free)

/* ---- tags ---- */

/* Returns: (transfer full): a GListStore of DossierTag, every facet (or
 * only @facet), ordered by facet (issue, case, organisation, institution,
 * country, then the user's own by name), then as a tree (a parent before
 * its children), then by name; each tag's depth and n-documents set. */
GListModel     *dossier_library_list_tags            (DossierLibrary        *self,
                                                      const char            *facet,
                                                      GError               **error);
/* The names of the facets in use and the built-in ones, in display order. */
GStrv           dossier_library_list_facets          (DossierLibrary        *self,
                                                      GError               **error);
DossierTag     *dossier_library_find_tag             (DossierLibrary        *self,
                                                      gint64                 id,
                                                      GError               **error);
DossierTag     *dossier_library_find_tag_by_key      (DossierLibrary        *self,
                                                      const char            *key,
                                                      GError               **error);
/* By name, ignoring case, in @facet or (NULL) in any facet; failing that,
 * by alias. A name that two tags share (in two facets) is an error
 * (DOSSIER_ERROR_INVALID_VALUE) that names the facets. */
DossierTag     *dossier_library_find_tag_by_name     (DossierLibrary        *self,
                                                      const char            *facet,
                                                      const char            *name,
                                                      GError               **error);
/* What a user types: an id ("12"), "facet:name" ("country:Georgia") or a
 * name or alias, as dossier_library_find_tag_by_name(). */
DossierTag     *dossier_library_lookup_tag           (DossierLibrary        *self,
                                                      const char            *text,
                                                      GError               **error);
DossierTag     *dossier_library_create_tag           (DossierLibrary        *self,
                                                      const DossierTagSpec  *spec,
                                                      GError               **error);
gboolean        dossier_library_rename_tag           (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      const char            *name,
                                                      GError               **error);
/* @colour: "#rrggbb", or NULL for the facet's. */
gboolean        dossier_library_set_tag_colour       (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      const char            *colour,
                                                      GError               **error);
gboolean        dossier_library_set_tag_description  (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      const char            *description,
                                                      GError               **error);
gboolean        dossier_library_set_tag_confidential (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      gboolean               confidential,
                                                      GError               **error);
/* Puts @tag under @parent (a tag of the same facet), or at the top with
 * NULL; refuses to put a tag under itself or one of its descendants. */
gboolean        dossier_library_move_tag             (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      DossierTag            *parent,
                                                      GError               **error);
/* Folds @from into @into and deletes @from: its documents, aliases (its
 * name becomes an alias of @into), rules and children go to @into. Where a
 * document had both, the stronger state wins: accepted, then rejected (a
 * decision), then suggested. */
gboolean        dossier_library_merge_tags           (DossierLibrary        *self,
                                                      DossierTag            *from,
                                                      DossierTag            *into,
                                                      GError               **error);
/* Its children move up to its parent. A default tag deleted stays deleted:
 * taxonomy updates do not bring it back. */
gboolean        dossier_library_delete_tag           (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      GError               **error);
gboolean        dossier_library_add_tag_alias        (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      const char            *alias,
                                                      GError               **error);
gboolean        dossier_library_remove_tag_alias     (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      const char            *alias,
                                                      GError               **error);

/* ---- rules ---- */

/* Returns: the new rule's id, or 0 with @error set (a pattern that cannot
 * match, or one the tag already has). */
gint64          dossier_library_add_tag_rule         (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      DossierRuleMode        mode,
                                                      const char            *pattern,
                                                      GError               **error);
gboolean        dossier_library_remove_tag_rule      (DossierLibrary        *self,
                                                      gint64                 rule_id,
                                                      GError               **error);
/* Returns: (transfer full) (element-type DossierTagRule): the rules of
 * @tag, or of every tag with NULL, ordered by tag then id. */
GPtrArray      *dossier_library_list_tag_rules       (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      GError               **error);

/* ---- the tags of documents ---- */

/* Returns: (transfer full) (element-type DossierDocumentTag): ordered as
 * dossier_library_list_tags(); rejected ones only with @with_rejected. */
GPtrArray      *dossier_library_list_document_tags   (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      gboolean               with_rejected,
                                                      GError               **error);
/* Returns: (transfer full): document id (gint64 *) → GPtrArray of
 * DossierDocumentTag, accepted and suggested ones, for every document, in
 * one query: for lists. */
GHashTable     *dossier_library_list_all_document_tags (DossierLibrary      *self,
                                                      GError               **error);
/* Sets the user's decision on @n_tags tags of a document, in one
 * transaction. ACCEPTED adds a tag by hand, or confirms a suggestion;
 * REJECTED removes one (and keeps the decision, so that rules do not
 * suggest it again); SUGGESTED is refused. */
gboolean        dossier_library_set_document_tags    (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      DossierTag * const    *tags,
                                                      guint                  n_tags,
                                                      DossierTagState        state,
                                                      GError               **error);
gboolean        dossier_library_tag_document         (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      DossierTag            *tag,
                                                      GError               **error);
gboolean        dossier_library_untag_document       (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      DossierTag            *tag,
                                                      GError               **error);
gboolean        dossier_library_accept_document_tag  (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      DossierTag            *tag,
                                                      GError               **error);
gboolean        dossier_library_reject_document_tag  (DossierLibrary        *self,
                                                      gint64                 document_id,
                                                      DossierTag            *tag,
                                                      GError               **error);

/* ---- several documents at once, and undoing (dossier-tags-undo.c) ---- */

/* Adds @tag_id by hand, accepted, to @n_ids documents in one transaction
 * (a suggestion is confirmed, a rejection overturned). An id that names no
 * document is an error, and then nothing changes. */
gboolean        dossier_library_tag_documents        (DossierLibrary        *self,
                                                      const gint64          *ids,
                                                      guint                  n_ids,
                                                      gint64                 tag_id,
                                                      GError               **error);

/* How one tag stood on some documents: taken before a change, to undo it. */
typedef struct _DossierTagStates DossierTagStates;

DossierTagStates *
                dossier_library_dup_tag_states       (DossierLibrary        *self,
                                                      const gint64          *ids,
                                                      guint                  n_ids,
                                                      gint64                 tag_id,
                                                      GError               **error);
/* The documents that do not carry the tag as accepted: those that
 * dossier_library_tag_documents() changes. */
guint           dossier_tag_states_count_changing    (const DossierTagStates *states);
/* Puts back the states of @states on the documents whose tag is still
 * accepted, as dossier_library_tag_documents() left it; a decision taken
 * since (the tag removed again) stays. In one transaction. */
gboolean        dossier_library_restore_tag_states   (DossierLibrary        *self,
                                                      const DossierTagStates *states,
                                                      GError               **error);
void            dossier_tag_states_free              (DossierTagStates      *states);

/* Everything dossier_library_delete_tag() takes away: the tag's row, its
 * aliases, rules and documents (with origin and state), the children it
 * hands to its parent, its place in the default taxonomy. */
typedef struct _DossierTagSnapshot DossierTagSnapshot;

DossierTagSnapshot *
                dossier_library_snapshot_tag         (DossierLibrary        *self,
                                                      DossierTag            *tag,
                                                      GError               **error);
/* Brings back the tag of @snapshot after its deletion: under its own id
 * unless another tag has taken it; its documents that are still in the
 * library; its children that are still where the deletion put them.
 * Refused (nothing changes) when a tag of its facet now has its name.
 * Returns: (transfer full): the tag. */
DossierTag     *dossier_library_restore_tag          (DossierLibrary        *self,
                                                      const DossierTagSnapshot *snapshot,
                                                      GError               **error);
const char     *dossier_tag_snapshot_get_name        (const DossierTagSnapshot *snapshot);
void            dossier_tag_snapshot_free            (DossierTagSnapshot    *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTagStates, dossier_tag_states_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTagSnapshot, dossier_tag_snapshot_free)

/* ---- the default taxonomy (data/taxonomy.json) ---- */

/* What a taxonomy update added. */
typedef struct
{
  GPtrArray *tags;         /* (element-type DossierTag): the tags added */
  guint      n_aliases;    /* added to tags the library had */
  guint      n_rules;      /* likewise */
  int        version;      /* the library's taxonomy version now */
} DossierTaxonomyChanges;

void dossier_taxonomy_changes_free (DossierTaxonomyChanges *changes);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTaxonomyChanges, dossier_taxonomy_changes_free)

/* TRUE when this Dossier ships a newer default taxonomy than the library
 * has (a library made before tags, or by an older Dossier). */
gboolean        dossier_library_get_taxonomy_update  (DossierLibrary        *self,
                                                      int                   *library_version,
                                                      int                   *shipped_version,
                                                      GError               **error);
/* Adds the default tags, aliases and rules the library lacks, never
 * touching what the user changed, and not bringing back default tags the
 * user deleted. */
DossierTaxonomyChanges *
                dossier_library_apply_taxonomy_update (DossierLibrary       *self,
                                                      GError               **error);

G_END_DECLS
