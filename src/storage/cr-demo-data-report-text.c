/* cr-demo-data-report-text.c: the text of the demo reports (Baby H, Child J)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Invented prose in the form of a local child safeguarding practice
 * review, in the report markup of cr-rich-text.h. Baby H's report names
 * people only by pseudonym ("Baby H", "Mother", "Father", "Maternal
 * grandmother") and gives months, never days, so the anonymisation check
 * passes; Child J's draft keeps one real name in its analysis, for the
 * check to find. "{incident}", "{birth}", "{booking}", "{ed}", "{release}"
 * and "{decision}" stand for the month and year of those days, worked out
 * from the demo case's dates when it is written.
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-data-private.h"

/* ---- Baby H ----------------------------------------------------------------- */

static const char baby_h_title[] =
  "A review of multi-agency practice with Baby H and the family";

static const char baby_h_foreword[] =
  "This review is about a baby who was seriously injured at ten weeks old. Baby H survived, and is now cared for by Maternal grandmother. We are grateful to Mother for speaking to the reviewer while the criminal investigation was still open, and to the practitioners who came to the learning events and talked openly about their work.\n"
  "The review does not apportion blame. It asks why things happened as they did, so that the partnership can change the conditions in which practitioners make decisions. Its central lesson is simple to state and hard to act on: **a man joining a household with a new baby is significant information**, and every agency that knew about it had a part of the picture.\n"
  "The safeguarding partners accept every finding and recommendation in this report and will report on progress to the partnership board every six months.";

static const char baby_h_summary_first[] =
  "Baby H was admitted to hospital in {incident} with a skull fracture. Investigations found two older rib fractures. Neither parent gave an explanation. The police investigation is continuing.\n"
  "In the weeks before the injury, Father had been released from prison on licence to the family home. The police, probation, the hospital and health visiting each knew something about the household, but no agency brought that knowledge together.";

static const char baby_h_summary[] =
  "Baby H was admitted to hospital in {incident} with a skull fracture. A skeletal survey found two rib fractures that were two to three weeks old. Neither parent gave an explanation. The police investigation is continuing, and this review has been careful not to prejudice it.\n"
  "In the weeks before the injury, Father had been released from prison on licence to the family home. The police, probation, the hospital and health visiting each knew something about the household, but no agency brought that knowledge together, and no referral was made to Children’s Social Care.\n"
  "## What the review found\n"
  "- Information that Father had been released to a household with a new baby was held by several agencies and shared with none.\n"
  "- A bruise on Baby H’s cheek, seen in the emergency department five weeks before the skull fracture, was not recognised as a possible sign of abuse.\n"
  "- Officers called to the home by a neighbour did not check who lived there.\n"
  "- Domestic abuse disclosed by Mother early in pregnancy was recorded but not followed up.\n"
  "None of these, on its own, would have told a practitioner that Baby H was at risk. Together they would have prompted an assessment of the household. The review found that the systems agencies work within made it likely that each piece would stay where it was: there was no shared expectation about who tells Children’s Social Care when an adult with a history of violence joins a household with a baby, and no prompt in any agency’s record to ask.\n"
  "The review makes five recommendations: one for the partnership, three for named agencies and one for national consideration. The partnership’s response, at the end of this report, sets out what has already changed.";

static const char baby_h_introduction[] =
  "The Northbridge Safeguarding Children Partnership commissioned this local child safeguarding practice review in {decision}, after a rapid review concluded that the case met the criteria in *Working Together to Safeguard Children*. The Child Safeguarding Practice Review Panel agreed with that decision.\n"
  "The purpose of a review is to identify improvements to be made to safeguard and promote the welfare of children. It is not an inquiry into how Baby H was injured, or by whom: that is a matter for the police and the courts.\n"
  "The report is written for practitioners and managers in the partner agencies, and for the public. To protect the family, the child is called Baby H and the adults are described by their relationship to the baby. Dates are given as months.\n"
  "The review was led by an independent reviewer with no connection to the family or to the agencies involved, supported by a co-reviewer. The reviewers’ declarations of independence are held by the partnership.";

