/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-fts.h"
#include "dossier-taxonomy.h"

#define BUSY_TIMEOUT_USEC  (10 * G_USEC_PER_SEC)
#define BUSY_FIRST_WAIT_USEC 50
#define BUSY_LONGEST_WAIT_USEC 10000

struct _DossierDatabase
{
  sqlite3    *handle;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, both owned */
  gint64      busy_since;   /* when the current wait for a lock began */
};

/* Each entry moves a library from version i to i + 1; never edit one that
 * has shipped, add the next. */
static const char *migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  title TEXT,"
  "  doc_date TEXT,"                      /* YYYY-MM-DD */
  "  place TEXT,"
  "  senders TEXT,"                       /* one per line */
  "  recipient TEXT,"
  "  kind TEXT,"
  "  language TEXT,"
  "  page_count INTEGER NOT NULL,"
  "  pages_with_text INTEGER NOT NULL,"
  "  bytes INTEGER NOT NULL,"
  "  original_name TEXT NOT NULL,"
  "  imported_at INTEGER NOT NULL,"       /* seconds since the epoch, UTC */
  "  notes TEXT,"
  "  confidential INTEGER NOT NULL DEFAULT 0,"
  "  user_fields INTEGER NOT NULL DEFAULT 0" /* DossierDocumentField bits set by the user */
  ");"
  "CREATE INDEX documents_by_date ON documents (doc_date, id);"
  "CREATE INDEX documents_by_title ON documents (title COLLATE NOCASE, id);"
  "CREATE INDEX documents_by_import ON documents (imported_at, id);"
  /* A page's id is (document id << 16) | page number. first_word is the
   * position of its first word in its document's indexed text, which
   * tells the page of a hit. */
  "CREATE TABLE pages ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL,"             /* from 1 */
  "  has_text INTEGER NOT NULL,"
  "  first_word INTEGER NOT NULL,"
  "  UNIQUE (document_id, number)"
  ");"
  /* The text of each document: its pages joined by form feeds, so that a
   * hit's place in it tells its page. Searches match and rank whole
   * documents (a letter with "Kozlov" on page 1 and "torture" on page 3
   * matches both), a third as many rows as pages. Text is indexed in
   * batches after its document is stored: one FTS5 segment per batch. */
  "CREATE TABLE document_text ("
  "  id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,"
  "  title TEXT,"
  "  body TEXT NOT NULL,"
  "  indexed INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX document_text_to_index ON document_text (id) WHERE indexed = 0;"
  "CREATE VIRTUAL TABLE text_fts USING fts5 ("
  "  title, body, content = 'document_text', content_rowid = 'id',"
  "  tokenize = 'dossier remove_diacritics 2');"
  "INSERT INTO text_fts (text_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');"
  "CREATE TRIGGER text_deleted BEFORE DELETE ON document_text WHEN old.indexed BEGIN"
  "  INSERT INTO text_fts (text_fts, rowid, title, body)"
  "   VALUES ('delete', old.id, old.title, old.body);"
  "END;"
  "CREATE TRIGGER text_title_changed AFTER UPDATE OF title ON document_text WHEN old.indexed BEGIN"
  "  INSERT INTO text_fts (text_fts, rowid, title, body)"
  "   VALUES ('delete', old.id, old.title, old.body);"
  "  INSERT INTO text_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
  "END;"
  "CREATE TRIGGER document_title_changed AFTER UPDATE OF title ON documents BEGIN"
  "  UPDATE document_text SET title = new.title WHERE id = new.id;"
  "END;",

  /* 1 → 2: the Inbox (documents nobody has looked at yet) and deletion
   * that can be undone (a deleted document waits in the trash until the
   * chance to undo has passed). */
  "ALTER TABLE documents ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE documents ADD COLUMN trashed_at INTEGER;"
  "CREATE INDEX documents_in_trash ON documents (id) WHERE trashed_at IS NOT NULL;",

  /* 2 → 3: tags. key is the stable id of a default-taxonomy tag, NULL for
   * the user's own. A rule run inserts ('rule', 'suggested') only where no
   * row exists; a manual tag is ('manual', 'accepted'); removing a tag
   * sets 'rejected', a kept decision that rules never overturn.
   * library_settings holds 'taxonomy-version' and 'taxonomy-deleted' (the
   * keys of default tags the user deleted, one per line, so that a
   * taxonomy update does not bring them back). */
  "CREATE TABLE tags ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT UNIQUE,"
  "  name TEXT NOT NULL,"
  "  facet TEXT NOT NULL,"
  "  parent_id INTEGER REFERENCES tags (id) ON DELETE SET NULL,"
  "  colour TEXT,"                        /* #rrggbb */
  "  description TEXT,"
  "  confidential INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE UNIQUE INDEX tags_by_name ON tags (facet, name COLLATE NOCASE);"
  "CREATE TABLE tag_aliases ("
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  alias TEXT NOT NULL,"
  "  PRIMARY KEY (tag_id, alias)"
  ");"
  "CREATE TABLE tag_rules ("
  "  id INTEGER PRIMARY KEY,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  pattern TEXT NOT NULL,"
  "  mode TEXT NOT NULL CHECK (mode IN ('any', 'all', 'phrase', 'regex'))"
  ");"
  "CREATE TABLE document_tags ("
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  origin TEXT NOT NULL CHECK (origin IN ('manual', 'rule')),"
  "  state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected')),"
  "  PRIMARY KEY (document_id, tag_id)"
  ");"
  "CREATE INDEX document_tags_by_tag ON document_tags (tag_id, state);"
  "CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT);"
  /* The list's default order, read straight off an index: sorting 20,000
   * rows at start cost more than the rest of opening the window. */
  "CREATE INDEX documents_listed_by_date ON documents (doc_date IS NULL, doc_date DESC, id DESC)"
  "  WHERE trashed_at IS NULL;"
  "CREATE INDEX documents_listed_by_date_up ON documents (doc_date IS NULL, doc_date, id)"
  "  WHERE trashed_at IS NULL;",

  /* 3 → 4: follow-ups. An event is a round of a process (rounds are
   * numbered by date among the events of the same process, ignoring
   * case); an ask is what the EU was asked, at an event or not yet. An
   * event with asks cannot be deleted (no ON DELETE action on
   * asks.event_id): its asks must go elsewhere first. ask_history is
   * append-only: each row is the ask as it stood after one change
   * (changed: DossierAskChangeFlags), with the event's title as it was;
   * the triggers refuse to rewrite or remove a row, unless its ask is
   * being deleted. */
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('dialogue', 'council', 'subcommittee', 'visit',"
  "                                     'resolution', 'negotiation', 'upr', 'other')),"
  "  country_tag_id INTEGER REFERENCES tags (id) ON DELETE SET NULL,"
  "  date TEXT NOT NULL,"                 /* YYYY-MM-DD */
  "  place TEXT,"
  "  process TEXT,"
  "  notes TEXT,"
  "  created_at INTEGER NOT NULL"         /* seconds since the epoch, UTC */
  ");"
  "CREATE INDEX events_by_process ON events (process COLLATE NOCASE, date, id);"
  "CREATE INDEX events_by_date ON events (date, id);"
  "CREATE TABLE event_documents ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (event_id, document_id)"
  ");"
  "CREATE INDEX event_documents_by_document ON event_documents (document_id);"
  "CREATE TABLE asks ("
  "  id INTEGER PRIMARY KEY,"
  "  text TEXT NOT NULL,"
  "  event_id INTEGER REFERENCES events (id),"
  "  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'raised', 'answered',"
  "                                         'resolved', 'unresolved', 'dropped')),"
  "  owner TEXT,"
  "  due_date TEXT,"                      /* YYYY-MM-DD */
  "  next_step TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX asks_by_event ON asks (event_id);"
  "CREATE INDEX asks_open_by_due ON asks (due_date) WHERE status NOT IN ('resolved', 'dropped');"
  "CREATE TABLE ask_history ("
  "  id INTEGER PRIMARY KEY,"
  "  ask_id INTEGER NOT NULL REFERENCES asks (id) ON DELETE CASCADE,"
  "  at INTEGER NOT NULL,"                /* seconds since the epoch, UTC */
  "  changed INTEGER NOT NULL,"
  "  note TEXT,"
  "  text TEXT NOT NULL,"
  "  status TEXT NOT NULL,"
  "  due_date TEXT,"
  "  owner TEXT,"
  "  next_step TEXT,"
  "  event_id INTEGER,"                   /* no reference: the event may go, its title stays */
  "  event_title TEXT"
  ");"
  "CREATE INDEX ask_history_by_ask ON ask_history (ask_id, id);"
  "CREATE TRIGGER ask_history_kept BEFORE UPDATE ON ask_history BEGIN"
  "  SELECT RAISE (ABORT, 'the history of an ask cannot be changed');"
  "END;"
  "CREATE TRIGGER ask_history_not_deleted BEFORE DELETE ON ask_history"
  " WHEN EXISTS (SELECT 1 FROM asks WHERE id = old.ask_id) BEGIN"
  "  SELECT RAISE (ABORT, 'the history of an ask cannot be changed');"
  "END;"
  "CREATE TABLE ask_tags ("
  "  ask_id INTEGER NOT NULL REFERENCES asks (id) ON DELETE CASCADE,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (ask_id, tag_id)"
  ");"
  "CREATE INDEX ask_tags_by_tag ON ask_tags (tag_id);"
  "CREATE TABLE ask_documents ("
  "  ask_id INTEGER NOT NULL REFERENCES asks (id) ON DELETE CASCADE,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  page INTEGER NOT NULL DEFAULT 0,"    /* from 1; 0: the whole document */
  "  PRIMARY KEY (ask_id, document_id)"
  ");"
  "CREATE INDEX ask_documents_by_document ON ask_documents (document_id);",

  /* 4 → 5: a tag's rules found without reading them all, as adding the
   * default tags' 1,900 rules to a new library did for each one. */
  "CREATE INDEX tag_rules_by_tag ON tag_rules (tag_id, pattern, mode);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DOSSIER_DATABASE_SCHEMA_VERSION);

void
dossier_database_set_error (DossierDatabase  *self,
                            int               code,
                            GError          **error)
{
  int primary = code & 0xff;

  if (primary == SQLITE_FULL)
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_NO_SPACE,
                         _("The disk holding the library is full."));
  else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY,
                 _("The library cannot be written to (%s)."), sqlite3_errstr (code));
  else
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DATABASE,
                 _("The library database reported an error: %s"),
                 self && self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (code));
}

