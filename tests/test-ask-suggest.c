/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-ask-suggest.h"
#include "dossier-database.h"
#include "dossier-error.h"
#include "dossier-followups.h"
#include "dossier-library.h"
#include "dossier-tags.h"

/* Sample letters written for these tests, as Poppler gives a PDF's text:
 * lines broken inside sentences, words hyphenated at line ends, short
 * lines for the letterhead and the salutation, numbered lists. */

static const char english_page_1[] =
  "International Partnership for Human Rights\n"
  "Brussels, 8 October 2016\n"
  "\n"
  "Ms Federica Mogherini\n"
  "High Representative of the Union for Foreign Affairs and Security Policy\n"
  "\n"
  "Dear Ms Mogherini,\n"
  "\n"
  "Ahead of the 8th round of the EU–Kazakhstan Human Rights Dialogue on 23 Nov. 2016, we write\n"
  "to share our concerns. Mr. V. Kozlov, the leader of the unregistered Alga! party, remains\n"
  "imprisoned; his health has deteriorated, e.g. he was denied treatment in Aug. 2016 under\n"
  "art. 174 of the Criminal Code. The authorities asked journalists to reveal their sources.\n"
  "We urge you to call on the Kazakh authorities to release Vladimir Kozlov immedi-\n"
  "ately and unconditionally. The EU should also raise the closure of independent\n"
  "newspapers, which the U.S. State Department has documented too.\n";

static const char english_page_2[] =
  "We therefore call on the EU to:\n"
  "1. press for the repeal of article 174 on \"inciting discord\";\n"
  "2. ask for the registration of the NGO \"Adil Soz\", and\n"
  "3. raise the case of Max Bokayev.\n"
  "\n"
  "We would welcome a meeting before the dialogue.\n"
  "\n"
  "Yours sincerely,\n";

static const char russian_page[] =
  "Казахстанское международное бюро по правам человека\n"
  "г. Алматы, 1 ноября 2016 г.\n"
  "\n"
  "Уважаемая г-жа Могерини!\n"
  "\n"
  "В преддверии диалога по правам человека мы хотим обратить Ваше внимание на положе-\n"
  "ние политических заключенных. Т.е. на тех, кто осужден по ст. 174 УК РК. Власти\n"
  "просили журналистов не писать об этом.\n"
  "Мы призываем Европейский союз добиваться освобождения Владимира Козлова. ЕС должен\n"
  "также потребовать отмены закона о НПО.\n"
  "Просим Вас поднять вопрос о пытках в местах лишения свободы.\n"
  "\n"
  "С уважением,\n";

static const char french_page[] =
  "Paris, le 3 novembre 2016\n"
  "\n"
  "Madame la Haute Représentante,\n"
  "\n"
  "M. Kozlov est détenu depuis 2012. Nous appelons l’UE à demander sa libé-\n"
  "ration immédiate. L’Union européenne devrait aussi soulever la question de la\n"
  "liberté de la presse. Les autorités ont demandé aux journalistes de se taire.\n"
  "Nous vous exhortons à rencontrer les familles des prisonniers.\n"
  "Nous vous prions de bien vouloir :\n"
  "– demander la libération des avocats détenus ;\n"
  "– assister aux procès.\n"
  "\n"
  "Veuillez agréer, Madame, l’expression de notre haute considération.\n";

static GPtrArray *
suggest (const char * const *pages)
{
  return dossier_ask_suggest_in_pages (pages, g_strv_length ((char **) pages));
}

static void
assert_suggestions (GPtrArray          *suggestions,
                    const char * const *texts,
                    const guint        *pages)
{
  guint n = g_strv_length ((char **) texts);

  for (guint i = 0; i < suggestions->len; i++)
    g_test_message ("suggestion %u: p. %u: %s", i,
                    ((DossierAskSuggestion *) g_ptr_array_index (suggestions, i))->page,
                    ((DossierAskSuggestion *) g_ptr_array_index (suggestions, i))->text);
  g_assert_cmpuint (suggestions->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      DossierAskSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      g_assert_cmpstr (suggestion->text, ==, texts[i]);
      g_assert_cmpuint (suggestion->page, ==, pages[i]);
      g_assert_cmpuint (suggestion->tag_ids->len, ==, 0);
      g_assert_cmpint (suggestion->ask_id, ==, 0);
    }
}

