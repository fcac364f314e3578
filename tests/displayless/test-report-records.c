/* test-report-records.c: the records and model of the review report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-anonymisation-dismissal.h"
#include "cr-briefing-delivery.h"
#include "cr-briefing.h"
#include "cr-case-identifier.h"
#include "cr-case-status.h"
#include "cr-chronology-entry.h"
#include "cr-finding.h"
#include "cr-recommendation.h"
#include "cr-record.h"
#include "cr-report-section.h"
#include "cr-report-version.h"
#include "cr-review-report.h"
#include "cr-test-utils.h"
#include "cr-util.h"

/* ---- Helpers ----------------------------------------------------------- */

static void
assert_invalid (CrRecord   *record,
                const char *fragment)
{
  cr_test_assert_invalid (record, fragment, NULL);
}

static void
assert_title (CrRecord   *record,
              const char *title,
              const char *subtitle)
{
  g_autofree char *t = cr_record_dup_title (record);
  g_autofree char *s = cr_record_dup_subtitle (record);

  g_assert_cmpstr (t, ==, title);
  g_assert_cmpstr (s, ==, subtitle);
}

static CrFinding *
make_finding (const char *position,
              const char *title,
              const char *text,
              gboolean    approved,
              gboolean    good_practice)
{
  CrFinding *finding = cr_finding_new ();
  CrRecord *record = CR_RECORD (finding);

  cr_record_set (record, "position", position);
  cr_record_set (record, "title", title);
  cr_record_set (record, "text", text);
  cr_record_set (record, "status", approved ? "approved" : "draft");
  cr_record_set (record, "approved-date", approved ? "2026-03-03" : NULL);
  cr_record_set (record, "good-practice", good_practice ? "true" : "false");

  return finding;
}

static CrRecommendation *
make_recommendation (const char *position,
                     const char *text)
{
  CrRecommendation *recommendation = cr_recommendation_new ();
  CrRecord *record = CR_RECORD (recommendation);

  cr_record_set (record, "position", position);
  cr_record_set (record, "text", text);
  cr_record_set (record, "addressed-to", "partnership");
  cr_record_set (record, "status", "agreed");

  return recommendation;
}

/* ---- Findings ----------------------------------------------------------- */

static void
test_finding (void)
{
  g_autoptr(CrFinding) finding = cr_finding_new ();
  CrRecord *record = CR_RECORD (finding);
  const char * const bad_positions[] = { "0", "1000", "01", "2a", "-3", " 4" };

  g_assert_cmpstr (cr_record_get_kind_label (record), ==, "Finding");
  assert_invalid (record, "Enter the position in the report.");

  for (guint i = 0; i < G_N_ELEMENTS (bad_positions); i++)
    {
      cr_record_set (record, "position", bad_positions[i]);
      g_assert_cmpuint (cr_finding_get_position (finding), ==, 0);
      if (g_str_equal (bad_positions[i], " 4"))
        assert_invalid (record, "starts or ends with a space");
      else
        assert_invalid (record, "must be a whole number from 1 to 999");
    }

  cr_record_set (record, "position", "2");
  g_assert_cmpuint (cr_finding_get_position (finding), ==, 2);
  assert_invalid (record, "Enter the statement of the finding.");

  cr_record_set (record, "title", "Information about the father was not shared");
  assert_invalid (record, "Choose the status of the finding.");

  cr_record_set (record, "status", "approved");
  g_assert_true (cr_finding_is_approved (finding));
  assert_invalid (record, "an approved finding needs the day it was approved");

  cr_record_set (record, "approved-date", "2026-03-03");
  cr_test_assert_valid (record);

  cr_record_set (record, "status", "draft");
  g_assert_false (cr_finding_is_approved (finding));
  assert_invalid (record, "is only for an approved finding");
  cr_record_set (record, "approved-date", NULL);
  cr_test_assert_valid (record);

  cr_record_set (record, "priority", "urgent");
  assert_invalid (record, "not one of its options");

  /* Titles and subtitles. */
  cr_record_set (record, "status", "approved");
  cr_record_set (record, "approved-date", "2026-03-03");
  cr_record_set (record, "priority", "high");
  cr_record_set (record, "evidence-count", "4");
  assert_title (record, "Finding 2: Information about the father was not shared",
                "Approved · High priority · 4 chronology entries");

  cr_record_set (record, "good-practice", "true");
  cr_record_set (record, "evidence-count", "1");
  cr_record_set (record, "priority", NULL);
  assert_title (record, "Finding 2: Information about the father was not shared",
                "Approved · Good practice · 1 chronology entry");

  cr_record_set (record, "title", NULL);
  cr_record_set (record, "evidence-count", "0");
  assert_title (record, "Finding 2", "Approved · Good practice");
}

