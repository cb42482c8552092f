/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>

#include "dossier-analysis.h"

/* Sample documents, written for these tests.  They are laid out as Poppler
 * extracts text: one visual line per line, paragraphs broken mid-sentence,
 * page numbers and web debris left in.  People and organisations are
 * invented. */

static const char en_letter_page1[] =
  "Steppe Rights Foundation\n"
  "Rue du Trône 98, 1050 Brussels, Belgium | www.steppe-rights.example\n"
  "\n"
  "To the attention of EU High Representative Josep Borrell\n"
  "Re.: Annual EU–Kazakhstan Human Rights Dialogue on 14 November 2019\n"
  "Brussels, 28 October 2019\n"
  "Dear High Representative,\n"
  "We are writing to you on behalf of the Steppe Rights Foundation (SRF) and the Nordic\n"
  "Committee for Civic Freedoms (NCCF) ahead of the annual Human Rights Dialogue between\n"
  "the EU and Kazakhstan. Eight years after the events in Zhanaozen, where police opened\n"
  "fire on striking oil workers on 16 December 2011, no official has been held to account.\n"
  "Independent journalists continue to face criminal defamation charges, and the new law\n"
  "on peaceful assemblies still requires organisers to obtain prior permission.\n"
  "1\n";

static const char en_letter_page2[] =
  "We urge you to raise the cases of imprisoned journalist Daniyar Seitkali and labour\n"
  "activist Gulnara Omarova, and to insist that the dialogue is followed by measurable\n"
  "steps, in line with the Enhanced Partnership and Cooperation Agreement.\n"
  "We thank you for your attention and remain at your disposal for further information.\n"
  "Sincerely,\n"
  "Aigerim Bekova, SRF Director\n"
  "Lars Holm, NCCF Programme Officer for Central Asia\n"
  "2\n";

/* The letter is dated only next to the signature; the body is full of
 * other dates, one of them on a line of its own making. */
static const char en_body_dates_letter[] =
  "To: Members of the European Parliament Subcommittee on Human Rights\n"
  "Subject: Ten years after Zhanaozen\n"
  "Dear Members of the Subcommittee,\n"
  "In December 2011 the oil town of Zhanaozen saw the bloodiest crackdown in the\n"
  "recent history of Kazakhstan.\n"
  "On 16 December 2011 police opened fire on striking oil workers, killing at least\n"
  "fifteen people. The trials held in the spring of 2012 relied on testimony obtained\n"
  "under torture, as the defendants told the court on 27 March 2012.\n"
  "We ask you to keep the December 2011 events on the agenda of the Subcommittee.\n"
  "Yours faithfully,\n"
  "Timur Akhmetov\n"
  "Almaty Helsinki Group\n"
  "Almaty, 5 March 2012\n";

static const char ru_letter[] =
  "Казахстанское бюро гражданских свобод\n"
  "050000, г. Алматы, ул. Абая, 10\n"
  "Кому: Верховному представителю ЕС по иностранным делам и политике безопасности\n"
  "Тема: Преследование правозащитников в Казахстане\n"
  "Москва, 12 марта 2018 г.\n"
  "Уважаемый господин Верховный представитель!\n"
  "Мы обращаемся к Вам от имени Казахстанского бюро гражданских свобод и Фонда\n"
  "«Открытая степь» в связи с усилением давления на правозащитников в Казахстане.\n"
  "В январе 2018 года были задержаны трое активистов, которые готовили доклад для\n"
  "Комитета ООН против пыток. Мы просим Вас поднять этот вопрос в ходе диалога по\n"
  "правам человека и добиться их освобождения.\n"
  "С уважением,\n"
  "Айгуль Нурланова, директор\n"
  "Казахстанское бюро гражданских свобод\n"
  "Ержан Садыков\n"
  "Фонд «Открытая степь»\n";

static const char fr_letter[] =
  "Ligue européenne pour les libertés en Asie centrale\n"
  "12, rue de la Paix – 75002 Paris\n"
  "À l'attention de Madame la Commissaire Helena Dalli\n"
  "Objet : Dialogue UE–Kazakhstan sur les droits de l'homme\n"
  "Paris, le 3 février 2021\n"
  "Madame la Commissaire,\n"
  "Au nom de la Ligue européenne pour les libertés en Asie centrale et de la Fédération\n"
  "des comités Helsinki d'Europe centrale, nous vous écrivons à la veille du dialogue\n"
  "annuel entre l'Union européenne et le Kazakhstan. Depuis le 5 janvier 2021, deux\n"
  "défenseurs des droits humains sont détenus à Almaty sans inculpation.\n"
  "Veuillez agréer, Madame la Commissaire, l'expression de notre haute considération.\n"
  "Claire Dumas\n"
  "Présidente, Ligue européenne pour les libertés en Asie centrale\n";

static const char de_letter[] =
  "Deutsches Komitee für Menschenrechte in Zentralasien e.V.\n"
  "Berlin, den 3. Februar 2021\n"
  "An: Europäische Kommission, Generaldirektion Handel\n"
  "Betreff: Menschenrechtsklauseln im Partnerschaftsabkommen mit Kasachstan\n"
  "Sehr geehrte Frau Kommissarin,\n"
  "im Namen des Deutschen Komitees für Menschenrechte in Zentralasien wenden wir uns\n"
  "an Sie, weil die Verhandlungen über das Abkommen in eine entscheidende Phase treten.\n"
  "Die Lage der unabhängigen Medien in Kasachstan hat sich seit dem 1. März 2020\n"
  "deutlich verschlechtert, und die Versammlungsfreiheit ist weiterhin eingeschränkt.\n"
  "Mit freundlichen Grüßen\n"
  "Jonas Weber\n"
  "Geschäftsführer, Deutsches Komitee für Menschenrechte in Zentralasien e.V.\n";

