/* test-sheet.c: reading agencies' CSV and XLSX files, hostile ones too */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-sheet.h"
#include "cr-sheet-private.h"

static CrSheet *
read_text (const char  *text,
           gssize       length,
           const char  *filename,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return cr_sheet_read (bytes, filename, NULL, error);
}

static void
assert_row (CrSheet            *sheet,
            guint               row,
            guint               number,
            const char * const *cells)
{
  guint n = g_strv_length ((char **) cells);

  g_assert_cmpuint (cr_sheet_get_row_number (sheet, row), ==, number);
  for (guint c = 0; c < n; c++)
    g_assert_cmpstr (cr_sheet_get_cell (sheet, row, c), ==, cells[c]);
  g_assert_cmpstr (cr_sheet_get_cell (sheet, row, n + 3), ==, "");
}

#define ROW(...) ((const char * const[]) { __VA_ARGS__, NULL })

/*
 * CSV
 */

static void
test_csv_basic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = read_text ("Date,Event,Author\r\n"
                                        "03/02/2021,Home visit,SW1\r\n"
                                        "04/02/2021, Phone call ,\r\n",
                                        -1, "police.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cr_sheet_get_format (sheet), ==, "CSV");
  g_assert_cmpstr (cr_sheet_get_encoding (sheet), ==, "UTF-8");
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 3);
  g_assert_cmpuint (cr_sheet_get_n_columns (sheet), ==, 3);
  assert_row (sheet, 0, 1, ROW ("Date", "Event", "Author"));
  assert_row (sheet, 1, 2, ROW ("03/02/2021", "Home visit", "SW1"));
  assert_row (sheet, 2, 3, ROW ("04/02/2021", "Phone call", ""));
}

static void
test_csv_encodings (void)
{
  const char *utf8 = "Date,Event\n03/02/2021,Café visit – mum seen\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autofree char *utf16 = NULL;
  gsize utf16_length;
  const struct
  {
    const char *to;
    const guint8 bom[3];
    guint bom_length;
  } unicode[] = {
    { "UTF-16LE", { 0xFF, 0xFE }, 2 },
    { "UTF-16BE", { 0xFE, 0xFF }, 2 },
    { "UTF-8", { 0xEF, 0xBB, 0xBF }, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (unicode); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CrSheet) sheet = NULL;
      g_autofree char *converted = g_convert (utf8, -1, unicode[i].to, "UTF-8", NULL,
                                              &utf16_length, &error);

      g_assert_no_error (error);
      g_clear_pointer (&data, g_byte_array_unref);
      data = g_byte_array_new ();
      g_byte_array_append (data, unicode[i].bom, unicode[i].bom_length);
      g_byte_array_append (data, (const guint8 *) converted, (guint) utf16_length);
      bytes = g_bytes_new (data->data, data->len);
      sheet = cr_sheet_read (bytes, "a.csv", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cr_sheet_get_encoding (sheet), ==,
                       i < 2 ? unicode[i].to : "UTF-8");
      assert_row (sheet, 0, 1, ROW ("Date", "Event"));
      assert_row (sheet, 1, 2, ROW ("03/02/2021", "Café visit – mum seen"));
    }

  /* Windows-1252: é is 0xE9, the en dash 0x96. */
  {
    g_autoptr(CrSheet) sheet = read_text ("Date,Event\n03/02/2021,Caf\xe9 visit \x96 mum seen\n",
                                          -1, "a.csv", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (cr_sheet_get_encoding (sheet), ==, "Windows-1252");
    assert_row (sheet, 1, 2, ROW ("03/02/2021", "Café visit – mum seen"));
  }

  /* UTF-16 without a byte order mark. */
  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CrSheet) sheet = read_text (utf16, (gssize) utf16_length, "/tmp/x/police.csv", &error);

    g_assert_null (sheet);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING);
    g_assert_cmpstr (error->message, ==,
                     "“police.csv” is UTF-16 text without a byte order mark: save it as CSV in UTF-8");
    g_clear_error (&error);
  }

  /* A UTF-8 BOM over text that is not UTF-8. */
  {
    g_autoptr(CrSheet) sheet = read_text ("\xEF\xBB\xBF" "Date,Event\n1/2/2021,ok\n3/2/2021,caf\xe9\n",
                                          -1, "b.csv", &error);

    g_assert_null (sheet);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING);
    g_assert_cmpstr (error->message, ==,
                     "“b.csv” says it is UTF-8 but line 3 is not: save it again as CSV in UTF-8");
    g_clear_error (&error);
  }
}

/* A Word or Excel 97 file, or any binary: refused with a message that
 * says what to do. */
