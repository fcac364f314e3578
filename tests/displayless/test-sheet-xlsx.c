/* test-sheet-xlsx.c: reading XLSX workbooks, written here with libarchive */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-sheet.h"
#include "cr-sheet-private.h"
#include "cr-sheet-xlsx-private.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define NS_R "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

typedef struct
{
  const char *name;
  const char *content;
} Part;

/* A zip of @parts, written to a file with libarchive's writer and read
 * back, as an agency's XLSX file would arrive. */
static gboolean store_only;

static GBytes *
make_zip (const Part *parts,
          guint       n_parts)
{
  g_autofree char *dir = g_dir_make_tmp ("test-sheet-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chronology.xlsx", NULL);
  struct archive *zip = archive_write_new ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (archive_write_set_format_zip (zip), ==, ARCHIVE_OK);
  if (store_only)
    g_assert_cmpint (archive_write_set_format_option (zip, "zip", "compression", "store"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);

  for (guint i = 0; i < n_parts; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize size = strlen (parts[i].content);

      archive_entry_set_pathname (entry, parts[i].name);
      archive_entry_set_size (entry, (la_int64_t) size);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (zip, parts[i].content, size), ==, (la_ssize_t) size);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (zip), ==, ARCHIVE_OK);
  archive_write_free (zip);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  return g_bytes_new_take (contents, length);
}

static const char root_rels[] =
  XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL "officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static const char workbook_rels[] =
  XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL "sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" REL "styles\" Target=\"styles.xml\"/>"
  "</Relationships>";

static const char workbook[] =
  XML_DECL "<workbook " NS " " NS_R "><sheets>"
  "<sheet name=\"Chronology\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

/* s=0 General, 1 built-in date, 2 custom date and time, 3 built-in time,
 * 4 custom date with a locale and quoted text, 5 "0.00". The xf in
 * cellStyleXfs is not a cell format. */
static const char styles[] =
  XML_DECL "<styleSheet " NS "><numFmts count=\"2\">"
  "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
  "<numFmt numFmtId=\"165\" formatCode=\"[$-809]dd&quot; &quot;mmmm&quot; &quot;yyyy;@\"/>"
  "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
  "<xf numFmtId=\"164\"/><xf numFmtId=\"20\"/><xf numFmtId=\"165\"/><xf numFmtId=\"2\"/>"
  "</cellXfs></styleSheet>";

static const char shared_strings[] =
  XML_DECL "<sst " NS " count=\"5\" uniqueCount=\"5\">"
  "<si><t>Date</t></si><si><t>Event</t></si><si><t>Author</t></si>"
  "<si><r><rPr><b/></rPr><t>Home </t></r><r><t xml:space=\"preserve\">visit &amp; check</t></r>"
  "<rPh sb=\"0\" eb=\"1\"><t>ホーム</t></rPh></si>"
  "<si><t>Line_x000D__x000A_two</t></si></sst>";

static const char sheet1[] =
  XML_DECL "<worksheet " NS "><dimension ref=\"A1:D6\"/><sheetData>"
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
  "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
  "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>44230</v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
  "<c r=\"C2\" t=\"inlineStr\"><is><t>SW &lt;1&gt;</t></is></c></row>"
  "<row r=\"4\"><c r=\"A4\" s=\"2\"><v>44230.604166666664</v></c><c r=\"C4\" t=\"b\"><v>1</v></c>"
  "<c r=\"D4\" s=\"3\"><v>0.375</v></c></row>"
  "<row r=\"5\"><c r=\"A5\" s=\"4\"><v>44231</v></c><c r=\"B5\" t=\"s\"><v>4</v></c>"
  "<c r=\"C5\"><v>12.5</v></c><c r=\"D5\" t=\"str\"><f>1+1</f><v>2</v></c></row>"
  "<row r=\"6\"><c r=\"A6\" t=\"e\"><v>#N/A</v></c><c r=\"B6\" t=\"d\"><v>2021-02-05T09:15:00</v></c>"
  "<c r=\"C6\" s=\"5\"><v>0.1</v></c></row>"
  "<row r=\"7\" spans=\"1:4\"><c r=\"A7\" s=\"1\"/></row>"
  "</sheetData><mergeCells count=\"0\"/></worksheet>";

