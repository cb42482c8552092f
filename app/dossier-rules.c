/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-rules.h"

/* Tags suggested by rules. A rule run only ever adds rows of its own
 * (origin 'rule', state 'suggested') where a document has none for that
 * tag, and only ever removes such rows: a tag the user added, accepted or
 * removed is their decision and stays. */

#define APPLY_BATCH 64    /* documents per transaction */

/* The facets whose tags are names: they match without rules of their own. */
static const char * const name_facets[] = {
  "case", "organisation", "institution", "country", NULL
};

/* Issues are suggested on the weight of the evidence, not on one word: a
 * letter about political prisoners mentions torture in passing, its
 * sender may be a "Foundation for Press Freedom", and neither makes it a
 * letter about torture or about the media. An issue's evidence counts
 * every place where one of its rules matches, not just whether one did:
 *
 *   each match of a single word                         1
 *   each match of a phrase (words side by side)         PHRASE_WEIGHT
 *   a match in the title (the subject line) counts TITLE_WEIGHT more,
 *     on top of its match in the page it is also written on
 *   the senders' names (from the letterhead or the signature) count
 *     nothing: they say who wrote, not what about
 *
 * A phrase ("freedom of expression", "prison doctor") names an issue; a
 * word ("journalists", "election") may only touch on it. The issue is
 * suggested when its evidence is at least MIN_EVIDENCE (a word written
 * once is a mention; twice, or a phrase, is a topic) and at least
 * RELATIVE_EVIDENCE of the evidence of the document's strongest issue (a
 * paragraph about a neighbouring issue in a long letter about another is
 * not enough). Both compare the document only with itself, so that a
 * user can be told why: "Torture: 3 phrases and 2 words, one of them in
 * the subject line; the strongest issue in this letter has 11".
 *
 * The numbers were chosen on 300 letters of their own (bench/tag-accuracy
 * --seed 77 --letters 300), not on the accuracy corpus: macro F1 over
 * issues 0.690 before, 0.918 with these; it stays within 0.01 of that for
 * a relative threshold of 0.2–0.25, a minimum of 2 or 3 and a title weight
 * of 0–2, and falls when single words and phrases weigh the same (0.901).
 *
 * Other facets keep to "any rule matches": a case, an organisation, an
 * institution or a country is a name, which a document writes on purpose,
 * and so is a process's; so do issues the user made (below). */
#define PHRASE_WEIGHT      2
#define TITLE_WEIGHT       1
#define MIN_EVIDENCE       2
#define RELATIVE_EVIDENCE  0.25

/* The facet whose tags are weighed: those of the taxonomy (with a key),
 * whose rules are lists of words cast wide, in four languages, to miss
 * nothing. A tag the user made keeps to "any rule matches": its rules are
 * the user's own instructions ("tag what says prison doctor"), and a rule
 * that visibly did nothing would only puzzle them. */
#define WEIGHED_FACET "issue"

typedef struct
{
  gint64     tag_id;
  GPtrArray *matchers;    /* DossierMatcher, owned */
  gboolean   weighed;     /* an issue: suggested on the weight of evidence */
} TagMatchers;

struct _DossierRuleSet
{
  GArray *tags;           /* TagMatchers, by ascending tag id */
  guint   n_matchers;
  guint   n_weighed;
};

static void
tag_matchers_clear (gpointer data)
{
  TagMatchers *tag = data;

  g_clear_pointer (&tag->matchers, g_ptr_array_unref);
}

void
dossier_rule_set_free (DossierRuleSet *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tags);
  g_free (self);
}

static gboolean
step_failed (DossierDatabase  *database,
             sqlite3_stmt     *statement,
             int               rc,
             GError          **error)
{
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return FALSE;
  dossier_database_set_error (database, rc, error);
  return TRUE;
}

/* Returns: (transfer full): the aliases of every tag of a name facet,
 * tag id → GPtrArray of char *, NULL-terminated. */
static GHashTable *
read_aliases (DossierDatabase  *database,
              GError          **error)
{
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT tag_id, alias FROM tag_aliases"
                                        " ORDER BY tag_id, alias", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);
      GPtrArray *list = g_hash_table_lookup (aliases, &tag_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (aliases, g_memdup2 (&tag_id, sizeof tag_id), list);
        }
      g_ptr_array_add (list, g_strdup ((const char *) sqlite3_column_text (statement, 1)));
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&aliases);
}

