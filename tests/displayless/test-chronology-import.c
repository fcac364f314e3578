/* test-chronology-import.c: mapping an agency's columns and reading its rows */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-chronology-import.h"

static CrSheet *
sheet_from_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CrSheet *sheet = cr_sheet_read (bytes, "agency.csv", NULL, &error);

  g_assert_no_error (error);
  return sheet;
}

static void
assert_mapping (const CrChronologyMapping *mapping,
                int                        header_row,
                int                        date,
                int                        time,
                int                        event,
                int                        author,
                int                        source)
{
  g_assert_cmpint (mapping->header_row, ==, header_row);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_DATE], ==, date);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_TIME], ==, time);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_EVENT], ==, event);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_AUTHOR], ==, author);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_SOURCE], ==, source);
}

/*
 * Mapping
 */

static void
test_guess_by_headers (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Date,Time,Details,Worker,Record\n"
                                              "03/02/2021,14:30,Home visit,SW,Case note\n");
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_guess (sheet, NULL);

  assert_mapping (mapping, 0, 0, 1, 2, 3, 4);
  g_assert_cmpstr (mapping->headers[CR_CHRONOLOGY_ROLE_EVENT], ==, "Details");
  g_assert_cmpstr (mapping->headers[CR_CHRONOLOGY_ROLE_SOURCE], ==, "Record");

  /* A title above the header row; "Date/Time" is a date. */
  {
    g_autoptr(CrSheet) titled = sheet_from_text ("Police chronology for Child A\n"
                                                 "Prepared by DC Smith\n"
                                                 "Officer,Date/Time,Event description\n"
                                                 "PC 123,03/02/2021 14:30,Attended address\n");
    g_autoptr(CrChronologyMapping) guessed = cr_chronology_mapping_guess (titled, NULL);

    assert_mapping (guessed, 2, 1, -1, 2, 0, -1);
    g_assert_cmpstr (guessed->headers[CR_CHRONOLOGY_ROLE_DATE], ==, "Date/Time");
  }
}

static void
test_guess_by_content (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("SW1,03/02/2021,Home visit, mother and baby seen,14:30\n"
                                              "SW2,04/02/2021,Phone call to GP about the baby's weight,09:05\n"
                                              "SW1,05/02/2021,Visit,2pm\n");
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_guess (sheet, NULL);

  /* Quoted commas aside, that is 4 or 5 columns: the date is B, the time
   * the column of times, the event the longest text. */
  g_assert_cmpint (mapping->header_row, ==, -1);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_DATE], ==, 1);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_EVENT], ==, 2);
  g_assert_null (mapping->headers[CR_CHRONOLOGY_ROLE_DATE]);

  {
    g_autoptr(CrSheet) tidy = sheet_from_text ("03/02/2021,Home visit,14:30\n04/02/2021,Call,09:05\n");
    g_autoptr(CrChronologyMapping) guessed = cr_chronology_mapping_guess (tidy, NULL);

    assert_mapping (guessed, -1, 0, 2, 1, -1, -1);
  }
}

/* An agency's next file: its columns moved, found again by name. */
static void
test_guess_remembered (void)
{
  g_autoptr(CrSheet) first = sheet_from_text ("When it happened,What,Who did it\n03/02/2021,Visit,SW\n");
  g_autoptr(CrSheet) next = sheet_from_text ("Ref,Who did it,What,When it happened\n"
                                             "1,SW,Visit,03/02/2021\n");
  g_autoptr(CrChronologyMapping) remembered = cr_chronology_mapping_new ();
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyMapping) blind = NULL;

  remembered->header_row = 0;
  remembered->columns[CR_CHRONOLOGY_ROLE_DATE] = 0;
  remembered->columns[CR_CHRONOLOGY_ROLE_EVENT] = 1;
  remembered->columns[CR_CHRONOLOGY_ROLE_AUTHOR] = 2;
  cr_chronology_mapping_name_columns (remembered, first);
  g_assert_cmpstr (remembered->headers[CR_CHRONOLOGY_ROLE_AUTHOR], ==, "Who did it");
  g_assert_null (remembered->headers[CR_CHRONOLOGY_ROLE_TIME]);

  mapping = cr_chronology_mapping_guess (next, remembered);
  assert_mapping (mapping, 0, 3, -1, 2, 1, 0);   /* "Ref" says source by itself */

  /* Without the remembered names, "Who did it" says nothing. */
  blind = cr_chronology_mapping_guess (next, NULL);
  g_assert_cmpint (blind->columns[CR_CHRONOLOGY_ROLE_AUTHOR], ==, -1);
}

