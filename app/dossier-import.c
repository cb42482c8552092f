/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <nettle/sha2.h>

#include "dossier-analysis.h"
#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-extractor.h"
#include "dossier-fts.h"
#include "dossier-import.h"
#include "dossier-rules.h"

/* Import pipeline, per file: check size and content → copy into the
 * library under a temporary name, hashing on the way → skip a duplicate →
 * extract the text in a helper process → analyse → match the tags' rules
 * → one transaction that stores the document, its pages and its suggested
 * tags and renames the copy into place.
 * A kill at any step leaves the library as it was before that file. */

#define DEFAULT_TIME_LIMIT_SECONDS 120
#define DEFAULT_MEMORY_LIMIT_MB    2048
#define DEFAULT_MAX_BYTES          (512 * 1024 * 1024)
#define PDF_HEADER_WINDOW          1024
#define COPY_BUFFER_SIZE           (256 * 1024)
#define INDEX_BATCH                32        /* documents */
/* Files a worker has sent to its helper and not yet stored: the helper
 * reads the next ones while the worker stores one or waits its turn. */
#define FILES_AHEAD                3
#define SYNC_THREADS               2

struct _DossierImport
{
  GObject         parent_instance;
  DossierLibrary *library;          /* owned */
  char           *password;
  char           *helper_path;
  guint           n_workers;
  guint           time_limit_seconds;
  guint           memory_limit_mb;
  guint64         max_bytes;
};

G_DEFINE_FINAL_TYPE (DossierImport, dossier_import, G_TYPE_OBJECT)

enum { PROGRESS, N_SIGNALS };
static guint signals[N_SIGNALS];

/* One run: the files, and what the workers share. */
typedef struct
{
  DossierImport             *import;        /* borrowed */
  char                      *files_path;
  char                      *database_path;
  GPtrArray                 *paths;         /* char *, owned */
  DossierImportResult      **results;       /* one per path, owned */
  gint                       next;          /* atomic: the next path to take */
  gint                       done;          /* atomic */
  GCancellable              *cancellable;
  GMutex                     write_lock;    /* one writer at a time */
  DossierDatabase           *writer;        /* the workers' one connection, under write_lock */
  guint                      unindexed;     /* documents stored since the last indexing */
  DossierImportProgressFunc  progress;
  gpointer                   progress_data;
  DossierRuleSet            *rules;         /* owned; shared by the workers, read-only */
  GThreadPool               *syncer;        /* puts the copies on disk meanwhile */
  GMutex                     sync_lock;
  GCond                      synced;
} ImportRun;

/* One worker's helper process, and its own connection for what needs no
 * lock: the tokenizer that counts the words of each page. */
typedef struct
{
  ImportRun        *run;
  DossierDatabase  *database;
  DossierExtractor *extractor;
  GError           *error;
} Worker;

void
dossier_import_result_free (DossierImportResult *result)
{
  if (result == NULL)
    return;
  g_free (result->path);
  g_free (result->title);
  g_free (result->reason);
  g_free (result->warning);
  g_free (result);
}

DossierImportResult *
dossier_import_result_copy (const DossierImportResult *result)
{
  DossierImportResult *copy = g_memdup2 (result, sizeof *result);

  copy->path = g_strdup (result->path);
  copy->title = g_strdup (result->title);
  copy->reason = g_strdup (result->reason);
  copy->warning = g_strdup (result->warning);
  return copy;
}

char *
dossier_import_summarize (GPtrArray *results,
                          gboolean   cancelled)
{
  guint counts[DOSSIER_IMPORT_FAILED + 1] = { 0 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  for (guint i = 0; i < results->len; i++)
    counts[((DossierImportResult *) g_ptr_array_index (results, i))->status]++;

  if (results->len == 0)
    return g_strdup (cancelled ? _("Import stopped") : _("No files found to import"));

  if (counts[DOSSIER_IMPORT_IMPORTED] > 0 || cancelled)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u imported",
                                                          "%u imported",
                                                          counts[DOSSIER_IMPORT_IMPORTED]),
                                             counts[DOSSIER_IMPORT_IMPORTED]));
  if (counts[DOSSIER_IMPORT_DUPLICATE] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u already in the library",
                                                          "%u already in the library",
                                                          counts[DOSSIER_IMPORT_DUPLICATE]),
                                             counts[DOSSIER_IMPORT_DUPLICATE]));
  if (counts[DOSSIER_IMPORT_FAILED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (cancelled
                                             ? g_dngettext (GETTEXT_PACKAGE, "%u not imported",
                                                            "%u not imported",
                                                            counts[DOSSIER_IMPORT_FAILED])
                                             : g_dngettext (GETTEXT_PACKAGE, "%u failed",
                                                            "%u failed",
                                                            counts[DOSSIER_IMPORT_FAILED]),
                                             counts[DOSSIER_IMPORT_FAILED]));
  g_ptr_array_add (parts, NULL);
  /* Translators: what separates the parts of "12 imported, 2 failed". */
  joined = g_strjoinv (_(", "), (char **) parts->pdata);
  if (cancelled)
    /* Translators: "Import stopped: 3 imported, 9 not imported". */
    return g_strdup_printf (_("Import stopped: %s"), joined);
  return g_steal_pointer (&joined);
}

