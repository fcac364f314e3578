/* cr-nhs-number.c: NHS numbers and their check digit */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrNhsNumber"

#include "config.h"

#include "cr-nhs-number.h"

#include <string.h>

/**
 * cr_nhs_number_check_digit:
 * @nine_digits: the first nine digits of an NHS number
 *
 * Returns: the modulus-11 check digit (0…9), or -1 when @nine_digits is
 *   not nine digits or no check digit exists (the remainder gives 10)
 */
int
cr_nhs_number_check_digit (const char *nine_digits)
{
  guint sum = 0;
  guint check;

  if (nine_digits == NULL)
    return -1;

  for (guint i = 0; i < 9; i++)
    {
      if (!g_ascii_isdigit (nine_digits[i]))
        return -1;
      sum += (guint) (nine_digits[i] - '0') * (10 - i);
    }

  check = 11 - (sum % 11);
  if (check == 11)
    return 0;
  if (check == 10)
    return -1;

  return (int) check;
}

/**
 * cr_nhs_number_dup_digits:
 * @text: an NHS number as written
 *
 * Reads "943 476 5919", "943-476-5919" or "9434765919": three, three and
 * four digits with the same single space or hyphen between the groups,
 * or nothing. Surrounding spaces are ignored; anything else is refused.
 *
 * Returns: (transfer full) (nullable): the ten digits, whatever the check
 *   digit, or %NULL
 */
char *
cr_nhs_number_dup_digits (const char *text)
{
  const char *start, *end;
  char digits[11];
  gsize length;
  guint n = 0;

  if (text == NULL)
    return NULL;

  start = text;
  while (*start == ' ' || *start == '\t')
    start++;
  end = start + strlen (start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  length = (gsize) (end - start);

  if (length == 12)
    {
      /* 3-3-4 with the same single space or hyphen twice. */
      char separator = start[3];

      if ((separator != ' ' && separator != '-') || start[7] != separator)
        return NULL;
    }
  else if (length != 10)
    return NULL;

  for (gsize i = 0; i < length; i++)
    {
      if (length == 12 && (i == 3 || i == 7))
        continue;
      if (!g_ascii_isdigit (start[i]))
        return NULL;
      digits[n++] = start[i];
    }

  digits[10] = '\0';
  return g_strdup (digits);
}

/**
 * cr_nhs_number_is_valid:
 * @text: an NHS number as written
 *
 * Returns: %TRUE when @text is written as cr_nhs_number_dup_digits()
 *   reads and its check digit is right
 */
gboolean
cr_nhs_number_is_valid (const char *text)
{
  g_autofree char *digits = cr_nhs_number_dup_digits (text);
  int check;

  if (digits == NULL)
    return FALSE;

  check = cr_nhs_number_check_digit (digits);
  return check >= 0 && check == digits[9] - '0';
}
