/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <glib.h>
#include <locale.h>

#include "dossier-error.h"
#include "dossier-matcher.h"

static gboolean
rule_matches (DossierRuleMode  mode,
              const char      *pattern,
              const char      *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierMatcher) matcher = dossier_matcher_new (mode, pattern, &error);
  g_autoptr(DossierMatchText) match_text = dossier_match_text_new (text);

  g_assert_no_error (error);
  g_assert_nonnull (matcher);

  return dossier_matcher_matches (matcher, match_text);
}

static gboolean
any (const char *pattern,
     const char *text)
{
  return rule_matches (DOSSIER_RULE_ANY_WORD, pattern, text);
}

static gboolean
name_matches (const char         *name,
              const char * const *aliases,
              const char         *text)
{
  g_autoptr(DossierMatcher) matcher = dossier_matcher_new_for_name (name, aliases);
  g_autoptr(DossierMatchText) match_text = dossier_match_text_new (text);

  g_assert_nonnull (matcher);

  return dossier_matcher_matches (matcher, match_text);
}

static void
test_mode_strings (void)
{
  const char *names[] = { "any", "all", "phrase", "regex" };
  DossierRuleMode mode;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (dossier_rule_mode_from_string (names[i], &mode));
      g_assert_cmpint (mode, ==, (DossierRuleMode) i);
      g_assert_cmpstr (dossier_rule_mode_to_string (mode), ==, names[i]);
    }
  g_assert_false (dossier_rule_mode_from_string ("words", &mode));
  g_assert_false (dossier_rule_mode_from_string ("", &mode));
}

static void
test_any (void)
{
  g_assert_true (any ("torture, detention", "He remains in detention."));
  g_assert_true (any ("torture detention", "Reports of TORTURE in custody."));
  g_assert_false (any ("torture, detention", "He was released on bail."));
  /* Quoted phrases among single words. */
  g_assert_true (any ("\"freedom of assembly\" censorship", "limits on freedom of assembly"));
  g_assert_false (any ("\"freedom of assembly\" censorship", "freedom of the assembly"));
  g_assert_true (any ("«свобода собраний», цензура", "Свобода собраний ограничена."));
}

static void
test_all (void)
{
  g_assert_true (rule_matches (DOSSIER_RULE_ALL_WORDS, "torture prison",
                               "The prison staff used torture."));
  g_assert_false (rule_matches (DOSSIER_RULE_ALL_WORDS, "torture prison",
                                "Torture in police custody."));
  g_assert_true (rule_matches (DOSSIER_RULE_ALL_WORDS, "\"political prisoners\", Kazakhstan",
                               "Kazakhstan holds political prisoners."));
  g_assert_false (rule_matches (DOSSIER_RULE_ALL_WORDS, "\"political prisoners\", Kazakhstan",
                                "Kazakhstan holds prisoners, some political."));
}

static void
test_phrase (void)
{
  g_assert_true (rule_matches (DOSSIER_RULE_PHRASE, "political prisoners",
                               "the release of all Political Prisoners in"));
  g_assert_false (rule_matches (DOSSIER_RULE_PHRASE, "political prisoners",
                                "prisoners, political and others"));
  g_assert_false (rule_matches (DOSSIER_RULE_PHRASE, "political prisoners",
                                "political and other prisoners"));
  /* A phrase across a line break, and in Russian. */
  g_assert_true (rule_matches (DOSSIER_RULE_PHRASE, "human rights defenders",
                               "human rights\ndefenders"));
  g_assert_true (rule_matches (DOSSIER_RULE_PHRASE, "политических заключенных",
                               "освобождения Политических заключённых."));
}

static void
test_word_boundaries (void)
{
  g_assert_false (any ("torture", "He was tortured."));
  g_assert_false (any ("torture", "antitorture"));
  g_assert_true (any ("torture", "(torture)"));
  g_assert_false (any ("UN", "The union met."));
  g_assert_true (any ("UN", "the UN, the EU"));
  g_assert_false (any ("пытки", "пыткий"));
  g_assert_true (any ("2014", "in 2014."));
  g_assert_false (any ("2014", "in 20145."));
}

