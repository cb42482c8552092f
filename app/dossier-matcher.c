/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-matcher.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "dossier-error.h"

/* Names reach advocacy letters through English and Russian: Жовтис is
 * Zhovtis, Байдалинова Baydalinova, Назарбаев Nazarbayev.  ICU's generic
 * Cyrillic-Latin is ISO 9 (Žovtis, Bajdalinova), which Latin-ASCII then
 * flattens to "zovtis", so Russian goes through BGN/PCGN, the system of
 * English-language press and of UN and EU documents.  Kazakh-Latin/BGN
 * takes the Kazakh letters Russian lacks (қ ғ ң ә ө ұ ү һ і), Any-Latin
 * every other script, Latin-ASCII what is left of diacritics. */
#define TRANSLITERATOR_ID \
  "Russian-Latin/BGN; Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; Lower"

/* The same few thousand words make up most letters, and ICU takes
 * microseconds a word: each thread remembers what it transliterated, up
 * to about 2 MB, then starts again. */
#define MAX_CACHED_WORDS 20000

/* Longer tokens are not words but base64 or glued lines from a broken
 * text layer: transliterating them would only cost time. */
#define MAX_TRANSLITERATED_BYTES 64

/* "on" (он), "ne" (не) and "to" (то) are Russian words too: short words
 * match only in the script they are written in. */
#define MIN_CROSS_SCRIPT_CHARS 3

/* One letter more, less or different is a spelling variant only in a long
 * name: Kozlov and Koslov, but not Li and Lee. */
#define MIN_FUZZY_STEM 6

/* "Vladimir Kozlov", "Козлова Владимира Ивановича", "В. В. Козлов". */
#define GIVEN_NAME_WINDOW 3

/* Longer runs of hyphenated words are lists ("18-25-year-olds"), not one
 * word written in parts. */
#define MAX_COMPOUND_WORDS 4

#define NO_ENTRY G_MAXUINT32

/* ------------------------------------------------------------------------ */
/* Folding: case, diacritics, and which characters make up words.           */

typedef enum
{
  CHAR_OTHER,
  CHAR_WORD,         /* letter, digit or combining mark */
  CHAR_HYPHEN,       /* ends a word, but co-operation is also cooperation */
  CHAR_APOSTROPHE,   /* ends a word: l'UE holds "UE" */
  CHAR_IGNORED,      /* soft hyphens and invisible joiners, as if absent */
} CharClass;

#define FOLD_TABLE_SIZE 0x800
#define FOLDED_MAX      8
#define FOLDED_SLOW     G_MAXUINT8

/* What a character folds to, for the characters of Latin, Greek,
 * Cyrillic, Armenian, Hebrew and Arabic text: the folding functions
 * allocate, and a letter runs through them tens of thousands of times. */
typedef struct
{
  guint8 klass;
  guint8 upper;
  guint8 lower;
  guint8 n_folded;         /* FOLDED_SLOW: longer than FOLDED_MAX */
  char   folded[FOLDED_MAX];
} FoldedChar;

/* Letters without a decomposition, which English text writes plainly all
 * the same: Łódź is Lodz, Ørsted Orsted, Əliyev Aliyev. */
static const struct
{
  gunichar    c;
  const char *plain;
} plain_letters[] = {
  { 0x00E6, "ae" }, { 0x00F0, "d" }, { 0x00F8, "o" }, { 0x00FE, "th" },
  { 0x0111, "d" }, { 0x0127, "h" }, { 0x0131, "i" }, { 0x0138, "k" },
  { 0x0142, "l" }, { 0x0153, "oe" }, { 0x0167, "t" }, { 0x0259, "a" },
};

static CharClass
classify_unichar (gunichar c)
{
  switch (c)
    {
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return CHAR_IGNORED;
    case '-': case 0x2010: case 0x2011:
      return CHAR_HYPHEN;
    /* ʻ and ʼ are letters to Unicode, but apostrophes to their writers. */
    case '\'': case 0x2018: case 0x2019: case 0x02BB: case 0x02BC:
      return CHAR_APOSTROPHE;
    default:
      return g_unichar_isalnum (c) || g_unichar_ismark (c) ? CHAR_WORD : CHAR_OTHER;
    }
}

static void
append_plain (GString    *out,
              const char *folded)
{
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *plain = NULL;

      for (gsize i = 0; i < G_N_ELEMENTS (plain_letters) && plain == NULL; i++)
        if (plain_letters[i].c == c)
          plain = plain_letters[i].plain;
      if (plain != NULL)
        g_string_append (out, plain);
      else
        g_string_append_unichar (out, c);
    }
}

/* NFKD, without combining marks, casefolded.  Cyrillic only loses its
 * case and writes ё as е, as Russian print does: its marks make letters
 * (й is not и), and transliteration needs them. */
static void
fold_unichar (gunichar  c,
              GString  *out)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_parts;

  if (c >= 0x0400 && c <= 0x052F)
    {
      c = g_unichar_tolower (c);
      if (c == 0x0451 || c == 0x0450)
        c = 0x0435;
      g_string_append_unichar (out, c);
      return;
    }

  n_parts = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n_parts; i++)
    {
      char utf8[8];
      int n_utf8;
      g_autofree char *folded = NULL;

      if (g_unichar_ismark (parts[i]))
        continue;
      n_utf8 = g_unichar_to_utf8 (parts[i], utf8);
      folded = g_utf8_casefold (utf8, n_utf8);
      append_plain (out, folded);
    }
}

static const FoldedChar *
fold_table (void)
{
  static FoldedChar *table = NULL;

  if (g_once_init_enter (&table))
    {
      FoldedChar *new_table = g_new0 (FoldedChar, FOLD_TABLE_SIZE);
      g_autoptr(GString) folded = g_string_new (NULL);

      for (gunichar c = 0; c < FOLD_TABLE_SIZE; c++)
        {
          FoldedChar *entry = &new_table[c];

          entry->klass = classify_unichar (c);
          entry->upper = g_unichar_isupper (c) || g_unichar_istitle (c);
          entry->lower = g_unichar_islower (c);
          g_string_truncate (folded, 0);
          fold_unichar (c, folded);
          if (folded->len > FOLDED_MAX)
            {
              entry->n_folded = FOLDED_SLOW;
              continue;
            }
          entry->n_folded = folded->len;
          memcpy (entry->folded, folded->str, folded->len);
        }
      g_once_init_leave (&table, new_table);
    }

  return table;
}

/* Folds a rule's regular expression like the text it runs on.  ASCII is
 * left alone, so that escapes keep their meaning (\D is not \d), and the
 * expression is compiled caseless for it instead. */
static char *
fold_regex (const char *pattern)
{
  GString *out = g_string_sized_new (strlen (pattern));

  for (const char *p = pattern; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        fold_unichar (c, out);
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Words.                                                                    */

typedef enum
{
  WORD_JOINED      = 1 << 0,  /* joined to the next by a hyphen or apostrophe */
  WORD_CAPITALISED = 1 << 1,
  WORD_ALL_CAPS    = 1 << 2,
} WordFlags;

typedef struct
{
  guint32 start;       /* bytes into the original text */
  guint32 end;
  guint32 fold_start;  /* bytes into the folded text */
  guint32 fold_end;
  guint32 fold_id;     /* entry of the folded form */
  guint32 latin_id;    /* entry of the Latin form; fold_id for Latin words */
  guint32 flags;
} Word;

typedef struct
{
  GString  *folded;
  GArray   *words;
  Word      word;
  gboolean  in_word;
  gboolean  has_upper;
  gboolean  has_lower;
  guint     n_chars;
  gssize    join_from;    /* where a word joined to the last one would start */
  gboolean  join_hyphen;
} Scanner;

/* "tor-\nture": a word hyphenated at the end of a line. */
static gboolean
is_line_break (const char *p,
               const char *end)
{
  guint n_breaks = 0;

  for (; p < end; p++)
    {
      if (*p == '\n' || *p == '\f')
        n_breaks++;
      else if (*p != ' ' && *p != '\t' && *p != '\r')
        return FALSE;
    }

  return n_breaks == 1;
}

static void
scanner_begin_word (Scanner    *scanner,
                    const char *text,
                    gsize       offset,
                    gboolean    upper)
{
  if (scanner->join_from >= 0 && scanner->words->len > 0 &&
      ((gsize) scanner->join_from == offset ||
       (scanner->join_hyphen && is_line_break (text + scanner->join_from, text + offset))))
    g_array_index (scanner->words, Word, scanner->words->len - 1).flags |= WORD_JOINED;
  scanner->join_from = -1;

  memset (&scanner->word, 0, sizeof scanner->word);
  scanner->word.start = offset;
  scanner->word.fold_start = scanner->folded->len;
  scanner->word.flags = upper ? WORD_CAPITALISED : 0;
  scanner->in_word = TRUE;
  scanner->has_upper = scanner->has_lower = FALSE;
  scanner->n_chars = 0;
}

static void
scanner_end_word (Scanner *scanner,
                  gsize    offset)
{
  if (!scanner->in_word)
    return;
  scanner->word.end = offset;
  scanner->word.fold_end = scanner->folded->len;
  if (scanner->has_upper && !scanner->has_lower && scanner->n_chars >= 2)
    scanner->word.flags |= WORD_ALL_CAPS;
  g_array_append_val (scanner->words, scanner->word);
  scanner->in_word = FALSE;
}

/* Splits text into words and folds all of it, words and what is between
 * them, into @folded, which regular expressions run on. */
static void
scan_text (const char *text,
           gsize       length,
           GString    *folded,
           GArray     *words)
{
  const FoldedChar *table = fold_table ();
  Scanner scanner = { .folded = folded, .words = words, .join_from = -1 };
  gsize i = 0;

  while (i < length)
    {
      const FoldedChar *fc = NULL;
      gunichar c = (guchar) text[i];
      gsize next = i + 1;
      CharClass klass;
      gboolean upper, lower;

      if (c >= 0x80)
        {
          c = g_utf8_get_char_validated (text + i, length - i);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            c = ' ';
          else
            next = g_utf8_next_char (text + i) - text;
        }
      if (c < FOLD_TABLE_SIZE && table[c].n_folded != FOLDED_SLOW)
        fc = &table[c];
      klass = fc != NULL ? fc->klass : classify_unichar (c);
      upper = fc != NULL ? fc->upper : g_unichar_isupper (c) || g_unichar_istitle (c);
      lower = fc != NULL ? fc->lower : g_unichar_islower (c);

      switch (klass)
        {
        case CHAR_WORD:
          if (!scanner.in_word)
            scanner_begin_word (&scanner, text, i, upper);
          scanner.has_upper |= upper;
          scanner.has_lower |= lower;
          scanner.n_chars++;
          break;
        case CHAR_IGNORED:
          i = next;
          continue;
        case CHAR_HYPHEN:
        case CHAR_APOSTROPHE:
          if (scanner.in_word)
            {
              scanner_end_word (&scanner, i);
              scanner.join_from = next;
              scanner.join_hyphen = klass == CHAR_HYPHEN;
            }
          break;
        case CHAR_OTHER:
        default:
          scanner_end_word (&scanner, i);
          break;
        }

      if (fc != NULL && folded->allocated_len - folded->len > FOLDED_MAX)
        {
          /* g_string_append_len() is a call a character; this is not. */
          memcpy (folded->str + folded->len, fc->folded, FOLDED_MAX);
          folded->len += fc->n_folded;
          folded->str[folded->len] = '\0';
        }
      else if (fc != NULL)
        g_string_append_len (folded, fc->folded, fc->n_folded);
      else
        fold_unichar (c, folded);
      i = next;
    }
  scanner_end_word (&scanner, length);
}

/* ------------------------------------------------------------------------ */
/* Transliteration, one ICU transliterator per thread.                       */

typedef struct
{
  UTransliterator *transliterator;  /* owned: this thread's clone, or NULL */
  GHashTable      *cache;           /* folded word → its Latin form */
  UChar           *buffer;
  gint32           buffer_size;
} Transliteration;

static void
transliteration_free (gpointer data)
{
  Transliteration *self = data;

  if (self->transliterator != NULL)
    utrans_close (self->transliterator);
  g_hash_table_unref (self->cache);
  g_free (self->buffer);
  g_free (self);
}

/* Transliterators keep working state inside themselves, and matching runs
 * in the import's worker threads: each thread clones its own from one
 * template, which is built once, since building it parses ICU's rules
 * (20–90 ms).  ICU promises nothing about cloning one transliterator from
 * two threads at once, hence the lock; a clone takes microseconds. */
static GPrivate thread_transliteration = G_PRIVATE_INIT (transliteration_free);
static GMutex template_lock;

static UTransliterator *
transliterator_template (void)
{
  static UTransliterator *template = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      UErrorCode status = U_ZERO_ERROR;
      UParseError parse_error;
      UChar id[sizeof TRANSLITERATOR_ID];

      u_uastrcpy (id, TRANSLITERATOR_ID);
      template = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, &parse_error, &status);
      if (U_FAILURE (status))
        {
          g_warning ("Names will not match across scripts: no ICU transliterator %s: %s",
                     TRANSLITERATOR_ID, u_errorName (status));
          template = NULL;
        }
      g_once_init_leave (&initialised, 1);
    }

  return template;
}