const char *
dossier_import_status_to_string (DossierImportStatus status)
{
  switch (status)
    {
    case DOSSIER_IMPORT_IMPORTED: return "imported";
    case DOSSIER_IMPORT_DUPLICATE: return "duplicate";
    case DOSSIER_IMPORT_FAILED: default: return "failed";
    }
}

static DossierImportResult *
result_new (const char *path)
{
  DossierImportResult *result = g_new0 (DossierImportResult, 1);

  result->path = g_strdup (path);
  result->status = DOSSIER_IMPORT_FAILED;
  return result;
}

static void
result_fail (DossierImportResult *result,
             const GError        *error)
{
  result->status = DOSSIER_IMPORT_FAILED;
  result->error = error->domain == DOSSIER_ERROR ? error->code : DOSSIER_ERROR_FAILED;
  result->reason = g_strdup (error->message);
}

/* ---- Collecting the files ---- */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
collect_folder (GFile        *folder,
                GPtrArray    *paths,
                GCancellable *cancellable)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  if (children == NULL)
    {
      g_ptr_array_add (paths, g_file_get_path (folder));
      return;
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, NULL) || info == NULL)
        break;
      if (g_file_info_get_is_hidden (info))
        continue;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        collect_folder (child, found, cancellable);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        g_ptr_array_add (found, g_file_get_path (child));
    }

  /* A folder's files in a stable order, whatever the file system says. */
  g_ptr_array_sort (found, compare_paths);
  g_ptr_array_extend_and_steal (paths, g_steal_pointer (&found));
}

/* Folders are walked (a folder's hidden files and symbolic links are left
 * out); anything else given by name is tried as a file. */
static GPtrArray *
collect_paths (const char * const *paths,
               GCancellable       *cancellable)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GFile) folder = g_file_new_for_path (paths[i]);
          collect_folder (folder, files, cancellable);
        }
      else
        g_ptr_array_add (files, g_strdup (paths[i]));
    }
  return files;
}

/* ---- Checking and copying one file ---- */

static gboolean
looks_like_pdf (const guint8 *data,
                gsize         length)
{
  /* The header may follow some junk, within the first kilobyte. */
  gsize window = MIN (length, PDF_HEADER_WINDOW);

  for (gsize i = 0; i + 5 <= window; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

static void
set_not_pdf_error (const guint8  *data,
                   gsize          length,
                   GError       **error)
{
  g_autofree char *type = g_content_type_guess (NULL, data, length, NULL);
  g_autofree char *description = NULL;

  if (type == NULL || g_content_type_is_unknown (type) ||
      g_content_type_equals (type, "application/octet-stream"))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_PDF, _("not a PDF"));
      return;
    }
  description = g_content_type_get_description (type);
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_PDF,
               _("not a PDF (it is a file of type “%s”)"), description);
}

static gboolean
check_size (DossierImport  *self,
            const char     *path,
            GStatBuf       *st,
            GError        **error)
{
  if (g_stat (path, st) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   saved_errno == ENOENT ? _("there is no such file")
                                         : _("it cannot be read (%s)"),
                   g_strerror (saved_errno));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_PDF,
                           _("not a PDF (it is not a regular file)"));
      return FALSE;
    }
  if (st->st_size == 0)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_EMPTY, _("empty file"));
      return FALSE;
    }
  if ((guint64) st->st_size > self->max_bytes)
    {
      g_autofree char *size = g_format_size ((guint64) st->st_size);
      g_autofree char *limit = g_format_size (self->max_bytes);
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE,
                   _("too large (%s; the limit is %s)"), size, limit);
      return FALSE;
    }
  return TRUE;
}

