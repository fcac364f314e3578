/* cr-odt-private.h: the parts of the OpenDocument writer (cr-odt-report.h) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-review-report.h"

G_BEGIN_DECLS

/* ---- cr-odt-zip.c ---------------------------------------------------------
 *
 * A zip archive built in memory, entries in the order added: each entry
 * is either stored or deflated, has no extra field and no data
 * descriptor (sizes and CRC-32 in the local header), so that an ODF
 * package's first entry, "mimetype", shows its bytes at offset 38 as the
 * format asks. Entries and the archive are limited to 4 GB (no Zip64).
 */

typedef struct _CrOdtZip CrOdtZip;

CrOdtZip   *_cr_odt_zip_new          (void);
void        _cr_odt_zip_free         (CrOdtZip      *zip);
/* Adds entry @name (ASCII, relative) holding @data; deflated when
 * @compress, else stored. */
gboolean    _cr_odt_zip_add          (CrOdtZip      *zip,
                                      const char    *name,
                                      const void    *data,
                                      gsize          size,
                                      gboolean       compress,
                                      GError       **error);
/* Writes the central directory and returns the archive; @zip can then
 * only be freed. */
GBytes     *_cr_odt_zip_finish       (CrOdtZip      *zip);
/* The CRC-32 (ISO 3309, as zip uses) of @data. */
guint32     _cr_odt_crc32            (const void    *data,
                                      gsize          size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrOdtZip, _cr_odt_zip_free)

/* ---- cr-odt-xml.c ---------------------------------------------------------
 *
 * XML text as ODF wants it: escaped (& < > " '), invalid UTF-8 repaired,
 * characters XML 1.0 forbids dropped (controls but tab and newline,
 * U+FFFE, U+FFFF).
 */

/* Appends @text escaped for an attribute value or plain element text. */
void        _cr_odt_append_escaped   (GString       *out,
                                      const char    *text);
/* Appends @text as the content of a text:p or text:span: escaped, runs of
 * spaces as <text:s text:c="N"/>, tabs as <text:tab/>, newlines as
 * <text:line-break/> (ODF collapses white space otherwise). */
void        _cr_odt_append_text      (GString       *out,
                                      const char    *text);

/* ---- cr-odt-styles.c ------------------------------------------------------ */

/* The namespaces every document part declares. */
extern const char _cr_odt_namespaces[];

/* styles.xml: fonts, the paragraph, heading, list and table styles, and
 * the page layouts with the running header (the title; the draft
 * marking) and footer (partnership, "Page N of M"). */
char       *_cr_odt_dup_styles_xml   (CrReviewReport *report);
/* meta.xml: the title and generator only. */
char       *_cr_odt_dup_meta_xml     (CrReviewReport *report);
/* META-INF/manifest.xml listing @entries (NULL-terminated paths). */
char       *_cr_odt_dup_manifest_xml (const char * const *entries);

/* ---- cr-odt-content.c ----------------------------------------------------- */

/* content.xml: the title page, contents, sections, findings and
 * recommendations. */
char       *_cr_odt_dup_content_xml  (CrReviewReport *report);

G_END_DECLS
