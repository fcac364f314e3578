/* cr-chronology-mapping.c: which column of an agency's file holds what */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyMapping"

#include "config.h"

#include "cr-chronology-mapping.h"

#include "cr-chronology-mapping-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define GROUP "Mapping"

static const struct
{
  const char *nick;
  const char *label;
} roles[CR_CHRONOLOGY_N_ROLES] = {
  [CR_CHRONOLOGY_ROLE_DATE] = { "date", N_("Date") },
  [CR_CHRONOLOGY_ROLE_TIME] = { "time", N_("Time") },
  [CR_CHRONOLOGY_ROLE_EVENT] = { "event", N_("Event") },
  [CR_CHRONOLOGY_ROLE_AUTHOR] = { "author", N_("Author or role") },
  [CR_CHRONOLOGY_ROLE_SOURCE] = { "source", N_("Source") },
};

G_DEFINE_BOXED_TYPE (CrChronologyMapping, cr_chronology_mapping,
                     cr_chronology_mapping_copy, cr_chronology_mapping_free)

CrChronologyMapping *
cr_chronology_mapping_new (void)
{
  CrChronologyMapping *self = g_new0 (CrChronologyMapping, 1);

  self->header_row = -1;
  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    self->columns[i] = -1;

  return self;
}

CrChronologyMapping *
cr_chronology_mapping_copy (const CrChronologyMapping *self)
{
  CrChronologyMapping *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (CrChronologyMapping, 1);
  copy->header_row = self->header_row;
  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      copy->columns[i] = self->columns[i];
      copy->headers[i] = g_strdup (self->headers[i]);
    }

  return copy;
}

void
cr_chronology_mapping_free (CrChronologyMapping *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    g_free (self->headers[i]);
  g_free (self);
}

const char *
cr_chronology_role_to_label (CrChronologyRole role)
{
  g_return_val_if_fail (role < CR_CHRONOLOGY_N_ROLES, NULL);

  return _(roles[role].label);
}

const char *
cr_chronology_role_to_nick (CrChronologyRole role)
{
  g_return_val_if_fail (role < CR_CHRONOLOGY_N_ROLES, NULL);

  return roles[role].nick;
}

int
cr_chronology_role_from_nick (const char *nick)
{
  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    if (g_strcmp0 (nick, roles[i].nick) == 0)
      return (int) i;

  return -1;
}

/*
 * Checking
 */

gboolean
cr_chronology_mapping_check (const CrChronologyMapping  *self,
                             CrSheet                    *sheet,
                             GError                    **error)
{
  guint n_columns;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sheet != NULL, FALSE);

  if (self->columns[CR_CHRONOLOGY_ROLE_DATE] < 0)
    {
      g_set_error_literal (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                           _("Choose the column that holds the date"));
      return FALSE;
    }
  if (self->columns[CR_CHRONOLOGY_ROLE_EVENT] < 0)
    {
      g_set_error_literal (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                           _("Choose the column that holds the event"));
      return FALSE;
    }

  n_columns = cr_sheet_get_n_columns (sheet);
  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      int column = self->columns[i];

      if (column < 0)
        continue;

      if ((guint) column >= n_columns)
        {
          g_autofree char *name = cr_sheet_column_name ((guint) column);

          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                       _("The %s column (%s) is not in this file, which has %u columns: choose another"),
                       _(roles[i].label), name, n_columns);
          return FALSE;
        }

      for (guint j = 0; j < i; j++)
        if (self->columns[j] == column)
          {
            g_autofree char *name = cr_sheet_column_name ((guint) column);

            g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                         _("Column %s is chosen for both %s and %s: choose a different column for one of them"),
                         name, _(roles[j].label), _(roles[i].label));
            return FALSE;
          }
    }

  if (self->header_row >= (int) cr_sheet_get_n_rows (sheet))
    {
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                   _("The header row %d is not in this file: choose another"),
                   self->header_row + 1);
      return FALSE;
    }

  return TRUE;
}