static GBytes *
make_workbook (const char *sheet_xml)
{
  const Part parts[] = {
    { "[Content_Types].xml", XML_DECL "<Types/>" },
    { "_rels/.rels", root_rels },
    { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/styles.xml", styles },
    { "xl/sharedStrings.xml", shared_strings },
    { "xl/worksheets/sheet1.xml", sheet_xml },
  };

  return make_zip (parts, G_N_ELEMENTS (parts));
}

static void
assert_cells (CrSheet            *sheet,
              guint               row,
              guint               number,
              const char * const *cells)
{
  g_assert_cmpuint (cr_sheet_get_row_number (sheet, row), ==, number);
  for (guint c = 0; cells[c] != NULL; c++)
    g_assert_cmpstr (cr_sheet_get_cell (sheet, row, c), ==, cells[c]);
}

#define ROW(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_xlsx_cells (void)
{
  g_autoptr(GBytes) bytes = make_workbook (sheet1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = cr_sheet_read (bytes, "health.xlsx", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cr_sheet_get_format (sheet), ==, "XLSX");
  g_assert_cmpstr (cr_sheet_get_encoding (sheet), ==, "UTF-8");
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 5);   /* row 7 is empty */
  g_assert_cmpuint (cr_sheet_get_n_columns (sheet), ==, 4);
  assert_cells (sheet, 0, 1, ROW ("Date", "Event", "Author"));
  assert_cells (sheet, 1, 2, ROW ("2021-02-03", "Home visit & check", "SW <1>"));
  assert_cells (sheet, 2, 4, ROW ("2021-02-03 14:30", "", "TRUE", "09:00"));
  assert_cells (sheet, 3, 5, ROW ("2021-02-04", "Line\ntwo", "12.5", "2"));
  assert_cells (sheet, 4, 6, ROW ("#N/A", "2021-02-05 09:15", "0.1"));
}

/* The first sheet is the one the workbook lists first, wherever its file
 * is; element names may carry a prefix; the 1904 date system; no shared
 * strings or styles at all. */
static void
test_xlsx_first_sheet (void)
{
  const Part parts[] = {
    { "_rels/.rels", root_rels },
    { "xl/workbook.xml",
      XML_DECL "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " NS_R ">"
      "<x:workbookPr date1904=\"1\"/><x:sheets>"
      "<x:sheet name=\"Chronology\" sheetId=\"2\" r:id=\"rId7\"/>"
      "<x:sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>" },
    { "xl/_rels/workbook.xml.rels",
      XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId7\" Type=\"" REL "worksheet\" Target=\"/xl/worksheets/../worksheets/sheet2.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"" REL "styles\" Target=\"styles.xml\"/>"
      "</Relationships>" },
    { "xl/styles.xml", styles },
    { "xl/worksheets/sheet1.xml",
      XML_DECL "<worksheet " NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c>"
      "</row></sheetData></worksheet>" },
    { "xl/worksheets/sheet2.xml",
      XML_DECL "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
      "<x:row r=\"3\"><x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>right sheet</x:t></x:is></x:c>"
      "<x:c s=\"1\"><x:v>0</x:v></x:c><x:c><x:v>1e20</x:v></x:c></x:row>"
      "<x:row><x:c t=\"inlineStr\"><x:is><x:t>next</x:t></x:is></x:c></x:row>"
      "</x:sheetData></x:worksheet>" },
  };
  g_autoptr(GBytes) bytes = make_zip (parts, G_N_ELEMENTS (parts));
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = cr_sheet_read (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 2);
  assert_cells (sheet, 0, 3, ROW ("", "right sheet", "1904-01-01", "1e+20"));
  assert_cells (sheet, 1, 4, ROW ("next"));
}

static void
test_xlsx_numbers (void)
{
  const struct
  {
    double           value;
    CrXlsxNumberKind kind;
    const char      *text;
  } numbers[] = {
    /* Excel counts a 29 February 1900 that never was. */
    { 1, CR_XLSX_DATE, "1900-01-01" },
    { 59, CR_XLSX_DATE, "1900-02-28" },
    { 60, CR_XLSX_DATE, "1900-02-29" },
    { 61, CR_XLSX_DATE, "1900-03-01" },
    { 44230, CR_XLSX_DATE, "2021-02-03" },
    { 44230.75, CR_XLSX_DATE_TIME, "2021-02-03 18:00" },
    { 44230.99999, CR_XLSX_DATE_TIME, "2021-02-04 00:00" },
    { 0.5, CR_XLSX_TIME, "12:00" },
    { 0.604166666, CR_XLSX_TIME, "14:30" },
    { 0.1 + 0.2, CR_XLSX_NUMBER, "0.3" },
    { -0.0, CR_XLSX_NUMBER, "0" },
    { 12345, CR_XLSX_NUMBER, "12345" },
    { 0.5, CR_XLSX_DATE, "0.5" },           /* no day 0 */
    { 3e6, CR_XLSX_DATE, "3000000" },       /* after 9999 */
  };
  const struct
  {
    guint             id;
    const char       *code;
    CrXlsxNumberKind  kind;
  } formats[] = {
    { 0, NULL, CR_XLSX_NUMBER },
    { 14, NULL, CR_XLSX_DATE },
    { 17, NULL, CR_XLSX_DATE },
    { 22, NULL, CR_XLSX_DATE_TIME },
    { 20, NULL, CR_XLSX_TIME },
    { 46, NULL, CR_XLSX_TIME },
    { 49, NULL, CR_XLSX_NUMBER },
    { 164, "dd/mm/yyyy", CR_XLSX_DATE },
    { 164, "yyyy-mm-dd hh:mm", CR_XLSX_DATE_TIME },
    { 164, "h:mm AM/PM", CR_XLSX_TIME },
    { 164, "[h]:mm:ss", CR_XLSX_TIME },
    { 164, "mmmm", CR_XLSX_DATE },
    { 164, "General", CR_XLSX_NUMBER },
    { 164, "0.00", CR_XLSX_NUMBER },
    { 164, "[Red]#,##0.00;[Blue]-#,##0.00", CR_XLSX_NUMBER },
    { 164, "\"day \"0", CR_XLSX_NUMBER },
    { 164, "\\d0", CR_XLSX_NUMBER },
    { 164, "[$-F800]dddd, mmmm dd, yyyy", CR_XLSX_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = _cr_xlsx_format_number (numbers[i].value, numbers[i].kind, FALSE);

      g_assert_cmpstr (text, ==, numbers[i].text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_test_message ("%u %s", formats[i].id, formats[i].code);
      g_assert_cmpint (_cr_xlsx_classify_format (formats[i].id, formats[i].code), ==, formats[i].kind);
    }
}

static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = cr_sheet_read (bytes, "agency.xlsx", NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, CR_SHEET_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* Damaged and hostile zips fail cleanly, with a message. */
static void
test_xlsx_hostile (void)
{
  g_autoptr(GBytes) good = make_workbook (sheet1);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);

  /* Truncated, at many places: refused, or, when only the zip's
   * directory at the end is cut and every part is whole, read in full;
   * never read in part. */
  for (gsize cut = 4; cut < size; cut += MAX (size / 37, 1))
    {
      g_autoptr(GBytes) truncated = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(CrSheet) sheet = cr_sheet_read (truncated, "agency.xlsx", NULL, &error);

      g_test_message ("cut at %zu of %zu", cut, size);
      if (sheet == NULL)
        g_assert_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT);
      else
        {
          g_assert_cmpuint (cut, >, size / 2);
          g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 5);
          assert_cells (sheet, 4, 6, ROW ("#N/A", "2021-02-05 09:15", "0.1"));
        }
    }

  /* Random bytes after the zip header. */
  {
    g_autoptr(GByteArray) noise = g_byte_array_new ();
    g_autoptr(GBytes) bytes = NULL;
    GRand *rand = g_rand_new_with_seed (42);

    g_byte_array_append (noise, (const guint8 *) "PK\003\004", 4);
    for (guint i = 0; i < 8192; i++)
      {
        guint8 byte = (guint8) g_rand_int_range (rand, 0, 256);

        g_byte_array_append (noise, &byte, 1);
      }
    g_rand_free (rand);
    bytes = g_bytes_new (noise->data, noise->len);
    assert_refused (bytes, CR_SHEET_ERROR_FORMAT,
                    "“agency.xlsx” is a damaged zip file: open it in a spreadsheet and save it "
                    "again as XLSX, or save it as CSV");
  }

  /* A zip that is no workbook; an OpenDocument spreadsheet. */
  {
    const Part parts[] = { { "notes.txt", "hello" }, { "docs/readme.xml", "<a/>" } };
    g_autoptr(GBytes) bytes = make_zip (parts, G_N_ELEMENTS (parts));

    assert_refused (bytes, CR_SHEET_ERROR_FORMAT,
                    "“agency.xlsx” is a zip file but not an Excel workbook: save the chronology as XLSX or CSV");
  }
  {
    const Part parts[] = {
      { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
      { "content.xml", "<office:document-content/>" },
    };
    g_autoptr(GBytes) bytes = make_zip (parts, G_N_ELEMENTS (parts));

    assert_refused (bytes, CR_SHEET_ERROR_FORMAT,
                    "“agency.xlsx” is an OpenDocument spreadsheet: save it as XLSX or CSV");
  }

  /* XML that does not parse; a shared string that is not there. */
  {
    g_autoptr(GBytes) bytes = make_workbook ("<worksheet><sheetData><row><c><v>1</c></row>");

    assert_refused (bytes, CR_SHEET_ERROR_FORMAT,
                    "“agency.xlsx” is damaged: part of the workbook cannot be read; open it in a "
                    "spreadsheet and save it again");
  }
  {
    g_autoptr(GBytes) bytes = make_workbook ("<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row>"
                                             "</sheetData></worksheet>");

    assert_refused (bytes, CR_SHEET_ERROR_FORMAT,
                    "“agency.xlsx” is damaged: a cell refers to text the workbook does not have; "
                    "open it in a spreadsheet and save it again");
  }
  {
    g_autoptr(GBytes) bytes = make_workbook ("<worksheet><sheetData></sheetData></worksheet>");

    assert_refused (bytes, CR_SHEET_ERROR_EMPTY, "“agency.xlsx” has no rows with any text");
  }
}

/* A zip bomb: a small file that unpacks past the limit stops there. The
 * limit is lowered to 1 MB so that the test does not write 256 MB. */
static void
test_xlsx_bomb (void)
{
  g_autoptr(GString) huge = g_string_new ("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  for (guint i = 0; i < 2 * 1024 * 1024 / 64; i++)
    g_string_append (huge, "<row><c/><c/><c/><c/><c/><c/><c/><c/><c/><c/><c/></row>       ");
  g_string_append (huge, "</sheetData></worksheet>");
  bytes = make_workbook (huge->str);
  g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, <, 256 * 1024);

  _cr_sheet_set_max_bytes_for_testing (1024 * 1024);
  assert_refused (bytes, CR_SHEET_ERROR_TOO_LARGE,
                  "“agency.xlsx” unpacks to more than 1 MB: split it into smaller files");
  _cr_sheet_set_max_bytes_for_testing (0);

  /* The same file within the limit reads. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CrSheet) sheet = cr_sheet_read (bytes, "agency.xlsx", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 1);
  }

  /* One cell longer than a cell may be. */
  {
    g_autoptr(GString) long_cell = g_string_new ("<worksheet><sheetData><row r=\"2\"><c t=\"inlineStr\"><is><t>");
    g_autoptr(GBytes) long_bytes = NULL;

    for (guint i = 0; i < 200000; i++)
      g_string_append_c (long_cell, 'y');
    g_string_append (long_cell, "</t></is></c></row></sheetData></worksheet>");
    long_bytes = make_workbook (long_cell->str);
    assert_refused (long_bytes, CR_SHEET_ERROR_TOO_LARGE,
                    "Row 2 holds a cell of more than 32767 characters: shorten it");
  }
}

/* Bytes changed at random, in a compressed and in a stored zip (where the
 * changes land in the XML itself): each file is read or refused with a
 * CrSheet error; never a crash, a hang or another kind of error. */
static void
test_xlsx_mutated (void)
{
  guint rounds = g_test_thorough () ? 20000 : 400;
  GRand *rand = g_rand_new_with_seed (1234);

  for (guint stored = 0; stored < 2; stored++)
    {
      g_autoptr(GBytes) good = NULL;
      const guint8 *data;
      gsize size;

      store_only = stored;
      good = make_workbook (sheet1);
      store_only = FALSE;
      data = g_bytes_get_data (good, &size);

      for (guint round = 0; round < rounds; round++)
        {
          g_autofree guint8 *copy = g_memdup2 (data, size);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(CrSheet) sheet = NULL;
          guint n_changes = (guint) g_rand_int_range (rand, 1, 8);

          for (guint i = 0; i < n_changes; i++)
            copy[g_rand_int_range (rand, 4, (gint32) size)] = (guint8) g_rand_int_range (rand, 0, 256);

          bytes = g_bytes_new_take (g_steal_pointer (&copy), size);
          sheet = cr_sheet_read (bytes, "agency.xlsx", NULL, &error);
          if (sheet == NULL)
            g_assert_true (error->domain == CR_SHEET_ERROR);
          else
            g_assert_cmpuint (cr_sheet_get_n_rows (sheet), <=, 7);
        }
    }

  g_rand_free (rand);
}

/* Many rows stream through without the sheet's XML held whole. */
static void
test_xlsx_many_rows (void)
{
  g_autoptr(GString) xml = g_string_new ("<worksheet><sheetData>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = NULL;

  for (guint i = 1; i <= 20000; i++)
    g_string_append_printf (xml, "<row r=\"%u\"><c r=\"A%u\" s=\"1\"><v>%u</v></c>"
                            "<c r=\"C%u\" t=\"inlineStr\"><is><t>Entry %u</t></is></c></row>",
                            i, i, 40000 + i % 3000, i, i);
  g_string_append (xml, "</sheetData></worksheet>");
  bytes = make_workbook (xml->str);

  sheet = cr_sheet_read (bytes, "big.xlsx", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_sheet_get_n_rows (sheet), ==, 20000);
  g_assert_cmpuint (cr_sheet_get_row_number (sheet, 19999), ==, 20000);
  g_assert_cmpstr (cr_sheet_get_cell (sheet, 19999, 2), ==, "Entry 20000");
  g_assert_cmpstr (cr_sheet_get_cell (sheet, 19999, 1), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/xlsx/cells", test_xlsx_cells);
  g_test_add_func ("/sheet/xlsx/first-sheet", test_xlsx_first_sheet);
  g_test_add_func ("/sheet/xlsx/numbers", test_xlsx_numbers);
  g_test_add_func ("/sheet/xlsx/hostile", test_xlsx_hostile);
  g_test_add_func ("/sheet/xlsx/bomb", test_xlsx_bomb);
  g_test_add_func ("/sheet/xlsx/mutated", test_xlsx_mutated);
  g_test_add_func ("/sheet/xlsx/many-rows", test_xlsx_many_rows);

  return g_test_run ();
}
