/* cr-rapid-review-report.c: the rapid review report to the Panel */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRapidReviewReport"

#include "config.h"

#include "cr-rapid-review-report.h"

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-child.h"
#include "cr-deadline-policy.h"
#include "cr-family-member.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-sign-off.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/*
 * The report follows domain.md §2.2, one numbered section each. It reads
 * the case, the referral, the rapid review and the family by pseudonym
 * only: nothing here asks a child or a family member for its CrIdentity,
 * so a real name cannot reach the page or the PDF's metadata.
 * cr_rapid_review_report_generate_async is in
 * cr-rapid-review-report-generate.c.
 */

/* The working days the guidance allows (domain.md §1.3). */
#define NOTIFY_WORKING_DAYS        5
#define RAPID_REVIEW_WORKING_DAYS 15

typedef struct
{
  CrReport      *report;
  CrCase        *kase;
  CrReferral    *referral;
  CrRapidReview *rapid_review;
  GArray        *closures;        /* the partnership's closure days */
  gboolean       from_awareness;  /* the rapid review clock starts at awareness */
} Builder;

/* --------------------------------------------------------------------------
 * Values
 */

/* "3 Feb 2026", or NULL when @iso is NULL (shown as "Not recorded"). */
static char *
format_date (const char *iso)
{
  if (iso == NULL || *iso == '\0')
    return NULL;
  return cr_date_format_display (iso);
}

static const char *
first_set (const char *a,
           const char *b)
{
  return a != NULL && *a != '\0' ? a : b;
}

/* The translated label of a CHOICE value of @record, or NULL. */
static const char *
choice_label (CrRecord   *record,
              const char *name)
{
  const CrRecordField *field = cr_record_find_field (record, name);
  const char *nick = cr_record_get (record, name);
  const char *label;

  if (field == NULL || nick == NULL)
    return NULL;
  label = cr_record_field_get_choice_label (field, nick);
  return label != NULL ? label : nick;
}

/* The labels of a CHOICES value, comma-separated, or NULL. */
static char *
choices_label (CrRecord   *record,
               const char *name)
{
  const CrRecordField *field = cr_record_find_field (record, name);
  const char *value = cr_record_get (record, name);
  g_auto(GStrv) nicks = NULL;
  g_autoptr(GString) labels = NULL;

  if (field == NULL || value == NULL)
    return NULL;

  nicks = g_strsplit (value, ";", -1);
  labels = g_string_new (NULL);
  for (guint i = 0; nicks[i] != NULL; i++)
    {
      const char *label = cr_record_field_get_choice_label (field, nicks[i]);

      if (*nicks[i] == '\0')
        continue;
      if (labels->len > 0)
        /* Translators: between the items of a list, "Neglect, Physical abuse" */
        g_string_append (labels, _(", "));
      g_string_append (labels, label != NULL ? label : nicks[i]);
    }

  return labels->len > 0 ? g_string_free (g_steal_pointer (&labels), FALSE) : NULL;
}

static const char *
yes_no (CrRecord   *record,
        const char *name)
{
  if (!cr_record_has (record, name))
    return NULL;
  return cr_record_get_boolean (record, name) ? _("Yes") : _("No");
}

/* The working days from @from_iso to @to_iso into *@days; FALSE when
 * either date is missing. */
static gboolean
count_working_days (Builder    *b,
                    const char *from_iso,
                    const char *to_iso,
                    int        *days)
{
  GDate from, to;

  if (!cr_date_parse_iso (from_iso, &from) || !cr_date_parse_iso (to_iso, &to))
    return FALSE;

  *days = cr_working_days_between (&from, &to, b->closures);
  return TRUE;
}

/* "Notified 3 working days after the local authority became aware", with
 * a note when later than the guidance allows; NULL without both dates. */
static char *
describe_notification (Builder    *b,
                       const char *aware,
                       const char *notified)
{
  g_autofree char *text = NULL;
  int days;

  if (!count_working_days (b, aware, notified, &days))
    return NULL;
  if (days <= 0)
    return g_strdup (_("Notified on the day the local authority became aware"));

  /* Translators: %d is a number of working days */
  text = g_strdup_printf (ngettext ("Notified %d working day after the local authority became aware",
                                    "Notified %d working days after the local authority became aware",
                                    days), days);
  if (days <= NOTIFY_WORKING_DAYS)
    return g_steal_pointer (&text);
  /* Translators: %s is "Notified 7 working days after the local authority became aware" */
  return g_strdup_printf (_("%s, later than the 5 working days the guidance allows"), text);
}

