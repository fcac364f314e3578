/* cr-recommendation.c: a recommendation of the review and who it is for */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecommendation"

#include "config.h"

#include "cr-recommendation.h"

#include "cr-case-status.h"
#include "cr-record-number-private.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define MAX_POSITION 999

struct _CrRecommendation
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrRecommendation, cr_recommendation, CR_TYPE_RECORD)

static const char * const addressed_nicks[] = { "partnership", "agencies", "national", NULL };
static const char * const addressed_labels[] = {
  N_("The safeguarding partnership"), N_("Named agencies"), N_("National level"), NULL
};

static const char * const status_nicks[] = { "draft", "agreed", NULL };
static const char * const status_labels[] = { N_("Draft"), N_("Agreed"), NULL };

static const CrRecordField fields[] = {
  { "position", CR_RECORD_FIELD_LINE, N_("Position in the report"), 0, NULL, NULL, 0 },
  { "text", CR_RECORD_FIELD_TEXT, N_("Change recommended"), 0, NULL, NULL, 0 },
  { "finding-id", CR_RECORD_FIELD_ID, N_("Finding it answers"), 0, NULL, NULL, 0 },
  { "addressed-to", CR_RECORD_FIELD_CHOICE, N_("Level it is addressed to"), 0,
    addressed_nicks, addressed_labels, 0 },
  { "agency-ids", CR_RECORD_FIELD_LINE, N_("Agencies it is addressed to"), 0, NULL, NULL, 0 },
  { "agency-names", CR_RECORD_FIELD_LINE, N_("Names of the agencies"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "national-body", CR_RECORD_FIELD_LINE, N_("National body"), 0, NULL, NULL, 0 },
  { "outcome", CR_RECORD_FIELD_TEXT, N_("Expected outcome and how it will be known"), 0, NULL, NULL, 0 },
  { "status", CR_RECORD_FIELD_CHOICE, N_("Status of the recommendation"), 0,
    status_nicks, status_labels, 0 },
};

/* Reads "3;12;7" into @ids; FALSE when a part is not an id > 0 or an id
 * repeats (*@repeated is then TRUE). */
static gboolean
parse_agency_ids (const char *text,
                  GArray     *ids,
                  gboolean   *repeated)
{
  g_auto(GStrv) parts = NULL;

  *repeated = FALSE;
  if (text == NULL)
    return TRUE;

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 id;
      gint64 value;

      if (parts[i][0] < '1' || parts[i][0] > '9' ||
          !g_ascii_string_to_unsigned (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        return FALSE;

      for (guint j = 0; j < ids->len; j++)
        if (g_array_index (ids, gint64, j) == (gint64) id)
          {
            *repeated = TRUE;
            return FALSE;
          }

      value = (gint64) id;
      g_array_append_val (ids, value);
    }

  return TRUE;
}

static gboolean
check_agencies (CrRecord  *record,
                GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *label = _cr_record_label (record, "agency-ids");
  gboolean repeated;

  if (!parse_agency_ids (cr_record_get (record, "agency-ids"), ids, &repeated))
    {
      if (repeated)
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: %s is a field's label. */
                     _("“%s” names the same agency twice: choose each agency once."),
                     label);
      else
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: %s is a field's label. */
                     _("“%s” does not name known agencies: choose them again from the register."),
                     label);
      return FALSE;
    }

  if (_cr_record_is (record, "addressed-to", "agencies") && ids->len == 0)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Choose the agencies the recommendation is addressed to, or address it to the partnership or the national level."));
      return FALSE;
    }

  if (!_cr_record_is (record, "addressed-to", "agencies") && ids->len > 0)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” is only for a recommendation to named agencies: remove the agencies, or address it to named agencies."),
                   label);
      return FALSE;
    }

  return TRUE;
}

static gboolean
cr_recommendation_validate (CrRecord  *record,
                            GError   **error)
{
  return cr_record_check_required (record, "position", error) &&
         _cr_record_check_count (record, "position", MAX_POSITION, error) &&
         cr_record_check_required (record, "text", error) &&
         cr_record_check_required (record, "addressed-to", error) &&
         check_agencies (record, error) &&
         cr_record_check_required (record, "status", error);
}

