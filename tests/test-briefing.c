/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "dossier-briefing.h"
#include "dossier-error.h"
#include "dossier-fixtures.h"
#include "dossier-followups.h"
#include "dossier-import.h"
#include "dossier-library.h"
#include "dossier-pack-writer.h"
#include "dossier-tags.h"

/* Packs are read back with Poppler, as their reader's viewer would. The
 * library holds seven sample letters; a confidential case (Vladimir
 * Kozlov, in two of them), a confidential letter (ru-letter), notes on a
 * letter, an event and an ask, so that an external pack has something to
 * leave out. */

#define LETTER_NOTE   "Source: a lawyer close to the family"
#define EVENT_NOTE    "Internal: the rapporteur is receptive"
#define HISTORY_NOTE  "Raised privately with the desk officer"

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  GHashTable     *ids;          /* letter name → document id (as a pointer) */
  gint64          prisoners;    /* issue tags */
  gint64          association;
  gint64          kozlov;       /* a confidential case */
  gint64          nazarov;      /* a public one */
  gint64          event_id;     /* round 2, the pack's */
} Fixture;

/* ---- Setting up ---- */

static void
import_letters (Fixture            *fixture,
                const char * const *names)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (names[i], ".pdf", NULL);
      char *path = g_build_filename (fixture->dir, file, NULL);

      dossier_fixture_write_letter (path, dossier_fixture_letter (names[i]));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  results = dossier_import_run (import, (const char * const *) paths->pdata, NULL, NULL, NULL,
                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      DossierImportResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->status, ==, DOSSIER_IMPORT_IMPORTED);
      g_hash_table_insert (fixture->ids, (gpointer) names[i], GINT_TO_POINTER ((int) result->id));
    }
}

static gint64
id_of (Fixture    *fixture,
       const char *name)
{
  gpointer id = g_hash_table_lookup (fixture->ids, name);

  g_assert_nonnull (id);
  return GPOINTER_TO_INT (id);
}

static gint64
tag_by_key (Fixture    *fixture,
            const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_find_tag_by_key (fixture->library, key, &error);

  g_assert_no_error (error);
  return dossier_tag_get_id (tag);
}

static gint64
create_case (Fixture    *fixture,
             const char *name,
             const char *alias,
             gboolean    confidential)
{
  const char *aliases[] = { alias, NULL };
  DossierTagSpec spec = { .name = name, .facet = DOSSIER_FACET_CASE, .aliases = aliases,
                          .confidential = confidential };
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) tag = dossier_library_create_tag (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return dossier_tag_get_id (tag);
}

static void
tag (Fixture    *fixture,
     const char *letter,
     gint64      tag_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTag) found = dossier_library_find_tag (fixture->library, tag_id, &error);

  g_assert_no_error (error);
  dossier_library_tag_document (fixture->library, id_of (fixture, letter), found, &error);
  g_assert_no_error (error);
}

static void
set_field (Fixture              *fixture,
           const char           *letter,
           DossierDocumentField  field,
           const char           *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierDocument) document = dossier_library_dup_document (fixture->library,
                                                                      id_of (fixture, letter),
                                                                      &error);

  g_assert_no_error (error);
  dossier_library_set_field (fixture->library, document, field, value, &error);
  g_assert_no_error (error);
}

