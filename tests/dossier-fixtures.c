/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-fixtures.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

/* Sample letters for the tests. Every person, organisation, case and event
 * in them is invented; only countries, cities and EU institutions are real.
 *
 *   name          lang kind           pages  what it tests
 *   en-visit      en   letter         2      "To the attention of", "Re.:",
 *                                            "Brussels, 8 October 2014",
 *                                            "on behalf of X and Y", signatures
 *   en-press      en   press-release  1      "PRESS RELEASE", "Brussels/Almaty,
 *                                            23 November 2016", headline title,
 *                                            no addressee
 *   en-statement  en   statement      1      "JOINT STATEMENT", "Signed by:"
 *   en-briefing   en   briefing       4      "BRIEFING PAPER"; a timeline of
 *                                            other dates on its last page
 *   en-bodydates  en   letter         1      body dates (9 January 2013,
 *                                            16 December 2011, a hearing on
 *                                            26 February 2013) that are not
 *                                            the letter's date
 *   en-warsaw     en   letter         1      "Warsaw, 7 April, 2016" as the
 *                                            first line; a single sender
 *   en-oslo       en   letter         2      "Oslo, Brussels, The Hague 20 March
 *                                            2012", three senders
 *   ru-letter     ru   letter         1      "Москва, 12 марта 2018 г.", "Тема:"
 *   fr-letter     fr   letter         1      "Paris, le 3 février 2021", "Objet :"
 *   de-letter     de   letter         1      "Berlin, 3. Februar 2021", "Betreff:"
 *   num-date      en   letter         1      "Vienna, 14.06.2019"
 *   iso-date      en   report         1      "Geneva, 2019-11-28"
 *   en-prague     en   letter         1      a named case, "Vladimir Kozlov"
 *   ru-appeal     ru   letter         1      the same case in Russian, only
 *                                            inflected: "Владимира Козлова"
 *
 * Words for search tests:
 *   "journalists" occurs (twice, always in lower case) only in en-visit,
 *     and no other letter has a word starting with "journalis";
 *   "tortured" occurs only in en-visit; "torture" (or "Torture") occurs in
 *     en-visit, en-press, en-briefing and fr-letter;
 *   "заключённых" (with ё) occurs only in ru-letter, which names
 *     "Дмитрий Козлов" and, inflected, "Дмитрия Козлова";
 *   "libertés" and "liberté" occur only in fr-letter (English letters
 *     have "Liberties" in an organisation's name);
 *   "Kazakhstan" (in Latin letters) occurs only in en-press;
 *   "recommendations" occurs in en-briefing only after its first page;
 *   ru-letter is the only Russian letter with "права" (or its forms).
 *
 * Names for tag tests: "Vladimir Kozlov" and his lawyer "Pavel Orlov" are
 * named in en-prague and, in Russian, in ru-appeal (Kozlov only
 * inflected: "Владимира Козлова"); no other letter names either.
 *
 * A recipient of NULL means that the document names no addressee.
 * dossier_fixture_write_encrypted_pdf() writes en-visit,
 * dossier_fixture_write_truncated_pdf() the first half of en-briefing and
 * dossier_fixture_write_scanned_pdf() an image of en-warsaw. */

static const char * const en_visit_pages[] = {
  "To the attention of European Commission President Henrik Vandermeulen\n"
  "\n"
  "Re.: Visit of the President of Tajikistan to Brussels\n"
  "\n"
  "Brussels, 8 October 2014\n"
  "\n"
  "Dear President Vandermeulen,\n"
  "\n"
  "We are writing to you on behalf of the Steppe Human Rights Network "
  "(SHRN) and the Nordic Committee for Civil Liberties (NCCL) ahead of your "
  "meeting with the President of Tajikistan, who is expected in Brussels "
  "next week. His visit gives the European Union a chance to say clearly, "
  "and at the highest level, that respect for human rights is a condition "
  "for closer relations and not a chapter to be left to officials once the "
  "cameras have gone.\n"
  "\n"
  "The talks on an enhanced cooperation agreement are close to completion. "
  "We ask you to make it plain that the EU will measure progress by "
  "concrete steps: the release of people imprisoned for their peaceful "
  "activities, an end to torture in places of detention, and room for "
  "independent media and civil society to work without fear.\n"
  "\n"
  "Our organisations would like to draw your attention in particular to the "
  "following concerns.\n"
  "\n"
  "1. Political prisoners. At least fourteen members of the banned "
  "opposition movement Vatan remain in prison after a trial that our "
  "observers found to be deeply unfair. Among them is the economist Farrukh "
  "Nazarov, sentenced to eleven years for \"calls to overthrow the "
  "constitutional order\" after he published an article on public "
  "procurement. His lawyer has been denied access to him for months at a "
  "time, and his family was not told for three weeks where he had been "
  "transferred.\n"
  "\n"
  "2. Torture and ill-treatment. Several defendants in the Vatan case told "
  "the court that they had been tortured in pre-trial detention to make "
  "them confess. The judges did not order any investigation into these "
  "allegations and admitted the confessions as evidence. Independent "
  "monitors are still not allowed into pre-trial detention centres, and the "
  "complaints mechanism promised in the national human rights action plan "
  "has not been set up.\n",
  "3. Media freedom. Since the beginning of the year two independent "
  "newspapers have been closed by court order, and several news websites "
  "are blocked without any court decision. Independent journalists who "
  "report on corruption or on the situation in the border regions are "
  "regularly summoned for \"preventive conversations\" with the security "
  "services. The reporter Dilnoza Karimova was beaten by unknown men "
  "outside her home in August; the police closed the case within a week.\n"
  "\n"
  "4. Civil society. A draft law would oblige non-governmental "
  "organisations to report every grant from abroad to the tax authorities "
  "and to seek permission before holding public events. If adopted, it "
  "would make independent monitoring of human rights almost impossible.\n"
  "\n"
  "We therefore urge you to:\n"
  "\n"
  "- call publicly for the release of Farrukh Nazarov and of all those "
  "imprisoned for the peaceful exercise of their rights;\n"
  "- ask for a prompt and independent investigation into every allegation "
  "that detainees were tortured, and for evidence obtained in this way to "
  "be excluded from trials;\n"
  "- raise the closure of independent newspapers and the harassment of "
  "journalists, and ask for blocked websites to be restored;\n"
  "- encourage the authorities to withdraw the draft law on "
  "non-governmental organisations or to bring it into line with "
  "international standards.\n"
  "\n"
  "We would welcome an opportunity to brief your cabinet before the visit, "
  "and we thank you for your attention to these matters.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Aigerim Sultanova\n"
  "Director, Steppe Human Rights Network (SHRN)\n"
  "\n"
  "Ingrid Solheim\n"
  "Secretary General, Nordic Committee for Civil Liberties (NCCL)\n"
  "\n"
  "Copy: EU Special Representative for Central Asia\n",
  NULL
};