static void
test_check (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Date,Event,Author\n03/02/2021,Visit,SW\n");
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_new ();
  g_autoptr(GError) error = NULL;

  mapping->header_row = 0;
  g_assert_false (cr_chronology_mapping_check (mapping, sheet, &error));
  g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "Choose the column that holds the date");
  g_clear_error (&error);

  mapping->columns[CR_CHRONOLOGY_ROLE_DATE] = 0;
  g_assert_false (cr_chronology_mapping_check (mapping, sheet, &error));
  g_assert_cmpstr (error->message, ==, "Choose the column that holds the event");
  g_clear_error (&error);

  mapping->columns[CR_CHRONOLOGY_ROLE_EVENT] = 0;
  g_assert_false (cr_chronology_mapping_check (mapping, sheet, &error));
  g_assert_cmpstr (error->message, ==,
                   "Column A is chosen for both Date and Event: choose a different column for one of them");
  g_clear_error (&error);

  mapping->columns[CR_CHRONOLOGY_ROLE_EVENT] = 1;
  mapping->columns[CR_CHRONOLOGY_ROLE_SOURCE] = 5;
  g_assert_false (cr_chronology_mapping_check (mapping, sheet, &error));
  g_assert_cmpstr (error->message, ==,
                   "The Source column (F) is not in this file, which has 3 columns: choose another");
  g_clear_error (&error);

  mapping->columns[CR_CHRONOLOGY_ROLE_SOURCE] = -1;
  g_assert_true (cr_chronology_mapping_check (mapping, sheet, &error));
  g_assert_no_error (error);
}

static void
test_storage_form (void)
{
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_new ();
  g_autoptr(CrChronologyMapping) back = NULL;
  g_autoptr(CrChronologyMapping) older = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *bad[] = {
    "", "not a key file [", "[Other]\ndate-column=1\n", "[Mapping]\ndate-column=999\n",
    "[Mapping]\nheader-row=x\n", "[Mapping]\nevent-column=-2\n",
  };

  mapping->header_row = 2;
  mapping->columns[CR_CHRONOLOGY_ROLE_DATE] = 1;
  mapping->columns[CR_CHRONOLOGY_ROLE_EVENT] = 3;
  mapping->headers[CR_CHRONOLOGY_ROLE_DATE] = g_strdup ("  Date = when\n[x] ");
  mapping->headers[CR_CHRONOLOGY_ROLE_EVENT] = g_strdup ("Événement");

  text = cr_chronology_mapping_to_string (mapping);
  back = cr_chronology_mapping_from_string (text, &error);
  g_assert_no_error (error);
  assert_mapping (back, 2, 1, -1, 3, -1, -1);
  g_assert_cmpstr (back->headers[CR_CHRONOLOGY_ROLE_DATE], ==, "  Date = when\n[x] ");
  g_assert_cmpstr (back->headers[CR_CHRONOLOGY_ROLE_EVENT], ==, "Événement");
  g_assert_null (back->headers[CR_CHRONOLOGY_ROLE_TIME]);

  /* What an earlier version wrote, with fewer keys and one unknown. */
  older = cr_chronology_mapping_from_string ("[Mapping]\ndate-column=0\nevent-column=2\nflavour=old\n", &error);
  g_assert_no_error (error);
  assert_mapping (older, -1, 0, -1, 2, -1, -1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CrChronologyMapping) none = cr_chronology_mapping_from_string (bad[i], &error);

      g_assert_null (none);
      g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, "The saved choice of columns cannot be read: choose the columns again");
      g_clear_error (&error);
    }

  g_assert_cmpint (cr_chronology_role_from_nick ("author"), ==, CR_CHRONOLOGY_ROLE_AUTHOR);
  g_assert_cmpint (cr_chronology_role_from_nick ("nope"), ==, -1);
  g_assert_cmpstr (cr_chronology_role_to_nick (CR_CHRONOLOGY_ROLE_SOURCE), ==, "source");
  g_assert_cmpstr (cr_chronology_role_to_label (CR_CHRONOLOGY_ROLE_AUTHOR), ==, "Author or role");
}