static const char kk_letter[] =
  "Қазақстан азаматтық бостандықтар бюросы\n"
  "Алматы, 2021 жылғы 5 наурыз\n"
  "Құрметті Жоғарғы өкіл!\n"
  "Біз Сізге Қазақстандағы тәуелсіз журналистердің жағдайы туралы жазып отырмыз.\n"
  "Биыл қаңтар айынан бері бірнеше журналист ұсталды, олардың екеуі әлі де қамауда.\n"
  "Құрметпен,\n"
  "Айгүл Нұрланова\n";

static const char ru_press_release[] =
  "Пресс-релиз\n"
  "Правозащитники призывают ЕС добиться освобождения журналистов\n"
  "Алматы, 5 мая 2020 г. Фонд «Открытая степь» и Казахстанское бюро гражданских свобод\n"
  "призывают Европейский союз поднять вопрос о заключённых журналистах в ходе\n"
  "очередного раунда диалога по правам человека.\n"
  "Контакты: Ержан Садыков, +7 727 000 00 00\n";

static const char de_press_release[] =
  "PRESSEMITTEILUNG\n"
  "Berlin, 10.12.2020\n"
  "Menschenrechtsorganisationen fordern Freilassung inhaftierter Blogger in Kasachstan\n"
  "Das Deutsche Komitee für Menschenrechte in Zentralasien fordert die Bundesregierung\n"
  "auf, sich beim Außenministertreffen für die Freilassung der Blogger einzusetzen.\n";

static const char press_release[] =
  "International Partnership for Civic Space (IPCS)\n"
  "PRESS RELEASE\n"
  "For immediate release\n"
  "Kazakhstan: EU must raise jailed bloggers at human rights dialogue\n"
  "Brussels, 23 November 2016 – Ahead of the eighth round of the EU–Kazakhstan Human\n"
  "Rights Dialogue, the International Partnership for Civic Space (IPCS) calls on the EU\n"
  "to press for the release of bloggers imprisoned for their posts on social media.\n"
  "“Dialogue without results is a ritual,” said Maria Lindqvist, IPCS Media Officer.\n"
  "For more information, please contact:\n"
  "Maria Lindqvist, IPCS Media Officer, +32 2 000 00 00, press@ipcs.example\n"
  "Sign up now\n"
  "Subscribe to our latest news & alerts\n";

static const char statement[] =
  "JOINT STATEMENT\n"
  "Central Asian NGOs call for release of imprisoned journalists\n"
  "Brussels/Almaty, 19 April 2013\n"
  "We, the undersigned organisations, are deeply concerned about the imprisonment of\n"
  "three journalists in Kazakhstan and Kyrgyzstan on charges of spreading false\n"
  "information. We call on the EU to raise their cases at the highest level.\n"
  "Signatories:\n"
  "Steppe Rights Foundation\n"
  "Almaty Helsinki Group\n"
  "Open Horizons Association\n";

/* The start of @text, valid UTF-8, for a test message. */
static char *
excerpt (const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return g_strdup ("(null)");

  valid = g_utf8_make_valid (text, -1);
  return g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, -1), 70));
}

/* Analyses the NULL-terminated pages given. */
static DossierAnalysis *
analyse (const char *first_page,
         ...)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  va_list args;

  va_start (args, first_page);
  for (const char *page = first_page; page != NULL; page = va_arg (args, const char *))
    g_ptr_array_add (pages, (gpointer) page);
  va_end (args);

  return dossier_analyse_pages ((const char * const *) pages->pdata, pages->len);
}

static void
assert_senders (const DossierAnalysis *analysis,
                ...)
{
  va_list args;
  guint i = 0;

  va_start (args, analysis);
  for (const char *expected = va_arg (args, const char *); expected != NULL;
       expected = va_arg (args, const char *), i++)
    g_assert_cmpstr (analysis->senders[i], ==, expected);
  va_end (args);

  g_assert_cmpstr (analysis->senders[i], ==, NULL);
}