static const char * const en_press_pages[] = {
  "PRESS RELEASE\n"
  "\n"
  "Brussels/Almaty, 23 November 2016\n"
  "\n"
  "Kazakhstan: New reporting rules put independent NGOs at risk\n"
  "\n"
  "Ahead of the annual EU–Kazakhstan Human Rights Dialogue, which takes "
  "place in Brussels tomorrow, the Steppe Human Rights Network (SHRN) and "
  "the Almaty Bureau for Legal Monitoring (ABLM) call on the European Union "
  "to press the Kazakhstani authorities to repeal new rules that force "
  "non-governmental organisations to report in detail on every payment "
  "received from abroad.\n"
  "\n"
  "Under amendments to the tax code that came into force this year, "
  "organisations that miss a reporting deadline face fines and the "
  "suspension of their activities for up to three months. Several groups "
  "that visit places of detention and help victims of torture have already "
  "received warnings from the tax inspectorate.\n"
  "\n"
  "\"These rules have nothing to do with transparency. They are designed to "
  "stop independent groups from planning their work and to frighten their "
  "donors away,\" said Marat Yesenov, director of the Almaty Bureau for "
  "Legal Monitoring.\n"
  "\n"
  "The two organisations also ask the EU to raise the cases of the "
  "land-reform protesters Serik Abenov and Timur Dzhaksybekov, who were "
  "sentenced last week to five years in prison for \"inciting social "
  "discord\" after they called on social media for peaceful rallies in "
  "Atyrau.\n"
  "\n"
  "\"The dialogue must not turn into a ritual. The EU should set clear "
  "benchmarks and report publicly on whether they have been met,\" said "
  "Aigerim Sultanova of SHRN.\n"
  "\n"
  "For more information, please contact:\n"
  "Aigerim Sultanova, SHRN, +32 2 555 01 23\n"
  "Marat Yesenov, ABLM, +7 727 555 04 56\n"
  "\n"
  "Notes to editors:\n"
  "The Steppe Human Rights Network is a Brussels-based coalition of human "
  "rights groups from five Central Asian countries. The Almaty Bureau for "
  "Legal Monitoring provides legal aid to activists and observes trials "
  "across Kazakhstan.\n",
  NULL
};

static const char * const en_statement_pages[] = {
  "JOINT STATEMENT\n"
  "\n"
  "Azerbaijan: Release imprisoned bloggers and end the crackdown\n"
  "\n"
  "Tbilisi, 5 May 2019\n"
  "\n"
  "We, the undersigned organisations, are deeply concerned by the "
  "continuing persecution of people who criticise the authorities of "
  "Azerbaijan online. In the past six months at least nine bloggers and "
  "social media activists have been arrested on charges of hooliganism, "
  "drug possession or tax evasion which, we believe, were brought to punish "
  "them for what they had posted.\n"
  "\n"
  "Among them is Elnur Hasanli, the author of a popular video blog about "
  "corruption in local government, who was detained at the airport on his "
  "return from a conference abroad and has been held in pre-trial detention "
  "ever since. His family says that he has not been allowed to see a doctor "
  "although he suffers from a heart condition.\n"
  "\n"
  "Freedom of expression is protected by the Constitution of Azerbaijan and "
  "by the European Convention on Human Rights, which the country has "
  "ratified. Prosecuting bloggers for their opinions breaks these "
  "commitments and has a chilling effect on all public debate. Reporters "
  "and editors of the few remaining independent outlets now say openly that "
  "they avoid certain subjects altogether.\n"
  "\n"
  "We call on the authorities of Azerbaijan to:\n"
  "- release Elnur Hasanli and all others detained for the peaceful "
  "expression of their views;\n"
  "- drop charges that were brought without credible evidence;\n"
  "- stop blocking independent news websites and social media pages.\n"
  "\n"
  "We call on the European Union and its member states to raise these cases "
  "at the next meeting of the EU–Azerbaijan Cooperation Council and to make "
  "clear that a new partnership agreement requires respect for fundamental "
  "freedoms.\n"
  "\n"
  "Signed by:\n"
  "\n"
  "Caucasus Media Defence Network (CMDN)\n"
  "South Caucasus Civic Solidarity (SCCS)\n"
  "European Platform for Independent Media (EPIM)\n",
  NULL
};