static Transliteration *
thread_transliteration_get (void)
{
  Transliteration *self = g_private_get (&thread_transliteration);
  UTransliterator *template;

  if (self != NULL)
    return self;

  self = g_new0 (Transliteration, 1);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  template = transliterator_template ();
  if (template != NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      g_mutex_lock (&template_lock);
      self->transliterator = utrans_clone (template, &status);
      g_mutex_unlock (&template_lock);
      if (U_FAILURE (status))
        self->transliterator = NULL;
    }
  g_private_set (&thread_transliteration, self);

  return self;
}

/* Keeps only ASCII letters and digits: BGN writes ь and ъ as ʹ and ʺ,
 * which Latin-ASCII makes into ' and ", and Latin text spells Васильев
 * Vasilyev, not Vasil'yev. */
static char *
transliterate (Transliteration *self,
               const char      *word,
               gsize            length)
{
  gint32 capacity = (gint32) length * 4 + 16;

  for (int attempt = 0; attempt < 3; attempt++, capacity *= 2)
    {
      UErrorCode status = U_ZERO_ERROR;
      gint32 n_units = 0, limit;
      GString *latin;

      if (self->buffer_size < capacity)
        {
          self->buffer = g_renew (UChar, self->buffer, capacity);
          self->buffer_size = capacity;
        }
      u_strFromUTF8 (self->buffer, capacity, &n_units, word, (gint32) length, &status);
      if (U_FAILURE (status))
        break;
      limit = n_units;
      utrans_transUChars (self->transliterator, self->buffer, &n_units, capacity,
                          0, &limit, &status);
      if (status == U_BUFFER_OVERFLOW_ERROR)
        continue;
      if (U_FAILURE (status))
        break;

      latin = g_string_sized_new (n_units);
      for (gint32 i = 0; i < n_units; i++)
        if (self->buffer[i] < 0x80 && g_ascii_isalnum (self->buffer[i]))
          g_string_append_c (latin, g_ascii_tolower ((char) self->buffer[i]));
      return g_string_free (latin, FALSE);
    }

  return g_strdup ("");
}

/* Returns: (transfer none): the Latin form of a folded word that is not
 * all ASCII, valid until the next call; "" when it has none. */
static const char *
latin_form (const char *word,
            gsize       length)
{
  Transliteration *self = thread_transliteration_get ();
  const char *latin;
  char *new_latin;

  if (self->transliterator == NULL || length > MAX_TRANSLITERATED_BYTES)
    return "";
  latin = g_hash_table_lookup (self->cache, word);
  if (latin != NULL)
    return latin;

  if (g_hash_table_size (self->cache) >= MAX_CACHED_WORDS)
    g_hash_table_remove_all (self->cache);
  new_latin = transliterate (self, word, length);
  g_hash_table_insert (self->cache, g_strndup (word, length), new_latin);

  return new_latin;
}