static char *
parse_date (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!dossier_analysis_parse_date (text, &date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static void
assert_date (const char *text,
             const char *expected)
{
  g_autofree char *parsed = parse_date (text);
  g_autofree char *shown = excerpt (text);

  g_test_message ("%s", shown);
  g_assert_cmpstr (parsed, ==, expected);
}

/* ------------------------------------------------------------------------ */

static void
test_date_forms (void)
{
  assert_date ("Brussels, 8 October 2014", "2014-10-08");
  assert_date ("Warsaw, 7 April, 2016", "2016-04-07");
  assert_date ("Oslo, Brussels, The Hague 20 March 2012", "2012-03-20");
  assert_date ("Brussels/Almaty, 23 November 2016", "2016-11-23");
  assert_date ("14.06.2019", "2019-06-14");
  assert_date ("2019-11-28", "2019-11-28");
  assert_date ("March 20, 2012", "2012-03-20");
  assert_date ("Sept. 5, 2019", "2019-09-05");
  assert_date ("the 20th of March 2012", "2012-03-20");
  assert_date ("12/03/2012", "2012-03-12");
  assert_date ("03/20/2012", "2012-03-20");
  assert_date ("Brussels,8 October2014", "2014-10-08");
}

static void
test_date_months (void)
{
  /* English, French, German, Russian; every case a dateline uses. */
  assert_date ("1 January 2020", "2020-01-01");
  assert_date ("9 DECEMBER 2020", "2020-12-09");
  assert_date ("Paris, le 3 février 2021", "2021-02-03");
  assert_date ("3 fevrier 2021", "2021-02-03");
  assert_date ("le 1er mars 2020", "2020-03-01");
  assert_date ("15 août 2019", "2019-08-15");
  assert_date ("24 décembre 2019", "2019-12-24");
  assert_date ("Berlin, 3. Februar 2021", "2021-02-03");
  assert_date ("3. März 2021", "2021-03-03");
  assert_date ("3. Maerz 2021", "2021-03-03");
  assert_date ("17. Dezember 2018", "2018-12-17");
  assert_date ("12 марта 2018 г.", "2018-03-12");
  assert_date ("Москва, 12 марта 2018 г.", "2018-03-12");
  assert_date ("12 МАРТА 2018", "2018-03-12");
  assert_date ("20 март 2018", "2018-03-20");
  assert_date ("1 мая 2017 года", "2017-05-01");
  assert_date ("«5» декабря 2019 г.", "2019-12-05");
  assert_date ("Алматы, 2021 жылғы 5 наурыз", "2021-03-05");
  assert_date ("17 желтоқсан 2020 ж.", "2020-12-17");
}

static void
test_date_rejected (void)
{
  assert_date ("31 February 2021", NULL);
  assert_date ("29 February 2021", NULL);
  assert_date ("30.02.2020", NULL);
  assert_date ("2019-13-01", NULL);
  assert_date ("32 March 2012", NULL);
  assert_date ("the December 2011 events", NULL);
  assert_date ("Room 12 2014", NULL);
  assert_date ("Sign up now", NULL);
  assert_date ("", NULL);
  assert_date (NULL, NULL);
  assert_date ("\xff\xfe 3 \xc0 May", NULL);

  /* A leap day is a date; the first valid date of a string is the one. */
  assert_date ("29 February 2020", "2020-02-29");
  assert_date ("31 February 2021, then 3 March 2021", "2021-03-03");
  assert_date ("from 3 March 2012 to 5 April 2012", "2012-03-03");
}

/* ------------------------------------------------------------------------ */

static void
test_letter_english (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (en_letter_page1, en_letter_page2, NULL);

  g_assert_cmpstr (analysis->title, ==, "Annual EU–Kazakhstan Human Rights Dialogue on 14 November 2019");
  g_assert_cmpstr (analysis->date, ==, "2019-10-28");
  g_assert_cmpstr (analysis->place, ==, "Brussels");
  g_assert_cmpstr (analysis->recipient, ==, "EU High Representative Josep Borrell");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_cmpstr (analysis->language, ==, "en");
  /* Letterhead, "on behalf of", then signatures by acronym only. */
  assert_senders (analysis, "Steppe Rights Foundation", "Nordic Committee for Civic Freedoms", NULL);
}

static void
test_letter_russian (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (ru_letter, NULL);

  g_assert_cmpstr (analysis->title, ==, "Преследование правозащитников в Казахстане");
  g_assert_cmpstr (analysis->date, ==, "2018-03-12");
  g_assert_cmpstr (analysis->place, ==, "Москва");
  g_assert_cmpstr (analysis->recipient, ==,
                   "Верховному представителю ЕС по иностранным делам и политике безопасности");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_cmpstr (analysis->language, ==, "ru");
  /* Named inflected after "от имени", then as written under the signature. */
  assert_senders (analysis, "Казахстанское бюро гражданских свобод", "Фонд «Открытая степь»", NULL);
}

static void
test_letter_french (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (fr_letter, NULL);

  g_assert_cmpstr (analysis->title, ==, "Dialogue UE–Kazakhstan sur les droits de l'homme");
  g_assert_cmpstr (analysis->date, ==, "2021-02-03");
  g_assert_cmpstr (analysis->place, ==, "Paris");
  g_assert_cmpstr (analysis->recipient, ==, "Madame la Commissaire Helena Dalli");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_cmpstr (analysis->language, ==, "fr");
  assert_senders (analysis, "Ligue européenne pour les libertés en Asie centrale",
                  "Fédération des comités Helsinki d'Europe centrale", NULL);
}

static void
test_letter_german (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (de_letter, NULL);

  g_assert_cmpstr (analysis->title, ==, "Menschenrechtsklauseln im Partnerschaftsabkommen mit Kasachstan");
  g_assert_cmpstr (analysis->date, ==, "2021-02-03");
  g_assert_cmpstr (analysis->place, ==, "Berlin");
  g_assert_cmpstr (analysis->recipient, ==, "Europäische Kommission, Generaldirektion Handel");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_cmpstr (analysis->language, ==, "de");
  assert_senders (analysis, "Deutsches Komitee für Menschenrechte in Zentralasien e.V.", NULL);
}

static void
test_letter_kazakh (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (kk_letter, NULL);

  g_assert_cmpstr (analysis->date, ==, "2021-03-05");
  g_assert_cmpstr (analysis->place, ==, "Алматы");
  g_assert_cmpstr (analysis->recipient, ==, "Жоғарғы өкіл");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_cmpstr (analysis->language, ==, "kk");
  g_assert_cmpstr (analysis->title, ==, NULL);
  assert_senders (analysis, "Қазақстан азаматтық бостандықтар бюросы", NULL);
}

static void
test_letter_body_dates (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (en_body_dates_letter, NULL);

  /* Not 16 December 2011 nor 27 March 2012: those are what it is about. */
  g_assert_cmpstr (analysis->date, ==, "2012-03-05");
  g_assert_cmpstr (analysis->place, ==, "Almaty");
  g_assert_cmpstr (analysis->title, ==, "Ten years after Zhanaozen");
  g_assert_cmpstr (analysis->recipient, ==, "Members of the European Parliament Subcommittee on Human Rights");
  assert_senders (analysis, "Almaty Helsinki Group", NULL);
}

static void
test_letter_body_dates_only (void)
{
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autoptr(GString) page = g_string_new ("Dear Colleagues,\n");

  /* A date inside a sentence is never the date of the letter… */
  g_string_append (page, "On 16 December 2011 police opened fire on striking oil workers.\n");
  for (guint i = 0; i < 30; i++)
    g_string_append (page, "The authorities have not investigated the shootings so far.\n");
  analysis = analyse (page->str, NULL);
  g_assert_cmpstr (analysis->date, ==, NULL);
  g_assert_cmpstr (analysis->place, ==, NULL);
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  g_clear_pointer (&analysis, dossier_analysis_free);

  /* …but a line that is only a date is, even in the middle. */
  g_string_append (page, "14.06.2019\n");
  for (guint i = 0; i < 30; i++)
    g_string_append (page, "The trials relied on testimony obtained under torture.\n");
  analysis = analyse (page->str, NULL);
  g_assert_cmpstr (analysis->date, ==, "2019-06-14");
  g_assert_cmpstr (analysis->place, ==, NULL);
}

static void
test_letter_address_block (void)
{
  static const char letter[] =
    "Ms Kaja Kallas\n"
    "High Representative of the Union for Foreign Affairs and Security Policy\n"
    "European External Action Service\n"
    "1046 Brussels\n"
    "2019-11-28\n"
    "Open letter on the detention of human rights defenders in Kazakhstan\n"
    "Dear High Representative,\n"
    "We write to draw your attention to the arrest of two lawyers in Almaty.\n"
    "Best regards,\n"
    "Dana Ermekova, Executive Director, Caspian Human Rights Centre\n";
  g_autoptr(DossierAnalysis) analysis = analyse (letter, NULL);

  g_assert_cmpstr (analysis->recipient, ==,
                   "Ms Kaja Kallas, High Representative of the Union for Foreign Affairs and Security Policy");
  g_assert_cmpstr (analysis->title, ==, "Open letter on the detention of human rights defenders in Kazakhstan");
  g_assert_cmpstr (analysis->date, ==, "2019-11-28");
  g_assert_cmpstr (analysis->place, ==, NULL);
  assert_senders (analysis, "Caspian Human Rights Centre", NULL);
}

static void
test_letter_position_first (void)
{
  static const char letter[] =
    "Danube Helsinki Committee\n"
    "President of the European Council\n"
    "Charles Michel\n"
    "Rue de la Loi 175\n"
    "1048 Brussels\n"
    "Vienna, 14 January 2021\n"
    "Dear President Michel,\n"
    "We write ahead of the European Council meeting about the detained activists.\n"
    "Kind regards,\n"
    "Maria Novak\n"
    "Executive Director\n";
  g_autoptr(DossierAnalysis) analysis = analyse (letter, NULL);

  g_assert_cmpstr (analysis->recipient, ==, "Charles Michel, President of the European Council");
  g_assert_cmpstr (analysis->place, ==, "Vienna");
  /* No subject line, and an address is never a title. */
  g_assert_cmpstr (analysis->title, ==, NULL);
  assert_senders (analysis, "Danube Helsinki Committee", NULL);
}

static void
assert_recipient (const char *page,
                  const char *expected)
{
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);
  g_autofree char *shown = excerpt (page);

  g_test_message ("%s", shown);
  g_assert_cmpstr (analysis->recipient, ==, expected);
}

static void
test_letter_recipient_forms (void)
{
  /* A title broken over lines, and the name under it. */
  assert_recipient ("An den Vorsitzenden des Ausschusses für Auswärtige Angelegenheiten\n"
                    "des Europäischen Parlaments\n"
                    "Herrn Thomas Berger\n"
                    "Sehr geehrter Herr Berger,\n"
                    "wir schreiben Ihnen wegen der Lage in Kasachstan.\n",
                    "Vorsitzenden des Ausschusses für Auswärtige Angelegenheiten "
                    "des Europäischen Parlaments, Herrn Thomas Berger");
  assert_recipient ("To the attention of the High Representative of the Union for Foreign Affairs and\n"
                    "Security Policy\n"
                    "Dear High Representative,\n"
                    "We write to you about the trial of two journalists.\n",
                    "High Representative of the Union for Foreign Affairs and Security Policy");
  /* The title above the name, in the dative, without any marker. */
  assert_recipient ("Специальному докладчику ООН по вопросу о правозащитниках\n"
                    "г-же Анне Ивановой\n"
                    "Алматы, 4 апреля 2019 г.\n"
                    "Уважаемая госпожа Иванова!\n"
                    "Мы пишем Вам о преследовании адвокатов в Казахстане.\n",
                    "Специальному докладчику ООН по вопросу о правозащитниках, г-же Анне Ивановой");
  assert_recipient ("Кому: Комиссару Совета Европы по правам человека\n"
                    "Тема: Свобода собраний\n"
                    "Уважаемая госпожа Комиссар!\n"
                    "Мы пишем Вам о задержаниях участников мирных акций.\n",
                    "Комиссару Совета Европы по правам человека");
}

static void
test_letter_recipient_from_salutation (void)
{
  static const char named[] =
    "Dear President Barroso,\n"
    "We write ahead of your meeting with the President of Kazakhstan next week.\n";
  static const char anonymous[] =
    "Dear Sir or Madam,\n"
    "We write ahead of your meeting with the President of Kazakhstan next week.\n";
  static const char french[] =
    "Madame, Monsieur,\n"
    "Nous vous écrivons au sujet de la situation des journalistes au Kazakhstan.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (named, NULL);

  g_assert_cmpstr (analysis->recipient, ==, "President Barroso");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  /* The salutation is never the title. */
  g_assert_cmpstr (analysis->title, ==, NULL);
  g_clear_pointer (&analysis, dossier_analysis_free);

  analysis = analyse (anonymous, NULL);
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  g_clear_pointer (&analysis, dossier_analysis_free);

  analysis = analyse (french, NULL);
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  g_assert_cmpstr (analysis->kind, ==, "letter");
}

/* ------------------------------------------------------------------------ */

static void
test_press_release (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (press_release, NULL);

  g_assert_cmpstr (analysis->title, ==, "Kazakhstan: EU must raise jailed bloggers at human rights dialogue");
  g_assert_cmpstr (analysis->date, ==, "2016-11-23");
  g_assert_cmpstr (analysis->place, ==, "Brussels");
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  g_assert_cmpstr (analysis->kind, ==, "press-release");
  g_assert_cmpstr (analysis->language, ==, "en");
  assert_senders (analysis, "International Partnership for Civic Space", NULL);
}

/* No "PRESS RELEASE" and web debris above the headline: the headline is
 * the line above the journalists' dateline, the authors are who "urge". */
static void
test_press_release_web_page (void)
{
  static const char page[] =
    "Alert: Read our new report on prison conditions in Central Asia\n"
    "Urgent Interventions\n"
    "EU urged to insist on concrete measures to address pressing human rights\n"
    "issues in Kazakhstan\n"
    "BRUSSELS, 3 June 2019. Brussels-based Steppe Rights Foundation (SRF) and the\n"
    "Caspian Human Rights Centre (CHRC) have urged the EU to use the dialogue to insist\n"
    "on concrete measures by the government of Kazakhstan.\n"
    "Sign up now\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->title, ==,
                   "EU urged to insist on concrete measures to address pressing human rights issues in Kazakhstan");
  g_assert_cmpstr (analysis->date, ==, "2019-06-03");
  g_assert_cmpstr (analysis->place, ==, "Brussels");
  g_assert_cmpstr (analysis->kind, ==, "press-release");
  assert_senders (analysis, "Steppe Rights Foundation", "Caspian Human Rights Centre", NULL);
}