static const char baby_h_terms[] =
  "The review looked at agencies’ contact with the household from Father’s release from prison to Baby H’s admission to hospital, and at relevant history before that, including the pregnancy. The lines of enquiry agreed by the review panel were:\n"
  "1. Was Father’s return to the household known, and was it shared with the agencies who needed to know?\n"
  "2. How did health visiting assess the new household, and who was seen?\n"
  "3. How did probation and Children’s Social Care share information about risk?\n"
  "4. How was the bruise seen in the emergency department assessed?\n"
  "The review panel was chaired by the partnership’s independent scrutineer and included senior managers from each agency involved. The panel met four times, agreed the terms of reference and the methodology, and tested the findings before they were put to the safeguarding partners.\n"
  "The review did not consider the circumstances of the injuries themselves, which are the subject of the police investigation.";

static const char baby_h_methodology[] =
  "The review used the Significant Incident Learning Process (**SILP**), a systems method that brings together the practitioners who worked with a family to understand the reasons for their decisions.\n"
  "Each agency provided a chronology of its contact with the household and a reflective report written by a manager who had not been involved. The reviewer merged the chronologies into one multi-agency chronology and identified the key practice episodes discussed in this report.\n"
  "A learning event was held with twenty-two practitioners and first-line managers. A second event tested the draft findings with the same group. The reviewer also met Mother, supported by her advocate.\n"
  "The analysis looks at practice in context: the information practitioners had at the time, the pressures on them and the guidance available, rather than what is known now. Where practice fell short of what was expected, the review asks what made it hard to do better, because those conditions will affect other practitioners and other families.";

static const char baby_h_family[] =
  "Mother met the reviewer twice, with an advocate from Northbridge Women’s Aid. She wanted the review to understand why nobody had asked her who was living in the house. She said she would have told a health visitor about Father’s history if she had been asked on her own.\n"
  "Father was written to at the start of the review. The police advised that he should not be contacted while the investigation continued; he will be offered the chance to contribute before the report is published.\n"
  "Maternal grandmother, who now cares for Baby H, spoke to the reviewer by telephone. She described Baby H as a happy, settled baby and hoped the review would help other families.\n"
  "Mother and Maternal grandmother were told of the findings before the report was finalised. Mother asked that the report make clear that she had been open with the midwife; it does.";

static const char baby_h_parallel[] =
  "The police investigation into Baby H’s injuries was open throughout the review. The review panel agreed a protocol with the senior investigating officer: practitioners were told before the learning events that they would not be asked about the injuries themselves, and the police saw the draft report before it was shared.\n"
  "Care proceedings concluded in {decision} with a special guardianship order to Maternal grandmother. The family court gave permission for the review to see the expert medical reports, which are not quoted here.\n"
  "The safeguarding partners will decide on the date of publication with the police and the Crown Prosecution Service, so that publication does not prejudice any trial.";

static const char baby_h_background[] =
  "Mother was in her early twenties when Baby H was born. She had grown up in Northbridge and had a good relationship with Maternal grandmother, who lived nearby. She had no contact with Children’s Social Care as a child.\n"
  "Father had convictions for violence, including an assault for which he was sent to prison before Baby H was born. The police had attended one domestic incident between the parents before the pregnancy.\n"
  "Mother and Father had been in a relationship for about two years. Their relationship was described by Mother as on and off, and she said that he could be jealous and controlling when he had been drinking.\n"
  "Mother booked her pregnancy in {booking}. Baby H was born at term in {birth}, a healthy baby who fed well. Father was released on licence in {release}, to the family home. In the weeks that followed, Baby H was seen in the emergency department with a bruise, the police were called to the home by a neighbour, and the health visitor made a home visit. Baby H was admitted to hospital with a skull fracture in {incident}.";

static const char baby_h_analysis_first[] =
  "## Father’s release to the household\n"
  "Father’s release on licence to Mother’s address was known to the police and to probation. Neither agency told Children’s Social Care that the household now included a baby, because neither thought it was their role to do so.";

