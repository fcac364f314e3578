/* cr-report-version.h: a saved draft of the report's text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-report-section.h"
#include "cr-rich-text.h"

G_BEGIN_DECLS

/*
 * A version of the report's sections as they were when it was saved
 * (table "report_versions"): number 1, 2, … per case, a label ("Draft
 * for the panel, 3 March"), who saved it (the OS user), when (UTC
 * "YYYY-MM-DDTHH:MM:SSZ") and, when loaded whole, the markup of each
 * section. Listing versions does not load their text.
 *
 * The stored content is a GKeyFile: group "report", key per section
 * (cr_report_section_to_key) with the markup as value;
 * cr_report_version_{to,from}_key_file_data convert it.
 */

#define CR_TYPE_REPORT_VERSION (cr_report_version_get_type())

G_DECLARE_FINAL_TYPE (CrReportVersion, cr_report_version, CR, REPORT_VERSION, GObject)

CrReportVersion *cr_report_version_new          (void);
gint64       cr_report_version_get_id           (CrReportVersion *self);
void         cr_report_version_set_id           (CrReportVersion *self, gint64 id);
guint        cr_report_version_get_number       (CrReportVersion *self);
void         cr_report_version_set_number       (CrReportVersion *self, guint number);
const char  *cr_report_version_get_label        (CrReportVersion *self);
void         cr_report_version_set_label        (CrReportVersion *self, const char *label);
const char  *cr_report_version_get_saved_by     (CrReportVersion *self);
void         cr_report_version_set_saved_by     (CrReportVersion *self, const char *user);
const char  *cr_report_version_get_saved_at     (CrReportVersion *self);
void         cr_report_version_set_saved_at     (CrReportVersion *self, const char *at);
guint        cr_report_version_get_n_words      (CrReportVersion *self);
void         cr_report_version_set_n_words      (CrReportVersion *self, guint n_words);
/* FALSE when only listed (no text loaded). */
gboolean     cr_report_version_has_content      (CrReportVersion *self);
/* The markup of @section in this version ("" when empty or not loaded). */
const char  *cr_report_version_get_markup       (CrReportVersion *self,
                                                 CrReportSection  section);
void         cr_report_version_set_markup       (CrReportVersion *self,
                                                 CrReportSection  section,
                                                 const char      *markup);
char        *cr_report_version_to_data          (CrReportVersion *self);
/* Reads what to_data wrote; unknown keys ignored; CR_CASE_ERROR_INVALID
 * when it is not such a key file. */
gboolean     cr_report_version_load_data        (CrReportVersion *self,
                                                 const char      *data,
                                                 GError         **error);

G_END_DECLS
