/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <sqlite3.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-library.h"
#include "dossier-matcher.h"
#include "dossier-tags.h"
#include "dossier-taxonomy.h"

typedef struct
{
  char           *dir;
  char           *library_path;
  DossierLibrary *library;
  guint           n_tags_changed;
} Fixture;

static void
on_tags_changed_cb (DossierLibrary *library,
                    Fixture        *fixture)
{
  fixture->n_tags_changed++;
}

static void
open_library (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->library = dossier_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->library);
  g_signal_connect (fixture->library, "tags-changed", G_CALLBACK (on_tags_changed_cb), fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-tags-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library_path = g_build_filename (fixture->dir, "library", NULL);
  open_library (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->library);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->library_path);
  g_free (fixture->dir);
}

static DossierDatabase *
database (Fixture *fixture)
{
  return dossier_library_get_database (fixture->library);
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  dossier_database_exec (database (fixture), sql, &error);
  g_assert_no_error (error);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3 *handle = dossier_database_get_handle (database (fixture));
  sqlite3_stmt *statement = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3 *handle = dossier_database_get_handle (database (fixture));
  sqlite3_stmt *statement = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return value;
}

/* A document row as the import would leave it; the text does not matter. */
static gint64
add_document (Fixture    *fixture,
              const char *name)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO documents (sha256, title, page_count,"
                                          " pages_with_text, bytes, original_name, imported_at)"
                                          " VALUES ('%s', '%s', 1, 1, 100, '%s.pdf', 0)",
                                          name, name, name);

  exec_sql (fixture, sql);
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database (fixture)));
}

/* What a rule run does: suggests where the document has no row. */
static void
suggest (Fixture    *fixture,
         gint64      document_id,
         DossierTag *tag)
{
  g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO document_tags"
                                          " (document_id, tag_id, origin, state)"
                                          " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                                          ", 'rule', 'suggested')",
                                          document_id, dossier_tag_get_id (tag));
  exec_sql (fixture, sql);
}

static char *
row_of (Fixture    *fixture,
        gint64      document_id,
        DossierTag *tag)
{
  g_autofree char *sql = g_strdup_printf ("SELECT origin || '/' || state FROM document_tags"
                                          " WHERE document_id = %" G_GINT64_FORMAT
                                          " AND tag_id = %" G_GINT64_FORMAT,
                                          document_id, dossier_tag_get_id (tag));
  return query_text (fixture, sql);
}

static DossierTag *
create (Fixture    *fixture,
        const char *facet,
        const char *name,
        DossierTag *parent)
{
  g_autoptr(GError) error = NULL;
  DossierTagSpec spec = { .name = name, .facet = facet,
                          .parent_id = parent ? dossier_tag_get_id (parent) : 0 };
  DossierTag *tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

static DossierTag *
by_key (Fixture    *fixture,
        const char *key)
{
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_find_tag_by_key (fixture->library, key, &error);

  g_assert_no_error (error);
  return tag;
}

static gboolean
has_alias (DossierTag *tag,
           const char *alias)
{
  return g_strv_contains (dossier_tag_get_aliases (tag), alias);
}

static guint
count_tags (Fixture *fixture)
{
  return (guint) query_int (fixture, "SELECT count(*) FROM tags");
}

/* ---- schema and migration ---- */

static void
test_schema (Fixture       *fixture,
             gconstpointer  data)
{
  const char *tables[] = { "tags", "tag_aliases", "tag_rules", "document_tags", "library_settings" };

  g_assert_cmpint (query_int (fixture, "PRAGMA user_version"), ==, DOSSIER_DATABASE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master"
                                              " WHERE type = 'table' AND name = '%s'", tables[i]);
      g_assert_cmpint (query_int (fixture, sql), ==, 1);
    }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM sqlite_master"
                                       " WHERE name IN ('tags_by_name', 'document_tags_by_tag')"),
                   ==, 2);
}

static void
test_migration (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTaxonomyChanges) changes = NULL;
  g_autoptr(DossierTag) torture = NULL;
  g_autoptr(GListModel) tags = NULL;
  int have = -1, shipped = -1;

  /* A library as Dossier left it at version 2: no tag tables, a document. */
  add_document (fixture, "old");
  exec_sql (fixture, "DROP TABLE ask_documents; DROP TABLE ask_tags; DROP TABLE ask_history;"
                     "DROP TABLE asks; DROP TABLE event_documents; DROP TABLE events;"
                     "DROP TABLE document_tags; DROP TABLE tag_rules; DROP TABLE tag_aliases;"
                     "DROP TABLE tags; DROP TABLE library_settings;"
                     "DROP INDEX documents_listed_by_date; DROP INDEX documents_listed_by_date_up;"
                     "PRAGMA user_version = 2");
  g_clear_object (&fixture->library);
  open_library (fixture);

  g_assert_cmpint (query_int (fixture, "PRAGMA user_version"), ==, DOSSIER_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM documents WHERE title = 'old'"), ==, 1);
  /* Its tags are offered, not imposed. */
  g_assert_cmpuint (count_tags (fixture), ==, 0);
  g_assert_true (dossier_library_get_taxonomy_update (fixture->library, &have, &shipped, &error));
  g_assert_no_error (error);
  g_assert_cmpint (have, ==, 0);
  g_assert_cmpint (shipped, >=, 1);

  changes = dossier_library_apply_taxonomy_update (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->tags->len, ==, count_tags (fixture));
  g_assert_cmpuint (changes->tags->len, >, 50);
  g_assert_cmpint (changes->version, ==, shipped);
  torture = by_key (fixture, "torture");
  g_assert_nonnull (torture);
  g_assert_false (dossier_library_get_taxonomy_update (fixture->library, NULL, NULL, &error));
  g_assert_no_error (error);

  /* And the library works with tags. */
  tags = dossier_library_list_tags (fixture->library, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, changes->tags->len);
  g_assert_true (dossier_library_tag_document (fixture->library, 1, torture, &error));
  g_assert_no_error (error);
}