static TagMatchers *
tag_for (DossierRuleSet *self,
         GHashTable     *index,
         gint64          tag_id)
{
  gpointer position;
  TagMatchers tag = { tag_id, NULL, FALSE };

  if (g_hash_table_lookup_extended (index, &tag_id, NULL, &position))
    return &g_array_index (self->tags, TagMatchers, GPOINTER_TO_UINT (position));
  tag.matchers = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_matcher_free);
  g_array_append_val (self->tags, tag);
  g_hash_table_insert (index, g_memdup2 (&tag_id, sizeof tag_id),
                       GUINT_TO_POINTER (self->tags->len - 1));
  return &g_array_index (self->tags, TagMatchers, self->tags->len - 1);
}

static gboolean
load_names (DossierRuleSet   *self,
            DossierDatabase  *database,
            GHashTable       *index,
            GHashTable       *weighed,
            GError          **error)
{
  g_autoptr(GHashTable) aliases = read_aliases (database, error);
  sqlite3_stmt *statement;
  int rc;

  if (aliases == NULL)
    return FALSE;
  statement = dossier_database_prepare (database,
                                        "SELECT id, name, facet, key FROM tags ORDER BY id", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);
      const char *name = (const char *) sqlite3_column_text (statement, 1);
      const char *facet = (const char *) sqlite3_column_text (statement, 2);
      GPtrArray *list;
      DossierMatcher *matcher;

      if (facet != NULL && g_str_equal (facet, WEIGHED_FACET) &&
          sqlite3_column_type (statement, 3) != SQLITE_NULL)
        g_hash_table_add (weighed, g_memdup2 (&tag_id, sizeof tag_id));
      if (name == NULL || facet == NULL || !g_strv_contains (name_facets, facet))
        continue;
      list = g_hash_table_lookup (aliases, &tag_id);
      if (list != NULL)
        g_ptr_array_add (list, NULL);
      matcher = dossier_matcher_new_for_name (name, list ? (const char * const *) list->pdata
                                                         : NULL);
      if (matcher == NULL)
        continue;
      g_ptr_array_add (tag_for (self, index, tag_id)->matchers, matcher);
      self->n_matchers++;
    }
  return !step_failed (database, statement, rc, error);
}

static gboolean
load_rules (DossierRuleSet   *self,
            DossierDatabase  *database,
            GHashTable       *index,
            GError          **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT tag_id, pattern, mode FROM tag_rules"
                                        " ORDER BY tag_id, id", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);
      const char *pattern = (const char *) sqlite3_column_text (statement, 1);
      const char *mode_name = (const char *) sqlite3_column_text (statement, 2);
      g_autoptr(GError) local_error = NULL;
      DossierRuleMode mode;
      DossierMatcher *matcher;

      if (pattern == NULL || mode_name == NULL ||
          !dossier_rule_mode_from_string (mode_name, &mode))
        continue;
      /* The tags' editor refuses such a rule; one in the database anyway
       * (written by hand, or by an older version) just never matches. */
      matcher = dossier_matcher_new (mode, pattern, &local_error);
      if (matcher == NULL)
        {
          g_debug ("Rule “%s” of tag %" G_GINT64_FORMAT " left out: %s",
                   pattern, tag_id, local_error->message);
          continue;
        }
      g_ptr_array_add (tag_for (self, index, tag_id)->matchers, matcher);
      self->n_matchers++;
    }
  return !step_failed (database, statement, rc, error);
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  gint64 x = ((const TagMatchers *) a)->tag_id;
  gint64 y = ((const TagMatchers *) b)->tag_id;

  return (x > y) - (x < y);
}

DossierRuleSet *
dossier_rule_set_load (DossierDatabase  *database,
                       GError          **error)
{
  g_autoptr(DossierRuleSet) self = g_new0 (DossierRuleSet, 1);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) weighed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_val_if_fail (database != NULL, NULL);

  self->tags = g_array_new (FALSE, FALSE, sizeof (TagMatchers));
  g_array_set_clear_func (self->tags, tag_matchers_clear);
  if (!load_names (self, database, index, weighed, error) ||
      !load_rules (self, database, index, error))
    return NULL;
  g_array_sort (self->tags, compare_tags);
  for (guint i = 0; i < self->tags->len; i++)
    {
      TagMatchers *tag = &g_array_index (self->tags, TagMatchers, i);

      tag->weighed = g_hash_table_contains (weighed, &tag->tag_id);
      self->n_weighed += tag->weighed;
    }
  return g_steal_pointer (&self);
}

guint
dossier_rule_set_get_n_tags (DossierRuleSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->tags->len;
}

guint
dossier_rule_set_get_n_matchers (DossierRuleSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_matchers;
}

