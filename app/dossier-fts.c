/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-fts.h"

#include <glib.h>
#include <libstemmer.h>
#include <string.h>

/* Words kept on the stack while ё is folded; longer ones go to the heap. */
#define SHORT_WORD_BYTES 128

/* Longer tokens are not words but base64, hashes or glued-together garbage
 * from a broken text layer: stemming them would only cost time. */
#define MAX_STEMMED_BYTES 256

#define MAX_STEMMERS_PER_SCRIPT 3

/* Stemming is most of the tokenizer's cost, and a few thousand words make
 * up most of any text: their stems are remembered, per tokenizer instance,
 * in a direct-mapped cache of words up to CACHED_WORD_BYTES long. */
#define STEM_CACHE_SLOTS 4096
#define CACHED_WORD_BYTES 30

typedef enum
{
  SCRIPT_OTHER,
  SCRIPT_LATIN,
  SCRIPT_CYRILLIC,
} Script;

typedef struct
{
  struct sb_stemmer *stemmers[MAX_STEMMERS_PER_SCRIPT];
  guint              n_stemmers;
} StemmerSet;

/* The distinct stems of a word, none equal to the word itself. */
typedef struct
{
  const char *stems[MAX_STEMMERS_PER_SCRIPT];
  int         n_stem_bytes[MAX_STEMMERS_PER_SCRIPT];
  guint       n_stems;
} Stems;

typedef struct
{
  guint8 n_word;             /* 0 for an empty slot */
  guint8 n_stems;
  guint8 n_stem_bytes[MAX_STEMMERS_PER_SCRIPT];
  char   word[CACHED_WORD_BYTES];
  char   stems[MAX_STEMMERS_PER_SCRIPT][CACHED_WORD_BYTES];
} StemCacheSlot;

/* One per FTS5 table and connection, so the stemmers, which keep their
 * working buffers inside themselves, are never shared between threads. */
typedef struct
{
  fts5_tokenizer  unicode61;
  Fts5Tokenizer  *unicode61_instance;
  StemmerSet      latin;
  StemmerSet      cyrillic;
  StemCacheSlot  *stem_cache;
} DossierTokenizer;

typedef int (*EmitTokenFunc) (void       *fts5_ctx,
                              int         tflags,
                              const char *token,
                              int         n_token,
                              int         start,
                              int         end);

/* State of one xTokenize call, alive only during it. */
typedef struct
{
  DossierTokenizer *tokenizer;
  void             *fts5_ctx;
  EmitTokenFunc     emit;
  gboolean          with_stems;
  gboolean          query;
  char              short_word[SHORT_WORD_BYTES];
  char             *long_word;
  gsize             long_word_size;
} TokenizeCall;

static const char * const latin_languages[] = { "english", "french", "german" };
static const char * const cyrillic_languages[] = { "russian" };

G_STATIC_ASSERT (G_N_ELEMENTS (latin_languages) <= MAX_STEMMERS_PER_SCRIPT);
G_STATIC_ASSERT (G_N_ELEMENTS (cyrillic_languages) <= MAX_STEMMERS_PER_SCRIPT);
G_STATIC_ASSERT ((STEM_CACHE_SLOTS & (STEM_CACHE_SLOTS - 1)) == 0);
G_STATIC_ASSERT (CACHED_WORD_BYTES <= G_MAXUINT8);

static void
stemmer_set_clear (StemmerSet *set)
{
  for (guint i = 0; i < set->n_stemmers; i++)
    sb_stemmer_delete (set->stemmers[i]);
  set->n_stemmers = 0;
}

static gboolean
stemmer_set_init (StemmerSet         *set,
                  const char * const *languages,
                  guint               n_languages)
{
  set->n_stemmers = 0;
  for (guint i = 0; i < n_languages; i++)
    {
      struct sb_stemmer *stemmer = sb_stemmer_new (languages[i], "UTF_8");

      if (stemmer == NULL)
        {
          stemmer_set_clear (set);
          return FALSE;
        }
      set->stemmers[set->n_stemmers++] = stemmer;
    }

  return TRUE;
}

