/* cr-chronology-report.h: the merged chronology as a PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-case.h"
#include "cr-report.h"

G_BEGIN_DECLS

/*
 * A CrReport (A4 landscape if CrReport allows, else portrait) titled
 * "Multi-agency chronology", the case reference and pseudonym, the date
 * made, @filter_description when the entries are a filtered view ("Police
 * and Health visiting, 1 March 2025 – 30 June 2025, matching “school”"),
 * a summary (entries per agency, key practice episodes, possible
 * duplicates), then one table of Date, Time, Agency, Event, Author or
 * role, Source with the header row repeated on each page; key practice
 * episodes marked "KPE" and possible duplicates "Possible duplicate".
 * @entries: GListModel of CrChronologyEntry, in the order to print.
 */
CrReport *cr_chronology_report_build        (CrCase              *kase,
                                             GListModel          *entries,
                                             const char          *filter_description);

/* Builds and renders it off the calling thread; result: the PDF bytes.
 * The list is copied first (the caller may change it afterwards). */
void      cr_chronology_report_render_async  (CrCase              *kase,
                                              GListModel          *entries,
                                              const char          *filter_description,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GBytes   *cr_chronology_report_render_finish (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
