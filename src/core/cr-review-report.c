/* cr-review-report.c: everything the final report is made from */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReviewReport"

#include "config.h"

#include "cr-review-report.h"

#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrReviewReport
{
  GObject      parent_instance;

  CrCase      *kase;
  char        *partnership;
  char        *title;
  CrRichText  *sections[CR_REPORT_N_SECTIONS];
  GPtrArray   *findings;          /* CrFinding */
  GHashTable  *evidence;          /* gint64 * finding id -> GPtrArray of CrChronologyEntry */
  GPtrArray   *no_evidence;       /* empty */
  GPtrArray   *recommendations;   /* CrRecommendation */
  GPtrArray   *reviewers;         /* char *, NULL-terminated */
  CrBriefing  *briefing;

  guint        draft : 1;
};

G_DEFINE_FINAL_TYPE (CrReviewReport, cr_review_report, G_TYPE_OBJECT)

static void
cr_review_report_finalize (GObject *object)
{
  CrReviewReport *self = (CrReviewReport *) object;

  g_clear_object (&self->kase);
  g_clear_pointer (&self->partnership, g_free);
  g_clear_pointer (&self->title, g_free);
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], cr_rich_text_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_hash_table_unref);
  g_clear_pointer (&self->no_evidence, g_ptr_array_unref);
  g_clear_pointer (&self->recommendations, g_ptr_array_unref);
  g_clear_pointer (&self->reviewers, g_ptr_array_unref);
  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (cr_review_report_parent_class)->finalize (object);
}

static void
cr_review_report_class_init (CrReviewReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_review_report_finalize;
}

static void
cr_review_report_init (CrReviewReport *self)
{
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    self->sections[i] = cr_rich_text_new ();

  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->evidence = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->no_evidence = g_ptr_array_new ();
  self->recommendations = g_ptr_array_new_with_free_func (g_object_unref);
  self->reviewers = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->reviewers, NULL);
}

/**
 * cr_review_report_new:
 * @kase: the case
 *
 * The report keeps a copy of @kase, so that later changes to it do not
 * reach a worker thread that reads the report.
 *
 * Returns: (transfer full): an empty report of @kase
 */
CrReviewReport *
cr_review_report_new (CrCase *kase)
{
  CrReviewReport *self;

  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  self = g_object_new (CR_TYPE_REVIEW_REPORT, NULL);
  self->kase = cr_case_copy (kase);

  return self;
}

/**
 * cr_review_report_get_case:
 * @self: a report
 *
 * Returns: (transfer none): the report's copy of the case
 */
CrCase *
cr_review_report_get_case (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return self->kase;
}

const char *
cr_review_report_get_partnership (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return self->partnership;
}

void
cr_review_report_set_partnership (CrReviewReport *self,
                                  const char     *name)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));

  g_free (self->partnership);
  self->partnership = name != NULL && *name != '\0' ? g_strdup (name) : NULL;
}

/**
 * cr_review_report_dup_title:
 * @self: a report
 *
 * Returns: (transfer full): the title set, else "Local Child Safeguarding
 *   Practice Review: " and the child's pseudonym
 */
char *
cr_review_report_dup_title (CrReviewReport *self)
{
  const char *pseudonym;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  if (self->title != NULL)
    return g_strdup (self->title);

  pseudonym = cr_case_get_pseudonym (self->kase);
  if (pseudonym == NULL || *pseudonym == '\0')
    return g_strdup (_("Local Child Safeguarding Practice Review"));

  /* Translators: the title of a published review; %s is the child's
   * pseudonym, "Baby H". */
  return g_strdup_printf (_("Local Child Safeguarding Practice Review: %s"), pseudonym);
}

void
cr_review_report_set_title (CrReviewReport *self,
                            const char     *title)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));

  g_free (self->title);
  self->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
}

/**
 * cr_review_report_get_section:
 * @self: a report
 * @section: a section
 *
 * Returns: (transfer none): its text, empty when not written
 */
CrRichText *
cr_review_report_get_section (CrReviewReport  *self,
                              CrReportSection  section)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);
  g_return_val_if_fail ((guint) section < CR_REPORT_N_SECTIONS, NULL);

  return self->sections[section];
}

/**
 * cr_review_report_set_section:
 * @self: a report
 * @section: a section
 * @text: (nullable): its text (the report takes a reference)
 */
void
cr_review_report_set_section (CrReviewReport  *self,
                              CrReportSection  section,
                              CrRichText      *text)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));
  g_return_if_fail ((guint) section < CR_REPORT_N_SECTIONS);

  g_clear_pointer (&self->sections[section], cr_rich_text_unref);
  self->sections[section] = text != NULL ? cr_rich_text_ref (text) : cr_rich_text_new ();
}