/* ---- Recommendations ----------------------------------------------------- */

static void
test_recommendation (void)
{
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  CrRecord *record = CR_RECORD (recommendation);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *addressee = NULL;
  const gint64 chosen[] = { 12, 3, 12, 7 };

  assert_invalid (record, "Enter the position in the report.");
  cr_record_set (record, "position", "3");
  assert_invalid (record, "Enter the change recommended.");
  cr_record_set (record, "text", "Share information about fathers at the first contact.");
  assert_invalid (record, "Choose the level it is addressed to.");

  cr_record_set (record, "addressed-to", "agencies");
  assert_invalid (record, "Choose the agencies the recommendation is addressed to");

  cr_record_set (record, "agency-ids", "3;x");
  assert_invalid (record, "does not name known agencies");
  cr_record_set (record, "agency-ids", "3;0");
  assert_invalid (record, "does not name known agencies");
  cr_record_set (record, "agency-ids", "3;;4");
  assert_invalid (record, "does not name known agencies");
  cr_record_set (record, "agency-ids", "3;4;3");
  assert_invalid (record, "names the same agency twice");

  /* Setting the ids drops repeats. */
  cr_recommendation_set_agency_ids (recommendation, chosen, G_N_ELEMENTS (chosen));
  g_assert_cmpstr (cr_record_get (record, "agency-ids"), ==, "12;3;7");
  ids = cr_recommendation_dup_agency_ids (recommendation);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 12);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, 7);

  assert_invalid (record, "Choose the status of the recommendation.");
  cr_record_set (record, "status", "agreed");
  cr_test_assert_valid (record);

  cr_record_set (record, "agency-names", "Police; Health visiting");
  assert_title (record, "Recommendation 3", "Named agencies: Police; Health visiting");
  addressee = cr_recommendation_dup_addressee (recommendation);
  g_assert_cmpstr (addressee, ==, "Police; Health visiting");
  g_clear_pointer (&addressee, g_free);

  /* The agencies are only for a recommendation to named agencies. */
  cr_record_set (record, "addressed-to", "partnership");
  assert_invalid (record, "is only for a recommendation to named agencies");
  cr_recommendation_set_agency_ids (recommendation, NULL, 0);
  g_assert_null (cr_record_get (record, "agency-ids"));
  g_clear_pointer (&ids, g_array_unref);
  ids = cr_recommendation_dup_agency_ids (recommendation);
  g_assert_cmpuint (ids->len, ==, 0);
  cr_test_assert_valid (record);
  assert_title (record, "Recommendation 3", "The safeguarding partnership");
  addressee = cr_recommendation_dup_addressee (recommendation);
  g_assert_cmpstr (addressee, ==, "The safeguarding partnership");
  g_clear_pointer (&addressee, g_free);

  cr_record_set (record, "addressed-to", "national");
  addressee = cr_recommendation_dup_addressee (recommendation);
  g_assert_cmpstr (addressee, ==, "National level");
  g_clear_pointer (&addressee, g_free);
  cr_record_set (record, "national-body", "Department for Education");
  addressee = cr_recommendation_dup_addressee (recommendation);
  g_assert_cmpstr (addressee, ==, "Department for Education");
  assert_title (record, "Recommendation 3", "National level: Department for Education");
  cr_test_assert_valid (record);

  cr_record_set (record, "finding-id", "abc");
  assert_invalid (record, "does not name a known entry");
}

/* ---- Identifiers, dismissals, deliveries --------------------------------- */

