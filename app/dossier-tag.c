/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-tag.h"

struct _DossierTag
{
  GObject   parent_instance;
  gint64    id;
  char     *key;
  char     *name;
  char     *facet;
  gint64    parent_id;
  char     *colour;
  char     *description;
  gboolean  confidential;
  char    **aliases;       /* never NULL */
  guint     n_documents;
  guint     depth;
};

G_DEFINE_FINAL_TYPE (DossierTag, dossier_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_NAME,
  PROP_FACET,
  PROP_PARENT_ID,
  PROP_COLOUR,
  PROP_DESCRIPTION,
  PROP_CONFIDENTIAL,
  PROP_ALIASES,
  PROP_N_DOCUMENTS,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const builtin_facets[] = {
  DOSSIER_FACET_ISSUE, DOSSIER_FACET_CASE, DOSSIER_FACET_ORGANISATION,
  DOSSIER_FACET_INSTITUTION, DOSSIER_FACET_PROCESS, DOSSIER_FACET_COUNTRY, NULL
};

const char * const *
dossier_tag_builtin_facets (void)
{
  return builtin_facets;
}

/* From the GNOME palette, one hue per facet. */
const char *
dossier_tag_default_colour (const char *facet)
{
  static const struct { const char *facet; const char *colour; } colours[] = {
    { DOSSIER_FACET_ISSUE, "#3584e4" },
    { DOSSIER_FACET_CASE, "#e66100" },
    { DOSSIER_FACET_ORGANISATION, "#26a269" },
    { DOSSIER_FACET_INSTITUTION, "#813d9c" },
    { DOSSIER_FACET_PROCESS, "#c64600" },
    { DOSSIER_FACET_COUNTRY, "#986a44" },
  };

  for (guint i = 0; facet != NULL && i < G_N_ELEMENTS (colours); i++)
    if (g_str_equal (facet, colours[i].facet))
      return colours[i].colour;
  return "#77767b";
}

const char *
dossier_tag_facet_label (const char *facet)
{
  if (g_strcmp0 (facet, DOSSIER_FACET_ISSUE) == 0)
    return _("Issue");
  if (g_strcmp0 (facet, DOSSIER_FACET_CASE) == 0)
    return _("Case");
  if (g_strcmp0 (facet, DOSSIER_FACET_ORGANISATION) == 0)
    return _("Organisation");
  if (g_strcmp0 (facet, DOSSIER_FACET_INSTITUTION) == 0)
    return _("Institution");
  if (g_strcmp0 (facet, DOSSIER_FACET_PROCESS) == 0)
    return _("Process");
  if (g_strcmp0 (facet, DOSSIER_FACET_COUNTRY) == 0)
    return _("Country");
  return facet;
}

const char *
dossier_tag_origin_to_string (DossierTagOrigin origin)
{
  return origin == DOSSIER_TAG_ORIGIN_RULE ? "rule" : "manual";
}

gboolean
dossier_tag_origin_from_string (const char       *text,
                                DossierTagOrigin *origin)
{
  if (g_strcmp0 (text, "manual") == 0)
    *origin = DOSSIER_TAG_ORIGIN_MANUAL;
  else if (g_strcmp0 (text, "rule") == 0)
    *origin = DOSSIER_TAG_ORIGIN_RULE;
  else
    return FALSE;
  return TRUE;
}

const char *
dossier_tag_state_to_string (DossierTagState state)
{
  switch (state)
    {
    case DOSSIER_TAG_ACCEPTED: return "accepted";
    case DOSSIER_TAG_REJECTED: return "rejected";
    case DOSSIER_TAG_SUGGESTED:
    default: return "suggested";
    }
}

gboolean
dossier_tag_state_from_string (const char      *text,
                               DossierTagState *state)
{
  if (g_strcmp0 (text, "suggested") == 0)
    *state = DOSSIER_TAG_SUGGESTED;
  else if (g_strcmp0 (text, "accepted") == 0)
    *state = DOSSIER_TAG_ACCEPTED;
  else if (g_strcmp0 (text, "rejected") == 0)
    *state = DOSSIER_TAG_REJECTED;
  else
    return FALSE;
  return TRUE;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Lower case, without diacritics (é is e, ё is е, й is и): what is
 * compared when a user types to find a tag. */
static char *
fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

/* @folded_typed against one folded name: the whole of it, its start, or
 * the start of a later word ("freedom" in "Media freedom"). */
static DossierTagMatch
match_folded (const char *folded,
              const char *folded_typed,
              gboolean    is_alias)
{
  size_t length = strlen (folded_typed);

  if (g_str_equal (folded, folded_typed))
    return is_alias ? DOSSIER_TAG_MATCH_ALIAS : DOSSIER_TAG_MATCH_NAME;
  if (strncmp (folded, folded_typed, length) == 0)
    return is_alias ? DOSSIER_TAG_MATCH_ALIAS_PREFIX : DOSSIER_TAG_MATCH_NAME_PREFIX;
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (*next != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)) &&
          g_unichar_isalnum (g_utf8_get_char (next)) &&
          strncmp (next, folded_typed, length) == 0)
        return is_alias ? DOSSIER_TAG_MATCH_ALIAS_WORD : DOSSIER_TAG_MATCH_NAME_WORD;
    }
  return DOSSIER_TAG_MATCH_NONE;
}

