/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gstdio.h>

#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-rules.h"
#include "dossier-tags.h"

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  GHashTable     *ids;        /* letter name → document id (as a pointer) */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-rules-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->ids = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  /* "changed" notifications still queued hold the library. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->library);
  g_hash_table_unref (fixture->ids);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

/* Imports sample letters by name (NULL-terminated). */
static void
import_letters (Fixture    *fixture,
                const char *first,
                ...)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *file = g_strconcat (name, ".pdf", NULL);
      char *path = g_build_filename (fixture->dir, file, NULL);

      dossier_fixture_write_letter (path, dossier_fixture_letter (name));
      g_ptr_array_add (paths, path);
      g_ptr_array_add (names, (gpointer) name);
    }
  va_end (args);
  g_ptr_array_add (paths, NULL);

  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, names->len);
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      g_hash_table_insert (fixture->ids, g_ptr_array_index (names, i),
                           GINT_TO_POINTER ((int) result->id));
    }
}

static gint64
id_of (Fixture    *fixture,
       const char *name)
{
  gpointer id = g_hash_table_lookup (fixture->ids, name);

  g_assert_nonnull (id);
  return GPOINTER_TO_INT (id);
}

static DossierTag *
create_tag (Fixture            *fixture,
            const char         *facet,
            const char         *name,
            const char * const *aliases,
            DossierRuleMode     mode,
            const char         *rule)
{
  const char *rules[] = { rule, NULL };
  DossierTagSpec spec = {
    .name = name,
    .facet = facet,
    .aliases = aliases,
    .rules = rule != NULL ? rules : NULL,
    .rule_mode = mode,
  };
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

/* What @document has of @tag: TRUE with its origin and state, or FALSE. */
static gboolean
find_document_tag (Fixture          *fixture,
                   const char       *document,
                   DossierTag       *tag,
                   DossierTagOrigin *origin,
                   DossierTagState  *state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tags = NULL;

  tags = dossier_library_list_document_tags (fixture->library, id_of (fixture, document), TRUE,
                                             &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (tags, i);

      if (dossier_tag_get_id (document_tag->tag) == dossier_tag_get_id (tag))
        {
          *origin = document_tag->origin;
          *state = document_tag->state;
          return TRUE;
        }
    }
  return FALSE;
}

static void
assert_tag (Fixture          *fixture,
            const char       *document,
            DossierTag       *tag,
            DossierTagOrigin  origin,
            DossierTagState   state)
{
  DossierTagOrigin found_origin;
  DossierTagState found_state;

  if (!find_document_tag (fixture, document, tag, &found_origin, &found_state))
    g_error ("%s does not have the tag “%s”", document, dossier_tag_get_name (tag));
  g_assert_cmpstr (dossier_tag_origin_to_string (found_origin), ==,
                   dossier_tag_origin_to_string (origin));
  g_assert_cmpstr (dossier_tag_state_to_string (found_state), ==,
                   dossier_tag_state_to_string (state));
}

static void
assert_no_tag (Fixture    *fixture,
               const char *document,
               DossierTag *tag)
{
  DossierTagOrigin origin;
  DossierTagState state;

  if (find_document_tag (fixture, document, tag, &origin, &state))
    g_error ("%s has the tag “%s” (%s, %s)", document, dossier_tag_get_name (tag),
             dossier_tag_origin_to_string (origin), dossier_tag_state_to_string (state));
}

static DossierRuleCounts
apply_rules (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts = { 0 };

  g_assert_true (dossier_library_apply_rules (fixture->library, NULL, NULL, NULL, &counts,
                                              &error));
  g_assert_no_error (error);
  return counts;
}

/* A case matches its name in another script and grammatical form, with
 * no rule of its own: "Vladimir Kozlov" in a letter that only says
 * "Владимира Козлова". */
static void
test_name_across_scripts (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DossierTag) kozlov = create_tag (fixture, DOSSIER_FACET_CASE, "Vladimir Kozlov",
                                             NULL, DOSSIER_RULE_ANY_WORD, NULL);
  g_autoptr(DossierTag) hasanli = create_tag (fixture, DOSSIER_FACET_CASE, "Elnur Hasanli",
                                              NULL, DOSSIER_RULE_ANY_WORD, NULL);
  const char *body = dossier_fixture_letter ("ru-appeal")->pages[0];

  /* The letter names him only in oblique cases. */
  g_assert_null (strstr (body, "Владимир Козлов"));
  g_assert_nonnull (strstr (body, "Козлова"));

  import_letters (fixture, "ru-appeal", "en-statement", NULL);
  assert_tag (fixture, "ru-appeal", kozlov, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "ru-appeal", hasanli);
  assert_tag (fixture, "en-statement", hasanli, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "en-statement", kozlov);
}

