/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-analysis.h"

#include <stdlib.h>
#include <string.h>

/* A letter's furniture (letterhead, addressee, date, subject, salutation)
 * sits in its first lines and its signature in its last ones; looking any
 * further only finds body text, and costs time on every import. */
#define HEAD_LINES            40
#define KIND_LINES            15
#define DATELINE_HEAD_LINES   15
#define DATELINE_TAIL_LINES   25
#define LETTERHEAD_LINES      6
#define HEADLINE_LOOKBACK     6
#define TAIL_LINES            120
#define SIGNATURE_LINES       40
#define MAX_LINE_BYTES        2048
#define MAX_FIELD_CHARS       200
#define MAX_PLACE_CHARS       60
#define MAX_PLACE_WORDS       6
#define LANGUAGE_SAMPLE_BYTES (20 * 1024)
#define BEHALF_SAMPLE_BYTES   (32 * 1024)
#define BEHALF_CONTEXT_BYTES  200
#define MIN_LANGUAGE_WORDS    5

/* ------------------------------------------------------------------------ */
/* Patterns, compiled once: analysis runs on every imported document.        */

typedef struct
{
  const char *name;
  GDateMonth  month;
} MonthName;

/* Every spelling a dateline may use, in any grammatical case: Russian
 * datelines use the genitive ("12 марта"), headings the nominative. */