static void
test_option (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Ref,Details,When,Staff,Hour\n"
                                              "1,Visit,03/02/2021,SW,14:30\n");
  g_autoptr(GError) error = NULL;
  const struct
  {
    const char *option;
    const char *message;
  } bad[] = {
    { "date", "“date” in the mapping is not ROLE=COLUMN (for example date=A,event=C)" },
    { "when=C", "Unknown column role “when” in the mapping: use date, time, event, author or source" },
    { "date=Z", "Column Z is not in this file, which has 5 columns" },
    { "date=9", "Column 9 is not in this file, which has 5 columns" },
    { "date=Day of visit", "No column is named “Day of visit”: give a name from the header row, a column letter or a number" },
    { "header=maybe", "header=maybe in the mapping: write header=no, header=yes or the header’s row number" },
  };

  {
    g_autoptr(CrChronologyMapping) mapping =
      cr_chronology_mapping_parse_option ("date=c, time = 5,EVENT=details,author=Staff", sheet, &error);

    g_assert_no_error (error);
    assert_mapping (mapping, 0, 2, 4, 1, 3, 0);
    g_assert_cmpstr (mapping->headers[CR_CHRONOLOGY_ROLE_TIME], ==, "Hour");
  }
  {
    /* A column given for one role is taken from the role guessed for it. */
    g_autoptr(CrChronologyMapping) mapping =
      cr_chronology_mapping_parse_option ("date=When,event=B,source=D", sheet, &error);

    g_assert_no_error (error);
    g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_SOURCE], ==, 3);
    g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_AUTHOR], ==, -1);
  }
  {
    g_autoptr(CrChronologyMapping) mapping =
      cr_chronology_mapping_parse_option ("header=no,date=C,event=B", sheet, &error);

    g_assert_no_error (error);
    g_assert_cmpint (mapping->header_row, ==, -1);
    g_assert_null (mapping->headers[CR_CHRONOLOGY_ROLE_DATE]);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_parse_option (bad[i].option, sheet, &error);

      g_assert_null (mapping);
      g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_clear_error (&error);
    }
}

/*
 * Import
 */

