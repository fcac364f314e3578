/* cr-odt-zip.c: a small zip writer for OpenDocument packages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrOdt"

#include "config.h"

#include "cr-odt-private.h"
#include "cr-pdf-error.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

/*
 * The zip format (APPNOTE.TXT 6.3): for each entry a local file header
 * and its data, then a central directory with one header per entry, then
 * the end of central directory record. Everything is little-endian. The
 * whole package is built in memory, so each local header already holds
 * the CRC-32 and sizes: no data descriptor, no extra field, no Zip64.
 */

#define LOCAL_HEADER_SIGNATURE   0x04034b50
#define CENTRAL_HEADER_SIGNATURE 0x02014b50
#define END_RECORD_SIGNATURE     0x06054b50

#define METHOD_STORE   0
#define METHOD_DEFLATE 8

/* Versions needed to extract: 1.0 for stored, 2.0 for deflated. */
#define VERSION_STORE   10
#define VERSION_DEFLATE 20

/* MS-DOS date of 1980-01-01 00:00, the earliest zip can hold: the same
 * report always gives the same bytes. */
#define DOS_TIME 0x0000
#define DOS_DATE ((0 << 9) | (1 << 5) | 1)

#define MAX_ENTRIES 0xffff

typedef struct
{
  char    *name;
  guint32  crc;
  guint32  compressed_size;
  guint32  size;
  guint32  offset;
  guint16  method;
} Entry;

struct _CrOdtZip
{
  GByteArray *data;
  GArray     *entries;  /* Entry */
  gboolean    finished;
};

/* --------------------------------------------------------------------------
 * CRC-32
 */

static guint32 crc_table[256];

static void
init_crc_table (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (int k = 0; k < 8; k++)
            c = (c & 1) != 0 ? 0xedb88320u ^ (c >> 1) : c >> 1;
          crc_table[n] = c;
        }
      g_once_init_leave (&initialised, 1);
    }
}

guint32
_cr_odt_crc32 (const void *data,
               gsize       size)
{
  const guint8 *p = data;
  guint32 c = 0xffffffffu;

  init_crc_table ();
  for (gsize i = 0; i < size; i++)
    c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

/* --------------------------------------------------------------------------
 * Writing
 */

static void
put16 (GByteArray *out,
       guint16     value)
{
  guint8 b[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  guint8 b[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >> 24) & 0xff };

  g_byte_array_append (out, b, 4);
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
}

CrOdtZip *
_cr_odt_zip_new (void)
{
  CrOdtZip *zip = g_new0 (CrOdtZip, 1);

  zip->data = g_byte_array_new ();
  zip->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (zip->entries, entry_clear);
  return zip;
}

void
_cr_odt_zip_free (CrOdtZip *zip)
{
  if (zip == NULL)
    return;
  g_clear_pointer (&zip->data, g_byte_array_unref);
  g_clear_pointer (&zip->entries, g_array_unref);
  g_free (zip);
}

/* Raw deflate (no zlib or gzip wrapper), as zip stores it. */
static GBytes *
deflate_bytes (const void  *data,
               gsize        size,
               GError     **error)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) stream = g_converter_output_stream_new (memory, G_CONVERTER (compressor));

  if (!g_output_stream_write_all (stream, data, size, NULL, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

gboolean
_cr_odt_zip_add (CrOdtZip    *zip,
                 const char  *name,
                 const void  *data,
                 gsize        size,
                 gboolean     compress,
                 GError     **error)
{
  g_autoptr(GBytes) deflated = NULL;
  const void *payload = data;
  gsize payload_size = size;
  gsize name_length;
  Entry entry = { 0 };

  g_return_val_if_fail (zip != NULL && !zip->finished, FALSE);
  g_return_val_if_fail (name != NULL && name[0] != '\0' && name[0] != '/', FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name_length = strlen (name);
  if (size > G_MAXUINT32 || zip->data->len > G_MAXUINT32 - 30 - name_length ||
      zip->entries->len >= MAX_ENTRIES || name_length > G_MAXUINT16)
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                           _("The document is too large to save. Shorten the report and try again."));
      return FALSE;
    }

  if (compress && size > 0)
    {
      deflated = deflate_bytes (data, size, error);
      if (deflated == NULL)
        return FALSE;
      payload = g_bytes_get_data (deflated, &payload_size);
    }

  if (payload_size > G_MAXUINT32 - zip->data->len - 30 - name_length)
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                           _("The document is too large to save. Shorten the report and try again."));
      return FALSE;
    }

  entry.name = g_strdup (name);
  entry.crc = _cr_odt_crc32 (data, size);
  entry.size = (guint32) size;
  entry.compressed_size = (guint32) payload_size;
  entry.offset = zip->data->len;
  entry.method = deflated != NULL ? METHOD_DEFLATE : METHOD_STORE;

  put32 (zip->data, LOCAL_HEADER_SIGNATURE);
  put16 (zip->data, entry.method == METHOD_DEFLATE ? VERSION_DEFLATE : VERSION_STORE);
  put16 (zip->data, 0);  /* flags */
  put16 (zip->data, entry.method);
  put16 (zip->data, DOS_TIME);
  put16 (zip->data, DOS_DATE);
  put32 (zip->data, entry.crc);
  put32 (zip->data, entry.compressed_size);
  put32 (zip->data, entry.size);
  put16 (zip->data, (guint16) name_length);
  put16 (zip->data, 0);  /* extra field length */
  g_byte_array_append (zip->data, (const guint8 *) name, (guint) name_length);
  if (payload_size > 0)
    g_byte_array_append (zip->data, payload, (guint) payload_size);

  g_array_append_val (zip->entries, entry);
  return TRUE;
}

