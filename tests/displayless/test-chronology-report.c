/* test-chronology-report.c: landscape reports and the chronology PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestChronologyReport"

#include "config.h"

#include <locale.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "cr-case.h"
#include "cr-chronology-entry.h"
#include "cr-chronology-report.h"
#include "cr-report.h"
#include "cr-test-utils.h"

/* Poppler 22.12 defines no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define A4_SHORT  595.28
#define A4_LONG   841.89
#define MARGIN    (20.0 * 72.0 / 25.4)

static const char *long_event =
  "The health visitor saw the family at home and recorded that the baby was "
  "feeding well. The father was not present and was not spoken to. Nobody "
  "asked who else lived in the household, and the referral from the "
  "emergency department was not shared with the GP until four days later.";

static PopplerDocument *
render (CrReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cr_report_render_pdf (report, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
assert_page_size (PopplerDocument *document,
                  double           width,
                  double           height)
{
  int n_pages = poppler_document_get_n_pages (document);

  g_assert_cmpint (n_pages, >, 0);
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.5);
      g_assert_cmpfloat_with_epsilon (h, height, 0.5);
    }
}

/* Where @needle is on @page, in points from the top left, its top at
 * @top (or anywhere with a negative @top); fails when it is not there. */
static PopplerRectangle
find_on_line (PopplerDocument *document,
              int              index,
              const char      *needle,
              double           top)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  GList *found = poppler_page_find_text (page, needle);
  PopplerRectangle rect = { 0 };
  gboolean any = FALSE;
  double width, height;

  poppler_page_get_size (page, &width, &height);
  for (GList *l = found; l != NULL && !any; l = l->next)
    {
      PopplerRectangle *r = l->data;

      /* find_text counts y from the bottom of the page. */
      rect.x1 = r->x1;
      rect.x2 = r->x2;
      rect.y1 = height - r->y2;
      rect.y2 = height - r->y1;
      any = top < 0 || ABS (rect.y1 - top) < 1;
    }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);

  if (!any)
    g_error ("“%s” is not on page %d", needle, index + 1);
  return rect;
}

static PopplerRectangle
find_on_page (PopplerDocument *document,
              int              index,
              const char      *needle)
{
  return find_on_line (document, index, needle, -1);
}

/* --------------------------------------------------------------------------
 * CrReport in landscape
 */

static void
test_landscape_report (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Landscape Report");
  g_autoptr(PopplerDocument) document = NULL;
  const char *headers[] = { "Limited column", "Open column", NULL };
  const double limits[] = { 0.15, 0 };
  PopplerRectangle rect;
  int n_pages;

  g_assert_false (cr_report_get_landscape (report));
  cr_report_set_landscape (report, TRUE);
  g_assert_true (cr_report_get_landscape (report));
  {
    gboolean landscape = FALSE;

    g_object_get (report, "landscape", &landscape, NULL);
    g_assert_true (landscape);
  }

  cr_report_set_subtitle (report, "TEST-2026-002");
  cr_report_set_author (report, "Eastmoor Partnership");
  cr_report_add_heading (report, 1, "Rows");
  cr_report_begin_table (report, 2, headers);
  cr_report_set_column_limits (report, limits);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *first = g_strdup_printf ("R%03u %s", i, i == 5 ? long_event : "");
      const char *cells[] = { first, i == 7 ? long_event : "Seen.", NULL };

      cr_report_add_table_row (report, cells);
    }

  document = render (report);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 2);
  assert_page_size (document, A4_LONG, A4_SHORT);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      /* The footer at the right of the landscape body, near its foot. */
      rect = find_on_page (document, i, footer);
      g_assert_cmpfloat_with_epsilon (rect.x2, A4_LONG - MARGIN, 3);
      g_assert_cmpfloat (rect.y2, >, A4_SHORT - 25.0 * 72.0 / 25.4);
      g_assert_cmpfloat (rect.y2, <, A4_SHORT - 8.0 * 72.0 / 25.4);

      /* The marking centred on the wide page, at the top and the foot. */
      rect = find_on_page (document, i, "OFFICIAL-SENSITIVE");
      g_assert_cmpfloat_with_epsilon ((rect.x1 + rect.x2) / 2, A4_LONG / 2, 3);

      /* The header row on every page; the first column no wider than
       * its limit, though its text is as long as the second's. */
      rect = find_on_page (document, i, "Open column");
      g_assert_cmpfloat_with_epsilon (rect.x1, MARGIN + 0.15 * (A4_LONG - 2 * MARGIN) + 5, 2);

      /* The running header from page 2, its subtitle at the right. */
      if (i > 0)
        {
          rect = find_on_page (document, i, "TEST-2026-002");
          g_assert_cmpfloat_with_epsilon (rect.x2, A4_LONG - MARGIN, 3);
        }
    }

  /* Portrait stays the default A4 portrait. */
  {
    g_autoptr(CrReport) portrait = cr_report_new ("Portrait Report");
    g_autoptr(PopplerDocument) portrait_document = NULL;

    cr_report_add_paragraph (portrait, "Body.", NULL);
    portrait_document = render (portrait);
    assert_page_size (portrait_document, A4_SHORT, A4_LONG);
    rect = find_on_page (portrait_document, 0, "Page 1 of 1");
    g_assert_cmpfloat_with_epsilon (rect.x2, A4_SHORT - MARGIN, 3);
  }
}