static void
set_write_error (int      saved_errno,
                 GError **error)
{
  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NO_SPACE,
                         _("the disk holding the library is full"));
  else if (saved_errno == EROFS || saved_errno == EACCES || saved_errno == EPERM)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY,
                 _("the library folder cannot be written to (%s)"), g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("it cannot be copied into the library (%s)"), g_strerror (saved_errno));
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length,
           GError      **error)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_write_error (errno, error);
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static char *
hex_string (const guint8 *bytes,
            gsize         length)
{
  static const char digits[] = "0123456789abcdef";
  char *hex = g_malloc (length * 2 + 1);

  for (gsize i = 0; i < length; i++)
    {
      hex[2 * i] = digits[bytes[i] >> 4];
      hex[2 * i + 1] = digits[bytes[i] & 0xf];
    }
  hex[length * 2] = '\0';
  return hex;
}

/* Copies @in_fd to @out_fd and returns its SHA-256, after checking from
 * its first bytes that it is a PDF. */
static char *
copy_and_hash (int      in_fd,
               int      out_fd,
               GError **error)
{
  g_autofree guint8 *buffer = g_malloc (COPY_BUFFER_SIZE);
  struct sha256_ctx checksum;
  guint8 digest[SHA256_DIGEST_SIZE];
  gboolean first = TRUE;

  /* Nettle, not GChecksum: it uses the CPU's SHA instructions, and hashing
   * was a seventh of the import's own work. */
  sha256_init (&checksum);
  for (;;)
    {
      gssize n = read (in_fd, buffer, COPY_BUFFER_SIZE);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("it cannot be read (%s)"), g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      if (first && !looks_like_pdf (buffer, (gsize) n))
        {
          set_not_pdf_error (buffer, (gsize) n, error);
          return NULL;
        }
      first = FALSE;
      sha256_update (&checksum, (size_t) n, buffer);
      if (!write_all (out_fd, buffer, (gsize) n, error))
        return NULL;
    }
  if (first)
    {
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_EMPTY, _("empty file"));
      return NULL;
    }
  sha256_digest (&checksum, sizeof digest, digest);
  return hex_string (digest, sizeof digest);
}

/* Returns: the SHA-256; @temp_path is the copy inside the library, and
 * @temp_fd its descriptor, open so that it can be put on disk later. */
static char *
copy_into_library (ImportRun   *run,
                   const char  *path,
                   char       **temp_path,
                   int         *temp_fd,
                   GError     **error)
{
  g_autofree char *template = g_build_filename (run->files_path, ".import-XXXXXX", NULL);
  char *sha256;
  int in_fd;
  int out_fd;

  in_fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (in_fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("it cannot be read (%s)"), g_strerror (saved_errno));
      return NULL;
    }
  out_fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (out_fd < 0)
    {
      set_write_error (errno, error);
      close (in_fd);
      return NULL;
    }

  sha256 = copy_and_hash (in_fd, out_fd, error);
  close (in_fd);
  if (sha256 == NULL)
    {
      close (out_fd);
      g_unlink (template);
      return NULL;
    }
  *temp_path = g_steal_pointer (&template);
  *temp_fd = out_fd;
  return sha256;
}

/* ---- Storing ---- */