/* The evidence for a weighed tag: see the top of this file. */
static guint
weigh_tag (const TagMatchers *tag,
           DossierMatchText  *title,
           DossierMatchText  *body)
{
  guint evidence = 0;

  for (guint j = 0; j < tag->matchers->len; j++)
    {
      DossierMatcher *matcher = g_ptr_array_index (tag->matchers, j);
      guint n_phrases;
      guint n;

      if (title != NULL)
        {
          n = dossier_matcher_count_phrases (matcher, title, &n_phrases);
          evidence += TITLE_WEIGHT * (n + (PHRASE_WEIGHT - 1) * n_phrases);
        }
      n = dossier_matcher_count_phrases (matcher, body, &n_phrases);
      evidence += n + (PHRASE_WEIGHT - 1) * n_phrases;
    }
  return evidence;
}

static gboolean
tag_matches (const TagMatchers *tag,
             DossierMatchText  *text)
{
  for (guint j = 0; j < tag->matchers->len; j++)
    if (dossier_matcher_matches (g_ptr_array_index (tag->matchers, j), text))
      return TRUE;
  return FALSE;
}

gboolean
dossier_rules_enough_evidence (guint evidence,
                               guint strongest)
{
  return evidence >= MIN_EVIDENCE && evidence >= RELATIVE_EVIDENCE * strongest;
}

/* @text: everything, for the tags that match on any rule; @title and
 * @body (the pages less the senders' names), for the weighed ones. */
static GArray *
match_texts (DossierRuleSet   *self,
             DossierMatchText *text,
             DossierMatchText *title,
             DossierMatchText *body)
{
  GArray *tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint *evidence = g_new0 (guint, self->tags->len);
  guint strongest = 0;

  for (guint i = 0; i < self->tags->len; i++)
    {
      TagMatchers *tag = &g_array_index (self->tags, TagMatchers, i);

      if (tag->weighed)
        {
          evidence[i] = weigh_tag (tag, title, body);
          strongest = MAX (strongest, evidence[i]);
        }
    }
  for (guint i = 0; i < self->tags->len; i++)
    {
      TagMatchers *tag = &g_array_index (self->tags, TagMatchers, i);

      if (tag->weighed && evidence[i] > 0)
        g_debug ("Tag %" G_GINT64_FORMAT ": evidence %u, strongest issue %u%s", tag->tag_id,
                 evidence[i], strongest,
                 dossier_rules_enough_evidence (evidence[i], strongest) ? ", suggested" : "");
      if (tag->weighed ? dossier_rules_enough_evidence (evidence[i], strongest)
                       : tag_matches (tag, text))
        g_array_append_val (tag_ids, tag->tag_id);
    }
  return tag_ids;
}

/* A text that holds neither title nor senders is its own body. */
GArray *
dossier_rule_set_match_text (DossierRuleSet   *self,
                             DossierMatchText *text)
{
  g_return_val_if_fail (self != NULL, g_array_new (FALSE, FALSE, sizeof (gint64)));
  g_return_val_if_fail (text != NULL, g_array_new (FALSE, FALSE, sizeof (gint64)));

  return match_texts (self, text, NULL, text);
}

DossierMatchText *
dossier_rules_match_text_new (const char         *title,
                              const char * const *pages)
{
  g_autoptr(GString) text = g_string_new (title);

  /* The title (which the user may have written) as a paragraph of its
   * own; pages end with a line break, so that a phrase runs on from one
   * page to the next. */
  if (title != NULL)
    g_string_append (text, "\n\n");
  for (guint i = 0; pages != NULL && pages[i] != NULL; i++)
    {
      g_string_append (text, pages[i]);
      g_string_append_c (text, '\n');
    }
  return dossier_match_text_new (text->str);
}

/* "Kazakhstan International Bureau for Human Rights", in any case, its
 * words perhaps wrapped onto the next line. Returns: (transfer full)
 * (nullable) */
static GRegex *
sender_regex (const char *sender)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", sender, 0, 0);
  g_autoptr(GString) pattern = g_string_new ("(?<!\\w)");
  guint n_words = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;

      if (*words[i] == '\0')
        continue;
      escaped = g_regex_escape_string (words[i], -1);
      if (n_words++ > 0)
        g_string_append (pattern, "\\s+");
      g_string_append (pattern, escaped);
    }
  /* A sender of one word under 4 letters would take too much out. */
  if (n_words == 0 || (n_words == 1 && g_utf8_strlen (sender, -1) < 4))
    return NULL;
  g_string_append (pattern, "(?!\\w)");
  return g_regex_new (pattern->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
}

/* The pages, the senders' names taken out: a sender's name says who
 * wrote, not what about ("… Foundation for Press Freedom"). */