static const MonthName month_names[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
  { "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
  { "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 },
  { "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 },
  { "nov", 11 }, { "dec", 12 },
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 },
  { "avril", 4 }, { "mai", 5 }, { "juin", 6 }, { "juillet", 7 },
  { "août", 8 }, { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 },
  { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
  { "janv", 1 }, { "févr", 2 }, { "fevr", 2 }, { "avr", 4 }, { "juil", 7 },
  { "déc", 12 },
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 },
  { "maerz", 3 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 },
  { "dezember", 12 }, { "okt", 10 }, { "dez", 12 },
  { "января", 1 }, { "январь", 1 }, { "январе", 1 },
  { "февраля", 2 }, { "февраль", 2 }, { "феврале", 2 },
  { "марта", 3 }, { "март", 3 }, { "марте", 3 },
  { "апреля", 4 }, { "апрель", 4 }, { "апреле", 4 },
  { "мая", 5 }, { "май", 5 }, { "мае", 5 },
  { "июня", 6 }, { "июнь", 6 }, { "июне", 6 },
  { "июля", 7 }, { "июль", 7 }, { "июле", 7 },
  { "августа", 8 }, { "август", 8 }, { "августе", 8 },
  { "сентября", 9 }, { "сентябрь", 9 }, { "сентябре", 9 },
  { "октября", 10 }, { "октябрь", 10 }, { "октябре", 10 },
  { "ноября", 11 }, { "ноябрь", 11 }, { "ноябре", 11 },
  { "декабря", 12 }, { "декабрь", 12 }, { "декабре", 12 },
  { "қаңтар", 1 }, { "ақпан", 2 }, { "наурыз", 3 }, { "сәуір", 4 },
  { "мамыр", 5 }, { "маусым", 6 }, { "шілде", 7 }, { "тамыз", 8 },
  { "қыркүйек", 9 }, { "қазан", 10 }, { "қараша", 11 }, { "желтоқсан", 12 },
  { "січня", 1 }, { "лютого", 2 }, { "березня", 3 }, { "квітня", 4 },
  { "травня", 5 }, { "червня", 6 }, { "липня", 7 }, { "серпня", 8 },
  { "вересня", 9 }, { "жовтня", 10 }, { "листопада", 11 }, { "грудня", 12 },
  { "stycznia", 1 }, { "lutego", 2 }, { "marca", 3 }, { "kwietnia", 4 },
  { "maja", 5 }, { "czerwca", 6 }, { "lipca", 7 }, { "sierpnia", 8 },
  { "września", 9 }, { "października", 10 }, { "listopada", 11 },
  { "grudnia", 12 },
  { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
  { "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 },
  { "septiembre", 9 }, { "octubre", 10 }, { "noviembre", 11 },
  { "diciembre", 12 },
  { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 },
  { "giugno", 6 }, { "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 },
  { "dicembre", 12 },
};

typedef enum
{
  LANGUAGE_EN,
  LANGUAGE_FR,
  LANGUAGE_DE,
  LANGUAGE_ES,
  LANGUAGE_IT,
  LANGUAGE_PL,
  LANGUAGE_NL,
  N_LATIN_LANGUAGES
} LatinLanguage;

static const char * const latin_language_codes[N_LATIN_LANGUAGES] = {
  "en", "fr", "de", "es", "it", "pl", "nl",
};

/* The commonest function words: frequent enough that a paragraph holds a
 * dozen of them, and different enough between languages to tell them apart. */
static const char * const latin_stopwords[N_LATIN_LANGUAGES] = {
  "the and of to in is that for on with are as be by this have has was were "
  "it not which from their its we our will should been would",
  "le la les des du de et est une un pour dans que qui sur par au aux avec "
  "pas nous vous sont ces cette ont été leur ne plus",
  "der die das und ist nicht mit den dem des ein eine zu von für auf sich "
  "auch wir sie es im werden wird sind dass bei nach über oder",
  "el la los las de y que en del por con para una es se no su al lo como "
  "más pero sus son está han",
  "il la di che e del della per non un una sono con gli le nel alla dei "
  "delle è ha anche come questo più",
  "i w z na się nie do jest to że o od przez dla oraz jak ale po są tak "
  "jego może także który która",
  "de het een en van is dat op te in niet zijn voor met die er ook aan "
  "wordt",
};

typedef struct
{
  GRegex     *date;
  GRegex     *salutation;
  GRegex     *subject;
  GRegex     *recipient;
  GRegex     *open_letter;
  GRegex     *honorific;
  GRegex     *position;
  GRegex     *institution;
  GRegex     *postal;
  GRegex     *closing;
  GRegex     *press_release;
  GRegex     *statement;
  GRegex     *briefing;
  GRegex     *resolution;
  GRegex     *report;
  GRegex     *organisation_word;
  GRegex     *not_a_sender;
  GRegex     *behalf;
  GRegex     *advocacy_verb;
  GRegex     *first_person;
  GRegex     *clause_end;
  GRegex     *list_separator;
  GRegex     *fragment_separator;
  GRegex     *debris;
  GRegex     *page_number;
  GHashTable *months;     /* casefolded name → GDateMonth */
  GHashTable *stopwords;  /* word → bitmask of LatinLanguage */
} Patterns;

static GRegex *
compile (const char *pattern)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
  if (regex == NULL)
    g_error ("Bad analysis pattern %s: %s", pattern, error->message);

  return regex;
}

static char *
month_alternation (void)
{
  g_autoptr(GString) alternation = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      if (i > 0)
        g_string_append_c (alternation, '|');
      g_string_append (alternation, month_names[i].name);
    }

  return g_string_free (g_steal_pointer (&alternation), FALSE);
}

static GRegex *
compile_date_pattern (void)
{
  g_autofree char *months = month_alternation ();
  g_autofree char *pattern = NULL;

  /* Day month year ("8 October 2014", "3. Februar 2021", "12 марта 2018",
   * "1er mars 2020"), month day year ("March 20, 2012"), day.month.year,
   * ISO and Kazakh year first ("2021 жылғы 5 наурыз").  Years are limited
   * to 1900–2099 so that other numbers are not taken for years. */
  pattern = g_strdup_printf (
    "(?<![\\p{L}\\d])[«\"“]?(?<d1>\\d{1,2})[»\"”]?"
    "(?:\\s*(?:er|st|nd|rd|th|-?го|-?е))?\\.?\\s*(?:of\\s+|de\\s+)?"
    "(?<m1>%s)\\.?(?!\\p{L}),?\\s*(?:de\\s+)?(?<y1>(?:19|20)\\d\\d)(?!\\d)"
    "|(?<![\\p{L}\\d])(?<m2>%s)\\.?(?!\\p{L})\\s*(?<d2>\\d{1,2})"
    "(?:st|nd|rd|th)?,?\\s*(?<y2>(?:19|20)\\d\\d)(?!\\d)"
    "|(?<![\\d./])(?<d3>\\d{1,2})(?<s3>[./])\\s?(?<m3>\\d{1,2})\\k<s3>\\s?"
    "(?<y3>(?:19|20)\\d\\d)(?![\\d.]\\d)(?!\\d)"
    "|(?<![\\d-])(?<y4>(?:19|20)\\d\\d)[-/.](?<m4>\\d{1,2})[-/.](?<d4>\\d{1,2})(?!\\d)"
    "|(?<!\\d)(?<y5>(?:19|20)\\d\\d)\\s*(?:жылғы|жыл|ж\\.)\\s*(?<d5>\\d{1,2})\\s*"
    "(?<m5>%s)(?!\\p{L})",
    months, months, months);

  return compile (pattern);
}

static GHashTable *
month_table_new (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    g_hash_table_insert (table, g_utf8_casefold (month_names[i].name, -1),
                         GUINT_TO_POINTER (month_names[i].month));

  return table;
}

static GHashTable *
stopword_table_new (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint language = 0; language < N_LATIN_LANGUAGES; language++)
    {
      g_auto(GStrv) words = g_strsplit (latin_stopwords[language], " ", -1);

      for (guint i = 0; words[i] != NULL; i++)
        {
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (table, words[i]));

          g_hash_table_replace (table, g_strdup (words[i]),
                                GUINT_TO_POINTER (mask | (1u << language)));
        }
    }

  return table;
}

static void
patterns_init (Patterns *p)
{
  p->date = compile_date_pattern ();
  p->months = month_table_new ();
  p->stopwords = stopword_table_new ();

  /* Salutations whose first word is only politeness ("Dear", "Уважаемый")
   * and those that are themselves the form of address ("Monsieur le
   * Président"). */
  p->salutation = compile (
    "^(?:(?:dear|my dear|уважаем\\p{L}*|многоуважаем\\p{L}*|дорог\\p{L}*"
    "|sehr geehrte\\p{L}*|liebe\\p{L}?|cher|chère|chers|chères|estimad\\p{L}*"
    "|querid\\p{L}*|egregi\\p{L}*|gentile|gentili|szanown\\p{L}*|шановн\\p{L}*"
    "|құрметті)"
    "(?!\\p{L})[\\s,]*(?<rest>.*)"
    "|(?<whole>(?:madame|monsieur|mesdames|messieurs|your excellenc\\p{L}*"
    "|excellency|excellence|ladies and gentlemen)(?!\\p{L}).*))$");
  p->subject = compile (
    "^(?:re\\s*\\.?\\s*:|re\\s*\\.\\s|subject\\s*:|subj\\.?\\s*:|objet\\s*:"
    "|object\\s*:|concerne\\s*:|тема\\s*:|betreff\\s*:|betr\\.?\\s*:"
    "|asunto\\s*:|oggetto\\s*:|temat\\s*:|тақырыбы?\\s*:)\\s*(.*)$");
  p->recipient = compile (
    "^(?:(?:to|for) the attention of|attention of|attention\\s*:|attn\\.?\\s*:?"
    "|to\\s*:|[àa] l['’](?:attention|intention) (?:de|du|des)|à\\s*:"
    "|destinataires?\\s*:|an\\s*:|an(?= (?:die|den|das|der|herrn|frau)(?!\\p{L}))"
    "|à(?= (?:madame|monsieur|m\\.|mme|son excellence)(?!\\p{L}))"
    "|z\\.\\s?hd\\.?|zu händen(?: von)?"
    "|кому\\s*:|адресат\\s*:|на имя|кімге\\s*:"
    "|open letter to|lettre ouverte (?:à|au|aux)|offener brief an"
    "|открытое письмо)(?!\\p{L})\\s*:?\\s*(.*)$");
  p->open_letter = compile (
    "^(?:open letter|lettre ouverte|offener brief|открытое письмо)(?!\\p{L})");
  p->honorific = compile (
    "^(?:mr|mrs|ms|miss|mx|dr|prof|h\\.\\s?e\\.|his excellency|her excellency"
    "|m\\.|mme|mlle|monsieur|madame|herrn?|frau|г-н\\p{L}*|г-ж\\p{L}*"
    "|господин\\p{L}*|госпож\\p{L}*)(?!\\p{L})");
  p->position = compile (
    "^(?:(?:eu|vice|deputy|high|special|executive|first|acting|chief|haute?"
    "|stellvertretende\\p{L}?|специальн\\p{L}*|верховн\\p{L}*|постоянн\\p{L}*)[\\s-]+)*"
    "(?:president|vice-president|commissioner|representative|minister|chair"
    "|chairman|chairwoman|chairperson|member|secretary|director|ambassador|head"
    "|rapporteur|président|présidente|commissaire|représentante?|ministre"
    "|ambassadeur|präsident|präsidentin|kommissar|kommissarin|ministerin"
    "|botschafter|botschafterin|vorsitzende\\p{L}?|председател\\p{L}*"
    "|комиссар\\p{L}*|представител\\p{L}*|докладчик\\p{L}*|министр\\p{L}*|посл\\p{L}*"
    "|депутат\\p{L}*)(?!\\p{L})");
  p->institution = compile (
    "^(?:the\\s+)?(?:european (?:commission|parliament|council|union"
    "|external action service)|council of the european union|eeas"
    "|directorate[- ]general|dg (?-i:(?=\\p{Lu}))|commission européenne"
    "|parlement européen|service européen|europäische kommission"
    "|europäisches parlament|generaldirektion"
    "|европейск\\p{L}* (?:комисси|парламент|совет|служб)\\p{L}*)(?!\\p{L})");
  p->postal = compile (
    "(?<!\\p{L})(?:rue|avenue|av\\.|street|road|boulevard|blvd|square|platz"
    "|stra(?:ß|ss)e|str\\.|chaussée|rond[- ]point|ул\\.|улица|проспект|пр\\.)"
    "(?!\\p{L})|(?<![\\d\\p{L}])(?!(?:19|20)\\d\\d(?!\\d))\\d{4,6}(?!\\d)");
  p->closing = compile (
    "^(?:(?:yours\\s+)?sincerely(?:\\s+yours)?|yours faithfully|yours truly"
    "|respectfully(?: yours)?|(?:with\\s+)?(?:best|kind|warm)(?:est)? regards"
    "|regards|signed(?: by)?|signatories|signatures|the undersigned"
    "|for (?:more|further)(?: detailed)? information|press contacts?"
    "|media contacts?|contacts?\\s*:|с уважением|с наилучшими пожеланиями"
    "|искренне ваш\\p{L}*|подписи|подписали|контакты|cordialement"
    "|bien cordialement|veuillez agréer|je vous prie d['’]agréer"
    "|nous vous prions d['’]agréer|signataires|pour plus d['’]informations"
    "|contacts? presse|mit freundlichen grüßen|mit freundlichen gruessen"
    "|mit besten grüßen|hochachtungsvoll|unterzeichnende|unterzeichner"
    "|pressekontakt|atentamente|cordiali saluti|z poważaniem|құрметпен)(?!\\p{L})"
    "[\\s,:.]*(.*)$");
  p->press_release = compile (
    "(?<!\\p{L})(?:press[\\s-]*release|news release|media release"
    "|for immediate release|communiqué de presse|communique de presse"
    "|пресс[\\s-]*релиз|pressemitteilung|pressemeldung|nota de prensa"
    "|comunicato stampa|informacja prasowa)(?!\\p{L})");
  p->statement = compile (
    "^(?:joint\\s+|public\\s+|ngo\\s+)?statement(?!\\p{L})"
    "|^(?:совместное\\s+|публичное\\s+)?заявление(?!\\p{L})"
    "|^d[ée]claration(?:\\s+(?:conjointe|commune|publique))?(?!\\p{L})"
    "|^(?:gemeinsame\\s+)?(?:erklärung|stellungnahme)(?!\\p{L})");
  p->briefing = compile (
    "^(?:\\p{L}+\\s+){0,2}(?:briefing|brief|note d['’]information"
    "|информационная справка|аналитическая записка|справка"
    "|hintergrundpapier|informationspapier)(?!\\p{L})");
  p->resolution = compile (
    "^(?:joint\\s+)?(?:motion for a (?:european parliament )?resolution"
    "|european parliament resolution|resolution of the european parliament"
    "|proposition de résolution|résolution du parlement européen"
    "|entschließung(?:santrag)? des europäischen parlaments"
    "|entschließungsantrag|резолюция европейского парламента"
    "|проект резолюции)(?!\\p{L})");
  p->report = compile (
    "^(?:\\p{L}+\\s+){0,2}(?:report|доклад|отч[её]т|rapport|bericht"
    "|informe|rapporto|raport)(?!\\p{L})");
  /* Some words name an organisation only at the end of a name ("Partnership
   * for Human Rights", "Trial Observation Project"), never inside a job
   * title or a headline ("EU must monitor trials"). */
  p->organisation_word = compile (
    "(?<!\\p{L})(?:committees?|comités?|komitees?|foundation|fondation"
    "|stiftung|partnership|partenariat|partnerschaft|association|asociación"
    "|federation|fédération|union|network|réseau|netzwerk|watch|centre|center"
    "|centro|zentrum|bureau|büro|institute|institut|coalition|koalition"
    "|council|conseil|helsinki|league|ligue|liga|amnesty|organi[sz]ation"
    "|society|société|gesellschaft|alliance|allianz|bündnis|movement"
    "|mouvement|initiative|forum|collectif|observatoire|observatory"
    "|front line defenders|freedom house|article 19|verein|verband"
    "|vereinigung|group|groupe|gruppe|platform|plateforme|plattform"
    "|(?:human rights|project|monitor|fund|trust|solidarity)(?=\\s*(?:\\(|$))"
    "|фонд\\p{L}{0,2}|комитет\\p{L}{0,2}|бюро\\p{L}{0,3}|ассоциаци\\p{L}|центр(?:а|у|ом|е)?"
    "|коалици\\p{L}|организаци\\p{L}{1,2}|союз\\p{L}{0,2}|движени\\p{L}"
    "|лиг\\p{L}|сет\\p{L}|инициатив\\p{L}|общество|общества|объединени\\p{L}"
    "|федераци\\p{L}|партн[её]рств\\p{L}|институт\\p{L}{0,2}|хельсинк\\p{L}*"
    "|групп\\p{L}|қор\\p{L}{0,4}|орталығ\\p{L}*|қауымдастығ\\p{L}*|ұйым\\p{L}*"
    "|одағ\\p{L}*)(?!\\p{L})");
  /* Whom letters are written to, not by. */
  p->not_a_sender = compile (
    "^(?:the\\s+)?(?:european (?:union|commission|parliament|council"
    "|external action service)|council of (?:the european union|europe)"
    "|united nations|un |eu |osce|eeas|union européenne|commission européenne"
    "|parlement européen|conseil de l['’]europe|europäische (?:union|kommission)"
    "|europäisches parlament|европейск\\p{L}* (?:союз|комисси|парламент|совет)"
    "|совет европы|оон|organi[sz]ation for security|partnership and cooperation"
    "|enhanced partnership)");
  p->behalf = compile (
    "(?<!\\p{L})(?:on behalf of|au nom d(?:e|u|es)|от имени"
    "|im namen (?:von|der|des)"
    "|(?<authors>(?:prepared|published|issued|submitted|written|compiled|produced)"
    " by|(?:préparé|publié|rédigé)e? par|подготовлен\\p{L}*|erstellt von"
    "|herausgegeben von))(?!\\p{L})\\s*");
  /* What the issuing organisations of a press release do in its first
   * paragraph: "IPHR and OMCT have urged the EU…". */
  p->advocacy_verb = compile (
    "(?<!\\p{L})(?:urges?|urged|calls? (?:on|upon|for)|called (?:on|upon|for)"
    "|appeals?|appealed|welcomes?|welcomed|condemns?|condemned|demands?"
    "|demanded|denounces?|denounced|(?:has|have) (?:urged|called|appealed"
    "|written|sent|published|released|issued|expressed)|(?:is|are) (?:calling"
    "|urging|concerned|alarmed)|express(?:es|ed)? (?:concern|alarm|regret)"
    "|appellent|appelle|exhortent|exhorte|demandent|condamnent|condamne"
    "|dénoncent|dénonce|saluent|salue|призыва\\p{L}*|призвал\\p{L}*"
    "|требу\\p{L}*|осужда\\p{L}*|выража\\p{L}*|приветству\\p{L}*|fordert"
    "|fordern|appelliert|appellieren|verurteil\\p{L}*|begrüß\\p{L}*)(?!\\p{L})");
  p->first_person = compile (
    "(?<!\\p{L})(?:we|our|us|i|nous|je|notre|nos|мы|я|нас|наш\\p{L}*|wir|ich"
    "|unser\\p{L}*)(?!\\p{L})");
  /* Where the list of organisations after "on behalf of" ends and the
   * sentence goes on about something else. */
  p->clause_end = compile (
    "(?<!\\p{L})(?:with regard|regarding|concerning|in connection|in relation"
    "|ahead of|following|in view|in light|we|who|which|to (?:express|raise"
    "|urge|call|draw|ask|share|bring|request|convey|inform|you)|nous|vous|je"
    "|qui|que|concernant|afin|lors|avec|suite à|au sujet|à propos|en ce qui"
    "|en vue|en amont|мы|я|в связи|в отношении|в преддверии|в рамках|в ходе"
    "|с просьбой|с призывом|с целью|к вам|чтобы|котор\\p{L}*|относительно"
    "|касательно|обращ\\p{L}*|wir|ich|bezüglich|hinsichtlich|wegen|an sie)"
    "(?!\\p{L})|[.;:!?](?:\\s|$)|,\\s+(?-i:(?=\\p{Ll}))(?!(?:and|et|und|и|la|le|les"
    "|l['’]|de|du|des|der|die|das|dem|den|the|a также)(?!\\p{L}))");
  p->list_separator = compile (
    "(\\s*(?:,\\s*(?:and|et|und|и)?\\s*|;\\s*|\\s+(?:and|as well as"
    "|together with|et|und|и|а также)\\s+))");
  p->fragment_separator = compile ("\\s+[–—-]\\s+|\\s*[,;|]\\s*");
  p->debris = compile (
    "^(?:sign up|subscribe|share|tweet|follow us|menu|home|search|donate"
    "|read more|print|download|skip to|cookie|alert\\s*:|breaking\\s*:"
    "|related|tags?\\s*:|posted|published|back to)(?!\\p{L})");
  p->page_number = compile (
    "^(?:page\\s*|p\\.\\s*|стр\\.?\\s*|seite\\s*|-\\s*)?\\d{1,3}"
    "(?:\\s*(?:/|of|из|sur|von|de)\\s*\\d{1,3})?(?:\\s*-)?$");
}

static const Patterns *
patterns (void)
{
  static gsize initialised = 0;
  static Patterns p;

  if (g_once_init_enter (&initialised))
    {
      patterns_init (&p);
      g_once_init_leave (&initialised, 1);
    }

  return &p;
}

static gboolean
matches (GRegex     *regex,
         const char *text)
{
  return g_regex_match (regex, text, 0, NULL);
}

static char *
match_first_group (GRegex     *regex,
                   const char *text)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (!g_regex_match (regex, text, 0, &info))
    return NULL;

  return g_match_info_fetch (info, 1);
}

