/* cr-demo-documents-set.c: the demo agencies' chronologies and reports
 * (data, and turning it into CSV text and PDF reports) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Everything here is invented, and names people only by the pseudonyms of
 * the demo cases ("Mother of Baby H"). Each agency writes its file its own
 * way (dates with slashes, in words, ISO; a time column or not), a few
 * events are recorded by two agencies (likely duplicates for the user to
 * confirm or dismiss), and each case has two rows that cannot be read (set
 * aside with the reason).
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-documents-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define POLICE    "Westshire Police – Public Protection Unit"
#define HOSPITAL  "Northbridge Royal Infirmary NHS Trust (emergency department, paediatrics, maternity)"
#define HEALTH    "Health Visiting and School Nursing – Northbridge Community Health"
#define GP        "Riverside Medical Practice (GP)"
#define CSC       "Children’s Social Care – Northbridge City Council"

/* ---- Baby H: a skull fracture at ten weeks ------------------------------ */

static const CrDemoEntry baby_h_police[] = {
  { -400, "23:10", "Domestic incident at the home of Mother of Baby H and Father of Baby H: verbal argument, no injuries seen. DASH risk assessment: standard. No children in the household at the time.", "PC, response team", "Storm log 4411", NULL },
  { -380, "01:45", "Father of Baby H arrested for an assault on a man outside a public house; remanded in custody.", "DC, CID", "Niche occurrence", NULL },
  { -300, NULL, "Father of Baby H sentenced to 10 months in prison for assault occasioning actual bodily harm.", "Court liaison officer", "Court result", NULL },
  { -31, NULL, "Father of Baby H released on licence to the address of Mother of Baby H. No information shared with Children’s Social Care about the new baby.", "Offender manager liaison", "Niche occurrence", NULL },
  { -21, "02:15", "Neighbour reported shouting and a baby crying for a long time. Officers attended; the parents said Baby H had colic. Baby H seen asleep; no concerns recorded and no referral made.", "PC, response team", "Storm log 7302", NULL },
  { 0, "09:40", "Baby H admitted to Northbridge Royal Infirmary with a skull fracture; no explanation given by the parents.", "DS, Public Protection Unit", "Niche occurrence", NULL },
  { 0, "15:00", "Strategy discussion with Children’s Social Care and the hospital: section 47 enquiry and joint investigation agreed.", "DS, Public Protection Unit", "Strategy minutes", NULL },
  { 1, "11:00", "Mother of Baby H and Father of Baby H interviewed under caution; both released under investigation with bail conditions not to be alone with Baby H.", "DC, Public Protection Unit", "Interview record", NULL },
  { 0, "10:00", "Call from the hospital safeguarding team: skeletal survey results.", "Call handler", "Storm log", "31/02/" },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

static const CrDemoEntry baby_h_hospital[] = {
  { -250, "10:15", "Booking appointment at 12 weeks. Mother of Baby H disclosed earlier domestic abuse by Father of Baby H, then in prison. Routine enquiry recorded; no referral made.", "Community midwife", "Maternity record", NULL },
  { -150, NULL, "Antenatal appointment missed; no follow-up recorded.", "Community midwife", "Maternity record", NULL },
  { -70, "04:32", "Baby H born at 38 weeks by normal delivery, weighing 3.1 kg. Discharged home the next day.", "Midwife", "Maternity record", NULL },
  { -35, "19:20", "Baby H brought to the emergency department with a small bruise on the cheek; the parents said a toy had fallen on him. Discharged; not discussed with a paediatrician and no safeguarding referral.", "ED doctor", "ED record", NULL },
  { 0, "08:05", "Baby H admitted with a skull fracture; no explanation given by the parents. Drowsy and vomiting on arrival.", "ED consultant", "ED record", NULL },
  { 0, "10:30", "Skeletal survey: two healing rib fractures, about two to three weeks old.", "Consultant paediatrician", "Radiology report", NULL },
  { 0, "14:45", "Strategy discussion with the police and Children’s Social Care: section 47 enquiry and joint investigation agreed.", "Named doctor for safeguarding", "Safeguarding record", NULL },
  { 2, "09:00", "", "Ward sister", "Nursing notes", NULL },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

static const CrDemoEntry baby_h_health[] = {
  { -60, NULL, "New birth visit. Mother of Baby H said Father of Baby H was in prison and due out soon. Home clean; Baby H feeding well.", "Health visitor", "SystmOne", NULL },
  { -42, NULL, "Six to eight week review not attended; letter sent with a new appointment.", "Health visitor", "SystmOne", NULL },
  { -28, NULL, "Home visit: Father of Baby H at home, recently released from prison; Mother of Baby H described him as a support. Baby H unsettled. Not shared with the GP or Children’s Social Care.", "Health visitor", "SystmOne", NULL },
  { -10, NULL, "Telephone contact: Mother of Baby H tired; Baby H crying a lot, thought to be colic. Advice given on settling.", "Health visitor", "SystmOne", NULL },
  { 2, NULL, "Told by the hospital of Baby H’s admission with a skull fracture. Records shared for the strategy meeting.", "Named nurse for safeguarding", "SystmOne", NULL },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

/* ---- Child J: weight loss after missed health appointments --------------- */

static const CrDemoEntry child_j_gp[] = {
  { -540, "10:40", "Annual review: weight on the 9th centile. Mother of Child J said feeding by mouth was going well.", "GP", "EMIS consultation", NULL },
  { -420, NULL, "Letter from the hospital filed: Child J not brought to the dietetic clinic.", "Practice administrator", "EMIS correspondence", NULL },
  { -300, NULL, "Second letter filed: Child J not brought to the gastroenterology clinic. No contact made with the family.", "Practice administrator", "EMIS correspondence", NULL },
  { -160, "16:20", "Repeat prescription for feed supplements requested by telephone; issued without a review.", "GP", "EMIS prescribing", NULL },
  { -40, "11:05", "Telephone consultation: Mother of Child J said Child J was eating less and sleeping more. Advised to bring Child J in; no appointment booked.", "GP", "EMIS consultation", NULL },
  { -3, "13:30", "Child J admitted to hospital with severe weight loss, weight below the 0.4th centile, after a GP home visit.", "GP", "EMIS consultation", NULL },
  { -2, "09:00", "Discharge summary requested.", "Practice administrator", "EMIS", "13/13/" },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

static const CrDemoEntry child_j_hospital[] = {
  { -420, "09:30", "Dietetic clinic: Child J not brought. Discharged back to the GP after one missed appointment, as the clinic’s policy says.", "Paediatric dietitian", "Outpatient record", NULL },
  { -300, "14:00", "Gastroenterology clinic: Child J not brought for the second time. Letter to the GP; no contact with the family or the social worker.", "Consultant gastroenterologist", "Outpatient record", NULL },
  { -3, "15:10", "Child J admitted with severe weight loss; weight below the 0.4th centile after a GP home visit.", "Paediatric registrar", "Ward record", NULL },
  { 0, "10:00", "Safeguarding referral to Children’s Social Care: concerns of medical neglect of Child J.", "Consultant paediatrician", "Safeguarding record", NULL },
  { 1, "14:00", "Strategy discussion with the police and Children’s Social Care: section 47 enquiry agreed.", "Named doctor for safeguarding", "Safeguarding record", NULL },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

static const CrDemoEntry child_j_csc[] = {
  { -500, NULL, "Child in need plan reviewed: Child J’s disability needs met at home; the family to be helped to attend health appointments.", "Social worker", "Liquidlogic case note", NULL },
  { -350, NULL, "Case moved to a new social worker after staff changes; the handover visit did not take place.", "Team manager", "Liquidlogic case note", NULL },
  { -250, NULL, "Child in need review: health appointments not discussed; health professionals not invited.", "Social worker", "Liquidlogic review", NULL },
  { 0, NULL, "Referral from the hospital: concerns of medical neglect of Child J.", "Duty social worker", "Liquidlogic contact", NULL },
  { 1, NULL, "Strategy discussion with the police and health: section 47 enquiry agreed.", "Team manager", "Liquidlogic strategy record", NULL },
  { -1, NULL, "Visit to Child J at home.", "Social worker", "Liquidlogic case note", "yesterday" },
  { 0, NULL, NULL, NULL, NULL, NULL },
};

static const CrDemoReviewFiles cases[] = {
  {
    "Baby H",
    {
      { POLICE, "westshire-police-chronology.csv", CR_DEMO_DATES_SLASHES_TIME, baby_h_police },
      { HOSPITAL, "NRI chronology Baby H.csv", CR_DEMO_DATES_WORDS, baby_h_hospital },
      { HEALTH, "health-visiting-chronology.csv", CR_DEMO_DATES_ISO, baby_h_health },
    },
    {
      { POLICE, "Westshire Police agency report Baby H.pdf", "Detective Inspector, Public Protection Unit",
        "The police knew Father of Baby H from a domestic incident and an assault conviction. He was released on licence to the family home a month before Baby H was injured. Officers attended the home three weeks before the injury after a neighbour heard a baby crying for a long time; Baby H was seen asleep and no referral was made.",
        "Officers at the call three weeks before the injury did not check police systems for the adults in the household, so the history of Father of Baby H was not known to them. The release of Father of Baby H to a household with a new baby was not shared with Children’s Social Care.",
        { "Checks on every adult in a household with a baby before officers leave a call.", "Information about a release on licence to a household with children to be shared with Children’s Social Care.", NULL },
        20, "Final" },
      { HOSPITAL, "NRI agency report v2.pdf", "Named doctor for safeguarding",
        "The trust saw Mother of Baby H in pregnancy and at the birth, and Baby H in the emergency department with a bruise five weeks before the skull fracture.",
        "A bruise on a baby who is not yet mobile is a sign of possible abuse. The emergency department did not follow the trust’s protocol for bruising in non-mobile babies: no paediatric review and no referral.",
        { "Training on the bruising protocol for every emergency department doctor.", "The electronic record to prompt a paediatric review when a baby under six months has a bruise.", NULL },
        25, "2" },
    },
  },
  {
    "Child J",
    {
      { GP, "Riverside chronology.csv", CR_DEMO_DATES_SLASHES, child_j_gp },
      { HOSPITAL, "NRI chronology Child J.csv", CR_DEMO_DATES_WORDS, child_j_hospital },
      { CSC, "csc-chronology-child-j.csv", CR_DEMO_DATES_ISO, child_j_csc },
    },
    {
      { GP, "Riverside Medical Practice IMR.pdf", "GP safeguarding lead",
        "The practice saw Child J for annual reviews and managed repeat prescriptions of feed supplements. Letters from the hospital about appointments Child J was not brought to were filed without action.",
        "Missed appointments for a disabled child were seen as the family’s choice rather than as a possible sign of neglect. No one at the practice spoke to the social worker, although Child J had a child in need plan.",
        { "A “was not brought” procedure for children, with a named person to follow up.", "Repeat prescriptions for a child’s nutrition to be reviewed before they are issued.", NULL },
        30, "Final" },
      { CSC, "CSC agency report - draft 1.pdf", "Head of Service, Children in Need",
        "Children’s Social Care supported Child J and the family under a child in need plan for two years before the admission.",
        "Health appointments were part of the plan, but the reviews did not ask whether Child J had been taken to them, and health professionals were not invited. A change of social worker without a handover visit left no one who knew Child J well.",
        { "Child in need reviews to invite health professionals and to check health appointments.", "A handover visit before a case moves to a new social worker.", NULL },
        35, "Draft 1" },
    },
  },
};

const CrDemoReviewFiles *
_cr_demo_documents_get_cases (guint *n_cases)
{
  *n_cases = G_N_ELEMENTS (cases);
  return cases;
}

/* ---- CSV ------------------------------------------------------------------ */

static void
append_field (GString    *csv,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (csv, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (csv, value);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static const char *
month_abbreviation (GDateMonth month)
{
  static const char * const months[] = {
    "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  return months[month];
}

static char *
format_date (const CrDemoEntry *entry,
             const GDate       *incident,
             CrDemoDates        dates)
{
  GDate date = *incident;

  if (entry->day < 0)
    g_date_subtract_days (&date, (guint) -entry->day);
  else
    g_date_add_days (&date, (guint) entry->day);

  if (entry->bad_date != NULL)
    {
      /* "31/02/" and "13/13/" take the year, so they look real. */
      if (g_str_has_suffix (entry->bad_date, "/"))
        return g_strdup_printf ("%s%04u", entry->bad_date, (guint) g_date_get_year (&date));
      return g_strdup (entry->bad_date);
    }

  switch (dates)
    {
    case CR_DEMO_DATES_SLASHES_TIME:
      if (entry->time != NULL)
        return g_strdup_printf ("%02u/%02u/%04u %s", g_date_get_day (&date), g_date_get_month (&date),
                                g_date_get_year (&date), entry->time);
      G_GNUC_FALLTHROUGH;
    case CR_DEMO_DATES_SLASHES:
      return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                              g_date_get_year (&date));
    case CR_DEMO_DATES_WORDS:
      return g_strdup_printf ("%u %s %04u", g_date_get_day (&date),
                              month_abbreviation (g_date_get_month (&date)), g_date_get_year (&date));
    case CR_DEMO_DATES_ISO:
    default:
      return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
    }
}

GBytes *
_cr_demo_chronology_to_csv (const CrDemoChronology *chronology,
                            const GDate            *incident,
                            CrChronologyMapping   **mapping)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(CrChronologyMapping) m = cr_chronology_mapping_new ();
  gboolean time_column = (chronology->dates == CR_DEMO_DATES_WORDS ||
                          chronology->dates == CR_DEMO_DATES_SLASHES);

  m->header_row = 0;
  m->columns[CR_CHRONOLOGY_ROLE_DATE] = 0;
  switch (chronology->dates)
    {
    case CR_DEMO_DATES_SLASHES_TIME:
      g_string_append (csv, "Date/Time,Role,Details,Record\r\n");
      break;
    case CR_DEMO_DATES_WORDS:
      g_string_append (csv, "Date,Time,Event,Author,Source\r\n");
      break;
    case CR_DEMO_DATES_SLASHES:
      g_string_append (csv, "Date,Time,Description,Worker,Source\r\n");
      break;
    case CR_DEMO_DATES_ISO:
    default:
      g_string_append (csv, "Entry date,Practitioner,Entry,Record\r\n");
      break;
    }
  m->columns[CR_CHRONOLOGY_ROLE_TIME] = time_column ? 1 : -1;
  m->columns[CR_CHRONOLOGY_ROLE_AUTHOR] = time_column ? 3 : 1;
  m->columns[CR_CHRONOLOGY_ROLE_EVENT] = 2;
  m->columns[CR_CHRONOLOGY_ROLE_SOURCE] = time_column ? 4 : 3;

  for (const CrDemoEntry *e = chronology->entries; e->event != NULL; e++)
    {
      g_autofree char *date = format_date (e, incident, chronology->dates);

      append_field (csv, date, TRUE);
      if (time_column)
        append_field (csv, e->time, FALSE);
      if (time_column)
        {
          append_field (csv, e->event, FALSE);
          append_field (csv, e->author, FALSE);
        }
      else
        {
          append_field (csv, e->author, FALSE);
          append_field (csv, e->event, FALSE);
        }
      append_field (csv, e->source, FALSE);
      g_string_append (csv, "\r\n");
    }

  *mapping = g_steal_pointer (&m);
  return g_string_free_to_bytes (g_steal_pointer (&csv));
}

/* ---- Agency reports --------------------------------------------------------- */

CrReport *
_cr_demo_report_build (const CrDemoReport *spec,
                       const char         *reference,
                       const char         *pseudonym)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *purpose = NULL;
  CrReport *report;

  /* Translators: the title of an agency's report to a review, "Agency report: Westshire Police" */
  title = g_strdup_printf (_("Agency report: %s"), spec->agency);
  /* Translators: the subtitle of a report, "CR-2026-001 · Child A" */
  subtitle = g_strdup_printf (_("%s · %s"), reference, pseudonym);
  report = cr_report_new (title);
  cr_report_set_subtitle (report, subtitle);
  cr_report_set_author (report, spec->agency);

  cr_report_add_field (report, _("Written by"), spec->author);
  cr_report_add_field (report, _("Version"), spec->version);
  cr_report_add_heading (report, 1, _("Purpose of this report"));
  purpose = g_strdup_printf (_("This report sets out the agency’s involvement with %s and the family for the local child safeguarding practice review, what the agency has learnt, and what it will change. It is a fictional example written for the Case Reviews demonstration data."),
                             pseudonym);
  cr_report_add_paragraph (report, purpose, NULL);
  cr_report_add_heading (report, 1, _("Involvement with the child and family"));
  cr_report_add_paragraph (report, spec->involvement, NULL);
  cr_report_add_heading (report, 1, _("Analysis of practice"));
  cr_report_add_paragraph (report, spec->analysis, NULL);
  cr_report_add_heading (report, 1, _("Learning and recommendations"));
  cr_report_add_bullets (report, spec->learning);

  return report;
}
