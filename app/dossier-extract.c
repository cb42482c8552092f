/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include "dossier-pdf.h"
#include "dossier-protocol.h"

/* The extraction helper: reads requests on standard input and answers each
 * with the text of every page. The library keeps one alive per import
 * worker; a PDF that crashes or hangs Poppler takes only this process with
 * it. Its memory is capped so that a hostile file cannot exhaust the
 * machine either. */

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ADDRESS_SANITIZER 1
# endif
#endif

static void
limit_memory (const char *megabytes)
{
#ifndef UNDER_ADDRESS_SANITIZER
  guint64 mb = g_ascii_strtoull (megabytes, NULL, 10);
  struct rlimit limit;

  if (mb == 0)
    return;
  limit.rlim_cur = limit.rlim_max = (rlim_t) (mb * 1024 * 1024);
  if (setrlimit (RLIMIT_AS, &limit) != 0)
    g_printerr ("dossier-extract: cannot limit memory: %s\n", g_strerror (errno));
#endif
}

/* This process lives for many documents: memory one freed is soon needed
 * again by the next, so give it back to the system only past 64 MB.
 * Otherwise malloc trims and regrows its heap around each document, and
 * the page faults cost a third of the time it takes to read a letter. */
static void
keep_freed_memory (void)
{
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  mallopt (M_TOP_PAD, 16 * 1024 * 1024);
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
}

/* Poppler or GLib may print to standard output; the protocol must own it. */
static int
take_protocol_output (void)
{
  int fd = dup (STDOUT_FILENO);

  if (fd < 0 || dup2 (STDERR_FILENO, STDOUT_FILENO) < 0)
    {
      g_printerr ("dossier-extract: cannot set up its output\n");
      exit (EXIT_FAILURE);
    }
  return fd;
}

int
main (int   argc,
      char *argv[])
{
  guint time_limit = 0;
  int out_fd;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--memory-limit="))
        limit_memory (argv[i] + strlen ("--memory-limit="));
      else if (g_str_has_prefix (argv[i], "--time-limit="))
        time_limit = (guint) g_ascii_strtoull (argv[i] + strlen ("--time-limit="), NULL, 10);
    }
  out_fd = take_protocol_output ();
  keep_freed_memory ();

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) request = NULL;
      g_autoptr(GVariant) reply = NULL;
      const char *path;
      const char *password;

      request = dossier_protocol_read_message (STDIN_FILENO, DOSSIER_PROTOCOL_REQUEST_TYPE, 0, &error);
      if (request == NULL)
        return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED)
               ? EXIT_SUCCESS : EXIT_FAILURE;

      g_variant_get (request, "(&s&s)", &path, &password);
      /* The library kills a helper that overruns; this alarm only matters
       * when the library itself is gone while Poppler hangs. */
      if (time_limit > 0)
        alarm (time_limit * 2 + 5);
      reply = g_variant_ref_sink (dossier_pdf_extract_text (path, password));
      alarm (0);
      if (!dossier_protocol_write_message (out_fd, reply, &error))
        return EXIT_FAILURE;
    }
}
