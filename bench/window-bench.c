/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-cli.h"
#include "dossier-window.h"

/* Times Dossier's main window: it starts as ui/main.c does (the command
 * line, then the DossierApplication opening the library and presenting the
 * window) and prints, on stdout, the CLOCK_MONOTONIC time (µs) of each step
 * up to the first frame painted:
 *
 *   mark main|startup|activate|window|presented|realize|map|render|frame|synced USEC
 *   renderer NAME
 *   documents N
 *   memory first-frame RSS_KIB HWM_KIB ANON_KIB
 *
 * The caller takes the time just before starting the process (bench/window-run),
 * so that the figure includes the process start, linking and GTK's start.
 *
 * --scroll then pages the document list from top to bottom, a page a frame,
 * and prints
 *
 *   scroll STEPS FRAMES USEC LONGEST_FRAME_USEC P95_FRAME_USEC
 *   memory scrolled RSS_KIB HWM_KIB ANON_KIB
 *
 * --baseline gtk|adw shows instead a plain GtkWindow (gtk_init, no
 * GApplication) or an empty AdwApplicationWindow in an AdwApplication, the
 * same size as Dossier's: what GTK and libadwaita cost by themselves. */

typedef struct
{
  GApplication  *application;   /* NULL for the plain GTK baseline */
  GtkWindow     *window;
  GdkSurface    *surface;
  gboolean       scroll;
  gboolean       rendered;
  gboolean       first_frame_done;
  gboolean       done;

  /* Scrolling */
  GtkAdjustment *vadjustment;
  guint          steps;
  gint64         scroll_start;
  gint64         last_paint;
  GArray        *intervals;     /* gint64 µs between painted frames while scrolling */
  gboolean       scrolling;
} Bench;

static Bench bench;

static void
mark (const char *name)
{
  /* Buffered: written out when the process ends. */
  printf ("mark %s %" G_GINT64_FORMAT "\n", name, g_get_monotonic_time ());
}

/* With $DOSSIER_BENCH_SMAPS set: the mappings holding the most, on stderr. */
static void
print_largest_mappings (const char *when)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  const char *name = "";

  if (!g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    return;
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];

      if (g_ascii_isxdigit (line[0]) && strchr (line, '-') != NULL && strchr (line, ' ') != NULL)
        {
          /* address perms offset dev inode name */
          char *field = line;

          for (int f = 0; f < 5 && field != NULL; f++)
            field = strchr (field + 1, ' ');
          name = field != NULL ? g_strstrip (field) : "";
          if (*name == '\0')
            name = "[anon]";
        }
      else if (g_str_has_prefix (line, "Rss:"))
        {
          guint64 kib = g_ascii_strtoull (line + 4, NULL, 10);

          if (kib >= 1024)
            g_ptr_array_add (rows, g_strdup_printf ("%8" G_GUINT64_FORMAT " KiB  %s", kib, name));
        }
    }
  g_printerr ("%s: mappings of 1 MiB or more resident\n", when);
  for (guint i = 0; i < rows->len; i++)
    g_printerr ("  %s\n", (char *) rows->pdata[i]);
}

static void
print_memory (const char *when)
{
  g_autofree char *status = NULL;
  guint64 rss = 0, hwm = 0, anon = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  for (char *line = status; line != NULL && *line != '\0';)
    {
      char *end = strchr (line, '\n');

      if (g_str_has_prefix (line, "VmRSS:"))
        rss = g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
      else if (g_str_has_prefix (line, "VmHWM:"))
        hwm = g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
      else if (g_str_has_prefix (line, "RssAnon:"))
        anon = g_ascii_strtoull (line + strlen ("RssAnon:"), NULL, 10);
      line = end != NULL ? end + 1 : NULL;
    }
  /* RssAnon is the heap and the like; the rest is mostly mapped files
   * (libraries, fonts, the database) that the kernel can drop. */
  printf ("memory %s %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n",
          when, rss, hwm, anon);
  if (g_getenv ("DOSSIER_BENCH_SMAPS") != NULL)
    print_largest_mappings (when);
}