static gboolean
is_ascii (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Phonetic keys: the spelling variants of one name, made equal.            */

static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static gboolean
starts_with (const char *text,
             const char *prefix)
{
  return strncmp (text, prefix, strlen (prefix)) == 0;
}

static gboolean
is_at (const char *p,
       const char *end,
       const char *s)
{
  gsize n = strlen (s);

  return (gsize) (end - p) >= n && memcmp (p, s, n) == 0;
}

/* Names from Russian and the languages of Central Asia and the Caucasus
 * reach English, French and German through several transliterations.
 * The key writes each sound one way:
 *
 *   y → i           Baydalinova = Baidalinova, Dmitry = Dmitriy = Dmitri
 *   (vowel) ie → e  Nazarbayev = Nazarbaev; and at the start: Yevgeny = Evgeny
 *   yo → e          ё, which Russian print writes е: Fyodor = Fedor = Фёдор
 *   c → k (not before h, i, e, y, z)   Victor = Viktor
 *   zh dzh dj j → j Zhovtis = Jovtis, Dzhakishev = Jakishev
 *   kh → h, q → k   Khodorkovsky = Hodorkovsky, Qasymov = Kasymov
 *   x → ks, w → v   Alexei = Aleksei, Kozlow = Kozlov
 *   ou → u, gu → g before e, i   French: Oumarov = Umarov, Evgueni = Evgeni
 *   tch → ch, tz → ts, ph → f, ck → k
 *   double letters single: Tatyana = Tatiana, Anna = Ana
 *
 * Anything further apart is left to one edit (MIN_FUZZY_STEM). */
static void
phonetic_key (const char *latin,
              gsize       length,
              GString    *key)
{
  const char *p = latin;
  const char *end = latin + length;
  gsize start = key->len;
  gsize out;

  while (p < end)
    {
      if (is_at (p, end, "dzh"))
        g_string_append_c (key, 'j'), p += 3;
      else if (is_at (p, end, "zh") || is_at (p, end, "dj"))
        g_string_append_c (key, 'j'), p += 2;
      else if (is_at (p, end, "kh"))
        g_string_append_c (key, 'h'), p += 2;
      else if (is_at (p, end, "tch"))
        g_string_append (key, "ch"), p += 3;
      else if (is_at (p, end, "tz"))
        g_string_append (key, "ts"), p += 2;
      else if (is_at (p, end, "ph"))
        g_string_append_c (key, 'f'), p += 2;
      else if (is_at (p, end, "ck"))
        g_string_append_c (key, 'k'), p += 2;
      else if (is_at (p, end, "ou"))
        g_string_append_c (key, 'u'), p += 2;
      else if (is_at (p, end, "gue") || is_at (p, end, "gui"))
        g_string_append_c (key, 'g'), p += 2;
      else if (is_at (p, end, "yo"))
        g_string_append_c (key, 'e'), p += 2;
      else if (*p == 'c' && (p + 1 == end || strchr ("hieyz", p[1]) == NULL))
        g_string_append_c (key, 'k'), p++;
      else if (*p == 'y')
        g_string_append_c (key, 'i'), p++;
      else if (*p == 'q')
        g_string_append_c (key, 'k'), p++;
      else if (*p == 'x')
        g_string_append (key, "ks"), p++;
      else if (*p == 'w')
        g_string_append_c (key, 'v'), p++;
      else
        g_string_append_c (key, *p), p++;
    }

  /* The glide before e, then double letters, in place. */
  out = start;
  for (gsize i = start; i < key->len; i++)
    {
      char c = key->str[i];
      char before = out > start ? key->str[out - 1] : '\0';

      if (c == 'i' && i + 1 < key->len && key->str[i + 1] == 'e' &&
          (before == '\0' || is_vowel (before)))
        continue;
      if (c == before && g_ascii_isalpha (c))
        continue;
      key->str[out++] = c;
    }
  g_string_truncate (key, out);
}

static gboolean
within_one_edit (const char *a,
                 gsize       la,
                 const char *b,
                 gsize       lb)
{
  gsize i = 0;

  if (la > lb)
    return within_one_edit (b, lb, a, la);
  if (lb - la > 1)
    return FALSE;
  while (i < la && a[i] == b[i])
    i++;
  if (i == la)
    return TRUE;
  if (la == lb)
    return memcmp (a + i + 1, b + i + 1, la - i - 1) == 0;

  return memcmp (a + i, b + i + 1, la - i) == 0;
}

/* ------------------------------------------------------------------------ */
/* Surnames in their grammatical forms.                                      */

/* Russian declines surnames, and the letters quote them in every case:
 * "the case of Kozlov" is "дело Козлова", "to Kozlova" "Козловой".  The
 * endings are those of the key (y is i, kh is h), after the stem:
 *
 *   Козлов:      -a -u -ym -e, plural -y -ykh -ymi (Козлова is also a woman)
 *   Козлова:     -a -oy -oj -u -oyu (Байдалиновой, Байдалиновою)
 *   Ковальский:  -iy -ogo -omu -im -om, plural -ie -ikh -imi (Трубецкой: -oy)
 *   Ковальская:  -aya -oy -uyu, Polish -a -iej
 *   Жовтис, and other men's surnames ending in a consonant: -a -u -om -em -e
 *   Кучма:       -a -y -e -u -oy
 *
 * Surnames ending in other vowels (Бондаренко, Беридзе) do not decline.
 * Kozlov does not match Kozlovsky (another surname) nor Козловой (a
 * woman).  The endings are Russian's; that a Latin name could take one
 * too (Smith, "Smitha") costs little, since only capitalised words are
 * names. */
static const char * const possessive_endings[] = {
  "", "a", "u", "im", "e", "i", "ih", "imi", NULL
};
static const char * const possessive_f_endings[] = { "a", "oi", "oj", "u", "oiu", "oju", NULL };
static const char * const adjective_endings[] = {
  "i", "ij", "ogo", "omu", "im", "om", "ie", "ih", "imi", NULL
};
/* Трубецкой: -oy is its own nominative, not the feminine Ковальской. */
static const char * const adjective_oi_endings[] = {
  "oi", "oj", "ogo", "omu", "im", "om", "ie", "ih", "imi", NULL
};
static const char * const adjective_f_endings[] = {
  "a", "aia", "aja", "oi", "oj", "uiu", "uju", "iej", NULL
};
static const char * const noun_endings[] = { "", "a", "u", "om", "em", "e", NULL };
static const char * const noun_a_endings[] = { "a", "i", "e", "u", "oi", NULL };
static const char * const no_endings[] = { "", NULL };

static gboolean
ends_with (const char *key,
           gsize       length,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return length >= n && memcmp (key + length - n, suffix, n) == 0;
}

/* Returns: the length of the key's stem, and the endings it takes. */
static gsize
surname_stem (const char          *key,
              gsize                length,
              const char * const **endings)
{
  static const char * const adjective_m[] = { "skij", "ckij", "skoi", "skoj", "ski", "cki", NULL };
  static const char * const adjective_f[] = {
    "skaia", "skaja", "ckaia", "ckaja", "ska", "cka", NULL
  };
  char last = length > 0 ? key[length - 1] : '\0';

  *endings = no_endings;
  if (length < 3)
    return length;
  for (guint i = 0; adjective_m[i] != NULL; i++)
    if (ends_with (key, length, adjective_m[i]) && length > strlen (adjective_m[i]) + 1)
      {
        *endings = adjective_m[i][2] == 'o' ? adjective_oi_endings : adjective_endings;
        return length - strlen (adjective_m[i]) + 2;
      }
  for (guint i = 0; adjective_f[i] != NULL; i++)
    if (ends_with (key, length, adjective_f[i]) && length > strlen (adjective_f[i]) + 1)
      {
        *endings = adjective_f_endings;
        return length - strlen (adjective_f[i]) + 2;
      }
  if (length >= 5 && (ends_with (key, length, "ova") || ends_with (key, length, "eva") ||
                      ends_with (key, length, "ina")))
    {
      *endings = possessive_f_endings;
      return length - 1;
    }
  if (length >= 4 && (ends_with (key, length, "ov") || ends_with (key, length, "ev") ||
                      ends_with (key, length, "in")))
    {
      *endings = possessive_endings;
      return length;
    }
  if (g_ascii_isalpha (last) && !is_vowel (last))
    {
      *endings = noun_endings;
      return length;
    }
  if (last == 'a' && length >= 4)
    {
      *endings = noun_a_endings;
      return length - 1;
    }

  return length;
}

/* The stem under which every form of a surname is the same: Козлов,
 * Козлова, Козлову and Козловой are all "kozlov". */
static gsize
surname_base (const char *key,
              gsize       length)
{
  static const char * const * const families[] = {
    possessive_endings, possessive_f_endings, adjective_endings, adjective_oi_endings,
    adjective_f_endings,
  };
  static const char * const stems[] = { "ov", "ev", "in", "sk", "ck", NULL };
  const char * const *endings;

  for (guint f = 0; f < G_N_ELEMENTS (families); f++)
    for (guint e = 0; families[f][e] != NULL; e++)
      {
        gsize n = strlen (families[f][e]);

        if (length < n + 3 || !ends_with (key, length, families[f][e]))
          continue;
        for (guint s = 0; stems[s] != NULL; s++)
          if (ends_with (key, length - n, stems[s]))
            return length - n;
      }
  for (guint e = 0; noun_endings[e] != NULL; e++)
    {
      gsize n = strlen (noun_endings[e]);

      if (n > 0 && length >= n + 3 && ends_with (key, length, noun_endings[e]) &&
          !is_vowel (key[length - n - 1]))
        return length - n;
    }

  return surname_stem (key, length, &endings);
}

/* ------------------------------------------------------------------------ */
/* Given names, organisations and places.                                    */

/* Frequent given names in Russia, Ukraine, Belarus, Central Asia and the
 * Caucasus.  Cyrillic ones are found through their transliteration
 * (Владимир is vladimir), so the list holds each name in the spellings
 * that its key does not already make equal.  The national forms of one
 * name share a line, since a letter may call Mikalai Nikolai, and Giorgi
 * Георгий. */
static const char * const given_names[] = {
  "Aleksandr Aliaksandr Oleksandr Alexandru", "Aleksandra Aliaksandra Oleksandra",
  "Aleksei Aliaksei Oleksiy", "Ales", "Alla", "Anastasia Nastassia", "Anatoly Anatol",
  "Andrei Andriy Andrii", "Anna Hanna Ganna", "Anton", "Artem Artyom", "Artur", "Bogdan Bohdan",
  "Boris Barys", "Daria", "Denis", "Dmitry Dzmitry Dmytro", "Ekaterina Katsiaryna Kateryna",
  "Elena Alena Olena", "Evgeny Yauhen Yevhen", "Evgenia", "Fedor Fiodar", "Galina Halyna",
  "Gennady", "Georgy Giorgi Heorhiy", "Grigory Hryhoriy", "Igor Ihar Ihor", "Ilya Illia",
  "Inna", "Irina Iryna", "Ivan Ion Ioan", "Kirill", "Konstantin Kanstantsin", "Ksenia",
  "Larisa", "Leonid", "Lesia", "Lyubov Liubov", "Lyudmila Ludmila Liudmyla",
  "Maksim Maxim Maksym", "Maria Maryia Mariia", "Marina", "Mikhail Mikheil Mykhailo Mihai",
  "Nadezhda", "Natalia Natallia", "Nikita", "Nikolai Mikalai Mykola Nicolae", "Nina",
  "Oksana", "Oleg Aleh Oleh", "Olga Volha Olha", "Pavel Paval Pavlo", "Petr Piotr Petro Petru",
  "Polina Palina", "Roman Raman", "Ruslan", "Sergei Siarhei Serhiy Serghei", "Sofia",
  "Stanislav Stanislau", "Stepan", "Svetlana Sviatlana", "Taras", "Tatiana Tatsiana Tetiana",
  "Vadim", "Valentin", "Valentina", "Valery", "Vasily Vasyl", "Vera", "Viktor", "Viktoria",
  "Vitaly", "Vladimir Uladzimir Volodymyr", "Vladislav", "Vyacheslav", "Yaroslav", "Yulia",
  "Yuri", "Zoya",
  /* Central Asia */
  "Abdulla", "Aibek", "Aidos", "Aigul", "Ainur", "Aizada", "Aizhan", "Akmal", "Alisher",
  "Aliya", "Almas", "Almaz", "Arman", "Asel", "Askar", "Aslan", "Aynabat", "Azamat",
  "Azimjon", "Bahar", "Bakhodir", "Bakhrom", "Bakhtiyor", "Bakhyt", "Bakhytzhan", "Bakyt",
  "Begimai", "Berdy", "Bolat Bulat", "Cholpon", "Daniyar", "Dauren", "Dilfuza",
  "Dilnoza", "Dilshod", "Dina", "Dinara", "Erlan", "Ermek", "Farrukh", "Feruza", "Firuz",
  "Galym", "Gulmira", "Gulnara", "Gulnaz", "Gulzat", "Jamshed Jamshid", "Jasur",
  "Jeren", "Kairat", "Kamila", "Kanat", "Khurshed", "Madina", "Marat", "Mukhtar", "Murat",
  "Nodir", "Nodira", "Nurlan", "Nursultan", "Otabek", "Parviz", "Rustam", "Saken",
  "Sanjar", "Saule", "Serik", "Sherzod", "Talgat", "Timur", "Ulugbek", "Umid", "Zarina",
  "Zhanar", "Zhanna", "Zulfiya",
  /* The Caucasus, Moldova: Russian writes Azerbaijani ü as ю, ö as ё */
  "Anar", "Ana", "Anahit", "Aram", "Arif", "Armen", "Aytan", "Davit David", "Elchin",
  "Elnur", "Emil", "Emin", "Gayane", "Gunel Gyunel", "Hasmik", "Hayk", "Ilgar", "Intigam",
  "Irakli", "Ketevan", "Khadija", "Konul Kyonul", "Leyla", "Levan", "Lusine", "Nika", "Nino",
  "Rasul", "Rashad", "Rauf", "Tamar", "Tigran", "Tofig", "Tural", "Zurab",
};

/* Words that make a capitalised phrase an organisation, an office or a
 * place rather than a person ("Ivan Franko University", "Maria Street"),
 * in Latin and in transliterated Russian. */
static const char * const not_name_words[] = {
  "academy", "agency", "airport", "alliance", "assembly", "association", "avenue",
  "bureau", "center", "centre", "church", "city", "coalition", "colony", "commission",
  "committee", "council", "court", "defence", "defense", "delegation", "democracy",
  "district", "embassy", "federation", "forum", "foundation", "freedom", "fund",
  "government", "group", "helsinki", "hospital", "human", "initiative", "institute",
  "international", "justice", "law", "league", "legal", "media", "ministry", "mission",
  "monitoring", "movement", "network", "office", "oblast", "organisation",
  "organization", "parliament", "partnership", "party", "platform", "press", "prison",
  "project", "region", "republic", "rights", "school", "service", "society", "square",
  "state", "station", "street", "tribunal", "union", "university", "watch",
  "assotsiatsiya", "byuro", "dvizheniye", "fond", "institut", "komitet", "koloniya",
  "ministerstvo", "obshchestvo", "organizatsiya", "partiya", "ploshchad", "pravozashchitnyy",
  "prospekt", "rayon", "respublika", "soyuz", "sud", "svidetel", "tsentr", "tyurma",
  "ulitsa", "universitet", "yevropeysk",
  "almaty", "armenia", "astana", "azerbaijan", "baku", "belarus", "bishkek", "brussels",
  "dushanbe", "europe", "european", "geneva", "georgia", "kazakhstan", "kyiv", "kyrgyzstan",
  "minsk", "moldova", "moscou", "moscow", "moskau", "moskva", "russia", "strasbourg",
  "tajikistan", "tashkent", "tbilisi", "turkmenistan", "ukraine", "uzbekistan", "yerevan",
};

/* "Mr", "г-н" (as "g" and "n"), "г-жа". */
static const char * const honorifics[] = {
  "mr", "mrs", "ms", "miss", "dr", "mme", "mlle", "madame", "monsieur", "herr", "frau",
  "gospodin", "gospozha", NULL
};

/* A given name takes these endings in Russian, after its last consonant:
 * Владимира, Владимиром, Натальи, Марией, Николаем. */
static const char * const given_endings[] = { "iem", "oiu", "om", "em", "oi", "ei", "", NULL };

typedef struct
{
  GHashTable *given;        /* key stem of a given name → its line in given_names + 1 */
  GPtrArray  *initials;     /* per line: the first letters of its forms' keys */
} NameLists;

static void
add_key (GString    *key,
         const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  g_string_truncate (key, 0);
  phonetic_key (folded, strlen (folded), key);
}

/* A given name's key without its endings or final vowels: Мария, Марии
 * and Марию are all "mari", Сергей and Сергея "serg". */
static gsize
given_stem_length (const char *key,
                   gsize       length,
                   const char *ending)
{
  gsize n = length - strlen (ending);

  while (n > 2 && is_vowel (key[n - 1]))
    n--;

  return n;
}

static const NameLists *
name_lists (void)
{
  static NameLists *lists = NULL;

  if (g_once_init_enter (&lists))
    {
      NameLists *new_lists = g_new0 (NameLists, 1);
      g_autoptr(GString) key = g_string_new (NULL);

      new_lists->given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      new_lists->initials = g_ptr_array_new_with_free_func (g_free);
      for (gsize i = 0; i < G_N_ELEMENTS (given_names); i++)
        {
          g_auto(GStrv) forms = g_strsplit (given_names[i], " ", -1);
          GString *initials = g_string_new (NULL);

          for (guint f = 0; forms[f] != NULL; f++)
            {
              add_key (key, forms[f]);
              g_hash_table_insert (new_lists->given,
                                   g_strndup (key->str, given_stem_length (key->str, key->len, "")),
                                   GUINT_TO_POINTER (i + 1));
              if (strchr (initials->str, key->str[0]) == NULL)
                g_string_append_c (initials, key->str[0]);
            }
          g_ptr_array_add (new_lists->initials, g_string_free (initials, FALSE));
        }
      g_once_init_leave (&lists, new_lists);
    }

  return lists;
}

/* Returns: the length of the given-name stem @key is a form of, or 0;
 * @line: (out) (optional): that name's line in given_names. */
static gsize
find_given_name (const char *key,
                 gsize       length,
                 guint      *line)
{
  const NameLists *lists = name_lists ();
  char stem[64];

  if (length >= sizeof stem)
    return 0;
  for (guint e = 0; given_endings[e] != NULL; e++)
    {
      gpointer found;
      gsize n;

      if (!ends_with (key, length, given_endings[e]))
        continue;
      n = given_stem_length (key, length, given_endings[e]);
      if (n < 2)
        continue;
      memcpy (stem, key, n);
      stem[n] = '\0';
      found = g_hash_table_lookup (lists->given, stem);
      if (found != NULL)
        {
          if (line != NULL)
            *line = GPOINTER_TO_UINT (found) - 1;
          return n;
        }
    }

  return 0;
}

static gboolean
is_form_of_given (const char *key,
                  gsize       length,
                  const char *given,
                  gsize       given_length)
{
  for (guint e = 0; given_endings[e] != NULL; e++)
    if (ends_with (key, length, given_endings[e]) &&
        given_stem_length (key, length, given_endings[e]) == given_length &&
        memcmp (key, given, given_length) == 0)
      return TRUE;

  return FALSE;
}

/* "Komiteta", "Sudom", "Yevropeyskaya": the word or it with a short
 * ending. */
static gboolean
is_not_name_word (const char *latin,
                  gsize       length)
{
  for (gsize i = 0; i < G_N_ELEMENTS (not_name_words); i++)
    {
      gsize n = strlen (not_name_words[i]);

      if (length >= n && length <= n + (n >= 8 ? 4 : n >= 4 ? 3 : 0) &&
          memcmp (latin, not_name_words[i], n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Ivanovich, Ivanovna, Ivanovicha, Ильинична. */
static gboolean
is_patronymic_key (const char *key,
                   gsize       length)
{
  static const char * const endings[] = { "ovich", "evich", "ovn", "evn", "ichn", NULL };

  for (gsize cut = 0; cut <= 3 && cut + 6 <= length; cut++)
    for (guint i = 0; endings[i] != NULL; i++)
      if (ends_with (key, length - cut, endings[i]))
        return TRUE;

  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* DossierMatchText                                                          */

typedef struct
{
  guint32 offset;       /* of the string in strings */
  guint32 length;
  guint32 hash;
  guint32 latin;        /* for a folded word: entry of its Latin form */
  guint32 n_fold;       /* words whose folded form this is */
  guint32 n_latin;      /* words in another script whose Latin form this is */
  guint32 n_compound;   /* hyphenated words that join up into this */
  guint32 postings;     /* first of n_fold, then n_latin, word indices */
  guint32 key_offset;   /* phonetic key in key_strings, for capitalised words */
  guint32 key_length;   /* 0: none */
} Entry;

/* A capitalised word's phonetic key. */
typedef struct
{
  guint32 offset;
  guint32 length;
  guint32 entry;
} NameKey;

struct _DossierMatchText
{
  char    *text;          /* the original: acronyms and names as written */
  char    *folded;        /* all of it folded, for regular expressions */
  gsize    folded_length;
  Word    *words;
  guint    n_words;
  GString *strings;       /* every entry's string, each NUL-terminated */
  GArray  *entries;       /* Entry */
  guint32 *slots;         /* hash table: entry index + 1, 0 when empty */
  guint32  n_slots;       /* a power of two */
  guint32 *postings;
  /* Entries, and the phonetic keys of capitalised words, grouped by their
   * first byte: a prefix or a surname is looked for only among the
   * words that start like it, and grouping costs less than sorting. */
  guint32 *by_initial;
  guint32  initial_start[257];
  GString *key_strings;
  NameKey *keys;
  guint32  key_start[257];
};

static guint32
hash_bytes (const char *s,
            gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) s[i]) * 16777619u;

  return hash;
}

static inline Entry *
entry_at (const DossierMatchText *self,
          guint32                 id)
{
  return &g_array_index (self->entries, Entry, id);
}

static inline const char *
entry_string (const DossierMatchText *self,
              guint32                 id)
{
  return self->strings->str + entry_at (self, id)->offset;
}

/* @hash: hash_bytes() of @s, which a rule computes once for all texts. */
static guint32
lookup_hashed (const DossierMatchText *self,
               const char             *s,
               gsize                   length,
               guint32                 hash)
{
  for (guint32 i = hash & (self->n_slots - 1);; i = (i + 1) & (self->n_slots - 1))
    {
      const Entry *entry;

      if (self->slots[i] == 0)
        return NO_ENTRY;
      entry = entry_at (self, self->slots[i] - 1);
      if (entry->hash == hash && entry->length == length &&
          memcmp (self->strings->str + entry->offset, s, length) == 0)
        return self->slots[i] - 1;
    }
}

static guint32
lookup (const DossierMatchText *self,
        const char             *s,
        gsize                   length)
{
  return lookup_hashed (self, s, length, hash_bytes (s, length));
}

static void
grow_slots (DossierMatchText *self)
{
  guint32 n_slots = self->n_slots * 2;
  guint32 *slots = g_new0 (guint32, n_slots);

  for (guint32 id = 0; id < self->entries->len; id++)
    {
      guint32 i = entry_at (self, id)->hash & (n_slots - 1);

      while (slots[i] != 0)
        i = (i + 1) & (n_slots - 1);
      slots[i] = id + 1;
    }
  g_free (self->slots);
  self->slots = slots;
  self->n_slots = n_slots;
}

static guint32
intern (DossierMatchText *self,
        const char       *s,
        gsize             length)
{
  guint32 id = lookup (self, s, length);
  Entry entry = { 0 };
  guint32 i;

  if (id != NO_ENTRY)
    return id;

  if ((self->entries->len + 1) * 2 > self->n_slots)
    grow_slots (self);
  entry.offset = self->strings->len;
  entry.length = length;
  entry.hash = hash_bytes (s, length);
  entry.latin = NO_ENTRY;
  g_string_append_len (self->strings, s, length);
  g_string_append_c (self->strings, '\0');
  id = self->entries->len;
  g_array_append_val (self->entries, entry);
  for (i = entry.hash & (self->n_slots - 1); self->slots[i] != 0; i = (i + 1) & (self->n_slots - 1))
    ;
  self->slots[i] = id + 1;

  return id;
}

static guint32
latin_entry (DossierMatchText *self,
             guint32           fold_id)
{
  const Entry *entry = entry_at (self, fold_id);
  const char *latin;

  if (is_ascii (entry_string (self, fold_id), entry->length))
    return fold_id;
  latin = latin_form (entry_string (self, fold_id), entry->length);
  if (*latin == '\0')
    return fold_id;

  return intern (self, latin, strlen (latin));
}

static void
index_compound (DossierMatchText *self,
                guint             first,
                guint             last)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    g_string_append_len (joined, self->folded + self->words[i].fold_start,
                         self->words[i].fold_end - self->words[i].fold_start);
  entry_at (self, intern (self, joined->str, joined->len))->n_compound++;
}

static void
index_words (DossierMatchText *self)
{
  guint run_start = 0;

  for (guint i = 0; i < self->n_words; i++)
    {
      Word *word = &self->words[i];
      Entry *entry;

      word->fold_id = intern (self, self->folded + word->fold_start,
                              word->fold_end - word->fold_start);
      if (entry_at (self, word->fold_id)->latin == NO_ENTRY)
        {
          guint32 latin = latin_entry (self, word->fold_id);

          entry_at (self, word->fold_id)->latin = latin;
        }
      entry = entry_at (self, word->fold_id);
      word->latin_id = entry->latin;
      entry->n_fold++;
      if (word->latin_id != word->fold_id)
        entry_at (self, word->latin_id)->n_latin++;

      if (!(word->flags & WORD_JOINED))
        {
          if (i > run_start && i - run_start < MAX_COMPOUND_WORDS)
            index_compound (self, run_start, i);
          run_start = i + 1;
        }
    }
}

static void
build_postings (DossierMatchText *self)
{
  guint n_entries = self->entries->len;
  g_autofree guint32 *cursor = g_new (guint32, n_entries);
  guint32 total = 0;

  for (guint id = 0; id < n_entries; id++)
    {
      Entry *entry = entry_at (self, id);

      entry->postings = cursor[id] = total;
      total += entry->n_fold + entry->n_latin;
    }
  self->postings = g_new (guint32, MAX (total, 1));
  for (guint i = 0; i < self->n_words; i++)
    self->postings[cursor[self->words[i].fold_id]++] = i;
  for (guint i = 0; i < self->n_words; i++)
    if (self->words[i].latin_id != self->words[i].fold_id)
      self->postings[cursor[self->words[i].latin_id]++] = i;
}

static int
compare_entry_strings (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const DossierMatchText *self = user_data;

  return strcmp (entry_string (self, *(const guint32 *) a),
                 entry_string (self, *(const guint32 *) b));
}

/* Sorted within each group, the entries that start with a prefix are side
 * by side, and found by a binary search. */
static void
group_entries (DossierMatchText *self)
{
  guint32 cursor[257] = { 0 };
  guint n = self->entries->len;

  for (guint32 id = 0; id < n; id++)
    self->initial_start[(guchar) entry_string (self, id)[0] + 1]++;
  for (guint b = 1; b < 257; b++)
    self->initial_start[b] += self->initial_start[b - 1];
  memcpy (cursor, self->initial_start, sizeof cursor);
  self->by_initial = g_new (guint32, MAX (n, 1));
  for (guint32 id = 0; id < n; id++)
    self->by_initial[cursor[(guchar) entry_string (self, id)[0]]++] = id;
  for (guint b = 0; b < 256; b++)
    if (self->initial_start[b + 1] - self->initial_start[b] > 1)
      g_qsort_with_data (self->by_initial + self->initial_start[b],
                         (gint) (self->initial_start[b + 1] - self->initial_start[b]),
                         sizeof (guint32), compare_entry_strings, self);
}

static void
build_keys (DossierMatchText *self)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (NameKey));
  guint32 cursor[257];

  for (guint i = 0; i < self->n_words; i++)
    {
      guint32 id = self->words[i].latin_id;
      Entry *entry = entry_at (self, id);
      NameKey key;

      if (!(self->words[i].flags & WORD_CAPITALISED) || entry->key_length > 0)
        continue;
      key.offset = self->key_strings->len;
      phonetic_key (entry_string (self, id), entry->length, self->key_strings);
      key.length = self->key_strings->len - key.offset;
      key.entry = id;
      g_string_append_c (self->key_strings, '\0');
      if (key.length == 0)
        continue;
      entry->key_offset = key.offset;
      entry->key_length = key.length;
      g_array_append_val (keys, key);
    }

  self->keys = g_new (NameKey, MAX (keys->len, 1));
  memset (self->key_start, 0, sizeof self->key_start);
  for (guint k = 0; k < keys->len; k++)
    self->key_start[(guchar) self->key_strings->str[g_array_index (keys, NameKey, k).offset] + 1]++;
  for (guint b = 1; b < 257; b++)
    self->key_start[b] += self->key_start[b - 1];
  memcpy (cursor, self->key_start, sizeof cursor);
  for (guint k = 0; k < keys->len; k++)
    {
      const NameKey *key = &g_array_index (keys, NameKey, k);

      self->keys[cursor[(guchar) self->key_strings->str[key->offset]]++] = *key;
    }
}

DossierMatchText *
dossier_match_text_new (const char *text)
{
  DossierMatchText *self;
  GString *folded;
  GArray *words;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);

  /* Offsets are 32-bit: no letter comes near 2 GB of text. */
  length = MIN (strlen (text), (gsize) G_MAXINT32);
  self = g_new0 (DossierMatchText, 1);
  self->text = g_strndup (text, length);
  folded = g_string_sized_new (length + length / 8 + 16);
  words = g_array_sized_new (FALSE, FALSE, sizeof (Word), length / 6 + 16);
  scan_text (self->text, length, folded, words);
  self->folded_length = folded->len;
  self->folded = g_string_free (folded, FALSE);
  self->n_words = words->len;
  self->words = (Word *) (void *) g_array_free (words, FALSE);

  self->strings = g_string_sized_new (length / 2 + 16);
  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), self->n_words / 2 + 16);
  self->n_slots = 64;
  while (self->n_slots < self->n_words)
    self->n_slots *= 2;
  self->slots = g_new0 (guint32, self->n_slots);
  index_words (self);
  build_postings (self);

  group_entries (self);

  self->key_strings = g_string_new (NULL);
  build_keys (self);

  return self;
}