static DossierMatchText *
body_text_new (const char * const *pages,
               const char * const *senders)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) regexes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);

  for (guint i = 0; senders != NULL && senders[i] != NULL; i++)
    {
      GRegex *regex = sender_regex (senders[i]);

      if (regex != NULL)
        g_ptr_array_add (regexes, regex);
    }
  for (guint i = 0; pages != NULL && pages[i] != NULL; i++)
    {
      g_autofree char *page = g_strdup (pages[i]);

      for (guint r = 0; r < regexes->len; r++)
        {
          /* A paragraph break, so that no phrase runs across the gap. */
          char *without = g_regex_replace_literal (g_ptr_array_index (regexes, r), page, -1, 0,
                                                   "\n\n", 0, NULL);

          if (without != NULL)
            {
              g_free (page);
              page = without;
            }
        }
      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }
  return dossier_match_text_new (text->str);
}

GArray *
dossier_rule_set_match_document (DossierRuleSet     *self,
                                 const char         *title,
                                 const char * const *pages,
                                 const char * const *senders)
{
  g_autoptr(DossierMatchText) text = NULL;
  g_autoptr(DossierMatchText) title_text = NULL;
  g_autoptr(DossierMatchText) body = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->tags->len == 0)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  text = dossier_rules_match_text_new (title, pages);
  if (self->n_weighed == 0)
    return match_texts (self, text, NULL, text);
  if (title != NULL)
    title_text = dossier_match_text_new (title);
  body = body_text_new (pages, senders);
  return match_texts (self, text, title_text, body);
}

/* ---- Storing ---- */

static gboolean
contains_id (GArray *sorted,
             gint64  id)
{
  guint low = 0;
  guint high = sorted->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 value = g_array_index (sorted, gint64, middle);

      if (value == id)
        return TRUE;
      if (value < id)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

static gboolean
withdraw_stale (DossierDatabase  *database,
                gint64            document_id,
                GArray           *tag_ids,
                guint            *n_removed,
                GError          **error)
{
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT tag_id FROM document_tags"
                                        " WHERE document_id = ?1 AND origin = 'rule'"
                                        " AND state = 'suggested'", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, document_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);

      if (!contains_id (tag_ids, tag_id))
        g_array_append_val (stale, tag_id);
    }
  if (step_failed (database, statement, rc, error))
    return FALSE;
  if (stale->len == 0)
    return TRUE;

  statement = dossier_database_prepare (database,
                                        "DELETE FROM document_tags"
                                        " WHERE document_id = ?1 AND tag_id = ?2"
                                        " AND origin = 'rule' AND state = 'suggested'", error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < stale->len; i++)
    {
      sqlite3_bind_int64 (statement, 1, document_id);
      sqlite3_bind_int64 (statement, 2, g_array_index (stale, gint64, i));
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
      *n_removed += (guint) sqlite3_changes (dossier_database_get_handle (database));
    }
  return TRUE;
}

gboolean
dossier_rules_store_suggestions (DossierDatabase  *database,
                                 gint64            document_id,
                                 GArray           *tag_ids,
                                 gboolean          withdraw,
                                 guint            *n_added,
                                 guint            *n_removed,
                                 GError          **error)
{
  sqlite3_stmt *statement;
  guint added = 0;
  guint removed = 0;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (tag_ids != NULL, FALSE);

  if (withdraw && !withdraw_stale (database, document_id, tag_ids, &removed, error))
    return FALSE;

  if (tag_ids->len > 0)
    {
      /* The rule set was read before this transaction: its tag, or the
       * document, may have been deleted since. */
      statement = dossier_database_prepare (database,
        "INSERT OR IGNORE INTO document_tags (document_id, tag_id, origin, state)"
        " SELECT ?1, ?2, 'rule', 'suggested'"
        " WHERE EXISTS (SELECT 1 FROM tags WHERE id = ?2)"
        " AND EXISTS (SELECT 1 FROM documents WHERE id = ?1)", error);
      if (statement == NULL)
        return FALSE;
      for (guint i = 0; i < tag_ids->len; i++)
        {
          sqlite3_bind_int64 (statement, 1, document_id);
          sqlite3_bind_int64 (statement, 2, g_array_index (tag_ids, gint64, i));
          if (!dossier_database_step_done (database, statement, error))
            return FALSE;
          added += (guint) sqlite3_changes (dossier_database_get_handle (database));
        }
    }

  if (n_added != NULL)
    *n_added += added;
  if (n_removed != NULL)
    *n_removed += removed;
  return TRUE;
}

/* ---- Over the whole library ---- */

typedef struct
{
  gint64  id;
  char   *title;
  char   *body;
  char   *senders;        /* one per line, or NULL */
} StoredText;