/* --------------------------------------------------------------------------
 * The chronology PDF
 */

static const char *agencies[] = {
  "Police", "Health visiting", "Children’s social care", "Northbridge Primary School",
};

static GListStore *
make_entries (guint n)
{
  GListStore *store = g_list_store_new (CR_TYPE_CHRONOLOGY_ENTRY);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrChronologyEntry) entry = cr_chronology_entry_new ();
      g_autofree char *event = g_strdup_printf ("Entry %u. %s", i,
                                                i % 10 == 0 ? long_event : "Home visit; baby seen and weighed.");
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 2020);
      g_date_add_days (&date, i / 4);
      cr_chronology_entry_set_date (entry, &date);
      if (i % 3 != 0)
        cr_chronology_entry_set_minutes (entry, 540 + (int) (i % 480));
      cr_chronology_entry_set_agency_name (entry, agencies[i % G_N_ELEMENTS (agencies)]);
      cr_chronology_entry_set_event (entry, event);
      cr_chronology_entry_set_author (entry, "Health visitor (HV2)");
      cr_chronology_entry_set_source (entry, "Case notes");
      cr_chronology_entry_set_key_practice_episode (entry, i % 50 == 7);
      g_list_store_append (store, entry);
    }

  return store;
}

static CrCase *
make_case (void)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, "CR-2026-014");
  cr_case_set_pseudonym (kase, "Child K");
  return kase;
}

/* The text of every page, one string. */
static char *
dup_all_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_string_append_c (all, '\f');
    }
  return g_string_free (all, FALSE);
}

