/* test-odt-report.c: the report as an OpenDocument text, read back with
 * libarchive and GMarkup (no word processor needed) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestOdtReport"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <string.h>

#include "cr-case.h"
#include "cr-chronology-entry.h"
#include "cr-finding.h"
#include "cr-odt-private.h"
#include "cr-odt-report.h"
#include "cr-recommendation.h"
#include "cr-review-report.h"

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

/* --------------------------------------------------------------------------
 * Reading the package back
 */

typedef struct
{
  GPtrArray  *names;     /* entry names, in archive order */
  GHashTable *contents;  /* name → GBytes */
} Package;

static void
package_free (Package *package)
{
  g_ptr_array_unref (package->names);
  g_hash_table_unref (package->contents);
  g_free (package);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Package, package_free)

/* Reads every entry of the zip @bytes with libarchive, which checks each
 * entry's CRC-32 as it reads. */
static Package *
read_package (GBytes *bytes)
{
  Package *package = g_new0 (Package, 1);
  struct archive *zip = archive_read_new ();
  struct archive_entry *entry;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  int status;

  package->names = g_ptr_array_new_with_free_func (g_free);
  package->contents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);

  g_assert_cmpint (archive_read_support_format_zip (zip), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_read_open_memory (zip, data, size), ==, ARCHIVE_OK);
  while ((status = archive_read_next_header (zip, &entry)) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) content = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (zip, buffer, sizeof buffer)) > 0)
        g_byte_array_append (content, (const guint8 *) buffer, (guint) n);
      if (n < 0)
        g_error ("reading %s: %s", archive_entry_pathname (entry), archive_error_string (zip));

      g_ptr_array_add (package->names, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (package->contents, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (g_steal_pointer (&content)));
    }
  g_assert_cmpint (status, ==, ARCHIVE_EOF);
  archive_read_free (zip);

  return package;
}

/* The part @name as a NUL-terminated string. */
static char *
dup_part (Package    *package,
          const char *name)
{
  GBytes *bytes = g_hash_table_lookup (package->contents, name);
  gsize size;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

typedef struct
{
  GString   *text;        /* every text node, elements as spaces */
  GPtrArray *paths;       /* manifest:full-path values */
  guint      n_elements;
} Parsed;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parsed *parsed = user_data;

  parsed->n_elements++;
  /* Paragraphs, cells, tabs and line breaks separate words. */
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h") ||
      g_str_equal (element, "text:tab") || g_str_equal (element, "text:line-break"))
    g_string_append_c (parsed->text, '\n');
  if (g_str_equal (element, "text:s"))
    {
      guint count = 1;

      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "text:c"))
          count = (guint) g_ascii_strtoull (values[i], NULL, 10);
      for (guint i = 0; i < count; i++)
        g_string_append_c (parsed->text, ' ');
    }
  if (g_str_equal (element, "manifest:file-entry"))
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "manifest:full-path"))
        g_ptr_array_add (parsed->paths, g_strdup (values[i]));
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parsed *parsed = user_data;

  g_string_append_len (parsed->text, text, (gssize) length);
}

/* Parses @xml with GMarkup, asserting it is well-formed and holds only
 * characters XML 1.0 allows; returns its text. */
static char *
parse_xml (const char *xml,
           GPtrArray  *paths)
{
  const GMarkupParser parser = { start_element_cb, NULL, text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own_paths = g_ptr_array_new_with_free_func (g_free);
  Parsed parsed = { g_string_new (NULL), paths != NULL ? paths : own_paths, 0 };

  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  g_assert_true (g_utf8_validate (xml, -1, NULL));
  for (const char *p = xml; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xfffe && c != 0xffff));
    }

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &parsed, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.n_elements, >, 1);

  return g_string_free (parsed.text, FALSE);
}

/* --------------------------------------------------------------------------
 * A report built in code
 */

static CrChronologyEntry *
make_entry (gint64      id,
            const char *date,
            const char *agency,
            gboolean    kpe)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();

  cr_chronology_entry_set_id (entry, id);
  g_assert_true (cr_chronology_entry_set_iso_date (entry, date));
  cr_chronology_entry_set_agency_name (entry, agency);
  cr_chronology_entry_set_event (entry, "Home visit");
  cr_chronology_entry_set_key_practice_episode (entry, kpe);
  return entry;
}

