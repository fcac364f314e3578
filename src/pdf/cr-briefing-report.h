/* cr-briefing-report.h: the 7-minute briefing as a PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * One or two A4 pages, drawn with cairo and pango: a title band (the
 * briefing's title, the partnership, the date), the seven parts as
 * numbered panels in reading order (1 Background … 7 What to do; the
 * number in a circle, the part's title, its text; panels use the
 * accent-free greys and one highlight colour so it prints in black and
 * white), the three reflective questions in a box at the end, and a
 * footer ("7-minute briefing · Partnership · Page N of M"). Text that
 * does not fit one page flows to a second; beyond two pages it is
 * refused (CR_PDF_ERROR_WRITE: "The briefing is too long for two pages:
 * shorten …" naming the longest part). No briefing, or a part missing:
 * CR_PDF_ERROR_WRITE naming what to write. Thread-safe.
 */

GBytes   *cr_briefing_report_render  (CrReviewReport  *report,
                                      GError         **error);
/* Atomic write, mode 0600. */
gboolean  cr_briefing_report_write   (CrReviewReport  *report,
                                      const char      *path,
                                      GError         **error);

G_END_DECLS