void
dossier_match_text_free (DossierMatchText *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->folded);
  g_free (self->words);
  g_string_free (self->strings, TRUE);
  g_array_unref (self->entries);
  g_free (self->slots);
  g_free (self->postings);
  g_free (self->by_initial);
  g_string_free (self->key_strings, TRUE);
  g_free (self->keys);
  g_free (self);
}

static gboolean
is_initial (const DossierMatchText *self,
            const Word             *word)
{
  const char *start = self->text + word->start;

  return (word->flags & WORD_CAPITALISED) &&
         g_utf8_next_char (start) == self->text + word->end &&
         self->text[word->end] == '.';
}

/* Returns: (nullable): the phonetic key of a capitalised word. */
static const char *
word_key (const DossierMatchText *self,
          const Word             *word,
          gsize                  *length)
{
  const Entry *entry = entry_at (self, word->latin_id);

  *length = entry->key_length;
  if (!(word->flags & WORD_CAPITALISED) || entry->key_length == 0)
    return NULL;

  return self->key_strings->str + entry->key_offset;
}

/* ------------------------------------------------------------------------ */
/* DossierMatcher                                                            */

typedef struct
{
  char     *fold;
  char     *latin;          /* NULL: the same as fold */
  gsize     fold_length;
  gsize     latin_length;
  guint32   fold_hash;
  guint32   latin_hash;
  gboolean  prefix;         /* written with a * after it */
  gboolean  cross_script;   /* long enough to match in another script */
} Token;