static void
test_press_release_russian (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (ru_press_release, NULL);

  g_assert_cmpstr (analysis->title, ==, "Правозащитники призывают ЕС добиться освобождения журналистов");
  g_assert_cmpstr (analysis->date, ==, "2020-05-05");
  g_assert_cmpstr (analysis->place, ==, "Алматы");
  g_assert_cmpstr (analysis->kind, ==, "press-release");
  g_assert_cmpstr (analysis->language, ==, "ru");
  assert_senders (analysis, "Фонд «Открытая степь»", "Казахстанское бюро гражданских свобод", NULL);
}

static void
test_press_release_german (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (de_press_release, NULL);

  g_assert_cmpstr (analysis->title, ==,
                   "Menschenrechtsorganisationen fordern Freilassung inhaftierter Blogger in Kasachstan");
  g_assert_cmpstr (analysis->date, ==, "2020-12-10");
  g_assert_cmpstr (analysis->place, ==, "Berlin");
  g_assert_cmpstr (analysis->kind, ==, "press-release");
  g_assert_cmpstr (analysis->language, ==, "de");
  assert_senders (analysis, "Deutsche Komitee für Menschenrechte in Zentralasien", NULL);
}

static void
test_statement (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (statement, NULL);

  g_assert_cmpstr (analysis->title, ==, "Central Asian NGOs call for release of imprisoned journalists");
  g_assert_cmpstr (analysis->date, ==, "2013-04-19");
  g_assert_cmpstr (analysis->place, ==, "Brussels/Almaty");
  g_assert_cmpstr (analysis->kind, ==, "statement");
  assert_senders (analysis, "Steppe Rights Foundation", "Almaty Helsinki Group",
                  "Open Horizons Association", NULL);
}

