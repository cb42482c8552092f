/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a tag rule's pattern matches a document's text. Every mode is
 * case- and diacritic-insensitive (liberte = liberté, ё = е) and matches
 * whole words: torture is not tortured, but torture* is (a prefix; a
 * silent final e is dropped, so it finds torturing too). A word in one
 * script also matches its transliteration in another (Kozlov = Козлов),
 * for words of 3 letters or more. */
typedef enum
{
  DOSSIER_RULE_ANY_WORD,     /* "any": one of the words (or "quoted phrases") */
  DOSSIER_RULE_ALL_WORDS,    /* "all": every word, anywhere in the text */
  DOSSIER_RULE_PHRASE,       /* "phrase": the words in this order, side by side */
  DOSSIER_RULE_REGEX,        /* "regex": a regular expression over the folded text */
} DossierRuleMode;

gboolean            dossier_rule_mode_from_string  (const char        *text,
                                                    DossierRuleMode   *mode);
const char         *dossier_rule_mode_to_string    (DossierRuleMode    mode);

/* A document's text made ready for matching once, for every rule:
 * folded (case, diacritics), split into words (at hyphens and apostrophes
 * too: co-operation is also cooperation, l'UE holds UE), and
 * transliterated to Latin so that names match across scripts.
 *
 * A text and a matcher are read-only once made: any number of threads may
 * match them at once. Making a text uses this thread's own ICU
 * transliterator, so texts may be made in any thread. */
typedef struct _DossierMatchText DossierMatchText;

DossierMatchText   *dossier_match_text_new         (const char        *text);
void                dossier_match_text_free        (DossierMatchText  *self);

/* One compiled rule. */
typedef struct _DossierMatcher DossierMatcher;

/* @pattern: for "any" and "all", words and "quoted phrases" separated by
 * spaces or commas; for "phrase", words; for "regex", a Perl-compatible
 * regular expression, run caseless over the folded text.
 * Returns: NULL with DOSSIER_ERROR_INVALID_VALUE for a pattern that
 * cannot match (empty, or a regular expression that does not compile). */
DossierMatcher     *dossier_matcher_new            (DossierRuleMode    mode,
                                                    const char        *pattern,
                                                    GError           **error);
/* A person's or an organisation's name with its aliases (NULL-terminated):
 * matches the name across scripts (Kozlov = Козлов), in its grammatical
 * forms (Козлова, Козлову), and in close spellings (Baidalinova =
 * Baydalinova, Nazarbayev = Nazarbaev); an acronym alias (IPHR) as a
 * whole word in capitals. A person's surname must stand next to the given
 * name (in any of its forms) or its initial at least once in the text;
 * after that, the text is about them. An organisation's name or a
 * multi-word alias matches as a phrase. */
DossierMatcher     *dossier_matcher_new_for_name   (const char        *name,
                                                    const char * const *aliases);
gboolean            dossier_matcher_matches        (DossierMatcher    *self,
                                                    DossierMatchText  *text);
/* How many times the rule matches: for "any" and "phrase", the places
 * where one of its words or phrases is written (torture … torture … пытки
 * is 3); for "all", those of all its words, or 0 if one is missing; for
 * "regex", its matches, one after the other. A name counts 1 when it
 * matches. Not 0 exactly when dossier_matcher_matches() is TRUE. */
guint               dossier_matcher_count          (DossierMatcher    *self,
                                                    DossierMatchText  *text);
/* The same, and in @n_phrases (optional) how many of those matches are
 * of words side by side ("freedom of expression", co-operation), which
 * say more than one word does. */
guint               dossier_matcher_count_phrases  (DossierMatcher    *self,
                                                    DossierMatchText  *text,
                                                    guint             *n_phrases);
void                dossier_matcher_free           (DossierMatcher    *self);

/* Names of people that the text mentions (e.g. "Vladimir Kozlov",
 * "Мария Иванова", "Козлов Владимир Иванович"), as first written, without
 * repeats (Владимира Козлова is Владимир Козлов again): for suggesting
 * new case tags. Returns: (transfer full): a NULL-terminated array. */
GStrv               dossier_match_text_find_person_names (DossierMatchText *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierMatchText, dossier_match_text_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierMatcher, dossier_matcher_free)

G_END_DECLS