/* A tag whose rule exists before the import is suggested by the import. */
static void
test_on_import (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DossierTag) health = create_tag (fixture, DOSSIER_FACET_ISSUE, "Health in detention",
                                             NULL, DOSSIER_RULE_PHRASE, "prison doctor");
  g_autoptr(DossierTag) religion = create_tag (fixture, DOSSIER_FACET_ISSUE,
                                               "Unregistered worship", NULL,
                                               DOSSIER_RULE_ANY_WORD, "congregation worship");
  DossierRuleCounts counts;

  import_letters (fixture, "en-prague", "en-warsaw", "num-date", NULL);
  assert_tag (fixture, "en-prague", health, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "en-warsaw", health);
  assert_tag (fixture, "num-date", religion, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "en-prague", religion);
  assert_no_tag (fixture, "en-warsaw", religion);

  /* A run over the library finds nothing the import missed. */
  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_documents, ==, 3);
  g_assert_cmpuint (counts.n_added, ==, 0);
  g_assert_cmpuint (counts.n_removed, ==, 0);
}

/* A suggestion the user removed stays removed. */
static void
test_rejected_survives (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DossierTag) prisoners = create_tag (fixture, DOSSIER_FACET_ISSUE, "Prisoners",
                                                NULL, DOSSIER_RULE_ANY_WORD, "prison");
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts;

  import_letters (fixture, "en-prague", "en-warsaw", NULL);
  assert_tag (fixture, "en-prague", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_tag (fixture, "en-warsaw", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);

  g_assert_true (dossier_library_reject_document_tag (fixture->library,
                                                      id_of (fixture, "en-prague"),
                                                      prisoners, &error));
  g_assert_no_error (error);
  assert_tag (fixture, "en-prague", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_REJECTED);

  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_documents, ==, 2);
  g_assert_cmpuint (counts.n_added, ==, 0);
  g_assert_cmpuint (counts.n_removed, ==, 0);
  assert_tag (fixture, "en-prague", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_REJECTED);
  assert_tag (fixture, "en-warsaw", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
}

/* A tag the user added by hand stays, whether its rules match or not. */
static void
test_manual_survives (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DossierTag) health = create_tag (fixture, DOSSIER_FACET_ISSUE, "Health in detention",
                                             NULL, DOSSIER_RULE_PHRASE, "prison doctor");
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts;

  import_letters (fixture, "en-prague", "en-warsaw", NULL);
  assert_no_tag (fixture, "en-warsaw", health);

  /* The rule does not match en-warsaw; the user says it is about health. */
  g_assert_true (dossier_library_tag_document (fixture->library, id_of (fixture, "en-warsaw"),
                                               health, &error));
  g_assert_no_error (error);
  assert_tag (fixture, "en-warsaw", health, DOSSIER_TAG_ORIGIN_MANUAL, DOSSIER_TAG_ACCEPTED);

  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_removed, ==, 0);
  g_assert_cmpuint (counts.n_added, ==, 0);
  assert_tag (fixture, "en-warsaw", health, DOSSIER_TAG_ORIGIN_MANUAL, DOSSIER_TAG_ACCEPTED);
  assert_tag (fixture, "en-prague", health, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
}

/* A rule that changed withdraws what only the old one suggested; what
 * the user accepted stays. */