static void
test_case_identifier (void)
{
  g_autoptr(CrCaseIdentifier) identifier = cr_case_identifier_new ();
  CrRecord *record = CR_RECORD (identifier);

  assert_invalid (record, "Choose the kind of detail.");
  cr_record_set (record, "kind", "nhs-number");
  assert_invalid (record, "Enter the detail to look for.");

  /* 943 476 5919 is valid; changing the check digit is not. */
  cr_record_set (record, "value", "943 476 5918");
  assert_invalid (record, "is not a valid NHS number");
  cr_record_set (record, "value", "943 476 5919");
  cr_test_assert_valid (record);
  cr_record_set (record, "value", "9434765919");
  cr_test_assert_valid (record);

  cr_record_set (record, "kind", "phone");
  cr_record_set (record, "value", "call me");
  assert_invalid (record, "is not a telephone number");
  cr_record_set (record, "value", "01632 960123");
  cr_test_assert_valid (record);

  cr_record_set (record, "kind", "email");
  assert_invalid (record, "is not an email address");
  cr_record_set (record, "value", "mother@example.org");
  cr_test_assert_valid (record);

  /* A school name is any line. */
  cr_record_set (record, "kind", "school");
  cr_record_set (record, "value", "St Aidan's Primary");
  cr_record_set (record, "person", "Child J");
  cr_test_assert_valid (record);

  /* The value is restricted: never in the title or subtitle. */
  assert_title (record, "School or nursery", "Child J");
}

static void
test_dismissal (void)
{
  g_autoptr(CrAnonymisationDismissal) dismissal = cr_anonymisation_dismissal_new ();
  CrRecord *record = CR_RECORD (dismissal);
  g_autofree char *key = g_strnfill (64, 'a');
  g_autofree char *upper = g_strnfill (64, 'A');

  assert_invalid (record, "Enter the key of the detail found.");
  cr_record_set (record, "hit-key", "abc");
  assert_invalid (record, "must be 64 hexadecimal digits");
  cr_record_set (record, "hit-key", upper);
  assert_invalid (record, "must be 64 hexadecimal digits");
  cr_record_set (record, "hit-key", key);
  assert_invalid (record, "Enter the kind of detail found.");
  cr_record_set (record, "kind", "name");
  cr_record_set (record, "source", "Analysis");
  assert_invalid (record, "Enter the reason it may stay.");
  cr_record_set (record, "reason", "  Common   ");
  assert_invalid (record, "Say why this does not identify the family, in a sentence.");
  cr_record_set (record, "reason", "A common word here, not the child's name.");
  assert_invalid (record, "Enter the person who decided.");
  cr_record_set (record, "decided-by", "Sam Patel");
  cr_test_assert_valid (record);

  cr_record_set (record, "decided-at", "2027-03-03T10:15:00Z");
  assert_title (record, "A common word here, not the child's name.",
                "Analysis · Sam Patel · 3 March 2027");
}

static void
test_briefing_delivery (void)
{
  g_autoptr(CrBriefingDelivery) delivery = cr_briefing_delivery_new ();
  CrRecord *record = CR_RECORD (delivery);

  assert_invalid (record, "Enter the date of the briefing.");
  cr_record_set (record, "delivered-date", "2026-03-03");
  assert_invalid (record, "Enter the team briefed.");
  cr_record_set (record, "team", "Northbridge health visiting, east");
  assert_invalid (record, "Enter the person who gave the briefing.");
  cr_record_set (record, "delivered-by", "Sam Patel");
  cr_test_assert_valid (record);

  cr_record_set (record, "attendees", "0");
  assert_invalid (record, "must be a whole number from 1 to 999");
  cr_record_set (record, "attendees", "12");
  cr_test_assert_valid (record);

  assert_title (record, "Northbridge health visiting, east",
                "3 March 2026 · by Sam Patel · 12 attended");
  cr_record_set (record, "attendees", NULL);
  cr_record_set (record, "delivered-by", NULL);
  assert_title (record, "Northbridge health visiting, east", "3 March 2026");
}

/* ---- The 7-minute briefing ----------------------------------------------- */

