/* test-report.c: the PDF report writer and the Rapid Review report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestReport"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>

#include "cr-agency.h"
#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-child.h"
#include "cr-deadline-policy.h"
#include "cr-family-member.h"
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-pdf-error.h"
#include "cr-rapid-review-report.h"
#include "cr-report.h"
#include "cr-sign-off.h"
#include "cr-test-utils.h"

/* --------------------------------------------------------------------------
 * Reading a PDF back with Poppler
 */

typedef struct
{
  PopplerDocument *document;
  GPtrArray       *pages;   /* char *: the text of each page, lines joined */
  char            *all;     /* every page, form feeds between */
} Pdf;

static void
pdf_free (Pdf *pdf)
{
  g_clear_object (&pdf->document);
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_free (pdf->all);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pdf, pdf_free)

static Pdf *
pdf_open (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  Pdf *pdf = g_new0 (Pdf, 1);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 5);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);

  pdf->document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf->document);

  pdf->pages = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf->document, i);
      char *text = poppler_page_get_text (page);

      g_object_unref (page);
      g_assert_nonnull (text);
      /* Lines joined: a phrase may wrap anywhere. */
      g_strdelimit (text, "\n", ' ');
      g_ptr_array_add (pdf->pages, text);
      if (i > 0)
        g_string_append_c (all, '\f');
      g_string_append (all, text);
    }
  pdf->all = g_string_free (g_steal_pointer (&all), FALSE);

  return pdf;
}

/* With CR_TEST_REPORT_DUMP_DIR set, keeps each PDF there to look at. */
static void
dump_pdf (GBytes *bytes)
{
  const char *dir = g_getenv ("CR_TEST_REPORT_DUMP_DIR");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  name = g_strdelimit (g_strconcat (g_test_get_path (), ".pdf", NULL), "/", '-');
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static Pdf *
render (CrReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cr_report_render_pdf (report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  dump_pdf (bytes);
  return pdf_open (bytes);
}

static const char *
page_text (Pdf   *pdf,
           guint  page)
{
  g_assert_cmpuint (page, <, pdf->pages->len);
  return g_ptr_array_index (pdf->pages, page);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + len, needle))
    n++;
  return n;
}

/* The page holding @needle; fails when it is on none or on several. */
static guint
page_of (Pdf        *pdf,
         const char *needle)
{
  int found = -1;

  for (guint i = 0; i < pdf->pages->len; i++)
    {
      guint n = count (page_text (pdf, i), needle);

      if (n == 0)
        continue;
      if (found >= 0 || n > 1)
        g_error ("“%s” appears more than once", needle);
      found = (int) i;
    }
  if (found < 0)
    g_error ("“%s” is on no page", needle);
  return (guint) found;
}

/* --------------------------------------------------------------------------
 * The writer
 */

static const char *lorem =
  "The health visitor saw the family at home and recorded that the baby was "
  "feeding well. The father was not present and was not spoken to. Nobody "
  "asked who else lived in the household, and the referral from the "
  "emergency department was not shared with the GP until four days later.";

static CrReport *
make_long_report (void)
{
  CrReport *report = cr_report_new ("Writer Test Report");
  const char *headers[] = { "Agency", "Requested", "Notes on the involvement", NULL };

  cr_report_set_subtitle (report, "TEST-2026-001 · Child A");
  cr_report_set_author (report, "Northbridge Safeguarding Children Partnership");

  cr_report_add_heading (report, 1, "Background");
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *text = g_strdup_printf ("Paragraph %u. %s", i, lorem);

      cr_report_add_paragraph (report, text, NULL);
    }

  cr_report_add_heading (report, 1, "Agency summaries");
  cr_report_begin_table (report, 3, headers);
  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *agency = g_strdup_printf ("Row %03u agency", i);
      g_autofree char *notes = g_strdup_printf ("Notes %03u: %s", i, i % 7 == 0 ? lorem : "Seen once.");
      const char *cells[] = { agency, "3 Feb 2026", notes, NULL };

      cr_report_add_table_row (report, cells);
    }

  return report;
}