static CrReviewReport *
make_report (gboolean draft)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(CrRichText) intro = NULL;
  g_autoptr(CrRichText) analysis = NULL;
  g_autoptr(CrRichText) summary = NULL;
  g_autoptr(CrFinding) finding1 = cr_finding_new ();
  g_autoptr(CrFinding) finding2 = cr_finding_new ();
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  g_autoptr(CrChronologyEntry) entry1 = make_entry (41, "2025-03-04", "Police", TRUE);
  g_autoptr(CrChronologyEntry) entry2 = make_entry (42, "2025-05-06", "Health visiting", FALSE);

  cr_case_set_reference (kase, "NB-2026-001");
  cr_case_set_pseudonym (kase, "Baby H");
  report = cr_review_report_new (kase);
  cr_review_report_set_partnership (report, "Northbridge Safeguarding Children Partnership");
  cr_review_report_add_reviewer (report, "Dr Alex Morgan");
  cr_review_report_set_draft (report, draft);

  summary = cr_rich_text_parse ("Baby H was seen by many practitioners.");
  cr_review_report_set_section (report, CR_REPORT_SECTION_EXECUTIVE_SUMMARY, summary);

  intro = cr_rich_text_parse ("This review was commissioned in March.\n"
                              "## Scope\n"
                              "It looks at **twelve months** before the incident, and *why* it happened.\n"
                              "- The health visiting service\n"
                              "- The police\n"
                              "1. First step\n"
                              "2. Second step\n"
                              "A closing paragraph with ***both styles***.");
  cr_review_report_set_section (report, CR_REPORT_SECTION_INTRODUCTION, intro);

  analysis = cr_rich_text_parse ("The analysis found that information was not shared.");
  cr_review_report_set_section (report, CR_REPORT_SECTION_ANALYSIS, analysis);

  cr_record_set_id (CR_RECORD (finding1), 7);
  cr_record_set (CR_RECORD (finding1), "position", "1");
  cr_record_set (CR_RECORD (finding1), "title", "Information about the father was not shared");
  cr_record_set (CR_RECORD (finding1), "text", "Agencies held pieces of the picture.\n\nNobody joined them up.");
  cr_record_set (CR_RECORD (finding1), "priority", "high");
  cr_record_set (CR_RECORD (finding1), "status", "approved");
  cr_review_report_add_finding (report, finding1);
  cr_review_report_add_evidence (report, 7, entry1);
  cr_review_report_add_evidence (report, 7, entry2);

  cr_record_set_id (CR_RECORD (finding2), 8);
  cr_record_set (CR_RECORD (finding2), "position", "2");
  cr_record_set (CR_RECORD (finding2), "title", "The health visitor listened to the mother");
  cr_record_set (CR_RECORD (finding2), "text", "This was good practice.");
  cr_record_set (CR_RECORD (finding2), "good-practice", "true");
  cr_record_set (CR_RECORD (finding2), "status", "approved");
  cr_review_report_add_finding (report, finding2);

  cr_record_set_id (CR_RECORD (recommendation), 3);
  cr_record_set (CR_RECORD (recommendation), "position", "1");
  cr_record_set (CR_RECORD (recommendation), "text", "The partnership should agree how fathers are recorded.");
  cr_record_set (CR_RECORD (recommendation), "addressed-to", "partnership");
  cr_record_set (CR_RECORD (recommendation), "finding-id", "7");
  cr_record_set (CR_RECORD (recommendation), "outcome", "Every record names the father.");
  cr_record_set (CR_RECORD (recommendation), "status", "agreed");
  cr_review_report_add_recommendation (report, recommendation);

  return g_steal_pointer (&report);
}

