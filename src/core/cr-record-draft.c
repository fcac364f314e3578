/* cr-record-draft.c: records in drafts (GKeyFile text) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecord"

#include "config.h"

#include "cr-record.h"

#include "cr-case-status.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define DRAFT_FORMAT   "case-reviews-draft"
#define DRAFT_VERSION  1
/* The cap on the length of a loaded value without a length of its own. */
#define DEFAULT_CAP    1000

static guint
load_cap (const CrRecordField *field)
{
  if (field->max_length > 0)
    return field->max_length;
  if (field->kind == CR_RECORD_FIELD_LINE)
    return 200;
  if (field->kind == CR_RECORD_FIELD_TEXT)
    return 20000;

  return DEFAULT_CAP;
}

/**
 * cr_record_save_to_key_file:
 * @self: a record
 * @key_file: the draft
 * @group: the group to write
 *
 * Writes id, case-id and every field that holds a value.
 */
void
cr_record_save_to_key_file (CrRecord   *self,
                            GKeyFile   *key_file,
                            const char *group)
{
  const CrRecordField *fields;
  guint n_fields;

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (key_file != NULL);
  g_return_if_fail (group != NULL);

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (self), &n_fields);

  g_key_file_set_int64 (key_file, group, "id", cr_record_get_id (self));
  g_key_file_set_int64 (key_file, group, "case-id", cr_record_get_case_id (self));

  for (guint i = 0; i < n_fields; i++)
    {
      const char *value = cr_record_get (self, fields[i].name);

      if (value != NULL)
        g_key_file_set_string (key_file, group, fields[i].name, value);
    }
}

/**
 * cr_record_load_from_key_file:
 * @self: a record
 * @key_file: the draft
 * @group: the group to read
 *
 * Sets the fields found in @group, as they are (a draft may hold what the
 * user had half typed) but cut to the field's length; unknown keys and
 * values that cannot be read are ignored.
 */
void
cr_record_load_from_key_file (CrRecord   *self,
                              GKeyFile   *key_file,
                              const char *group)
{
  const CrRecordField *fields;
  guint n_fields;
  gint64 number;

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (key_file != NULL);
  g_return_if_fail (group != NULL);

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (self), &n_fields);

  g_object_freeze_notify (G_OBJECT (self));

  number = -1;
  if (_cr_draft_get_int64 (key_file, group, "id", 0, &number) && number >= 0)
    cr_record_set_id (self, number);
  number = -1;
  if (_cr_draft_get_int64 (key_file, group, "case-id", 0, &number) && number >= 0)
    cr_record_set_case_id (self, number);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = _cr_draft_get_text (key_file, group, fields[i].name,
                                                   load_cap (&fields[i]));

      if (value != NULL)
        cr_record_set (self, fields[i].name, value);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* ---- Private helpers (cr-record-private.h) ---------------------------- */

gboolean
_cr_draft_fail (GError **error)
{
  g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       _("This draft could not be read: it may have been damaged. Start again, or discard the draft."));
  return FALSE;
}

char *
_cr_draft_group (const char *prefix,
                 guint       index)
{
  return g_strdup_printf ("%s-%u", prefix, index);
}

GKeyFile *
_cr_draft_new (const char *kind,
               int         step)
{
  GKeyFile *key_file = g_key_file_new ();

  g_key_file_set_string (key_file, "draft", "format", DRAFT_FORMAT);
  g_key_file_set_integer (key_file, "draft", "version", DRAFT_VERSION);
  g_key_file_set_string (key_file, "draft", "kind", kind);
  g_key_file_set_integer (key_file, "draft", "step", step);

  return key_file;
}

gboolean
_cr_draft_get_int64 (GKeyFile   *key_file,
                     const char *group,
                     const char *key,
                     gint64      minimum,
                     gint64     *out)
{
  g_autofree char *text = NULL;
  gint64 number;

  if (!g_key_file_has_key (key_file, group, key, NULL))
    return TRUE;

  text = g_key_file_get_value (key_file, group, key, NULL);
  if (text == NULL ||
      !g_ascii_string_to_signed (text, 10, minimum, G_MAXINT64, &number, NULL))
    return FALSE;

  *out = number;
  return TRUE;
}

char *
_cr_draft_get_text (GKeyFile   *key_file,
                    const char *group,
                    const char *key,
                    guint       max_chars)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = g_key_file_get_string (key_file, group, key, &error);

  if (value == NULL || error != NULL || !g_utf8_validate (value, -1, NULL))
    return NULL;

  if (max_chars > 0 && (gsize) g_utf8_strlen (value, -1) > max_chars)
    return g_utf8_substring (value, 0, max_chars);

  return g_steal_pointer (&value);
}

/* "PREFIX-N" with N a plain decimal (no sign, no leading zero). */
static gboolean
parse_list_group (const char *group,
                  const char *prefix,
                  guint      *index)
{
  gsize len = strlen (prefix);
  guint64 number;

  if (strncmp (group, prefix, len) != 0 || group[len] != '-')
    return FALSE;

  group += len + 1;
  if (!g_ascii_isdigit (group[0]) || (group[0] == '0' && group[1] != '\0'))
    return FALSE;

  if (!g_ascii_string_to_unsigned (group, 10, 0, CR_DRAFT_MAX_ITEMS - 1, &number, NULL))
    return FALSE;

  *index = (guint) number;
  return TRUE;
}