/* "Sent 12 working days after the Panel was notified", likewise; counted
 * from awareness when the partnership starts the clock there. */
static char *
describe_rapid_review (Builder    *b,
                       const char *aware,
                       const char *notified,
                       const char *sent)
{
  g_autofree char *text = NULL;
  int days;

  if (b->from_awareness)
    {
      if (!count_working_days (b, aware, sent, &days))
        return NULL;
      if (days <= 0)
        return g_strdup (_("Sent on the day the local authority became aware"));
      /* Translators: %d is a number of working days */
      text = g_strdup_printf (ngettext ("Sent %d working day after the local authority became aware",
                                        "Sent %d working days after the local authority became aware",
                                        days), days);
    }
  else
    {
      if (!count_working_days (b, notified, sent, &days))
        return NULL;
      if (days <= 0)
        return g_strdup (_("Sent on the day the Panel was notified"));
      /* Translators: %d is a number of working days */
      text = g_strdup_printf (ngettext ("Sent %d working day after the Panel was notified",
                                        "Sent %d working days after the Panel was notified",
                                        days), days);
    }
  if (days <= RAPID_REVIEW_WORKING_DAYS)
    return g_steal_pointer (&text);
  /* Translators: %s is "Sent 17 working days after the Panel was notified" */
  return g_strdup_printf (_("%s, later than the 15 working days the guidance allows"), text);
}

static void
add_date_field (Builder    *b,
                const char *label,
                const char *iso)
{
  g_autofree char *shown = format_date (iso);

  cr_report_add_field (b->report, label, shown);
}

static guint
n_items (GListStore *store)
{
  return store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (store)) : 0;
}

/* --------------------------------------------------------------------------
 * Sections
 */

static void
add_section_references (Builder    *b,
                        const char *partnership,
                        const char *local_authority)
{
  CrRecord *referral = CR_RECORD (b->referral);
  CrRecord *rr = CR_RECORD (b->rapid_review);
  const char *aware = first_set (cr_case_get_aware_date (b->kase), cr_record_get (referral, "aware-date"));
  const char *notified = first_set (cr_case_get_notified_date (b->kase), cr_record_get (referral, "notified-date"));
  const char *sent = first_set (cr_record_get (rr, "report-sent-date"), cr_case_get_rr_sent_date (b->kase));
  g_autofree char *notify_timing = NULL;
  g_autofree char *sent_timing = NULL;

  cr_report_add_heading (b->report, 1, _("Partnership, references and dates"));
  cr_report_add_field (b->report, _("Safeguarding partnership"), partnership);
  cr_report_add_field (b->report, _("Local authority"), local_authority);
  cr_report_add_field (b->report, _("Case reference"), cr_case_get_reference (b->kase));
  cr_report_add_field (b->report, _("Panel reference"), cr_record_get (referral, "panel-reference"));
  add_date_field (b, _("Date of the incident"),
                  first_set (cr_case_get_incident_date (b->kase), cr_record_get (referral, "incident-date")));
  add_date_field (b, _("Date the local authority became aware"), aware);
  add_date_field (b, _("Date the Panel was notified"), notified);

  notify_timing = describe_notification (b, aware, notified);
  if (notify_timing != NULL)
    cr_report_add_field (b->report, _("Timing of the notification"), notify_timing);

  add_date_field (b, _("Date of the rapid review meeting"), cr_record_get (rr, "meeting-date"));
  add_date_field (b, _("Date of the decision"),
                  first_set (cr_record_get (rr, "decision-date"), cr_case_get_decision_date (b->kase)));
  add_date_field (b, _("Date the report was sent to the Panel"), sent);

  sent_timing = describe_rapid_review (b, aware, notified, sent);
  if (sent_timing != NULL)
    cr_report_add_field (b->report, _("Timing of the rapid review"), sent_timing);
}

