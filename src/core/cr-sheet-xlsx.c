/* cr-sheet-xlsx.c: reading the first worksheet of an XLSX file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSheet"

#include "config.h"

#include "cr-sheet-xlsx-private.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <string.h>

/* The workbook, its relationships and its styles are small. */
#define SMALL_PART_MAX (16 * 1024 * 1024)
#define CHUNK_SIZE (64 * 1024)

#define OFFICE_DOCUMENT "/officeDocument"
#define SHARED_STRINGS "/sharedStrings"
#define STYLES "/styles"

typedef struct
{
  GBytes       *contents;
  const char   *filename;
  char         *what;        /* "“name.xlsx”" for messages */
  GCancellable *cancellable;
  GHashTable   *parts;       /* lower-case name → GBytes */
  gsize         total;       /* bytes unpacked so far */
  gboolean      has_ods_content;
  gboolean      has_word_document;
} Reader;

typedef struct archive CrArchive;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrArchive, archive_read_free)

static void
set_damaged (Reader  *reader,
             GError **error)
{
  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
               _("%s is a damaged zip file: open it in a spreadsheet and save it again as XLSX, or save it as CSV"),
               reader->what);
}

static void
set_too_large (Reader  *reader,
               GError **error)
{
  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
               _("%s unpacks to more than %zu MB: split it into smaller files"),
               reader->what, _cr_sheet_get_max_bytes () / (1024 * 1024));
}

/* Errors from GMarkup become a message that says what to do. */
static void
set_xml_error (Reader  *reader,
               GError  *error,
               GError **out)
{
  if (error->domain == CR_SHEET_ERROR || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (out, error);
      return;
    }

  g_debug ("%s: %s", reader->what, error->message);
  g_error_free (error);
  g_set_error (out, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
               _("%s is damaged: part of the workbook cannot be read; open it in a spreadsheet and save it again"),
               reader->what);
}

static struct archive *
open_zip (Reader  *reader,
          GError **error)
{
  g_autoptr(CrArchive) zip = archive_read_new ();
  gsize size;
  const void *data = g_bytes_get_data (reader->contents, &size);

  archive_read_support_format_zip (zip);
  if (archive_read_open_memory (zip, data, size) != ARCHIVE_OK)
    {
      g_debug ("%s: %s", reader->what, archive_error_string (zip));
      set_damaged (reader, error);
      return NULL;
    }

  return g_steal_pointer (&zip);
}

/* Reads the current entry, at most @limit bytes, into @sink (a GByteArray)
 * or through @parser. */
static gboolean
read_entry (Reader             *reader,
            struct archive     *zip,
            gsize               limit,
            GByteArray         *sink,
            CrXlsxSheetParser  *parser,
            GError            **error)
{
  g_autofree char *buffer = g_malloc (CHUNK_SIZE);
  gsize read = 0;

  for (;;)
    {
      la_ssize_t n = archive_read_data (zip, buffer, CHUNK_SIZE);

      if (n == 0)
        return TRUE;
      if (n < 0)
        {
          g_debug ("%s: %s", reader->what, archive_error_string (zip));
          set_damaged (reader, error);
          return FALSE;
        }

      read += (gsize) n;
      reader->total += (gsize) n;
      if (read > limit || reader->total > _cr_sheet_get_max_bytes ())
        {
          set_too_large (reader, error);
          return FALSE;
        }

      if (g_cancellable_set_error_if_cancelled (reader->cancellable, error))
        return FALSE;

      if (sink != NULL)
        g_byte_array_append (sink, (const guint8 *) buffer, (guint) n);
      else
        {
          g_autoptr(GError) local_error = NULL;

          if (!_cr_xlsx_sheet_parser_feed (parser, buffer, (gsize) n, &local_error))
            {
              set_xml_error (reader, g_steal_pointer (&local_error), error);
              return FALSE;
            }
        }
    }
}

/* The parts other than worksheets that the workbook may need. */
static gboolean
is_wanted (const char *lower)
{
  const char *base = strrchr (lower, '/');

  base = base != NULL ? base + 1 : lower;
  return g_str_has_suffix (lower, ".rels") ||
         (g_str_has_suffix (lower, ".xml") &&
          (g_str_has_prefix (base, "workbook") || g_str_has_prefix (base, "sharedstrings") ||
           g_str_has_prefix (base, "styles")));
}