/* ------------------------------------------------------------------------ */
/* Small text helpers                                                        */

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x202F;
}

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0xFEFF || g_unichar_iscntrl (c);
}

static gunichar
first_char (const char *text)
{
  return *text != '\0' ? g_utf8_get_char (text) : 0;
}

static gunichar
last_char (const char *text)
{
  gsize len = strlen (text);

  if (len == 0)
    return 0;

  return g_utf8_get_char (g_utf8_find_prev_char (text, text + len));
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}

static gboolean
has_lowercase (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
is_all_caps (const char *text)
{
  guint upper = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        upper++;
    }

  return upper >= 3;
}

static gboolean
is_web_or_contact (const char *text)
{
  return strchr (text, '@') != NULL || strstr (text, "http") != NULL ||
         strstr (text, "www.") != NULL;
}

/* Copies @text with runs of whitespace collapsed to one space, invisible
 * characters and Markdown bold markers dropped, and the ends trimmed. */
static char *
collapse_whitespace (const char *text,
                     gsize       len)
{
  g_autoptr(GString) out = g_string_sized_new (MIN (len, MAX_LINE_BYTES) + 8);
  const char *end = text + len;
  gboolean pending_space = FALSE;

  for (const char *p = text, *next; p < end && out->len < MAX_LINE_BYTES; p = next)
    {
      /* Most letters are ASCII: neither decoded nor encoded again. */
      gboolean ascii = (guchar) *p < 0x80;
      gunichar c = ascii ? (guchar) *p : g_utf8_get_char (p);

      next = ascii ? p + 1 : g_utf8_next_char (p);
      if (is_blank (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (is_invisible (c))
        continue;
      if (c == '*' && next < end && *next == '*')
        {
          next++;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      if (ascii)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The longest prefix of @text of at most @max_bytes that does not cut a
 * character in half. */
static gsize
utf8_prefix_length (const char *text,
                    gsize       max_bytes)
{
  gsize len = strnlen (text, max_bytes);

  /* text[len] is the first byte left out: never a continuation byte. */
  while (len > 0 && ((guchar) text[len] & 0xC0) == 0x80)
    len--;

  return len;
}

/* Drops the characters of @chars from the end of @text, in place. */
static void
strip_trailing (char       *text,
                const char *chars)
{
  char *end = text + strlen (text);

  while (end > text)
    {
      char *last = g_utf8_find_prev_char (text, end);

      if (g_utf8_strchr (chars, -1, g_utf8_get_char (last)) == NULL)
        break;
      *last = '\0';
      end = last;
    }
}

/* Returns @text cut to at most @max_chars characters, at a word boundary
 * where there is one near, with an ellipsis; takes ownership of @text. */
static char *
cap_length (char  *text,
            glong  max_chars)
{
  const char *cut;
  const char *space;
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= max_chars)
    return text;

  cut = g_utf8_offset_to_pointer (text, max_chars - 1);
  head = g_strndup (text, cut - text);
  space = strrchr (head, ' ');
  if (space != NULL && g_utf8_strlen (space, -1) < 40)
    head[space - head] = '\0';
  strip_trailing (head, " ,;:-");
  g_free (text);

  return g_strconcat (head, "…", NULL);
}

/* The form in which a found string becomes a field: whitespace collapsed,
 * trailing punctuation dropped, length capped; NULL when nothing is left. */
static char *
tidy_field (const char *text)
{
  g_autofree char *tidy = NULL;

  if (text == NULL)
    return NULL;

  tidy = collapse_whitespace (text, strlen (text));
  strip_trailing (tidy, " ,;:–—-");
  if (*tidy == '\0')
    return NULL;

  return cap_length (g_steal_pointer (&tidy), MAX_FIELD_CHARS);
}

/* Title case for text set in capitals ("BRUSSELS" → "Brussels"). */
static char *
title_case (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start ? g_unichar_totitle (c) : c);
      word_start = !g_unichar_isalpha (c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ------------------------------------------------------------------------ */
/* Dates                                                                     */

static GDateMonth
month_from_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return GPOINTER_TO_UINT (g_hash_table_lookup (patterns ()->months, folded));
}

static int
fetch_number (const GMatchInfo *info,
              const char       *group)
{
  g_autofree char *digits = g_match_info_fetch_named (info, group);

  return digits != NULL ? atoi (digits) : 0;
}

/* Which of the date pattern's alternatives matched, as its group suffix. */
static char
matched_alternative (const GMatchInfo *info)
{
  for (char alternative = '1'; alternative <= '5'; alternative++)
    {
      char group[] = { 'y', alternative, '\0' };
      g_autofree char *year = g_match_info_fetch_named (info, group);

      if (year != NULL && *year != '\0')
        return alternative;
    }

  return '\0';
}

static gboolean
date_from_match (const GMatchInfo *info,
                 GDate            *date)
{
  char alternative = matched_alternative (info);
  char day_group[] = { 'd', alternative, '\0' };
  char month_group[] = { 'm', alternative, '\0' };
  char year_group[] = { 'y', alternative, '\0' };
  int day = fetch_number (info, day_group);
  int month = fetch_number (info, month_group);
  int year = fetch_number (info, year_group);

  if (alternative == '1' || alternative == '2' || alternative == '5')
    {
      g_autofree char *name = g_match_info_fetch_named (info, month_group);

      month = month_from_name (name);
    }

  /* Day first is the European order; only a month above 12 proves the
   * American one. */
  if (alternative == '3' && month > 12 && day <= 12)
    {
      int swap = day;

      day = month;
      month = swap;
    }

  if (day < 1 || day > 31 || month < 1 || month > 12)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Finds the first valid date in @text; @start and @end get its byte span. */
static gboolean
find_date (const char *text,
           GDate      *date,
           int        *start,
           int        *end)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;

  g_regex_match (patterns ()->date, text, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      if (date_from_match (info, date))
        {
          g_match_info_fetch_pos (info, 0, start, end);
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
dossier_analysis_parse_date (const char *text,
                             GDate      *date)
{
  g_autofree char *valid = NULL;
  g_autofree char *line = NULL;
  GDate found;
  int start, end;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  valid = g_utf8_make_valid (text, -1);
  line = collapse_whitespace (valid, strlen (valid));
  g_date_clear (&found, 1);
  if (!find_date (line, &found, &start, &end))
    return FALSE;

  *date = found;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Datelines: "Brussels, 8 October 2014", "Paris, le 3 février 2021"         */

typedef enum
{
  DATELINE_NONE,
  DATELINE_STANDALONE,  /* the line is place and date only */
  DATELINE_EMBEDDED,    /* "Brussels, 19 April 2013. In a resolution…" */
} DatelineShape;

static const char * const date_labels[] = {
  "date:", "dated:", "dated", "datum:", "дата:", "fecha:", "data:",
};

/* Words that end a place before its date: "Paris, le", "Berlin, den". */
static const char * const date_articles[] = {
  "le", "den", "am", "the", "on", "el", "il", "dnia",
};

/* A sentence that begins with one of these and contains a date is body
 * text ("On 16 December 2011 police…"), not a dateline. */
static const char * const body_openers[] = {
  "on", "in", "at", "as", "by", "since", "from", "until", "till", "before",
  "after", "of", "during", "between", "also", "and", "but", "en", "au",
  "depuis", "dès", "le", "la", "les", "am", "im", "seit", "vom", "bis",
  "в", "с", "до", "от", "на", "по", "и", "we", "nous", "wir", "мы",
};

static gboolean
word_in_list (const char         *word,
              gsize               len,
              const char * const *list,
              gsize               n_list)
{
  g_autofree char *lower = g_utf8_strdown (word, len);

  for (gsize i = 0; i < n_list; i++)
    if (strcmp (lower, list[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
strip_date_label (char *prefix)
{
  /* The labels' letters are as long in bytes in either case. */
  g_autofree char *lower = g_utf8_strdown (prefix, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (date_labels); i++)
    {
      gsize len = strlen (date_labels[i]);

      if (g_str_has_prefix (lower, date_labels[i]) && len <= strlen (prefix))
        {
          memmove (prefix, prefix + len, strlen (prefix + len) + 1);
          return;
        }
    }
}

static void
strip_date_article (char *prefix)
{
  char *space = strrchr (prefix, ' ');
  char *word = space != NULL ? space + 1 : prefix;

  if (word_in_list (word, strlen (word), date_articles, G_N_ELEMENTS (date_articles)))
    *word = '\0';
}

static gboolean
is_place_connector (const char *word,
                    gsize       len)
{
  static const char * const connectors[] = {
    "and", "et", "und", "и", "de", "del", "upon", "am", "an", "der", "sur",
    "on", "la", "/", "-", "–", "&",
  };

  return word_in_list (word, len, connectors, G_N_ELEMENTS (connectors));
}

/* Whether @prefix, the text before a date, can be the place of a dateline:
 * a few capitalised words ("Oslo, Brussels, The Hague"), no digits. */
static gboolean
is_place (const char *prefix)
{
  g_auto(GStrv) words = NULL;

  if (g_utf8_strlen (prefix, -1) > MAX_PLACE_CHARS ||
      count_words (prefix) > MAX_PLACE_WORDS ||
      strpbrk (prefix, "0123456789:;()") != NULL)
    return FALSE;

  words = g_strsplit (prefix, " ", -1);
  if (word_in_list (words[0], strcspn (words[0], ",/"), body_openers,
                    G_N_ELEMENTS (body_openers)))
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strcspn (words[i], ",");

      if (!g_unichar_isupper (first_char (words[i])) &&
          !is_place_connector (words[i], len))
        return FALSE;
    }

  return TRUE;
}

/* Past the words and punctuation that close a date: "г.", "года", ",". */
static const char *
skip_date_end (const char *suffix)
{
  static const char * const year_words[] = { "г.", "г", "года", "гг.", "r.", "roku", "ж." };
  const char *p = suffix;

  while (*p == ' ' || *p == ',')
    p++;
  for (gsize i = 0; i < G_N_ELEMENTS (year_words); i++)
    {
      gsize len = strlen (year_words[i]);

      if (strncmp (p, year_words[i], len) == 0 &&
          !g_unichar_isalpha (first_char (p + len)))
        {
          p += len;
          break;
        }
    }

  while (*p != '\0' && strchr (" .,;)", *p) != NULL)
    p++;

  return p;
}

static const char *
skip_dash (const char *text)
{
  static const char * const dashes[] = { "– ", "— ", "- ", ": " };

  for (gsize i = 0; i < G_N_ELEMENTS (dashes); i++)
    if (g_str_has_prefix (text, dashes[i]))
      return text + strlen (dashes[i]);

  return text;
}

/* What follows the date decides between a dateline and a sentence. */
static DatelineShape
shape_of_suffix (const char *suffix)
{
  const char *p = skip_date_end (suffix);

  if (*p == '\0')
    return DATELINE_STANDALONE;

  /* A press-release dateline runs on into the first paragraph:
   * "Brussels, 19 April 2013. In a resolution…", "… 2016 – Today…". */
  if (p > suffix && strchr (suffix, '.') != NULL && strchr (suffix, '.') < p)
    return DATELINE_EMBEDDED;
  if (skip_dash (p) != p)
    return DATELINE_EMBEDDED;

  return DATELINE_NONE;
}

static char *
place_of_prefix (const char *line,
                 int         date_start)
{
  g_autofree char *prefix = g_strndup (line, date_start);

  g_strstrip (prefix);
  strip_date_label (prefix);
  g_strstrip (prefix);
  strip_trailing (prefix, " ,.-–");
  strip_date_article (prefix);
  strip_trailing (prefix, " ,.-–");
  g_strstrip (prefix);

  return g_steal_pointer (&prefix);
}

/* Classifies @line as a dateline; on success @date is set and @place gets
 * the place (NULL when the dateline has none). */
static DatelineShape
classify_dateline (const char  *line,
                   GDate       *date,
                   char       **place)
{
  g_autofree char *prefix = NULL;
  DatelineShape shape;
  int start, end;

  *place = NULL;
  if (!find_date (line, date, &start, &end))
    return DATELINE_NONE;

  shape = shape_of_suffix (line + end);
  if (shape == DATELINE_NONE)
    return DATELINE_NONE;

  prefix = place_of_prefix (line, start);
  if (*prefix != '\0' && !is_place (prefix))
    return DATELINE_NONE;

  if (*prefix != '\0')
    *place = is_all_caps (prefix) ? title_case (prefix) : g_steal_pointer (&prefix);

  return shape;
}

static gboolean
is_dateline (const char *line)
{
  g_autofree char *place = NULL;
  GDate date;

  g_date_clear (&date, 1);
  return classify_dateline (line, &date, &place) != DATELINE_NONE;
}

/* ------------------------------------------------------------------------ */
/* Language                                                                  */

typedef struct
{
  guint words;
  guint latin;
  guint cyrillic;
  guint other;
  GUnicodeScript other_script;
  guint kazakh;        /* ә ғ қ ң ө ұ ү һ */
  guint kazakh_only;   /* ә ұ қ ғ һ: not in Kyrgyz */
  guint dotted_i;       /* і, shared by Kazakh, Ukrainian, Belarusian */
  guint ukrainian;     /* ї є ґ */
  guint short_u;       /* ў */
  guint stopword_hits[N_LATIN_LANGUAGES];
} LanguageCounts;

static void
count_cyrillic (LanguageCounts *counts,
                gunichar        c)
{
  gunichar lower = g_unichar_tolower (c);

  counts->cyrillic++;
  switch (lower)
    {
    case 0x04D9: case 0x04B1: case 0x049B: case 0x0493: case 0x04BB:
      counts->kazakh++;
      counts->kazakh_only++;
      break;
    case 0x04A3: case 0x04E9: case 0x04AF:
      counts->kazakh++;
      break;
    case 0x0456:
      counts->dotted_i++;
      break;
    case 0x0457: case 0x0454: case 0x0491:
      counts->ukrainian++;
      break;
    case 0x045E:
      counts->short_u++;
      break;
    default:
      break;
    }
}

static void
count_letter (LanguageCounts *counts,
              gunichar        c)
{
  GUnicodeScript script;

  if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF))
    {
      counts->latin++;
      return;
    }
  if (c >= 0x0400 && c <= 0x052F)
    {
      count_cyrillic (counts, c);
      return;
    }

  script = g_unichar_get_script (c);
  if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED)
    {
      counts->other++;
      counts->other_script = script;
    }
}

static void
count_word (LanguageCounts *counts,
            const char     *word)
{
  guint mask;

  counts->words++;
  mask = GPOINTER_TO_UINT (g_hash_table_lookup (patterns ()->stopwords, word));
  for (guint language = 0; mask != 0 && language < N_LATIN_LANGUAGES; language++)
    if (mask & (1u << language))
      counts->stopword_hits[language]++;
}

/* One pass over @text: letters by script, words, stopwords.  Words are
 * lowercased into a small buffer, as a stopword is never long. */
static void
count_language_evidence (const char     *text,
                         LanguageCounts *counts)
{
  char word[32];
  gsize word_len = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      /* ASCII, most letters, is told and lowercased without tables. */
      gboolean ascii = (guchar) *p < 0x80;
      gunichar c = ascii ? (guchar) *p : g_utf8_get_char (p);
      gboolean letter = ascii ? g_ascii_isalpha (c)
                              : g_unichar_isalpha (c) || g_unichar_ismark (c);

      if (letter)
        {
          count_letter (counts, c);
          if (word_len + 6 < sizeof word && ascii)
            word[word_len++] = g_ascii_tolower ((char) c);
          else if (word_len + 6 < sizeof word)
            word_len += g_unichar_to_utf8 (g_unichar_tolower (c), word + word_len);
          else
            word_len = sizeof word;  /* too long to be a stopword */
          in_word = TRUE;
        }
      else if (in_word)
        {
          if (word_len < sizeof word)
            {
              word[word_len] = '\0';
              count_word (counts, word);
            }
          else
            counts->words++;
          word_len = 0;
          in_word = FALSE;
        }

      if (c == 0)
        break;
    }
}

static const char *
cyrillic_language (const LanguageCounts *counts)
{
  guint threshold = MAX (2, counts->cyrillic / 100);

  /* Kazakh, Kyrgyz and Ukrainian add letters to the Russian alphabet;
   * a few of them settle it, since Russian never uses them. */
  if (counts->kazakh >= threshold)
    return counts->kazakh_only == 0 && counts->dotted_i == 0 ? "ky" : "kk";
  if (counts->ukrainian > 0 || counts->dotted_i >= threshold)
    return counts->short_u > 0 ? "be" : "uk";

  return "ru";
}

static const char *
latin_language (const LanguageCounts *counts)
{
  guint best = 0;

  for (guint language = 1; language < N_LATIN_LANGUAGES; language++)
    if (counts->stopword_hits[language] > counts->stopword_hits[best])
      best = language;

  if (counts->stopword_hits[best] < 2)
    return NULL;

  return latin_language_codes[best];
}

static const char *
other_script_language (GUnicodeScript script)
{
  switch (script)
    {
    case G_UNICODE_SCRIPT_GREEK:
      return "el";
    case G_UNICODE_SCRIPT_ARABIC:
      return "ar";
    case G_UNICODE_SCRIPT_HEBREW:
      return "he";
    case G_UNICODE_SCRIPT_GEORGIAN:
      return "ka";
    case G_UNICODE_SCRIPT_ARMENIAN:
      return "hy";
    default:
      return NULL;
    }
}

char *
dossier_analysis_detect_language (const char *text)
{
  LanguageCounts counts = { 0, };
  g_autofree char *sample = NULL;
  const char *language;

  if (text == NULL)
    return NULL;

  /* Enough text to be sure, little enough to be fast on a 500-page report;
   * a character cut in half at the end is harmless. */
  sample = g_utf8_make_valid (text, strnlen (text, LANGUAGE_SAMPLE_BYTES));
  count_language_evidence (sample, &counts);
  if (counts.words < MIN_LANGUAGE_WORDS)
    return NULL;

  if (counts.cyrillic >= counts.latin && counts.cyrillic >= counts.other)
    language = cyrillic_language (&counts);
  else if (counts.latin >= counts.other)
    language = latin_language (&counts);
  else
    language = other_script_language (counts.other_script);

  return g_strdup (language);
}

/* ------------------------------------------------------------------------ */
/* The document as lines                                                     */

typedef struct
{
  GPtrArray *lines;   /* normalised, non-empty lines of all pages, in order */
  GString   *sample;  /* the start of the text, for the language guess */
  GString   *flat;    /* the start of the text as one line, for phrases */
} Document;

static void
document_free (Document *doc)
{
  g_ptr_array_unref (doc->lines);
  g_string_free (doc->sample, TRUE);
  g_string_free (doc->flat, TRUE);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Document, document_free)

static void
strip_markup_prefix (char *line)
{
  gsize skip = 0;

  while (line[skip] == '>' || line[skip] == '#')
    skip++;
  while (line[skip] == ' ')
    skip++;
  if (skip > 0)
    memmove (line, line + skip, strlen (line + skip) + 1);
}

static void
document_add_line (Document   *doc,
                   const char *start,
                   gsize       len)
{
  g_autofree char *line = collapse_whitespace (start, len);

  strip_markup_prefix (line);
  if (*line == '\0')
    return;

  /* Page numbers and running footers would otherwise be "the last line". */
  if (strlen (line) < 16 && matches (patterns ()->page_number, line))
    return;

  if (doc->flat->len < BEHALF_SAMPLE_BYTES)
    {
      if (doc->flat->len > 0)
        g_string_append_c (doc->flat, ' ');
      g_string_append (doc->flat, line);
    }
  g_ptr_array_add (doc->lines, g_steal_pointer (&line));
}

static void
document_add_page (Document   *doc,
                   const char *page)
{
  g_autofree char *valid = g_utf8_make_valid (page, -1);
  const char *start = valid;

  if (doc->sample->len < LANGUAGE_SAMPLE_BYTES)
    {
      g_string_append_len (doc->sample, valid,
                           MIN (strlen (valid), LANGUAGE_SAMPLE_BYTES - doc->sample->len));
      g_string_append_c (doc->sample, '\n');
    }

  while (*start != '\0')
    {
      gsize len = strcspn (start, "\n\r\f\v");

      document_add_line (doc, start, len);
      start += len;
      if (*start != '\0')
        start++;
    }
}

static Document *
document_new (const char * const *pages,
              guint               n_pages)
{
  Document *doc = g_new0 (Document, 1);

  doc->lines = g_ptr_array_new_with_free_func (g_free);
  doc->sample = g_string_new (NULL);
  doc->flat = g_string_new (NULL);

  for (guint i = 0; pages != NULL && i < n_pages; i++)
    if (pages[i] != NULL)
      document_add_page (doc, pages[i]);

  return doc;
}

static guint
document_n_lines (const Document *doc)
{
  return doc->lines->len;
}

static const char *
document_line (const Document *doc,
               guint           i)
{
  return g_ptr_array_index (doc->lines, i);
}

/* ------------------------------------------------------------------------ */
/* Layout: where the letter's furniture is                                   */

typedef struct
{
  guint          head_end;     /* lines [0, head_end) are the head */
  int            salutation;   /* line index or -1 */
  int            subject;
  int            dateline;
  DatelineShape  dateline_shape;
  GDate          date;
  char          *place;
  guint          body_start;   /* first line of the text proper */
} Layout;

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->place, g_free);
}

static gboolean
is_salutation (const char *line)
{
  guint n_words = count_words (line);
  gunichar last = last_char (line);

  if (n_words > 12 || !matches (patterns ()->salutation, line))
    return FALSE;

  /* "Madame X a été arrêtée…" opens a sentence, "Madame, Monsieur," a letter. */
  return last == ',' || last == ':' || last == '!' || n_words <= 5;
}

static int
find_line (const Document *doc,
           guint           from,
           guint           to,
           gboolean      (*predicate) (const char *line))
{
  for (guint i = from; i < to && i < document_n_lines (doc); i++)
    if (predicate (document_line (doc, i)))
      return i;

  return -1;
}

static gboolean
is_subject (const char *line)
{
  return matches (patterns ()->subject, line);
}

/* Tries lines [from, to) for a dateline of an accepted shape. */
static gboolean
find_dateline_in (const Document *doc,
                  guint           from,
                  guint           to,
                  gboolean        embedded_ok,
                  Layout         *layout)
{
  for (guint i = from; i < to && i < document_n_lines (doc); i++)
    {
      g_autofree char *place = NULL;
      GDate date;
      DatelineShape shape;

      g_date_clear (&date, 1);
      shape = classify_dateline (document_line (doc, i), &date, &place);
      if (shape == DATELINE_STANDALONE ||
          (shape == DATELINE_EMBEDDED && embedded_ok))
        {
          layout->dateline = i;
          layout->dateline_shape = shape;
          layout->date = date;
          layout->place = g_steal_pointer (&place);
          return TRUE;
        }
    }

  return FALSE;
}

/* The date of the letter is on its own line near the top, or next to the
 * signature; a date inside a sentence is what the letter is about. */
static void
find_dateline (const Document *doc,
               Layout         *layout)
{
  guint n = document_n_lines (doc);
  guint tail = n > DATELINE_TAIL_LINES ? n - DATELINE_TAIL_LINES : 0;

  if (find_dateline_in (doc, 0, DATELINE_HEAD_LINES, TRUE, layout))
    return;
  if (find_dateline_in (doc, MAX (tail, DATELINE_HEAD_LINES), n, FALSE, layout))
    return;
  find_dateline_in (doc, DATELINE_HEAD_LINES, tail, FALSE, layout);
}

static void
find_layout (const Document *doc,
             Layout         *layout)
{
  layout->head_end = MIN (HEAD_LINES, document_n_lines (doc));
  layout->salutation = find_line (doc, 0, layout->head_end, is_salutation);
  layout->subject = find_line (doc, 0, layout->head_end, is_subject);
  layout->dateline = -1;
  layout->dateline_shape = DATELINE_NONE;
  g_date_clear (&layout->date, 1);
  layout->place = NULL;
  layout->body_start = 0;
  find_dateline (doc, layout);
}

/* ------------------------------------------------------------------------ */
/* Kind                                                                      */

static const char * const kinds[] = {
  "letter", "press-release", "statement", "briefing", "resolution", "report",
  "other", NULL,
};

const char * const *
dossier_analysis_kinds (void)
{
  return kinds;
}

static gboolean
head_has_heading (const Document *doc,
                  GRegex         *regex,
                  guint           max_words)
{
  guint n = MIN (KIND_LINES, document_n_lines (doc));

  for (guint i = 0; i < n; i++)
    {
      const char *line = document_line (doc, i);

      if (count_words (line) <= max_words && matches (regex, line))
        return TRUE;
    }

  return FALSE;
}

static const char *
guess_kind (const Document *doc,
            const Layout   *layout)
{
  const Patterns *p = patterns ();

  if (head_has_heading (doc, p->press_release, 10))
    return "press-release";
  if (head_has_heading (doc, p->resolution, 40))
    return "resolution";
  if (layout->salutation >= 0)
    return "letter";
  if (head_has_heading (doc, p->statement, 20))
    return "statement";
  if (head_has_heading (doc, p->briefing, 15))
    return "briefing";
  if (head_has_heading (doc, p->report, 15))
    return "report";
  /* "Brussels, 19 April 2013. In a resolution…": the journalists' dateline
   * is how NGOs open a press release even when they do not say so. */
  if (layout->dateline_shape == DATELINE_EMBEDDED)
    return "press-release";

  return "other";
}

/* ------------------------------------------------------------------------ */
/* Title                                                                     */

static gboolean
is_kind_marker (const char *line)
{
  const Patterns *p = patterns ();

  if (count_words (line) > 4)
    return FALSE;

  return matches (p->press_release, line) || matches (p->statement, line) ||
         matches (p->briefing, line) || matches (p->report, line) ||
         matches (p->open_letter, line) || matches (p->resolution, line);
}

static gboolean
is_postal_address (const char *line)
{
  return count_words (line) <= 14 && matches (patterns ()->postal, line);
}

/* Lines of an address block: "Mr Josep Borrell", "High Representative of
 * the Union…", "European Commission", "Rue de la Loi 200". */
static gboolean
is_address_line (const char *line)
{
  const Patterns *p = patterns ();

  return matches (p->honorific, line) || matches (p->position, line) ||
         matches (p->institution, line) || is_postal_address (line);
}

static gboolean
is_name_connector (const char *word)
{
  static const char * const connectors[] = {
    "the", "and", "for", "of", "against", "in", "on", "de", "des", "du", "la",
    "le", "les", "et", "für", "und", "der", "die", "das", "&", "-", "–", "y",
    "e", "van", "von", "al", "to",
  };

  return word_in_list (word, strcspn (word, ","), connectors, G_N_ELEMENTS (connectors));
}

static gboolean
is_opening_punctuation (gunichar c)
{
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x00AB || c == 0x201C ||
         c == 0x201E || c == 0x2018;
}

static gboolean
is_capitalised_word (const char *word)
{
  const char *dot;

  while (*word != '\0' && is_opening_punctuation (g_utf8_get_char (word)))
    word = g_utf8_next_char (word);

  /* "e.V.", "U.S.": an abbreviation belongs to the name. */
  dot = strchr (word, '.');

  return g_unichar_isupper (first_char (word)) || g_unichar_isdigit (first_char (word)) ||
         (dot != NULL && dot[1] != '\0');
}

/* "International Partnership for Human Rights": capitalised words and
 * the small words between them, nothing else. */
static gboolean
has_name_shape (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (!is_capitalised_word (words[i]) && !is_name_connector (words[i]))
      return FALSE;

  return TRUE;
}

/* An organisation's name on a line of its own: a letterhead, not a title. */
static gboolean
is_letterhead_line (const char *line,
                    guint       index)
{
  const Patterns *p = patterns ();
  g_autoptr(GMatchInfo) info = NULL;
  int start, end;

  /* "Coalition Demands Release of Activists" is a headline in title case. */
  if (count_words (line) > 12 || strchr (line, ':') != NULL ||
      !g_regex_match (p->organisation_word, line, 0, &info) ||
      matches (p->advocacy_verb, line))
    return FALSE;

  if (has_name_shape (line))
    return TRUE;

  /* Names in languages that do not capitalise every word ("Ligue
   * européenne pour les libertés", "Казахстанское бюро…") start with or
   * soon reach their organisation word, and head the page. */
  g_match_info_fetch_pos (info, 0, &start, &end);
  return index < LETTERHEAD_LINES && count_words (line) <= 10 &&
         last_char (line) != '.' && g_utf8_strlen (line, start) < 40;
}

static gboolean
is_footnote_start (const char *line)
{
  gunichar c = first_char (line);

  return c == '*' || c == '^' || c == 0x00B9 || c == 0x00B2 || c == 0x00B3 ||
         (c >= 0x2070 && c <= 0x2079) || c == '[';
}

static gboolean
is_headline_candidate (const Document *doc,
                       guint           index,
                       gboolean        letter)
{
  const Patterns *p = patterns ();
  const char *line = document_line (doc, index);
  guint n_words = count_words (line);
  glong n_chars = g_utf8_strlen (line, -1);
  gunichar last = last_char (line);

  if (n_words < (letter ? 4 : 3) || n_chars < 12 || n_chars > 300)
    return FALSE;
  if (g_unichar_islower (first_char (line)) || is_footnote_start (line))
    return FALSE;
  if (last == ',' || last == ';' || (last == '.' && n_chars > 200))
    return FALSE;
  if (is_web_or_contact (line) || is_kind_marker (line))
    return FALSE;
  if (matches (p->salutation, line) || matches (p->subject, line) ||
      matches (p->closing, line) || matches (p->debris, line))
    return FALSE;
  if (matches (p->recipient, line) && !matches (p->open_letter, line))
    return FALSE;
  if (is_dateline (line) || is_postal_address (line) || is_letterhead_line (line, index))
    return FALSE;
  if (letter && is_address_line (line))
    return FALSE;

  return TRUE;
}

/* "…pressing human rights issues in" cannot be the end of a headline. */
static gboolean
ends_with_connector (const char *text)
{
  const char *space = strrchr (text, ' ');
  const char *word = space != NULL ? space + 1 : text;

  return g_unichar_islower (first_char (word)) && is_name_connector (word);
}

/* Whether @next continues @text: a headline broken over lines. */
static gboolean
continues_headline (const char *text,
                    const char *next)
{
  gunichar last = last_char (text);

  if (is_dateline (next) || is_kind_marker (next) || is_web_or_contact (next))
    return FALSE;
  if (last == ':')
    return TRUE;
  if (last == '.' || last == '!' || last == '?')
    return FALSE;
  if (g_unichar_islower (first_char (next)) || ends_with_connector (text))
    return TRUE;

  return is_all_caps (text) && is_all_caps (next);
}

static char *
extend_headline (const Document *doc,
                 guint           index,
                 guint           limit,
                 guint          *end)
{
  g_autoptr(GString) text = g_string_new (document_line (doc, index));

  for (*end = index + 1; *end < limit && *end < index + 3; (*end)++)
    {
      const char *next = document_line (doc, *end);

      if (!continues_headline (text->str, next) || text->len + strlen (next) > 4 * MAX_FIELD_CHARS)
        break;
      g_string_append_c (text, ' ');
      g_string_append (text, next);
    }

  /* A run of sentences is a paragraph, however it was laid out. */
  if (count_words (text->str) > 40 && last_char (text->str) == '.')
    return NULL;

  return tidy_field (text->str);
}

/* "Appeal to the EU:" above a headline is its first half. */
static gboolean
is_lead_in (const char *line)
{
  return last_char (line) == ':' && count_words (line) <= 8 && !is_kind_marker (line) &&
         !matches (patterns ()->subject, line) && !matches (patterns ()->recipient, line);
}

static char *
prepend_lead_in (const Document *doc,
                 guint           index,
                 char           *headline)
{
  const char *above = index > 0 ? document_line (doc, index - 1) : "";
  char *joined;

  if (headline == NULL || !is_lead_in (above))
    return headline;

  joined = g_strconcat (above, " ", headline, NULL);
  g_free (headline);
  return cap_length (joined, MAX_FIELD_CHARS);
}

/* A press release opening "Brussels, 19 April 2013. In a resolution…"
 * has its headline just above the dateline; anything higher is the
 * website's furniture. */
static char *
headline_above_dateline (const Document *doc,
                         const Layout   *layout,
                         guint          *end)
{
  guint from = layout->dateline > HEADLINE_LOOKBACK ? layout->dateline - HEADLINE_LOOKBACK : 0;

  for (int i = layout->dateline - 1; i >= (int) from; i--)
    {
      const char *line = document_line (doc, i);

      /* The second half of a headline broken over two lines. */
      if (g_unichar_islower (first_char (line)) && i > (int) from &&
          is_headline_candidate (doc, i - 1, FALSE))
        i--;

      if (is_headline_candidate (doc, i, FALSE))
        return prepend_lead_in (doc, i, extend_headline (doc, i, layout->dateline, end));
    }

  return NULL;
}

/* The headline, and in @end the line after it. */
static char *
find_headline (const Document *doc,
               const Layout   *layout,
               gboolean        letter,
               guint          *end)
{
  guint limit = layout->salutation >= 0 ? (guint) layout->salutation : layout->head_end;

  if (!letter && layout->dateline_shape == DATELINE_EMBEDDED)
    {
      char *headline = headline_above_dateline (doc, layout, end);

      if (headline != NULL)
        return headline;
    }

  for (guint i = 0; i < limit; i++)
    if (is_headline_candidate (doc, i, letter))
      return extend_headline (doc, i, limit, end);

  return NULL;
}

static char *
subject_of (const Document *doc,
            const Layout   *layout)
{
  g_autofree char *subject = NULL;
  guint next = layout->subject + 1;
  const char *following;

  subject = match_first_group (patterns ()->subject, document_line (doc, layout->subject));
  if (subject == NULL)
    return NULL;

  /* "Subject:" alone on its line, the subject on the next. */
  if (*subject == '\0' && next < document_n_lines (doc))
    {
      g_free (subject);
      subject = g_strdup (document_line (doc, next++));
    }

  /* A long subject wraps onto a line starting in lower case. */
  if (next < document_n_lines (doc))
    {
      following = document_line (doc, next);
      if (g_unichar_islower (first_char (following)) && !is_salutation (following) &&
          !is_dateline (following))
        {
          char *joined = g_strconcat (subject, " ", following, NULL);

          g_free (subject);
          subject = joined;
        }
    }

  return tidy_field (subject);
}

/* Where the text proper begins: after the headline and the dateline, or
 * on the dateline itself when the first paragraph runs on from it. */
static void
locate_body (Layout *layout,
             guint   headline_end)
{
  guint after_dateline = 0;

  if (layout->dateline_shape == DATELINE_EMBEDDED)
    {
      layout->body_start = layout->dateline;
      return;
    }

  if (layout->dateline >= 0 && (guint) layout->dateline < layout->head_end)
    after_dateline = layout->dateline + 1;
  layout->body_start = MAX (headline_end, after_dateline);
}

static char *
find_title (const Document *doc,
            Layout         *layout,
            const char     *kind)
{
  char *title = NULL;
  guint headline_end = 0;

  if (layout->subject >= 0)
    {
      title = subject_of (doc, layout);
      headline_end = layout->subject + 1;
    }
  if (title == NULL)
    title = find_headline (doc, layout, g_str_equal (kind, "letter"), &headline_end);

  locate_body (layout, headline_end);
  return title;
}

/* ------------------------------------------------------------------------ */
/* Recipient                                                                 */

/* "Mr Josep Borrell" and, on the next line, "High Representative…". */
static char *
join_position (const Document *doc,
               const char     *name,
               guint           next)
{
  const char *following = next < document_n_lines (doc) ? document_line (doc, next) : "";
  g_autofree char *joined = NULL;

  if (!matches (patterns ()->position, following) || count_words (following) > 16)
    return tidy_field (name);

  joined = g_strconcat (name, ", ", following, NULL);
  return tidy_field (joined);
}

static gboolean
is_personal_name (const char *line)
{
  guint n_words = count_words (line);

  return n_words >= 2 && n_words <= 4 && has_name_shape (line) &&
         strpbrk (line, "0123456789,:") == NULL &&
         !matches (patterns ()->organisation_word, line);
}

/* "…for Foreign Affairs and" / "Security Policy", "…Menschenrechte" /
 * "des Europäischen Parlaments": an addressee broken over lines. */
static gboolean
continues_address (const char *text,
                   const char *next)
{
  return !is_dateline (next) && !is_salutation (next) && !matches (patterns ()->subject, next) &&
         (g_unichar_islower (first_char (next)) || ends_with_connector (text));
}

static void
strip_leading_recipient_article (GString *text)
{
  static const char * const articles[] = { "the ", "die ", "den ", "der ", "das " };

  for (gsize i = 0; i < G_N_ELEMENTS (articles); i++)
    if (g_ascii_strncasecmp (text->str, articles[i], strlen (articles[i])) == 0)
      {
        g_string_erase (text, 0, strlen (articles[i]));
        return;
      }
}

/* "To the attention of X", "Кому: X", "An die X": X, with the lines it
 * runs on to and the name that follows a title ("…, Frau Dr. Hartmann"). */
static char *
recipient_after_marker (const Document *doc,
                        const char     *rest,
                        guint           next,
                        guint           limit)
{
  const Patterns *p = patterns ();
  g_autoptr(GString) text = g_string_new (rest);

  if (text->len == 0 && next < limit)
    g_string_assign (text, document_line (doc, next++));
  if (matches (p->honorific, text->str))
    return join_position (doc, text->str, next);

  for (guint joined = 0; next < limit && joined < 2; joined++, next++)
    {
      if (!continues_address (text->str, document_line (doc, next)))
        break;
      g_string_append_printf (text, " %s", document_line (doc, next));
    }
  if (next < limit && matches (p->honorific, document_line (doc, next)))
    g_string_append_printf (text, ", %s", document_line (doc, next));

  strip_leading_recipient_article (text);
  return tidy_field (text->str);
}

static char *
recipient_from_marker (const Document *doc,
                       guint           limit)
{
  for (guint i = 0; i < limit; i++)
    {
      g_autofree char *rest = match_first_group (patterns ()->recipient, document_line (doc, i));

      if (rest != NULL)
        return recipient_after_marker (doc, rest, i + 1, limit);
    }

  return NULL;
}

/* "Ms Kaja Kallas / High Representative…" in the address block. */
static char *
recipient_from_address_block (const Document *doc,
                              const Layout   *layout)
{
  const Patterns *p = patterns ();

  for (int i = 0; i < layout->salutation; i++)
    {
      const char *line = document_line (doc, i);

      if (!matches (p->honorific, line) || count_words (line) > 8 ||
          i == layout->subject || is_salutation (line))
        continue;

      /* "Специальному представителю ЕС…" / "г-ну Андреасу Линдбергу" */
      if (i > 0 && i - 1 != layout->dateline && matches (p->position, document_line (doc, i - 1)))
        {
          g_autofree char *joined = g_strconcat (document_line (doc, i - 1), ", ", line, NULL);

          return tidy_field (joined);
        }
      return join_position (doc, line, i + 1);
    }

  /* "President of the European Council / Charles Michel". */
  for (int i = 0; i < layout->salutation; i++)
    {
      const char *line = document_line (doc, i);
      const char *next = document_line (doc, i + 1);
      g_autofree char *joined = NULL;

      if (!matches (p->position, line) || count_words (line) > 16 || i == layout->subject)
        continue;
      if (!is_personal_name (next))
        return tidy_field (line);
      joined = g_strconcat (next, ", ", line, NULL);
      return tidy_field (joined);
    }

  return NULL;
}

/* Whether a salutation names nobody: "Dear Sir or Madam", "Madame, Monsieur". */
static gboolean
is_generic_address (const char *text)
{
  static const char * const generic[] = {
    "sir", "sirs", "madam", "madame", "monsieur", "mesdames", "messieurs", "or",
    "and", "et", "und", "ladies", "gentlemen", "damen", "herren", "colleagues",
    "friends", "all", "partners", "members", "коллеги", "друзья", "господа",
    "дамы", "и", "/", "sir/madam", "excellency", "excellencies",
  };
  g_auto(GStrv) words = g_strsplit_set (text, " ,", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' &&
        !word_in_list (words[i], strlen (words[i]), generic, G_N_ELEMENTS (generic)))
      return FALSE;

  return TRUE;
}

static char *
recipient_from_salutation (const Document *doc,
                           const Layout   *layout)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *whole = NULL;
  char *address;

  if (!g_regex_match (patterns ()->salutation, document_line (doc, layout->salutation), 0, &info))
    return NULL;

  rest = g_match_info_fetch_named (info, "rest");
  whole = g_match_info_fetch_named (info, "whole");
  address = rest != NULL && *rest != '\0' ? rest : whole;
  if (address == NULL || is_generic_address (address))
    return NULL;

  /* "Уважаемый господин Председатель!" */
  strip_trailing (address, "!. ");
  return tidy_field (address);
}

static char *
find_recipient (const Document *doc,
                const Layout   *layout)
{
  guint limit = layout->salutation >= 0 ? (guint) layout->salutation : layout->head_end;
  char *recipient = recipient_from_marker (doc, limit);

  if (recipient == NULL && layout->salutation >= 0)
    recipient = recipient_from_address_block (doc, layout);
  if (recipient == NULL && layout->salutation >= 0)
    recipient = recipient_from_salutation (doc, layout);

  return recipient;
}

/* ------------------------------------------------------------------------ */
/* Senders                                                                   */

typedef struct
{
  char     *name;
  char     *acronym;     /* "IPHR" for "International Partnership…", or NULL */
  gboolean  standalone;  /* written as a name on its own, not inside a sentence */
} Sender;

static void
sender_free (Sender *sender)
{
  g_free (sender->name);
  g_free (sender->acronym);
  g_free (sender);
}

/* The organisations found so far, and how names are written here. */
typedef struct
{
  GPtrArray *senders;  /* Sender */
  gboolean   english;  /* every main word of a name is capitalised */
} SenderSearch;

static gboolean
is_acronym (const char *word)
{
  static const char * const not_senders[] = {
    "osce", "eeas", "ngo", "ngos", "upr", "pca", "epca", "ceo", "usa", "mep",
    "meps", "ohchr", "unhcr", "cis", "odihr", "hrd", "hrds", "knb", "ussr",
    "cso", "csos", "ec", "eu", "un", "нпо", "оон", "обсе", "ес", "снг", "кнб",
    /* Headings set in capitals. */
    "joint", "press", "release", "statement", "report", "open", "letter",
    "brief", "note", "dear", "annex", "draft", "urgent", "appeal", "update",
  };
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isupper (g_utf8_get_char (p)))
        return FALSE;
      n++;
    }

  return n >= 3 && n <= 6 &&
         !word_in_list (word, strlen (word), not_senders, G_N_ELEMENTS (not_senders));
}

/* The initials of a name's capitalised words: "Norwegian Helsinki Committee"
 * → "NHC", to recognise it when a signature only gives the acronym. */
static char *
initials_of (const char *name)
{
  g_autoptr(GString) initials = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (word_start && g_unichar_isupper (c))
        g_string_append_unichar (initials, c);
      word_start = c == ' ' || c == '-' || c == '(' || c == '"' || c == 0x00AB;
    }

  return g_string_free (g_steal_pointer (&initials), FALSE);
}

static gboolean
abbreviates (const char *acronym,
             const char *name)
{
  g_autofree char *initials = initials_of (name);

  return g_utf8_strlen (acronym, -1) >= 3 && g_str_has_prefix (initials, acronym);
}

/* What two spellings of one organisation share, however inflected:
 * "Фонд «Открытая степь»" and "Фонда «Открытая степь»" alike. */
static char *
comparison_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autoptr(GString) key = g_string_new (NULL);
  guint in_word = 0;
  const char *word_start = NULL;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          if (in_word++ == 0)
            word_start = p;
          continue;
        }
      if (in_word >= 3)
        {
          const char *stem_end = g_utf8_offset_to_pointer (word_start, MIN (in_word, 4));

          g_string_append_len (key, word_start, stem_end - word_start);
          g_string_append_c (key, ' ');
        }
      in_word = 0;
      if (c == 0)
        break;
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
sender_replace_name (Sender     *sender,
                     const char *name,
                     gboolean    standalone)
{
  g_free (sender->name);
  sender->name = g_strdup (name);
  sender->standalone = standalone;
}

