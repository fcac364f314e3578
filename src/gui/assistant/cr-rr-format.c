/* cr-rr-format.c: words and sentences about a rapid review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrFormat"

#include "config.h"

#include "cr-rr-format.h"

#include "cr-agency-summary.h"
#include "cr-case-status.h"
#include "cr-sign-off.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

static const struct
{
  const char *nick;
  const char *short_label;
  const char *explanation;
  const char *next_step;
} decisions[] = {
  { "lcspr",
    N_("LCSPR"),
    N_("Commission a local child safeguarding practice review. The Panel, Ofsted and the Department for Education are told of the decision and the reviewer."),
    N_("The case will move to LCSPR commissioning once the Panel agrees.") },
  { "no-further-review",
    N_("No further review"),
    N_("The rapid review has identified the learning; it is shared through the partnership without a further review."),
    N_("The case will close with no further review once the Panel agrees; the learning from the rapid review is shared through the partnership.") },
  { "other-learning-review",
    N_("Other learning review"),
    N_("A different kind of review: a multi-agency or single-agency learning review, a practitioner learning event or an appreciative inquiry."),
    N_("The case will move to an other learning review once the Panel agrees.") },
  { "national-review",
    N_("National review recommended"),
    N_("The case may be complex or of national importance: the partners ask the Panel to consider a national review. The Panel decides."),
    N_("The case will move to national review once the Panel agrees to consider it.") },
  { "not-notifiable",
    N_("Rapid review not required"),
    N_("The case is found not to meet the criteria for a serious incident notification, so no rapid review is needed."),
    N_("The case will close as not requiring a rapid review once all three partners have signed off.") },
};

static const struct
{
  char        letter;
  const char *title;
  const char *wording;
} criteria[] = {
  /* SI 2018/789 regulation 11 (domain.md §1.1) */
  { 'a', N_("(a) Improvements Needed"),
    N_("The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified.") },
  { 'b', N_("(b) Recurrent Themes"),
    N_("The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children.") },
  { 'c', N_("(c) Agencies Working Together"),
    N_("The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children.") },
  { 'd', N_("(d) Referred Back by the Panel"),
    N_("The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate.") },
};