static void
test_changed_rule (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) tag = create_tag (fixture, DOSSIER_FACET_ISSUE, "Detention topics", NULL,
                                          DOSSIER_RULE_ANY_WORD, NULL);
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts;
  gint64 rule_id;

  rule_id = dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_ANY_WORD, "prison",
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpint (rule_id, >, 0);
  import_letters (fixture, "en-prague", "en-warsaw", "num-date", NULL);
  assert_tag (fixture, "en-prague", tag, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_tag (fixture, "en-warsaw", tag, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "num-date", tag);
  g_assert_true (dossier_library_accept_document_tag (fixture->library,
                                                      id_of (fixture, "en-warsaw"), tag, &error));
  g_assert_no_error (error);

  /* Now about believers, not prisons. */
  g_assert_true (dossier_library_remove_tag_rule (fixture->library, rule_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_ANY_WORD,
                                                 "Baptist", &error), >, 0);
  g_assert_no_error (error);

  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_documents, ==, 3);
  g_assert_cmpuint (counts.n_removed, ==, 1);
  g_assert_cmpuint (counts.n_added, ==, 1);
  assert_no_tag (fixture, "en-prague", tag);
  assert_tag (fixture, "en-warsaw", tag, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_ACCEPTED);
  assert_tag (fixture, "num-date", tag, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);

  /* Once more changes nothing. */
  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_removed, ==, 0);
  g_assert_cmpuint (counts.n_added, ==, 0);
}

typedef struct
{
  GArray   *done;          /* guint, each call's done */
  guint     total;
  GThread  *main_thread;
  gboolean  off_main_thread;   /* progress was reported on another thread */
  guint     n_changed;
  gboolean  finished;
  gboolean  changed_before_finished;
  gboolean  ok;
  GError   *error;
  DossierRuleCounts counts;
} Progress;

static void
record_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->done, done);
  progress->total = total;
  progress->off_main_thread |= g_thread_self () != progress->main_thread;
}

static void
on_changed_cb (DossierLibrary *library,
               gpointer        user_data)
{
  Progress *progress = user_data;

  progress->n_changed++;
}

static void
apply_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Progress *progress = user_data;

  progress->changed_before_finished = progress->n_changed > 0;
  progress->ok = dossier_library_apply_rules_finish (DOSSIER_LIBRARY (source_object), result,
                                                     &progress->counts, &progress->error);
  progress->finished = TRUE;
}

/* Writes @n short notes, each a little different, and imports them. */
static void
import_copies (Fixture *fixture,
               guint    n)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "copies", NULL);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { folder, NULL };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Copy %u\n\nNote %u on the visit to the "
                                               "prison in Dushanbe.", i, i);
      g_autofree char *name = g_strdup_printf ("%03u.pdf", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      const char *pages[] = { text, NULL };

      dossier_fixture_write_pdf (path, pages);
    }
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      if (result->status != DOSSIER_IMPORT_IMPORTED)
        g_error ("%s: %s", result->path, result->reason);
    }
}

/* Over a library of more documents than one batch holds: progress after
 * each batch, up to every document but those in the trash; then the same
 * off the main thread. */
