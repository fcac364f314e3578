/* cr-deadline.c: one deadline of a case, as of a day */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadline"

#include "config.h"

#include "cr-deadline.h"

#include "cr-deadline-private.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrDeadline
{
  GObject          parent_instance;

  char            *rule_id;
  const char      *label;        /* translated, static */
  char            *source;
  char            *edition;
  char            *anchor_date;
  char            *due_date;
  char            *done_date;
  char            *explanation;
  CrDeadlineKind   kind;
  CrDeadlineState  state;
  int              days_left;
  int              paused_days;
  gboolean         counts_working_days;
  gboolean         done_unrecorded;
};

G_DEFINE_FINAL_TYPE (CrDeadline, cr_deadline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_LABEL,
  PROP_SOURCE,
  PROP_EDITION,
  PROP_KIND,
  PROP_ANCHOR_DATE,
  PROP_DUE_DATE,
  PROP_DONE_DATE,
  PROP_STATE,
  PROP_DAYS_LEFT,
  PROP_COUNTS_WORKING_DAYS,
  PROP_PAUSED_DAYS,
  PROP_EXPLANATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each date a rule may run from means, for the explanations. */
static const struct
{
  const char *property;
  const char *event;   /* N_() */
} events[] = {
  { "incident-date", N_("the incident") },
  { "aware-date", N_("the local authority becoming aware") },
  { "notified-date", N_("the notification to the Panel") },
  { "decision-date", N_("the review decision") },
  { "publication-date", N_("publication") },
  { "partners-informed-date", N_("the report to the safeguarding partners") },
  { "rr-sent-date", N_("the rapid review being sent to the Panel") },
  { "planned-publication-date", N_("the planned publication") },
  { "copies-sent-date", N_("the copies being sent") },
};

/*
 * Explanations
 */

static const char *
get_event (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    if (g_strcmp0 (events[i].property, property) == 0)
      return _(events[i].event);

  return property;
}

static char *
format_amount (CrDeadlineUnit unit,
               int            count)
{
  int n = ABS (count);

  switch (unit)
    {
    case CR_DEADLINE_UNIT_WORKING_DAYS:
      return g_strdup_printf (ngettext ("%d working day", "%d working days", n), n);
    case CR_DEADLINE_UNIT_DAYS:
      return g_strdup_printf (ngettext ("%d day", "%d days", n), n);
    case CR_DEADLINE_UNIT_MONTHS:
      return g_strdup_printf (ngettext ("%d month", "%d months", n), n);
    case CR_DEADLINE_UNIT_YEARS:
      return g_strdup_printf (ngettext ("%d year", "%d years", n), n);
    default:
      g_assert_not_reached ();
    }
}

static char *
format_rule (const CrDeadlineValues *values)
{
  const CrDeadlineRule *rule = values->rule;
  g_autofree char *amount = format_amount (rule->unit, rule->count);
  g_autofree char *date = NULL;
  const char *event = get_event (values->anchor_property);

  if (values->anchor_date == NULL)
    {
      if (rule->kind == CR_DEADLINE_KIND_UNTIL)
        /* Translators: "At least 1 year from publication, once its date is recorded" */
        return g_strdup_printf (_("At least %s from %s, once its date is recorded"), amount, event);
      if (rule->count < 0)
        /* Translators: "7 working days before the planned publication, once its date is recorded" */
        return g_strdup_printf (_("%s before %s, once its date is recorded"), amount, event);
      /* Translators: "5 working days from the local authority becoming aware, once its date is recorded" */
      return g_strdup_printf (_("%s from %s, once its date is recorded"), amount, event);
    }

  date = cr_deadline_format_long_date (values->anchor_date);
  if (rule->kind == CR_DEADLINE_KIND_UNTIL)
    /* Translators: "At least 1 year from publication on 3 November 2026" */
    return g_strdup_printf (_("At least %s from %s on %s"), amount, event, date);
  if (rule->count < 0)
    /* Translators: "7 working days before the planned publication on 3 November 2026" */
    return g_strdup_printf (_("%s before %s on %s"), amount, event, date);
  /* Translators: "5 working days from the local authority becoming aware on 3 November 2026" */
  return g_strdup_printf (_("%s from %s on %s"), amount, event, date);
}

static char *
format_explanation (const CrDeadlineValues *values)
{
  g_autofree char *text = format_rule (values);

  if (values->paused_days > 0)
    {
      g_autofree char *base = g_steal_pointer (&text);

      if (values->rule->unit == CR_DEADLINE_UNIT_WORKING_DAYS)
        /* Translators: the %s is a sentence such as "15 working days from …" */
        text = g_strdup_printf (ngettext ("%s, plus %d working day while the review was paused",
                                          "%s, plus %d working days while the review was paused",
                                          values->paused_days),
                                base, values->paused_days);
      else
        /* Translators: the %s is a sentence such as "6 months from …" */
        text = g_strdup_printf (ngettext ("%s, plus %d day while the review was paused",
                                          "%s, plus %d days while the review was paused",
                                          values->paused_days),
                                base, values->paused_days);
    }

  if (values->state == CR_DEADLINE_STATE_NOT_APPLICABLE)
    {
      g_autofree char *base = g_steal_pointer (&text);

      /* Translators: the %s is a sentence such as "5 working days from …" */
      text = g_strdup_printf (_("%s. Not needed at the case’s stage."), base);
    }
  else if (values->done_unrecorded)
    {
      g_autofree char *base = g_steal_pointer (&text);

      /* Translators: the %s is a sentence such as "5 working days from …" */
      text = g_strdup_printf (_("%s. The case has moved on: record the date this was done to check it was on time."), base);
    }

  return g_steal_pointer (&text);
}

/*
 * GObject overrides
 */

static void
cr_deadline_finalize (GObject *object)
{
  CrDeadline *self = (CrDeadline *)object;

  g_clear_pointer (&self->rule_id, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->edition, g_free);
  g_clear_pointer (&self->anchor_date, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->done_date, g_free);
  g_clear_pointer (&self->explanation, g_free);

  G_OBJECT_CLASS (cr_deadline_parent_class)->finalize (object);
}

static void
cr_deadline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrDeadline *self = CR_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_EDITION:
      g_value_set_string (value, self->edition);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ANCHOR_DATE:
      g_value_set_string (value, self->anchor_date);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_DONE_DATE:
      g_value_set_string (value, self->done_date);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_DAYS_LEFT:
      g_value_set_int (value, self->days_left);
      break;
    case PROP_COUNTS_WORKING_DAYS:
      g_value_set_boolean (value, self->counts_working_days);
      break;
    case PROP_PAUSED_DAYS:
      g_value_set_int (value, self->paused_days);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
cr_deadline_class_init (CrDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_deadline_finalize;
  object_class->get_property = cr_deadline_get_property;

  properties[PROP_RULE_ID] = string_property ("rule-id");
  properties[PROP_LABEL] = string_property ("label");
  properties[PROP_SOURCE] = string_property ("source");
  properties[PROP_EDITION] = string_property ("edition");
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CR_TYPE_DEADLINE_KIND, CR_DEADLINE_KIND_BY, ro);
  properties[PROP_ANCHOR_DATE] = string_property ("anchor-date");
  properties[PROP_DUE_DATE] = string_property ("due-date");
  properties[PROP_DONE_DATE] = string_property ("done-date");
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CR_TYPE_DEADLINE_STATE, CR_DEADLINE_STATE_WAITING, ro);
  properties[PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  properties[PROP_COUNTS_WORKING_DAYS] =
    g_param_spec_boolean ("counts-working-days", NULL, NULL, FALSE, ro);
  properties[PROP_PAUSED_DAYS] =
    g_param_spec_int ("paused-days", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_EXPLANATION] = string_property ("explanation");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_deadline_init (CrDeadline *self)
{
}

/*
 * Private API
 */

CrDeadline *
_cr_deadline_new (const CrDeadlineValues *values)
{
  CrDeadline *self;

  g_return_val_if_fail (values != NULL && values->rule != NULL, NULL);

  self = g_object_new (CR_TYPE_DEADLINE, NULL);
  self->rule_id = g_strdup (values->rule->id);
  self->label = _(values->rule->label);
  self->source = g_strdup (values->rule->source);
  self->edition = g_strdup (values->rule->edition);
  self->kind = values->rule->kind;
  self->anchor_date = g_strdup (values->anchor_date);
  self->due_date = g_strdup (values->due_date);
  self->done_date = g_strdup (values->done_date);
  self->state = values->state;
  self->days_left = values->days_left;
  self->paused_days = values->paused_days;
  self->counts_working_days = values->rule->unit == CR_DEADLINE_UNIT_WORKING_DAYS;
  self->done_unrecorded = values->done_unrecorded;
  self->explanation = format_explanation (values);

  return self;
}

/*
 * Public API
 */

const char *
cr_deadline_get_rule_id (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->rule_id;
}

const char *
cr_deadline_get_label (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->label;
}

const char *
cr_deadline_get_source (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->source;
}

const char *
cr_deadline_get_edition (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->edition;
}

CrDeadlineKind
cr_deadline_get_kind (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), CR_DEADLINE_KIND_BY);
  return self->kind;
}