static void
test_csv_binary (void)
{
  static const guint8 ole[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0x3E, 0, 3, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  g_byte_array_append (data, ole, sizeof ole);
  for (guint i = 0; i < 4096; i++)
    {
      guint8 byte = (guint8) g_rand_int_range (rand, 0, 256);

      g_byte_array_append (data, &byte, 1);
    }
  g_rand_free (rand);

  bytes = g_bytes_new (data->data, data->len);
  sheet = cr_sheet_read (bytes, "chronology.xls", NULL, &error);
  g_assert_null (sheet);
  g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "“chronology.xls” is not a text file (it may be a Word or Excel 97 file: "
                   "save it as CSV or XLSX)");
}

static void
test_csv_separators (void)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CrSheet) sheet = read_text ("Date;Event;Author\n"
                                          "03/02/2021;Visit, mum and baby seen;SW\n"
                                          "04/02/2021;Call, no answer, left message;SW\n",
                                          -1, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cr_sheet_get_n_columns (sheet), ==, 3);
    assert_row (sheet, 1, 2, ROW ("03/02/2021", "Visit, mum and baby seen", "SW"));
  }
  {
    g_autoptr(CrSheet) sheet = read_text ("Date\tEvent\n03/02/2021\tVisit, seen; fine\n",
                                          -1, NULL, &error);

    g_assert_no_error (error);
    assert_row (sheet, 1, 2, ROW ("03/02/2021", "Visit, seen; fine"));
  }
  {
    /* Excel's separator line names it, and is not a row. */
    g_autoptr(CrSheet) sheet = read_text ("sep=;\r\nDate;Event\r\n03/02/2021;Visit, seen\r\n",
                                          -1, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 2);
    assert_row (sheet, 0, 2, ROW ("Date", "Event"));
    assert_row (sheet, 1, 3, ROW ("03/02/2021", "Visit, seen"));
  }
  {
    /* One column: no separator at all. */
    g_autoptr(CrSheet) sheet = read_text ("Event\nVisit\n", -1, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cr_sheet_get_n_columns (sheet), ==, 1);
    assert_row (sheet, 1, 2, ROW ("Visit"));
  }
}

/* Quoted fields may hold separators, quotes and line breaks; row numbers
 * stay those of the lines the records start on. */
static void
test_csv_quotes_and_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = read_text ("Date,Event,Author\r\n"                     /* 1 */
                                        "03/02/2021,\"Visit, mum\r\nand baby\r\nseen\",SW\r\n" /* 2-4 */
                                        "04/02/2021,\"He said \"\"no\"\"\",\"\"\r\n"  /* 5 */
                                        "\r\n"                                       /* 6 */
                                        "05/02/2021,  \"quoted\"  ,x\n"              /* 7 */
                                        "06/02/2021,\"line\rbreak\",y\r"             /* 8-9 */
                                        "07/02/2021,last,z\n"                        /* 10 */
                                        "\n\n",
                                        -1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 7);
  assert_row (sheet, 0, 1, ROW ("Date", "Event", "Author"));
  assert_row (sheet, 1, 2, ROW ("03/02/2021", "Visit, mum\nand baby\nseen", "SW"));
  assert_row (sheet, 2, 5, ROW ("04/02/2021", "He said \"no\"", ""));
  g_assert_cmpuint (cr_sheet_get_row_number (sheet, 3), ==, 6);   /* blank, kept */
  g_assert_cmpstr (cr_sheet_get_cell (sheet, 3, 0), ==, "");
  assert_row (sheet, 4, 7, ROW ("05/02/2021", "quoted", "x"));
  assert_row (sheet, 5, 8, ROW ("06/02/2021", "line\nbreak", "y"));
  assert_row (sheet, 6, 10, ROW ("07/02/2021", "last", "z"));

  /* A quote never closed: the line it opens on. */
  {
    g_autoptr(CrSheet) bad = read_text ("Date,Event\n03/02/2021,ok\n04/02/2021,\"never closed\n05/02/2021,x\n",
                                        -1, "bad.csv", &error);

    g_assert_null (bad);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
    g_assert_cmpstr (error->message, ==,
                     "“bad.csv”: the quote that opens a field on line 3 is never closed: "
                     "check the quotes on that line");
  }
}

static void
test_csv_cleaning (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = read_text ("Date,Event\n\xc2\xa0" "03/02/2021\t,Vis\x01it\x7f \x1b[31mseen\xc2\x85\n",
                                        -1, NULL, &error);

  g_assert_no_error (error);
  assert_row (sheet, 1, 2, ROW ("03/02/2021", "Visit [31mseen"));
}