static const char * const en_briefing_pages[] = {
  "BRIEFING PAPER\n"
  "\n"
  "Kyrgyzstan: the draft law on non-commercial organisations\n"
  "\n"
  "Brussels, 2 June 2015\n"
  "\n"
  "Prepared by the Central Asian Civic Space Monitor (CACSM) and the Nordic "
  "Committee for Civil Liberties (NCCL) ahead of the annual EU–Kyrgyzstan "
  "Human Rights Dialogue.\n"
  "\n"
  "Summary\n"
  "\n"
  "Kyrgyzstan has long had the most open civil society in Central Asia. A "
  "draft law now before parliament threatens to change this. It would "
  "oblige non-commercial organisations that receive funding from abroad and "
  "engage in loosely defined \"political activities\" to register under a "
  "special status, to submit quarterly reports and to accept unannounced "
  "inspections. Similar laws in the region have led to the closure of "
  "dozens of groups within a year. We urge the EU to raise the draft law at "
  "the dialogue and to make clear that its adoption would affect bilateral "
  "relations.\n"
  "\n"
  "1. Background\n"
  "\n"
  "Non-commercial organisations in Kyrgyzstan provide legal aid, monitor "
  "elections, visit places of detention and support victims of domestic "
  "violence. Many of them depend on foreign grants because domestic funding "
  "is scarce. Officials have repeatedly accused such groups of serving "
  "foreign interests, and state television has broadcast programmes "
  "presenting human rights defenders as a threat to stability.\n"
  "\n"
  "The draft law was introduced by a group of deputies in the autumn and "
  "has been amended several times since. The version approved in the first "
  "reading keeps its most problematic provisions.\n",
  "2. What the draft law would change\n"
  "\n"
  "- Registration. Organisations that receive any foreign funding and "
  "engage in \"political activities\" would have to register under a new "
  "status and to use it on all their publications.\n"
  "- Definition. \"Political activities\" are defined so broadly that they "
  "would cover public statements, monitoring reports and even submissions "
  "to United Nations bodies.\n"
  "- Reporting. Such organisations would have to submit quarterly financial "
  "reports and annual audits, at their own cost.\n"
  "- Inspections. The Ministry of Justice could carry out unannounced "
  "inspections and request any internal document.\n"
  "- Sanctions. Failure to register could lead to suspension for up to six "
  "months and to criminal liability for the leaders of the organisation.\n"
  "\n"
  "3. Consequences for human rights work\n"
  "\n"
  "The groups most at risk are those that document abuses by state agents. "
  "The national torture prevention network, which brings together eleven "
  "organisations, has said that its members would be unable to keep "
  "visiting police stations and pre-trial detention centres if the law is "
  "adopted, because their monitoring reports would be treated as "
  "\"political activities\". Lawyers who represent victims of torture have "
  "already reported pressure from investigators who question them about the "
  "funding of their work.\n"
  "\n"
  "Organisations that work with ethnic minorities in the south of the "
  "country fear that the law would be used against them in particular. "
  "Several of them were searched in the past year and had computers seized "
  "without any charges being brought.\n",
  "4. Related concerns\n"
  "\n"
  "Freedom of peaceful assembly. Local authorities in Bishkek and Osh "
  "continue to ban gatherings in central squares, and organisers of small, "
  "peaceful protests have been fined for \"disobeying police orders\". The "
  "law on peaceful assemblies is broadly in line with international "
  "standards, but courts rarely apply it.\n"
  "\n"
  "Freedom of religion. A draft amendment to the law on religion would "
  "raise the number of founders needed to register a religious community "
  "from 200 to 500 and ban religious activity by unregistered groups. Small "
  "Protestant and Muslim communities told us that they would not be able to "
  "meet this threshold.\n"
  "\n"
  "Media. Defamation was decriminalised in 2011, but the offence of "
  "\"insulting the honour and dignity\" of the president has been used to "
  "bring large civil claims against news outlets that criticised him.\n"
  "\n"
  "5. Recommendations to the European Union\n"
  "\n"
  "- Raise the draft law on non-commercial organisations at the Human "
  "Rights Dialogue and in meetings with the President and the Speaker of "
  "Parliament, and call for it to be withdrawn.\n"
  "- Ask the authorities to seek the opinion of the Venice Commission and "
  "the OSCE Office for Democratic Institutions and Human Rights before any "
  "further reading.\n"
  "- Make clear in public statements that the adoption of the law would be "
  "taken into account in the implementation of the EU's development "
  "cooperation.\n"
  "- Meet with the organisations concerned during the visits of EU "
  "officials and invite them to civil society seminars held alongside the "
  "dialogue.\n",
  "Annex: Timeline\n"
  "\n"
  "12 March 2015 – the draft law is introduced in parliament by a group of "
  "deputies.\n"
  "9 April 2015 – public hearing in parliament; civil society "
  "representatives are allowed to speak for ten minutes in total.\n"
  "21 April 2015 – the draft is approved in the first reading.\n"
  "14 May 2015 – the United Nations Special Rapporteur on freedom of "
  "association asks the authorities to withdraw the draft.\n"
  "28 May 2015 – the parliamentary committee on law and order recommends "
  "the draft for a second reading.\n"
  "\n"
  "About the authors\n"
  "\n"
  "The Central Asian Civic Space Monitor (CACSM) is a network of lawyers "
  "and researchers who follow legislation affecting civil society in the "
  "five Central Asian states. The Nordic Committee for Civil Liberties "
  "(NCCL) is a non-governmental organisation based in Oslo that works for "
  "human rights in Eastern Europe and Central Asia.\n"
  "\n"
  "Contact: briefings@cacsm.example.org\n",
  NULL
};

static const char * const en_bodydates_pages[] = {
  "To: Ms Johanna Albrecht, Head of Division for Central Asia, European "
  "External Action Service\n"
  "\n"
  "Brussels, 12 February 2013\n"
  "\n"
  "Re.: Accountability for the violence in Tuzkala\n"
  "\n"
  "Dear Ms Albrecht,\n"
  "\n"
  "Thank you for your reply of 9 January 2013 to our earlier letter. We are "
  "writing again on behalf of the Central Asian Fair Trials Observatory "
  "(CAFTO) and the Nordic Committee for Civil Liberties (NCCL) because, "
  "more than a year after the events of 16 December 2011 in Tuzkala, no "
  "official has been held to account for the violent dispersal of the "
  "market traders' protest, in which two people died and more than sixty "
  "were injured.\n"
  "\n"
  "Between 27 March and 4 June 2012 twelve traders were tried on charges of "
  "organising mass disorder. Our observers attended most of the hearings. "
  "Several defendants withdrew statements that they said had been obtained "
  "under duress, but the court did not look into their complaints and "
  "sentenced ten of them to prison terms of up to seven years.\n"
  "\n"
  "Only three police officers were put on trial, in separate proceedings "
  "that ended on 30 May 2012 with suspended sentences. The commander who "
  "ordered the use of firearms was questioned as a witness and has since "
  "been promoted.\n"
  "\n"
  "The appeal of the traders' representative Roza Imanbekova, sentenced to "
  "six years for \"organising mass disorder\", will be heard by the "
  "regional court on 26 February 2013. We ask the EU Delegation to send a "
  "diplomat to observe the hearing.\n"
  "\n"
  "We urge the EU to:\n"
  "- call for an independent investigation into the use of force on 16 "
  "December 2011, with the participation of international experts;\n"
  "- ask for a review of the convictions of the traders that rested on "
  "statements made under duress;\n"
  "- raise the case of Roza Imanbekova at the next meeting of the "
  "Cooperation Committee.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Lars Eriksen\n"
  "Coordinator, Central Asian Fair Trials Observatory (CAFTO)\n"
  "\n"
  "Ingrid Solheim\n"
  "Secretary General, Nordic Committee for Civil Liberties (NCCL)\n",
  NULL
};