/* An IN list, computed once, rather than a correlated EXISTS probed for
 * every document: 6–36 ms against 26–59 ms for one or two tags on 20,000
 * documents (bench/tag-filter-bench). */
void
dossier_database_append_tag_condition (GString    *sql,
                                       const char *id_column,
                                       const char *param)
{
  g_string_append_printf (sql,
                          " AND %s IN (SELECT document_id FROM document_tags"
                          " WHERE state != 'rejected' AND tag_id IN"
                          " (WITH RECURSIVE subtree (id) AS (SELECT %s UNION"
                          " SELECT tags.id FROM tags JOIN subtree ON tags.parent_id = subtree.id)"
                          " SELECT id FROM subtree))",
                          id_column, param);
}

sqlite3 *
dossier_database_get_handle (DossierDatabase *self)
{
  return self->handle;
}

sqlite3_stmt *
dossier_database_prepare (DossierDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  sqlite3_stmt *statement = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);
  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), statement);
  return statement;
}

gboolean
dossier_database_exec (DossierDatabase  *self,
                       const char       *sql,
                       GError          **error)
{
  int rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that returns no rows, and resets it. */
gboolean
dossier_database_step_done (DossierDatabase  *self,
                            sqlite3_stmt     *statement,
                            GError          **error)
{
  int rc = sqlite3_step (statement);

  sqlite3_reset (statement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      dossier_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
dossier_database_begin (DossierDatabase  *self,
                        GError          **error)
{
  /* IMMEDIATE takes the write lock now, so two writers wait in the busy
   * handler instead of failing half-way with SQLITE_BUSY. */
  return dossier_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
dossier_database_commit (DossierDatabase  *self,
                         GError          **error)
{
  if (dossier_database_exec (self, "COMMIT", error))
    return TRUE;
  dossier_database_rollback (self);
  return FALSE;
}

void
dossier_database_rollback (DossierDatabase *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

/* Adds the documents stored but not yet indexed to the full-text index,
 * in one transaction. Returns how many it indexed, or -1 on error. */
int
dossier_database_index_texts (DossierDatabase  *self,
                              GError          **error)
{
  sqlite3_stmt *insert;
  sqlite3_stmt *mark;
  int count;

  insert = dossier_database_prepare (self,
    "INSERT INTO text_fts (rowid, title, body)"
    " SELECT id, title, body FROM document_text WHERE indexed = 0", error);
  if (insert == NULL)
    return -1;
  mark = dossier_database_prepare (self, "UPDATE document_text SET indexed = 1 WHERE indexed = 0",
                                   error);
  if (mark == NULL || !dossier_database_begin (self, error))
    return -1;
  if (!dossier_database_step_done (self, insert, error))
    {
      dossier_database_rollback (self);
      return -1;
    }
  count = sqlite3_changes (self->handle);
  if (!dossier_database_step_done (self, mark, error) || !dossier_database_commit (self, error))
    {
      dossier_database_rollback (self);
      return -1;
    }
  return count;
}

static int
read_schema_version (DossierDatabase  *self,
                     GError          **error)
{
  sqlite3_stmt *statement = dossier_database_prepare (self, "PRAGMA user_version", error);
  int version;
  int rc;

  if (statement == NULL)
    return -1;
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    {
      dossier_database_set_error (self, rc, error);
      sqlite3_reset (statement);
      return -1;
    }
  version = sqlite3_column_int (statement, 0);
  sqlite3_reset (statement);
  return version;
}

static gboolean
migrate (DossierDatabase  *self,
         int               from_version,
         GError          **error)
{
  if (from_version == DOSSIER_DATABASE_SCHEMA_VERSION)
    return TRUE;

  if (!dossier_database_begin (self, error))
    return FALSE;
  for (int version = from_version; version < DOSSIER_DATABASE_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!dossier_database_exec (self, migrations[version], error) ||
          !dossier_database_exec (self, set_version, error))
        {
          dossier_database_rollback (self);
          return FALSE;
        }
    }
  /* A new library starts with the default tags, in the same transaction
   * as its tables; an older one is offered them as an update. */
  if (from_version == 0 && !dossier_taxonomy_apply (self, NULL, NULL, NULL, NULL, error))
    {
      dossier_database_rollback (self);
      return FALSE;
    }
  return dossier_database_commit (self, error);
}

/* SQLite's own busy timeout sleeps 1, 2, 5, 10 ms… between tries, and an
 * import's commit holds the lock for about a millisecond: a reader that
 * met one slept for longer than the write lasted, and the other import
 * worker waited half a second in all per 400 letters. Here the first
 * wait is 50 µs, doubling up to 10 ms, for 10 s in all. */
static int
wait_when_busy (gpointer data,
                int      n_tries)
{
  DossierDatabase *self = data;
  gint64 now = g_get_monotonic_time ();

  if (n_tries == 0)
    self->busy_since = now;
  else if (now - self->busy_since > BUSY_TIMEOUT_USEC)
    return 0;
  g_usleep (MIN ((gulong) BUSY_FIRST_WAIT_USEC << MIN (n_tries, 16), BUSY_LONGEST_WAIT_USEC));
  return 1;
}

static gboolean
configure (DossierDatabase  *self,
           GError          **error)
{
  int rc;

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_handler (self->handle, wait_when_busy, self);
  rc = dossier_fts_register (self->handle);
  if (rc == SQLITE_OK)
    rc = dossier_fts_register_rank (self->handle, "text_fts");
  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (self, rc, error);
      return FALSE;
    }
  /* WAL: readers never wait for the import's writer. NORMAL keeps every
   * commit atomic and the library consistent after a crash; it only lets
   * a power cut lose the last few commits. No mmap: every page a scroll
   * or a search touches, and its neighbours, would stay mapped and count
   * as Dossier's memory (90 MB at 20,000 documents); SQLite's own 16 MB
   * cache reads as fast. */
  return dossier_database_exec (self,
                                "PRAGMA journal_mode = WAL;"
                                "PRAGMA synchronous = NORMAL;"
                                "PRAGMA foreign_keys = ON;"
                                "PRAGMA cache_size = -16384;", error);
}

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

DossierDatabase *
dossier_database_open (const char  *path,
                       GError     **error)
{
  g_autoptr(DossierDatabase) self = g_new0 (DossierDatabase, 1);
  int version;
  int rc;

  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      dossier_database_set_error (self, rc, error);
      return NULL;
    }

  /* A library from a newer Dossier is refused before anything writes to it,
   * not even the journal mode. */
  version = read_schema_version (self, error);
  if (version < 0)
    return NULL;
  if (version > DOSSIER_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NEWER_LIBRARY,
                   _("This library was written by a newer version of Dossier "
                     "(library format %d; this version reads up to %d). "
                     "It has not been changed. Please update Dossier to open it."),
                   version, DOSSIER_DATABASE_SCHEMA_VERSION);
      return NULL;
    }

  if (!configure (self, error) || !migrate (self, version, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
dossier_database_close (DossierDatabase *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close (self->handle);
  g_free (self);
}