static void
test_apply_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  const guint n_documents = 2 * 64 + 7;   /* three batches */
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  Progress progress = { 0 };
  DossierRuleCounts counts = { 0 };
  gulong handler;
  gint64 trashed;
  gint64 rule_id;

  progress.done = g_array_new (FALSE, FALSE, sizeof (guint));
  progress.main_thread = g_thread_self ();
  import_copies (fixture, n_documents);
  /* A tag made after the import: only a run over the library suggests it. */
  tag = create_tag (fixture, DOSSIER_FACET_ISSUE, "Copies", NULL, DOSSIER_RULE_ANY_WORD, NULL);
  rule_id = dossier_library_add_tag_rule (fixture->library, tag, DOSSIER_RULE_ANY_WORD, "copy",
                                          &error);
  g_assert_no_error (error);
  ids = dossier_library_query_ids (fixture->library, DOSSIER_DOCUMENT_SORT_IMPORTED, FALSE, NULL,
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, n_documents);
  trashed = g_array_index (ids, gint64, 0);
  g_assert_true (dossier_library_trash_documents (fixture->library, &trashed, 1, &error));
  g_assert_no_error (error);

  g_assert_true (dossier_library_apply_rules (fixture->library, record_progress_cb, &progress,
                                              NULL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_documents, ==, n_documents - 1);
  g_assert_cmpuint (counts.n_added, ==, n_documents - 1);
  g_assert_cmpuint (counts.n_removed, ==, 0);
  g_assert_cmpuint (progress.total, ==, n_documents - 1);
  /* 0, then once per batch, the last at the end. */
  g_assert_cmpuint (progress.done->len, >=, 4);
  g_assert_cmpuint (g_array_index (progress.done, guint, 0), ==, 0);
  for (guint i = 1; i < progress.done->len; i++)
    g_assert_cmpuint (g_array_index (progress.done, guint, i), >,
                      g_array_index (progress.done, guint, i - 1));
  g_assert_cmpuint (g_array_index (progress.done, guint, progress.done->len - 1), ==,
                    n_documents - 1);

  /* Withdraw them all (the rule now matches nothing), asynchronously. */
  g_assert_true (dossier_library_remove_tag_rule (fixture->library, rule_id, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_array_set_size (progress.done, 0);
  progress.n_changed = 0;
  handler = g_signal_connect (fixture->library, "changed", G_CALLBACK (on_changed_cb), &progress);
  dossier_library_apply_rules_async (fixture->library, record_progress_cb, &progress, NULL, NULL,
                                     apply_done_cb, &progress);
  while (!progress.finished)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (fixture->library, handler);

  g_assert_no_error (progress.error);
  g_assert_true (progress.ok);
  g_assert_cmpuint (progress.counts.n_documents, ==, n_documents - 1);
  g_assert_cmpuint (progress.counts.n_removed, ==, n_documents - 1);
  g_assert_cmpuint (progress.counts.n_added, ==, 0);
  g_assert_true (progress.changed_before_finished);
  g_assert_false (progress.off_main_thread);
  g_assert_cmpuint (g_array_index (progress.done, guint, progress.done->len - 1), ==,
                    n_documents - 1);
  g_array_unref (progress.done);
}

static void
test_apply_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DossierTag) tag = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  DossierRuleCounts counts = { 1, 1, 1 };

  import_letters (fixture, "en-prague", NULL);
  tag = create_tag (fixture, DOSSIER_FACET_ISSUE, "Prisoners", NULL, DOSSIER_RULE_ANY_WORD,
                    "prison");
  g_cancellable_cancel (cancellable);
  g_assert_false (dossier_library_apply_rules (fixture->library, NULL, NULL, cancellable, &counts,
                                               &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (counts.n_documents, ==, 0);
  g_assert_cmpuint (counts.n_added, ==, 0);
  assert_no_tag (fixture, "en-prague", tag);
}

/* Issue tags are suggested on the weight of the evidence, not on one word. */

/* About political prisoners, with torture in passing, once. */
static const char * const prisoners_letter[] = {
  "To the attention of the EU Special Representative for Human Rights\n"
  "\n"
  "Brussels, 3 March 2025\n"
  "\n"
  "Re.: Political prisoners in Tajikistan\n"
  "\n"
  "Dear Special Representative,\n"
  "\n"
  "We write to ask the European Union to call for the release of the political "
  "prisoners held in Tajikistan. At least forty people are serving long sentences "
  "for their peaceful opposition activities, and the number of political prisoners "
  "has grown every year since 2015.\n"
  "\n"
  "Among them is the teacher Rustam Nazarov, sentenced to twelve years after a "
  "speech at a funeral. His relatives say that he was tortured in the first days "
  "after his arrest; since then he has been held in a colony far from his family, "
  "who may visit him twice a year.\n"
  "\n"
  "We ask the EU to name each of these prisoners of conscience at the next "
  "dialogue with Tajikistan, and to call for their immediate and unconditional "
  "release.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Anna Kowalska\n",
  NULL
};

/* About torture: in its subject line and throughout. */
static const char * const torture_letter[] = {
  "To the attention of the EU Special Representative for Human Rights\n"
  "\n"
  "Brussels, 4 March 2025\n"
  "\n"
  "Re.: Torture in pre-trial detention in Kazakhstan\n"
  "\n"
  "Dear Special Representative,\n"
  "\n"
  "We write about the torture of detainees in the pre-trial detention centres of "
  "Kazakhstan. Last year our monitors recorded thirty-seven complaints of torture "
  "and ill-treatment by investigators; none of them led to a trial.\n"
  "\n"
  "Detainees describe being beaten to make them sign confessions, and being "
  "threatened with worse if they complained to the prosecutor.\n"
  "\n"
  "We ask the EU to urge the authorities to investigate every allegation of "
  "torture, and to let the national preventive mechanism visit places of "
  "detention without notice.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Anna Kowalska\n",
  NULL
};

/* About an election, short, signed by a sender whose name says "Press
 * Freedom". */
static const char * const election_letter[] = {
  "To the attention of the Head of the EU Delegation to Belarus\n"
  "\n"
  "Vilnius, 5 March 2025\n"
  "\n"
  "Re.: The presidential election in Belarus\n"
  "\n"
  "Dear Ambassador,\n"
  "\n"
  "We ask the Delegation to send observers to the presidential election next "
  "month.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Anna Kowalska\n"
  "Baltic Foundation for Press Freedom\n",
  NULL
};

static void
import_pages (Fixture            *fixture,
              const char         *name,
              const char * const *pages)
{
  g_autofree char *file = g_strconcat (name, ".pdf", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, file, NULL);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { path, NULL };
  DossierImportResult *result;

  dossier_fixture_write_pdf (path, pages);
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_hash_table_insert (fixture->ids, (gpointer) name, GINT_TO_POINTER ((int) result->id));
}

static DossierTag *
default_tag (Fixture    *fixture,
             const char *key)
{
  g_autoptr(GError) error = NULL;
  DossierTag *tag = dossier_library_find_tag_by_key (fixture->library, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tag);
  return tag;
}

/* A letter about political prisoners that mentions torture once, in
 * passing, is not a letter about torture; one whose subject line and
 * paragraphs are about torture is. Import and a run over the library
 * agree. */
static void
test_issue_evidence (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DossierTag) torture = default_tag (fixture, "torture");
  g_autoptr(DossierTag) prisoners = default_tag (fixture, "political-prisoners");
  DossierRuleCounts counts;

  /* The word is there, and a rule of the tag matches it. */
  g_assert_nonnull (strstr (prisoners_letter[0], "tortured"));

  import_pages (fixture, "prisoners", prisoners_letter);
  import_pages (fixture, "torture", torture_letter);
  assert_tag (fixture, "prisoners", prisoners, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "prisoners", torture);
  assert_tag (fixture, "torture", torture, DOSSIER_TAG_ORIGIN_RULE, DOSSIER_TAG_SUGGESTED);
  assert_no_tag (fixture, "torture", prisoners);

  counts = apply_rules (fixture);
  g_assert_cmpuint (counts.n_documents, ==, 2);
  g_assert_cmpuint (counts.n_added, ==, 0);
  g_assert_cmpuint (counts.n_removed, ==, 0);
}

static gboolean
contains_tag (GArray     *tag_ids,
              DossierTag *tag)
{
  for (guint i = 0; i < tag_ids->len; i++)
    if (g_array_index (tag_ids, gint64, i) == dossier_tag_get_id (tag))
      return TRUE;
  return FALSE;
}

/* A sender's name ("… for Press Freedom") says who wrote, not what about. */
static void
test_sender_names (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) media = default_tag (fixture, "media-freedom");
  g_autoptr(DossierTag) elections = default_tag (fixture, "elections");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierRuleSet) rules = NULL;
  g_autoptr(GArray) without_senders = NULL;
  g_autoptr(GArray) with_senders = NULL;
  const char *senders[] = { "Baltic Foundation for Press Freedom", NULL };
  const char *title = "The presidential election in Belarus";

  rules = dossier_rule_set_load (dossier_library_get_database (fixture->library), &error);
  g_assert_no_error (error);

  /* Not knowing who sent it, the name weighs as any phrase does. */
  without_senders = dossier_rule_set_match_document (rules, title, election_letter, NULL);
  g_assert_true (contains_tag (without_senders, elections));
  g_assert_true (contains_tag (without_senders, media));

  with_senders = dossier_rule_set_match_document (rules, title, election_letter, senders);
  g_assert_true (contains_tag (with_senders, elections));
  g_assert_false (contains_tag (with_senders, media));
}