static const char baby_h_analysis[] =
  "## Father’s release to the household\n"
  "Father’s release on licence to Mother’s address was known to the police and to probation. The licence address had been checked for suitability, but the check asked whether the address was available, not who lived there. Neither agency told Children’s Social Care that the household now included a baby, because neither thought it was their role to do so.\n"
  "Practitioners at the learning event described this as **everyone’s job and so nobody’s job**. Probation staff said they would expect a check with Children’s Social Care for a man convicted of offences against children, but not for violence against adults. The review found no local guidance that covered this situation.\n"
  "The health visitor learned at the new birth visit that Father was due out of prison soon, and found him at home on the next visit. Mother described him as a support. The health visitor recorded this but did not share it with the GP or Children’s Social Care. Asked why, she said that Mother seemed to be coping well and that nothing she saw suggested a risk to the baby.\n"
  "## The bruise seen in the emergency department\n"
  "In {ed}, Baby H was brought to the emergency department with a small bruise on the cheek. The parents said a toy had fallen on him. The doctor who saw Baby H was in the first month of an emergency medicine rotation and did not know the trust’s protocol for bruising in babies who are not yet mobile.\n"
  "The protocol requires a paediatric review and a referral to Children’s Social Care for *any* bruise on a baby who is not yet mobile, whatever the explanation. It was not followed. The trust’s own review found that the protocol was not mentioned in the induction of doctors on rotation, and that the electronic record gave no prompt.\n"
  "## The call to the home\n"
  "Three weeks before the skull fracture, a neighbour called the police at night to report shouting and a baby crying for a long time. Two officers attended. The parents said Baby H had colic, and the officers saw Baby H asleep in a cot. They recorded no concerns.\n"
  "The officers did not check police systems for the adults in the household, so they did not know Father’s history of violence or the earlier domestic incident. They told the review that the call had been graded as a neighbour dispute, and that there was pressure to clear it and attend the next one. A check would have taken a few minutes.\n"
  "## Domestic abuse in pregnancy\n"
  "At the booking appointment, Mother told the midwife that Father had been violent to her in the past and was then in prison. The midwife recorded the disclosure and asked the routine questions. Because Father was in prison, the risk was judged to be low and no referral was made. The disclosure was not shared with the health visitor, and there was no plan to ask again later in the pregnancy or when Father was released.\n"
  "Mother told the reviewer that she had expected someone to come back to it. She said: *“I thought it was written down so they would know.”*\n"
  "## Seeing the whole household\n"
  "Across these episodes, practitioners focused on the person in front of them: the mother, the baby, the offender. No agency built a picture of who lived in the household and what was known about each of them. This is a familiar theme of national reviews of harm to babies, often described as the problem of **hidden men**.\n"
  "The national Panel’s review of harm to babies from men in their lives found that fathers and male carers are often invisible to services built around mothers. The same was true here. Father was known to the police and probation as an offender, but not to health services as a parent. Health practitioners knew him as Mother’s partner, but not his history.\n"
  "Practitioners at the learning event were clear that they wanted to ask about fathers and other men in the household, but said that their records and forms did not ask them to. The health visiting record, for example, has a field for the mother’s details and the baby’s, but only free text for anyone else. What is not asked for is rarely recorded, and what is not recorded cannot be shared.\n"
  "## Good practice\n"
  "The review also found good practice. The hospital’s response when Baby H was admitted was prompt and thorough: the skeletal survey was done the same day, and the strategy discussion was held within hours. The health visitor’s records were detailed and honest, which made this review possible.";

static const char baby_h_findings[] =
  "The review’s findings are about the systems in which practitioners work, not about the individual decisions of particular staff. Each finding is explained in the table that follows, with the key practice episodes that evidence it.\n"
  "Three findings were agreed by the review panel. A fourth, about domestic abuse in pregnancy, is still being tested with the maternity service and is shown as a draft.\n"
  "The findings are not new. Each has been made by other reviews, locally and nationally. The question for the partnership is why learning that is well known did not change practice in this case, and what will make the difference this time.";

static const char baby_h_recommendations[] =
  "The recommendations follow from the findings. Each is addressed to the body that can act on it, with the outcome the partnership expects to see. The partnership will monitor them through its learning and improvement subgroup and will report on progress in its annual report.\n"
  "The review has kept the number of recommendations small on purpose. Long lists of actions are hard to track and easy to sign off without changing practice. Each recommendation below says how the partnership will know that it has made a difference, not only that it has been done.\n"
  "The recommendation for national consideration has been shared with the Child Safeguarding Practice Review Panel.";

static const char baby_h_response[] =
  "The safeguarding partners thank the reviewer, the review panel and the practitioners who took part. Work has already begun:\n"
  "- the hospital has added the bruising protocol to the induction of every doctor on rotation, and its electronic record now prompts a paediatric review;\n"
  "- the police have issued guidance that officers attending a call where a baby lives should check the adults in the household before leaving;\n"
  "- the partnership has asked probation and Children’s Social Care to draft a joint protocol for releases on licence to households with children.\n"
  "The partners will publish a 7-minute briefing on the learning from this review and deliver it to front-line teams in every agency.\n"
  "The partners recognise that guidance alone will not change practice. The learning and improvement subgroup will test the changes with practitioners through multi-agency audits of households with babies in six months and again in a year, and will listen to families about whether they were asked who lives with them.";