static void
stored_text_clear (gpointer data)
{
  StoredText *text = data;

  g_clear_pointer (&text->title, g_free);
  g_clear_pointer (&text->body, g_free);
  g_clear_pointer (&text->senders, g_free);
}

static GStrv
split_pages (const char *body)
{
  return g_strsplit (body ? body : "", DOSSIER_PAGE_BREAK_STRING, -1);
}

static DossierMatchText *
stored_match_text (const StoredText *stored)
{
  g_auto(GStrv) pages = split_pages (stored->body);

  return dossier_rules_match_text_new (stored->title, (const char * const *) pages);
}

/* As on import: the same title, pages and senders that it stored. */
static GArray *
match_stored (DossierRuleSet   *rules,
              const StoredText *stored)
{
  g_auto(GStrv) pages = split_pages (stored->body);
  g_auto(GStrv) senders = g_strsplit (stored->senders ? stored->senders : "", "\n", -1);

  return dossier_rule_set_match_document (rules, stored->title, (const char * const *) pages,
                                          (const char * const *) senders);
}

/* The next documents after @after (not those in the trash), by id. */
static GArray *
read_texts (DossierDatabase  *database,
            gint64            after,
            guint             limit,
            GError          **error)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, TRUE, sizeof (StoredText));
  sqlite3_stmt *statement;
  int rc;

  g_array_set_clear_func (texts, stored_text_clear);
  statement = dossier_database_prepare (database,
                                        "SELECT d.id, d.title, t.body, d.senders"
                                        " FROM documents AS d"
                                        " JOIN document_text AS t ON t.id = d.id"
                                        " WHERE d.trashed_at IS NULL AND d.id > ?1"
                                        " ORDER BY d.id LIMIT ?2", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, after);
  sqlite3_bind_int (statement, 2, (int) limit);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      StoredText text = {
        sqlite3_column_int64 (statement, 0),
        g_strdup ((const char *) sqlite3_column_text (statement, 1)),
        g_strdup ((const char *) sqlite3_column_text (statement, 2)),
        g_strdup ((const char *) sqlite3_column_text (statement, 3)),
      };
      g_array_append_val (texts, text);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&texts);
}

static gboolean
count_documents (DossierDatabase  *database,
                 guint            *count,
                 GError          **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT count(*) FROM documents WHERE trashed_at IS NULL",
                                        error);
  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      *count = (guint) sqlite3_column_int (statement, 0);
      rc = SQLITE_DONE;
    }
  return !step_failed (database, statement, rc, error);
}

/* Matches outside the transaction, so that an import waits only for the
 * writes; one transaction per batch. */
static gboolean
apply_to_batch (DossierDatabase    *database,
                DossierRuleSet     *rules,
                GArray             *texts,
                DossierRuleCounts  *counts,
                GError            **error)
{
  g_autoptr(GPtrArray) matched = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (matched, match_stored (rules, &g_array_index (texts, StoredText, i)));

  if (!dossier_database_begin (database, error))
    return FALSE;
  for (guint i = 0; i < texts->len; i++)
    if (!dossier_rules_store_suggestions (database, g_array_index (texts, StoredText, i).id,
                                          g_ptr_array_index (matched, i), TRUE,
                                          &counts->n_added, &counts->n_removed, error))
      {
        dossier_database_rollback (database);
        return FALSE;
      }
  return dossier_database_commit (database, error);
}

static gboolean
apply_rules (const char                *database_path,
             DossierRulesProgressFunc   progress,
             gpointer                   user_data,
             GCancellable              *cancellable,
             DossierRuleCounts         *counts,
             GError                   **error)
{
  g_autoptr(DossierDatabase) database = NULL;
  g_autoptr(DossierRuleSet) rules = NULL;
  gint64 last_id = 0;
  guint total = 0;

  database = dossier_database_open (database_path, error);
  if (database == NULL)
    return FALSE;
  rules = dossier_rule_set_load (database, error);
  if (rules == NULL)
    return FALSE;
  if (!count_documents (database, &total, error))
    return FALSE;
  if (progress != NULL)
    progress (0, total, user_data);

  for (;;)
    {
      g_autoptr(GArray) texts = NULL;
      DossierRuleCounts batch = { 0 };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      texts = read_texts (database, last_id, APPLY_BATCH, error);
      if (texts == NULL)
        return FALSE;
      if (texts->len == 0)
        break;
      if (!apply_to_batch (database, rules, texts, &batch, error))
        return FALSE;
      /* Only what was committed counts. */
      counts->n_documents += texts->len;
      counts->n_added += batch.n_added;
      counts->n_removed += batch.n_removed;
      last_id = g_array_index (texts, StoredText, texts->len - 1).id;
      /* Documents imported meanwhile are looked at too. */
      total = MAX (total, counts->n_documents);
      if (progress != NULL)
        progress (counts->n_documents, total, user_data);
    }
  return TRUE;
}