static gboolean
check_group_values (GKeyFile   *key_file,
                    const char *group)
{
  g_auto(GStrv) keys = g_key_file_get_keys (key_file, group, NULL, NULL);

  if (keys == NULL)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *value = g_key_file_get_string (key_file, group, keys[i], &error);

      /* GKeyFile may return a value and an error (a bad escape). */
      if (value == NULL || error != NULL || !g_utf8_validate (value, -1, NULL))
        return FALSE;
    }

  return TRUE;
}

GKeyFile *
_cr_draft_open (const char          *data,
                const char          *kind,
                int                  n_steps,
                const char          *record_group,
                const char * const  *prefixes,
                int                 *step,
                GError             **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *format = NULL;
  g_autofree char *draft_kind = NULL;
  g_auto(GStrv) groups = NULL;
  guint n_prefixes = prefixes != NULL ? g_strv_length ((char **) prefixes) : 0;
  g_autofree guint *counts = g_new0 (guint, n_prefixes + 1);
  g_autofree guint *maxima = g_new0 (guint, n_prefixes + 1);
  gint64 version = -1;
  gint64 draft_step = -1;
  gboolean has_record_group = FALSE;

  if (data == NULL || !g_utf8_validate (data, -1, NULL) ||
      !g_key_file_load_from_data (key_file, data, strlen (data), G_KEY_FILE_NONE, NULL))
    {
      _cr_draft_fail (error);
      return NULL;
    }

  format = g_key_file_get_string (key_file, "draft", "format", NULL);
  draft_kind = g_key_file_get_string (key_file, "draft", "kind", NULL);
  if (g_strcmp0 (format, DRAFT_FORMAT) != 0 ||
      g_strcmp0 (draft_kind, kind) != 0 ||
      !g_key_file_has_key (key_file, "draft", "version", NULL) ||
      !g_key_file_has_key (key_file, "draft", "step", NULL) ||
      !_cr_draft_get_int64 (key_file, "draft", "version", 0, &version) ||
      version != DRAFT_VERSION ||
      !_cr_draft_get_int64 (key_file, "draft", "step", 0, &draft_step) ||
      draft_step >= n_steps)
    {
      _cr_draft_fail (error);
      return NULL;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      gboolean known = g_str_equal (groups[i], "draft");

      if (g_str_equal (groups[i], record_group))
        known = has_record_group = TRUE;

      for (guint p = 0; !known && p < n_prefixes; p++)
        {
          guint index;

          if (parse_list_group (groups[i], prefixes[p], &index))
            {
              known = TRUE;
              counts[p]++;
              maxima[p] = MAX (maxima[p], index + 1);
            }
        }

      if (!known || !check_group_values (key_file, groups[i]))
        {
          _cr_draft_fail (error);
          return NULL;
        }
    }

  /* The items of each list are numbered from 0 without gaps. */
  for (guint p = 0; p < n_prefixes; p++)
    if (counts[p] != maxima[p])
      {
        _cr_draft_fail (error);
        return NULL;
      }

  if (!has_record_group)
    {
      _cr_draft_fail (error);
      return NULL;
    }

  if (step != NULL)
    *step = (int) draft_step;

  return g_steal_pointer (&key_file);
}

guint
_cr_draft_count (GKeyFile   *key_file,
                 const char *prefix)
{
  guint n = 0;

  for (;;)
    {
      g_autofree char *group = _cr_draft_group (prefix, n);

      if (!g_key_file_has_group (key_file, group))
        return n;
      n++;
    }
}

gboolean
_cr_draft_load_record (CrRecord    *record,
                       GKeyFile    *key_file,
                       const char  *group,
                       GError     **error)
{
  gint64 number = 0;

  if (!_cr_draft_get_int64 (key_file, group, "id", 0, &number) ||
      !_cr_draft_get_int64 (key_file, group, "case-id", 0, &number))
    return _cr_draft_fail (error);

  cr_record_load_from_key_file (record, key_file, group);
  return TRUE;
}

void
_cr_draft_save_records (GKeyFile   *key_file,
                        const char *prefix,
                        GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (list, i);
      g_autofree char *group = _cr_draft_group (prefix, i);

      cr_record_save_to_key_file (record, key_file, group);
    }
}

gboolean
_cr_draft_load_records (GKeyFile    *key_file,
                        const char  *prefix,
                        GType        type,
                        GListStore  *store,
                        GError     **error)
{
  guint n = _cr_draft_count (key_file, prefix);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_object_new (type, NULL);
      g_autofree char *group = _cr_draft_group (prefix, i);

      if (!_cr_draft_load_record (record, key_file, group, error))
        return FALSE;

      g_list_store_append (store, record);
    }

  return TRUE;
}