const char *
cr_deadline_get_anchor_date (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->anchor_date;
}

const char *
cr_deadline_get_due_date (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->due_date;
}

const char *
cr_deadline_get_done_date (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->done_date;
}

CrDeadlineState
cr_deadline_get_state (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), CR_DEADLINE_STATE_WAITING);
  return self->state;
}

int
cr_deadline_get_days_left (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), 0);
  return self->days_left;
}

gboolean
cr_deadline_get_counts_working_days (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), FALSE);
  return self->counts_working_days;
}

int
cr_deadline_get_paused_days (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), 0);
  return self->paused_days;
}

const char *
cr_deadline_get_explanation (CrDeadline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);
  return self->explanation;
}

static char *
format_days_left (CrDeadline *self)
{
  int days = self->days_left;

  if (self->kind == CR_DEADLINE_KIND_UNTIL)
    {
      if (self->counts_working_days)
        return g_strdup_printf (ngettext ("%d working day to go", "%d working days to go", days), days);
      return g_strdup_printf (ngettext ("%d day to go", "%d days to go", days), days);
    }

  if (days == 0)
    return g_strdup (_("Due today"));

  if (days > 0 && self->counts_working_days)
    return g_strdup_printf (ngettext ("%d working day left", "%d working days left", days), days);
  if (days > 0)
    return g_strdup_printf (ngettext ("%d day left", "%d days left", days), days);
  if (self->counts_working_days)
    return g_strdup_printf (ngettext ("%d working day overdue", "%d working days overdue", -days), -days);
  return g_strdup_printf (ngettext ("%d day overdue", "%d days overdue", -days), -days);
}