static void
test_prefix (void)
{
  g_assert_true (any ("torture*", "He was tortured."));
  g_assert_true (any ("torture*", "after torturing him"));
  g_assert_true (any ("torture*", "torture"));
  g_assert_false (any ("torture*", "tortoise"));
  g_assert_false (any ("torture*", "antitorture"));
  g_assert_true (any ("пытк*", "сообщения о пытках"));
  g_assert_false (any ("пытк*", "применение пыток"));
  g_assert_true (rule_matches (DOSSIER_RULE_PHRASE, "political prison*",
                               "political prisoners"));
  g_assert_false (rule_matches (DOSSIER_RULE_PHRASE, "political prison*",
                                "political will in prison"));
}

static void
test_diacritics (void)
{
  g_assert_true (any ("liberte", "la liberté d'expression"));
  g_assert_true (any ("liberté", "LA LIBERTE D'EXPRESSION"));
  g_assert_true (any ("LIBERTÉ", "Liberté"));
  g_assert_true (any ("Muller", "Frau Müller"));
  g_assert_true (any ("strasse", "Berliner Straße 5"));
  g_assert_true (any ("Lodz", "in Łódź"));
  /* ё is printed е */
  g_assert_true (any ("заключённые", "заключенные"));
  g_assert_true (any ("заключенные", "ЗАКЛЮЧЁННЫЕ"));
  g_assert_true (any ("еж", "Ёж"));
  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "заключенн", "Заключённые"));
  /* but й is not и */
  g_assert_false (any ("мои", "мой"));
  /* and a letter is still itself */
  g_assert_false (any ("liberte", "liberta"));
}

static void
test_hyphens_apostrophes (void)
{
  g_assert_true (any ("UE", "les priorités de l'UE"));
  g_assert_true (any ("UE", "les priorités de l’UE"));
  g_assert_true (any ("l'UE", "de l’UE"));
  g_assert_true (any ("cooperation", "co-operation with NGOs"));
  g_assert_true (any ("co-operation", "cooperation with NGOs"));
  g_assert_true (any ("co-operation", "co-operation with NGOs"));
  g_assert_true (any ("operation", "co-operation with NGOs"));
  g_assert_true (any ("torture", "acts of tor-\nture"));
  g_assert_false (any ("torture", "tor- ture"));
  g_assert_true (any ("torture", "tor\u00ADture"));
}

static void
test_scripts (void)
{
  const char *russian = "Правозащитники сообщили о пытках в СИЗО. Козлов остается под стражей.";

  g_assert_true (any ("пытках", russian));
  g_assert_true (any ("сизо", russian));
  g_assert_false (any ("пытки", russian));
  g_assert_false (any ("torture", russian));
  /* A word in one script is the same word in another, in that form only. */
  g_assert_true (any ("Kozlov", russian));
  g_assert_true (any ("Козлов", "Mr Kozlov remains in custody"));
  g_assert_false (any ("Kozlov", "Козлова"));
  /* but not short words, which are other words in the other script */
  g_assert_false (any ("ne", "он не знал"));
}

static void
test_regex (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierMatcher) matcher = NULL;

  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "tortur(e|ed|ing)\\b", "He was Tortured."));
  g_assert_false (rule_matches (DOSSIER_RULE_REGEX, "tortur(e|ed|ing)\\b", "torturers"));
  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "art(icle)?\\.?\\s*\\d+", "Article 19"));
  /* Over the folded text: Cyrillic capitals, ё and accents fold too. */
  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "ПЫТК\\w+", "о пытках"));
  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "заключ[её]нн", "Заключённые"));
  g_assert_true (rule_matches (DOSSIER_RULE_REGEX, "liberté\\s+d", "LIBERTE D’EXPRESSION"));
  g_assert_false (rule_matches (DOSSIER_RULE_REGEX, "^torture$", "no torture here"));

  matcher = dossier_matcher_new (DOSSIER_RULE_REGEX, "tortur(e", &error);
  g_assert_null (matcher);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "tortur(e"));
}

static void
test_empty_pattern (void)
{
  const char *patterns[] = { "", "  ", ", ;", "\"\"", "*" };

  for (guint mode = DOSSIER_RULE_ANY_WORD; mode <= DOSSIER_RULE_REGEX; mode++)
    for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierMatcher) matcher = NULL;

        if (mode == DOSSIER_RULE_REGEX && i > 0)
          continue;
        matcher = dossier_matcher_new (mode, patterns[i], &error);
        g_assert_null (matcher);
        g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
      }
}

/* A person is found by the surname next to the given name, in any form,
 * script or spelling, or next to its initial, at least once in the text. */