void
cr_chronology_mapping_name_columns (CrChronologyMapping *self,
                                    CrSheet             *sheet)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sheet != NULL);

  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      g_clear_pointer (&self->headers[i], g_free);

      if (self->header_row >= 0 && self->header_row < (int) cr_sheet_get_n_rows (sheet) &&
          self->columns[i] >= 0)
        {
          const char *name = cr_sheet_get_cell (sheet, (guint) self->header_row,
                                                (guint) self->columns[i]);

          if (name[0] != '\0')
            self->headers[i] = g_strdup (name);
        }
    }
}

/*
 * Storage form
 */

char *
cr_chronology_mapping_to_string (const CrChronologyMapping *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_return_val_if_fail (self != NULL, NULL);

  g_key_file_set_integer (file, GROUP, "header-row", self->header_row);
  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      g_autofree char *column_key = g_strconcat (roles[i].nick, "-column", NULL);
      g_autofree char *header_key = g_strconcat (roles[i].nick, "-header", NULL);

      g_key_file_set_integer (file, GROUP, column_key, self->columns[i]);
      if (self->headers[i] != NULL)
        g_key_file_set_string (file, GROUP, header_key, self->headers[i]);
    }

  return g_key_file_to_data (file, NULL, NULL);
}

static gboolean
read_integer (GKeyFile   *file,
              const char *key,
              int         lowest,
              int         highest,
              int        *out)
{
  g_autoptr(GError) error = NULL;
  int value;

  if (!g_key_file_has_key (file, GROUP, key, NULL))
    return TRUE;   /* an older version did not write it */

  value = g_key_file_get_integer (file, GROUP, key, &error);
  if (error != NULL || value < lowest || value > highest)
    return FALSE;

  *out = value;
  return TRUE;
}

CrChronologyMapping *
cr_chronology_mapping_from_string (const char  *text,
                                   GError     **error)
{
  g_autoptr(CrChronologyMapping) self = cr_chronology_mapping_new ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  gboolean ok;

  ok = text != NULL &&
       g_key_file_load_from_data (file, text, -1, G_KEY_FILE_NONE, NULL) &&
       g_key_file_has_group (file, GROUP) &&
       read_integer (file, "header-row", -1, CR_SHEET_MAX_ROWS, &self->header_row);

  for (guint i = 0; ok && i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      g_autofree char *column_key = g_strconcat (roles[i].nick, "-column", NULL);
      g_autofree char *header_key = g_strconcat (roles[i].nick, "-header", NULL);
      g_autofree char *header = NULL;

      ok = read_integer (file, column_key, -1, CR_SHEET_MAX_COLUMNS - 1, &self->columns[i]);
      header = g_key_file_get_string (file, GROUP, header_key, NULL);
      if (header != NULL && header[0] != '\0' && g_utf8_validate (header, -1, NULL))
        self->headers[i] = g_steal_pointer (&header);
    }

  if (!ok)
    {
      g_set_error_literal (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                           _("The saved choice of columns cannot be read: choose the columns again"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/*
 * The command line form
 */

static gboolean
column_from_letters (const char *text,
                     guint      *column)
{
  guint value = 0;
  gsize n = strlen (text);

  if (n == 0 || n > 3)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isalpha (text[i]))
        return FALSE;
      value = value * 26 + (guint) (g_ascii_toupper (text[i]) - 'A' + 1);
    }

  *column = value - 1;
  return TRUE;
}

static gboolean
resolve_column (const CrChronologyMapping  *self,
                CrSheet                    *sheet,
                const char                 *value,
                int                        *out,
                GError                    **error)
{
  guint n_columns = cr_sheet_get_n_columns (sheet);
  guint64 number;
  guint column;

  if (value[0] != '\0' && strspn (value, "0123456789") == strlen (value))
    {
      if (!g_ascii_string_to_unsigned (value, 10, 1, n_columns, &number, NULL))
        {
          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                       _("Column %s is not in this file, which has %u columns"), value, n_columns);
          return FALSE;
        }
      *out = (int) number - 1;
      return TRUE;
    }

  if (self->header_row >= 0)
    {
      g_autofree char *wanted = _cr_chronology_header_normalise (value);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *name =
            _cr_chronology_header_normalise (cr_sheet_get_cell (sheet, (guint) self->header_row, c));

          if (wanted[0] != '\0' && strcmp (name, wanted) == 0)
            {
              *out = (int) c;
              return TRUE;
            }
        }
    }

  if (column_from_letters (value, &column))
    {
      if (column >= n_columns)
        {
          g_autofree char *upper = g_ascii_strup (value, -1);

          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                       _("Column %s is not in this file, which has %u columns"), upper, n_columns);
          return FALSE;
        }
      *out = (int) column;
      return TRUE;
    }

  if (self->header_row >= 0)
    g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                 _("No column is named “%s”: give a name from the header row, a column letter or a number"),
                 value);
  else
    g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                 _("“%s” is not a column: this file has no header row, so give a column letter or a number"),
                 value);
  return FALSE;
}