static void
test_writer_pages (void)
{
  g_autoptr(CrReport) report = make_long_report ();
  g_autoptr(Pdf) pdf = render (report);
  guint n_pages = pdf->pages->len;
  guint header_pages = 0;

  g_assert_cmpuint (n_pages, >, 3);

  for (guint i = 0; i < n_pages; i++)
    {
      const char *text = page_text (pdf, i);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      /* The marking at the top and at the bottom of every page. */
      g_assert_cmpuint (count (text, "OFFICIAL-SENSITIVE"), >=, 2);
      g_assert_cmpuint (count (text, footer), ==, 1);
      g_assert_cmpuint (count (text, "Page "), ==, 1);
      g_assert_nonnull (strstr (text, "Northbridge Safeguarding Children Partnership"));
      /* The running title from page 2 on; the title block on page 1. */
      g_assert_nonnull (strstr (text, "Writer Test Report"));
      if (i > 0)
        g_assert_nonnull (strstr (text, "TEST-2026-001"));

      if (strstr (text, "Notes on the involvement") != NULL)
        header_pages++;
    }

  /* Every paragraph and every row exactly once, none lost at a break. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *marker = g_strdup_printf ("Paragraph %u.", i);

      g_assert_cmpuint (count (pdf->all, marker), ==, 1);
    }
  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *agency = g_strdup_printf ("Row %03u agency", i);
      g_autofree char *notes = g_strdup_printf ("Notes %03u:", i);

      g_assert_cmpuint (count (pdf->all, agency), ==, 1);
      g_assert_cmpuint (count (pdf->all, notes), ==, 1);
      /* A short row is never cut: its cells share a page. */
      g_assert_cmpuint (page_of (pdf, agency), ==, page_of (pdf, notes));
    }

  /* The table runs over several pages and its header row is on each. */
  g_assert_cmpuint (page_of (pdf, "Row 000 agency"), <, page_of (pdf, "Row 089 agency"));
  g_assert_cmpuint (header_pages, ==,
                    page_of (pdf, "Row 089 agency") - page_of (pdf, "Row 000 agency") + 1);
  g_assert_cmpuint (header_pages, >=, 2);

  /* Numbered headings. */
  g_assert_nonnull (strstr (pdf->all, "1. Background"));
  g_assert_nonnull (strstr (pdf->all, "2. Agency summaries"));
}

static void
test_writer_long_paragraph (void)
{
  g_autoptr(CrReport) report = cr_report_new ("One long paragraph");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(Pdf) pdf = NULL;

  /* One paragraph (single line breaks only) of three pages or so. */
  for (guint i = 0; i < 260; i++)
    g_string_append_printf (text, "Sentence %03u of the chronology.%s", i, i % 10 == 9 ? "\n" : " ");
  cr_report_add_paragraph (report, text->str, NULL);

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, >=, 2);
  for (guint i = 0; i < 260; i++)
    {
      g_autofree char *marker = g_strdup_printf ("%03u of the chronology.", i);

      g_assert_cmpuint (count (pdf->all, marker), ==, 1);
    }
  g_assert_cmpuint (page_of (pdf, "000 of the chronology."), <, page_of (pdf, "259 of the chronology."));
}

static void
test_writer_headings_kept_with_text (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Keep with next");
  g_autoptr(Pdf) pdf = NULL;

  /* Paragraphs of varying length push the headings to every height on
   * the page, so some would fall at the foot of a page. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %02u", i);
      g_autoptr(GString) body = g_string_new (NULL);

      g_string_append_printf (body, "Body %02u starts here.", i);
      for (guint j = 0; j < (i * 7) % 5; j++)
        g_string_append_printf (body, " %s", lorem);
      cr_report_add_heading (report, i % 3 == 0 ? 1 : 2, heading);
      cr_report_add_paragraph (report, body->str, NULL);
    }

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, >, 2);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %02u", i);
      g_autofree char *body = g_strdup_printf ("Body %02u starts", i);

      g_assert_cmpuint (page_of (pdf, heading), ==, page_of (pdf, body));
    }
  g_assert_nonnull (strstr (pdf->all, "1. Heading number 00"));
  g_assert_nonnull (strstr (pdf->all, "1.1 Heading number 01"));
  g_assert_nonnull (strstr (pdf->all, "2. Heading number 03"));
}

static void
test_writer_plain_text (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Markup <b>is</b> & stays text");
  const char *bullets[] = { "First <i>item</i> & more", "", "Second item", NULL };
  g_autoptr(Pdf) pdf = NULL;

  cr_report_add_paragraph (report, "Use <b>bold</b> & <span>no markup</span> &amp; here", NULL);
  cr_report_add_field (report, "Label <u>x</u>", "Value & <b>");
  cr_report_add_field (report, "Not given", NULL);
  cr_report_add_field (report, "Blank", "   ");
  cr_report_add_paragraph (report, NULL, "Nothing recorded yet");
  cr_report_add_paragraph (report, "", NULL);
  cr_report_add_bullets (report, bullets);

  pdf = render (report);
  g_assert_nonnull (strstr (pdf->all, "Markup <b>is</b> & stays text"));
  g_assert_nonnull (strstr (pdf->all, "Use <b>bold</b> & <span>no markup</span> &amp; here"));
  g_assert_nonnull (strstr (pdf->all, "Label <u>x</u>:"));
  g_assert_nonnull (strstr (pdf->all, "Value & <b>"));
  g_assert_cmpuint (count (pdf->all, "Not recorded"), ==, 2);
  g_assert_nonnull (strstr (pdf->all, "Nothing recorded yet"));
  g_assert_nonnull (strstr (pdf->all, "First <i>item</i> & more"));
  g_assert_nonnull (strstr (pdf->all, "Second item"));
  {
    g_autofree char *title = poppler_document_get_title (pdf->document);

    g_assert_cmpstr (title, ==, "Markup <b>is</b> & stays text");
  }
}

static void
test_writer_invalid_utf8 (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Bad \xff title");
  const char *headers[] = { "Col \xc3", "Two", "Three", NULL };
  const char *cells[] = { "cell \xed\xa0\x80 one", NULL, "three", NULL };
  const char *bullets[] = { "\xfe\xfe bullet", NULL };
  g_autoptr(Pdf) pdf = NULL;

  cr_report_set_author (report, "Author \xc0\xaf");
  cr_report_set_subtitle (report, "Sub\x01title\r\nnext");
  cr_report_add_heading (report, 1, "Heading \xf0\x9f");
  cr_report_add_paragraph (report, "Before \xff\xfe after\x07 and\ttab", NULL);
  cr_report_add_field (report, "Field \x80", "value \xc3\x28");
  cr_report_add_bullets (report, bullets);
  cr_report_begin_table (report, 3, headers);
  /* A NULL cell is an empty one; the cells after it are kept. */
  cr_report_add_table_row (report, cells);

  pdf = render (report);
  g_assert_nonnull (strstr (pdf->all, "Before"));
  g_assert_nonnull (strstr (pdf->all, "after"));
  g_assert_nonnull (strstr (pdf->all, "bullet"));
  g_assert_nonnull (strstr (pdf->all, "cell"));
  g_assert_nonnull (strstr (pdf->all, "three"));
  {
    g_autofree char *title = poppler_document_get_title (pdf->document);

    g_assert_nonnull (title);
    g_assert_true (g_str_has_prefix (title, "Bad "));
    g_assert_true (g_utf8_validate (title, -1, NULL));
  }
}

