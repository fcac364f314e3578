/* cr-odt-styles.c: styles.xml, meta.xml and the manifest of the ODT report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrOdt"

#include "config.h"

#include "cr-odt-private.h"

#include <glib/gi18n.h>
#include <string.h>

const char _cr_odt_namespaces[] =
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
  " office:version=\"1.2\"";

/* --------------------------------------------------------------------------
 * The fixed styles
 */

/* A4 with 2 cm margins: the text is 17 cm wide. */
static const char fonts_and_styles[] =
  "<office:font-face-decls>"
  "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\""
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"Arial\" svg:font-family=\"Arial\""
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
  "</office:font-face-decls>"
  "<office:styles>"
  "<style:default-style style:family=\"paragraph\">"
  "<style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\" style:writing-mode=\"lr-tb\"/>"
  "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"11pt\""
  " fo:language=\"en\" fo:country=\"GB\" fo:hyphenate=\"false\"/>"
  "</style:default-style>"
  "<style:default-style style:family=\"table-cell\">"
  "<style:table-cell-properties style:vertical-align=\"top\"/>"
  "</style:default-style>"
  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
  "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\" fo:line-height=\"120%\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Numbered_Paragraph\" style:display-name=\"Numbered paragraph\""
  " style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-left=\"1.4cm\" fo:text-indent=\"-1.4cm\">"
  "<style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops>"
  "</style:paragraph-properties>"
  "</style:style>"
  "<style:style style:name=\"CR_List_Paragraph\" style:display-name=\"List paragraph\""
  " style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"list\">"
  "<style:paragraph-properties fo:margin-bottom=\"0.1cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Placeholder\" style:display-name=\"Placeholder\""
  " style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"text\">"
  "<style:text-properties fo:color=\"#666666\" fo:font-style=\"italic\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:next-style-name=\"Text_20_body\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.25cm\" fo:keep-with-next=\"always\"/>"
  "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\""
  " style:default-outline-level=\"1\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0.8cm\"/>"
  "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\""
  " style:default-outline-level=\"2\" style:class=\"text\">"
  "<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Subtitle\" style:class=\"chapter\">"
  "<style:paragraph-properties fo:margin-top=\"4cm\" fo:margin-bottom=\"1cm\"/>"
  "<style:text-properties fo:font-size=\"24pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Subtitle\" style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:class=\"chapter\">"
  "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"normal\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Pseudonym\" style:display-name=\"Pseudonym\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading\" style:class=\"chapter\">"
  "<style:paragraph-properties fo:margin-top=\"0.5cm\" fo:margin-bottom=\"1.5cm\"/>"
  "<style:text-properties fo:font-size=\"36pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Title_Detail\" style:display-name=\"Title page detail\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"chapter\">"
  "<style:paragraph-properties fo:margin-bottom=\"0.3cm\"/>"
  "<style:text-properties fo:font-size=\"13pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:class=\"index\">"
  "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"index\">"
  "<style:paragraph-properties fo:margin-bottom=\"0.2cm\">"
  "<style:tab-stops><style:tab-stop style:position=\"17cm\" style:type=\"right\""
  " style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
  "</style:paragraph-properties>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:text-properties fo:font-size=\"10pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
  "<style:text-properties fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:class=\"extra\">"
  "<style:paragraph-properties>"
  "<style:tab-stops><style:tab-stop style:position=\"17cm\" style:type=\"right\"/></style:tab-stops>"
  "</style:paragraph-properties>"
  "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#555555\"/>"
  "</style:style>"
  "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:class=\"extra\">"
  "<style:paragraph-properties>"
  "<style:tab-stops><style:tab-stop style:position=\"17cm\" style:type=\"right\"/></style:tab-stops>"
  "</style:paragraph-properties>"
  "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#555555\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Marking\" style:display-name=\"Protective marking\""
  " style:family=\"paragraph\" style:parent-style-name=\"Header\" style:class=\"extra\">"
  "<style:paragraph-properties fo:text-align=\"center\"/>"
  "<style:text-properties fo:font-size=\"10pt\" fo:font-weight=\"bold\" fo:color=\"#000000\"/>"
  "</style:style>"
  "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\""
  " style:family=\"text\">"
  "<style:text-properties fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Emphasis\" style:family=\"text\">"
  "<style:text-properties fo:font-style=\"italic\"/>"
  "</style:style>"
  /* Headings carry their number in their text: no outline numbering. */
  "<text:outline-style style:name=\"Outline\">"
  "<text:outline-level-style text:level=\"1\" style:num-format=\"\"/>"
  "<text:outline-level-style text:level=\"2\" style:num-format=\"\"/>"
  "</text:outline-style>"
  "<text:list-style style:name=\"CR_Bullets\" style:display-name=\"Bullets\">"
  "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
  "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
  " text:list-tab-stop-position=\"1.4cm\" fo:text-indent=\"-0.6cm\" fo:margin-left=\"1.4cm\"/>"
  "</style:list-level-properties>"
  "</text:list-level-style-bullet>"
  "</text:list-style>"
  "<text:list-style style:name=\"CR_Numbers\" style:display-name=\"Numbers\">"
  "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\">"
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
  "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
  " text:list-tab-stop-position=\"1.4cm\" fo:text-indent=\"-0.7cm\" fo:margin-left=\"1.4cm\"/>"
  "</style:list-level-properties>"
  "</text:list-level-style-number>"
  "</text:list-style>"
  "</office:styles>"
  "<office:automatic-styles>"
  "<style:page-layout style:name=\"CR_Page\">"
  "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
  " style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\""
  " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
  "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.5cm\"/></style:header-style>"
  "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.5cm\"/></style:footer-style>"
  "</style:page-layout>"
  "</office:automatic-styles>";