/**
 * cr_chronology_mapping_parse_option:
 * @text: "date=A,time=B,event=Details,author=3,header=no"
 * @sheet: the file the mapping is for
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the mapping, or %NULL with @error set
 */
CrChronologyMapping *
cr_chronology_mapping_parse_option (const char  *text,
                                    CrSheet     *sheet,
                                    GError     **error)
{
  g_autoptr(CrChronologyMapping) self = NULL;
  g_auto(GStrv) items = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  gboolean given[CR_CHRONOLOGY_N_ROLES] = { FALSE };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  g_ptr_array_set_size (values, CR_CHRONOLOGY_N_ROLES);
  self = cr_chronology_mapping_guess (sheet, NULL);
  items = g_strsplit (text, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *equals = strchr (item, '=');
      char *key, *value;
      int role;

      if (item[0] == '\0')
        continue;

      if (equals == NULL)
        {
          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                       _("“%s” in the mapping is not ROLE=COLUMN (for example date=A,event=C)"), item);
          return NULL;
        }
      *equals = '\0';
      key = g_strstrip (item);
      value = g_strstrip (equals + 1);

      if (g_ascii_strcasecmp (key, "header") == 0)
        {
          guint64 row;

          if (g_ascii_strcasecmp (value, "no") == 0 || g_ascii_strcasecmp (value, "none") == 0)
            self->header_row = -1;
          else if (g_ascii_strcasecmp (value, "yes") == 0)
            self->header_row = MAX (self->header_row, 0);
          else if (g_ascii_string_to_unsigned (value, 10, 1, cr_sheet_get_n_rows (sheet), &row, NULL))
            self->header_row = (int) row - 1;
          else
            {
              g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                           _("header=%s in the mapping: write header=no, header=yes or the header’s row number"),
                           value);
              return NULL;
            }
          continue;
        }

      role = -1;
      for (guint r = 0; role < 0 && r < CR_CHRONOLOGY_N_ROLES; r++)
        if (g_ascii_strcasecmp (key, roles[r].nick) == 0)
          role = (int) r;
      if (role < 0)
        {
          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                       _("Unknown column role “%s” in the mapping: use date, time, event, author or source"),
                       key);
          return NULL;
        }

      g_free (g_ptr_array_index (values, role));
      g_ptr_array_index (values, role) = g_strdup (value);
      given[role] = TRUE;
    }

  for (guint role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    {
      const char *value = g_ptr_array_index (values, role);

      if (!given[role])
        continue;
      if (value[0] == '\0' || g_ascii_strcasecmp (value, "none") == 0)
        self->columns[role] = -1;
      else if (!resolve_column (self, sheet, value, &self->columns[role], error))
        return NULL;
    }

  /* A guessed role gives way to a column given for another. */
  for (guint role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    for (guint other = 0; !given[role] && other < CR_CHRONOLOGY_N_ROLES; other++)
      if (given[other] && self->columns[role] >= 0 && self->columns[role] == self->columns[other])
        self->columns[role] = -1;

  cr_chronology_mapping_name_columns (self, sheet);
  return g_steal_pointer (&self);
}