/**
 * cr_review_report_count_written:
 * @self: a report
 * @n_words: (out) (optional): the words in them
 *
 * Returns: the number of sections that hold some text
 */
guint
cr_review_report_count_written (CrReviewReport *self,
                                guint          *n_words)
{
  guint written = 0;
  guint words = 0;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), 0);

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    if (!cr_rich_text_is_empty (self->sections[i]))
      {
        written++;
        words += cr_rich_text_count_words (self->sections[i]);
      }

  if (n_words != NULL)
    *n_words = words;

  return written;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  guint pa = cr_finding_get_position (*(CrFinding **) a);
  guint pb = cr_finding_get_position (*(CrFinding **) b);

  return pa < pb ? -1 : pa > pb;
}

static int
compare_recommendations (gconstpointer a,
                         gconstpointer b)
{
  guint pa = cr_recommendation_get_position (*(CrRecommendation **) a);
  guint pb = cr_recommendation_get_position (*(CrRecommendation **) b);

  return pa < pb ? -1 : pa > pb;
}

/**
 * cr_review_report_get_findings:
 * @self: a report
 *
 * Returns: (transfer none) (element-type CrFinding): the findings, in
 *   position order
 */
GPtrArray *
cr_review_report_get_findings (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return self->findings;
}

void
cr_review_report_add_finding (CrReviewReport *self,
                              CrFinding      *finding)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));
  g_return_if_fail (CR_IS_FINDING (finding));

  g_ptr_array_add (self->findings, g_object_ref (finding));
  /* Stable, so equal positions keep the order they were added in. */
  g_ptr_array_sort (self->findings, compare_findings);
}

/**
 * cr_review_report_get_evidence:
 * @self: a report
 * @finding_id: a finding's id
 *
 * Returns: (transfer none) (element-type CrChronologyEntry): the entries
 *   that evidence it, in date order; an empty array when none
 */
GPtrArray *
cr_review_report_get_evidence (CrReviewReport *self,
                               gint64          finding_id)
{
  GPtrArray *entries;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  entries = g_hash_table_lookup (self->evidence, &finding_id);

  return entries != NULL ? entries : self->no_evidence;
}

void
cr_review_report_add_evidence (CrReviewReport    *self,
                               gint64             finding_id,
                               CrChronologyEntry *entry)
{
  GPtrArray *entries;

  g_return_if_fail (CR_IS_REVIEW_REPORT (self));
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (entry));

  entries = g_hash_table_lookup (self->evidence, &finding_id);
  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->evidence, g_memdup2 (&finding_id, sizeof finding_id), entries);
    }

  g_ptr_array_add (entries, g_object_ref (entry));
  g_ptr_array_sort (entries, cr_chronology_entry_compare_indirect);
}

/**
 * cr_review_report_get_recommendations:
 * @self: a report
 *
 * Returns: (transfer none) (element-type CrRecommendation): the
 *   recommendations, in position order
 */
GPtrArray *
cr_review_report_get_recommendations (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return self->recommendations;
}

void
cr_review_report_add_recommendation (CrReviewReport   *self,
                                     CrRecommendation *recommendation)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));
  g_return_if_fail (CR_IS_RECOMMENDATION (recommendation));

  g_ptr_array_add (self->recommendations, g_object_ref (recommendation));
  g_ptr_array_sort (self->recommendations, compare_recommendations);
}

/**
 * cr_review_report_get_reviewers:
 * @self: a report
 *
 * Returns: (transfer none) (array zero-terminated=1): the reviewers' names
 */
const char * const *
cr_review_report_get_reviewers (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return (const char * const *) self->reviewers->pdata;
}

void
cr_review_report_add_reviewer (CrReviewReport *self,
                               const char     *name)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));

  if (name == NULL || *name == '\0')
    return;

  /* Keep the NULL at the end. */
  g_ptr_array_insert (self->reviewers, self->reviewers->len - 1, g_strdup (name));
}

/**
 * cr_review_report_get_briefing:
 * @self: a report
 *
 * Returns: (transfer none) (nullable): the 7-minute briefing
 */
CrBriefing *
cr_review_report_get_briefing (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  return self->briefing;
}

void
cr_review_report_set_briefing (CrReviewReport *self,
                               CrBriefing     *briefing)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));
  g_return_if_fail (briefing == NULL || CR_IS_BRIEFING (briefing));

  g_set_object (&self->briefing, briefing);
}

gboolean
cr_review_report_get_draft (CrReviewReport *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), FALSE);

  return self->draft;
}

void
cr_review_report_set_draft (CrReviewReport *self,
                            gboolean        draft)
{
  g_return_if_fail (CR_IS_REVIEW_REPORT (self));

  self->draft = !!draft;
}