static void
test_writer_metadata (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Metadata Report");
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GDateTime *created;

  cr_report_set_author (report, "Eastmoor Partnership");
  cr_report_add_paragraph (report, "Body.", NULL);
  pdf = render (report);

  g_object_get (pdf->document, "title", &title, "author", &author, "creator", &creator, NULL);
  g_assert_cmpstr (title, ==, "Metadata Report");
  g_assert_cmpstr (author, ==, "Eastmoor Partnership");
  g_assert_cmpstr (creator, ==, "Case Reviews");
  g_object_get (pdf->document, "creation-datetime", &created, NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (ABS (g_date_time_to_unix (created) - now), <, 120);
  g_date_time_unref (created);

  /* A4 portrait. */
  {
    PopplerPage *page = poppler_document_get_page (pdf->document, 0);
    double width, height;

    poppler_page_get_size (page, &width, &height);
    g_object_unref (page);
    g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
    g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  }

  /* No marking, no numbering. */
  {
    g_autoptr(CrReport) plain = cr_report_new ("Unmarked");
    g_autoptr(Pdf) plain_pdf = NULL;

    cr_report_set_marking (plain, NULL);
    cr_report_set_numbered (plain, FALSE);
    cr_report_add_heading (plain, 1, "Only heading");
    plain_pdf = render (plain);
    g_assert_null (strstr (plain_pdf->all, "OFFICIAL"));
    g_assert_null (strstr (plain_pdf->all, "1. Only heading"));
    g_assert_nonnull (strstr (plain_pdf->all, "Only heading"));
    g_assert_nonnull (strstr (plain_pdf->all, "Page 1 of 1"));
  }
}

static gpointer
render_in_thread (gpointer data)
{
  g_autoptr(CrReport) report = make_long_report ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes = cr_report_render_pdf (report, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_writer_threads (void)
{
  GThread *threads[3];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("render", render_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GBytes) bytes = g_thread_join (threads[i]);
      g_autoptr(Pdf) pdf = pdf_open (bytes);

      g_assert_cmpuint (pdf->pages->len, >, 3);
      g_assert_nonnull (strstr (pdf->all, "Row 089 agency"));
    }
}

static guint
count_dir_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_writer_write_file (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.pdf", NULL);
  g_autoptr(CrReport) report = cr_report_new ("Written Report");
  g_autoptr(CrReport) second = cr_report_new ("Second Version");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  cr_report_add_paragraph (report, "First.", NULL);
  g_assert_true (cr_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  /* Replacing keeps 0600 even over a file anyone could read, and leaves
   * no temporary file behind. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  cr_report_add_paragraph (second, "Second.", NULL);
  g_assert_true (cr_report_write_pdf (second, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  pdf = pdf_open (bytes);
  g_assert_nonnull (strstr (pdf->all, "Second."));

  /* A folder that does not exist: an error naming the file, nothing
   * written anywhere. */
  g_assert_false (cr_report_write_pdf (report, missing, &error));
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A folder in place of the file: refused, the folder kept. */
  g_assert_false (cr_report_write_pdf (report, dir, &error));
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  cr_test_remove_tree (dir);
}

/* --------------------------------------------------------------------------
 * The Rapid Review report
 */

#define REAL_NAME        "Jayden Smith-Okafor"
#define REAL_FAMILY_NAME "Grace Smith-Okafor"
#define REAL_ADDRESS     "14 Larch Close"

static const char * const section_headings[] = {
  "1. Partnership, references and dates",
  "2. The child and family",
  "3. The incident",
  "4. Agencies involved",
  "5. Key practice episodes",
  "6. The child’s lived experience and identity",
  "7. Immediate safeguarding actions",
  "8. Learning already identified",
  "9. Parallel processes",
  "10. The regulation 11 criteria",
  "11. Decision and recommended next step",
  "12. Sign-off by the safeguarding partners",
};

static CrCase *
make_case (void)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, "NB-2026-004");
  cr_case_set_pseudonym (kase, "Child A");
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_case_set_aware_date (kase, "2026-01-06");
  /* Tuesday 6 to Friday 9 January: 3 working days. */
  cr_case_set_notified_date (kase, "2026-01-09");
  return kase;
}

static CrIdentity *
make_identity (const char *name)
{
  CrIdentity *identity = cr_identity_new ();

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, name);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ADDRESS, REAL_ADDRESS);
  return identity;
}

