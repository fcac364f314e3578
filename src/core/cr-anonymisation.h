/* cr-anonymisation.h: finding what identifies the child or family */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-anonymisation-hit.h"
#include "cr-case-identifier.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * The terms of one case: what to look for. Built from the restricted
 * identities of the children and family members (pseudonym, real name,
 * date of birth, address) and the case's identifier register, plus the
 * patterns every text is checked for.
 *
 * What the check finds (cr_anonymisation_check_text):
 *  - NAME: every variant of each real name and alias
 *    (cr-name-variants.h), matched ignoring case and diacritics
 *    ("Zoë" = "Zoe"), with any run of spaces, a line break or a hyphen
 *    between the words of a name (or none inside a double name:
 *    "SmithJones"), and with a possessive or plural ending ("Jayden's",
 *    "Jayden’s", "Jaydens'", "Jaydens") taken into the hit; at word
 *    boundaries only ("Markham" is not "Mark"). A common-word variant
 *    must start with a capital letter and not begin a sentence, or be
 *    next to the surname. The suggestion is the person's pseudonym
 *    ("Mother", "Child H"; possessive kept: "Child H's").
 *  - DATE_OF_BIRTH: a date of birth written in any form cr_uk_date_parse
 *    reads inside running text ("3 March 2019", "3rd March 2019",
 *    "03/03/2019", "3/3/19", "2019-03-03", "March 3rd, 2019", "3.3.2019");
 *    suggestion "[date of birth removed]".
 *  - EXACT_DATE: any other exact day (day, month and year) in a child's
 *    life: from the earliest child's date of birth to the incident date
 *    (or today when unknown); none when no date of birth is known.
 *    Suggestion: the month and year ("March 2021").
 *  - ADDRESS: an address of the identities (its first line, or the whole
 *    as written, commas and spacing ignored); suggestion "the family home".
 *  - STREET: the street of an address's first line without the house
 *    number ("14 Acacia Avenue" → "Acacia Avenue"), and STREET
 *    identifiers; suggestion "a local street" or the identifier's.
 *  - POSTCODE: any UK postcode (outward and inward code, any case, one
 *    space or none: "NB1 2AB", "nb12ab"); suggestion "[postcode removed]".
 *  - SCHOOL, PLACE, OTHER: identifier values as phrases (case and
 *    spacing ignored); suggestion the identifier's replacement, else
 *    "the child's school" / "the area" / "[removed]".
 *  - NHS_NUMBER: 10 digits written as cr-nhs-number.h reads with a valid
 *    check digit (a 10-digit run that fails the check is not a hit);
 *    suggestion "[NHS number removed]".
 *  - PHONE: UK numbers (0 or +44 then 9–10 digits, spaces, hyphens,
 *    brackets allowed: "07700 900123", "+44 7700 900123",
 *    "(0161) 496 0000") and PHONE identifiers; "[telephone number removed]".
 *  - EMAIL: any email address; "[email address removed]".
 * Overlapping hits keep the longest (then the earliest kind in the enum).
 * Pseudonyms never match ("Child H" is not a hit even if the real name is
 * "H…"): a hit wholly inside a pseudonym's occurrence is dropped.
 */

#define CR_TYPE_ANONYMISATION_TERMS (cr_anonymisation_terms_get_type())

G_DECLARE_FINAL_TYPE (CrAnonymisationTerms, cr_anonymisation_terms, CR, ANONYMISATION_TERMS, GObject)

CrAnonymisationTerms *cr_anonymisation_terms_new            (void);
/* A child or family member. Any of @real_name, @date_of_birth
 * ("YYYY-MM-DD"), @address may be NULL. */
void        cr_anonymisation_terms_add_person     (CrAnonymisationTerms *self,
                                                   const char           *pseudonym,
                                                   gboolean              is_child,
                                                   const char           *real_name,
                                                   const char           *date_of_birth,
                                                   const char           *address);
void        cr_anonymisation_terms_add_identifier (CrAnonymisationTerms *self,
                                                   CrCaseIdentifier     *identifier);
/* "YYYY-MM-DD"; bounds the EXACT_DATE window. */
void        cr_anonymisation_terms_set_incident_date (CrAnonymisationTerms *self,
                                                   const char           *date);
/* How many names, dates and other terms are looked for (for the UI:
 * "Looking for 14 names, 2 dates of birth and 5 other details"). */
void        cr_anonymisation_terms_count          (CrAnonymisationTerms *self,
                                                   guint                *n_names,
                                                   guint                *n_dates,
                                                   guint                *n_other);

/* Hits in @text (plain, UTF-8; invalid UTF-8 is checked as repaired),
 * in order. GPtrArray of CrAnonymisationHit. */
GPtrArray  *cr_anonymisation_check_text           (CrAnonymisationTerms *self,
                                                   const char           *source_id,
                                                   const char           *source_label,
                                                   int                   block,
                                                   const char           *text);
/* Every part of @report that is published: the title, each section
 * block, each finding's title and text and what the findings table
 * shows of its evidence (cr_review_report_dup_evidence_lines(), source
 * "evidence:ID", not replaceable), each recommendation's text,
 * national-body, outcome and (addressed to agencies) agency-names, the
 * briefing's title, parts and questions. Source labels: the section
 * title, "Finding 2", "Finding 2: evidence", "Recommendation 1",
 * "7-minute briefing: Key learning 1". */
GPtrArray  *cr_anonymisation_check_report         (CrAnonymisationTerms *self,
                                                   CrReviewReport       *report);
/* Marks the hits whose key a dismissal (GPtrArray of
 * CrAnonymisationDismissal) names as dismissed, with its reason. */
void        cr_anonymisation_apply_dismissals     (GPtrArray            *hits,
                                                   GPtrArray            *dismissals);
guint       cr_anonymisation_count_unresolved     (GPtrArray            *hits);

/* @text with characters [@start, @end) replaced by @replacement (for
 * plain fields); NULL when the range is outside @text. */
char       *cr_anonymisation_replace_range        (const char           *text,
                                                   guint                 start,
                                                   guint                 end,
                                                   const char           *replacement);

G_END_DECLS
