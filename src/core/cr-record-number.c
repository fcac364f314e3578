/* cr-record-number.c: small whole numbers kept in LINE fields */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecord"

#include "config.h"

#include "cr-record-number-private.h"

#include "cr-case-status.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

guint
_cr_parse_count (const char *text,
                 guint       max)
{
  guint64 value;

  /* Digits only, and no leading zero: what storage's CHECK accepts. */
  if (text == NULL || text[0] < '1' || text[0] > '9')
    return 0;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, max, &value, NULL))
    return 0;

  return (guint) value;
}

guint
_cr_record_get_count (CrRecord   *self,
                      const char *name,
                      guint       max)
{
  return _cr_parse_count (cr_record_get (self, name), max);
}

gboolean
_cr_record_check_count (CrRecord    *self,
                        const char  *name,
                        guint        max,
                        GError     **error)
{
  const char *value = cr_record_get (self, name);

  if (value == NULL || _cr_parse_count (value, max) > 0)
    return TRUE;

  g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
               /* Translators: %s is a field's label, %u the largest number
                * allowed, 999. */
               _("“%s” must be a whole number from 1 to %u, written in digits: for example 3."),
               _cr_record_label (self, name), max);
  return FALSE;
}
