/* cr-report-version.c: a saved draft of the report's text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportVersion"

#include "config.h"

#include "cr-report-version.h"

#include "cr-case-status.h"

#include <glib/gi18n.h>

#define GROUP "report"

struct _CrReportVersion
{
  GObject   parent_instance;

  gint64    id;
  guint     number;
  char     *label;
  char     *saved_by;
  char     *saved_at;
  guint     n_words;
  char     *markup[CR_REPORT_N_SECTIONS];

  guint     has_content : 1;
};

G_DEFINE_FINAL_TYPE (CrReportVersion, cr_report_version, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_LABEL,
  PROP_SAVED_BY,
  PROP_SAVED_AT,
  PROP_N_WORDS,
  PROP_HAS_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- GObject -------------------------------------------------------------- */

static void
cr_report_version_finalize (GObject *object)
{
  CrReportVersion *self = (CrReportVersion *) object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->saved_by, g_free);
  g_clear_pointer (&self->saved_at, g_free);
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_clear_pointer (&self->markup[i], g_free);

  G_OBJECT_CLASS (cr_report_version_parent_class)->finalize (object);
}

static void
cr_report_version_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrReportVersion *self = CR_REPORT_VERSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_SAVED_BY:
      g_value_set_string (value, self->saved_by);
      break;

    case PROP_SAVED_AT:
      g_value_set_string (value, self->saved_at);
      break;

    case PROP_N_WORDS:
      g_value_set_uint (value, self->n_words);
      break;

    case PROP_HAS_CONTENT:
      g_value_set_boolean (value, self->has_content);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_version_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrReportVersion *self = CR_REPORT_VERSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cr_report_version_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cr_report_version_set_number (self, g_value_get_uint (value));
      break;

    case PROP_LABEL:
      cr_report_version_set_label (self, g_value_get_string (value));
      break;

    case PROP_SAVED_BY:
      cr_report_version_set_saved_by (self, g_value_get_string (value));
      break;

    case PROP_SAVED_AT:
      cr_report_version_set_saved_at (self, g_value_get_string (value));
      break;

    case PROP_N_WORDS:
      cr_report_version_set_n_words (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_version_class_init (CrReportVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_report_version_finalize;
  object_class->get_property = cr_report_version_get_property;
  object_class->set_property = cr_report_version_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_SAVED_BY] =
    g_param_spec_string ("saved-by", NULL, NULL, NULL, flags);
  properties[PROP_SAVED_AT] =
    g_param_spec_string ("saved-at", NULL, NULL, NULL, flags);
  properties[PROP_N_WORDS] =
    g_param_spec_uint ("n-words", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_HAS_CONTENT] =
    g_param_spec_boolean ("has-content", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_report_version_init (CrReportVersion *self)
{
}

/* ---- Properties ----------------------------------------------------------- */

CrReportVersion *
cr_report_version_new (void)
{
  return g_object_new (CR_TYPE_REPORT_VERSION, NULL);
}

static void
set_string (CrReportVersion  *self,
            char            **field,
            const char       *value,
            guint             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
cr_report_version_get_id (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), 0);

  return self->id;
}

void
cr_report_version_set_id (CrReportVersion *self,
                          gint64           id)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

guint
cr_report_version_get_number (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), 0);

  return self->number;
}

void
cr_report_version_set_number (CrReportVersion *self,
                              guint            number)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
cr_report_version_get_label (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), NULL);

  return self->label;
}

void
cr_report_version_set_label (CrReportVersion *self,
                             const char      *label)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  set_string (self, &self->label, label, PROP_LABEL);
}

const char *
cr_report_version_get_saved_by (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), NULL);

  return self->saved_by;
}

void
cr_report_version_set_saved_by (CrReportVersion *self,
                                const char      *user)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  set_string (self, &self->saved_by, user, PROP_SAVED_BY);
}

const char *
cr_report_version_get_saved_at (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), NULL);

  return self->saved_at;
}

void
cr_report_version_set_saved_at (CrReportVersion *self,
                                const char      *at)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  set_string (self, &self->saved_at, at, PROP_SAVED_AT);
}