static void
dossier_tag_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DossierTag *self = DOSSIER_TAG (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_FACET: g_value_set_string (value, self->facet); break;
    case PROP_PARENT_ID: g_value_set_int64 (value, self->parent_id); break;
    case PROP_COLOUR: g_value_set_string (value, self->colour); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_CONFIDENTIAL: g_value_set_boolean (value, self->confidential); break;
    case PROP_ALIASES: g_value_set_boxed (value, self->aliases); break;
    case PROP_N_DOCUMENTS: g_value_set_uint (value, self->n_documents); break;
    case PROP_DEPTH: g_value_set_uint (value, self->depth); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_tag_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DossierTag *self = DOSSIER_TAG (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_KEY: self->key = g_value_dup_string (value); break;
    case PROP_NAME: dossier_tag_set_name (self, g_value_get_string (value)); break;
    case PROP_FACET: dossier_tag_set_facet (self, g_value_get_string (value)); break;
    case PROP_PARENT_ID: dossier_tag_set_parent_id (self, g_value_get_int64 (value)); break;
    case PROP_COLOUR: dossier_tag_set_colour (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: dossier_tag_set_description (self, g_value_get_string (value)); break;
    case PROP_CONFIDENTIAL: dossier_tag_set_confidential (self, g_value_get_boolean (value)); break;
    case PROP_ALIASES: dossier_tag_set_aliases (self, g_value_get_boxed (value)); break;
    case PROP_N_DOCUMENTS: dossier_tag_set_n_documents (self, g_value_get_uint (value)); break;
    case PROP_DEPTH: dossier_tag_set_depth (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_tag_finalize (GObject *object)
{
  DossierTag *self = DOSSIER_TAG (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->facet);
  g_free (self->colour);
  g_free (self->description);
  g_strfreev (self->aliases);
  G_OBJECT_CLASS (dossier_tag_parent_class)->finalize (object);
}

static void
dossier_tag_class_init (DossierTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = dossier_tag_get_property;
  object_class->set_property = dossier_tag_set_property;
  object_class->finalize = dossier_tag_finalize;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_FACET] = g_param_spec_string ("facet", NULL, NULL, NULL, flags);
  properties[PROP_PARENT_ID] = g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_N_DOCUMENTS] =
    g_param_spec_uint ("n-documents", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DEPTH] = g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_tag_init (DossierTag *self)
{
  self->aliases = g_new0 (char *, 1);
}

DossierTag *
dossier_tag_new (gint64      id,
                 const char *key,
                 const char *name,
                 const char *facet)
{
  return g_object_new (DOSSIER_TYPE_TAG, "id", id, "key", key, "name", name, "facet", facet,
                       NULL);
}

gint64
dossier_tag_get_id (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), 0);
  return self->id;
}

const char *
dossier_tag_get_key (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return self->key;
}

const char *
dossier_tag_get_name (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return self->name;
}

void
dossier_tag_set_name (DossierTag *self,
                      const char *name)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
dossier_tag_get_facet (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return self->facet;
}

void
dossier_tag_set_facet (DossierTag *self,
                       const char *facet)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (set_string (&self->facet, facet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACET]);
}

gint64
dossier_tag_get_parent_id (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), 0);
  return self->parent_id;
}

void
dossier_tag_set_parent_id (DossierTag *self,
                           gint64      parent_id)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (self->parent_id == parent_id)
    return;
  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

const char *
dossier_tag_get_colour (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return self->colour;
}

void
dossier_tag_set_colour (DossierTag *self,
                        const char *colour)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (set_string (&self->colour, colour))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

const char *
dossier_tag_get_description (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return self->description;
}

void
dossier_tag_set_description (DossierTag *self,
                             const char *description)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gboolean
dossier_tag_get_confidential (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), FALSE);
  return self->confidential;
}

void
dossier_tag_set_confidential (DossierTag *self,
                              gboolean    confidential)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  confidential = !!confidential;
  if (self->confidential == confidential)
    return;
  self->confidential = confidential;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENTIAL]);
}

const char * const *
dossier_tag_get_aliases (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), NULL);
  return (const char * const *) self->aliases;
}

void
dossier_tag_set_aliases (DossierTag         *self,
                         const char * const *aliases)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (aliases == NULL)
    aliases = none;
  if (g_strv_equal ((const char * const *) self->aliases, aliases))
    return;
  g_strfreev (self->aliases);
  self->aliases = g_strdupv ((char **) aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

guint
dossier_tag_get_n_documents (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), 0);
  return self->n_documents;
}

void
dossier_tag_set_n_documents (DossierTag *self,
                             guint       n_documents)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (self->n_documents == n_documents)
    return;
  self->n_documents = n_documents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
}

guint
dossier_tag_get_depth (DossierTag *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG (self), 0);
  return self->depth;
}

void
dossier_tag_set_depth (DossierTag *self,
                       guint       depth)
{
  g_return_if_fail (DOSSIER_IS_TAG (self));
  if (self->depth == depth)
    return;
  self->depth = depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH]);
}

DossierTagMatch
dossier_tag_match_typed (DossierTag *self,
                         const char *typed)
{
  g_autofree char *folded_typed = NULL;
  g_autofree char *folded_name = NULL;
  DossierTagMatch best;

  g_return_val_if_fail (DOSSIER_IS_TAG (self), DOSSIER_TAG_MATCH_NONE);

  folded_typed = g_strstrip (fold_text (typed));
  if (*folded_typed == '\0')
    return DOSSIER_TAG_MATCH_NONE;

  folded_name = fold_text (self->name);
  best = match_folded (folded_name, folded_typed, FALSE);
  for (guint i = 0; self->aliases[i] != NULL; i++)
    {
      g_autofree char *folded_alias = fold_text (self->aliases[i]);

      best = MAX (best, match_folded (folded_alias, folded_typed, TRUE));
    }
  return best;
}