static void
test_csv_empty_and_limits (void)
{
  const char *empties[] = { "", "\n\n\n", " , ,\r\n,,\r\n", "\xEF\xBB\xBF" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(CrSheet) sheet = read_text (empties[i], -1, "empty.csv", &error);

      g_assert_null (sheet);
      g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_EMPTY);
      g_assert_cmpstr (error->message, ==, "“empty.csv” has no rows with any text");
      g_clear_error (&error);
    }

  /* Too many columns. */
  {
    g_autoptr(GString) text = g_string_new ("Date");
    g_autoptr(CrSheet) sheet = NULL;

    for (guint i = 0; i < CR_SHEET_MAX_COLUMNS; i++)
      g_string_append_printf (text, ",c%u", i);
    sheet = read_text (text->str, -1, "wide.csv", &error);
    g_assert_null (sheet);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE);
    g_assert_cmpstr (error->message, ==,
                     "“wide.csv” has more than 256 columns in row 1: a chronology needs only a few");
    g_clear_error (&error);
  }

  /* A cell too long. */
  {
    g_autoptr(GString) text = g_string_new ("Date,Event\n03/02/2021,");
    g_autoptr(CrSheet) sheet = NULL;

    for (guint i = 0; i <= CR_SHEET_MAX_CELL; i++)
      g_string_append_c (text, 'x');
    sheet = read_text (text->str, -1, NULL, &error);
    g_assert_null (sheet);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE);
    g_assert_cmpstr (error->message, ==, "Row 2, column B holds more than 32767 characters: shorten it");
    g_clear_error (&error);
  }

  /* More bytes than allowed (lowered for the test). */
  {
    g_autoptr(CrSheet) sheet = NULL;

    _cr_sheet_set_max_bytes_for_testing (16);
    sheet = read_text ("Date,Event\n03/02/2021,Visit\n", -1, "big.csv", &error);
    _cr_sheet_set_max_bytes_for_testing (0);
    g_assert_null (sheet);
    g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE);
    g_clear_error (&error);
  }
}

/* Random text from the characters that matter to a CSV reader: read, or
 * refused with a CrSheet error; row numbers rise and stay within the
 * lines of the file. */
static void
test_csv_random (void)
{
  static const char alphabet[] = "\",;\t\r\n a1/\xe9\xc3\xa9\x01\x00\xef\xbb\xbf=";
  guint rounds = g_test_thorough () ? 100000 : 2000;
  GRand *rand = g_rand_new_with_seed (99);

  for (guint round = 0; round < rounds; round++)
    {
      guint length = (guint) g_rand_int_range (rand, 0, 64);
      g_autofree char *text = g_malloc (length + 1);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CrSheet) sheet = NULL;
      guint lines = 1;

      for (guint i = 0; i < length; i++)
        text[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      for (guint i = 0; i < length; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= length || text[i + 1] != '\n')))
          lines++;
      bytes = g_bytes_new (text, length);
      sheet = cr_sheet_read (bytes, NULL, NULL, &error);
      if (sheet == NULL)
        {
          g_assert_true (error->domain == CR_SHEET_ERROR);
          continue;
        }

      for (guint r = 0; r < cr_sheet_get_n_rows (sheet); r++)
        {
          if (cr_sheet_get_row_number (sheet, r) > lines)
            {
              g_autofree char *copy = g_strndup (text, length);
              g_autofree char *escaped = g_strescape (copy, NULL);

              g_test_message ("%u lines: %s", lines, escaped);
            }
          g_assert_cmpuint (cr_sheet_get_row_number (sheet, r), <=, lines);
          if (r > 0)
            g_assert_cmpuint (cr_sheet_get_row_number (sheet, r), >, cr_sheet_get_row_number (sheet, r - 1));
          for (guint c = 0; c < cr_sheet_get_n_columns (sheet); c++)
            g_assert_true (g_utf8_validate (cr_sheet_get_cell (sheet, r, c), -1, NULL));
        }
    }

  g_rand_free (rand);
}

static void
test_column_names (void)
{
  const struct { guint column; const char *name; } names[] = {
    { 0, "A" }, { 1, "B" }, { 25, "Z" }, { 26, "AA" }, { 27, "AB" }, { 51, "AZ" },
    { 52, "BA" }, { 255, "IV" }, { 701, "ZZ" }, { 702, "AAA" }, { 16383, "XFD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = cr_sheet_column_name (names[i].column);

      g_assert_cmpstr (name, ==, names[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/csv/basic", test_csv_basic);
  g_test_add_func ("/sheet/csv/encodings", test_csv_encodings);
  g_test_add_func ("/sheet/csv/binary", test_csv_binary);
  g_test_add_func ("/sheet/csv/separators", test_csv_separators);
  g_test_add_func ("/sheet/csv/quotes-and-lines", test_csv_quotes_and_lines);
  g_test_add_func ("/sheet/csv/cleaning", test_csv_cleaning);
  g_test_add_func ("/sheet/csv/empty-and-limits", test_csv_empty_and_limits);
  g_test_add_func ("/sheet/csv/random", test_csv_random);
  g_test_add_func ("/sheet/column-names", test_column_names);

  return g_test_run ();
}