guint
cr_report_version_get_n_words (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), 0);

  return self->n_words;
}

void
cr_report_version_set_n_words (CrReportVersion *self,
                               guint            n_words)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));

  if (self->n_words == n_words)
    return;

  self->n_words = n_words;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WORDS]);
}

gboolean
cr_report_version_has_content (CrReportVersion *self)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), FALSE);

  return self->has_content;
}

static void
mark_has_content (CrReportVersion *self)
{
  if (self->has_content)
    return;

  self->has_content = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CONTENT]);
}

/* ---- Content -------------------------------------------------------------- */

/**
 * cr_report_version_get_markup:
 * @self: a version
 * @section: a section
 *
 * Returns: the markup of @section in this version, "" when empty or not
 *   loaded
 */
const char *
cr_report_version_get_markup (CrReportVersion *self,
                              CrReportSection  section)
{
  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), "");
  g_return_val_if_fail ((guint) section < CR_REPORT_N_SECTIONS, "");

  return self->markup[section] != NULL ? self->markup[section] : "";
}

/**
 * cr_report_version_set_markup:
 * @self: a version
 * @section: a section
 * @markup: (nullable): its markup
 *
 * The version then has content (cr_report_version_has_content()).
 */
void
cr_report_version_set_markup (CrReportVersion *self,
                              CrReportSection  section,
                              const char      *markup)
{
  g_return_if_fail (CR_IS_REPORT_VERSION (self));
  g_return_if_fail ((guint) section < CR_REPORT_N_SECTIONS);

  g_free (self->markup[section]);
  self->markup[section] = markup != NULL && *markup != '\0' ? g_strdup (markup) : NULL;
  mark_has_content (self);
}

/**
 * cr_report_version_to_data:
 * @self: a version
 *
 * Returns: (transfer full): the sections as a key file, group "report"
 */
char *
cr_report_version_to_data (CrReportVersion *self)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), NULL);

  /* The group exists even when every section is empty. */
  g_key_file_set_comment (key_file, NULL, NULL, " Case Reviews: a version of the report", NULL);
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_key_file_set_string (key_file, GROUP, cr_report_section_to_key (i),
                           self->markup[i] != NULL ? self->markup[i] : "");

  return g_key_file_to_data (key_file, NULL, NULL);
}

static gboolean
fail_load (GError **error)
{
  g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       _("This version of the report could not be read: it is not a saved version. Choose another version."));
  return FALSE;
}

/**
 * cr_report_version_load_data:
 * @self: a version
 * @data: what cr_report_version_to_data() wrote
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Replaces the markup of every section (those absent become empty);
 * unknown keys are ignored. Changes nothing on failure.
 *
 * Returns: %TRUE when @data was read
 */
gboolean
cr_report_version_load_data (CrReportVersion  *self,
                             const char       *data,
                             GError          **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  char *markup[CR_REPORT_N_SECTIONS] = { NULL, };

  g_return_val_if_fail (CR_IS_REPORT_VERSION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL ||
      !g_key_file_load_from_data (key_file, data, -1, G_KEY_FILE_NONE, NULL) ||
      !g_key_file_has_group (key_file, GROUP))
    return fail_load (error);

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      const char *key = cr_report_section_to_key (i);
      g_autoptr(GError) local_error = NULL;
      char *value;

      if (!g_key_file_has_key (key_file, GROUP, key, NULL))
        continue;

      value = g_key_file_get_string (key_file, GROUP, key, &local_error);
      if (value == NULL || !g_utf8_validate (value, -1, NULL))
        {
          g_free (value);
          for (guint j = 0; j < i; j++)
            g_free (markup[j]);
          return fail_load (error);
        }

      markup[i] = value;
    }

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      g_free (self->markup[i]);
      self->markup[i] = markup[i] != NULL && *markup[i] != '\0' ? markup[i] : NULL;
      if (self->markup[i] == NULL)
        g_free (markup[i]);
    }
  mark_has_content (self);

  return TRUE;
}
