/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <signal.h>
#include <glib/gi18n.h>
#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>

#include "dossier-error.h"
#include "dossier-extractor.h"
#include "dossier-protocol.h"

struct _DossierExtractor
{
  char        *helper_path;
  guint        time_limit_seconds;
  guint        memory_limit_mb;
  GSubprocess *helper;          /* owned; NULL until needed or after a failure */
  int          request_fd;      /* borrowed from helper */
  int          reply_fd;        /* borrowed from helper */
  GQueue       pending;         /* Request, owned: sent, not yet answered */
  gint64       head_started;    /* when the helper began on the head request */
};

typedef struct
{
  char *path;
  char *password;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_free (request->path);
  g_free (request->password);
  g_free (request);
}

const char *
dossier_extractor_default_helper (void)
{
  const char *path = g_getenv ("DOSSIER_EXTRACT_HELPER");

  return path && *path ? path : LIBEXECDIR "/dossier-extract";
}

DossierExtractor *
dossier_extractor_new (const char *helper_path,
                       guint       time_limit_seconds,
                       guint       memory_limit_mb)
{
  DossierExtractor *self = g_new0 (DossierExtractor, 1);

  /* A helper that dies while we write to it must not take us with it. */
  signal (SIGPIPE, SIG_IGN);

  self->helper_path = g_strdup (helper_path ? helper_path : dossier_extractor_default_helper ());
  self->time_limit_seconds = time_limit_seconds;
  self->memory_limit_mb = memory_limit_mb;
  self->request_fd = self->reply_fd = -1;
  return self;
}

static void
stop_helper (DossierExtractor *self)
{
  if (self->helper == NULL)
    return;
  g_subprocess_force_exit (self->helper);
  g_subprocess_wait (self->helper, NULL, NULL);
  g_clear_object (&self->helper);
  self->request_fd = self->reply_fd = -1;
}

void
dossier_extractor_free (DossierExtractor *self)
{
  if (self == NULL)
    return;
  if (self->helper != NULL)
    {
      /* Closing its input lets the helper finish on its own; it is stopped
       * only if it does not close its output within a second. */
      g_output_stream_close (g_subprocess_get_stdin_pipe (self->helper), NULL, NULL);
      if (!dossier_protocol_wait_closed (self->reply_fd, g_get_monotonic_time () + G_USEC_PER_SEC))
        g_subprocess_force_exit (self->helper);
      g_subprocess_wait (self->helper, NULL, NULL);
      g_clear_object (&self->helper);
    }
  g_queue_clear_full (&self->pending, request_free);
  g_free (self->helper_path);
  g_free (self);
}

static gboolean
start_helper (DossierExtractor  *self,
              GError           **error)
{
  g_autofree char *memory = g_strdup_printf ("--memory-limit=%u", self->memory_limit_mb);
  g_autofree char *time = g_strdup_printf ("--time-limit=%u", self->time_limit_seconds);
  g_autoptr(GError) local_error = NULL;

  self->helper = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                   G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                   G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                   &local_error,
                                   self->helper_path, memory, time, NULL);
  if (self->helper == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("Cannot start the PDF reader %s: %s"),
                   self->helper_path, local_error->message);
      return FALSE;
    }
  self->request_fd =
    g_unix_output_stream_get_fd (G_UNIX_OUTPUT_STREAM (g_subprocess_get_stdin_pipe (self->helper)));
  self->reply_fd =
    g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (g_subprocess_get_stdout_pipe (self->helper)));
  return TRUE;
}

/* The helper went away in the middle of a file: say what that means. */
static void
set_helper_died_error (DossierExtractor  *self,
                       GError           **error)
{
  int signum = 0;

  g_subprocess_wait (self->helper, NULL, NULL);
  if (g_subprocess_get_if_signaled (self->helper))
    signum = g_subprocess_get_term_sig (self->helper);
  g_clear_object (&self->helper);

  if (signum == SIGABRT || signum == SIGKILL)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE,
                 _("too large to read (it needs more than %u MB of memory)"),
                 self->memory_limit_mb);
  else if (signum == SIGALRM)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TIMED_OUT,
                 _("took too long to read (more than %u seconds)"), self->time_limit_seconds);
  else
    g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                         _("damaged (the PDF reader crashed on it)"));
}

