/* cr-nhs-number.h: NHS numbers and their check digit */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * An NHS number is 10 digits, the last a modulus-11 check digit: the
 * first nine digits weighted 10 down to 2, summed, 11 − (sum mod 11) is
 * the check digit, 11 reads as 0 and 10 means the number is not valid.
 * Written "943 476 5919", "943-476-5919" or "9434765919" (3-3-4 groups
 * with one space or hyphen, or none; nothing else).
 */

/* TRUE when @text is such a number with a valid check digit. */
gboolean  cr_nhs_number_is_valid      (const char *text);
/* The ten digits of @text if it is written as above (whatever the check
 * digit), else NULL. */
char     *cr_nhs_number_dup_digits    (const char *text);
/* The check digit for nine digits, or -1 (when 10: no valid number). */
int       cr_nhs_number_check_digit   (const char *nine_digits);

G_END_DECLS
