/* cr-demo-data-report.c: the review report of the Northbridge demo cases
 * that have one (issue 5)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Baby H has a report drafted through to the partnership's response, two
 * saved versions (the first shorter), four findings (three approved),
 * five recommendations, the register of what identifies the family, a
 * 7-minute briefing and one delivery of it; the report is clean (the
 * anonymisation check passes). Child J has a short first draft that still
 * names the child. Everything is written through the public CrDatabase
 * API, so it is validated and audited like a user's work. The case stays
 * where the demo set puts it: the data set keeps one case in every
 * status.
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-data.h"
#include "cr-demo-data-private.h"

#include "cr-database-chronology.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-util.h"

#include <string.h>

/* Indexes (0-based) of the demo cases with a report. */
enum
{
  CASE_H = 7,
  CASE_J = 8,
};

/* Agencies, 1-based as in cr-demo-data-set.c. */
enum
{
  HOSPITAL = 5,
  COMMUNITY_HEALTH = 6,
  POLICE = 9,
  PROBATION = 10,
};

typedef struct
{
  const char *title;
  const char *text;
  const char *theme;
  const char *priority;
  int         approved;        /* days before today; 0: a draft */
  const char *evidence[3];     /* words of the chronology entries, NULL-terminated */
} DemoFinding;

typedef struct
{
  const char *text;
  guint       finding;         /* 1-based position; 0: none */
  const char *addressed_to;
  guint       agencies[3];     /* 0-terminated */
  const char *national_body;
  const char *outcome;
  const char *status;
} DemoRecommendation;

static const DemoFinding baby_h_findings[] = {
  { "Information that a man with a history of violence had joined a household with a new baby was held by several agencies and shared with none",
    "The police and probation knew that Father had been released on licence to the family home; the health visitor found him there. No agency told Children’s Social Care, because each thought another would, and there is no local guidance on releases to households with babies.\n\n"
    "Until there is, the same gap will open whenever a parent’s partner leaves prison.",
    "Information sharing", "high", 12,
    { "released on licence to the address", "recently released from prison", NULL } },
  { "A bruise on a baby who was not yet mobile was not recognised as a possible sign of abuse",
    "The trust’s protocol requires a paediatric review and a referral for any bruise on a non-mobile baby. Doctors new to the emergency department were not told about it at induction, and the electronic record gave no prompt.",
    "Bruising in non-mobile babies", "high", 12,
    { "small bruise on the cheek", NULL } },
  { "Officers called to a home where a baby was crying did not check who lived there",
    "The call was graded as a neighbour dispute. Checks on the adults in the household would have shown Father’s history of violence, but there was no expectation that officers make them before leaving.",
    "Professional curiosity", "medium", 12,
    { "Neighbour reported shouting", NULL } },
  { "Domestic abuse disclosed early in pregnancy was recorded but not followed up when the circumstances changed",
    "Because Father was in prison at the time, the disclosure was judged low risk and not shared with the health visitor. There was no plan to ask again later in the pregnancy or on his release.",
    "Domestic abuse", "medium", 0,
    { "disclosed earlier domestic abuse", NULL } },
};