static DossierEvent *
add_event (Fixture    *fixture,
           const char *title,
           const char *date,
           const char *notes)
{
  DossierEventSpec spec = {
    .title = title, .kind = DOSSIER_EVENT_DIALOGUE, .date = date, .place = "Dushanbe",
    .process = "EU–Tajikistan Human Rights Dialogue", .notes = notes,
    .country_id = tag_by_key (fixture, "tajikistan"),
  };
  g_autoptr(GError) error = NULL;
  DossierEvent *event = dossier_library_add_event (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return event;
}

static DossierAsk *
add_ask (Fixture      *fixture,
         DossierEvent *event,
         const char   *text,
         gint64        issue,
         gint64        person,
         const char   *evidence)
{
  gint64 tag_ids[] = { issue, person };
  DossierAskDocument documents[] = { { id_of (fixture, evidence), 0 } };
  DossierAskSpec spec = {
    .text = text, .event_id = dossier_event_get_id (event), .status = DOSSIER_ASK_SUBMITTED,
    .due_date = "2017-12-01", .tag_ids = tag_ids, .n_tag_ids = person ? 2 : 1,
    .documents = documents, .n_documents = 1,
  };
  g_autoptr(GError) error = NULL;
  DossierAsk *ask = dossier_library_add_ask (fixture->library, &spec, &error);

  g_assert_no_error (error);
  return ask;
}

static void
add_followups (Fixture *fixture)
{
  g_autoptr(DossierEvent) previous = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(DossierAsk) kozlov = NULL;
  g_autoptr(DossierAsk) nazarov = NULL;
  g_autoptr(DossierAsk) ngo = NULL;
  g_autoptr(GError) error = NULL;

  previous = add_event (fixture, "1st EU–Tajikistan Human Rights Dialogue", "2016-06-01", NULL);
  event = add_event (fixture, "2nd EU–Tajikistan Human Rights Dialogue", "2017-06-20", EVENT_NOTE);
  kozlov = add_ask (fixture, event, "Call for the release of Vladimir Kozlov", fixture->prisoners,
                    fixture->kozlov, "en-prague");
  nazarov = add_ask (fixture, event, "Call for the release of Farrukh Nazarov",
                     fixture->prisoners, fixture->nazarov, "en-visit");
  ngo = add_ask (fixture, event, "Ask for the reporting rules for NGOs to be withdrawn",
                 fixture->association, 0, "en-press");
  dossier_library_set_ask_status (fixture->library, nazarov, DOSSIER_ASK_RAISED, HISTORY_NOTE,
                                  &error);
  g_assert_no_error (error);
  dossier_library_set_ask_status (fixture->library, ngo, DOSSIER_ASK_ANSWERED, NULL, &error);
  g_assert_no_error (error);
  dossier_library_link_event_document (fixture->library, event, id_of (fixture, "en-briefing"),
                                       &error);
  g_assert_no_error (error);
  fixture->event_id = dossier_event_get_id (event);
}

/* The library every test starts from, made once: importing is what
 * takes time, above all under the sanitizers. */
static Fixture template;

static void
make_template (void)
{
  static const char * const letters[] = {
    "en-visit", "en-press", "en-briefing", "en-prague", "ru-appeal", "ru-letter", "fr-letter", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *library_path = NULL;
  Fixture *fixture = &template;

  fixture->dir = g_dir_make_tmp ("dossier-briefing-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->ids = g_hash_table_new (g_str_hash, g_str_equal);

  fixture->kozlov = create_case (fixture, "Vladimir Kozlov", "Владимир Козлов", TRUE);
  fixture->nazarov = create_case (fixture, "Farrukh Nazarov", NULL, FALSE);
  import_letters (fixture, letters);
  fixture->prisoners = tag_by_key (fixture, "political-prisoners");
  fixture->association = tag_by_key (fixture, "freedom-of-association");
  for (guint i = 0; letters[i] != NULL; i++)
    if (!g_str_equal (letters[i], "en-press") && !g_str_equal (letters[i], "en-briefing"))
      tag (fixture, letters[i], fixture->prisoners);
  tag (fixture, "en-press", fixture->association);
  tag (fixture, "en-briefing", fixture->association);
  tag (fixture, "en-prague", fixture->kozlov);
  tag (fixture, "ru-appeal", fixture->kozlov);
  tag (fixture, "en-visit", fixture->nazarov);
  set_field (fixture, "ru-letter", DOSSIER_DOCUMENT_FIELD_CONFIDENTIAL, "true");
  set_field (fixture, "en-visit", DOSSIER_DOCUMENT_FIELD_NOTES, LETTER_NOTE);
  add_followups (fixture);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->library);
}

static void
remove_folder (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  g_autofree char *library_path = NULL;

  *fixture = template;
  fixture->dir = g_dir_make_tmp ("dossier-briefing-XXXXXX", &error);
  g_assert_no_error (error);
  command = g_strdup_printf ("cp -a '%s/library' '%s/'", template.dir, fixture->dir);
  g_assert_cmpint (system (command), ==, 0);
  library_path = g_build_filename (fixture->dir, "library", NULL);
  fixture->library = dossier_library_open (library_path, &error);
  g_assert_no_error (error);
  g_hash_table_ref (fixture->ids);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->library);
  g_hash_table_unref (fixture->ids);
  remove_folder (fixture->dir);
  g_free (fixture->dir);
}

/* ---- Writing and reading packs ---- */

typedef struct
{
  DossierBriefingResult *result;
  GError                *error;
  gboolean               done;
  double                 last_fraction;
  gboolean               backwards;      /* progress ever went back */
} Run;

static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  Run *run = user_data;

  g_assert_nonnull (message);
  run->backwards |= fraction < run->last_fraction;
  run->last_fraction = fraction;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;

  run->result = dossier_briefing_write_finish (DOSSIER_LIBRARY (source), result, &run->error);
  run->done = TRUE;
}

