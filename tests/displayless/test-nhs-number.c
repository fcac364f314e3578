/* test-nhs-number.c: NHS numbers and their modulus-11 check digit */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-nhs-number.h"

#include <string.h>

/* Numbers with a valid check digit (the NHS's published examples). */
static const char * const valid_numbers[] = {
  "9434765919",
  "4010232137",
  "9434765870",
  "1000000060",   /* 11 − 0 = 11: the check digit is 0 */
};

static void
test_known_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_numbers); i++)
    {
      g_autofree char *digits = cr_nhs_number_dup_digits (valid_numbers[i]);

      g_assert_true (cr_nhs_number_is_valid (valid_numbers[i]));
      g_assert_cmpstr (digits, ==, valid_numbers[i]);
    }

  g_assert_true (cr_nhs_number_is_valid ("943 476 5919"));
  g_assert_true (cr_nhs_number_is_valid ("401 023 2137"));
  g_assert_cmpint (cr_nhs_number_check_digit ("943476591"), ==, 9);
  g_assert_cmpint (cr_nhs_number_check_digit ("401023213"), ==, 7);
  g_assert_cmpint (cr_nhs_number_check_digit ("100000006"), ==, 0);
}

/* Changing any one digit to any other makes the number invalid: the
 * weights are not multiples of 11. */
static void
test_single_digit_corruption (void)
{
  guint n_tried = 0;

  for (guint v = 0; v < G_N_ELEMENTS (valid_numbers); v++)
    for (guint position = 0; position < 10; position++)
      for (char digit = '0'; digit <= '9'; digit++)
        {
          char number[11];

          memcpy (number, valid_numbers[v], sizeof number);
          if (number[position] == digit)
            continue;
          number[position] = digit;

          if (cr_nhs_number_is_valid (number))
            g_error ("%s (from %s) passed the check", number, valid_numbers[v]);
          n_tried++;
        }

  g_assert_cmpuint (n_tried, ==, G_N_ELEMENTS (valid_numbers) * 10 * 9);
}

/* When 11 − (sum mod 11) is 10 there is no valid number at all. */
static void
test_check_digit_ten (void)
{
  /* 1×10 + 1×2 = 12; 12 mod 11 = 1; 11 − 1 = 10. */
  g_assert_cmpint (cr_nhs_number_check_digit ("100000001"), ==, -1);

  for (char last = '0'; last <= '9'; last++)
    {
      char number[11] = "100000001";

      number[9] = last;
      number[10] = '\0';
      g_assert_false (cr_nhs_number_is_valid (number));
    }

  g_assert_cmpint (cr_nhs_number_check_digit ("12345678"), ==, -1);
  g_assert_cmpint (cr_nhs_number_check_digit ("12345678x"), ==, -1);
  g_assert_cmpint (cr_nhs_number_check_digit (NULL), ==, -1);
}

static void
test_formats (void)
{
  static const char * const accepted[] = {
    "943 476 5919", "943-476-5919", "9434765919", " 943 476 5919 ",
  };
  static const char * const refused[] = {
    "943 4765919", "943476 5919", "943-476 5919", "943 476-5919", "9434 76 5919",
    "943  476 5919", "943.476.5919", "943/476/5919", "94347659190", "943476591",
    "943 476 591a", "+943 476 5919", "NHS 9434765919", "943 476 5919.", "",
    "94 34 76 59 19", "943\n476\n5919",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *digits = cr_nhs_number_dup_digits (accepted[i]);

      g_assert_cmpstr (digits, ==, "9434765919");
      g_assert_true (cr_nhs_number_is_valid (accepted[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *digits = cr_nhs_number_dup_digits (refused[i]);

      if (digits != NULL)
        g_error ("“%s” was read as %s", refused[i], digits);
      g_assert_false (cr_nhs_number_is_valid (refused[i]));
    }

  g_assert_null (cr_nhs_number_dup_digits (NULL));
  g_assert_false (cr_nhs_number_is_valid (NULL));

  /* Written right, wrong check digit: the digits, but not valid. */
  {
    g_autofree char *digits = cr_nhs_number_dup_digits ("943 476 5918");

    g_assert_cmpstr (digits, ==, "9434765918");
    g_assert_false (cr_nhs_number_is_valid ("943 476 5918"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nhs-number/known-valid", test_known_valid);
  g_test_add_func ("/nhs-number/single-digit-corruption", test_single_digit_corruption);
  g_test_add_func ("/nhs-number/check-digit-ten", test_check_digit_ten);
  g_test_add_func ("/nhs-number/formats", test_formats);

  return g_test_run ();
}