static void
test_name_kozlov (void)
{
  const char *name = "Vladimir Kozlov";

  g_assert_true (name_matches (name, NULL, "Vladimir Kozlov was detained."));
  g_assert_true (name_matches (name, NULL, "Владимир Козлов был задержан."));
  g_assert_true (name_matches (name, NULL, "дело Владимира Козлова"));
  g_assert_true (name_matches (name, NULL, "письмо Владимиру Козлову"));
  g_assert_true (name_matches (name, NULL, "встреча с Владимиром Козловым"));
  g_assert_true (name_matches (name, NULL, "о Владимире Козлове"));
  g_assert_true (name_matches (name, NULL, "адвокат В. В. Козлова"));
  g_assert_true (name_matches (name, NULL, "Козлова Владимира Ивановича"));
  g_assert_true (name_matches (name, NULL, "KOZLOV Vladimir"));
  g_assert_true (name_matches (name, NULL, "Vladimir Kozlov, a lawyer. Later, Mr Kozlov said"));
  /* Another surname, and a woman of the same surname. */
  g_assert_false (name_matches (name, NULL, "Vladimir Kozlovsky was detained."));
  g_assert_false (name_matches (name, NULL, "Владимир Козловский"));
  g_assert_false (name_matches (name, NULL, "Vladimir Kozlovoy"));
  /* The surname alone, or beside another given name, may be anyone. */
  g_assert_false (name_matches (name, NULL, "Анна Козлова была задержана."));
  g_assert_false (name_matches (name, NULL, "Mr Kozlov remains in custody."));
  g_assert_false (name_matches (name, NULL, "Vladimir Putin met Mr Kozlov's lawyer."));
  /* Names are capitalised. */
  g_assert_false (name_matches (name, NULL, "владимир козлов"));
  /* The comma form of a name; a name without a given name. */
  g_assert_true (name_matches ("Kozlov, Vladimir", NULL, "Владимира Козлова"));
  g_assert_true (name_matches ("Kozlov", NULL, "Mr Kozlov remains in custody."));
  g_assert_true (name_matches ("Kozlov", NULL, "Козлову"));
}

static void
test_name_baidalinova (void)
{
  const char *name = "Guljan Baidalinova";

  g_assert_true (name_matches (name, NULL, "Ms Guljan Baydalinova"));
  g_assert_true (name_matches (name, NULL, "Guljan Baidalinova"));
  g_assert_true (name_matches (name, NULL, "журналист Гульжан Байдалинова"));
  g_assert_true (name_matches (name, NULL, "против Гульжан Байдалиновой"));
  g_assert_true (name_matches (name, NULL, "Г. Байдалиновою"));
  g_assert_true (name_matches (name, NULL, "ГУЛЬЖАН БАЙДАЛИНОВУ"));
  g_assert_true (name_matches ("Baidalinova", NULL, "Ms Baydalinova"));
  g_assert_false (name_matches (name, NULL, "Гульжан Байдалинов"));
  g_assert_false (name_matches (name, NULL, "Guljan Baidalinovsky"));
}

static void
test_name_nazarbayev (void)
{
  const char *name = "Nursultan Nazarbayev";

  g_assert_true (name_matches (name, NULL, "President Nursultan Nazarbaev"));
  g_assert_true (name_matches (name, NULL, "President Nursultan Nazarbayev"));
  g_assert_true (name_matches (name, NULL, "Президент Нурсултан Назарбаев"));
  g_assert_true (name_matches (name, NULL, "при Нурсултане Назарбаеве"));
  g_assert_true (name_matches (name, NULL, "с Н. А. Назарбаевым"));
  g_assert_true (name_matches ("Назарбаев", NULL, "President Nazarbayev"));
  g_assert_false (name_matches (name, NULL, "President Nursultan Nazarov"));
}

static void
test_name_zhovtis (void)
{
  const char *name = "Yevgeniy Zhovtis";

  g_assert_true (name_matches (name, NULL, "Евгений Жовтис"));
  g_assert_true (name_matches (name, NULL, "дело Евгения Жовтиса"));
  g_assert_true (name_matches (name, NULL, "с Е. Жовтисом"));
  g_assert_true (name_matches (name, NULL, "M. Evgueni Jovtis"));
  g_assert_true (name_matches ("Евгений Жовтис", NULL, "Mr Yevgeny Zhovtis"));
  g_assert_true (name_matches ("Zhovtis", NULL, "Жовтиса"));
  g_assert_false (name_matches (name, NULL, "Yevgeniy Zhovtisov"));
  g_assert_false (name_matches (name, NULL, "Yevgeniy Zhovt"));
}

