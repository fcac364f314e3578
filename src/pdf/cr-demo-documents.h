/* cr-demo-documents.h: the demo cases' chronologies and PDF documents */
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
 * After cr_demo_data_write_async(): gives two of the demo LCSPR cases the
 * evidence a review gathers, through the public CrDatabase API like a
 * user's: three agencies' chronologies each (CSV files in the agencies'
 * own date forms, with likely duplicates across agencies and two rows
 * that cannot be read), two agency reports as PDF, and the case's Rapid
 * Review report as PDF. A case that already has a chronology is left as
 * it is, so writing twice adds nothing. Runs in a worker thread; the
 * callback runs on the caller's thread-default main context.
 */
void      cr_demo_documents_write_async  (CrDatabase           *db,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
/* *@n_cases (may be NULL): the cases that got their documents. */
gboolean  cr_demo_documents_write_finish (CrDatabase           *db,
                                          GAsyncResult         *result,
                                          guint                *n_cases,
                                          GError              **error);

G_END_DECLS