static char *
pack_path (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static DossierBriefingResult *
write_pack (Fixture                       *fixture,
            const DossierBriefingOptions  *options,
            const char                    *path,
            GCancellable                  *cancellable,
            GError                       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Run run = { 0 };

  dossier_briefing_write_async (fixture->library, options, file, cancellable, progress_cb, &run,
                                NULL, written_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  /* Reports still queued arrive after; let them, then judge the order. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (run.backwards);
  if (run.error != NULL)
    g_propagate_error (error, run.error);
  else
    g_assert_cmpfloat (run.last_fraction, ==, 1.0);
  return run.result;
}

static DossierBriefingResult *
write_pack_ok (Fixture                      *fixture,
               const DossierBriefingOptions *options,
               const char                   *path)
{
  g_autoptr(GError) error = NULL;
  DossierBriefingResult *result = write_pack (fixture, options, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpstr (result->path, ==, path);
  return result;
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* Each page's text, from 0. */
static GPtrArray *
page_texts (PopplerDocument *document)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      g_ptr_array_add (texts, poppler_page_get_text (page));
      g_object_unref (page);
    }
  return texts;
}

static char *
all_text (GPtrArray *texts)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (texts, i));
  return g_string_free (all, FALSE);
}

/* Without whitespace: lines break differently in the contents, a header
 * and a heading. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (squeezed, *p);
  return g_string_free (squeezed, FALSE);
}

static gboolean
page_has (GPtrArray  *texts,
          guint       index,
          const char *text)
{
  g_autofree char *page = squeeze (g_ptr_array_index (texts, index));
  g_autofree char *wanted = squeeze (text);

  return strstr (page, wanted) != NULL;
}

/* The first page from @from with @text, or -1. */
static int
find_page (GPtrArray  *texts,
           guint       from,
           const char *text)
{
  for (guint i = from; i < texts->len; i++)
    if (page_has (texts, i, text))
      return (int) i;
  return -1;
}

static gboolean
starts_with_annex (const char *page_text,
                   guint       number)
{
  g_autofree char *prefix = g_strdup_printf ("Annex %u — ", number);

  return g_str_has_prefix (page_text, prefix);
}

/* The text of the characters whose centre lies in @area (top-left origin). */
static char *
text_in_area (PopplerPage            *page,
              const PopplerRectangle *area)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GString *found = g_string_new (NULL);
  const char *p = text;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      double x = (rects[i].x1 + rects[i].x2) / 2, y = (rects[i].y1 + rects[i].y2) / 2;

      if (x >= area->x1 && x <= area->x2 && y >= area->y1 && y <= area->y2)
        g_string_append_len (found, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (found, FALSE);
}

/* Each entry of the contents (a link on page 2) leads to the page it
 * names, and that page shows its title. Returns: how many entries. */
static guint
check_contents (PopplerDocument *document,
                GPtrArray       *texts)
{
  PopplerPage *page = poppler_document_get_page (document, 1);
  GList *links = poppler_page_get_link_mapping (page);
  double width, height;
  guint n_entries = 0;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (page_has (texts, 1, "Contents"));
  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;
      PopplerRectangle title_area = { mapping->area.x1, height - mapping->area.y2 + 1,
                                      mapping->area.x2 - 40, height - mapping->area.y1 - 1 };
      PopplerRectangle number_area = { mapping->area.x2 - 36, title_area.y1,
                                       mapping->area.x2 + 1, title_area.y2 };
      g_autofree char *title = text_in_area (page, &title_area);
      g_autofree char *number = text_in_area (page, &number_area);
      g_autofree char *squeezed = squeeze (title);
      PopplerDest *dest;
      guint64 printed;

      g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_assert_cmpint (mapping->action->goto_dest.dest->type, ==, POPPLER_DEST_NAMED);
      dest = poppler_document_find_dest (document, mapping->action->goto_dest.dest->named_dest);
      g_assert_nonnull (dest);
      g_assert_true (g_ascii_string_to_unsigned (g_strstrip (number), 10, 1, texts->len,
                                                 &printed, NULL));
      g_assert_cmpint (dest->page_num, ==, (int) printed);
      /* A long title is cut short in an annex's header. */
      if (g_utf8_strlen (squeezed, -1) > 30)
        *g_utf8_offset_to_pointer (squeezed, 30) = '\0';
      g_assert_true (page_has (texts, printed - 1, squeezed));
      poppler_dest_free (dest);
      n_entries++;
    }
  poppler_page_free_link_mapping (links);
  g_object_unref (page);
  return n_entries;
}