/* A word or a phrase of a rule. */
typedef struct
{
  Token   *tokens;
  guint    n_tokens;
  char    *compound;        /* co-operation: "cooperation"; else NULL */
  gsize    compound_length;
  guint32  compound_hash;
} Term;

typedef struct
{
  char  *written;
  char  *fold;
} Acronym;

typedef struct
{
  char               *stem;          /* phonetic key without its ending */
  gsize               stem_length;
  const char * const *endings;
  char               *given;         /* stem of the given name's key, or NULL */
  gsize               given_length;
  gint                given_line;    /* its national forms in given_names, or -1 */
  const char         *initials;      /* borrowed: the first letters of those forms */
} Surname;

typedef struct
{
  guint32 fold;
  guint32 latin;
} TokenIds;

struct _DossierMatcher
{
  DossierRuleMode  mode;
  GArray          *terms;      /* Term */
  GArray          *acronyms;   /* Acronym */
  GArray          *surnames;   /* Surname */
  GRegex          *regex;
};

static const char * const mode_names[] = {
  [DOSSIER_RULE_ANY_WORD] = "any",
  [DOSSIER_RULE_ALL_WORDS] = "all",
  [DOSSIER_RULE_PHRASE] = "phrase",
  [DOSSIER_RULE_REGEX] = "regex",
};

gboolean
dossier_rule_mode_from_string (const char      *text,
                               DossierRuleMode *mode)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (mode != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
    if (g_str_equal (text, mode_names[i]))
      {
        *mode = (DossierRuleMode) i;
        return TRUE;
      }

  return FALSE;
}

const char *
dossier_rule_mode_to_string (DossierRuleMode mode)
{
  g_return_val_if_fail ((guint) mode < G_N_ELEMENTS (mode_names), NULL);

  return mode_names[mode];
}

static void
term_clear (gpointer data)
{
  Term *term = data;

  for (guint i = 0; i < term->n_tokens; i++)
    {
      g_free (term->tokens[i].fold);
      g_free (term->tokens[i].latin);
    }
  g_free (term->tokens);
  g_free (term->compound);
}

static void
acronym_clear (gpointer data)
{
  Acronym *acronym = data;

  g_free (acronym->written);
  g_free (acronym->fold);
}

static void
surname_clear (gpointer data)
{
  Surname *surname = data;

  g_free (surname->stem);
  g_free (surname->given);
}

static DossierMatcher *
matcher_alloc (DossierRuleMode mode)
{
  DossierMatcher *self = g_new0 (DossierMatcher, 1);

  self->mode = mode;
  self->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  g_array_set_clear_func (self->terms, term_clear);
  self->acronyms = g_array_new (FALSE, FALSE, sizeof (Acronym));
  g_array_set_clear_func (self->acronyms, acronym_clear);
  self->surnames = g_array_new (FALSE, FALSE, sizeof (Surname));
  g_array_set_clear_func (self->surnames, surname_clear);

  return self;
}

void
dossier_matcher_free (DossierMatcher *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->terms);
  g_array_unref (self->acronyms);
  g_array_unref (self->surnames);
  g_clear_pointer (&self->regex, g_regex_unref);
  g_free (self);
}

/* The words of a piece of a rule, or of a name, as the text's words are
 * made: folded, split at hyphens and apostrophes. */
typedef struct
{
  char   *text;
  GString *folded;
  GArray *words;          /* Word */
} Piece;

static void
piece_clear (Piece *piece)
{
  g_free (piece->text);
  g_string_free (piece->folded, TRUE);
  g_array_unref (piece->words);
}

static void
piece_init (Piece      *piece,
            const char *text,
            gsize       length)
{
  piece->text = g_strndup (text, length);
  piece->folded = g_string_new (NULL);
  piece->words = g_array_new (FALSE, FALSE, sizeof (Word));
  scan_text (piece->text, length, piece->folded, piece->words);
}

static inline Word *
piece_word (const Piece *piece,
            guint        i)
{
  return &g_array_index (piece->words, Word, i);
}

static char *
piece_fold (const Piece *piece,
            guint        i)
{
  const Word *word = piece_word (piece, i);

  return g_strndup (piece->folded->str + word->fold_start, word->fold_end - word->fold_start);
}

/* Returns: (transfer full): the Latin form of a folded word. */
static char *
latin_of (const char *fold)
{
  const char *latin;

  if (is_ascii (fold, strlen (fold)))
    return g_strdup (fold);
  latin = latin_form (fold, strlen (fold));

  return g_strdup (*latin != '\0' ? latin : fold);
}

/* English drops a silent e before a suffix: torture* is meant to find
 * torturing, abuse* abusing, prosecute* prosecution. */
static void
drop_silent_e (Token *token)
{
  gsize n = token->fold_length;

  if (token->latin == NULL && n >= 5 && token->fold[n - 1] == 'e' &&
      g_ascii_isalpha (token->fold[n - 2]) && !is_vowel (token->fold[n - 2]))
    token->fold[--token->fold_length] = '\0';
}

static void
token_init (Token      *token,
            const Piece *piece,
            guint       i)
{
  const Word *word = piece_word (piece, i);
  char *latin;

  token->fold = piece_fold (piece, i);
  token->fold_length = strlen (token->fold);
  latin = latin_of (token->fold);
  if (g_str_equal (latin, token->fold))
    g_free (latin);
  else
    {
      token->latin = latin;
      token->latin_length = strlen (latin);
    }
  token->prefix = piece->text[word->end] == '*';
  token->cross_script = g_utf8_strlen (token->fold, -1) >= MIN_CROSS_SCRIPT_CHARS;
  if (token->prefix)
    drop_silent_e (token);
  token->fold_hash = hash_bytes (token->fold, token->fold_length);
  if (token->latin != NULL)
    token->latin_hash = hash_bytes (token->latin, token->latin_length);
}

/* Adds the words of @text as one term (a word or a phrase). */
static void
add_term (DossierMatcher *self,
          const char     *text,
          gsize           length)
{
  Piece piece;
  Term term = { 0 };
  gboolean joined = TRUE;

  piece_init (&piece, text, length);
  if (piece.words->len == 0)
    {
      piece_clear (&piece);
      return;
    }
  term.n_tokens = piece.words->len;
  term.tokens = g_new0 (Token, term.n_tokens);
  for (guint i = 0; i < term.n_tokens; i++)
    {
      token_init (&term.tokens[i], &piece, i);
      if (i + 1 < term.n_tokens && !(piece_word (&piece, i)->flags & WORD_JOINED))
        joined = FALSE;
    }
  if (term.n_tokens > 1 && joined)
    {
      GString *compound = g_string_new (NULL);

      for (guint i = 0; i < term.n_tokens; i++)
        g_string_append (compound, term.tokens[i].fold);
      term.compound_length = compound->len;
      term.compound_hash = hash_bytes (compound->str, compound->len);
      term.compound = g_string_free (compound, FALSE);
    }
  g_array_append_val (self->terms, term);
  piece_clear (&piece);
}

