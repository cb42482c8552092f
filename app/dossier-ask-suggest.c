/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
/* The sentences in which a letter asks something of the EU; see
 * dossier-ask-suggest.h. */
#include "config.h"

#include <string.h>

#include "dossier-ask-suggest.h"
#include "dossier-database.h"
#include "dossier-followups.h"
#include "dossier-rules.h"
#include "dossier-tags.h"

/* A longer "sentence" is text the splitter could not cut (a table, a
 * list without punctuation): no one would take it as an ask. */
#define MAX_SENTENCE_CHARS 1200

/* A line shorter than this share of the page's longest line, that does
 * not end in a hyphen, ends what it holds: a heading, a salutation, an
 * address, the last line of a paragraph. Lines of running text in a
 * letter are nearly as long as the longest. */
#define SHORT_LINE_SHARE 0.6

void
dossier_ask_suggestion_free (DossierAskSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->text);
  g_clear_pointer (&suggestion->tag_ids, g_array_unref);
  g_free (suggestion);
}

/* ---- lines into blocks ---- */

/* A run of text between hard breaks (a blank or short line, a list item),
 * its lines joined. */
typedef struct
{
  char     *text;
  gboolean  is_item;   /* began with a list marker, now taken off */
} Block;

static void
block_clear (Block *block)
{
  g_free (block->text);
}

static GRegex *
list_marker_regex (void)
{
  static GRegex *regex;

  /* •, –, *, 1. 1) (1) a) (a) iv. IV. — then a space. A capital letter
   * and a dot is an initial ("V. Kozlov"), not a marker. */
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                               g_regex_new ("^(?:[•●▪◦‣∙·*\\-–—]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]"
                                            "|\\(?[ivx]{1,4}[.)]|[IVX]{1,4}\\.)\\s+",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* Returns: the length of the list marker @line starts with, or 0. */
static gsize
list_marker_length (const char *line)
{
  g_autoptr(GMatchInfo) match = NULL;
  int end = 0;

  if (!g_regex_match (list_marker_regex (), line, 0, &match))
    return 0;
  g_match_info_fetch_pos (match, 0, NULL, &end);
  return (gsize) end;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x00AD || c == 0x2010 || c == 0x2011;
}

/* Joins @line to @text: a word hyphenated at the end of the line before
 * is mended when the line goes on in lower case ("detain-" "ed"); else a
 * space. */
static void
append_line (GString    *text,
             const char *line)
{
  const char *last;
  gunichar hyphen, before, next;

  if (text->len == 0)
    {
      g_string_append (text, line);
      return;
    }
  last = g_utf8_find_prev_char (text->str, text->str + text->len);
  hyphen = g_utf8_get_char (last);
  before = last > text->str ? g_utf8_get_char (g_utf8_find_prev_char (text->str, last)) : 0;
  next = g_utf8_get_char (line);
  if (is_hyphen (hyphen) && g_unichar_isalpha (before) && g_unichar_islower (next))
    {
      g_string_truncate (text, (gsize) (last - text->str));
      g_string_append (text, line);
      return;
    }
  /* A soft hyphen that was not breaking a word still goes. */
  if (hyphen == 0x00AD)
    g_string_truncate (text, (gsize) (last - text->str));
  g_string_append_c (text, ' ');
  g_string_append (text, line);
}

static gsize
longest_line (char **lines)
{
  gsize longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      longest = MAX (longest, (gsize) g_utf8_strlen (line, -1));
    }
  return longest;
}

static void
flush_block (GArray  *blocks,
             GString *text,
             gboolean is_item)
{
  Block block;

  if (text->len == 0)
    return;
  block.text = g_strdup (text->str);
  block.is_item = is_item;
  g_array_append_val (blocks, block);
  g_string_truncate (text, 0);
}

/* Returns: (transfer full) (element-type Block) */
static GArray *
split_blocks (const char *text)
{
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GString) current = g_string_new (NULL);
  g_auto(GStrv) lines = g_regex_split_simple ("\\r\\n|\\r|\\n|\\f", text, 0, 0);
  gsize short_line = (gsize) (SHORT_LINE_SHARE * longest_line (lines));
  gboolean is_item = FALSE;

  g_array_set_clear_func (blocks, (GDestroyNotify) block_clear);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      gsize marker = list_marker_length (line);
      gsize length;
      const char *end;

      if (*line == '\0')
        {
          flush_block (blocks, current, is_item);
          is_item = FALSE;
          continue;
        }
      if (marker > 0)
        {
          flush_block (blocks, current, is_item);
          is_item = TRUE;
        }
      append_line (current, line + marker);
      length = (gsize) g_utf8_strlen (line, -1);
      end = g_utf8_find_prev_char (line, line + strlen (line));
      if (length < short_line && !is_hyphen (g_utf8_get_char (end)))
        {
          flush_block (blocks, current, is_item);
          is_item = FALSE;
        }
    }
  flush_block (blocks, current, is_item);
  return g_steal_pointer (&blocks);
}