/* The annex pages: from the first page that begins "Annex 1 — ", each
 * page begins with its annex's header, in order, and they are the pack's
 * last pages. Returns: how many. */
static guint
count_annex_pages (GPtrArray *texts,
                   guint      n_annexes)
{
  int first = -1;
  guint number = 1;

  for (guint i = 2; i < texts->len && first < 0; i++)
    if (starts_with_annex (g_ptr_array_index (texts, i), 1))
      first = (int) i;
  if (n_annexes == 0)
    {
      g_assert_cmpint (first, ==, -1);
      return 0;
    }
  g_assert_cmpint (first, >, 2);
  for (guint i = (guint) first; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (!starts_with_annex (text, number))
        number++;
      g_assert_true (starts_with_annex (text, number));
    }
  g_assert_cmpuint (number, ==, n_annexes);
  return texts->len - (guint) first;
}

static guint
letter_pages (const char *name)
{
  return g_strv_length ((char **) dossier_fixture_letter (name)->pages);
}

/* ---- Tests ---- */

static DossierBriefingOptions *
event_options (Fixture *fixture)
{
  DossierBriefingOptions *options = dossier_briefing_options_new ();

  options->event_id = fixture->event_id;
  options->organisation = g_strdup ("Vltava Centre for Civic Freedoms");
  options->today = g_strdup ("2017-06-01");
  return options;
}

static void
test_event_pack (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const sections[] = {
    "Summary", "Political prisoners", "Freedom of association", "All follow-ups", "Timeline",
    "Annexes", NULL
  };
  static const char * const annexed[] = {
    "en-prague", "en-press", "en-briefing", "en-visit", NULL
  };
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autofree char *path = pack_path (fixture, "event.pdf");
  g_autoptr(DossierBriefingResult) result = write_pack_ok (fixture, options, path);
  PopplerDocument *document = open_pdf (path);
  g_autoptr(GPtrArray) texts = page_texts (document);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  guint annex_pages = 0, n_entries;
  int at = 2;

  g_assert_cmpuint (result->n_pages, ==, texts->len);
  g_assert_cmpuint (result->n_annexes, ==, g_strv_length ((char **) annexed));
  g_assert_cmpuint (g_strv_length (result->warnings), ==, 0);
  g_assert_cmpstr (title, ==, "2nd EU–Tajikistan Human Rights Dialogue");
  g_assert_cmpstr (author, ==, "Vltava Centre for Civic Freedoms");

  /* The cover, the contents, then the sections in order, each once. */
  g_assert_true (page_has (texts, 0, "BRIEFING PACK"));
  g_assert_true (page_has (texts, 0, "CONFIDENTIAL"));
  g_assert_true (page_has (texts, 0, "Round 2 of the EU–Tajikistan Human Rights Dialogue"));
  g_assert_true (page_has (texts, 0, "Vltava Centre for Civic Freedoms"));
  for (guint i = 0; sections[i] != NULL; i++)
    {
      int page = find_page (texts, (guint) at, sections[i]);

      g_assert_cmpint (page, >=, at);
      at = page;
    }

  /* The asks, their history (notes too), the event's notes, and what
   * changed since the first round. */
  g_assert_true (find_page (texts, 2, "Call for the release of Vladimir Kozlov") > 0);
  g_assert_true (find_page (texts, 2, HISTORY_NOTE) > 0);
  g_assert_true (find_page (texts, 2, EVENT_NOTE) > 0);
  g_assert_true (find_page (texts, 2, "Since the previous round (1st EU–Tajikistan") > 0);
  g_assert_true (find_page (texts, 2, "Status: Submitted → Raised") > 0);

  /* The timeline: a lane per issue, the rounds in its legend. */
  at = find_page (texts, 2, "Each dot");
  g_assert_cmpint (at, >, 2);
  g_assert_true (page_has (texts, (guint) at, "Political prisoners"));
  g_assert_true (page_has (texts, (guint) at, "1 Jun 2016 — 1st EU–Tajikistan Human Rights"));
  g_assert_true (page_has (texts, (guint) at, "20 Jun 2017 — 2nd EU–Tajikistan Human Rights"));

  for (guint i = 0; annexed[i] != NULL; i++)
    annex_pages += letter_pages (annexed[i]);
  g_assert_cmpuint (count_annex_pages (texts, result->n_annexes), ==, annex_pages);
  /* The annexes are whole, their text still text. */
  g_assert_true (find_page (texts, texts->len - annex_pages, "Pavel Orlov") > 0);

  n_entries = check_contents (document, texts);
  /* Summary, the issues (rules may have found more on the letters),
   * follow-ups, timeline, annexes and each annex. */
  g_assert_cmpuint (n_entries, >=, 6 + result->n_annexes);
  g_object_unref (document);
}