/**
 * cr_deadline_format_status:
 * @self: a deadline
 *
 * Returns: (transfer full): the state in a few words, for a status pill
 */
char *
cr_deadline_format_status (CrDeadline *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (CR_IS_DEADLINE (self), NULL);

  switch (self->state)
    {
    case CR_DEADLINE_STATE_WAITING:
      return g_strdup (_("Not started"));

    case CR_DEADLINE_STATE_OPEN:
    case CR_DEADLINE_STATE_DUE_SOON:
    case CR_DEADLINE_STATE_OVERDUE:
      return format_days_left (self);

    case CR_DEADLINE_STATE_MET:
      if (self->kind == CR_DEADLINE_KIND_UNTIL && self->done_date == NULL && self->due_date != NULL)
        {
          date = cr_date_format_display (self->due_date);
          /* Translators: %s is a date such as "3 Feb 2026" */
          return g_strdup_printf (_("Period ended on %s"), date);
        }
      if (self->done_date == NULL)
        return g_strdup (_("Done, date not recorded"));
      date = cr_date_format_display (self->done_date);
      /* Translators: %s is a date such as "3 Feb 2026" */
      return g_strdup_printf (_("Met on %s"), date);

    case CR_DEADLINE_STATE_MET_LATE:
      date = cr_date_format_display (self->done_date);
      if (self->kind == CR_DEADLINE_KIND_UNTIL)
        /* Translators: %s is a date such as "3 Feb 2026" */
        return g_strdup_printf (_("Ended early on %s"), date);
      /* Translators: %s is a date such as "3 Feb 2026" */
      return g_strdup_printf (_("Met late on %s"), date);

    case CR_DEADLINE_STATE_STOPPED:
      return g_strdup (_("Stopped while paused"));

    case CR_DEADLINE_STATE_NOT_APPLICABLE:
      return g_strdup (_("Not needed"));

    default:
      g_assert_not_reached ();
    }
}

const char *
cr_deadline_state_to_nick (CrDeadlineState state)
{
  static GEnumClass *klass;
  GEnumValue *value;

  /* Kept for good, so that the nicks stay valid. */
  if (g_once_init_enter (&klass))
    g_once_init_leave (&klass, g_type_class_ref (CR_TYPE_DEADLINE_STATE));

  value = g_enum_get_value (klass, state);
  return value != NULL ? value->value_nick : NULL;
}

char *
cr_deadline_format_long_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (!cr_date_parse_iso (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");

  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  /* Translators: a date in a sentence, "3 November 2026"; see
   * g_date_time_format() for the codes */
  return g_date_time_format (dt, C_("long date", "%-d %B %Y"));
}