static CrReferral *
make_referral (void)
{
  CrReferral *referral = cr_referral_new ();
  CrRecord *record = CR_RECORD (referral);
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrChild) sibling = cr_child_new ();
  g_autoptr(CrIdentity) identity = make_identity (REAL_NAME);
  g_autoptr(CrInvolvement) police = cr_involvement_new ();
  g_autoptr(CrInvolvement) health = cr_involvement_new ();
  g_autoptr(CrParallelProcess) process = cr_parallel_process_new ();

  cr_record_set (record, "referral-date", "2026-01-06");
  cr_record_set (record, "referrer-name", "Duty social worker");
  cr_record_set (record, "pseudonym", "Child A");
  cr_record_set (record, "incident-date", "2026-01-05");
  cr_record_set (record, "incident-time", "21:40");
  cr_record_set (record, "aware-date", "2026-01-06");
  cr_record_set (record, "location", "The family home");
  cr_record_set (record, "nature", "serious-harm");
  cr_record_set (record, "abuse-kinds", "physical-abuse;neglect");
  cr_record_set (record, "perpetrator", "step-parent");
  cr_record_set (record, "summary",
                 "Child A, aged 7 months, was brought to the emergency department with a fractured femur.\n\n"
                 "The explanation given did not match the injury.");
  cr_record_set (record, "incident-la", "Northbridge");
  cr_record_set (record, "residence-la", "Eastmoor");
  cr_record_set (record, "limb-abuse", "true");
  cr_record_set (record, "limb-harm", "true");
  cr_record_set (record, "definition-rationale", "A non-mobile baby with an unexplained fracture.");
  cr_record_set (record, "notify-decision", "notify");
  cr_record_set (record, "notify-rationale", "Both limbs of the definition are met.");
  cr_record_set (record, "notified-date", "2026-01-09");
  cr_record_set (record, "panel-reference", "SIN-88231");

  cr_child_set_pseudonym (child, "Child A");
  /* The restricted identity is there, as after the referral assistant:
   * the report must not read it. */
  cr_child_set_identity (child, identity);
  g_list_store_append (cr_referral_get_children (referral), child);
  cr_child_set_pseudonym (sibling, "Sibling B");
  g_list_store_append (cr_referral_get_children (referral), sibling);

  cr_involvement_set_agency_id (police, 1);
  cr_involvement_set_agency_name (police, "Northbridge Police");
  cr_involvement_set_role (police, "Investigating the injury");
  g_list_store_append (cr_referral_get_involvements (referral), police);
  cr_involvement_set_agency_id (health, 2);
  cr_involvement_set_agency_name (health, "Health visiting");
  cr_involvement_set_role (health, "Known to agency");
  g_list_store_append (cr_referral_get_involvements (referral), health);

  cr_record_set (CR_RECORD (process), "kind", "police-investigation");
  cr_record_set (CR_RECORD (process), "status", "ongoing");
  cr_record_set (CR_RECORD (process), "reference", "OP-LARCH");
  cr_record_set (CR_RECORD (process), "notes", "Disclosure protocol agreed with the CPS.");
  cr_record_set (CR_RECORD (process), "review-date", "2026-03-02");
  g_list_store_append (cr_referral_get_processes (referral), process);

  return referral;
}