static char *
cr_recommendation_dup_title (CrRecord *record)
{
  guint position = cr_recommendation_get_position ((CrRecommendation *) record);

  if (position == 0)
    return g_strdup (_("Recommendation"));

  /* Translators: %u is the recommendation's number in the report. */
  return g_strdup_printf (_("Recommendation %u"), position);
}

static char *
cr_recommendation_dup_subtitle (CrRecord *record)
{
  const char *level = _cr_record_choice_label (record, "addressed-to");
  const char *names = cr_record_get (record, "agency-names");
  const char *body = cr_record_get (record, "national-body");

  if (level == NULL)
    return NULL;

  if (_cr_record_is (record, "addressed-to", "agencies") && names != NULL)
    /* Translators: "Named agencies: Police; Health visiting". */
    return g_strdup_printf (_("%s: %s"), level, names);

  if (_cr_record_is (record, "addressed-to", "national") && body != NULL)
    /* Translators: "National level: Department for Education". */
    return g_strdup_printf (_("%s: %s"), level, body);

  return g_strdup (level);
}

static void
cr_recommendation_class_init (CrRecommendationClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_recommendation_validate;
  record_class->dup_title = cr_recommendation_dup_title;
  record_class->dup_subtitle = cr_recommendation_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Recommendation"));
}

static void
cr_recommendation_init (CrRecommendation *self)
{
}

CrRecommendation *
cr_recommendation_new (void)
{
  return g_object_new (CR_TYPE_RECOMMENDATION, NULL);
}

guint
cr_recommendation_get_position (CrRecommendation *self)
{
  g_return_val_if_fail (CR_IS_RECOMMENDATION (self), 0);

  return _cr_record_get_count (CR_RECORD (self), "position", MAX_POSITION);
}

/**
 * cr_recommendation_dup_agency_ids:
 * @self: a recommendation
 *
 * Returns: (transfer full) (element-type gint64): the ids in agency-ids;
 *   empty when none or when the field cannot be read
 */
GArray *
cr_recommendation_dup_agency_ids (CrRecommendation *self)
{
  GArray *ids;
  gboolean repeated;

  g_return_val_if_fail (CR_IS_RECOMMENDATION (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!parse_agency_ids (cr_record_get (CR_RECORD (self), "agency-ids"), ids, &repeated))
    g_array_set_size (ids, 0);

  return ids;
}

/**
 * cr_recommendation_set_agency_ids:
 * @self: a recommendation
 * @ids: (array length=n_ids) (nullable): agency ids
 * @n_ids: their number
 *
 * Sets agency-ids (cleared when @n_ids is 0); repeats are dropped.
 */
void
cr_recommendation_set_agency_ids (CrRecommendation *self,
                                  const gint64     *ids,
                                  guint             n_ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (CR_IS_RECOMMENDATION (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = FALSE;

      g_return_if_fail (ids[i] > 0);

      for (guint j = 0; j < i && !seen; j++)
        seen = ids[j] == ids[i];
      if (seen)
        continue;

      if (text->len > 0)
        g_string_append_c (text, ';');
      g_string_append_printf (text, "%" G_GINT64_FORMAT, ids[i]);
    }

  cr_record_set (CR_RECORD (self), "agency-ids", text->str);
}

/**
 * cr_recommendation_dup_addressee:
 * @self: a recommendation
 *
 * Returns: (transfer full): to whom it is addressed, for a table: "The
 *   safeguarding partnership", the agencies' names or the national body
 */
char *
cr_recommendation_dup_addressee (CrRecommendation *self)
{
  CrRecord *record = (CrRecord *) self;
  const char *value;

  g_return_val_if_fail (CR_IS_RECOMMENDATION (self), NULL);

  if (_cr_record_is (record, "addressed-to", "agencies"))
    value = cr_record_get (record, "agency-names");
  else if (_cr_record_is (record, "addressed-to", "national"))
    value = cr_record_get (record, "national-body");
  else
    value = NULL;

  if (value == NULL)
    value = _cr_record_choice_label (record, "addressed-to");

  return g_strdup (value != NULL ? value : "");
}
