/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <sys/mount.h>
#include <glib/gstdio.h>

#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-import.h"
#include "dossier-library.h"

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  DossierImport  *import;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-import-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->import = dossier_import_new (fixture->library);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->import);
  g_clear_object (&fixture->library);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static GPtrArray *
run_import (Fixture    *fixture,
            const char *first_path,
            ...)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *results;
  va_list args;

  va_start (args, first_path);
  for (const char *p = first_path; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (paths, (gpointer) p);
  va_end (args);
  g_ptr_array_add (paths, NULL);

  results = dossier_import_run (fixture->import, (const char * const *) paths->pdata,
                                NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return results;
}

static DossierImportResult *
result_at (GPtrArray *results,
           guint      index)
{
  g_assert_cmpuint (index, <, results->len);
  return g_ptr_array_index (results, index);
}

static void
assert_failed (DossierImportResult *result,
               DossierError         code,
               const char          *reason_part)
{
  g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_FAILED);
  g_assert_cmpint (result->error, ==, code);
  g_assert_nonnull (result->reason);
  if (strstr (result->reason, reason_part) == NULL)
    g_error ("%s: reason “%s” does not say “%s”", result->path, result->reason, reason_part);
  g_assert_cmpint (result->id, ==, 0);
}

static void
assert_senders_include (DossierDocument    *document,
                        const char * const *expected)
{
  const char * const *senders = dossier_document_get_senders (document);

  for (guint i = 0; expected[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; senders[j] != NULL; j++)
        found |= strstr (senders[j], expected[i]) != NULL;
      if (!found)
        {
          g_autofree char *all = g_strjoinv (" | ", (char **) senders);
          g_error ("sender “%s” not among “%s”", expected[i], all);
        }
    }
}

static void
check_letter (Fixture                    *fixture,
              const DossierFixtureLetter *letter,
              gint64                      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierDocument) document = dossier_library_dup_document (fixture->library, id, &error);

  g_assert_no_error (error);
  g_test_message ("letter %s", letter->name);
  g_assert_cmpstr (dossier_document_get_title (document), ==, letter->title);
  g_assert_cmpstr (dossier_document_get_date (document), ==, letter->date);
  g_assert_cmpstr (dossier_document_get_place (document), ==, letter->place);
  g_assert_cmpstr (dossier_document_get_kind (document), ==, letter->kind);
  g_assert_cmpstr (dossier_document_get_language (document), ==, letter->language);
  g_assert_cmpuint (dossier_document_get_n_pages (document), ==,
                    g_strv_length ((char **) letter->pages));
  assert_senders_include (document, letter->senders);
  if (letter->recipient != NULL)
    {
      const char *recipient = dossier_document_get_recipient (document);
      g_assert_nonnull (recipient);
      g_assert_nonnull (strstr (recipient, letter->recipient));
    }
  g_assert_true (g_file_test (dossier_document_get_file (document), G_FILE_TEST_IS_REGULAR));
}