static const char * const en_warsaw_pages[] = {
  "Warsaw, 7 April, 2016\n"
  "\n"
  "To: Members of the European Parliament's Subcommittee on Human Rights\n"
  "\n"
  "Re.: Continued detention of peaceful protesters in Belarus\n"
  "\n"
  "Dear Members of the European Parliament,\n"
  "\n"
  "On behalf of the Vistula Foundation for Democratic Dialogue, I am "
  "writing to you ahead of your debate on relations between the European "
  "Union and Belarus. The release of six political prisoners last year was "
  "welcome, but it has not been followed by any change in the laws and "
  "practices that put them behind bars.\n"
  "\n"
  "Since January at least forty people have been detained for taking part "
  "in unauthorised street gatherings, most of them for between five and "
  "fifteen days. Among them are pensioners who protested against a new tax "
  "on the unemployed and students who held a silent vigil in memory of a "
  "friend who died in army service. Organisers of peaceful protests still "
  "have to apply for permission weeks in advance, and requests to gather in "
  "city centres are almost always refused.\n"
  "\n"
  "Two activists of the youth movement Zubr Plus, Pavel Yakimovich and Olga "
  "Sidorenko, are serving sentences of two and a half years for "
  "\"organising actions that grossly violate public order\". Their only act "
  "was to lead a march of about two hundred people to the building of the "
  "Ministry of Education. Olga Sidorenko has been placed in a punishment "
  "cell several times for minor breaches of prison rules.\n"
  "\n"
  "We ask you to:\n"
  "- call for the release of Pavel Yakimovich and Olga Sidorenko;\n"
  "- urge the Belarusian authorities to bring the law on mass events into "
  "line with international standards on freedom of assembly;\n"
  "- make further steps in EU–Belarus relations conditional on measurable "
  "progress in this area.\n"
  "\n"
  "Yours faithfully,\n"
  "\n"
  "Katarzyna Nowicka\n"
  "President of the Board, Vistula Foundation for Democratic Dialogue\n",
  NULL
};

static const char * const en_oslo_pages[] = {
  "To the attention of the EU High Representative for Foreign Affairs and "
  "Security Policy\n"
  "\n"
  "Oslo, Brussels, The Hague 20 March 2012\n"
  "\n"
  "Re.: Human rights benchmarks for the new agreement with Uzbekistan\n"
  "\n"
  "Dear High Representative,\n"
  "\n"
  "On behalf of the Nordic Committee for Civil Liberties (NCCL), the Steppe "
  "Human Rights Network (SHRN) and the Dutch Centre for Human Rights "
  "Advocacy (DCHRA), we are writing to you as the European Union prepares "
  "to open negotiations on a new agreement with Uzbekistan. We believe that "
  "these negotiations give the EU real leverage, and we urge you to use it.\n"
  "\n"
  "A new agreement should not be concluded without clear and public "
  "benchmarks on human rights. The EU has said many times that closer ties "
  "depend on reform. Experience shows that such statements have little "
  "effect unless they are linked to concrete and verifiable steps, with a "
  "timetable and a review by the European Parliament.\n"
  "\n"
  "We recommend that the EU set benchmarks in at least the following areas.\n"
  "\n"
  "Forced labour. Every autumn, teachers, doctors and students are sent to "
  "pick cotton for weeks. The government has signed the relevant "
  "conventions of the International Labour Organization but refuses to "
  "allow independent monitoring of the harvest.\n"
  "\n"
  "Political prisoners. Our organisations know of more than thirty people "
  "imprisoned for their peaceful activities, among them the poet Bakhtiyor "
  "Rakhimov and the human rights defender Nodira Yusupova. Many have had "
  "their sentences extended for alleged breaches of prison rules shortly "
  "before their release was due.\n",
  "Access for international monitors. Uzbekistan has not allowed a visit by "
  "any of the United Nations special procedures for almost a decade. The "
  "International Committee of the Red Cross stopped its prison visits "
  "because it could not carry them out according to its standard "
  "procedures.\n"
  "\n"
  "Freedom of religion. Thousands of Muslims have been imprisoned for "
  "membership of banned groups, often on the basis of possession of "
  "religious literature alone. Christians who meet in private homes are "
  "fined and their books are confiscated.\n"
  "\n"
  "We also ask that the EU involve civil society in the negotiations, "
  "publish the human rights clauses of the draft agreement and report "
  "regularly to the European Parliament on progress against the benchmarks.\n"
  "\n"
  "We would be glad to share our detailed recommendations with your "
  "services and remain at your disposal for a meeting.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Ingrid Solheim\n"
  "Secretary General, Nordic Committee for Civil Liberties (NCCL)\n"
  "\n"
  "Aigerim Sultanova\n"
  "Director, Steppe Human Rights Network (SHRN)\n"
  "\n"
  "Pieter van Dijk\n"
  "Director, Dutch Centre for Human Rights Advocacy (DCHRA)\n",
  NULL
};

static const char * const ru_letter_pages[] = {
  "Специальному представителю ЕС по правам человека\n"
  "г-ну Андреасу Линдбергу\n"
  "\n"
  "Москва, 12 марта 2018 г.\n"
  "\n"
  "Тема: Политические заключённые в Казахстане\n"
  "\n"
  "Уважаемый господин Линдберг,\n"
  "\n"
  "Правозащитный центр «Голос права» и Ассоциация «Свобода совести» "
  "обращаются к Вам в связи с предстоящим раундом диалога по правам "
  "человека между Европейским союзом и Республикой Казахстан.\n"
  "\n"
  "Особую тревогу у нас вызывает положение политических заключённых, "
  "осуждённых за мирную критику властей. По нашим данным, в местах лишения "
  "свободы сейчас находятся не менее двадцати таких людей.\n"
  "\n"
  "Среди них — журналист Дмитрий Козлов, главный редактор независимой "
  "газеты «Степной вестник», приговорённый к восьми годам лишения свободы "
  "по обвинению в «распространении заведомо ложной информации». По словам "
  "адвокатов, здоровье Дмитрия Козлова резко ухудшилось, однако "
  "администрация колонии отказывает ему в медицинской помощи.\n"
  "\n"
  "Мы получили также сведения о применении пыток в следственных изоляторах "
  "Шымкента и Тараза. Жалобы задержанных, как правило, не расследуются, а "
  "их показания, данные под давлением, суды принимают в качестве "
  "доказательств.\n"
  "\n"
  "Продолжается преследование верующих. Только за последний год не менее "
  "пятнадцати человек осуждены за чтение религиозной литературы в частных "
  "квартирах.\n"
  "\n"
  "Просим Вас:\n"
  "- призвать власти Казахстана освободить Дмитрия Козлова и других "
  "политических заключённых;\n"
  "- настоять на независимом расследовании всех сообщений о пытках;\n"
  "- добиваться доступа дипломатов ЕС на судебные процессы по делам "
  "активистов и верующих.\n"
  "\n"
  "С уважением,\n"
  "\n"
  "Елена Воронцова\n"
  "директор, Правозащитный центр «Голос права»\n"
  "\n"
  "Айдар Нурпеисов\n"
  "председатель, Ассоциация «Свобода совести»\n",
  NULL
};