static void
finish (void)
{
  bench.done = TRUE;
  fflush (stdout);
  if (bench.application != NULL)
    {
      /* As app.quit does: windows first. */
      gtk_window_destroy (bench.window);
      g_application_quit (bench.application);
    }
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
end_scroll (void)
{
  gint64 total = bench.last_paint - bench.scroll_start;
  gint64 longest = 0, p95 = 0;

  bench.scrolling = FALSE;
  if (bench.intervals->len > 0)
    {
      g_array_sort (bench.intervals, compare_gint64);
      longest = g_array_index (bench.intervals, gint64, bench.intervals->len - 1);
      p95 = g_array_index (bench.intervals, gint64, (bench.intervals->len * 95) / 100);
    }
  printf ("scroll %u %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          bench.steps, bench.intervals->len, total, longest, p95);
  print_memory ("scrolled");
  finish ();
}

/* A page a frame: each tick moves the list down by what it shows, and the
 * frame that follows lays out, binds and paints the new rows. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  double value = gtk_adjustment_get_value (bench.vadjustment);
  double page = gtk_adjustment_get_page_size (bench.vadjustment);
  double upper = gtk_adjustment_get_upper (bench.vadjustment);

  /* The last step's frame has been painted: the bottom row is on screen. */
  if (bench.steps > 0 && value + page >= upper - 0.5)
    {
      end_scroll ();
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (bench.vadjustment, MIN (value + page, upper - page));
  bench.steps++;
  return G_SOURCE_CONTINUE;
}

static void
start_scroll (void)
{
  GtkWidget *column_view = find_widget (GTK_WIDGET (bench.window), GTK_TYPE_COLUMN_VIEW);
  GtkWidget *scrolled;

  if (column_view == NULL || !gtk_widget_get_mapped (column_view))
    {
      g_printerr ("window-bench: the document list is not shown\n");
      finish ();
      return;
    }
  scrolled = gtk_widget_get_ancestor (column_view, GTK_TYPE_SCROLLED_WINDOW);
  bench.vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  printf ("list %u %.0f %.0f\n",
          g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)))),
          gtk_adjustment_get_page_size (bench.vadjustment),
          gtk_adjustment_get_upper (bench.vadjustment));
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.scroll_start = bench.last_paint = g_get_monotonic_time ();
  bench.scrolling = TRUE;
  gtk_widget_add_tick_callback (column_view, scroll_tick_cb, NULL, NULL);
}

static void
report_window (void)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (bench.window));
  GtkWidget *column_view = find_widget (GTK_WIDGET (bench.window), GTK_TYPE_COLUMN_VIEW);

  printf ("renderer %s\n", renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
  printf ("size %d %d\n", gtk_widget_get_width (GTK_WIDGET (bench.window)),
          gtk_widget_get_height (GTK_WIDGET (bench.window)));
  if (column_view != NULL)
    {
      GtkSelectionModel *model = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));

      printf ("documents %u %s\n", g_list_model_get_n_items (G_LIST_MODEL (model)),
              gtk_widget_get_mapped (column_view) ? "shown" : "hidden");
    }
  print_memory ("first-frame");
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  gint64 now = g_get_monotonic_time ();

  if (bench.scrolling)
    {
      gint64 interval = now - bench.last_paint;

      g_array_append_val (bench.intervals, interval);
      bench.last_paint = now;
      return;
    }
  if (bench.first_frame_done || !bench.rendered)
    return;
  bench.first_frame_done = TRUE;
  printf ("mark frame %" G_GINT64_FORMAT "\n", now);
  /* The drawing has reached the X server. */
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (bench.window)));
  mark ("synced");
  report_window ();
  if (bench.scroll)
    start_scroll ();
  else
    finish ();
}