static gboolean
merge_acronym (Sender     *existing,
               const char *name,
               const char *acronym,
               gboolean    standalone)
{
  if (is_acronym (name))
    return (existing->acronym != NULL && g_str_equal (existing->acronym, name)) ||
           abbreviates (name, existing->name) || g_str_equal (existing->name, name);

  /* A full name for what was so far known by its acronym only. */
  if (is_acronym (existing->name) &&
      ((acronym != NULL && g_str_equal (acronym, existing->name)) ||
       abbreviates (existing->name, name)))
    {
      g_free (existing->acronym);
      existing->acronym = g_strdup (existing->name);
      sender_replace_name (existing, name, standalone);
      return TRUE;
    }

  return acronym != NULL && existing->acronym != NULL &&
         g_str_equal (acronym, existing->acronym);
}

/* Adds an organisation unless it is already listed under this or another
 * spelling; the full name and the spelling of a letterhead or signature
 * (nominative, not inflected by a sentence) win. */
static void
add_sender (SenderSearch *search,
            const char   *name,
            const char   *acronym,
            gboolean      standalone)
{
  GPtrArray *senders = search->senders;
  g_autofree char *key = NULL;
  Sender *sender;

  if (name == NULL || *name == '\0' || matches (patterns ()->not_a_sender, name))
    return;

  key = comparison_key (name);
  for (guint i = 0; i < senders->len; i++)
    {
      Sender *existing = g_ptr_array_index (senders, i);
      g_autofree char *existing_key = comparison_key (existing->name);

      if (g_str_equal (key, existing_key))
        {
          if (standalone && !existing->standalone)
            sender_replace_name (existing, name, standalone);
          if (existing->acronym == NULL && acronym != NULL)
            existing->acronym = g_strdup (acronym);
          return;
        }
      if (merge_acronym (existing, name, acronym, standalone))
        return;
    }

  sender = g_new0 (Sender, 1);
  sender->name = g_strdup (name);
  sender->acronym = g_strdup (acronym);
  sender->standalone = standalone;
  g_ptr_array_add (senders, sender);
}