static DossierCaseSuggestion *
find_suggestion (GPtrArray  *suggestions,
                 const char *spelling)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      DossierCaseSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (g_strv_contains ((const char * const *) suggestion->spellings, spelling))
        return suggestion;
    }
  return NULL;
}

static GPtrArray *
suggest_cases (Fixture *fixture,
               guint    min_documents)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *suggestions = dossier_library_suggest_cases (fixture->library, min_documents, &error);

  g_assert_no_error (error);
  g_assert_nonnull (suggestions);
  for (guint i = 0; i < suggestions->len; i++)
    {
      DossierCaseSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *spellings = g_strjoinv (" | ", suggestion->spellings);

      g_test_message ("suggested: %s (%s) in %u documents", suggestion->name, spellings,
                      suggestion->document_ids->len);
      g_assert_cmpstr (suggestion->name, ==, suggestion->spellings[0]);
      if (i > 0)
        {
          DossierCaseSuggestion *before = g_ptr_array_index (suggestions, i - 1);

          g_assert_cmpuint (suggestion->document_ids->len, <=, before->document_ids->len);
        }
    }
  return suggestions;
}

static void
assert_documents (Fixture               *fixture,
                  DossierCaseSuggestion *suggestion,
                  const char            *first,
                  const char            *second)
{
  gint64 a = MIN (id_of (fixture, first), id_of (fixture, second));
  gint64 b = MAX (id_of (fixture, first), id_of (fixture, second));

  g_assert_nonnull (suggestion);
  g_assert_cmpuint (suggestion->document_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (suggestion->document_ids, gint64, 0), ==, a);
  g_assert_cmpint (g_array_index (suggestion->document_ids, gint64, 1), ==, b);
}