static gboolean
find_duplicate (DossierDatabase  *database,
                const char       *sha256,
                DossierImportResult *result,
                GError          **error)
{
  sqlite3_stmt *statement;
  int rc;

  /* A document deleted moments ago, whose undo is still offered, comes
   * back rather than being stored twice. */
  statement = dossier_database_prepare (database,
                                        "UPDATE documents SET trashed_at = NULL"
                                        " WHERE sha256 = ?1 AND trashed_at IS NOT NULL", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_STATIC);
  if (!dossier_database_step_done (database, statement, error))
    return FALSE;

  statement = dossier_database_prepare (database,
                                        "SELECT id, title FROM documents WHERE sha256 = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      result->status = DOSSIER_IMPORT_DUPLICATE;
      result->id = sqlite3_column_int64 (statement, 0);
      result->title = g_strdup ((const char *) sqlite3_column_text (statement, 1));
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
page_has_text (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The text of a PDF as the helper gave it, with which pages hold any. */
typedef struct
{
  char     **pages;        /* borrowed, NULL-terminated */
  guint      n_pages;
  gboolean  *has_text;     /* owned, one per page */
  guint      n_with_text;
  char      *body;         /* owned: the pages joined, once made */
  gint32    *first_words;  /* owned: each page's first word in the body, once counted */
} Extracted;

static void
extracted_init (Extracted  *text,
                char      **pages)
{
  text->pages = pages;
  text->n_pages = g_strv_length (pages);
  text->has_text = g_new0 (gboolean, text->n_pages + 1);
  text->n_with_text = 0;
  for (guint i = 0; i < text->n_pages; i++)
    text->n_with_text += text->has_text[i] = page_has_text (pages[i]);
}

static void
extracted_clear (Extracted *text)
{
  g_clear_pointer (&text->has_text, g_free);
  g_clear_pointer (&text->body, g_free);
  g_clear_pointer (&text->first_words, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Extracted, extracted_clear)

static char *
title_from_file_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_filename_display_name (base);
}

static gint64
insert_document (DossierDatabase        *database,
                 const char             *sha256,
                 const char             *path,
                 guint64                 bytes,
                 const DossierAnalysis  *analysis,
                 const char             *title,
                 const Extracted        *text,
                 GError                **error)
{
  g_autofree char *senders = g_strjoinv ("\n", analysis->senders);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
    "INSERT INTO documents (sha256, title, doc_date, place, senders, recipient, kind, language,"
    " page_count, pages_with_text, bytes, original_name, imported_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, analysis->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, analysis->place, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 5, *senders ? senders : NULL, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, analysis->recipient, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 7, analysis->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 8, analysis->language, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 9, (int) text->n_pages);
  sqlite3_bind_int (statement, 10, (int) text->n_with_text);
  sqlite3_bind_int64 (statement, 11, (sqlite3_int64) bytes);
  sqlite3_bind_text (statement, 12, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 13, g_get_real_time () / G_USEC_PER_SEC);
  if (!dossier_database_step_done (database, statement, error))
    return 0;
  return sqlite3_last_insert_rowid (dossier_database_get_handle (database));
}

/* The pages' text, each page's own form feeds made spaces, so that the
 * only ones left are the breaks between pages. */
static char *
join_pages (char **pages)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; pages[i] != NULL && i < DOSSIER_MAX_PAGES; i++)
    {
      gsize start;

      if (i > 0)
        g_string_append_c (body, DOSSIER_PAGE_BREAK);
      start = body->len;
      g_string_append (body, pages[i]);
      for (gsize j = start; j < body->len; j++)
        if (body->str[j] == DOSSIER_PAGE_BREAK)
          body->str[j] = ' ';
    }
  return g_string_free (body, FALSE);
}

/* The rows' costlier parts, made before the write lock is taken, while
 * the other workers write: the body, and where each page's words start
 * in it. */
static gboolean
extracted_make_body (Extracted        *text,
                     DossierDatabase  *database,
                     GError          **error)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DossierWordSpan));

  text->body = join_pages (text->pages);
  text->first_words = g_new0 (gint32, text->n_pages + 1);
  for (guint i = 0; i < text->n_pages && i < DOSSIER_MAX_PAGES; i++)
    {
      int rc;

      text->first_words[i] = (gint32) words->len;
      rc = dossier_fts_word_spans (dossier_database_get_handle (database), text->pages[i],
                                   (int) strlen (text->pages[i]), words);
      if (rc != SQLITE_OK)
        {
          dossier_database_set_error (database, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_pages (DossierDatabase  *database,
              gint64            document_id,
              const char       *title,
              const Extracted  *text,
              GError          **error)
{
  char **pages = text->pages;
  sqlite3_stmt *statement;

  statement = dossier_database_prepare (database,
    "INSERT INTO pages (id, document_id, number, has_text, first_word)"
    " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; pages[i] != NULL && i < DOSSIER_MAX_PAGES; i++)
    {
      sqlite3_bind_int64 (statement, 1, DOSSIER_PAGE_ID (document_id, i + 1));
      sqlite3_bind_int64 (statement, 2, document_id);
      sqlite3_bind_int (statement, 3, (int) i + 1);
      sqlite3_bind_int (statement, 4, text->has_text[i]);
      sqlite3_bind_int (statement, 5, text->first_words[i]);
      if (!dossier_database_step_done (database, statement, error))
        return FALSE;
    }

  statement = dossier_database_prepare (database,
    "INSERT INTO document_text (id, title, body) VALUES (?1, ?2, ?3)", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, document_id);
  sqlite3_bind_text (statement, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, text->body, -1, SQLITE_STATIC);
  return dossier_database_step_done (database, statement, error);
}

/* One transaction: the rows, then the file renamed into place, then the
 * commit. Whatever stops it half-way, the commit did not happen and the
 * database does not know the file. Returns the new id; 0 when the file
 * turned out to be a duplicate; -1 on error. */
static gint64
store_in_transaction (DossierDatabase        *database,
                      const char             *temp_path,
                      const char             *final_path,
                      const char             *sha256,
                      guint64                 bytes,
                      const DossierAnalysis  *analysis,
                      const char             *title,
                      const Extracted        *text,
                      GArray                 *tag_ids,
                      DossierImportResult    *result,
                      GError                **error)
{
  gint64 id;

  if (!dossier_database_begin (database, error))
    return -1;
  if (!find_duplicate (database, sha256, result, error))
    goto failed;
  if (result->status == DOSSIER_IMPORT_DUPLICATE)
    {
      dossier_database_rollback (database);
      return 0;
    }

  id = insert_document (database, sha256, result->path, bytes, analysis, title, text, error);
  if (id == 0 || !insert_pages (database, id, title, text, error))
    goto failed;
  if (tag_ids != NULL &&
      !dossier_rules_store_suggestions (database, id, tag_ids, FALSE, NULL, NULL, error))
    goto failed;
  if (g_rename (temp_path, final_path) != 0)
    {
      set_write_error (errno, error);
      goto failed;
    }
  if (!dossier_database_commit (database, error))
    {
      g_unlink (final_path);
      return -1;
    }
  return id;

failed:
  dossier_database_rollback (database);
  return -1;
}

/* Called with the write lock held. A failure leaves the texts queued for
 * the next indexing, or for the library's next opening. */
static void
index_stored_texts (ImportRun       *run,
                    DossierDatabase *database)
{
  g_autoptr(GError) error = NULL;

  if (dossier_database_index_texts (database, &error) < 0)
    g_warning ("Cannot index the text of imported documents: %s", error->message);
  run->unindexed = 0;
}

static gboolean
store_document (Worker               *worker,
                const char           *temp_path,
                const char           *sha256,
                guint64               bytes,
                char                **pages,
                DossierImportResult  *result,
                GError              **error)
{
  DossierDatabase *database = worker->run->writer;
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = g_strconcat (sha256, ".pdf", NULL);
  g_autofree char *final_path = g_build_filename (worker->run->files_path, name, NULL);
  g_auto(Extracted) text = { NULL };
  g_autoptr(GArray) tag_ids = NULL;
  gint64 id;

  extracted_init (&text, pages);
  if (!extracted_make_body (&text, worker->database, error))
    return FALSE;
  analysis = dossier_analyse_pages ((const char * const *) pages, text.n_pages);
  title = analysis->title ? g_strdup (analysis->title) : title_from_file_name (result->path);
  /* Matched before taking the lock: the other workers write meanwhile. */
  if (worker->run->rules != NULL)
    tag_ids = dossier_rule_set_match_document (worker->run->rules, title,
                                               (const char * const *) pages,
                                               (const char * const *) analysis->senders);

  /* The workers take turns here rather than in SQLite's busy handler,
   * which sleeps for milliseconds before trying again. */
  g_mutex_lock (&worker->run->write_lock);
  id = store_in_transaction (database, temp_path, final_path, sha256, bytes, analysis, title,
                             &text, tag_ids, result, error);
  if (id > 0 && ++worker->run->unindexed >= INDEX_BATCH)
    index_stored_texts (worker->run, database);
  g_mutex_unlock (&worker->run->write_lock);
  if (id <= 0)
    return id == 0;

  result->status = DOSSIER_IMPORT_IMPORTED;
  result->id = id;
  result->title = g_steal_pointer (&title);
  result->warning = g_strdup (dossier_text_layer_warning (text.n_pages, text.n_with_text));
  return TRUE;
}

/* One file on its way through a worker: checked, copied in, and, unless
 * it failed or is a duplicate, sent to the helper and to the syncer. */
typedef struct
{
  ImportRun           *run;
  DossierImportResult *result;      /* borrowed from the run */
  char                *temp_path;
  int                  temp_fd;     /* open until the syncer is done with it */
  char                *sha256;
  guint64              bytes;
  int                  sync_errno;  /* -1 while with the syncer */
} Pending;

/* In a thread of the run's syncer: the copy is put on disk while the
 * helper reads it, rather than before, for fdatasync() waits about a
 * millisecond for the disk. */
static void
sync_copy (gpointer data,
           gpointer user_data)
{
  Pending *pending = data;
  ImportRun *run = user_data;
  int saved_errno = 0;

  if (fdatasync (pending->temp_fd) != 0)
    saved_errno = errno;
  if (close (pending->temp_fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  g_mutex_lock (&run->sync_lock);
  pending->temp_fd = -1;
  pending->sync_errno = saved_errno;
  g_cond_broadcast (&run->synced);
  g_mutex_unlock (&run->sync_lock);
}

static void
start_sync (Pending *pending)
{
  pending->sync_errno = -1;
  g_thread_pool_push (pending->run->syncer, pending, NULL);
}

/* The copy must be on disk before the database points at it. */
static gboolean
wait_for_sync (Pending  *pending,
               GError  **error)
{
  ImportRun *run = pending->run;

  g_mutex_lock (&run->sync_lock);
  while (pending->sync_errno < 0)
    g_cond_wait (&run->synced, &run->sync_lock);
  g_mutex_unlock (&run->sync_lock);
  if (pending->sync_errno != 0)
    {
      set_write_error (pending->sync_errno, error);
      return FALSE;
    }
  return TRUE;
}

static void
pending_free (Pending *pending)
{
  wait_for_sync (pending, NULL);
  if (pending->temp_fd >= 0)
    close (pending->temp_fd);
  if (pending->temp_path != NULL)
    g_unlink (pending->temp_path);
  g_free (pending->temp_path);
  g_free (pending->sha256);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

/* Read between the other workers' writes: a reader that meets a commit
 * half-way is told to wait by SQLite, and sleeps. */
static gboolean
find_duplicate_between_writes (Worker               *worker,
                               const char           *sha256,
                               DossierImportResult  *result,
                               GError              **error)
{
  gboolean ok;

  g_mutex_lock (&worker->run->write_lock);
  ok = find_duplicate (worker->run->writer, sha256, result, error);
  g_mutex_unlock (&worker->run->write_lock);
  return ok;
}

static void
report_done (Worker              *worker,
             DossierImportResult *result)
{
  ImportRun *run = worker->run;
  guint done;

  if (result->status == DOSSIER_IMPORT_IMPORTED)
    dossier_library_emit_changed_later (run->import->library);
  done = (guint) g_atomic_int_add (&run->done, 1) + 1;
  if (run->progress != NULL)
    run->progress (done, run->paths->len, result, run->progress_data);
}

/* Copies the file in and sends it to the helper; a file that needs no
 * extraction (it failed, or is a duplicate) is finished here. */
static Pending *
prepare (Worker              *worker,
         DossierImportResult *result)
{
  DossierImport *self = worker->run->import;
  g_autoptr(Pending) pending = g_new0 (Pending, 1);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  pending->run = worker->run;
  pending->result = result;
  pending->temp_fd = -1;
  if (!check_size (self, result->path, &st, &error))
    goto failed;
  pending->bytes = (guint64) st.st_size;
  pending->sha256 = copy_into_library (worker->run, result->path, &pending->temp_path,
                                       &pending->temp_fd, &error);
  if (pending->sha256 == NULL || !find_duplicate_between_writes (worker, pending->sha256, result, &error))
    goto failed;
  if (result->status == DOSSIER_IMPORT_DUPLICATE)
    {
      report_done (worker, result);
      return NULL;
    }
  start_sync (pending);
  if (!dossier_extractor_send (worker->extractor, pending->temp_path, self->password, &error))
    goto failed;
  return g_steal_pointer (&pending);

failed:
  result_fail (result, error);
  report_done (worker, result);
  return NULL;
}

static void
finish (Worker  *worker,
        Pending *pending)
{
  DossierImportResult *result = pending->result;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;

  pages = dossier_extractor_receive (worker->extractor, &error);
  if (pages == NULL || !wait_for_sync (pending, &error) ||
      !store_document (worker, pending->temp_path, pending->sha256, pending->bytes, pages,
                       result, &error))
    result_fail (result, error);
  else if (result->status == DOSSIER_IMPORT_IMPORTED)
    g_clear_pointer (&pending->temp_path, g_free);   /* renamed into place */
  report_done (worker, result);
}

/* The next file of the run that needs extracting, already sent. */
static Pending *
prepare_next (Worker *worker)
{
  ImportRun *run = worker->run;

  for (;;)
    {
      guint index = (guint) g_atomic_int_add (&run->next, 1);
      Pending *pending;

      if (index >= run->paths->len || g_cancellable_is_cancelled (run->cancellable))
        return NULL;
      pending = prepare (worker, run->results[index]);
      if (pending != NULL)
        return pending;
    }
}

static gpointer
worker_thread (gpointer data)
{
  Worker *worker = data;
  ImportRun *run = worker->run;
  DossierImport *self = run->import;
  GQueue sent = G_QUEUE_INIT;

  worker->database = dossier_database_open (run->database_path, &worker->error);
  if (worker->database == NULL)
    return NULL;
  worker->extractor = dossier_extractor_new (self->helper_path, self->time_limit_seconds,
                                             self->memory_limit_mb);

  for (;;)
    {
      Pending *pending;

      while (sent.length < FILES_AHEAD && (pending = prepare_next (worker)) != NULL)
        g_queue_push_tail (&sent, pending);
      pending = g_queue_pop_head (&sent);
      if (pending == NULL)
        break;
      finish (worker, pending);
      pending_free (pending);
    }

  g_mutex_lock (&run->write_lock);
  if (run->unindexed > 0)
    index_stored_texts (run, run->writer);
  g_mutex_unlock (&run->write_lock);

  g_clear_pointer (&worker->extractor, dossier_extractor_free);
  g_clear_pointer (&worker->database, dossier_database_close);
  return NULL;
}

/* The tags' rules, compiled once for the whole run. Without them the
 * files are still imported; "rules apply" suggests their tags later. */
static DossierRuleSet *
load_rules (DossierDatabase *database)
{
  g_autoptr(GError) error = NULL;
  DossierRuleSet *rules = dossier_rule_set_load (database, &error);

  if (rules == NULL)
    g_warning ("Cannot read the tags' rules; no tags are suggested: %s", error->message);
  return rules;
}

static void
run_workers (ImportRun *run,
             guint      n_workers,
             GError   **error)
{
  g_autofree Worker *workers = g_new0 (Worker, n_workers);
  g_autofree GThread **threads = g_new0 (GThread *, n_workers);

  for (guint i = 0; i < n_workers; i++)
    {
      workers[i].run = run;
      threads[i] = g_thread_new ("dossier-import", worker_thread, &workers[i]);
    }
  for (guint i = 0; i < n_workers; i++)
    {
      g_thread_join (threads[i]);
      if (workers[i].error != NULL)
        {
          if (error != NULL && *error == NULL)
            g_propagate_error (error, g_steal_pointer (&workers[i].error));
          g_clear_error (&workers[i].error);
        }
    }
}

GPtrArray *
dossier_import_run (DossierImport              *self,
                    const char * const         *paths,
                    DossierImportProgressFunc   progress,
                    gpointer                    user_data,
                    GCancellable               *cancellable,
                    GError                    **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_import_result_free);
  g_autoptr(GError) local_error = NULL;
  ImportRun run = { 0 };
  guint n_workers;

  g_return_val_if_fail (DOSSIER_IS_IMPORT (self), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  run.import = self;
  g_mutex_init (&run.write_lock);
  g_mutex_init (&run.sync_lock);
  g_cond_init (&run.synced);
  run.syncer = g_thread_pool_new (sync_copy, &run, SYNC_THREADS, FALSE, NULL);
  run.files_path = g_build_filename (dossier_library_get_path (self->library), "files", NULL);
  run.database_path = dossier_library_dup_database_path (self->library);
  run.paths = collect_paths (paths, cancellable);
  run.cancellable = cancellable;
  run.progress = progress;
  run.progress_data = user_data;
  for (guint i = 0; i < run.paths->len; i++)
    g_ptr_array_add (results, result_new (g_ptr_array_index (run.paths, i)));
  run.results = (DossierImportResult **) results->pdata;

  n_workers = CLAMP (MIN (self->n_workers, run.paths->len), 1, 64);
  /* One connection writes for all the workers, as they take turns anyway:
   * its cache stays warm, where each worker's own was emptied by every
   * commit of the others. */
  if (run.paths->len > 0)
    run.writer = dossier_database_open (run.database_path, &local_error);
  if (run.writer != NULL)
    {
      run.rules = load_rules (run.writer);
      run_workers (&run, n_workers, &local_error);
    }

  g_clear_pointer (&run.rules, dossier_rule_set_free);
  g_clear_pointer (&run.writer, dossier_database_close);
  g_thread_pool_free (run.syncer, FALSE, TRUE);
  g_cond_clear (&run.synced);
  g_mutex_clear (&run.sync_lock);
  g_mutex_clear (&run.write_lock);
  g_free (run.files_path);
  g_free (run.database_path);
  g_ptr_array_unref (run.paths);

  /* Cancelling keeps what was done: the files not reached say so. */
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      if (result->status == DOSSIER_IMPORT_FAILED && result->reason == NULL)
        {
          result->error = DOSSIER_ERROR_FAILED;
          result->reason = g_strdup (_("not imported: the import was cancelled"));
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&results);
}

/* ---- Off the main thread ---- */

typedef struct
{
  DossierImport       *import;   /* owned */
  guint                done;
  guint                total;
  DossierImportResult *result;   /* owned copy */
} ProgressReport;

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->import);
  dossier_import_result_free (report->result);
  g_free (report);
}

static gboolean
emit_progress_cb (gpointer data)
{
  ProgressReport *report = data;

  g_signal_emit (report->import, signals[PROGRESS], 0, report->done, report->total,
                 report->result->path);
  return G_SOURCE_REMOVE;
}


static void
report_progress_on_main_thread (guint                      done,
                                guint                      total,
                                const DossierImportResult *result,
                                gpointer                   user_data)
{
  GTask *task = user_data;
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->import = g_object_ref (g_task_get_source_object (task));
  report->done = done;
  report->total = total;
  report->result = dossier_import_result_copy (result);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              emit_progress_cb, report, progress_report_free);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *results;

  results = dossier_import_run (source_object, task_data, report_progress_on_main_thread, task,
                                cancellable, &error);
  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

void
dossier_import_run_async (DossierImport       *self,
                          const char * const  *paths,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOSSIER_IS_IMPORT (self));
  g_return_if_fail (paths != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_import_run_async);
  g_task_set_task_data (task, g_strdupv ((char **) paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, import_thread);
}

/* Returns: (transfer full) (element-type DossierImportResult) */
GPtrArray *
dossier_import_run_finish (DossierImport  *self,
                           GAsyncResult   *result,
                           GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- GObject ---- */

static void
dossier_import_finalize (GObject *object)
{
  DossierImport *self = DOSSIER_IMPORT (object);

  g_clear_object (&self->library);
  g_free (self->password);
  g_free (self->helper_path);
  G_OBJECT_CLASS (dossier_import_parent_class)->finalize (object);
}

static void
dossier_import_class_init (DossierImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_import_finalize;

  /* A file is done: (done, total, path). */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_UINT, G_TYPE_UINT, G_TYPE_STRING);
}

static void
dossier_import_init (DossierImport *self)
{
  /* A worker keeps about two cores busy: its helper reading one letter,
   * and itself analysing, tagging and indexing the last. On two cores one
   * worker was faster than two in 8 of 10 runs taken in turn (median 526
   * pages/s against 506), and leaves the window some room. */
  self->n_workers = MAX (1, g_get_num_processors () / 2);
  self->time_limit_seconds = DEFAULT_TIME_LIMIT_SECONDS;
  self->memory_limit_mb = DEFAULT_MEMORY_LIMIT_MB;
  self->max_bytes = DEFAULT_MAX_BYTES;
}

DossierImport *
dossier_import_new (DossierLibrary *library)
{
  DossierImport *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_IMPORT, NULL);
  self->library = g_object_ref (library);
  return self;
}

void
dossier_import_set_password (DossierImport *self,
                             const char    *password)
{
  g_return_if_fail (DOSSIER_IS_IMPORT (self));
  g_free (self->password);
  self->password = g_strdup (password);
}

void
dossier_import_set_n_workers (DossierImport *self,
                              guint          n_workers)
{
  g_return_if_fail (DOSSIER_IS_IMPORT (self));
  self->n_workers = MAX (n_workers, 1);
}

/* A limit of 0 keeps the default. */
void
dossier_import_set_limits (DossierImport *self,
                           guint          time_limit_seconds,
                           guint          memory_limit_mb,
                           guint64        max_bytes)
{
  g_return_if_fail (DOSSIER_IS_IMPORT (self));
  if (time_limit_seconds > 0)
    self->time_limit_seconds = time_limit_seconds;
  if (memory_limit_mb > 0)
    self->memory_limit_mb = memory_limit_mb;
  if (max_bytes > 0)
    self->max_bytes = max_bytes;
}

void
dossier_import_set_helper (DossierImport *self,
                           const char    *helper_path)
{
  g_return_if_fail (DOSSIER_IS_IMPORT (self));
  g_free (self->helper_path);
  self->helper_path = g_strdup (helper_path);
}