/* Splits "Name (ACR)" into name and acronym; @text is modified. */
static char *
take_bracketed_acronym (char *text)
{
  gsize len = strlen (text);
  char *open;
  char *acronym;
  guint upper = 0;

  if (len < 4 || text[len - 1] != ')' || (open = strrchr (text, '(')) == NULL)
    return NULL;

  acronym = g_strndup (open + 1, text + len - 1 - (open + 1));
  for (const char *p = acronym; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      upper++;
  if (upper < 2 || strchr (acronym, ' ') != NULL || g_utf8_strlen (acronym, -1) > 10)
    {
      g_free (acronym);
      return NULL;
    }

  *open = '\0';
  g_strchomp (text);
  return acronym;
}

static void
strip_leading_article (char *text)
{
  static const char * const articles[] = {
    "the ", "de la ", "de l'", "de l’", "du ", "des ", "de ", "la ", "le ",
    "les ", "l'", "l’", "der ", "die ", "dem ", "den ", "das ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      gsize len = strlen (articles[i]);

      if (g_ascii_strncasecmp (text, articles[i], len) == 0)
        {
          memmove (text, text + len, strlen (text + len) + 1);
          return;
        }
    }
}

static gboolean
is_bullet (gunichar c)
{
  /* U+F0B7 is the bullet of Word's Symbol font, as Poppler extracts it. */
  return c == '-' || c == '*' || c == '>' || c == ' ' || c == 0x2022 ||
         c == 0x25E6 || c == 0x25AA || c == 0x25CF || c == 0x00B7 || c == 0x2013 ||
         c == 0x2014 || c == 0x25BA || c == 0x2023 || c == 0x2043 || c == 0xF0B7;
}

static void
strip_list_marker (char *text)
{
  const char *p = text;

  while (*p != '\0' && is_bullet (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (g_ascii_isdigit (*p) && (p[1] == '.' || p[1] == ')'))
    p += 2;
  while (*p == ' ')
    p++;
  memmove (text, p, strlen (p) + 1);
}

/* Connectors between a job title and the organisation it is held in:
 * "Head of the EU Office of the Open Dialog Foundation". */
static const char * const title_connectors[] = {
  " of the ", " of ", " de la ", " de l'", " de l’", " du ", " des ", " de ",
  " der ", " des ", " von ", " vom ",
};

static const char *
next_title_connector (const char *text,
                      gsize      *connector_len)
{
  const char *best = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (title_connectors); i++)
    {
      const char *found = strstr (text, title_connectors[i]);

      if (found != NULL && (best == NULL || found < best))
        {
          best = found;
          *connector_len = strlen (title_connectors[i]);
        }
    }

  return best;
}

/* Drops leading segments without an organisation word while what remains
 * still has one: "Director of the Centre…" → "Centre…". */
static const char *
skip_job_title (const char *text)
{
  const Patterns *p = patterns ();
  const char *rest = text;

  for (;;)
    {
      gsize connector_len = 0;
      const char *connector = next_title_connector (rest, &connector_len);
      g_autofree char *segment = NULL;

      if (connector == NULL)
        return rest;
      segment = g_strndup (rest, connector - rest);
      if (matches (p->organisation_word, segment) ||
          !matches (p->organisation_word, connector + connector_len))
        return rest;
      rest = connector + connector_len;
    }
}

/* Russian job titles precede the organisation in the genitive, without
 * a connector: "директор Казахстанского бюро…". */
static const char *
skip_russian_job_title (const char *text)
{
  static const char * const titles[] = {
    "директор", "исполнительный", "председатель", "сопредседатель",
    "руководитель", "координатор", "президент", "глава", "член", "правления",
    "юрист", "эксперт", "программный", "менеджер",
  };
  const char *rest = text;

  for (;;)
    {
      gsize len = strcspn (rest, " ,");

      if (rest[len] != ' ' || !word_in_list (rest, len, titles, G_N_ELEMENTS (titles)))
        return rest;
      rest += len + 1;
    }
}

/* An acronym in a signature: "Brigitte Dufour, IPHR Director" → "IPHR".
 * "Brigitte DUFOUR" is a surname in capitals, not an acronym. */
static char *
acronym_in_fragment (const char *fragment)
{
  g_auto(GStrv) words = g_strsplit (fragment, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!is_acronym (words[i]))
        continue;
      if (i > 0 && g_unichar_isupper (first_char (words[i - 1])) && has_lowercase (words[i - 1]))
        continue;
      return g_strdup (words[i]);
    }

  return NULL;
}

/* The organisation named in @fragment (a letterhead line, one part of a
 * signature line or of a list), as name and acronym; FALSE if none. */
static gboolean
organisation_from_fragment (const char  *fragment,
                            gboolean     allow_acronym,
                            char       **name,
                            char       **acronym)
{
  g_autofree char *text = g_strdup (fragment);
  const char *start;

  *name = NULL;
  *acronym = NULL;
  strip_list_marker (text);
  g_strstrip (text);
  strip_trailing (text, " ,;:");
  if (*text == '\0' || is_web_or_contact (text) || count_words (text) > 16)
    return FALSE;

  *acronym = take_bracketed_acronym (text);
  if (matches (patterns ()->organisation_word, text))
    {
      start = skip_russian_job_title (skip_job_title (text));
      *name = g_strdup (start);
      strip_leading_article (*name);
      strip_trailing (*name, " ,;:");
      return **name != '\0';
    }

  if (*acronym != NULL && *text != '\0')
    {
      *name = g_strdup (text);
      strip_leading_article (*name);
      return TRUE;
    }
  g_clear_pointer (acronym, g_free);

  if (allow_acronym)
    *name = acronym_in_fragment (text);

  return *name != NULL;
}

/* Prose that merely contains "society" or "union" is not a name: in
 * English every main word of a name is capitalised; elsewhere the
 * organisation word comes first or nearly ("Казахстанское бюро…"), or
 * last in Kazakh ("…құқықтары бюросы"). */
static gboolean
looks_like_name (const char *name,
                 gboolean    english)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *before = NULL;
  int start, end;

  if (count_words (name) > 12)
    return FALSE;
  if (english || is_acronym (name))
    return has_name_shape (name);
  if (!g_regex_match (patterns ()->organisation_word, name, 0, &info))
    return TRUE;

  g_match_info_fetch_pos (info, 0, &start, &end);
  before = g_strndup (name, start);
  if (count_words (before) <= 2)
    return TRUE;

  while (g_match_info_next (info, NULL))
    g_match_info_fetch_pos (info, 0, &start, &end);
  return name[end] == '\0';
}

