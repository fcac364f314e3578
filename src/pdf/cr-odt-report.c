/* cr-odt-report.c: the report as an OpenDocument text (.odt) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrOdt"

#include "config.h"

#include "cr-odt-report.h"
#include "cr-odt-private.h"

#include <string.h>

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

GBytes *
cr_odt_report_render (CrReviewReport  *report,
                      GError         **error)
{
  /* The package's parts after "mimetype", in the order written; the
   * manifest lists the others. */
  const char * const listed[] = { "content.xml", "styles.xml", "meta.xml", NULL };
  g_autoptr(CrOdtZip) zip = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  manifest = _cr_odt_dup_manifest_xml (listed);
  content = _cr_odt_dup_content_xml (report);
  styles = _cr_odt_dup_styles_xml (report);
  meta = _cr_odt_dup_meta_xml (report);

  zip = _cr_odt_zip_new ();
  /* First and stored, so that the type shows at offset 38. */
  if (!_cr_odt_zip_add (zip, "mimetype", ODT_MIME_TYPE, strlen (ODT_MIME_TYPE), FALSE, error) ||
      !_cr_odt_zip_add (zip, "META-INF/manifest.xml", manifest, strlen (manifest), TRUE, error) ||
      !_cr_odt_zip_add (zip, "content.xml", content, strlen (content), TRUE, error) ||
      !_cr_odt_zip_add (zip, "styles.xml", styles, strlen (styles), TRUE, error) ||
      !_cr_odt_zip_add (zip, "meta.xml", meta, strlen (meta), TRUE, error))
    return NULL;

  return _cr_odt_zip_finish (zip);
}
