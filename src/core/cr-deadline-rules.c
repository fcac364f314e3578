/* cr-deadline-rules.c: the deadline rules, loaded from data */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlineRules"

#include "config.h"

#include "cr-deadline-rules.h"

#include "cr-case-status.h"
#include "cr-enum-types.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#define DEFAULT_RULES_RESOURCE "/org/casereviews/CaseReviews/core/deadline-rules.ini"
#define MAX_COUNT 1000

struct _CrDeadlineRules
{
  GObject    parent_instance;

  GPtrArray *rules;   /* of CrDeadlineRule, file order */
};

G_DEFINE_FINAL_TYPE (CrDeadlineRules, cr_deadline_rules, G_TYPE_OBJECT)

G_DEFINE_QUARK (cr-deadline-rules-error-quark, cr_deadline_rules_error)

/* The labels of cr-deadline-rules.ini, for xgettext: the data file holds
 * the msgids, the program shows _(label). */
static const char * const translatable_labels[] = {
  N_("Notify the Panel"),
  N_("Report to the safeguarding partners"),
  N_("Complete the rapid review"),
  N_("Complete and publish the review"),
  N_("Send the final report to the Panel and the Secretary of State"),
  N_("Keep the report available until"),
  NULL
};

/* The CrCase dates a rule may name. */
static const char * const date_properties[] = {
  "incident-date",
  "aware-date",
  "notified-date",
  "decision-date",
  "publication-date",
  "partners-informed-date",
  "rr-sent-date",
  "planned-publication-date",
  "copies-sent-date",
  NULL
};

static const char * const known_keys[] = {
  "label", "anchor", "unit", "count", "done", "kind", "statuses",
  "not-applicable", "review-types", "source", "edition", NULL
};

static const char * const required_keys[] = {
  "label", "anchor", "unit", "count", "source", "edition", NULL
};

static const struct
{
  const char     *name;
  CrDeadlineUnit  unit;
} units[] = {
  { "working-days", CR_DEADLINE_UNIT_WORKING_DAYS },
  { "days", CR_DEADLINE_UNIT_DAYS },
  { "months", CR_DEADLINE_UNIT_MONTHS },
  { "years", CR_DEADLINE_UNIT_YEARS },
};

/*
 * Helpers
 */

static void
rule_free (gpointer data)
{
  CrDeadlineRule *rule = data;

  g_free (rule->id);
  g_free (rule->label);
  g_free (rule->anchor);
  g_free (rule->done);
  g_free (rule->source);
  g_free (rule->edition);
  g_free (rule);
}

static gboolean
set_invalid (GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, CR_DEADLINE_RULES_ERROR, CR_DEADLINE_RULES_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_valid_id (const char *id)
{
  if (id[0] == '\0' || id[0] == '-')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

/*
 * GKeyFile merges repeated groups and keeps the last of repeated keys
 * without a word, so the text is first scanned for both: a rule written
 * twice is a mistake to report, not to resolve silently.
 */
static gboolean
check_duplicates (const char  *text,
                  GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) keys = NULL;
  g_autofree char *group = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      char *equals;

      if (line[0] == '\0' || line[0] == '#')
        continue;

      if (line[0] == '[')
        {
          gsize len = strlen (line);

          if (len < 2 || line[len - 1] != ']')
            continue;   /* GKeyFile reports it */

          g_free (group);
          group = g_strndup (line + 1, len - 2);
          if (!g_hash_table_add (groups, g_strdup (group)))
            return set_invalid (error,
                                /* Translators: %s is a rule id such as “notify-panel” */
                                _("The deadline rule “%s” is written twice: keep one of them."),
                                group);
          g_clear_pointer (&keys, g_hash_table_unref);
          keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          continue;
        }

      equals = strchr (line, '=');
      if (equals == NULL || keys == NULL)
        continue;   /* GKeyFile reports it */

      *equals = '\0';
      g_strchomp (line);
      if (!g_hash_table_add (keys, g_strdup (line)))
        return set_invalid (error,
                            /* Translators: the first %s is a rule id, the second a key such as “count” */
                            _("The deadline rule “%s” gives “%s” twice: keep one of them."),
                            group, line);
    }

  return TRUE;
}

static gboolean
parse_statuses (const char  *id,
                const char  *key,
                const char  *text,
                guint32     *out,
                GError     **error)
{
  g_auto(GStrv) names = g_strsplit (text != NULL ? text : "", ";", -1);

  *out = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      CrCaseStatus status;

      if (name[0] == '\0')
        continue;
      if (!cr_case_status_from_nick (name, &status))
        return set_invalid (error,
                            /* Translators: "Deadline rule “x”: “y” in “statuses” is not a case status…" */
                            _("Deadline rule “%s”: “%s” in “%s” is not a case status. Use status names such as referred, rapid-review or lcspr-analysis."),
                            id, name, key);
      *out |= 1u << status;
    }

  return TRUE;
}