static void
add_sender_from_fragment (SenderSearch *search,
                          const char   *fragment,
                          gboolean      allow_acronym,
                          gboolean      standalone)
{
  g_autofree char *name = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *tidy = NULL;

  if (!organisation_from_fragment (fragment, allow_acronym, &name, &acronym))
    return;

  tidy = tidy_field (name);
  if (tidy != NULL && looks_like_name (tidy, search->english))
    add_sender (search, tidy, acronym, standalone);
}

/* The parts of a letterhead or signature line: "Name, Title, Organisation",
 * "Name – Organisation", "Organisation | address". */
static void
add_senders_from_line (SenderSearch *search,
                       const char   *line,
                       gboolean      allow_acronym)
{
  g_auto(GStrv) parts = g_regex_split (patterns ()->fragment_separator, line, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    add_sender_from_fragment (search, parts[i], allow_acronym, TRUE);
}

/* Whether line @i is a line of its own, not part of a wrapped paragraph. */
static gboolean
stands_alone (const Document *doc,
              guint           i)
{
  const char *line = document_line (doc, i);
  const char *previous = i > 0 ? document_line (doc, i - 1) : "";
  const char *next = i + 1 < document_n_lines (doc) ? document_line (doc, i + 1) : "";
  gunichar before = last_char (previous);

  return before != ',' && before != ';' && !ends_with_connector (previous) &&
         !ends_with_connector (line) && !g_unichar_islower (first_char (next));
}

static void
find_letterhead_senders (const Document *doc,
                         const Layout   *layout,
                         const char     *title,
                         SenderSearch   *search)
{
  const Patterns *p = patterns ();
  guint n = MIN (LETTERHEAD_LINES, layout->head_end);

  for (guint i = 0; i < n; i++)
    {
      const char *line = document_line (doc, i);

      if ((int) i == layout->salutation || (int) i == layout->subject ||
          matches (p->recipient, line) || matches (p->honorific, line) ||
          matches (p->position, line))
        break;
      /* The text proper starts on an embedded dateline. */
      if ((int) i == layout->dateline && layout->dateline_shape == DATELINE_EMBEDDED)
        break;
      /* A report's byline may follow its title and date. */
      if ((int) i == layout->dateline || is_kind_marker (line) ||
          matches (p->institution, line) || (title != NULL && g_str_has_prefix (title, line)))
        continue;
      if (is_letterhead_line (line, i) && stands_alone (doc, i))
        add_senders_from_line (search, line, FALSE);
    }
}

/* Splits a list "A (X), B and the C" into its items, keeping together
 * what one name contains ("Bureau for Human Rights and Rule of Law"). */
static GPtrArray *
split_organisation_list (const char *phrase)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_regex_split (patterns ()->list_separator, phrase, 0);

  /* parts alternates item, separator, item, … */
  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      g_autofree char *item = g_strdup (parts[i]);
      g_autofree char *acronym = take_bracketed_acronym (item);
      gboolean is_organisation = matches (patterns ()->organisation_word, item) ||
                                 (acronym != NULL && abbreviates (acronym, item)) ||
                                 is_acronym (item);

      if (!is_organisation && items->len > 0)
        {
          char *previous = g_ptr_array_steal_index (items, items->len - 1);

          g_ptr_array_add (items, g_strconcat (previous, parts[i - 1], parts[i], NULL));
          g_free (previous);
        }
      else
        g_ptr_array_add (items, g_strdup (parts[i]));

      if (parts[i + 1] == NULL)
        break;
    }

  return items;
}