static void
test_briefing_parts (void)
{
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cr_briefing_part_get_title (1), ==, "Background");
  g_assert_cmpstr (cr_briefing_part_get_title (2), ==, "Why it matters");
  g_assert_cmpstr (cr_briefing_part_get_title (7), ==, "What to do");
  g_assert_cmpstr (cr_briefing_part_get_field (3), ==, "learning-1");
  g_assert_cmpstr (cr_briefing_part_get_field (6), ==, "things-to-note");

  for (guint part = 1; part <= 7; part++)
    {
      g_assert_nonnull (cr_record_find_field (CR_RECORD (briefing), cr_briefing_part_get_field (part)));
      g_assert_cmpuint (strlen (cr_briefing_part_get_hint (part)), >, 20);
    }

  /* Saved while drafted: an empty briefing is a valid record, but cannot
   * be exported. */
  cr_test_assert_valid (CR_RECORD (briefing));
  assert_title (CR_RECORD (briefing), "7-minute briefing", "Draft");
  g_assert_false (cr_briefing_check_export (briefing, &error));
  cr_test_assert_contains (error->message, "Enter the title of the briefing.");
  g_clear_error (&error);

  cr_record_set (CR_RECORD (briefing), "title", "7-minute briefing: Baby H");
  for (guint part = 1; part <= 7; part++)
    if (part != 2)
      cr_record_set (CR_RECORD (briefing), cr_briefing_part_get_field (part), "Something to say.");
  g_assert_false (cr_briefing_check_export (briefing, &error));
  cr_test_assert_contains (error->message, "Write part 2, “Why it matters”");
  g_clear_error (&error);

  cr_record_set (CR_RECORD (briefing), "why-it-matters", "Babies are vulnerable.");
  g_assert_true (cr_briefing_check_export (briefing, &error));
  g_assert_no_error (error);

  cr_record_set (CR_RECORD (briefing), "approved-date", "2026-03-03");
  assert_title (CR_RECORD (briefing), "7-minute briefing: Baby H", "Approved 3 March 2026");
}

static void
test_briefing_generate (void)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) recommendations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrBriefing) briefing = NULL;
  g_autoptr(CrBriefing) fallback = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  CrRecord *record;
  const char *learning;

  /* Given out of order: the briefing follows the positions. */
  g_ptr_array_add (findings, make_finding ("4", "Bruising was not seen as a warning",
                                           "Practitioners did not know the protocol. It was new. "
                                           "Nobody had been trained.", TRUE, FALSE));
  g_ptr_array_add (findings, make_finding ("2", "Draft finding", "Not agreed yet.", FALSE, FALSE));
  g_ptr_array_add (findings, make_finding ("1", "Information about the father was not shared",
                                           "Agencies held parts of the picture.\n\n"
                                           "A second paragraph.", TRUE, FALSE));
  g_ptr_array_add (findings, make_finding ("3", "The health visitor persisted with visits",
                                           "Good practice.", TRUE, TRUE));

  g_ptr_array_add (recommendations, make_recommendation ("2", "Train staff on the bruising protocol."));
  g_ptr_array_add (recommendations, make_recommendation ("1", "Ask about fathers at every first contact.\nDetail."));

  briefing = cr_briefing_generate ("Baby H", "The case summary.",
                                   "\n  Baby H was seriously injured at 10 weeks.  \nSecond paragraph.",
                                   "The partners decided to review.\nMore.",
                                   findings, recommendations);
  record = CR_RECORD (briefing);

  g_assert_cmpstr (cr_record_get (record, "title"), ==, "7-minute briefing: Baby H");
  g_assert_cmpstr (cr_record_get (record, "background"), ==, "Baby H was seriously injured at 10 weeks.");
  g_assert_cmpstr (cr_record_get (record, "why-it-matters"), ==, "The partners decided to review.");
  /* Approved findings, by position, good practice last; no draft needed. */
  g_assert_cmpstr (cr_record_get (record, "learning-1"), ==,
                   "Information about the father was not shared — Agencies held parts of the picture.");
  g_assert_cmpstr (cr_record_get (record, "learning-2"), ==,
                   "Bruising was not seen as a warning — Practitioners did not know the protocol. It was new.");
  g_assert_cmpstr (cr_record_get (record, "learning-3"), ==,
                   "The health visitor persisted with visits — Good practice.");
  g_assert_cmpstr (cr_record_get (record, "things-to-note"), ==,
                   "• The health visitor persisted with visits");
  g_assert_cmpstr (cr_record_get (record, "what-to-do"), ==,
                   "• Ask about fathers at every first contact.\n• Train staff on the bruising protocol.");
  g_assert_cmpstr (cr_record_get (record, "question-1"), ==, "What are your key thoughts and reflections?");
  g_assert_cmpstr (cr_record_get (record, "question-2"), ==,
                   "How can we ensure the learning is embedded and how will we know this?");
  g_assert_cmpstr (cr_record_get (record, "question-3"), ==,
                   "How can we integrate the learning into team or service improvement plans?");
  cr_test_assert_valid (record);
  g_assert_true (cr_briefing_check_export (briefing, &error));
  g_assert_no_error (error);

  /* Fewer than three approved: drafts make up the number. The executive
   * summary is empty, so the case summary is the background; a long text
   * is cut to fit. */
  g_ptr_array_remove_index (findings, 0);
  for (guint i = 0; i < 400; i++)
    g_string_append (long_text, "Many words here ");
  cr_record_set (g_ptr_array_index (findings, 0), "text", long_text->str);
  cr_record_set (g_ptr_array_index (findings, 0), "title", NULL);

  fallback = cr_briefing_generate (NULL, "The case summary.", "  \n", NULL, findings, NULL);
  record = CR_RECORD (fallback);
  g_assert_cmpstr (cr_record_get (record, "title"), ==, "7-minute briefing");
  g_assert_cmpstr (cr_record_get (record, "background"), ==, "The case summary.");
  g_assert_null (cr_record_get (record, "why-it-matters"));
  g_assert_null (cr_record_get (record, "what-to-do"));
  g_assert_cmpstr (cr_record_get (record, "learning-1"), ==,
                   "Information about the father was not shared — Agencies held parts of the picture.");
  g_assert_cmpstr (cr_record_get (record, "learning-2"), ==,
                   "The health visitor persisted with visits — Good practice.");
  learning = cr_record_get (record, "learning-3");
  g_assert_true (g_str_has_prefix (learning, "Many words here Many words here"));
  g_assert_cmpuint (g_utf8_strlen (learning, -1), <=, 1500);
  g_assert_cmpuint (g_utf8_strlen (learning, -1), >, 1400);
  g_assert_true (g_str_has_suffix (learning, "…"));
  g_assert_false (g_str_has_suffix (learning, " …"));
  cr_test_assert_valid (record);
}