char *
cr_rr_format_day (const char *iso_date)
{
  GDate date, today;
  char buffer[64];
  gsize len;

  if (iso_date == NULL || !cr_date_parse_iso (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");

  cr_date_set_today (&today);
  len = g_date_strftime (buffer, sizeof buffer,
                         g_date_get_year (&date) == g_date_get_year (&today)
                           /* Translators: a short day, "Fri 14 Nov" (strftime format) */
                           ? C_("short day", "%a %-d %b")
                           /* Translators: a short day in another year, "Fri 14 Nov 2025" */
                           : C_("short day with year", "%a %-d %b %Y"),
                         &date);
  if (len == 0)
    return cr_date_format_display (iso_date);
  return g_strdup (buffer);
}

char *
cr_rr_format_date (const char *iso_date)
{
  if (iso_date == NULL)
    return g_strdup ("");
  return cr_date_format_display (iso_date);
}

const char *
cr_rr_choice_label (CrRecord   *record,
                    const char *field)
{
  const CrRecordField *def = cr_record_find_field (record, field);
  const char *value = cr_record_get (record, field);

  if (def == NULL || value == NULL)
    return NULL;
  return cr_record_field_get_choice_label (def, value);
}

const char *
cr_rr_decision_short_label (const char *decision)
{
  for (guint i = 0; decision != NULL && i < G_N_ELEMENTS (decisions); i++)
    if (g_str_equal (decisions[i].nick, decision))
      return _(decisions[i].short_label);
  return NULL;
}

const char *
cr_rr_decision_explanation (const char *decision)
{
  for (guint i = 0; decision != NULL && i < G_N_ELEMENTS (decisions); i++)
    if (g_str_equal (decisions[i].nick, decision))
      return _(decisions[i].explanation);
  return NULL;
}

const char *
cr_rr_decision_next_step (const char *decision)
{
  for (guint i = 0; decision != NULL && i < G_N_ELEMENTS (decisions); i++)
    if (g_str_equal (decisions[i].nick, decision))
      return _(decisions[i].next_step);
  return NULL;
}

const char *
cr_rr_criterion_title (char letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    if (criteria[i].letter == letter)
      return _(criteria[i].title);
  g_return_val_if_reached (NULL);
}

const char *
cr_rr_criterion_wording (char letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    if (criteria[i].letter == letter)
      return _(criteria[i].wording);
  g_return_val_if_reached (NULL);
}

char *
cr_rr_status_line (CrRapidReview *rr)
{
  CrRecord *record = CR_RECORD (rr);
  GListModel *summaries;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *value;
  guint n_summaries, n_received = 0;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (rr), NULL);

  if ((value = cr_record_get (record, "meeting-date")) != NULL)
    {
      g_autofree char *day = cr_rr_format_day (value);
      GDate date, today;

      cr_date_set_today (&today);
      if (cr_date_parse_iso (value, &date) && g_date_compare (&date, &today) > 0)
        /* Translators: %s is a day such as "Fri 14 Nov" */
        g_ptr_array_add (parts, g_strdup_printf (_("Meeting planned for %s"), day));
      else
        /* Translators: %s is a day such as "Fri 14 Nov" */
        g_ptr_array_add (parts, g_strdup_printf (_("Meeting on %s"), day));
    }

  summaries = G_LIST_MODEL (cr_rapid_review_get_summaries (rr));
  n_summaries = g_list_model_get_n_items (summaries);
  for (guint i = 0; i < n_summaries; i++)
    {
      g_autoptr(CrRecord) summary = g_list_model_get_item (summaries, i);

      if (cr_record_has (summary, "received-date"))
        n_received++;
    }
  if (n_summaries > 0)
    g_ptr_array_add (parts,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: "3 of 5 agency summaries received" */
                                                   "%u of %u agency summary received",
                                                   "%u of %u agency summaries received",
                                                   n_summaries),
                                      n_received, n_summaries));

  if ((value = cr_rr_decision_short_label (cr_record_get (record, "decision"))) != NULL)
    /* Translators: %s is a decision such as "LCSPR" */
    g_ptr_array_add (parts, g_strdup_printf (_("Decision: %s"), value));

  if ((value = cr_record_get (record, "report-sent-date")) != NULL)
    {
      g_autofree char *day = cr_rr_format_day (value);

      /* Translators: %s is a day such as "Fri 14 Nov" */
      g_ptr_array_add (parts, g_strdup_printf (_("Sent to the Panel on %s"), day));
    }

  if ((value = cr_rr_choice_label (record, "panel-response")) != NULL)
    /* Translators: %s is the Panel's response, such as "Agrees with the decision" */
    g_ptr_array_add (parts, g_strdup_printf (_("Panel: %s"), value));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
cr_rr_describe_status_path (CrRapidReview *rr,
                            CrCaseStatus   current)
{
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (rr), NULL);

  cr_rapid_review_get_status_path (rr, current, path);
  if (path->len == 0)
    return NULL;

  text = g_string_new (cr_case_status_to_label (current));
  for (guint i = 0; i < path->len; i++)
    {
      g_string_append (text, " → ");
      g_string_append (text, cr_case_status_to_label (g_array_index (path, CrCaseStatus, i)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cr_rr_missing_sign_offs (CrRapidReview *rr)
{
  GListModel *sign_offs;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (rr), NULL);

  sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr));
  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrSignOff) sign_off = g_list_model_get_item (sign_offs, i);
      const char *label;

      if (cr_sign_off_is_complete (sign_off))
        continue;
      label = cr_rr_choice_label (CR_RECORD (sign_off), "partner");
      g_ptr_array_add (missing, (gpointer) (label != NULL ? label : "?"));
    }

  if (missing->len == 0)
    return NULL;

  g_ptr_array_add (missing, NULL);
  /* Translators: the separator between partners still to sign off */
  return g_strjoinv (_(", "), (char **) missing->pdata);
}

gboolean
cr_rr_working_day_number (const char *notified_date,
                          const char *iso_date,
                          GArray     *closures,
                          int        *out_day)
{
  GDate from, to;

  g_return_val_if_fail (out_day != NULL, FALSE);

  if (notified_date == NULL || iso_date == NULL ||
      !cr_date_parse_iso (notified_date, &from) || !cr_date_parse_iso (iso_date, &to))
    return FALSE;

  *out_day = cr_working_days_between (&from, &to, closures);
  return TRUE;
}