/* First pass: the relationships, workbook, shared strings and styles. */
static gboolean
read_parts (Reader  *reader,
            GError **error)
{
  g_autoptr(CrArchive) zip = open_zip (reader, error);
  struct archive_entry *entry;
  int status;

  if (zip == NULL)
    return FALSE;

  while ((status = archive_read_next_header (zip, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      const char *name = archive_entry_pathname (entry);
      g_autofree char *lower = NULL;
      g_autoptr(GByteArray) data = NULL;
      gsize limit;

      if (name == NULL)
        continue;
      lower = g_ascii_strdown (name, -1);

      if (strcmp (lower, "content.xml") == 0)
        reader->has_ods_content = TRUE;
      else if (strcmp (lower, "word/document.xml") == 0)
        reader->has_word_document = TRUE;

      if (!is_wanted (lower) || g_hash_table_contains (reader->parts, lower))
        continue;

      limit = strstr (lower, "sharedstrings") != NULL ? _cr_sheet_get_max_bytes () : SMALL_PART_MAX;
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > (la_int64_t) limit)
        {
          set_too_large (reader, error);
          return FALSE;
        }

      data = g_byte_array_new ();
      if (!read_entry (reader, zip, limit, data, NULL, error))
        return FALSE;
      g_hash_table_insert (reader->parts, g_steal_pointer (&lower),
                           g_byte_array_free_to_bytes (g_steal_pointer (&data)));
    }

  if (status != ARCHIVE_EOF)
    {
      g_debug ("%s: %s", reader->what, archive_error_string (zip));
      set_damaged (reader, error);
      return FALSE;
    }

  return TRUE;
}

/* Second pass: the worksheet, parsed as it is unpacked. */
static gboolean
read_worksheet (Reader             *reader,
                const char         *path,
                CrXlsxSheetParser  *parser,
                GError            **error)
{
  g_autoptr(CrArchive) zip = open_zip (reader, error);
  struct archive_entry *entry;
  int status;

  if (zip == NULL)
    return FALSE;

  while ((status = archive_read_next_header (zip, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      const char *name = archive_entry_pathname (entry);

      if (name == NULL || g_ascii_strcasecmp (name, path) != 0)
        continue;

      if (!read_entry (reader, zip, _cr_sheet_get_max_bytes (), NULL, parser, error))
        return FALSE;
      return TRUE;
    }

  if (status != ARCHIVE_EOF)
    set_damaged (reader, error);
  else
    g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                 _("%s is damaged: its first worksheet is missing; open it in a spreadsheet and save it again"),
                 reader->what);
  return FALSE;
}

/* A relationship's target as a path in the zip: relative to @base (the
 * folder of the part that names it), or absolute with a leading '/'. */
static char *
resolve_target (const char *base,
                const char *target)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else if (base[0] != '\0')
    joined = g_strconcat (base, "/", target, NULL);
  else
    joined = g_strdup (target);

  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          if (path->len > 0)
            g_ptr_array_remove_index (path, path->len - 1);
          continue;
        }
      g_ptr_array_add (path, segments[i]);
    }
  g_ptr_array_add (path, NULL);

  return g_strjoinv ("/", (char **) path->pdata);
}

static char *
folder_of (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? g_strndup (path, slash - path) : g_strdup ("");
}

/* "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" */
static char *
relationships_of (const char *path)
{
  const char *slash = strrchr (path, '/');

  if (slash == NULL)
    return g_strdup_printf ("_rels/%s.rels", path);
  return g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - path), path, slash + 1);
}

static GBytes *
lookup_part (Reader     *reader,
             const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_hash_table_lookup (reader->parts, lower);
}

static GPtrArray *
read_relationships (Reader      *reader,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = lookup_part (reader, path);
  GPtrArray *relationships;
  gsize size;
  const char *xml;

  if (bytes == NULL)
    return g_ptr_array_new_with_free_func (_cr_xlsx_relationship_free);

  xml = g_bytes_get_data (bytes, &size);
  relationships = _cr_xlsx_parse_relationships (xml, size, &local_error);
  if (relationships == NULL)
    set_xml_error (reader, g_steal_pointer (&local_error), error);
  return relationships;
}

static const char *
find_target (GPtrArray  *relationships,
             const char *id,
             const char *type_suffix)
{
  for (guint i = 0; i < relationships->len; i++)
    {
      CrXlsxRelationship *relationship = g_ptr_array_index (relationships, i);

      if (id != NULL && g_strcmp0 (relationship->id, id) == 0)
        return relationship->target;
      if (type_suffix != NULL && relationship->type != NULL &&
          g_str_has_suffix (relationship->type, type_suffix))
        return relationship->target;
    }

  return NULL;
}

