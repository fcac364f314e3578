/* cr-deadline-policy.c: the partnership's choices that deadlines follow */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlinePolicy"

#include "config.h"

#include "cr-deadline-policy.h"

#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define SETTINGS_SCHEMA_ID "org.casereviews.CaseReviews"
#define CLOSURES_KEY "closure-days"
#define CLOCK_START_KEY "rapid-review-clock-start"

struct _CrDeadlinePolicy
{
  GObject                  parent_instance;

  /* Guarded by lock: deadlines may be computed off the main thread. */
  GMutex                   lock;
  GStrv                    dates;      /* sorted ISO dates, never NULL */
  GArray                  *closures;   /* guint32 julian days, never changed once made */
  CrRapidReviewClockStart  clock_start;
};

G_DEFINE_FINAL_TYPE (CrDeadlinePolicy, cr_deadline_policy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLOSURES,
  PROP_RAPID_REVIEW_CLOCK_START,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Helpers
 */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GArray *
make_julian_days (const char * const *dates)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; dates[i] != NULL; i++)
    {
      GDate date;
      guint32 jd;

      if (!cr_date_parse_iso (dates[i], &date))
        continue;
      jd = g_date_get_julian (&date);
      g_array_append_val (days, jd);
    }

  return days;
}

static gboolean
parse_digits (const char *text,
              guint       min_len,
              guint       max_len,
              guint      *out)
{
  gsize len = strlen (text);
  guint64 value;

  if (len < min_len || len > max_len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

/*
 * GObject overrides
 */

static void
cr_deadline_policy_finalize (GObject *object)
{
  CrDeadlinePolicy *self = (CrDeadlinePolicy *)object;

  g_clear_pointer (&self->dates, g_strfreev);
  g_clear_pointer (&self->closures, g_array_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (cr_deadline_policy_parent_class)->finalize (object);
}

static void
cr_deadline_policy_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrDeadlinePolicy *self = CR_DEADLINE_POLICY (object);

  switch (prop_id)
    {
    case PROP_CLOSURES:
      g_mutex_lock (&self->lock);
      g_value_set_boxed (value, self->dates);
      g_mutex_unlock (&self->lock);
      break;

    case PROP_RAPID_REVIEW_CLOCK_START:
      g_value_set_enum (value, self->clock_start);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_deadline_policy_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrDeadlinePolicy *self = CR_DEADLINE_POLICY (object);

  switch (prop_id)
    {
    case PROP_CLOSURES:
      cr_deadline_policy_set_closure_dates (self, g_value_get_boxed (value));
      break;

    case PROP_RAPID_REVIEW_CLOCK_START:
      cr_deadline_policy_set_rapid_review_clock_start (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_deadline_policy_class_init (CrDeadlinePolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_deadline_policy_finalize;
  object_class->get_property = cr_deadline_policy_get_property;
  object_class->set_property = cr_deadline_policy_set_property;

  properties[PROP_CLOSURES] =
    g_param_spec_boxed ("closures", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RAPID_REVIEW_CLOCK_START] =
    g_param_spec_enum ("rapid-review-clock-start", NULL, NULL,
                       CR_TYPE_RAPID_REVIEW_CLOCK_START,
                       CR_RAPID_REVIEW_CLOCK_NOTIFICATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cr_deadline_policy_init (CrDeadlinePolicy *self)
{
  g_mutex_init (&self->lock);
  self->dates = g_new0 (char *, 1);
  self->closures = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->clock_start = CR_RAPID_REVIEW_CLOCK_NOTIFICATION;
}

/*
 * Public API
 */

/**
 * cr_deadline_policy_get_default:
 *
 * Returns: (transfer none): the policy every case's deadlines follow
 */
CrDeadlinePolicy *
cr_deadline_policy_get_default (void)
{
  static CrDeadlinePolicy *policy;

  if (g_once_init_enter (&policy))
    g_once_init_leave (&policy, cr_deadline_policy_new ());

  return policy;
}

/**
 * cr_deadline_policy_new:
 *
 * A policy of its own, with no closures and the clock starting at the
 * notification, for a computation that must not change the default one
 * (the command line tool's --closed days, tests).
 *
 * Returns: (transfer full): a new policy
 */
CrDeadlinePolicy *
cr_deadline_policy_new (void)
{
  return g_object_new (CR_TYPE_DEADLINE_POLICY, NULL);
}

/**
 * cr_deadline_normalise_closure_dates:
 * @dates: (nullable) (array zero-terminated=1): ISO dates
 *
 * Returns: (transfer full): the valid dates of @dates, sorted, each once
 */
GStrv
cr_deadline_normalise_closure_dates (const char * const *dates)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *previous = NULL;

  for (guint i = 0; dates != NULL && dates[i] != NULL; i++)
    {
      if (cr_date_parse_iso (dates[i], NULL))
        g_ptr_array_add (sorted, (gpointer) dates[i]);
      else
        g_debug ("Ignoring the closure day “%s”: not a YYYY-MM-DD date", dates[i]);
    }

  /* ISO dates sort as strings. */
  g_ptr_array_sort (sorted, compare_strings);
  for (guint i = 0; i < sorted->len; i++)
    {
      const char *date = g_ptr_array_index (sorted, i);

      if (g_strcmp0 (date, previous) != 0)
        g_strv_builder_add (builder, date);
      previous = date;
    }

  return g_strv_builder_end (builder);
}

/**
 * cr_deadline_policy_get_closure_dates:
 * @self: a policy
 *
 * Main thread only.
 *
 * Returns: (transfer none): the closure days, sorted ISO dates
 */
const char * const *
cr_deadline_policy_get_closure_dates (CrDeadlinePolicy *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_POLICY (self), NULL);

  return (const char * const *) self->dates;
}

void
cr_deadline_policy_set_closure_dates (CrDeadlinePolicy   *self,
                                      const char * const *dates)
{
  g_auto(GStrv) normal = NULL;
  g_autoptr(GArray) old_closures = NULL;
  g_auto(GStrv) old_dates = NULL;

  g_return_if_fail (CR_IS_DEADLINE_POLICY (self));

  normal = cr_deadline_normalise_closure_dates (dates);
  if (g_strv_equal ((const char * const *) normal, (const char * const *) self->dates))
    return;

  g_mutex_lock (&self->lock);
  old_dates = g_steal_pointer (&self->dates);
  old_closures = g_steal_pointer (&self->closures);
  self->closures = make_julian_days ((const char * const *) normal);
  self->dates = g_steal_pointer (&normal);
  g_mutex_unlock (&self->lock);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSURES]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * cr_deadline_policy_day_changed:
 * @self: a policy
 *
 * Says that the date changed (midnight passed, or the machine woke up on
 * a later day): emits #CrDeadlinePolicy::changed.
 */
void
cr_deadline_policy_day_changed (CrDeadlinePolicy *self)
{
  g_return_if_fail (CR_IS_DEADLINE_POLICY (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * cr_deadline_policy_get_closures:
 * @self: a policy
 *
 * Returns: (transfer full) (element-type guint32): the closure days as
 *   sorted julian days; release with g_array_unref()
 */
GArray *
cr_deadline_policy_get_closures (CrDeadlinePolicy *self)
{
  GArray *closures;

  g_return_val_if_fail (CR_IS_DEADLINE_POLICY (self), NULL);

  g_mutex_lock (&self->lock);
  closures = g_array_ref (self->closures);
  g_mutex_unlock (&self->lock);

  return closures;
}

CrRapidReviewClockStart
cr_deadline_policy_get_rapid_review_clock_start (CrDeadlinePolicy *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_POLICY (self), CR_RAPID_REVIEW_CLOCK_NOTIFICATION);

  return g_atomic_int_get ((int *) &self->clock_start);
}

void
cr_deadline_policy_set_rapid_review_clock_start (CrDeadlinePolicy        *self,
                                                 CrRapidReviewClockStart  start)
{
  g_return_if_fail (CR_IS_DEADLINE_POLICY (self));
  g_return_if_fail (start == CR_RAPID_REVIEW_CLOCK_NOTIFICATION ||
                    start == CR_RAPID_REVIEW_CLOCK_AWARENESS);

  if (self->clock_start == start)
    return;

  g_atomic_int_set ((int *) &self->clock_start, start);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAPID_REVIEW_CLOCK_START]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
settings_have_key (GSettings  *settings,
                   const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, key);
}

void
cr_deadline_policy_bind_settings (CrDeadlinePolicy *self,
                                  GSettings        *settings)
{
  g_return_if_fail (CR_IS_DEADLINE_POLICY (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  /* One way: the preferences write the settings, never the policy. */
  if (settings_have_key (settings, CLOSURES_KEY))
    g_settings_bind (settings, CLOSURES_KEY, self, "closures", G_SETTINGS_BIND_GET);
  else
    g_warning ("The installed settings schema has no “%s” key: no closure days", CLOSURES_KEY);

  if (settings_have_key (settings, CLOCK_START_KEY))
    g_settings_bind (settings, CLOCK_START_KEY, self, "rapid-review-clock-start", G_SETTINGS_BIND_GET);
}

gboolean
cr_deadline_policy_load_settings (CrDeadlinePolicy *self)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_return_val_if_fail (CR_IS_DEADLINE_POLICY (self), FALSE);

  source = g_settings_schema_source_get_default ();
  if (source == NULL)
    return FALSE;
  schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    return FALSE;

  settings = g_settings_new_full (schema, NULL, NULL);
  if (g_settings_schema_has_key (schema, CLOSURES_KEY))
    {
      g_auto(GStrv) dates = g_settings_get_strv (settings, CLOSURES_KEY);

      cr_deadline_policy_set_closure_dates (self, (const char * const *) dates);
    }
  if (g_settings_schema_has_key (schema, CLOCK_START_KEY))
    {
      int start = g_settings_get_enum (settings, CLOCK_START_KEY);

      if (start == CR_RAPID_REVIEW_CLOCK_NOTIFICATION || start == CR_RAPID_REVIEW_CLOCK_AWARENESS)
        cr_deadline_policy_set_rapid_review_clock_start (self, start);
    }

  return TRUE;
}

/**
 * cr_deadline_parse_date_input:
 * @text: what the user typed
 * @out_date: (out) (optional): the date
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Accepts YYYY-MM-DD and DD/MM/YYYY (day and month may have one digit),
 * with spaces around; the day must exist and be in 1900 or later.
 *
 * Returns: whether @text is such a date
 */
gboolean
cr_deadline_parse_date_input (const char  *text,
                              GDate       *out_date,
                              GError     **error)
{
  g_autofree char *stripped = NULL;
  GDate date;

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_date_clear (&date, 1);

  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Enter a date as YYYY-MM-DD or DD/MM/YYYY, for example 2026-03-14."));
      return FALSE;
    }

  if (strchr (stripped, '/') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (stripped, "/", -1);
      guint day, month, year;

      if (g_strv_length (parts) != 3 ||
          !parse_digits (parts[0], 1, 2, &day) ||
          !parse_digits (parts[1], 1, 2, &month) ||
          !parse_digits (parts[2], 4, 4, &year))
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is what the user typed */
                       _("“%s” is not a date: write it as DD/MM/YYYY, for example 14/03/2026, or as YYYY-MM-DD."),
                       stripped);
          return FALSE;
        }
      if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is what the user typed */
                       _("There is no day “%s”: check the day, month and year."),
                       stripped);
          return FALSE;
        }
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }
  else if (!cr_date_parse_iso (stripped, &date))
    {
      if (strlen (stripped) == 10 && stripped[4] == '-' && stripped[7] == '-')
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: %s is what the user typed */
                     _("There is no day “%s”: check the day, month and year."),
                     stripped);
      else
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: %s is what the user typed */
                     _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-03-14, or as DD/MM/YYYY."),
                     stripped);
      return FALSE;
    }

  if (g_date_get_year (&date) < 1900)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is what the user typed */
                   _("“%s” is before 1900: check the year."),
                   stripped);
      return FALSE;
    }

  if (out_date != NULL)
    *out_date = date;
  return TRUE;
}