/* ---- Sections, versions, the report -------------------------------------- */

static void
test_sections (void)
{
  CrReportSection section;
  guint last_number = 0;

  g_assert_cmpuint (CR_REPORT_N_SECTIONS, ==, 14);

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      const char *key = cr_report_section_to_key (i);
      const char *guidance = cr_report_section_get_guidance (i);
      guint number = cr_report_section_get_number (i);
      guint sentences = 0;

      g_assert_true (cr_report_section_from_key (key, &section));
      g_assert_cmpint (section, ==, i);
      g_assert_nonnull (cr_report_section_get_title (i));

      /* Two or three sentences of guidance. */
      for (const char *p = guidance; *p != '\0'; p++)
        sentences += *p == '.' && (p[1] == ' ' || p[1] == '\0');
      g_assert_cmpuint (sentences, >=, 2);
      g_assert_cmpuint (sentences, <=, 3);

      /* Numbered from 1, in order, over the numbered sections only. */
      if (number > 0)
        {
          g_assert_cmpuint (number, ==, last_number + 1);
          last_number = number;
        }
    }

  g_assert_cmpuint (last_number, ==, 11);
  g_assert_cmpstr (cr_report_section_to_key (CR_REPORT_SECTION_EXECUTIVE_SUMMARY), ==, "executive-summary");
  g_assert_cmpstr (cr_report_section_get_title (CR_REPORT_SECTION_PARTNERSHIP_RESPONSE), ==, "Partnership response");
  g_assert_cmpuint (cr_report_section_get_number (CR_REPORT_SECTION_TITLE_PAGE), ==, 0);
  g_assert_cmpuint (cr_report_section_get_number (CR_REPORT_SECTION_EXECUTIVE_SUMMARY), ==, 0);
  g_assert_cmpuint (cr_report_section_get_number (CR_REPORT_SECTION_INTRODUCTION), ==, 1);
  g_assert_cmpuint (cr_report_section_get_number (CR_REPORT_SECTION_FINDINGS), ==, 8);
  g_assert_cmpuint (cr_report_section_get_number (CR_REPORT_SECTION_GLOSSARY), ==, 11);
  cr_test_assert_contains (cr_report_section_get_guidance (CR_REPORT_SECTION_ANALYSIS), "avoid hindsight bias");
  g_assert_false (cr_report_section_from_key ("appendix", NULL));
  g_assert_false (cr_report_section_from_key (NULL, NULL));
}