/* ---- blocks into sentences ---- */

/* Words that a full stop follows without ending a sentence, folded. */
static const char * const abbreviations[] = {
  /* English */
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sen", "rep", "hon",
  "amb", "rev", "e.g", "i.e", "etc", "vs", "cf", "viz", "approx", "incl", "esp", "ca", "fig",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "inc", "ltd", "co", "corp", "dept", "govt", "ed", "eds",
  /* French */
  "m", "mme", "mlle", "mm", "me", "mgr", "p.ex", "ex", "env", "av", "bd",
  /* Russian */
  "г", "гг", "т.е", "т.д", "т.п", "т.к", "т.н", "им", "ул", "д", "тыс", "млн", "млрд", "руб",
  "напр", "проф", "др", "пр", "см", "ср", "гос", "обл", "р-н",
  NULL
};

/* Words that do not end a sentence when a number follows ("No. 5",
 * "art. 19", "ст. 174"). */
static const char * const before_numbers[] = {
  "no", "nos", "nr", "art", "arts", "para", "paras", "p", "pp", "vol", "sec", "ch", "n°",
  "ст", "п", "пп", "ч", "№", NULL
};

static gboolean
is_closing (gunichar c)
{
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C;
}

static gboolean
is_opening (gunichar c)
{
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x201E;
}

/* The word before the full stop at @dot, folded, without brackets or
 * quotes before it. */