gboolean
dossier_library_apply_rules (DossierLibrary            *self,
                             DossierRulesProgressFunc   progress,
                             gpointer                   user_data,
                             GCancellable              *cancellable,
                             DossierRuleCounts         *counts,
                             GError                   **error)
{
  g_autofree char *database_path = NULL;
  DossierRuleCounts local_counts = { 0 };
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  database_path = dossier_library_dup_database_path (self);
  ok = apply_rules (database_path, progress, user_data, cancellable, &local_counts, error);
  if (local_counts.n_added > 0 || local_counts.n_removed > 0)
    dossier_library_emit_changed_later (self);
  if (counts != NULL)
    *counts = local_counts;
  return ok;
}

/* ---- Off the main thread ---- */

typedef struct
{
  char                     *database_path;
  DossierRulesProgressFunc  progress;
  gpointer                  progress_data;
  GDestroyNotify            progress_data_free;
  GMainContext             *context;        /* owned; where @progress runs */
  DossierRuleCounts         counts;         /* written by the worker until it returns */
} ApplyData;

static void
apply_data_free (gpointer data)
{
  ApplyData *apply = data;

  if (apply->progress_data_free != NULL)
    apply->progress_data_free (apply->progress_data);
  g_main_context_unref (apply->context);
  g_free (apply->database_path);
  g_free (apply);
}

typedef struct
{
  GTask *task;     /* owned: keeps the progress data alive */
  guint  done;
  guint  total;
} ProgressReport;

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->task);
  g_free (report);
}

static gboolean
report_progress_cb (gpointer data)
{
  ProgressReport *report = data;
  ApplyData *apply = g_task_get_task_data (report->task);

  apply->progress (report->done, report->total, apply->progress_data);
  return G_SOURCE_REMOVE;
}

static void
report_progress_later (guint    done,
                       guint    total,
                       gpointer user_data)
{
  GTask *task = user_data;
  ApplyData *apply = g_task_get_task_data (task);
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->task = g_object_ref (task);
  report->done = done;
  report->total = total;
  g_main_context_invoke_full (apply->context, G_PRIORITY_DEFAULT, report_progress_cb, report,
                              progress_report_free);
}

static void
apply_rules_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ApplyData *apply = task_data;
  GError *error = NULL;

  if (apply_rules (apply->database_path, apply->progress ? report_progress_later : NULL, task,
                   cancellable, &apply->counts, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* On the main thread: lists query again before the caller hears that the
 * run is over. */
static void
apply_rules_done_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ApplyData *apply = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  DossierRuleCounts *counts = g_memdup2 (&apply->counts, sizeof apply->counts);

  if (counts->n_added > 0 || counts->n_removed > 0)
    g_signal_emit_by_name (source_object, "changed");
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_pointer (task, counts, g_free);
  else
    {
      g_free (counts);
      g_task_return_error (task, error);
    }
}

void
dossier_library_apply_rules_async (DossierLibrary            *self,
                                   DossierRulesProgressFunc   progress,
                                   gpointer                   progress_data,
                                   GDestroyNotify             progress_data_free,
                                   GCancellable              *cancellable,
                                   GAsyncReadyCallback        callback,
                                   gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  ApplyData *apply;

  g_return_if_fail (DOSSIER_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_library_apply_rules_async);

  apply = g_new0 (ApplyData, 1);
  apply->database_path = dossier_library_dup_database_path (self);
  apply->progress = progress;
  apply->progress_data = progress_data;
  apply->progress_data_free = progress_data_free;
  apply->context = g_main_context_ref_thread_default ();
  worker = g_task_new (self, cancellable, apply_rules_done_cb, g_steal_pointer (&task));
  g_task_set_name (worker, "dossier-apply-rules");
  g_task_set_task_data (worker, apply, apply_data_free);
  g_task_run_in_thread (worker, apply_rules_thread);
}

gboolean
dossier_library_apply_rules_finish (DossierLibrary     *self,
                                    GAsyncResult       *result,
                                    DossierRuleCounts  *counts,
                                    GError            **error)
{
  g_autofree DossierRuleCounts *outcome = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  outcome = g_task_propagate_pointer (G_TASK (result), error);
  if (outcome == NULL)
    return FALSE;
  if (counts != NULL)
    *counts = *outcome;
  return TRUE;
}

/* ---- Suggesting cases ---- */

void
dossier_case_suggestion_free (DossierCaseSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->name);
  g_strfreev (suggestion->spellings);
  g_clear_pointer (&suggestion->document_ids, g_array_unref);
  g_free (suggestion);
}

