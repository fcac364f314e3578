/* cr-document.c: a file attached to a case, stored in the database */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDocument"

#include "config.h"

#include "cr-document.h"

#include "cr-case-status.h"
#include "cr-record-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define MEDIA_TYPE_PDF   "application/pdf"
#define MEDIA_TYPE_XLSX  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#define MEDIA_TYPE_CSV   "text/csv"
#define MEDIA_TYPE_TEXT  "text/plain"
#define MEDIA_TYPE_OTHER "application/octet-stream"

/* "%PDF-" is looked for within this many bytes (as Poppler does). */
#define PDF_HEADER_WINDOW 1024
#define TITLE_MAX_CHARS   200
#define FILENAME_MAX_CHARS 255

struct _CrDocument
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrDocument, cr_document, CR_TYPE_RECORD)

static const char * const doc_type_nicks[] = {
  "agency-report", "chronology", "terms-of-reference", "minutes",
  "rapid-review-report", "review-report", "family-contribution",
  "correspondence", "other", NULL
};
static const char * const doc_type_labels[] = {
  N_("Agency report"), N_("Chronology"), N_("Terms of reference"), N_("Minutes"),
  N_("Rapid review report"), N_("Review report"), N_("Family contribution"),
  N_("Correspondence"), N_("Other"), NULL
};

static const CrRecordField fields[] = {
  { "title", CR_RECORD_FIELD_LINE, N_("Title of the document"), TITLE_MAX_CHARS, NULL, NULL, 0 },
  { "filename", CR_RECORD_FIELD_LINE, N_("File name"), FILENAME_MAX_CHARS, NULL, NULL, 0 },
  { "doc-type", CR_RECORD_FIELD_CHOICE, N_("Type of document"), 0, doc_type_nicks, doc_type_labels, 0 },
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency the document came from"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "version", CR_RECORD_FIELD_LINE, N_("Version"), 0, NULL, NULL, 0 },
  { "received-date", CR_RECORD_FIELD_DATE, N_("Date received"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Notes on the document"), 0, NULL, NULL, 0 },
  { "media-type", CR_RECORD_FIELD_LINE, N_("Type of file"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_READ_ONLY },
  { "size", CR_RECORD_FIELD_LINE, N_("Size in bytes"), 20, NULL, NULL,
    CR_RECORD_FIELD_FLAG_READ_ONLY },
  { "sha256", CR_RECORD_FIELD_LINE, N_("SHA-256 checksum"), 64, NULL, NULL,
    CR_RECORD_FIELD_FLAG_READ_ONLY },
  { "added-at", CR_RECORD_FIELD_LINE, N_("Time added"), 20, NULL, NULL,
    CR_RECORD_FIELD_FLAG_READ_ONLY },
};

static gboolean
is_lower_hex (const char *text,
              gsize       length)
{
  if (strlen (text) != length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]) && !(text[i] >= 'a' && text[i] <= 'f'))
      return FALSE;

  return TRUE;
}

static gboolean
cr_document_validate (CrRecord  *record,
                      GError   **error)
{
  const char *size = cr_record_get (record, "size");
  const char *sha256 = cr_record_get (record, "sha256");

  if (!cr_record_check_required (record, "title", error) ||
      !cr_record_check_required (record, "filename", error) ||
      !cr_record_check_required (record, "doc-type", error))
    return FALSE;

  if (size != NULL &&
      (!g_ascii_isdigit (size[0]) ||
       !g_ascii_string_to_unsigned (size, 10, 0, CR_DOCUMENT_MAX_BYTES, NULL, NULL)))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” must be a number of bytes up to 256 MB: add the file again."),
                   _cr_record_label (record, "size"));
      return FALSE;
    }

  if (sha256 != NULL && !is_lower_hex (sha256, 64))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” must be 64 hexadecimal digits: add the file again."),
                   _cr_record_label (record, "sha256"));
      return FALSE;
    }

  return TRUE;
}

static char *
cr_document_dup_title (CrRecord *record)
{
  const char *title = cr_record_get (record, "title");

  return g_strdup (title != NULL ? title : cr_record_get (record, "filename"));
}