static void
add_section_family (Builder   *b,
                    GPtrArray *family)
{
  GListStore *children = cr_referral_get_children (b->referral);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *headers[] = { _("Pseudonym"), _("Relationship to the child"), NULL };

  cr_report_add_heading (b->report, 1, _("The child and family"));
  cr_report_add_paragraph (b->report,
                           _("Everyone is named by pseudonym. Real names are held separately and are not part of this report."),
                           NULL);
  cr_report_add_field (b->report, _("Pseudonym of the case"),
                       first_set (cr_case_get_pseudonym (b->kase), cr_record_get (CR_RECORD (b->referral), "pseudonym")));

  cr_report_add_heading (b->report, 2, _("Children"));
  /* Pseudonyms only: never cr_child_get_identity(). */
  for (guint i = 0; i < n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (G_LIST_MODEL (children), i);
      const char *pseudonym = cr_child_get_pseudonym (child);

      if (pseudonym != NULL && *pseudonym != '\0')
        g_ptr_array_add (names, g_strdup (pseudonym));
    }
  g_ptr_array_add (names, NULL);
  if (names->len > 1)
    cr_report_add_bullets (b->report, (const char * const *) names->pdata);
  else
    cr_report_add_paragraph (b->report, NULL, _("No children recorded."));

  cr_report_add_heading (b->report, 2, _("Family members and carers"));
  if (family == NULL || family->len == 0)
    {
      cr_report_add_paragraph (b->report, NULL, _("No family members recorded."));
      return;
    }

  cr_report_begin_table (b->report, 2, headers);
  for (guint i = 0; i < family->len; i++)
    {
      CrFamilyMember *member = g_ptr_array_index (family, i);
      const char *cells[3] = { NULL };

      g_return_if_fail (CR_IS_FAMILY_MEMBER (member));
      /* Pseudonyms only: never cr_family_member_get_identity(). */
      cells[0] = first_set (cr_family_member_get_pseudonym (member), "");
      cells[1] = first_set (cr_family_member_get_relationship (member), "");
      cr_report_add_table_row (b->report, cells);
    }
}

static void
add_section_incident (Builder *b)
{
  CrRecord *referral = CR_RECORD (b->referral);
  g_autofree char *kinds = choices_label (referral, "abuse-kinds");

  cr_report_add_heading (b->report, 1, _("The incident"));
  cr_report_add_field (b->report, _("Nature of the incident"), choice_label (referral, "nature"));
  cr_report_add_field (b->report, _("Kinds of abuse or neglect"), kinds);
  cr_report_add_field (b->report, _("Relationship of the alleged perpetrator"),
                       choice_label (referral, "perpetrator"));
  cr_report_add_field (b->report, _("Time of the incident"), cr_record_get (referral, "incident-time"));
  cr_report_add_field (b->report, _("Place of the incident"), cr_record_get (referral, "location"));
  cr_report_add_field (b->report, _("Local authority where it happened"), cr_record_get (referral, "incident-la"));
  cr_report_add_field (b->report, _("Local authority where the child normally lives"),
                       cr_record_get (referral, "residence-la"));

  cr_report_add_heading (b->report, 2, _("Summary of the incident and circumstances"));
  cr_report_add_paragraph (b->report,
                           first_set (cr_record_get (referral, "summary"), cr_case_get_summary (b->kase)),
                           _("Not recorded"));

  cr_report_add_heading (b->report, 2, _("Serious child safeguarding case"));
  cr_report_add_field (b->report, _("Abuse or neglect known or suspected"), yes_no (referral, "limb-abuse"));
  cr_report_add_field (b->report, _("The child died or was seriously harmed"), yes_no (referral, "limb-harm"));
  cr_report_add_paragraph (b->report, cr_record_get (referral, "definition-rationale"), NULL);

  cr_report_add_heading (b->report, 2, _("Notification"));
  cr_report_add_field (b->report, _("Decision"), choice_label (referral, "notify-decision"));
  cr_report_add_paragraph (b->report, cr_record_get (referral, "notify-rationale"), NULL);
}

static int
compare_by_agency (gconstpointer a,
                   gconstpointer b)
{
  CrRecord *ra = *(CrRecord **) a;
  CrRecord *rb = *(CrRecord **) b;

  return g_utf8_collate (first_set (cr_record_get (ra, "agency-name"), ""),
                         first_set (cr_record_get (rb, "agency-name"), ""));
}

static void
add_attendees (Builder *b)
{
  GListStore *attendees = cr_rapid_review_get_attendees (b->rapid_review);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  const char *headers[] = { _("Agency"), _("Name"), _("Role"), _("Attendance"), NULL };

  for (guint i = 0; i < n_items (attendees); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (attendees), i));
  if (sorted->len == 0)
    {
      cr_report_add_paragraph (b->report, NULL, _("No attendees recorded."));
      return;
    }

  /* Stable: the order within an agency stays as recorded. */
  g_ptr_array_sort (sorted, compare_by_agency);
  cr_report_begin_table (b->report, 4, headers);
  for (guint i = 0; i < sorted->len; i++)
    {
      CrRecord *attendee = g_ptr_array_index (sorted, i);
      const char *cells[] = {
        cr_record_get (attendee, "agency-name"),
        cr_record_get (attendee, "name"),
        cr_record_get (attendee, "role"),
        cr_record_get_boolean (attendee, "attended") ? _("Attended") : _("Sent apologies"),
        NULL
      };

      cr_report_add_table_row (b->report, cells);
    }
}