static void
test_letters (Fixture       *fixture,
              gconstpointer  data)
{
  guint n_letters;
  const DossierFixtureLetter *letters = dossier_fixture_letters (&n_letters);
  g_autofree char *folder = path_in (fixture, "letters");
  g_autoptr(GPtrArray) results = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < n_letters; i++)
    {
      g_autofree char *name = g_strdup_printf ("%02u-%s.pdf", i, letters[i].name);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      dossier_fixture_write_letter (path, &letters[i]);
    }

  dossier_import_set_n_workers (fixture->import, 2);
  results = run_import (fixture, folder, NULL);
  g_assert_cmpuint (results->len, ==, n_letters);
  for (guint i = 0; i < n_letters; i++)
    {
      DossierImportResult *result = result_at (results, i);

      g_assert_cmpstr (result->reason, ==, NULL);
      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      g_assert_cmpint (result->id, >, 0);
      g_assert_cmpstr (result->title, ==, letters[i].title);
      check_letter (fixture, &letters[i], result->id);
    }
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, n_letters);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *a = path_in (fixture, "a.pdf");
  g_autofree char *b = path_in (fixture, "copy of a.pdf");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  dossier_fixture_write_letter (a, dossier_fixture_letter ("en-visit"));
  g_assert_true (g_file_get_contents (a, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (b, contents, length, NULL));

  /* Two workers may take the copies in either order: one is imported,
   * the other is found to be the same document. */
  dossier_import_set_n_workers (fixture->import, 2);
  first = run_import (fixture, a, b, NULL);
  g_assert_cmpint (result_at (first, 0)->status + result_at (first, 1)->status, ==,
                   DOSSIER_IMPORT_IMPORTED + DOSSIER_IMPORT_DUPLICATE);
  g_assert_cmpint (result_at (first, 1)->id, ==, result_at (first, 0)->id);
  g_assert_cmpstr (result_at (first, 1)->title, ==, result_at (first, 0)->title);

  second = run_import (fixture, b, NULL);
  g_assert_cmpint (result_at (second, 0)->status, ==, DOSSIER_IMPORT_DUPLICATE);
  g_assert_cmpint (result_at (second, 0)->id, ==, result_at (first, 0)->id);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 1);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *empty = path_in (fixture, "empty.pdf");
  g_autofree char *png = path_in (fixture, "picture.pdf");
  g_autofree char *html = path_in (fixture, "page.pdf");
  g_autofree char *truncated = path_in (fixture, "truncated.pdf");
  g_autofree char *missing = path_in (fixture, "missing.pdf");
  g_autofree char *good = path_in (fixture, "good.pdf");
  g_autoptr(GPtrArray) results = NULL;

  dossier_fixture_write_empty_file (empty);
  dossier_fixture_write_png (png);
  dossier_fixture_write_html (html);
  dossier_fixture_write_truncated_pdf (truncated);
  dossier_fixture_write_letter (good, dossier_fixture_letter ("fr-letter"));

  results = run_import (fixture, empty, png, html, truncated, missing, good, NULL);
  assert_failed (result_at (results, 0), DOSSIER_ERROR_EMPTY, "empty file");
  assert_failed (result_at (results, 1), DOSSIER_ERROR_NOT_PDF, "not a PDF");
  g_assert_nonnull (strstr (result_at (results, 1)->reason, "PNG"));
  assert_failed (result_at (results, 2), DOSSIER_ERROR_NOT_PDF, "not a PDF");
  g_assert_nonnull (strstr (result_at (results, 2)->reason, "HTML"));
  assert_failed (result_at (results, 3), DOSSIER_ERROR_DAMAGED, "damaged");
  g_assert_cmpint (result_at (results, 4)->status, ==, DOSSIER_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 4)->reason, "no such file"));
  g_assert_cmpint (result_at (results, 5)->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 1);
}

static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "big.pdf");
  g_autoptr(GPtrArray) results = NULL;

  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-briefing"));
  dossier_import_set_limits (fixture->import, 0, 0, 1000);
  results = run_import (fixture, path, NULL);
  assert_failed (result_at (results, 0), DOSSIER_ERROR_TOO_LARGE, "too large");
}

static void
test_password (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "locked.pdf");
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GPtrArray) wrong = NULL;
  g_autoptr(GPtrArray) right = NULL;

  dossier_fixture_write_encrypted_pdf (path, "s3cret");

  without = run_import (fixture, path, NULL);
  assert_failed (result_at (without, 0), DOSSIER_ERROR_ENCRYPTED, "password-protected");

  dossier_import_set_password (fixture->import, "guess");
  wrong = run_import (fixture, path, NULL);
  assert_failed (result_at (wrong, 0), DOSSIER_ERROR_BAD_PASSWORD, "password");

  dossier_import_set_password (fixture->import, "s3cret");
  right = run_import (fixture, path, NULL);
  g_assert_cmpint (result_at (right, 0)->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 1);
}

static void
test_scanned (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "scan.pdf");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  dossier_fixture_write_scanned_pdf (path);
  results = run_import (fixture, path, NULL);
  g_assert_cmpint (result_at (results, 0)->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_assert_cmpstr (result_at (results, 0)->warning, ==, "No text layer (scanned?)");
  /* With no text, the file's name is the best title there is. */
  g_assert_cmpstr (result_at (results, 0)->title, ==, "scan");

  document = dossier_library_dup_document (fixture->library, result_at (results, 0)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossier_document_get_n_pages (document), ==, 1);
  g_assert_cmpuint (dossier_document_get_n_pages_with_text (document), ==, 0);
  g_assert_cmpstr (dossier_document_get_text_warning (document), ==, "No text layer (scanned?)");
}