/* --------------------------------------------------------------------------
 * Header and footer
 */

/* Appends @format (translated, holding "%s" or "%1$s"… placeholders)
 * escaped, with each placeholder replaced by the XML in @args (not
 * escaped). */
static void
append_format_with_elements (GString            *out,
                             const char         *format,
                             const char * const *args,
                             guint               n_args)
{
  g_autoptr(GString) literal = g_string_new (NULL);
  guint next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      guint index = G_MAXUINT;
      const char *end = p;

      if (p[0] == '%' && p[1] == 's')
        {
          index = next++;
          end = p + 1;
        }
      else if (p[0] == '%' && g_ascii_isdigit (p[1]) && p[2] == '$' && p[3] == 's')
        {
          index = (guint) (p[1] - '1');
          end = p + 3;
        }

      if (index == G_MAXUINT || index >= n_args)
        {
          g_string_append_c (literal, *p);
          continue;
        }

      _cr_odt_append_text (out, literal->str);
      g_string_truncate (literal, 0);
      g_string_append (out, args[index]);
      p = end;
    }
  _cr_odt_append_text (out, literal->str);
}

static void
append_marking (GString        *out,
                CrReviewReport *report)
{
  if (!cr_review_report_get_draft (report))
    return;

  g_string_append (out, "<text:p text:style-name=\"CR_Marking\">");
  _cr_odt_append_text (out, _("DRAFT — NOT FOR PUBLICATION"));
  g_string_append (out, "</text:p>");
}

static void
append_master_pages (GString        *out,
                     CrReviewReport *report)
{
  g_autofree char *title = cr_review_report_dup_title (report);
  const char *partnership = cr_review_report_get_partnership (report);
  const char * const page_args[] = {
    "<text:page-number text:select-page=\"current\">1</text:page-number>",
    "<text:page-count>1</text:page-count>",
  };

  g_string_append (out, "<office:master-styles>");

  /* From page 2: the title above, partnership and page below. */
  g_string_append (out,
                   "<style:master-page style:name=\"Standard\" style:page-layout-name=\"CR_Page\">"
                   "<style:header>");
  append_marking (out, report);
  g_string_append (out, "<text:p text:style-name=\"Header\">");
  _cr_odt_append_text (out, title);
  g_string_append (out, "</text:p></style:header><style:footer><text:p text:style-name=\"Footer\">");
  _cr_odt_append_text (out, partnership);
  g_string_append (out, "<text:tab/>");
  /* Translators: in the footer of the report, "Page 2 of 30" */
  append_format_with_elements (out, _("Page %s of %s"), page_args, G_N_ELEMENTS (page_args));
  g_string_append (out, "</text:p></style:footer></style:master-page>");

  /* The title page: only the marking of a draft. */
  g_string_append (out,
                   "<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\""
                   " style:page-layout-name=\"CR_Page\" style:next-style-name=\"Standard\">");
  if (cr_review_report_get_draft (report))
    {
      g_string_append (out, "<style:header>");
      append_marking (out, report);
      g_string_append (out, "</style:header>");
    }
  g_string_append (out, "</style:master-page>");

  g_string_append (out, "</office:master-styles>");
}

char *
_cr_odt_dup_styles_xml (CrReviewReport *report)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  g_string_append_printf (out, "<office:document-styles%s>", _cr_odt_namespaces);
  g_string_append (out, fonts_and_styles);
  append_master_pages (out, report);
  g_string_append (out, "</office:document-styles>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* --------------------------------------------------------------------------
 * Meta and manifest
 */

char *
_cr_odt_dup_meta_xml (CrReviewReport *report)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autofree char *title = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  title = cr_review_report_dup_title (report);
  g_string_append_printf (out, "<office:document-meta%s><office:meta>", _cr_odt_namespaces);
  g_string_append (out, "<meta:generator>Case Reviews/");
  _cr_odt_append_escaped (out, PACKAGE_VERSION);
  g_string_append (out, "</meta:generator><dc:title>");
  _cr_odt_append_escaped (out, title);
  g_string_append (out, "</dc:title></office:meta></office:document-meta>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_cr_odt_dup_manifest_xml (const char * const *entries)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out,
                   "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                   " manifest:version=\"1.2\">\n"
                   " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
                   " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n");
  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_string_append (out, " <manifest:file-entry manifest:full-path=\"");
      _cr_odt_append_escaped (out, entries[i]);
      g_string_append (out, "\" manifest:media-type=\"text/xml\"/>\n");
    }
  g_string_append (out, "</manifest:manifest>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