static void
add_agency_summary (Builder  *b,
                    CrRecord *summary)
{
  const char *agency = first_set (cr_record_get (summary, "agency-name"), _("Unnamed agency"));
  g_autofree char *received = format_date (cr_record_get (summary, "received-date"));
  g_autofree char *received_text = NULL;
  /* Translators: a heading, %s is the name of an agency */
  g_autofree char *heading = g_strdup_printf (_("Agency summary: %s"), agency);
  int late = 0;

  if (received != NULL &&
      count_working_days (b, cr_record_get (summary, "due-date"),
                          cr_record_get (summary, "received-date"), &late) &&
      late > 0)
    /* Translators: %s is a date, %d a number of working days */
    received_text = g_strdup_printf (ngettext ("%s, %d working day after the due date",
                                               "%s, %d working days after the due date",
                                               late), received, late);
  else
    received_text = g_strdup (received);

  cr_report_add_heading (b->report, 2, heading);
  add_date_field (b, _("Requested"), cr_record_get (summary, "requested-date"));
  add_date_field (b, _("Due"), cr_record_get (summary, "due-date"));
  cr_report_add_field (b->report, _("Received"), received_text);
  cr_report_add_paragraph (b->report, cr_record_get (summary, "summary"),
                           cr_record_has (summary, "received-date") ?
                           _("The summary was received but its text is not recorded here.") :
                           _("The summary has not been received yet."));
}

static void
add_section_agencies (Builder *b)
{
  GListStore *involvements = cr_referral_get_involvements (b->referral);
  GListStore *summaries = cr_rapid_review_get_summaries (b->rapid_review);
  CrRecord *rr = CR_RECORD (b->rapid_review);
  const char *headers[] = { _("Agency"), _("Involvement"), NULL };

  cr_report_add_heading (b->report, 1, _("Agencies involved"));
  if (n_items (involvements) == 0)
    {
      cr_report_add_paragraph (b->report, NULL, _("No agencies recorded."));
    }
  else
    {
      cr_report_begin_table (b->report, 2, headers);
      for (guint i = 0; i < n_items (involvements); i++)
        {
          g_autoptr(CrInvolvement) involvement = g_list_model_get_item (G_LIST_MODEL (involvements), i);
          const char *cells[] = {
            cr_involvement_get_agency_name (involvement),
            cr_involvement_get_role (involvement),
            NULL
          };

          cr_report_add_table_row (b->report, cells);
        }
    }

  cr_report_add_heading (b->report, 2, _("The rapid review meeting"));
  add_date_field (b, _("Date"), cr_record_get (rr, "meeting-date"));
  cr_report_add_field (b->report, _("Time"), cr_record_get (rr, "meeting-time"));
  cr_report_add_field (b->report, _("Place"), cr_record_get (rr, "meeting-location"));
  cr_report_add_field (b->report, _("Chair"), cr_record_get (rr, "chair"));
  add_attendees (b);

  if (n_items (summaries) == 0)
    {
      cr_report_add_heading (b->report, 2, _("Agency summaries"));
      cr_report_add_paragraph (b->report, NULL, _("No agency summaries recorded."));
      return;
    }

  for (guint i = 0; i < n_items (summaries); i++)
    {
      g_autoptr(CrRecord) summary = g_list_model_get_item (G_LIST_MODEL (summaries), i);

      add_agency_summary (b, summary);
    }
}

static void
add_text_section (Builder    *b,
                  const char *heading,
                  const char *field)
{
  cr_report_add_heading (b->report, 1, heading);
  cr_report_add_paragraph (b->report, cr_record_get (CR_RECORD (b->rapid_review), field),
                           _("Not recorded"));
}