static const char * const fr_letter_pages[] = {
  "À l'attention de Madame la Haute Représentante de l'Union pour les "
  "affaires étrangères et la politique de sécurité\n"
  "\n"
  "Paris, le 3 février 2021\n"
  "\n"
  "Objet : Défenseurs des droits humains emprisonnés au Tadjikistan\n"
  "\n"
  "Madame la Haute Représentante,\n"
  "\n"
  "Au nom de la Fédération pour les libertés en Asie centrale (FLAC) et de "
  "l'Observatoire des défenseurs du Caucase et de l'Asie centrale (ODCAC), "
  "nous souhaitons appeler votre attention sur la situation des défenseurs "
  "des droits humains et des avocats emprisonnés au Tadjikistan.\n"
  "\n"
  "Depuis 2015, au moins dix avocats ont été condamnés à de longues peines "
  "de prison pour avoir défendu des opposants politiques. Maître Rustam "
  "Qodirov, qui purge une peine de seize ans, n'a pas pu voir sa famille "
  "depuis plus d'un an. Ses proches rapportent qu'il a subi des mauvais "
  "traitements et que sa santé se dégrade.\n"
  "\n"
  "Les libertés d'expression, d'association et de réunion pacifique sont "
  "aujourd'hui presque entièrement supprimées dans le pays. La liberté de "
  "la presse n'existe plus : les sites d'information indépendants sont "
  "bloqués et les organisations de la société civile doivent déclarer à "
  "l'avance tout financement venant de l'étranger. Les familles des "
  "opposants exilés font l'objet de pressions et de convocations répétées "
  "par les services de sécurité.\n"
  "\n"
  "Nous vous prions de bien vouloir :\n"
  "- demander publiquement la libération de Maître Rustam Qodirov et de "
  "tous les avocats détenus en raison de leur activité professionnelle ;\n"
  "- soulever la question de la torture et des mauvais traitements en "
  "détention lors du prochain dialogue sur les droits de l'homme ;\n"
  "- veiller à ce que la Délégation de l'Union européenne à Douchanbé "
  "assiste aux procès des défenseurs des libertés fondamentales.\n"
  "\n"
  "Nous restons à votre disposition pour vous transmettre des informations "
  "complémentaires.\n"
  "\n"
  "Veuillez agréer, Madame la Haute Représentante, l'expression de notre "
  "très haute considération.\n"
  "\n"
  "Claire Moreau\n"
  "Présidente, Fédération pour les libertés en Asie centrale (FLAC)\n"
  "\n"
  "Julien Arnaud\n"
  "Coordinateur, Observatoire des défenseurs du Caucase et de l'Asie "
  "centrale (ODCAC)\n",
  NULL
};

static const char * const de_letter_pages[] = {
  "An die Vorsitzende des Unterausschusses Menschenrechte\n"
  "des Europäischen Parlaments\n"
  "Frau Dr. Sabine Hartmann\n"
  "\n"
  "Berlin, 3. Februar 2021\n"
  "\n"
  "Betreff: Inhaftierte Demonstrierende in Belarus\n"
  "\n"
  "Sehr geehrte Frau Dr. Hartmann,\n"
  "\n"
  "das Osteuropa-Forum für Menschenrechte (OFM) wendet sich an Sie wegen "
  "der anhaltenden Verfolgung friedlicher Demonstrierender in Belarus.\n"
  "\n"
  "Seit dem Sommer wurden Tausende Menschen festgenommen, weil sie ihr "
  "Recht auf Versammlungsfreiheit wahrgenommen haben. Gegen mehr als "
  "zweihundert von ihnen laufen Strafverfahren. Zahlreiche Freigelassene "
  "berichten von Schlägen und erniedrigender Behandlung in "
  "Polizeigewahrsam.\n"
  "\n"
  "Besonders besorgt sind wir über den Fall der Lehrerin Natalja Sawitskaja "
  "aus Hrodna, die zu drei Jahren Haft verurteilt wurde, weil sie eine "
  "Kundgebung in ihrem Wohnviertel angemeldet hatte.\n"
  "\n"
  "Wir bitten Sie, sich im Unterausschuss für ihre Freilassung und für eine "
  "unabhängige Untersuchung der Misshandlungen einzusetzen.\n"
  "\n"
  "Mit freundlichen Grüßen\n"
  "\n"
  "Markus Weber\n"
  "Geschäftsführer, Osteuropa-Forum für Menschenrechte (OFM)\n",
  NULL
};

static const char * const num_date_pages[] = {
  "To the attention of Mr Lucas Ferreira, EU Special Representative for "
  "Human Rights\n"
  "\n"
  "Vienna, 14.06.2019\n"
  "\n"
  "Re.: Prosecution of believers for unregistered worship in Turkmenistan\n"
  "\n"
  "Dear Mr Ferreira,\n"
  "\n"
  "We write on behalf of the Forum for Religious Freedom in Central Asia "
  "(FRFCA) to ask you to raise the situation of religious communities "
  "during your forthcoming contacts with the government of Turkmenistan.\n"
  "\n"
  "Religious communities in Turkmenistan must register with the state "
  "before they may meet, and registration is refused to most small groups. "
  "Members of unregistered communities who meet to pray in private homes "
  "are fined, and their religious books are confiscated and destroyed. "
  "Police officers have entered homes during services and taken the names "
  "of everyone present, including children.\n"
  "\n"
  "Three members of a Baptist congregation in Dashoguz were sentenced in "
  "spring to terms of between two and four years for \"illegal religious "
  "activity\" and \"distribution of extremist materials\". The materials in "
  "question were printed copies of the Bible. Conscientious objectors to "
  "military service continue to be imprisoned, as no civilian alternative "
  "service exists.\n"
  "\n"
  "We ask you to:\n"
  "- call for the release of the three members of the Dashoguz "
  "congregation;\n"
  "- urge the authorities to end fines and raids against unregistered "
  "communities;\n"
  "- encourage the adoption of a civilian alternative to military service.\n"
  "\n"
  "We would be grateful for a meeting with your team before your next visit "
  "to the region.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Hanna Lehtinen\n"
  "Executive Director, Forum for Religious Freedom in Central Asia (FRFCA)\n",
  NULL
};

