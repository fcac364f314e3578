/* cr-evidence-request.c: a request to an agency for its chronology or report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrEvidenceRequest"

#include "config.h"

#include "cr-evidence-request.h"

#include "cr-case-status.h"
#include "cr-deadline-policy.h"
#include "cr-record-private.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/* Due soon: due within this many working days. */
#define DUE_SOON_WORKING_DAYS 3

struct _CrEvidenceRequest
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrEvidenceRequest, cr_evidence_request, CR_TYPE_RECORD)

static const char * const kind_nicks[] = {
  "chronology", "agency-report", "other", NULL
};
static const char * const kind_labels[] = {
  N_("Chronology"), N_("Agency report"), N_("Other evidence"), NULL
};
/* The same, in a sentence: "the chronology requested from ...". */
static const char * const kind_in_sentence[] = {
  N_("the chronology"), N_("the agency report"), N_("the evidence"), NULL
};

static const CrRecordField fields[] = {
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency asked for evidence"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "kind", CR_RECORD_FIELD_CHOICE, N_("Evidence requested"), 0, kind_nicks, kind_labels, 0 },
  { "description", CR_RECORD_FIELD_LINE, N_("What was asked for"), 0, NULL, NULL, 0 },
  { "contact", CR_RECORD_FIELD_LINE, N_("Contact at the agency"), 0, NULL, NULL, 0 },
  { "contact-email", CR_RECORD_FIELD_EMAIL, N_("Email address of the contact"), 0, NULL, NULL, 0 },
  { "requested-date", CR_RECORD_FIELD_DATE, N_("Date requested"), 0, NULL, NULL, 0 },
  { "due-date", CR_RECORD_FIELD_PLAN_DATE, N_("Date due"), 0, NULL, NULL, 0 },
  { "reminded-date", CR_RECORD_FIELD_DATE, N_("Date of the last reminder"), 0, NULL, NULL, 0 },
  { "received-date", CR_RECORD_FIELD_DATE, N_("Date received"), 0, NULL, NULL, 0 },
  { "document-id", CR_RECORD_FIELD_ID, N_("Document received"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Notes on the request"), 0, NULL, NULL, 0 },
};

static gboolean
cr_evidence_request_validate (CrRecord  *record,
                              GError   **error)
{
  if (!cr_record_check_required (record, "agency-id", error) ||
      !cr_record_check_required (record, "kind", error))
    return FALSE;

  if (_cr_record_is (record, "kind", "other") &&
      !cr_record_has (record, "description"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("Enter “%s”: say which evidence the agency was asked for."),
                   _cr_record_label (record, "description"));
      return FALSE;
    }

  return _cr_record_check_order (record, "requested-date", "due-date", NULL, error) &&
         _cr_record_check_order (record, "requested-date", "received-date", NULL, error) &&
         _cr_record_check_order (record, "requested-date", "reminded-date", NULL, error);
}

/* "Chronology", "Agency report" or what an "other" request asked for. */
static const char *
get_evidence_label (CrRecord *record)
{
  if (_cr_record_is (record, "kind", "other") && cr_record_has (record, "description"))
    return cr_record_get (record, "description");

  return _cr_record_choice_label (record, "kind");
}

static char *
cr_evidence_request_dup_title (CrRecord *record)
{
  const char *evidence = get_evidence_label (record);
  const char *agency = cr_record_get (record, "agency-name");

  if (evidence == NULL)
    evidence = _("Evidence");

  if (agency == NULL)
    return g_strdup (evidence);

  /* Translators: "Chronology from Children's Social Care": the evidence,
   * then the agency. */
  return g_strdup_printf (_("%s from %s"), evidence, agency);
}

static char *
cr_evidence_request_dup_subtitle (CrRecord *record)
{
  CrEvidenceRequest *self = (CrEvidenceRequest *) record;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *requested = cr_record_dup_date_label (record, "requested-date");
  g_autofree char *due = cr_record_dup_date_label (record, "due-date");
  g_autofree char *received = cr_record_dup_date_label (record, "received-date");
  CrEvidenceState state = cr_evidence_request_get_state (self, NULL);
  GDate due_date, received_date;
  int days;

  switch (state)
    {
    case CR_EVIDENCE_NOT_REQUESTED:
      g_ptr_array_add (parts, g_strdup (_("Not requested yet")));
      break;

    case CR_EVIDENCE_REQUESTED:
      if (requested != NULL)
        /* Translators: %s is a date, "3 March 2026". */
        g_ptr_array_add (parts, g_strdup_printf (_("Requested %s"), requested));
      if (due != NULL)
        /* Translators: %s is a date, "3 March 2026". */
        g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), due));
      break;

    case CR_EVIDENCE_DUE_SOON:
      g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), due));
      g_ptr_array_add (parts, g_strdup (cr_evidence_state_to_label (state)));
      break;

    case CR_EVIDENCE_OVERDUE:
      days = cr_evidence_request_days_overdue (self, NULL);
      g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), due));
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("Overdue by %d day",
                                                         "Overdue by %d days", days),
                                               days));
      break;

    case CR_EVIDENCE_RECEIVED:
      /* Translators: %s is a date, "3 March 2026". */
      g_ptr_array_add (parts, g_strdup_printf (_("Received %s"), received));
      break;

    case CR_EVIDENCE_RECEIVED_LATE:
      _cr_record_get_date (record, "due-date", &due_date);
      _cr_record_get_date (record, "received-date", &received_date);
      days = g_date_days_between (&due_date, &received_date);
      g_ptr_array_add (parts, g_strdup_printf (_("Received %s"), received));
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d day late", "%d days late", days),
                                               days));
      break;

    default:
      g_assert_not_reached ();
    }

  return _cr_record_join_parts (parts);
}