static char *
cr_document_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *received = cr_record_dup_date_label (record, "received-date");
  const char *version = cr_record_get (record, "version");
  const char *size = cr_record_get (record, "size");
  guint64 bytes;

  g_ptr_array_add (parts, g_strdup (_cr_record_choice_label (record, "doc-type")));
  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "agency-name")));
  if (version != NULL)
    /* Translators: %s is a document's version, "2" or "Final". */
    g_ptr_array_add (parts, g_strdup_printf (_("version %s"), version));
  if (received != NULL)
    /* Translators: %s is a date, "3 March 2026". */
    g_ptr_array_add (parts, g_strdup_printf (_("received %s"), received));
  if (size != NULL && g_ascii_string_to_unsigned (size, 10, 0, G_MAXUINT64, &bytes, NULL))
    g_ptr_array_add (parts, g_format_size (bytes));

  return _cr_record_join_parts (parts);
}

static void
cr_document_class_init (CrDocumentClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_document_validate;
  record_class->dup_title = cr_document_dup_title;
  record_class->dup_subtitle = cr_document_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Document"));
}

static void
cr_document_init (CrDocument *self)
{
}

CrDocument *
cr_document_new (void)
{
  return g_object_new (CR_TYPE_DOCUMENT, NULL);
}

/* ---- Media types --------------------------------------------------------- */

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize name_len = name != NULL ? strlen (name) : 0;
  gsize suffix_len = strlen (suffix);

  return name_len >= suffix_len &&
         g_ascii_strcasecmp (name + name_len - suffix_len, suffix) == 0;
}

/* Whether @needle occurs in the first @size bytes of @data. */
static gboolean
contains_bytes (const guint8 *data,
                gsize         size,
                const char   *needle)
{
  gsize needle_len = strlen (needle);
  const guint8 *end;

  if (size < needle_len)
    return FALSE;

  end = data + size - needle_len;
  for (const guint8 *p = data; p <= end; p++)
    {
      p = memchr (p, needle[0], (gsize) (end - p) + 1);
      if (p == NULL)
        return FALSE;
      if (memcmp (p, needle, needle_len) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_separator (gunichar c)
{
  return c == ',' || c == ';' || c == '\t';
}

/* A character that has no place in text (line breaks, tab and form feed
 * excepted). */
static gboolean
is_binary (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
}

/* UTF-8 text (an optional BOM): NULL when it is not; else whether its
 * first line holds a separator. */
static const char *
sniff_utf8 (const guint8 *data,
            gsize         size)
{
  const char *text = (const char *) data;
  gboolean first_line = TRUE;
  gboolean separated = FALSE;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      size -= 3;
    }

  if (!g_utf8_validate_len (text, size, NULL))
    return NULL;

  for (gsize i = 0; i < size; i++)
    {
      guchar c = (guchar) text[i];

      if (is_binary (c))
        return NULL;
      if (c == '\n')
        first_line = FALSE;
      else if (first_line && is_separator (c))
        separated = TRUE;
    }

  return separated ? MEDIA_TYPE_CSV : MEDIA_TYPE_TEXT;
}

/* UTF-16 with a byte order mark: well-formed surrogates, no binary
 * characters. */
static const char *
sniff_utf16 (const guint8 *data,
             gsize         size)
{
  gboolean big_endian;
  gboolean first_line = TRUE;
  gboolean separated = FALSE;

  if (size < 2 || size % 2 != 0)
    return NULL;
  if (data[0] == 0xff && data[1] == 0xfe)
    big_endian = FALSE;
  else if (data[0] == 0xfe && data[1] == 0xff)
    big_endian = TRUE;
  else
    return NULL;

  for (gsize i = 2; i < size; i += 2)
    {
      guint unit = big_endian ? (data[i] << 8 | data[i + 1]) : (data[i + 1] << 8 | data[i]);

      if (unit >= 0xd800 && unit <= 0xdbff)
        {
          guint next;

          if (i + 3 >= size)
            return NULL;
          next = big_endian ? (data[i + 2] << 8 | data[i + 3]) : (data[i + 3] << 8 | data[i + 2]);
          if (next < 0xdc00 || next > 0xdfff)
            return NULL;
          i += 2;
          continue;
        }
      if ((unit >= 0xdc00 && unit <= 0xdfff) || is_binary (unit))
        return NULL;

      if (unit == '\n')
        first_line = FALSE;
      else if (first_line && is_separator (unit))
        separated = TRUE;
    }

  return separated ? MEDIA_TYPE_CSV : MEDIA_TYPE_TEXT;
}

/**
 * cr_document_sniff_media_type:
 * @contents: the bytes of a file
 * @filename: (nullable): the name it came with
 *
 * Recognises a PDF ("%PDF-" within the first 1024 bytes), an Excel
 * workbook (a ZIP archive named .xlsx or holding "xl/" entries), CSV
 * (UTF-8 or UTF-16 text with a comma, semicolon or tab on its first line)
 * and other text; anything else is "application/octet-stream".
 *
 * Returns: the media type
 */
const char *
cr_document_sniff_media_type (GBytes     *contents,
                              const char *filename)
{
  const guint8 *data;
  const char *type;
  gsize size;

  g_return_val_if_fail (contents != NULL, MEDIA_TYPE_OTHER);

  data = g_bytes_get_data (contents, &size);
  if (size == 0)
    return MEDIA_TYPE_TEXT;

  if (contains_bytes (data, MIN (size, PDF_HEADER_WINDOW), "%PDF-"))
    return MEDIA_TYPE_PDF;

  if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      if (has_suffix_nocase (filename, ".xlsx") || contains_bytes (data, size, "xl/"))
        return MEDIA_TYPE_XLSX;
      return MEDIA_TYPE_OTHER;
    }

  type = sniff_utf16 (data, size);
  if (type == NULL)
    type = sniff_utf8 (data, size);

  return type != NULL ? type : MEDIA_TYPE_OTHER;
}

gboolean
cr_document_is_pdf (CrDocument *self)
{
  const char *media_type;

  g_return_val_if_fail (CR_IS_DOCUMENT (self), FALSE);

  media_type = cr_record_get (CR_RECORD (self), "media-type");
  if (media_type != NULL)
    return g_str_equal (media_type, MEDIA_TYPE_PDF);

  return has_suffix_nocase (cr_record_get (CR_RECORD (self), "filename"), ".pdf");
}

/* @name as valid UTF-8 on one line, trimmed, at most @max_chars. */
static char *
clean_name (const char *name,
            guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        c = ' ';
      g_string_append_unichar (text, c);
    }

  g_strstrip (text->str);
  if ((guint) g_utf8_strlen (text->str, -1) > max_chars)
    {
      g_autofree char *cut = g_utf8_substring (text->str, 0, max_chars);

      return g_strstrip (g_steal_pointer (&cut));
    }

  return g_strdup (text->str);
}