static void
test_folders (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *top = path_in (fixture, "inbox");
  g_autofree char *deep = g_build_filename (top, "2016", "november", NULL);
  g_autofree char *hidden = g_build_filename (top, ".cache", NULL);
  g_autofree char *a = g_build_filename (top, "a.pdf", NULL);
  g_autofree char *b = g_build_filename (deep, "b.PDF", NULL);
  g_autofree char *c = g_build_filename (deep, "c-without-extension", NULL);
  g_autofree char *d = g_build_filename (hidden, "d.pdf", NULL);
  g_autofree char *e = g_build_filename (top, ".e.pdf", NULL);
  g_autoptr(GPtrArray) results = NULL;

  g_assert_cmpint (g_mkdir_with_parents (deep, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (hidden, 0700), ==, 0);
  dossier_fixture_write_letter (a, dossier_fixture_letter ("en-visit"));
  dossier_fixture_write_letter (b, dossier_fixture_letter ("ru-letter"));
  /* Recognised by what it holds, not by its name. */
  dossier_fixture_write_letter (c, dossier_fixture_letter ("de-letter"));
  dossier_fixture_write_letter (d, dossier_fixture_letter ("fr-letter"));
  dossier_fixture_write_letter (e, dossier_fixture_letter ("en-press"));

  results = run_import (fixture, top, NULL);
  g_assert_cmpuint (results->len, ==, 3);
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpint (result_at (results, i)->status, ==, DOSSIER_IMPORT_IMPORTED);
}

/* ---- a PDF reader that crashes, hangs, or answers nonsense ---- */

static void
write_faulty_pdf (const char *path,
                  const char *fault)
{
  const char *pages[] = { fault, NULL };

  dossier_fixture_write_pdf (path, pages);
}

static void
test_isolation (Fixture       *fixture,
                gconstpointer  data)
{
  const char *helper = g_getenv ("DOSSIER_FAULTY_EXTRACT");
  g_autofree char *crash = path_in (fixture, "crash.pdf");
  g_autofree char *hang = path_in (fixture, "hang.pdf");
  g_autofree char *abort_ = path_in (fixture, "abort.pdf");
  g_autofree char *garbage = path_in (fixture, "garbage.pdf");
  g_autofree char *good1 = path_in (fixture, "good1.pdf");
  g_autofree char *good2 = path_in (fixture, "good2.pdf");
  g_autoptr(GPtrArray) results = NULL;
  gint64 start;

  g_assert_nonnull (helper);
  write_faulty_pdf (crash, "FAULT:CRASH");
  write_faulty_pdf (hang, "FAULT:HANG");
  write_faulty_pdf (abort_, "FAULT:ABORT");
  write_faulty_pdf (garbage, "FAULT:GARBAGE");
  dossier_fixture_write_letter (good1, dossier_fixture_letter ("en-visit"));
  dossier_fixture_write_letter (good2, dossier_fixture_letter ("ru-letter"));

  dossier_import_set_helper (fixture->import, helper);
  /* Long enough for a good letter on a loaded machine under the
   * sanitizers, which the hang then costs once. */
  dossier_import_set_limits (fixture->import, 8, 0, 0);
  dossier_import_set_n_workers (fixture->import, 1);
  start = g_get_monotonic_time ();
  results = run_import (fixture, crash, good1, hang, abort_, garbage, good2, NULL);

  assert_failed (result_at (results, 0), DOSSIER_ERROR_DAMAGED, "crashed");
  g_assert_cmpstr (result_at (results, 1)->reason, ==, NULL);
  g_assert_cmpint (result_at (results, 1)->status, ==, DOSSIER_IMPORT_IMPORTED);
  assert_failed (result_at (results, 2), DOSSIER_ERROR_TIMED_OUT, "took too long");
  assert_failed (result_at (results, 3), DOSSIER_ERROR_TOO_LARGE, "memory");
  assert_failed (result_at (results, 4), DOSSIER_ERROR_DAMAGED, "damaged");
  g_assert_cmpint (result_at (results, 5)->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 2);
  /* The hang cost its time limit, not more. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
}

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ADDRESS_SANITIZER 1
#endif

/* The real helper under a memory limit too small for Poppler. */
static void
test_memory_limit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "letter.pdf");
  g_autoptr(GPtrArray) results = NULL;

#ifdef UNDER_ADDRESS_SANITIZER
  g_test_skip ("AddressSanitizer needs more address space than any limit leaves");
  return;
#endif
  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-briefing"));
  dossier_import_set_limits (fixture->import, 0, 20, 0);
  results = run_import (fixture, path, NULL);
  assert_failed (result_at (results, 0), DOSSIER_ERROR_TOO_LARGE, "more than 20 MB of memory");
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);
}