static const DemoRecommendation baby_h_recommendations[] = {
  { "The partnership should agree how agencies share information when an adult with a history of violence joins a household with a child under one, and who is responsible for telling Children’s Social Care.",
    1, "partnership", { 0 }, NULL,
    "A protocol agreed by the partners; an audit in a year shows the information reached Children’s Social Care in every case sampled.",
    "agreed" },
  { "Westshire Police and the Probation Service should check, before a release on licence, whether children live at the licence address, and share the release with Children’s Social Care when they do.",
    1, "agencies", { POLICE, PROBATION, 0 }, NULL,
    "Licence address checks record the children in the household; releases to households with children are shared before the release date.",
    "agreed" },
  { "Northbridge Royal Infirmary should include the protocol for bruising in non-mobile babies in the induction of every doctor working in the emergency department, and audit its use.",
    2, "agencies", { HOSPITAL, 0 }, NULL,
    "Every bruise on a non-mobile baby seen in the emergency department has a paediatric review and a referral, as shown by a quarterly audit.",
    "agreed" },
  { "Westshire Police should expect officers attending a call at a home where a baby lives to check the adults in the household before the call is closed.",
    3, "agencies", { POLICE, 0 }, NULL,
    "Guidance issued and reflected in call-closing checklists; a dip sample of calls shows the checks were made.",
    "draft" },
  { "The Department for Education and HM Prison and Probation Service should consider national guidance on sharing information when a person convicted of violence is released to a household with a baby.",
    1, "national", { 0 }, "Department for Education",
    "National guidance that makes the expectation clear to every probation service and local authority.",
    "draft" },
};

typedef struct
{
  CrDatabase   *db;
  GCancellable *cancellable;
  gint64        case_id;
  GDate         today;
  GDate         incident;
  GArray       *agency_ids;
  GArray       *finding_ids;   /* gint64, by position */
} Writer;

/* Runs @call_async on this thread's own context and @finish_expr on its
 * result. */
#define SYNC(call_async, finish_expr) \
  G_STMT_START { g_autoptr(GAsyncResult) res = NULL; \
    call_async; cr_database_wait (&res); finish_expr; } G_STMT_END

/* ---- Dates and text ------------------------------------------------------------- */

static char *
dup_month_year (const GDate *date)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  return g_strdup_printf ("%s %u", months[g_date_get_month (date) - 1], (guint) g_date_get_year (date));
}

/* @days before (or, negative, after) @date. */
static GDate
shift (const GDate *date,
       int          days)
{
  GDate shifted = *date;

  if (days > 0)
    g_date_subtract_days (&shifted, days);
  else if (days < 0)
    g_date_add_days (&shifted, -days);
  return shifted;
}

static char *
dup_days_ago (const Writer *writer,
              int           days)
{
  GDate date = shift (&writer->today, days);

  return cr_date_to_iso (&date);
}

/* @text with its "{incident}"-style tokens replaced by month and year. */
static char *
expand (const Writer      *writer,
        const CrDemoCase  *spec,
        const char        *text)
{
  struct { const char *token; GDate date; } tokens[] = {
    { "{incident}", writer->incident },
    { "{birth}", shift (&writer->incident, spec->children[0].age_days) },
    { "{booking}", shift (&writer->incident, 250) },
    { "{ed}", shift (&writer->incident, 35) },
    { "{release}", shift (&writer->incident, 31) },
    { "{decision}", shift (&writer->today, spec->decision) },
  };
  GString *expanded = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      g_autofree char *month = dup_month_year (&tokens[i].date);

      g_string_replace (expanded, tokens[i].token, month, 0);
    }
  return g_string_free (expanded, FALSE);
}

/* ---- Writing ---------------------------------------------------------------------- */

static char *
dup_agency_id (const Writer *writer,
               guint         agency)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (writer->agency_ids, gint64, agency - 1));
}

/* Saves @record (transfer none) for the case; *@out_id (may be NULL)
 * gets its id. */
static gboolean
save (const Writer  *writer,
      gpointer       record,
      gint64        *out_id,
      GError       **error)
{
  g_autoptr(CrRecord) stored = NULL;

  cr_record_set_case_id (record, writer->case_id);
  SYNC (cr_database_save_record_async (writer->db, record, writer->cancellable, cr_database_sync_cb, &res),
        stored = cr_database_save_record_finish (writer->db, res, error));
  if (stored != NULL && out_id != NULL)
    *out_id = cr_record_get_id (stored);
  return stored != NULL;
}

