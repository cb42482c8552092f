/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The facets Dossier knows; a user may add others ("donor", "un-body"). */
#define DOSSIER_FACET_ISSUE        "issue"
#define DOSSIER_FACET_CASE         "case"
#define DOSSIER_FACET_ORGANISATION "organisation"
#define DOSSIER_FACET_INSTITUTION  "institution"
#define DOSSIER_FACET_PROCESS      "process"   /* the EU's dialogues, agreements, GSP+, UPR */
#define DOSSIER_FACET_COUNTRY      "country"

/* Where a document's tag came from, and what the user made of it
 * (document_tags.origin and .state). */
typedef enum
{
  DOSSIER_TAG_ORIGIN_MANUAL,
  DOSSIER_TAG_ORIGIN_RULE,
} DossierTagOrigin;

typedef enum
{
  DOSSIER_TAG_SUGGESTED,   /* a rule proposed it; nobody has looked */
  DOSSIER_TAG_ACCEPTED,    /* the user added or confirmed it */
  DOSSIER_TAG_REJECTED,    /* the user removed it: rules never bring it back */
} DossierTagState;

const char *dossier_tag_origin_to_string   (DossierTagOrigin  origin);
gboolean    dossier_tag_origin_from_string (const char       *text,
                                            DossierTagOrigin *origin);
const char *dossier_tag_state_to_string    (DossierTagState   state);
gboolean    dossier_tag_state_from_string  (const char       *text,
                                            DossierTagState  *state);

/* The built-in facets in display order, NULL-terminated. */
const char * const *dossier_tag_builtin_facets   (void);
/* "#rrggbb" for a new tag of @facet that names no colour. */
const char         *dossier_tag_default_colour   (const char *facet);
/* "Issue", "Case"… for the built-in facets, else @facet itself. */
const char         *dossier_tag_facet_label      (const char *facet);

/* How well a tag answers what a user types to find it, from worst to
 * best; see dossier_tag_match_typed(). */
typedef enum
{
  DOSSIER_TAG_MATCH_NONE,
  DOSSIER_TAG_MATCH_ALIAS_WORD,    /* a later word of an alias starts with it */
  DOSSIER_TAG_MATCH_NAME_WORD,     /* a later word of the name starts with it */
  DOSSIER_TAG_MATCH_ALIAS_PREFIX,  /* an alias starts with it */
  DOSSIER_TAG_MATCH_NAME_PREFIX,   /* the name starts with it */
  DOSSIER_TAG_MATCH_ALIAS,         /* it is an alias */
  DOSSIER_TAG_MATCH_NAME,          /* it is the name */
} DossierTagMatch;

#define DOSSIER_TYPE_TAG (dossier_tag_get_type ())
G_DECLARE_FINAL_TYPE (DossierTag, dossier_tag, DOSSIER, TAG, GObject)

/* A tag as stored in a library. Setting a property changes this object
 * only: the functions of dossier-tags.h store a change, then set it here
 * so that views notice. */
DossierTag         *dossier_tag_new              (gint64      id,
                                                  const char *key,
                                                  const char *name,
                                                  const char *facet);
gint64              dossier_tag_get_id           (DossierTag *self);
/* The stable id of a tag of the default taxonomy ("media-freedom"), or
 * NULL for the user's own. */
const char         *dossier_tag_get_key          (DossierTag *self);
const char         *dossier_tag_get_name         (DossierTag *self);
void                dossier_tag_set_name         (DossierTag *self,
                                                  const char *name);
const char         *dossier_tag_get_facet        (DossierTag *self);
void                dossier_tag_set_facet        (DossierTag *self,
                                                  const char *facet);
/* 0 for a tag at the top of its facet. */
gint64              dossier_tag_get_parent_id    (DossierTag *self);
void                dossier_tag_set_parent_id    (DossierTag *self,
                                                  gint64      parent_id);
const char         *dossier_tag_get_colour       (DossierTag *self);
void                dossier_tag_set_colour       (DossierTag *self,
                                                  const char *colour);
const char         *dossier_tag_get_description  (DossierTag *self);
void                dossier_tag_set_description  (DossierTag *self,
                                                  const char *description);
gboolean            dossier_tag_get_confidential (DossierTag *self);
void                dossier_tag_set_confidential (DossierTag *self,
                                                  gboolean    confidential);
/* NULL-terminated, never NULL. */
const char * const *dossier_tag_get_aliases      (DossierTag *self);
void                dossier_tag_set_aliases      (DossierTag         *self,
                                                  const char * const *aliases);
/* Documents tagged (accepted or suggested, trash left out) when the tag
 * was read from the library. */
guint               dossier_tag_get_n_documents  (DossierTag *self);
void                dossier_tag_set_n_documents  (DossierTag *self,
                                                  guint       n_documents);
/* How deep in its facet's tree: 0 at the top. Set by
 * dossier_library_list_tags(). */
guint               dossier_tag_get_depth        (DossierTag *self);
void                dossier_tag_set_depth        (DossierTag *self,
                                                  guint       depth);
/* Whether @typed (a prefix of a name, say) finds @self, ignoring case,
 * diacritics and spaces around it (liberte finds Liberté, ежов Ёжов):
 * main thread or not, it reads only @self. */
DossierTagMatch     dossier_tag_match_typed      (DossierTag *self,
                                                  const char *typed);

G_END_DECLS