static void
test_version (void)
{
  g_autoptr(CrReportVersion) version = cr_report_version_new ();
  g_autoptr(CrReportVersion) loaded = cr_report_version_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *analysis = "## Episode 1\nThe *health* visitor = \\*\n- a # b ; c\n1. é — ü\t";

  g_assert_false (cr_report_version_has_content (version));
  g_assert_cmpstr (cr_report_version_get_markup (version, CR_REPORT_SECTION_ANALYSIS), ==, "");

  cr_report_version_set_number (version, 3);
  cr_report_version_set_label (version, "Draft for the panel, 3 March");
  g_assert_cmpuint (cr_report_version_get_number (version), ==, 3);
  g_assert_cmpstr (cr_report_version_get_label (version), ==, "Draft for the panel, 3 March");

  cr_report_version_set_markup (version, CR_REPORT_SECTION_ANALYSIS, analysis);
  cr_report_version_set_markup (version, CR_REPORT_SECTION_GLOSSARY, "CSC: children's social care");
  g_assert_true (cr_report_version_has_content (version));

  data = cr_report_version_to_data (version);
  cr_test_assert_contains (data, "[report]");
  cr_test_assert_contains (data, "analysis=");

  g_assert_true (cr_report_version_load_data (loaded, data, &error));
  g_assert_no_error (error);
  g_assert_true (cr_report_version_has_content (loaded));
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_assert_cmpstr (cr_report_version_get_markup (loaded, i), ==,
                     cr_report_version_get_markup (version, i));

  /* Unknown keys are ignored; absent sections are empty. */
  g_assert_true (cr_report_version_load_data (loaded, "[report]\nfuture-section=x\nforeword=Hello\n", &error));
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_FOREWORD), ==, "Hello");
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_ANALYSIS), ==, "");

  /* Not such a key file: refused, and nothing changes. */
  g_assert_false (cr_report_version_load_data (loaded, "not a key file", &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cr_report_version_load_data (loaded, "[other]\nforeword=x\n", &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_FOREWORD), ==, "Hello");
}

static CrChronologyEntry *
make_entry (gint64      id,
            const char *iso)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();

  cr_chronology_entry_set_id (entry, id);
  g_assert_true (cr_chronology_entry_set_iso_date (entry, iso));

  return entry;
}