/* Runs before GtkWindow's own handler, which stops the emission. */
static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               data)
{
  if (!bench.rendered && g_value_get_object (&values[0]) == (gpointer) bench.surface)
    {
      bench.rendered = TRUE;
      mark ("render");
      return FALSE;
    }
  return !bench.rendered;
}

static void
on_realize_cb (GtkWidget *widget)
{
  mark ("realize");
  bench.surface = gtk_native_get_surface (GTK_NATIVE (widget));
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook,
                              NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
}

static void
on_map_cb (GtkWidget *widget)
{
  mark ("map");
}

static void
watch_window (GtkWindow *window)
{
  bench.window = window;
  g_signal_connect_after (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  g_signal_connect_after (window, "map", G_CALLBACK (on_map_cb), NULL);
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window)
{
  if (bench.window != NULL)
    return;
  /* Such as the dialog that says the library cannot be opened. */
  if (DOSSIER_IS_APPLICATION (application) && !DOSSIER_IS_WINDOW (window))
    {
      g_printerr ("window-bench: Dossier showed a %s, not its window\n", G_OBJECT_TYPE_NAME (window));
      exit (1);
    }
  mark ("window");
  watch_window (window);
}

static void
on_startup_cb (GApplication *application)
{
  mark ("startup");
}

static void
on_activate_cb (GApplication *application)
{
  mark ("activate");
}

static void
on_activate_after_cb (GApplication *application)
{
  mark ("presented");
}

static void
connect_application (GApplication *application)
{
  bench.application = application;
  /* Never hands the window to another running Dossier. */
  g_application_set_flags (application,
                           g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  g_signal_connect_after (application, "startup", G_CALLBACK (on_startup_cb), NULL);
  /* "activate" runs its class handler last: this comes before it. */
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate_after_cb), NULL);
}

static void
on_baseline_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 860);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      gtk_label_new ("Baseline"));
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_baseline (const char *kind,
              char       *argv0)
{
  if (g_str_equal (kind, "gtk"))
    {
      GtkWidget *window;

      gtk_init ();
      mark ("startup");
      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1360, 860);
      gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Baseline"));
      mark ("window");
      watch_window (GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (window));
      mark ("presented");
      while (!bench.done)
        g_main_context_iteration (NULL, TRUE);
      return 0;
    }
  if (g_str_equal (kind, "adw"))
    {
      g_autoptr(AdwApplication) application =
        adw_application_new ("io.github.dossierapp.Dossier.Baseline", G_APPLICATION_NON_UNIQUE);

      connect_application (G_APPLICATION (application));
      g_signal_connect (application, "activate", G_CALLBACK (on_baseline_activate_cb), NULL);
      return g_application_run (G_APPLICATION (application), 1, &argv0);
    }
  g_printerr ("window-bench: --baseline is gtk or adw\n");
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierApplication) application = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library = NULL;
  g_autofree char *baseline = NULL;
  gboolean scroll = FALSE;
  GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, "The library to open", "DIR" },
    { "scroll", 0, 0, G_OPTION_ARG_NONE, &scroll, "Page the list to its end, then measure memory", NULL },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &baseline, "No Dossier: a plain window", "gtk|adw" },
    { NULL }
  };
  char *cli_argv[] = { argv[0], (char *) "--library", NULL, NULL };
  int status;

  mark ("main");

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  bench.scroll = scroll;

  if (baseline != NULL)
    return run_baseline (baseline, argv[0]);

  /* What ui/main.c does. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  cli_argv[2] = library;
  status = dossier_cli_run (library != NULL ? 3 : 1, cli_argv);
  if (status >= 0)
    return status;

  g_set_application_name (_("Dossier"));
  application = dossier_application_new ();
  connect_application (G_APPLICATION (application));
  return g_application_run (G_APPLICATION (application), 1, argv);
}