static void
test_import_rows (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Date,Time,Event,Author,Source\n"       /* 1 */
                                              "03/02/2021,,Home visit,SW Jones,Case note\n" /* 2 */
                                              "31/02/2021,,Visit,,\n"                /* 3 */
                                              ",10:00,Phone call,,\n"                /* 4 */
                                              "01/01/2999,,Future,,\n"               /* 5 */
                                              "01/01/1899,,Old,,\n"                  /* 6 */
                                              "04/02/2021,25:00,Call,,\n"            /* 7 */
                                              "05/02/2021,,,SW,\n"                   /* 8 */
                                              "\n"                                   /* 9 */
                                              "\"06/02/2021 14:30\",,\"Multi\nline\",,\n" /* 10-11 */
                                              "07/02/2021 09:00,16:45,Time column wins,,\n" /* 12 */
                                              ",,,,\n"                               /* 13 */
                                              "08/02/2021,,Last,,\n");               /* 14 */
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_guess (sheet, NULL);
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const struct { guint row; const char *reason; } rejects[] = {
    { 3, "Row 3: “31/02/2021” is not a real day" },
    { 4, "Row 4: the date in column A is empty" },
    { 5, "Row 5: “01/01/2999” is in the future: check the date" },
    { 6, "Row 6: “01/01/1899” is before 1900: check the year" },
    { 7, "Row 7: “25:00”: there is no hour 25" },
    { 8, "Row 8: the event in column C is empty" },
  };
  const struct { guint row; const char *date; int minutes; const char *event; } entries[] = {
    { 2, "2021-02-03", -1, "Home visit" },
    { 10, "2021-02-06", 14 * 60 + 30, "Multi\nline" },
    { 12, "2021-02-07", 16 * 60 + 45, "Time column wins" },
    { 14, "2021-02-08", -1, "Last" },
  };

  assert_mapping (mapping, 0, 0, 1, 2, 3, 4);
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  g_assert_no_error (error);

  /* Nothing is dropped silently. */
  g_assert_cmpuint (result->entries->len + result->rejects->len + result->n_blank, ==,
                    cr_sheet_get_n_rows (sheet) - 1);
  g_assert_cmpuint (result->n_blank, ==, 2);

  g_assert_cmpuint (result->rejects->len, ==, G_N_ELEMENTS (rejects));
  for (guint i = 0; i < G_N_ELEMENTS (rejects); i++)
    {
      CrChronologyReject *reject = g_ptr_array_index (result->rejects, i);

      g_assert_cmpuint (cr_chronology_reject_get_row (reject), ==, rejects[i].row);
      g_assert_cmpstr (cr_chronology_reject_get_reason (reject), ==, rejects[i].reason);
    }
  {
    CrChronologyReject *reject = g_ptr_array_index (result->rejects, 0);
    g_autofree char *text = cr_chronology_reject_dup_text (reject);

    g_assert_cmpstrv (cr_chronology_reject_get_cells (reject),
                      ((const char * const[]) { "31/02/2021", "", "Visit", NULL }));
    g_assert_cmpstr (text, ==, "31/02/2021 | — | Visit");
  }

  g_assert_cmpuint (result->entries->len, ==, G_N_ELEMENTS (entries));
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (result->entries, i);
      g_autofree char *iso = cr_chronology_entry_dup_iso_date (entry);

      g_assert_cmpuint (cr_chronology_entry_get_row (entry), ==, entries[i].row);
      g_assert_cmpstr (iso, ==, entries[i].date);
      g_assert_cmpint (cr_chronology_entry_get_minutes (entry), ==, entries[i].minutes);
      g_assert_cmpstr (cr_chronology_entry_get_event (entry), ==, entries[i].event);
    }
  {
    CrChronologyEntry *first = g_ptr_array_index (result->entries, 0);
    CrChronologyEntry *second = g_ptr_array_index (result->entries, 1);

    g_assert_cmpstr (cr_chronology_entry_get_author (first), ==, "SW Jones");
    g_assert_cmpstr (cr_chronology_entry_get_source (first), ==, "Case note");
    g_assert_null (cr_chronology_entry_get_author (second));
    g_assert_null (cr_chronology_entry_get_source (second));
  }

  summary = cr_chronology_import_result_dup_summary (result);
  g_assert_cmpstr (summary, ==, "4 entries · 6 rows set aside · 2 blank rows skipped");
}

/* A file without the columns a chronology needs is refused whole, with
 * what to choose. */
static void
test_import_missing_columns (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Date\n03/02/2021\n04/02/2021\n");
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_guess (sheet, NULL);
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_DATE], ==, 0);
  g_assert_cmpint (mapping->columns[CR_CHRONOLOGY_ROLE_EVENT], ==, -1);
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "Choose the column that holds the event");
}