static const char * const iso_date_pages[] = {
  "TRIAL MONITORING REPORT\n"
  "\n"
  "Trial of eleven opposition activists in Baku\n"
  "\n"
  "Geneva, 2019-11-28\n"
  "\n"
  "Caucasus Trial Observation Project (CTOP)\n"
  "\n"
  "1. Introduction\n"
  "\n"
  "Between September and November 2019 observers of the Caucasus Trial "
  "Observation Project (CTOP) attended 23 of the 27 hearings in the trial "
  "of eleven members of the opposition youth movement Yeni Nesil, who were "
  "charged with \"preparing mass disorder\" after they announced a peaceful "
  "rally in central Baku. This report sets out our main findings.\n"
  "\n"
  "2. Findings\n"
  "\n"
  "- Public hearing. Relatives and observers were often kept out of the "
  "courtroom on the grounds that it was too small, while seats were taken "
  "by people who did not appear to have any connection with the case.\n"
  "- Equality of arms. The court rejected all but one of the motions filed "
  "by the defence, including requests to call witnesses who said that the "
  "rally was planned as a peaceful one.\n"
  "- Evidence. The prosecution relied mainly on statements by police "
  "officers and on messages taken from the defendants' phones, which were "
  "seized without a court order.\n"
  "- Ill-treatment. Four defendants told the court that they had been "
  "beaten after their arrest. The judge did not order an investigation.\n"
  "\n"
  "3. Conclusions\n"
  "\n"
  "In our assessment the trial did not meet the standards of a fair hearing "
  "guaranteed by Article 6 of the European Convention on Human Rights. We "
  "call on the appeal court to review the convictions and on the "
  "authorities to investigate promptly all allegations of ill-treatment.\n",
  NULL
};
static const char * const en_prague_pages[] = {
  "To the attention of Ms Elena Marchetti, Chair of the Delegation for "
  "relations with Central Asia\n"
  "\n"
  "Prague, 15 May 2017\n"
  "\n"
  "Re.: The case of Vladimir Kozlov in Tajikistan\n"
  "\n"
  "Dear Ms Marchetti,\n"
  "\n"
  "We write on behalf of the Vltava Centre for Civic Freedoms (VCCF) to ask "
  "the Delegation to raise the case of Vladimir Kozlov during its visit to "
  "Dushanbe next month.\n"
  "\n"
  "Vladimir Kozlov, the editor of the weekly newspaper Novy Golos, was "
  "arrested in February after his paper reported on the sale of state land "
  "in the capital. In April a court sentenced him to nine years in prison "
  "for \"insulting the President\" and \"inciting social discord\". The "
  "trial lasted two days; the court refused to hear the witnesses for the "
  "defence, and diplomats were not let into the courtroom. His lawyer, "
  "Pavel Orlov, was allowed to see him only twice before the trial.\n"
  "\n"
  "Mr Kozlov suffers from diabetes. His wife says that he has lost a great "
  "deal of weight and that the prison doctor has not seen him since May.\n"
  "\n"
  "We ask you to:\n"
  "- call for the release of Vladimir Kozlov;\n"
  "- ask to visit him in prison during the Delegation's stay in Dushanbe;\n"
  "- ask the authorities to let EU diplomats attend his appeal hearing.\n"
  "\n"
  "Yours sincerely,\n"
  "\n"
  "Tomas Dvorak\n"
  "Director, Vltava Centre for Civic Freedoms (VCCF)\n",
  NULL
};

static const char * const ru_appeal_pages[] = {
  "Председателю Делегации Европейского парламента по связям с Центральной "
  "Азией\n"
  "г-же Елене Маркетти\n"
  "\n"
  "Алматы, 5 сентября 2017 г.\n"
  "\n"
  "Тема: Дело Владимира Козлова\n"
  "\n"
  "Уважаемая госпожа Маркетти,\n"
  "\n"
  "Ассоциация «Открытая степь» обращается к Вам в связи с предстоящим "
  "визитом Делегации в Таджикистан.\n"
  "\n"
  "Редактора еженедельной газеты «Новый голос» Владимира Козлова задержали "
  "в феврале, после того как газета написала о продаже государственной "
  "земли в столице. В апреле суд приговорил его к девяти "
  "годам лишения свободы за «оскорбление Президента». Суд не выслушал "
  "свидетелей защиты, а дипломатов не пустили в зал заседаний. Его адвокат "
  "Павел Орлов смог встретиться с ним до суда лишь дважды.\n"
  "\n"
  "Родственникам Владимира Козлова не дают свиданий с ним, а врач колонии "
  "не осматривал его с мая.\n"
  "\n"
  "Просим Вас:\n"
  "- призвать власти Таджикистана освободить Владимира Козлова;\n"
  "- добиваться доступа дипломатов ЕС на заседание по его апелляции.\n"
  "\n"
  "С уважением,\n"
  "\n"
  "Гульнара Сеитова\n"
  "председатель, Ассоциация «Открытая степь»\n",
  NULL
};

static const char * const en_visit_senders[] = {
  "Steppe Human Rights Network",
  "Nordic Committee for Civil Liberties",
  NULL
};

static const char * const en_press_senders[] = {
  "Steppe Human Rights Network",
  "Almaty Bureau for Legal Monitoring",
  NULL
};

static const char * const en_statement_senders[] = {
  "Caucasus Media Defence Network",
  "South Caucasus Civic Solidarity",
  "European Platform for Independent Media",
  NULL
};

static const char * const en_briefing_senders[] = {
  "Central Asian Civic Space Monitor",
  "Nordic Committee for Civil Liberties",
  NULL
};

static const char * const en_bodydates_senders[] = {
  "Central Asian Fair Trials Observatory",
  "Nordic Committee for Civil Liberties",
  NULL
};

static const char * const en_warsaw_senders[] = {
  "Vistula Foundation for Democratic Dialogue",
  NULL
};

static const char * const en_oslo_senders[] = {
  "Nordic Committee for Civil Liberties",
  "Steppe Human Rights Network",
  "Dutch Centre for Human Rights Advocacy",
  NULL
};

static const char * const ru_letter_senders[] = {
  "Правозащитный центр «Голос права»",
  "Ассоциация «Свобода совести»",
  NULL
};