static const char baby_h_glossary[] =
  "- **Children’s Social Care**: the local authority service responsible for children in need and children at risk of significant harm.\n"
  "- **Key practice episode**: a point in the chronology where practice could have changed the course of events, chosen for analysis.\n"
  "- **Licence**: the conditions under which a person released from prison is supervised by the Probation Service.\n"
  "- **Non-mobile baby**: a baby who is not yet rolling, crawling or pulling to stand.\n"
  "- **SILP**: Significant Incident Learning Process, the review method used.\n"
  "- **Strategy discussion**: a meeting between Children’s Social Care, the police and health to decide whether to start enquiries under section 47 of the Children Act 1989.";

static const CrDemoReportText baby_h[] = {
  { CR_REPORT_SECTION_TITLE_PAGE, baby_h_title, baby_h_title },
  { CR_REPORT_SECTION_FOREWORD, NULL, baby_h_foreword },
  { CR_REPORT_SECTION_EXECUTIVE_SUMMARY, baby_h_summary_first, baby_h_summary },
  { CR_REPORT_SECTION_INTRODUCTION, baby_h_introduction, baby_h_introduction },
  { CR_REPORT_SECTION_TERMS_OF_REFERENCE, baby_h_terms, baby_h_terms },
  { CR_REPORT_SECTION_METHODOLOGY, baby_h_methodology, baby_h_methodology },
  { CR_REPORT_SECTION_FAMILY_INVOLVEMENT, NULL, baby_h_family },
  { CR_REPORT_SECTION_PARALLEL_PROCESSES, baby_h_parallel, baby_h_parallel },
  { CR_REPORT_SECTION_BACKGROUND, baby_h_background, baby_h_background },
  { CR_REPORT_SECTION_ANALYSIS, baby_h_analysis_first, baby_h_analysis },
  { CR_REPORT_SECTION_FINDINGS, NULL, baby_h_findings },
  { CR_REPORT_SECTION_RECOMMENDATIONS, NULL, baby_h_recommendations },
  { CR_REPORT_SECTION_PARTNERSHIP_RESPONSE, NULL, baby_h_response },
  { CR_REPORT_SECTION_GLOSSARY, NULL, baby_h_glossary },
};

/* ---- Child J: a first draft that still names the child ----------------------- */

static const char child_j_introduction[] =
  "The partnership commissioned this review in {decision}, after Child J, a disabled child, was admitted to hospital with severe weight loss in {incident}. This is the reviewer’s first draft, for the review panel.";

static const char child_j_background[] =
  "Child J has cerebral palsy and is fed partly by mouth and partly with supplements. The family were supported under a child in need plan for two years before the admission. Health appointments were part of the plan.";

/* The real first name below is deliberate: the anonymisation check of
 * the demo finds it. */
static const char child_j_analysis[] =
  "## Missed appointments\n"
  "Child J was not brought to two hospital clinics in the year before the admission. Each clinic wrote to the GP; the letters were filed and no one contacted the family or the social worker.\n"
  "Mother told the reviewer that the clinics were two buses away and that Jamal found the journeys exhausting. Nobody had offered transport.\n"
  "## Was Child J seen and heard?\n"
  "Child in need reviews recorded that health appointments were going well, based on what Mother said. No health professional was invited to the reviews.";

static const CrDemoReportText child_j[] = {
  { CR_REPORT_SECTION_INTRODUCTION, NULL, child_j_introduction },
  { CR_REPORT_SECTION_BACKGROUND, NULL, child_j_background },
  { CR_REPORT_SECTION_ANALYSIS, NULL, child_j_analysis },
};

const CrDemoReportText *
_cr_demo_report_get_text (const char *pseudonym,
                          guint      *n_sections)
{
  if (g_strcmp0 (pseudonym, "Baby H") == 0)
    {
      *n_sections = G_N_ELEMENTS (baby_h);
      return baby_h;
    }
  if (g_strcmp0 (pseudonym, "Child J") == 0)
    {
      *n_sections = G_N_ELEMENTS (child_j);
      return child_j;
    }

  *n_sections = 0;
  return NULL;
}