static char *
word_before (const char *start,
             const char *dot)
{
  const char *p = dot;

  while (p > start)
    {
      const char *prev = g_utf8_find_prev_char (start, p);

      if (g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  while (p < dot && is_opening (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return g_utf8_casefold (p, dot - p);
}

/* "e.g", "U.S", "т.е": letters standing alone between dots. */
static gboolean
is_dotted_initials (const char *word)
{
  gboolean letter_before = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.')
        {
          if (!letter_before)
            return FALSE;
          letter_before = FALSE;
        }
      else if (g_unichar_isalpha (c) && !letter_before)
        letter_before = TRUE;
      else
        return FALSE;
    }
  return strchr (word, '.') != NULL;
}

/* Whether the full stop at @dot, in @start, ends a sentence, @next being
 * the character that starts the next word. */
static gboolean
full_stop_ends_sentence (const char *start,
                         const char *dot,
                         gunichar    next)
{
  g_autofree char *word = word_before (start, dot);

  if (*word == '\0')
    return TRUE;
  if (g_strv_contains (abbreviations, word) || is_dotted_initials (word))
    return FALSE;
  if (g_unichar_isdigit (next) && g_strv_contains (before_numbers, word))
    return FALSE;
  /* An initial: "V. Kozlov", "А. Байдалинова". */
  if (g_utf8_strlen (word, -1) == 1 && g_unichar_isalpha (g_utf8_get_char (word)))
    return FALSE;
  return TRUE;
}

/* Where the sentence that ends at the punctuation at @p ends (past the
 * closing quotes and brackets), or NULL if it does not end there. */
static const char *
sentence_end (const char *start,
              const char *p)
{
  gunichar c = g_utf8_get_char (p);
  const char *end = g_utf8_next_char (p);
  const char *next_word;
  gunichar next;

  /* "..." and "?!" end once, at their last mark. */
  while (*end == '.' || *end == '!' || *end == '?')
    end++;
  while (*end != '\0' && is_closing (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return end;
  if (!g_unichar_isspace (g_utf8_get_char (end)))
    return NULL;
  next_word = end;
  while (*next_word != '\0' && g_unichar_isspace (g_utf8_get_char (next_word)))
    next_word = g_utf8_next_char (next_word);
  while (*next_word != '\0' && is_opening (g_utf8_get_char (next_word)))
    next_word = g_utf8_next_char (next_word);
  next = g_utf8_get_char (next_word);
  if (*next_word == '\0')
    return end;
  if (g_unichar_islower (next))
    return NULL;
  if (c == '.' && end == g_utf8_next_char (p) && !full_stop_ends_sentence (start, p, next))
    return NULL;
  return end;
}

/* Whitespace runs made one space, and trimmed. */
static char *
clean_sentence (const char *start,
                const char *end)
{
  g_autoptr(GString) clean = g_string_sized_new ((gsize) (end - start));
  gboolean space = FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = clean->len > 0;
      else
        {
          if (space)
            g_string_append_c (clean, ' ');
          space = FALSE;
          g_string_append_unichar (clean, c);
        }
    }
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

/* Appends the sentences of @text to @sentences; returns how many. */
static guint
split_block (const char *text,
             GPtrArray  *sentences)
{
  const char *start = text;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *end;

      if (c != '.' && c != '!' && c != '?' && c != 0x2026)
        continue;
      end = sentence_end (start, p);
      if (end == NULL)
        continue;
      g_ptr_array_add (sentences, clean_sentence (start, end));
      n++;
      start = end;
      p = g_utf8_find_prev_char (text, end);
    }
  if (*start != '\0')
    {
      char *rest = clean_sentence (start, start + strlen (start));

      if (*rest != '\0')
        {
          g_ptr_array_add (sentences, rest);
          n++;
        }
      else
        g_free (rest);
    }
  return n;
}

/* A sentence and whether it opens a list item. */
typedef struct
{
  char     *text;
  gboolean  is_item;
} Sentence;

static void
sentence_clear (Sentence *sentence)
{
  g_free (sentence->text);
}

static GArray *
split_sentences (const char *text)
{
  g_autoptr(GArray) blocks = split_blocks (text);
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));

  g_array_set_clear_func (sentences, (GDestroyNotify) sentence_clear);
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      split_block (block->text, texts);
      for (guint j = 0; j < texts->len; j++)
        {
          Sentence sentence = { g_ptr_array_index (texts, j), block->is_item && j == 0 };

          g_array_append_val (sentences, sentence);
        }
    }
  return sentences;
}

GStrv
dossier_ask_split_sentences (const char *text)
{
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (text != NULL, NULL);

  sentences = split_sentences (text);
  for (guint i = 0; i < sentences->len; i++)
    g_strv_builder_add (builder, g_array_index (sentences, Sentence, i).text);
  return g_strv_builder_end (builder);
}

/* ---- asking ---- */

/* Who asks (the letter's authors) and how, or whom the sentence says
 * what they should do: matched ignoring case, on the sentence with its
 * apostrophes made straight. Each pattern is a way of asking that letters
 * to the EU use; a sentence that merely reports ("the authorities asked
 * journalists to…") has no first person before its verb. */
static const char * const ask_patterns[] = {
  /* English */
  "\\b(?:we|i|undersigned|signatories|organi[sz]ations|ngos|coalition)\\b.{0,60}?"
  "\\b(?:urge[sd]?|urging|call(?:s|ing)?\\s+(?:up)?on|encourag(?:e|es|ing)|ask(?:s|ing)?"
  "|request(?:s|ing)?|recommend(?:s|ing)?|appeal(?:s|ing)?\\s+to|invite[s]?|implore)\\b",
  "\\b(?:eu|european union|eeas|european commission|commission|council|european parliament"
  "|high representative|hr/vp|member states|eu institutions|eu delegation|delegation|you)\\b"
  ".{0,60}?\\b(?:should|must|ought to|needs? to)\\b",
  /* Not the closing formulas: "Please accept the assurances…". */
  "^please\\s+(?!accept|do not hesitate|don't hesitate|find|note|let us|feel free|see\\b)",
  /* Russian */
  "\\b(?:призыва(?:ем|ю|ют)|призвать|призыв(?:ом)?\\s+к|просим|прошу|просят|прос(?:ьба|ьбой)"
  "|рекоменду(?:ем|ю|ют)|настаиваем|предлагаем)\\b",
  "\\b(?:ес|евросоюз\\w*|европейск\\w+\\s+союз\\w*|еслд|европейск\\w+\\s+комисси\\w*"
  "|совет\\w*\\s+ес|европарламент\\w*|европейск\\w+\\s+парламент\\w*|вы|вам|государства-члены"
  "|государствам-членам|делегаци\\w+)\\b.{0,60}?\\b(?:должен|должна|должны|следует|необходимо"
  "|нужно|стоит)\\b",
  "^пожалуйста\\b",
  /* French */
  "\\bnous\\s+(?:vous\\s+|les\\s+|l'|la\\s+|le\\s+)?(?:appelons|exhortons|encourageons"
  "|demandons|recommandons|invitons|sollicitons|pressons"
  /* "Nous vous prions d'agréer…" closes a letter; it asks nothing. */
  "|prions(?!\\s+(?:d'agréer|de\\s+croire|de\\s+recevoir|de\\s+bien\\s+vouloir\\s+agréer)))\\b",
  "\\b(?:organisations|signataires|ong|coalition)\\b.{0,60}?\\b(?:appellent|exhortent"
  "|encouragent|demandent|recommandent|invitent)\\b",
  "(?:\\bl'ue|\\bl'union européenne|\\ble seae|\\bla commission|\\ble conseil"
  "|\\ble parlement européen|\\bles états membres|\\bles institutions|\\bvous)\\b.{0,60}?"
  "\\b(?:devrai(?:t|ent)|doi(?:t|vent)|devez|devriez|est invitée?s? à)\\b",
};

static GPtrArray *
ask_regexes (void)
{
  static GPtrArray *regexes;

  if (g_once_init_enter (&regexes))
    {
      GPtrArray *compiled = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (ask_patterns); i++)
        {
          g_autoptr(GError) error = NULL;
          GRegex *regex = g_regex_new (ask_patterns[i], G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0,
                                       &error);

          g_assert_no_error (error);
          g_ptr_array_add (compiled, regex);
        }
      g_once_init_leave (&regexes, compiled);
    }
  return regexes;
}