/* In English a name runs while its words are capitalised:
 * "International Partnership for Human Rights (IPHR) and the Norwegian
 * Helsinki Committee (NHC) with regard to…" ends before "with". */
static char *
capitalised_run (const char *phrase)
{
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  g_autoptr(GString) run = g_string_new (NULL);
  guint keep = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      const char *before = i > 0 ? words[i - 1] : "";

      /* "(NHC)" closes a name: only "and" or a comma may lead to the next. */
      if (g_str_has_suffix (before, ")") && !g_str_equal (word, "and") &&
          !g_str_equal (word, "&"))
        break;
      if (is_capitalised_word (word))
        keep = i + 1;
      else if (!is_name_connector (word))
        break;
    }

  for (guint i = 0; i < keep; i++)
    {
      if (i > 0)
        g_string_append_c (run, ' ');
      g_string_append (run, words[i]);
    }

  return g_string_free (g_steal_pointer (&run), FALSE);
}

static void
drop_last_lowercase_word (char *phrase)
{
  char *space;

  g_strchomp (phrase);
  space = strrchr (phrase, ' ');
  if (space != NULL && g_unichar_islower (first_char (space + 1)))
    *space = '\0';
}

/* A name from a list after "on behalf of" or before "urge": an acronym
 * only when it stands alone, never one picked out of a longer phrase. */