static void
cr_evidence_request_class_init (CrEvidenceRequestClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_evidence_request_validate;
  record_class->dup_title = cr_evidence_request_dup_title;
  record_class->dup_subtitle = cr_evidence_request_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Evidence Request"));
}

static void
cr_evidence_request_init (CrEvidenceRequest *self)
{
}

CrEvidenceRequest *
cr_evidence_request_new (void)
{
  return g_object_new (CR_TYPE_EVIDENCE_REQUEST, NULL);
}

/**
 * cr_evidence_request_get_state:
 * @self: an evidence request
 * @today: (nullable): the day to judge by, or %NULL for the real today
 *
 * Due soon counts working days, skipping bank holidays and the closure
 * days of the default deadline policy.
 *
 * Returns: where the request stands
 */
CrEvidenceState
cr_evidence_request_get_state (CrEvidenceRequest *self,
                               const GDate       *today)
{
  CrRecord *record = (CrRecord *) self;
  g_autoptr(GArray) closures = NULL;
  GDate due, received, now;
  gboolean has_due;

  g_return_val_if_fail (CR_IS_EVIDENCE_REQUEST (self), CR_EVIDENCE_NOT_REQUESTED);

  has_due = _cr_record_get_date (record, "due-date", &due);

  if (_cr_record_get_date (record, "received-date", &received))
    return has_due && g_date_compare (&received, &due) > 0
           ? CR_EVIDENCE_RECEIVED_LATE : CR_EVIDENCE_RECEIVED;

  if (!cr_record_has (record, "requested-date"))
    return CR_EVIDENCE_NOT_REQUESTED;

  if (!has_due)
    return CR_EVIDENCE_REQUESTED;

  _cr_record_today (today, &now);

  if (g_date_compare (&now, &due) > 0)
    return CR_EVIDENCE_OVERDUE;

  closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());
  if (cr_working_days_between (&now, &due, closures) <= DUE_SOON_WORKING_DAYS)
    return CR_EVIDENCE_DUE_SOON;

  return CR_EVIDENCE_REQUESTED;
}