static CrRapidReview *
make_rapid_review (gboolean with_panel_response)
{
  CrRapidReview *rr = cr_rapid_review_new ();
  CrRecord *record = CR_RECORD (rr);
  GListStore *sign_offs = cr_rapid_review_get_sign_offs (rr);
  const char *attendees[][4] = {
    { "2", "Health visiting", "Sam Patel", "true" },
    { "1", "Northbridge Police", "DI Morgan", "true" },
    { "2", "Health visiting", "Alex Kerr", "false" },
  };
  const char *signers[][2] = {
    { "Director of Children's Services", "2026-01-27" },
    { "Chief Nurse", "2026-01-27" },
    { "Detective Superintendent", "2026-01-28" },
  };

  cr_record_set (record, "meeting-date", "2026-01-20");
  cr_record_set (record, "meeting-time", "10:00");
  cr_record_set (record, "chair", "Independent chair");
  cr_record_set (record, "key-practice-episodes", "Episode 1: the 8-week check. Episode 2: the missed appointment.");
  cr_record_set (record, "lived-experience", "Child A's day-to-day life was not explored.");
  cr_record_set (record, "immediate-actions", "Sibling B was placed with a grandparent under a safety plan.");
  cr_record_set (record, "learning", "Bruising protocol reminder issued to all health visitors.");
  cr_record_set (record, "criterion-a", "yes");
  cr_record_set (record, "criterion-a-rationale", "Rationale A: the GP was not told of the ED attendance.");
  cr_record_set (record, "criterion-b", "yes");
  cr_record_set (record, "criterion-b-rationale", "Rationale B: babies who cannot crawl, with bruising, again.");
  cr_record_set (record, "criterion-c", "no");
  cr_record_set (record, "criterion-c-rationale", "Rationale C: agencies shared well after the incident.");
  cr_record_set (record, "criterion-d", "no");
  cr_record_set (record, "criterion-d-rationale", "Rationale D: the Panel has not yet responded.");
  cr_record_set (record, "national-importance", "no");
  cr_record_set (record, "national-rationale", "Learning is local.");
  cr_record_set (record, "decision", "lcspr");
  cr_record_set (record, "decision-rationale", "Criteria (a) and (b) are met.");
  cr_record_set (record, "decision-date", "2026-01-27");
  cr_record_set (record, "report-sent-date", "2026-01-28");
  if (with_panel_response)
    {
      cr_record_set (record, "panel-response", "agrees");
      cr_record_set (record, "panel-response-date", "2026-02-10");
      cr_record_set (record, "panel-response-notes", "The Panel agrees with the decision to hold an LCSPR.");
    }

  for (guint i = 0; i < G_N_ELEMENTS (attendees); i++)
    {
      g_autoptr(CrAttendee) attendee = cr_attendee_new ();

      cr_record_set (CR_RECORD (attendee), "agency-id", attendees[i][0]);
      cr_record_set (CR_RECORD (attendee), "agency-name", attendees[i][1]);
      cr_record_set (CR_RECORD (attendee), "name", attendees[i][2]);
      cr_record_set (CR_RECORD (attendee), "attended", attendees[i][3]);
      g_list_store_append (cr_rapid_review_get_attendees (rr), attendee);
    }

  {
    g_autoptr(CrAgencySummary) summary = cr_agency_summary_new ();

    cr_record_set (CR_RECORD (summary), "agency-id", "2");
    cr_record_set (CR_RECORD (summary), "agency-name", "Health visiting");
    cr_record_set (CR_RECORD (summary), "requested-date", "2026-01-09");
    cr_record_set (CR_RECORD (summary), "due-date", "2026-01-16");
    cr_record_set (CR_RECORD (summary), "received-date", "2026-01-20");
    cr_record_set (CR_RECORD (summary), "summary", "Health visiting summary text: three contacts.");
    g_list_store_append (cr_rapid_review_get_summaries (rr), summary);
  }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sign_offs)); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (G_LIST_MODEL (sign_offs), i);
      g_autofree char *name = g_strdup_printf ("Signer %u", i + 1);

      cr_record_set (sign_off, "name", name);
      cr_record_set (sign_off, "role", signers[i][0]);
      cr_record_set (sign_off, "signed-date", signers[i][1]);
    }

  return rr;
}

static GPtrArray *
make_family (void)
{
  GPtrArray *family = g_ptr_array_new_with_free_func (g_object_unref);
  CrFamilyMember *mother = cr_family_member_new ();
  g_autoptr(CrIdentity) identity = make_identity (REAL_FAMILY_NAME);

  cr_family_member_set_pseudonym (mother, "Mother of Child A");
  cr_family_member_set_relationship (mother, "Mother");
  cr_family_member_set_identity (mother, identity);
  g_ptr_array_add (family, mother);
  return family;
}