static const char *
closing_quote (const char *p)
{
  static const char * const quotes[][2] = {
    { "\"", "\"" }, { "“", "”" }, { "«", "»" }, { "„", "“" }, { "”", "”" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (quotes); i++)
    if (starts_with (p, quotes[i][0]))
      return quotes[i][1];

  return NULL;
}

/* Words and "quoted phrases", separated by spaces or commas. */
static void
parse_terms (DossierMatcher *self,
             const char     *pattern)
{
  const char *p = pattern;

  while (*p != '\0')
    {
      const char *close = closing_quote (p);
      const char *end;

      if (*p == ' ' || *p == ',' || *p == ';' || *p == '\t' || *p == '\n')
        {
          p++;
          continue;
        }
      if (close != NULL)
        {
          const char *start = g_utf8_next_char (p);

          end = strstr (start, close);
          if (end == NULL)
            end = start + strlen (start);
          add_term (self, start, end - start);
          p = *end != '\0' ? end + strlen (close) : end;
          continue;
        }
      end = p;
      while (*end != '\0' && strchr (" ,;\t\n", *end) == NULL && closing_quote (end) == NULL)
        end++;
      add_term (self, p, end - p);
      p = end;
    }
}

DossierMatcher *
dossier_matcher_new (DossierRuleMode   mode,
                     const char       *pattern,
                     GError          **error)
{
  g_autoptr(DossierMatcher) self = NULL;

  g_return_val_if_fail ((guint) mode < G_N_ELEMENTS (mode_names), NULL);
  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = matcher_alloc (mode);
  switch (mode)
    {
    case DOSSIER_RULE_REGEX:
      {
        g_autoptr(GError) regex_error = NULL;
        g_autofree char *folded = fold_regex (pattern);

        if (*pattern == '\0')
          break;
        self->regex = g_regex_new (folded, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &regex_error);
        if (self->regex == NULL)
          {
            g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                         _("“%s” is not a valid regular expression: %s"),
                         pattern, regex_error->message);
            return NULL;
          }
        return g_steal_pointer (&self);
      }
    case DOSSIER_RULE_PHRASE:
      add_term (self, pattern, strlen (pattern));
      break;
    case DOSSIER_RULE_ANY_WORD:
    case DOSSIER_RULE_ALL_WORDS:
    default:
      parse_terms (self, pattern);
      break;
    }

  if (self->terms->len == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE,
                   _("The rule has no words to look for."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* NHC, IPHR, ООН: 2 to 6 capitals, perhaps with digits (G7). */
static gboolean
is_acronym (const char *text)
{
  guint n_chars = 0, n_upper = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      n_chars++;
      if (g_unichar_isupper (c))
        n_upper++;
      else if (!g_unichar_isdigit (c))
        return FALSE;
    }

  return n_chars <= 6 && n_upper >= 2;
}

static void
add_acronym (DossierMatcher *self,
             const char     *text)
{
  Piece piece;
  Acronym acronym;

  piece_init (&piece, text, strlen (text));
  acronym.written = g_strdup (text);
  acronym.fold = piece_fold (&piece, 0);
  g_array_append_val (self->acronyms, acronym);
  piece_clear (&piece);
}

static gboolean
is_particle (const char *fold)
{
  static const char * const particles[] = {
    "al", "bin", "da", "de", "del", "den", "der", "di", "du", "el", "ibn", "la", "le",
    "van", "von", NULL
  };

  return g_strv_contains (particles, fold);
}

/* A person's name: one to four capitalised words, no organisation words
 * ("Foundation", "Committee"), no digits or quotes. */
static gboolean
looks_like_person (const Piece *piece)
{
  guint n_words = 0;

  static const char * const not_in_names[] = { "«", "»", "“", "”", NULL };

  if (strpbrk (piece->text, "\"()/&0123456789") != NULL)
    return FALSE;
  for (guint i = 0; not_in_names[i] != NULL; i++)
    if (strstr (piece->text, not_in_names[i]) != NULL)
      return FALSE;
  for (guint i = 0; i < piece->words->len; i++)
    {
      g_autofree char *fold = piece_fold (piece, i);
      g_autofree char *latin = NULL;

      if (is_particle (fold))
        continue;
      latin = latin_of (fold);
      if (!(piece_word (piece, i)->flags & WORD_CAPITALISED) ||
          is_not_name_word (latin, strlen (latin)))
        return FALSE;
      n_words++;
    }

  return n_words >= 1 && n_words <= 4;
}

static char *
word_key_of (const Piece *piece,
             guint        i)
{
  g_autofree char *fold = piece_fold (piece, i);
  g_autofree char *latin = latin_of (fold);
  GString *key = g_string_new (NULL);

  phonetic_key (latin, strlen (latin), key);

  return g_string_free (key, FALSE);
}

/* Which word is the surname: the last (Vladimir Kozlov), the first
 * before a comma (Kozlov, Vladimir), before a given name and patronymic
 * (Козлов Владимир Иванович) or in capitals (KOZLOV Vladimir). */
static void
find_surname (const Piece *piece,
              guint       *surname,
              gint        *given)
{
  guint n = piece->words->len;
  const char *comma = strchr (piece->text, ',');
  g_autofree char *last_key = word_key_of (piece, n - 1);

  *surname = n - 1;
  *given = n > 1 ? 0 : -1;
  if (comma != NULL)
    {
      for (guint i = 0; i < n; i++)
        if (piece->text + piece_word (piece, i)->start > comma)
          {
            *surname = i > 0 ? i - 1 : 0;
            *given = (gint) i;
            return;
          }
    }
  if (n >= 3 && is_patronymic_key (last_key, strlen (last_key)))
    {
      *surname = 0;
      *given = 1;
    }
  else if (n >= 2 && (piece_word (piece, 0)->flags & WORD_ALL_CAPS) &&
           !(piece_word (piece, n - 1)->flags & WORD_ALL_CAPS))
    {
      *surname = 0;
      *given = 1;
    }
  else if (n >= 2 && g_utf8_strlen (last_key, -1) == 1)
    {
      /* Kozlov V. */
      *surname = 0;
      *given = (gint) n - 1;
    }
}

static void
add_surname_key (DossierMatcher *self,
                 const char     *key,
                 const Surname  *given)
{
  Surname surname = *given;

  surname.stem_length = surname_stem (key, strlen (key), &surname.endings);
  if (surname.stem_length < 2)
    return;
  surname.stem = g_strndup (key, surname.stem_length);
  surname.given = g_strdup (given->given);
  g_array_append_val (self->surnames, surname);
}

/* Belarusian names reach Russian text in their Russian form: Marozau is
 * Морозов, Kavalenka Коваленко, Marozava Морозова.  The ending changes;
 * the a for o before it (Belarusian writes unstressed o as a) is left to
 * the one edit a long surname may differ by. */
static void
add_russian_form (DossierMatcher *self,
                  const char     *key,
                  const Surname  *given)
{
  static const char * const belarusian[][2] = {
    { "au", "ov" }, { "ava", "ova" }, { "enka", "enko" },
  };
  gsize length = strlen (key);

  for (gsize i = 0; i < G_N_ELEMENTS (belarusian); i++)
    if (length >= 6 && ends_with (key, length, belarusian[i][0]))
      {
        g_autofree char *russian = g_strdup_printf ("%.*s%s",
                                                    (int) (length - strlen (belarusian[i][0])),
                                                    key, belarusian[i][1]);

        add_surname_key (self, russian, given);
      }
}

/* A person is found by the surname, in its forms and spellings, next to
 * the given name, its national forms or its initial, at least once in the
 * text: letters give the full name ("Vladimir Kozlov", "Владимира
 * Козлова", "В. Козлов") before they say "Mr Kozlov".  The surname alone
 * would also find every other bearer, and generated letters name several
 * people of one family or surname: with it, case tags were right 70% of
 * the time; with the full name once, 99.8%, for 0.3% more missed (see
 * bench/matcher-bench).  A name without a given name is its surname. */
static void
add_surname (DossierMatcher *self,
             const Piece    *piece)
{
  const NameLists *lists = name_lists ();
  Surname given_name = { .given_line = -1 };
  g_autofree char *key = NULL;
  g_autofree char *without_h = NULL;
  guint index;
  gint given;

  find_surname (piece, &index, &given);
  if (given >= 0 && (guint) given != index)
    {
      g_autofree char *given_key = word_key_of (piece, (guint) given);
      gsize length = strlen (given_key);
      guint line;

      given_name.given_length = length <= 1 ? length : given_stem_length (given_key, length, "");
      given_name.given = g_strndup (given_key, given_name.given_length);
      if (length > 1 && find_given_name (given_key, length, &line) > 0)
        {
          given_name.given_line = (gint) line;
          given_name.initials = lists->initials->pdata[line];
        }
    }

  key = word_key_of (piece, index);
  add_surname_key (self, key, &given_name);
  /* Russian has no h: it writes Hasanov Гасанов and Hakobyan Акопян, and
   * Ukrainian and Belarusian write their г as h (Hanchar, Ганчар). */
  if (strlen (key) >= 5 && (key[0] == 'h' || key[0] == 'g'))
    {
      without_h = g_strdup (key);
      without_h[0] = key[0] == 'h' ? 'g' : 'h';
      add_surname_key (self, without_h, &given_name);
      if (key[0] == 'h')
        add_surname_key (self, key + 1, &given_name);
    }
  add_russian_form (self, key, &given_name);
  g_free (given_name.given);
}

static void
add_name (DossierMatcher *self,
          const char     *name)
{
  g_autofree char *text = g_strstrip (g_strdup (name));
  Piece piece;

  if (*text == '\0')
    return;
  if (is_acronym (text))
    {
      add_acronym (self, text);
      return;
    }
  piece_init (&piece, text, strlen (text));
  if (piece.words->len > 0 && looks_like_person (&piece))
    add_surname (self, &piece);
  else
    add_term (self, text, strlen (text));
  piece_clear (&piece);
}

DossierMatcher *
dossier_matcher_new_for_name (const char         *name,
                              const char * const *aliases)
{
  DossierMatcher *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = matcher_alloc (DOSSIER_RULE_ANY_WORD);
  add_name (self, name);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    add_name (self, aliases[i]);

  return self;
}

/* ------------------------------------------------------------------------ */
/* Matching.                                                                 */

static gboolean
has_prefix (const DossierMatchText *self,
            guint32                 id,
            const char             *prefix,
            gsize                   length)
{
  const Entry *entry = entry_at (self, id);

  return entry->length >= length && memcmp (entry_string (self, id), prefix, length) == 0;
}

/* The first of the entries that start with @prefix, in by_initial; they
 * run on to the first that does not. */
static guint32
first_with_prefix (const DossierMatchText *self,
                   const char             *prefix,
                   gsize                   length)
{
  guchar initial = prefix[0];
  guint32 low = self->initial_start[initial];
  guint32 high = self->initial_start[initial + 1];

  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;
      const Entry *entry = entry_at (self, self->by_initial[middle]);
      int order = memcmp (entry_string (self, self->by_initial[middle]), prefix,
                          MIN (entry->length, length));

      if (order < 0 || (order == 0 && entry->length < length))
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static gboolean
prefix_present (const DossierMatchText *self,
                const char             *prefix,
                gsize                   length,
                gboolean                cross_script)
{
  guchar initial = prefix[0];

  for (guint32 i = first_with_prefix (self, prefix, length);
       i < self->initial_start[initial + 1] && has_prefix (self, self->by_initial[i], prefix, length);
       i++)
    {
      const Entry *entry = entry_at (self, self->by_initial[i]);

      if (entry->n_fold > 0 || entry->n_compound > 0 || (cross_script && entry->n_latin > 0))
        return TRUE;
    }

  return FALSE;
}

static gboolean
entry_present (const DossierMatchText *self,
               guint32                 id,
               gboolean                cross_script)
{
  const Entry *entry;

  if (id == NO_ENTRY)
    return FALSE;
  entry = entry_at (self, id);

  return entry->n_fold > 0 || entry->n_compound > 0 || (cross_script && entry->n_latin > 0);
}

static gboolean
token_present (const DossierMatchText *self,
               const Token            *token,
               const TokenIds         *ids)
{
  if (token->prefix)
    return prefix_present (self, token->fold, token->fold_length, token->cross_script) ||
           (token->cross_script && token->latin != NULL &&
            prefix_present (self, token->latin, token->latin_length, TRUE));

  return entry_present (self, ids->fold, token->cross_script) ||
         (token->cross_script && entry_present (self, ids->latin, TRUE));
}

static gboolean
token_matches_word (const DossierMatchText *self,
                    const Token            *token,
                    const TokenIds         *ids,
                    const Word             *word)
{
  if (token->prefix)
    return has_prefix (self, word->fold_id, token->fold, token->fold_length) ||
           (token->cross_script &&
            (has_prefix (self, word->latin_id, token->fold, token->fold_length) ||
             (token->latin != NULL &&
              (has_prefix (self, word->fold_id, token->latin, token->latin_length) ||
               has_prefix (self, word->latin_id, token->latin, token->latin_length)))));

  if (word->fold_id == ids->fold)
    return TRUE;
  if (!token->cross_script)
    return FALSE;

  return word->latin_id == ids->fold ||
         (ids->latin != NO_ENTRY && (word->fold_id == ids->latin || word->latin_id == ids->latin));
}

static gboolean
phrase_at (const DossierMatchText *self,
           const Term             *term,
           const TokenIds         *ids,
           guint                   position)
{
  if (position + term->n_tokens > self->n_words)
    return FALSE;
  for (guint j = 0; j < term->n_tokens; j++)
    if (!token_matches_word (self, &term->tokens[j], &ids[j], &self->words[position + j]))
      return FALSE;

  return TRUE;
}

static gboolean
phrase_at_postings (const DossierMatchText *self,
                    const Term             *term,
                    const TokenIds         *ids,
                    guint32                 id,
                    gboolean                cross_script)
{
  const Entry *entry;
  guint32 n;

  if (id == NO_ENTRY)
    return FALSE;
  entry = entry_at (self, id);
  n = entry->n_fold + (cross_script ? entry->n_latin : 0);
  for (guint32 i = 0; i < n; i++)
    if (phrase_at (self, term, ids, self->postings[entry->postings + i]))
      return TRUE;

  return FALSE;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

/* The words of the entries that start with @prefix; @all_postings: also
 * those whose Latin form does. */
static void
add_prefix_starts (const DossierMatchText *self,
                   const char             *prefix,
                   gsize                   length,
                   gboolean                all_postings,
                   GArray                 *starts)
{
  guchar initial = prefix[0];

  for (guint32 i = first_with_prefix (self, prefix, length);
       i < self->initial_start[initial + 1] && has_prefix (self, self->by_initial[i], prefix, length);
       i++)
    {
      const Entry *entry = entry_at (self, self->by_initial[i]);

      g_array_append_vals (starts, self->postings + entry->postings,
                           entry->n_fold + (all_postings ? entry->n_latin : 0));
    }
}

/* Every match of a term starts at a word its first token matches, and
 * those are in the postings of the token's entries, or of the entries
 * its prefix starts: only they are tried, not every word. Sorted, each
 * once. */
static GArray *
first_token_starts (const DossierMatchText *self,
                    const Term             *term,
                    const TokenIds         *ids)
{
  const Token *first = &term->tokens[0];
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n = 0;

  if (first->prefix)
    {
      add_prefix_starts (self, first->fold, first->fold_length, first->cross_script, starts);
      if (first->cross_script && first->latin != NULL)
        add_prefix_starts (self, first->latin, first->latin_length, TRUE, starts);
    }
  else
    {
      guint32 entries[2] = { ids[0].fold, first->cross_script ? ids[0].latin : NO_ENTRY };

      for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
        {
          const Entry *entry;

          if (entries[e] == NO_ENTRY)
            continue;
          entry = entry_at (self, entries[e]);
          g_array_append_vals (starts, self->postings + entry->postings,
                               entry->n_fold + (first->cross_script ? entry->n_latin : 0));
        }
    }

  g_array_sort (starts, compare_positions);
  for (guint i = 0; i < starts->len; i++)
    if (n == 0 || g_array_index (starts, guint32, i) != g_array_index (starts, guint32, n - 1))
      g_array_index (starts, guint32, n++) = g_array_index (starts, guint32, i);
  g_array_set_size (starts, n);
  return starts;
}

static guint
count_phrase (const DossierMatchText *self,
              const Term             *term,
              const TokenIds         *ids)
{
  g_autoptr(GArray) starts = first_token_starts (self, term, ids);
  guint count = 0;

  for (guint i = 0; i < starts->len; i++)
    if (phrase_at (self, term, ids, g_array_index (starts, guint32, i)))
      count++;
  return count;
}

/* Punctuation between the words of a phrase does not matter: a phrase is
 * its words side by side. */
static gboolean
phrase_present (const DossierMatchText *self,
                const Term             *term,
                const TokenIds         *ids)
{
  const Token *first = &term->tokens[0];

  if (first->prefix)
    {
      g_autoptr(GArray) starts = first_token_starts (self, term, ids);

      for (guint i = 0; i < starts->len; i++)
        if (phrase_at (self, term, ids, g_array_index (starts, guint32, i)))
          return TRUE;
      return FALSE;
    }

  return phrase_at_postings (self, term, ids, ids[0].fold, first->cross_script) ||
         (first->cross_script && phrase_at_postings (self, term, ids, ids[0].latin, TRUE));
}

static guint32
compound_entry (const DossierMatchText *self,
                const Term             *term)
{
  return lookup_hashed (self, term->compound, term->compound_length, term->compound_hash);
}

static void
token_ids (const DossierMatchText *self,
           const Token            *token,
           TokenIds               *ids)
{
  ids->fold = lookup_hashed (self, token->fold, token->fold_length, token->fold_hash);
  ids->latin = token->latin != NULL
               ? lookup_hashed (self, token->latin, token->latin_length, token->latin_hash)
               : NO_ENTRY;
}

/* Fills @ids, one per token, as far as the first token the text lacks;
 * none when the term's compound form is in the text (@by_compound). */
static gboolean
term_matches_ids (const DossierMatchText *self,
                  const Term             *term,
                  TokenIds               *ids,
                  gboolean               *by_compound)
{
  *by_compound = FALSE;
  if (term->compound != NULL)
    {
      guint32 id = compound_entry (self, term);

      if (id != NO_ENTRY &&
          (entry_at (self, id)->n_fold > 0 || entry_at (self, id)->n_compound > 0))
        return *by_compound = TRUE;
    }

  for (guint i = 0; i < term->n_tokens; i++)
    {
      token_ids (self, &term->tokens[i], &ids[i]);
      /* Most rules fail here, on a word the text does not have. */
      if (!token_present (self, &term->tokens[i], &ids[i]))
        return FALSE;
    }
  if (term->n_tokens == 1)
    return TRUE;

  return phrase_present (self, term, ids);
}

static gboolean
term_matches (const DossierMatchText *self,
              const Term             *term)
{
  TokenIds stack_ids[8];
  g_autofree TokenIds *heap_ids = NULL;
  TokenIds *ids = stack_ids;
  gboolean by_compound;

  if (term->n_tokens > G_N_ELEMENTS (stack_ids))
    ids = heap_ids = g_new (TokenIds, term->n_tokens);
  return term_matches_ids (self, term, ids, &by_compound);
}

static gboolean
acronym_present (const DossierMatchText *self,
                 const Acronym          *acronym)
{
  guint32 id = lookup (self, acronym->fold, strlen (acronym->fold));
  gsize length = strlen (acronym->written);
  const Entry *entry;

  if (id == NO_ENTRY)
    return FALSE;
  entry = entry_at (self, id);
  for (guint32 i = 0; i < entry->n_fold; i++)
    {
      const Word *word = &self->words[self->postings[entry->postings + i]];

      if (word->end - word->start == length &&
          memcmp (self->text + word->start, acronym->written, length) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
key_matches_surname (const Surname *surname,
                     const char    *key,
                     gsize          length)
{
  const char *stem = surname->stem;
  gsize n = surname->stem_length;

  for (guint e = 0; surname->endings[e] != NULL; e++)
    {
      gsize stem_length;

      if (!ends_with (key, length, surname->endings[e]))
        continue;
      stem_length = length - strlen (surname->endings[e]);
      if (stem_length == n && memcmp (key, stem, n) == 0)
        return TRUE;
      /* One edit, but not at either end: the first letter is what the
       * eye reads, and the last carries the grammar (Ivanov, Ivanovo). */
      if (n >= MIN_FUZZY_STEM && stem_length > 0 && key[0] == stem[0] &&
          key[stem_length - 1] == stem[n - 1] && within_one_edit (key, stem_length, stem, n))
        return TRUE;
    }

  return FALSE;
}

/* An initial is part of the name only with nothing but initials between
 * it and the surname: "В. В. Козлов", "Kozlov V. A.". */
static gboolean
initials_between (const DossierMatchText *self,
                  guint                   a,
                  guint                   b)
{
  for (guint i = MIN (a, b) + 1; i < MAX (a, b); i++)
    if (!is_initial (self, &self->words[i]))
      return FALSE;

  return TRUE;
}

static gboolean
given_at (const DossierMatchText *self,
          const Surname          *surname,
          guint                   position,
          guint                   surname_position)
{
  const Word *word = &self->words[position];
  gsize length;
  const char *key = word_key (self, word, &length);
  guint line;

  if (key == NULL)
    return FALSE;
  if (is_initial (self, word))
    return initials_between (self, position, surname_position) &&
           /* In French, "M. Zhuk" is Monsieur Zhuk, not Maryia. */
           !(position + 1 == surname_position && self->text[word->start] == 'M') &&
           (key[0] == surname->given[0] ||
            (surname->initials != NULL && strchr (surname->initials, key[0]) != NULL));
  if (surname->given_length == 1)
    return key[0] == surname->given[0] && find_given_name (key, length, NULL) > 0;

  return is_form_of_given (key, length, surname->given, surname->given_length) ||
         (surname->given_line >= 0 && find_given_name (key, length, &line) > 0 &&
          line == (guint) surname->given_line);
}

static gboolean
given_beside (const DossierMatchText *self,
              const Surname          *surname,
              guint                   position)
{
  guint from = position > GIVEN_NAME_WINDOW ? position - GIVEN_NAME_WINDOW : 0;
  guint to = MIN (position + GIVEN_NAME_WINDOW, self->n_words - 1);

  for (guint q = from; q <= to; q++)
    if (q != position && given_at (self, surname, q, position))
      return TRUE;

  return FALSE;
}

static gboolean
surname_at_entry (const DossierMatchText *self,
                  const Surname          *surname,
                  guint32                 id)
{
  const Entry *entry = entry_at (self, id);
  guint32 n = entry->n_fold + entry->n_latin;

  for (guint32 i = 0; i < n; i++)
    {
      guint position = self->postings[entry->postings + i];
      const Word *word = &self->words[position];

      if ((word->flags & WORD_CAPITALISED) && word->latin_id == id &&
          (surname->given == NULL || given_beside (self, surname, position)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
surname_present (const DossierMatchText *self,
                 const Surname          *surname)
{
  guchar initial = surname->stem[0];

  for (guint32 k = self->key_start[initial]; k < self->key_start[initial + 1]; k++)
    {
      const NameKey *key = &self->keys[k];
      const char *s = self->key_strings->str + key->offset;

      if (key_matches_surname (surname, s, key->length) &&
          surname_at_entry (self, surname, key->entry))
        return TRUE;
    }

  return FALSE;
}

static gboolean
name_matches (const DossierMatcher   *self,
              const DossierMatchText *text)
{
  for (guint i = 0; i < self->acronyms->len; i++)
    if (acronym_present (text, &g_array_index (self->acronyms, Acronym, i)))
      return TRUE;
  for (guint i = 0; i < self->terms->len; i++)
    if (term_matches (text, &g_array_index (self->terms, Term, i)))
      return TRUE;
  for (guint i = 0; i < self->surnames->len; i++)
    if (surname_present (text, &g_array_index (self->surnames, Surname, i)))
      return TRUE;

  return FALSE;
}

/* Both a matcher and a text are read-only once made: any number of
 * threads may match them at once. */
gboolean
dossier_matcher_matches (DossierMatcher   *self,
                         DossierMatchText *text)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->regex != NULL)
    return g_regex_match_full (self->regex, text->folded, text->folded_length, 0, 0, NULL, NULL);
  if (self->acronyms->len > 0 || self->surnames->len > 0)
    return name_matches (self, text);

  for (guint i = 0; i < self->terms->len; i++)
    {
      gboolean found = term_matches (text, &g_array_index (self->terms, Term, i));

      if (found && self->mode != DOSSIER_RULE_ALL_WORDS)
        return TRUE;
      if (!found && self->mode == DOSSIER_RULE_ALL_WORDS)
        return FALSE;
    }

  return self->mode == DOSSIER_RULE_ALL_WORDS && self->terms->len > 0;
}

/* ------------------------------------------------------------------------ */
/* Counting.                                                                 */

/* Where @term is written in the text, each word position once: its words
 * side by side, or, for co-operation, also the one word "cooperation". */
static guint
term_count (const DossierMatchText *self,
            const Term             *term)
{
  TokenIds stack_ids[8];
  g_autofree TokenIds *heap_ids = NULL;
  TokenIds *ids = stack_ids;
  gboolean by_compound;
  guint count = 0;

  if (term->n_tokens > G_N_ELEMENTS (stack_ids))
    ids = heap_ids = g_new (TokenIds, term->n_tokens);
  if (!term_matches_ids (self, term, ids, &by_compound))
    return 0;
  if (by_compound)
    for (guint i = 0; i < term->n_tokens; i++)
      token_ids (self, &term->tokens[i], &ids[i]);
  count = count_phrase (self, term, ids);
  if (term->compound != NULL)
    {
      guint32 id = compound_entry (self, term);

      if (id != NO_ENTRY)
        count += entry_at (self, id)->n_fold;
    }
  else if (term->n_tokens == 1 && !term->tokens[0].prefix && ids[0].fold != NO_ENTRY)
    count += entry_at (self, ids[0].fold)->n_compound;   /* cooperation: co-operation */

  /* What matches is found at least once, whichever way it was found. */
  return MAX (count, 1);
}

static guint
matcher_count (DossierMatcher   *self,
               DossierMatchText *text,
               guint            *n_phrases)
{
  guint count = 0;

  *n_phrases = 0;

  if (self->regex != NULL)
    {
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match_full (self->regex, text->folded, text->folded_length, 0, 0, &info, NULL);
      while (g_match_info_matches (info))
        {
          gint start, end;

          count++;
          g_match_info_fetch_pos (info, 0, &start, &end);
          /* An empty match would be found again at the same place. */
          if (end <= start || !g_match_info_next (info, NULL))
            break;
        }
      return count;
    }
  if (self->acronyms->len > 0 || self->surnames->len > 0)
    return name_matches (self, text) ? 1 : 0;

  for (guint i = 0; i < self->terms->len; i++)
    {
      const Term *term = &g_array_index (self->terms, Term, i);
      guint n = term_count (text, term);

      if (n == 0 && self->mode == DOSSIER_RULE_ALL_WORDS)
        {
          *n_phrases = 0;
          return 0;
        }
      count += n;
      if (term->n_tokens > 1)
        *n_phrases += n;
    }

  return count;
}

guint
dossier_matcher_count (DossierMatcher   *self,
                       DossierMatchText *text)
{
  guint n_phrases;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);

  return matcher_count (self, text, &n_phrases);
}

guint
dossier_matcher_count_phrases (DossierMatcher   *self,
                               DossierMatchText *text,
                               guint            *n_phrases)
{
  guint phrases;
  guint count;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);

  count = matcher_count (self, text, &phrases);
  if (n_phrases != NULL)
    *n_phrases = phrases;
  return count;
}

/* ------------------------------------------------------------------------ */
/* Finding people's names.                                                   */

/* Only spaces and at most one line break (a name wrapped at the end of a
 * line), the dot of an initial, or the hyphen of a double surname. */
static gboolean
adjacent (const DossierMatchText *self,
          guint                   i,
          guint                   j)
{
  const char *p, *end;
  guint n_breaks = 0;

  if (j != i + 1 || j >= self->n_words)
    return FALSE;
  if (self->words[i].flags & WORD_JOINED)
    return TRUE;
  p = self->text + self->words[i].end;
  end = self->text + self->words[j].start;
  if (is_initial (self, &self->words[i]))
    p++;
  for (; p < end; p++)
    {
      if (*p == '\n')
        n_breaks++;
      else if (*p != ' ' && *p != '\t' && *p != '\r')
        return FALSE;
    }

  return n_breaks <= 1;
}

static const char *
word_latin (const DossierMatchText *self,
            guint                   i,
            gsize                  *length)
{
  *length = entry_at (self, self->words[i].latin_id)->length;

  return entry_string (self, self->words[i].latin_id);
}

/* Titles before a surname: "President Tokayev", "Judge Petrov",
 * "Президент Токаев". */
static gboolean
is_title (const char *latin,
          gsize       length)
{
  static const char * const titles[] = {
    "president", "minister", "judge", "prosecutor", "ambassador", "commissioner", "general",
    "colonel", "major", "captain", "dear", "professor", "deputy", "senator", "chairman",
    "secretary", "director", "rapporteur", "head", "member", "hoher", "vertreter",
    "prezident", "ministr", "sudya", "prokuror", "posol", "general", "polkovnik", "deputat",
    "predsedatel", "uvazhayemyy", "uvazhaemyi", NULL
  };

  for (guint i = 0; titles[i] != NULL; i++)
    if (length >= strlen (titles[i]) && length <= strlen (titles[i]) + 2 &&
        memcmp (latin, titles[i], strlen (titles[i])) == 0)
      return TRUE;

  return FALSE;
}

/* Capitalised, letters only, not an initial, and not a word of an
 * organisation's or a place's name. */
static gboolean
is_name_word (const DossierMatchText *self,
              guint                   i)
{
  g_autofree char *lower = NULL;
  const Word *word;
  gsize length;
  const char *latin;

  if (i >= self->n_words)
    return FALSE;
  word = &self->words[i];
  if (!(word->flags & WORD_CAPITALISED) || is_initial (self, word))
    return FALSE;
  for (const char *p = self->text + word->start; p < self->text + word->end;
       p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)) && !g_unichar_ismark (g_utf8_get_char (p)))
      return FALSE;
  latin = word_latin (self, i, &length);

  if (length < 2 || is_not_name_word (latin, length) || is_title (latin, length))
    return FALSE;
  lower = g_ascii_strdown (latin, length);

  return !g_strv_contains (honorifics, lower);
}

static gboolean
is_given_word (const DossierMatchText *self,
               guint                   i)
{
  gsize length;
  const char *key;

  static const char * const not_given[] = {
    "les", "des", "las", "los", "die", "der", "alle", NULL
  };
  g_autofree char *latin = NULL;
  const char *s;

  if (i >= self->n_words)
    return FALSE;
  key = word_key (self, &self->words[i], &length);
  /* ILO is not Ilya, nor Les Lesia, nor Alle Alla. */
  if (key == NULL || length < 3 || find_given_name (key, length, NULL) == 0 ||
      (self->words[i].flags & WORD_ALL_CAPS))
    return FALSE;
  s = word_latin (self, i, &length);
  latin = g_strndup (s, length);

  return !g_strv_contains (not_given, latin);
}

/* The endings of the region's surnames, with or without a grammatical
 * ending: Saidova, Marozava, Rakhimzoda, Lomidze, Tsiklauri, Grigoryan.
 * Not -in, which is also German's feminine (Kommissarin), nor the key's
 * -ev from -ew (Review). */
static gboolean
has_surname_shape (const char *key,
                   gsize       length,
                   const char *latin,
                   gsize       latin_length)
{
  static const char * const suffixes[] = {
    "ov", "ev", "av", "au", "sk", "ck", "enko", "uk", "dze", "shvili", "uri", "ani", "uli",
    "zoda", "zade", "vich", NULL
  };
  gsize base;

  if (length < 5 || latin[latin_length - 1] == 'w')
    return FALSE;
  /* Grigoryan, Авагян; not Asian */
  if (ends_with (latin, latin_length, "yan"))
    return TRUE;
  base = surname_base (key, length);
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (ends_with (key, base, suffixes[i]) || ends_with (key, length, suffixes[i]))
      return TRUE;

  return FALSE;
}

/* A word the letter also writes in lower case is a word, not a name. */
static gboolean
always_capitalised (const DossierMatchText *self,
                    guint                   i)
{
  const Entry *entry = entry_at (self, self->words[i].fold_id);

  for (guint32 p = 0; p < entry->n_fold; p++)
    if (!(self->words[self->postings[entry->postings + p]].flags & WORD_CAPITALISED))
      return FALSE;

  return TRUE;
}

/* Given names the list does not know: a capitalised word that is never a
 * lower-case word, nor a title, before a surname of the region's shape. */
static gboolean
is_unknown_given_word (const DossierMatchText *self,
                       guint                   i)
{
  gsize length, next_length, next_latin_length;
  const char *latin = word_latin (self, i, &length);
  const char *next_key, *next_latin;

  const char *key;
  gsize key_length;

  if (i + 1 >= self->n_words || length < 3 || (self->words[i].flags & WORD_ALL_CAPS) ||
      !always_capitalised (self, i) || !adjacent (self, i, i + 1))
    return FALSE;
  /* "Родственников Рахимзода": a given name does not look like a surname. */
  key = word_key (self, &self->words[i], &key_length);
  if (key == NULL || has_surname_shape (key, key_length, latin, length))
    return FALSE;
  next_key = word_key (self, &self->words[i + 1], &next_length);
  next_latin = word_latin (self, i + 1, &next_latin_length);

  return next_key != NULL &&
         has_surname_shape (next_key, next_length, next_latin, next_latin_length) &&
         !is_patronymic_key (next_key, next_length) && !is_given_word (self, i + 1) &&
         is_name_word (self, i + 1);
}

static gboolean
is_patronymic_word (const DossierMatchText *self,
                    guint                   i)
{
  gsize length;
  const char *key;

  if (i >= self->n_words)
    return FALSE;
  key = word_key (self, &self->words[i], &length);

  return key != NULL && is_patronymic_key (key, length);
}

static gboolean
latin_is (const DossierMatchText *self,
          guint                   i,
          const char             *latin)
{
  gsize length;
  const char *s = word_latin (self, i, &length);

  return length == strlen (latin) && memcmp (s, latin, length) == 0;
}

/* Mr, Ms, г-н, г-жа straight before word @i. */
static gboolean
follows_honorific (const DossierMatchText *self,
                   guint                   i)
{
  const char *p, *end;
  gsize length;
  g_autofree char *latin = NULL;
  const char *s;

  if (i == 0)
    return FALSE;
  p = self->text + self->words[i - 1].end;
  end = self->text + self->words[i].start;
  for (; p < end; p++)
    if (*p != ' ' && *p != '.' && *p != '\t')
      return FALSE;
  if (i >= 2 && (self->words[i - 2].flags & WORD_JOINED) && latin_is (self, i - 2, "g") &&
      (latin_is (self, i - 1, "n") || latin_is (self, i - 1, "na") ||
       latin_is (self, i - 1, "zha")))
    return TRUE;
  s = word_latin (self, i - 1, &length);
  latin = g_strndup (s, length);

  return g_strv_contains (honorifics, latin);
}

/* The last word of a surname, taking in a double one (Rimsky-Korsakov). */
static guint
surname_end (const DossierMatchText *self,
             guint                   i)
{
  while ((self->words[i].flags & WORD_JOINED) && is_name_word (self, i + 1))
    i++;

  return i;
}

/* "Ivan Franko University", "Amu Darya Rule of Law Forum": the name is
 * part of an organisation's or a place's when the capitalised words after
 * it (and the small words between them) hold an organisation word. */
static gboolean
names_organisation (const DossierMatchText *self,
                    guint                   last)
{
  static const char * const small[] = {
    "of", "for", "and", "de", "des", "du", "pour", "fur", NULL
  };

  for (guint i = last + 1; i <= last + 5 && adjacent (self, i - 1, i); i++)
    {
      gsize length;
      const char *latin = word_latin (self, i, &length);
      g_autofree char *lower = g_ascii_strdown (latin, length);

      if (!(self->words[i].flags & WORD_CAPITALISED))
        {
          if (g_strv_contains (small, lower))
            continue;
          return FALSE;
        }
      if (is_not_name_word (latin, length))
        return TRUE;
    }

  return FALSE;
}

/* Returns: whether a name starts at word @i, and its last word. */
static gboolean
find_name_at (const DossierMatchText *self,
              guint                   i,
              guint                  *last)
{
  guint j = i + 1;

  if (!is_name_word (self, i))
    return FALSE;

  /* Козлов Владимир Иванович */
  if (!is_given_word (self, i) && adjacent (self, i, i + 1) && is_given_word (self, i + 1) &&
      adjacent (self, i + 1, i + 2) && is_patronymic_word (self, i + 2))
    {
      *last = i + 2;
      return TRUE;
    }
  if (!is_given_word (self, i) && !follows_honorific (self, i) &&
      !is_unknown_given_word (self, i))
    return FALSE;

  /* Vladimir Ivanovich Kozlov, Vladimir V. Kozlov; but Ales Lukashevich */
  if (adjacent (self, i, j) && j < self->n_words &&
      ((is_patronymic_word (self, j) && adjacent (self, j, j + 1) && is_name_word (self, j + 1)) ||
       is_initial (self, &self->words[j])))
    j++;
  if (!adjacent (self, j - 1, j) || !is_name_word (self, j))
    return FALSE;
  j = surname_end (self, j);
  if (names_organisation (self, j))
    return FALSE;
  *last = j;

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char *
written_name (const DossierMatchText *self,
              guint                   first,
              guint                   last)
{
  GString *name = g_string_new (NULL);
  const char *end = self->text + self->words[last].end;
  gboolean space = FALSE;

  for (const char *p = self->text + self->words[first].start; p < end; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (name, ' ');
      space = FALSE;
      g_string_append_c (name, *p);
    }

  return g_string_free (name, FALSE);
}

/* "Владимир Козлов", "Владимира Козлова" and "Козлов Владимир Иванович"
 * are one person: the stems of the given name and of the surname, without
 * their endings, in either order. */
static char *
name_identity (const DossierMatchText *self,
               guint                   first,
               guint                   last)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = first; i <= last; i++)
    {
      gsize length, n;
      const char *key = word_key (self, &self->words[i], &length);

      if (key == NULL || is_initial (self, &self->words[i]) || is_patronymic_key (key, length))
        continue;
      n = find_given_name (key, length, NULL);
      if (n == 0)
        n = surname_base (key, length);
      g_ptr_array_add (parts, g_strndup (key, n));
    }
  g_ptr_array_sort (parts, compare_strings);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" ", (char **) parts->pdata);
}

GStrv
dossier_match_text_find_person_names (DossierMatchText *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->n_words; i++)
    {
      guint last;
      char *identity;

      if (!find_name_at (self, i, &last))
        continue;
      identity = name_identity (self, i, last);
      if (g_hash_table_add (seen, identity))
        {
          g_autofree char *name = written_name (self, i, last);

          g_strv_builder_add (names, name);
        }
      i = last;
    }

  return g_strv_builder_end (names);
}