static const char * const fr_letter_senders[] = {
  "Fédération pour les libertés en Asie centrale",
  "Observatoire des défenseurs du Caucase et de l'Asie centrale",
  NULL
};

static const char * const de_letter_senders[] = {
  "Osteuropa-Forum für Menschenrechte",
  NULL
};

static const char * const num_date_senders[] = {
  "Forum for Religious Freedom in Central Asia",
  NULL
};

static const char * const iso_date_senders[] = {
  "Caucasus Trial Observation Project",
  NULL
};

static const char * const en_prague_senders[] = {
  "Vltava Centre for Civic Freedoms",
  NULL
};

static const char * const ru_appeal_senders[] = {
  "Ассоциация «Открытая степь»",
  NULL
};

static const DossierFixtureLetter fixture_letters[] = {
  {
    .name = "en-visit",
    .pages = en_visit_pages,
    .title = "Visit of the President of Tajikistan to Brussels",
    .date = "2014-10-08",
    .place = "Brussels",
    .senders = en_visit_senders,
    .recipient = "Commission President Henrik Vandermeulen",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "en-press",
    .pages = en_press_pages,
    .title = "Kazakhstan: New reporting rules put independent NGOs at risk",
    .date = "2016-11-23",
    .place = "Brussels/Almaty",
    .senders = en_press_senders,
    .recipient = NULL,
    .kind = "press-release",
    .language = "en",
  },
  {
    .name = "en-statement",
    .pages = en_statement_pages,
    .title = "Azerbaijan: Release imprisoned bloggers and end the crackdown",
    .date = "2019-05-05",
    .place = "Tbilisi",
    .senders = en_statement_senders,
    .recipient = NULL,
    .kind = "statement",
    .language = "en",
  },
  {
    .name = "en-briefing",
    .pages = en_briefing_pages,
    .title = "Kyrgyzstan: the draft law on non-commercial organisations",
    .date = "2015-06-02",
    .place = "Brussels",
    .senders = en_briefing_senders,
    .recipient = NULL,
    .kind = "briefing",
    .language = "en",
  },
  {
    .name = "en-bodydates",
    .pages = en_bodydates_pages,
    .title = "Accountability for the violence in Tuzkala",
    .date = "2013-02-12",
    .place = "Brussels",
    .senders = en_bodydates_senders,
    .recipient = "Johanna Albrecht",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "en-warsaw",
    .pages = en_warsaw_pages,
    .title = "Continued detention of peaceful protesters in Belarus",
    .date = "2016-04-07",
    .place = "Warsaw",
    .senders = en_warsaw_senders,
    .recipient = "Subcommittee on Human Rights",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "en-oslo",
    .pages = en_oslo_pages,
    .title = "Human rights benchmarks for the new agreement with Uzbekistan",
    .date = "2012-03-20",
    .place = "Oslo, Brussels, The Hague",
    .senders = en_oslo_senders,
    .recipient = "High Representative for Foreign Affairs and Security Policy",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "ru-letter",
    .pages = ru_letter_pages,
    .title = "Политические заключённые в Казахстане",
    .date = "2018-03-12",
    .place = "Москва",
    .senders = ru_letter_senders,
    .recipient = "представителю ЕС по правам человека",
    .kind = "letter",
    .language = "ru",
  },
  {
    .name = "fr-letter",
    .pages = fr_letter_pages,
    .title = "Défenseurs des droits humains emprisonnés au Tadjikistan",
    .date = "2021-02-03",
    .place = "Paris",
    .senders = fr_letter_senders,
    .recipient = "Haute Représentante",
    .kind = "letter",
    .language = "fr",
  },
  {
    .name = "de-letter",
    .pages = de_letter_pages,
    .title = "Inhaftierte Demonstrierende in Belarus",
    .date = "2021-02-03",
    .place = "Berlin",
    .senders = de_letter_senders,
    .recipient = "Unterausschusses Menschenrechte",
    .kind = "letter",
    .language = "de",
  },
  {
    .name = "num-date",
    .pages = num_date_pages,
    .title = "Prosecution of believers for unregistered worship in Turkmenistan",
    .date = "2019-06-14",
    .place = "Vienna",
    .senders = num_date_senders,
    .recipient = "EU Special Representative for Human Rights",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "iso-date",
    .pages = iso_date_pages,
    .title = "Trial of eleven opposition activists in Baku",
    .date = "2019-11-28",
    .place = "Geneva",
    .senders = iso_date_senders,
    .recipient = NULL,
    .kind = "report",
    .language = "en",
  },
  {
    .name = "en-prague",
    .pages = en_prague_pages,
    .title = "The case of Vladimir Kozlov in Tajikistan",
    .date = "2017-05-15",
    .place = "Prague",
    .senders = en_prague_senders,
    .recipient = "Elena Marchetti",
    .kind = "letter",
    .language = "en",
  },
  {
    .name = "ru-appeal",
    .pages = ru_appeal_pages,
    .title = "Дело Владимира Козлова",
    .date = "2017-09-05",
    .place = "Алматы",
    .senders = ru_appeal_senders,
    .recipient = "Елене Маркетти",
    .kind = "letter",
    .language = "ru",
  },
};

const DossierFixtureLetter *
dossier_fixture_letters (guint *n_letters)
{
  if (n_letters != NULL)
    *n_letters = G_N_ELEMENTS (fixture_letters);

  return fixture_letters;
}

const DossierFixtureLetter *
dossier_fixture_letter (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (fixture_letters); i++)
    {
      if (g_str_equal (fixture_letters[i].name, name))
        return &fixture_letters[i];
    }

  return NULL;
}

/* Rendering */

#define A4_WIDTH      595.0
#define A4_HEIGHT     842.0
#define MARGIN        (2.0 / 2.54 * 72.0)  /* 2 cm in points */
#define FIXTURE_FONT  "DejaVu Sans 11"
#define SCAN_DPI      150.0