static char **
strv_from_reply (GVariant  *reply,
                 GError   **error)
{
  guint32 status;
  const char *message;
  g_autoptr(GVariant) texts = NULL;

  g_variant_get (reply, "(u&s@as)", &status, &message, &texts);
  if (status == 0)
    return g_variant_dup_strv (texts, NULL);

  switch (status)
    {
    case DOSSIER_ERROR_ENCRYPTED:
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCRYPTED,
                           _("password-protected"));
      break;
    case DOSSIER_ERROR_BAD_PASSWORD:
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_BAD_PASSWORD,
                           _("password-protected (the password given is not the right one)"));
      break;
    default:
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                           _("damaged (it cannot be read)"));
      break;
    }
  return NULL;
}

static void
write_request (DossierExtractor *self,
               const Request    *request)
{
  g_autoptr(GVariant) message = NULL;

  message = g_variant_ref_sink (g_variant_new ("(ss)", request->path,
                                               request->password ? request->password : ""));
  /* A helper that died is noticed when its answer is read. */
  dossier_protocol_write_message (self->request_fd, message, NULL);
}

/* Queues a request; its answer comes from dossier_extractor_receive(). */
gboolean
dossier_extractor_send (DossierExtractor  *self,
                        const char        *path,
                        const char        *password,
                        GError           **error)
{
  Request *request;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->helper == NULL && !start_helper (self, error))
    return FALSE;

  request = g_new0 (Request, 1);
  request->path = g_strdup (path);
  request->password = g_strdup (password);
  if (g_queue_is_empty (&self->pending))
    self->head_started = g_get_monotonic_time ();
  g_queue_push_tail (&self->pending, request);
  write_request (self, request);
  return TRUE;
}

/* After a failure, the requests queued behind the failed one go to a new
 * helper; if none can start, they fail in turn as they are received. */
static void
restart_for_pending (DossierExtractor *self)
{
  if (g_queue_is_empty (&self->pending) || !start_helper (self, NULL))
    return;
  for (GList *l = self->pending.head; l != NULL; l = l->next)
    write_request (self, l->data);
}

static void
fail_head (DossierExtractor  *self,
           GError           **error,
           GError            *local_error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      stop_helper (self);
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TIMED_OUT,
                   _("took too long to read (more than %u seconds)"), self->time_limit_seconds);
    }
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
    {
      stop_helper (self);
      g_set_error_literal (error, DOSSIER_ERROR, DOSSIER_ERROR_DAMAGED,
                           _("damaged (the PDF reader gave an unreadable answer)"));
    }
  else
    set_helper_died_error (self, error);
}

/* Returns: (transfer full): the text of each page of the oldest request,
 * NULL-terminated. */
char **
dossier_extractor_receive (DossierExtractor  *self,
                           GError           **error)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) local_error = NULL;
  Request *request;
  gint64 deadline = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (!g_queue_is_empty (&self->pending), NULL);

  if (self->helper == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("Cannot start the PDF reader %s"), self->helper_path);
      request_free (g_queue_pop_head (&self->pending));
      return NULL;
    }

  if (self->time_limit_seconds > 0)
    deadline = self->head_started + (gint64) self->time_limit_seconds * G_USEC_PER_SEC;
  reply = dossier_protocol_read_message (self->reply_fd, DOSSIER_PROTOCOL_REPLY_TYPE, deadline,
                                         &local_error);
  request = g_queue_pop_head (&self->pending);
  request_free (request);
  self->head_started = g_get_monotonic_time ();
  if (reply != NULL)
    return strv_from_reply (reply, error);

  fail_head (self, error, local_error);
  restart_for_pending (self);
  self->head_started = g_get_monotonic_time ();
  return NULL;
}

/* Returns: (transfer full): the text of each page, NULL-terminated. */
char **
dossier_extractor_extract (DossierExtractor  *self,
                           const char        *path,
                           const char        *password,
                           GError           **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (g_queue_is_empty (&self->pending), NULL);

  if (!dossier_extractor_send (self, path, password, error))
    return NULL;
  return dossier_extractor_receive (self, error);
}
