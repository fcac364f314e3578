/* cr-database-report.h: the review report, its versions, the
 * anonymisation check's terms and the publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database.h"
#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
#include "cr-briefing.h"
#include "cr-briefing-delivery.h"
#include "cr-case-identifier.h"
#include "cr-finding.h"
#include "cr-publication.h"
#include "cr-recommendation.h"
#include "cr-report-section.h"
#include "cr-report-version.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * The generic record API of cr-database-review.h also lists, saves and
 * deletes: CR_TYPE_FINDING (position order), CR_TYPE_RECOMMENDATION
 * (position order; agency-ids checked against the partnership's
 * agencies, finding-id against the case's findings; agency-names
 * derived), CR_TYPE_CASE_IDENTIFIER (by kind then id),
 * CR_TYPE_BRIEFING (one per case, like the terms of reference),
 * CR_TYPE_BRIEFING_DELIVERY (by date), CR_TYPE_ANONYMISATION_DISMISSAL
 * (by decided-at; saving an existing one is refused: dismissals are
 * added and removed, never edited) and CR_TYPE_PUBLICATION (list only:
 * saving goes through cr_database_save_publication_async). Deleting a
 * finding deletes its evidence links and clears recommendations'
 * finding-id.
 */

/* The markup of each section of @case_id: a GPtrArray of
 * CR_REPORT_N_SECTIONS strings (never NULL: "" when not written) indexed
 * by CrReportSection. */
void       cr_database_load_report_sections_async  (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray *cr_database_load_report_sections_finish (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Writes one section's markup (at most 500000 bytes after
 * normalisation to NFC; CR_STORAGE_ERROR_INVALID beyond, with a message
 * saying to split the section). Nothing is written when it is unchanged.
 * Saved as the reviewer types, so not every save is audited: an audit
 * row ("update", entity "report-section", field = section key, new
 * value "N words") is written when the last one for that section is more
 * than 10 minutes old. */
void       cr_database_save_report_section_async   (CrDatabase          *self,
                                                    gint64               case_id,
                                                    CrReportSection      section,
                                                    const char          *markup,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean   cr_database_save_report_section_finish  (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Saves the sections as they are now as the next version (number = last
 * + 1) with @label (required, at most 200 characters). Audited. Returns
 * the version with its content. */
void             cr_database_save_report_version_async   (CrDatabase          *self,
                                                          gint64               case_id,
                                                          const char          *label,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
CrReportVersion *cr_database_save_report_version_finish  (CrDatabase          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
/* The versions of @case_id, newest first, without their content. */
void             cr_database_list_report_versions_async  (CrDatabase          *self,
                                                          gint64               case_id,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
GPtrArray       *cr_database_list_report_versions_finish (CrDatabase          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
/* Version @version_id with its content (CR_STORAGE_ERROR_CORRUPT when the
 * stored content cannot be read). */
void             cr_database_load_report_version_async   (CrDatabase          *self,
                                                          gint64               version_id,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
CrReportVersion *cr_database_load_report_version_finish  (CrDatabase          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
/* Goes back to version @version_id: in one transaction, saves the
 * sections as they are as a new version labelled "Before going back to
 * version N" (translated), then writes every section from version
 * @version_id. Audited. Returns the version saved first (so the user can
 * come back). */
void             cr_database_restore_report_version_async  (CrDatabase          *self,
                                                            gint64               case_id,
                                                            gint64               version_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
CrReportVersion *cr_database_restore_report_version_finish (CrDatabase          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* Links finding @finding_id to exactly the chronology entries @entry_ids
 * (of the same case; others refused with CR_STORAGE_ERROR_INVALID), in
 * one audited transaction. */
void       cr_database_set_finding_evidence_async  (CrDatabase          *self,
                                                    gint64               finding_id,
                                                    const gint64        *entry_ids,
                                                    guint                n_entry_ids,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean   cr_database_set_finding_evidence_finish (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* The entry ids linked to @finding_id (GArray of gint64, date order). */
void       cr_database_list_finding_evidence_async (CrDatabase          *self,
                                                    gint64               finding_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GArray    *cr_database_list_finding_evidence_finish(CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Everything the report is made from, read in one transaction
 * (cr-review-report.h): the case, sections, findings with their evidence
 * entries, recommendations with agency names, reviewers' names and the
 * briefing. The partnership's name is left for the caller (settings). */
void            cr_database_load_review_report_async  (CrDatabase          *self,
                                                       gint64               case_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
CrReviewReport *cr_database_load_review_report_finish (CrDatabase          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* What the anonymisation check looks for in @case_id: the restricted
 * identities of its children and family members, its identifier
 * register and its incident date. Reading restricted details, so one
 * audit row ("reveal", entity "case", field "anonymisation-check") per
 * call. */
void                  cr_database_load_anonymisation_terms_async  (CrDatabase          *self,
                                                                   gint64               case_id,
                                                                   GCancellable        *cancellable,
                                                                   GAsyncReadyCallback  callback,
                                                                   gpointer             user_data);
CrAnonymisationTerms *cr_database_load_anonymisation_terms_finish (CrDatabase          *self,
                                                                   GAsyncResult        *result,
                                                                   GError             **error);

/*
 * Saves the publication record of @publication's case and, in the same
 * transaction, copies planned-date, copies-date and published-date to
 * the case's planned-publication-date, copies-sent-date and
 * publication-date, then moves the case to
 * cr_publication_get_target_status() (through PRE_PUBLICATION when
 * needed; each move audited like cr_database_transition_case_async).
 * The record is validated and cr_publication_check_step() is NOT run
 * here (the assistant does it with the context it knows); an illegal
 * move is refused with CR_CASE_ERROR_ILLEGAL_TRANSITION and nothing is
 * written. Returns the case as stored.
 */
void            cr_database_save_publication_async    (CrDatabase          *self,
                                                       CrPublication       *publication,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
CrCase         *cr_database_save_publication_finish   (CrDatabase          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* The publication record of @case_id (a new, empty one with the case id
 * when none was saved). */
void            cr_database_load_publication_async    (CrDatabase          *self,
                                                       gint64               case_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
CrPublication  *cr_database_load_publication_finish   (CrDatabase          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

G_END_DECLS