/* One way a name is written, and the documents that write it so. */
typedef struct
{
  char             *name;
  GArray           *document_ids;   /* gint64, ascending: documents come in order */
  DossierMatchText *text;           /* the name alone, to match against */
  DossierMatcher   *matcher;        /* the name in all its forms */
  guint             person;         /* index of the person it belongs to */
} Spelling;

static void
spelling_free (Spelling *spelling)
{
  g_free (spelling->name);
  g_array_unref (spelling->document_ids);
  g_clear_pointer (&spelling->text, dossier_match_text_free);
  g_clear_pointer (&spelling->matcher, dossier_matcher_free);
  g_free (spelling);
}

/* One person: spellings that match each other. */
typedef struct
{
  GPtrArray  *spellings;      /* Spelling, borrowed; the first is the most frequent */
  GHashTable *documents;      /* gint64 → gint64: the set of their documents */
} Person;

static void
person_free (Person *person)
{
  g_ptr_array_unref (person->spellings);
  g_hash_table_unref (person->documents);
  g_free (person);
}

static int
compare_spellings (gconstpointer a,
                   gconstpointer b)
{
  const Spelling *x = *(Spelling * const *) a;
  const Spelling *y = *(Spelling * const *) b;

  if (x->document_ids->len != y->document_ids->len)
    return x->document_ids->len > y->document_ids->len ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* Every spelling of a person name in the library's documents. */
static GPtrArray *
collect_spellings (DossierDatabase  *database,
                   GError          **error)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) spellings = g_ptr_array_new_with_free_func ((GDestroyNotify) spelling_free);
  gint64 last_id = 0;

  for (;;)
    {
      g_autoptr(GArray) texts = read_texts (database, last_id, APPLY_BATCH, error);

      if (texts == NULL)
        return NULL;
      if (texts->len == 0)
        break;
      for (guint i = 0; i < texts->len; i++)
        {
          StoredText *stored = &g_array_index (texts, StoredText, i);
          g_autoptr(DossierMatchText) text = stored_match_text (stored);
          g_auto(GStrv) names = dossier_match_text_find_person_names (text);

          for (guint j = 0; names != NULL && names[j] != NULL; j++)
            {
              Spelling *spelling = g_hash_table_lookup (by_name, names[j]);

              if (spelling == NULL)
                {
                  spelling = g_new0 (Spelling, 1);
                  spelling->name = g_strdup (names[j]);
                  spelling->document_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
                  g_ptr_array_add (spellings, spelling);
                  g_hash_table_insert (by_name, spelling->name, spelling);
                }
              /* A name found twice in one text is reported once, but be sure. */
              if (spelling->document_ids->len == 0 ||
                  g_array_index (spelling->document_ids, gint64,
                                 spelling->document_ids->len - 1) != stored->id)
                g_array_append_val (spelling->document_ids, stored->id);
            }
        }
      last_id = g_array_index (texts, StoredText, texts->len - 1).id;
    }
  return g_steal_pointer (&spellings);
}

/* The name matchers of every case tag. */
static GPtrArray *
load_case_matchers (DossierDatabase  *database,
                    GError          **error)
{
  g_autoptr(GHashTable) aliases = read_aliases (database, error);
  g_autoptr(GPtrArray) matchers = NULL;
  sqlite3_stmt *statement;
  int rc;

  if (aliases == NULL)
    return NULL;
  matchers = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_matcher_free);
  statement = dossier_database_prepare (database,
                                        "SELECT id, name FROM tags WHERE facet = 'case'", error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 tag_id = sqlite3_column_int64 (statement, 0);
      const char *name = (const char *) sqlite3_column_text (statement, 1);
      GPtrArray *list = g_hash_table_lookup (aliases, &tag_id);
      DossierMatcher *matcher;

      if (name == NULL)
        continue;
      if (list != NULL)
        g_ptr_array_add (list, NULL);
      matcher = dossier_matcher_new_for_name (name, list ? (const char * const *) list->pdata
                                                         : NULL);
      if (matcher != NULL)
        g_ptr_array_add (matchers, matcher);
    }
  if (step_failed (database, statement, rc, error))
    return NULL;
  return g_steal_pointer (&matchers);
}

/* Whether two spellings name one person. A name matcher knows the forms
 * of the name it was made from, and a spelling may be one of those forms
 * ("Владимира Козлова" of "Vladimir Kozlov") but not the other way round:
 * both ways are tried. */