/* ---- the default taxonomy ---- */

static gboolean
has_cyrillic (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_CYRILLIC)
      return TRUE;
  return FALSE;
}

static void
test_default_taxonomy (Fixture       *fixture,
                       gconstpointer  data)
{
  const struct { const char *key; const char *facet; } required[] = {
    { "freedom-of-expression", "issue" }, { "media-freedom", "issue" },
    { "freedom-of-assembly", "issue" }, { "freedom-of-association", "issue" },
    { "freedom-of-religion", "issue" }, { "torture", "issue" }, { "fair-trial", "issue" },
    { "political-prisoners", "issue" }, { "elections", "issue" }, { "labour-rights", "issue" },
    { "human-rights-defenders", "issue" }, { "transnational-repression", "issue" },
    { "lgbti-rights", "issue" }, { "women-rights", "issue" },
    { "eu-commission", "institution" }, { "eeas", "institution" },
    { "european-parliament", "institution" }, { "council-of-the-eu", "institution" },
    { "eu-delegation", "institution" },
    { "human-rights-dialogue", "process" }, { "cooperation-council", "process" },
    { "pca-epca", "process" }, { "gsp-plus", "process" }, { "upr", "process" },
    { "kazakhstan", "country" }, { "kyrgyzstan", "country" }, { "tajikistan", "country" },
    { "turkmenistan", "country" }, { "uzbekistan", "country" }, { "armenia", "country" },
    { "azerbaijan", "country" }, { "georgia", "country" }, { "belarus", "country" },
    { "moldova", "country" }, { "ukraine", "country" }, { "russia", "country" },
    { "iphr", "organisation" }, { "nhc", "organisation" }, { "omct", "organisation" },
    { "hrw", "organisation" }, { "amnesty-international", "organisation" },
    { "fidh", "organisation" }, { "freedom-house", "organisation" }, { "kibhr", "organisation" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GListModel) issues = NULL;
  g_autoptr(DossierTag) expression = NULL;
  g_autoptr(DossierTag) media = NULL;
  g_autoptr(DossierTag) eeas = NULL;
  g_autofree char *version = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      g_autoptr(DossierTag) tag = by_key (fixture, required[i].key);

      g_test_message ("%s", required[i].key);
      g_assert_nonnull (tag);
      g_assert_cmpstr (dossier_tag_get_facet (tag), ==, required[i].facet);
      g_assert_nonnull (dossier_tag_get_description (tag));
      g_assert_nonnull (dossier_tag_get_colour (tag));
    }
  version = query_text (fixture, "SELECT value FROM library_settings WHERE key = 'taxonomy-version'");
  g_assert_cmpstr (version, ==, "1");
  g_assert_false (dossier_library_get_taxonomy_update (fixture->library, NULL, NULL, &error));
  g_assert_no_error (error);

  expression = by_key (fixture, "freedom-of-expression");
  media = by_key (fixture, "media-freedom");
  g_assert_cmpint (dossier_tag_get_parent_id (media), ==, dossier_tag_get_id (expression));
  g_assert_cmpstr (dossier_tag_get_colour (media), ==, dossier_tag_get_colour (expression));
  eeas = by_key (fixture, "eeas");
  g_assert_true (has_alias (eeas, "EEAS"));
  g_assert_true (has_alias (eeas, "ЕСВД"));
  g_assert_true (has_alias (eeas, "SEAE"));

  /* Every rule shipped is one the matcher takes. */
  rules = dossier_library_list_tag_rules (fixture->library, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, >, 500);
  for (guint i = 0; i < rules->len; i++)
    {
      DossierTagRule *rule = g_ptr_array_index (rules, i);
      g_autoptr(GError) rule_error = NULL;
      g_autoptr(DossierMatcher) matcher = dossier_matcher_new (rule->mode, rule->pattern,
                                                               &rule_error);

      g_test_message ("rule “%s”", rule->pattern);
      g_assert_no_error (rule_error);
      g_assert_nonnull (matcher);
    }

  /* Every issue has rules in English and in Russian. */
  issues = dossier_library_list_tags (fixture->library, DOSSIER_FACET_ISSUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (issues), >=, 20);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (issues, i);
      g_autoptr(GPtrArray) tag_rules = dossier_library_list_tag_rules (fixture->library, tag, NULL);
      gboolean latin = FALSE, cyrillic = FALSE;

      for (guint r = 0; r < tag_rules->len; r++)
        {
          DossierTagRule *rule = g_ptr_array_index (tag_rules, r);

          if (has_cyrillic (rule->pattern))
            cyrillic = TRUE;
          else
            latin = TRUE;
        }
      g_test_message ("%s", dossier_tag_get_key (tag));
      g_assert_true (latin);
      g_assert_true (cyrillic);
      g_assert_nonnull (dossier_tag_get_description (tag));
    }
}