/* Curly apostrophes (l’UE) made straight. */
static char *
straighten (const char *text)
{
  g_autoptr(GString) straight = g_string_new (text);

  g_string_replace (straight, "\u2019", "'", 0);
  g_string_replace (straight, "\u02BC", "'", 0);
  return g_string_free (g_steal_pointer (&straight), FALSE);
}

gboolean
dossier_ask_sentence_is_ask (const char *sentence)
{
  g_autofree char *straight = NULL;
  GPtrArray *regexes;

  g_return_val_if_fail (sentence != NULL, FALSE);

  straight = straighten (sentence);
  regexes = ask_regexes ();
  for (guint i = 0; i < regexes->len; i++)
    if (g_regex_match (g_ptr_array_index (regexes, i), straight, 0, NULL))
      return TRUE;
  return FALSE;
}

/* ---- suggestions ---- */

static DossierAskSuggestion *
suggestion_new (const char *text,
                guint       page)
{
  DossierAskSuggestion *suggestion = g_new0 (DossierAskSuggestion, 1);

  suggestion->text = g_strdup (text);
  suggestion->page = page;
  suggestion->tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return suggestion;
}

/* What ends an item that another follows. */
static const char * const list_joints[] = { "; and", ", and", "; et", ", et", "; и", ", и", "; а также" };