static void
add_section_processes (Builder *b)
{
  GListStore *processes = cr_referral_get_processes (b->referral);
  const char *headers[] = { _("Process"), _("Status"), _("Reference"), _("Contact"), _("Notes"), NULL };

  cr_report_add_heading (b->report, 1, _("Parallel processes"));
  if (n_items (processes) == 0)
    {
      cr_report_add_paragraph (b->report, NULL, _("No parallel processes recorded."));
      return;
    }

  cr_report_begin_table (b->report, 5, headers);
  for (guint i = 0; i < n_items (processes); i++)
    {
      g_autoptr(CrRecord) process = g_list_model_get_item (G_LIST_MODEL (processes), i);
      g_autofree char *review = format_date (cr_record_get (process, "review-date"));
      g_autofree char *status = NULL;
      const char *cells[6] = { NULL };

      if (review != NULL)
        /* Translators: a process's status and when it is next looked at,
         * "Ongoing (next review 3 Mar 2026)" */
        status = g_strdup_printf (_("%s (next review %s)"),
                                  first_set (choice_label (process, "status"), ""), review);
      else
        status = g_strdup (choice_label (process, "status"));

      cells[0] = choice_label (process, "kind");
      cells[1] = status;
      cells[2] = cr_record_get (process, "reference");
      cells[3] = cr_record_get (process, "contact");
      cells[4] = cr_record_get (process, "notes");
      for (guint c = 0; c < 5; c++)
        cells[c] = first_set (cells[c], "");
      cr_report_add_table_row (b->report, cells);
    }
}

static void
add_section_criteria (Builder *b)
{
  CrRecord *rr = CR_RECORD (b->rapid_review);
  /* SI 2018/789 regulation 11 (domain.md §1.1). */
  static const struct {
    const char *field;
    const char *rationale;
    const char *wording;
  } criteria[] = {
    { "criterion-a", "criterion-a-rationale",
      N_("(a) The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified.") },
    { "criterion-b", "criterion-b-rationale",
      N_("(b) The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children.") },
    { "criterion-c", "criterion-c-rationale",
      N_("(c) The case highlights or may highlight concerns regarding two or more agencies working together effectively to safeguard and promote the welfare of children.") },
    { "criterion-d", "criterion-d-rationale",
      N_("(d) The case is one which the Panel has considered and concluded a local review may be more appropriate.") },
  };
  const char *headers[] = { _("Criterion"), _("Met"), _("Reasons"), NULL };

  cr_report_add_heading (b->report, 1, _("The regulation 11 criteria"));
  cr_report_add_paragraph (b->report,
                           _("The criteria of regulation 11 of the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018, which the safeguarding partners take into account when deciding whether to carry out a local child safeguarding practice review. Meeting a criterion does not by itself mean that a review must be carried out."),
                           NULL);

  cr_report_begin_table (b->report, 3, headers);
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    {
      const char *cells[] = {
        _(criteria[i].wording),
        first_set (choice_label (rr, criteria[i].field), _("Not recorded")),
        first_set (cr_record_get (rr, criteria[i].rationale), _("Not recorded")),
        NULL
      };

      cr_report_add_table_row (b->report, cells);
    }

  cr_report_add_heading (b->report, 2, _("National importance"));
  cr_report_add_field (b->report, _("Complex or of national importance"),
                       choice_label (rr, "national-importance"));
  cr_report_add_paragraph (b->report, cr_record_get (rr, "national-rationale"), NULL);
}

static void
add_section_decision (Builder *b)
{
  CrRecord *rr = CR_RECORD (b->rapid_review);

  cr_report_add_heading (b->report, 1, _("Decision and recommended next step"));
  cr_report_add_field (b->report, _("Decision"), choice_label (rr, "decision"));
  add_date_field (b, _("Date of the decision"),
                  first_set (cr_record_get (rr, "decision-date"), cr_case_get_decision_date (b->kase)));
  cr_report_add_heading (b->report, 2, _("Reasons for the decision"));
  cr_report_add_paragraph (b->report, cr_record_get (rr, "decision-rationale"), _("Not recorded"));
}

static void
add_section_sign_off (Builder *b)
{
  GListStore *sign_offs = cr_rapid_review_get_sign_offs (b->rapid_review);
  const char *headers[] = { _("Safeguarding partner"), _("Name"), _("Role"), _("Date signed"), NULL };

  cr_report_add_heading (b->report, 1, _("Sign-off by the safeguarding partners"));
  cr_report_add_paragraph (b->report,
                           cr_rapid_review_is_signed_off (b->rapid_review) ?
                           _("All three safeguarding partners have signed off the decision.") :
                           _("The decision has not yet been signed off by all three safeguarding partners."),
                           NULL);

  cr_report_begin_table (b->report, 4, headers);
  for (guint i = 0; i < n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (G_LIST_MODEL (sign_offs), i);
      g_autofree char *date = format_date (cr_record_get (sign_off, "signed-date"));
      const char *cells[] = {
        first_set (choice_label (sign_off, "partner"), ""),
        first_set (cr_record_get (sign_off, "name"), _("Not signed")),
        first_set (cr_record_get (sign_off, "role"), ""),
        first_set (date, ""),
        NULL
      };

      cr_report_add_table_row (b->report, cells);
    }
}