static gboolean
bytes_contain (const char *data,
               gsize       size,
               const char *needle)
{
  gsize len = strlen (needle);

  for (gsize i = 0; i + len <= size; i++)
    {
      if (memcmp (data + i, needle, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Never a real name: not on a page, not in the metadata, not in the raw
 * bytes of the file. */
static void
assert_no_real_names (GBytes *bytes,
                      Pdf    *pdf)
{
  const char *forbidden[] = { "Jayden", "Smith-Okafor", "Grace", REAL_ADDRESS };
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      const char *properties[] = { "title", "author", "subject", "keywords", "creator", "producer" };

      g_assert_null (strstr (pdf->all, forbidden[i]));
      g_assert_false (bytes_contain (data, size, forbidden[i]));
      for (guint p = 0; p < G_N_ELEMENTS (properties); p++)
        {
          g_autofree char *value = NULL;

          g_object_get (pdf->document, properties[p], &value, NULL);
          g_assert_true (value == NULL || strstr (value, forbidden[i]) == NULL);
        }
    }
}

static void
assert_page_furniture (Pdf *pdf)
{
  for (guint i = 0; i < pdf->pages->len; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, pdf->pages->len);

      g_assert_cmpuint (count (page_text (pdf, i), "OFFICIAL-SENSITIVE"), >=, 2);
      g_assert_cmpuint (count (page_text (pdf, i), footer), ==, 1);
    }
}

static void
test_rapid_review_from_models (void)
{
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrRapidReview) rr = make_rapid_review (TRUE);
  g_autoptr(GPtrArray) family = make_family ();
  g_autoptr(CrReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  const char *expected[] = {
    "Rapid Review Report",
    "NB-2026-004 · Child A",
    "Child A", "Sibling B", "Mother of Child A",
    "Northbridge Safeguarding Children Partnership",
    "Northbridge City Council",
    "SIN-88231",
    "5 Jan 2026", "6 Jan 2026", "9 Jan 2026", "20 Jan 2026", "27 Jan 2026", "28 Jan 2026",
    "Notified 3 working days after the local authority became aware",
    "Sent 13 working days after the Panel was notified",
    "Serious harm", "Physical abuse, Neglect", "Step-parent or parent's partner",
    "fractured femur", "did not match the injury",
    "Northbridge Police", "Investigating the injury", "Known to agency",
    "DI Morgan", "Sam Patel", "Alex Kerr", "Sent apologies",
    "Health visiting summary text: three contacts.",
    "20 Jan 2026, 2 working days after the due date",
    "Episode 1: the 8-week check.",
    "day-to-day life was not explored",
    "placed with a grandparent",
    "Bruising protocol reminder",
    "Police investigation", "Ongoing (next review 2 Mar 2026)", "OP-LARCH", "Disclosure protocol",
    "(a) The case highlights or may highlight improvements needed",
    "(d) The case is one which the Panel has considered",
    "Rationale A: the GP was not told of the ED attendance.",
    "Rationale B: babies who cannot crawl, with bruising, again.",
    "Rationale C: agencies shared well after the incident.",
    "Rationale D: the Panel has not yet responded.",
    "Learning is local.",
    "Local child safeguarding practice review",
    "Criteria (a) and (b) are met.",
    "All three safeguarding partners have signed off the decision.",
    "Signer 1", "Signer 3", "Director of Children's Services", "Integrated care board",
    "13. The Panel’s response", "Agrees with the decision",
    "The Panel agrees with the decision to hold an LCSPR.",
  };

  report = cr_rapid_review_report_build (kase, referral, rr, family,
                                         "Northbridge Safeguarding Children Partnership",
                                         "Northbridge City Council");
  g_assert_true (CR_IS_REPORT (report));
  bytes = cr_report_render_pdf (report, &error);
  g_assert_no_error (error);
  dump_pdf (bytes);
  pdf = pdf_open (bytes);

  for (guint i = 0; i < G_N_ELEMENTS (section_headings); i++)
    g_assert_cmpuint (count (pdf->all, section_headings[i]), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (strstr (pdf->all, expected[i]) == NULL)
        g_error ("“%s” is not in the report", expected[i]);
    }
  /* The sections in order. */
  for (guint i = 1; i < G_N_ELEMENTS (section_headings); i++)
    g_assert_true (strstr (pdf->all, section_headings[i - 1]) < strstr (pdf->all, section_headings[i]));

  assert_page_furniture (pdf);
  assert_no_real_names (bytes, pdf);

  g_object_get (pdf->document, "title", &title, "author", &author, NULL);
  g_assert_cmpstr (title, ==, "Rapid Review Report");
  g_assert_cmpstr (author, ==, "Northbridge Safeguarding Children Partnership");

  /* The identities are still there: the report only left them alone. */
  {
    g_autoptr(CrChild) child = g_list_model_get_item (G_LIST_MODEL (cr_referral_get_children (referral)), 0);

    g_assert_cmpstr (cr_identity_get_value (cr_child_get_identity (child), CR_IDENTITY_FIELD_NAME), ==, REAL_NAME);
  }
}

static void
test_rapid_review_empty (void)
{
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
  g_autoptr(CrReport) report = NULL;
  g_autoptr(CrReport) bare = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autoptr(Pdf) bare_pdf = NULL;

  /* Nothing recorded yet: every section is there, saying so. */
  report = cr_rapid_review_report_build (kase, referral, rr, NULL, NULL, "");
  pdf = render (report);
  for (guint i = 0; i < G_N_ELEMENTS (section_headings); i++)
    g_assert_cmpuint (count (pdf->all, section_headings[i]), ==, 1);
  g_assert_null (strstr (pdf->all, "13. "));
  g_assert_cmpuint (count (pdf->all, "Not recorded"), >, 10);
  g_assert_nonnull (strstr (pdf->all, "No family members recorded."));
  g_assert_nonnull (strstr (pdf->all, "No parallel processes recorded."));
  g_assert_nonnull (strstr (pdf->all, "not yet been signed off by all three"));
  assert_page_furniture (pdf);

  /* No referral and no rapid review objects at all. */
  bare = cr_rapid_review_report_build (kase, NULL, NULL, NULL, NULL, NULL);
  bare_pdf = render (bare);
  g_assert_nonnull (strstr (bare_pdf->all, "12. Sign-off by the safeguarding partners"));
  g_assert_nonnull (strstr (bare_pdf->all, "NB-2026-004"));
}

static void
test_rapid_review_late (void)
{
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrRapidReview) rr = make_rapid_review (FALSE);
  g_autoptr(CrReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;

  /* Aware Tuesday 6 January, notified Friday 16: 8 working days; the
   * report sent on 13 February, 20 working days after. */
  cr_case_set_notified_date (kase, "2026-01-16");
  cr_record_set (CR_RECORD (rr), "report-sent-date", "2026-02-13");

  report = cr_rapid_review_report_build (kase, referral, rr, NULL, "P", "LA");
  pdf = render (report);
  g_assert_nonnull (strstr (pdf->all, "Notified 8 working days after the local authority became aware, later than the 5 working days the guidance allows"));
  g_assert_nonnull (strstr (pdf->all, "Sent 20 working days after the Panel was notified, later than the 15 working days the guidance allows"));
  g_assert_null (strstr (pdf->all, "Panel’s response"));
}

/* The partnership's closure days and its rapid review clock start (the
 * default deadline policy) count in the report's timings. */
static void
test_rapid_review_policy (void)
{
  CrDeadlinePolicy *policy = cr_deadline_policy_get_default ();
  const char * const closures[] = { "2026-01-12", NULL };
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrRapidReview) rr = make_rapid_review (FALSE);
  g_autoptr(CrReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;

  cr_case_set_notified_date (kase, "2026-01-16");
  cr_record_set (CR_RECORD (rr), "report-sent-date", "2026-02-13");
  cr_deadline_policy_set_closure_dates (policy, closures);
  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_AWARENESS);

  /* No local authority set in the preferences: the one where the
   * incident happened, from the referral. */
  report = cr_rapid_review_report_build (kase, referral, rr, NULL, "P", NULL);
  pdf = render (report);

  cr_deadline_policy_set_closure_dates (policy, NULL);
  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_NOTIFICATION);

  /* Tuesday 6 to Friday 16 January is 8 working days, 7 with Monday 12
   * closed; to 13 February 28, 27 with the closure. */
  g_assert_nonnull (strstr (pdf->all, "Notified 7 working days after the local authority became aware"));
  g_assert_nonnull (strstr (pdf->all, "Sent 27 working days after the local authority became aware, later than the 15 working days the guidance allows"));

  /* The local authority was not "Not recorded": as many such answers as
   * in the same report with the setting given. */
  {
    g_autoptr(CrReport) with_setting = cr_rapid_review_report_build (kase, referral, rr, NULL, "P", "Elsewhere Council");
    g_autoptr(Pdf) with_setting_pdf = render (with_setting);

    g_assert_nonnull (strstr (with_setting_pdf->all, "Elsewhere Council"));
    g_assert_cmpuint (count (pdf->all, "Not recorded"), ==, count (with_setting_pdf->all, "Not recorded"));
  }
}