/* "call for the release of X;" after "We urge the EU to:" reads "We
 * urge the EU to call for the release of X." */
static char *
join_lead_and_item (const char *lead,
                    const char *item)
{
  g_autofree char *head = g_strdup (lead);
  g_autofree char *tail = g_strdup (item);
  gsize length;

  g_strchomp (head);
  length = strlen (head);
  if (length > 0 && head[length - 1] == ':')
    head[length - 1] = '\0';
  g_strchomp (head);
  g_strchomp (tail);
  for (guint i = 0; i < G_N_ELEMENTS (list_joints); i++)
    if (g_str_has_suffix (tail, list_joints[i]))
      tail[strlen (tail) - strlen (list_joints[i])] = '\0';
  /* "; " and " ;" alike: French sets a space before the semicolon. */
  length = strlen (tail);
  while (length > 0 && (tail[length - 1] == ';' || tail[length - 1] == ',' ||
                        g_ascii_isspace (tail[length - 1])))
    tail[--length] = '\0';
  if (length > 0 && !g_str_has_suffix (tail, ".") && !g_str_has_suffix (tail, "!"))
    return g_strconcat (head, " ", tail, ".", NULL);
  return g_strconcat (head, " ", tail, NULL);
}

static gboolean
ends_with_colon (const char *text)
{
  return g_str_has_suffix (text, ":");
}

static void
suggest_in_page (const char *text,
                 guint       page,
                 GPtrArray  *suggestions)
{
  g_autoptr(GArray) sentences = split_sentences (text);

  for (guint i = 0; i < sentences->len; i++)
    {
      Sentence *sentence = &g_array_index (sentences, Sentence, i);
      gboolean joined = FALSE;

      if (g_utf8_strlen (sentence->text, -1) > MAX_SENTENCE_CHARS ||
          !dossier_ask_sentence_is_ask (sentence->text))
        continue;
      /* A lead ("We urge the EU to:") and its list: an ask per item. */
      if (ends_with_colon (sentence->text))
        for (guint j = i + 1; j < sentences->len &&
                              g_array_index (sentences, Sentence, j).is_item; j++)
          {
            g_autofree char *ask = join_lead_and_item (sentence->text,
                                                       g_array_index (sentences, Sentence, j).text);

            g_ptr_array_add (suggestions, suggestion_new (ask, page));
            joined = TRUE;
            i = j;
          }
      if (!joined)
        g_ptr_array_add (suggestions, suggestion_new (sentence->text, page));
    }
}

GPtrArray *
dossier_ask_suggest_in_pages (const char * const *pages,
                              guint               n_pages)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_ask_suggestion_free);

  for (guint i = 0; pages != NULL && i < n_pages && pages[i] != NULL; i++)
    suggest_in_page (pages[i], i + 1, suggestions);
  return suggestions;
}

/* ---- with the library's tags ---- */

/* tag id → facet, for the issue and case tags. */
static GHashTable *
read_issue_and_case_tags (DossierDatabase  *database,
                          GError          **error)
{
  g_autoptr(GHashTable) facets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *statement;
  int rc;

  statement = dossier_database_prepare (database,
                                        "SELECT id, facet FROM tags WHERE facet IN ('issue', 'case')",
                                        error);
  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_hash_table_insert (facets, g_memdup2 (&id, sizeof id),
                           g_strdup ((const char *) sqlite3_column_text (statement, 1)));
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      dossier_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&facets);
}