static GBytes *
render (CrReviewReport *report)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = cr_odt_report_render (report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static guint16
read16 (const guint8 *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

/* --------------------------------------------------------------------------
 * Tests
 */

static void
test_package (void)
{
  g_autoptr(CrReviewReport) report = make_report (FALSE);
  g_autoptr(GBytes) bytes = render (report);
  g_autoptr(GBytes) again = render (report);
  g_autoptr(Package) package = read_package (bytes);
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *manifest = NULL;
  g_autofree char *mimetype = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  /* The first local header: "mimetype", stored (method 0), no extra
   * field, its bytes at offset 38 as ODF 1.2 part 3 §3.3 asks. */
  g_assert_cmpuint (size, >, 38 + strlen (ODT_MIME_TYPE));
  g_assert_cmpmem (data, 4, "PK\003\004", 4);
  g_assert_cmpuint (read16 (data + 8), ==, 0);
  g_assert_cmpuint (read16 (data + 26), ==, strlen ("mimetype"));
  g_assert_cmpuint (read16 (data + 28), ==, 0);
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, strlen (ODT_MIME_TYPE), ODT_MIME_TYPE, strlen (ODT_MIME_TYPE));
  /* Nothing after it: no data descriptor. */
  g_assert_cmpmem (data + 38 + strlen (ODT_MIME_TYPE), 4, "PK\003\004", 4);

  g_assert_cmpuint (package->names->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (package->names, 0), ==, "mimetype");
  mimetype = dup_part (package, "mimetype");
  g_assert_cmpstr (mimetype, ==, ODT_MIME_TYPE);

  /* The others are deflated: smaller in the zip than their text. */
  {
    g_autofree char *content = dup_part (package, "content.xml");

    g_assert_cmpuint (size, <, strlen (content));
  }

  /* The manifest lists the package and every other entry. */
  manifest = dup_part (package, "META-INF/manifest.xml");
  g_free (parse_xml (manifest, listed));
  g_assert_true (g_ptr_array_find_with_equal_func (listed, "/", g_str_equal, NULL));
  for (guint i = 0; i < package->names->len; i++)
    {
      const char *name = g_ptr_array_index (package->names, i);

      if (g_str_equal (name, "mimetype") || g_str_equal (name, "META-INF/manifest.xml"))
        continue;
      g_test_message ("checking %s", name);
      g_assert_true (g_ptr_array_find_with_equal_func (listed, name, g_str_equal, NULL));
    }
  g_assert_true (g_hash_table_contains (package->contents, "content.xml"));
  g_assert_true (g_hash_table_contains (package->contents, "styles.xml"));
  g_assert_true (g_hash_table_contains (package->contents, "meta.xml"));

  /* The same report gives the same bytes. */
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_content (void)
{
  g_autoptr(CrReviewReport) report = make_report (FALSE);
  g_autoptr(GBytes) bytes = render (report);
  g_autoptr(Package) package = read_package (bytes);
  g_autofree char *content = dup_part (package, "content.xml");
  g_autofree char *styles = dup_part (package, "styles.xml");
  g_autofree char *meta = dup_part (package, "meta.xml");
  g_autofree char *text = parse_xml (content, NULL);
  g_autofree char *styles_text = parse_xml (styles, NULL);
  g_autofree char *meta_text = parse_xml (meta, NULL);

  /* Title page */
  g_assert_nonnull (strstr (text, "Local Child Safeguarding Practice Review: Baby H"));
  g_assert_nonnull (strstr (text, "\nBaby H\n"));
  g_assert_nonnull (strstr (text, "Northbridge Safeguarding Children Partnership"));
  g_assert_nonnull (strstr (text, "Independent reviewer: Dr Alex Morgan"));
  g_assert_nonnull (strstr (content, "style:master-page-name=\"First_20_Page\""));

  /* Contents, filled in */
  g_assert_nonnull (strstr (content, "<text:table-of-content "));
  g_assert_nonnull (strstr (text, "\nContents\n"));
  g_assert_nonnull (strstr (text, "\n1 Introduction\n"));
  /* Numbered over the sections included, as in the PDF: no gap where
   * the empty ones were left out */
  g_assert_nonnull (strstr (text, "\n2 Analysis\n"));
  g_assert_nonnull (strstr (text, "\n4 Recommendations\n"));
  g_assert_null (strstr (text, "\n7 Analysis\n"));

  /* Sections: unnumbered first, then numbered with numbered paragraphs */
  g_assert_nonnull (strstr (text, "Executive summary"));
  g_assert_nonnull (strstr (text, "Baby H was seen by many practitioners."));
  g_assert_nonnull (strstr (text, "\n1.1\nThis review was commissioned in March."));
  g_assert_nonnull (strstr (text, "\nScope\n"));
  g_assert_nonnull (strstr (text, "\n1.2\nIt looks at twelve months before the incident, and why it happened."));
  g_assert_nonnull (strstr (text, "\n1.3\nA closing paragraph with both styles."));
  g_assert_nonnull (strstr (text, "\n2.1\nThe analysis found that information was not shared."));
  /* Not written: left out of a final report */
  g_assert_null (strstr (text, "Glossary"));
  g_assert_null (strstr (text, "Not written yet"));

  /* Bold and italic spans, lists */
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"T_Bold\">twelve months</text:span>"));
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"T_Italic\">why</text:span>"));
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"T_Bold_Italic\">both styles</text:span>"));
  g_assert_nonnull (strstr (content, "<text:list text:style-name=\"CR_Bullets\"><text:list-item>"
                                     "<text:p text:style-name=\"CR_List_Paragraph\">The health visiting service"));
  g_assert_nonnull (strstr (content, "<text:list text:style-name=\"CR_Numbers\"><text:list-item>"
                                     "<text:p text:style-name=\"CR_List_Paragraph\">First step"));

  /* Findings: the table, then each explanation numbered on in section 3 */
  g_assert_nonnull (strstr (content, "<table:table table:name=\"Findings\""));
  g_assert_nonnull (strstr (text, "\n3 Findings\n"));
  g_assert_nonnull (strstr (text, "Information about the father was not shared"));
  g_assert_nonnull (strstr (text, "\nHigh\n"));
  g_assert_nonnull (strstr (text, "\nGood practice\n"));
  /* Months, not days: an exact date could identify the family */
  g_assert_nonnull (strstr (text, "March 2025 · Police · KPE"));
  g_assert_nonnull (strstr (text, "May 2025 · Health visiting\n"));
  g_assert_null (strstr (text, "4 Mar"));
  g_assert_null (strstr (text, "6 May"));
  g_assert_nonnull (strstr (text, "Finding 1: Information about the father was not shared"));
  g_assert_nonnull (strstr (text, "\n3.1\nAgencies held pieces of the picture."));
  g_assert_nonnull (strstr (text, "\n3.2\nNobody joined them up."));
  g_assert_nonnull (strstr (text, "\n3.3\nThis was good practice."));

  /* Recommendations */
  g_assert_nonnull (strstr (content, "<table:table table:name=\"Recommendations\""));
  g_assert_nonnull (strstr (text, "The partnership should agree how fathers are recorded."));
  g_assert_nonnull (strstr (text, "Expected outcome: Every record names the father."));
  g_assert_nonnull (strstr (text, "The safeguarding partnership"));

  /* Header and footer from page 2; no marking on a final report */
  g_assert_nonnull (strstr (styles, "<text:page-number"));
  g_assert_nonnull (strstr (styles, "<text:page-count"));
  g_assert_nonnull (strstr (styles_text, "Northbridge Safeguarding Children Partnership"));
  g_assert_nonnull (strstr (styles_text, "Local Child Safeguarding Practice Review: Baby H"));
  g_assert_null (strstr (styles_text, "DRAFT"));
  g_assert_nonnull (strstr (styles, "Liberation Sans"));

  /* Meta: title and generator only */
  g_assert_nonnull (strstr (meta_text, "Local Child Safeguarding Practice Review: Baby H"));
  g_assert_nonnull (strstr (meta, "<meta:generator>Case Reviews/"));
  g_assert_null (strstr (meta, "initial-creator"));
  g_assert_null (strstr (meta, "dc:creator"));
}

