/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <unistd.h>
#include <gio/gio.h>

#include "dossier-protocol.h"

static gboolean
wait_readable (int      fd,
               gint64   deadline_us,
               GError **error)
{
  struct pollfd pfd = { .fd = fd, .events = POLLIN };
  int timeout_ms = -1;
  int ret;

  if (deadline_us > 0)
    {
      gint64 left = deadline_us - g_get_monotonic_time ();
      if (left <= 0)
        goto timed_out;
      timeout_ms = (int) MIN (left / 1000 + 1, G_MAXINT);
    }

  do
    ret = poll (&pfd, 1, timeout_ms);
  while (ret < 0 && errno == EINTR);

  if (ret > 0)
    return TRUE;
  if (ret < 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "poll: %s", g_strerror (saved_errno));
      return FALSE;
    }

timed_out:
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "timed out");
  return FALSE;
}

static gboolean
read_exactly (int      fd,
              void    *buffer,
              gsize    size,
              gint64   deadline_us,
              GError **error)
{
  guint8 *p = buffer;

  while (size > 0)
    {
      gssize n;

      if (!wait_readable (fd, deadline_us, error))
        return FALSE;
      n = read (fd, p, size);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "read: %s", g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED,
                               "the other side closed the connection");
          return FALSE;
        }
      p += n;
      size -= (gsize) n;
    }
  return TRUE;
}

static gboolean
write_exactly (int          fd,
               const void  *buffer,
               gsize        size,
               GError     **error)
{
  const guint8 *p = buffer;

  while (size > 0)
    {
      gssize n = write (fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "write: %s", g_strerror (saved_errno));
          return FALSE;
        }
      p += n;
      size -= (gsize) n;
    }
  return TRUE;
}

gboolean
dossier_protocol_write_message (int        fd,
                           GVariant  *message,
                           GError   **error)
{
  g_autoptr(GVariant) normal = g_variant_get_normal_form (message);
  gsize size = g_variant_get_size (normal);
  guint32 header = GUINT32_TO_LE ((guint32) size);

  if (size > DOSSIER_PROTOCOL_MAX_MESSAGE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           "message too large");
      return FALSE;
    }
  return write_exactly (fd, &header, sizeof header, error) &&
         write_exactly (fd, g_variant_get_data (normal), size, error);
}

GVariant *
dossier_protocol_read_message (int          fd,
                          const char  *type,
                          gint64       deadline_us,
                          GError     **error)
{
  guint32 header;
  gsize size;
  g_autofree guint8 *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) message = NULL;

  if (!read_exactly (fd, &header, sizeof header, deadline_us, error))
    return NULL;
  size = GUINT32_FROM_LE (header);
  if (size > DOSSIER_PROTOCOL_MAX_MESSAGE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "message too large");
      return NULL;
    }
  data = g_malloc (MAX (size, 1));
  if (!read_exactly (fd, data, size, deadline_us, error))
    return NULL;

  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  message = g_variant_new_from_bytes (G_VARIANT_TYPE (type), bytes, FALSE);
  /* Untrusted bytes: only a message in normal form is taken as it is. */
  if (!g_variant_is_normal_form (message))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "malformed message");
      return NULL;
    }
  return g_variant_ref_sink (g_steal_pointer (&message));
}

gboolean
dossier_protocol_wait_closed (int    fd,
                              gint64 deadline_us)
{
  guint8 buffer[256];

  for (;;)
    {
      gssize n;

      if (!wait_readable (fd, deadline_us, NULL))
        return FALSE;
      n = read (fd, buffer, sizeof buffer);
      if (n == 0)
        return TRUE;
      if (n < 0 && errno != EINTR)
        return FALSE;
    }
}