/* ---- tags ---- */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  const char *aliases[] = { "Козлов", "V. Kozlov", NULL };
  const char *rules[] = { "Kozlov", "Vladimir Kozlov", NULL };
  const DossierRuleMode modes[] = { DOSSIER_RULE_ANY_WORD, DOSSIER_RULE_PHRASE };
  const char *bad_rules[] = { "fine", "(", NULL };
  DossierTagSpec spec = { .name = "  Vladimir Kozlov ", .facet = "Case", .aliases = aliases,
                          .rules = rules, .rule_modes = modes, .description = " Jailed. ",
                          .confidential = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) kozlov = NULL;
  g_autoptr(DossierTag) parent = NULL;
  g_autoptr(DossierTag) child = NULL;
  g_autoptr(DossierTag) failed = NULL;
  g_autoptr(GPtrArray) stored_rules = NULL;
  guint before;

  kozlov = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_name (kozlov), ==, "Vladimir Kozlov");
  g_assert_cmpstr (dossier_tag_get_facet (kozlov), ==, "case");
  g_assert_null (dossier_tag_get_key (kozlov));
  g_assert_cmpstr (dossier_tag_get_description (kozlov), ==, "Jailed.");
  g_assert_true (dossier_tag_get_confidential (kozlov));
  g_assert_cmpstr (dossier_tag_get_colour (kozlov), ==, dossier_tag_default_colour ("case"));
  g_assert_true (has_alias (kozlov, "Козлов"));
  g_assert_true (has_alias (kozlov, "V. Kozlov"));
  stored_rules = dossier_library_list_tag_rules (fixture->library, kozlov, &error);
  g_assert_cmpuint (stored_rules->len, ==, 2);
  g_assert_cmpint (((DossierTagRule *) stored_rules->pdata[1])->mode, ==, DOSSIER_RULE_PHRASE);
  g_assert_cmpuint (fixture->n_tags_changed, ==, 1);

  /* A facet of one's own, a colour of one's own, a child takes its parent's. */
  spec = (DossierTagSpec) { .name = "Grants", .facet = "donor", .colour = "#ABC" };
  parent = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_colour (parent), ==, "#aabbcc");
  child = create (fixture, "donor", "Small grants", parent);
  g_assert_cmpstr (dossier_tag_get_colour (child), ==, "#aabbcc");
  g_assert_cmpint (dossier_tag_get_parent_id (child), ==, dossier_tag_get_id (parent));

  /* What is refused, and leaves nothing behind. */
  before = count_tags (fixture);
  spec = (DossierTagSpec) { .name = "vladimir KOZLOV", .facet = "case" };
  failed = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_assert_null (failed);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "Дело", .facet = "case" };
  g_clear_object (&failed);
  failed = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_clear_object (&failed);
  spec = (DossierTagSpec) { .name = "дело", .facet = "case" };
  failed = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  before = count_tags (fixture);

  spec = (DossierTagSpec) { .name = "  ", .facet = "case" };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "X", .facet = "no/such" };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "X", .facet = "issue", .colour = "blue" };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "X", .facet = "issue", .parent_id = dossier_tag_get_id (kozlov) };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "X", .facet = "issue", .key = "torture" };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  spec = (DossierTagSpec) { .name = "X", .facet = "issue", .rules = bad_rules,
                            .rule_mode = DOSSIER_RULE_REGEX };
  g_assert_null (dossier_library_create_tag (fixture->library, &spec, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpuint (count_tags (fixture), ==, before);
}

static void
test_find (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) case_georgia = create (fixture, "case", "Georgia", NULL);
  g_autoptr(DossierTag) country = by_key (fixture, "georgia");
  g_autoptr(DossierTag) found = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dossier_tag_get_id (country));

  found = dossier_library_lookup_tag (fixture->library, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_id (found), ==, dossier_tag_get_id (country));
  g_clear_object (&found);

  /* A name two facets share needs its facet. */
  found = dossier_library_lookup_tag (fixture->library, "georgia", &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "country:"));
  g_assert_null (found);
  g_clear_error (&error);
  found = dossier_library_lookup_tag (fixture->library, "country:GEORGIA", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_id (found), ==, dossier_tag_get_id (country));
  g_clear_object (&found);
  found = dossier_library_find_tag_by_name (fixture->library, "case", "georgia", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_id (found), ==, dossier_tag_get_id (case_georgia));
  g_clear_object (&found);

  /* Case-insensitive in any script, and by alias. */
  found = dossier_library_lookup_tag (fixture->library, "  TORTURE AND ILL-TREATMENT ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_key (found), ==, "torture");
  g_clear_object (&found);
  found = dossier_library_lookup_tag (fixture->library, "есвд", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_key (found), ==, "eeas");
  g_clear_object (&found);

  found = dossier_library_lookup_tag (fixture->library, "Nowhere", &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = dossier_library_lookup_tag (fixture->library, "999999", &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = dossier_library_find_tag_by_key (fixture->library, "no-such-key", &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_list_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) own = create (fixture, "donor", "Some fund", NULL);
  g_autoptr(GListModel) tags = dossier_library_list_tags (fixture->library, NULL, &error);
  g_auto(GStrv) facets = dossier_library_list_facets (fixture->library, &error);
  guint n = g_list_model_get_n_items (tags);
  guint expression = G_MAXUINT, media = G_MAXUINT;
  const char *last_facet = NULL;
  g_autoptr(DossierTag) first = g_list_model_get_item (tags, 0);
  g_autoptr(DossierTag) last = g_list_model_get_item (tags, n - 1);

  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_facet (first), ==, "issue");
  g_assert_cmpstr (dossier_tag_get_name (last), ==, "Some fund");
  g_assert_cmpstr (facets[0], ==, "issue");
  g_assert_cmpstr (facets[g_strv_length (facets) - 1], ==, "donor");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);

      /* Facets are contiguous. */
      if (g_strcmp0 (last_facet, dossier_tag_get_facet (tag)) != 0)
        last_facet = dossier_tag_get_facet (tag);
      if (g_strcmp0 (dossier_tag_get_key (tag), "freedom-of-expression") == 0)
        {
          expression = i;
          g_assert_cmpuint (dossier_tag_get_depth (tag), ==, 0);
        }
      if (g_strcmp0 (dossier_tag_get_key (tag), "media-freedom") == 0)
        {
          media = i;
          g_assert_cmpuint (dossier_tag_get_depth (tag), ==, 1);
        }
    }
  /* A child comes after its parent, before the next tag at the top. */
  g_assert_cmpuint (expression, <, media);
  for (guint i = expression + 1; i <= media; i++)
    {
      g_autoptr(DossierTag) tag = g_list_model_get_item (tags, i);
      g_assert_cmpuint (dossier_tag_get_depth (tag), >, 0);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = create (fixture, "case", "Ivan Ivanov", NULL);
  g_autoptr(DossierTag) other = create (fixture, "case", "Maria Ivanova", NULL);
  g_autoptr(DossierTag) again = NULL;
  guint n_name = 0;

  g_signal_connect (tag, "notify::name", G_CALLBACK (count_notify_cb), &n_name);
  g_assert_true (dossier_library_rename_tag (fixture->library, tag, "Ivan Petrov", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_name, ==, 1);
  g_assert_false (dossier_library_rename_tag (fixture->library, tag, "MARIA ivanova", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpuint (n_name, ==, 1);
  /* Another case only in its case. */
  g_assert_true (dossier_library_rename_tag (fixture->library, tag, "IVAN PETROV", &error));
  g_assert_no_error (error);

  g_assert_true (dossier_library_set_tag_colour (fixture->library, tag, "#123ABC", &error));
  g_assert_cmpstr (dossier_tag_get_colour (tag), ==, "#123abc");
  g_assert_false (dossier_library_set_tag_colour (fixture->library, tag, "#12345", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (dossier_library_set_tag_description (fixture->library, tag, "Sentenced in 2016", &error));
  g_assert_true (dossier_library_set_tag_confidential (fixture->library, tag, TRUE, &error));
  g_assert_no_error (error);

  again = dossier_library_find_tag (fixture->library, dossier_tag_get_id (tag), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_tag_get_name (again), ==, "IVAN PETROV");
  g_assert_cmpstr (dossier_tag_get_colour (again), ==, "#123abc");
  g_assert_cmpstr (dossier_tag_get_description (again), ==, "Sentenced in 2016");
  g_assert_true (dossier_tag_get_confidential (again));
  g_assert_true (dossier_library_set_tag_colour (fixture->library, tag, NULL, &error));
  g_assert_cmpstr (dossier_tag_get_colour (tag), ==, dossier_tag_default_colour ("case"));
  g_assert_cmpuint (fixture->n_tags_changed, ==, 2 + 2 + 1 + 1 + 1 + 1);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) a = create (fixture, "issue", "A", NULL);
  g_autoptr(DossierTag) b = create (fixture, "issue", "B", a);
  g_autoptr(DossierTag) c = create (fixture, "issue", "C", b);
  g_autoptr(DossierTag) elsewhere = create (fixture, "case", "Someone", NULL);

  g_assert_false (dossier_library_move_tag (fixture->library, a, c, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "sub-tags"));
  g_clear_error (&error);
  g_assert_false (dossier_library_move_tag (fixture->library, a, a, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dossier_library_move_tag (fixture->library, c, elsewhere, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (dossier_tag_get_parent_id (a), ==, 0);

  /* C to the top, then A under C: no loop any more. */
  g_assert_true (dossier_library_move_tag (fixture->library, c, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_parent_id (c), ==, 0);
  g_assert_true (dossier_library_move_tag (fixture->library, a, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT parent_id FROM tags WHERE name = 'A'"), ==,
                   dossier_tag_get_id (c));
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) from = create (fixture, "case", "V. Kozlov", NULL);
  g_autoptr(DossierTag) into = create (fixture, "case", "Vladimir Kozlov", NULL);
  g_autoptr(DossierTag) child = create (fixture, "case", "Kozlov appeal", from);
  g_autoptr(DossierTag) gone = NULL;
  gint64 docs[6];

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autofree char *name = g_strdup_printf ("d%u", i);
      docs[i] = add_document (fixture, name);
    }
  g_assert_true (dossier_library_add_tag_alias (fixture->library, from, "Козлов", &error));
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, from, DOSSIER_RULE_ANY_WORD,
                                                 "Kozlov", &error), >, 0);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, into, DOSSIER_RULE_ANY_WORD,
                                                 "Kozlov", &error), >, 0);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, from, DOSSIER_RULE_PHRASE,
                                                 "Vladimir Kozlov", &error), >, 0);
  g_assert_no_error (error);

  /* d0: only from, rejected      → rejected on into
   * d1: from suggested, into rejected → rejected (a decision beats a guess)
   * d2: from accepted, into rejected  → accepted
   * d3: from suggested, into suggested → suggested
   * d4: from rejected, into accepted  → accepted
   * d5: from manual accepted, into rule suggested → manual accepted */
  g_assert_true (dossier_library_untag_document (fixture->library, docs[0], from, &error));
  suggest (fixture, docs[1], from);
  g_assert_true (dossier_library_untag_document (fixture->library, docs[1], into, &error));
  g_assert_true (dossier_library_tag_document (fixture->library, docs[2], from, &error));
  g_assert_true (dossier_library_untag_document (fixture->library, docs[2], into, &error));
  suggest (fixture, docs[3], from);
  suggest (fixture, docs[3], into);
  g_assert_true (dossier_library_untag_document (fixture->library, docs[4], from, &error));
  g_assert_true (dossier_library_tag_document (fixture->library, docs[4], into, &error));
  g_assert_true (dossier_library_tag_document (fixture->library, docs[5], from, &error));
  suggest (fixture, docs[5], into);
  g_assert_no_error (error);

  g_assert_true (dossier_library_merge_tags (fixture->library, from, into, &error));
  g_assert_no_error (error);

  gone = dossier_library_find_tag (fixture->library, dossier_tag_get_id (from), &error);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autofree char *d0 = row_of (fixture, docs[0], into);
    g_autofree char *d1 = row_of (fixture, docs[1], into);
    g_autofree char *d2 = row_of (fixture, docs[2], into);
    g_autofree char *d3 = row_of (fixture, docs[3], into);
    g_autofree char *d4 = row_of (fixture, docs[4], into);
    g_autofree char *d5 = row_of (fixture, docs[5], into);

    g_assert_cmpstr (d0, ==, "manual/rejected");
    g_assert_cmpstr (d1, ==, "manual/rejected");
    g_assert_cmpstr (d2, ==, "manual/accepted");
    g_assert_cmpstr (d3, ==, "rule/suggested");
    g_assert_cmpstr (d4, ==, "manual/accepted");
    g_assert_cmpstr (d5, ==, "manual/accepted");
  }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM document_tags"), ==, 6);

  /* Aliases, its name among them; rules without repeats; children. */
  g_assert_true (has_alias (into, "Козлов"));
  g_assert_true (has_alias (into, "V. Kozlov"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tag_rules WHERE tag_id = (SELECT id"
                                       " FROM tags WHERE name = 'Vladimir Kozlov')"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT parent_id FROM tags WHERE name = 'Kozlov appeal'"),
                   ==, dossier_tag_get_id (into));

  g_assert_false (dossier_library_merge_tags (fixture->library, into, into, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
}

static void
test_merge_into_descendant (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) top = create (fixture, "issue", "Top", NULL);
  g_autoptr(DossierTag) a = create (fixture, "issue", "A", top);
  g_autoptr(DossierTag) b = create (fixture, "issue", "B", a);
  g_autoptr(DossierTag) c = create (fixture, "issue", "C", b);
  g_autoptr(GListModel) tags = NULL;

  /* A into its grandchild C: C takes A's place, B goes under C. */
  g_assert_true (dossier_library_merge_tags (fixture->library, a, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_tag_get_parent_id (c), ==, dossier_tag_get_id (top));
  g_assert_cmpint (query_int (fixture, "SELECT parent_id FROM tags WHERE name = 'B'"), ==,
                   dossier_tag_get_id (c));
  tags = dossier_library_list_tags (fixture->library, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, count_tags (fixture));
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) expression = by_key (fixture, "freedom-of-expression");
  g_autoptr(DossierTag) media = by_key (fixture, "media-freedom");
  g_autoptr(DossierTag) own = create (fixture, "issue", "Bloggers", media);
  gint64 document = add_document (fixture, "d");
  g_autofree char *deleted = NULL;

  g_assert_true (dossier_library_tag_document (fixture->library, document, media, &error));
  g_assert_true (dossier_library_delete_tag (fixture->library, media, &error));
  g_assert_no_error (error);
  /* Its child moves up; its documents lose it; its key is remembered. */
  g_assert_cmpint (query_int (fixture, "SELECT parent_id FROM tags WHERE name = 'Bloggers'"), ==,
                   dossier_tag_get_id (expression));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM document_tags"), ==, 0);
  deleted = query_text (fixture, "SELECT value FROM library_settings WHERE key = 'taxonomy-deleted'");
  g_assert_cmpstr (deleted, ==, "media-freedom");

  g_assert_true (dossier_library_delete_tag (fixture->library, own, &error));
  g_assert_false (dossier_library_delete_tag (fixture->library, own, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_aliases_rules (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = create (fixture, "organisation", "Bir Duino", NULL);
  g_autoptr(GPtrArray) rules = NULL;
  gint64 rule;

  g_assert_true (dossier_library_add_tag_alias (fixture->library, tag, " Бир Дуйно ", &error));
  g_assert_no_error (error);
  g_assert_true (has_alias (tag, "Бир Дуйно"));
  g_assert_false (dossier_library_add_tag_alias (fixture->library, tag, "бир дуйно", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (dossier_library_add_tag_alias (fixture->library, tag, "BIR DUINO", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (dossier_library_add_tag_alias (fixture->library, tag, "", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (dossier_library_remove_tag_alias (fixture->library, tag, "Бир Дуйно", &error));
  g_assert_false (has_alias (tag, "Бир Дуйно"));
  g_assert_false (dossier_library_remove_tag_alias (fixture->library, tag, "Бир Дуйно", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  rule = dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_PHRASE,
                                       "Bir Duino", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rule, >, 0);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_PHRASE,
                                                 "Bir Duino", &error), ==, 0);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_REGEX,
                                                 "[unclosed", &error), ==, 0);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_ALL_WORDS,
                                                 " ", &error), ==, 0);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_REGEX,
                                                 "bir\\s+duino", &error), >, 0);
  rules = dossier_library_list_tag_rules (fixture->library, tag, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 2);
  g_assert_cmpint (((DossierTagRule *) rules->pdata[0])->id, ==, rule);
  g_assert_cmpstr (((DossierTagRule *) rules->pdata[1])->pattern, ==, "bir\\s+duino");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tag_rules WHERE mode = 'regex'"
                                       " AND pattern = 'bir\\s+duino'"), ==, 1);
  g_assert_true (dossier_library_remove_tag_rule (fixture->library, rule, &error));
  g_assert_false (dossier_library_remove_tag_rule (fixture->library, rule, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

/* ---- the tags of documents ---- */

static void
test_document_tags (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) torture = by_key (fixture, "torture");
  g_autoptr(DossierTag) media = by_key (fixture, "media-freedom");
  g_autoptr(DossierTag) kazakhstan = by_key (fixture, "kazakhstan");
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GHashTable) all = NULL;
  gint64 document = add_document (fixture, "letter");
  gint64 other = add_document (fixture, "other");
  DossierTag *both[2];

  /* A manual tag, then removed: the decision stays, a rule run does not
   * bring it back. */
  g_assert_true (dossier_library_tag_document (fixture->library, document, torture, &error));
  g_assert_no_error (error);
  {
    g_autofree char *row = row_of (fixture, document, torture);
    g_assert_cmpstr (row, ==, "manual/accepted");
  }
  g_assert_true (dossier_library_untag_document (fixture->library, document, torture, &error));
  suggest (fixture, document, torture);
  {
    g_autofree char *row = row_of (fixture, document, torture);
    g_assert_cmpstr (row, ==, "manual/rejected");
  }

  /* A suggestion, accepted, keeps its origin. */
  suggest (fixture, document, media);
  tags = dossier_library_list_document_tags (fixture->library, document, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, 1);
  g_assert_cmpstr (dossier_tag_get_key (((DossierDocumentTag *) tags->pdata[0])->tag), ==,
                   "media-freedom");
  g_assert_cmpint (((DossierDocumentTag *) tags->pdata[0])->state, ==, DOSSIER_TAG_SUGGESTED);
  g_assert_cmpint (((DossierDocumentTag *) tags->pdata[0])->origin, ==, DOSSIER_TAG_ORIGIN_RULE);
  g_clear_pointer (&tags, g_ptr_array_unref);
  g_assert_true (dossier_library_accept_document_tag (fixture->library, document, media, &error));
  {
    g_autofree char *row = row_of (fixture, document, media);
    g_assert_cmpstr (row, ==, "rule/accepted");
  }
  /* A suggestion rejected. */
  suggest (fixture, other, media);
  g_assert_true (dossier_library_reject_document_tag (fixture->library, other, media, &error));
  {
    g_autofree char *row = row_of (fixture, other, media);
    g_assert_cmpstr (row, ==, "rule/rejected");
  }
  /* Tagging again what was removed makes it the user's. */
  both[0] = torture;
  both[1] = kazakhstan;
  g_assert_true (dossier_library_set_document_tags (fixture->library, document, both, 2,
                                                    DOSSIER_TAG_ACCEPTED, &error));
  g_assert_no_error (error);
  {
    g_autofree char *row = row_of (fixture, document, torture);
    g_assert_cmpstr (row, ==, "manual/accepted");
  }

  tags = dossier_library_list_document_tags (fixture->library, document, FALSE, &error);
  g_assert_cmpuint (tags->len, ==, 3);
  /* In display order: issues (torture's tree after media's), then countries. */
  g_assert_cmpstr (dossier_tag_get_facet (((DossierDocumentTag *) tags->pdata[2])->tag), ==,
                   "country");
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = dossier_library_list_document_tags (fixture->library, other, FALSE, &error);
  g_assert_cmpuint (tags->len, ==, 0);
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = dossier_library_list_document_tags (fixture->library, other, TRUE, &error);
  g_assert_cmpuint (tags->len, ==, 1);
  g_assert_cmpint (((DossierDocumentTag *) tags->pdata[0])->state, ==, DOSSIER_TAG_REJECTED);

  all = dossier_library_list_all_document_tags (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (((GPtrArray *) g_hash_table_lookup (all, &document))->len, ==, 3);
  g_assert_null (g_hash_table_lookup (all, &other));

  /* Untagging several at once, in one go; a missing document is said so. */
  g_assert_true (dossier_library_set_document_tags (fixture->library, document, both, 2,
                                                    DOSSIER_TAG_REJECTED, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM document_tags"
                                       " WHERE state = 'rejected'"), ==, 3);
  g_assert_false (dossier_library_tag_document (fixture->library, 4242, torture, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The tag counts leave out what was rejected. */
  {
    g_autoptr(GListModel) list = dossier_library_list_tags (fixture->library, "issue", &error);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(DossierTag) tag = g_list_model_get_item (list, i);

        if (g_strcmp0 (dossier_tag_get_key (tag), "media-freedom") == 0)
          g_assert_cmpuint (dossier_tag_get_n_documents (tag), ==, 1);
        if (g_strcmp0 (dossier_tag_get_key (tag), "torture") == 0)
          g_assert_cmpuint (dossier_tag_get_n_documents (tag), ==, 0);
      }
  }
}

/* ---- taxonomy updates ---- */

static const char taxonomy_v2[] =
  "{ \"version\": 2, \"tags\": ["
  "  { \"key\": \"freedom-of-expression\", \"facet\": \"issue\", \"name\": \"Freedom of expression\","
  "    \"aliases\": [\"Свобода слова\", { \"alias\": \"Free speech\", \"since\": 2 }] },"
  "  { \"key\": \"media-freedom\", \"facet\": \"issue\", \"name\": \"Media freedom\","
  "    \"parent\": \"freedom-of-expression\" },"
  "  { \"key\": \"torture\", \"facet\": \"issue\", \"name\": \"Torture and ill-treatment\" },"
  "  { \"key\": \"elections\", \"facet\": \"issue\", \"name\": \"Elections\","
  "    \"rules\": { \"any\": [\"election*\", { \"pattern\": \"plebiscit*\", \"since\": 2 }] } },"
  "  { \"key\": \"academic-freedom\", \"facet\": \"issue\", \"name\": \"Academic freedom\","
  "    \"parent\": \"freedom-of-expression\", \"since\": 2,"
  "    \"aliases\": [\"Академическая свобода\"], \"rules\": { \"phrase\": [\"academic freedom\"] } },"
  "  { \"key\": \"old-gone\", \"facet\": \"issue\", \"name\": \"Removed long ago\", \"since\": 1 }"
  "] }";

static gboolean
apply_v2 (Fixture  *fixture,
          GArray   *added,
          guint    *n_aliases,
          guint    *n_rules)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (taxonomy_v2, strlen (taxonomy_v2));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (dossier_database_begin (database (fixture), &error));
  ok = dossier_taxonomy_apply (database (fixture), bytes, added, n_aliases, n_rules, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_database_commit (database (fixture), &error));
  return ok;
}

static void
test_taxonomy_update (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) torture = by_key (fixture, "torture");
  g_autoptr(DossierTag) media = by_key (fixture, "media-freedom");
  g_autoptr(DossierTag) expression = by_key (fixture, "freedom-of-expression");
  g_autoptr(DossierTag) elections = by_key (fixture, "elections");
  g_autoptr(DossierTag) academic = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_aliases = 0, n_rules = 0;
  guint before;

  /* What the user did with the tags of version 1. */
  g_assert_true (dossier_library_delete_tag (fixture->library, torture, &error));
  g_assert_true (dossier_library_rename_tag (fixture->library, media, "Press", &error));
  g_assert_true (dossier_library_remove_tag_alias (fixture->library, expression, "Свобода слова",
                                                   &error));
  rules = dossier_library_list_tag_rules (fixture->library, elections, &error);
  for (guint i = 0; i < rules->len; i++)
    if (g_str_equal (((DossierTagRule *) rules->pdata[i])->pattern, "election*"))
      g_assert_true (dossier_library_remove_tag_rule (fixture->library,
                                                      ((DossierTagRule *) rules->pdata[i])->id,
                                                      &error));
  g_assert_no_error (error);
  before = count_tags (fixture);

  g_assert_true (apply_v2 (fixture, added, &n_aliases, &n_rules));
  /* Only what version 2 brought. */
  g_assert_cmpuint (added->len, ==, 1);
  g_assert_cmpuint (n_aliases, ==, 1);
  g_assert_cmpuint (n_rules, ==, 1);
  g_assert_cmpuint (count_tags (fixture), ==, before + 1);
  academic = by_key (fixture, "academic-freedom");
  g_assert_cmpint (g_array_index (added, gint64, 0), ==, dossier_tag_get_id (academic));
  g_assert_cmpint (dossier_tag_get_parent_id (academic), ==, dossier_tag_get_id (expression));
  g_assert_true (has_alias (academic, "Академическая свобода"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tags WHERE key = 'torture'"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tags WHERE key = 'old-gone'"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tags WHERE name = 'Press'"), ==, 1);
  g_clear_object (&expression);
  expression = by_key (fixture, "freedom-of-expression");
  g_assert_false (has_alias (expression, "Свобода слова"));
  g_assert_true (has_alias (expression, "Free speech"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tag_rules WHERE pattern = 'election*'"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tag_rules WHERE pattern = 'plebiscit*'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT value FROM library_settings"
                                       " WHERE key = 'taxonomy-version'"), ==, 2);

  /* Twice changes nothing. */
  g_array_set_size (added, 0);
  g_assert_true (apply_v2 (fixture, added, &n_aliases, &n_rules));
  g_assert_cmpuint (added->len + n_aliases + n_rules, ==, 0);
}

static void
test_taxonomy_update_respects_deletions (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) torture = by_key (fixture, "torture");
  g_autoptr(DossierTag) fair_trial = by_key (fixture, "fair-trial");
  g_autoptr(DossierTag) prisoners = by_key (fixture, "political-prisoners");
  g_autoptr(DossierTag) own = NULL;
  g_autoptr(DossierTaxonomyChanges) changes = NULL;
  DossierTagSpec spec = { .name = "Torture and ill-treatment", .facet = "issue" };
  guint before;

  /* Deleted, and one merged away; then the library forgets its version, as
   * if an older Dossier had written it. */
  g_assert_true (dossier_library_delete_tag (fixture->library, torture, &error));
  g_assert_true (dossier_library_merge_tags (fixture->library, fair_trial, prisoners, &error));
  g_assert_no_error (error);
  exec_sql (fixture, "DELETE FROM library_settings WHERE key = 'taxonomy-version'");
  before = count_tags (fixture);
  g_assert_true (dossier_library_get_taxonomy_update (fixture->library, NULL, NULL, &error));

  changes = dossier_library_apply_taxonomy_update (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->tags->len, ==, 0);
  g_assert_cmpuint (count_tags (fixture), ==, before);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tags"
                                       " WHERE key IN ('torture', 'fair-trial')"), ==, 0);
  g_clear_pointer (&changes, dossier_taxonomy_changes_free);

  /* A tag of the user's with a default tag's name is adopted, not doubled. */
  exec_sql (fixture, "UPDATE library_settings SET value = '' WHERE key = 'taxonomy-deleted'");
  exec_sql (fixture, "DELETE FROM library_settings WHERE key = 'taxonomy-version'");
  own = dossier_library_create_tag (fixture->library, &spec, &error);
  g_assert_no_error (error);
  changes = dossier_library_apply_taxonomy_update (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tags"
                                       " WHERE name = 'Torture and ill-treatment'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT id FROM tags WHERE key = 'torture'"), ==,
                   dossier_tag_get_id (own));
  g_assert_cmpuint (changes->tags->len, ==, 1);
  g_assert_cmpstr (dossier_tag_get_key (changes->tags->pdata[0]), ==, "fair-trial");
}

/* ---- finding a tag by what is typed ---- */

static void
test_match_typed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierTag) tag = dossier_tag_new (1, NULL, "Liberté de la presse", "issue");
  g_autoptr(DossierTag) person = dossier_tag_new (2, NULL, "Пётр Ёжов", "case");
  const char * const aliases[] = { "Press freedom", "RSF", NULL };

  dossier_tag_set_aliases (tag, aliases);

  g_assert_cmpint (dossier_tag_match_typed (tag, "liberte de la presse "), ==,
                   DOSSIER_TAG_MATCH_NAME);
  g_assert_cmpint (dossier_tag_match_typed (tag, "LIB"), ==, DOSSIER_TAG_MATCH_NAME_PREFIX);
  g_assert_cmpint (dossier_tag_match_typed (tag, "rsf"), ==, DOSSIER_TAG_MATCH_ALIAS);
  g_assert_cmpint (dossier_tag_match_typed (tag, "press"), ==, DOSSIER_TAG_MATCH_ALIAS_PREFIX);
  g_assert_cmpint (dossier_tag_match_typed (tag, "Presse"), ==, DOSSIER_TAG_MATCH_NAME_WORD);
  g_assert_cmpint (dossier_tag_match_typed (tag, "free"), ==, DOSSIER_TAG_MATCH_ALIAS_WORD);
  /* Words start at a word's start only, and empty text finds nothing. */
  g_assert_cmpint (dossier_tag_match_typed (tag, "berte"), ==, DOSSIER_TAG_MATCH_NONE);
  g_assert_cmpint (dossier_tag_match_typed (tag, "  "), ==, DOSSIER_TAG_MATCH_NONE);
  g_assert_cmpint (dossier_tag_match_typed (tag, "presses"), ==, DOSSIER_TAG_MATCH_NONE);
  /* ё is е, in any case. */
  g_assert_cmpint (dossier_tag_match_typed (person, "ежов"), ==, DOSSIER_TAG_MATCH_NAME_WORD);
  g_assert_cmpint (dossier_tag_match_typed (person, "ПЕТР"), ==, DOSSIER_TAG_MATCH_NAME_PREFIX);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tags/schema", test_schema);
  ADD ("/tags/migration", test_migration);
  ADD ("/tags/taxonomy/default", test_default_taxonomy);
  ADD ("/tags/create", test_create);
  ADD ("/tags/find", test_find);
  ADD ("/tags/list-order", test_list_order);
  ADD ("/tags/edit", test_edit);
  ADD ("/tags/move", test_move);
  ADD ("/tags/merge", test_merge);
  ADD ("/tags/merge-into-descendant", test_merge_into_descendant);
  ADD ("/tags/delete", test_delete);
  ADD ("/tags/aliases-rules", test_aliases_rules);
  ADD ("/tags/document-tags", test_document_tags);
  ADD ("/tags/taxonomy/update", test_taxonomy_update);
  ADD ("/tags/taxonomy/update-respects-deletions", test_taxonomy_update_respects_deletions);
  ADD ("/tags/match-typed", test_match_typed);
#undef ADD

  return g_test_run ();
}