/* Writes each section's @first (or, when @final, its text). */
static gboolean
write_sections (const Writer            *writer,
                const CrDemoCase        *spec,
                const CrDemoReportText  *sections,
                guint                    n_sections,
                gboolean                 final,
                GError                 **error)
{
  for (guint i = 0; i < n_sections; i++)
    {
      const char *text = final ? sections[i].text : sections[i].first;
      g_autofree char *markup = NULL;
      gboolean ok = FALSE;

      if (text == NULL)
        continue;
      markup = expand (writer, spec, text);
      SYNC (cr_database_save_report_section_async (writer->db, writer->case_id, sections[i].section, markup,
                                                   writer->cancellable, cr_database_sync_cb, &res),
            ok = cr_database_save_report_section_finish (writer->db, res, error));
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_version (const Writer  *writer,
              const char    *label,
              GError       **error)
{
  g_autoptr(CrReportVersion) version = NULL;

  SYNC (cr_database_save_report_version_async (writer->db, writer->case_id, label, writer->cancellable,
                                               cr_database_sync_cb, &res),
        version = cr_database_save_report_version_finish (writer->db, res, error));
  return version != NULL;
}

static gboolean
write_findings (Writer   *writer,
                GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (baby_h_findings); i++)
    {
      const DemoFinding *spec = &baby_h_findings[i];
      g_autoptr(CrFinding) finding = cr_finding_new ();
      CrRecord *record = CR_RECORD (finding);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autofree char *approved = spec->approved > 0 ? dup_days_ago (writer, spec->approved) : NULL;
      gint64 id = 0;

      cr_record_set (record, "position", position);
      cr_record_set (record, "title", spec->title);
      cr_record_set (record, "text", spec->text);
      cr_record_set (record, "theme", spec->theme);
      cr_record_set (record, "priority", spec->priority);
      cr_record_set (record, "good-practice", "false");
      cr_record_set (record, "status", approved != NULL ? "approved" : "draft");
      cr_record_set (record, "approved-date", approved);
      if (!save (writer, finding, &id, error))
        return FALSE;
      g_array_append_val (writer->finding_ids, id);
    }

  return TRUE;
}

static gboolean
write_recommendations (const Writer  *writer,
                       GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (baby_h_recommendations); i++)
    {
      const DemoRecommendation *spec = &baby_h_recommendations[i];
      g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
      CrRecord *record = CR_RECORD (recommendation);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autoptr(GString) agencies = g_string_new (NULL);

      cr_record_set (record, "position", position);
      cr_record_set (record, "text", spec->text);
      if (spec->finding > 0)
        {
          g_autofree char *finding = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                      g_array_index (writer->finding_ids, gint64,
                                                                     spec->finding - 1));

          cr_record_set (record, "finding-id", finding);
        }
      cr_record_set (record, "addressed-to", spec->addressed_to);
      for (guint a = 0; a < G_N_ELEMENTS (spec->agencies) && spec->agencies[a] != 0; a++)
        {
          g_autofree char *id = dup_agency_id (writer, spec->agencies[a]);

          g_string_append_printf (agencies, "%s%s", agencies->len > 0 ? ";" : "", id);
        }
      cr_record_set (record, "agency-ids", agencies->len > 0 ? agencies->str : NULL);
      cr_record_set (record, "national-body", spec->national_body);
      cr_record_set (record, "outcome", spec->outcome);
      cr_record_set (record, "status", spec->status);
      if (!save (writer, recommendation, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* What identifies the family beyond the identities: invented, and never
 * written in the report. */
static gboolean
write_identifiers (const Writer  *writer,
                   GError       **error)
{
  static const struct { const char *kind, *value, *person, *replacement; } identifiers[] = {
    { "alias", "Holly Brennan", "Mother of Baby H", "Mother" },
    { "school", "Little Acorns Day Nursery", "Baby H", "a local nursery" },
    { "street", "Larkspur Close", "Mother of Baby H", "a local street" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (identifiers); i++)
    {
      g_autoptr(CrCaseIdentifier) identifier = cr_case_identifier_new ();
      CrRecord *record = CR_RECORD (identifier);

      cr_record_set (record, "kind", identifiers[i].kind);
      cr_record_set (record, "value", identifiers[i].value);
      cr_record_set (record, "person", identifiers[i].person);
      cr_record_set (record, "replacement", identifiers[i].replacement);
      if (!save (writer, identifier, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_briefing (const Writer  *writer,
                GError       **error)
{
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(CrBriefingDelivery) delivery = cr_briefing_delivery_new ();
  CrRecord *record = CR_RECORD (briefing);
  g_autofree char *approved = dup_days_ago (writer, 8);
  g_autofree char *delivered = dup_days_ago (writer, 3);
  g_autofree char *agency = dup_agency_id (writer, COMMUNITY_HEALTH);

  cr_record_set (record, "title", "7-minute briefing: Baby H");
  cr_record_set (record, "background",
                 "Baby H was seriously injured at ten weeks old. Weeks earlier, Father had been released from prison to the family home. Several agencies knew part of the picture; none brought it together.");
  cr_record_set (record, "why-it-matters",
                 "Babies are the children most at risk of serious harm, and a new adult joining the household is one of the strongest signs of risk found in national reviews.");
  cr_record_set (record, "learning-1",
                 "Share it: a release from prison to a household with a baby is information Children’s Social Care needs. Do not assume someone else has told them.");
  cr_record_set (record, "learning-2",
                 "Bruising in a baby who is not yet mobile always needs a paediatric review and a referral, whatever the explanation.");
  cr_record_set (record, "learning-3",
                 "Ask who lives in the house, and check them. The person in front of you is not the whole household.");
  cr_record_set (record, "things-to-note",
                 "Disclosures of domestic abuse in pregnancy need a plan to ask again when circumstances change, such as a partner’s release from prison.");
  cr_record_set (record, "what-to-do",
                 "• Read the partnership’s bruising protocol.\n• Know how to share information with Children’s Social Care in your agency.\n• Talk about one family you work with: who lives in the household?");
  cr_record_set (record, "question-1", "What are your key thoughts and reflections?");
  cr_record_set (record, "question-2", "How can we ensure the learning is embedded and how will we know this?");
  cr_record_set (record, "question-3", "How can we integrate the learning into team or service improvement plans?");
  cr_record_set (record, "approved-date", approved);
  if (!save (writer, briefing, NULL, error))
    return FALSE;

  record = CR_RECORD (delivery);
  cr_record_set (record, "delivered-date", delivered);
  cr_record_set (record, "team", "Northbridge health visiting, east");
  cr_record_set (record, "agency-id", agency);
  cr_record_set (record, "delivered-by", "Dr Helen Fictitious");
  cr_record_set (record, "attendees", "14");
  cr_record_set (record, "notes",
                 "Discussed at the team meeting. Action agreed: ask about every adult in the household at each home visit, and record who was seen.");
  return save (writer, delivery, NULL, error);
}

static gboolean
write_baby_h (Writer            *writer,
              const CrDemoCase  *spec,
              GError           **error)
{
  const CrDemoReportText *sections;
  guint n_sections;

  sections = _cr_demo_report_get_text (spec->pseudonym, &n_sections);
  g_return_val_if_fail (sections != NULL, TRUE);

  return write_sections (writer, spec, sections, n_sections, FALSE, error) &&
         save_version (writer, "First draft for the review panel", error) &&
         write_sections (writer, spec, sections, n_sections, TRUE, error) &&
         save_version (writer, "Draft for the safeguarding partners", error) &&
         write_findings (writer, error) &&
         write_recommendations (writer, error) &&
         write_identifiers (writer, error) &&
         write_briefing (writer, error);
}

gboolean
_cr_demo_data_write_report (CrDatabase        *db,
                            GCancellable      *cancellable,
                            gint64             case_id,
                            guint              index,
                            const CrDemoCase  *spec,
                            const GDate       *today,
                            GArray            *agency_ids,
                            GError           **error)
{
  g_autoptr(GArray) finding_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Writer writer = { db, cancellable, case_id, *today, *today, agency_ids, finding_ids };
  const CrDemoReportText *sections;
  guint n_sections;

  if (index != CASE_H && index != CASE_J)
    return TRUE;

  writer.incident = shift (today, spec->incident);
  if (index == CASE_H)
    return write_baby_h (&writer, spec, error);

  /* Child J: a first draft, not yet saved as a version. */
  sections = _cr_demo_report_get_text (spec->pseudonym, &n_sections);
  return sections == NULL || write_sections (&writer, spec, sections, n_sections, TRUE, error);
}

/* ---- The evidence, once the chronology is there ------------------------------------ */

static gboolean
link_evidence (CrDatabase    *db,
               GCancellable  *cancellable,
               CrChronology  *chronology,
               CrRecord      *finding,
               GError       **error)
{
  const DemoFinding *spec;
  GListModel *entries = cr_chronology_get_entries (chronology);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint position = cr_finding_get_position (CR_FINDING (finding));
  gboolean ok = TRUE;

  if (position == 0 || position > G_N_ELEMENTS (baby_h_findings))
    return TRUE;
  spec = &baby_h_findings[position - 1];

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (entries, i);
      const char *event = cr_chronology_entry_get_event (entry);
      gint64 id = cr_chronology_entry_get_id (entry);

      for (guint w = 0; w < G_N_ELEMENTS (spec->evidence) && spec->evidence[w] != NULL; w++)
        if (event != NULL && strstr (event, spec->evidence[w]) != NULL)
          {
            SYNC (cr_database_set_key_practice_episode_async (db, id, TRUE, cancellable,
                                                              cr_database_sync_cb, &res),
                  ok = cr_database_set_key_practice_episode_finish (db, res, error));
            if (!ok)
              return FALSE;
            g_array_append_val (ids, id);
            break;
          }
    }

  if (ids->len == 0)
    return TRUE;
  SYNC (cr_database_set_finding_evidence_async (db, cr_record_get_id (finding), (const gint64 *) ids->data,
                                                ids->len, cancellable, cr_database_sync_cb, &res),
        ok = cr_database_set_finding_evidence_finish (db, res, error));
  return ok;
}

gboolean
cr_demo_data_write_report_evidence (CrDatabase    *db,
                                    gint64         case_id,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(CrChronology) chronology = NULL;

  g_return_val_if_fail (CR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (case_id > 0, FALSE);

  SYNC (cr_database_get_case_async (db, case_id, NULL, cancellable, cr_database_sync_cb, &res),
        kase = cr_database_get_case_finish (db, res, error));
  if (kase == NULL)
    return FALSE;
  if (g_strcmp0 (cr_case_get_pseudonym (kase), "Baby H") != 0 ||
      !g_str_has_prefix (cr_case_get_reference (kase), CR_DEMO_REFERENCE_PREFIX "-"))
    return TRUE;

  SYNC (cr_database_list_records_async (db, CR_TYPE_FINDING, case_id, cancellable, cr_database_sync_cb, &res),
        findings = cr_database_list_records_finish (db, res, error));
  if (findings == NULL)
    return FALSE;
  SYNC (cr_database_load_chronology_async (db, case_id, cancellable, cr_database_sync_cb, &res),
        chronology = cr_database_load_chronology_finish (db, res, error));
  if (chronology == NULL)
    return FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      CrRecord *finding = g_ptr_array_index (findings, i);

      /* Evidence already linked (by the user, or a first run) is kept. */
      if (g_strcmp0 (cr_record_get (finding, "evidence-count"), "0") != 0)
        continue;
      if (!link_evidence (db, cancellable, chronology, finding, error))
        return FALSE;
    }

  return TRUE;
}