/* ---- sentences ---- */

static void
test_split_abbreviations (void)
{
  g_auto(GStrv) sentences = NULL;

  sentences = dossier_ask_split_sentences (
    "Mr. V. Kozlov met Dr. Smith on 23 Nov. 2016, i.e. before the round. "
    "He cited art. 19 and No. 5 of the list, e.g. the U.S. report. "
    "It ended. \"Was it fair?\" she asked. (It was not.) Next one…\n");
  g_assert_cmpstrv (sentences, ((const char *[]) {
    "Mr. V. Kozlov met Dr. Smith on 23 Nov. 2016, i.e. before the round.",
    "He cited art. 19 and No. 5 of the list, e.g. the U.S. report.",
    "It ended.",
    "\"Was it fair?\" she asked.",
    "(It was not.)",
    "Next one…",
    NULL }));
  g_clear_pointer (&sentences, g_strfreev);

  sentences = dossier_ask_split_sentences (
    "В г. Алматы 5 ноября 2016 г. суд вынес приговор по ст. 174 УК РК. Т.е. осудил А. Ким. "
    "M. Kozlov et Mme Durand sont venus. Fin.");
  g_assert_cmpstrv (sentences, ((const char *[]) {
    "В г. Алматы 5 ноября 2016 г. суд вынес приговор по ст. 174 УК РК.",
    "Т.е. осудил А. Ким.",
    "M. Kozlov et Mme Durand sont venus.",
    "Fin.",
    NULL }));
}

static void
test_split_pdf_lines (void)
{
  g_auto(GStrv) sentences = NULL;

  /* Lines broken anywhere, a word hyphenated at the end of one, a
   * letterhead and a salutation on short lines, a list. */
  sentences = dossier_ask_split_sentences (
    "Kazakhstan International Bureau\n"
    "Dear High Representative,\n"
    "The court sentenced the journalist to seven years on charges of dis-\n"
    "seminating false information, and the appeal was rejected within a\n"
    "week of the hearing in the regional court of the city of Almaty today.\n"
    "1. release the journalist at once and without conditions whatsoever;\n"
    "2. drop the charges\n"
    "- end the well-\n"
    "known practice of fines.\n");
  g_assert_cmpstrv (sentences, ((const char *[]) {
    "Kazakhstan International Bureau",
    "Dear High Representative,",
    "The court sentenced the journalist to seven years on charges of disseminating false "
    "information, and the appeal was rejected within a week of the hearing in the regional "
    "court of the city of Almaty today.",
    "release the journalist at once and without conditions whatsoever;",
    "drop the charges",
    "end the wellknown practice of fines.",
    NULL }));
}

/* ---- asking or not ---- */