static void
test_review_report (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(CrFinding) second = make_finding ("2", "Second", NULL, TRUE, FALSE);
  g_autoptr(CrFinding) first = make_finding ("1", "First", NULL, TRUE, FALSE);
  g_autoptr(CrRichText) analysis = cr_rich_text_parse ("## Theme\nThree words here.");
  g_autoptr(CrChronologyEntry) later = make_entry (20, "2025-06-01");
  g_autoptr(CrChronologyEntry) earlier = make_entry (21, "2025-01-01");
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(CrRecommendation) rec_b = make_recommendation ("2", "b");
  g_autoptr(CrRecommendation) rec_a = make_recommendation ("1", "a");
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *today = NULL;
  const char * const *reviewers;
  GPtrArray *evidence;
  guint words = 99;
  GDate now;

  cr_case_set_pseudonym (kase, "Baby H");
  report = cr_review_report_new (kase);

  title = cr_review_report_dup_title (report);
  g_assert_cmpstr (title, ==, "Local Child Safeguarding Practice Review: Baby H");
  g_clear_pointer (&title, g_free);
  cr_review_report_set_title (report, "Learning from Baby H");
  title = cr_review_report_dup_title (report);
  g_assert_cmpstr (title, ==, "Learning from Baby H");

  /* The report keeps its own copy of the case. */
  cr_case_set_pseudonym (kase, "Child J");
  g_assert_cmpstr (cr_case_get_pseudonym (cr_review_report_get_case (report)), ==, "Baby H");

  /* Sections are never NULL. */
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_assert_true (cr_rich_text_is_empty (cr_review_report_get_section (report, i)));
  g_assert_cmpuint (cr_review_report_count_written (report, &words), ==, 0);
  g_assert_cmpuint (words, ==, 0);
  cr_review_report_set_section (report, CR_REPORT_SECTION_ANALYSIS, analysis);
  cr_review_report_set_section (report, CR_REPORT_SECTION_GLOSSARY, NULL);
  g_assert_true (cr_review_report_get_section (report, CR_REPORT_SECTION_ANALYSIS) == analysis);
  g_assert_cmpuint (cr_review_report_count_written (report, &words), ==, 1);
  g_assert_cmpuint (words, ==, 4);

  /* Findings in position order; evidence in date order. */
  cr_record_set_id (CR_RECORD (first), 7);
  cr_review_report_add_finding (report, second);
  cr_review_report_add_finding (report, first);
  g_assert_cmpuint (cr_review_report_get_findings (report)->len, ==, 2);
  g_assert_true (g_ptr_array_index (cr_review_report_get_findings (report), 0) == first);

  g_assert_cmpuint (cr_review_report_get_evidence (report, 7)->len, ==, 0);
  cr_review_report_add_evidence (report, 7, later);
  cr_review_report_add_evidence (report, 7, earlier);
  evidence = cr_review_report_get_evidence (report, 7);
  g_assert_cmpuint (evidence->len, ==, 2);
  g_assert_true (g_ptr_array_index (evidence, 0) == earlier);
  g_assert_cmpuint (cr_review_report_get_evidence (report, 8)->len, ==, 0);

  cr_review_report_add_recommendation (report, rec_b);
  cr_review_report_add_recommendation (report, rec_a);
  g_assert_true (g_ptr_array_index (cr_review_report_get_recommendations (report), 0) == rec_a);

  reviewers = cr_review_report_get_reviewers (report);
  g_assert_null (reviewers[0]);
  cr_review_report_add_reviewer (report, "Dr Alex Morgan");
  cr_review_report_add_reviewer (report, "");
  cr_review_report_add_reviewer (report, "Jo Smith");
  reviewers = cr_review_report_get_reviewers (report);
  g_assert_cmpuint (g_strv_length ((char **) reviewers), ==, 2);
  g_assert_cmpstr (reviewers[1], ==, "Jo Smith");

  g_assert_null (cr_review_report_get_briefing (report));
  cr_review_report_set_briefing (report, briefing);
  g_assert_true (cr_review_report_get_briefing (report) == briefing);

  g_assert_false (cr_review_report_get_draft (report));
  cr_review_report_set_draft (report, TRUE);
  g_assert_true (cr_review_report_get_draft (report));

  cr_review_report_set_partnership (report, "Northbridge Safeguarding Children Partnership");
  g_assert_cmpstr (cr_review_report_get_partnership (report), ==,
                   "Northbridge Safeguarding Children Partnership");

  /* The date: published, else planned, else today. */
  cr_date_set_today (&now);
  today = cr_date_to_iso (&now);
  date = cr_review_report_dup_date (report);
  g_assert_cmpstr (date, ==, today);
  g_clear_pointer (&date, g_free);
  g_clear_object (&report);

  cr_case_set_planned_publication_date (kase, "2027-05-12");
  report = cr_review_report_new (kase);
  date = cr_review_report_dup_date (report);
  g_assert_cmpstr (date, ==, "2027-05-12");
  g_clear_pointer (&date, g_free);
  g_clear_object (&report);

  cr_case_set_publication_date (kase, "2026-05-20");
  report = cr_review_report_new (kase);
  date = cr_review_report_dup_date (report);
  g_assert_cmpstr (date, ==, "2026-05-20");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-records/finding", test_finding);
  g_test_add_func ("/report-records/recommendation", test_recommendation);
  g_test_add_func ("/report-records/case-identifier", test_case_identifier);
  g_test_add_func ("/report-records/dismissal", test_dismissal);
  g_test_add_func ("/report-records/briefing-delivery", test_briefing_delivery);
  g_test_add_func ("/report-records/briefing/parts", test_briefing_parts);
  g_test_add_func ("/report-records/briefing/generate", test_briefing_generate);
  g_test_add_func ("/report-records/sections", test_sections);
  g_test_add_func ("/report-records/version", test_version);
  g_test_add_func ("/report-records/review-report", test_review_report);

  return g_test_run ();
}