/**
 * cr_document_new_for_file:
 * @filename: the path or name of the file being added
 *
 * Returns: (transfer full): a new document named after the file, with a
 *   guessed type, received today
 */
CrDocument *
cr_document_new_for_file (const char *filename)
{
  CrDocument *self;
  CrRecord *record;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *today = NULL;
  const char *dot;
  GDate date;

  g_return_val_if_fail (filename != NULL, NULL);

  basename = g_path_get_basename (filename);
  display = g_filename_display_name (basename);
  name = clean_name (display, FILENAME_MAX_CHARS);

  dot = strrchr (name, '.');
  if (dot != NULL && dot != name)
    {
      g_autofree char *stem = g_strndup (name, (gsize) (dot - name));

      title = clean_name (stem, TITLE_MAX_CHARS);
    }
  else
    {
      title = clean_name (name, TITLE_MAX_CHARS);
    }

  lower = g_utf8_strdown (name, -1);
  cr_date_set_today (&date);
  today = cr_date_to_iso (&date);

  self = cr_document_new ();
  record = CR_RECORD (self);
  cr_record_set (record, "title", *title != '\0' ? title : name);
  cr_record_set (record, "filename", name);
  if (strstr (lower, "chronolog") != NULL)
    cr_record_set (record, "doc-type", "chronology");
  else if (g_str_has_suffix (lower, ".pdf"))
    cr_record_set (record, "doc-type", "agency-report");
  else
    cr_record_set (record, "doc-type", "other");
  cr_record_set (record, "received-date", today);

  return self;
}