static void
test_missing_helper (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "a.pdf");
  g_autoptr(GPtrArray) results = NULL;

  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-visit"));
  dossier_import_set_helper (fixture->import, "/nonexistent/dossier-extract");
  results = run_import (fixture, path, NULL);
  assert_failed (result_at (results, 0), DOSSIER_ERROR_FAILED, "Cannot start the PDF reader");
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);
}

/* The library's folder for files turns into something that cannot be
 * written: each file fails with a reason, and nothing half-written stays. */
static void
test_unwritable_library (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *files = g_build_filename (dossier_library_get_path (fixture->library),
                                             "files", NULL);
  g_autofree char *path = path_in (fixture, "a.pdf");
  g_autoptr(GPtrArray) results = NULL;

  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-visit"));
  g_assert_cmpint (g_rmdir (files), ==, 0);
  g_assert_true (g_file_set_contents (files, "not a folder", -1, NULL));

  results = run_import (fixture, path, NULL);
  g_assert_cmpint (result_at (results, 0)->status, ==, DOSSIER_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 0)->reason, "copied into the library"));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);
}

/* A library on a small file system that fills up: the file that does not
 * fit fails with a reason, nothing half-written stays, and the library
 * goes on once there is room again. Needs the right to mount (root). */
static void
test_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-full-XXXXXX", &error);
  g_autofree char *disk = g_build_filename (dir, "disk", NULL);
  g_autofree char *library_path = g_build_filename (disk, "library", NULL);
  g_autofree char *filler = g_build_filename (disk, "filler", NULL);
  g_autofree char *files = g_build_filename (library_path, "files", NULL);
  g_autofree char *first = g_build_filename (dir, "first.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "second.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierImport) import = NULL;
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const char *paths[] = { second, NULL };
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (disk, 0700), ==, 0);
  if (mount ("tmpfs", disk, "tmpfs", 0, "size=2m") != 0)
    {
      g_test_skip_printf ("cannot mount a small file system here: %s", g_strerror (errno));
      g_assert_cmpint (system (command), ==, 0);
      return;
    }

  dossier_fixture_write_letter (first, dossier_fixture_letter ("en-visit"));
  dossier_fixture_write_letter (second, dossier_fixture_letter ("en-briefing"));
  library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  import = dossier_import_new (library);
  {
    const char *first_paths[] = { first, NULL };
    g_autoptr(GPtrArray) ok = dossier_import_run (import, first_paths, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (result_at (ok, 0)->status, ==, DOSSIER_IMPORT_IMPORTED);
  }

  /* Fill the disk to the last byte. */
  {
    g_autofree char *block = g_malloc0 (4096);
    FILE *out = fopen (filler, "w");
    g_assert_nonnull (out);
    while (fwrite (block, 1, 4096, out) == 4096 && fflush (out) == 0)
      ;
    fclose (out);
  }

  full = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (full, 0)->status, ==, DOSSIER_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (full, 0)->reason, "full"));
  g_assert_cmpuint (dossier_library_count_documents (library), ==, 1);
  listing = g_dir_open (files, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".import-"));

  g_assert_cmpint (g_unlink (filler), ==, 0);
  again = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (again, 0)->status, ==, DOSSIER_IMPORT_IMPORTED);
  g_assert_cmpuint (dossier_library_count_documents (library), ==, 2);

  g_clear_object (&import);
  g_clear_object (&library);
  umount2 (disk, MNT_DETACH);
  g_assert_cmpint (system (command), ==, 0);
}

/* ---- off the main thread ---- */

static void
progress_cb (DossierImport *import,
             guint          done,
             guint          total,
             const char    *path,
             guint         *calls)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