static void
test_is_ask (void)
{
  const char *asks[] = {
    "We urge you to call for the release of Vladimir Kozlov.",
    "We, the undersigned organisations, therefore respectfully urge the EU to act.",
    "The undersigned organizations call upon the European Union to raise the case.",
    "We call on the EU to press for the repeal of the law.",
    "We encourage the EEAS to meet the families.",
    "We ask you to raise the case of Max Bokayev.",
    "We request that the Delegation attends the trial.",
    "We recommend that the EU links the agreement to reforms.",
    "The EU should raise the closure of newspapers.",
    "The European Union must insist on access for monitors.",
    "Please raise the case of Max Bokayev.",
    "Мы призываем Европейский союз добиваться освобождения Владимира Козлова.",
    "Просим Вас поднять вопрос о пытках.",
    "ЕС должен потребовать отмены закона о НПО.",
    "Европейскому союзу следует поднять этот вопрос.",
    "Рекомендуем ЕЭАС встретиться с семьями.",
    "Nous appelons l’UE à demander sa libération.",
    "Nous vous exhortons à rencontrer les familles.",
    "L'Union européenne devrait soulever la question.",
    "Nous encourageons la Commission à agir.",
    "Nous demandons la libération de M. Kozlov.",
  };
  const char *not_asks[] = {
    "The authorities asked journalists to reveal their sources.",
    "Kozlov was sentenced to seven and a half years.",
    "The court urged nobody.",
    "Власти просили журналистов не писать об этом.",
    "Les autorités ont demandé aux journalistes de se taire.",
    "Yours sincerely,",
    "The EU-Kazakhstan dialogue took place in Brussels.",
    "Please accept the assurances of our highest consideration.",
    "Please do not hesitate to contact us.",
    "Veuillez agréer, Madame, l’expression de notre haute considération.",
    "Merci de votre attention.",
    "Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (asks); i++)
    if (!dossier_ask_sentence_is_ask (asks[i]))
      g_error ("Not found to ask: %s", asks[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_asks); i++)
    if (dossier_ask_sentence_is_ask (not_asks[i]))
      g_error ("Found to ask: %s", not_asks[i]);
}

/* ---- sample letters ---- */

static void
test_english_letter (void)
{
  const char *pages[] = { english_page_1, english_page_2, NULL };
  g_autoptr(GPtrArray) suggestions = suggest (pages);
  const char *texts[] = {
    "We urge you to call on the Kazakh authorities to release Vladimir Kozlov immediately and "
    "unconditionally.",
    "The EU should also raise the closure of independent newspapers, which the U.S. State "
    "Department has documented too.",
    "We therefore call on the EU to press for the repeal of article 174 on \"inciting discord\".",
    "We therefore call on the EU to ask for the registration of the NGO \"Adil Soz\".",
    "We therefore call on the EU to raise the case of Max Bokayev.",
    NULL
  };
  const guint page_numbers[] = { 1, 1, 2, 2, 2 };

  assert_suggestions (suggestions, texts, page_numbers);
}

static void
test_russian_letter (void)
{
  const char *pages[] = { russian_page, NULL };
  g_autoptr(GPtrArray) suggestions = suggest (pages);
  const char *texts[] = {
    "Мы призываем Европейский союз добиваться освобождения Владимира Козлова.",
    "ЕС должен также потребовать отмены закона о НПО.",
    "Просим Вас поднять вопрос о пытках в местах лишения свободы.",
    NULL
  };
  const guint page_numbers[] = { 1, 1, 1 };

  assert_suggestions (suggestions, texts, page_numbers);
}

static void
test_french_letter (void)
{
  const char *pages[] = { french_page, NULL };
  g_autoptr(GPtrArray) suggestions = suggest (pages);
  const char *texts[] = {
    "Nous appelons l’UE à demander sa libération immédiate.",
    "L’Union européenne devrait aussi soulever la question de la liberté de la presse.",
    "Nous vous exhortons à rencontrer les familles des prisonniers.",
    "Nous vous prions de bien vouloir demander la libération des avocats détenus.",
    "Nous vous prions de bien vouloir assister aux procès.",
    NULL
  };
  const guint page_numbers[] = { 1, 1, 1, 1, 1 };

  assert_suggestions (suggestions, texts, page_numbers);
}

static void
test_no_asks (void)
{
  const char *pages[] = { "Brussels, 1 May 2016\n\nThe dialogue took place.\nNothing was agreed.\n",
                          "", NULL };
  g_autoptr(GPtrArray) suggestions = suggest (pages);

  g_assert_cmpuint (suggestions->len, ==, 0);
}

/* ---- with a library: tags and asks already made ---- */

typedef struct
{
  char           *dir;
  DossierLibrary *library;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("dossier-ask-suggest-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->library);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

/* A stored document with @pages as its text, as the import leaves one. */
static gint64
add_document (Fixture            *fixture,
              const char         *name,
              const char * const *pages)
{
  DossierDatabase *database = dossier_library_get_database (fixture->library);
  g_autofree char *body = g_strjoinv (DOSSIER_PAGE_BREAK_STRING, (char **) pages);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *statement;
  gint64 id;

  statement = dossier_database_prepare (database,
                                        "INSERT INTO documents (sha256, title, page_count,"
                                        " pages_with_text, bytes, original_name, imported_at)"
                                        " VALUES (?1, ?1, 1, 1, 100, ?1, 0)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  g_assert_true (dossier_database_step_done (database, statement, &error));
  id = sqlite3_last_insert_rowid (dossier_database_get_handle (database));
  statement = dossier_database_prepare (database,
                                        "INSERT INTO document_text (id, title, body) VALUES (?1, ?2, ?3)",
                                        &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, body, -1, SQLITE_TRANSIENT);
  g_assert_true (dossier_database_step_done (database, statement, &error));
  g_assert_no_error (error);
  return id;
}

static DossierTag *
create_case (Fixture    *fixture,
             const char *name,
             const char *alias)
{
  g_autoptr(GError) error = NULL;
  const char *aliases[] = { alias, NULL };
  DossierTagSpec spec = { .name = name, .facet = DOSSIER_FACET_CASE, .aliases = aliases };
  DossierTag *tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return tag;
}

static gboolean
has_tag (DossierAskSuggestion *suggestion,
         DossierTag           *tag)
{
  for (guint i = 0; i < suggestion->tag_ids->len; i++)
    if (g_array_index (suggestion->tag_ids, gint64, i) == dossier_tag_get_id (tag))
      return TRUE;
  return FALSE;
}

static void
test_library_tags (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DossierTag) kozlov = create_case (fixture, "Vladimir Kozlov", "Козлов");
  g_autoptr(DossierTag) bokayev = create_case (fixture, "Max Bokayev", NULL);
  g_autoptr(DossierTag) prisoners = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages[] = {
    "We urge you to call for the release of Vladimir Kozlov and of all political prisoners.\n"
    "\n"
    "We also ask you to raise the ban on peaceful assemblies.\n",
    "The EU should demand his immediate release.\n",
    NULL
  };
  gint64 document_id = add_document (fixture, "letter", pages);
  DossierAskSuggestion *first, *third;

  prisoners = dossier_library_find_tag_by_key (fixture->library, "political-prisoners", &error);
  g_assert_no_error (error);

  suggestions = dossier_library_suggest_asks (fixture->library, document_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 3);
  first = g_ptr_array_index (suggestions, 0);
  third = g_ptr_array_index (suggestions, 2);
  /* The sentence's own case and issue. */
  g_assert_true (has_tag (first, kozlov));
  g_assert_true (has_tag (first, prisoners));
  g_assert_false (has_tag (first, bokayev));
  g_assert_cmpuint (third->page, ==, 2);
  /* "his release" names nobody; the letter is untagged: nothing to go by. */
  g_assert_false (has_tag (third, kozlov));

  /* A letter about one case lends it to the sentences that name none;
   * a letter about two does not guess. */
  g_assert_true (dossier_library_tag_document (fixture->library, document_id, kozlov, &error));
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = dossier_library_suggest_asks (fixture->library, document_id, &error);
  g_assert_no_error (error);
  g_assert_true (has_tag (g_ptr_array_index (suggestions, 2), kozlov));
  g_assert_true (has_tag (g_ptr_array_index (suggestions, 1), kozlov));
  g_assert_true (dossier_library_tag_document (fixture->library, document_id, bokayev, &error));
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = dossier_library_suggest_asks (fixture->library, document_id, &error);
  g_assert_false (has_tag (g_ptr_array_index (suggestions, 2), kozlov));
  g_assert_false (has_tag (g_ptr_array_index (suggestions, 2), bokayev));
  /* A sentence that names a case keeps to it. */
  g_assert_true (has_tag (g_ptr_array_index (suggestions, 0), kozlov));
  g_assert_false (has_tag (g_ptr_array_index (suggestions, 0), bokayev));

  /* Made into an ask of this letter, a suggestion says so. */
  {
    DossierAskSuggestion *chosen = g_ptr_array_index (suggestions, 1);
    DossierAskDocument evidence = { document_id, chosen->page };
    DossierAskSpec spec = { .text = chosen->text, .documents = &evidence, .n_documents = 1 };
    g_autoptr(DossierAsk) ask = dossier_library_add_ask (fixture->library, &spec, &error);

    g_assert_no_error (error);
    g_clear_pointer (&suggestions, g_ptr_array_unref);
    suggestions = dossier_library_suggest_asks (fixture->library, document_id, &error);
    g_assert_cmpint (((DossierAskSuggestion *) g_ptr_array_index (suggestions, 1))->ask_id, ==,
                     dossier_ask_get_id (ask));
    g_assert_cmpint (((DossierAskSuggestion *) g_ptr_array_index (suggestions, 0))->ask_id, ==, 0);
  }

  g_assert_null (dossier_library_suggest_asks (fixture->library, 4242, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

/* ---- the same in a thread ---- */

static void
store_result_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **stored = user_data;

  g_assert_null (*stored);
  *stored = g_object_ref (result);
}

/* Runs the async call, cancelling @cancellable right after it is made
 * if @cancel, and waits for its result. */
static GPtrArray *
suggest_asks_async (DossierLibrary  *library,
                    gint64           document_id,
                    GCancellable    *cancellable,
                    gboolean         cancel,
                    GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  dossier_library_suggest_asks_async (library, document_id, cancellable, store_result_cb, &result);
  /* Never from within the call, even when it fails at once. */
  g_assert_null (result);
  if (cancel)
    g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return dossier_library_suggest_asks_finish (library, result, error);
}

static void
assert_same_suggestions (GPtrArray *expected,
                         GPtrArray *actual)
{
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      DossierAskSuggestion *a = g_ptr_array_index (expected, i);
      DossierAskSuggestion *b = g_ptr_array_index (actual, i);

      g_assert_cmpstr (b->text, ==, a->text);
      g_assert_cmpuint (b->page, ==, a->page);
      g_assert_cmpint (b->ask_id, ==, a->ask_id);
      g_assert_cmpmem (b->tag_ids->data, b->tag_ids->len * sizeof (gint64),
                       a->tag_ids->data, a->tag_ids->len * sizeof (gint64));
    }
}

static void
test_library_async (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DossierTag) kozlov = create_case (fixture, "Vladimir Kozlov", "Козлов");
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(DossierAsk) ask = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages[] = { english_page_1, english_page_2, russian_page, french_page, NULL };
  const char *none[] = { "The dialogue took place.\n", NULL };
  gint64 document_id = add_document (fixture, "letter", pages);
  gint64 quiet_id = add_document (fixture, "quiet", none);
  DossierAskSuggestion *chosen;
  DossierAskDocument evidence;
  DossierAskSpec spec = { 0 };

  g_assert_true (dossier_library_tag_document (fixture->library, document_id, kozlov, &error));
  g_assert_no_error (error);

  /* A suggestion made an ask already, and one prefilled with tags. */
  expected = dossier_library_suggest_asks (fixture->library, document_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 13);
  chosen = g_ptr_array_index (expected, 1);
  evidence = (DossierAskDocument) { document_id, chosen->page };
  spec = (DossierAskSpec) { .text = chosen->text, .documents = &evidence, .n_documents = 1 };
  ask = dossier_library_add_ask (fixture->library, &spec, &error);
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = dossier_library_suggest_asks (fixture->library, document_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((DossierAskSuggestion *) g_ptr_array_index (expected, 1))->ask_id, ==,
                   dossier_ask_get_id (ask));
  g_assert_true (has_tag (g_ptr_array_index (expected, 0), kozlov));

  /* The same in a thread. */
  suggestions = suggest_asks_async (fixture->library, document_id, NULL, FALSE, &error);
  g_assert_no_error (error);
  assert_same_suggestions (expected, suggestions);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  cancellable = g_cancellable_new ();
  suggestions = suggest_asks_async (fixture->library, document_id, cancellable, FALSE, &error);
  g_assert_no_error (error);
  assert_same_suggestions (expected, suggestions);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* A letter that asks nothing. */
  suggestions = suggest_asks_async (fixture->library, quiet_id, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Cancelled while it runs, or before it starts. */
  suggestions = suggest_asks_async (fixture->library, document_id, cancellable, TRUE, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (suggestions);
  g_clear_error (&error);
  suggestions = suggest_asks_async (fixture->library, document_id, cancellable, FALSE, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (suggestions);
  g_clear_error (&error);

  /* No such document. */
  g_assert_null (suggest_asks_async (fixture->library, 4242, NULL, FALSE, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ask-suggest/split/abbreviations", test_split_abbreviations);
  g_test_add_func ("/ask-suggest/split/pdf-lines", test_split_pdf_lines);
  g_test_add_func ("/ask-suggest/is-ask", test_is_ask);
  g_test_add_func ("/ask-suggest/letter/english", test_english_letter);
  g_test_add_func ("/ask-suggest/letter/russian", test_russian_letter);
  g_test_add_func ("/ask-suggest/letter/french", test_french_letter);
  g_test_add_func ("/ask-suggest/letter/none", test_no_asks);
  g_test_add ("/ask-suggest/library-tags", Fixture, NULL, fixture_set_up, test_library_tags,
              fixture_tear_down);
  g_test_add ("/ask-suggest/library-async", Fixture, NULL, fixture_set_up, test_library_async,
              fixture_tear_down);

  return g_test_run ();
}