/* Sets the agency ids of everything that names an agency to the stored
 * ones: @police_id and @health_id. */
static void
use_stored_agencies (CrReferral    *referral,
                     CrRapidReview *rr,
                     gint64         police_id,
                     gint64         health_id)
{
  g_autofree char *police = g_strdup_printf ("%" G_GINT64_FORMAT, police_id);
  g_autofree char *health = g_strdup_printf ("%" G_GINT64_FORMAT, health_id);
  GListModel *lists[] = {
    G_LIST_MODEL (cr_rapid_review_get_attendees (rr)),
    G_LIST_MODEL (cr_rapid_review_get_summaries (rr)),
  };

  cr_record_set (CR_RECORD (referral), "referring-agency-id", police);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_involvements (referral))); i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (G_LIST_MODEL (cr_referral_get_involvements (referral)), i);

      cr_involvement_set_agency_id (involvement, cr_involvement_get_agency_id (involvement) == 1 ? police_id : health_id);
    }
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(CrRecord) record = g_list_model_get_item (lists[l], i);

        cr_record_set (record, "agency-id",
                       g_strcmp0 (cr_record_get (record, "agency-id"), "1") == 0 ? police : health);
      }
}

static gint64
store_agency (CrDatabase     *db,
              const char     *name,
              CrAgencySector  sector)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) stored = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_agency_set_name (agency, name);
  cr_agency_set_sector (agency, sector);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return cr_agency_get_id (stored);
}