/* People named in two documents, in any script, that no case covers. */
static void
test_suggest_cases (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *aliases[] = { "Павел Орлов", NULL };
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(DossierTag) kozlov = NULL;
  g_autoptr(DossierTag) orlov = NULL;

  import_letters (fixture, "en-prague", "ru-appeal", "en-visit", "en-statement", NULL);

  /* In English in one letter and in Russian in the other: one person. */
  suggestions = suggest_cases (fixture, 0);
  assert_documents (fixture, find_suggestion (suggestions, "Vladimir Kozlov"),
                    "en-prague", "ru-appeal");
  g_assert_true (find_suggestion (suggestions, "Vladimir Kozlov") ==
                 find_suggestion (suggestions, "Владимира Козлова"));
  assert_documents (fixture, find_suggestion (suggestions, "Pavel Orlov"),
                    "en-prague", "ru-appeal");
  /* Named in one document only. */
  g_assert_null (find_suggestion (suggestions, "Farrukh Nazarov"));
  g_assert_null (find_suggestion (suggestions, "Elnur Hasanli"));
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  suggestions = suggest_cases (fixture, 3);
  g_assert_null (find_suggestion (suggestions, "Vladimir Kozlov"));
  g_assert_null (find_suggestion (suggestions, "Pavel Orlov"));
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* A case covers him in both scripts. */
  kozlov = create_tag (fixture, DOSSIER_FACET_CASE, "Vladimir Kozlov", NULL,
                       DOSSIER_RULE_ANY_WORD, NULL);
  suggestions = suggest_cases (fixture, 2);
  g_assert_null (find_suggestion (suggestions, "Vladimir Kozlov"));
  g_assert_null (find_suggestion (suggestions, "Владимира Козлова"));
  assert_documents (fixture, find_suggestion (suggestions, "Pavel Orlov"),
                    "en-prague", "ru-appeal");
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* So does a case's alias, written in the other script. */
  orlov = create_tag (fixture, DOSSIER_FACET_CASE, "Kozlov's lawyer", aliases,
                      DOSSIER_RULE_ANY_WORD, NULL);
  suggestions = suggest_cases (fixture, 2);
  g_assert_null (find_suggestion (suggestions, "Pavel Orlov"));
  g_assert_null (find_suggestion (suggestions, "Павел Орлов"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rules/name-across-scripts", test_name_across_scripts);
  ADD ("/rules/on-import", test_on_import);
  ADD ("/rules/rejected-survives", test_rejected_survives);
  ADD ("/rules/manual-survives", test_manual_survives);
  ADD ("/rules/changed-rule", test_changed_rule);
  ADD ("/rules/issue-evidence", test_issue_evidence);
  ADD ("/rules/sender-names", test_sender_names);
  ADD ("/rules/apply-progress", test_apply_progress);
  ADD ("/rules/apply-cancelled", test_apply_cancelled);
  ADD ("/rules/suggest-cases", test_suggest_cases);
#undef ADD

  return g_test_run ();
}