/* Draws @text in the text area of an A4 page; @cr is in points. */
static void
draw_text_page (cairo_t    *cr,
                const char *text)
{
  /* A font map of our own rather than the shared default one, so that its
   * caches go away with it and leak checkers in the tests stay quiet. */
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  /* Sizes in points, whatever the surface's resolution. */
  pango_cairo_update_context (cr, context);
  pango_cairo_context_set_resolution (context, 72.0);
  layout = pango_layout_new (context);
  g_object_unref (context);

  font = pango_font_description_from_string (FIXTURE_FONT);
  pango_layout_set_font_description (layout, font);

  pango_layout_set_width (layout, pango_units_from_double (A4_WIDTH - 2 * MARGIN));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  cairo_save (cr);
  cairo_rectangle (cr, MARGIN, MARGIN, A4_WIDTH - 2 * MARGIN, A4_HEIGHT - 2 * MARGIN);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
check_cairo (cairo_status_t  status,
             const char     *what)
{
  if (status != CAIRO_STATUS_SUCCESS)
    g_error ("Could not write test fixture %s: %s",
             what, cairo_status_to_string (status));
}

static cairo_surface_t *
create_pdf_surface (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, A4_WIDTH, A4_HEIGHT);

  check_cairo (cairo_surface_status (surface), path);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dossier tests");

  return surface;
}

/* Destroys @cr, then finishes and destroys @surface. */
static void
finish_pdf (const char      *path,
            cairo_surface_t *surface,
            cairo_t         *cr)
{
  check_cairo (cairo_status (cr), path);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  check_cairo (cairo_surface_status (surface), path);
  cairo_surface_destroy (surface);
}

void
dossier_fixture_write_pdf (const char         *path,
                           const char * const *pages)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_if_fail (path != NULL);
  g_return_if_fail (pages != NULL);

  surface = create_pdf_surface (path);
  cr = cairo_create (surface);

  for (gsize i = 0; pages[i] != NULL; i++)
    {
      draw_text_page (cr, pages[i]);
      cairo_show_page (cr);
    }

  finish_pdf (path, surface, cr);
}

void
dossier_fixture_write_letter (const char                 *path,
                              const DossierFixtureLetter *letter)
{
  g_return_if_fail (letter != NULL);

  dossier_fixture_write_pdf (path, letter->pages);
}

/* An A4 page of @text as a slightly skewed grey-paper scan at SCAN_DPI. */
static cairo_surface_t *
render_scan (const char *text)
{
  int width = (int) (A4_WIDTH * SCAN_DPI / 72.0);
  int height = (int) (A4_HEIGHT * SCAN_DPI / 72.0);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (image);

  cairo_set_source_rgb (cr, 0.96, 0.95, 0.92);
  cairo_paint (cr);
  cairo_scale (cr, SCAN_DPI / 72.0, SCAN_DPI / 72.0);
  cairo_rotate (cr, 0.004);
  draw_text_page (cr, text);

  check_cairo (cairo_status (cr), "scan image");
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

void
dossier_fixture_write_scanned_pdf (const char *path)
{
  const DossierFixtureLetter *letter = dossier_fixture_letter ("en-warsaw");
  cairo_surface_t *image;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_if_fail (path != NULL);

  image = render_scan (letter->pages[0]);
  surface = create_pdf_surface (path);
  cr = cairo_create (surface);

  cairo_scale (cr, 72.0 / SCAN_DPI, 72.0 / SCAN_DPI);
  cairo_set_source_surface (cr, image, 0.0, 0.0);
  cairo_paint (cr);
  cairo_show_page (cr);
  cairo_surface_destroy (image);

  finish_pdf (path, surface, cr);
}

static void
run_qpdf_encrypt (const char *in,
                  const char *out,
                  const char *password)
{
  const char *argv[] = {
    "qpdf", "--encrypt", password, password, "256", "--", in, out, NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *std_err = NULL;
  int wait_status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &std_err, &wait_status, &error))
    g_error ("Could not run qpdf to make an encrypted test PDF "
             "(qpdf is a test dependency; install the qpdf package): %s",
             error->message);

  /* qpdf exits with 3 when it succeeded with warnings. */
  if (!g_spawn_check_wait_status (wait_status, &error) &&
      !g_error_matches (error, G_SPAWN_EXIT_ERROR, 3))
    g_error ("qpdf could not encrypt %s: %s\n%s", in, error->message, std_err);
}

void
dossier_fixture_write_encrypted_pdf (const char *path,
                                     const char *password)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *plain = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (password != NULL);

  dir = g_dir_make_tmp ("dossier-fixture-XXXXXX", &error);
  if (dir == NULL)
    g_error ("Could not make a temporary directory: %s", error->message);

  plain = g_build_filename (dir, "plain.pdf", NULL);
  dossier_fixture_write_letter (plain, dossier_fixture_letter ("en-visit"));
  run_qpdf_encrypt (plain, path, password);

  g_unlink (plain);
  g_rmdir (dir);
}

void
dossier_fixture_write_truncated_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_if_fail (path != NULL);

  dossier_fixture_write_letter (path, dossier_fixture_letter ("en-briefing"));

  if (!g_file_get_contents (path, &contents, &length, &error) ||
      !g_file_set_contents (path, contents, length / 2, &error))
    g_error ("Could not truncate %s: %s", path, error->message);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (path != NULL);

  if (!g_file_set_contents (path, contents, length, &error))
    g_error ("Could not write test fixture %s: %s", path, error->message);
}

void
dossier_fixture_write_empty_file (const char *path)
{
  write_file (path, "", 0);
}

void
dossier_fixture_write_png (const char *path)
{
  cairo_surface_t *image;
  cairo_t *cr;

  g_return_if_fail (path != NULL);

  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 80);
  cr = cairo_create (image);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
  cairo_rectangle (cr, 10.0, 10.0, 100.0, 24.0);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_rectangle (cr, 10.0, 44.0, 70.0, 6.0);
  cairo_rectangle (cr, 10.0, 58.0, 90.0, 6.0);
  cairo_fill (cr);
  check_cairo (cairo_status (cr), path);
  cairo_destroy (cr);

  check_cairo (cairo_surface_write_to_png (image, path), path);
  cairo_surface_destroy (image);
}

void
dossier_fixture_write_html (const char *path)
{
  static const char html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "  <meta charset=\"utf-8\">\n"
    "  <title>Statement on media freedom – Steppe Human Rights Network</title>\n"
    "</head>\n"
    "<body>\n"
    "  <nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n"
    "  <h1>EU must speak up for independent media in Central Asia</h1>\n"
    "  <p>Brussels, 4 March 2020. The Steppe Human Rights Network calls on "
    "the European Union to raise the blocking of news websites at its next "
    "human rights dialogues.</p>\n"
    "  <p><a href=\"/newsletter\">Sign up now</a></p>\n"
    "</body>\n"
    "</html>\n";

  write_file (path, html, sizeof html - 1);
}