static void
add_section_panel_response (Builder *b)
{
  CrRecord *rr = CR_RECORD (b->rapid_review);

  if (!cr_record_has (rr, "panel-response"))
    return;

  cr_report_add_heading (b->report, 1, _("The Panel’s response"));
  cr_report_add_field (b->report, _("Response"), choice_label (rr, "panel-response"));
  add_date_field (b, _("Date of the response"), cr_record_get (rr, "panel-response-date"));
  cr_report_add_paragraph (b->report, cr_record_get (rr, "panel-response-notes"), NULL);
}

/* --------------------------------------------------------------------------
 * Public
 */

CrReport *
cr_rapid_review_report_build (CrCase        *kase,
                              CrReferral    *referral,
                              CrRapidReview *rapid_review,
                              GPtrArray     *family,
                              const char    *partnership,
                              const char    *local_authority)
{
  g_autoptr(CrReferral) empty_referral = NULL;
  g_autoptr(CrRapidReview) empty_rapid_review = NULL;
  g_autofree char *subtitle = NULL;
  const char *reference;
  const char *pseudonym;
  Builder b = { 0 };
  CrDeadlinePolicy *policy = cr_deadline_policy_get_default ();
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (policy);

  g_return_val_if_fail (CR_IS_CASE (kase), NULL);
  g_return_val_if_fail (referral == NULL || CR_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (rapid_review == NULL || CR_IS_RAPID_REVIEW (rapid_review), NULL);

  /* A case recorded without the assistants still gets its report, with
   * "Not recorded" where the answers would be. */
  if (referral == NULL)
    referral = empty_referral = cr_referral_new ();
  if (rapid_review == NULL)
    rapid_review = empty_rapid_review = cr_rapid_review_new ();

  if (partnership != NULL && *partnership == '\0')
    partnership = NULL;
  if (local_authority != NULL && *local_authority == '\0')
    local_authority = NULL;
  /* Without the setting, the local authority where the incident happened
   * (which leads the rapid review) as the referral recorded it. */
  if (local_authority == NULL)
    local_authority = cr_record_get (CR_RECORD (referral), "incident-la");

  b.closures = closures;
  b.from_awareness = (cr_deadline_policy_get_rapid_review_clock_start (policy) ==
                      CR_RAPID_REVIEW_CLOCK_AWARENESS);
  b.report = cr_report_new (_("Rapid Review Report"));
  b.kase = kase;
  b.referral = referral;
  b.rapid_review = rapid_review;

  reference = first_set (cr_case_get_reference (kase), "");
  pseudonym = first_set (cr_case_get_pseudonym (kase), cr_record_get (CR_RECORD (referral), "pseudonym"));
  if (pseudonym != NULL)
    /* Translators: the subtitle of a report, "CR-2026-001 · Child A" */
    subtitle = g_strdup_printf (_("%s · %s"), reference, pseudonym);
  else
    subtitle = g_strdup (reference);
  cr_report_set_subtitle (b.report, subtitle);
  cr_report_set_author (b.report, partnership);

  cr_report_add_paragraph (b.report,
                           _("This report sets out the rapid review of a serious child safeguarding case for the Child Safeguarding Practice Review Panel. It holds sensitive information about children: keep it secure and share it only with those who need it."),
                           NULL);

  add_section_references (&b, partnership, local_authority);
  add_section_family (&b, family);
  add_section_incident (&b);
  add_section_agencies (&b);
  add_text_section (&b, _("Key practice episodes"), "key-practice-episodes");
  add_text_section (&b, _("The child’s lived experience and identity"), "lived-experience");
  add_text_section (&b, _("Immediate safeguarding actions"), "immediate-actions");
  add_text_section (&b, _("Learning already identified"), "learning");
  add_section_processes (&b);
  add_section_criteria (&b);
  add_section_decision (&b);
  add_section_sign_off (&b);
  add_section_panel_response (&b);

  return b.report;
}