GBytes *
_cr_odt_zip_finish (CrOdtZip *zip)
{
  guint32 directory_offset;
  guint32 directory_size;

  g_return_val_if_fail (zip != NULL && !zip->finished, NULL);

  zip->finished = TRUE;
  directory_offset = zip->data->len;

  for (guint i = 0; i < zip->entries->len; i++)
    {
      const Entry *entry = &g_array_index (zip->entries, Entry, i);
      gsize name_length = strlen (entry->name);

      put32 (zip->data, CENTRAL_HEADER_SIGNATURE);
      put16 (zip->data, VERSION_DEFLATE);  /* made by: MS-DOS, 2.0 */
      put16 (zip->data, entry->method == METHOD_DEFLATE ? VERSION_DEFLATE : VERSION_STORE);
      put16 (zip->data, 0);  /* flags */
      put16 (zip->data, entry->method);
      put16 (zip->data, DOS_TIME);
      put16 (zip->data, DOS_DATE);
      put32 (zip->data, entry->crc);
      put32 (zip->data, entry->compressed_size);
      put32 (zip->data, entry->size);
      put16 (zip->data, (guint16) name_length);
      put16 (zip->data, 0);  /* extra field length */
      put16 (zip->data, 0);  /* comment length */
      put16 (zip->data, 0);  /* disk number */
      put16 (zip->data, 0);  /* internal attributes */
      put32 (zip->data, 0);  /* external attributes */
      put32 (zip->data, entry->offset);
      g_byte_array_append (zip->data, (const guint8 *) entry->name, (guint) name_length);
    }

  directory_size = zip->data->len - directory_offset;

  put32 (zip->data, END_RECORD_SIGNATURE);
  put16 (zip->data, 0);  /* this disk */
  put16 (zip->data, 0);  /* disk with the central directory */
  put16 (zip->data, (guint16) zip->entries->len);
  put16 (zip->data, (guint16) zip->entries->len);
  put32 (zip->data, directory_size);
  put32 (zip->data, directory_offset);
  put16 (zip->data, 0);  /* comment length */

  return g_byte_array_free_to_bytes (g_steal_pointer (&zip->data));
}