static void
test_chronology_landscape (void)
{
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(GListStore) entries = make_entries (40);
  g_autoptr(CrReport) report = cr_chronology_report_build (kase, G_LIST_MODEL (entries), NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *all = NULL;
  PopplerRectangle date, time, agency, event, author, source;
  int table_page;

  g_assert_true (cr_report_get_landscape (report));
  document = render (report);
  assert_page_size (document, A4_LONG, A4_SHORT);

  all = dup_all_text (document);
  g_assert_nonnull (strstr (all, "Multi-agency chronology"));
  g_assert_nonnull (strstr (all, "CR-2026-014 · Child K"));
  g_assert_nonnull (strstr (all, "KPE"));
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *marker = g_strdup_printf ("Entry %u.", i);

      g_assert_nonnull (strstr (all, marker));
    }

  /* The columns in order across the wide page; the event widest, the
   * date, the time and the agency narrow. */
  table_page = poppler_document_get_n_pages (document) - 1;
  date = find_on_page (document, table_page, "Date");
  time = find_on_line (document, table_page, "Time", date.y1);
  agency = find_on_line (document, table_page, "Agency", date.y1);
  event = find_on_line (document, table_page, "Event", date.y1);
  author = find_on_line (document, table_page, "Author or role", date.y1);
  source = find_on_line (document, table_page, "Source", date.y1);
  g_assert_cmpfloat (date.x1, <, time.x1);
  g_assert_cmpfloat (time.x1, <, agency.x1);
  g_assert_cmpfloat (agency.x1, <, event.x1);
  g_assert_cmpfloat (event.x1, <, author.x1);
  g_assert_cmpfloat (author.x1, <, source.x1);
  {
    double event_width = author.x1 - event.x1;

    g_assert_cmpfloat (event_width, >, 0.3 * (A4_LONG - 2 * MARGIN));
    g_assert_cmpfloat (event_width, >, 1.5 * (event.x1 - agency.x1));
    g_assert_cmpfloat (event_width, >, 2 * (source.x1 - author.x1));
    g_assert_cmpfloat (time.x1 - date.x1, <, 0.11 * (A4_LONG - 2 * MARGIN) + 1);
    g_assert_cmpfloat (agency.x1 - time.x1, <, 0.07 * (A4_LONG - 2 * MARGIN) + 1);
    g_assert_cmpfloat (source.x1, <, A4_LONG - MARGIN - 60);
  }

  /* A date and a time each on one line, beside each other. */
  {
    PopplerRectangle a_date = find_on_page (document, table_page, "/2020");
    PopplerRectangle a_time = find_on_page (document, table_page, ":");

    g_assert_cmpfloat (a_date.x2, <, time.x1);
    g_assert_cmpfloat (a_time.x1, >=, time.x1 - 1);
    g_assert_cmpfloat (a_time.x2, <, agency.x1);
  }
}

/* Numbers of the entries "Entry N." in @text: each must be there once. */
static void
assert_every_entry_once (const char *text,
                         guint       n)
{
  g_autofree guint8 *seen = g_new0 (guint8, n);

  for (const char *p = strstr (text, "Entry "); p != NULL; p = strstr (p + 6, "Entry "))
    {
      char *end = NULL;
      guint64 number = g_ascii_strtoull (p + 6, &end, 10);

      if (end == p + 6 || *end != '.')
        continue;
      g_assert_cmpuint (number, <, n);
      g_assert_cmpuint (seen[number], ==, 0);
      seen[number] = 1;
    }
  for (guint i = 0; i < n; i++)
    {
      if (seen[i] == 0)
        g_error ("Entry %u is missing", i);
    }
}

static void
test_chronology_pages (void)
{
  const guint n = 5000;
  g_autoptr(CrCase) kase = make_case ();
  g_autoptr(GListStore) entries = make_entries (n);
  g_autoptr(CrReport) report = cr_chronology_report_build (kase, G_LIST_MODEL (entries), NULL);
  g_autoptr(PopplerDocument) landscape = NULL;
  g_autoptr(PopplerDocument) portrait = NULL;
  g_autofree char *all = NULL;
  gint64 start;
  int n_landscape, n_portrait;

  start = g_get_monotonic_time ();
  landscape = render (report);
  n_landscape = poppler_document_get_n_pages (landscape);
  g_test_message ("%u entries: %d landscape pages in %.1f s", n, n_landscape,
                  (g_get_monotonic_time () - start) / 1e6);
  assert_page_size (landscape, A4_LONG, A4_SHORT);
  all = dup_all_text (landscape);
  assert_every_entry_once (all, n);

  /* The same report as it was before landscape: portrait, the widths
   * following the text (the entries' table is the last block). */
  cr_report_set_landscape (report, FALSE);
  cr_report_set_column_limits (report, NULL);
  start = g_get_monotonic_time ();
  portrait = render (report);
  n_portrait = poppler_document_get_n_pages (portrait);
  g_test_message ("%u entries: %d portrait pages in %.1f s", n, n_portrait,
                  (g_get_monotonic_time () - start) / 1e6);
  assert_page_size (portrait, A4_SHORT, A4_LONG);

  g_assert_cmpint (n_landscape * 4, <, n_portrait * 3);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronology-report/landscape-report", test_landscape_report);
  g_test_add_func ("/chronology-report/landscape", test_chronology_landscape);
  g_test_add_func ("/chronology-report/pages", test_chronology_pages);

  return g_test_run ();
}