/* The document's own tag of @facet when it has exactly one (accepted or
 * suggested), else 0. */
static gint64
only_document_tag (GPtrArray  *document_tags,
                   const char *facet)
{
  gint64 only = 0;

  for (guint i = 0; i < document_tags->len; i++)
    {
      DossierDocumentTag *document_tag = g_ptr_array_index (document_tags, i);

      if (!g_str_equal (dossier_tag_get_facet (document_tag->tag), facet))
        continue;
      if (only != 0)
        return 0;
      only = dossier_tag_get_id (document_tag->tag);
    }
  return only;
}

/* The facets a suggestion is tagged with, in the order of the "only"
 * arrays below. */
static const char * const wanted_facets[] = { DOSSIER_FACET_ISSUE, DOSSIER_FACET_CASE };

/* Main thread: the document's only issue and only case (0: none, or
 * several), into @only. */
static gboolean
read_only_document_tags (DossierLibrary  *self,
                         gint64           document_id,
                         gint64           only[G_N_ELEMENTS (wanted_facets)],
                         GError         **error)
{
  g_autoptr(GPtrArray) document_tags = dossier_library_list_document_tags (self, document_id,
                                                                           FALSE, error);

  if (document_tags == NULL)
    return FALSE;
  for (guint f = 0; f < G_N_ELEMENTS (wanted_facets); f++)
    only[f] = only_document_tag (document_tags, wanted_facets[f]);
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The sentence's issues and cases, as the rules find them in the
 * sentence alone. A sentence that names no case ("his release") gets the
 * letter's case when the letter is about one only; likewise its issue.
 * A letter about several would be guessing, and a wrong tag prefilled is
 * worse than none: the user adds it. */
static void
tag_suggestion (DossierAskSuggestion *suggestion,
                DossierRuleSet       *rules,
                GHashTable           *facets,
                const gint64         *only)
{
  const char *pages[] = { suggestion->text, NULL };
  g_autoptr(DossierMatchText) text = dossier_rules_match_text_new (NULL, pages);
  g_autoptr(GArray) matched = dossier_rule_set_match_text (rules, text);

  for (guint f = 0; f < G_N_ELEMENTS (wanted_facets); f++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < matched->len; i++)
        {
          gint64 id = g_array_index (matched, gint64, i);

          if (g_strcmp0 (g_hash_table_lookup (facets, &id), wanted_facets[f]) == 0)
            {
              g_array_append_val (suggestion->tag_ids, id);
              found = TRUE;
            }
        }
      if (!found && only[f] != 0)
        g_array_append_val (suggestion->tag_ids, only[f]);
    }
  g_array_sort (suggestion->tag_ids, compare_ids);
}

/* Any thread, through that thread's connection: tags every suggestion. */
static gboolean
tag_suggestions (DossierDatabase  *database,
                 GPtrArray        *suggestions,
                 const gint64     *only,
                 GCancellable     *cancellable,
                 GError          **error)
{
  g_autoptr(GHashTable) facets = NULL;
  g_autoptr(DossierRuleSet) rules = NULL;

  facets = read_issue_and_case_tags (database, error);
  if (facets == NULL)
    return FALSE;
  rules = dossier_rule_set_load (database, error);
  if (rules == NULL)
    return FALSE;
  for (guint i = 0; i < suggestions->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      tag_suggestion (g_ptr_array_index (suggestions, i), rules, facets, only);
    }
  return TRUE;
}

/* Marks the suggestions that an ask of this document already holds. */
static gboolean
mark_existing_asks (DossierLibrary  *self,
                    gint64           document_id,
                    GPtrArray       *suggestions,
                    GError         **error)
{
  DossierAskFilter filter = { .document_id = document_id };
  g_autoptr(GListModel) asks = dossier_library_list_asks (self, &filter, error);

  if (asks == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (asks); i++)
    {
      g_autoptr(DossierAsk) ask = g_list_model_get_item (asks, i);

      for (guint j = 0; j < suggestions->len; j++)
        {
          DossierAskSuggestion *suggestion = g_ptr_array_index (suggestions, j);

          if (suggestion->ask_id == 0 && g_strcmp0 (suggestion->text, dossier_ask_get_text (ask)) == 0)
            suggestion->ask_id = dossier_ask_get_id (ask);
        }
    }
  return TRUE;
}