static gboolean
parse_review_types (const char  *id,
                    const char  *text,
                    guint32     *out,
                    GError     **error)
{
  g_auto(GStrv) names = g_strsplit (text != NULL ? text : "", ";", -1);
  GEnumClass *klass = g_type_class_ref (CR_TYPE_REVIEW_TYPE);
  gboolean ok = TRUE;

  *out = 0;
  for (guint i = 0; ok && names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      GEnumValue *value;

      if (name[0] == '\0')
        continue;
      value = g_enum_get_value_by_nick (klass, name);
      if (value == NULL)
        ok = set_invalid (error,
                          /* Translators: the first %s is a rule id, the second what the file says */
                          _("Deadline rule “%s”: “%s” in “review-types” is not a review type. Use names such as lcspr or rapid-review-only."),
                          id, name);
      else
        *out |= 1u << value->value;
    }

  g_type_class_unref (klass);
  return ok;
}

static gboolean
parse_count (const char  *id,
             const char  *text,
             int         *out,
             GError     **error)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, -MAX_COUNT, MAX_COUNT, &value, NULL) || value == 0)
    return set_invalid (error,
                        /* Translators: the first %s is a rule id, the second what the file says */
                        _("Deadline rule “%s”: the count “%s” must be a whole number from -1000 to 1000, not 0."),
                        id, text);

  *out = (int) value;
  return TRUE;
}

static char *
dup_value (GKeyFile   *file,
           const char *group,
           const char *key)
{
  g_autofree char *value = g_key_file_get_string (file, group, key, NULL);

  if (value == NULL)
    return NULL;
  g_strstrip (value);
  if (value[0] == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

static CrDeadlineRule *
parse_rule (GKeyFile    *file,
            const char  *id,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) keys = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *count = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *list = NULL;
  CrDeadlineRule *rule;
  gboolean known_unit = FALSE;

  if (!is_valid_id (id))
    {
      set_invalid (error,
                   /* Translators: %s is what the file has as a rule id */
                   _("“%s” is not a valid deadline rule id: use lower-case letters, digits and hyphens."),
                   id);
      return NULL;
    }

  keys = g_key_file_get_keys (file, id, NULL, &local_error);
  if (keys == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_strv_contains (known_keys, keys[i]))
      {
        set_invalid (error,
                     /* Translators: the first %s is a rule id, the second a key */
                     _("Deadline rule “%s”: unknown key “%s”. Check its spelling; the keys are listed at the top of the rules file."),
                     id, keys[i]);
        return NULL;
      }

  for (guint i = 0; required_keys[i] != NULL; i++)
    {
      g_autofree char *value = dup_value (file, id, required_keys[i]);

      if (value == NULL)
        {
          set_invalid (error,
                       /* Translators: the first %s is a rule id, the second a key such as “anchor” */
                       _("Deadline rule “%s” has no “%s”: add it."),
                       id, required_keys[i]);
          return NULL;
        }
    }

  rule = g_new0 (CrDeadlineRule, 1);
  rule->id = g_strdup (id);
  rule->label = dup_value (file, id, "label");
  rule->anchor = dup_value (file, id, "anchor");
  rule->done = dup_value (file, id, "done");
  rule->source = dup_value (file, id, "source");
  rule->edition = dup_value (file, id, "edition");

  if (!g_str_equal (rule->anchor, CR_DEADLINE_ANCHOR_RAPID_REVIEW_CLOCK) &&
      !cr_deadline_rules_is_date_property (rule->anchor))
    {
      set_invalid (error,
                   /* Translators: the first %s is a rule id, the second what the file says */
                   _("Deadline rule “%s”: the anchor “%s” is not a date of a case. Use a date such as aware-date or notified-date, or @rapid-review-clock."),
                   id, rule->anchor);
      goto fail;
    }

  if (rule->done != NULL && !cr_deadline_rules_is_date_property (rule->done))
    {
      set_invalid (error,
                   /* Translators: the first %s is a rule id, the second what the file says */
                   _("Deadline rule “%s”: “done” names “%s”, which is not a date of a case. Use a date such as notified-date."),
                   id, rule->done);
      goto fail;
    }

  unit = dup_value (file, id, "unit");
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (unit, units[i].name))
      {
        rule->unit = units[i].unit;
        known_unit = TRUE;
      }
  if (!known_unit)
    {
      set_invalid (error,
                   /* Translators: the first %s is a rule id, the second what the file says */
                   _("Deadline rule “%s”: unknown unit “%s”. Use working-days, days, months or years."),
                   id, unit);
      goto fail;
    }

  count = dup_value (file, id, "count");
  if (!parse_count (id, count, &rule->count, error))
    goto fail;

  kind = dup_value (file, id, "kind");
  if (kind == NULL || g_str_equal (kind, "by"))
    rule->kind = CR_DEADLINE_KIND_BY;
  else if (g_str_equal (kind, "until"))
    rule->kind = CR_DEADLINE_KIND_UNTIL;
  else
    {
      set_invalid (error,
                   /* Translators: the first %s is a rule id, the second what the file says */
                   _("Deadline rule “%s”: unknown kind “%s”. Use by or until."),
                   id, kind);
      goto fail;
    }

  list = dup_value (file, id, "statuses");
  if (!parse_statuses (id, "statuses", list, &rule->statuses, error))
    goto fail;
  g_clear_pointer (&list, g_free);

  list = dup_value (file, id, "not-applicable");
  if (!parse_statuses (id, "not-applicable", list, &rule->not_applicable, error))
    goto fail;
  g_clear_pointer (&list, g_free);

  list = dup_value (file, id, "review-types");
  if (!parse_review_types (id, list, &rule->review_types, error))
    goto fail;

  if ((rule->statuses & rule->not_applicable) != 0)
    {
      set_invalid (error,
                   /* Translators: %s is a rule id */
                   _("Deadline rule “%s” names a status both in “statuses” and in “not-applicable”: remove it from one of them."),
                   id);
      goto fail;
    }

  return rule;

fail:
  rule_free (rule);
  return NULL;
}