static void
test_briefing (void)
{
  static const char page[] =
    "BRIEFING PAPER\n"
    "Tajikistan: lawyers in prison for defending their clients\n"
    "Brussels, 9 September 2020\n"
    "Prepared by the Caspian Human Rights Centre (CHRC) and the Danube Helsinki Committee\n"
    "(DHC) for the EU–Tajikistan Human Rights Dialogue.\n"
    "Since 2015 at least nine lawyers have been convicted after taking up sensitive cases.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->kind, ==, "briefing");
  g_assert_cmpstr (analysis->title, ==, "Tajikistan: lawyers in prison for defending their clients");
  g_assert_cmpstr (analysis->date, ==, "2020-09-09");
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  assert_senders (analysis, "Caspian Human Rights Centre", "Danube Helsinki Committee", NULL);
}

/* A report signed by a byline under its title and date. */
static void
test_report_byline (void)
{
  static const char page[] =
    "ANNUAL MONITORING REPORT\n"
    "Freedom of assembly in Kyrgyzstan in 2019\n"
    "Bishkek, 2020-01-15\n"
    "Bishkek Civic Observers Project (BCOP)\n"
    "1. Introduction\n"
    "In 2019 observers of the project attended 41 public assemblies in six cities and\n"
    "documented the detention of 112 participants.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->kind, ==, "report");
  g_assert_cmpstr (analysis->title, ==, "Freedom of assembly in Kyrgyzstan in 2019");
  g_assert_cmpstr (analysis->date, ==, "2020-01-15");
  g_assert_cmpstr (analysis->place, ==, "Bishkek");
  assert_senders (analysis, "Bishkek Civic Observers Project", NULL);
}