static void
test_rapid_review_from_database (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "reviews.db", NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrRapidReview) rr = make_rapid_review (TRUE);
  g_autoptr(CrFamilyMember) mother = cr_family_member_new ();
  g_autoptr(CrIdentity) mother_identity = make_identity (REAL_FAMILY_NAME);
  g_autoptr(CrFamilyMember) stored_mother = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) updated = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Pdf) pdf = NULL;
  gint64 police_id = store_agency (db, "Northbridge Police", CR_AGENCY_SECTOR_POLICE);
  gint64 health_id = store_agency (db, "Health visiting", CR_AGENCY_SECTOR_HEALTH);
  const char *expected[] = {
    "Rapid Review Report", "Child A", "Sibling B", "Mother of Child A",
    "Northbridge Safeguarding Children Partnership", "Northbridge City Council",
    "Notified 3 working days after the local authority became aware",
    "Northbridge Police", "Investigating the injury", "DI Morgan", "Sent apologies",
    "Health visiting summary text: three contacts.",
    "Police investigation", "OP-LARCH",
    "Rationale A: the GP was not told of the ED attendance.",
    "Rationale D: the Panel has not yet responded.",
    "Local child safeguarding practice review",
    "All three safeguarding partners have signed off the decision.",
    "Director of Children's Services",
    "13. The Panel’s response",
  };

  /* The referral and the rapid review go in through the storage API, as
   * the assistants store them. */
  use_stored_agencies (referral, rr, police_id, health_id);
  cr_database_create_referral_async (db, referral, "NB", NULL, cr_database_sync_cb, &res);
  kase = cr_database_create_referral_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_nonnull (kase);
  g_clear_object (&res);

  cr_record_set_case_id (CR_RECORD (rr), cr_case_get_id (kase));
  cr_database_save_rapid_review_async (db, rr, NULL, cr_database_sync_cb, &res);
  updated = cr_database_save_rapid_review_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_family_member_set_case_id (mother, cr_case_get_id (kase));
  cr_family_member_set_pseudonym (mother, "Mother of Child A");
  cr_family_member_set_relationship (mother, "Mother");
  cr_family_member_set_identity (mother, mother_identity);
  cr_database_add_family_member_async (db, mother, NULL, cr_database_sync_cb, &res);
  stored_mother = cr_database_add_family_member_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_rapid_review_report_generate_async (db, cr_case_get_id (kase),
                                         "Northbridge Safeguarding Children Partnership",
                                         "Northbridge City Council",
                                         NULL, cr_database_sync_cb, &res);
  bytes = cr_rapid_review_report_generate_finish (cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_clear_object (&res);
  dump_pdf (bytes);

  pdf = pdf_open (bytes);
  for (guint i = 0; i < G_N_ELEMENTS (section_headings); i++)
    g_assert_cmpuint (count (pdf->all, section_headings[i]), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (strstr (pdf->all, expected[i]) == NULL)
        g_error ("“%s” is not in the report", expected[i]);
    }
  g_assert_nonnull (strstr (pdf->all, cr_case_get_reference (kase)));
  assert_page_furniture (pdf);
  assert_no_real_names (bytes, pdf);

  /* A case that does not exist: an error, no PDF. */
  cr_rapid_review_report_generate_async (db, 4242, NULL, NULL, NULL, cr_database_sync_cb, &res);
  g_assert_null (cr_rapid_review_report_generate_finish (cr_database_wait (&res), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&res);

  /* Cancelled before it starts: G_IO_ERROR_CANCELLED. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    cr_rapid_review_report_generate_async (db, cr_case_get_id (kase), NULL, NULL, cancellable,
                                           cr_database_sync_cb, &res);
    g_assert_null (cr_rapid_review_report_generate_finish (cr_database_wait (&res), &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_clear_object (&res);
  }

  cr_database_close (db);
  cr_test_remove_tree (dir);
}

/* --------------------------------------------------------------------------
 * Main
 */

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/writer/pages", test_writer_pages);
  g_test_add_func ("/report/writer/long-paragraph", test_writer_long_paragraph);
  g_test_add_func ("/report/writer/headings-kept-with-text", test_writer_headings_kept_with_text);
  g_test_add_func ("/report/writer/plain-text", test_writer_plain_text);
  g_test_add_func ("/report/writer/invalid-utf8", test_writer_invalid_utf8);
  g_test_add_func ("/report/writer/metadata", test_writer_metadata);
  g_test_add_func ("/report/writer/threads", test_writer_threads);
  g_test_add_func ("/report/writer/write-file", test_writer_write_file);
  g_test_add_func ("/report/rapid-review/from-models", test_rapid_review_from_models);
  g_test_add_func ("/report/rapid-review/empty", test_rapid_review_empty);
  g_test_add_func ("/report/rapid-review/late", test_rapid_review_late);
  g_test_add_func ("/report/rapid-review/policy", test_rapid_review_policy);
  g_test_add_func ("/report/rapid-review/from-database", test_rapid_review_from_database);

  return g_test_run ();
}