/**
 * cr_review_report_dup_date:
 * @self: a report
 *
 * Returns: (transfer full): the date for the title page, "YYYY-MM-DD": the
 *   publication date, else the planned one, else today
 */
char *
cr_review_report_dup_date (CrReviewReport *self)
{
  const char *candidates[2];
  GDate date;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  candidates[0] = cr_case_get_publication_date (self->kase);
  candidates[1] = cr_case_get_planned_publication_date (self->kase);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (cr_date_parse_iso (candidates[i], &date))
      return cr_date_to_iso (&date);

  cr_date_set_today (&date);
  return cr_date_to_iso (&date);
}

/**
 * cr_review_report_includes_section:
 * @self: a report
 * @section: a section
 *
 * A draft shows every section (an empty one says it is not written
 * yet); a final report leaves out the empty ones, but shows the findings
 * and recommendations sections when there are findings or
 * recommendations for their tables. The title page is not a section of
 * the body.
 *
 * Returns: whether the PDF and ODT show @section
 */
gboolean
cr_review_report_includes_section (CrReviewReport  *self,
                                   CrReportSection  section)
{
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), FALSE);
  g_return_val_if_fail ((guint) section < CR_REPORT_N_SECTIONS, FALSE);

  if (section == CR_REPORT_SECTION_TITLE_PAGE)
    return FALSE;
  if (self->draft)
    return TRUE;
  if (!cr_rich_text_is_empty (self->sections[section]))
    return TRUE;
  if (section == CR_REPORT_SECTION_FINDINGS)
    return self->findings->len > 0;
  if (section == CR_REPORT_SECTION_RECOMMENDATIONS)
    return self->recommendations->len > 0;
  return FALSE;
}

/**
 * cr_review_report_get_section_number:
 * @self: a report
 * @section: a section
 *
 * A draft keeps the fixed numbers (cr_report_section_get_number()), so
 * that "7.3" means the same paragraph from one draft to the next; a
 * final report numbers the numbered sections it includes 1, 2, 3… with
 * no gap where an empty section was left out.
 *
 * Returns: the number of @section in this report, or 0 when it is not
 *   numbered or not included
 */
guint
cr_review_report_get_section_number (CrReviewReport  *self,
                                     CrReportSection  section)
{
  guint number = 0;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), 0);
  g_return_val_if_fail ((guint) section < CR_REPORT_N_SECTIONS, 0);

  if (cr_report_section_get_number (section) == 0 ||
      !cr_review_report_includes_section (self, section))
    return 0;
  if (self->draft)
    return cr_report_section_get_number (section);

  for (CrReportSection s = 0; s <= section; s++)
    if (cr_report_section_get_number (s) > 0 && cr_review_report_includes_section (self, s))
      number++;
  return number;
}

/* "February 2021", or "" when @entry has no date. */
static char *
dup_month_year (CrChronologyEntry *entry)
{
  g_autofree char *iso = cr_chronology_entry_dup_iso_date (entry);
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  if (!cr_date_parse_iso (iso, &date))
    return g_strdup ("");
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), 1, 0, 0, 0);
  /* Translators: a month and year, "February 2021"; see strftime(3) */
  return time != NULL ? g_date_time_format (time, C_("month and year", "%B %Y")) : g_strdup ("");
}

static void
append_part (GString    *line,
             const char *part)
{
  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, part);
}

/**
 * cr_review_report_dup_evidence_lines:
 * @self: a report
 * @finding_id: a finding's id
 *
 * What the findings table shows of each chronology entry that evidences
 * the finding: "February 2021 · Police · KPE". Only the month and year
 * of the date: an exact day in the child's life would help identify the
 * family. The entry's text is not shown.
 *
 * Returns: (transfer full): one line an entry, in date order (empty
 *   when the finding has no evidence)
 */
GStrv
cr_review_report_dup_evidence_lines (CrReviewReport *self,
                                     gint64          finding_id)
{
  GPtrArray *evidence;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (self), NULL);

  evidence = cr_review_report_get_evidence (self, finding_id);
  for (guint i = 0; i < evidence->len; i++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (evidence, i);
      const char *agency = cr_chronology_entry_get_agency_name (entry);
      g_autofree char *date = dup_month_year (entry);
      g_autoptr(GString) line = g_string_new (date);

      if (agency != NULL && agency[0] != '\0')
        append_part (line, agency);
      if (cr_chronology_entry_get_key_practice_episode (entry))
        /* Translators: short for "key practice episode", in the findings table */
        append_part (line, C_("key practice episode", "KPE"));
      g_strv_builder_add (lines, line->str);
    }

  return g_strv_builder_end (lines);
}
