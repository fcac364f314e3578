/* cr-cli-output.h: table, CSV (RFC 4180) and JSON writers for the CLI */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CR_CLI_FORMAT_TABLE = 1 << 0,
  CR_CLI_FORMAT_CSV   = 1 << 1,
  CR_CLI_FORMAT_JSON  = 1 << 2,
  CR_CLI_FORMAT_TEXT  = 1 << 3,
} CrCliFormat;

const char *cr_cli_format_to_string   (CrCliFormat  format);
gboolean    cr_cli_format_from_string (const char  *text,
                                       CrCliFormat *format);

/* ---- Text ---------------------------------------------------------------- */

/* Columns @text takes on a terminal: wide (East Asian) characters count
 * two, combining marks and other zero-width characters none. Invalid UTF-8
 * counts one per byte. */
gsize       cr_cli_text_width         (const char  *text);
/* @text made safe for a terminal cell: invalid UTF-8, control characters
 * (escape sequences…) and bidirectional overrides become U+FFFD, newlines
 * and tabs a space,
 * and text wider than @max_width (0: no limit) is cut, ending in "…". */
char       *cr_cli_text_fit           (const char  *text,
                                       gsize        max_width);

/* ---- CSV ----------------------------------------------------------------- */

/* Appends one field to a CSV record (RFC 4180): a comma first unless
 * @first; quoted with doubled quotes when the value holds a comma, quote,
 * CR or LF, or starts or ends with a space. NULL is an empty field. */
void        cr_cli_csv_append_field   (GString     *record,
                                       const char  *value,
                                       gboolean     first);
/* Ends a record with CRLF, as RFC 4180 asks. */
void        cr_cli_csv_end_record     (GString     *record);

/* ---- JSON ---------------------------------------------------------------- */

/* Appends @text as a JSON string literal (quotes included): control
 * characters, quote, backslash, U+2028 and U+2029 are escaped; invalid
 * UTF-8 becomes U+FFFD. NULL appends null. */
void        cr_cli_json_append_string (GString     *out,
                                       const char  *text);

/* A small streaming writer producing indented, well-formed JSON. */
typedef struct _CrCliJson CrCliJson;

CrCliJson  *cr_cli_json_new           (GString     *out);
void        cr_cli_json_free          (CrCliJson   *json);
void        cr_cli_json_begin_object  (CrCliJson   *json);
void        cr_cli_json_end_object    (CrCliJson   *json);
void        cr_cli_json_begin_array   (CrCliJson   *json);
void        cr_cli_json_end_array     (CrCliJson   *json);
/* Inside an object, names the next value. */
void        cr_cli_json_key           (CrCliJson   *json,
                                       const char  *key);
void        cr_cli_json_string        (CrCliJson   *json,
                                       const char  *value);
void        cr_cli_json_int           (CrCliJson   *json,
                                       gint64       value);
void        cr_cli_json_boolean       (CrCliJson   *json,
                                       gboolean     value);
void        cr_cli_json_null          (CrCliJson   *json);
/* key + value shorthands */
void        cr_cli_json_member_string (CrCliJson   *json,
                                       const char  *key,
                                       const char  *value);
void        cr_cli_json_member_int    (CrCliJson   *json,
                                       const char  *key,
                                       gint64       value);
void        cr_cli_json_member_boolean(CrCliJson   *json,
                                       const char  *key,
                                       gboolean     value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrCliJson, cr_cli_json_free)

/* ---- Tables -------------------------------------------------------------- */

typedef enum
{
  CR_CLI_COLUMN_TEXT,
  CR_CLI_COLUMN_INTEGER,
  CR_CLI_COLUMN_BOOLEAN,
} CrCliColumnType;

typedef enum
{
  CR_CLI_COLUMN_ALL        = 0,
  CR_CLI_COLUMN_DATA_ONLY  = 1 << 0, /* in CSV and JSON only */
  CR_CLI_COLUMN_TABLE_ONLY = 1 << 1, /* in the table only */
  CR_CLI_COLUMN_SHRINK_FIRST = 1 << 2, /* narrowed first to fit the terminal */
} CrCliColumnFlags;

typedef struct
{
  const char       *key;       /* CSV heading and JSON member: stable, untranslated */
  const char       *title;     /* table heading, marked with N_() */
  CrCliColumnType   type;
  CrCliColumnFlags  flags;
  guint             max_width; /* table cell width, 0 for no limit */
} CrCliColumn;

typedef struct _CrCliTable CrCliTable;

CrCliTable *cr_cli_table_new          (const CrCliColumn *columns,
                                       guint              n_columns);
void        cr_cli_table_free         (CrCliTable        *table);
/* Starts a new row; its cells are NULL (empty, or null in JSON). */
void        cr_cli_table_add_row      (CrCliTable        *table);
void        cr_cli_table_set          (CrCliTable        *table,
                                       guint              column,
                                       const char        *value);
void        cr_cli_table_set_int      (CrCliTable        *table,
                                       guint              column,
                                       gint64             value);
void        cr_cli_table_set_boolean  (CrCliTable        *table,
                                       guint              column,
                                       gboolean           value);
/* Narrows the cut-able columns (down to 12) so that the aligned text
 * table fits in @width terminal columns; 0 for no limit. */
void        cr_cli_table_set_width_limit (CrCliTable     *table,
                                       guint              width);
guint       cr_cli_table_get_n_rows   (CrCliTable        *table);
/* Renders the table as an aligned text table, CSV with a heading record,
 * or a JSON array of objects. */
char       *cr_cli_table_to_string    (CrCliTable        *table,
                                       CrCliFormat        format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrCliTable, cr_cli_table_free)

G_END_DECLS