static gboolean
same_person (Spelling *a,
             Spelling *b)
{
  return (a->matcher != NULL && dossier_matcher_matches (a->matcher, b->text)) ||
         (b->matcher != NULL && dossier_matcher_matches (b->matcher, a->text));
}

/* Groups spellings (most frequent first) into people: a spelling joins
 * the first person one of whose spellings names the same person. */
static GPtrArray *
group_people (GPtrArray *spellings)
{
  GPtrArray *people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);

  g_ptr_array_sort (spellings, compare_spellings);
  for (guint i = 0; i < spellings->len; i++)
    {
      Spelling *spelling = g_ptr_array_index (spellings, i);
      Person *person = NULL;

      spelling->text = dossier_match_text_new (spelling->name);
      spelling->matcher = dossier_matcher_new_for_name (spelling->name, NULL);
      for (guint p = 0; p < people->len && person == NULL; p++)
        {
          Person *candidate = g_ptr_array_index (people, p);

          for (guint s = 0; s < candidate->spellings->len && person == NULL; s++)
            if (same_person (g_ptr_array_index (candidate->spellings, s), spelling))
              person = candidate;
        }
      if (person == NULL)
        {
          person = g_new0 (Person, 1);
          person->spellings = g_ptr_array_new ();
          person->documents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          g_ptr_array_add (people, person);
        }
      g_ptr_array_add (person->spellings, spelling);
      for (guint d = 0; d < spelling->document_ids->len; d++)
        {
          gint64 id = g_array_index (spelling->document_ids, gint64, d);

          if (!g_hash_table_contains (person->documents, &id))
            g_hash_table_add (person->documents, g_memdup2 (&id, sizeof id));
        }
    }
  return people;
}

static gboolean
covered_by_case (Person    *person,
                 GPtrArray *case_matchers)
{
  for (guint i = 0; i < case_matchers->len; i++)
    for (guint j = 0; j < person->spellings->len; j++)
      {
        Spelling *spelling = g_ptr_array_index (person->spellings, j);

        if (dossier_matcher_matches (g_ptr_array_index (case_matchers, i), spelling->text))
          return TRUE;
      }
  return FALSE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static DossierCaseSuggestion *
suggestion_new (Person *person)
{
  DossierCaseSuggestion *suggestion = g_new0 (DossierCaseSuggestion, 1);
  GHashTableIter iter;
  gpointer key;

  suggestion->name = g_strdup (((Spelling *) g_ptr_array_index (person->spellings, 0))->name);
  suggestion->spellings = g_new0 (char *, person->spellings->len + 1);
  for (guint i = 0; i < person->spellings->len; i++)
    suggestion->spellings[i] = g_strdup (((Spelling *) g_ptr_array_index (person->spellings,
                                                                          i))->name);
  suggestion->document_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                                g_hash_table_size (person->documents));
  g_hash_table_iter_init (&iter, person->documents);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (suggestion->document_ids, *(gint64 *) key);
  g_array_sort (suggestion->document_ids, compare_ids);
  return suggestion;
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const DossierCaseSuggestion *x = *(DossierCaseSuggestion * const *) a;
  const DossierCaseSuggestion *y = *(DossierCaseSuggestion * const *) b;

  if (x->document_ids->len != y->document_ids->len)
    return x->document_ids->len > y->document_ids->len ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

GPtrArray *
dossier_library_suggest_cases (DossierLibrary  *self,
                               guint            min_documents,
                               GError         **error)
{
  g_autofree char *database_path = NULL;
  g_autoptr(DossierDatabase) database = NULL;
  g_autoptr(GPtrArray) case_matchers = NULL;
  g_autoptr(GPtrArray) spellings = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  if (min_documents == 0)
    min_documents = 2;
  database_path = dossier_library_dup_database_path (self);
  database = dossier_database_open (database_path, error);
  if (database == NULL)
    return NULL;
  case_matchers = load_case_matchers (database, error);
  if (case_matchers == NULL)
    return NULL;
  spellings = collect_spellings (database, error);
  if (spellings == NULL)
    return NULL;

  people = group_people (spellings);
  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_case_suggestion_free);
  for (guint i = 0; i < people->len; i++)
    {
      Person *person = g_ptr_array_index (people, i);

      if (g_hash_table_size (person->documents) >= min_documents &&
          !covered_by_case (person, case_matchers))
        g_ptr_array_add (suggestions, suggestion_new (person));
    }
  g_ptr_array_sort (suggestions, compare_suggestions);
  return g_steal_pointer (&suggestions);
}