static void
test_headline_after_dateline (void)
{
  static const char page[] =
    "Warsaw, 7 April, 2016\n"
    "EUROPEAN COMMISSION PRAISES 'REFORMS' WHILE JOURNALISTS REMAIN BEHIND\n"
    "BARS IN KAZAKHSTAN\n"
    "On 30 March, 2016, the President of the European Commission met the President of\n"
    "Kazakhstan in Brussels and spoke of promising reforms.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->title, ==,
                   "EUROPEAN COMMISSION PRAISES 'REFORMS' WHILE JOURNALISTS REMAIN BEHIND BARS IN KAZAKHSTAN");
  g_assert_cmpstr (analysis->date, ==, "2016-04-07");
  g_assert_cmpstr (analysis->place, ==, "Warsaw");
  g_assert_cmpstr (analysis->kind, ==, "other");
}

static void
test_title_lead_in (void)
{
  static const char page[] =
    "Appeal to the EU:\n"
    "Use the new agreement to push for human rights reform in Kazakhstan\n"
    "Oslo, Brussels, The Hague 20 March 2012. With negotiations on a new agreement\n"
    "about to enter a new phase, the Nordic Committee for Civic Freedoms (NCCF) and\n"
    "the Steppe Rights Foundation (SRF) appeal to the EU to set clear benchmarks.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->title, ==,
                   "Appeal to the EU: Use the new agreement to push for human rights reform in Kazakhstan");
  g_assert_cmpstr (analysis->date, ==, "2012-03-20");
  g_assert_cmpstr (analysis->place, ==, "Oslo, Brussels, The Hague");
  assert_senders (analysis, "Nordic Committee for Civic Freedoms", "Steppe Rights Foundation", NULL);
}

/* An English headline in title case that names an organisation is still
 * a headline; the letterhead above it is not. */
static void
test_title_in_title_case (void)
{
  static const char page[] =
    "Open Horizons Association\n"
    "PRESS RELEASE\n"
    "Kazakhstan: Civil Society Coalition Demands Release Of Jailed Activists\n"
    "Almaty, 2 July 2022 – A coalition of 40 organisations has called for the release.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->title, ==,
                   "Kazakhstan: Civil Society Coalition Demands Release Of Jailed Activists");
  assert_senders (analysis, "Open Horizons Association", NULL);
}

static void
test_title_capped (void)
{
  g_autoptr(GString) subject = g_string_new ("Subject:");
  g_autoptr(DossierAnalysis) analysis = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (subject, " restrictions");
  g_string_append (subject, "\nDear Commissioner,\n");
  analysis = analyse (subject->str, NULL);

  g_assert_nonnull (analysis->title);
  g_assert_cmpint (g_utf8_strlen (analysis->title, -1), <=, 200);
  g_assert_true (g_str_has_prefix (analysis->title, "restrictions restrictions"));
  g_assert_true (g_str_has_suffix (analysis->title, "…"));
}

/* ------------------------------------------------------------------------ */

static void
test_senders_behalf (void)
{
  static const char page[] =
    "Dear Commissioner,\n"
    "I am writing on behalf of the Kazakhstan Bureau for Human Rights and Rule of Law\n"
    "(KBHRRL), the Danube Helsinki Committee and Open Horizons Association with regard to\n"
    "the upcoming visit. According to a statement delivered on behalf of the European\n"
    "Commission on 14 March 2012, reforms are under way.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  /* "and Rule of Law" belongs to the first name; the Commission speaks
   * in the third person and sends nothing. */
  assert_senders (analysis, "Kazakhstan Bureau for Human Rights and Rule of Law",
                  "Danube Helsinki Committee", "Open Horizons Association", NULL);
}

static void
test_senders_signature (void)
{
  static const char page[] =
    "Dear Vice-President,\n"
    "We would be grateful for a meeting before the end of the month.\n"
    "Yours sincerely,\n"
    "Brigitte DUMONT\n"
    "Anna Kowalska, Head of the EU Office of the Vistula Dialogue Foundation\n"
    "Ivan Petrov, OMCT Secretary General\n"
    "Maria Novak\n"
    "Executive Director, Danube Helsinki Committee\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  /* Surnames in capitals are not acronyms; people are never senders. */
  assert_senders (analysis, "Vistula Dialogue Foundation", "OMCT", "Danube Helsinki Committee", NULL);
}

static void
test_senders_none (void)
{
  static const char page[] =
    "Dear Ms Kallas,\n"
    "We write to you about the situation of journalists in Kazakhstan.\n"
    "Sincerely,\n"
    "Aigerim Bekova\n"
    "Lars Holm\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_nonnull (analysis->senders);
  assert_senders (analysis, NULL);
  g_assert_cmpstr (analysis->recipient, ==, "Ms Kallas");
}

/* ------------------------------------------------------------------------ */

static void
assert_kind (const char *text,
             const char *expected)
{
  g_autoptr(DossierAnalysis) analysis = analyse (text, NULL);
  g_autofree char *shown = excerpt (text);

  g_test_message ("%s", shown);
  g_assert_cmpstr (analysis->kind, ==, expected);
}