static void
dossier_tokenizer_delete (Fts5Tokenizer *instance)
{
  DossierTokenizer *self = (DossierTokenizer *) instance;

  if (self == NULL)
    return;

  if (self->unicode61_instance != NULL)
    self->unicode61.xDelete (self->unicode61_instance);
  stemmer_set_clear (&self->latin);
  stemmer_set_clear (&self->cyrillic);
  g_free (self->stem_cache);
  g_free (self);
}

static int
dossier_tokenizer_create (void           *user_data,
                          const char    **args,
                          int             n_args,
                          Fts5Tokenizer **out)
{
  fts5_api *api = user_data;
  DossierTokenizer *self;
  void *unicode61_data = NULL;
  int rc;

  *out = NULL;
  self = g_new0 (DossierTokenizer, 1);
  self->stem_cache = g_new0 (StemCacheSlot, STEM_CACHE_SLOTS);

  rc = api->xFindTokenizer (api, "unicode61", &unicode61_data, &self->unicode61);
  if (rc == SQLITE_OK)
    rc = self->unicode61.xCreate (unicode61_data, args, n_args,
                                  &self->unicode61_instance);
  if (rc == SQLITE_OK
      && (!stemmer_set_init (&self->latin, latin_languages,
                             G_N_ELEMENTS (latin_languages))
          || !stemmer_set_init (&self->cyrillic, cyrillic_languages,
                                G_N_ELEMENTS (cyrillic_languages))))
    rc = SQLITE_ERROR;

  if (rc != SQLITE_OK)
    {
      dossier_tokenizer_delete ((Fts5Tokenizer *) self);
      return rc;
    }

  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

/* Decodes one well-formed UTF-8 sequence of up to three bytes (enough for
 * every Latin and Cyrillic letter); anything else yields 0. */
static gunichar
decode_short_utf8 (const guchar *p,
                   const guchar *end,
                   guint        *length)
{
  if (p[0] < 0x80)
    {
      *length = 1;
      return p[0];
    }
  if (p[0] >= 0xc2 && p[0] < 0xe0 && end - p >= 2 && (p[1] & 0xc0) == 0x80)
    {
      *length = 2;
      return ((gunichar) (p[0] & 0x1f) << 6) | (p[1] & 0x3f);
    }
  if (p[0] >= 0xe0 && p[0] < 0xf0 && end - p >= 3
      && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80)
    {
      gunichar c = ((gunichar) (p[0] & 0x0f) << 12)
                   | ((gunichar) (p[1] & 0x3f) << 6) | (p[2] & 0x3f);

      *length = 3;
      return c >= 0x800 ? c : 0;
    }

  return 0;
}

static Script
script_of_letter (gunichar c)
{
  if (c >= 'a' && c <= 'z')
    return SCRIPT_LATIN;
  /* Latin-1 letters, Latin Extended-A and -B, Latin Extended Additional;
   * U+00D7 and U+00F7 are the multiplication and division signs. */
  if ((c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7)
      || (c >= 0x1e00 && c <= 0x1eff))
    return SCRIPT_LATIN;
  /* Cyrillic and Cyrillic Supplement, which hold the Kazakh letters. */
  if (c >= 0x400 && c <= 0x52f)
    return SCRIPT_CYRILLIC;

  return SCRIPT_OTHER;
}

/* The script all letters of @word belong to, or SCRIPT_OTHER for numbers,
 * mixed scripts, other scripts and ill-formed UTF-8, which are only
 * indexed as they are. */
static Script
script_of_word (const char *word,
                int         n_word,
                gboolean   *has_yo)
{
  const guchar *p = (const guchar *) word;
  const guchar *end = p + n_word;
  Script script = SCRIPT_OTHER;

  *has_yo = FALSE;
  while (p < end)
    {
      guint length;
      gunichar c = decode_short_utf8 (p, end, &length);
      Script letter_script = c != 0 ? script_of_letter (c) : SCRIPT_OTHER;

      if (letter_script == SCRIPT_OTHER
          || (script != SCRIPT_OTHER && letter_script != script))
        return SCRIPT_OTHER;
      script = letter_script;
      *has_yo |= c == 0x451;
      p += length;
    }

  return script;
}

static char *
tokenize_call_word_buffer (TokenizeCall *call,
                           gsize         size)
{
  if (size <= sizeof call->short_word)
    return call->short_word;

  if (size > call->long_word_size)
    {
      call->long_word = g_realloc (call->long_word, size);
      call->long_word_size = size;
    }
  return call->long_word;
}

/* unicode61 leaves ё alone, but Russian writes it as е most of the time:
 * both spellings must meet in the index.  Both letters take two bytes. */
static const char *
copy_folding_yo (TokenizeCall *call,
                 const char   *word,
                 int           n_word)
{
  guchar *copy = (guchar *) tokenize_call_word_buffer (call, n_word);

  memcpy (copy, word, n_word);
  for (int i = 0; i + 1 < n_word; i++)
    {
      if (copy[i] == 0xd1 && copy[i + 1] == 0x91)
        {
          copy[i] = 0xd0;
          copy[i + 1] = 0xb5;
          i++;
        }
    }

  return (const char *) copy;
}

static gboolean
same_bytes (const void *a,
            int         n_a,
            const void *b,
            int         n_b)
{
  return n_a == n_b && memcmp (a, b, n_a) == 0;
}

/* Each stemmer returns its own internal buffer, which stays valid until
 * that stemmer runs again, so the stems need no copy. */
static int
stem_word (const StemmerSet *set,
           const char       *word,
           int               n_word,
           Stems            *out)
{
  out->n_stems = 0;
  for (guint i = 0; i < set->n_stemmers; i++)
    {
      const sb_symbol *stem = sb_stemmer_stem (set->stemmers[i],
                                               (const sb_symbol *) word, n_word);
      int n_stem = sb_stemmer_length (set->stemmers[i]);
      gboolean is_new;

      if (stem == NULL)
        return SQLITE_NOMEM;

      is_new = n_stem > 0 && !same_bytes (stem, n_stem, word, n_word);
      for (guint j = 0; j < out->n_stems && is_new; j++)
        is_new = !same_bytes (stem, n_stem, out->stems[j], out->n_stem_bytes[j]);
      if (is_new)
        {
          out->stems[out->n_stems] = (const char *) stem;
          out->n_stem_bytes[out->n_stems] = n_stem;
          out->n_stems++;
        }
    }

  return SQLITE_OK;
}

static StemCacheSlot *
stem_cache_slot (DossierTokenizer *self,
                 const char       *word,
                 int               n_word)
{
  guint32 hash = 2166136261u;   /* FNV-1a */

  for (int i = 0; i < n_word; i++)
    hash = (hash ^ (guchar) word[i]) * 16777619u;

  return &self->stem_cache[hash & (STEM_CACHE_SLOTS - 1)];
}

static gboolean
stem_cache_lookup (const StemCacheSlot *slot,
                   const char          *word,
                   int                  n_word,
                   Stems               *out)
{
  if (!same_bytes (slot->word, slot->n_word, word, n_word))
    return FALSE;

  out->n_stems = slot->n_stems;
  for (guint i = 0; i < slot->n_stems; i++)
    {
      out->stems[i] = slot->stems[i];
      out->n_stem_bytes[i] = slot->n_stem_bytes[i];
    }
  return TRUE;
}

static void
stem_cache_store (StemCacheSlot *slot,
                  const char    *word,
                  int            n_word,
                  const Stems   *stems)
{
  for (guint i = 0; i < stems->n_stems; i++)
    {
      if (stems->n_stem_bytes[i] > CACHED_WORD_BYTES)
        return;
    }

  slot->n_word = n_word;
  memcpy (slot->word, word, n_word);
  slot->n_stems = stems->n_stems;
  for (guint i = 0; i < stems->n_stems; i++)
    {
      slot->n_stem_bytes[i] = stems->n_stem_bytes[i];
      memcpy (slot->stems[i], stems->stems[i], stems->n_stem_bytes[i]);
    }
}

static int
stem_word_cached (DossierTokenizer *self,
                  const StemmerSet *set,
                  const char       *word,
                  int               n_word,
                  Stems            *out)
{
  StemCacheSlot *slot;
  int rc;

  if (n_word > CACHED_WORD_BYTES)
    return stem_word (set, word, n_word, out);

  slot = stem_cache_slot (self, word, n_word);
  if (stem_cache_lookup (slot, word, n_word, out))
    return SQLITE_OK;

  rc = stem_word (set, word, n_word, out);
  if (rc == SQLITE_OK)
    stem_cache_store (slot, word, n_word, out);
  return rc;
}

/* At the position of the word just emitted. */
static int
emit_stems (TokenizeCall *call,
            const Stems  *stems,
            int           start,
            int           end)
{
  for (guint i = 0; i < stems->n_stems; i++)
    {
      int rc = call->emit (call->fts5_ctx, FTS5_TOKEN_COLOCATED, stems->stems[i],
                           stems->n_stem_bytes[i], start, end);

      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

/* Documents and queries get the same terms, the word and its stems at one
 * position: a query then matches a document word sharing a stem with it,
 * and also one whose stem is the query word itself (Козлов finds Козлова,
 * whose Russian stem is "козлов" while its own is "козл"). */
static int
on_unicode61_token (void       *user_data,
                    int         tflags,
                    const char *token,
                    int         n_token,
                    int         start,
                    int         end)
{
  TokenizeCall *call = user_data;
  gboolean has_yo;
  Script script = script_of_word (token, n_token, &has_yo);
  const char *word = has_yo ? copy_folding_yo (call, token, n_token) : token;
  const StemmerSet *stemmers;
  Stems stems;
  int rc;

  if (!call->with_stems || script == SCRIPT_OTHER || n_token > MAX_STEMMED_BYTES)
    return call->emit (call->fts5_ctx, tflags, word, n_token, start, end);

  stemmers = script == SCRIPT_LATIN ? &call->tokenizer->latin
                                    : &call->tokenizer->cyrillic;
  rc = stem_word_cached (call->tokenizer, stemmers, word, n_token, &stems);
  if (rc != SQLITE_OK)
    return rc;

  /* A Latin query word needs only its stems: every document word indexes
   * its own, and the word's doclist would only repeat part of theirs. */
  if (call->query && script == SCRIPT_LATIN && stems.n_stems > 0)
    {
      rc = call->emit (call->fts5_ctx, tflags, stems.stems[0], stems.n_stem_bytes[0], start, end);
      stems.n_stems--;
      memmove (stems.stems, stems.stems + 1, stems.n_stems * sizeof stems.stems[0]);
      memmove (stems.n_stem_bytes, stems.n_stem_bytes + 1,
               stems.n_stems * sizeof stems.n_stem_bytes[0]);
    }
  else
    rc = call->emit (call->fts5_ctx, tflags, word, n_token, start, end);
  if (rc != SQLITE_OK)
    return rc;
  return emit_stems (call, &stems, start, end);
}

static int
dossier_tokenizer_tokenize (Fts5Tokenizer *instance,
                            void          *fts5_ctx,
                            int            flags,
                            const char    *text,
                            int            n_text,
                            EmitTokenFunc  emit)
{
  DossierTokenizer *self = (DossierTokenizer *) instance;
  TokenizeCall call = {
    .tokenizer = self,
    .fts5_ctx = fts5_ctx,
    .emit = emit,
    /* A prefix query matches the words as written, which are indexed. */
    .with_stems = (flags & FTS5_TOKENIZE_PREFIX) == 0,
    .query = (flags & FTS5_TOKENIZE_QUERY) != 0,
  };
  int rc;

  rc = self->unicode61.xTokenize (self->unicode61_instance, &call, flags,
                                  text, n_text, on_unicode61_token);
  g_free (call.long_word);

  return rc;
}

static fts5_tokenizer dossier_tokenizer = {
  .xCreate = dossier_tokenizer_create,
  .xDelete = dossier_tokenizer_delete,
  .xTokenize = dossier_tokenizer_tokenize,
};

fts5_api *
dossier_fts_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return api;
}

static int
compare_hit_spans (gconstpointer a,
                   gconstpointer b)
{
  const gint32 *x = a, *y = b;

  return (x[0] > y[0]) - (x[0] < y[0]);
}

/* Positions come from the index: no text is tokenized again. */
GBytes *
dossier_fts_hit_spans (const Fts5ExtensionApi  *api,
                       Fts5Context             *fts,
                       int                     *rc)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, 2 * sizeof (gint32));
  int n_instances = 0;

  *rc = api->xInstCount (fts, &n_instances);
  for (int i = 0; *rc == SQLITE_OK && i < n_instances; i++)
    {
      int phrase, column, offset;

      *rc = api->xInst (fts, i, &phrase, &column, &offset);
      if (*rc == SQLITE_OK && column == 1)
        {
          gint32 span[2] = { offset, MAX (api->xPhraseSize (fts, phrase), 1) };
          g_array_append_vals (spans, span, 1);
        }
    }
  if (*rc != SQLITE_OK)
    return NULL;
  g_array_sort (spans, compare_hit_spans);
  return g_bytes_new (spans->data, spans->len * 2 * sizeof (gint32));
}

