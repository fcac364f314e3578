/* cr-demo-data.h: the fictional Northbridge sample partnership */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-database.h"

G_BEGIN_DECLS

/*
 * Writes the demo data set into an open database through the public
 * CrDatabase API (so every record is validated and audited like a user's):
 * the agencies of the fictional “Northbridge Safeguarding Children
 * Partnership” and cases in every CrCaseStatus, with involvements, themes,
 * children and family members whose restricted identities are obviously
 * fictional. Dates are counted back from today, so they are always in the
 * past and the deadlines stay meaningful.
 *
 * Nothing is changed or removed: agencies already present (by name) are
 * reused, and cases whose reference is already present are skipped, so
 * writing twice adds nothing the second time. The caller decides whether a
 * database that already holds other cases should get the demo data.
 *
 * The work runs in a worker thread that waits on the database thread; the
 * callback runs on the caller's thread-default main context, which is never
 * blocked.
 */

/* The number of cases in the demo data set. */
guint     cr_demo_data_get_n_cases   (void);

void      cr_demo_data_write_async   (CrDatabase           *db,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
gboolean  cr_demo_data_write_finish  (CrDatabase           *db,
                                      GAsyncResult         *result,
                                      GError              **error);
/* The same, also giving the number of cases written (0 when every demo
 * case was already there). Call one of the two finish functions, once. */
gboolean  cr_demo_data_write_finish_full (CrDatabase       *db,
                                      GAsyncResult         *result,
                                      guint                *n_cases_added,
                                      GError              **error);

/*
 * Once the demo chronologies are imported (cr_demo_documents_write_async()
 * in the PDF layer, after cr_demo_data_write_async()): marks as key
 * practice episodes the entries of demo case @case_id's chronology that
 * its report's findings rest on, and links them to the findings. Does
 * nothing for a case without a demo report, and leaves a finding that
 * already has evidence as it is. Synchronous: call it from a worker
 * thread whose thread-default main context is free for cr_database_wait().
 */
gboolean  cr_demo_data_write_report_evidence (CrDatabase     *db,
                                              gint64          case_id,
                                              GCancellable   *cancellable,
                                              GError        **error);

G_END_DECLS