static void
add_sender_from_list_item (SenderSearch *search,
                           const char   *item)
{
  g_autofree char *text = g_strstrip (g_strdup (item));

  strip_trailing (text, " ,;:.");
  if (is_acronym (text))
    add_sender (search, text, NULL, FALSE);
  else
    add_sender_from_fragment (search, text, FALSE, FALSE);
}

/* The text after "on behalf of" up to where the names end. */
static char *
behalf_phrase (const char *text,
               gboolean    english)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *phrase = g_strndup (text, utf8_prefix_length (text, 600));
  int start, end;

  if (g_regex_match (patterns ()->clause_end, phrase, 0, &info))
    {
      g_autofree char *stop = g_match_info_fetch (info, 0);

      g_match_info_fetch_pos (info, 0, &start, &end);
      phrase[start] = '\0';
      /* German puts the verb before its subject: "im Namen des Komitees
       * wenden wir uns…". */
      if (g_ascii_strcasecmp (stop, "wir") == 0 || g_ascii_strcasecmp (stop, "ich") == 0)
        drop_last_lowercase_word (phrase);
    }

  if (english)
    {
      char *run = capitalised_run (phrase);

      g_free (phrase);
      phrase = run;
    }

  return g_steal_pointer (&phrase);
}

/* "On behalf of" names the senders only when they speak: "We are writing
 * on behalf of…", not "a statement delivered on behalf of the EU". */
static gboolean
spoken_in_first_person (const char *flat,
                        int         start,
                        int         end)
{
  int len = strlen (flat);
  int from = MAX (0, start - BEHALF_CONTEXT_BYTES);
  int to = MIN (len, end + BEHALF_CONTEXT_BYTES);
  g_autofree char *context = NULL;

  while (from > 0 && ((guchar) flat[from] & 0xC0) == 0x80)
    from--;
  while (to < len && ((guchar) flat[to] & 0xC0) == 0x80)
    to++;
  context = g_strndup (flat + from, to - from);

  return matches (patterns ()->first_person, context);
}

static void
find_behalf_senders (const Document *doc,
                     SenderSearch   *search)
{
  g_autoptr(GMatchInfo) info = NULL;
  const char *flat = doc->flat->str;

  g_regex_match (patterns ()->behalf, flat, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      g_autofree char *phrase = NULL;
      g_autoptr(GPtrArray) items = NULL;
      g_autofree char *authors = g_match_info_fetch_named (info, "authors");
      int start, end;

      /* "Prepared by" always names the authors; "on behalf of" only in
       * the authors' own words. */
      g_match_info_fetch_pos (info, 0, &start, &end);
      if ((authors == NULL || *authors == '\0') && !spoken_in_first_person (flat, start, end))
        continue;

      phrase = behalf_phrase (flat + end, search->english);
      items = split_organisation_list (phrase);
      for (guint i = 0; i < items->len; i++)
        add_sender_from_list_item (search, g_ptr_array_index (items, i));
    }
}

/* Walking back from the verb: "…a new phase, the Norwegian Helsinki
 * Committee (NorHC), IPHR and the NethHC appeal…" starts at "the". */
static char *
capitalised_run_before (const char *phrase)
{
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (words);
  guint first = n;

  for (guint i = n; i-- > 0;)
    {
      const char *word = words[i];
      const char *before = i > 0 ? words[i - 1] : "";

      if (is_capitalised_word (word))
        first = i;
      else if (g_str_equal (word, "with") && g_str_equal (before, "together"))
        i--;
      else if (g_str_equal (word, "the") && !is_name_connector (before) &&
               !g_str_has_suffix (before, ","))
        {
          first = i;
          break;
        }
      else if (!is_name_connector (word))
        break;
    }

  return first < n ? g_strjoinv (" ", words + first) : g_strdup ("");
}

/* "Brussels-based International Partnership…" */
static void
strip_based_prefix (char *item)
{
  char *based = strstr (item, "-based ");

  if (based != NULL && strchr (item, ' ') > based)
    memmove (item, based + strlen ("-based "), strlen (based + strlen ("-based ")) + 1);
}

static char *
subject_before_verb (const char *flat,
                     int         verb_start,
                     gboolean    english)
{
  int from = MAX (0, verb_start - 400);
  g_autofree char *before = NULL;
  const char *sentence;

  while (from > 0 && ((guchar) flat[from] & 0xC0) == 0x80)
    from--;
  before = g_strndup (flat + from, verb_start - from);
  g_strchomp (before);

  /* The sentence the verb is in. */
  sentence = before;
  for (const char *p = before; *p != '\0'; p++)
    if ((p[0] == '.' || p[0] == '!' || p[0] == '?') && p[1] == ' ' &&
        (p - before < 3 || p[-2] != ' '))
      sentence = p + 2;

  if (english)
    return capitalised_run_before (sentence);

  return count_words (sentence) <= 14 ? g_strdup (sentence) : g_strdup ("");
}

/* The first paragraph, without the date it may open with. */
static char *
first_paragraph (const Document *doc,
                 const Layout   *layout)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = document_n_lines (doc);

  for (guint i = layout->body_start; i < n && i < layout->body_start + 12; i++)
    {
      const char *line = document_line (doc, i);

      if ((int) i == layout->dateline && layout->dateline_shape == DATELINE_EMBEDDED)
        {
          GDate date;
          int start, end;

          if (find_date (line, &date, &start, &end))
            line = skip_dash (skip_date_end (line + end));
        }
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Press releases and statements name their authors as the subject of the
 * first sentences: "IPHR welcomes…", "A, B and C have urged the EU…". */
static void
find_advocacy_senders (const Document *doc,
                       const Layout   *layout,
                       SenderSearch   *search)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *head = first_paragraph (doc, layout);
  guint n_verbs = 0;

  g_regex_match (patterns ()->advocacy_verb, head, 0, &info);
  for (; g_match_info_matches (info) && n_verbs < 4; g_match_info_next (info, NULL), n_verbs++)
    {
      g_autofree char *subject = NULL;
      g_autoptr(GPtrArray) items = NULL;
      int start, end;

      g_match_info_fetch_pos (info, 0, &start, &end);
      subject = subject_before_verb (head, start, search->english);
      items = split_organisation_list (subject);
      for (guint i = 0; i < items->len; i++)
        {
          char *item = g_ptr_array_index (items, i);

          strip_based_prefix (item);
          add_sender_from_list_item (search, item);
        }
    }
}

static gboolean
is_closing (const char *line)
{
  return matches (patterns ()->closing, line);
}

/* Lines after "Sincerely," / "Signatories:" / "For more information":
 * names, job titles, organisations. */
static void
add_signature_block (const Document *doc,
                     guint           closing,
                     SenderSearch   *search)
{
  g_autofree char *rest = match_first_group (patterns ()->closing, document_line (doc, closing));
  guint n = document_n_lines (doc);

  if (rest != NULL && *rest != '\0' && count_words (rest) <= 30)
    add_senders_from_line (search, rest, TRUE);

  for (guint i = closing + 1; i < n && i <= closing + SIGNATURE_LINES; i++)
    {
      const char *line = document_line (doc, i);

      if (is_closing (line))
        return;
      /* Body text again: a postscript, the next page's article. */
      if (count_words (line) > 16)
        return;
      if (is_footnote_start (line))
        continue;
      add_senders_from_line (search, line, TRUE);
    }
}

static void
find_signature_senders (const Document *doc,
                        const Layout   *layout,
                        SenderSearch   *search)
{
  guint n = document_n_lines (doc);
  guint from = n > TAIL_LINES ? n - TAIL_LINES : 0;

  /* The letter's own closing comes after its salutation. */
  if (layout->salutation >= 0)
    from = MAX (from, (guint) layout->salutation + 1);

  for (guint i = from; i < n; i++)
    if (is_closing (document_line (doc, i)))
      add_signature_block (doc, i, search);
}

static char **
find_senders (const Document *doc,
              const Layout   *layout,
              const char     *kind,
              const char     *language,
              const char     *title)
{
  g_autoptr(GPtrArray) senders = g_ptr_array_new_with_free_func ((GDestroyNotify) sender_free);
  SenderSearch search = { senders, g_strcmp0 (language, "en") == 0 };
  char **names;

  find_letterhead_senders (doc, layout, title, &search);
  find_behalf_senders (doc, &search);
  if (!g_str_equal (kind, "letter"))
    find_advocacy_senders (doc, layout, &search);
  find_signature_senders (doc, layout, &search);

  names = g_new0 (char *, senders->len + 1);
  for (guint i = 0; i < senders->len; i++)
    {
      Sender *sender = g_ptr_array_index (senders, i);

      names[i] = g_steal_pointer (&sender->name);
    }

  return names;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */

DossierAnalysis *
dossier_analyse_pages (const char * const *pages,
                       guint               n_pages)
{
  g_autoptr(Document) doc = document_new (pages, n_pages);
  DossierAnalysis *analysis = g_new0 (DossierAnalysis, 1);
  Layout layout;

  find_layout (doc, &layout);
  analysis->language = dossier_analysis_detect_language (doc->sample->str);
  analysis->kind = g_strdup (guess_kind (doc, &layout));
  analysis->title = find_title (doc, &layout, analysis->kind);
  analysis->recipient = find_recipient (doc, &layout);
  analysis->senders = find_senders (doc, &layout, analysis->kind, analysis->language,
                                    analysis->title);
  if (g_date_valid (&layout.date))
    {
      analysis->date = g_strdup_printf ("%04u-%02u-%02u",
                                        g_date_get_year (&layout.date),
                                        g_date_get_month (&layout.date),
                                        g_date_get_day (&layout.date));
      analysis->place = g_steal_pointer (&layout.place);
    }

  layout_clear (&layout);
  return analysis;
}

void
dossier_analysis_free (DossierAnalysis *analysis)
{
  if (analysis == NULL)
    return;

  g_free (analysis->title);
  g_free (analysis->date);
  g_free (analysis->place);
  g_strfreev (analysis->senders);
  g_free (analysis->recipient);
  g_free (analysis->kind);
  g_free (analysis->language);
  g_free (analysis);
}
