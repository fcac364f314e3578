/* cr-chronology-reject.c: a row of an agency's file that could not be read */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyReject"

#include "config.h"

#include "cr-chronology-reject.h"

struct _CrChronologyReject
{
  GObject      parent_instance;

  gint64       id;
  gint64       import_id;
  gint64       agency_id;
  char        *agency_name;
  char        *source_file;
  char        *reason;
  char       **cells;
  guint        row;
};

G_DEFINE_FINAL_TYPE (CrChronologyReject, cr_chronology_reject, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IMPORT_ID,
  PROP_AGENCY_ID,
  PROP_AGENCY_NAME,
  PROP_SOURCE_FILE,
  PROP_ROW,
  PROP_REASON,
  PROP_CELLS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cr_chronology_reject_finalize (GObject *object)
{
  CrChronologyReject *self = (CrChronologyReject *) object;

  g_free (self->agency_name);
  g_free (self->source_file);
  g_free (self->reason);
  g_strfreev (self->cells);

  G_OBJECT_CLASS (cr_chronology_reject_parent_class)->finalize (object);
}

static void
cr_chronology_reject_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrChronologyReject *self = CR_CHRONOLOGY_REJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_IMPORT_ID:
      g_value_set_int64 (value, self->import_id);
      break;

    case PROP_AGENCY_ID:
      g_value_set_int64 (value, self->agency_id);
      break;

    case PROP_AGENCY_NAME:
      g_value_set_string (value, self->agency_name);
      break;

    case PROP_SOURCE_FILE:
      g_value_set_string (value, self->source_file);
      break;

    case PROP_ROW:
      g_value_set_uint (value, self->row);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_CELLS:
      g_value_set_boxed (value, self->cells);
      break;

    case PROP_TEXT:
      g_value_take_string (value, cr_chronology_reject_dup_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_chronology_reject_class_init (CrChronologyRejectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_chronology_reject_finalize;
  object_class->get_property = cr_chronology_reject_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_IMPORT_ID] = g_param_spec_int64 ("import-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AGENCY_ID] = g_param_spec_int64 ("agency-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AGENCY_NAME] = g_param_spec_string ("agency-name", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_FILE] = g_param_spec_string ("source-file", NULL, NULL, NULL, ro);
  properties[PROP_ROW] = g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, ro);
  properties[PROP_CELLS] = g_param_spec_boxed ("cells", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_chronology_reject_init (CrChronologyReject *self)
{
}

/**
 * cr_chronology_reject_new:
 * @row: the row's number in the file (1-based)
 * @reason: what is wrong and what to fix
 * @cells: (nullable) (array zero-terminated=1): the row's cells as read
 *
 * Returns: (transfer full): a new #CrChronologyReject
 */
CrChronologyReject *
cr_chronology_reject_new (guint               row,
                          const char         *reason,
                          const char * const *cells)
{
  CrChronologyReject *self = g_object_new (CR_TYPE_CHRONOLOGY_REJECT, NULL);

  self->row = row;
  self->reason = g_strdup (reason != NULL ? reason : "");
  self->cells = cells != NULL ? g_strdupv ((char **) cells) : g_new0 (char *, 1);

  return self;
}

static void
set_id (CrChronologyReject *self,
        gint64             *field,
        gint64              value,
        guint               prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_text (CrChronologyReject  *self,
          char               **field,
          const char          *value,
          guint                prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
cr_chronology_reject_get_id (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), 0);
  return self->id;
}

void
cr_chronology_reject_set_id (CrChronologyReject *self,
                             gint64              id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_REJECT (self));
  set_id (self, &self->id, id, PROP_ID);
}

gint64
cr_chronology_reject_get_import_id (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), 0);
  return self->import_id;
}

void
cr_chronology_reject_set_import_id (CrChronologyReject *self,
                                    gint64              id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_REJECT (self));
  set_id (self, &self->import_id, id, PROP_IMPORT_ID);
}

gint64
cr_chronology_reject_get_agency_id (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), 0);
  return self->agency_id;
}

void
cr_chronology_reject_set_agency_id (CrChronologyReject *self,
                                    gint64              id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_REJECT (self));
  set_id (self, &self->agency_id, id, PROP_AGENCY_ID);
}

const char *
cr_chronology_reject_get_agency_name (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), NULL);
  return self->agency_name;
}

void
cr_chronology_reject_set_agency_name (CrChronologyReject *self,
                                      const char         *name)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_REJECT (self));
  set_text (self, &self->agency_name, name, PROP_AGENCY_NAME);
}

const char *
cr_chronology_reject_get_source_file (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), NULL);
  return self->source_file;
}

void
cr_chronology_reject_set_source_file (CrChronologyReject *self,
                                      const char         *name)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_REJECT (self));
  set_text (self, &self->source_file, name, PROP_SOURCE_FILE);
}

guint
cr_chronology_reject_get_row (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), 0);
  return self->row;
}

const char *
cr_chronology_reject_get_reason (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), NULL);
  return self->reason;
}

const char * const *
cr_chronology_reject_get_cells (CrChronologyReject *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), NULL);
  return (const char * const *) self->cells;
}

/* The cells joined by " | ", without the empty ones at the end; an empty
 * cell in between shows as "—", so no separators run together. */
char *
cr_chronology_reject_dup_text (CrChronologyReject *self)
{
  GString *text;
  guint n;

  g_return_val_if_fail (CR_IS_CHRONOLOGY_REJECT (self), NULL);

  n = g_strv_length (self->cells);
  while (n > 0 && self->cells[n - 1][0] == '\0')
    n--;

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, " | ");
      g_string_append (text, self->cells[i][0] != '\0' ? self->cells[i] : "—");
    }

  return g_string_free (text, FALSE);
}
