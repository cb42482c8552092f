/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <json-glib/json-glib.h>

/* dossier-bench-gen: writes N invented advocacy letters (NGO coalitions
 * writing to EU institutions about human rights in Central Asia, the
 * South Caucasus and Eastern Europe) as PDFs, plus a truth.jsonl that
 * says what each one is about.  Benchmarks import, search and tagging
 * on text that reads like the real thing.
 *
 * Everything a letter contains is drawn from a GRand seeded with
 * {seed, index} only, so a letter never depends on which other letters
 * the process writes (--shard) or on the order it writes them in.
 *
 * Templates use a small markup, expanded by expand_into ():
 *   {slot} or {slot:form}  a value from the letter (country, dates, case…)
 *   <a|b|c>                one alternative, chosen at random
 *   [m|f]                  chosen by the gender of the case person in focus
 */

/* ------------------------------------------------------------------ */
/* Basic vocabulary                                                    */

typedef enum
{
  LANG_EN,
  LANG_RU,
  LANG_FR,
  LANG_DE,
  N_LANGS
} Lang;

static const char *const lang_codes[N_LANGS] = { "en", "ru", "fr", "de" };

typedef enum
{
  KIND_LETTER,
  KIND_PRESS_RELEASE,
  KIND_JOINT_STATEMENT,
  KIND_BRIEFING,
  KIND_REPORT,
  N_KINDS
} Kind;

static const char *const kind_ids[N_KINDS] = {
  "letter", "press-release", "joint-statement", "briefing-paper", "report"
};

typedef enum
{
  ISSUE_EXPRESSION,
  ISSUE_MEDIA,
  ISSUE_ASSEMBLY,
  ISSUE_ASSOCIATION,
  ISSUE_RELIGION,
  ISSUE_TORTURE,
  ISSUE_FAIR_TRIAL,
  ISSUE_POLITICAL_PRISONERS,
  ISSUE_ELECTIONS,
  ISSUE_LABOUR,
  ISSUE_DEFENDERS,
  ISSUE_TRANSNATIONAL,
  ISSUE_LGBTI,
  ISSUE_WOMEN,
  N_ISSUES
} Issue;

typedef struct
{
  const char *const *items;
  guint n;
} Pool;

#define POOL(array) { (array), G_N_ELEMENTS (array) }

/* The four texts of one phrase, indexed by Lang. */
typedef const char *Text4[N_LANGS];

typedef enum
{
  AGR_PCA,
  AGR_EPCA,
  AGR_AA,
  AGR_CEPA
} Agreement;

typedef enum
{
  REGION_CENTRAL_ASIA,
  REGION_EASTERN_PARTNERSHIP,
  REGION_RUSSIA
} Region;

typedef enum
{
  SURNAME_OV,        /* -ов/-ев/-ин: declined like possessive adjectives */
  SURNAME_SKY,       /* -ский/-ская; cyr holds the stem without ending */
  SURNAME_CONSONANT, /* Петросян, Жук: declined for men only */
  SURNAME_FIXED      /* Петренко, Беридзе, Русу: never declined */
} SurnameType;

typedef struct
{
  const char *lat;
  const char *cyr;
} NamePart;

typedef struct
{
  const char *lat;
  const char *lat_f; /* NULL: derive from lat */
  const char *cyr;
  SurnameType type;
} Surname;

typedef struct
{
  Text4 name;
  const char *ru_in;
  const char *ru_from;
} City;

typedef struct
{
  /* en: name, "in X", "of X", "to X", adjective
   * ru: name, "в X" (prep.), genitive, "в X" (acc.), adjective stem
   * fr: name, "au X", "du X", "au X", feminine plural adjective
   * de: name, "in X", "von X"/"der X", "nach X", adjective stem */
  const char *name, *in, *of, *to, *adj;
} CountryForms;

typedef struct
{
  const char *iso;
  Agreement agreement;
  Region region;
  gboolean gsp;
  guint weight;
  CountryForms forms[N_LANGS];
  City cities[3];
  NamePart male[6];
  NamePart female[6];
  Surname surnames[7];
} Country;

#define OV(l, c) { l, NULL, c, SURNAME_OV }
#define CONS(l, c) { l, NULL, c, SURNAME_CONSONANT }
#define FIXED(l, c) { l, NULL, c, SURNAME_FIXED }

static const Country countries[] = {
  { "KAZ", AGR_EPCA, REGION_CENTRAL_ASIA, FALSE, 18,
    { { "Kazakhstan", "in Kazakhstan", "of Kazakhstan", "to Kazakhstan", "Kazakhstani" },
      { "Казахстан", "в Казахстане", "Казахстана", "в Казахстан", "казахстанск" },
      { "Kazakhstan", "au Kazakhstan", "du Kazakhstan", "au Kazakhstan", "kazakhstanaises" },
      { "Kasachstan", "in Kasachstan", "von Kasachstan", "nach Kasachstan", "kasachisch" } },
    { { { "Almaty", "Алматы", "Almaty", "Almaty" }, "в Алматы", "из Алматы" },
      { { "Astana", "Астана", "Astana", "Astana" }, "в Астане", "из Астаны" },
      { { "Shymkent", "Шымкент", "Chymkent", "Schymkent" }, "в Шымкенте", "из Шымкента" } },
    { { "Yerlan", "Ерлан" }, { "Serik", "Серик" }, { "Nurlan", "Нурлан" },
      { "Daniyar", "Данияр" }, { "Askar", "Аскар" }, { "Timur", "Тимур" } },
    { { "Aigul", "Айгуль" }, { "Gulnara", "Гульнара" }, { "Zhanar", "Жанар" },
      { "Dina", "Дина" }, { "Saule", "Сауле" }, { "Asel", "Асель" } },
    { OV ("Serikbayev", "Серикбаев"), OV ("Zhakupov", "Жакупов"), OV ("Akhmetov", "Ахметов"),
      OV ("Nurpeisov", "Нурпеисов"), OV ("Kassymov", "Касымов"), OV ("Tulegenov", "Тулегенов"),
      OV ("Dzhumabayev", "Джумабаев") } },
  { "KGZ", AGR_EPCA, REGION_CENTRAL_ASIA, TRUE, 10,
    { { "Kyrgyzstan", "in Kyrgyzstan", "of Kyrgyzstan", "to Kyrgyzstan", "Kyrgyz" },
      { "Кыргызстан", "в Кыргызстане", "Кыргызстана", "в Кыргызстан", "кыргызстанск" },
      { "Kirghizistan", "au Kirghizistan", "du Kirghizistan", "au Kirghizistan", "kirghizes" },
      { "Kirgisistan", "in Kirgisistan", "von Kirgisistan", "nach Kirgisistan", "kirgisisch" } },
    { { { "Bishkek", "Бишкек", "Bichkek", "Bischkek" }, "в Бишкеке", "из Бишкека" },
      { { "Osh", "Ош", "Och", "Osch" }, "в Оше", "из Оша" },
      { { "Jalal-Abad", "Джалал-Абад", "Djalal-Abad", "Dschalal-Abad" }, "в Джалал-Абаде", "из Джалал-Абада" } },
    { { "Azamat", "Азамат" }, { "Bakyt", "Бакыт" }, { "Kubanychbek", "Кубанычбек" },
      { "Almaz", "Алмаз" }, { "Emil", "Эмиль" }, { "Tilek", "Тилек" } },
    { { "Aizada", "Айзада" }, { "Cholpon", "Чолпон" }, { "Nazira", "Назира" },
      { "Begimai", "Бегимай" }, { "Gulzat", "Гульзат" }, { "Meerim", "Мээрим" } },
    { OV ("Toktogulov", "Токтогулов"), OV ("Asanaliyev", "Асаналиев"), OV ("Sadyrbayev", "Садырбаев"),
      OV ("Ergeshov", "Эргешов"), OV ("Mamytov", "Мамытов"), OV ("Usenov", "Усенов"),
      OV ("Bakirov", "Бакиров") } },
  { "TJK", AGR_PCA, REGION_CENTRAL_ASIA, TRUE, 8,
    { { "Tajikistan", "in Tajikistan", "of Tajikistan", "to Tajikistan", "Tajik" },
      { "Таджикистан", "в Таджикистане", "Таджикистана", "в Таджикистан", "таджикск" },
      { "Tadjikistan", "au Tadjikistan", "du Tadjikistan", "au Tadjikistan", "tadjikes" },
      { "Tadschikistan", "in Tadschikistan", "von Tadschikistan", "nach Tadschikistan", "tadschikisch" } },
    { { { "Dushanbe", "Душанбе", "Douchanbé", "Duschanbe" }, "в Душанбе", "из Душанбе" },
      { { "Khujand", "Худжанд", "Khodjent", "Chudschand" }, "в Худжанде", "из Худжанда" },
      { { "Khorog", "Хорог", "Khorog", "Chorugh" }, "в Хороге", "из Хорога" } },
    { { "Firuz", "Фируз" }, { "Rustam", "Рустам" }, { "Daler", "Далер" },
      { "Shavkat", "Шавкат" }, { "Jamshed", "Джамшед" }, { "Bakhtiyor", "Бахтиёр" } },
    { { "Zarina", "Зарина" }, { "Mehrangez", "Мехрангез" }, { "Nigina", "Нигина" },
      { "Dilnoza", "Дильноза" }, { "Farzona", "Фарзона" }, { "Gulchehra", "Гульчехра" } },
    { OV ("Sharipov", "Шарипов"), OV ("Nazarov", "Назаров"), OV ("Khudoyorov", "Худоёров"),
      FIXED ("Rakhimzoda", "Рахимзода"), OV ("Safarov", "Сафаров"), OV ("Davlatov", "Давлатов"),
      OV ("Kurbonov", "Курбонов") } },
  { "TKM", AGR_PCA, REGION_CENTRAL_ASIA, FALSE, 6,
    { { "Turkmenistan", "in Turkmenistan", "of Turkmenistan", "to Turkmenistan", "Turkmen" },
      { "Туркменистан", "в Туркменистане", "Туркменистана", "в Туркменистан", "туркменск" },
      { "Turkménistan", "au Turkménistan", "du Turkménistan", "au Turkménistan", "turkmènes" },
      { "Turkmenistan", "in Turkmenistan", "von Turkmenistan", "nach Turkmenistan", "turkmenisch" } },
    { { { "Ashgabat", "Ашхабад", "Achgabat", "Aschgabat" }, "в Ашхабаде", "из Ашхабада" },
      { { "Turkmenabat", "Туркменабад", "Turkmenabat", "Türkmenabat" }, "в Туркменабаде", "из Туркменабада" },
      { { "Dashoguz", "Дашогуз", "Dachoguz", "Daşoguz" }, "в Дашогузе", "из Дашогуза" } },
    { { "Berdy", "Берды" }, { "Merdan", "Мердан" }, { "Batyr", "Батыр" },
      { "Annamurat", "Аннамурат" }, { "Kakajan", "Какаджан" }, { "Rovshen", "Ровшен" } },
    { { "Ogulsapar", "Огулсапар" }, { "Maya", "Майя" }, { "Jeren", "Джерен" },
      { "Bahar", "Бахар" }, { "Aynabat", "Айнабат" }, { "Gozel", "Гозель" } },
    { OV ("Annayev", "Аннаев"), OV ("Durdyev", "Дурдыев"), OV ("Orazov", "Оразов"),
      OV ("Gurbanov", "Гурбанов"), OV ("Khojayev", "Ходжаев"), OV ("Atayev", "Атаев"),
      OV ("Nurmuhammedov", "Нурмухаммедов") } },
  { "UZB", AGR_EPCA, REGION_CENTRAL_ASIA, TRUE, 10,
    { { "Uzbekistan", "in Uzbekistan", "of Uzbekistan", "to Uzbekistan", "Uzbek" },
      { "Узбекистан", "в Узбекистане", "Узбекистана", "в Узбекистан", "узбекск" },
      { "Ouzbékistan", "en Ouzbékistan", "de l'Ouzbékistan", "en Ouzbékistan", "ouzbèkes" },
      { "Usbekistan", "in Usbekistan", "von Usbekistan", "nach Usbekistan", "usbekisch" } },
    { { { "Tashkent", "Ташкент", "Tachkent", "Taschkent" }, "в Ташкенте", "из Ташкента" },
      { { "Nukus", "Нукус", "Noukous", "Nukus" }, "в Нукусе", "из Нукуса" },
      { { "Andijan", "Андижан", "Andijan", "Andischan" }, "в Андижане", "из Андижана" } },
    { { "Bakhodir", "Баходир" }, { "Dilshod", "Дилшод" }, { "Akmal", "Акмал" },
      { "Sherzod", "Шерзод" }, { "Otabek", "Отабек" }, { "Ulugbek", "Улугбек" } },
    { { "Mukhabbat", "Мухаббат" }, { "Nodira", "Нодира" }, { "Feruza", "Феруза" },
      { "Dilfuza", "Дилфуза" }, { "Malika", "Малика" }, { "Shakhnoza", "Шахноза" } },
    { OV ("Tursunov", "Турсунов"), OV ("Yuldashev", "Юлдашев"), OV ("Rakhimov", "Рахимов"),
      OV ("Abdullayev", "Абдуллаев"), OV ("Ismoilov", "Исмоилов"), OV ("Saidov", "Саидов"),
      OV ("Ergashev", "Эргашев") } },
  { "AZE", AGR_PCA, REGION_EASTERN_PARTNERSHIP, FALSE, 12,
    { { "Azerbaijan", "in Azerbaijan", "of Azerbaijan", "to Azerbaijan", "Azerbaijani" },
      { "Азербайджан", "в Азербайджане", "Азербайджана", "в Азербайджан", "азербайджанск" },
      { "Azerbaïdjan", "en Azerbaïdjan", "de l'Azerbaïdjan", "en Azerbaïdjan", "azerbaïdjanaises" },
      { "Aserbaidschan", "in Aserbaidschan", "von Aserbaidschan", "nach Aserbaidschan", "aserbaidschanisch" } },
    { { { "Baku", "Баку", "Bakou", "Baku" }, "в Баку", "из Баку" },
      { { "Ganja", "Гянджа", "Gandja", "Gandscha" }, "в Гяндже", "из Гянджи" },
      { { "Sumgait", "Сумгаит", "Soumgaït", "Sumgait" }, "в Сумгаите", "из Сумгаита" } },
    { { "Elnur", "Эльнур" }, { "Rashad", "Рашад" }, { "Tural", "Турал" },
      { "Emin", "Эмин" }, { "Ilgar", "Ильгар" }, { "Anar", "Анар" } },
    { { "Leyla", "Лейла" }, { "Gunel", "Гюнель" }, { "Aytan", "Айтан" },
      { "Narmin", "Нармин" }, { "Sevinj", "Севиндж" }, { "Konul", "Кёнуль" } },
    { OV ("Mammadov", "Мамедов"), OV ("Huseynov", "Гусейнов"), OV ("Guliyev", "Гулиев"),
      OV ("Hasanov", "Гасанов"), OV ("Bagirov", "Багиров"), OV ("Ismayilov", "Исмаилов"),
      OV ("Rzayev", "Рзаев") } },
  { "ARM", AGR_CEPA, REGION_EASTERN_PARTNERSHIP, TRUE, 5,
    { { "Armenia", "in Armenia", "of Armenia", "to Armenia", "Armenian" },
      { "Армения", "в Армении", "Армении", "в Армению", "армянск" },
      { "Arménie", "en Arménie", "de l'Arménie", "en Arménie", "arméniennes" },
      { "Armenien", "in Armenien", "von Armenien", "nach Armenien", "armenisch" } },
    { { { "Yerevan", "Ереван", "Erevan", "Jerewan" }, "в Ереване", "из Еревана" },
      { { "Gyumri", "Гюмри", "Gyumri", "Gjumri" }, "в Гюмри", "из Гюмри" },
      { { "Vanadzor", "Ванадзор", "Vanadzor", "Wanadsor" }, "в Ванадзоре", "из Ванадзора" } },
    { { "Aram", "Арам" }, { "Davit", "Давит" }, { "Gevorg", "Геворг" },
      { "Tigran", "Тигран" }, { "Hayk", "Айк" }, { "Artur", "Артур" } },
    { { "Anahit", "Анаит" }, { "Lusine", "Лусине" }, { "Narine", "Нарине" },
      { "Gayane", "Гаяне" }, { "Siranush", "Сирануш" }, { "Mariam", "Мариам" } },
    { CONS ("Petrosyan", "Петросян"), CONS ("Hakobyan", "Акопян"), CONS ("Grigoryan", "Григорян"),
      CONS ("Avetisyan", "Аветисян"), CONS ("Harutyunyan", "Арутюнян"), CONS ("Sargsyan", "Саргсян"),
      CONS ("Manukyan", "Манукян") } },
  { "GEO", AGR_AA, REGION_EASTERN_PARTNERSHIP, FALSE, 6,
    { { "Georgia", "in Georgia", "of Georgia", "to Georgia", "Georgian" },
      { "Грузия", "в Грузии", "Грузии", "в Грузию", "грузинск" },
      { "Géorgie", "en Géorgie", "de la Géorgie", "en Géorgie", "géorgiennes" },
      { "Georgien", "in Georgien", "von Georgien", "nach Georgien", "georgisch" } },
    { { { "Tbilisi", "Тбилиси", "Tbilissi", "Tiflis" }, "в Тбилиси", "из Тбилиси" },
      { { "Batumi", "Батуми", "Batoumi", "Batumi" }, "в Батуми", "из Батуми" },
      { { "Kutaisi", "Кутаиси", "Koutaïssi", "Kutaissi" }, "в Кутаиси", "из Кутаиси" } },
    { { "Giorgi", "Георгий" }, { "Levan", "Леван" }, { "Davit", "Давид" },
      { "Nika", "Ника" }, { "Irakli", "Ираклий" }, { "Zurab", "Зураб" } },
    { { "Nino", "Нино" }, { "Tamar", "Тамар" }, { "Ketevan", "Кетеван" },
      { "Mariam", "Мариам" }, { "Natia", "Натия" }, { "Salome", "Саломе" } },
    { FIXED ("Beridze", "Беридзе"), FIXED ("Kapanadze", "Капанадзе"), FIXED ("Gelashvili", "Гелашвили"),
      FIXED ("Tsiklauri", "Циклаури"), FIXED ("Lomidze", "Ломидзе"), FIXED ("Chikovani", "Чиковани"),
      FIXED ("Japaridze", "Джапаридзе") } },
  { "BLR", AGR_PCA, REGION_EASTERN_PARTNERSHIP, FALSE, 10,
    { { "Belarus", "in Belarus", "of Belarus", "to Belarus", "Belarusian" },
      { "Беларусь", "в Беларуси", "Беларуси", "в Беларусь", "белорусск" },
      { "Bélarus", "au Bélarus", "du Bélarus", "au Bélarus", "bélarusses" },
      { "Belarus", "in Belarus", "von Belarus", "nach Belarus", "belarussisch" } },
    { { { "Minsk", "Минск", "Minsk", "Minsk" }, "в Минске", "из Минска" },
      { { "Gomel", "Гомель", "Gomel", "Homel" }, "в Гомеле", "из Гомеля" },
      { { "Brest", "Брест", "Brest", "Brest" }, "в Бресте", "из Бреста" } },
    { { "Ales", "Алесь" }, { "Siarhei", "Сергей" }, { "Ihar", "Игорь" },
      { "Andrei", "Андрей" }, { "Mikalai", "Николай" }, { "Dzmitry", "Дмитрий" } },
    { { "Maryia", "Мария" }, { "Volha", "Ольга" }, { "Nasta", "Настя" },
      { "Iryna", "Ирина" }, { "Palina", "Полина" }, { "Katsiaryna", "Екатерина" } },
    { CONS ("Zhuk", "Жук"), FIXED ("Kavalenka", "Коваленко"), { "Marozau", "Marozava", "Морозов", SURNAME_OV },
      CONS ("Navumchyk", "Наумчик"), { "Belski", "Belskaya", "Бельск", SURNAME_SKY },
      { "Kazlou", "Kazlova", "Козлов", SURNAME_OV }, CONS ("Lukashevich", "Лукашевич") } },
  { "RUS", AGR_PCA, REGION_RUSSIA, FALSE, 7,
    { { "Russia", "in Russia", "of Russia", "to Russia", "Russian" },
      { "Россия", "в России", "России", "в Россию", "российск" },
      { "Russie", "en Russie", "de la Russie", "en Russie", "russes" },
      { "Russland", "in Russland", "von Russland", "nach Russland", "russisch" } },
    { { { "Moscow", "Москва", "Moscou", "Moskau" }, "в Москве", "из Москвы" },
      { { "St Petersburg", "Санкт-Петербург", "Saint-Pétersbourg", "Sankt Petersburg" }, "в Санкт-Петербурге", "из Санкт-Петербурга" },
      { { "Kazan", "Казань", "Kazan", "Kasan" }, "в Казани", "из Казани" } },
    { { "Alexei", "Алексей" }, { "Dmitry", "Дмитрий" }, { "Sergei", "Сергей" },
      { "Ivan", "Иван" }, { "Mikhail", "Михаил" }, { "Konstantin", "Константин" } },
    { { "Anna", "Анна" }, { "Olga", "Ольга" }, { "Yekaterina", "Екатерина" },
      { "Natalia", "Наталья" }, { "Svetlana", "Светлана" }, { "Irina", "Ирина" } },
    { OV ("Lebedev", "Лебедев"), OV ("Kuznetsov", "Кузнецов"), OV ("Orlov", "Орлов"),
      OV ("Zaitsev", "Зайцев"), OV ("Belov", "Белов"), { "Sosnovsky", "Sosnovskaya", "Сосновск", SURNAME_SKY },
      OV ("Ilyin", "Ильин") } },
  { "UKR", AGR_AA, REGION_EASTERN_PARTNERSHIP, FALSE, 4,
    { { "Ukraine", "in Ukraine", "of Ukraine", "to Ukraine", "Ukrainian" },
      { "Украина", "в Украине", "Украины", "в Украину", "украинск" },
      { "Ukraine", "en Ukraine", "de l'Ukraine", "en Ukraine", "ukrainiennes" },
      { "Ukraine", "in der Ukraine", "der Ukraine", "in die Ukraine", "ukrainisch" } },
    { { { "Kyiv", "Киев", "Kyiv", "Kyjiw" }, "в Киеве", "из Киева" },
      { { "Simferopol", "Симферополь", "Simferopol", "Simferopol" }, "в Симферополе", "из Симферополя" },
      { { "Kharkiv", "Харьков", "Kharkiv", "Charkiw" }, "в Харькове", "из Харькова" } },
    { { "Vladimir", "Владимир" }, { "Mykola", "Николай" }, { "Taras", "Тарас" },
      { "Andriy", "Андрей" }, { "Server", "Сервер" }, { "Oleksandr", "Александр" } },
    { { "Olena", "Елена" }, { "Oksana", "Оксана" }, { "Lesia", "Леся" },
      { "Nataliya", "Наталья" }, { "Khrystyna", "Кристина" }, { "Iryna", "Ирина" } },
    { FIXED ("Petrenko", "Петренко"), CONS ("Kovalchuk", "Ковальчук"), CONS ("Shevchuk", "Шевчук"),
      FIXED ("Bondarenko", "Бондаренко"), OV ("Kurtseitov", "Куртсеитов"), CONS ("Melnyk", "Мельник"),
      OV ("Asanov", "Асанов") } },
  { "MDA", AGR_AA, REGION_EASTERN_PARTNERSHIP, FALSE, 4,
    { { "Moldova", "in Moldova", "of Moldova", "to Moldova", "Moldovan" },
      { "Молдова", "в Молдове", "Молдовы", "в Молдову", "молдавск" },
      { "Moldavie", "en Moldavie", "de la Moldavie", "en Moldavie", "moldaves" },
      { "Republik Moldau", "in der Republik Moldau", "der Republik Moldau", "in die Republik Moldau", "moldauisch" } },
    { { { "Chisinau", "Кишинёв", "Chisinau", "Chișinău" }, "в Кишинёве", "из Кишинёва" },
      { { "Tiraspol", "Тирасполь", "Tiraspol", "Tiraspol" }, "в Тирасполе", "из Тирасполя" },
      { { "Balti", "Бельцы", "Bălți", "Bălți" }, "в Бельцах", "из Бельц" } },
    { { "Ion", "Ион" }, { "Vasile", "Василе" }, { "Andrei", "Андрей" },
      { "Victor", "Виктор" }, { "Mihai", "Михай" }, { "Sergiu", "Сергиу" } },
    { { "Natalia", "Наталья" }, { "Ana", "Ана" }, { "Maria", "Мария" },
      { "Elena", "Елена" }, { "Doina", "Дойна" }, { "Cristina", "Кристина" } },
    { FIXED ("Rusu", "Русу"), FIXED ("Ciobanu", "Чобану"), FIXED ("Popescu", "Попеску"),
      FIXED ("Munteanu", "Мунтяну"), CONS ("Ceban", "Чебан"), FIXED ("Rotaru", "Ротару"),
      FIXED ("Lungu", "Лунгу") } },
};

#define N_COUNTRIES G_N_ELEMENTS (countries)
#define PEOPLE_PER_COUNTRY 13

/* Agreement names: en with article, ru genitive, fr with article,
 * de genitive with article — the forms the templates use them in. */
static const Text4 agreement_names[] = {
  [AGR_PCA] = { "the Partnership and Cooperation Agreement (PCA)",
                "Соглашения о партнерстве и сотрудничестве (СПС)",
                "l'accord de partenariat et de coopération (APC)",
                "des Partnerschafts- und Kooperationsabkommens (PKA)" },
  [AGR_EPCA] = { "the Enhanced Partnership and Cooperation Agreement (EPCA)",
                 "Соглашения о расширенном партнерстве и сотрудничестве (СРПС)",
                 "l'accord de partenariat et de coopération renforcé (APCR)",
                 "des erweiterten Partnerschafts- und Kooperationsabkommens (EPCA)" },
  [AGR_AA] = { "the Association Agreement",
               "Соглашения об ассоциации",
               "l'accord d'association",
               "des Assoziierungsabkommens" },
  [AGR_CEPA] = { "the Comprehensive and Enhanced Partnership Agreement (CEPA)",
                 "Соглашения о всеобъемлющем и расширенном партнерстве (CEPA)",
                 "l'accord de partenariat global et renforcé (CEPA)",
                 "des umfassenden und verstärkten Partnerschaftsabkommens (CEPA)" },
};

/* Council names, completed with "EU–Country": en bare, ru genitive,
 * fr bare, de genitive with article. */
static const Text4 council_names[] = {
  [AGR_PCA] = { "Cooperation Council", "Совета сотрудничества", "Conseil de coopération", "des Kooperationsrates" },
  [AGR_EPCA] = { "Cooperation Council", "Совета сотрудничества", "Conseil de coopération", "des Kooperationsrates" },
  [AGR_AA] = { "Association Council", "Совета ассоциации", "Conseil d'association", "des Assoziationsrates" },
  [AGR_CEPA] = { "Partnership Council", "Совета партнерства", "Conseil de partenariat", "des Partnerschaftsrates" },
};

static const Text4 region_names[] = {
  [REGION_CENTRAL_ASIA] = { "Central Asia", "Центральной Азии", "Asie centrale", "Zentralasien" },
  [REGION_EASTERN_PARTNERSHIP] = { "Eastern Partnership", "Восточного партнерства", "Partenariat oriental", "Östliche Partnerschaft" },
  [REGION_RUSSIA] = { "Russia", "России", "Russie", "Russland" },
};

static const Text4 region_areas[] = {
  [REGION_CENTRAL_ASIA] = { "Central Asia", "Центральной Азии", "en Asie centrale", "in Zentralasien" },
  [REGION_EASTERN_PARTNERSHIP] = { "Eastern Europe and the South Caucasus", "Восточной Европе и на Южном Кавказе", "en Europe orientale et dans le Caucase du Sud", "in Osteuropa und im Südkaukasus" },
  [REGION_RUSSIA] = { "Russia and Eastern Europe", "России и Восточной Европе", "en Russie et en Europe orientale", "in Russland und Osteuropa" },
};

/* Cities in the EU and around it where senders sit and date letters. */
typedef struct
{
  Text4 name;
  const char *phone;
} Place;

static const Place places[] = {
  { { "Brussels", "Брюссель", "Bruxelles", "Brüssel" }, "+32 2" },
  { { "Strasbourg", "Страсбург", "Strasbourg", "Straßburg" }, "+33 3 88" },
  { { "Oslo", "Осло", "Oslo", "Oslo" }, "+47 22" },
  { { "Warsaw", "Варшава", "Varsovie", "Warschau" }, "+48 22" },
  { { "The Hague", "Гаага", "La Haye", "Den Haag" }, "+31 70" },
  { { "Paris", "Париж", "Paris", "Paris" }, "+33 1" },
  { { "Vienna", "Вена", "Vienne", "Wien" }, "+43 1" },
  { { "Berlin", "Берлин", "Berlin", "Berlin" }, "+49 30" },
  { { "Geneva", "Женева", "Genève", "Genf" }, "+41 22" },
  { { "Prague", "Прага", "Prague", "Prag" }, "+420 2" },
  { { "Vilnius", "Вильнюс", "Vilnius", "Vilnius" }, "+370 5" },
  { { "Stockholm", "Стокгольм", "Stockholm", "Stockholm" }, "+46 8" },
  { { "Copenhagen", "Копенгаген", "Copenhague", "Kopenhagen" }, "+45 33" },
  { { "Helsinki", "Хельсинки", "Helsinki", "Helsinki" }, "+358 9" },
  { { "London", "Лондон", "Londres", "London" }, "+44 20" },
};

static const char *const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"
};
static const char *const months_ru_gen[] = {
  "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
  "августа", "сентября", "октября", "ноября", "декабря"
};
static const char *const months_ru_prep[] = {
  "январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
  "августе", "сентябре", "октябре", "ноябре", "декабре"
};
static const char *const months_fr[] = {
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
  "août", "septembre", "octobre", "novembre", "décembre"
};
static const char *const months_de[] = {
  "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
  "August", "September", "Oktober", "November", "Dezember"
};

static const char *const number_words_en[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve"
};

/* Staff of senders and EU officials: names from EU countries, with the
 * Cyrillic spelling Russian letters use. */
static const NamePart western_male[] = {
  { "Anders", "Андерс" }, { "Jan", "Ян" }, { "Marek", "Марек" }, { "Thomas", "Томас" },
  { "Pierre", "Пьер" }, { "Lukas", "Лукас" }, { "Mikkel", "Миккель" }, { "Daniel", "Даниэль" },
  { "Tomasz", "Томаш" }, { "Erik", "Эрик" }, { "Stefan", "Штефан" }, { "Olivier", "Оливье" },
};
static const NamePart western_female[] = {
  { "Anna", "Анна" }, { "Sophie", "Софи" }, { "Ingrid", "Ингрид" }, { "Marta", "Марта" },
  { "Claire", "Клэр" }, { "Katarzyna", "Катажина" }, { "Elena", "Елена" }, { "Hanna", "Ханна" },
  { "Julia", "Юлия" }, { "Brigitte", "Бриджит" }, { "Nora", "Нора" }, { "Agnieszka", "Агнешка" },
};
static const NamePart western_surnames[] = {
  { "Lindqvist", "Линдквист" }, { "Nowak", "Новак" }, { "Dubois", "Дюбуа" }, { "Keller", "Келлер" },
  { "Hansen", "Хансен" }, { "de Vries", "де Врис" }, { "Kowalczyk", "Ковальчик" }, { "Moreau", "Моро" },
  { "Berg", "Берг" }, { "Horvath", "Хорват" }, { "Schneider", "Шнайдер" }, { "Janssens", "Янссенс" },
  { "Eriksen", "Эриксен" }, { "Fontaine", "Фонтен" }, { "Weber", "Вебер" }, { "Nielsen", "Нильсен" },
  { "Laurent", "Лоран" }, { "Bauer", "Бауэр" }, { "Virtanen", "Виртанен" }, { "Peeters", "Петерс" },
};

/* Staff of organisations based in the region; deliberately none of
 * them shares a surname with the case pool, so staff are never cases. */
typedef struct
{
  const char *lat;
  const char *cyr;
  gboolean female;
} FullName;

static const FullName regional_staff[] = {
  { "Bolat Kenzhebekov", "Болат Кенжебеков", FALSE },
  { "Oksana Melnychenko", "Оксана Мельниченко", TRUE },
  { "Ruslan Akhundov", "Руслан Ахундов", FALSE },
  { "Gulmira Tokhtarova", "Гульмира Тохтарова", TRUE },
  { "Oleg Zaretsky", "Олег Зарецкий", FALSE },
  { "Tatiana Grinevich", "Татьяна Гриневич", TRUE },
  { "Kanat Omarov", "Канат Омаров", FALSE },
  { "Lilit Avagyan", "Лилит Авагян", TRUE },
  { "Vitaly Rudenko", "Виталий Руденко", FALSE },
  { "Irina Sokolovskaya", "Ирина Соколовская", TRUE },
  { "Nodar Kvaratskhelia", "Нодар Кварацхелия", FALSE },
  { "Madina Yusupova", "Мадина Юсупова", TRUE },
};

/* ------------------------------------------------------------------ */
/* Addressees                                                          */

typedef enum
{
  INST_COMMISSION,
  INST_EEAS,
  INST_PARLIAMENT,
  INST_COUNCIL,
  INST_DELEGATION,
  N_INSTITUTIONS
} Institution;

/* %c: the country's name, %i: "in the country", %r: the region. */
static const Text4 institution_names[N_INSTITUTIONS] = {
  { "European Commission", "Европейская комиссия", "Commission européenne", "Europäische Kommission" },
  { "European External Action Service", "Европейская служба внешних действий", "Service européen pour l'action extérieure", "Europäischer Auswärtiger Dienst" },
  { "European Parliament", "Европейский парламент", "Parlement européen", "Europäisches Parlament" },
  { "Council of the European Union", "Совет Европейского союза", "Conseil de l'Union européenne", "Rat der Europäischen Union" },
  { "EU Delegation to %c", "Представительство ЕС %i", "Délégation de l'Union européenne %i", "Delegation der Europäischen Union %i" },
};

static const char *const institution_streets[N_INSTITUTIONS] = {
  "Rue de la Loi 200, 1049", "Rond-Point Robert Schuman 9A, 1046",
  "Rue Wiertz 60, 1047", "Rue de la Loi 175, 1048", NULL
};

typedef struct
{
  Institution institution;
  gboolean plural;  /* addressed to a body rather than to one person */
  Text4 role;       /* en; ru in the dative (address block); fr and de masculine */
  Text4 role_f;     /* feminine where it differs */
  Text4 salutation; /* %s: surname, %t: Mr/Ms */
  Text4 salutation_f;
} Role;

static const Role roles[] = {
  { INST_COMMISSION, FALSE,
    { "President of the European Commission", "Председателю Европейской комиссии",
      "Président de la Commission européenne", "Präsident der Europäischen Kommission" },
    { NULL, NULL, "Présidente de la Commission européenne", "Präsidentin der Europäischen Kommission" },
    { "Dear President %s,", "Уважаемый господин Председатель!", "Monsieur le Président,", "Sehr geehrter Herr Präsident," },
    { "Dear President %s,", "Уважаемая госпожа Председатель!", "Madame la Présidente,", "Sehr geehrte Frau Präsidentin," } },
  { INST_COMMISSION, FALSE,
    { "Commissioner for International Partnerships", "Комиссару ЕС по международному партнерству",
      "Commissaire chargé des partenariats internationaux", "Kommissar für internationale Partnerschaften" },
    { NULL, NULL, "Commissaire chargée des partenariats internationaux", "Kommissarin für internationale Partnerschaften" },
    { "Dear Commissioner %s,", "Уважаемый господин Комиссар!", "Monsieur le Commissaire,", "Sehr geehrter Herr Kommissar," },
    { "Dear Commissioner %s,", "Уважаемая госпожа Комиссар!", "Madame la Commissaire,", "Sehr geehrte Frau Kommissarin," } },
  { INST_COMMISSION, FALSE,
    { "Commissioner for Trade", "Комиссару ЕС по торговле",
      "Commissaire chargé du commerce", "Kommissar für Handel" },
    { NULL, NULL, "Commissaire chargée du commerce", "Kommissarin für Handel" },
    { "Dear Commissioner %s,", "Уважаемый господин Комиссар!", "Monsieur le Commissaire,", "Sehr geehrter Herr Kommissar," },
    { "Dear Commissioner %s,", "Уважаемая госпожа Комиссар!", "Madame la Commissaire,", "Sehr geehrte Frau Kommissarin," } },
  { INST_EEAS, FALSE,
    { "High Representative of the Union for Foreign Affairs and Security Policy / Vice-President of the European Commission",
      "Верховному представителю ЕС по иностранным делам и политике безопасности",
      "Haut Représentant de l'Union pour les affaires étrangères et la politique de sécurité",
      "Hoher Vertreter der Union für Außen- und Sicherheitspolitik" },
    { NULL, NULL, "Haute Représentante de l'Union pour les affaires étrangères et la politique de sécurité",
      "Hohe Vertreterin der Union für Außen- und Sicherheitspolitik" },
    { "Dear High Representative,", "Уважаемый господин Верховный представитель!", "Monsieur le Haut Représentant,", "Sehr geehrter Herr Hoher Vertreter," },
    { "Dear High Representative,", "Уважаемая госпожа Верховный представитель!", "Madame la Haute Représentante,", "Sehr geehrte Frau Hohe Vertreterin," } },
  { INST_EEAS, FALSE,
    { "EU Special Representative for Human Rights", "Специальному представителю ЕС по правам человека",
      "Représentant spécial de l'UE pour les droits de l'homme", "EU-Sonderbeauftragter für Menschenrechte" },
    { NULL, NULL, "Représentante spéciale de l'UE pour les droits de l'homme", "EU-Sonderbeauftragte für Menschenrechte" },
    { "Dear %t %s,", "Уважаемый господин %s!", "Monsieur le Représentant spécial,", "Sehr geehrter Herr %s," },
    { "Dear %t %s,", "Уважаемая госпожа %s!", "Madame la Représentante spéciale,", "Sehr geehrte Frau %s," } },
  { INST_EEAS, FALSE,
    { "Managing Director for Russia, Eastern Partnership, Central Asia, Regional Cooperation and OSCE",
      "Управляющему директору ЕСВД по России, Восточному партнерству, Центральной Азии и ОБСЕ",
      "Directeur général pour la Russie, le Partenariat oriental, l'Asie centrale et l'OSCE",
      "Geschäftsführender Direktor für Russland, die Östliche Partnerschaft, Zentralasien und die OSZE" },
    { NULL, NULL, "Directrice générale pour la Russie, le Partenariat oriental, l'Asie centrale et l'OSCE",
      "Geschäftsführende Direktorin für Russland, die Östliche Partnerschaft, Zentralasien und die OSZE" },
    { "Dear %t %s,", "Уважаемый господин %s!", "Monsieur le Directeur général,", "Sehr geehrter Herr %s," },
    { "Dear %t %s,", "Уважаемая госпожа %s!", "Madame la Directrice générale,", "Sehr geehrte Frau %s," } },
  { INST_EEAS, FALSE,
    { "Head of Division, %r", "Руководителю отдела %r ЕСВД",
      "Chef de la division %r", "Leiter des Referats %r" },
    { NULL, NULL, "Cheffe de la division %r", "Leiterin des Referats %r" },
    { "Dear %t %s,", "Уважаемый господин %s!", "Monsieur,", "Sehr geehrter Herr %s," },
    { "Dear %t %s,", "Уважаемая госпожа %s!", "Madame,", "Sehr geehrte Frau %s," } },
  { INST_PARLIAMENT, FALSE,
    { "Chair of the Subcommittee on Human Rights (DROI)", "Председателю Подкомитета по правам человека Европейского парламента",
      "Président de la sous-commission des droits de l'homme (DROI)", "Vorsitzender des Unterausschusses Menschenrechte (DROI)" },
    { NULL, NULL, "Présidente de la sous-commission des droits de l'homme (DROI)", "Vorsitzende des Unterausschusses Menschenrechte (DROI)" },
    { "Dear Chair,", "Уважаемый господин Председатель!", "Monsieur le Président,", "Sehr geehrter Herr Vorsitzender," },
    { "Dear Chair,", "Уважаемая госпожа Председатель!", "Madame la Présidente,", "Sehr geehrte Frau Vorsitzende," } },
  { INST_PARLIAMENT, FALSE,
    { "Chair of the Committee on Foreign Affairs (AFET)", "Председателю Комитета по иностранным делам Европейского парламента",
      "Président de la commission des affaires étrangères (AFET)", "Vorsitzender des Ausschusses für auswärtige Angelegenheiten (AFET)" },
    { NULL, NULL, "Présidente de la commission des affaires étrangères (AFET)", "Vorsitzende des Ausschusses für auswärtige Angelegenheiten (AFET)" },
    { "Dear %t %s,", "Уважаемый господин %s!", "Monsieur le Président,", "Sehr geehrter Herr Vorsitzender," },
    { "Dear %t %s,", "Уважаемая госпожа %s!", "Madame la Présidente,", "Sehr geehrte Frau Vorsitzende," } },
  { INST_PARLIAMENT, TRUE,
    { "Members of the European Parliament", "Депутатам Европейского парламента",
      "Mesdames et Messieurs les députés au Parlement européen", "Mitglieder des Europäischen Parlaments" },
    { NULL, NULL, NULL, NULL },
    { "Dear Members of the European Parliament,", "Уважаемые депутаты Европейского парламента!",
      "Mesdames et Messieurs les députés,", "Sehr geehrte Damen und Herren Abgeordnete," },
    { NULL, NULL, NULL, NULL } },
  { INST_COUNCIL, TRUE,
    { "Ministers of Foreign Affairs of the EU Member States", "Министрам иностранных дел государств – членов ЕС",
      "Mesdames et Messieurs les ministres des affaires étrangères des États membres de l'UE",
      "Außenministerinnen und Außenminister der EU-Mitgliedstaaten" },
    { NULL, NULL, NULL, NULL },
    { "Dear Ministers,", "Уважаемые министры!", "Mesdames et Messieurs les Ministres,", "Sehr geehrte Damen und Herren Minister," },
    { NULL, NULL, NULL, NULL } },
  { INST_COUNCIL, FALSE,
    { "Chair of the Council Working Party on Human Rights (COHOM)", "Председателю Рабочей группы Совета ЕС по правам человека (COHOM)",
      "Président du groupe « Droits de l'homme » du Conseil (COHOM)", "Vorsitzender der Ratsarbeitsgruppe Menschenrechte (COHOM)" },
    { NULL, NULL, "Présidente du groupe « Droits de l'homme » du Conseil (COHOM)", "Vorsitzende der Ratsarbeitsgruppe Menschenrechte (COHOM)" },
    { "Dear %t %s,", "Уважаемый господин %s!", "Monsieur le Président,", "Sehr geehrter Herr %s," },
    { "Dear %t %s,", "Уважаемая госпожа %s!", "Madame la Présidente,", "Sehr geehrte Frau %s," } },
  { INST_COUNCIL, FALSE,
    { "President of the European Council", "Председателю Европейского совета",
      "Président du Conseil européen", "Präsident des Europäischen Rates" },
    { NULL, NULL, "Présidente du Conseil européen", "Präsidentin des Europäischen Rates" },
    { "Dear President %s,", "Уважаемый господин Председатель!", "Monsieur le Président,", "Sehr geehrter Herr Präsident," },
    { "Dear President %s,", "Уважаемая госпожа Председатель!", "Madame la Présidente,", "Sehr geehrte Frau Präsidentin," } },
  { INST_DELEGATION, FALSE,
    { "Ambassador, Head of the EU Delegation to %c", "Послу, главе Представительства ЕС %i",
      "Ambassadeur, chef de la délégation de l'UE %i", "Botschafter, Leiter der EU-Delegation %i" },
    { NULL, NULL, "Ambassadrice, cheffe de la délégation de l'UE %i", "Botschafterin, Leiterin der EU-Delegation %i" },
    { "Dear Ambassador %s,", "Уважаемый господин Посол!", "Monsieur l'Ambassadeur,", "Sehr geehrter Herr Botschafter," },
    { "Dear Ambassador %s,", "Уважаемая госпожа Посол!", "Madame l'Ambassadrice,", "Sehr geehrte Frau Botschafterin," } },
};

static const Text4 staff_roles[] = {
  { "Executive Director", "Исполнительный директор", "Directeur exécutif", "Geschäftsführer" },
  { "Director", "Директор", "Directeur", "Direktor" },
  { "Chair of the Board", "Председатель правления", "Président du conseil d'administration", "Vorstandsvorsitzender" },
  { "Head of Advocacy", "Руководитель отдела адвокации", "Responsable du plaidoyer", "Leiter Advocacy" },
  { "Programme Director", "Директор программ", "Directeur des programmes", "Programmdirektor" },
  { "Secretary General", "Генеральный секретарь", "Secrétaire général", "Generalsekretär" },
};
static const Text4 staff_roles_f[] = {
  { "Executive Director", "Исполнительный директор", "Directrice exécutive", "Geschäftsführerin" },
  { "Director", "Директор", "Directrice", "Direktorin" },
  { "Chair of the Board", "Председатель правления", "Présidente du conseil d'administration", "Vorstandsvorsitzende" },
  { "Head of Advocacy", "Руководитель отдела адвокации", "Responsable du plaidoyer", "Leiterin Advocacy" },
  { "Programme Director", "Директор программ", "Directrice des programmes", "Programmdirektorin" },
  { "Secretary General", "Генеральный секретарь", "Secrétaire générale", "Generalsekretärin" },
};

/* ------------------------------------------------------------------ */
/* Sending organisations, built from parts so there are a few hundred  */
/* per language.                                                       */

static const char *const org_en_regions[] = {
  "Steppe", "Caspian", "Nordic", "Baltic", "Danube", "Caucasus", "Central Asian", "Eurasian",
  "Pamir", "Silk Road", "Black Sea", "Tian Shan", "Aral", "European", "Carpathian", "Amu Darya",
  "Alatau", "Volga",
};
static const char *const org_en_fields[] = {
  "Human Rights", "Legal", "Helsinki", "Civil Liberties", "Rule of Law", "Justice",
  "Media Freedom", "Democracy", "Rights", "Monitoring", "Freedom",
};
static const char *const org_en_types[] = {
  "Network", "Initiative", "Platform", "Committee", "Centre", "Foundation", "Coalition",
  "Watch", "Association", "Institute", "Union", "Forum",
};
static const char *const org_en_prefixes[] = {
  "International", "European", "Eurasian", "Nordic", "Regional",
};
static const char *const org_en_types_for[] = {
  "Partnership", "Centre", "Foundation", "Alliance", "Institute", "Bureau",
};
static const char *const org_en_causes[] = {
  "Human Rights and Democracy", "Civil Society Development", "Legal Aid", "Press Freedom",
  "Freedom of Conscience", "Justice and Accountability", "Rights and Dignity",
};

static const NamePart org_ru_types[] = {
  { "hrc", "Правозащитный центр" }, { "hrn", "Правозащитная сеть" }, { "fund", "Общественный фонд" },
  { "oo", "Общественное объединение" }, { "law", "Юридическая инициатива" },
  { "legal", "Центр правовой поддержки" }, { "assoc", "Ассоциация" },
  { "bureau", "Бюро по правам человека" }, { "coalition", "Коалиция НКО" },
  { "solidarity", "Комитет солидарности" }, { "union", "Общественный союз" },
  { "institute", "Институт права и демократии" },
};
static const NamePart org_ru_names[] = {
  { "step", "Степь" }, { "kaspiy", "Каспий" }, { "dialog", "Правовой диалог" },
  { "open-society", "Открытое общество" }, { "civil-control", "Гражданский контроль" },
  { "legal-defence", "Правовая защита" }, { "svoboda", "Свобода" }, { "echo", "Эхо" },
  { "golos", "Голос" }, { "asia", "Азия" }, { "kavkaz", "Кавказ" }, { "pravo", "Право и закон" },
  { "solidarnost", "Солидарность" }, { "ravenstvo", "Равенство" },
  { "helsinki", "Хельсинкская инициатива" }, { "new-bridge", "Новый мост" },
};

typedef struct
{
  const char *word;
  gboolean feminine;
} FrNoun;

static const FrNoun org_fr_types[] = {
  { "Observatoire", FALSE }, { "Ligue", TRUE }, { "Réseau", FALSE }, { "Comité", FALSE },
  { "Fédération", TRUE }, { "Association", TRUE }, { "Collectif", FALSE }, { "Centre", FALSE },
  { "Alliance", TRUE }, { "Fondation", TRUE },
};
static const NamePart org_fr_adjectives[] = { /* lat: masculine, cyr: feminine */
  { "caspien", "caspienne" }, { "nordique", "nordique" }, { "eurasien", "eurasienne" },
  { "balte", "balte" }, { "danubien", "danubienne" }, { "européen", "européenne" },
  { "alpin", "alpine" }, { "rhénan", "rhénane" }, { "carpatique", "carpatique" },
  { "caucasien", "caucasienne" }, { "centrasiatique", "centrasiatique" },
};
static const char *const org_fr_causes[] = {
  "des droits humains", "des libertés", "pour la justice", "de défense des droits",
  "pour l'État de droit", "pour la liberté de la presse", "d'aide juridique", "pour la démocratie",
};

typedef struct
{
  const char *word;
  const char *ending; /* of a strong adjective before it */
} DeNoun;

static const DeNoun org_de_types[] = {
  { "Plattform", "e" }, { "Netzwerk", "es" }, { "Komitee", "es" }, { "Initiative", "e" },
  { "Zentrum", "es" }, { "Stiftung", "e" }, { "Verein", "er" }, { "Bündnis", "es" },
  { "Forum", "es" }, { "Gesellschaft", "e" },
};
static const char *const org_de_adjectives[] = {
  "Nordisch", "Kaspisch", "Europäisch", "Baltisch", "Eurasisch", "Zentralasiatisch",
  "Kaukasisch", "Alpenländisch", "Rheinisch",
};
static const char *const org_de_causes[] = {
  "für Menschenrechte", "für Rechtsstaatlichkeit", "für Pressefreiheit", "für Zivilgesellschaft",
  "für Demokratie und Menschenrechte", "für Rechtshilfe", "gegen Folter", "für Meinungsfreiheit",
};

/* ------------------------------------------------------------------ */
/* Issue templates                                                     */
/*                                                                     */
/* Each sentence describes one issue the way NGO letters do; slots and */
/* alternatives keep two letters from repeating each other verbatim.   */

static const char *const expression_en[] = {
  "Criminal prosecution for <“spreading false information”|“inciting discord”|defamation> continues to be used {country:in} to silence <critics|dissenting voices|government critics> <online and offline|on social media|in the regions>.",
  "Article {artnum} of the Criminal Code, which <penalises|criminalises> the dissemination of <“knowingly false information”|“false information”>, is <vague and overbroad|worded so broadly that almost any critical statement can fall under it> and <should be repealed|must be brought into line with international standards>.",
  "Since {date}, at least {num} social media users have been <prosecuted|convicted|fined> for posts criticising <the authorities|local officials|the President>.",
  "Bloggers and <Facebook|Telegram|YouTube> users who comment on <corruption|the economic situation|social problems> are routinely summoned for <“preventive conversations”|questioning> by the police.",
  "Freedom of expression {country:in} is <severely|increasingly|seriously> restricted, and self-censorship is <widespread|pervasive> among <journalists, academics and ordinary citizens|those who speak out on public affairs>.",
  "The <blocking|throttling> of <websites|social networks|messaging apps> during <protests|sensitive political events|the election period> <has become routine|is now a common practice>, depriving citizens of access to independent information.",
  "Insulting the honour and dignity of the President remains a criminal offence {country:in}, <punishable by up to|carrying a penalty of up to> {years} years of imprisonment.",
  "<The new law on|Amendments adopted {month} to the law on> online platforms <oblige|require> <social networks|internet providers> to remove <“unlawful”|“harmful”> content within 24 hours, which <risks|is likely to result in> <widespread|excessive> censorship.",
  "Those who <speak out|express critical opinions|criticise official policies> face <harassment|intimidation|dismissal from work>, <travel bans|searches of their homes> and <criminal charges|fines>.",
  "On {date}, a court {city:in} <fined a|sentenced a> <pensioner|teacher|student> <for|over> a critical <post|comment|video> on social media<| about local officials>.",
  "We are <concerned|alarmed> that the notion of “extremism” is <applied|interpreted> so broadly that it <is used to|serves to> <criminalise|punish> <peaceful|legitimate> criticism.",
  "<The UN Human Rights Committee|The OSCE Representative on Freedom of the Media|The UN Special Rapporteur on freedom of expression> has <repeatedly|consistently> called on {country} to decriminalise defamation <and to stop prosecuting people for their opinions|and to end the prosecution of peaceful speech>.",
  "In {year} alone, our partners <documented|recorded> {people} cases of <pressure|reprisals> against people <for expressing their views|who had voiced their opinions> online.",
  "<Self-censorship|Fear of reprisals> has <spread|grown> to the point where <few people dare|hardly anyone is willing> to <comment publicly on|discuss openly> <politics|the actions of the government|corruption>.",
  "Artists, <musicians|writers|satirists> and <academics|university teachers> have also <been targeted|faced sanctions> for <their work|statements deemed “disrespectful”>.",
  "<Freedom of speech|The right to freedom of expression> is guaranteed by the Constitution, but <in practice|in reality> it is <systematically undermined|routinely violated> by restrictive legislation and <selective|arbitrary> enforcement.",
};
static const char *const expression_ru[] = {
  "Уголовное преследование за «распространение заведомо ложной информации» по-прежнему используется {country:in} для того, чтобы заставить замолчать <критиков власти|несогласных|гражданских активистов>.",
  "Статья {artnum} Уголовного кодекса сформулирована <крайне расплывчато|слишком широко> и позволяет <преследовать за любое критическое высказывание|наказывать за мирную критику>.",
  "С {date} не менее {num} пользователей социальных сетей <были привлечены к ответственности|подверглись преследованию> за <публикации|посты> с критикой <властей|местных чиновников>.",
  "Блогеров и пользователей <Facebook|Telegram|YouTube>, которые пишут о <коррупции|социальных проблемах|экономическом положении>, регулярно вызывают в полицию на <«профилактические беседы»|допросы>.",
  "Свобода выражения мнений {country:in} <серьезно|все сильнее> ограничена, а самоцензура <стала повсеместной|широко распространена> среди журналистов, <ученых|преподавателей> и простых граждан.",
  "Оскорбление чести и достоинства президента по-прежнему является уголовным преступлением и <наказывается|карается> лишением свободы на срок до {years} лет.",
  "Мы <обеспокоены|крайне обеспокоены> тем, что понятие «экстремизм» <толкуется|применяется> настолько широко, что позволяет наказывать за мирную критику.",
  "{when} суд {city:in} <оштрафовал|приговорил к {days} суткам административного ареста> <пенсионера|учителя|студента> за критический <пост|комментарий|видеоролик> в социальных сетях.",
  "Блокировка <сайтов|социальных сетей|мессенджеров> во время <протестов|выборов|политически значимых событий> стала <обычной практикой|нормой>, лишая граждан доступа к независимой информации.",
  "Художники, <музыканты|писатели> и <преподаватели вузов|ученые> также подвергаются давлению за свои высказывания.",
};
static const char *const expression_fr[] = {
  "Les poursuites pénales pour « diffusion de fausses informations » continuent d'être utilisées {country:in} pour <faire taire|réduire au silence> les <voix critiques|opposants|militants>.",
  "L'article {artnum} du Code pénal, <formulé de manière vague|rédigé en termes trop larges>, permet de <sanctionner|poursuivre> pratiquement toute critique <des autorités|du gouvernement>.",
  "Depuis le {date}, au moins {num} utilisateurs des réseaux sociaux ont été <poursuivis|condamnés|sanctionnés> pour des publications critiquant les autorités.",
  "La liberté d'expression est <sévèrement|de plus en plus> restreinte {country:in}, et l'autocensure est <généralisée|très répandue> parmi les journalistes, les universitaires et les simples citoyens.",
  "L'outrage à l'honneur et à la dignité du président reste une infraction pénale passible de {years} ans d'emprisonnement.",
  "Nous <sommes préoccupés par|nous inquiétons de> l'interprétation <extensive|très large> de la notion d'« extrémisme », qui sert à <criminaliser|sanctionner> la critique pacifique.",
  "Les <blogueurs|internautes> qui dénoncent la corruption sont régulièrement convoqués par la police pour des « entretiens préventifs ».",
  "Des journalistes citoyens ont été condamnés à des amendes pour avoir publié des vidéos critiquant <les autorités locales|la police>.",
  "Le blocage de <sites d'information|réseaux sociaux> lors de <manifestations|périodes électorales> est devenu une pratique courante.",
};
static const char *const expression_de[] = {
  "Die strafrechtliche Verfolgung wegen „Verbreitung falscher Informationen“ wird {country:in} weiterhin genutzt, um <Kritikerinnen und Kritiker|kritische Stimmen|Andersdenkende> zum Schweigen zu bringen.",
  "Artikel {artnum} des Strafgesetzbuches ist <so vage|so weit> formuliert, dass <nahezu jede|praktisch jede> kritische Äußerung darunter fallen kann.",
  "Die Meinungsfreiheit ist {country:in} <stark|zunehmend> eingeschränkt; Selbstzensur ist unter Journalisten, Wissenschaftlern und gewöhnlichen Bürgern <weit verbreitet|allgegenwärtig>.",
  "Seit dem {date} wurden mindestens {num} Nutzer sozialer Netzwerke wegen kritischer Beiträge <verfolgt|verurteilt|mit Geldstrafen belegt>.",
  "Die Beleidigung des Präsidenten ist nach wie vor eine Straftat, die mit bis zu {years} Jahren Haft geahndet werden kann.",
  "Wir sind besorgt, dass der Begriff „Extremismus“ so weit ausgelegt wird, dass damit friedliche Kritik <kriminalisiert|bestraft> werden kann.",
  "Blogger, die über <Korruption|soziale Probleme> schreiben, werden regelmäßig zu „präventiven Gesprächen“ bei der Polizei vorgeladen.",
  "Die Sperrung von <Websites|sozialen Netzwerken> während <Protesten|Wahlen> ist zur gängigen Praxis geworden.",
};

static const char *const media_en[] = {
  "Independent media outlets {country:in} operate under <constant|intense|growing> pressure, <facing|confronted with> <tax inspections|lawsuits|licence withdrawals> <and|as well as> <harassment of their staff|threats against their journalists>.",
  "<The last|One of the few remaining> independent <newspapers|news websites|television channels> was <forced to close|shut down by a court order|suspended> {month} <after|following> a <defamation suit|series of inspections|complaint by a state-owned company>.",
  "Journalists covering <protests|corruption|the work of the security services> have been <detained|assaulted|followed> and had their equipment <confiscated|damaged>.",
  "Accreditation rules for foreign media <have been tightened|were amended {month}>, and <several|a number of> correspondents <have been denied accreditation|were refused visas|had their accreditation withdrawn>.",
  "Crippling <damages|fines> awarded in civil defamation cases, <sometimes exceeding|in one case more than> the annual budget of the outlet, <drive|push> independent media <into bankruptcy|out of business>.",
  "<At least|No fewer than> {num} journalists <are currently behind bars|remain in detention|are serving prison sentences> {country:in} in connection with their <professional activities|reporting>.",
  "<Attacks on|Threats against> journalists are <rarely|seldom> investigated effectively, and <those responsible|the perpetrators> <enjoy|benefit from> <near-total|widespread> impunity.",
  "State-controlled <television|broadcasters> <dominate|monopolise> the media landscape, <while|whereas> independent reporting <is confined to|survives mainly on> <the internet|a handful of websites>.",
  "The <amended|new> Media Law, adopted {month}, <introduces|requires> <mandatory identification of|registration of> <online news sites|bloggers with large audiences> and <expands|broadens> the grounds for <closing|suspending> media outlets.",
  "Media freedom <has deteriorated|has declined sharply> {country:in}, which <ranked|was ranked> <near the bottom|among the lowest> of <the World Press Freedom Index|international press freedom rankings> in {year}.",
  "Journalists <working for|contributing to> foreign media outlets <have been labelled|are branded> <“foreign agents”|“traitors”> and <subjected to|face> <smear campaigns|hate campaigns> in pro-government media.",
  "The editor-in-chief of <an online newspaper|a regional weekly|an independent news portal> <reported|said> that <the tax authorities|the prosecutor's office> had opened {num} inspections in a single year.",
  "Reporters investigating <abuse of public funds|the assets of officials' relatives|environmental damage> have received <anonymous threats|threats by phone> and had their <sources|contacts> questioned by the police.",
  "Access to <official information|court hearings|parliamentary sessions> for independent journalists <remains restricted|is routinely denied>, <undermining|hampering> public scrutiny.",
  "<Printing houses|Distributors> have <refused to print|stopped distributing> independent publications <under pressure from the authorities|after informal instructions from officials>.",
};
static const char *const media_ru[] = {
  "Независимые СМИ {country:in} работают в условиях <постоянного|усиливающегося> давления: <налоговые проверки|судебные иски|отзыв лицензий> сопровождаются угрозами в адрес сотрудников.",
  "Одно из последних независимых <изданий|интернет-изданий> было <закрыто по решению суда|вынуждено прекратить работу> {month} после <иска о защите чести и достоинства|серии проверок>.",
  "Журналистов, освещающих <протесты|коррупцию|деятельность спецслужб>, <задерживают|избивают|преследуют>, а их оборудование <изымают|повреждают>.",
  "Не менее {num} журналистов <находятся за решеткой|отбывают наказание> {country:in} в связи со своей профессиональной деятельностью.",
  "Нападения на журналистов <редко|практически никогда не> расследуются эффективно, и виновные остаются безнаказанными.",
  "Новый закон о СМИ, принятый {month}, <вводит|предусматривает> обязательную идентификацию <пользователей|блогеров> и расширяет основания для <приостановления|прекращения> работы изданий.",
  "Журналистов, сотрудничающих с иностранными СМИ, <называют|клеймят> <«иностранными агентами»|«предателями»> и подвергают травле в провластных СМИ.",
  "Огромные суммы компенсаций по искам о защите чести и достоинства <доводят|приводят> независимые издания <до банкротства|к закрытию>.",
  "Доступ независимых журналистов к <судебным заседаниям|официальной информации> <ограничен|систематически блокируется>.",
};
static const char *const media_fr[] = {
  "Les médias indépendants {country:in} travaillent sous une pression <constante|croissante> : contrôles fiscaux, poursuites judiciaires et retraits de licence.",
  "Au moins {num} journalistes <sont actuellement derrière les barreaux|purgent une peine de prison> {country:in} en raison de leur travail.",
  "Les agressions contre des journalistes font <rarement|très rarement> l'objet d'enquêtes effectives et leurs auteurs jouissent d'une <impunité quasi totale|large impunité>.",
  "L'un des derniers <journaux|sites d'information> indépendants a été <fermé sur décision de justice|contraint de cesser ses activités> {month}.",
  "Les journalistes qui couvrent <les manifestations|la corruption> sont <interpellés|agressés|suivis> et leur matériel est <confisqué|endommagé>.",
  "La nouvelle loi sur les médias, adoptée {month}, impose l'identification des <blogueurs|utilisateurs> et élargit les motifs de <suspension|fermeture> des médias.",
  "Des journalistes travaillant pour des médias étrangers sont qualifiés d'« agents de l'étranger » et font l'objet de campagnes de dénigrement.",
  "Les dommages et intérêts exorbitants accordés dans des affaires de diffamation conduisent les médias indépendants à la faillite.",
};
static const char *const media_de[] = {
  "Unabhängige Medien arbeiten {country:in} unter <ständigem|wachsendem> Druck: Steuerprüfungen, Klagen und der Entzug von Lizenzen gehören zum Alltag.",
  "Mindestens {num} Journalistinnen und Journalisten <sitzen derzeit in Haft|verbüßen Haftstrafen> {country:in}, weil sie ihrer Arbeit nachgegangen sind.",
  "Angriffe auf Medienschaffende werden <selten|kaum> wirksam untersucht; die Täter bleiben <weitgehend|fast immer> straflos.",
  "Eines der letzten unabhängigen Medien wurde {month} <per Gerichtsbeschluss geschlossen|zur Einstellung gezwungen>.",
  "Das neue Mediengesetz, das {month} verabschiedet wurde, verpflichtet <Blogger|Online-Portale> zur Registrierung und erweitert die Gründe für die Schließung von Medien.",
  "Journalisten, die für ausländische Medien arbeiten, werden als „ausländische Agenten“ diffamiert.",
  "Hohe Schadensersatzforderungen in Verleumdungsklagen treiben unabhängige Medien in den Ruin.",
};

static const char *const assembly_en[] = {
  "Peaceful <protesters|demonstrators> {city:in} were <detained|rounded up|dispersed by riot police> {when}, and <dozens of people|{people} people> were <sentenced to administrative detention|fined> <in the following days|in hasty court hearings>.",
  "The Law on Peaceful Assemblies <requires|still requires> <prior authorisation|permission from the local authorities> <rather than|instead of> <simple notification|a notification procedure>, <in breach of|contrary to> international standards.",
  "Local authorities routinely <refuse permission|deny requests> for <rallies|demonstrations|pickets>, <citing|invoking> <repair works|other planned events|public order concerns>, or <designate|offer only> <remote|specially designated> <locations|“speakers' corners”> far from the city centre.",
  "Even <single-person pickets|one-person protests> are <treated as|considered> <unauthorised gatherings|mass events> and <punished|sanctioned> with fines or detention.",
  "Police used <excessive force|batons and tear gas|rubber bullets> against <peaceful|largely peaceful> <protesters|demonstrators> {when}, <injuring|leaving injured> <several|dozens of> people.",
  "<Following|After> the <protests|demonstrations> of {month:bare}, <at least|more than> {people} people were <detained|arrested>, and <some|several> of them <reported|said they had experienced> ill-treatment in <police custody|police stations>.",
  "Organisers of <peaceful rallies|protests> face criminal liability for <“organising an illegal gathering”|“calling for mass disorder”>, <which carries|an offence carrying> a penalty of up to {years} years in prison.",
  "Journalists and <observers|monitors> <covering|monitoring> the <protests|demonstrations> were also <detained|obstructed>, <despite|in spite of> <showing their press cards|wearing press vests>.",
  "Social media posts <calling for|announcing> <protests|rallies> have been <treated as|prosecuted as> <incitement|“calls to mass disorder”>, and their authors <detained pre-emptively|detained before the events>.",
  "<Preventive|Pre-emptive> detentions of <activists|opposition supporters> <ahead of|on the eve of> <planned demonstrations|public holidays|elections> have become <common practice|routine>.",
  "The right to freedom of peaceful assembly is <effectively|in practice> <denied|suspended> {country:in}: <no|hardly any> <opposition|independent> rally has been authorised since {year}.",
  "<Facial recognition cameras|Surveillance footage> <were used|have been used> to identify <participants|protesters>, <who were subsequently|many of whom were later> <visited at home|summoned by the police|dismissed from their jobs>.",
  "<Students|Public sector employees> who <took part in|attended> the <rally|protest> were <threatened with expulsion|warned they would lose their jobs>.",
  "<The courts|Judges> <dealt with|processed> <the cases of detained protesters|hundreds of protest cases> <in a matter of minutes|within minutes>, <relying solely on|based only on> police reports.",
  "<A blanket ban|A general ban> on <assemblies|public events>, <introduced|imposed> {month} <under the pretext of|on the grounds of> <public health|public order|security>, <remains in force|has not been lifted>.",
};
static const char *const assembly_ru[] = {
  "Мирные демонстранты {city:in} были <задержаны|разогнаны полицией> {when}, а <десятки|более {people}> человек <приговорены к административному аресту|оштрафованы> в ходе <поспешных|скоротечных> судебных заседаний.",
  "Закон о мирных собраниях по-прежнему требует <получения разрешения у местных властей|согласования с местными властями> вместо <уведомительного порядка|простого уведомления>, что противоречит международным стандартам.",
  "Местные власти <систематически|регулярно> отказывают в проведении <митингов|пикетов|демонстраций>, ссылаясь на <ремонтные работы|другие запланированные мероприятия>, или <выделяют|предлагают> <отдаленные|специально отведенные> площадки на окраине города.",
  "Даже одиночные пикеты <рассматриваются|квалифицируются> как несанкционированные собрания и <наказываются|караются> штрафами или арестом.",
  "Полиция применила <чрезмерную силу|дубинки и слезоточивый газ> против мирных <демонстрантов|участников акции> {when}, <ранив несколько человек|в результате чего пострадали десятки человек>.",
  "Организаторам мирных акций грозит уголовная ответственность за «организацию незаконного собрания», <которая предусматривает|что влечет> лишение свободы на срок до {years} лет.",
  "<Превентивные|Профилактические> задержания активистов накануне <запланированных акций|праздников|выборов> стали <обычной практикой|нормой>.",
  "Суды рассматривают дела задержанных участников протестов за <считанные минуты|несколько минут>, опираясь исключительно на <протоколы|рапорты> полиции.",
  "Студентам, принявшим участие в <митинге|акции протеста>, угрожали отчислением.",
};
static const char *const assembly_fr[] = {
  "Des manifestants pacifiques ont été <interpellés|dispersés par la police anti-émeute> {city:in} {when}, et <des dizaines de personnes|plus de {people} personnes> ont été <condamnées à une détention administrative|condamnées à des amendes>.",
  "La loi sur les rassemblements pacifiques exige toujours une autorisation préalable <au lieu d'une|plutôt qu'une> simple notification, contrairement aux normes internationales.",
  "Même les piquets individuels sont considérés comme des rassemblements non autorisés et <sanctionnés|punis> par des amendes ou des détentions.",
  "La police a fait un usage excessif de la force contre des manifestants pacifiques {when}, blessant <plusieurs|des dizaines de> personnes.",
  "Les organisateurs de rassemblements pacifiques encourent des poursuites pénales pour « organisation d'un rassemblement illégal », passible de {years} ans de prison.",
  "Les détentions préventives de militants à la veille de <manifestations prévues|jours fériés|scrutins> sont devenues une pratique courante.",
  "Les tribunaux examinent les affaires des manifestants en quelques minutes, en se fondant uniquement sur les rapports de police.",
  "Les autorités locales refusent systématiquement d'autoriser des <rassemblements|piquets>, invoquant des travaux de voirie ou d'autres événements prévus.",
  "Des étudiants ayant participé à la manifestation ont été menacés d'exclusion.",
};
static const char *const assembly_de[] = {
  "Friedliche Demonstrierende wurden {when} {city:in} <festgenommen|von der Polizei auseinandergetrieben>; <Dutzende|mehr als {people} Personen> erhielten <Verwaltungshaft|Geldstrafen>.",
  "Das Versammlungsgesetz verlangt weiterhin eine vorherige Genehmigung statt einer bloßen Anmeldung, was internationalen Standards widerspricht.",
  "Selbst Einzelmahnwachen werden als nicht genehmigte Versammlungen behandelt und mit Geld- oder Haftstrafen <geahndet|sanktioniert>.",
  "Die Polizei setzte {when} <unverhältnismäßige Gewalt|Schlagstöcke und Tränengas> gegen friedliche Demonstrierende ein; <mehrere|Dutzende> Menschen wurden verletzt.",
  "Präventive Festnahmen von Aktivistinnen und Aktivisten vor <geplanten Kundgebungen|Wahlen|Feiertagen> sind <gängige Praxis|zur Routine> geworden.",
  "Gerichte verhandeln die Fälle festgenommener Demonstrierender in wenigen Minuten und stützen sich allein auf Polizeiprotokolle.",
  "Die örtlichen Behörden lehnen Anträge auf <Kundgebungen|Mahnwachen> regelmäßig ab und verweisen auf Bauarbeiten oder andere Veranstaltungen.",
  "Studierenden, die an der Kundgebung teilgenommen hatten, wurde mit der Exmatrikulation gedroht.",
};

static const char *const association_en[] = {
  "The <amended|new> law on non-commercial organisations <requires|obliges> NGOs <receiving|that receive> foreign funding to <report in detail on every grant|disclose all foreign funds> and to <label their publications accordingly|register in a special register>.",
  "Civil society organisations <face|are subjected to> <repeated|unannounced|intrusive> <inspections|audits> by the <tax authorities|prosecutor's office|Ministry of Justice>, which <paralyse|consume much of> their work.",
  "<Several|A number of|At least {num}> NGOs were <liquidated|dissolved|forced to close> <by court order|by the Ministry of Justice> {month} <on formal grounds|for minor technical violations|for “failing to report” foreign grants>.",
  "<Registration|Re-registration> of <independent|human rights> organisations is <routinely|arbitrarily> <refused|denied> <on technical grounds|for minor errors in the application>, <forcing many groups to operate informally|leaving many groups without legal status>.",
  "<Participation in|Leading> an unregistered organisation <is a criminal offence|remains punishable under the Criminal Code>, <putting|which puts> <activists|members of informal groups> at risk of <imprisonment|prosecution>.",
  "The <civil society|NGO> sector {country:in} is <shrinking|contracting> <rapidly|steadily>: <our partners estimate that|according to local groups,> <more than|around> {people} organisations have <closed|ceased operations> since {year}.",
  "<Foreign|International> grants must be <approved|registered> in advance by <a state commission|the government>, which <gives|grants> the authorities <effective control|a veto> over <which projects|what work> civil society can carry out.",
  "NGO staff <have been|are> <publicly denounced|branded> as <“grant-eaters”|“agents of foreign influence”|“enemies of the state”> by <officials|state media|members of parliament>.",
  "Bank accounts of <several|a number of> <NGOs|civil society organisations> were <frozen|blocked> {month} <pending|during> <a tax investigation|an investigation into “money laundering”>.",
  "The <draft|proposed> law on <“foreign representatives”|“foreign influence”|“transparency of foreign funding”> <closely resembles|is modelled on> <similar Russian legislation|the Russian “foreign agents” law> and <would stigmatise|risks stigmatising> <independent|critical> NGOs.",
  "Freedom of association <is|remains> <severely|heavily> <restricted|curtailed>, and the space for civil society <has narrowed|keeps shrinking> <considerably|dramatically>.",
  "The Venice Commission <has found|concluded> that the <restrictions|provisions> on <foreign funding|NGO registration> are <incompatible with|not in line with> <the right to freedom of association|international standards>.",
  "Civil society organisations <are required|have> to <submit|file> <quarterly|monthly> reports <to several agencies|to the tax authorities>, <a burden that|an administrative burden that> small groups <cannot|are unable to> bear.",
  "<Independent|Non-governmental> organisations have been <excluded from|denied access to> <public consultations|working groups> on <draft laws|reforms>, <while|whereas> <government-organised NGOs|GONGOs> are <presented as|showcased as> the voice of civil society.",
  "<Penalties|Fines> for <minor|technical> violations of <reporting rules|the NGO law> <can lead to|may result in> the <suspension|liquidation> of an organisation after {num} warnings.",
};
static const char *const association_ru[] = {
  "Изменения в закон о некоммерческих организациях обязывают НКО, получающие иностранное финансирование, подробно отчитываться о каждом гранте и <маркировать свои публикации|указывать источник финансирования во всех публикациях>.",
  "Организации гражданского общества подвергаются <многочисленным|внеплановым> проверкам <налоговых органов|прокуратуры|Министерства юстиции>, что фактически парализует их работу.",
  "Не менее {num} НКО были <ликвидированы|закрыты> по решению суда {month} <по формальным основаниям|за незначительные технические нарушения>.",
  "Участие в деятельности незарегистрированной организации является уголовным преступлением, что <ставит активистов под угрозу уголовного преследования|подвергает активистов риску лишения свободы>.",
  "Сотрудников НКО <публично|регулярно> называют <«грантоедами»|«агентами иностранного влияния»> <чиновники|государственные СМИ>.",
  "Пространство для гражданского общества {country:in} <стремительно|неуклонно> сужается: по оценкам наших партнеров, с {year} года <прекратили работу|закрылись> более {people} организаций.",
  "Проект закона об <«иностранных представителях»|«иностранном влиянии»> <во многом копирует|практически повторяет> российское законодательство об «иностранных агентах» и <стигматизирует|грозит стигматизировать> независимые НКО.",
  "Регистрация независимых организаций <регулярно|произвольно> отклоняется по техническим основаниям, и многие группы вынуждены работать без юридического статуса.",
  "Банковские счета нескольких НКО были <заморожены|заблокированы> {month} в ходе налоговой проверки.",
};
static const char *const association_fr[] = {
  "La loi modifiée sur les organisations non commerciales oblige les ONG bénéficiant de financements étrangers à déclarer chaque subvention et à <étiqueter leurs publications|signaler l'origine de leurs fonds dans toutes leurs publications>.",
  "Les organisations de la société civile font l'objet de contrôles <répétés|inopinés> <des services fiscaux|du parquet|du ministère de la Justice>, qui paralysent leur travail.",
  "Au moins {num} ONG ont été <dissoutes|liquidées> par décision de justice {month} pour des <motifs purement formels|violations techniques mineures>.",
  "La participation aux activités d'une organisation non enregistrée constitue une infraction pénale, ce qui expose les militants à des poursuites.",
  "Le projet de loi sur les « agents de l'étranger » s'inspire de la législation russe et risque de stigmatiser les ONG indépendantes.",
  "L'espace civique {country:in} se réduit <rapidement|de manière constante> : selon nos partenaires, plus de {people} organisations ont cessé leurs activités depuis {year}.",
  "Les comptes bancaires de plusieurs ONG ont été gelés {month} dans le cadre d'une enquête fiscale.",
  "Les militants associatifs sont publiquement dénigrés comme des « mangeurs de subventions » par les médias d'État.",
};
static const char *const association_de[] = {
  "Das geänderte Gesetz über nichtkommerzielle Organisationen verpflichtet NGOs mit ausländischer Finanzierung, über jede Förderung detailliert Bericht zu erstatten.",
  "Zivilgesellschaftliche Organisationen werden <wiederholt|unangekündigt> von <Steuerbehörden|der Staatsanwaltschaft|dem Justizministerium> überprüft, was ihre Arbeit <lähmt|massiv behindert>.",
  "Mindestens {num} NGOs wurden {month} per Gerichtsbeschluss aus <formalen|geringfügigen technischen> Gründen aufgelöst.",
  "Der Gesetzentwurf über „ausländische Agenten“ <ist dem russischen Vorbild nachempfunden|orientiert sich am russischen Vorbild> und droht unabhängige NGOs zu stigmatisieren.",
  "Der Handlungsspielraum der Zivilgesellschaft {country:in} schrumpft <rasch|stetig>; seit {year} haben mehr als {people} Organisationen ihre Arbeit eingestellt.",
  "Die Bankkonten mehrerer NGOs wurden {month} im Rahmen einer Steuerprüfung eingefroren.",
  "Zivilgesellschaftliche Aktivistinnen und Aktivisten werden in staatlichen Medien als „Agenten ausländischer Interessen“ verunglimpft.",
};

static const char *const religion_en[] = {
  "<Believers|Religious communities> {country:in} <continue to face|face> <raids|police raids> on <private homes|places of worship|prayer meetings>, <confiscation of religious literature|seizure of religious books> and <fines|heavy fines>.",
  "The Religion Law <requires|obliges> all religious communities to <register|obtain state registration>, and <unregistered religious activity|worship without registration> is <banned|punishable>.",
  "<Compulsory|Mandatory> state <censorship|expert analysis> of religious literature <restricts|limits> <which books|what texts> believers may <import, distribute or keep at home|own and share>.",
  "<Muslims|Muslim believers> who <pray outside state-controlled mosques|practise their faith independently> are <labelled|branded> <“extremists”|“members of banned groups”> and <imprisoned|sentenced> <on the basis of|on the strength of> <questionable|dubious> expert opinions.",
  "<Jehovah's Witnesses|Protestant Christians|Baptists> <have been|were> <fined|detained|prosecuted> for <holding|taking part in> <peaceful|private> <meetings for worship|Bible study groups>.",
  "<Children|Minors> are <banned|prohibited> from <attending|taking part in> religious <services|events> without the <written|notarised> consent of <both parents|their parents>.",
  "<At least|More than> {num} people <are serving|remain in prison serving> sentences for <exercising|peacefully exercising> their <right to freedom of religion or belief|freedom of religion>, according to <Forum 18|local monitors|religious freedom monitors>.",
  "<Women wearing headscarves|Girls wearing the hijab> <have been|are> <barred from|refused entry to> <schools|universities|public offices>, <and|while> <men with beards|bearded men> are <stopped and questioned|forcibly shaved> by the police.",
  "<Religious|Faith-based> <communities|groups> <have had|saw> their <places of worship|churches|mosques> <closed|sealed|demolished> <on the pretext of|under the pretext of> <building violations|fire safety rules|zoning irregularities>.",
  "Conscientious objectors <still have no access to|are denied> a genuinely civilian alternative to military service and <face|risk> <criminal prosecution|imprisonment> for <refusing|their refusal> to bear arms.",
  "<The authorities|State officials> <interfere|routinely interfere> in the <appointment of clergy|internal affairs of religious communities|selection of imams>, <contrary to|in violation of> the principle of <autonomy of religious communities|freedom of religion>.",
  "Sharing one's faith <with others|in public> <is treated as|amounts to> <illegal missionary activity|“proselytism”> and <punished|sanctioned> with <fines|deportation for foreigners>.",
  "The right to freedom of <religion or belief|thought, conscience and religion> is <systematically|severely> <restricted|violated>, <as documented by|according to> the UN Special Rapporteur on freedom of religion or belief.",
  "<Prisoners of conscience|Imprisoned believers> <are often|have been> <denied|deprived of> the <possibility to pray|right to keep religious books> <in detention|in prison> and <placed in|sent to> punishment cells <for praying|for religious practice>.",
};
static const char *const religion_ru[] = {
  "Верующие {country:in} по-прежнему сталкиваются с <обысками|полицейскими рейдами> в <частных домах|молельных домах>, <изъятием религиозной литературы|конфискацией книг> и штрафами.",
  "Закон о религии требует обязательной регистрации всех общин, а религиозная деятельность без регистрации <запрещена|преследуется по закону>.",
  "Обязательная государственная религиоведческая экспертиза <ограничивает|жестко ограничивает> ввоз и распространение религиозной литературы.",
  "Мусульман, молящихся вне подконтрольных государству мечетей, <называют|объявляют> <«экстремистами»|«членами запрещенных организаций»> и <приговаривают к лишению свободы|осуждают> на основании сомнительных экспертиз.",
  "<Свидетели Иеговы|Протестанты|Баптисты> <подвергаются штрафам|преследуются> за проведение мирных <богослужений|собраний для изучения Библии>.",
  "По данным <«Форума 18»|независимых наблюдателей>, не менее {num} человек отбывают наказание за <мирное исповедание своей веры|осуществление права на свободу вероисповедания>.",
  "<Молельные дома|Церкви|Мечети> <закрываются|опечатываются> под предлогом <нарушения строительных норм|несоблюдения правил пожарной безопасности>.",
  "Отказники по убеждениям <по-прежнему лишены возможности|не имеют права> пройти подлинно гражданскую альтернативную службу.",
  "Женщинам в хиджабах <запрещают|не разрешают> посещать <школы|университеты>.",
};
static const char *const religion_fr[] = {
  "Les croyants {country:in} continuent de subir des <perquisitions|descentes de police> lors de <réunions de prière|célébrations privées>, la confiscation de littérature religieuse et de lourdes amendes.",
  "La loi sur la religion impose l'enregistrement de toutes les communautés, et toute activité religieuse non enregistrée est <interdite|passible de sanctions>.",
  "Des musulmans qui prient en dehors des mosquées contrôlées par l'État sont qualifiés d'« extrémistes » et condamnés sur la base d'expertises douteuses.",
  "Des <Témoins de Jéhovah|protestants|baptistes> ont été <condamnés à des amendes|poursuivis> pour avoir participé à des réunions de culte pacifiques.",
  "La censure obligatoire de la littérature religieuse limite les textes que les croyants peuvent importer ou distribuer.",
  "Selon <Forum 18|des observateurs indépendants>, au moins {num} personnes purgent des peines de prison pour avoir exercé pacifiquement leur liberté de religion.",
  "Les objecteurs de conscience n'ont toujours accès à aucun service de remplacement véritablement civil.",
  "Des lieux de culte ont été <fermés|mis sous scellés> sous prétexte d'infractions aux règles d'urbanisme.",
};
static const char *const religion_de[] = {
  "Gläubige sind {country:in} weiterhin Razzien bei <Gebetstreffen|Gottesdiensten in Privatwohnungen>, der Beschlagnahme religiöser Literatur und hohen Geldstrafen ausgesetzt.",
  "Das Religionsgesetz schreibt die Registrierung aller Gemeinschaften vor; nicht registrierte religiöse Tätigkeit ist verboten.",
  "Musliminnen und Muslime, die außerhalb staatlich kontrollierter Moscheen beten, werden als „Extremisten“ gebrandmarkt und auf Grundlage fragwürdiger Gutachten verurteilt.",
  "<Zeugen Jehovas|Protestanten|Baptisten> wurden wegen der Teilnahme an friedlichen Gottesdiensten <mit Geldstrafen belegt|strafrechtlich verfolgt>.",
  "Nach Angaben von <Forum 18|unabhängigen Beobachtern> verbüßen mindestens {num} Menschen Haftstrafen, weil sie ihre Religionsfreiheit friedlich ausgeübt haben.",
  "Kriegsdienstverweigerer haben weiterhin keinen Zugang zu einem echten zivilen Ersatzdienst.",
  "Gebetshäuser wurden unter dem Vorwand von Verstößen gegen Bauvorschriften <geschlossen|versiegelt>.",
};

static const char *const torture_en[] = {
  "Detainees <reported|have reported|told their lawyers about> being <beaten|kicked|punched|suffocated with plastic bags> in <pre-trial detention|police custody|temporary detention facilities> <to force them to confess|in order to extract confessions>.",
  "<Confessions|Statements> <extracted|obtained> under <duress|torture|threats> <continue to be|are still> <admitted as evidence|used as evidence> in court, <despite|notwithstanding> <the defendants' complaints|repeated complaints by defendants> of <ill-treatment|torture>.",
  "<There has been|We are aware of> no effective investigation into <the allegations|credible allegations> of <ill-treatment|torture> <raised|made> by <detainees|the defendants> <in court|during the trial>.",
  "Allegations of torture are <typically|usually|routinely> <dismissed|rejected> <after|following> <a cursory|a superficial> <pre-investigation check|review> by the very <agency|police department> <whose officers are implicated|accused of the abuse>.",
  "<At least|No fewer than> {num} people <died|have died> in custody since {year} <in circumstances that|under circumstances which> <have never been|were not> <properly|independently> investigated.",
  "Former prisoners <described|told us about> <beatings|electric shocks|prolonged stress positions>, <sleep deprivation|threats against relatives> and <humiliation|sexual violence> <in colonies|in prisons|at the hands of prison staff>.",
  "<Torture|Torturing detainees> <remains|is still> <widespread|endemic> {country:in}, <in particular|especially> <during the first hours of detention|in pre-trial detention|in high-security colonies>.",
  "The definition of torture in the Criminal Code <still does not fully comply|is not fully in line> with <Article 1 of the UN Convention against Torture|the UN Convention against Torture>, and <penalties|sentences> for <perpetrators|officials convicted of torture> <remain|are> <lenient|disproportionately low>.",
  "<Medical examinations|Forensic examinations> of <detainees|persons alleging ill-treatment> are <often|frequently> <delayed|carried out too late> <or|and> <conducted|performed> <in the presence of|by doctors dependent on> <police officers|the detaining authority>.",
  "The National Preventive Mechanism <lacks|does not have> <the independence|the resources> <and|or> <unrestricted access|unannounced access> to <places of detention|all places where people are deprived of their liberty> <needed|required> to <prevent|effectively prevent> torture.",
  "<Victims|Survivors> of torture and their relatives <are|have been> <pressured|threatened> <into withdrawing|to withdraw> their complaints, <and|while> <lawyers|defence lawyers> <who raise|raising> torture allegations <face|risk> disciplinary <sanctions|proceedings>.",
  "In {year} <alone|only>, <local monitors|the coalition against torture> <received|registered> <more than|over> {people} complaints of torture and ill-treatment, <yet|but> <only a handful|very few> <led to|resulted in> <criminal convictions|prosecutions>.",
  "<Prisoners|Inmates> <who were tortured|tortured in custody> <described|reported> being <held in|placed in> <solitary confinement|punishment cells> for <weeks|months> and <denied|refused> medical care.",
  "<The UN Committee against Torture|The UN Special Rapporteur on torture> <expressed concern|noted with concern> <about|at> <consistent reports|numerous allegations> of <torture|ill-treatment> <and|as well as> the <impunity|lack of accountability> of <perpetrators|those responsible>.",
  "<Relatives|Family members> <said|told our researchers> that they had seen <bruises|injuries|traces of beatings> <during|at> <court hearings|visits>, <but|yet> <their complaints|the complaints they lodged> <went unanswered|were ignored>.",
  "<Police officers|Investigators> <accused of torturing|suspected of torturing> detainees <remain|have remained> <in their posts|on duty> <throughout|during> the <investigation|proceedings>, <placing|which puts> <victims and witnesses|complainants> at risk of reprisals.",
};
static const char *const torture_ru[] = {
  "Задержанные <сообщали|рассказывали адвокатам>, что их <избивали|били ногами|душили полиэтиленовыми пакетами> в <изоляторах временного содержания|следственных изоляторах|отделениях полиции>, <добиваясь признательных показаний|чтобы получить признания>.",
  "Признательные показания, полученные под пытками, <по-прежнему|до сих пор> <принимаются судами в качестве доказательств|используются в суде>, несмотря на <жалобы|заявления> подсудимых.",
  "Эффективного расследования заявлений о пытках <так и не было проведено|не проводилось>.",
  "Заявления о пытках, как правило, отклоняются после <поверхностной|формальной> доследственной проверки, которую проводит то же ведомство, чьи сотрудники <обвиняются в пытках|причастны к пыткам>.",
  "Бывшие заключенные рассказали о <систематических избиениях|пытках электрошоком>, <лишении сна|угрозах родственникам> и унижениях в <колониях|местах лишения свободы>.",
  "Применение пыток {country:in} <остается|по-прежнему остается> <широко распространенным|систематическим>, особенно в первые часы после задержания.",
  "С {year} года не менее {num} человек погибли в местах лишения свободы при обстоятельствах, которые <так и не были расследованы|не получили независимой оценки>.",
  "Национальный превентивный механизм <не обладает необходимой независимостью|лишен достаточных ресурсов> и не имеет <беспрепятственного|неограниченного> доступа в места лишения свободы.",
  "Жертв пыток и их родственников <принуждают|вынуждают> отзывать жалобы, а адвокатам, заявляющим о пытках, грозят дисциплинарные <взыскания|санкции>.",
  "Медицинское освидетельствование задержанных <нередко|часто> проводится с опозданием и в присутствии сотрудников полиции.",
};
static const char *const torture_fr[] = {
  "Des détenus ont <déclaré|rapporté> avoir été <battus|roués de coups|asphyxiés avec des sacs en plastique> en détention provisoire afin de leur extorquer des aveux.",
  "Les aveux obtenus sous la torture <continuent d'être|sont toujours> admis comme preuves par les tribunaux, malgré les plaintes des accusés.",
  "Aucune enquête effective n'a été menée sur les allégations de <mauvais traitements|torture> formulées par les <détenus|accusés>.",
  "Les allégations de torture sont généralement rejetées après une vérification <superficielle|sommaire> menée par le service même dont les agents sont mis en cause.",
  "D'anciens détenus ont décrit des <passages à tabac|chocs électriques>, la privation de sommeil et des humiliations dans les <colonies pénitentiaires|prisons>.",
  "La torture reste <répandue|systématique> {country:in}, en particulier au cours des premières heures de garde à vue.",
  "Le mécanisme national de prévention ne dispose ni de l'indépendance ni des ressources nécessaires pour prévenir la torture.",
  "Les victimes de torture et leurs proches subissent des pressions pour retirer leurs plaintes.",
  "Au moins {num} personnes sont mortes en détention depuis {year} dans des circonstances qui n'ont jamais fait l'objet d'une enquête indépendante.",
};
static const char *const torture_de[] = {
  "Inhaftierte berichteten, in der Untersuchungshaft <geschlagen|getreten|mit Plastiktüten gewürgt> worden zu sein, um Geständnisse zu erzwingen.",
  "Unter Folter erpresste Geständnisse werden von Gerichten <weiterhin|nach wie vor> als Beweismittel verwendet.",
  "Eine wirksame Untersuchung der Foltervorwürfe hat <bis heute nicht|nie> stattgefunden.",
  "Ehemalige Gefangene schilderten <Schläge|Elektroschocks>, Schlafentzug und Demütigungen in <Strafkolonien|Gefängnissen>.",
  "Folter und Misshandlung sind {country:in} <weit verbreitet|systematisch>, insbesondere in den ersten Stunden nach der Festnahme.",
  "Der Nationale Präventionsmechanismus verfügt weder über die nötige Unabhängigkeit noch über ungehinderten Zugang zu Haftorten.",
  "Opfer von Folter und ihre Angehörigen werden unter Druck gesetzt, ihre Beschwerden zurückzuziehen.",
  "Seit {year} sind mindestens {num} Menschen in Gewahrsam gestorben, ohne dass die Umstände unabhängig untersucht wurden.",
};

static const char *const fair_trial_en[] = {
  "The <judiciary|court system> {country:in} <lacks independence from|is not independent of> the executive, and judges <who acquit|acquitting> defendants <risk|face> <disciplinary proceedings|dismissal>.",
  "Acquittal rates <remain|are> <below one per cent|negligible>, <reflecting|a sign of> the <dominance|overwhelming influence> of the prosecution <in criminal proceedings|in the courtroom>.",
  "<The trial was|The hearings were> held <behind closed doors|in a closed session> <on the grounds that|because> the case <allegedly|supposedly> <contained state secrets|involved classified material>, <preventing|which prevented> <relatives, journalists and diplomats|independent observers> from attending.",
  "Defence lawyers <were denied|did not receive> <adequate|sufficient> time <to study the case file|to prepare the defence>, and <their motions|motions to call defence witnesses> were <rejected|dismissed> <without reasons|without explanation>.",
  "<Lawyers|Defence lawyers> <who take on|handling> politically sensitive cases <have been|are> <disbarred|stripped of their licences|subjected to disciplinary proceedings> <by the Bar Association|by bar associations> <under pressure from|at the request of> <the Ministry of Justice|the authorities>.",
  "The court <relied|based its verdict> <almost exclusively|largely> on <the testimony of|statements by> <police officers|anonymous witnesses|a co-defendant who later retracted his statement>.",
  "<The appointment and dismissal|The selection> of judges <remains|is> <controlled|effectively controlled> by <the President|the presidential administration>, <in contradiction with|contrary to> the <UN Basic Principles on the Independence of the Judiciary|principle of separation of powers>.",
  "<Independent trial monitors|Our trial monitors> <observed|documented> <serious|numerous> violations of <fair trial guarantees|the right to a fair trial>, including <the presumption of innocence|equality of arms|the right to be tried by an impartial tribunal>.",
  "<Defendants|Suspects> are <often|frequently> <held|kept> in pre-trial detention for <months|over a year> <without|with no> <meaningful|effective> judicial review <of the grounds for detention|of the need for their detention>.",
  "<Access to a lawyer|The right to a lawyer of one's choice> <is|was> <denied|restricted> <during the first hours|in the first days> <after arrest|of custody>, when the risk of <coercion|ill-treatment> is highest.",
  "<The judicial reform|Judicial reforms> <announced|launched> in {year} <has not|have not> <addressed|tackled> <the structural dependence|the dependence> of judges on <the executive|the prosecution>.",
  "The appeal court <upheld|confirmed> the verdict <in a hearing lasting|after a hearing of> <less than an hour|only a few minutes>, <without examining|ignoring> the <arguments of the defence|new evidence>.",
  "<Politically motivated|Politically sensitive> cases are <routinely|often> <transferred|moved> to <courts in remote regions|other jurisdictions>, making it difficult for <families and observers|relatives and lawyers> to attend.",
  "The presumption of innocence <is undermined|is violated> when <state television presents|state television portrays|officials present|officials portray> defendants as guilty <before the verdict|before the trial has even started>.",
  "<Judges|Courts> <routinely|systematically> <ignore|disregard> <the decisions of|views adopted by> <the UN Human Rights Committee|UN treaty bodies> in individual cases concerning {country}.",
};
static const char *const fair_trial_ru[] = {
  "Судебная система {country:of} <не является независимой|зависит от исполнительной власти>, а судьи, выносящие оправдательные приговоры, рискуют <подвергнуться дисциплинарному преследованию|лишиться должности>.",
  "Доля оправдательных приговоров <остается|составляет> менее одного процента, что свидетельствует о <доминирующей роли|господстве> обвинения в уголовном процессе.",
  "Судебный процесс проходил в закрытом режиме под предлогом <наличия в деле государственной тайны|секретности материалов>, и ни родственники, ни <журналисты|дипломаты> не смогли на нем присутствовать.",
  "Адвокатам не было предоставлено достаточно времени для ознакомления с материалами дела, а их ходатайства <отклонялись|были отклонены> без объяснения причин.",
  "Адвокатов, берущихся за политически мотивированные дела, <лишают лицензий|подвергают дисциплинарному преследованию> под давлением Министерства юстиции.",
  "Суд <основал приговор|вынес приговор, опираясь> почти исключительно на показания <сотрудников полиции|засекреченных свидетелей>.",
  "Обвиняемых <месяцами|более года> содержат под стражей без <эффективного|реального> судебного контроля за обоснованностью ареста.",
  "Апелляционный суд оставил приговор в силе после заседания, длившегося <менее часа|несколько минут>, не рассмотрев доводы защиты.",
};
static const char *const fair_trial_fr[] = {
  "Le pouvoir judiciaire {country:in} <n'est pas indépendant de l'exécutif|reste soumis à l'exécutif>, et les juges qui prononcent des acquittements risquent des <sanctions disciplinaires|révocations>.",
  "Le taux d'acquittement reste inférieur à un pour cent, signe de la <prédominance|domination> du parquet dans la procédure pénale.",
  "Le procès s'est déroulé à huis clos au motif que le dossier contenait des secrets d'État, empêchant <les proches|les journalistes|les diplomates> d'y assister.",
  "Les avocats de la défense n'ont pas disposé du temps nécessaire pour étudier le dossier, et leurs requêtes ont été rejetées sans motivation.",
  "Le tribunal s'est fondé presque exclusivement sur les déclarations de <policiers|témoins anonymes>.",
  "Les avocats qui acceptent des affaires politiquement sensibles sont radiés du barreau sous la pression du ministère de la Justice.",
  "Les prévenus sont souvent maintenus en détention provisoire pendant des mois sans contrôle judiciaire effectif.",
  "La cour d'appel a confirmé le verdict à l'issue d'une audience de quelques minutes, sans examiner les arguments de la défense.",
};
static const char *const fair_trial_de[] = {
  "Die Justiz ist {country:in} nicht unabhängig von der Exekutive; Richterinnen und Richter, die Freisprüche fällen, riskieren <Disziplinarverfahren|ihre Entlassung>.",
  "Die Freispruchquote liegt unter einem Prozent – ein Zeichen für die Übermacht der Staatsanwaltschaft im Strafverfahren.",
  "Der Prozess fand unter Ausschluss der Öffentlichkeit statt, angeblich weil die Akte Staatsgeheimnisse enthielt.",
  "Die Verteidigung erhielt nicht genügend Zeit zur Akteneinsicht, und ihre Anträge wurden ohne Begründung abgelehnt.",
  "Das Gericht stützte sein Urteil fast ausschließlich auf Aussagen von <Polizeibeamten|anonymen Zeugen>.",
  "Angeklagte werden oft monatelang ohne wirksame richterliche Kontrolle in Untersuchungshaft gehalten.",
  "Das Berufungsgericht bestätigte das Urteil nach einer Anhörung von wenigen Minuten, ohne die Argumente der Verteidigung zu prüfen.",
};

static const char *const prisoners_en[] = {
  "<At least|More than> {num} people <are currently imprisoned|remain behind bars> {country:in} on <politically motivated charges|charges widely regarded as politically motivated>, according to <our partners|local human rights groups|the list compiled by local monitors>.",
  "<Opposition politicians|Government critics>, <journalists|bloggers> and <activists|civic activists> <have been|were> <sentenced|jailed> to <long prison terms|lengthy sentences> <after trials that fell short of international fair trial standards|following unfair trials>.",
  "<Several|A number of> political prisoners are <in poor health|seriously ill> and <are being denied|have been refused> <adequate medical care|access to independent doctors>, <raising|which raises> <serious|grave> concerns for their <lives|well-being>.",
  "Political prisoners are <frequently|routinely> <placed in|transferred to> <punishment cells|solitary confinement> and <deprived of|denied> <family visits|correspondence|phone calls> <on fabricated|on spurious> disciplinary grounds.",
  "<Incommunicado detention|Detention without any contact with the outside world> <has been applied to|is used against> <prominent|high-profile> political prisoners, whose families have had no news of them for <months|years>.",
  "<New criminal charges|Additional sentences> <for “disobeying the prison administration”|for allegedly violating prison rules> <have been used|are used> to <extend|prolong> the <sentences|prison terms> of political prisoners <indefinitely|on the eve of their release>.",
  "<Amnesties|Pardons> <announced|declared> <on national holidays|in {year}> <have excluded|did not apply to> <those convicted of|prisoners serving sentences for> <“extremism”|“crimes against the state”>, <in practice|effectively> keeping political prisoners behind bars.",
  "Release <is|has been> <made conditional on|conditioned on> <a public confession|a petition for pardon admitting guilt>, which <many|most> political prisoners refuse to <sign|do>.",
  "The European Parliament has <repeatedly|consistently> called for the <immediate and unconditional|unconditional> release of all political prisoners {country:in}, <most recently|including> in its resolution of {date}.",
  "The UN Working Group on Arbitrary Detention <found|has found> the detention of <several|a number of> <opposition figures|activists> <to be arbitrary|arbitrary> and <called for|requested> their release, <but|yet> {auth} <have ignored|have not implemented> <these opinions|its opinions>.",
  "<Relatives of political prisoners|Family members of those imprisoned> <report|say> that they <are|have been> <followed|intimidated|summoned for questioning> <and|or> <have lost their jobs|dismissed from their jobs>.",
  "The number of political prisoners <has grown|has risen> <steadily|sharply> since {year}, <reaching|and stood at> <an estimated|around> {people} <in {lyear}|at the time of writing>.",
  "<Convictions|Sentences> of political prisoners <are|were> based on <broadly worded|vague> <anti-extremism|“anti-state”> provisions that <fail to meet|do not meet> the <requirements|standards> of legal certainty.",
  "<Several|Some> political prisoners <have been|were> <transferred|moved> to <colonies|prisons> <thousands of kilometres|far> from their homes, <making|which makes> <family visits|contact with lawyers> <almost impossible|extremely difficult>.",
};
static const char *const prisoners_ru[] = {
  "По данным <наших партнеров|местных правозащитников>, не менее {num} человек <находятся в заключении|остаются за решеткой> {country:in} по политически мотивированным обвинениям.",
  "Оппозиционные политики, журналисты и гражданские активисты были приговорены к длительным срокам заключения по итогам процессов, не соответствовавших международным стандартам справедливого суда.",
  "Ряд политических заключенных <тяжело болен|находится в тяжелом состоянии>, однако им отказывают в надлежащей медицинской помощи.",
  "Политических заключенных <регулярно|систематически> помещают в <штрафные изоляторы|одиночные камеры> и лишают <свиданий с родственниками|переписки> по надуманным дисциплинарным основаниям.",
  "Новые уголовные дела за «неповиновение администрации» используются для того, чтобы продлевать сроки политических заключенных <накануне освобождения|бесконечно>.",
  "Амнистии, <объявляемые|объявленные> к <праздникам|юбилеям>, не распространяются на осужденных за «экстремизм», и политические заключенные остаются за решеткой.",
  "Освобождение ставится в зависимость от <публичного покаяния|подачи прошения о помиловании с признанием вины>, на что большинство политических заключенных не соглашаются.",
  "Европейский парламент неоднократно призывал к немедленному и безусловному освобождению всех политических заключенных {country:in}.",
  "Нескольких политических заключенных этапировали в колонии за тысячи километров от дома, что делает свидания с родственниками практически невозможными.",
};
static const char *const prisoners_fr[] = {
  "Selon <nos partenaires|des défenseurs locaux>, au moins {num} personnes sont détenues {country:in} pour des motifs politiques.",
  "Des opposants, des journalistes et des militants ont été condamnés à de longues peines de prison à l'issue de procès <inéquitables|contraires aux normes internationales>.",
  "Plusieurs prisonniers politiques sont gravement malades et se voient refuser des soins médicaux adéquats.",
  "Les prisonniers politiques sont régulièrement placés à l'isolement et privés de visites familiales pour des motifs disciplinaires fabriqués.",
  "Le Parlement européen a demandé à plusieurs reprises la libération immédiate et inconditionnelle de tous les prisonniers politiques {country:in}.",
  "De nouvelles poursuites pour « désobéissance à l'administration pénitentiaire » servent à prolonger les peines des prisonniers politiques.",
  "Plusieurs prisonniers politiques ont été transférés dans des colonies situées à des milliers de kilomètres de leur famille.",
  "La libération est subordonnée à une demande de grâce impliquant un aveu de culpabilité, que la plupart des prisonniers politiques refusent de signer.",
};
static const char *const prisoners_de[] = {
  "Nach Angaben <unserer Partner|lokaler Menschenrechtsgruppen> sind {country:in} mindestens {num} Menschen aus politischen Gründen inhaftiert.",
  "Oppositionspolitiker, Journalisten und Aktivisten wurden nach unfairen Prozessen zu langen Haftstrafen verurteilt.",
  "Mehrere politische Gefangene sind schwer krank und erhalten keine angemessene medizinische Versorgung.",
  "Politische Gefangene werden regelmäßig in Isolationshaft verlegt und erhalten unter fadenscheinigen Vorwänden keinen Besuch von Angehörigen.",
  "Das Europäische Parlament hat wiederholt die sofortige und bedingungslose Freilassung aller politischen Gefangenen {country:in} gefordert.",
  "Mehrere politische Gefangene wurden in Strafkolonien verlegt, die Tausende Kilometer von ihren Familien entfernt liegen.",
  "Eine Freilassung wird von einem Gnadengesuch mit Schuldeingeständnis abhängig gemacht, das die meisten politischen Gefangenen ablehnen.",
};

static const char *const elections_en[] = {
  "The <parliamentary|presidential|local> elections held {month} <were neither free nor fair|lacked genuine competition|did not offer voters a genuine choice>, according to <the OSCE/ODIHR election observation mission|international observers>.",
  "<Genuine|Real> opposition parties <have been|were> <denied registration|refused registration|barred from running>, leaving voters without <a genuine choice|real political alternatives>.",
  "<Observers|Independent observers> <documented|reported> <ballot stuffing|carousel voting|pressure on public sector employees to vote> <and|as well as> <inflated turnout figures|irregularities in the counting of votes>.",
  "<Independent candidates|Opposition candidates> were <removed from the ballot|disqualified> <on technicalities|over alleged irregularities in their signature lists|for minor errors in their documents>.",
  "The <constitutional amendments|constitutional referendum> of {year} <allowed|enabled> the <incumbent President|President> to <stay in power|run again> <indefinitely|beyond the previous term limits>, <further weakening|undermining> <political pluralism|checks and balances>.",
  "<Citizen observers|Domestic observers> <were expelled from|were denied access to> polling stations, <and|while> <several|some> were <detained|fined> <on election day|for “interfering with the work of election commissions”>.",
  "Election commissions <at all levels|at every level> are <dominated by|controlled by> <representatives of the ruling party|pro-government appointees>, <and|while> <complaints|appeals> <about|concerning> <violations|irregularities> are <routinely rejected|dismissed without examination>.",
  "<Media coverage|Coverage by state media> of the <campaign|election campaign> was <heavily|overwhelmingly> biased in favour of <the incumbent|the ruling party>, <while|whereas> <opposition candidates|alternative candidates> <had virtually no access|were denied access> to <television|broadcast media>.",
  "<Restrictive|Burdensome> <registration requirements|requirements for registering parties>, <including|such as> a <minimum membership|threshold> of {people} members <in each region|nationwide>, make it <impossible|virtually impossible> to create new <political parties|parties>.",
  "<The OSCE/ODIHR|ODIHR> <recommendations|priority recommendations> <from previous|issued after previous> election observation missions <remain|have remained> <largely|almost entirely> unimplemented.",
  "<Voters|Public sector workers|Students> <reported|said they were> <being pressured|forced> to <vote for|support> <the ruling party|the incumbent> and to <photograph|prove> their ballots <to their superiors|to their managers>.",
  "<Post-election|Election-related> protests <were|have been> <violently dispersed|suppressed>, and <candidates|activists> who <contested|challenged> the results <were|have been> <prosecuted|arrested>.",
  "The right to <political participation|take part in the conduct of public affairs> <is|remains> <severely|seriously> <restricted|curtailed> {country:in}, where no election <since {year}|in recent years> <has been assessed as|was judged> <free and fair|democratic> by <international observers|the OSCE>.",
};
static const char *const elections_ru[] = {
  "<Парламентские|Президентские|Местные> выборы, прошедшие {month}, <не были ни свободными, ни справедливыми|не отличались реальной конкуренцией>, по оценке <миссии БДИПЧ ОБСЕ|международных наблюдателей>.",
  "Подлинно оппозиционным партиям было отказано в регистрации, и у избирателей <не было реального выбора|не оказалось реальной альтернативы>.",
  "Наблюдатели зафиксировали <вбросы бюллетеней|«карусели»|давление на бюджетников> и <завышение явки|нарушения при подсчете голосов>.",
  "Независимые кандидаты были <сняты с выборов|отстранены от участия> под предлогом <технических нарушений|ошибок в подписных листах>.",
  "Независимых наблюдателей <не допускали|не пускали> на избирательные участки, а некоторые из них были <задержаны|оштрафованы> в день голосования.",
  "Избирательные комиссии всех уровней <контролируются|укомплектованы> <представителями правящей партии|лояльными власти чиновниками>, а жалобы на нарушения <отклоняются|не рассматриваются>.",
  "Рекомендации БДИПЧ ОБСЕ по итогам предыдущих выборов <остаются|по-прежнему остаются> <в основном|практически полностью> невыполненными.",
  "Освещение избирательной кампании государственными СМИ было <явно|откровенно> предвзятым в пользу <действующего президента|правящей партии>.",
  "Бюджетников <принуждали|заставляли> голосовать за <правящую партию|действующего президента> и фотографировать бюллетени.",
};
static const char *const elections_fr[] = {
  "Les élections <législatives|présidentielles|locales> tenues {month} <n'ont été ni libres ni équitables|n'ont offert aucun véritable choix aux électeurs>, selon <la mission d'observation de l'OSCE/BIDDH|les observateurs internationaux>.",
  "Les véritables partis d'opposition se sont vu refuser l'enregistrement, privant les électeurs d'une réelle alternative.",
  "Les observateurs ont relevé des <bourrages d'urnes|votes multiples|pressions sur les fonctionnaires> et des irrégularités lors du dépouillement.",
  "Des candidats indépendants ont été écartés du scrutin pour des <vices de forme|erreurs mineures dans leurs listes de signatures>.",
  "Les recommandations de l'OSCE/BIDDH issues des précédentes missions d'observation restent en grande partie lettre morte.",
  "Les observateurs citoyens se sont vu refuser l'accès aux bureaux de vote et certains ont été interpellés le jour du scrutin.",
  "Les commissions électorales à tous les niveaux sont contrôlées par des représentants du parti au pouvoir.",
  "La couverture de la campagne par les médias d'État a été massivement favorable au président sortant.",
};
static const char *const elections_de[] = {
  "Die <Parlaments|Präsidentschafts|Kommunal>wahlen {month} waren nach Einschätzung <der OSZE/BDIMR-Wahlbeobachtungsmission|internationaler Beobachter> <weder frei noch fair|nicht wirklich kompetitiv>.",
  "Echten Oppositionsparteien wurde die Registrierung verweigert, sodass die Wählerinnen und Wähler keine echte Wahl hatten.",
  "Beobachter dokumentierten <das Einwerfen zusätzlicher Stimmzettel|Mehrfachabstimmungen|Druck auf Staatsbedienstete> sowie Unregelmäßigkeiten bei der Stimmenauszählung.",
  "Unabhängige Kandidatinnen und Kandidaten wurden unter Verweis auf <Formfehler|angebliche Mängel in ihren Unterschriftenlisten> von der Wahl ausgeschlossen.",
  "Die Empfehlungen des BDIMR aus früheren Wahlbeobachtungsmissionen sind weitgehend unerfüllt geblieben.",
  "Wahlkommissionen auf allen Ebenen werden von Vertretern der Regierungspartei kontrolliert.",
  "Die Berichterstattung der Staatsmedien über den Wahlkampf war einseitig zugunsten des Amtsinhabers.",
};

static const char *const labour_en[] = {
  "<Independent|Genuinely independent> trade unions {country:in} <have been|were> <forced to dissolve|suspended|liquidated> <under|following the adoption of> the <restrictive|new> Law on Trade Unions, which <requires|obliges> them to <join|affiliate with> <a government-controlled federation|the state-backed federation>.",
  "Workers who <went on strike|staged a strike|downed tools> <at|in> <the oil fields|a copper mine|a textile factory> {month} <to demand|demanding> <higher wages|the payment of wage arrears|better working conditions> <were|have been> <dismissed|threatened with dismissal|detained>.",
  "Strikes <are|remain> <effectively banned|de facto prohibited> <in|across> <many sectors|a broad range of sectors> <deemed|classified as> <“strategic”|“essential”>, <in breach of|contrary to> <ILO standards|ILO Conventions 87 and 98>.",
  "Trade union leaders <have been|were> <prosecuted|convicted> for <“inciting social discord”|organising strikes|“leading an illegal strike”> and <banned|barred> from <trade union activity|holding union office> for {years} years.",
  "<State-sponsored|Forced> labour <in the cotton harvest|during the cotton season> <remains|is still> a <serious|systemic> concern, <with|as> <teachers, doctors and other public sector employees|public sector workers and students> <mobilised|forced> to <pick cotton|work in the fields> <under threat of|or face> <dismissal|penalties>.",
  "<The ILO Committee on the Application of Standards|The ILO Committee of Experts> has <repeatedly|consistently> <urged|called on> {country} to <amend|bring> its <labour legislation|trade union law> <into line with|in conformity with> <freedom of association|ILO Convention 87>.",
  "<Migrant workers|Labour migrants> <face|are exposed to> <confiscation of passports|wage theft|unsafe working conditions> and <have no effective|lack any> <means of redress|access to remedies>.",
  "Workplace <accidents|deaths> <in the mining sector|on construction sites> <are|remain> <frequent|widespread>, <while|and> <labour inspections|inspections> <have been|were> <suspended|curtailed> <under a moratorium|since {year}>.",
  "<Members of|Activists of> the <independent|new> trade union <reported|said they were> <pressured to leave the union|threatened with dismissal|transferred to lower-paid positions> after <joining|registering> it.",
  "<Wage arrears|Unpaid wages> <at state-owned enterprises|in the public sector> <have led to|triggered> <protests|spontaneous strikes>, <to which|and> the authorities <responded|reacted> with <arrests|intimidation> <rather than|instead of> dialogue.",
  "<Compliance|Respect> with core labour standards <is|forms> a <condition|key requirement> for <trade preferences|the EU's trade preferences>, <and yet|but> <violations of|restrictions on> <trade union rights|workers' rights> <persist|continue unabated>.",
  "<Labour rights|Workers' rights> <activists|advocates> <have been|were> <placed under surveillance|followed by plain-clothes officers> and their <relatives|families> <questioned|threatened> <ahead of|before> <May Day|planned protests>.",
};
static const char *const labour_ru[] = {
  "Независимые профсоюзы {country:in} были <вынуждены самораспуститься|ликвидированы> после принятия нового закона о профсоюзах, который обязывает их вступать в <подконтрольную государству федерацию|провластную федерацию>.",
  "Рабочие, <объявившие забастовку|бастовавшие> {month} на <нефтяных месторождениях|медном руднике|текстильной фабрике> с требованием <повысить зарплату|погасить задолженность по зарплате>, были <уволены|задержаны>.",
  "Забастовки фактически запрещены во многих отраслях, признанных <«стратегическими»|«жизненно важными»>, что противоречит конвенциям МОТ.",
  "Профсоюзных лидеров <преследуют|осуждают> за «возбуждение социальной розни» и <лишают права|запрещают им> заниматься профсоюзной деятельностью.",
  "Принудительный труд на сборе хлопка остается серьезной проблемой: <учителей, врачей и других бюджетников|работников бюджетной сферы> <отправляют|мобилизуют> на поля под угрозой увольнения.",
  "<Комитет экспертов МОТ|Комитет МОТ по применению норм> неоднократно призывал {auth} привести законодательство о профсоюзах в соответствие с Конвенцией МОТ № 87.",
  "Трудовые мигранты сталкиваются с <изъятием паспортов|невыплатой заработной платы|опасными условиями труда> и не имеют эффективных средств правовой защиты.",
  "Членов независимого профсоюза <принуждали выйти из него|переводили на низкооплачиваемые должности> после его регистрации.",
  "Задолженность по зарплате на государственных предприятиях привела к стихийным забастовкам, на которые власти ответили арестами.",
};
static const char *const labour_fr[] = {
  "Les syndicats indépendants {country:in} ont été <contraints de se dissoudre|liquidés> après l'adoption de la nouvelle loi sur les syndicats, qui les oblige à adhérer à une fédération contrôlée par l'État.",
  "Des ouvriers qui s'étaient mis en grève {month} pour réclamer <le paiement de leurs arriérés de salaire|des hausses de salaire> ont été <licenciés|interpellés>.",
  "La grève est de facto interdite dans de nombreux secteurs jugés « stratégiques », en violation des conventions de l'OIT.",
  "Des dirigeants syndicaux ont été condamnés pour « incitation à la discorde sociale » et interdits d'activité syndicale.",
  "Le travail forcé lors de la récolte du coton demeure un problème grave : des enseignants et des médecins sont mobilisés sous la menace d'un licenciement.",
  "Les travailleurs migrants sont exposés à la confiscation de leurs passeports et au vol de salaire, sans voie de recours effective.",
  "Les membres du syndicat indépendant ont été poussés à le quitter après son enregistrement.",
  "Les arriérés de salaire dans les entreprises publiques ont provoqué des grèves spontanées, auxquelles les autorités ont répondu par des arrestations.",
};
static const char *const labour_de[] = {
  "Unabhängige Gewerkschaften mussten sich {country:in} nach Inkrafttreten des neuen Gewerkschaftsgesetzes auflösen oder einem staatlich kontrollierten Dachverband beitreten.",
  "Arbeiter, die {month} für <höhere Löhne|die Auszahlung ausstehender Löhne> streikten, wurden <entlassen|festgenommen>.",
  "Streiks sind in zahlreichen als „strategisch“ eingestuften Branchen faktisch verboten, was gegen die ILO-Übereinkommen verstößt.",
  "Gewerkschaftsführer wurden wegen „Anstiftung zu sozialer Zwietracht“ verurteilt und mit einem Betätigungsverbot belegt.",
  "Zwangsarbeit bei der Baumwollernte bleibt ein ernstes Problem; Lehrkräfte und Ärzte werden unter Androhung der Entlassung auf die Felder geschickt.",
  "Mitglieder der unabhängigen Gewerkschaft wurden nach deren Registrierung unter Druck gesetzt, wieder auszutreten.",
  "Lohnrückstände in Staatsbetrieben führten zu spontanen Streiks, auf die die Behörden mit Festnahmen reagierten.",
};

static const char *const defenders_en[] = {
  "Human rights defenders {country:in} <face|are subjected to> <surveillance|intimidation|smear campaigns>, <travel bans|arbitrary travel bans> and <criminal prosecution|politically motivated prosecution> <in retaliation for|as a reprisal for> their <work|legitimate activities>.",
  "<Defenders|Activists> who <cooperate|cooperated> with <UN mechanisms|the UN and the OSCE|international organisations> <have been|were> <subjected to|targeted by> <reprisals|acts of reprisal>, <including|such as> <interrogations|searches|confiscation of documents>.",
  "The <offices|homes> of <several|a number of> human rights defenders <were searched|were raided> {month}, and <computers, phones and archives|documents and equipment> <were confiscated|were seized>.",
  "<Women human rights defenders|Women defenders> <face|are exposed to> <gender-specific|additional> <threats|risks>, including <threats of sexual violence|the publication of intimate images|smear campaigns targeting their families>.",
  "<Lawyers|Human rights lawyers> <defending|who defend> <activists|victims of torture|political prisoners> <have themselves become|are themselves> <targets|the target> of <prosecution|disbarment proceedings|threats>.",
  "<The EU Guidelines on Human Rights Defenders|EU Guidelines on Human Rights Defenders> <call on|require> EU Delegations to <monitor trials|attend trials>, <visit defenders in detention|visit imprisoned defenders> and <publicly|openly> <raise|voice> <concerns|their concerns> <about|over> <individual cases|cases of persecution>.",
  "<A human rights defender|A prominent defender> <was attacked|was assaulted> by <unidentified men|unknown assailants> {city:in} {when}; <no one has been held accountable|the attackers have not been identified>.",
  "<Defenders|Activists> <working on|documenting> <torture|land rights|environmental issues|disappearances> <in the regions|outside the capital> are <particularly|especially> <vulnerable|at risk>, <as|because> they <lack|do not have> <protection|visibility> <and|or> <legal support|access to lawyers>.",
  "<Online harassment|Coordinated online campaigns> <against|targeting> human rights defenders, <often|apparently> <orchestrated|coordinated> by <pro-government accounts|troll networks>, <have intensified|are intensifying> since {year}.",
  "<Travel bans|Exit bans> <imposed on|against> <defenders|activists> <prevent|have prevented> them from <attending|participating in> <OSCE|UN|EU> <meetings|events> <abroad|in Geneva, Vienna and Brussels>.",
  "Public recognition of the <legitimate|important> role of human rights defenders <by senior EU officials|by the EU> <provides|offers> <vital|much-needed> <protection|political backing> <to those at risk|for those at risk>.",
  "<Several|A number of> <defenders|human rights activists> <have been forced|were forced> <to leave the country|into exile> <after receiving|following> <credible threats|threats to their lives|warnings of imminent arrest>.",
  "Human rights <organisations|groups> that <monitor|document> <prison conditions|the situation in places of detention> <have been|were> <denied access|refused access> to <prisons|colonies> since {year}.",
};
static const char *const defenders_ru[] = {
  "Правозащитники {country:in} подвергаются <слежке|запугиванию|травле>, <запретам на выезд|произвольным запретам на выезд> и уголовному преследованию в отместку за свою <работу|законную деятельность>.",
  "Правозащитники, сотрудничающие с <механизмами ООН|ООН и ОБСЕ>, подвергаются репрессиям: <допросам|обыскам|изъятию документов>.",
  "В офисах и квартирах нескольких правозащитников {month} прошли обыски, были изъяты <компьютеры, телефоны и архивы|документы и оборудование>.",
  "Правозащитницы сталкиваются с <дополнительными|гендерно-специфическими> угрозами, включая угрозы сексуального насилия и травлю их семей.",
  "Адвокаты, защищающие <активистов|жертв пыток|политических заключенных>, сами становятся объектами <преследования|угроз>.",
  "Руководящие принципы ЕС по правозащитникам предусматривают, что делегации ЕС должны <наблюдать за судебными процессами|присутствовать на судебных заседаниях> и публично выражать обеспокоенность.",
  "<Правозащитник|Известный правозащитник> подвергся нападению неизвестных {city:in} {when}; виновные до сих пор не установлены.",
  "Несколько правозащитников были вынуждены покинуть страну после <угроз их жизни|предупреждений о готовящемся аресте>.",
};
static const char *const defenders_fr[] = {
  "Les défenseurs des droits humains {country:in} sont victimes de <surveillance|harcèlement|campagnes de dénigrement>, d'interdictions de voyager et de poursuites pénales en représailles à leur travail.",
  "Les militants qui coopèrent avec les mécanismes de l'ONU font l'objet de représailles, notamment d'interrogatoires et de perquisitions.",
  "Les bureaux de plusieurs défenseurs ont été perquisitionnés {month} et <leurs ordinateurs saisis|leurs archives saisies>.",
  "Les femmes défenseures des droits humains sont exposées à des menaces spécifiques, notamment des menaces de violences sexuelles.",
  "Les Orientations de l'UE concernant les défenseurs des droits de l'homme prévoient que les délégations de l'UE assistent aux procès et expriment publiquement leurs préoccupations.",
  "Les avocats qui défendent des militants deviennent eux-mêmes la cible de <poursuites|menaces|procédures de radiation>.",
  "Un défenseur des droits humains a été agressé par des inconnus {city:in} {when} ; les agresseurs n'ont pas été identifiés.",
  "Plusieurs défenseurs ont été contraints à l'exil après avoir reçu des menaces de mort.",
};
static const char *const defenders_de[] = {
  "Menschenrechtsverteidigerinnen und -verteidiger sind {country:in} <Überwachung|Einschüchterung|Hetzkampagnen>, Ausreiseverboten und strafrechtlicher Verfolgung ausgesetzt.",
  "Wer mit den <UN-Mechanismen|Vereinten Nationen und der OSZE> zusammenarbeitet, muss mit Repressalien wie Verhören und Hausdurchsuchungen rechnen.",
  "Die Büros mehrerer Menschenrechtsverteidiger wurden {month} durchsucht, Computer und Archive beschlagnahmt.",
  "Die EU-Leitlinien zum Schutz von Menschenrechtsverteidigern sehen vor, dass EU-Delegationen Prozesse beobachten und Bedenken öffentlich äußern.",
  "Anwältinnen und Anwälte, die Aktivisten verteidigen, geraten selbst ins Visier der Behörden.",
  "Ein Menschenrechtsverteidiger wurde {when} {city:in} von Unbekannten überfallen; die Täter wurden nicht ermittelt.",
  "Mehrere Aktivisten mussten nach Morddrohungen ins Exil gehen.",
};

static const char *const transnational_en[] = {
  "{auth} <continue to seek|have repeatedly sought> the <extradition|forcible return> of <political opponents|exiled critics|dissidents> from <Turkey and EU member states|third countries|neighbouring states>, <often|frequently> <through|by means of> <Interpol Red Notices|extradition requests> <issued on|based on> <politically motivated|fabricated> charges.",
  "<Exiled|Émigré> <activists|bloggers|opposition supporters> <living|residing> in <the EU|Europe|Turkey> <report|have reported> <threats|surveillance|pressure on relatives back home> <by|from> <the security services|agents of their country of origin>.",
  "<Several|A number of> <asylum seekers|refugees> <were|have been> <abducted|forcibly returned|deported> to {country} <in violation of|in breach of> the principle of non-refoulement, and they <face|faced> <a real risk of torture|torture and unfair trials> there.",
  "The <extradition|return> of {country} nationals <wanted|sought> on <“extremism”|“terrorism”> charges <exposes|would expose> them to <a real risk|a serious risk> of torture and <ill-treatment|unfair trial>, as the European Court of Human Rights has <repeatedly|consistently> <found|confirmed>.",
  "<Interpol|The Interpol General Secretariat> <has|had> <deleted|cancelled> <several|a number of> Red Notices <requested|issued at the request> of {country} after <finding|concluding> them to be <politically motivated|predominantly political in character>.",
  "<Relatives|Family members> of <exiled|émigré> <critics|activists> <still living|who remain> {country:in} <have been|are> <summoned for questioning|threatened|dismissed from their jobs> <to force|in order to pressure> them <to return|into silence>.",
  "<Diplomatic assurances|Assurances> <provided|given> by {country} <that returnees will not be tortured|against torture> <cannot be relied upon|are not reliable>, <as|since> there is no <effective|independent> <mechanism to monitor them|post-return monitoring>.",
  "EU member states <should|must> <refrain from|stop> <extraditing|returning> <individuals|people> to {country} where they <face|would face> a real risk of <torture|persecution>, and <should|must> <carefully|thoroughly> <assess|examine> <extradition requests|asylum applications> <in this light|accordingly>.",
  "<Critics|Opposition figures> <living abroad|in exile> <have been|were> <convicted|tried> <in absentia|in their absence>, and their <property has|assets have> been <confiscated|seized>.",
  "<Cyber attacks|Phishing attacks|Spyware infections> <targeting|aimed at> <exiled|émigré> journalists and activists <have been|were> <traced back|attributed> to <state-linked actors|the security services>.",
  "<Transnational repression|Persecution beyond borders> <by|on the part of> {auth} <has intensified|has grown|is increasing>, <including|with> <abductions|renditions> from <neighbouring countries|Turkey and Ukraine> <carried out|conducted> <without|outside> any legal procedure.",
  "<Students|Migrant workers> from {country} <studying|working> <abroad|in the EU> <report|say> that they <are|have been> <monitored|watched> <by informants|through their embassy> and <warned|threatened> <not to join|against joining> <protests|opposition events>.",
  "The <misuse|abuse> of <Interpol|international police cooperation> <mechanisms|channels> by {auth} <to hunt down|to track down> <critics|opponents> <abroad|living abroad> <must be addressed|should be addressed> <by EU member states|in EU–{country} contacts>.",
};
static const char *const transnational_ru[] = {
  "{auth} <продолжают добиваться|по-прежнему добиваются> экстрадиции <политических оппонентов|критиков в эмиграции> из Турции и стран ЕС, <нередко|часто> используя «красные уведомления» Интерпола.",
  "Активисты, живущие в эмиграции, сообщают <об угрозах|о слежке> и давлении на родственников со стороны спецслужб.",
  "Несколько <просителей убежища|беженцев> были <похищены и вывезены|принудительно возвращены> {country:to} в нарушение принципа невыдворения; там им грозят пытки.",
  "Экстрадиция граждан {country:of}, обвиняемых в «экстремизме», подвергает их реальному риску пыток, что неоднократно <констатировал|подтверждал> Европейский суд по правам человека.",
  "Родственников <эмигрировавших|находящихся в эмиграции> активистов вызывают на допросы и <увольняют с работы|запугивают>, чтобы <вынудить их вернуться|заставить их замолчать>.",
  "Дипломатическим гарантиям {country:of} <нельзя доверять|не следует доверять>, поскольку <независимого мониторинга|эффективного механизма контроля> после возвращения не существует.",
  "Критики, живущие за рубежом, были <осуждены заочно|заочно приговорены к лишению свободы>, а их имущество конфисковано.",
  "Государства – члены ЕС должны воздерживаться от выдачи лиц {country:to}, если им грозит реальный риск пыток.",
};
static const char *const transnational_fr[] = {
  "{auth} continuent de réclamer l'extradition <d'opposants|de dissidents exilés> depuis la Turquie et des États membres de l'UE, souvent au moyen de notices rouges d'Interpol.",
  "Des militants exilés en Europe signalent des menaces et des pressions exercées sur leurs proches restés {country:in}.",
  "Plusieurs demandeurs d'asile ont été <enlevés|renvoyés de force> {country:to} en violation du principe de non-refoulement.",
  "L'extradition de ressortissants <soupçonnés|accusés> d'« extrémisme » les exposerait à un risque réel de torture, comme l'a constaté à plusieurs reprises la Cour européenne des droits de l'homme.",
  "Les assurances diplomatiques fournies par {auth} ne sont pas fiables en l'absence de tout mécanisme de suivi indépendant.",
  "Les États membres de l'UE doivent s'abstenir d'extrader des personnes {country:to} lorsqu'elles y courent un risque réel de torture.",
  "Des opposants vivant à l'étranger ont été condamnés par contumace et leurs biens confisqués.",
  "Des proches de militants exilés sont convoqués pour interrogatoire afin de les contraindre au silence.",
};
static const char *const transnational_de[] = {
  "{auth} bemühen sich weiterhin um die Auslieferung von Oppositionellen aus der Türkei und EU-Mitgliedstaaten, häufig über Interpol-Fahndungsersuchen.",
  "Exilierte Aktivistinnen und Aktivisten berichten von Drohungen und Druck auf ihre Angehörigen {country:in}.",
  "Mehrere Asylsuchende wurden unter Verletzung des Non-Refoulement-Gebots {country:to} <abgeschoben|zwangsweise zurückgeführt>.",
  "Die Auslieferung von Personen, denen „Extremismus“ vorgeworfen wird, setzt sie der realen Gefahr von Folter aus, wie der Europäische Gerichtshof für Menschenrechte wiederholt festgestellt hat.",
  "Die EU-Mitgliedstaaten dürfen niemanden {country:to} ausliefern, dem dort Folter oder Verfolgung droht.",
  "Im Ausland lebende Kritiker wurden in Abwesenheit verurteilt und ihr Vermögen beschlagnahmt.",
  "Angehörige von Exilaktivisten werden zu Verhören vorgeladen, um sie zum Schweigen zu bringen.",
};

static const char *const lgbti_en[] = {
  "LGBTI people {country:in} <face|are exposed to> <widespread|pervasive> <discrimination|stigma>, <violence|hate crimes> and <harassment|extortion> <by|at the hands of> <the police|police officers> <and|as well as> <private individuals|their own families>.",
  "A <draft|proposed> law <banning|prohibiting> <“propaganda of non-traditional sexual relations”|“LGBT propaganda”> <was|has been> <submitted to|introduced in> parliament {month}, <modelled on|copying> <similar legislation in Russia|the Russian law of 2013>.",
  "<Homophobic|Anti-LGBTI> <attacks|hate crimes> are <rarely|seldom> <investigated|prosecuted> <as hate crimes|with the bias motive recognised>, <and|while> <victims|survivors> <are afraid to report|fear reporting> them <to the police|to the authorities> <for fear of|because of the risk of> <being outed|further abuse>.",
  "<A peaceful|An> <event|gathering|march> <organised by|held by> LGBTI <activists|groups> {city:in} {when} <was|had to be> <cancelled|disrupted> <after|following> <violent counter-protests|attacks by far-right groups|threats of violence>, <and|while> the police <failed to|did not> <protect|ensure the safety of> <participants|those attending>.",
  "<Gay|Bisexual> men <have been|were> <lured|entrapped> <through|via> <dating apps|online dating sites> by <police officers|criminal gangs> who <extorted money from them|demanded money> under threat of <outing|disclosure>.",
  "<Transgender people|Trans persons> <cannot|are unable to> <change|obtain a change of> their legal gender <without|unless they undergo> <compulsory|forced> <surgery|psychiatric examination and sterilisation>.",
  "<Consensual same-sex relations between men|Same-sex relations between consenting men> <remain|are still> <criminalised|a criminal offence> {country:in}, <punishable by|carrying> <up to|a prison term of up to> {years} years <in prison|of imprisonment>.",
  "<Public officials|Senior officials|Members of parliament> <have made|made> <openly|overtly> <homophobic|anti-LGBTI> <statements|remarks> <without|with no> <consequences|reaction from the authorities>, <contributing to|fuelling> a climate of <hostility|hatred|intolerance>.",
  "<LGBTI organisations|Groups working on sexual orientation and gender identity> <have been|were> <refused registration|denied registration|targeted by inspections>, <and|while> <their events|their gatherings> <were|are> <banned|prevented>.",
  "The <anti-discrimination law|law on equality> <adopted|passed> in {year} <does not|fails to> <explicitly|expressly> <include|cover> sexual orientation and gender identity <as protected grounds|among the protected grounds>.",
  "<Media|Online media|Television channels> <regularly|routinely> <publish|broadcast> <hate speech|defamatory material> <against|about> LGBTI people, <and|while> <the regulator takes no action|media regulators fail to act>.",
  "<LGBTI|Gay and lesbian> <activists|people> <report|have reported> being <forcibly outed|outed> to their <families|employers> <by|at the initiative of> <police officers|investigators>, <which has led to|leading to> <violence|so-called honour violence|loss of employment>.",
};
static const char *const lgbti_ru[] = {
  "ЛГБТИ-люди {country:in} сталкиваются с <повсеместной|широко распространенной> дискриминацией, насилием и <вымогательством|преследованием> со стороны <полиции|сотрудников полиции> и <частных лиц|собственных семей>.",
  "Законопроект о запрете «пропаганды нетрадиционных сексуальных отношений», внесенный в парламент {month}, <копирует|повторяет> <российский закон 2013 года|аналогичное российское законодательство>.",
  "Нападения на почве гомофобии <редко|практически никогда не> расследуются как преступления на почве ненависти, а пострадавшие боятся обращаться в полицию.",
  "<Мероприятие|Собрание> ЛГБТИ-активистов {city:in} {when} было <сорвано|отменено> после <нападений ультраправых|угроз насилием>, а полиция не обеспечила безопасность участников.",
  "Сотрудники полиции <заманивают|выманивают> геев через <приложения для знакомств|сайты знакомств> и вымогают у них деньги под угрозой <разглашения ориентации|огласки>.",
  "Трансгендерные люди не могут изменить юридический пол без <принудительной|обязательной> психиатрической экспертизы<| и хирургического вмешательства>.",
  "<Высокопоставленные чиновники|Депутаты парламента> <безнаказанно|открыто> делают гомофобные заявления, <подпитывая|создавая> атмосферу <враждебности|нетерпимости>.",
  "ЛГБТИ-организациям <отказывают в регистрации|запрещают проводить мероприятия>.",
};
static const char *const lgbti_fr[] = {
  "Les personnes LGBTI {country:in} subissent des discriminations, des violences et des <extorsions|actes de harcèlement> de la part <de la police|des forces de l'ordre> et de particuliers.",
  "Un projet de loi interdisant la « propagande des relations sexuelles non traditionnelles » a été déposé au parlement {month}, sur le modèle de la loi russe.",
  "Les agressions homophobes font rarement l'objet d'enquêtes en tant que crimes de haine, et les victimes craignent de porter plainte.",
  "Des policiers piègent des hommes gays via des applications de rencontre et les rançonnent sous la menace de révéler leur orientation.",
  "Des responsables publics tiennent des propos ouvertement homophobes sans aucune conséquence, alimentant un climat d'hostilité.",
  "Les personnes transgenres ne peuvent changer leur état civil sans expertise psychiatrique obligatoire.",
  "Un rassemblement organisé par des militants LGBTI {city:in} {when} a été perturbé par des contre-manifestants violents, sans que la police intervienne.",
};
static const char *const lgbti_de[] = {
  "LGBTI-Personen sind {country:in} Diskriminierung, Gewalt und Erpressung durch <Polizeibeamte|die Polizei> und Privatpersonen ausgesetzt.",
  "Ein Gesetzentwurf gegen „Propaganda nichttraditioneller sexueller Beziehungen“, der {month} ins Parlament eingebracht wurde, ist dem russischen Gesetz nachempfunden.",
  "Homophobe Übergriffe werden selten als Hassverbrechen verfolgt, und Betroffene scheuen sich, Anzeige zu erstatten.",
  "Polizisten locken schwule Männer über Dating-Apps in Fallen und erpressen sie mit der Drohung, ihre sexuelle Orientierung offenzulegen.",
  "Hochrangige Amtsträger äußern sich offen homophob, ohne Konsequenzen befürchten zu müssen.",
  "Transgeschlechtliche Menschen können ihren Geschlechtseintrag nur nach einer verpflichtenden psychiatrischen Begutachtung ändern.",
  "Eine Veranstaltung von LGBTI-Aktivisten {city:in} wurde {when} von gewalttätigen Gegendemonstranten gestört, ohne dass die Polizei einschritt.",
};

static const char *const women_en[] = {
  "Domestic violence <remains|is still> <widespread|pervasive> {country:in}, <yet|but> <it is not criminalised as a separate offence|it has not been recognised as a distinct criminal offence>, and <most|many> cases <end in|are closed with> <reconciliation|a fine>.",
  "The decriminalisation of <battery|domestic battery> in {year} <has led to|resulted in> <a rise|an increase> in <violence against women|domestic violence>, according to <crisis centres|women's organisations>.",
  "<At least|More than> {num} women <were killed|died> <by|at the hands of> <their partners|current or former partners|relatives> in {year}, <according to|as recorded by> <women's rights groups|local NGOs>, <while|and> official statistics <remain incomplete|are not published>.",
  "<Protection orders|Restraining orders> are <rarely|seldom> <issued|enforced>, and police <officers|officials> <often|frequently> <refuse to register|discourage women from filing> complaints <of domestic violence|about violence in the family>.",
  "<Bride kidnapping|Abduction of women for marriage> <continues|persists> <in rural areas|in parts of the country>, <despite|in spite of> its <criminalisation|prohibition>, <and|while> <perpetrators|those responsible> <rarely|seldom> <face|receive> <prison sentences|real punishment>.",
  "<Women activists|Feminist activists> who <organised|took part in> <a march|a rally> <on 8 March|on International Women's Day> <were|have been> <detained|fined> <for|on charges of> <“organising an unauthorised event”|“hooliganism”>.",
  "<Shelters|Crisis centres> for <survivors|victims> of <violence|domestic violence> are <scarce|insufficient> and <depend|rely> <almost entirely|largely> on <donor funding|foreign funding>, which <the new NGO rules|recent legislation> <threaten|put at risk>.",
  "{country} <has not signed or ratified|has yet to sign and ratify> the Istanbul Convention, <and|while> the <recommendations|concluding observations> of <the CEDAW Committee|the UN Committee on the Elimination of Discrimination against Women> <remain|have remained> <unimplemented|largely unimplemented>.",
  "Women <remain|are> <under-represented|poorly represented> in <parliament|decision-making positions|the judiciary>, <and|while> <women candidates|female candidates> <face|are subjected to> <sexist|gender-based> <attacks|harassment> <online|during campaigns>.",
  "<Women in detention|Female prisoners> <reported|have reported> <sexual harassment|threats of sexual violence|humiliating searches> <by|from> <male guards|prison staff>.",
  "<Early|Child> marriage <continues|persists>, <particularly|especially> <in rural areas|in remote regions>, <with|and> <religious|unregistered> marriages <used|serving> to <circumvent|get around> the <legal|minimum> age of marriage.",
  "<Gender-based violence|Violence against women> <online|on the internet>, <including|such as> the <non-consensual|unauthorised> <publication|distribution> of <intimate images|private photographs>, is not <adequately|effectively> <addressed|penalised> by law.",
  "<Women's rights|Feminist> <organisations|groups> <have been|were> <labelled|branded> <as promoters of “foreign values”|as “foreign agents”|as a threat to “traditional values”> <by officials|in pro-government media>.",
};
static const char *const women_ru[] = {
  "Домашнее насилие {country:in} по-прежнему <широко распространено|носит массовый характер>, однако оно не <выделено в отдельный состав преступления|криминализировано как самостоятельное преступление>, и большинство дел заканчивается <примирением сторон|штрафом>.",
  "По данным <кризисных центров|женских организаций>, после декриминализации побоев число случаев насилия в отношении женщин <выросло|увеличилось>.",
  "В {year} году не менее {num} женщин были убиты <своими партнерами|нынешними или бывшими партнерами|родственниками>, при этом официальная статистика <не публикуется|остается неполной>.",
  "Защитные предписания выдаются редко, а сотрудники полиции <часто|нередко> отказываются регистрировать заявления о домашнем насилии.",
  "Похищение невест <продолжается|сохраняется> в сельских районах, несмотря на <уголовную ответственность|запрет>, а виновные редко <несут реальное наказание|получают реальные сроки>.",
  "Активисток, <организовавших марш|вышедших на акцию> 8 марта, <задержали|оштрафовали> за «организацию несанкционированного мероприятия».",
  "Стамбульская конвенция до сих пор не ратифицирована, а рекомендации Комитета ООН по ликвидации дискриминации в отношении женщин <остаются невыполненными|в основном не выполнены>.",
  "Кризисные центры для пострадавших от насилия <немногочисленны|в дефиците> и почти полностью зависят от <донорского|иностранного> финансирования.",
  "Женщины по-прежнему недостаточно представлены в парламенте и на руководящих должностях.",
};
static const char *const women_fr[] = {
  "Les violences domestiques restent <très répandues|massives> {country:in}, mais elles ne constituent pas une infraction pénale autonome et la plupart des affaires se terminent par une <réconciliation|simple amende>.",
  "Selon <les centres de crise|les organisations de femmes>, au moins {num} femmes ont été tuées par leur partenaire ou un proche en {year}.",
  "Les ordonnances de protection sont rarement délivrées, et la police refuse souvent d'enregistrer les plaintes pour violences conjugales.",
  "L'enlèvement de jeunes femmes en vue d'un mariage forcé persiste dans les zones rurales malgré son interdiction.",
  "Des militantes féministes ont été <interpellées|condamnées à des amendes> après une marche organisée le 8 mars.",
  "La Convention d'Istanbul n'a toujours pas été ratifiée et les recommandations du Comité CEDAW restent lettre morte.",
  "Les refuges pour les victimes de violences sont rares et dépendent presque entièrement de financements étrangers.",
  "Les femmes restent sous-représentées au parlement et dans les postes de décision.",
};
static const char *const women_de[] = {
  "Häusliche Gewalt ist {country:in} weit verbreitet, stellt aber keinen eigenen Straftatbestand dar; die meisten Verfahren enden mit einer <Versöhnung|Geldstrafe>.",
  "Nach Angaben von <Krisenzentren|Frauenorganisationen> wurden {year} mindestens {num} Frauen von ihren Partnern oder Angehörigen getötet.",
  "Schutzanordnungen werden selten erlassen, und die Polizei weigert sich häufig, Anzeigen wegen häuslicher Gewalt aufzunehmen.",
  "Brautentführungen kommen in ländlichen Gebieten trotz Verbots weiterhin vor.",
  "Feministische Aktivistinnen wurden nach einem Marsch zum 8. März <festgenommen|mit Geldstrafen belegt>.",
  "Schutzunterkünfte für Gewaltbetroffene sind rar und hängen fast vollständig von ausländischer Finanzierung ab.",
  "Frauen sind im Parlament und in Führungspositionen weiterhin unterrepräsentiert.",
};

/* What the senders ask the EU to do about each issue; bullets that
 * follow "We urge you to:" and its translations. */

static const char *const expression_asks_en[] = {
  "urge {auth} to decriminalise defamation and repeal the offence of disseminating “false information”;",
  "call for an end to the prosecution of bloggers and social media users for their peaceful posts;",
  "press for an end to the arbitrary blocking of websites and social media;",
};
static const char *const expression_asks_ru[] = {
  "призвать {auth} декриминализировать клевету и отменить статью о распространении «ложной информации»;",
  "добиваться прекращения преследования блогеров и пользователей социальных сетей;",
};
static const char *const expression_asks_fr[] = {
  "exhorter {auth} à dépénaliser la diffamation et à abroger l'infraction de « diffusion de fausses informations » ;",
  "demander la fin des poursuites contre les blogueurs et les internautes ;",
};
static const char *const expression_asks_de[] = {
  "{auth} aufzufordern, Verleumdung zu entkriminalisieren und den Straftatbestand der „Verbreitung falscher Informationen“ abzuschaffen;",
  "auf ein Ende der Strafverfolgung von Bloggern und Social-Media-Nutzern zu drängen;",
};
static const char *const media_asks_en[] = {
  "call for the release of all journalists imprisoned in connection with their work;",
  "urge {auth} to stop using tax inspections and defamation suits against independent media;",
  "press for effective investigations into attacks on journalists;",
};
static const char *const media_asks_ru[] = {
  "призвать к освобождению всех журналистов, находящихся в заключении в связи с их работой;",
  "добиваться эффективного расследования нападений на журналистов;",
};
static const char *const media_asks_fr[] = {
  "demander la libération de tous les journalistes détenus en raison de leur travail ;",
  "exiger des enquêtes effectives sur les agressions contre des journalistes ;",
};
static const char *const media_asks_de[] = {
  "die Freilassung aller wegen ihrer Arbeit inhaftierten Journalistinnen und Journalisten zu fordern;",
  "auf wirksame Ermittlungen zu Angriffen auf Medienschaffende zu drängen;",
};
static const char *const assembly_asks_en[] = {
  "urge {auth} to replace the authorisation regime for assemblies with a simple notification procedure;",
  "call for the release of all those detained for peaceful protest;",
  "press for accountability for the excessive use of force against protesters;",
};
static const char *const assembly_asks_ru[] = {
  "призвать {auth} заменить разрешительный порядок проведения собраний уведомительным;",
  "добиваться освобождения всех задержанных за участие в мирных протестах;",
};
static const char *const assembly_asks_fr[] = {
  "exhorter {auth} à remplacer le régime d'autorisation des rassemblements par une simple notification ;",
  "demander la libération de toutes les personnes détenues pour avoir manifesté pacifiquement ;",
};
static const char *const assembly_asks_de[] = {
  "{auth} aufzufordern, das Genehmigungsverfahren für Versammlungen durch eine einfache Anmeldepflicht zu ersetzen;",
  "die Freilassung aller wegen friedlichen Protests Inhaftierten zu fordern;",
};
static const char *const association_asks_en[] = {
  "call on {auth} to withdraw the draft law on “foreign representatives” and to ease reporting requirements for NGOs;",
  "press for the reinstatement of NGOs liquidated on formal grounds;",
  "ensure that EU funding for civil society is protected against arbitrary restrictions;",
};
static const char *const association_asks_ru[] = {
  "призвать {auth} отозвать законопроект об «иностранных представителях» и упростить отчетность НКО;",
  "добиваться восстановления НКО, ликвидированных по формальным основаниям;",
};
static const char *const association_asks_fr[] = {
  "appeler {auth} à retirer le projet de loi sur les « représentants étrangers » ;",
  "demander la réhabilitation des ONG dissoutes pour des motifs formels ;",
};
static const char *const association_asks_de[] = {
  "{auth} aufzufordern, den Gesetzentwurf über „ausländische Vertreter“ zurückzuziehen;",
  "sich für die Wiederzulassung der aus formalen Gründen aufgelösten NGOs einzusetzen;",
};
static const char *const religion_asks_en[] = {
  "urge {auth} to abolish compulsory registration of religious communities and state censorship of religious literature;",
  "call for the release of all those imprisoned for peacefully exercising their freedom of religion or belief;",
  "press for a genuinely civilian alternative to military service;",
};
static const char *const religion_asks_ru[] = {
  "призвать {auth} отменить обязательную регистрацию религиозных общин и цензуру религиозной литературы;",
  "добиваться освобождения всех, кто находится в заключении за мирное исповедание своей веры;",
};
static const char *const religion_asks_fr[] = {
  "exhorter {auth} à abolir l'enregistrement obligatoire des communautés religieuses ;",
  "demander la libération des personnes emprisonnées pour avoir exercé pacifiquement leur liberté de religion ;",
};
static const char *const religion_asks_de[] = {
  "{auth} aufzufordern, die Registrierungspflicht für Religionsgemeinschaften abzuschaffen;",
  "die Freilassung aller wegen ihres Glaubens Inhaftierten zu fordern;",
};
static const char *const torture_asks_en[] = {
  "urge {auth} to ensure prompt, impartial and effective investigations into all allegations of torture;",
  "call for the exclusion of evidence obtained under duress and for the prosecution of perpetrators;",
  "support a fully independent National Preventive Mechanism with unannounced access to all places of detention;",
};
static const char *const torture_asks_ru[] = {
  "призвать {auth} обеспечить оперативное, беспристрастное и эффективное расследование всех заявлений о пытках;",
  "добиваться исключения доказательств, полученных под давлением, и привлечения виновных к ответственности;",
};
static const char *const torture_asks_fr[] = {
  "exhorter {auth} à mener des enquêtes promptes, impartiales et effectives sur toutes les allégations de torture ;",
  "demander que les aveux obtenus sous la contrainte soient exclus des procédures ;",
};
static const char *const torture_asks_de[] = {
  "{auth} aufzufordern, alle Foltervorwürfe umgehend, unparteiisch und wirksam zu untersuchen;",
  "darauf zu bestehen, dass unter Zwang erlangte Geständnisse nicht verwertet werden;",
};
static const char *const fair_trial_asks_en[] = {
  "call for reforms guaranteeing the independence of judges from the executive;",
  "ensure that EU diplomats monitor politically sensitive trials;",
  "press for the reinstatement of lawyers disbarred for defending activists;",
};
static const char *const fair_trial_asks_ru[] = {
  "призвать к реформам, гарантирующим независимость судей от исполнительной власти;",
  "обеспечить наблюдение дипломатов ЕС за политически значимыми судебными процессами;",
};
static const char *const fair_trial_asks_fr[] = {
  "appeler à des réformes garantissant l'indépendance des juges vis-à-vis de l'exécutif ;",
  "veiller à ce que des diplomates de l'UE observent les procès politiquement sensibles ;",
};
static const char *const fair_trial_asks_de[] = {
  "auf Reformen zu drängen, die die Unabhängigkeit der Richter von der Exekutive garantieren;",
  "sicherzustellen, dass EU-Diplomaten politisch sensible Prozesse beobachten;",
};
static const char *const prisoners_asks_en[] = {
  "call publicly for the immediate and unconditional release of all political prisoners;",
  "request access for EU diplomats to political prisoners and independent medical examinations for those in poor health;",
  "urge {auth} to end the use of solitary confinement and new charges against prisoners nearing release;",
};
static const char *const prisoners_asks_ru[] = {
  "публично призвать к немедленному и безусловному освобождению всех политических заключенных;",
  "добиваться доступа дипломатов ЕС к политическим заключенным и независимого медицинского обследования;",
};
static const char *const prisoners_asks_fr[] = {
  "demander publiquement la libération immédiate et inconditionnelle de tous les prisonniers politiques ;",
  "solliciter l'accès des diplomates de l'UE aux prisonniers politiques ;",
};
static const char *const prisoners_asks_de[] = {
  "öffentlich die sofortige und bedingungslose Freilassung aller politischen Gefangenen zu fordern;",
  "Zugang für EU-Diplomaten zu politischen Gefangenen zu verlangen;",
};
static const char *const elections_asks_en[] = {
  "urge {auth} to implement the outstanding OSCE/ODIHR recommendations well ahead of the next elections;",
  "call for the registration of opposition parties and independent candidates;",
  "support independent domestic election observation;",
};
static const char *const elections_asks_ru[] = {
  "призвать {auth} выполнить рекомендации БДИПЧ ОБСЕ задолго до следующих выборов;",
  "добиваться регистрации оппозиционных партий и независимых кандидатов;",
};
static const char *const elections_asks_fr[] = {
  "exhorter {auth} à mettre en œuvre les recommandations de l'OSCE/BIDDH bien avant les prochaines élections ;",
  "demander l'enregistrement des partis d'opposition ;",
};
static const char *const elections_asks_de[] = {
  "{auth} aufzufordern, die ausstehenden Empfehlungen des BDIMR rechtzeitig vor den nächsten Wahlen umzusetzen;",
  "die Registrierung von Oppositionsparteien zu verlangen;",
};
static const char *const labour_asks_en[] = {
  "urge {auth} to amend the trade union law in line with ILO Convention 87;",
  "call for the release of imprisoned trade union leaders and the lifting of bans on their union activity;",
  "make continued trade preferences conditional on respect for core labour standards;",
};
static const char *const labour_asks_ru[] = {
  "призвать {auth} привести закон о профсоюзах в соответствие с Конвенцией МОТ № 87;",
  "добиваться освобождения профсоюзных лидеров и отмены запретов на их деятельность;",
};
static const char *const labour_asks_fr[] = {
  "exhorter {auth} à modifier la loi sur les syndicats conformément à la convention n° 87 de l'OIT ;",
  "demander la libération des dirigeants syndicaux emprisonnés ;",
};
static const char *const labour_asks_de[] = {
  "{auth} aufzufordern, das Gewerkschaftsgesetz an das ILO-Übereinkommen Nr. 87 anzupassen;",
  "die Freilassung inhaftierter Gewerkschaftsführer zu fordern;",
};
static const char *const defenders_asks_en[] = {
  "fully implement the EU Guidelines on Human Rights Defenders, including trial monitoring and prison visits;",
  "publicly recognise the legitimate work of human rights defenders {country:in};",
  "raise cases of reprisals against those cooperating with the UN and the OSCE;",
};
static const char *const defenders_asks_ru[] = {
  "в полной мере применять Руководящие принципы ЕС по правозащитникам, включая наблюдение за процессами;",
  "публично признать законность деятельности правозащитников {country:in};",
};
static const char *const defenders_asks_fr[] = {
  "mettre pleinement en œuvre les Orientations de l'UE concernant les défenseurs des droits de l'homme ;",
  "reconnaître publiquement le travail légitime des défenseurs {country:in} ;",
};
static const char *const defenders_asks_de[] = {
  "die EU-Leitlinien zum Schutz von Menschenrechtsverteidigern vollständig umzusetzen;",
  "die legitime Arbeit von Menschenrechtsverteidigern {country:in} öffentlich anzuerkennen;",
};
static const char *const transnational_asks_en[] = {
  "urge EU member states not to extradite or deport anyone to {country} where they face a real risk of torture;",
  "raise the abuse of Interpol Red Notices by {auth};",
  "offer protection to exiled activists and their families facing threats;",
};
static const char *const transnational_asks_ru[] = {
  "призвать государства – члены ЕС не выдавать и не высылать лиц {country:to}, где им грозят пытки;",
  "поднять вопрос о злоупотреблении «красными уведомлениями» Интерпола;",
};
static const char *const transnational_asks_fr[] = {
  "exhorter les États membres à ne pas extrader de personnes {country:to} lorsqu'elles y risquent la torture ;",
  "dénoncer l'usage abusif des notices rouges d'Interpol ;",
};
static const char *const transnational_asks_de[] = {
  "die EU-Mitgliedstaaten aufzufordern, niemanden {country:to} auszuliefern, dem dort Folter droht;",
  "den Missbrauch von Interpol-Ausschreibungen anzusprechen;",
};
static const char *const lgbti_asks_en[] = {
  "urge {auth} to withdraw the draft law banning “LGBT propaganda”;",
  "call for effective investigations into homophobic and transphobic attacks;",
  "support LGBTI organisations facing registration refusals and bans;",
};
static const char *const lgbti_asks_ru[] = {
  "призвать {auth} отозвать законопроект о запрете «пропаганды ЛГБТ»;",
  "добиваться эффективного расследования нападений на почве гомофобии;",
};
static const char *const lgbti_asks_fr[] = {
  "exhorter {auth} à retirer le projet de loi interdisant la « propagande LGBT » ;",
  "demander des enquêtes effectives sur les agressions homophobes ;",
};
static const char *const lgbti_asks_de[] = {
  "{auth} aufzufordern, den Gesetzentwurf gegen „LGBT-Propaganda“ zurückzuziehen;",
  "auf wirksame Ermittlungen zu homophoben Übergriffen zu drängen;",
};
static const char *const women_asks_en[] = {
  "urge {auth} to criminalise domestic violence as a separate offence and to ensure that protection orders are enforced;",
  "encourage {country} to sign and ratify the Istanbul Convention;",
  "support crisis centres and shelters for survivors of violence;",
};
static const char *const women_asks_ru[] = {
  "призвать {auth} криминализировать домашнее насилие как отдельное преступление;",
  "поддержать кризисные центры и приюты для пострадавших от насилия;",
};
static const char *const women_asks_fr[] = {
  "exhorter {auth} à ériger les violences domestiques en infraction autonome ;",
  "soutenir les centres d'accueil pour les victimes de violences ;",
};
static const char *const women_asks_de[] = {
  "{auth} aufzufordern, häusliche Gewalt als eigenen Straftatbestand einzuführen;",
  "Krisenzentren und Schutzunterkünfte für Betroffene zu unterstützen;",
};

typedef struct
{
  const char *id;
  Text4 heading;    /* section heading */
  Text4 concern;    /* noun phrase for "our concerns include …" */
  Text4 imperative; /* for headlines: "… to release all political prisoners" */
  Pool sentences[N_LANGS];
  Pool asks[N_LANGS];
  Text4 roles[2];   /* of a case person; en with article */
  Text4 roles_f[2];
  Text4 charges[2]; /* en after "charged with", ru after "в", fr after "pour", de after "wegen" */
  gboolean women_only;
} IssueInfo;

#define ISSUE_POOLS(p) \
  { POOL (p##_en), POOL (p##_ru), POOL (p##_fr), POOL (p##_de) }, \
  { POOL (p##_asks_en), POOL (p##_asks_ru), POOL (p##_asks_fr), POOL (p##_asks_de) }

static const IssueInfo issues[N_ISSUES] = {
  { "freedom-of-expression",
    { "Freedom of expression", "Свобода выражения мнений", "Liberté d'expression", "Meinungsfreiheit" },
    { "restrictions on freedom of expression", "ограничения свободы выражения мнений",
      "les restrictions à la liberté d'expression", "Einschränkungen der Meinungsfreiheit" },
    { "stop prosecuting critics for their words", "прекратить преследование критиков за их высказывания",
      "cesser de poursuivre les critiques pour leurs propos", "die Verfolgung von Kritikern wegen ihrer Äußerungen zu beenden" },
    ISSUE_POOLS (expression),
    { { "a blogger", "блогер", "blogueur", "Blogger" }, { "a civic activist", "гражданский активист", "militant associatif", "Bürgerrechtler" } },
    { { "a blogger", "блогер", "blogueuse", "Bloggerin" }, { "a civic activist", "гражданская активистка", "militante associative", "Bürgerrechtlerin" } },
    { { "spreading knowingly false information", "распространении заведомо ложной информации", "« diffusion de fausses informations »", "„Verbreitung falscher Informationen“" },
      { "insulting the President", "оскорблении президента", "outrage au président", "Beleidigung des Präsidenten" } },
    FALSE },
  { "media-freedom",
    { "Media freedom", "Свобода СМИ", "Liberté des médias", "Medienfreiheit" },
    { "pressure on independent media", "давление на независимые СМИ",
      "les pressions sur les médias indépendants", "Druck auf unabhängige Medien" },
    { "end the crackdown on independent media", "прекратить давление на независимые СМИ",
      "mettre fin à la répression des médias indépendants", "den Druck auf unabhängige Medien zu beenden" },
    ISSUE_POOLS (media),
    { { "an independent journalist", "независимый журналист", "journaliste indépendant", "unabhängiger Journalist" },
      { "the editor of an online news outlet", "главный редактор интернет-издания", "rédacteur en chef d'un site d'information", "Chefredakteur eines Online-Portals" } },
    { { "an independent journalist", "независимая журналистка", "journaliste indépendante", "unabhängige Journalistin" },
      { "the editor of an online news outlet", "главный редактор интернет-издания", "rédactrice en chef d'un site d'information", "Chefredakteurin eines Online-Portals" } },
    { { "defamation", "клевете", "diffamation", "Verleumdung" },
      { "tax evasion", "уклонении от уплаты налогов", "fraude fiscale", "Steuerhinterziehung" } },
    FALSE },
  { "freedom-of-assembly",
    { "Freedom of peaceful assembly", "Свобода мирных собраний", "Liberté de réunion pacifique", "Versammlungsfreiheit" },
    { "restrictions on peaceful assembly", "ограничения свободы мирных собраний",
      "les restrictions à la liberté de réunion pacifique", "Einschränkungen der Versammlungsfreiheit" },
    { "respect the right to peaceful protest", "уважать право на мирный протест",
      "respecter le droit de manifester pacifiquement", "das Recht auf friedlichen Protest zu achten" },
    ISSUE_POOLS (assembly),
    { { "a protest organiser", "организатор мирного митинга", "organisateur d'une manifestation pacifique", "Organisator einer friedlichen Kundgebung" },
      { "a peaceful protester", "участник мирных протестов", "manifestant pacifique", "friedlicher Demonstrant" } },
    { { "a protest organiser", "организатор мирного митинга", "organisatrice d'une manifestation pacifique", "Organisatorin einer friedlichen Kundgebung" },
      { "a peaceful protester", "участница мирных протестов", "manifestante pacifique", "friedliche Demonstrantin" } },
    { { "organising an unauthorised gathering", "организации несанкционированного собрания", "organisation d'un rassemblement non autorisé", "Organisation einer nicht genehmigten Versammlung" },
      { "calling for mass disorder", "призывах к массовым беспорядкам", "« appels à des troubles massifs »", "„Aufrufs zu Massenunruhen“" } },
    FALSE },
  { "freedom-of-association",
    { "Freedom of association and civil society", "Свобода объединений и гражданское общество", "Liberté d'association et société civile", "Vereinigungsfreiheit und Zivilgesellschaft" },
    { "the shrinking space for civil society", "сужение пространства для гражданского общества",
      "le rétrécissement de l'espace civique", "die schrumpfenden Handlungsspielräume der Zivilgesellschaft" },
    { "stop the squeeze on civil society", "прекратить давление на гражданское общество",
      "cesser d'étouffer la société civile", "die Einschränkung der Zivilgesellschaft zu beenden" },
    ISSUE_POOLS (association),
    { { "the head of a local NGO", "руководитель местной НКО", "président d'une ONG locale", "Leiter einer lokalen NGO" },
      { "a civil society activist", "общественный активист", "militant de la société civile", "zivilgesellschaftlicher Aktivist" } },
    { { "the head of a local NGO", "руководитель местной НКО", "présidente d'une ONG locale", "Leiterin einer lokalen NGO" },
      { "a civil society activist", "общественная активистка", "militante de la société civile", "zivilgesellschaftliche Aktivistin" } },
    { { "leading an unregistered organisation", "руководстве незарегистрированной организацией", "direction d'une organisation non enregistrée", "Leitung einer nicht registrierten Organisation" },
      { "fraud", "мошенничестве", "escroquerie", "Betrugs" } },
    FALSE },
  { "freedom-of-religion",
    { "Freedom of religion or belief", "Свобода вероисповедания", "Liberté de religion ou de conviction", "Religions- und Weltanschauungsfreiheit" },
    { "violations of freedom of religion or belief", "нарушения свободы вероисповедания",
      "les violations de la liberté de religion", "Verletzungen der Religionsfreiheit" },
    { "end raids and fines against believers", "прекратить преследование верующих",
      "cesser de persécuter les croyants", "die Verfolgung von Gläubigen zu beenden" },
    ISSUE_POOLS (religion),
    { { "a Muslim believer", "верующий мусульманин", "croyant musulman", "gläubiger Muslim" },
      { "a Jehovah's Witness", "Свидетель Иеговы", "Témoin de Jéhovah", "Zeuge Jehovas" } },
    { { "a Muslim believer", "верующая мусульманка", "croyante musulmane", "gläubige Muslimin" },
      { "a Jehovah's Witness", "Свидетельница Иеговы", "Témoin de Jéhovah", "Zeugin Jehovas" } },
    { { "extremism", "экстремизме", "« extrémisme »", "„Extremismus“" },
      { "participating in a banned religious organisation", "участии в запрещенной религиозной организации", "participation à une organisation religieuse interdite", "Beteiligung an einer verbotenen religiösen Vereinigung" } },
    FALSE },
  { "torture",
    { "Torture and ill-treatment", "Пытки и жестокое обращение", "Torture et mauvais traitements", "Folter und Misshandlung" },
    { "torture and ill-treatment in detention", "пытки и жестокое обращение в местах лишения свободы",
      "la torture et les mauvais traitements en détention", "Folter und Misshandlung in Haft" },
    { "investigate torture and end impunity", "расследовать пытки и положить конец безнаказанности",
      "enquêter sur la torture et mettre fin à l'impunité", "Folter aufzuklären und die Straflosigkeit zu beenden" },
    ISSUE_POOLS (torture),
    { { "a former detainee", "бывший заключенный", "ancien détenu", "ehemaliger Häftling" },
      { "a pre-trial detainee", "подследственный", "détenu en attente de jugement", "Untersuchungshäftling" } },
    { { "a former detainee", "бывшая заключенная", "ancienne détenue", "ehemalige Inhaftierte" },
      { "a pre-trial detainee", "подследственная", "détenue en attente de jugement", "Untersuchungshäftling" } },
    { { "hooliganism", "хулиганстве", "« hooliganisme »", "„Rowdytums“" },
      { "robbery", "грабеже", "vol", "Raubes" } },
    FALSE },
  { "fair-trial",
    { "Judicial independence and fair trial", "Независимость суда и право на справедливое судебное разбирательство", "Indépendance de la justice et procès équitable", "Unabhängigkeit der Justiz und faire Verfahren" },
    { "the lack of judicial independence and fair trials", "отсутствие независимого суда и справедливых судебных процессов",
      "l'absence d'indépendance de la justice", "die fehlende Unabhängigkeit der Justiz" },
    { "guarantee fair trials and independent courts", "гарантировать справедливый суд и независимость судей",
      "garantir des procès équitables et une justice indépendante", "faire Verfahren und unabhängige Gerichte zu garantieren" },
    ISSUE_POOLS (fair_trial),
    { { "a defence lawyer", "адвокат", "avocat", "Rechtsanwalt" }, { "a businessman", "предприниматель", "entrepreneur", "Unternehmer" } },
    { { "a defence lawyer", "адвокат", "avocate", "Rechtsanwältin" }, { "a businesswoman", "предпринимательница", "entrepreneuse", "Unternehmerin" } },
    { { "fraud", "мошенничестве", "escroquerie", "Betrugs" },
      { "abuse of office", "злоупотреблении должностными полномочиями", "abus de pouvoir", "Amtsmissbrauchs" } },
    FALSE },
  { "political-prisoners",
    { "Political prisoners", "Политические заключенные", "Prisonniers politiques", "Politische Gefangene" },
    { "the continued imprisonment of political prisoners", "содержание под стражей политических заключенных",
      "la détention de prisonniers politiques", "die Inhaftierung politischer Gefangener" },
    { "release all political prisoners", "освободить всех политических заключенных",
      "libérer tous les prisonniers politiques", "alle politischen Gefangenen freizulassen" },
    ISSUE_POOLS (prisoners),
    { { "an opposition politician", "оппозиционный политик", "opposant politique", "Oppositionspolitiker" },
      { "an opposition activist", "активист оппозиции", "militant de l'opposition", "Oppositionsaktivist" } },
    { { "an opposition politician", "оппозиционный политик", "opposante politique", "Oppositionspolitikerin" },
      { "an opposition activist", "активистка оппозиции", "militante de l'opposition", "Oppositionsaktivistin" } },
    { { "attempting to seize power", "попытке захвата власти", "tentative de prise du pouvoir", "versuchter Machtergreifung" },
      { "financing extremist activity", "финансировании экстремистской деятельности", "financement d'activités extrémistes", "Finanzierung extremistischer Aktivitäten" } },
    FALSE },
  { "elections",
    { "Elections and political participation", "Выборы и участие в политической жизни", "Élections et participation politique", "Wahlen und politische Teilhabe" },
    { "the lack of free and fair elections", "отсутствие свободных и справедливых выборов",
      "l'absence d'élections libres et équitables", "das Fehlen freier und fairer Wahlen" },
    { "allow genuinely free elections", "обеспечить подлинно свободные выборы",
      "permettre des élections réellement libres", "wirklich freie Wahlen zu ermöglichen" },
    ISSUE_POOLS (elections),
    { { "an independent candidate", "независимый кандидат", "candidat indépendant", "unabhängiger Kandidat" },
      { "an election observer", "наблюдатель на выборах", "observateur électoral", "Wahlbeobachter" } },
    { { "an independent candidate", "независимый кандидат", "candidate indépendante", "unabhängige Kandidatin" },
      { "an election observer", "наблюдатель на выборах", "observatrice électorale", "Wahlbeobachterin" } },
    { { "violating election legislation", "нарушении избирательного законодательства", "violation de la législation électorale", "Verstoßes gegen das Wahlgesetz" },
      { "vote buying", "подкупе избирателей", "achat de voix", "Stimmenkaufs" } },
    FALSE },
  { "labour-rights",
    { "Labour rights", "Трудовые права", "Droits des travailleurs", "Arbeitnehmerrechte" },
    { "violations of labour rights", "нарушения трудовых прав",
      "les violations des droits des travailleurs", "Verletzungen von Arbeitnehmerrechten" },
    { "respect the rights of workers and trade unions", "соблюдать права работников и профсоюзов",
      "respecter les droits des travailleurs et des syndicats", "die Rechte von Arbeitnehmern und Gewerkschaften zu achten" },
    ISSUE_POOLS (labour),
    { { "a trade union leader", "профсоюзный лидер", "dirigeant syndical", "Gewerkschaftsführer" },
      { "an oil worker", "нефтяник", "ouvrier du pétrole", "Ölarbeiter" } },
    { { "a trade union leader", "профсоюзный лидер", "dirigeante syndicale", "Gewerkschaftsführerin" },
      { "a textile worker", "работница текстильной фабрики", "ouvrière du textile", "Textilarbeiterin" } },
    { { "inciting social discord", "возбуждении социальной розни", "« incitation à la discorde sociale »", "„Anstiftung zu sozialer Zwietracht“" },
      { "organising an illegal strike", "организации незаконной забастовки", "organisation d'une grève illégale", "Organisation eines illegalen Streiks" } },
    FALSE },
  { "human-rights-defenders",
    { "Human rights defenders", "Правозащитники", "Défenseurs des droits humains", "Menschenrechtsverteidiger" },
    { "reprisals against human rights defenders", "преследование правозащитников",
      "les représailles contre les défenseurs des droits humains", "Repressalien gegen Menschenrechtsverteidiger" },
    { "stop reprisals against human rights defenders", "прекратить преследование правозащитников",
      "cesser les représailles contre les défenseurs des droits humains", "Repressalien gegen Menschenrechtsverteidiger einzustellen" },
    ISSUE_POOLS (defenders),
    { { "a human rights defender", "правозащитник", "défenseur des droits humains", "Menschenrechtsverteidiger" },
      { "a human rights lawyer", "адвокат-правозащитник", "avocat spécialisé dans les droits humains", "Menschenrechtsanwalt" } },
    { { "a human rights defender", "правозащитница", "défenseure des droits humains", "Menschenrechtsverteidigerin" },
      { "a human rights lawyer", "адвокат-правозащитница", "avocate spécialisée dans les droits humains", "Menschenrechtsanwältin" } },
    { { "extortion", "вымогательстве", "extorsion", "Erpressung" },
      { "fraud", "мошенничестве", "escroquerie", "Betrugs" } },
    FALSE },
  { "transnational-repression",
    { "Extraditions and transnational repression", "Экстрадиции и транснациональные репрессии", "Extraditions et répression transnationale", "Auslieferungen und transnationale Repression" },
    { "extraditions and transnational repression", "экстрадиции и транснациональные репрессии",
      "les extraditions et la répression transnationale", "Auslieferungen und transnationale Repression" },
    { "stop hunting critics abroad", "прекратить преследование критиков за рубежом",
      "cesser de traquer les opposants à l'étranger", "die Verfolgung von Kritikern im Ausland einzustellen" },
    ISSUE_POOLS (transnational),
    { { "a political refugee", "политический беженец", "réfugié politique", "politischer Flüchtling" },
      { "an exiled activist", "активист в эмиграции", "militant en exil", "Exilaktivist" } },
    { { "a political refugee", "политическая беженка", "réfugiée politique", "politisch Verfolgte" },
      { "an exiled activist", "активистка в эмиграции", "militante en exil", "Exilaktivistin" } },
    { { "terrorism", "терроризме", "terrorisme", "Terrorismus" },
      { "membership of an extremist organisation", "членстве в экстремистской организации", "appartenance à une organisation extrémiste", "Mitgliedschaft in einer extremistischen Organisation" } },
    FALSE },
  { "lgbti-rights",
    { "Rights of LGBTI people", "Права ЛГБТИ-людей", "Droits des personnes LGBTI", "Rechte von LGBTI-Personen" },
    { "discrimination and violence against LGBTI people", "дискриминация и насилие в отношении ЛГБТИ-людей",
      "les discriminations et violences contre les personnes LGBTI", "Diskriminierung und Gewalt gegen LGBTI-Personen" },
    { "protect LGBTI people from violence and discrimination", "защитить ЛГБТИ-людей от насилия и дискриминации",
      "protéger les personnes LGBTI contre la violence et les discriminations", "LGBTI-Personen vor Gewalt und Diskriminierung zu schützen" },
    ISSUE_POOLS (lgbti),
    { { "an LGBTI activist", "ЛГБТИ-активист", "militant LGBTI", "LGBTI-Aktivist" }, { "a gay rights campaigner", "активист ЛГБТИ-движения", "militant pour les droits des homosexuels", "Aktivist der Schwulenbewegung" } },
    { { "an LGBTI activist", "ЛГБТИ-активистка", "militante LGBTI", "LGBTI-Aktivistin" }, { "a lesbian rights campaigner", "активистка ЛГБТИ-движения", "militante pour les droits des lesbiennes", "Aktivistin der Lesbenbewegung" } },
    { { "hooliganism", "хулиганстве", "« hooliganisme »", "„Rowdytums“" },
      { "propaganda of non-traditional sexual relations", "пропаганде нетрадиционных сексуальных отношений", "« propagande de relations sexuelles non traditionnelles »", "„Propaganda nichttraditioneller sexueller Beziehungen“" } },
    FALSE },
  { "women-rights",
    { "Women's rights and gender-based violence", "Права женщин и гендерное насилие", "Droits des femmes et violences fondées sur le genre", "Frauenrechte und geschlechtsspezifische Gewalt" },
    { "violence and discrimination against women", "насилие и дискриминация в отношении женщин",
      "les violences et discriminations à l'égard des femmes", "Gewalt und Diskriminierung gegen Frauen" },
    { "act decisively against domestic violence", "принять решительные меры против домашнего насилия",
      "agir résolument contre les violences domestiques", "entschlossen gegen häusliche Gewalt vorzugehen" },
    ISSUE_POOLS (women),
    { { "a women's rights activist", "активист движения за права женщин", "militant féministe", "Frauenrechtler" },
      { "a feminist blogger", "блогер-феминист", "blogueur féministe", "feministischer Blogger" } },
    { { "a women's rights activist", "активистка движения за права женщин", "militante féministe", "Frauenrechtlerin" },
      { "a feminist blogger", "блогер-феминистка", "blogueuse féministe", "feministische Bloggerin" } },
    { { "organising an unauthorised march", "организации несанкционированного шествия", "organisation d'une marche non autorisée", "Organisation eines nicht genehmigten Marsches" },
      { "hooliganism", "хулиганстве", "« hooliganisme »", "„Rowdytums“" } },
    TRUE },
};

/* ------------------------------------------------------------------ */
/* Generic pools                                                       */
/*                                                                     */
/* These go into letters whatever their issues, so they name none:     */
/* truth.jsonl lists the issues a letter discusses, and a generic      */
/* sentence on torture or journalists would make every letter discuss  */
/* them.  Senders' names may carry such words, as real ones do: a      */
/* letter from a "… for Press Freedom" is not about the media.         */

/* What the letter is written ahead of.  text: en noun phrase with
 * article; ru genitive (after «в преддверии»); fr with "du/de la"
 * (after «à l'approche»); de genitive with article (after „im Vorfeld“).
 * subject: for the "Re.:" line. */
typedef struct
{
  Text4 text;
  Text4 subject;
  gboolean needs_gsp;
} Occasion;

static const Occasion occasions[] = {
  { { "the upcoming round of the EU–{country} Human Rights Dialogue",
      "очередного раунда диалога ЕС – {country} по правам человека",
      "du prochain cycle du dialogue UE–{country} sur les droits de l'homme",
      "der nächsten Runde des Menschenrechtsdialogs EU–{country}" },
    { "Upcoming EU–{country} Human Rights Dialogue",
      "Предстоящий раунд диалога ЕС – {country} по правам человека",
      "Prochain cycle du dialogue UE–{country} sur les droits de l'homme",
      "Bevorstehender Menschenrechtsdialog EU–{country}" }, FALSE },
  { { "the forthcoming meeting of the {council}",
      "заседания {council}",
      "de la réunion du {council}",
      "der Sitzung {council}" },
    { "Meeting of the {council}", "Заседание {council}", "Réunion du {council}", "Sitzung {council}" }, FALSE },
  { { "your visit to {country} <next week|later this month>",
      "Вашего визита {country:to}",
      "de votre visite {country:in}",
      "Ihres Besuchs {country:in}" },
    { "Your visit to {country}", "Ваш визит {country:to}", "Votre visite {country:in}", "Ihr Besuch {country:in}" }, FALSE },
  { { "the Universal Periodic Review of {country}",
      "рассмотрения доклада {country:of} в рамках Универсального периодического обзора",
      "de l'Examen périodique universel {country:of}",
      "der Allgemeinen Periodischen Überprüfung {country:of}" },
    { "Universal Periodic Review of {country}", "Универсальный периодический обзор: {country}",
      "Examen périodique universel {country:of}", "Allgemeine Periodische Überprüfung {country:of}" }, FALSE },
  { { "the European Parliament's debate on the human rights situation {country:in}",
      "обсуждения положения с правами человека {country:in} в Европейском парламенте",
      "du débat du Parlement européen sur la situation des droits de l'homme {country:in}",
      "der Debatte des Europäischen Parlaments über die Menschenrechtslage {country:in}" },
    { "European Parliament debate on {country}", "Обсуждение ситуации {country:in} в Европейском парламенте",
      "Débat du Parlement européen sur la situation {country:in}", "Debatte des Europäischen Parlaments zur Lage {country:in}" }, FALSE },
  { { "the next steps in the implementation of {agreement}",
      "очередного этапа реализации {agreement}",
      "de la mise en œuvre de {agreement}",
      "der weiteren Umsetzung {agreement}" },
    { "Human rights and {agreement}", "Права человека и реализация {agreement}",
      "Droits de l'homme et mise en œuvre de {agreement}", "Menschenrechte und die Umsetzung {agreement}" }, FALSE },
  { { "the Commission's review of {country}'s GSP+ status",
      "пересмотра Европейской комиссией статуса {country:of} в системе GSP+",
      "de l'examen par la Commission du statut SPG+ {country:of}",
      "der Überprüfung des APS+-Status {country:of} durch die Kommission" },
    { "GSP+ monitoring of {country}", "Мониторинг GSP+: {country}", "Suivi du SPG+ : {country}", "APS+-Monitoring: {country}" }, TRUE },
};

static const char *const intro_en[] = {
  "We are writing to you on behalf of {orgs} <with regard to|in connection with|ahead of> {occasion}.",
  "On behalf of {orgs}, we would like to <draw your attention to|share our concerns about> the human rights situation {country:in} <ahead of|in view of> {occasion}.",
  "We, the undersigned organisations, are writing to <share|express> our <deep|serious> concern about <the deteriorating human rights situation|recent developments> {country:in} <ahead of|in the run-up to> {occasion}.",
  "We are writing to you <in advance of|before> {occasion} to <urge you to use this opportunity|ask you to seize this opportunity> to <raise|address> <serious|pressing> human rights concerns with {auth}.",
};
static const char *const intro_ru[] = {
  "Мы обращаемся к Вам от имени наших организаций ({orgacr}) в преддверии {occasion}.",
  "В преддверии {occasion} мы хотели бы обратить Ваше внимание на <ухудшение|серьезное ухудшение> положения с правами человека {country:in}.",
  "Мы, нижеподписавшиеся организации, <выражаем глубокую обеспокоенность|хотели бы выразить серьезную обеспокоенность> положением с правами человека {country:in} в преддверии {occasion}.",
};
static const char *const intro_fr[] = {
  "Nous vous écrivons au nom de nos organisations ({orgacr}) à l'approche {occasion}.",
  "À l'approche {occasion}, nous souhaitons attirer votre attention sur la <dégradation|détérioration> de la situation des droits humains {country:in}.",
  "Nous, organisations soussignées, tenons à vous faire part de notre <vive|profonde> préoccupation concernant la situation des droits humains {country:in} à l'approche {occasion}.",
};
static const char *const intro_de[] = {
  "Wir wenden uns im Namen unserer Organisationen ({orgacr}) im Vorfeld {occasion} an Sie.",
  "Im Vorfeld {occasion} möchten wir Sie auf die <besorgniserregende|sich verschlechternde> Menschenrechtslage {country:in} aufmerksam machen.",
  "Wir, die unterzeichnenden Organisationen, möchten Ihnen im Vorfeld {occasion} unsere <tiefe|große> Sorge über die Menschenrechtslage {country:in} mitteilen.",
};

static const char *const concerns_en[] = {
  "We are <seriously|deeply|particularly> concerned about {issues}.",
  "<In particular, we|We> would like to <highlight|draw your attention to> {issues}.",
  "The <main|key> concerns <we wish to raise|set out below> are {issues}.",
};
static const char *const concerns_ru[] = {
  "Особую обеспокоенность< у наших организаций|> вызывают следующие проблемы: {issues}.",
  "В частности, мы хотели бы обратить внимание на следующее: {issues}.",
};
static const char *const concerns_fr[] = {
  "Nos préoccupations portent <notamment|en particulier> sur {issues}.",
  "Nous souhaitons <en particulier|notamment> attirer votre attention sur {issues}.",
};
static const char *const concerns_de[] = {
  "Unsere Sorge gilt <insbesondere|vor allem> folgenden Punkten: {issues}.",
  "Wir möchten <insbesondere|vor allem> auf folgende Probleme hinweisen: {issues}.",
};

/* Opens an issue paragraph when the letter has no headings. */
static const char *const lead_in_en[] = {
  "We are <also|further|particularly> concerned about {concern}.",
  "<Another|A further> <area of concern|serious concern> is {concern}.",
  "<With regard to|As regards|Turning to> {concern}, <the situation remains alarming|we note the following|little progress has been made>.",
};
static const char *const lead_in_ru[] = {
  "<Еще одна|Другая> серьезная проблема – {concern}.",
  "Отдельного внимания заслуживает следующая проблема: {concern}.",
};
static const char *const lead_in_fr[] = {
  "Nous sommes <également|par ailleurs> préoccupés par {concern}.",
  "<Un autre sujet de préoccupation concerne|Nous souhaitons également évoquer> {concern}.",
};
static const char *const lead_in_de[] = {
  "Anlass zur Sorge gibt zudem Folgendes: {concern}.",
  "Ein weiteres <Problem|Thema>: {concern}.",
};

static const char *const context_en[] = {
  "Since {year}, the human rights situation {country:in} has <deteriorated|worsened> <markedly|significantly|steadily>, with the authorities <tightening|consolidating> control over <public life|all spheres of public life>.",
  "{country} has <ratified|acceded to> <most|all> <core|major> UN human rights treaties, <but|yet> their implementation <remains|has remained> <weak|poor|selective>.",
  "The government has <announced|promised> a series of <reforms|human rights action plans> since {year}, but <few|only a few> of these <commitments|promises> have <been implemented|translated into practice>.",
  "<Power|Political power> <remains|is> <highly centralised|concentrated> in the hands of the President and <a narrow circle|the presidential administration>, <and|while> <parliament|the legislature> <does not|fails to> <act as|provide> an effective check on the executive.",
  "<International partners|The EU and its member states> have <welcomed|praised> <the reform rhetoric|the government's reform agenda>, <but|yet> <the situation on the ground|practice> tells a different story.",
  "The <economic crisis|fall in commodity prices|devaluation of the national currency> of {year} <fuelled|triggered> <social discontent|public anger>, to which the authorities <responded|reacted> with <repression|a crackdown> <rather than|instead of> <dialogue|reform>.",
  "<Our partners|Local human rights groups> {country:in} <describe|characterise> the current <climate|atmosphere> as <the most repressive|one of the most repressive> since independence.",
  "{country} <will be|is due to be> reviewed <under|in> the Universal Periodic Review in {nextyear}, <providing|which provides> an opportunity to <assess|take stock of> <progress|the implementation of previous recommendations>.",
  "<Official|State> rhetoric <increasingly|frequently> <portrays|depicts> <critics|civil society> as <a threat to stability|agents of foreign interests>, <paving the way|which paves the way> for <new|further> restrictions.",
  "<Corruption|Systemic corruption> <and|as well as> the <lack|absence> of <accountability|independent oversight> <undermine|erode> public trust in <state institutions|the courts and the police>.",
  "<According to|Based on> <monitoring|documentation> by <our partners|local groups>, <the number of reprisals against critics|cases of pressure on independent voices> <increased|rose> <by a third|significantly|sharply> in {year}.",
  "<Independent|Critical> voices {country:in} <have|now have> <very little|almost no> space left, and <many|a growing number of> activists have <chosen|been forced> to <leave the country|stop their work>.",
};
static const char *const context_ru[] = {
  "С {year} года положение с правами человека {country:in} <заметно|значительно|неуклонно> ухудшилось: власти <ужесточают|усиливают> контроль над всеми сферами общественной жизни.",
  "Власти {country:of} <ратифицировали|подписали> основные международные договоры в области прав человека, однако их выполнение остается <формальным|избирательным>.",
  "Правительство объявило о ряде <реформ|планов действий в области прав человека>, однако лишь немногие из этих обязательств были выполнены на практике.",
  "По оценкам <наших партнеров|местных правозащитников>, нынешняя атмосфера является <одной из самых репрессивных|самой репрессивной> со времени обретения независимости.",
  "Официальная риторика все чаще представляет <критиков власти|гражданское общество> как <угрозу стабильности|агентов иностранного влияния>, что открывает путь к новым ограничениям.",
  "В {nextyear} году {country} <пройдет|будет проходить> очередной цикл Универсального периодического обзора, что дает возможность оценить выполнение прежних рекомендаций.",
  "Коррупция и отсутствие независимого контроля подрывают доверие граждан к <судам и полиции|государственным институтам>.",
  "Международные партнеры приветствовали реформаторскую риторику правительства, однако реальность выглядит иначе.",
  "Независимых голосов {country:in} почти не осталось, и многие активисты были вынуждены <покинуть страну|прекратить работу>.",
};
static const char *const context_fr[] = {
  "Depuis {year}, la situation des droits humains {country:in} s'est <nettement|considérablement> dégradée, les autorités renforçant leur contrôle sur l'ensemble de la vie publique.",
  "Le gouvernement a annoncé plusieurs <réformes|plans d'action en matière de droits de l'homme>, mais peu de ces engagements ont été mis en œuvre.",
  "Nos partenaires {country:in} décrivent le climat actuel comme <l'un des plus répressifs|le plus répressif> depuis l'indépendance.",
  "Le discours officiel présente de plus en plus <les voix critiques|la société civile> comme <une menace pour la stabilité|des agents de l'étranger>, ouvrant la voie à de nouvelles restrictions.",
  "Les partenaires internationaux ont salué le discours réformateur du gouvernement, mais la réalité sur le terrain est tout autre.",
  "La corruption et l'absence de contrôle indépendant minent la confiance du public dans <les tribunaux et la police|les institutions de l'État>.",
  "{country:the} a ratifié les principaux traités des Nations unies relatifs aux droits de l'homme, mais leur mise en œuvre reste <lacunaire|sélective>.",
  "Les voix critiques {country:in} n'ont presque plus d'espace, et de nombreux militants ont dû <quitter le pays|cesser leurs activités>.",
};
static const char *const context_de[] = {
  "Seit {year} hat sich die Menschenrechtslage {country:in} <deutlich|erheblich> verschlechtert; die Behörden bauen ihre Kontrolle über das öffentliche Leben immer weiter aus.",
  "Die Regierung hat zahlreiche <Reformen|Aktionspläne> angekündigt, doch nur wenige dieser Zusagen wurden umgesetzt.",
  "Unsere Partner {country:in} beschreiben das derzeitige Klima als <eines der repressivsten|das repressivste> seit der Unabhängigkeit.",
  "Die internationale Gemeinschaft hat die Reformrhetorik der Regierung begrüßt, doch die Lage vor Ort sieht anders aus.",
  "Korruption und fehlende unabhängige Kontrolle untergraben das Vertrauen in <Gerichte und Polizei|staatliche Institutionen>.",
  "{auth} haben die wichtigsten UN-Menschenrechtsverträge ratifiziert, setzen sie jedoch nur <unzureichend|selektiv> um.",
  "Für kritische Stimmen {country:in} gibt es kaum noch Raum; viele Aktivistinnen und Aktivisten mussten <das Land verlassen|ihre Arbeit einstellen>.",
};

static const char *const eu_en[] = {
  "<The EU–{country} Human Rights Dialogue|The annual Human Rights Dialogue> <should not|must not> become <a substitute for|an alibi for> <public|high-level> <engagement|statements> on human rights.",
  "We <urge|call on> the EU to <set|define> <clear|concrete>, <measurable|time-bound> benchmarks <for progress|for human rights improvements> and to link them to the <implementation|deepening> of {agreement}.",
  "{agreement} <defines|establishes> respect for democratic principles and human rights as an essential element of the <relationship|partnership>, and the EU should <invoke|use> this clause <when|where> <violations persist|serious violations occur>.",
  "The <outcome|results> of the Human Rights Dialogue have <rarely|seldom> been <made public|communicated to civil society>, which <undermines|limits> its <credibility|effectiveness>.",
  "<Civil society|Independent NGOs> <should|must> be <meaningfully|fully> <consulted|involved> <before and after|ahead of and following> each round of the dialogue, <including through|for example through> <a civil society seminar|a debriefing {city:in}>.",
  "The European Parliament has <called for|requested> <a mechanism to monitor|regular monitoring of> human rights <commitments|progress> <in the framework of|under> {agreement}.",
  "<The EU Delegation|EU Delegation staff> {country:in} <should|must> <continue to|systematically> <monitor|attend> <trials|court hearings> of activists and <visit|seek access to> those detained.",
  "The forthcoming meeting of the {council} <offers|provides> <an important|a key> opportunity to <raise|address> <these concerns|human rights concerns> <at the highest level|at ministerial level>.",
  "<Trade|Economic> <interests|cooperation> <should not|must not> <take precedence over|overshadow> human rights in EU–{country} relations.",
  "The EU Action Plan on Human Rights and Democracy <commits|obliges> the EU to <raise|address> human rights <vigorously|consistently> <with third countries|in all its bilateral contacts>, <including at the highest level|at all levels>.",
  "<Public statements|Clear public messages> by <the High Representative|EU leaders> <matter|make a difference>: <our partners|defenders on the ground> <report|tell us> that international attention <can|often> <improve|change> the treatment of <detainees|those targeted>.",
  "<Quiet diplomacy|Private démarches> alone <have|has> not <produced|brought> results; <it is time|the time has come> for the EU to <speak out publicly|voice its concerns publicly> <and consistently|and at the highest level>.",
};
static const char *const eu_gsp_en[] = {
  "<Under|As a beneficiary of> GSP+, {country} has committed to <effectively implement|implementing> 27 international conventions, including <the ICCPR|core human rights and labour conventions>, and the Commission <should|must> use its monitoring <to demand|to press for> <concrete|tangible> progress.",
};
static const char *const eu_ru[] = {
  "Диалог ЕС – {country} по правам человека не должен <подменять|заменять> публичное обсуждение этих проблем на высоком уровне.",
  "Мы призываем ЕС установить <четкие|конкретные> и ограниченные по срокам критерии прогресса в области прав человека и увязать их с реализацией {agreement}.",
  "Итоги диалога по правам человека <редко|практически никогда не> доводятся до сведения гражданского общества, что подрывает его <эффективность|доверие к нему>.",
  "Сотрудникам Представительства ЕС {country:in} следует <регулярно|систематически> присутствовать на судебных процессах над активистами.",
  "Предстоящее заседание {council} дает <важную|хорошую> возможность поднять эти вопросы на высшем уровне.",
  "Экономические интересы не должны <ставиться выше|заслонять> прав человека в отношениях ЕС с {country:ins}.",
  "Публичные заявления руководства ЕС <имеют значение|действительно важны>: по словам наших партнеров, международное внимание может улучшить обращение с задержанными.",
  "Тихая дипломатия сама по себе не принесла результатов; ЕС пора публично выражать свою обеспокоенность.",
  "Европейский парламент призывал создать механизм мониторинга обязательств в области прав человека в рамках {agreement}.",
};
static const char *const eu_fr[] = {
  "Le dialogue UE–{country} sur les droits de l'homme ne doit pas se substituer à des prises de position publiques au plus haut niveau.",
  "Nous appelons l'UE à fixer des critères <clairs|précis> et assortis de délais, et à les lier à la mise en œuvre de {agreement}.",
  "Les résultats du dialogue sont <rarement|trop rarement> communiqués à la société civile, ce qui nuit à sa crédibilité.",
  "Le personnel de la délégation de l'UE {country:in} devrait assister <systématiquement|régulièrement> aux procès de militants.",
  "Les intérêts économiques ne doivent pas primer sur les droits humains dans les relations entre l'UE et {country:the}.",
  "Les déclarations publiques des dirigeants de l'UE comptent : selon nos partenaires, l'attention internationale peut améliorer le traitement des détenus.",
  "La diplomatie discrète n'a pas suffi ; il est temps que l'UE exprime publiquement ses préoccupations.",
  "La prochaine réunion du {council} offre une occasion importante de soulever ces questions au plus haut niveau.",
};
static const char *const eu_de[] = {
  "Der Menschenrechtsdialog EU–{country} darf kein Ersatz für öffentliche Stellungnahmen auf höchster Ebene sein.",
  "Wir fordern die EU auf, <klare|konkrete> und zeitgebundene Kriterien festzulegen und sie mit der Umsetzung {agreement} zu verknüpfen.",
  "Die Ergebnisse des Dialogs werden der Zivilgesellschaft <selten|kaum> mitgeteilt, was seine Glaubwürdigkeit untergräbt.",
  "Mitarbeitende der EU-Delegation {country:in} sollten Prozesse gegen Aktivistinnen und Aktivisten <systematisch|regelmäßig> beobachten.",
  "Öffentliche Erklärungen der EU-Spitze zeigen Wirkung: Nach Angaben unserer Partner kann internationale Aufmerksamkeit die Behandlung von Inhaftierten verbessern.",
  "Stille Diplomatie allein hat keine Ergebnisse gebracht; die EU sollte ihre Bedenken öffentlich äußern.",
  "Die bevorstehende Sitzung {council} bietet eine wichtige Gelegenheit, diese Anliegen auf höchster Ebene anzusprechen.",
};

static const char *const generic_asks_en[] = {
  "raise the individual cases mentioned in this letter <publicly and in private meetings|at the highest level> and ask {auth} for a written response;",
  "set clear and time-bound human rights benchmarks in the framework of {agreement};",
  "ensure that the EU Delegation <monitors|attends> trials of activists and <visits|seeks to visit> those detained;",
  "meet with independent civil society representatives <during your visit|ahead of the dialogue> and <publicly|openly> express support for their work;",
  "issue a public statement <on the outcome of|following> <the dialogue|the meeting>, <reflecting|setting out> the concerns raised;",
  "<insist on|press for> unimpeded access for UN special procedures and independent monitors to {country};",
  "<coordinate|align> messages with EU member states and other international partners <to maximise impact|for greater impact>;",
  "make clear that <further|deeper> cooperation <depends on|is conditional on> <tangible|concrete> human rights improvements;",
};
static const char *const generic_asks_ru[] = {
  "поднять вопрос об индивидуальных делах, упомянутых в настоящем письме, публично и на встречах на высоком уровне;",
  "установить четкие и ограниченные по срокам критерии в области прав человека в рамках {agreement};",
  "обеспечить наблюдение сотрудников Представительства ЕС за судебными процессами над активистами;",
  "встретиться с представителями независимого гражданского общества;",
  "сделать публичное заявление по итогам <диалога|встречи>;",
};
static const char *const generic_asks_fr[] = {
  "soulever publiquement et en privé les cas individuels mentionnés dans cette lettre ;",
  "fixer des critères clairs et assortis de délais en matière de droits de l'homme dans le cadre de {agreement} ;",
  "veiller à ce que la délégation de l'UE assiste aux procès des militants ;",
  "rencontrer des représentants de la société civile indépendante ;",
};
static const char *const generic_asks_de[] = {
  "die in diesem Schreiben genannten Einzelfälle öffentlich und bei Treffen auf höchster Ebene anzusprechen;",
  "klare und zeitgebundene Menschenrechtskriterien im Rahmen {agreement} festzulegen;",
  "dafür zu sorgen, dass die EU-Delegation Prozesse gegen Aktivistinnen und Aktivisten beobachtet;",
  "sich mit Vertreterinnen und Vertretern der unabhängigen Zivilgesellschaft zu treffen;",
};

/* Recommendations to the government, in briefings and reports. */
static const char *const government_asks_en[] = {
  "Bring national legislation into line with {country}'s international human rights obligations;",
  "Extend a standing invitation to UN special procedures and respond to their communications;",
  "Adopt a human rights action plan with measurable, time-bound targets, drawn up with independent experts;",
  "Strengthen the mandate and independence of the Ombudsperson in line with the Paris Principles;",
  "Implement the recommendations of UN treaty bodies and the Universal Periodic Review;",
  "Consult independent experts openly and in good time on draft laws that affect human rights;",
};
static const char *const government_asks_ru[] = {
  "выполнить рекомендации договорных органов ООН и Универсального периодического обзора;",
  "привести законодательство в соответствие с международными стандартами;",
  "направить постоянное приглашение специальным процедурам ООН;",
  "расширить мандат и обеспечить независимость омбудсмена в соответствии с Парижскими принципами;",
};
static const char *const government_asks_fr[] = {
  "mettre en œuvre les recommandations des organes conventionnels de l'ONU et de l'Examen périodique universel ;",
  "mettre la législation en conformité avec les normes internationales ;",
  "adresser une invitation permanente aux procédures spéciales de l'ONU ;",
};
static const char *const government_asks_de[] = {
  "die Empfehlungen der UN-Vertragsorgane und der Allgemeinen Periodischen Überprüfung umzusetzen;",
  "die Gesetzgebung mit internationalen Standards in Einklang zu bringen;",
  "eine ständige Einladung an die Sonderverfahren der Vereinten Nationen auszusprechen;",
};

static const char *const closing_en[] = {
  "Thank you for your attention to these concerns. We <would welcome|would be grateful for> the opportunity to <discuss them with you|meet with you to discuss them> <at your convenience|before {occasion}>.",
  "We trust that you will <raise|address> these issues <in your meetings|during {occasion}> and look forward to your response.",
  "We remain at your disposal for any further information <you may require|on the issues and cases raised in this letter>.",
};
static const char *const closing_ru[] = {
  "Благодарим Вас за внимание к этим вопросам и надеемся на Ваш ответ.",
  "Мы будем признательны за возможность обсудить эти вопросы с Вами лично и готовы предоставить любую дополнительную информацию.",
};
static const char *const closing_fr[] = {
  "Nous vous remercions de l'attention que vous porterez à ces préoccupations et restons à votre disposition pour toute information complémentaire.",
  "Nous serions heureux de pouvoir vous rencontrer afin d'en discuter.",
};
static const char *const closing_de[] = {
  "Wir danken Ihnen für Ihre Aufmerksamkeit und stehen für weitere Informationen gern zur Verfügung.",
  "Über die Gelegenheit zu einem persönlichen Gespräch würden wir uns sehr freuen.",
};

static const Text4 formulas[] = {
  { "Yours sincerely,", "С уважением,", NULL, "Mit freundlichen Grüßen" },
  { "Sincerely,", "С глубоким уважением,", NULL, "Mit freundlichen Grüßen" },
  { "Kind regards,", "С уважением,", NULL, "Mit besten Grüßen" },
};

static const Text4 asks_intro[] = {
  { "We urge you to:", "Мы призываем Вас:", "Nous vous exhortons à :", "Wir fordern Sie daher auf," },
  { "In particular, we ask you to:", "В частности, мы просим Вас:", "Nous vous demandons en particulier de :", "Wir bitten Sie insbesondere," },
  { "We call on the EU to:", "Мы призываем ЕС:", "Nous appelons l'UE à :", "Wir fordern die EU auf," },
};

/* Case paragraphs.  intro names the person in full, details use the
 * surname, the closing sentence asks for something. */
static const char *const case_intro_en[] = {
  "{case}, {role} from {city}, was <arrested|detained> {when} and <charged with|accused of> {charge}.",
  "On {date}, a court {city:in} sentenced {case}, {role}, to {years} years in prison on charges of {charge}.",
  "{case}, {role}, has been <in pre-trial detention|behind bars> since {date}, <facing|on> charges of {charge}.",
  "We are particularly concerned about the case of {case}, {role} who <was sentenced|was jailed> {when} to {years} years <in prison|of imprisonment> for {charge}.",
  "<Particularly worrying|Of particular concern> is the case of {case}, {role} from {city}, who <faces|is facing> up to {years} years in prison on charges of {charge}.",
  "{case} was <detained|arrested> {city:in} {when}; [he|she] <is accused of|stands accused of> {charge}.",
  "The case of {case}, {role} from {city}, <illustrates|is emblematic of|exemplifies> <these concerns|this pattern>: [he|she] was <arrested|detained> {when} and charged with {charge}.",
};
static const char *const case_detail_en[] = {
  "[He|She] <denies|has consistently denied> the charges, which [his|her] lawyers <describe as|consider> <unfounded|fabricated|retaliation for [his|her] work>.",
  "[His|Her] lawyer was <denied access to [him|her]|not allowed to see [him|her]> for <several days|the first {days} days> after the arrest.",
  "{title} {sur} <suffers from|has> <a heart condition|diabetes|serious health problems> and <has not received|has been refused> <adequate|appropriate> medical treatment <in detention|in the colony>.",
  "<During the trial|At the hearing>, {title} {sur} <stated|told the court> that [he|she] had been <threatened|pressured> <by investigators|during the investigation>.",
  "[His|Her] relatives <have been|were> <summoned for questioning|pressured> <several times|repeatedly> since [his|her] arrest.",
  "The appeal court upheld the sentence against {title} {sur} {when}.",
  "{title} {sur} is <currently|now> <held|serving [his|her] sentence> in a <colony|prison> {city:in}.",
  "<The UN Working Group on Arbitrary Detention has|UN experts have> called for [his|her] release.",
  "Several international organisations have called for the release of {title} {sur}.",
  "[He|She] <was placed|has been placed> in <a punishment cell|solitary confinement> <{num} times|several times> since [his|her] <conviction|transfer to the colony>.",
  "<Diplomats from several EU member states|EU Delegation staff> <attended|observed> <the hearing|some of the hearings> in [his|her] case.",
};
static const char *const case_ask_en[] = {
  "We call for the <immediate and unconditional|immediate> release of {title} {sur}.",
  "We urge you to raise the case of {case} <with {auth}|in your meetings with {auth}|publicly>.",
  "{title} {sur} must be <released|freed> and all charges against [him|her] dropped.",
  "We ask the EU to <monitor|follow> [his|her] case closely<| and to request access to [him|her] in detention>.",
};
static const char *const case_intro_ru[] = {
  "{case}, {role} {city:from}, [был задержан|была задержана] {when} по обвинению в {charge}.",
  "{when} суд {city:in} приговорил {case:acc} к {years} годам лишения свободы по обвинению в {charge}.",
  "Особую обеспокоенность вызывает дело {case:gen}, [которого|которую] обвиняют в {charge}.",
  "{case} находится под стражей с {date}; [ему|ей] предъявлено обвинение в {charge}.",
  "Дело {case:gen} {city:from} наглядно <иллюстрирует|демонстрирует> <эти проблемы|описанные выше тенденции>: [его|ее] обвиняют в {charge}.",
};
static const char *const case_detail_ru[] = {
  "[Он|Она] не признает вину и считает обвинения <надуманными|сфабрикованными>.",
  "Адвокат не мог встретиться с {sur:ins} в течение <нескольких дней|первых {days} суток> после задержания.",
  "У {sur:gen} <серьезные проблемы со здоровьем|хроническое заболевание сердца>, однако [он|она] не получает надлежащей медицинской помощи.",
  "В суде {sur} [заявил|заявила], что следователи <угрожали [ему|ей]|оказывали на [него|нее] давление>.",
  "Родственников {sur:gen} <неоднократно|регулярно> вызывают на допросы.",
  "Апелляционный суд оставил приговор {sur:dat} в силе {when}.",
  "[Его|Ее] <поместили|неоднократно помещали> в штрафной изолятор.",
  "Рабочая группа ООН по произвольным задержаниям признала задержание {sur:gen} произвольным.",
};
static const char *const case_ask_ru[] = {
  "Мы призываем к немедленному и безусловному освобождению {case:gen}.",
  "Просим Вас поднять вопрос о деле {sur:gen} в ходе встреч с {auth:ins}.",
  "Все обвинения против {sur:gen} должны быть сняты.",
};
static const char *const case_intro_fr[] = {
  "{case}, {role} {city:from}, a été [arrêté|arrêtée] {when} et [poursuivi|poursuivie] pour {charge}.",
  "{when}, un tribunal {city:from} a condamné {case} à {years} ans de prison pour {charge}.",
  "Nous sommes particulièrement préoccupés par le cas {case:de}, {role}, [détenu|détenue] depuis le {date} et [poursuivi|poursuivie] pour {charge}.",
  "Le cas {case:de}, {role} {city:from}, illustre <ces préoccupations|les tendances décrites ci-dessus> : [il|elle] est [poursuivi|poursuivie] pour {charge}.",
};
static const char *const case_detail_fr[] = {
  "[Il conteste|Elle conteste] les accusations, qu'[il|elle] juge <politiquement motivées|fabriquées>.",
  "Son avocat n'a pas pu [le|la] rencontrer pendant <plusieurs jours|les {days} premiers jours> après son arrestation.",
  "{title} {sur} souffre de <graves problèmes de santé|diabète|problèmes cardiaques> et ne reçoit pas de soins adéquats.",
  "Ses proches ont été <convoqués à plusieurs reprises|intimidés> par la police.",
  "La cour d'appel a confirmé la condamnation de {title} {sur} {when}.",
  "Le Groupe de travail de l'ONU sur la détention arbitraire a qualifié sa détention d'arbitraire.",
};
static const char *const case_ask_fr[] = {
  "Nous demandons la libération immédiate de {title} {sur}.",
  "Nous vous prions de soulever le cas {case:de} auprès {auth:gen}.",
};
static const char *const case_intro_de[] = {
  "{case}, {role} {city:from}, wurde {when} festgenommen und wegen {charge} angeklagt.",
  "{when} verurteilte ein Gericht {city:in} {case} wegen {charge} zu {years} Jahren Haft.",
  "Besonders besorgniserregend ist der Fall von {case}, {role} {city:from}, [der|die] seit dem {date} wegen {charge} in Haft sitzt.",
  "Der Fall von {case}, {role}, <verdeutlicht|veranschaulicht> <diese Probleme|die beschriebenen Tendenzen>: [Er|Sie] ist wegen {charge} angeklagt.",
};
static const char *const case_detail_de[] = {
  "[Er|Sie] weist die Vorwürfe zurück, die [seine|ihre] Anwälte als <politisch motiviert|konstruiert> bezeichnen.",
  "[Sein|Ihr] Anwalt durfte [ihn|sie] <mehrere Tage lang|in den ersten {days} Tagen> nach der Festnahme nicht sehen.",
  "{title} {sur} leidet an <einer schweren Herzerkrankung|Diabetes> und erhält keine angemessene medizinische Versorgung.",
  "[Seine|Ihre] Angehörigen wurden wiederholt von der Polizei vorgeladen.",
  "Das Berufungsgericht bestätigte das Urteil {when}.",
};
static const char *const case_ask_de[] = {
  "Wir fordern die sofortige Freilassung von {case}.",
  "Wir bitten Sie, den Fall von {case} gegenüber {auth:dat} anzusprechen.",
};

static const char *const methodology_en[] = {
  "This <report|paper> is based on <{people} interviews|interviews with {people} people> conducted {daterange} with <victims, relatives, lawyers and activists|former detainees, lawyers and civil society representatives>.",
  "<Names|Some names> <have been|were> <changed|withheld> <to protect|for the safety of> <interviewees|those who spoke to us>.",
  "We also <analysed|reviewed> <court decisions, official statistics and media reports|legislation and court documents>.",
  "<The findings|Our findings> were <shared with|sent to> {auth} <for comment|for their response> on {date}; <no response had been received|we had received no reply> <at the time of writing|by the time of publication>.",
};
static const char *const methodology_ru[] = {
  "Настоящий доклад основан на {people} интервью, проведенных {daterange} с <пострадавшими, их родственниками и адвокатами|бывшими заключенными и активистами>.",
  "Некоторые имена изменены в целях безопасности собеседников.",
  "Выводы доклада были направлены {auth:dat} для комментариев, однако на момент публикации ответа получено не было.",
};
static const char *const methodology_fr[] = {
  "Ce rapport s'appuie sur {people} entretiens menés {daterange} avec des victimes, des proches, des avocats et des militants.",
  "Certains noms ont été modifiés pour protéger les personnes interrogées.",
};
static const char *const methodology_de[] = {
  "Dieser Bericht beruht auf {people} Interviews, die {daterange} mit Betroffenen, Angehörigen, Anwälten und Aktivisten geführt wurden.",
  "Einige Namen wurden zum Schutz der Befragten geändert.",
};

static const char *const footnote_en[] = {
  "See {org}, “{country}: <new wave of arrests|a year of repression|the case for benchmarks>”, {date}, {url}",
  "European Parliament resolution of {date} on the human rights situation {country:in}, {rsp}.",
  "UN Human Rights Committee, Concluding observations on the <second|third|fourth> periodic report of {country}, CCPR/C/{iso}/CO/{small}, {date}.",
  "UN Human Rights Council, Report of the Working Group on the Universal Periodic Review: {country}, {date}.",
  "Interview with <a relative|the lawyer|a former cellmate> of the <victim|defendant>, {city}, {date}.",
  "OSCE/ODIHR, Annual Report, Warsaw, {date}.",
  "<Information|Data> <provided by|from> <local human rights groups|our partners> {country:in}, on file with {org}.",
  "See also the joint submission by {org} to the Universal Periodic Review of {country}, {url}",
  "Council of the European Union, EU Action Plan on Human Rights and Democracy.",
};
static const char *const footnote_ru[] = {
  "См.: {org}, «{country}: <новая волна арестов|год репрессий>», {date}, {url}",
  "Резолюция Европейского парламента от {date} о положении с правами человека {country:in}, {rsp}.",
  "Заключительные замечания Комитета ООН по правам человека, CCPR/C/{iso}/CO/{small}, {date}.",
  "Интервью с <родственником пострадавшего|адвокатом>, {city}, {date}.",
};
static const char *const footnote_fr[] = {
  "Voir {org}, « {country} : <nouvelle vague d'arrestations|une année de répression> », {date}, {url}",
  "Résolution du Parlement européen du {date} sur la situation des droits de l'homme {country:in}, {rsp}.",
  "Comité des droits de l'homme de l'ONU, Observations finales, CCPR/C/{iso}/CO/{small}, {date}.",
};
static const char *const footnote_de[] = {
  "Siehe {org}, „{country}: <neue Verhaftungswelle|ein Jahr der Repression>“, {date}, {url}",
  "Entschließung des Europäischen Parlaments vom {date} zur Menschenrechtslage {country:in}, {rsp}.",
  "UN-Menschenrechtsausschuss, Abschließende Bemerkungen, CCPR/C/{iso}/CO/{small}, {date}.",
};

static const char *const quote_en[] = {
  "The EU cannot continue business as usual while <the repression continues|the human rights situation keeps deteriorating|promised reforms remain on paper>.",
  "{country}'s partners in Brussels must make clear that <human rights are not negotiable|closer ties depend on real reforms>.",
  "Behind every number in this <report|statement> there is a family <waiting for justice|that has been torn apart>.",
  "Quiet diplomacy has not worked. It is time for the EU to speak out publicly.",
  "The authorities' promises of reform ring hollow as long as <the repression continues|nothing changes on the ground>.",
  "<Today's|This year's> dialogue must not become another missed opportunity.",
};
static const char *const quote_ru[] = {
  "ЕС не может продолжать сотрудничество в обычном режиме, пока <продолжаются репрессии|положение с правами человека ухудшается>.",
  "Обещания реформ ничего не стоят, пока на деле ничего не меняется.",
  "Тихая дипломатия не дала результатов. ЕС пора высказаться публично.",
};
static const char *const quote_fr[] = {
  "L'UE ne peut pas continuer comme si de rien n'était tant que <la répression se poursuit|la situation des droits humains se dégrade>.",
  "La diplomatie discrète n'a pas fonctionné. Il est temps que l'UE s'exprime publiquement.",
};
static const char *const quote_de[] = {
  "Die EU kann nicht zur Tagesordnung übergehen, solange <die Repression anhält|sich die Menschenrechtslage verschlechtert>.",
  "Stille Diplomatie hat nichts bewirkt. Die EU muss sich endlich öffentlich äußern.",
};

/* Press release openings; {ldate} and {place} say where it came from. */
static const char *const press_lead_en[] = {
  "{place}, {ldate} – {orgs} <today|this week> <called on|urged> the EU to use {occasion} to press {auth} to {imperative}.",
  "{place}, {ldate} – <Ahead of|In view of> {occasion}, {orgs} <called on|urged> EU institutions to <put human rights at the centre of|make human rights a priority in> their <relations|engagement> with {country}.",
};
static const char *const press_lead_ru[] = {
  "{place}, {ldate} – Правозащитные организации ({orgacr}) призвали ЕС использовать возможность {occasion}, чтобы призвать {auth} {imperative}.",
  "{place}, {ldate} – В преддверии {occasion} правозащитники ({orgacr}) призвали институты ЕС поставить права человека в центр отношений с {country:ins}.",
};
static const char *const press_lead_fr[] = {
  "{place}, le {ldate} – À l'approche {occasion}, nos organisations ({orgacr}) appellent l'UE à exhorter {auth} à {imperative}.",
};
static const char *const press_lead_de[] = {
  "{place}, {ldate} – Im Vorfeld {occasion} fordern unsere Organisationen ({orgacr}) die EU auf, die Behörden zu drängen, {imperative}.",
};

static const char *const about_en[] = {
  "{orgname} ({org}) is an independent non-governmental organisation based in {seat}. <Founded in {foundyear}, it|It> <works|campaigns> <to protect human rights|for the rule of law and human rights> in {area}.",
  "{orgname} ({org}) <supports|works with> human rights defenders and civil society groups in {area} <through advocacy, research and legal aid|and brings their concerns to international institutions>.",
};
static const char *const about_ru[] = {
  "{orgname} – независимая неправительственная организация, основанная в {foundyear} году. Организация <защищает права человека|работает в сфере защиты прав человека> в {area}.",
};
static const char *const about_fr[] = {
  "{orgname:the} ({org}) est une organisation non gouvernementale indépendante fondée en {foundyear}, qui œuvre pour les droits humains {area}.",
};
static const char *const about_de[] = {
  "{orgname} ({org}) ist eine unabhängige Nichtregierungsorganisation, die sich seit {foundyear} für die Menschenrechte {area} einsetzt.",
};

static const char *const debris_en[] = {
  "Sign up to our newsletter", "Sign up now", "Subscribe to our latest news & alerts",
  "Share this: Facebook Twitter LinkedIn Email", "Follow us on Twitter @{org}", "Donate now",
  "Print this page", "Cookies policy | Privacy | Contact us", "© {lyear} {org}. All rights reserved.",
  "Related: {country} – latest news", "Read more: {url}",
};
static const char *const debris_ru[] = {
  "Подпишитесь на нашу рассылку", "Поделиться: Facebook Telegram VK", "Поддержать нашу работу",
  "Версия для печати", "© {lyear} {org}. Все права защищены.", "Читайте также: {url}",
};
static const char *const debris_fr[] = {
  "Inscrivez-vous à notre lettre d'information", "Partager : Facebook Twitter Courriel", "Faire un don",
  "Imprimer cette page", "© {lyear} {org}. Tous droits réservés.", "Lire aussi : {url}",
};
static const char *const debris_de[] = {
  "Newsletter abonnieren", "Teilen: Facebook Twitter E-Mail", "Jetzt spenden", "Seite drucken",
  "© {lyear} {org}. Alle Rechte vorbehalten.", "Mehr dazu: {url}",
};

static const Text4 label_kind[N_KINDS] = {
  { NULL, NULL, NULL, NULL },
  { "PRESS RELEASE", "ПРЕСС-РЕЛИЗ", "COMMUNIQUÉ DE PRESSE", "PRESSEMITTEILUNG" },
  { "JOINT STATEMENT", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ", "DÉCLARATION COMMUNE", "GEMEINSAME ERKLÄRUNG" },
  { "BRIEFING PAPER", "АНАЛИТИЧЕСКАЯ ЗАПИСКА", "NOTE D'INFORMATION", "HINTERGRUNDPAPIER" },
  { "REPORT", "ДОКЛАД", "RAPPORT", "BERICHT" },
};

typedef enum
{
  SECTION_SUMMARY,
  SECTION_BACKGROUND,
  SECTION_METHODOLOGY,
  SECTION_RECOMMENDATIONS,
  SECTION_CONTENTS,
  SECTION_TO_EU,
  SECTION_TO_GOVERNMENT,
  SECTION_ABOUT,
  SECTION_CONTACT,
  SECTION_SIGNATORIES,
  SECTION_SUBJECT,
  SECTION_CASE,
  SECTION_EU_POLICY,
  N_SECTIONS
} Section;

static const Text4 section_titles[N_SECTIONS] = {
  { "Summary", "Резюме", "Résumé", "Zusammenfassung" },
  { "Background", "Общий контекст", "Contexte", "Hintergrund" },
  { "Methodology", "Методология", "Méthodologie", "Methodik" },
  { "Recommendations", "Рекомендации", "Recommandations", "Empfehlungen" },
  { "Contents", "Содержание", "Sommaire", "Inhalt" },
  { "To the European Union and its member states:", "Европейскому союзу и государствам-членам:",
    "À l'Union européenne et à ses États membres :", "An die Europäische Union und ihre Mitgliedstaaten:" },
  { "To the {adj} authorities:", "Властям {country:of}:", "Aux autorités {country:of} :", "An die {adj}en Behörden:" },
  { "About {org}", "Об организации {org}", "À propos de nous", "Über {org}" },
  { "For more information, please contact:", "Контакты для СМИ:", "Contact presse :", "Pressekontakt:" },
  { "Signatories:", "Подписавшие организации:", "Signataires :", "Unterzeichnende Organisationen:" },
  { "Re.:", "Тема:", "Objet :", "Betreff:" },
  { "The case of {case}", "Дело {case:gen}", "Le cas {case:de}", "Der Fall von {case}" },
  { "The role of the EU", "Роль Европейского союза", "Le rôle de l'Union européenne", "Die Rolle der EU" },
};

/* Headlines of press releases, statements and reports. */
static const char *const headline_en[] = {
  "{country}: EU must press the authorities to {imperative}",
  "EU should urge {country} to {imperative}",
  "{country} must {imperative}, say rights groups",
  "Human Rights Dialogue: EU must press {country} to {imperative}",
};
static const char *const headline_ru[] = {
  "{country}: ЕС должен призвать власти {imperative}",
  "Правозащитники призывают {auth} {imperative}",
};
static const char *const headline_fr[] = {
  "{country} : l'UE doit exhorter les autorités à {imperative}",
  "{country} : les ONG appellent à {imperative}",
};
static const char *const headline_de[] = {
  "{country}: NGOs fordern die Behörden auf, {imperative}",
  "Menschenrechtsdialog mit {country}: EU soll die Regierung auffordern, {imperative}",
};
static const char *const report_title_en[] = {
  "{heading} {country:in}: <a briefing ahead of the EU–{country} Human Rights Dialogue|the case for EU action>",
  "<Silenced|Behind closed doors|No room for dissent>: {concern} {country:in}",
};
static const char *const report_title_ru[] = {
  "{heading}: положение {country:in}",
  "<Без права голоса|За закрытыми дверями>: {concern} {country:in}",
};
static const char *const report_title_fr[] = {
  "{heading} {country:in} : <note en vue du dialogue UE–{country}|l'Union européenne doit agir>",
};
static const char *const report_title_de[] = {
  "{heading} {country:in}: <Hintergrund zum Menschenrechtsdialog EU–{country}|die EU muss handeln>",
};

#define LANG_POOLS(p) { POOL (p##_en), POOL (p##_ru), POOL (p##_fr), POOL (p##_de) }

typedef enum
{
  P_INTRO,
  P_CONCERNS,
  P_LEAD_IN,
  P_CONTEXT,
  P_EU,
  P_GENERIC_ASKS,
  P_GOVERNMENT_ASKS,
  P_CLOSING,
  P_CASE_INTRO,
  P_CASE_DETAIL,
  P_CASE_ASK,
  P_METHODOLOGY,
  P_FOOTNOTE,
  P_QUOTE,
  P_PRESS_LEAD,
  P_ABOUT,
  P_DEBRIS,
  P_HEADLINE,
  P_REPORT_TITLE,
  N_POOLS
} PoolId;

static const Pool pools[N_POOLS][N_LANGS] = {
  [P_INTRO] = LANG_POOLS (intro),
  [P_CONCERNS] = LANG_POOLS (concerns),
  [P_LEAD_IN] = LANG_POOLS (lead_in),
  [P_CONTEXT] = LANG_POOLS (context),
  [P_EU] = LANG_POOLS (eu),
  [P_GENERIC_ASKS] = LANG_POOLS (generic_asks),
  [P_GOVERNMENT_ASKS] = LANG_POOLS (government_asks),
  [P_CLOSING] = LANG_POOLS (closing),
  [P_CASE_INTRO] = LANG_POOLS (case_intro),
  [P_CASE_DETAIL] = LANG_POOLS (case_detail),
  [P_CASE_ASK] = LANG_POOLS (case_ask),
  [P_METHODOLOGY] = LANG_POOLS (methodology),
  [P_FOOTNOTE] = LANG_POOLS (footnote),
  [P_QUOTE] = LANG_POOLS (quote),
  [P_PRESS_LEAD] = LANG_POOLS (press_lead),
  [P_ABOUT] = LANG_POOLS (about),
  [P_DEBRIS] = LANG_POOLS (debris),
  [P_HEADLINE] = LANG_POOLS (headline),
  [P_REPORT_TITLE] = LANG_POOLS (report_title),
};

/* Forms only one language needs, indexed like countries[]. */
static const char *const ru_country_ins[] = {
  "Казахстаном", "Кыргызстаном", "Таджикистаном", "Туркменистаном", "Узбекистаном",
  "Азербайджаном", "Арменией", "Грузией", "Беларусью", "Россией", "Украиной", "Молдовой",
};
static const char *const fr_country_the[] = {
  "le Kazakhstan", "le Kirghizistan", "le Tadjikistan", "le Turkménistan", "l'Ouzbékistan",
  "l'Azerbaïdjan", "l'Arménie", "la Géorgie", "le Bélarus", "la Russie", "l'Ukraine", "la Moldavie",
};
static const char *const local_phone[] = {
  "+7 727", "+996 312", "+992 37", "+993 12", "+998 71", "+994 12",
  "+374 10", "+995 32", "+375 17", "+7 495", "+380 44", "+373 22",
};
static const char *const local_tld[] = {
  "kz", "kg", "tj", "tm", "uz", "az", "am", "ge", "by", "ru", "ua", "md",
};

G_STATIC_ASSERT (G_N_ELEMENTS (ru_country_ins) == G_N_ELEMENTS (countries));
G_STATIC_ASSERT (G_N_ELEMENTS (fr_country_the) == G_N_ELEMENTS (countries));
G_STATIC_ASSERT (G_N_ELEMENTS (local_phone) == G_N_ELEMENTS (countries));
G_STATIC_ASSERT (G_N_ELEMENTS (local_tld) == G_N_ELEMENTS (countries));

/* ------------------------------------------------------------------ */
/* Russian declension of personal names                                */
/*                                                                     */
/* Russian letters name people in every grammatical case, and search   */
/* has to cope with that, so the generator declines them the way       */
/* Russian writers do.  Only the patterns the name pool uses are       */
/* covered.                                                            */

typedef enum
{
  RU_NOM,
  RU_GEN,
  RU_DAT,
  RU_ACC,
  RU_INS,
  RU_PREP,
  N_RU_CASES
} RuCase;

static gboolean
utf8_ends_with_any (const char *s,
                    const char *chars)
{
  const char *last;

  if (*s == '\0')
    return FALSE;
  last = g_utf8_find_prev_char (s, s + strlen (s));
  return g_utf8_strchr (chars, -1, g_utf8_get_char (last)) != NULL;
}

static char *
utf8_drop_last (const char *s)
{
  const char *last = g_utf8_find_prev_char (s, s + strlen (s));

  return g_strndup (s, last - s);
}

static gboolean
ru_ends_with_consonant (const char *s)
{
  return !utf8_ends_with_any (s, "аеёиоуыэюяйь");
}

/* Nouns in -а/-я: Гульнара, Малика, Наталья, Мария, Ника. */
static char *
ru_decline_a_stem (const char *nom,
                   RuCase      c)
{
  g_autofree char *stem = utf8_drop_last (nom);
  gboolean ya = g_str_has_suffix (nom, "я");
  gboolean iya = g_str_has_suffix (nom, "ия");
  gboolean velar_or_sibilant = utf8_ends_with_any (stem, "гкхжшчщ");
  gboolean sibilant = utf8_ends_with_any (stem, "жшчщц");
  const char *ending;

  switch (c)
    {
    case RU_GEN:
      ending = ya || velar_or_sibilant ? "и" : "ы";
      break;
    case RU_DAT:
    case RU_PREP:
      ending = iya ? "и" : "е";
      break;
    case RU_ACC:
      ending = ya ? "ю" : "у";
      break;
    case RU_INS:
      ending = ya || sibilant ? "ей" : "ой";
      break;
    case RU_NOM:
    case N_RU_CASES:
    default:
      return g_strdup (nom);
    }
  return g_strconcat (stem, ending, NULL);
}

/* Masculine nouns ending in a consonant: Петросян, Жук, Лукашевич. */
static char *
ru_decline_hard_masculine (const char *nom,
                           RuCase      c)
{
  static const char *const endings[N_RU_CASES] = { "", "а", "у", "а", "ом", "е" };

  if (c == RU_INS && utf8_ends_with_any (nom, "жшчщц"))
    return g_strconcat (nom, "ем", NULL);
  return g_strconcat (nom, endings[c], NULL);
}

/* Masculine nouns in -й/-ий/-ь: Сергей, Георгий, Игорь. */
static char *
ru_decline_soft_masculine (const char *nom,
                           RuCase      c)
{
  static const char *const endings[N_RU_CASES] = { "", "я", "ю", "я", "ем", "е" };
  g_autofree char *stem = utf8_drop_last (nom);

  if (c == RU_NOM)
    return g_strdup (nom);
  if (c == RU_PREP && g_str_has_suffix (nom, "ий"))
    return g_strconcat (stem, "и", NULL);
  return g_strconcat (stem, endings[c], NULL);
}

static char *
ru_decline_first_name (const char *nom,
                       gboolean    female,
                       RuCase      c)
{
  if (c == RU_NOM)
    return g_strdup (nom);
  if (utf8_ends_with_any (nom, "ая"))
    return ru_decline_a_stem (nom, c);
  if (female)
    return g_strdup (nom); /* Айгуль, Сауле, Нино: not declined */
  if (utf8_ends_with_any (nom, "йь"))
    return ru_decline_soft_masculine (nom, c);
  if (ru_ends_with_consonant (nom))
    return ru_decline_hard_masculine (nom, c);
  return g_strdup (nom); /* Берды, Василе */
}

static char *
ru_decline_surname (const char  *stem,
                    SurnameType  type,
                    gboolean     female,
                    RuCase       c)
{
  static const char *const ov_m[N_RU_CASES] = { "", "а", "у", "а", "ым", "е" };
  static const char *const ov_f[N_RU_CASES] = { "а", "ой", "ой", "у", "ой", "ой" };
  static const char *const sky_m[N_RU_CASES] = { "ий", "ого", "ому", "ого", "им", "ом" };
  static const char *const sky_f[N_RU_CASES] = { "ая", "ой", "ой", "ую", "ой", "ой" };

  switch (type)
    {
    case SURNAME_OV:
      return g_strconcat (stem, female ? ov_f[c] : ov_m[c], NULL);
    case SURNAME_SKY:
      return g_strconcat (stem, female ? sky_f[c] : sky_m[c], NULL);
    case SURNAME_CONSONANT:
      return female ? g_strdup (stem) : ru_decline_hard_masculine (stem, c);
    case SURNAME_FIXED:
    default:
      return g_strdup (stem);
    }
}

/* Western surnames in Cyrillic: declined for men when they end in a
 * consonant (Новаку), never for women (Линдквист). */
static char *
ru_decline_foreign_surname (const char *nom,
                            gboolean    female,
                            RuCase      c)
{
  if (female || !ru_ends_with_consonant (nom))
    return g_strdup (nom);
  return ru_decline_hard_masculine (nom, c);
}

/* ------------------------------------------------------------------ */
/* The pool of people whose cases letters raise                        */

typedef struct
{
  guint country;
  gboolean female;
  char *latin;       /* canonical: what truth.jsonl lists */
  char *latin_first;
  char *latin_sur;
  char *full_ru[N_RU_CASES];
  char *sur_ru[N_RU_CASES];
} Person;

static Person people[G_N_ELEMENTS (countries) * PEOPLE_PER_COUNTRY];

static char *
latin_surname (const Surname *s,
               gboolean       female)
{
  if (!female)
    return g_strdup (s->lat);
  if (s->lat_f != NULL)
    return g_strdup (s->lat_f);
  if (s->type == SURNAME_OV)
    return g_strconcat (s->lat, "a", NULL);
  return g_strdup (s->lat);
}

/* Thirteen people per country: seven men with each surname, then six
 * women with the first six surnames (so "Aigul Serikbayeva" exists). */
static void
init_people (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
    for (guint j = 0; j < PEOPLE_PER_COUNTRY; j++)
      {
        Person *p = &people[c * PEOPLE_PER_COUNTRY + j];
        gboolean female = j >= 7;
        const NamePart *first = female ? &countries[c].female[(j - 7) % 6] : &countries[c].male[j % 6];
        const Surname *sur = &countries[c].surnames[j % 7];

        p->country = c;
        p->female = female;
        p->latin_first = g_strdup (first->lat);
        p->latin_sur = latin_surname (sur, female);
        p->latin = g_strconcat (p->latin_first, " ", p->latin_sur, NULL);
        for (RuCase k = RU_NOM; k < N_RU_CASES; k++)
          {
            g_autofree char *f = ru_decline_first_name (first->cyr, female, k);

            p->sur_ru[k] = ru_decline_surname (sur->cyr, sur->type, female, k);
            p->full_ru[k] = g_strconcat (f, " ", p->sur_ru[k], NULL);
          }
      }
}

enum
{
  VARIANT_Y_TO_I = 1 << 0, /* Serikbayeva → Serikbaeva, Petrosyan → Petrosian */
  VARIANT_KH_TO_H = 1 << 1 /* Rakhimov → Rahimov, Dzhumabayev → Jumabayev */
};

/* Real documents spell one person several ways; letters in Latin
 * script do too, while truth.jsonl keeps the canonical spelling. */
static char *
latin_spelling_variant (const char *name,
                        guint       variants)
{
  GString *s = g_string_new (name);

  if (variants & VARIANT_Y_TO_I)
    {
      g_string_replace (s, "ye", "e", 0);
      g_string_replace (s, "Ye", "E", 0);
      g_string_replace (s, "iya", "ia", 0);
      g_string_replace (s, "ayi", "ai", 0);
      g_string_replace (s, "ya", "ia", 0);
      g_string_replace (s, "yu", "iu", 0);
      g_string_replace (s, "ey", "ei", 0);
      g_string_replace (s, "ay", "ai", 0);
    }
  if (variants & VARIANT_KH_TO_H)
    {
      g_string_replace (s, "Dzh", "J", 0);
      g_string_replace (s, "dzh", "j", 0);
      g_string_replace (s, "kh", "h", 0);
      g_string_replace (s, "Kh", "H", 0);
      g_string_replace (s, "Mammad", "Mamed", 0);
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------ */
/* Random helpers; every draw comes from the letter's own GRand        */

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static gboolean
chance (GRand  *rand,
        double  p)
{
  return g_rand_double (rand) < p;
}

static int
range (GRand *rand,
       int    lo,
       int    hi)
{
  return g_rand_int_range (rand, lo, hi + 1);
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n)
{
  guint total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = pick (rand, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

/* ------------------------------------------------------------------ */
/* The letter                                                          */

typedef enum
{
  STYLE_BODY,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_TITLE,
  STYLE_LABEL,
  STYLE_LETTERHEAD,
  STYLE_LETTERHEAD_SMALL,
  STYLE_ADDRESS,
  STYLE_DATELINE,
  STYLE_SUBJECT,
  STYLE_BULLET,
  STYLE_QUOTE,
  STYLE_SMALL,
  STYLE_SIGNATURE,
  N_STYLES
} Style;

typedef struct
{
  Style style;
  char *text;
  char *footnote; /* printed at the foot of the page the block ends on */
  int align;      /* a PangoAlignment, or -1 for the style's own */
  gboolean optional; /* added only to reach the target length */
} Block;

typedef struct
{
  char *name;
  char *name_the; /* with its article, for French: « l'Observatoire … » */
  char *acronym;
  char *domain;
  const char *seat;    /* in the letter's language */
  const char *seat_en;
  const char *phone;
  int founded;
  char *staff;
  gboolean staff_female;
  guint staff_role;
} Org;

typedef struct
{
  guint person;
  Issue issue;
  guint role;
  guint charge;
  guint city;
  char *latin;     /* as this letter spells it */
  char *latin_sur;
} CaseRef;

typedef struct
{
  GRand *rand;
  guint index;
  Lang lang;
  Kind kind;
  GDate date;
  guint country;
  const Country *c;
  const char *place;    /* dateline, as written */
  const char *place_en; /* dateline, for truth.jsonl */
  Org orgs[3];
  guint n_orgs;
  guint role;
  gboolean official_female;
  guint official_first, official_sur;
  Issue issues[4];
  guint n_issues;
  CaseRef cases[3];
  guint n_cases;
  guint occasion;
  gboolean english_us_dates;
  gboolean headings;
  gboolean justify;
  const char *bullet;
  int letterhead_align;
  double footnote_rate;

  /* what {slots} refer to while a paragraph is written */
  int cur_case;
  int cur_issue;
  guint cur_org;
  guint cur_city;

  guint target_pages;
  double target_fill;   /* of the last page */

  gboolean case_dates;   /* a case is being told: its events come in order */
  GDate last_event;

  guint n_footnotes;
  GHashTable *used;     /* template → times used in this letter */
  const char *paragraph_used[24]; /* templates in the block being written */
  guint n_paragraph_used;
  GPtrArray *blocks;
  double height;        /* estimated height of blocks, in points */
  char *header;         /* printed at the top of every page, or NULL */
  char *footer;
  guint page_numbers;
  char *title;
  char *recipient;
} Letter;

static void
block_free (gpointer data)
{
  Block *b = data;

  g_free (b->text);
  g_free (b->footnote);
  g_free (b);
}

static void
letter_free (Letter *l)
{
  for (guint i = 0; i < l->n_orgs; i++)
    {
      g_free (l->orgs[i].name);
      g_free (l->orgs[i].name_the);
      g_free (l->orgs[i].acronym);
      g_free (l->orgs[i].domain);
      g_free (l->orgs[i].staff);
    }
  for (guint i = 0; i < l->n_cases; i++)
    {
      g_free (l->cases[i].latin);
      g_free (l->cases[i].latin_sur);
    }
  g_hash_table_unref (l->used);
  g_ptr_array_unref (l->blocks);
  g_free (l->title);
  g_free (l->recipient);
  g_free (l->header);
  g_free (l->footer);
  g_rand_free (l->rand);
  g_free (l);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Letter, letter_free)

static gboolean
is_cyrillic (Lang lang)
{
  return lang == LANG_RU;
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */

typedef enum
{
  DATE_PLAIN,    /* 12 March 2015 / 12 марта 2015 года */
  DATE_WHEN,     /* on 12 March 2015 / le 12 mars 2015 / am 12. März 2015 */
  DATE_MONTH,    /* in March 2015 / в марте 2015 года */
  DATE_BARE_MONTH,
  DATE_DATELINE  /* 12 марта 2015 г. */
} DateForm;

static void
append_date (Letter     *l,
             GString    *out,
             const GDate *d,
             DateForm    form)
{
  guint day = g_date_get_day (d);
  guint m = g_date_get_month (d) - 1;
  guint y = g_date_get_year (d);

  switch (l->lang)
    {
    case LANG_EN:
      if (form == DATE_MONTH || form == DATE_BARE_MONTH)
        g_string_append_printf (out, "%s%s %u", form == DATE_MONTH ? "in " : "", months_en[m], y);
      else if (l->english_us_dates)
        g_string_append_printf (out, "%s%s %u, %u", form == DATE_WHEN ? "on " : "", months_en[m], day, y);
      else
        g_string_append_printf (out, "%s%u %s %u", form == DATE_WHEN ? "on " : "", day, months_en[m], y);
      break;
    case LANG_RU:
      if (form == DATE_MONTH)
        g_string_append_printf (out, "в %s %u года", months_ru_prep[m], y);
      else
        g_string_append_printf (out, "%u %s %u %s", day, months_ru_gen[m], y,
                                form == DATE_DATELINE ? "г." : "года");
      break;
    case LANG_FR:
      if (form == DATE_MONTH || form == DATE_BARE_MONTH)
        g_string_append_printf (out, "%s%s %u", form == DATE_MONTH ? "en " : "", months_fr[m], y);
      else
        g_string_append_printf (out, "%s%u%s %s %u", form == DATE_WHEN ? "le " : "", day,
                                day == 1 ? "er" : "", months_fr[m], y);
      break;
    case LANG_DE:
    case N_LANGS:
    default:
      if (form == DATE_MONTH || form == DATE_BARE_MONTH)
        g_string_append_printf (out, "%s%s %u", form == DATE_MONTH ? "im " : "", months_de[m], y);
      else
        g_string_append_printf (out, "%s%u. %s %u", form == DATE_WHEN ? "am " : "", day, months_de[m], y);
      break;
    }
}

/* Events the letter reports happened in the three and a half years
 * before it was written. */
static void
event_date (Letter *l,
            GDate  *d)
{
  *d = l->date;
  if (!l->case_dates || !g_date_valid (&l->last_event))
    g_date_subtract_days (d, range (l->rand, 12, 1300));
  else
    {
      /* A case's arrest comes before its trial and its appeal. */
      int span = (int) g_date_get_julian (&l->date) - (int) g_date_get_julian (&l->last_event);

      *d = l->last_event;
      if (span > 2)
        g_date_add_days (d, range (l->rand, 1, MIN (span - 1, 400)));
    }
  if (l->case_dates)
    l->last_event = *d;
}

/* ------------------------------------------------------------------ */
/* Names of organisations, staff and officials                         */

static const char *const acronym_skip_words[] = {
  "for", "and", "of", "in", "the", "de", "des", "du", "d", "pour", "la", "le", "l",
  "et", "aux", "à", "für", "und", "gegen",
};

static gboolean
skip_in_acronym (const char *word,
                 gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (acronym_skip_words); i++)
    if (strlen (acronym_skip_words[i]) == len && strncmp (word, acronym_skip_words[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* Initials of the significant words: "Observatoire caspien des droits
 * humains" → OCDH, "Nordic Helsinki Platform" → NHP. */
static char *
make_acronym (const char *name)
{
  GString *out = g_string_new (NULL);
  const char *p = name;

  while (*p != '\0')
    {
      const char *start, *end;

      while (*p == ' ' || *p == '\'' || *p == '-')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ' && *p != '\'' && *p != '-')
        p = g_utf8_next_char (p);
      end = p;
      if (end > start && !skip_in_acronym (start, end - start))
        g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (start)));
    }
  return g_string_free (out, FALSE);
}

static char *
ascii_slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (out->len > 0 && out->str[out->len - 1] != '-')
      g_string_append_c (out, '-');
  if (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static void
make_org_name_en (Letter *l,
                  Org    *org)
{
  /* Draws are made one statement at a time: the order in which function
   * arguments are evaluated is unspecified, and letters must not depend
   * on the compiler. */
  GRand *r = l->rand;

  if (chance (r, 0.75))
    {
      const char *region = org_en_regions[pick (r, G_N_ELEMENTS (org_en_regions))];
      const char *field = org_en_fields[pick (r, G_N_ELEMENTS (org_en_fields))];
      const char *type = org_en_types[pick (r, G_N_ELEMENTS (org_en_types))];

      org->name = g_strdup_printf ("%s %s %s", region, field, type);
    }
  else
    {
      const char *prefix = org_en_prefixes[pick (r, G_N_ELEMENTS (org_en_prefixes))];
      const char *type = org_en_types_for[pick (r, G_N_ELEMENTS (org_en_types_for))];
      const char *cause = org_en_causes[pick (r, G_N_ELEMENTS (org_en_causes))];

      org->name = g_strdup_printf ("%s %s for %s", prefix, type, cause);
    }
  org->acronym = make_acronym (org->name);
}

static void
make_org_name_ru (Letter *l,
                  Org    *org,
                  char  **slug)
{
  const NamePart *type = &org_ru_types[pick (l->rand, G_N_ELEMENTS (org_ru_types))];
  const NamePart *name = &org_ru_names[pick (l->rand, G_N_ELEMENTS (org_ru_names))];
  g_autofree char *initials = make_acronym (type->cyr);

  org->name = g_strdup_printf ("%s «%s»", type->cyr, name->cyr);
  /* A one-word type has no usable initials: «Ассоциация «Свобода»». */
  if (g_utf8_strlen (initials, -1) < 2)
    org->acronym = g_strdup (org->name);
  else
    org->acronym = g_strdup_printf ("%s «%s»", initials, name->cyr);
  *slug = g_strdup_printf ("%s-%s", name->lat, type->lat);
}

static void
make_org_name_fr (Letter *l,
                  Org    *org)
{
  const FrNoun *type = &org_fr_types[pick (l->rand, G_N_ELEMENTS (org_fr_types))];
  const NamePart *adj = &org_fr_adjectives[pick (l->rand, G_N_ELEMENTS (org_fr_adjectives))];
  const char *cause = org_fr_causes[pick (l->rand, G_N_ELEMENTS (org_fr_causes))];

  org->name = g_strdup_printf ("%s %s %s", type->word, type->feminine ? adj->cyr : adj->lat, cause);
  org->acronym = make_acronym (org->name);
  org->name_the = g_strdup_printf ("%s%s", strchr ("AEIOUÉ", org->name[0]) != NULL ? "l'"
                                           : type->feminine ? "la " : "le ", org->name);
}

static void
make_org_name_de (Letter *l,
                  Org    *org)
{
  const DeNoun *type = &org_de_types[pick (l->rand, G_N_ELEMENTS (org_de_types))];
  const char *adjective = org_de_adjectives[pick (l->rand, G_N_ELEMENTS (org_de_adjectives))];
  const char *cause = org_de_causes[pick (l->rand, G_N_ELEMENTS (org_de_causes))];

  org->name = g_strdup_printf ("%s%s %s %s", adjective, type->ending, type->word, cause);
  org->acronym = make_acronym (org->name);
}

static char *
western_person_name (Letter   *l,
                     gboolean  female)
{
  const NamePart *first = female ? &western_female[pick (l->rand, G_N_ELEMENTS (western_female))]
                                 : &western_male[pick (l->rand, G_N_ELEMENTS (western_male))];
  const NamePart *sur = &western_surnames[pick (l->rand, G_N_ELEMENTS (western_surnames))];

  if (is_cyrillic (l->lang))
    return g_strconcat (first->cyr, " ", sur->cyr, NULL);
  return g_strconcat (first->lat, " ", sur->lat, NULL);
}

static void
make_org (Letter *l,
          Org    *org)
{
  gboolean local = chance (l->rand, is_cyrillic (l->lang) ? 0.6 : 0.3);
  g_autofree char *slug = NULL;
  const char *tld = local && chance (l->rand, 0.5) ? local_tld[l->country] : "org";

  switch (l->lang)
    {
    case LANG_RU:
      make_org_name_ru (l, org, &slug);
      break;
    case LANG_FR:
      make_org_name_fr (l, org);
      break;
    case LANG_DE:
      make_org_name_de (l, org);
      break;
    case LANG_EN:
    case N_LANGS:
    default:
      make_org_name_en (l, org);
      break;
    }
  if (slug == NULL)
    slug = ascii_slug (org->acronym);
  org->domain = g_strdup_printf ("%s.%s", slug, tld);
  if (local)
    {
      guint city = chance (l->rand, 0.7) ? 0 : pick (l->rand, 3);

      org->seat = l->c->cities[city].name[l->lang];
      org->seat_en = l->c->cities[city].name[LANG_EN];
      org->phone = local_phone[l->country];
    }
  else
    {
      const Place *place = &places[pick (l->rand, G_N_ELEMENTS (places))];

      org->seat = place->name[l->lang];
      org->seat_en = place->name[LANG_EN];
      org->phone = place->phone;
    }
  org->founded = range (l->rand, 1989, 2016);
  org->founded = MIN (org->founded, (int) g_date_get_year (&l->date) - 2);
  org->staff_role = pick (l->rand, G_N_ELEMENTS (staff_roles));
  org->staff_female = chance (l->rand, 0.55);
  if (local)
    {
      const FullName *n;

      do
        n = &regional_staff[pick (l->rand, G_N_ELEMENTS (regional_staff))];
      while (n->female != org->staff_female);
      org->staff = g_strdup (is_cyrillic (l->lang) ? n->cyr : n->lat);
    }
  else
    org->staff = western_person_name (l, org->staff_female);
}

/* ------------------------------------------------------------------ */
/* Template expansion                                                  */

static void expand_into (Letter     *l,
                         GString    *out,
                         const char *t,
                         const char *end);

/* Finds the bracket closing the one just before p, skipping nested
 * groups; templates are ours, so malformed ones are a bug. */
static const char *
find_closing (const char *p,
              const char *end)
{
  const char *open = p - 1;
  int depth = 0;

  for (; p < end; p++)
    {
      if (*p == '<' || *p == '[' || *p == '{')
        depth++;
      else if (*p == '>' || *p == ']' || *p == '}')
        {
          if (depth == 0)
            return p;
          depth--;
        }
    }
  g_error ("unbalanced template at “%.40s”", open);
  return end;
}

/* Expands alternative number `choice` of "a|b|c" in [p, end). */
static void
expand_alternative (Letter     *l,
                    GString    *out,
                    const char *p,
                    const char *end,
                    guint       choice)
{
  int depth = 0;
  guint index = 0;
  const char *start = p;

  for (; p <= end; p++)
    {
      if (p == end || (*p == '|' && depth == 0))
        {
          if (index == choice)
            {
              expand_into (l, out, start, p);
              return;
            }
          index++;
          start = p + 1;
        }
      else if (*p == '<' || *p == '[' || *p == '{')
        depth++;
      else if (*p == '>' || *p == ']' || *p == '}')
        depth--;
    }
}

static guint
count_alternatives (const char *p,
                    const char *end)
{
  int depth = 0;
  guint n = 1;

  for (; p < end; p++)
    {
      if (*p == '|' && depth == 0)
        n++;
      else if (*p == '<' || *p == '[' || *p == '{')
        depth++;
      else if (*p == '>' || *p == ']' || *p == '}')
        depth--;
    }
  return n;
}

static const Person *
current_person (Letter *l)
{
  if (l->cur_case < 0)
    g_error ("template needs a case but none is in focus");
  return &people[l->cases[l->cur_case].person];
}

static void append_slot (Letter     *l,
                         GString    *out,
                         const char *name,
                         const char *form);

static void
expand_into (Letter     *l,
             GString    *out,
             const char *t,
             const char *end)
{
  const char *p = t;

  while (p < end)
    {
      const char *close;

      if (*p != '<' && *p != '[' && *p != '{')
        {
          const char *next = p;

          while (next < end && *next != '<' && *next != '[' && *next != '{')
            next++;
          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }
      close = find_closing (p + 1, end);
      if (*p == '<')
        expand_alternative (l, out, p + 1, close, pick (l->rand, count_alternatives (p + 1, close)));
      else if (*p == '[')
        expand_alternative (l, out, p + 1, close, current_person (l)->female ? 1 : 0);
      else
        {
          g_autofree char *slot = g_strndup (p + 1, close - p - 1);
          char *colon = strchr (slot, ':');

          if (colon != NULL)
            *colon++ = '\0';
          append_slot (l, out, slot, colon);
        }
      p = close + 1;
    }
}

static RuCase
ru_case_from_form (const char *form)
{
  static const char *const names[N_RU_CASES] = { "nom", "gen", "dat", "acc", "ins", "prep" };

  if (form == NULL)
    return RU_NOM;
  for (RuCase c = RU_NOM; c < N_RU_CASES; c++)
    if (strcmp (form, names[c]) == 0)
      return c;
  g_error ("unknown case form “%s”", form);
  return RU_NOM;
}

static void
append_country (Letter     *l,
                GString    *out,
                const char *form)
{
  const CountryForms *f = &l->c->forms[l->lang];

  if (form == NULL)
    g_string_append (out, f->name);
  else if (strcmp (form, "in") == 0)
    g_string_append (out, f->in);
  else if (strcmp (form, "of") == 0)
    g_string_append (out, f->of);
  else if (strcmp (form, "to") == 0)
    g_string_append (out, f->to);
  else if (strcmp (form, "ins") == 0)
    g_string_append (out, l->lang == LANG_RU ? ru_country_ins[l->country] : f->name);
  else if (strcmp (form, "the") == 0)
    g_string_append (out, l->lang == LANG_FR ? fr_country_the[l->country] : f->name);
  else
    g_error ("unknown country form “%s”", form);
}

/* "the Kazakhstani authorities" in the grammatical form asked for. */
static void
append_authorities (Letter     *l,
                    GString    *out,
                    const char *form)
{
  const char *adj = l->c->forms[l->lang].adj;
  gboolean gen = g_strcmp0 (form, "gen") == 0;
  gboolean dat = g_strcmp0 (form, "dat") == 0;
  gboolean ins = g_strcmp0 (form, "ins") == 0;

  switch (l->lang)
    {
    case LANG_RU:
      g_string_append_printf (out, "%s%s", adj,
                              gen ? "их властей" : dat ? "им властям" : ins ? "ими властями" : "ие власти");
      break;
    case LANG_FR:
      g_string_append_printf (out, "%s autorités %s", gen ? "des" : dat ? "aux" : "les", adj);
      break;
    case LANG_DE:
      g_string_append_printf (out, "%s %sen Behörden", gen ? "der" : dat ? "den" : "die", adj);
      break;
    case LANG_EN:
    case N_LANGS:
    default:
      g_string_append_printf (out, "the %s authorities", adj);
      break;
    }
}

static void
append_city (Letter     *l,
             GString    *out,
             const char *form)
{
  const City *city = &l->c->cities[l->cur_city];
  const char *name = city->name[l->lang];

  if (form == NULL)
    g_string_append (out, name);
  else if (l->lang == LANG_RU)
    g_string_append (out, strcmp (form, "in") == 0 ? city->ru_in : city->ru_from);
  else if (strcmp (form, "in") == 0)
    g_string_append_printf (out, "%s %s", l->lang == LANG_FR ? "à" : "in", name);
  else if (l->lang == LANG_FR)
    g_string_append_printf (out, "%s%s", strchr ("AEIOUYÉ", name[0]) != NULL ? "d'" : "de ", name);
  else
    g_string_append_printf (out, "%s %s", l->lang == LANG_DE ? "aus" : "from", name);
}

static void
append_number (Letter  *l,
               GString *out,
               int      n)
{
  if (l->lang == LANG_EN && n >= 0 && n < (int) G_N_ELEMENTS (number_words_en))
    g_string_append (out, number_words_en[n]);
  else
    g_string_append_printf (out, "%d", n);
}

static const char *
list_conjunction (Lang lang)
{
  static const char *const words[N_LANGS] = { " and ", " и ", " et ", " und " };

  return words[lang];
}

/* "a, b and c"; but when an item has its own "and" ("torture and
 * ill-treatment"), semicolons keep the items apart: "a; b; and c", or
 * in Russian and German, which do not join such lists, "a; b; c". */
static void
append_list (Letter      *l,
             GString     *out,
             const char **items,
             guint        n)
{
  const char *conjunction = list_conjunction (l->lang);
  gboolean nested = FALSE;

  for (guint i = 0; i < n; i++)
    nested |= strstr (items[i], conjunction) != NULL;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && i < n - 1)
        g_string_append (out, nested ? "; " : ", ");
      else if (i > 0 && nested && (l->lang == LANG_RU || l->lang == LANG_DE))
        g_string_append (out, "; ");
      else if (i > 0)
        g_string_append_printf (out, "%s%s", nested ? ";" : "", conjunction);
      g_string_append (out, items[i]);
    }
}

static void
append_case (Letter     *l,
             GString    *out,
             gboolean    surname_only,
             const char *form)
{
  const Person *p = current_person (l);
  const CaseRef *ref = &l->cases[l->cur_case];

  if (is_cyrillic (l->lang))
    g_string_append (out, surname_only ? p->sur_ru[ru_case_from_form (form)]
                                       : p->full_ru[ru_case_from_form (form)]);
  else if (g_strcmp0 (form, "de") == 0)
    /* French elides before a vowel: « le cas d'Aigul Serikbayeva ». */
    g_string_append_printf (out, "%s%s", strchr ("AEIOUY", ref->latin[0]) != NULL ? "d'" : "de ", ref->latin);
  else
    g_string_append (out, surname_only ? ref->latin_sur : ref->latin);
}

static void
append_title (Letter  *l,
              GString *out)
{
  static const char *const titles[N_LANGS][2] = {
    { "Mr", "Ms" }, { "", "" }, { "M.", "Mme" }, { "Herr", "Frau" }
  };

  g_string_append (out, titles[l->lang][current_person (l)->female ? 1 : 0]);
}

static void
append_url (Letter  *l,
            GString *out)
{
  static const char *const topics[] = {
    "human-rights-dialogue", "crackdown", "urgent-appeal", "release-now", "joint-appeal",
    "briefing", "statement", "eu-must-act", "open-letter", "call-to-action",
  };
  g_autofree char *country = ascii_slug (l->c->forms[LANG_EN].name);
  guint year = g_date_get_year (&l->date) - pick (l->rand, 3);
  const char *topic = topics[pick (l->rand, G_N_ELEMENTS (topics))];

  g_string_append_printf (out, "https://www.%s/%s/news/%u/%s-%s", l->orgs[0].domain,
                          lang_codes[l->lang], year, country, topic);
}

static void
append_date_range (Letter  *l,
                   GString *out)
{
  static const char *const words[N_LANGS][3] = {
    { "between ", " and ", "" }, { "с ", " по ", "" },
    { "entre le ", " et le ", "" }, { "zwischen dem ", " und dem ", "" }
  };
  GDate first, last;

  event_date (l, &first);
  last = first;
  g_date_add_days (&last, range (l->rand, 30, 240));
  if (g_date_compare (&last, &l->date) > 0)
    last = l->date;
  g_string_append (out, words[l->lang][0]);
  append_date (l, out, &first, DATE_PLAIN);
  g_string_append (out, words[l->lang][1]);
  append_date (l, out, &last, DATE_PLAIN);
}

static void
append_text4 (Letter      *l,
              GString     *out,
              const Text4 *text)
{
  const char *t = (*text)[l->lang];

  expand_into (l, out, t, t + strlen (t));
}

static const IssueInfo *
current_issue (Letter *l)
{
  if (l->cur_issue < 0)
    g_error ("template needs an issue but none is in focus");
  return &issues[l->cur_issue];
}

static gboolean
append_date_slot (Letter     *l,
                  GString    *out,
                  const char *name,
                  const char *form)
{
  GDate d;

  if (strcmp (name, "date") == 0 || strcmp (name, "when") == 0)
    {
      event_date (l, &d);
      append_date (l, out, &d, name[0] == 'w' ? DATE_WHEN : DATE_PLAIN);
    }
  else if (strcmp (name, "month") == 0)
    {
      event_date (l, &d);
      append_date (l, out, &d, g_strcmp0 (form, "bare") == 0 ? DATE_BARE_MONTH : DATE_MONTH);
    }
  else if (strcmp (name, "ldate") == 0)
    append_date (l, out, &l->date, DATE_PLAIN);
  else if (strcmp (name, "year") == 0)
    {
      event_date (l, &d);
      g_string_append_printf (out, "%u", g_date_get_year (&d));
    }
  else if (strcmp (name, "lyear") == 0)
    g_string_append_printf (out, "%u", g_date_get_year (&l->date));
  else if (strcmp (name, "nextyear") == 0)
    g_string_append_printf (out, "%u", g_date_get_year (&l->date) + 1);
  else if (strcmp (name, "foundyear") == 0)
    g_string_append_printf (out, "%d", l->orgs[l->cur_org].founded);
  else if (strcmp (name, "daterange") == 0)
    append_date_range (l, out);
  else
    return FALSE;
  return TRUE;
}

static gboolean
append_number_slot (Letter     *l,
                    GString    *out,
                    const char *name)
{
  if (strcmp (name, "years") == 0)
    append_number (l, out, range (l->rand, 2, 12));
  else if (strcmp (name, "num") == 0)
    append_number (l, out, range (l->rand, 3, 12));
  else if (strcmp (name, "small") == 0)
    g_string_append_printf (out, "%d", range (l->rand, 2, 5));
  else if (strcmp (name, "people") == 0)
    g_string_append_printf (out, "%d", 5 * range (l->rand, 3, 120));
  else if (strcmp (name, "days") == 0)
    g_string_append_printf (out, "%d", range (l->rand, 5, 15));
  else if (strcmp (name, "artnum") == 0)
    g_string_append_printf (out, "%d", range (l->rand, 100, 420));
  else if (strcmp (name, "rsp") == 0)
    {
      guint year = g_date_get_year (&l->date) - pick (l->rand, 2);

      g_string_append_printf (out, "%u/%d(RSP)", year, range (l->rand, 2500, 2999));
    }
  else
    return FALSE;
  return TRUE;
}

static gboolean
append_org_slot (Letter     *l,
                 GString    *out,
                 const char *name,
                 const char *form)
{
  const Org *org = &l->orgs[l->cur_org];
  const char *items[3];

  if (strcmp (name, "org") == 0)
    g_string_append (out, org->acronym);
  else if (strcmp (name, "orgname") == 0)
    g_string_append (out, g_strcmp0 (form, "the") == 0 && org->name_the != NULL ? org->name_the : org->name);
  else if (strcmp (name, "seat") == 0)
    g_string_append (out, org->seat);
  else if (strcmp (name, "orgacr") == 0)
    {
      for (guint i = 0; i < l->n_orgs; i++)
        items[i] = l->orgs[i].acronym;
      append_list (l, out, items, l->n_orgs);
    }
  else if (strcmp (name, "orgs") == 0)
    {
      g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < l->n_orgs; i++)
        g_ptr_array_add (named, g_strdup_printf ("%s%s (%s)", l->lang == LANG_EN ? "the " : "",
                                                 l->orgs[i].name, l->orgs[i].acronym));
      append_list (l, out, (const char **) named->pdata, named->len);
    }
  else
    return FALSE;
  return TRUE;
}

static gboolean
append_case_slot (Letter     *l,
                  GString    *out,
                  const char *name,
                  const char *form)
{
  if (strcmp (name, "case") == 0 || strcmp (name, "sur") == 0)
    append_case (l, out, name[0] == 's', form);
  else if (strcmp (name, "title") == 0)
    append_title (l, out);
  else if (strcmp (name, "role") == 0)
    {
      const CaseRef *ref = &l->cases[l->cur_case];
      const IssueInfo *info = &issues[ref->issue];

      g_string_append (out, (current_person (l)->female ? info->roles_f : info->roles)[ref->role][l->lang]);
    }
  else if (strcmp (name, "charge") == 0)
    {
      const CaseRef *ref = &l->cases[l->cur_case];

      (void) current_person (l);
      g_string_append (out, issues[ref->issue].charges[ref->charge][l->lang]);
    }
  else
    return FALSE;
  return TRUE;
}

static gboolean
append_issue_slot (Letter     *l,
                   GString    *out,
                   const char *name)
{
  if (strcmp (name, "concern") == 0)
    append_text4 (l, out, &current_issue (l)->concern);
  else if (strcmp (name, "heading") == 0)
    append_text4 (l, out, &current_issue (l)->heading);
  else if (strcmp (name, "imperative") == 0)
    append_text4 (l, out, &current_issue (l)->imperative);
  else if (strcmp (name, "issues") == 0)
    {
      const char *items[4];

      for (guint i = 0; i < l->n_issues; i++)
        items[i] = issues[l->issues[i]].concern[l->lang];
      append_list (l, out, items, l->n_issues);
    }
  else
    return FALSE;
  return TRUE;
}

/* "EU–Kazakhstan Cooperation Council" in the form the templates use. */
static void
append_council (Letter  *l,
                GString *out)
{
  const char *council = council_names[l->c->agreement][l->lang];
  const char *country = l->c->forms[l->lang].name;

  switch (l->lang)
    {
    case LANG_RU:
      g_string_append_printf (out, "%s ЕС – %s", council, country);
      break;
    case LANG_FR:
      g_string_append_printf (out, "%s UE–%s", council, country);
      break;
    case LANG_DE:
      g_string_append_printf (out, "%s EU–%s", council, country);
      break;
    case LANG_EN:
    case N_LANGS:
    default:
      g_string_append_printf (out, "EU–%s %s", country, council);
      break;
    }
}

static void
append_slot (Letter     *l,
             GString    *out,
             const char *name,
             const char *form)
{
  if (append_date_slot (l, out, name, form) || append_number_slot (l, out, name)
      || append_org_slot (l, out, name, form) || append_case_slot (l, out, name, form)
      || append_issue_slot (l, out, name))
    return;

  if (strcmp (name, "country") == 0)
    append_country (l, out, form);
  else if (strcmp (name, "auth") == 0)
    append_authorities (l, out, form);
  else if (strcmp (name, "adj") == 0)
    g_string_append (out, l->c->forms[l->lang].adj);
  else if (strcmp (name, "city") == 0)
    append_city (l, out, form);
  else if (strcmp (name, "iso") == 0)
    g_string_append (out, l->c->iso);
  else if (strcmp (name, "url") == 0)
    append_url (l, out);
  else if (strcmp (name, "place") == 0)
    g_string_append (out, l->place);
  else if (strcmp (name, "area") == 0)
    append_text4 (l, out, &region_areas[l->c->region]);
  else if (strcmp (name, "agreement") == 0)
    g_string_append (out, agreement_names[l->c->agreement][l->lang]);
  else if (strcmp (name, "council") == 0)
    append_council (l, out);
  else if (strcmp (name, "occasion") == 0)
    append_text4 (l, out, &occasions[l->occasion].text);
  else
    g_error ("unknown slot “%s”", name);
}

/* ------------------------------------------------------------------ */
/* Page geometry and paragraph styles                                  */

#define PAGE_WIDTH 595.0
#define PAGE_HEIGHT 842.0
#define MARGIN 56.69 /* 2 cm */
#define TEXT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define TEXT_HEIGHT (PAGE_HEIGHT - 2 * MARGIN)

/* DejaVu Sans: ascent + descent of the em, and an average glyph
 * width measured on these letters; used only to estimate lengths. */
#define LINE_EM 1.164
#define CHAR_EM 0.54

typedef struct
{
  const char *font;
  double size;
  double spacing; /* line height as a multiple of the font's */
  double before, after;
  double indent;  /* left indent of the whole block */
  double hanging; /* further indent of all lines but the first */
  gboolean justify;
  gboolean keep_with_next;
  double grey;
} StyleInfo;

static const StyleInfo styles[N_STYLES] = {
  [STYLE_BODY] = { "DejaVu Sans 10.5", 10.5, 1.45, 3, 7, 0, 0, TRUE, FALSE, 0 },
  [STYLE_HEADING] = { "DejaVu Sans Bold 11.5", 11.5, 1.3, 8, 5, 0, 0, FALSE, TRUE, 0 },
  [STYLE_SUBHEADING] = { "DejaVu Sans Bold Oblique 10.5", 10.5, 1.3, 4, 4, 0, 0, FALSE, TRUE, 0 },
  [STYLE_TITLE] = { "DejaVu Sans Bold 15", 15, 1.2, 6, 12, 0, 0, FALSE, TRUE, 0.1 },
  [STYLE_LABEL] = { "DejaVu Sans Bold 10", 10, 1.2, 0, 8, 0, 0, FALSE, TRUE, 0.35 },
  [STYLE_LETTERHEAD] = { "DejaVu Sans Bold 13", 13, 1.2, 0, 2, 0, 0, FALSE, TRUE, 0.15 },
  [STYLE_LETTERHEAD_SMALL] = { "DejaVu Sans 8", 8, 1.2, 0, 12, 0, 0, FALSE, FALSE, 0.35 },
  [STYLE_ADDRESS] = { "DejaVu Sans 10.5", 10.5, 1.2, 0, 14, 0, 0, FALSE, FALSE, 0 },
  [STYLE_DATELINE] = { "DejaVu Sans 10.5", 10.5, 1.2, 0, 12, 0, 0, FALSE, FALSE, 0 },
  [STYLE_SUBJECT] = { "DejaVu Sans Bold 10.5", 10.5, 1.3, 0, 12, 0, 0, FALSE, TRUE, 0 },
  [STYLE_BULLET] = { "DejaVu Sans 10.5", 10.5, 1.45, 0, 5, 8, 12, TRUE, FALSE, 0 },
  [STYLE_QUOTE] = { "DejaVu Sans Oblique 10.5", 10.5, 1.45, 0, 9, 20, 0, FALSE, FALSE, 0.15 },
  [STYLE_SMALL] = { "DejaVu Sans 8.5", 8.5, 1.25, 0, 6, 0, 0, FALSE, FALSE, 0.25 },
  [STYLE_SIGNATURE] = { "DejaVu Sans 10.5", 10.5, 1.2, 0, 12, 0, 0, FALSE, FALSE, 0 },
};

static double
estimate_height (Style       style,
                 const char *text)
{
  const StyleInfo *s = &styles[style];
  double chars_per_line = (TEXT_WIDTH - s->indent - s->hanging) / (s->size * CHAR_EM);
  double lines = 0;
  const char *p = text;

  for (;;)
    {
      const char *nl = strchr (p, '\n');
      glong n = g_utf8_strlen (p, nl != NULL ? nl - p : -1);
      double wrapped = n / chars_per_line;

      /* Rounded up by hand: the generator does not link libm. */
      lines += MAX (1.0, (double) (glong) wrapped + (wrapped > (glong) wrapped ? 1 : 0));
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  return lines * s->size * LINE_EM * s->spacing + s->before + s->after;
}

/* ------------------------------------------------------------------ */
/* Paragraphs                                                          */

/* A letter uses each template of a pool once before it uses any twice,
 * and never twice in one paragraph.  Filler paragraphs stop when the
 * templates are spent: used once, or twice in pools large and varied
 * enough (the English issue pools) for a second use not to read as a
 * repetition. */
static guint
max_uses (const Pool *pool)
{
  return pool->n >= 12 ? 2 : 1;
}

static guint
template_uses (Letter     *l,
               const char *t)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (l->used, t));
}

static gboolean
used_in_paragraph (Letter     *l,
                   const char *t)
{
  for (guint i = 0; i < l->n_paragraph_used; i++)
    if (l->paragraph_used[i] == t)
      return TRUE;
  return FALSE;
}

static guint
fewest_uses (Letter     *l,
             const Pool *pool)
{
  guint fewest = G_MAXUINT;

  for (guint i = 0; i < pool->n; i++)
    if (!used_in_paragraph (l, pool->items[i]))
      fewest = MIN (fewest, template_uses (l, pool->items[i]));
  return fewest;
}

/* How many more sentences filler may take from the pool. */
static guint
templates_left (Letter     *l,
                const Pool *pool)
{
  guint left = 0;

  for (guint i = 0; i < pool->n; i++)
    left += template_uses (l, pool->items[i]) < max_uses (pool);
  return left;
}

static const char *
pick_template (Letter     *l,
               const Pool *pool)
{
  guint fewest = fewest_uses (l, pool);
  const char *t = pool->items[pick (l->rand, pool->n)];

  if (fewest != G_MAXUINT)
    {
      guint n = 0, choice;

      for (guint i = 0; i < pool->n; i++)
        n += !used_in_paragraph (l, pool->items[i]) && template_uses (l, pool->items[i]) == fewest;
      choice = pick (l->rand, n);
      for (guint i = 0; i < pool->n; i++)
        if (!used_in_paragraph (l, pool->items[i]) && template_uses (l, pool->items[i]) == fewest
            && choice-- == 0)
          {
            t = pool->items[i];
            break;
          }
    }
  g_hash_table_insert (l->used, (gpointer) t, GUINT_TO_POINTER (template_uses (l, t) + 1));
  if (l->n_paragraph_used < G_N_ELEMENTS (l->paragraph_used))
    l->paragraph_used[l->n_paragraph_used++] = t;
  return t;
}

static void
capitalise_at (GString *s,
               gsize    pos)
{
  for (char *p = s->str + pos; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          gunichar upper = g_unichar_toupper (c);

          if (upper != c)
            {
              gsize at = p - s->str;

              g_string_erase (s, at, g_utf8_next_char (p) - p);
              g_string_insert_unichar (s, at, upper);
            }
          return;
        }
      if (g_unichar_isdigit (c))
        return;
    }
}

static void
append_expanded (Letter     *l,
                 GString    *out,
                 const char *t)
{
  expand_into (l, out, t, t + strlen (t));
}

static void
append_sentence (Letter     *l,
                 GString    *out,
                 const char *t)
{
  gsize start;

  if (out->len > 0)
    g_string_append_c (out, ' ');
  start = out->len;
  append_expanded (l, out, t);
  capitalise_at (out, start);
}

static void
append_from_pool (Letter  *l,
                  GString *out,
                  PoolId   id)
{
  append_sentence (l, out, pick_template (l, &pools[id][l->lang]));
}

/* "We, the undersigned organisations" needs more than one sender. */
static gboolean
speaks_for_several (const char *t)
{
  static const char *const words[] = { "undersigned", "нижеподписавш", "soussign", "unterzeichnend" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (t, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
append_intro (Letter  *l,
              GString *out)
{
  const char *t = pick_template (l, &pools[P_INTRO][l->lang]);

  while (l->n_orgs == 1 && speaks_for_several (t))
    t = pools[P_INTRO][l->lang].items[pick (l->rand, pools[P_INTRO][l->lang].n)];
  append_sentence (l, out, t);
}

static char *
expand_text4 (Letter      *l,
              const Text4 *text)
{
  GString *s = g_string_new (NULL);

  append_text4 (l, s, text);
  capitalise_at (s, 0);
  return g_string_free (s, FALSE);
}

/* French sets a thin space before « : ; ? ! » and inside guillemets;
 * a no-break space keeps them from starting a line. */
static void
french_typography (GString *s)
{
  g_string_replace (s, " :", "\u00a0:", 0);
  g_string_replace (s, " ;", "\u00a0;", 0);
  g_string_replace (s, " ?", "\u00a0?", 0);
  g_string_replace (s, " !", "\u00a0!", 0);
  g_string_replace (s, "« ", "«\u00a0", 0);
  g_string_replace (s, " »", "\u00a0»", 0);
}

static void
add_block_full (Letter    *l,
                GPtrArray *to,
                Style      style,
                GString   *text,
                char      *footnote,
                int        align)
{
  Block *b = g_new0 (Block, 1);

  l->n_paragraph_used = 0;
  if (l->lang == LANG_FR)
    french_typography (text);
  b->style = style;
  b->text = g_string_free (text, FALSE);
  b->footnote = footnote;
  b->align = align;
  l->height += estimate_height (style, b->text);
  if (footnote != NULL)
    l->height += estimate_height (STYLE_SMALL, footnote);
  g_ptr_array_add (to, b);
}

static GString *
string_take (char *s)
{
  GString *string = g_string_new (s);

  g_free (s);
  return string;
}

static void
add_block (Letter     *l,
           GPtrArray  *to,
           Style       style,
           const char *text)
{
  add_block_full (l, to, style, g_string_new (text), NULL, -1);
}

static void
append_superscript (GString *s,
                    guint    n)
{
  static const char *const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  char buf[16];

  g_snprintf (buf, sizeof buf, "%u", n);
  for (const char *p = buf; *p != '\0'; p++)
    g_string_append (s, digits[*p - '0']);
}

/* Adds a body paragraph, sometimes with a footnote on its last
 * sentence, as real briefings have. */
static void
add_paragraph (Letter    *l,
               GPtrArray *to,
               GString   *text)
{
  char *footnote = NULL;

  if (chance (l->rand, l->footnote_rate))
    {
      GString *note = g_string_new (NULL);

      l->n_footnotes++;
      append_superscript (text, l->n_footnotes);
      g_string_append_printf (note, "%u", l->n_footnotes);
      append_from_pool (l, note, P_FOOTNOTE);
      footnote = g_string_free (note, FALSE);
    }
  add_block_full (l, to, STYLE_BODY, text, footnote, -1);
}

static guint
sentences_per_paragraph (Letter *l)
{
  if (l->kind == KIND_BRIEFING || l->kind == KIND_REPORT)
    return range (l->rand, 3, 6);
  if (l->target_pages == 1)
    return range (l->rand, 2, 3);
  return range (l->rand, 2, 5);
}

static void
add_issue_paragraph (Letter    *l,
                     GPtrArray *to,
                     Issue      issue,
                     gboolean   lead_in,
                     guint      at_most)
{
  GString *p = g_string_new (NULL);
  guint n = sentences_per_paragraph (l);

  n = MIN (MIN (n, issues[issue].sentences[l->lang].n), at_most);

  l->cur_issue = issue;
  l->cur_city = pick (l->rand, 3);
  if (lead_in)
    append_from_pool (l, p, P_LEAD_IN);
  for (guint i = 0; i < n; i++)
    append_sentence (l, p, pick_template (l, &issues[issue].sentences[l->lang]));
  add_paragraph (l, to, p);
}

static void
add_case_paragraph (Letter    *l,
                    GPtrArray *to,
                    guint      index)
{
  GString *p = g_string_new (NULL);
  guint details = range (l->rand, 1, 3);

  l->cur_case = index;
  l->cur_issue = l->cases[index].issue;
  l->cur_city = l->cases[index].city;
  l->case_dates = TRUE;
  g_date_clear (&l->last_event, 1);
  append_from_pool (l, p, P_CASE_INTRO);
  for (guint i = 0; i < details; i++)
    append_from_pool (l, p, P_CASE_DETAIL);
  if (chance (l->rand, 0.6))
    append_from_pool (l, p, P_CASE_ASK);
  l->case_dates = FALSE;
  add_paragraph (l, to, p);
  l->cur_case = -1;
}

static void
add_pool_paragraph (Letter    *l,
                    GPtrArray *to,
                    PoolId     id,
                    guint      n)
{
  GString *p = g_string_new (NULL);

  l->cur_city = 0;
  n = MIN (n, pools[id][l->lang].n);
  for (guint i = 0; i < n; i++)
    append_from_pool (l, p, id);
  if (id == P_EU && l->c->gsp && l->lang == LANG_EN && chance (l->rand, 0.5))
    append_sentence (l, p, eu_gsp_en[0]);
  add_paragraph (l, to, p);
}

static void
add_expanded (Letter      *l,
              GPtrArray   *to,
              Style        style,
              const Text4 *text)
{
  GString *s = g_string_new (NULL);

  append_text4 (l, s, text);
  capitalise_at (s, 0);
  add_block_full (l, to, style, s, NULL, -1);
}

/* Bullets end in ";" and the last one in "." as in real letters. */
static void
add_bullets (Letter    *l,
             GPtrArray *to,
             GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      GString *b = g_string_new (l->bullet);

      g_string_append_c (b, ' ');
      g_string_append (b, items->pdata[i]);
      if (i == items->len - 1 && b->len > 0 && b->str[b->len - 1] == ';')
        {
          g_string_truncate (b, b->len - 1);
          while (b->len > 0 && b->str[b->len - 1] == ' ')
            g_string_truncate (b, b->len - 1);
          g_string_append_c (b, '.');
        }
      add_block_full (l, to, STYLE_BULLET, b, NULL, -1);
    }
}

static void
collect_ask (Letter     *l,
             GPtrArray  *items,
             const Pool *pool)
{
  GString *s = g_string_new (NULL);

  append_expanded (l, s, pick_template (l, pool));
  g_ptr_array_add (items, g_string_free (s, FALSE));
}

static void
add_asks (Letter    *l,
          GPtrArray *to,
          guint      n_generic)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < l->n_issues; i++)
    {
      l->cur_issue = l->issues[i];
      collect_ask (l, items, &issues[l->issues[i]].asks[l->lang]);
    }
  for (guint i = 0; i < n_generic; i++)
    collect_ask (l, items, &pools[P_GENERIC_ASKS][l->lang]);
  add_bullets (l, to, items);
}

static void
add_government_asks (Letter    *l,
                     GPtrArray *to)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint n = range (l->rand, 2, 3);

  for (guint i = 0; i < n; i++)
    collect_ask (l, items, &pools[P_GOVERNMENT_ASKS][l->lang]);
  add_bullets (l, to, items);
}

/* ------------------------------------------------------------------ */
/* Choosing what a letter is about                                     */

enum
{
  PAGE_NUMBERS_NONE,
  PAGE_NUMBERS_AFTER_FIRST, /* letters: "– 2 –" from the second page */
  PAGE_NUMBERS_ALL          /* reports: "3" in the footer */
};

static const guint lang_weights[N_LANGS] = { 70, 15, 10, 5 };
static const guint kind_weights[N_KINDS] = { 50, 15, 10, 15, 10 };
static const guint issue_weights[N_ISSUES] = { 10, 10, 9, 9, 6, 9, 8, 10, 6, 5, 8, 5, 4, 4 };
static const guint institution_weights[N_INSTITUTIONS] = { 20, 35, 25, 10, 10 };
static const guint occasion_weights[G_N_ELEMENTS (occasions)] = { 30, 15, 15, 10, 15, 10, 10 };

typedef struct
{
  guint min_pages;
  guint page_weights[5];
  guint min_issues;
  guint issue_count_weights[4];
  guint case_count_weights[4];
  double footnote_rate;
} KindInfo;

static const KindInfo kinds[N_KINDS] = {
  [KIND_LETTER] = { 1, { 20, 35, 30, 15, 0 }, 1, { 30, 35, 25, 10 }, { 35, 35, 20, 10 }, 0.08 },
  [KIND_PRESS_RELEASE] = { 1, { 55, 45, 0, 0, 0 }, 1, { 40, 35, 20, 5 }, { 40, 35, 20, 5 }, 0.03 },
  [KIND_JOINT_STATEMENT] = { 1, { 25, 40, 35, 0, 0 }, 1, { 30, 35, 25, 10 }, { 40, 30, 20, 10 }, 0.06 },
  [KIND_BRIEFING] = { 2, { 15, 25, 30, 18, 12 }, 1, { 30, 35, 25, 10 }, { 25, 35, 25, 15 }, 0.3 },
  [KIND_REPORT] = { 4, { 20, 25, 25, 18, 12 }, 2, { 25, 40, 35, 0 }, { 15, 35, 30, 20 }, 0.35 },
};

static void
choose_issues (Letter *l)
{
  guint weights[N_ISSUES];
  const KindInfo *k = &kinds[l->kind];

  memcpy (weights, issue_weights, sizeof weights);
  l->n_issues = k->min_issues + pick_weighted (l->rand, k->issue_count_weights, 4);
  /* A one-page letter has room for one concern, two at most. */
  if (l->target_pages == 1)
    l->n_issues = chance (l->rand, 0.75) ? 1 : MIN (l->n_issues, 2);
  for (guint i = 0; i < l->n_issues; i++)
    {
      Issue issue = pick_weighted (l->rand, weights, N_ISSUES);

      weights[issue] = 0;
      l->issues[i] = issue;
    }
}

static void
choose_cases (Letter *l)
{
  guint n = pick_weighted (l->rand, kinds[l->kind].case_count_weights, 4);

  if (l->target_pages == 1)
    n = chance (l->rand, 0.4) ? MIN (n, 1) : 0;

  for (guint i = 0; i < n; i++)
    {
      CaseRef *ref = &l->cases[l->n_cases];
      const Person *p;
      guint person, variants = 0;
      double r;
      gboolean taken = FALSE;

      ref->issue = l->issues[pick (l->rand, l->n_issues)];
      person = issues[ref->issue].women_only ? 7 + pick (l->rand, 6) : pick (l->rand, PEOPLE_PER_COUNTRY);
      person += l->country * PEOPLE_PER_COUNTRY;
      for (guint j = 0; j < l->n_cases; j++)
        taken |= l->cases[j].person == person;
      if (taken)
        continue;
      ref->person = person;
      ref->role = pick (l->rand, 2);
      ref->charge = pick (l->rand, 2);
      ref->city = chance (l->rand, 0.5) ? 0 : pick (l->rand, 3);
      r = g_rand_double (l->rand);
      if (!is_cyrillic (l->lang))
        variants = r < 0.62 ? 0 : r < 0.82 ? VARIANT_Y_TO_I : r < 0.94 ? VARIANT_KH_TO_H
                                            : VARIANT_Y_TO_I | VARIANT_KH_TO_H;
      p = &people[person];
      ref->latin = latin_spelling_variant (p->latin, variants);
      ref->latin_sur = latin_spelling_variant (p->latin_sur, variants);
      l->n_cases++;
    }
}

static void
choose_addressee (Letter *l)
{
  Institution inst = pick_weighted (l->rand, institution_weights, N_INSTITUTIONS);
  guint candidates[G_N_ELEMENTS (roles)], n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].institution == inst)
      candidates[n++] = i;
  l->role = candidates[pick (l->rand, n)];
  l->official_female = chance (l->rand, 0.5);
  l->official_first = pick (l->rand, G_N_ELEMENTS (western_male));
  l->official_sur = pick (l->rand, G_N_ELEMENTS (western_surnames));
}

static void
choose_occasion (Letter *l)
{
  guint weights[G_N_ELEMENTS (occasions)];

  memcpy (weights, occasion_weights, sizeof weights);
  for (guint i = 0; i < G_N_ELEMENTS (occasions); i++)
    if (occasions[i].needs_gsp && !l->c->gsp)
      weights[i] = 0;
  l->occasion = pick_weighted (l->rand, weights, G_N_ELEMENTS (occasions));
}

static guint
choose_country (GRand *rand)
{
  guint weights[G_N_ELEMENTS (countries)];

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    weights[i] = countries[i].weight;
  return pick_weighted (rand, weights, G_N_ELEMENTS (countries));
}

static Letter *
letter_new (guint32 seed,
            guint   index)
{
  static const char *const bullets[] = { "•", "•", "–", "-" };
  static const int aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };
  Letter *l = g_new0 (Letter, 1);
  guint32 seeds[2] = { seed, index };
  GDate first;

  l->rand = g_rand_new_with_seed_array (seeds, 2);
  l->index = index;
  l->used = g_hash_table_new (NULL, NULL);
  l->blocks = g_ptr_array_new_with_free_func (block_free);
  l->cur_case = -1;
  l->cur_issue = -1;
  l->lang = pick_weighted (l->rand, lang_weights, N_LANGS);
  l->kind = pick_weighted (l->rand, kind_weights, N_KINDS);
  l->target_pages = kinds[l->kind].min_pages + pick_weighted (l->rand, kinds[l->kind].page_weights, 5);
  l->target_fill = 0.35 + 0.5 * g_rand_double (l->rand);
  g_date_clear (&l->date, 1);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2008);
  g_date_set_julian (&l->date, g_date_get_julian (&first) + pick (l->rand, 19 * 365 + 4));
  l->country = choose_country (l->rand);
  l->c = &countries[l->country];
  l->english_us_dates = l->lang == LANG_EN && chance (l->rand, 0.2);
  l->n_orgs = pick_weighted (l->rand, l->target_pages == 1 ? (const guint[]) { 75, 20, 5 }
                                                           : (const guint[]) { 45, 35, 20 }, 3) + 1;
  if (l->kind == KIND_JOINT_STATEMENT)
    l->n_orgs = MAX (l->n_orgs, 2);
  for (guint i = 0; i < l->n_orgs; i++)
    make_org (l, &l->orgs[i]);
  l->place = l->orgs[0].seat;
  l->place_en = l->orgs[0].seat_en;
  if (chance (l->rand, 0.25))
    {
      l->place = places[0].name[l->lang];
      l->place_en = places[0].name[LANG_EN];
    }
  choose_issues (l);
  choose_cases (l);
  choose_addressee (l);
  choose_occasion (l);
  l->bullet = bullets[pick (l->rand, G_N_ELEMENTS (bullets))];
  l->letterhead_align = aligns[pick (l->rand, G_N_ELEMENTS (aligns))];
  l->footnote_rate = kinds[l->kind].footnote_rate;
  l->justify = chance (l->rand, 0.6);
  return l;
}

/* ------------------------------------------------------------------ */
/* Parts of documents                                                  */

/* Fills %c (country), %i (in the country), %r (region), %s (the
 * official's surname) and %t (Mr/Ms) in role and salutation texts. */
static char *
fill_placeholders_in (Letter     *l,
                      const char *text,
                      Lang        lang)
{
  GString *s = g_string_new (text);
  const NamePart *sur = &western_surnames[l->official_sur];

  g_string_replace (s, "%c", l->c->forms[lang].name, 0);
  g_string_replace (s, "%i", l->c->forms[lang].in, 0);
  g_string_replace (s, "%r", region_names[l->c->region][lang], 0);
  g_string_replace (s, "%s", is_cyrillic (lang) ? sur->cyr : sur->lat, 0);
  g_string_replace (s, "%t", l->official_female ? "Ms" : "Mr", 0);
  return g_string_free (s, FALSE);
}

static char *
fill_placeholders (Letter     *l,
                   const char *text)
{
  return fill_placeholders_in (l, text, l->lang);
}

static const NamePart *
official_first_name (Letter *l)
{
  return l->official_female ? &western_female[l->official_first] : &western_male[l->official_first];
}

static char *
phone_number (Letter     *l,
              const char *prefix)
{
  int a = range (l->rand, 100, 999);
  int b = range (l->rand, 10, 99);
  int c = range (l->rand, 10, 99);

  return g_strdup_printf ("%s %03d %02d %02d", prefix, a, b, c);
}

static void
compose_letterhead (Letter    *l,
                    GPtrArray *to)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < l->n_orgs; i++)
    add_block_full (l, to, STYLE_LETTERHEAD, g_string_new (l->orgs[i].name), NULL, l->letterhead_align);
  for (guint i = 0; i < l->n_orgs; i++)
    {
      const Org *org = &l->orgs[i];

      if (i > 0)
        g_string_append (line, l->n_orgs > 2 ? " | " : "\n");
      if (l->n_orgs > 2)
        g_string_append_printf (line, "www.%s", org->domain);
      else
        {
          g_autofree char *phone = phone_number (l, org->phone);

          g_string_append_printf (line, "%s · www.%s · info@%s · %s", org->seat, org->domain, org->domain, phone);
        }
    }
  add_block_full (l, to, STYLE_LETTERHEAD_SMALL, line, NULL, l->letterhead_align);
}

static void
append_official_name (Letter  *l,
                      GString *out,
                      RuCase   c)
{
  const NamePart *first = official_first_name (l);
  const NamePart *sur = &western_surnames[l->official_sur];

  if (is_cyrillic (l->lang))
    {
      g_autofree char *f = ru_decline_first_name (first->cyr, l->official_female, c);
      g_autofree char *s = ru_decline_foreign_surname (sur->cyr, l->official_female, c);

      g_string_append_printf (out, "%s %s", f, s);
    }
  else
    g_string_append_printf (out, "%s %s", first->lat, sur->lat);
}

static void
compose_recipient (Letter    *l,
                   GPtrArray *to)
{
  static const char *const honorifics[N_LANGS][2] = {
    { "Mr", "Ms" }, { "г-ну", "г-же" }, { "Monsieur", "Madame" }, { "Herrn", "Frau" }
  };
  static const Text4 brussels = { "Brussels", "Брюссель", "Bruxelles", "Brüssel" };
  const Role *role = &roles[l->role];
  const char *role_text = l->official_female && role->role_f[l->lang] != NULL
                          ? role->role_f[l->lang] : role->role[l->lang];
  g_autofree char *role_line = fill_placeholders (l, role_text);
  g_autofree char *inst = fill_placeholders (l, institution_names[role->institution][l->lang]);
  const char *street = institution_streets[role->institution];
  GString *s = g_string_new (NULL);

  if (l->lang == LANG_EN && !role->plural && chance (l->rand, 0.25))
    {
      g_string_append_printf (s, "To the attention of %s ", role_line);
      append_official_name (l, s, RU_NOM);
      add_block_full (l, to, STYLE_ADDRESS, s, NULL, -1);
      return;
    }
  if (is_cyrillic (l->lang))
    {
      g_string_append (s, role_line);
      if (!role->plural)
        {
          g_string_append_printf (s, "\n%s ", honorifics[l->lang][l->official_female]);
          append_official_name (l, s, RU_DAT);
        }
    }
  else
    {
      if (!role->plural)
        {
          g_string_append_printf (s, "%s ", honorifics[l->lang][l->official_female]);
          append_official_name (l, s, RU_NOM);
          g_string_append_c (s, '\n');
        }
      g_string_append (s, role_line);
    }
  g_string_append_printf (s, "\n%s\n", inst);
  if (street != NULL)
    g_string_append_printf (s, "%s %s", street, brussels[l->lang]);
  else
    g_string_append (s, l->c->cities[0].name[l->lang]);
  add_block_full (l, to, STYLE_ADDRESS, s, NULL, -1);
}

static void
compose_dateline (Letter    *l,
                  GPtrArray *to,
                  int        align)
{
  GString *s = g_string_new (l->place);

  g_string_append (s, l->lang == LANG_FR ? ", le " : l->lang == LANG_DE && chance (l->rand, 0.3) ? ", den " : ", ");
  append_date (l, s, &l->date, DATE_DATELINE);
  add_block_full (l, to, STYLE_DATELINE, s, NULL, align);
}

static char *
make_subject (Letter *l)
{
  static const Text4 case_subjects = { "Case of {case}", "Дело {case:gen}", "Affaire {case}", "Fall {case}" };
  static const Text4 issue_subjects = { "{heading} {country:in}", "{heading} {country:in}",
                                        "{heading} {country:in}", "{heading} {country:in}" };
  double r = g_rand_double (l->rand);
  char *subject;

  l->cur_issue = l->issues[0];
  if (l->n_cases > 0 && r < 0.2)
    {
      l->cur_case = 0;
      subject = expand_text4 (l, &case_subjects);
      l->cur_case = -1;
    }
  else if (r < 0.65)
    subject = expand_text4 (l, &occasions[l->occasion].subject);
  else
    subject = expand_text4 (l, &issue_subjects);
  return subject;
}

static char *
make_headline (Letter *l,
               PoolId  pool)
{
  GString *s = g_string_new (NULL);

  l->cur_issue = l->issues[0];
  append_expanded (l, s, pick_template (l, &pools[pool][l->lang]));
  capitalise_at (s, 0);
  return g_string_free (s, FALSE);
}

/* The title goes to truth.jsonl exactly as the document prints it. */
static void
set_title (Letter *l,
           char   *title)
{
  GString *s = string_take (title);

  if (l->lang == LANG_FR)
    french_typography (s);
  l->title = g_string_free (s, FALSE);
}

static const char *
salutation_template (Letter *l)
{
  const Role *role = &roles[l->role];

  if (l->official_female && role->salutation_f[l->lang] != NULL)
    return role->salutation_f[l->lang];
  return role->salutation[l->lang];
}

static void
compose_salutation (Letter    *l,
                    GPtrArray *to)
{
  char *text = fill_placeholders (l, salutation_template (l));

  add_block (l, to, STYLE_DATELINE, text);
  g_free (text);
}

static void
compose_intro (Letter    *l,
               GPtrArray *to)
{
  GString *p = g_string_new (NULL);

  append_intro (l, p);
  if (l->target_pages > 1 && chance (l->rand, 0.5))
    append_from_pool (l, p, P_CONTEXT);
  append_from_pool (l, p, P_CONCERNS);
  add_paragraph (l, to, p);
}

static void
compose_signatures (Letter    *l,
                    GPtrArray *to)
{
  for (guint i = 0; i < l->n_orgs; i++)
    {
      const Org *org = &l->orgs[i];
      const Text4 *role = (org->staff_female ? staff_roles_f : staff_roles) + org->staff_role;
      GString *s = g_string_new (NULL);

      if (chance (l->rand, 0.5))
        g_string_append_printf (s, "%s\n%s, %s", org->staff, (*role)[l->lang], org->acronym);
      else
        g_string_append_printf (s, "%s\n%s\n%s", org->staff, (*role)[l->lang], org->name);
      add_block_full (l, to, STYLE_SIGNATURE, s, NULL, -1);
    }
}

static void
compose_formula (Letter    *l,
                 GPtrArray *to)
{
  if (l->lang == LANG_FR)
    {
      g_autofree char *salutation = fill_placeholders (l, salutation_template (l));
      GString *s = g_string_new (NULL);

      if (g_str_has_suffix (salutation, ","))
        salutation[strlen (salutation) - 1] = '\0';
      g_string_append_printf (s, "Nous vous prions d'agréer, %s, l'expression de notre haute considération.",
                              salutation);
      add_block_full (l, to, STYLE_BODY, s, NULL, -1);
      return;
    }
  add_block (l, to, STYLE_SIGNATURE, formulas[pick (l->rand, G_N_ELEMENTS (formulas))][l->lang]);
}

static void
compose_closing (Letter    *l,
                 GPtrArray *to)
{
  static const Text4 cc = {
    "cc: EU Delegation to {country}; Members of the Subcommittee on Human Rights (DROI)",
    "Копия: Представительство ЕС {country:in}; члены Подкомитета по правам человека Европейского парламента",
    "Copie : Délégation de l'UE {country:in} ; membres de la sous-commission DROI",
    "Kopie: EU-Delegation {country:in}; Mitglieder des Unterausschusses Menschenrechte (DROI)",
  };
  GString *p = g_string_new (NULL);

  append_from_pool (l, p, P_CLOSING);
  add_paragraph (l, to, p);
  compose_formula (l, to);
  compose_signatures (l, to);
  if (chance (l->rand, 0.25))
    add_expanded (l, to, STYLE_SMALL, &cc);
}

static void
compose_debris (Letter    *l,
                GPtrArray *to,
                guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      GString *s = g_string_new (NULL);

      append_expanded (l, s, pick_template (l, &pools[P_DEBRIS][l->lang]));
      add_block_full (l, to, STYLE_SMALL, s, NULL, -1);
    }
}

static void
compose_about (Letter    *l,
               GPtrArray *to)
{
  static const char *const contact_words[N_LANGS] = { "tel.", "тел.", "tél.", "Tel." };
  g_autofree char *phone = NULL;

  for (guint i = 0; i < l->n_orgs; i++)
    {
      GString *p = g_string_new (NULL);

      l->cur_org = i;
      add_expanded (l, to, STYLE_SUBHEADING, &section_titles[SECTION_ABOUT]);
      append_from_pool (l, p, P_ABOUT);
      add_block_full (l, to, STYLE_SMALL, p, NULL, -1);
    }
  l->cur_org = 0;
  add_expanded (l, to, STYLE_SUBHEADING, &section_titles[SECTION_CONTACT]);
  phone = phone_number (l, l->orgs[0].phone);
  add_block_full (l, to, STYLE_SMALL,
                  string_take (g_strdup_printf ("%s, press@%s, %s %s", l->orgs[0].staff, l->orgs[0].domain,
                                                contact_words[l->lang], phone)),
                  NULL, -1);
}

static char *
lowercase_first (const char *s)
{
  GString *out = g_string_new (NULL);

  g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (s)));
  g_string_append (out, g_utf8_next_char (s));
  return g_string_free (out, FALSE);
}

static void
compose_quote (Letter    *l,
               GPtrArray *to)
{
  const Org *org = &l->orgs[pick (l->rand, l->n_orgs)];
  const Text4 *role = (org->staff_female ? staff_roles_f : staff_roles) + org->staff_role;
  GString *q = g_string_new (NULL);
  GString *p = g_string_new (NULL);

  /* Russian and French write titles in lower case in running text. */
  g_autofree char *role_lower = l->lang == LANG_RU || l->lang == LANG_FR
                                ? lowercase_first ((*role)[l->lang]) : g_strdup ((*role)[l->lang]);

  append_from_pool (l, q, P_QUOTE);
  /* The attribution takes the comma: “…,” said X. */
  if (q->len > 0 && q->str[q->len - 1] == '.')
    g_string_truncate (q, q->len - 1);
  switch (l->lang)
    {
    case LANG_RU:
      g_string_append_printf (p, "«%s», – %s %s, %s %s.", q->str, org->staff_female ? "заявила" : "заявил",
                              org->staff, role_lower, org->acronym);
      break;
    case LANG_FR:
      g_string_append_printf (p, "« %s », a déclaré %s, %s (%s).", q->str, org->staff, role_lower, org->acronym);
      break;
    case LANG_DE:
      g_string_append_printf (p, "„%s“, sagte %s, %s von %s.", q->str, org->staff, role_lower, org->acronym);
      break;
    case LANG_EN:
    case N_LANGS:
    default:
      g_string_append_printf (p, "“%s,” said %s, %s of %s.", q->str, org->staff, role_lower, org->acronym);
      break;
    }
  g_string_free (q, TRUE);
  add_paragraph (l, to, p);
}

/* ------------------------------------------------------------------ */
/* The body, grown until the letter reaches its intended length        */

typedef struct
{
  GPtrArray *context;
  GPtrArray *methodology;
  GPtrArray *issue[4];
  GPtrArray *eu;
} Body;

static void
add_section_heading (Letter      *l,
                     GPtrArray   *to,
                     guint       *number,
                     const Text4 *title)
{
  g_autofree char *text = expand_text4 (l, title);
  GString *s = g_string_new (NULL);

  if (number != NULL)
    g_string_append_printf (s, "%u. ", ++*number);
  g_string_append (s, text);
  add_block_full (l, to, STYLE_HEADING, s, NULL, -1);
}

static void
add_cases_of_issue (Letter    *l,
                    GPtrArray *to,
                    Issue      issue,
                    gboolean   subheadings)
{
  for (guint c = 0; c < l->n_cases; c++)
    if (l->cases[c].issue == issue)
      {
        if (subheadings)
          {
            l->cur_case = c;
            add_expanded (l, to, STYLE_SUBHEADING, &section_titles[SECTION_CASE]);
          }
        add_case_paragraph (l, to, c);
      }
}

static void
mark_optional (GPtrArray *section)
{
  ((Block *) section->pdata[section->len - 1])->optional = TRUE;
}

/* Adds one more paragraph where templates remain: to an issue mostly,
 * sometimes to the context or the EU part.  FALSE when all are spent. */
static gboolean
add_optional_paragraph (Letter *l,
                        Body   *body)
{
  guint weights[6] = { 0 };
  guint choice;

  for (guint i = 0; i < l->n_issues; i++)
    if (templates_left (l, &issues[l->issues[i]].sentences[l->lang]) >= 2)
      weights[i] = 72 / l->n_issues;
  weights[4] = templates_left (l, &pools[P_CONTEXT][l->lang]) >= 2 ? 14 : 0;
  weights[5] = templates_left (l, &pools[P_EU][l->lang]) >= 2 ? 14 : 0;
  if (weights[0] + weights[1] + weights[2] + weights[3] + weights[4] + weights[5] == 0)
    return FALSE;
  choice = pick_weighted (l->rand, weights, 6);
  if (choice < 4)
    {
      const Pool *pool = &issues[l->issues[choice]].sentences[l->lang];

      add_issue_paragraph (l, body->issue[choice], l->issues[choice], FALSE, templates_left (l, pool));
      mark_optional (body->issue[choice]);
    }
  else if (choice == 4)
    {
      guint n = sentences_per_paragraph (l);

      add_pool_paragraph (l, body->context, P_CONTEXT, MIN (n, templates_left (l, &pools[P_CONTEXT][l->lang])));
      mark_optional (body->context);
    }
  else
    {
      guint n = range (l->rand, 2, 4);

      add_pool_paragraph (l, body->eu, P_EU, MIN (n, templates_left (l, &pools[P_EU][l->lang])));
      mark_optional (body->eu);
    }
  return TRUE;
}

/* Every issue and case gets its paragraph; then paragraphs are added
 * where they fit until the estimated height reaches the target. */
static void
compose_body (Letter *l,
              Body   *body,
              double  target,
              gboolean numbered)
{
  gboolean long_form = l->kind == KIND_BRIEFING || l->kind == KIND_REPORT;
  guint number = 0;

  if (long_form)
    {
      add_section_heading (l, body->context, &number, &section_titles[SECTION_BACKGROUND]);
      add_pool_paragraph (l, body->context, P_CONTEXT, sentences_per_paragraph (l));
      if (l->kind == KIND_REPORT)
        {
          add_section_heading (l, body->methodology, &number, &section_titles[SECTION_METHODOLOGY]);
          add_pool_paragraph (l, body->methodology, P_METHODOLOGY, range (l->rand, 2, 4));
        }
    }
  for (guint i = 0; i < l->n_issues; i++)
    {
      if (l->headings)
        add_section_heading (l, body->issue[i], numbered ? &number : NULL, &issues[l->issues[i]].heading);
      add_issue_paragraph (l, body->issue[i], l->issues[i], !l->headings && (i > 0 || chance (l->rand, 0.3)),
                           G_MAXUINT);
      add_cases_of_issue (l, body->issue[i], l->issues[i], long_form);
    }
  if (long_form)
    add_section_heading (l, body->eu, &number, &section_titles[SECTION_EU_POLICY]);
  if (long_form || (l->target_pages > 1 && chance (l->rand, 0.6)))
    add_pool_paragraph (l, body->eu, P_EU, range (l->rand, 2, 4));

  while (l->height < target && add_optional_paragraph (l, body))
    ;
}

static void
take_blocks (GPtrArray *to,
             GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, from->pdata[i]);
  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_unref (from);
}

static double
target_height (Letter *l)
{
  return (l->target_pages - 1 + l->target_fill) * TEXT_HEIGHT;
}

/* ------------------------------------------------------------------ */
/* Document kinds: each fills head and tail, then the body fills the   */
/* space left to the target length.                                   */

static void
compose_letter_parts (Letter    *l,
                      GPtrArray *head,
                      GPtrArray *tail)
{
  compose_letterhead (l, head);
  compose_recipient (l, head);
  compose_dateline (l, head, chance (l->rand, 0.4) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  set_title (l, make_subject (l));
  add_block_full (l, head, STYLE_SUBJECT,
                  string_take (g_strdup_printf ("%s %s", section_titles[SECTION_SUBJECT][l->lang], l->title)),
                  NULL, -1);
  compose_salutation (l, head);
  compose_intro (l, head);

  add_block (l, tail, STYLE_BODY, asks_intro[pick (l->rand, 2)][l->lang]);
  add_asks (l, tail, l->target_pages == 1 ? pick (l->rand, 2) : (guint) range (l->rand, 1, 2));
  compose_closing (l, tail);
  if (chance (l->rand, 0.05))
    compose_debris (l, tail, 1);
  l->headings = l->n_issues >= 2 && chance (l->rand, 0.5);
  l->page_numbers = PAGE_NUMBERS_AFTER_FIRST;
}

static void
compose_press_release_parts (Letter    *l,
                             GPtrArray *head,
                             GPtrArray *tail)
{
  static const Text4 press_asks_intro = {
    "The organisations call on the EU to:", "Организации призывают ЕС:",
    "Les organisations appellent l'UE à :", "Die Organisationen fordern die EU auf,"
  };
  GString *lead = g_string_new (NULL);

  compose_letterhead (l, head);
  add_block (l, head, STYLE_LABEL, label_kind[l->kind][l->lang]);
  set_title (l, make_headline (l, P_HEADLINE));
  add_block (l, head, STYLE_TITLE, l->title);
  append_from_pool (l, lead, P_PRESS_LEAD);
  if (chance (l->rand, 0.5))
    append_from_pool (l, lead, P_CONCERNS);
  add_paragraph (l, head, lead);
  compose_quote (l, head);

  if (chance (l->rand, 0.5))
    {
      add_expanded (l, tail, STYLE_BODY, &press_asks_intro);
      add_asks (l, tail, range (l->rand, 0, 1));
    }
  compose_about (l, tail);
  if (chance (l->rand, 0.7))
    compose_debris (l, tail, range (l->rand, 1, 4));
  if (chance (l->rand, 0.5))
    {
      /* Printed from a web browser: date and title on top, URL below. */
      GString *url = g_string_new (NULL);
      int hour = range (l->rand, 8, 22);
      int minute = range (l->rand, 0, 59);

      l->header = g_strdup_printf ("%02u/%02u/%u, %02d:%02d   %s – %s", g_date_get_day (&l->date),
                                   g_date_get_month (&l->date), g_date_get_year (&l->date),
                                   hour, minute, l->title, l->orgs[0].name);
      append_url (l, url);
      l->footer = g_string_free (url, FALSE);
    }
  l->page_numbers = l->footer != NULL ? PAGE_NUMBERS_ALL : PAGE_NUMBERS_NONE;
}

static void
compose_joint_statement_parts (Letter    *l,
                               GPtrArray *head,
                               GPtrArray *tail)
{
  GString *names = g_string_new (NULL);

  add_block (l, head, STYLE_LABEL, label_kind[l->kind][l->lang]);
  set_title (l, make_headline (l, P_HEADLINE));
  add_block (l, head, STYLE_TITLE, l->title);
  compose_dateline (l, head, PANGO_ALIGN_LEFT);
  compose_intro (l, head);

  add_block (l, tail, STYLE_BODY, asks_intro[2][l->lang]);
  add_asks (l, tail, range (l->rand, 1, 2));
  add_expanded (l, tail, STYLE_SUBHEADING, &section_titles[SECTION_SIGNATORIES]);
  for (guint i = 0; i < l->n_orgs; i++)
    g_string_append_printf (names, "%s%s (%s)", i > 0 ? "\n" : "", l->orgs[i].name, l->orgs[i].seat);
  add_block_full (l, tail, STYLE_ADDRESS, names, NULL, -1);
  l->headings = chance (l->rand, 0.3);
  l->page_numbers = PAGE_NUMBERS_ALL;
}

static void
compose_contents (Letter    *l,
                  GPtrArray *head)
{
  GString *s = g_string_new (NULL);
  guint n = 0;

  add_expanded (l, head, STYLE_HEADING, &section_titles[SECTION_CONTENTS]);
  g_string_append_printf (s, "%u. %s\n%u. %s", n + 1, section_titles[SECTION_BACKGROUND][l->lang],
                          n + 2, section_titles[SECTION_METHODOLOGY][l->lang]);
  n += 2;
  for (guint i = 0; i < l->n_issues; i++)
    g_string_append_printf (s, "\n%u. %s", ++n, issues[l->issues[i]].heading[l->lang]);
  g_string_append_printf (s, "\n%u. %s\n%s", n + 1, section_titles[SECTION_EU_POLICY][l->lang],
                          section_titles[SECTION_RECOMMENDATIONS][l->lang]);
  add_block_full (l, head, STYLE_ADDRESS, s, NULL, -1);
}

static void
compose_long_form_parts (Letter    *l,
                         GPtrArray *head,
                         GPtrArray *tail)
{
  GString *summary = g_string_new (NULL);
  GString *url = g_string_new (NULL);

  compose_letterhead (l, head);
  add_block (l, head, STYLE_LABEL, label_kind[l->kind][l->lang]);
  set_title (l, make_headline (l, P_REPORT_TITLE));
  add_block (l, head, STYLE_TITLE, l->title);
  compose_dateline (l, head, PANGO_ALIGN_LEFT);
  if (l->kind == KIND_REPORT)
    compose_contents (l, head);
  add_expanded (l, head, STYLE_HEADING, &section_titles[SECTION_SUMMARY]);
  append_intro (l, summary);
  append_from_pool (l, summary, P_CONCERNS);
  append_from_pool (l, summary, P_CONTEXT);
  add_paragraph (l, head, summary);

  add_expanded (l, tail, STYLE_HEADING, &section_titles[SECTION_RECOMMENDATIONS]);
  add_expanded (l, tail, STYLE_SUBHEADING, &section_titles[SECTION_TO_EU]);
  add_asks (l, tail, range (l->rand, 2, 3));
  add_expanded (l, tail, STYLE_SUBHEADING, &section_titles[SECTION_TO_GOVERNMENT]);
  add_government_asks (l, tail);
  compose_about (l, tail);
  append_url (l, url);
  add_block_full (l, tail, STYLE_SMALL, url, NULL, -1);

  l->headings = TRUE;
  l->footer = g_strdup_printf ("%s | %s", l->orgs[0].acronym, l->title);
  l->page_numbers = PAGE_NUMBERS_ALL;
}

static void
compose (Letter *l)
{
  GPtrArray *head = g_ptr_array_new_with_free_func (block_free);
  GPtrArray *tail = g_ptr_array_new_with_free_func (block_free);
  Body body = { g_ptr_array_new_with_free_func (block_free), g_ptr_array_new_with_free_func (block_free),
                { NULL, NULL, NULL, NULL }, g_ptr_array_new_with_free_func (block_free) };
  double target = target_height (l);

  switch (l->kind)
    {
    case KIND_PRESS_RELEASE:
      compose_press_release_parts (l, head, tail);
      break;
    case KIND_JOINT_STATEMENT:
      compose_joint_statement_parts (l, head, tail);
      break;
    case KIND_BRIEFING:
    case KIND_REPORT:
      compose_long_form_parts (l, head, tail);
      break;
    case KIND_LETTER:
    case N_KINDS:
    default:
      compose_letter_parts (l, head, tail);
      break;
    }
  for (guint i = 0; i < l->n_issues; i++)
    body.issue[i] = g_ptr_array_new_with_free_func (block_free);
  compose_body (l, &body, target, l->kind == KIND_BRIEFING || l->kind == KIND_REPORT);

  take_blocks (l->blocks, head);
  take_blocks (l->blocks, body.context);
  take_blocks (l->blocks, body.methodology);
  for (guint i = 0; i < l->n_issues; i++)
    take_blocks (l->blocks, body.issue[i]);
  take_blocks (l->blocks, body.eu);
  take_blocks (l->blocks, tail);
  /* Truth names the addressee's institution in English, whatever the
   * letter's language. */
  l->recipient = fill_placeholders_in (l, institution_names[roles[l->role].institution][LANG_EN], LANG_EN);
}

/* ------------------------------------------------------------------ */
/* Typesetting                                                         */
/*                                                                     */
/* One font map, context and pair of layouts serve every page of every */
/* letter: font lookup is the slow part of Pango, and it then happens  */
/* once per process.  Blocks are broken into lines by Pango and placed */
/* line by line, so a paragraph that does not fit continues on the     */
/* next page instead of being clipped.                                 */

#define NOTE_FONT "DejaVu Sans 8"
#define MARGIN_FONT "DejaVu Sans 7.5"
#define NOTE_SEPARATOR 10.0
#define NOTE_GAP 2.0

typedef struct
{
  PangoFontMap *font_map;
  PangoContext *context;
  PangoLayout *layout; /* the block being set */
  PangoLayout *aux;    /* footnotes, headers and footers */
  PangoFontDescription *fonts[N_STYLES];
  PangoFontDescription *note_font;
  PangoFontDescription *margin_font;

  /* the document being set */
  const Letter *letter;
  cairo_surface_t *surface;
  cairo_t *cr; /* NULL when only the text is wanted */
  GString *text;
  guint page;
  double y;
  double notes_height;
  GPtrArray *notes;
} Typesetter;

static Typesetter *
typesetter_new (void)
{
  Typesetter *ts = g_new0 (Typesetter, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  ts->font_map = pango_cairo_font_map_new ();
  ts->context = pango_font_map_create_context (ts->font_map);
  /* PDF units are points: 72 dpi makes a 10.5 pt font 10.5 units high.
   * Unhinted metrics keep the layout independent of any screen. */
  pango_cairo_context_set_resolution (ts->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ts->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (ts->context, FALSE);
  ts->layout = pango_layout_new (ts->context);
  ts->aux = pango_layout_new (ts->context);
  pango_layout_set_wrap (ts->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_wrap (ts->aux, PANGO_WRAP_WORD_CHAR);
  for (Style s = 0; s < N_STYLES; s++)
    ts->fonts[s] = pango_font_description_from_string (styles[s].font);
  ts->note_font = pango_font_description_from_string (NOTE_FONT);
  ts->margin_font = pango_font_description_from_string (MARGIN_FONT);
  ts->text = g_string_new (NULL);
  ts->notes = g_ptr_array_new ();
  return ts;
}

static void
typesetter_free (Typesetter *ts)
{
  for (Style s = 0; s < N_STYLES; s++)
    pango_font_description_free (ts->fonts[s]);
  pango_font_description_free (ts->note_font);
  pango_font_description_free (ts->margin_font);
  g_object_unref (ts->layout);
  g_object_unref (ts->aux);
  g_object_unref (ts->context);
  g_object_unref (ts->font_map);
  g_string_free (ts->text, TRUE);
  g_ptr_array_unref (ts->notes);
  g_free (ts);
}

static double
to_points (int units)
{
  return units / (double) PANGO_SCALE;
}

static void
set_grey (Typesetter *ts,
          double      grey)
{
  if (ts->cr != NULL)
    cairo_set_source_rgb (ts->cr, grey, grey, grey);
}

/* Lays out text in the auxiliary layout; returns its height. */
static double
layout_aux (Typesetter                 *ts,
            const char                 *text,
            const PangoFontDescription *font,
            double                      width,
            PangoAlignment              align,
            gboolean                    ellipsize)
{
  int height;

  pango_layout_set_font_description (ts->aux, font);
  pango_layout_set_width (ts->aux, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (ts->aux, align);
  pango_layout_set_ellipsize (ts->aux, ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (ts->aux, text, -1);
  pango_layout_get_size (ts->aux, NULL, &height);
  return to_points (height);
}

static void
draw_aux (Typesetter *ts,
          double      x,
          double      y)
{
  if (ts->cr == NULL)
    return;
  cairo_move_to (ts->cr, x, y);
  pango_cairo_show_layout (ts->cr, ts->aux);
}

static void
set_margin_text (Typesetter     *ts,
                 const char     *text,
                 double          x,
                 double          y,
                 double          width,
                 PangoAlignment  align)
{
  layout_aux (ts, text, ts->margin_font, width, align, TRUE);
  set_grey (ts, 0.4);
  draw_aux (ts, x, y);
}

static void
begin_page (Typesetter *ts)
{
  const Letter *l = ts->letter;

  ts->page++;
  ts->y = MARGIN;
  ts->notes_height = 0;
  g_ptr_array_set_size (ts->notes, 0);
  if (ts->page > 1)
    g_string_append_c (ts->text, '\f');
  if (l->header != NULL)
    {
      set_margin_text (ts, l->header, MARGIN, 24, TEXT_WIDTH, PANGO_ALIGN_LEFT);
      g_string_append_printf (ts->text, "%s\n\n", l->header);
    }
}

static void
draw_notes (Typesetter *ts)
{
  double y = PAGE_HEIGHT - MARGIN - ts->notes_height;

  if (ts->notes->len == 0)
    return;
  if (ts->cr != NULL)
    {
      set_grey (ts, 0.3);
      cairo_set_line_width (ts->cr, 0.5);
      cairo_move_to (ts->cr, MARGIN, y + 4);
      cairo_line_to (ts->cr, MARGIN + 140, y + 4);
      cairo_stroke (ts->cr);
    }
  y += NOTE_SEPARATOR;
  for (guint i = 0; i < ts->notes->len; i++)
    {
      const char *note = ts->notes->pdata[i];
      double h = layout_aux (ts, note, ts->note_font, TEXT_WIDTH, PANGO_ALIGN_LEFT, FALSE);

      draw_aux (ts, MARGIN, y);
      y += h + NOTE_GAP;
      g_string_append_printf (ts->text, "%s\n", note);
    }
}

static void
draw_footer (Typesetter *ts)
{
  const Letter *l = ts->letter;
  double y = PAGE_HEIGHT - 36;
  g_autofree char *number = NULL;

  if (l->footer != NULL)
    {
      set_margin_text (ts, l->footer, MARGIN, y, TEXT_WIDTH - 40, PANGO_ALIGN_LEFT);
      g_string_append_printf (ts->text, "%s\n", l->footer);
    }
  if (l->page_numbers == PAGE_NUMBERS_ALL)
    {
      number = g_strdup_printf ("%u", ts->page);
      set_margin_text (ts, number, MARGIN, y, TEXT_WIDTH, PANGO_ALIGN_RIGHT);
    }
  else if (l->page_numbers == PAGE_NUMBERS_AFTER_FIRST && ts->page > 1)
    {
      number = g_strdup_printf ("– %u –", ts->page);
      set_margin_text (ts, number, MARGIN, y, TEXT_WIDTH, PANGO_ALIGN_CENTER);
    }
  if (number != NULL)
    g_string_append_printf (ts->text, "%s\n", number);
}

static void
end_page (Typesetter *ts)
{
  draw_notes (ts);
  draw_footer (ts);
  if (ts->cr != NULL)
    cairo_show_page (ts->cr);
}

static void
new_page (Typesetter *ts)
{
  end_page (ts);
  begin_page (ts);
}

static double
page_limit (Typesetter *ts)
{
  return PAGE_HEIGHT - MARGIN - ts->notes_height;
}

static gboolean
page_is_empty (Typesetter *ts)
{
  return ts->y <= MARGIN + 0.01;
}

static double
note_height (Typesetter *ts,
             const char *note)
{
  double h = layout_aux (ts, note, ts->note_font, TEXT_WIDTH, PANGO_ALIGN_LEFT, FALSE) + NOTE_GAP;

  return ts->notes->len == 0 ? h + NOTE_SEPARATOR : h;
}

static void
configure_layout (Typesetter  *ts,
                  const Block *b)
{
  const StyleInfo *s = &styles[b->style];
  PangoAlignment align = b->align >= 0 ? (PangoAlignment) b->align : PANGO_ALIGN_LEFT;

  pango_layout_set_font_description (ts->layout, ts->fonts[b->style]);
  pango_layout_set_width (ts->layout, (int) ((TEXT_WIDTH - s->indent) * PANGO_SCALE));
  pango_layout_set_indent (ts->layout, (int) (-s->hanging * PANGO_SCALE));
  pango_layout_set_line_spacing (ts->layout, (float) s->spacing);
  pango_layout_set_alignment (ts->layout, align);
  pango_layout_set_justify (ts->layout, s->justify && ts->letter->justify);
  pango_layout_set_text (ts->layout, b->text, -1);
}

/* Height the first n lines take: a paragraph starts on a new page
 * rather than leave fewer than two lines at the foot of this one, and
 * a heading takes a few lines of what follows with it. */
static double
opening_height (Typesetter  *ts,
                const Block *b)
{
  PangoLayoutIter *iter = pango_layout_get_iter (ts->layout);
  int n = pango_layout_get_line_count (ts->layout);
  int y0, y1;
  double h;

  if (n > 1)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_free (iter);
  h = to_points (y1);
  if (styles[b->style].keep_with_next)
    h += 3 * styles[STYLE_BODY].size * LINE_EM * styles[STYLE_BODY].spacing + styles[STYLE_BODY].before;
  return h;
}

static void
record_line_text (Typesetter      *ts,
                  PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (ts->layout);

  g_string_append_len (ts->text, text + line->start_index, line->length);
  if (text[line->start_index + line->length] == '\n')
    g_string_append_c (ts->text, '\n');
}

static void
set_block (Typesetter  *ts,
           const Block *b)
{
  const StyleInfo *s = &styles[b->style];
  double x = MARGIN + s->indent;
  double own_note = b->footnote != NULL ? note_height (ts, b->footnote) : 0;
  int n_lines, line_no = 0;
  PangoLayoutIter *iter;
  double offset;

  configure_layout (ts, b);
  n_lines = pango_layout_get_line_count (ts->layout);
  if (!page_is_empty (ts))
    ts->y += s->before;
  if (!page_is_empty (ts) && ts->y + opening_height (ts, b) > page_limit (ts))
    new_page (ts);
  offset = ts->y;
  set_grey (ts, s->grey);
  iter = pango_layout_get_iter (ts->layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      gboolean last = line_no == n_lines - 1;
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (offset + to_points (y1) > page_limit (ts) - (last ? own_note : 0)
          && offset + to_points (y0) > MARGIN + 0.01)
        {
          g_string_append_c (ts->text, '\n');
          new_page (ts);
          set_grey (ts, s->grey);
          offset = MARGIN - to_points (y0);
          if (b->footnote != NULL)
            own_note = note_height (ts, b->footnote);
        }
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (ts->cr != NULL)
        {
          double baseline = offset + to_points (pango_layout_iter_get_baseline (iter));

          cairo_move_to (ts->cr, x + to_points (logical.x), baseline);
          pango_cairo_show_layout_line (ts->cr, line);
        }
      record_line_text (ts, line);
      ts->y = offset + to_points (y1);
      line_no++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (b->footnote != NULL)
    {
      ts->notes_height += own_note;
      g_ptr_array_add (ts->notes, b->footnote);
    }
  ts->y += s->after;
  g_string_append (ts->text, s->after >= 7 ? "\n\n" : "\n");
}

static void
set_metadata (cairo_surface_t *surface,
              const Letter    *l)
{
  char date[32];

  /* A fixed creation date keeps two runs byte-identical. */
  g_snprintf (date, sizeof date, "%04u-%02u-%02uT10:00:00", g_date_get_year (&l->date),
              g_date_get_month (&l->date), g_date_get_day (&l->date));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, l->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, l->orgs[0].name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "dossier-bench-gen");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* Sets the letter; writes a PDF to pdf_path unless it is NULL.  The
 * pages' text, separated by form feeds, is left in ts->text. */
static guint
typeset_letter (Typesetter   *ts,
                const Letter *l,
                const char   *pdf_path,
                GError      **error)
{
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  ts->letter = l;
  g_string_truncate (ts->text, 0);
  if (pdf_path != NULL)
    {
      ts->surface = cairo_pdf_surface_create (pdf_path, PAGE_WIDTH, PAGE_HEIGHT);
      set_metadata (ts->surface, l);
      ts->cr = cairo_create (ts->surface);
    }
  ts->page = 0;
  begin_page (ts);
  for (guint i = 0; i < l->blocks->len; i++)
    set_block (ts, l->blocks->pdata[i]);
  end_page (ts);
  if (ts->cr != NULL)
    {
      cairo_destroy (ts->cr);
      cairo_surface_finish (ts->surface);
      status = cairo_surface_status (ts->surface);
      cairo_surface_destroy (ts->surface);
      ts->cr = NULL;
      ts->surface = NULL;
    }
  ts->letter = NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", pdf_path, cairo_status_to_string (status));
      return 0;
    }
  return ts->page;
}

/* ------------------------------------------------------------------ */
/* Truth and the command line                                          */

static char *
truth_line (const Letter *l,
            const char   *file,
            guint         pages)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char date[16];

  g_snprintf (date, sizeof date, "%04u-%02u-%02u", g_date_get_year (&l->date),
              g_date_get_month (&l->date), g_date_get_day (&l->date));
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, file);
  json_builder_set_member_name (b, "language");
  json_builder_add_string_value (b, lang_codes[l->lang]);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, kind_ids[l->kind]);
  json_builder_set_member_name (b, "date");
  json_builder_add_string_value (b, date);
  json_builder_set_member_name (b, "place");
  json_builder_add_string_value (b, l->place_en);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, l->title);
  json_builder_set_member_name (b, "senders");
  json_builder_begin_array (b);
  for (guint i = 0; i < l->n_orgs; i++)
    json_builder_add_string_value (b, l->orgs[i].name);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "recipient");
  json_builder_add_string_value (b, l->recipient);
  json_builder_set_member_name (b, "country");
  json_builder_add_string_value (b, l->c->forms[LANG_EN].name);
  json_builder_set_member_name (b, "issues");
  json_builder_begin_array (b);
  for (guint i = 0; i < l->n_issues; i++)
    json_builder_add_string_value (b, issues[l->issues[i]].id);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "cases");
  json_builder_begin_array (b);
  for (guint i = 0; i < l->n_cases; i++)
    json_builder_add_string_value (b, people[l->cases[i].person].latin);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "pages");
  json_builder_add_int_value (b, pages);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

static gboolean
parse_shard (const char *spec,
             guint      *shard,
             guint      *n_shards)
{
  guint64 i, k;
  char *end;

  i = g_ascii_strtoull (spec, &end, 10);
  if (end == spec || *end != '/')
    return FALSE;
  spec = end + 1;
  k = g_ascii_strtoull (spec, &end, 10);
  if (end == spec || *end != '\0' || k == 0 || i >= k || k > G_MAXUINT)
    return FALSE;
  *shard = (guint) i;
  *n_shards = (guint) k;
  return TRUE;
}

typedef struct
{
  guint32 seed;
  guint shard;
  guint n_shards;
  gboolean sharded;
  gboolean text_only;
  guint n;
  const char *outdir;
} Options;

static gboolean
parse_options (int       *argc,
               char    ***argv,
               Options   *opts,
               GError   **error)
{
  gint64 seed = 1;
  g_autofree char *shard = NULL;
  gboolean text_only = FALSE;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the letter set (default 1)", "S" },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard, "Write only letters with (index-1) % K == I", "I/K" },
    { "text-only", 0, 0, G_OPTION_ARG_NONE, &text_only, "Write page texts (.txt) instead of PDFs", NULL },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("N OUTDIR");
  guint64 n;
  char *end;

  g_option_context_set_summary (context, "Writes N invented advocacy letters as PDFs, with truth.jsonl.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (*argc != 3)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, "expected N and OUTDIR");
      return FALSE;
    }
  n = g_ascii_strtoull ((*argv)[1], &end, 10);
  if (end == (*argv)[1] || *end != '\0' || n == 0 || n > 999999)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "N must be between 1 and 999999");
      return FALSE;
    }
  if (seed < 0 || seed > G_MAXUINT32)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "seed must be between 0 and %u", G_MAXUINT32);
      return FALSE;
    }
  opts->n = (guint) n;
  opts->outdir = (*argv)[2];
  opts->seed = (guint32) seed;
  opts->text_only = text_only;
  opts->shard = 0;
  opts->n_shards = 1;
  opts->sharded = shard != NULL;
  if (shard != NULL && !parse_shard (shard, &opts->shard, &opts->n_shards))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--shard wants I/K with I < K");
      return FALSE;
    }
  return TRUE;
}

#define MAX_PAGES 8

/* Length is only estimated while composing; the rare letter that runs
 * past MAX_PAGES loses filler paragraphs until it fits. */
static void
trim_to_max_pages (Typesetter *ts,
                   Letter     *l)
{
  while (typeset_letter (ts, l, NULL, NULL) > MAX_PAGES)
    {
      guint i = l->blocks->len;

      while (i > 0 && !((Block *) l->blocks->pdata[i - 1])->optional)
        i--;
      if (i == 0)
        return;
      g_ptr_array_remove_index (l->blocks, i - 1);
    }
}

/* Writes one letter and its truth line; returns its page count. */
static guint
write_letter (Typesetter    *ts,
              const Options *opts,
              guint          index,
              FILE          *truth,
              GError       **error)
{
  g_autoptr(Letter) l = letter_new (opts->seed, index);
  g_autofree char *pdf_name = g_strdup_printf ("letter-%06u.pdf", index);
  g_autofree char *path = NULL;
  g_autofree char *line = NULL;
  guint pages;

  compose (l);
  if (opts->text_only)
    {
      g_autofree char *txt_name = g_strdup_printf ("letter-%06u.txt", index);

      path = g_build_filename (opts->outdir, txt_name, NULL);
      pages = typeset_letter (ts, l, NULL, error);
      if (pages > MAX_PAGES)
        {
          trim_to_max_pages (ts, l);
          pages = typeset_letter (ts, l, NULL, error);
        }
      if (!g_file_set_contents (path, ts->text->str, ts->text->len, error))
        return 0;
    }
  else
    {
      path = g_build_filename (opts->outdir, pdf_name, NULL);
      pages = typeset_letter (ts, l, path, error);
      if (pages > MAX_PAGES)
        {
          trim_to_max_pages (ts, l);
          pages = typeset_letter (ts, l, path, error);
        }
      if (pages == 0)
        return 0;
    }
  line = truth_line (l, pdf_name, pages);
  if (fprintf (truth, "%s\n", line) < 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "truth: %s", g_strerror (errno));
      return 0;
    }
  return pages;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *truth_path = NULL;
  Options opts;
  Typesetter *ts;
  FILE *truth;
  guint letters = 0, pages = 0;
  gint64 start;
  double seconds;

  if (!parse_options (&argc, &argv, &opts, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (g_mkdir_with_parents (opts.outdir, 0755) != 0)
    {
      g_printerr ("%s: %s\n", opts.outdir, g_strerror (errno));
      return 1;
    }
  if (opts.sharded)
    {
      g_autofree char *name = g_strdup_printf ("truth-%u.jsonl", opts.shard);

      truth_path = g_build_filename (opts.outdir, name, NULL);
    }
  else
    truth_path = g_build_filename (opts.outdir, "truth.jsonl", NULL);
  truth = g_fopen (truth_path, "w");
  if (truth == NULL)
    {
      g_printerr ("%s: %s\n", truth_path, g_strerror (errno));
      return 1;
    }

#ifdef __GLIBC__
  /* Each PDF allocates and frees a few megabytes; by default glibc hands
   * them back to the kernel every time and faults them in again, which
   * costs more system time than the PDF takes to write. */
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
  mallopt (M_TOP_PAD, 64 << 20);
  mallopt (M_MMAP_THRESHOLD, 32 << 20);
#endif
  init_people ();
  ts = typesetter_new ();
  start = g_get_monotonic_time ();
  for (guint index = 1; index <= opts.n; index++)
    {
      guint n;

      if ((index - 1) % opts.n_shards != opts.shard)
        continue;
      n = write_letter (ts, &opts, index, truth, &error);
      if (n == 0)
        {
          g_printerr ("letter %u: %s\n", index, error->message);
          return 1;
        }
      letters++;
      pages += n;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  typesetter_free (ts);
  if (fclose (truth) != 0)
    {
      g_printerr ("%s: %s\n", truth_path, g_strerror (errno));
      return 1;
    }
  g_print ("%u letters, %u pages, %.1f s (%.1f pages/s)\n", letters, pages, seconds,
           seconds > 0 ? pages / seconds : 0.0);
  return 0;
}