static void
test_scripts (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DossierBriefingOptions) options = dossier_briefing_options_new ();
  g_autofree char *path = pack_path (fixture, "scripts.pdf");
  g_autoptr(DossierBriefingResult) result = NULL;
  PopplerDocument *document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;

  dossier_briefing_options_add_tag (options, fixture->kozlov);
  dossier_briefing_options_add_tag (options, fixture->prisoners);
  options->organisation = g_strdup ("Қазақстан адам құқықтары бюросы");
  options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  result = write_pack_ok (fixture, options, path);
  document = open_pdf (path);
  texts = page_texts (document);
  text = all_text (texts);

  g_assert_cmpuint (result->n_annexes, ==, 0);
  g_assert_cmpuint (count_annex_pages (texts, 0), ==, 0);
  /* Cyrillic, Kazakh letters and French accents come back as the same
   * text, not as boxes or look-alikes. */
  g_assert_true (page_has (texts, 0, "Қазақстан адам құқықтары бюросы"));
  g_assert_nonnull (strstr (text, "Дело Владимира Козлова"));
  g_assert_nonnull (strstr (text, "Политические заключённые в Казахстане"));
  g_assert_nonnull (strstr (text, "Défenseurs des droits humains emprisonnés au Tadjikistan"));
  g_assert_nonnull (strstr (text, "Briefing on Vladimir Kozlov, Political prisoners"));
  body = squeeze (text);
  g_assert_nonnull (strstr (body, "VladimirKozlov—2documents,1follow-up"));
  g_object_unref (document);
}

/* An original printed across: its annex page is A4 across too. */
static void
write_landscape_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 842, 595);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 14");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 700 * PANGO_SCALE);
  pango_layout_set_text (layout, "Vienna, 2 March 2020\n\nTable of detentions across the "
                         "region, printed across the page.", -1);
  cairo_move_to (cr, 70, 70);
  pango_cairo_show_layout (cr, layout);
  cairo_show_page (cr);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_landscape (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *original = pack_path (fixture, "across.pdf");
  g_autofree char *path = pack_path (fixture, "across-pack.pdf");
  const char *paths[] = { original, NULL };
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autoptr(DossierBriefingResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  double width, height;
  gint64 id;

  write_landscape_pdf (original);
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  id = ((DossierImportResult *) g_ptr_array_index (results, 0))->id;
  g_assert_cmpint (id, >, 0);
  options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->annex_ids, id);
  result = write_pack_ok (fixture, options, path);
  document = open_pdf (path);

  page = poppler_document_get_page (document, (int) result->n_pages - 1);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, DOSSIER_PACK_A4_HEIGHT, 0.01);
  g_assert_cmpfloat_with_epsilon (height, DOSSIER_PACK_A4_WIDTH, 0.01);
  g_object_unref (page);
  /* The page before it, and the first, stay upright. */
  page = poppler_document_get_page (document, (int) result->n_pages - 2);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, <, height);
  g_object_unref (page);
  g_object_unref (document);
}

static void
assert_absent (const char *text,
               const char *what)
{
  g_autofree char *folded_text = g_utf8_casefold (text, -1);
  g_autofree char *folded = g_utf8_casefold (what, -1);

  if (strstr (folded_text, folded) != NULL)
    g_error ("“%s” is in the external pack", what);
}

