/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier-pdf.h"
#include "dossier-protocol.h"

/* Stands in for dossier-extract in the tests: answers like it, except for
 * a PDF whose text asks it to misbehave (the words are in the file, so
 * the library still sees a real PDF):
 *   FAULT:CRASH   dies of a segmentation fault
 *   FAULT:HANG    never answers
 *   FAULT:ABORT   aborts, as when memory runs out
 *   FAULT:GARBAGE answers with bytes that are not a message */

static void
misbehave_if_asked (const char *path,
                    int         out_fd)
{
  g_auto(GStrv) pages = NULL;
  g_autoptr(GVariant) reply = g_variant_ref_sink (dossier_pdf_extract_text (path, ""));
  g_autofree char *text = NULL;

  g_variant_get (reply, "(u&s^as)", NULL, NULL, &pages);
  text = g_strjoinv ("\n", pages);

  if (strstr (text, "FAULT:CRASH") != NULL)
    raise (SIGSEGV);
  if (strstr (text, "FAULT:ABORT") != NULL)
    abort ();
  if (strstr (text, "FAULT:HANG") != NULL)
    for (;;)
      pause ();
  if (strstr (text, "FAULT:GARBAGE") != NULL)
    {
      /* A header announcing 12 bytes, then 12 bytes that are no message. */
      const guint8 garbage[] = { 12, 0, 0, 0, 0xff, 0xfe, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
      if (write (out_fd, garbage, sizeof garbage) < 0)
        exit (EXIT_FAILURE);
      exit (EXIT_SUCCESS);
    }
}

int
main (int   argc,
      char *argv[])
{
  int out_fd = dup (STDOUT_FILENO);

  dup2 (STDERR_FILENO, STDOUT_FILENO);
  for (;;)
    {
      g_autoptr(GVariant) request = NULL;
      g_autoptr(GVariant) reply = NULL;
      const char *path;
      const char *password;

      request = dossier_protocol_read_message (STDIN_FILENO, DOSSIER_PROTOCOL_REQUEST_TYPE, 0, NULL);
      if (request == NULL)
        return EXIT_SUCCESS;
      g_variant_get (request, "(&s&s)", &path, &password);
      misbehave_if_asked (path, out_fd);
      reply = g_variant_ref_sink (dossier_pdf_extract_text (path, password));
      if (!dossier_protocol_write_message (out_fd, reply, NULL))
        return EXIT_FAILURE;
    }
}