static void
test_draft (void)
{
  g_autoptr(CrReviewReport) report = make_report (TRUE);
  g_autoptr(GBytes) bytes = render (report);
  g_autoptr(Package) package = read_package (bytes);
  g_autofree char *content = dup_part (package, "content.xml");
  g_autofree char *styles = dup_part (package, "styles.xml");
  g_autofree char *text = parse_xml (content, NULL);
  g_autofree char *styles_text = parse_xml (styles, NULL);

  /* Every section shown, those not written with a placeholder */
  g_assert_nonnull (strstr (text, "\n11 Glossary\nNot written yet"));
  g_assert_nonnull (strstr (text, "\nForeword\nNot written yet"));
  /* with their fixed numbers, in the contents too */
  g_assert_nonnull (strstr (text, "\n7 Analysis\n"));
  g_assert_nonnull (strstr (text, "\n7.1\nThe analysis found that information was not shared."));
  g_assert_nonnull (strstr (text, "\n8.3\nThis was good practice."));
  /* The marking on every page, the title page too */
  g_assert_nonnull (strstr (styles_text, "DRAFT — NOT FOR PUBLICATION"));
  g_assert_nonnull (strstr (strstr (styles, "First_20_Page"), "DRAFT — NOT FOR PUBLICATION"));
}