static void
test_kinds_list (void)
{
  const char * const *kinds = dossier_analysis_kinds ();
  static const char * const expected[] = {
    "letter", "press-release", "statement", "briefing", "resolution", "report", "other",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (kinds[i], ==, expected[i]);
  g_assert_null (kinds[G_N_ELEMENTS (expected)]);
}

static void
test_kinds (void)
{
  assert_kind ("Dear Mr President,\nWe write to you.\n", "letter");
  assert_kind ("Уважаемый господин Председатель!\nМы обращаемся к Вам.\n", "letter");
  assert_kind ("Madame, Monsieur,\nNous vous écrivons.\n", "letter");
  assert_kind ("Sehr geehrte Damen und Herren,\nwir schreiben Ihnen.\n", "letter");

  assert_kind ("PRESS RELEASE\nNGOs welcome the release of a journalist\n", "press-release");
  assert_kind ("Communiqué de presse\nLes ONG saluent la libération d'un journaliste\n", "press-release");
  assert_kind ("Пресс-релиз\nПравозащитники приветствуют освобождение журналиста\n", "press-release");
  assert_kind ("Pressemitteilung\nNGOs begrüßen die Freilassung eines Journalisten\n", "press-release");

  assert_kind ("Joint statement\nOn the eighth round of the human rights dialogue\n", "statement");
  assert_kind ("Statement by the Steppe Rights Foundation on the trial of two activists\n"
               "The verdict was handed down yesterday.\n", "statement");
  assert_kind ("Совместное заявление\nО положении журналистов в Казахстане\n", "statement");
  assert_kind ("Déclaration conjointe\nSur la situation des journalistes au Kazakhstan\n", "statement");

  assert_kind ("Briefing paper\nKazakhstan: restrictions on NGO funding\n", "briefing");
  assert_kind ("Policy brief\nFreedom of assembly in Central Asia\n", "briefing");

  assert_kind ("European Parliament resolution of 18 April 2013 on human rights in Kazakhstan\n"
               "The European Parliament,\n", "resolution");
  assert_kind ("Motion for a resolution\nto wind up the debate on the statement by the Vice-President\n",
               "resolution");

  assert_kind ("Report\nA sobering reality: fundamental freedoms in Central Asia\nMarch 2012\n", "report");
  assert_kind ("Доклад\nО соблюдении свободы собраний в Казахстане\n", "report");
  assert_kind ("Rapport\nLa liberté de la presse en Asie centrale\n", "report");
  assert_kind ("Alternative report to the UN Committee against Torture\nKazakhstan, 2019\n", "report");

  assert_kind ("Minutes of the coordination meeting\nParticipants discussed the agenda.\n", "other");
  assert_kind ("", "other");
}

/* ------------------------------------------------------------------------ */

static void
assert_language (const char *text,
                 const char *expected)
{
  g_autofree char *language = dossier_analysis_detect_language (text);
  g_autofree char *shown = excerpt (text);

  g_test_message ("%s", shown);
  g_assert_cmpstr (language, ==, expected);
}

static void
test_language (void)
{
  assert_language ("The authorities of Kazakhstan should release the journalists who were "
                   "detained for their work and ensure that the trial is fair.", "en");
  assert_language ("Власти Казахстана должны освободить журналистов, задержанных за их "
                   "профессиональную деятельность, и обеспечить справедливый суд.", "ru");
  assert_language ("Les autorités du Kazakhstan doivent libérer les journalistes qui ont été "
                   "détenus pour leur travail et garantir un procès équitable.", "fr");
  assert_language ("Die Behörden in Kasachstan sollen die Journalisten freilassen, die wegen "
                   "ihrer Arbeit festgenommen wurden, und für ein faires Verfahren sorgen.", "de");
  assert_language ("Қазақстан билігі өз жұмысы үшін ұсталған журналистерді босатып, әділ сот "
                   "талқылауын қамтамасыз етуі тиіс.", "kk");
  assert_language ("Las autoridades de Kazajistán deben liberar a los periodistas que fueron "
                   "detenidos por su trabajo y garantizar un juicio justo.", "es");
  assert_language ("Влада Казахстану має звільнити журналістів, затриманих через їхню "
                   "професійну діяльність, і забезпечити справедливий суд.", "uk");
}

static void
test_language_edge_cases (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* A Kazakh place name in a Russian text does not make it Kazakh. */
  assert_language ("Активисты из Қостанай были задержаны полицией после мирной акции протеста "
                   "у здания городского акимата и доставлены в отделение полиции.", "ru");
  assert_language (NULL, NULL);
  assert_language ("", NULL);
  assert_language ("Kazakhstan", NULL);
  assert_language ("Sign up now", NULL);
  assert_language ("1 2 3 4 5 6 7 8 9 10", NULL);
  assert_language ("\xff\xfe\xfd the \xc0 and of the \xff to in is", "en");

  /* Only the start is read: what follows 20 KB does not change the guess. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (long_text, "the rights of the people ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "les droits des gens et de la société ");
  assert_language (long_text->str, "en");
}

/* ------------------------------------------------------------------------ */

static void
assert_empty_analysis (const DossierAnalysis *analysis)
{
  g_assert_cmpstr (analysis->title, ==, NULL);
  g_assert_cmpstr (analysis->date, ==, NULL);
  g_assert_cmpstr (analysis->place, ==, NULL);
  g_assert_cmpstr (analysis->recipient, ==, NULL);
  g_assert_cmpstr (analysis->language, ==, NULL);
  g_assert_cmpstr (analysis->kind, ==, "other");
  g_assert_nonnull (analysis->senders);
  g_assert_null (analysis->senders[0]);
}

static void
test_robust_empty (void)
{
  static const char * const null_pages[] = { NULL, "", NULL };
  g_autoptr(DossierAnalysis) analysis = dossier_analyse_pages (NULL, 3);

  assert_empty_analysis (analysis);
  g_clear_pointer (&analysis, dossier_analysis_free);

  analysis = dossier_analyse_pages (null_pages, 3);
  assert_empty_analysis (analysis);
  g_clear_pointer (&analysis, dossier_analysis_free);

  analysis = dossier_analyse_pages (null_pages, 0);
  assert_empty_analysis (analysis);
  g_clear_pointer (&analysis, dossier_analysis_free);

  analysis = analyse ("\n\n \t\n\f\r\n", NULL);
  assert_empty_analysis (analysis);

  dossier_analysis_free (NULL);
}

static void
test_robust_invalid_utf8 (void)
{
  static const char page[] =
    "Re.: Visit of the \xff\xfe President\n"
    "Brussels, 8 October 2014\n"
    "Dear President \xc3\x28" "Barroso,\n"
    "We write \xed\xa0\x80 on behalf of the Steppe \xf0\x9f Rights Foundation about your visit.\n";
  g_autoptr(DossierAnalysis) analysis = analyse (page, NULL);

  g_assert_cmpstr (analysis->date, ==, "2014-10-08");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_assert_nonnull (analysis->title);
  g_assert_true (g_utf8_validate (analysis->title, -1, NULL));
  g_assert_true (g_str_has_prefix (analysis->title, "Visit of the"));
  for (guint i = 0; analysis->senders[i] != NULL; i++)
    g_assert_true (g_utf8_validate (analysis->senders[i], -1, NULL));
  g_assert_true (g_utf8_validate (analysis->recipient, -1, NULL));
}

static void
test_robust_enormous (void)
{
  g_autoptr(GString) huge_line = g_string_new ("Brussels, 8 October 2014\nDear Commissioner,\n");
  g_autoptr(GString) many_lines = g_string_new (NULL);
  g_autoptr(DossierAnalysis) analysis = NULL;
  gint64 start;

  /* One 4 MB line without a break, as a PDF with no text layout gives. */
  for (guint i = 0; i < 400000; i++)
    g_string_append (huge_line, "on behalf ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (many_lines, "Signed\n8 October 2014 – on behalf of us\n");

  start = g_get_monotonic_time ();
  analysis = analyse (huge_line->str, many_lines->str, huge_line->str, NULL);
  g_assert_cmpstr (analysis->date, ==, "2014-10-08");
  g_assert_cmpstr (analysis->kind, ==, "letter");
  g_test_message ("analysed %zu bytes in %.0f ms", 2 * huge_line->len + many_lines->len,
                  (g_get_monotonic_time () - start) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/date/forms", test_date_forms);
  g_test_add_func ("/analysis/date/months", test_date_months);
  g_test_add_func ("/analysis/date/rejected", test_date_rejected);
  g_test_add_func ("/analysis/letter/english", test_letter_english);
  g_test_add_func ("/analysis/letter/russian", test_letter_russian);
  g_test_add_func ("/analysis/letter/french", test_letter_french);
  g_test_add_func ("/analysis/letter/german", test_letter_german);
  g_test_add_func ("/analysis/letter/kazakh", test_letter_kazakh);
  g_test_add_func ("/analysis/letter/body-dates", test_letter_body_dates);
  g_test_add_func ("/analysis/letter/body-dates-only", test_letter_body_dates_only);
  g_test_add_func ("/analysis/letter/address-block", test_letter_address_block);
  g_test_add_func ("/analysis/letter/position-first", test_letter_position_first);
  g_test_add_func ("/analysis/letter/recipient-forms", test_letter_recipient_forms);
  g_test_add_func ("/analysis/letter/recipient-from-salutation", test_letter_recipient_from_salutation);
  g_test_add_func ("/analysis/press-release/marked", test_press_release);
  g_test_add_func ("/analysis/press-release/web-page", test_press_release_web_page);
  g_test_add_func ("/analysis/press-release/russian", test_press_release_russian);
  g_test_add_func ("/analysis/press-release/german", test_press_release_german);
  g_test_add_func ("/analysis/statement", test_statement);
  g_test_add_func ("/analysis/briefing", test_briefing);
  g_test_add_func ("/analysis/report", test_report_byline);
  g_test_add_func ("/analysis/title/after-dateline", test_headline_after_dateline);
  g_test_add_func ("/analysis/title/lead-in", test_title_lead_in);
  g_test_add_func ("/analysis/title/title-case", test_title_in_title_case);
  g_test_add_func ("/analysis/title/capped", test_title_capped);
  g_test_add_func ("/analysis/senders/behalf", test_senders_behalf);
  g_test_add_func ("/analysis/senders/signature", test_senders_signature);
  g_test_add_func ("/analysis/senders/none", test_senders_none);
  g_test_add_func ("/analysis/kind/list", test_kinds_list);
  g_test_add_func ("/analysis/kind/each", test_kinds);
  g_test_add_func ("/analysis/language/each", test_language);
  g_test_add_func ("/analysis/language/edge-cases", test_language_edge_cases);
  g_test_add_func ("/analysis/robust/empty", test_robust_empty);
  g_test_add_func ("/analysis/robust/invalid-utf8", test_robust_invalid_utf8);
  g_test_add_func ("/analysis/robust/enormous", test_robust_enormous);

  return g_test_run ();
}