static gboolean
parse_part (Reader      *reader,
            GPtrArray   *relationships,
            const char  *base,
            const char  *type_suffix,
            const char  *fallback,
            gboolean   (*parse) (const char *, gsize, gpointer, GError **),
            gpointer     out,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  const char *target = find_target (relationships, NULL, type_suffix);
  GBytes *bytes;
  const char *xml;
  gsize size;

  path = target != NULL ? resolve_target (base, target) : g_strdup (fallback);
  bytes = lookup_part (reader, path);
  if (bytes == NULL)
    return TRUE;

  xml = g_bytes_get_data (bytes, &size);
  if (!parse (xml, size, out, &local_error))
    {
      set_xml_error (reader, g_steal_pointer (&local_error), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_xlsx (Reader          *reader,
           CrXlsxWorkbook  *workbook,
           CrSheet         *sheet,
           GError         **error)
{
  g_autoptr(GPtrArray) root = NULL;
  g_autoptr(GPtrArray) relationships = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *workbook_path = NULL;
  g_autofree char *workbook_relationships = NULL;
  g_autofree char *base = NULL;
  g_autofree char *sheet_id = NULL;
  g_autofree char *sheet_path = NULL;
  CrXlsxSheetParser *parser;
  const char *target, *xml;
  GBytes *bytes;
  gsize size;
  gboolean ok;

  if (!read_parts (reader, error))
    return FALSE;

  if ((root = read_relationships (reader, "_rels/.rels", error)) == NULL)
    return FALSE;
  target = find_target (root, NULL, OFFICE_DOCUMENT);
  workbook_path = target != NULL ? resolve_target ("", target) : g_strdup ("xl/workbook.xml");

  bytes = lookup_part (reader, workbook_path);
  if (bytes == NULL)
    {
      if (reader->has_ods_content)
        g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                     _("%s is an OpenDocument spreadsheet: save it as XLSX or CSV"), reader->what);
      else if (reader->has_word_document)
        g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                     _("%s is a Word document, not a spreadsheet: save the chronology as XLSX or CSV"),
                     reader->what);
      else
        g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                     _("%s is a zip file but not an Excel workbook: save the chronology as XLSX or CSV"),
                     reader->what);
      return FALSE;
    }

  xml = g_bytes_get_data (bytes, &size);
  if (!_cr_xlsx_parse_workbook (xml, size, &sheet_id, &workbook->date1904, &local_error))
    {
      set_xml_error (reader, g_steal_pointer (&local_error), error);
      return FALSE;
    }

  workbook_relationships = relationships_of (workbook_path);
  if ((relationships = read_relationships (reader, workbook_relationships, error)) == NULL)
    return FALSE;
  base = folder_of (workbook_path);

  target = sheet_id != NULL ? find_target (relationships, sheet_id, NULL) : NULL;
  sheet_path = target != NULL ? resolve_target (base, target)
                              : g_strconcat (base, base[0] != '\0' ? "/" : "", "worksheets/sheet1.xml", NULL);

  {
    g_autofree char *strings = g_strconcat (base, "/sharedStrings.xml", NULL);
    g_autofree char *styles = g_strconcat (base, "/styles.xml", NULL);

    if (!parse_part (reader, relationships, base, SHARED_STRINGS, strings,
                     (gpointer) _cr_xlsx_parse_shared_strings, workbook->shared_strings, error) ||
        !parse_part (reader, relationships, base, STYLES, styles,
                     (gpointer) _cr_xlsx_parse_styles, workbook->styles, error))
      return FALSE;
  }

  /* The parts are parsed: only the worksheet is left to read. */
  g_hash_table_remove_all (reader->parts);

  parser = _cr_xlsx_sheet_parser_new (sheet, workbook, reader->filename);
  ok = read_worksheet (reader, sheet_path, parser, error);
  if (ok && !_cr_xlsx_sheet_parser_end (parser, &local_error))
    {
      set_xml_error (reader, g_steal_pointer (&local_error), error);
      ok = FALSE;
    }
  _cr_xlsx_sheet_parser_free (parser);

  return ok;
}

CrSheet *
_cr_sheet_read_xlsx (GBytes        *contents,
                     const char    *filename,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(CrSheet) sheet = _cr_sheet_new ("XLSX", "UTF-8");
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                       g_free, (GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) shared_strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) styles = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autofree char *what = _cr_sheet_describe_file (filename);
  CrXlsxWorkbook workbook = { shared_strings, styles, FALSE };
  Reader reader = { contents, filename, what, cancellable, parts, 0, FALSE, FALSE };

  if (!read_xlsx (&reader, &workbook, sheet, error))
    return NULL;

  if (!_cr_sheet_finish (sheet, filename, error))
    return NULL;

  return g_steal_pointer (&sheet);
}