static void
test_hostile_text (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(CrRichText) intro = cr_rich_text_new ();
  g_autoptr(CrFinding) finding = cr_finding_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Package) package = NULL;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *text = NULL;
  g_autofree char *styles_text = NULL;
  g_autofree char *meta_text = NULL;
  const char *hostile = "a <b>&amp;</b> \"q\" 'a' ]]> \001\013\033[31m \xff\xfe end";

  cr_case_set_reference (kase, "NB-2026-002");
  cr_case_set_pseudonym (kase, "Child <J> & \"K\"");
  report = cr_review_report_new (kase);
  cr_review_report_set_partnership (report, "P&P <Partnership> \x02\xc3");
  cr_review_report_set_title (report, "Title ]]> <!-- & \x7f \xef\xbf\xbe");
  cr_review_report_add_reviewer (report, "O'Brien & <Sons>");

  cr_rich_text_append_block (intro, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (intro, hostile, CR_RICH_STYLE_BOLD);
  cr_rich_text_append_span (intro, "  two  spaces\tand a tab", CR_RICH_STYLE_NONE);
  cr_review_report_set_section (report, CR_REPORT_SECTION_INTRODUCTION, intro);

  cr_record_set_id (CR_RECORD (finding), 1);
  cr_record_set (CR_RECORD (finding), "position", "1");
  cr_record_set (CR_RECORD (finding), "title", "<finding> & \"title\"");
  cr_record_set (CR_RECORD (finding), "text", "line one\nline <two>\n\n\001para & two");
  cr_review_report_add_finding (report, finding);

  bytes = render (report);
  package = read_package (bytes);
  content = dup_part (package, "content.xml");
  styles = dup_part (package, "styles.xml");
  meta = dup_part (package, "meta.xml");
  text = parse_xml (content, NULL);
  styles_text = parse_xml (styles, NULL);
  meta_text = parse_xml (meta, NULL);

  /* The characters come back as typed; the forbidden ones are gone. */
  g_assert_nonnull (strstr (text, "a <b>&amp;</b> \"q\" 'a' ]]>"));
  g_assert_nonnull (strstr (text, "two  spaces\nand a tab"));
  g_assert_nonnull (strstr (text, "Child <J> & \"K\""));
  g_assert_nonnull (strstr (text, "O'Brien & <Sons>"));
  g_assert_nonnull (strstr (text, "<finding> & \"title\""));
  g_assert_nonnull (strstr (text, "line one\nline <two>"));
  /* Findings is the second section included: numbered 2 */
  g_assert_nonnull (strstr (text, "\n2.2\npara & two"));
  g_assert_nonnull (strstr (styles_text, "P&P <Partnership>"));
  g_assert_nonnull (strstr (meta_text, "Title ]]> <!-- &"));
  g_assert_null (strstr (content, "\001"));
  g_assert_null (strstr (content, "\033"));
  g_assert_null (strstr (styles, "\002"));
  g_assert_null (strstr (meta, "\xef\xbf\xbe"));
}

static void
test_xml_text (void)
{
  struct {
    const char *input;
    const char *escaped;
    const char *text;
  } cases[] = {
    { "plain", "plain", "plain" },
    { "<&>\"'", "&lt;&amp;&gt;&quot;&apos;", "&lt;&amp;&gt;&quot;&apos;" },
    { "a  b", "a  b", "a <text:s/>b" },
    { "   lead", "   lead", "<text:s text:c=\"3\"/>lead" },
    { "tab\there", "tab&#9;here", "tab<text:tab/>here" },
    { "line\r\nbreak", "line&#13;&#10;break", "line<text:line-break/>break" },
    { "bell\007 nul-free \x1f", "bell nul-free ", "bell nul-free " },
    { "\xef\xbf\xbf\xef\xbf\xbe ok", " ok", "<text:s/>ok" },
    { "bad \xff utf8", "bad \xef\xbf\xbd utf8", "bad \xef\xbf\xbd utf8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) escaped = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);

      _cr_odt_append_escaped (escaped, cases[i].input);
      _cr_odt_append_text (text, cases[i].input);
      g_assert_cmpstr (escaped->str, ==, cases[i].escaped);
      g_assert_cmpstr (text->str, ==, cases[i].text);
    }
}

static void
test_crc32 (void)
{
  /* The check value of CRC-32/ISO-HDLC. */
  g_assert_cmphex (_cr_odt_crc32 ("123456789", 9), ==, 0xcbf43926);
  g_assert_cmphex (_cr_odt_crc32 ("", 0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/odt-report/crc32", test_crc32);
  g_test_add_func ("/odt-report/xml-text", test_xml_text);
  g_test_add_func ("/odt-report/package", test_package);
  g_test_add_func ("/odt-report/content", test_content);
  g_test_add_func ("/odt-report/draft", test_draft);
  g_test_add_func ("/odt-report/hostile-text", test_hostile_text);

  return g_test_run ();
}
