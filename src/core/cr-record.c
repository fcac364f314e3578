/* cr-record.c: a stored record described by a table of text fields */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecord"

#include "config.h"

#include "cr-record.h"

#include "cr-deadline.h"
#include "cr-record-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* The field table of one class, attached to its GType. */
typedef struct
{
  const CrRecordField  *fields;
  guint                 n_fields;
  GParamSpec          **pspecs;
} FieldTable;

typedef struct
{
  gint64   id;
  gint64   case_id;
  char   **values;    /* n_fields, allocated on first use */
  guint    n_values;
} CrRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CrRecord, cr_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  N_PROPS
};

/* Field properties are numbered from here, in table order. */
#define PROP_FIELD_BASE N_PROPS

static GParamSpec *properties[N_PROPS];
static GQuark      field_table_quark;
static GQuark      kind_label_quark;

static const FieldTable *
lookup_table (GType type)
{
  for (; type != 0 && type != CR_TYPE_RECORD; type = g_type_parent (type))
    {
      const FieldTable *table = g_type_get_qdata (type, field_table_quark);

      if (table != NULL)
        return table;
    }

  return NULL;
}

static const FieldTable *
get_table (CrRecord *self)
{
  return lookup_table (G_OBJECT_TYPE (self));
}

/* The value slots, sized to the instance's table the first time (the
 * table is not known in instance_init, where the class is the base's). */
static char **
get_values (CrRecord *self)
{
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  if (priv->values == NULL)
    {
      const FieldTable *table = get_table (self);
      guint n = table != NULL ? table->n_fields : 0;

      priv->values = g_new0 (char *, n + 1);
      priv->n_values = n;
    }

  return priv->values;
}

static int
find_index (CrRecord   *self,
            const char *name)
{
  const FieldTable *table = get_table (self);

  if (table == NULL || name == NULL)
    return -1;

  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, name))
      return (int) i;

  return -1;
}

static void
set_value_at (CrRecord   *self,
              guint       index,
              const char *value)
{
  char **values = get_values (self);
  const FieldTable *table = get_table (self);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (values[index], value) == 0)
    return;

  g_free (values[index]);
  values[index] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), table->pspecs[index]);
}

static void
cr_record_finalize (GObject *object)
{
  CrRecord *self = (CrRecord *)object;
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  /* Not g_strfreev(): unrecorded fields are NULL slots in the middle. */
  for (guint i = 0; priv->values != NULL && i < priv->n_values; i++)
    g_free (priv->values[i]);
  g_free (priv->values);

  G_OBJECT_CLASS (cr_record_parent_class)->finalize (object);
}

static void
cr_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrRecord *self = CR_RECORD (object);
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  if (pspec->owner_type == CR_TYPE_RECORD)
    {
      switch (prop_id)
        {
        case PROP_ID:
          g_value_set_int64 (value, priv->id);
          return;
        case PROP_CASE_ID:
          g_value_set_int64 (value, priv->case_id);
          return;
        default:
          break;
        }
    }
  else if (prop_id >= PROP_FIELD_BASE)
    {
      guint index = prop_id - PROP_FIELD_BASE;

      if (index < get_table (self)->n_fields)
        {
          g_value_set_string (value, get_values (self)[index]);
          return;
        }
    }

  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrRecord *self = CR_RECORD (object);

  if (pspec->owner_type == CR_TYPE_RECORD)
    {
      switch (prop_id)
        {
        case PROP_ID:
          cr_record_set_id (self, g_value_get_int64 (value));
          return;
        case PROP_CASE_ID:
          cr_record_set_case_id (self, g_value_get_int64 (value));
          return;
        default:
          break;
        }
    }
  else if (prop_id >= PROP_FIELD_BASE)
    {
      guint index = prop_id - PROP_FIELD_BASE;

      if (index < get_table (self)->n_fields)
        {
          set_value_at (self, index, g_value_get_string (value));
          return;
        }
    }

  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* The value of the first field that is not filled in by storage; for a
 * choice, its translated label (the raw value if it is not one of the
 * choices). */
static char *
cr_record_real_dup_title (CrRecord *self)
{
  const FieldTable *table = get_table (self);

  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    if ((table->fields[i].flags & CR_RECORD_FIELD_FLAG_DERIVED) == 0)
      {
        const char *value = get_values (self)[i];
        const char *label = NULL;

        if (table->fields[i].kind == CR_RECORD_FIELD_CHOICE)
          label = cr_record_field_get_choice_label (&table->fields[i], value);

        return g_strdup (label != NULL ? label : value);
      }

  return NULL;
}