/*
 * GObject overrides
 */

static void
cr_deadline_rules_finalize (GObject *object)
{
  CrDeadlineRules *self = (CrDeadlineRules *)object;

  g_clear_pointer (&self->rules, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_deadline_rules_parent_class)->finalize (object);
}

static void
cr_deadline_rules_class_init (CrDeadlineRulesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_deadline_rules_finalize;
}

static void
cr_deadline_rules_init (CrDeadlineRules *self)
{
  self->rules = g_ptr_array_new_with_free_func (rule_free);
}

/*
 * Public API
 */

/**
 * cr_deadline_rules_new_from_data:
 * @text: the rules, in the format of cr-deadline-rules.ini
 * @error: return location for a %CR_DEADLINE_RULES_ERROR
 *
 * Returns: (transfer full) (nullable): the rules, or %NULL when any of
 *   them is wrong (nothing is half-loaded)
 */
CrDeadlineRules *
cr_deadline_rules_new_from_data (const char  *text,
                                 GError     **error)
{
  g_autoptr(CrDeadlineRules) self = NULL;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, CR_DEADLINE_RULES_ERROR, CR_DEADLINE_RULES_ERROR_PARSE,
                           _("The deadline rules are not valid UTF-8 text. Save the file as UTF-8."));
      return NULL;
    }

  if (!g_key_file_load_from_data (file, text, -1, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, CR_DEADLINE_RULES_ERROR, CR_DEADLINE_RULES_ERROR_PARSE,
                   /* Translators: %s is the parser's own message */
                   _("The deadline rules cannot be read: %s. Each rule is a [group] of key=value lines."),
                   local_error->message);
      return NULL;
    }

  if (!check_duplicates (text, error))
    return NULL;

  self = g_object_new (CR_TYPE_DEADLINE_RULES, NULL);
  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      CrDeadlineRule *rule = parse_rule (file, groups[i], error);

      if (rule == NULL)
        return NULL;
      g_ptr_array_add (self->rules, rule);
    }

  if (self->rules->len == 0)
    {
      g_set_error_literal (error, CR_DEADLINE_RULES_ERROR, CR_DEADLINE_RULES_ERROR_INVALID,
                           _("The deadline rules hold no rule. Add at least one [group]."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * cr_deadline_rules_get_default:
 *
 * The rules compiled into the program from cr-deadline-rules.ini. A
 * broken file is a build error, which the tests catch.
 *
 * Returns: (transfer none): the default rules
 */
CrDeadlineRules *
cr_deadline_rules_get_default (void)
{
  static CrDeadlineRules *rules;

  if (g_once_init_enter (&rules))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      CrDeadlineRules *loaded;
      gsize size = 0;
      const char *data;

      bytes = g_resources_lookup_data (DEFAULT_RULES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("The built-in deadline rules are missing: %s", error->message);

      data = g_bytes_get_data (bytes, &size);
      text = g_strndup (data, size);
      loaded = cr_deadline_rules_new_from_data (text, &error);
      if (loaded == NULL)
        g_error ("The built-in deadline rules are wrong: %s", error->message);

      g_once_init_leave (&rules, loaded);
    }

  return rules;
}

guint
cr_deadline_rules_get_n_rules (CrDeadlineRules *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_RULES (self), 0);

  return self->rules->len;
}

const CrDeadlineRule *
cr_deadline_rules_get_rule (CrDeadlineRules *self,
                            guint            index)
{
  g_return_val_if_fail (CR_IS_DEADLINE_RULES (self), NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);

  return g_ptr_array_index (self->rules, index);
}

const CrDeadlineRule *
cr_deadline_rules_lookup (CrDeadlineRules *self,
                          const char      *id)
{
  g_return_val_if_fail (CR_IS_DEADLINE_RULES (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->rules->len; i++)
    {
      const CrDeadlineRule *rule = g_ptr_array_index (self->rules, i);

      if (g_str_equal (rule->id, id))
        return rule;
    }

  return NULL;
}

gboolean
cr_deadline_rules_is_date_property (const char *property)
{
  return property != NULL && g_strv_contains (date_properties, property);
}

const char * const *
cr_deadline_rules_get_translatable_labels (void)
{
  return translatable_labels;
}