static void
test_name_ivanov (void)
{
  const char *name = "Ivan Ivanov";

  /* Иванова is the genitive of Иванов: "the case of Ivan Ivanov". */
  g_assert_true (name_matches (name, NULL, "дело Ивана Иванова"));
  g_assert_true (name_matches (name, NULL, "I. Ivanov"));
  g_assert_true (name_matches (name, NULL, "Иванов И. И."));
  g_assert_false (name_matches (name, NULL, "Мария Иванова"));
  g_assert_false (name_matches (name, NULL, "Mr Ivanov"));
  /* Not a town named after the surname, nor a woman of the family. */
  g_assert_true (name_matches ("Askar Kassymov", NULL, "the trial of Askar Kasymov"));
  g_assert_true (name_matches ("Askar Kassymov", NULL, "дело Аскара Касымова"));
  g_assert_false (name_matches ("Askar Kassymov", NULL, "Askar lives in Kassymovo"));
  g_assert_false (name_matches ("Askar Kassymov", NULL, "Dina Kassymova. Ms Kassymova"));
  g_assert_false (name_matches ("Natia Lomidze", NULL, "Irakli Lomidze. Mr Lomidze"));
  g_assert_false (name_matches ("Maryia Zhuk", NULL, "le cas d'Ales Zhuk et de M. Zhuk"));
  g_assert_true (name_matches ("Maryia Zhuk", NULL, "Zhuk M. A."));
}

static void
test_name_spellings (void)
{
  const char *name = "Bakhodir Tursunov";

  g_assert_true (name_matches (name, NULL, "Bakhodir Tursunow"));
  g_assert_true (name_matches (name, NULL, "Bakhodir Tursinov"));
  g_assert_true (name_matches (name, NULL, "Баходиру Турсунову"));
  g_assert_false (name_matches (name, NULL, "Bakhodir Kursunov"));
  g_assert_false (name_matches (name, NULL, "Bakhodir Tursunovich"));
  g_assert_false (name_matches (name, NULL, "Bakhodir Tursun"));
  /* One edit only in long names. */
  g_assert_false (name_matches ("Vera Lukin", NULL, "Vera Lukan"));
  g_assert_true (name_matches ("Natalia Khodorkovskaya", NULL, "Натальи Ходорковской"));
  g_assert_true (name_matches ("Natalia Khodorkovskaya", NULL, "Natalia Hodorkovskaia"));
  g_assert_true (name_matches ("Mikhail Khodorkovsky", NULL, "Михаила Ходорковского"));
  g_assert_false (name_matches ("Mikhail Khodorkovsky", NULL, "Михаил Ходорковской"));
  g_assert_true (name_matches ("Sergei Trubetskoy", NULL, "Сергея Трубецкого"));
  g_assert_true (name_matches ("Sergei Trubetskoy", NULL, "Сергей Трубецкой"));
}

/* How Russian writes names from other languages of the region. */
static void
test_name_renderings (void)
{
  /* Russian has no h. */
  g_assert_true (name_matches ("Emin Hasanov", NULL, "Дело Эмина Гасанова"));
  g_assert_true (name_matches ("Rashad Huseynov", NULL, "приговорил Рашада Гусейнова"));
  g_assert_true (name_matches ("Davit Hakobyan", NULL, "приговорил Давита Акопяна"));
  g_assert_false (name_matches ("Emin Hasanov", NULL, "Emin Kasanov"));
  /* Given names in their national forms. */
  g_assert_true (name_matches ("Mikalai Belski", NULL, "Дело Николая Бельского"));
  g_assert_true (name_matches ("Giorgi Beridze", NULL, "Дело Георгия Беридзе"));
  g_assert_false (name_matches ("Giorgi Beridze", NULL, "Дело Нино Беридзе"));
  /* Belarusian names in their Russian form. */
  g_assert_true (name_matches ("Ihar Marozau", NULL, "дело Игоря Морозова"));
  g_assert_true (name_matches ("Volha Kavalenka", NULL, "дело Ольги Коваленко"));
  g_assert_false (name_matches ("Ihar Marozau", NULL, "дело Игоря Морозовского"));
  /* c is k; ё is е, and yo. */
  g_assert_true (name_matches ("Victor Munteanu", NULL, "дело Виктора Мунтяну"));
  g_assert_true (name_matches ("Bakhtiyor Davlatov", NULL, "дело Бахтиёра Давлатова"));
  g_assert_true (name_matches ("Fyodor Korolyov", NULL, "Фёдор Королев"));
}