static char *
cr_record_real_dup_subtitle (CrRecord *self)
{
  return NULL;
}

static void
cr_record_class_init (CrRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_record_finalize;
  object_class->get_property = cr_record_get_property;
  object_class->set_property = cr_record_set_property;

  klass->dup_title = cr_record_real_dup_title;
  klass->dup_subtitle = cr_record_real_dup_subtitle;

  field_table_quark = g_quark_from_static_string ("cr-record-field-table");
  kind_label_quark = g_quark_from_static_string ("cr-record-kind-label");

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_record_init (CrRecord *self)
{
}

/**
 * cr_record_class_install_fields:
 * @klass: a record class, in its class_init
 * @fields: (array length=n_fields): a static table of fields
 * @n_fields: the number of fields
 *
 * Installs one string property per field, named as the field.
 */
void
cr_record_class_install_fields (CrRecordClass       *klass,
                                const CrRecordField *fields,
                                guint                n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GType type = G_TYPE_FROM_CLASS (klass);
  FieldTable *table;

  g_return_if_fail (CR_IS_RECORD_CLASS (klass));
  g_return_if_fail (fields != NULL || n_fields == 0);
  g_return_if_fail (g_type_get_qdata (type, field_table_quark) == NULL);

  /* GObject does not inherit these: the base's handle every field. */
  object_class->get_property = cr_record_get_property;
  object_class->set_property = cr_record_set_property;

  table = g_new0 (FieldTable, 1);
  table->fields = fields;
  table->n_fields = n_fields;
  table->pspecs = g_new0 (GParamSpec *, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_assert (fields[i].name != NULL && fields[i].label != NULL);
      g_assert ((fields[i].kind != CR_RECORD_FIELD_CHOICE &&
                 fields[i].kind != CR_RECORD_FIELD_CHOICES) ||
                (fields[i].choices != NULL && fields[i].choice_labels != NULL));

      table->pspecs[i] =
        g_param_spec_string (fields[i].name, NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
      g_object_class_install_property (object_class, PROP_FIELD_BASE + i, table->pspecs[i]);
    }

  /* Kept for the life of the process, as the type is. */
  g_type_set_qdata (type, field_table_quark, table);
}

/**
 * cr_record_class_get_fields:
 * @klass: a record class
 * @n_fields: (out) (optional): the number of fields
 *
 * Returns: (transfer none) (array length=n_fields) (nullable): the table
 */
const CrRecordField *
cr_record_class_get_fields (CrRecordClass *klass,
                            guint         *n_fields)
{
  const FieldTable *table;

  g_return_val_if_fail (CR_IS_RECORD_CLASS (klass), NULL);

  table = lookup_table (G_TYPE_FROM_CLASS (klass));

  if (n_fields != NULL)
    *n_fields = table != NULL ? table->n_fields : 0;

  return table != NULL ? table->fields : NULL;
}

const CrRecordField *
cr_record_find_field (CrRecord   *self,
                      const char *name)
{
  int index;

  g_return_val_if_fail (CR_IS_RECORD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  index = find_index (self, name);

  return index >= 0 ? &get_table (self)->fields[index] : NULL;
}

gint64
cr_record_get_id (CrRecord *self)
{
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RECORD (self), 0);

  return priv->id;
}

void
cr_record_set_id (CrRecord *self,
                  gint64    id)
{
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (id >= 0);

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cr_record_get_case_id (CrRecord *self)
{
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RECORD (self), 0);

  return priv->case_id;
}

void
cr_record_set_case_id (CrRecord *self,
                       gint64    case_id)
{
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (case_id >= 0);

  if (priv->case_id == case_id)
    return;

  priv->case_id = case_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

/**
 * cr_record_get:
 * @self: a record
 * @name: a field name
 *
 * Returns: (nullable): the value, or %NULL when not recorded
 */
const char *
cr_record_get (CrRecord   *self,
               const char *name)
{
  int index;

  g_return_val_if_fail (CR_IS_RECORD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  index = find_index (self, name);
  if (index < 0)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
      return NULL;
    }

  return get_values (self)[index];
}

void
cr_record_set (CrRecord   *self,
               const char *name,
               const char *value)
{
  int index;

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (name != NULL);

  index = find_index (self, name);
  if (index < 0)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
      return;
    }

  set_value_at (self, (guint) index, value);
}

gboolean
cr_record_get_boolean (CrRecord   *self,
                       const char *name)
{
  return g_strcmp0 (cr_record_get (self, name), "true") == 0;
}

gboolean
cr_record_has (CrRecord   *self,
               const char *name)
{
  return cr_record_get (self, name) != NULL;
}

void
cr_record_copy_from (CrRecord *self,
                     CrRecord *source)
{
  const FieldTable *table;
  char **values;

  g_return_if_fail (CR_IS_RECORD (self));
  g_return_if_fail (CR_IS_RECORD (source));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  if (self == source)
    return;

  table = get_table (self);
  values = get_values (source);

  g_object_freeze_notify (G_OBJECT (self));

  cr_record_set_id (self, cr_record_get_id (source));
  cr_record_set_case_id (self, cr_record_get_case_id (source));
  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    set_value_at (self, i, values[i]);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cr_record_dup_title:
 * @self: a record
 *
 * Returns: (transfer full) (nullable): one line naming the record in a
 *   list: the class's title, by default the value of its first field
 */
char *
cr_record_dup_title (CrRecord *self)
{
  CrRecordClass *klass;

  g_return_val_if_fail (CR_IS_RECORD (self), NULL);

  klass = CR_RECORD_GET_CLASS (self);

  return klass->dup_title != NULL ? klass->dup_title (self) : NULL;
}

/**
 * cr_record_dup_subtitle:
 * @self: a record
 *
 * Returns: (transfer full) (nullable): a line describing the record, or
 *   %NULL
 */
char *
cr_record_dup_subtitle (CrRecord *self)
{
  CrRecordClass *klass;

  g_return_val_if_fail (CR_IS_RECORD (self), NULL);

  klass = CR_RECORD_GET_CLASS (self);

  return klass->dup_subtitle != NULL ? klass->dup_subtitle (self) : NULL;
}

/**
 * cr_record_class_set_kind_label:
 * @klass: a record class, in its class_init
 * @label: a static untranslated N_() string, such as N_("Reviewer")
 *
 * Names the kind of record; cr_record_get_kind_label() translates it.
 */
void
cr_record_class_set_kind_label (CrRecordClass *klass,
                                const char    *label)
{
  g_return_if_fail (CR_IS_RECORD_CLASS (klass));
  g_return_if_fail (label != NULL);

  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), kind_label_quark, (gpointer) label);
}

/**
 * cr_record_get_kind_label:
 * @self: a record
 *
 * Returns: (nullable): the translated name of the kind of record, or
 *   %NULL when its class set none
 */
const char *
cr_record_get_kind_label (CrRecord *self)
{
  g_return_val_if_fail (CR_IS_RECORD (self), NULL);

  for (GType type = G_OBJECT_TYPE (self);
       type != 0 && type != CR_TYPE_RECORD;
       type = g_type_parent (type))
    {
      const char *label = g_type_get_qdata (type, kind_label_quark);

      if (label != NULL)
        return _(label);
    }

  return NULL;
}

/**
 * cr_record_dup_date_label:
 * @self: a record
 * @name: the name of a date field
 *
 * Returns: (transfer full) (nullable): the date written for people, "3
 *   March 2026", or %NULL when the field holds no valid date
 */
char *
cr_record_dup_date_label (CrRecord   *self,
                          const char *name)
{
  const char *value;
  GDate date;

  g_return_val_if_fail (CR_IS_RECORD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  value = cr_record_get (self, name);
  if (!cr_date_parse_iso (value, &date))
    return NULL;

  return cr_deadline_format_long_date (value);
}

/* Private helpers for the subclasses (cr-record-private.h). */

gboolean
_cr_record_has_any (CrRecord *self)
{
  char **values = get_values (self);
  CrRecordPrivate *priv = cr_record_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    if (values[i] != NULL)
      return TRUE;

  return FALSE;
}

const char *
_cr_record_label (CrRecord   *self,
                  const char *name)
{
  const CrRecordField *field = cr_record_find_field (self, name);

  g_return_val_if_fail (field != NULL, name);

  return _(field->label);
}

const char *
_cr_record_choice_label (CrRecord   *self,
                         const char *name)
{
  const CrRecordField *field = cr_record_find_field (self, name);

  g_return_val_if_fail (field != NULL, NULL);

  return cr_record_field_get_choice_label (field, cr_record_get (self, name));
}

void
_cr_record_today (const GDate *today,
                  GDate       *out)
{
  if (today != NULL && g_date_valid (today))
    *out = *today;
  else
    cr_date_set_today (out);
}

char *
_cr_record_join_parts (GPtrArray *parts)
{
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (part == NULL || *part == '\0')
        continue;

      if (text == NULL)
        text = g_string_new (part);
      else
        {
          /* Translators: between the parts of a line describing a record,
           * "Lead reviewer · Northbridge Consulting". */
          g_string_append (text, _(" · "));
          g_string_append (text, part);
        }
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