static void
hit_spans_function (const Fts5ExtensionApi  *api,
                    Fts5Context             *fts,
                    sqlite3_context         *context,
                    int                      n_values,
                    sqlite3_value          **values)
{
  int rc;
  g_autoptr(GBytes) spans = dossier_fts_hit_spans (api, fts, &rc);
  gsize size;
  const void *data;

  if (spans == NULL)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }
  data = g_bytes_get_data (spans, &size);
  sqlite3_result_blob (context, data, (int) size, SQLITE_TRANSIENT);
}

static int
on_word_span (void       *user_data,
              int         tflags,
              const char *token,
              int         n_token,
              int         start,
              int         end)
{
  DossierWordSpan span = { start, end };

  if ((tflags & FTS5_TOKEN_COLOCATED) == 0)
    g_array_append_val ((GArray *) user_data, span);
  return SQLITE_OK;
}

int
dossier_fts_word_spans (sqlite3    *db,
                        const char *text,
                        int         n_text,
                        GArray     *spans)
{
  /* The words the "dossier" tokenizer counts are unicode61's, with the
   * same arguments as the tables' (see dossier-database.c). */
  const char *arguments[] = { "remove_diacritics", "2" };
  fts5_api *api = dossier_fts_api (db);
  fts5_tokenizer unicode61;
  Fts5Tokenizer *instance = NULL;
  void *user_data = NULL;
  int rc;

  if (api == NULL)
    return SQLITE_ERROR;
  rc = api->xFindTokenizer (api, "unicode61", &user_data, &unicode61);
  if (rc == SQLITE_OK)
    rc = unicode61.xCreate (user_data, arguments, G_N_ELEMENTS (arguments), &instance);
  if (rc != SQLITE_OK)
    return rc;
  rc = unicode61.xTokenize (instance, spans, FTS5_TOKENIZE_DOCUMENT, text, n_text, on_word_span);
  unicode61.xDelete (instance);
  return rc;
}

int
dossier_fts_register (sqlite3 *db)
{
  fts5_api *api;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  api = dossier_fts_api (db);
  if (api == NULL)
    return SQLITE_ERROR;

  /* The api belongs to @db and lives as long as it: every tokenizer
   * instance finds unicode61 through it. */
  rc = api->xCreateTokenizer (api, "dossier", api, &dossier_tokenizer, NULL);
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "dossier_hit_spans", NULL, hit_spans_function, NULL);
  return rc;
}