static void
test_name_organisations (void)
{
  const char *iphr[] = { "IPHR", NULL };
  const char *nhc[] = { "NHC", "Норвежский Хельсинкский комитет", NULL };
  const char *iphr_name = "International Partnership for Human Rights";

  g_assert_true (name_matches (iphr_name, iphr, "a statement by IPHR and others"));
  g_assert_true (name_matches (iphr_name, iphr, "IPHR’s director"));
  g_assert_true (name_matches (iphr_name, iphr, "the international partnership for human rights"));
  g_assert_false (name_matches (iphr_name, iphr, "a statement by iphr"));
  g_assert_false (name_matches (iphr_name, iphr, "ziphring IPHRS"));
  g_assert_false (name_matches (iphr_name, iphr, "an international partnership on human rights"));

  g_assert_true (name_matches ("Norwegian Helsinki Committee", nhc, "NHC"));
  g_assert_true (name_matches ("Norwegian Helsinki Committee", nhc,
                               "Норвежский Хельсинкский комитет"));
  g_assert_false (name_matches ("Norwegian Helsinki Committee", nhc, "nhc"));
  g_assert_false (name_matches ("Norwegian Helsinki Committee", nhc, "the Helsinki Committee"));
  /* An organisation's name is not a person's: no surname in it. */
  g_assert_false (name_matches ("Norwegian Helsinki Committee", NULL, "the Committee"));
}

static void
assert_names (const char *text,
              const char *expected[])
{
  g_autoptr(DossierMatchText) match_text = dossier_match_text_new (text);
  g_auto(GStrv) names = dossier_match_text_find_person_names (match_text);
  g_autofree char *found = g_strjoinv ("|", names);
  g_autofree char *wanted = g_strjoinv ("|", (char **) expected);

  g_assert_cmpstr (found, ==, wanted);
}

static void
test_person_names_english (void)
{
  const char *expected[] = { "Vladimir Kozlov", "Aigerim Tleuzhan", "Nataliya Bondarenko", NULL };

  /* Aigerim is not a given name the finder knows, but follows "Ms";
   * "Vladimir V. Kozlov" is Vladimir Kozlov again. */
  assert_names ("On 3 May Vladimir Kozlov and Ms Aigerim Tleuzhan met Nataliya "
                "Bondarenko at the Ivan Franko University. The European Union and "
                "the Kazakhstan International Bureau for Human Rights wrote to Mr Kozlov. "
                "Nataliya Bondarenko and Vladimir V. Kozlov. Maria Street.",
                expected);
}

static void
test_person_names_russian (void)
{
  const char *expected[] = {
    "Натальи Бондаренко", "Ержан Тлеужан", "Козлов Владимир Иванович", NULL
  };

  assert_names ("Дело Натальи Бондаренко. Встреча г-на Ержан Тлеужан? Нет: г-н Ержан Тлеужан "
                "и Козлов Владимир Иванович, а также Наталья Бондаренко и Комитет "
                "Республики Казахстан. Дело Владимира Козлова.",
                expected);
}

/* Given names the finder does not know, before a surname of the region's
 * shape; and capitalised words that are not names. */
static void
test_person_names_unknown (void)
{
  const char *expected[] = { "Shakhnoza Saidova", "Шавката Рахимзода", "Narine Grigoryan", NULL };

  assert_names ("Shakhnoza Saidova was arrested. The Central Asian states, Frau Kommissarin. "
                "Резолюция Европейского парламента. Дело Шавката Рахимзода. Родственников "
                "Рахимзода вызывают. The Amu Darya Civil Liberties Forum and Narine Grigoryan. "
                "President Tokayev. Alle Rechte vorbehalten. Mme Saidova.",
                expected);
}

static gpointer
match_in_thread (gpointer data)
{
  DossierMatcher *matcher = data;
  guint n = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("Письмо %u: дело Гульжан Байдалиновой.", i);
      g_autoptr(DossierMatchText) match_text = dossier_match_text_new (text);

      n += dossier_matcher_matches (matcher, match_text);
    }

  return GUINT_TO_POINTER (n);
}