static void
test_external (Fixture       *fixture,
               gconstpointer  data)
{
  /* Names of the confidential case in both scripts, its lawyer, the
   * confidential letter's own words, every note. */
  static const char * const secrets[] = {
    "Kozlov", "Козлов", "Orlov", "Орлов", "заключённ", "Политические", LETTER_NOTE,
    EVENT_NOTE, HISTORY_NOTE, NULL
  };
  g_autoptr(DossierBriefingOptions) internal = event_options (fixture);
  g_autoptr(DossierBriefingOptions) external = event_options (fixture);
  g_autofree char *internal_path = pack_path (fixture, "internal.pdf");
  g_autofree char *external_path = pack_path (fixture, "external.pdf");
  g_autoptr(DossierBriefingResult) internal_result = NULL;
  g_autoptr(DossierBriefingResult) external_result = NULL;
  PopplerDocument *internal_pdf = NULL;
  PopplerDocument *external_pdf = NULL;
  g_autoptr(GPtrArray) internal_texts = NULL;
  g_autoptr(GPtrArray) external_texts = NULL;
  g_autofree char *internal_text = NULL;
  g_autofree char *external_text = NULL;
  g_autoptr(GList) ids = g_hash_table_get_values (fixture->ids);

  /* Everything asked to be annexed, the confidential letters too. */
  for (GList *l = ids; l != NULL; l = l->next)
    {
      dossier_briefing_options_add_annex (internal, GPOINTER_TO_INT (l->data));
      dossier_briefing_options_add_annex (external, GPOINTER_TO_INT (l->data));
    }
  external->external = TRUE;
  internal_result = write_pack_ok (fixture, internal, internal_path);
  external_result = write_pack_ok (fixture, external, external_path);
  internal_pdf = open_pdf (internal_path);
  external_pdf = open_pdf (external_path);
  internal_texts = page_texts (internal_pdf);
  external_texts = page_texts (external_pdf);
  internal_text = all_text (internal_texts);
  external_text = all_text (external_texts);

  /* The internal pack has them all: the test can tell. */
  for (guint i = 0; secrets[i] != NULL; i++)
    if (strstr (internal_text, secrets[i]) == NULL)
      g_error ("“%s” is not in the internal pack", secrets[i]);
  for (guint i = 0; secrets[i] != NULL; i++)
    assert_absent (external_text, secrets[i]);

  /* en-prague and ru-appeal concern the case, ru-letter is confidential. */
  g_assert_cmpuint (internal_result->n_annexes, ==, 7);
  g_assert_cmpuint (external_result->n_annexes, ==, 4);
  g_assert_cmpuint (external_result->n_left_out, ==, 3);
  g_assert_cmpuint (g_strv_length (external_result->warnings), ==, 3);
  g_assert_true (page_has (external_texts, 0, "FOR EXTERNAL USE"));
  /* What is not confidential stays. */
  g_assert_nonnull (strstr (external_text, "Farrukh Nazarov"));
  g_assert_nonnull (strstr (external_text, "Ask for the reporting rules for NGOs to be withdrawn"));
  check_contents (external_pdf, external_texts);
  g_object_unref (internal_pdf);
  g_object_unref (external_pdf);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autofree char *path = pack_path (fixture, "cancelled.pdf");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  const char *name;

  /* An old file stays as it was. */
  g_assert_true (g_file_set_contents (path, "the pack of last year", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_null (write_pack (fixture, options, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the pack of last year");
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".cancelled.pdf"));

  /* A new file is not left behind either. */
  g_unlink (path);
  g_clear_error (&error);
  g_assert_null (write_pack (fixture, options, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_damaged_annex (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autofree char *path = pack_path (fixture, "damaged.pdf");
  g_autoptr(DossierDocument) document = NULL;
  g_autoptr(DossierBriefingResult) result = NULL;
  PopplerDocument *pdf = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  int page;

  document = dossier_library_dup_document (fixture->library, id_of (fixture, "en-press"), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (dossier_document_get_file (document),
                                      "%PDF-1.5\nnot really", -1, NULL));
  dossier_briefing_options_add_annex (options, id_of (fixture, "en-visit"));
  dossier_briefing_options_add_annex (options, id_of (fixture, "en-press"));
  dossier_briefing_options_add_annex (options, id_of (fixture, "fr-letter"));
  result = write_pack_ok (fixture, options, path);
  pdf = open_pdf (path);
  texts = page_texts (pdf);

  g_assert_cmpuint (result->n_annexes, ==, 2);
  g_assert_cmpuint (g_strv_length (result->warnings), ==, 1);
  g_assert_nonnull (strstr (result->warnings[0], "Annex 2"));
  g_assert_nonnull (strstr (result->warnings[0], "damaged"));
  /* Its page says so, under its header, between the other two. */
  page = find_page (texts, 2, "Annex 2 could not be included");
  g_assert_cmpint (page, >, 0);
  g_assert_true (starts_with_annex (g_ptr_array_index (texts, page), 2));
  g_assert_cmpuint (count_annex_pages (texts, 3), ==,
                    letter_pages ("en-visit") + 1 + letter_pages ("fr-letter"));
  check_contents (pdf, texts);
  g_object_unref (pdf);
}

static void
test_password (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *locked = pack_path (fixture, "locked.pdf");
  g_autofree char *path = pack_path (fixture, "locked-pack.pdf");
  const char *paths[] = { locked, NULL };
  g_autoptr(DossierImport) import = dossier_import_new (fixture->library);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autoptr(DossierBriefingResult) without = NULL;
  g_autoptr(DossierBriefingResult) with = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  dossier_fixture_write_encrypted_pdf (locked, "s3cret");
  dossier_import_set_password (import, "s3cret");
  results = dossier_import_run (import, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  id = ((DossierImportResult *) g_ptr_array_index (results, 0))->id;
  g_assert_cmpint (id, >, 0);
  options->annex_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->annex_ids, id);

  without = write_pack_ok (fixture, options, path);
  g_assert_cmpuint (without->n_annexes, ==, 0);
  g_assert_nonnull (strstr (without->warnings[0], "password-protected"));

  options->passwords = g_strdupv ((char *[]) { "guess", "s3cret", NULL });
  with = write_pack_ok (fixture, options, path);
  g_assert_cmpuint (with->n_annexes, ==, 1);
  g_assert_cmpuint (g_strv_length (with->warnings), ==, 0);
}

static void
test_invalid_options (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = pack_path (fixture, "invalid.pdf");
  g_autoptr(DossierBriefingOptions) options = dossier_briefing_options_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (write_pack (fixture, options, path, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  options->date_from = g_strdup ("2017-02-30");
  g_assert_null (write_pack (fixture, options, path, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_clear_pointer (&options->date_from, g_free);
  options->event_id = 999;
  g_assert_null (write_pack (fixture, options, path, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(DossierBriefingOptions) options = event_options (fixture);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *organisation = NULL;

  /* The asks' evidence and the event's letter, most recent first. */
  ids = dossier_briefing_default_annexes (fixture->library, options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, id_of (fixture, "en-prague"));
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, id_of (fixture, "en-visit"));
  g_clear_pointer (&ids, g_array_unref);
  options->external = TRUE;
  ids = dossier_briefing_default_annexes (fixture->library, options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);

  g_assert_null (dossier_briefing_dup_organisation (fixture->library, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_briefing_set_organisation (fixture->library, " Nordic Committee ",
                                                    &error));
  organisation = dossier_briefing_dup_organisation (fixture->library, &error);
  g_assert_cmpstr (organisation, ==, "Nordic Committee");
  g_assert_true (dossier_briefing_set_organisation (fixture->library, "", &error));
  g_assert_null (dossier_briefing_dup_organisation (fixture->library, &error));
}

static char *
run_dossier (Fixture    *fixture,
             int        *status,
             char      **errors,
             const char *first,
             ...)
{
  g_autofree char *builddir = g_path_get_dirname (g_test_get_dir (G_TEST_BUILT));
  g_autofree char *program = g_build_filename (builddir, "ui", "dossier", NULL);
  g_autofree char *library = g_build_filename (fixture->dir, "library", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, program);
  g_ptr_array_add (argv, (gpointer) "--library");
  g_ptr_array_add (argv, library);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, errors,
                &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;
  return output;
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = pack_path (fixture, "cli.pdf");
  g_autofree char *event = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->event_id);
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = run_dossier (fixture, &status, &err, "export-briefing", "--event", event,
                     "--organisation", "Vltava Centre", "-o", path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "Wrote "));
  g_assert_nonnull (strstr (out, "4 documents annexed"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = run_dossier (fixture, &status, &err, "export-briefing", "--tag", "Political prisoners",
                     "--country", "Tajikistan", "--from", "1.1.2014", "--external", "--no-annexes",
                     "-o", path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "0 documents annexed"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Usage errors say what is wrong. */
  out = run_dossier (fixture, &status, &err, "export-briefing", "--event", event, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "-o FILE.pdf"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_dossier (fixture, &status, &err, "export-briefing", "--event", event, "--tag",
                     "Torture", "-o", path, NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_dossier (fixture, &status, &err, "export-briefing", "--tag", "No such tag", "-o",
                     path, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "No such tag"));
}

/* ---- The typesetter alone ---- */

static GPtrArray *
write_and_read (DossierPackWriter *writer)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = NULL;
  GPtrArray *texts;

  g_assert_true (dossier_pack_writer_write (writer, stream, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                   dossier_pack_writer_get_n_pages (writer));
  texts = page_texts (document);
  g_object_unref (document);
  return texts;
}

static void
test_writer_table (void)
{
  g_autoptr(DossierPackWriter) writer = dossier_pack_writer_new ();
  const double widths[] = { 1, 3 };
  const char *headers[] = { "Reference", "Description" };
  DossierPackTable *table;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GString) long_cell = g_string_new (NULL);

  dossier_pack_writer_set_running_header (writer, "Tables");
  table = dossier_pack_writer_add_table (writer, 2, widths, headers);
  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *reference = g_strdup_printf ("ref%03u", i);
      g_autofree char *description = g_strdup_printf ("row%03u starts; a description long "
                                                      "enough to wrap on two lines of the "
                                                      "table's second column, row%03u ends", i, i);

      dossier_pack_table_add_row (table, (const char *[]) { reference, description });
    }
  /* A row taller than a page is cut, between lines. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (long_cell, "line%03u ", i);
  dossier_pack_table_add_row (table, (const char *[]) { "tall", long_cell->str });
  texts = write_and_read (writer);

  g_assert_cmpuint (texts->len, >, 2);
  for (guint page = 0; page < texts->len; page++)
    {
      g_assert_true (page_has (texts, page, "Reference"));
      g_assert_true (page_has (texts, page, "Description"));
    }
  /* Every row whole on one page. */
  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *reference = g_strdup_printf ("ref%03u", i);
      g_autofree char *start = g_strdup_printf ("row%03u starts", i);
      g_autofree char *end = g_strdup_printf ("row%03u ends", i);
      int page = find_page (texts, 0, reference);

      g_assert_cmpint (page, >=, 0);
      g_assert_true (page_has (texts, (guint) page, start));
      g_assert_true (page_has (texts, (guint) page, end));
      g_assert_cmpint (find_page (texts, (guint) page + 1, reference), ==, -1);
    }
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *line = g_strdup_printf ("line%03u", i);

      g_assert_cmpint (find_page (texts, 0, line), >=, 0);
    }
}

static void
cancel_at_second_page_cb (guint    done,
                          guint    total,
                          gpointer user_data)
{
  if (done == 2)
    g_cancellable_cancel (user_data);
}

static void
test_writer_cancel (void)
{
  g_autoptr(DossierPackWriter) writer = dossier_pack_writer_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint written = 0;

  for (guint i = 0; i < 5; i++)
    {
      dossier_pack_writer_add_paragraph (writer, DOSSIER_PACK_TEXT_BODY, "A page.");
      dossier_pack_writer_add_page_break (writer);
    }
  g_assert_false (dossier_pack_writer_write (writer, stream, NULL, cancel_at_second_page_cb,
                                             cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  written = (guint) g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  /* Stopped there: no complete PDF (its trailer comes last). */
  g_assert_false (written > 0 &&
                  g_strstr_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                                written, "%%EOF") != NULL);
}

static void
test_writer_keeps_headings (void)
{
  g_autoptr(DossierPackWriter) writer = dossier_pack_writer_new ();
  g_autoptr(GPtrArray) texts = NULL;

  /* Room at the foot of the first page for the heading, not for the two
   * lines of text it needs after it. */
  dossier_pack_writer_add_paragraph (writer, DOSSIER_PACK_TEXT_BODY, "Opening line.");
  dossier_pack_writer_add_space (writer, 640);
  dossier_pack_writer_add_heading (writer, 2, "Kept heading", FALSE);
  dossier_pack_writer_add_paragraph (writer, DOSSIER_PACK_TEXT_BODY,
                                     "What follows the heading runs over two lines at least, "
                                     "so that the heading must go with it to the next page "
                                     "rather than stay alone at the foot of this one.");
  texts = write_and_read (writer);

  g_assert_cmpuint (texts->len, ==, 2);
  g_assert_true (page_has (texts, 0, "Opening line."));
  g_assert_false (page_has (texts, 0, "Kept heading"));
  g_assert_true (page_has (texts, 1, "Kept heading"));
  g_assert_true (page_has (texts, 1, "What follows the heading"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  make_template ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/briefing/event", test_event_pack);
  ADD ("/briefing/scripts", test_scripts);
  ADD ("/briefing/landscape", test_landscape);
  ADD ("/briefing/external", test_external);
  ADD ("/briefing/cancel", test_cancel);
  ADD ("/briefing/damaged-annex", test_damaged_annex);
  ADD ("/briefing/password", test_password);
  ADD ("/briefing/invalid-options", test_invalid_options);
  ADD ("/briefing/defaults", test_defaults);
  ADD ("/briefing/command-line", test_command_line);
#undef ADD
  g_test_add_func ("/briefing/writer/table", test_writer_table);
  g_test_add_func ("/briefing/writer/keeps-headings", test_writer_keeps_headings);
  g_test_add_func ("/briefing/writer/cancel", test_writer_cancel);

  status = g_test_run ();
  remove_folder (template.dir);
  g_free (template.dir);
  g_hash_table_unref (template.ids);
  return status;
}