const char *
cr_evidence_state_to_label (CrEvidenceState state)
{
  switch (state)
    {
    case CR_EVIDENCE_NOT_REQUESTED:
      return _("Not requested");
    case CR_EVIDENCE_REQUESTED:
      return _("Requested");
    case CR_EVIDENCE_DUE_SOON:
      return _("Due soon");
    case CR_EVIDENCE_OVERDUE:
      return _("Overdue");
    case CR_EVIDENCE_RECEIVED:
      return _("Received");
    case CR_EVIDENCE_RECEIVED_LATE:
      return _("Received late");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cr_evidence_request_days_overdue:
 * @self: an evidence request
 * @today: (nullable): the day to judge by, or %NULL for the real today
 *
 * Returns: the days since the due date when the request is overdue, else 0
 */
int
cr_evidence_request_days_overdue (CrEvidenceRequest *self,
                                  const GDate       *today)
{
  GDate due, now;

  g_return_val_if_fail (CR_IS_EVIDENCE_REQUEST (self), 0);

  _cr_record_today (today, &now);

  if (cr_evidence_request_get_state (self, &now) != CR_EVIDENCE_OVERDUE ||
      !_cr_record_get_date (CR_RECORD (self), "due-date", &due))
    return 0;

  return g_date_days_between (&due, &now);
}

/* "the chronology", "the agency report", or "the evidence (DESCRIPTION)". */
static char *
dup_evidence_in_sentence (CrRecord *record)
{
  const char *kind = cr_record_get (record, "kind");
  const char *description = cr_record_get (record, "description");

  for (guint i = 0; kind != NULL && kind_nicks[i] != NULL; i++)
    if (g_str_equal (kind, kind_nicks[i]))
      {
        if (g_str_equal (kind, "other") && description != NULL)
          /* Translators: the evidence asked for, "the evidence (GP
           * records)". */
          return g_strdup_printf (_("the evidence (%s)"), description);
        return g_strdup (_(kind_in_sentence[i]));
      }

  return g_strdup (_("the evidence"));
}

/**
 * cr_evidence_request_dup_reminder:
 * @self: an evidence request
 * @reference: (nullable): the case's reference, "NB-2026-004"
 *
 * A reminder to send to the agency: a subject line, a blank line and the
 * body. It names the agency, its contact, the evidence, @reference and the
 * dates, and nothing else of the case (never the child).
 *
 * Returns: (transfer full): the text
 */
char *
cr_evidence_request_dup_reminder (CrEvidenceRequest *self,
                                  const char        *reference)
{
  CrRecord *record = (CrRecord *) self;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *evidence = NULL;
  g_autofree char *due = NULL;
  g_autofree char *review = NULL;
  const char *agency;
  const char *contact;
  GDate due_date, now;

  g_return_val_if_fail (CR_IS_EVIDENCE_REQUEST (self), NULL);

  evidence = dup_evidence_in_sentence (record);
  due = cr_record_dup_date_label (record, "due-date");
  agency = cr_record_get (record, "agency-name");
  contact = cr_record_get (record, "contact");

  if (reference != NULL && *reference != '\0')
    /* Translators: %s is the case's reference, "NB-2026-004". */
    review = g_strdup_printf (_("the practice review %s"), reference);
  else
    review = g_strdup (_("the practice review"));

  /* Translators: the subject line of a reminder; the first %s is "the
   * chronology" or the like, the second "the practice review NB-2026-004". */
  g_string_append_printf (text, _("Reminder: %s for %s"), evidence, review);
  g_string_append (text, "\n\n");

  if (contact != NULL)
    /* Translators: %s is a person's name. */
    g_string_append_printf (text, _("Dear %s,"), contact);
  else
    g_string_append (text, _("Dear colleague,"));
  g_string_append (text, "\n\n");

  if (agency == NULL)
    agency = _("your agency");

  _cr_record_today (NULL, &now);
  if (due == NULL)
    g_string_append_printf (text,
                            /* Translators: "the chronology", "Police", "the
                             * practice review NB-2026-004". */
                            _("This is a reminder that %s requested from %s for %s has not been received yet."),
                            evidence, agency, review);
  else if (_cr_record_get_date (record, "due-date", &due_date) &&
           g_date_compare (&due_date, &now) < 0)
    g_string_append_printf (text,
                            /* Translators: "the chronology", "Police", "the
                             * practice review NB-2026-004", "3 March 2026". */
                            _("This is a reminder that %s requested from %s for %s was due on %s and has not been received yet."),
                            evidence, agency, review, due);
  else
    g_string_append_printf (text,
                            /* Translators: "the chronology", "Police", "the
                             * practice review NB-2026-004", "3 March 2026". */
                            _("This is a reminder that %s requested from %s for %s is due on %s."),
                            evidence, agency, review, due);

  g_string_append (text, "\n\n");
  g_string_append (text, _("Please send it as soon as you can, or let us know when to expect it."));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Thank you."));
  g_string_append (text, "\n");

  return g_string_free (g_steal_pointer (&text), FALSE);
}