static void
test_import_cancelled (void)
{
  g_autoptr(CrSheet) sheet = sheet_from_text ("Date,Event\n03/02/2021,Visit\n");
  g_autoptr(CrChronologyMapping) mapping = cr_chronology_mapping_guess (sheet, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  result = cr_chronology_import_rows (sheet, mapping, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* 100,000 rows, some of them over two lines and some with bad dates: all
 * read, every row accounted for, the row numbers those of the file. */
static void
test_import_100000_rows (void)
{
  const guint n = 100000;
  g_autoptr(GString) text = g_string_new ("Date,Time,Event,Author,Source\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 2, expected_rejects = 0, last_reject_line = 0;
  gint64 start, read_us, import_us;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2015);
  for (guint i = 0; i < n; i++)
    {
      if (i % 97 == 0)
        g_date_add_days (&date, 1);

      if (i % 1000 == 500)
        {
          /* A bad date. */
          g_string_append_printf (text, "31/02/2020,10:%02u,Entry %u,Worker %u,System\r\n", i % 60, i, i % 40);
          expected_rejects++;
          last_reject_line = line;
          line++;
        }
      else if (i % 250 == 0)
        {
          g_string_append_printf (text, "%02u/%02u/%04u,,\"Entry %u, \"\"quoted\"\"\r\nover two lines\",Worker %u,\r\n",
                                  g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date),
                                  i, i % 40);
          line += 2;
        }
      else
        {
          g_string_append_printf (text, "%02u/%02u/%04u,%02u:%02u,Entry %u: home visit to the family,Worker %u,Case note\r\n",
                                  g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date),
                                  i % 24, i % 60, i, i % 40);
          line++;
        }
    }
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  start = g_get_monotonic_time ();
  sheet = cr_sheet_read (bytes, "big.csv", NULL, &error);
  read_us = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, n + 1);

  mapping = cr_chronology_mapping_guess (sheet, NULL);
  assert_mapping (mapping, 0, 0, 1, 2, 3, 4);

  start = g_get_monotonic_time ();
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  import_us = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_test_message ("100,000 rows: read in %.0f ms, imported in %.0f ms",
                  read_us / 1000.0, import_us / 1000.0);

  g_assert_cmpuint (result->rejects->len, ==, expected_rejects);
  g_assert_cmpuint (result->entries->len, ==, n - expected_rejects);
  g_assert_cmpuint (result->n_blank, ==, 0);
  g_assert_cmpuint (cr_chronology_reject_get_row (g_ptr_array_index (result->rejects, expected_rejects - 1)),
                    ==, last_reject_line);
  {
    CrChronologyEntry *last = g_ptr_array_index (result->entries, result->entries->len - 1);

    g_assert_cmpuint (cr_chronology_entry_get_row (last), ==, line - 1);
    g_assert_cmpstr (cr_chronology_entry_get_event (last), ==, "Entry 99999: home visit to the family");
  }
  {
    CrChronologyEntry *quoted = g_ptr_array_index (result->entries, 250);

    g_assert_cmpstr (cr_chronology_entry_get_event (quoted), ==, "Entry 250, \"quoted\"\nover two lines");
    g_assert_cmpint (cr_chronology_entry_get_minutes (quoted), ==, -1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronology-import/guess/headers", test_guess_by_headers);
  g_test_add_func ("/chronology-import/guess/content", test_guess_by_content);
  g_test_add_func ("/chronology-import/guess/remembered", test_guess_remembered);
  g_test_add_func ("/chronology-import/mapping/check", test_check);
  g_test_add_func ("/chronology-import/mapping/storage-form", test_storage_form);
  g_test_add_func ("/chronology-import/mapping/option", test_option);
  g_test_add_func ("/chronology-import/rows", test_import_rows);
  g_test_add_func ("/chronology-import/missing-columns", test_import_missing_columns);
  g_test_add_func ("/chronology-import/cancelled", test_import_cancelled);
  g_test_add_func ("/chronology-import/100000-rows", test_import_100000_rows);

  return g_test_run ();
}