/* Texts are made in the import's worker threads, each with its own
 * transliterator, and one matcher serves them all. */
static void
test_threads (void)
{
  g_autoptr(DossierMatcher) matcher = dossier_matcher_new_for_name ("Guljan Baidalinova", NULL);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("matcher", match_in_thread, matcher);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 200);
}

static guint
count (DossierRuleMode  mode,
       const char      *pattern,
       const char      *text,
       guint           *n_phrases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierMatcher) matcher = dossier_matcher_new (mode, pattern, &error);
  g_autoptr(DossierMatchText) match_text = dossier_match_text_new (text);
  guint n;

  g_assert_no_error (error);
  n = dossier_matcher_count_phrases (matcher, match_text, n_phrases);
  g_assert_cmpuint (n, ==, dossier_matcher_count (matcher, match_text));
  g_assert_cmpint (n > 0, ==, dossier_matcher_matches (matcher, match_text));
  return n;
}

/* Every place a rule matches, each once. */
static void
test_count (void)
{
  const char *text = "Torture, torturers and tortured detainees: the Committee against "
                     "Torture heard of пытки. Freedom of expression, freedom of "
                     "expression, and self-censorship or selfcensorship.";
  guint n_phrases = 99;

  g_assert_cmpuint (count (DOSSIER_RULE_ANY_WORD, "torture", text, &n_phrases), ==, 2);
  g_assert_cmpuint (n_phrases, ==, 0);
  g_assert_cmpuint (count (DOSSIER_RULE_ANY_WORD, "tortur* пытк*", text, NULL), ==, 5);
  g_assert_cmpuint (count (DOSSIER_RULE_ANY_WORD, "torture \"freedom of expression\"", text,
                           &n_phrases), ==, 4);
  g_assert_cmpuint (n_phrases, ==, 2);
  g_assert_cmpuint (count (DOSSIER_RULE_PHRASE, "freedom of expression", text, &n_phrases), ==, 2);
  g_assert_cmpuint (n_phrases, ==, 2);
  g_assert_cmpuint (count (DOSSIER_RULE_ANY_WORD, "self-censorship", text, NULL), ==, 2);
  g_assert_cmpuint (count (DOSSIER_RULE_ALL_WORDS, "torture detainees", text, NULL), ==, 3);
  g_assert_cmpuint (count (DOSSIER_RULE_ALL_WORDS, "torture journalists", text, NULL), ==, 0);
  g_assert_cmpuint (count (DOSSIER_RULE_REGEX, "tortur[a-z]*", text, NULL), ==, 4);
  g_assert_cmpuint (count (DOSSIER_RULE_ANY_WORD, "journalists", text, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/matcher/mode-strings", test_mode_strings);
  g_test_add_func ("/matcher/any", test_any);
  g_test_add_func ("/matcher/all", test_all);
  g_test_add_func ("/matcher/phrase", test_phrase);
  g_test_add_func ("/matcher/word-boundaries", test_word_boundaries);
  g_test_add_func ("/matcher/prefix", test_prefix);
  g_test_add_func ("/matcher/diacritics", test_diacritics);
  g_test_add_func ("/matcher/hyphens-apostrophes", test_hyphens_apostrophes);
  g_test_add_func ("/matcher/scripts", test_scripts);
  g_test_add_func ("/matcher/regex", test_regex);
  g_test_add_func ("/matcher/empty-pattern", test_empty_pattern);
  g_test_add_func ("/matcher/name/kozlov", test_name_kozlov);
  g_test_add_func ("/matcher/name/baidalinova", test_name_baidalinova);
  g_test_add_func ("/matcher/name/nazarbayev", test_name_nazarbayev);
  g_test_add_func ("/matcher/name/zhovtis", test_name_zhovtis);
  g_test_add_func ("/matcher/name/ivanov", test_name_ivanov);
  g_test_add_func ("/matcher/name/spellings", test_name_spellings);
  g_test_add_func ("/matcher/name/renderings", test_name_renderings);
  g_test_add_func ("/matcher/name/organisations", test_name_organisations);
  g_test_add_func ("/matcher/person-names/english", test_person_names_english);
  g_test_add_func ("/matcher/person-names/russian", test_person_names_russian);
  g_test_add_func ("/matcher/person-names/unknown", test_person_names_unknown);
  g_test_add_func ("/matcher/count", test_count);
  g_test_add_func ("/matcher/threads", test_threads);

  return g_test_run ();
}