GPtrArray *
dossier_library_suggest_asks (DossierLibrary  *self,
                              gint64           document_id,
                              GError         **error)
{
  g_auto(GStrv) pages = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  gint64 only[G_N_ELEMENTS (wanted_facets)] = { 0 };

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  pages = dossier_library_dup_page_texts (self, document_id, error);
  if (pages == NULL)
    return NULL;
  suggestions = dossier_ask_suggest_in_pages ((const char * const *) pages, g_strv_length (pages));
  if (suggestions->len == 0)
    return g_steal_pointer (&suggestions);

  if (!read_only_document_tags (self, document_id, only, error) ||
      !tag_suggestions (dossier_library_get_database (self), suggestions, only, NULL, error) ||
      !mark_existing_asks (self, document_id, suggestions, error))
    return NULL;
  return g_steal_pointer (&suggestions);
}

/* ---- Off the main thread ---- */

/* What the worker needs, read on the main thread: the worker touches
 * nothing else but a connection of its own. */
typedef struct
{
  char   *database_path;
  gint64  document_id;
  char  **pages;
  gint64  only[G_N_ELEMENTS (wanted_facets)];
} SuggestData;

static void
suggest_data_free (gpointer data)
{
  SuggestData *suggest = data;

  g_free (suggest->database_path);
  g_strfreev (suggest->pages);
  g_free (suggest);
}

static void
suggest_asks_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SuggestData *suggest = task_data;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(DossierDatabase) database = NULL;
  GError *error = NULL;

  suggestions = dossier_ask_suggest_in_pages ((const char * const *) suggest->pages,
                                              g_strv_length (suggest->pages));
  if (suggestions->len > 0)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      database = dossier_database_open (suggest->database_path, &error);
      if (database == NULL ||
          !tag_suggestions (database, suggestions, suggest->only, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_pointer (task, g_steal_pointer (&suggestions), (GDestroyNotify) g_ptr_array_unref);
}

/* On the main thread, through the library's connection: which sentences
 * are asks already, as of now rather than when the worker began. */
static void
suggest_asks_done_cb (GObject      *source_object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SuggestData *suggest = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) suggestions = NULL;
  GError *error = NULL;

  suggestions = g_task_propagate_pointer (G_TASK (result), &error);
  if (suggestions == NULL ||
      !mark_existing_asks (DOSSIER_LIBRARY (source_object), suggest->document_id, suggestions,
                           &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&suggestions), (GDestroyNotify) g_ptr_array_unref);
}

void
dossier_library_suggest_asks_async (DossierLibrary      *self,
                                    gint64               document_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autofree SuggestData *suggest = NULL;
  GError *error = NULL;

  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_library_suggest_asks_async);

  suggest = g_new0 (SuggestData, 1);
  suggest->document_id = document_id;
  suggest->pages = dossier_library_dup_page_texts (self, document_id, &error);
  if (suggest->pages == NULL ||
      !read_only_document_tags (self, document_id, suggest->only, &error))
    {
      g_strfreev (suggest->pages);
      g_task_return_error (task, error);
      return;
    }
  suggest->database_path = dossier_library_dup_database_path (self);
  worker = g_task_new (self, cancellable, suggest_asks_done_cb, g_steal_pointer (&task));
  g_task_set_name (worker, "dossier-suggest-asks");
  g_task_set_task_data (worker, g_steal_pointer (&suggest), suggest_data_free);
  g_task_run_in_thread (worker, suggest_asks_thread);
}

GPtrArray *
dossier_library_suggest_asks_finish (DossierLibrary  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
