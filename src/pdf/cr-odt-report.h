/* cr-odt-report.h: the report as an OpenDocument text (.odt) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * An ODF 1.2 text document that LibreOffice and Word open: a zip whose
 * first entry is "mimetype" stored uncompressed
 * ("application/vnd.oasis.opendocument.text"), then META-INF/manifest.xml,
 * content.xml, styles.xml and meta.xml (deflated). The same content as
 * the PDF (cr-final-report.h): title page, a table of contents field
 * (text:table-of-content, filled in with the sections so it shows before
 * the user updates it), numbered sections with "N.1" paragraph numbers
 * written into the text, lists, bold and italic spans, findings and
 * recommendations as tables, header and footer with page numbers
 * (text:page-number). Styles use the office fonts (Liberation Sans /
 * Arial). All user text is XML-escaped; characters not allowed in XML
 * 1.0 are dropped. meta.xml has the title and generator only.
 */

/* Called by cr_final_report_render for CR_FINAL_REPORT_ODT. */
GBytes *cr_odt_report_render (CrReviewReport  *report,
                              GError         **error);

G_END_DECLS