count_changed_cb (DossierLibrary *library,
                  guint          *count)
{
  (*count)++;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GPtrArray **results = user_data;
  g_autoptr(GError) error = NULL;

  *results = dossier_import_run_finish (DOSSIER_IMPORT (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *a = path_in (fixture, "a.pdf");
  g_autofree char *b = path_in (fixture, "b.pdf");
  g_autofree char *c = path_in (fixture, "c.pdf");
  const char *paths[] = { a, b, c, NULL };
  g_autoptr(GPtrArray) results = NULL;
  guint calls = 0;
  guint changed = 0;

  dossier_fixture_write_letter (a, dossier_fixture_letter ("en-visit"));
  dossier_fixture_write_letter (b, dossier_fixture_letter ("en-press"));
  dossier_fixture_write_empty_file (c);
  g_signal_connect (fixture->import, "progress", G_CALLBACK (progress_cb), &calls);
  g_signal_connect (fixture->library, "changed", G_CALLBACK (count_changed_cb), &changed);

  dossier_import_run_async (fixture->import, paths, NULL, import_done_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpuint (results->len, ==, 3);
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (changed, >=, 1);
  g_assert_cmpint (result_at (results, 2)->status, ==, DOSSIER_IMPORT_FAILED);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *a = path_in (fixture, "a.pdf");
  const char *paths[] = { a, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  dossier_fixture_write_letter (a, dossier_fixture_letter ("en-visit"));
  g_cancellable_cancel (cancellable);
  results = dossier_import_run (fixture->import, paths, NULL, NULL, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_at (results, 0)->status, ==, DOSSIER_IMPORT_FAILED);
  g_assert_nonnull (strstr (result_at (results, 0)->reason, "cancelled"));
  g_assert_cmpuint (dossier_library_count_documents (fixture->library), ==, 0);
}

static DossierImportResult *
summary_result (DossierImportStatus status)
{
  DossierImportResult *result = g_new0 (DossierImportResult, 1);

  result->path = g_strdup ("/tmp/letter.pdf");
  result->status = status;
  return result;
}

/* The toast's line: counts in words, nothing said of what did not happen. */
static void
test_summary (void)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_import_result_free);
  g_autofree char *empty = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *mixed = NULL;
  g_autofree char *stopped = NULL;

  empty = dossier_import_summarize (results, FALSE);
  g_assert_cmpstr (empty, ==, "No files found to import");

  for (guint i = 0; i < 12; i++)
    g_ptr_array_add (results, summary_result (DOSSIER_IMPORT_IMPORTED));
  imported = dossier_import_summarize (results, FALSE);
  g_assert_cmpstr (imported, ==, "12 imported");

  g_ptr_array_add (results, summary_result (DOSSIER_IMPORT_DUPLICATE));
  g_ptr_array_add (results, summary_result (DOSSIER_IMPORT_FAILED));
  g_ptr_array_add (results, summary_result (DOSSIER_IMPORT_FAILED));
  mixed = dossier_import_summarize (results, FALSE);
  g_assert_cmpstr (mixed, ==, "12 imported, 1 already in the library, 2 failed");

  stopped = dossier_import_summarize (results, TRUE);
  g_assert_cmpstr (stopped, ==, "Import stopped: 12 imported, 1 already in the library, 2 not imported");
}

int
main (int   argc,
      char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: saying what a file is instead of a PDF
   * takes the system's MIME database. Libraries live in temporary folders. */
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/letters", test_letters);
  ADD ("/import/duplicates", test_duplicates);
  ADD ("/import/bad-files", test_bad_files);
  ADD ("/import/too-large", test_too_large);
  ADD ("/import/password", test_password);
  ADD ("/import/scanned", test_scanned);
  ADD ("/import/folders", test_folders);
  ADD ("/import/isolation", test_isolation);
  ADD ("/import/memory-limit", test_memory_limit);
  ADD ("/import/missing-helper", test_missing_helper);
  ADD ("/import/unwritable-library", test_unwritable_library);
  g_test_add_func ("/import/disk-full", test_disk_full);
  g_test_add_func ("/import/summary", test_summary);
  ADD ("/import/async", test_async);
  ADD ("/import/cancel", test_cancel);
#undef ADD

  return g_test_run ();
}
