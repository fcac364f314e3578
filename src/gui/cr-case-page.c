/* cr-case-page.c: the detail page of one case
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCasePage"

#include "config.h"

#include "cr-case-page.h"
#include "cr-deadline-policy.h"
#include "cr-deadlines.h"

#include "cr-case-agencies-group.h"
#include "cr-case-people-group.h"
#include "cr-case-rapid-review-group.h"
#include "cr-case-review-group.h"
#include "cr-case-themes-group.h"
#include "cr-deadline-timeline.h"
#include "cr-edit-utils.h"
#include "cr-enum-types.h"
#include "cr-field-writer.h"
#include "cr-status-row.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define SUMMARY_MAX_CHARS 4000

typedef enum
{
  FIELD_REFERENCE,
  FIELD_PSEUDONYM,
  FIELD_SUMMARY,
  FIELD_INCIDENT_DATE,
  FIELD_AWARE_DATE,
  FIELD_NOTIFIED_DATE,
  FIELD_DECISION_DATE,
  FIELD_PUBLICATION_DATE,
  FIELD_PARTNERS_INFORMED_DATE,
  FIELD_RR_SENT_DATE,
  FIELD_PLANNED_PUBLICATION_DATE,
  FIELD_COPIES_SENT_DATE,
  N_FIELDS
} Field;

typedef struct
{
  CrCasePage *page;
  Field       field;
} FieldContext;

static const struct
{
  const char *property;
  const char *label;          /* accessible label of the editor */
  const char *toast_title;
  gboolean    is_date;
} fields[N_FIELDS] = {
  [FIELD_REFERENCE] = { "reference", N_("Reference"), N_("Reference changed"), FALSE },
  [FIELD_PSEUDONYM] = { "pseudonym", N_("Pseudonym"), N_("Pseudonym changed"), FALSE },
  [FIELD_SUMMARY] = { "summary", N_("Summary"), N_("Summary changed"), FALSE },
  [FIELD_INCIDENT_DATE] = { "incident-date", N_("Incident date"), N_("Incident date changed"), TRUE },
  [FIELD_AWARE_DATE] = { "aware-date", N_("Local authority aware"), N_("Aware date changed"), TRUE },
  [FIELD_NOTIFIED_DATE] = { "notified-date", N_("Notified to the Panel"), N_("Notification date changed"), TRUE },
  [FIELD_DECISION_DATE] = { "decision-date", N_("Review decision"), N_("Decision date changed"), TRUE },
  [FIELD_PUBLICATION_DATE] = { "publication-date", N_("Published"), N_("Publication date changed"), TRUE },
  [FIELD_PARTNERS_INFORMED_DATE] = { "partners-informed-date", N_("Safeguarding partners informed"),
                                     N_("Partners informed date changed"), TRUE },
  [FIELD_RR_SENT_DATE] = { "rr-sent-date", N_("Rapid review sent to the Panel"),
                           N_("Rapid review sent date changed"), TRUE },
  [FIELD_PLANNED_PUBLICATION_DATE] = { "planned-publication-date", N_("Planned publication"),
                                       N_("Planned publication date changed"), TRUE },
  [FIELD_COPIES_SENT_DATE] = { "copies-sent-date", N_("Report sent to the Panel and Secretary of State"),
                               N_("Copies sent date changed"), TRUE },
};

struct _CrCasePage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkScrolledWindow   *scrolled;
  AdwEntryRow         *reference_row;
  GtkLabel            *reference_message;
  AdwEntryRow         *pseudonym_row;
  GtkLabel            *pseudonym_message;
  CrStatusRow         *status_row;
  AdwComboRow         *review_type_row;
  GtkTextView         *summary_view;
  GtkLabel            *summary_message;
  AdwEntryRow         *incident_row;
  GtkLabel            *incident_message;
  AdwEntryRow         *aware_row;
  GtkLabel            *aware_message;
  AdwEntryRow         *notified_row;
  GtkLabel            *notified_message;
  AdwEntryRow         *decision_row;
  GtkLabel            *decision_message;
  AdwEntryRow         *publication_row;
  GtkLabel            *publication_message;
  AdwEntryRow         *partners_informed_row;
  GtkLabel            *partners_informed_message;
  AdwEntryRow         *rr_sent_row;
  GtkLabel            *rr_sent_message;
  AdwEntryRow         *planned_publication_row;
  GtkLabel            *planned_publication_message;
  AdwEntryRow         *copies_sent_row;
  GtkLabel            *copies_sent_message;
  CrDeadlineTimeline  *deadline_timeline;
  AdwActionRow        *deadline_row;
  GtkLabel            *days_label;
  CrCaseRapidReviewGroup *rapid_review_group;
  CrCaseReviewGroup   *review_group;
  CrCaseAgenciesGroup *agencies_group;
  CrCaseThemesGroup   *themes_group;
  CrCasePeopleGroup   *people_group;

  /* Owned references */
  CrDatabase          *db;
  CrCase              *kase;          /* our own copy of the case shown */
  CrFieldWriter       *writers[N_FIELDS];
  FieldContext         contexts[N_FIELDS];

  guint                loading : 1;
};

G_DEFINE_FINAL_TYPE (CrCasePage, cr_case_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

enum {
  CASE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
current_id (CrCasePage *self)
{
  return self->kase != NULL ? cr_case_get_id (self->kase) : 0;
}

static const char *
get_field_value (CrCase *kase,
                 Field   field)
{
  switch (field)
    {
    case FIELD_REFERENCE: return cr_case_get_reference (kase);
    case FIELD_PSEUDONYM: return cr_case_get_pseudonym (kase);
    case FIELD_SUMMARY: return cr_case_get_summary (kase);
    case FIELD_INCIDENT_DATE: return cr_case_get_incident_date (kase);
    case FIELD_AWARE_DATE: return cr_case_get_aware_date (kase);
    case FIELD_NOTIFIED_DATE: return cr_case_get_notified_date (kase);
    case FIELD_DECISION_DATE: return cr_case_get_decision_date (kase);
    case FIELD_PUBLICATION_DATE: return cr_case_get_publication_date (kase);
    case FIELD_PARTNERS_INFORMED_DATE: return cr_case_get_partners_informed_date (kase);
    case FIELD_RR_SENT_DATE: return cr_case_get_rr_sent_date (kase);
    case FIELD_PLANNED_PUBLICATION_DATE: return cr_case_get_planned_publication_date (kase);
    case FIELD_COPIES_SENT_DATE: return cr_case_get_copies_sent_date (kase);
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/*
 * Showing the case
 */

static void
update_deadline (CrCasePage *self)
{
  const char *due = self->kase != NULL ? cr_case_get_next_deadline (self->kase) : NULL;
  g_autofree char *due_display = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *days = NULL;
  int days_left;
  gboolean working;

  /* An overdue or close deadline stands out, as in the register. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_label), "deadline-overdue");
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_label), "deadline-soon");
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_row), "error");

  if (due == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row),
                                     _("No open deadline"));
      adw_action_row_set_subtitle (self->deadline_row,
                                   _("Nothing is due at this stage, or the date it runs from is not known yet."));
      gtk_label_set_text (self->days_label, "");
      return;
    }

  days_left = cr_case_get_days_left (self->kase);
  due_display = cr_date_format_display (due);
  /* Translators: %s is a date such as "3 Feb 2026". */
  subtitle = g_strdup_printf (_("Due %s"), due_display);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row),
                                 cr_case_get_next_deadline_label (self->kase));
  adw_action_row_set_subtitle (self->deadline_row, subtitle);

  working = cr_case_next_deadline_counts_working_days (self->kase);
  if (days_left < 0 && !working)
    {
      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Overdue by %d day",
                                           "Overdue by %d days", -days_left),
                              -days_left);
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "deadline-overdue");
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_row), "error");
    }
  else if (days_left < 0)
    {
      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Overdue by %d working day",
                                           "Overdue by %d working days", -days_left),
                              -days_left);
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "deadline-overdue");
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_row), "error");
    }
  else if (days_left == 0)
    {
      days = g_strdup (_("Due today"));
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "deadline-soon");
      gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "warning");
    }
  else if (!working)
    {
      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d day left",
                                           "%d days left", days_left),
                              days_left);
      if (days_left <= CR_DEADLINE_DUE_SOON_DAYS)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "deadline-soon");
          gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "warning");
        }
    }
  else
    {
      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d working day left",
                                           "%d working days left", days_left),
                              days_left);
      if (days_left <= CR_DEADLINE_DUE_SOON_DAYS)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "deadline-soon");
          gtk_widget_add_css_class (GTK_WIDGET (self->days_label), "warning");
        }
    }
  gtk_label_set_text (self->days_label, days);
}

static void
update_review_type (CrCasePage *self)
{
  self->loading = TRUE;
  adw_combo_row_set_selected (self->review_type_row,
                              self->kase != NULL ? (guint) cr_case_get_review_type (self->kase) : 0);
  self->loading = FALSE;
}

static void
update_editable (CrCasePage *self)
{
  gboolean writable = cr_database_is_writable (self->db) && self->kase != NULL;
  GtkWidget *editors[] = {
    GTK_WIDGET (self->reference_row), GTK_WIDGET (self->pseudonym_row),
    GTK_WIDGET (self->incident_row), GTK_WIDGET (self->aware_row),
    GTK_WIDGET (self->notified_row), GTK_WIDGET (self->decision_row),
    GTK_WIDGET (self->publication_row),
    GTK_WIDGET (self->partners_informed_row), GTK_WIDGET (self->rr_sent_row),
    GTK_WIDGET (self->planned_publication_row), GTK_WIDGET (self->copies_sent_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    gtk_editable_set_editable (GTK_EDITABLE (editors[i]), writable);
  gtk_text_view_set_editable (self->summary_view, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->review_type_row), writable);
}

/* Shows the values of self->kase; fields being edited keep their text. */
static void
show_case (CrCasePage *self,
           gboolean    same_case)
{
  gint64 id = current_id (self);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      if (same_case && cr_field_writer_get_dirty (self->writers[f]))
        continue;
      cr_field_writer_load (self->writers[f], id,
                            self->kase != NULL ? get_field_value (self->kase, f) : NULL);
    }

  cr_status_row_show (self->status_row, self->db, self->kase);
  update_review_type (self);
  update_deadline (self);
  update_editable (self);
}

/* The closure days or the rapid review clock changed: our copy of the
 * case is in no register, so it is refreshed here. */
static void
on_deadline_policy_changed_cb (CrCasePage       *self,
                               CrDeadlinePolicy *policy)
{
  if (self->kase == NULL)
    return;

  cr_case_refresh_deadline (self->kase, NULL);
  update_deadline (self);
}

/*
 * Keeping the stored case in step
 */

static void
on_get_case_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrCasePage) self = user_data;
  g_autoptr(CrCase) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = cr_database_get_case_finish (CR_DATABASE (source), result, &error);
  if (fresh == NULL)
    {
      /* The change itself is stored; only the refreshed copy is missing. */
      g_warning ("Could not read back a changed case: %s", error->message);
      return;
    }

  if (cr_case_get_id (fresh) == current_id (self))
    {
      g_clear_object (&self->kase);
      self->kase = cr_case_copy (fresh);
      cr_status_row_show (self->status_row, self->db, self->kase);
      update_deadline (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
    }

  g_signal_emit (self, signals[CASE_CHANGED], 0, fresh);
}

static void
refresh_case (CrCasePage *self,
              gint64      case_id)
{
  if (self->db == NULL || case_id == 0)
    return;

  cr_database_get_case_async (self->db, case_id, NULL, NULL, on_get_case_cb, g_object_ref (self));
}

static void
on_writer_saved_cb (CrFieldWriter *writer,
                    gint64         id,
                    const char    *value,
                    CrCasePage    *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (self->writers[f] == writer && id == current_id (self))
      g_object_set (self->kase, fields[f].property, value, NULL);

  refresh_case (self, id);
}

static void
on_group_changed_cb (CrCasePage *self,
                     gint64      case_id)
{
  refresh_case (self, case_id);
}

static void
on_status_transitioned_cb (CrCasePage *self,
                           CrCase     *updated)
{
  refresh_case (self, cr_case_get_id (updated));
}

/* The rapid review assistant saved: the case moved on. */
static void
on_rapid_review_case_changed_cb (CrCasePage *self,
                                 CrCase     *updated)
{
  if (cr_case_get_id (updated) != current_id (self))
    return;

  cr_case_page_set_case (self, updated);
  g_signal_emit (self, signals[CASE_CHANGED], 0, updated);
}

static gboolean
validate_field (const char  *text,
                char       **out_value,
                gpointer     user_data,
                GError     **error)
{
  FieldContext *context = user_data;
  CrCasePage *self = context->page;
  g_autofree char *value = NULL;
  g_autoptr(CrCase) candidate = NULL;

  if (fields[context->field].is_date)
    {
      if (!cr_parse_date_input (text, &value, error))
        return FALSE;
    }
  else if (!cr_text_normalise (text, SUMMARY_MAX_CHARS, &value, error))
    return FALSE;

  /* The case's own rules, with the candidate applied to a copy, say what
   * is wrong: a date in the future, dates out of order, a missing
   * pseudonym... */
  if (self->kase != NULL)
    {
      candidate = cr_case_copy (self->kase);
      g_object_set (candidate, fields[context->field].property, value, NULL);
      if (!cr_case_validate (candidate, error))
        return FALSE;
    }

  *out_value = g_steal_pointer (&value);
  return TRUE;
}

/*
 * Review type
 */

static void
on_review_type_written (GObject      *owner,
                        const char   *entity,
                        gint64        id,
                        const char   *field,
                        const char   *value,
                        gboolean      undone,
                        const GError *error)
{
  CrCasePage *self = CR_CASE_PAGE (owner);

  if (error == NULL && id == current_id (self))
    {
      GEnumClass *klass = g_type_class_ref (CR_TYPE_REVIEW_TYPE);
      GEnumValue *enum_value = g_enum_get_value_by_nick (klass, value != NULL ? value : "");

      if (enum_value != NULL)
        cr_case_set_review_type (self->kase, enum_value->value);
      g_type_class_unref (klass);
    }

  if (id == current_id (self))
    update_review_type (self);
  if (error == NULL)
    refresh_case (self, id);
}

static void
on_review_type_selected_cb (CrCasePage *self)
{
  guint selected = adw_combo_row_get_selected (self->review_type_row);

  if (self->loading || self->kase == NULL || self->db == NULL ||
      selected >= cr_review_type_get_n_types () ||
      selected == (guint) cr_case_get_review_type (self->kase))
    return;

  cr_write_through_field (GTK_WIDGET (self), self->db, "case", current_id (self), "review-type",
                          cr_review_type_to_nick ((CrReviewType) selected),
                          _("Review type changed"), G_OBJECT (self), on_review_type_written);
}

/*
 * GObject overrides
 */

static void
cr_case_page_dispose (GObject *object)
{
  CrCasePage *self = (CrCasePage *)object;

  /* Edits still waiting for their delay are written, not dropped. */
  for (guint f = 0; f < N_FIELDS; f++)
    if (self->writers[f] != NULL)
      cr_field_writer_detach (self->writers[f]);

  /* AdwBin keeps its own pointer to the child: let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_PAGE);

  for (guint f = 0; f < N_FIELDS; f++)
    g_clear_object (&self->writers[f]);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_case_page_parent_class)->dispose (object);
}

static void
cr_case_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrCasePage *self = CR_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CrCasePage *self = CR_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      cr_case_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_CASE:
      cr_case_page_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_page_class_init (CrCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_page_dispose;
  object_class->get_property = cr_case_page_get_property;
  object_class->set_property = cr_case_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CASE_CHANGED] =
    g_signal_new ("case-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, reference_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, reference_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, pseudonym_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, pseudonym_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, review_type_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, summary_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, incident_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, incident_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, aware_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, aware_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, notified_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, notified_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, decision_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, decision_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, publication_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, publication_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, partners_informed_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, partners_informed_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, rr_sent_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, rr_sent_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, planned_publication_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, planned_publication_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, copies_sent_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, copies_sent_message);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, deadline_timeline);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, days_label);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, rapid_review_group);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, review_group);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, agencies_group);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, themes_group);
  gtk_widget_class_bind_template_child (widget_class, CrCasePage, people_group);
  gtk_widget_class_bind_template_callback (widget_class, on_group_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_transitioned_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rapid_review_case_changed_cb);

  g_type_ensure (CR_TYPE_STATUS_ROW);
  g_type_ensure (CR_TYPE_CASE_RAPID_REVIEW_GROUP);
  g_type_ensure (CR_TYPE_CASE_REVIEW_GROUP);
  g_type_ensure (CR_TYPE_DEADLINE_TIMELINE);
  g_type_ensure (CR_TYPE_CASE_AGENCIES_GROUP);
  g_type_ensure (CR_TYPE_CASE_THEMES_GROUP);
  g_type_ensure (CR_TYPE_CASE_PEOPLE_GROUP);
}

static void
cr_case_page_init (CrCasePage *self)
{
  g_autoptr(GtkStringList) review_types = gtk_string_list_new (NULL);
  GtkWidget *editors[N_FIELDS];
  GtkLabel *messages[N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));

  editors[FIELD_REFERENCE] = GTK_WIDGET (self->reference_row);
  editors[FIELD_PSEUDONYM] = GTK_WIDGET (self->pseudonym_row);
  editors[FIELD_SUMMARY] = GTK_WIDGET (self->summary_view);
  editors[FIELD_INCIDENT_DATE] = GTK_WIDGET (self->incident_row);
  editors[FIELD_AWARE_DATE] = GTK_WIDGET (self->aware_row);
  editors[FIELD_NOTIFIED_DATE] = GTK_WIDGET (self->notified_row);
  editors[FIELD_DECISION_DATE] = GTK_WIDGET (self->decision_row);
  editors[FIELD_PUBLICATION_DATE] = GTK_WIDGET (self->publication_row);
  messages[FIELD_REFERENCE] = self->reference_message;
  messages[FIELD_PSEUDONYM] = self->pseudonym_message;
  messages[FIELD_SUMMARY] = self->summary_message;
  messages[FIELD_INCIDENT_DATE] = self->incident_message;
  messages[FIELD_AWARE_DATE] = self->aware_message;
  messages[FIELD_NOTIFIED_DATE] = self->notified_message;
  messages[FIELD_DECISION_DATE] = self->decision_message;
  messages[FIELD_PUBLICATION_DATE] = self->publication_message;
  editors[FIELD_PARTNERS_INFORMED_DATE] = GTK_WIDGET (self->partners_informed_row);
  editors[FIELD_RR_SENT_DATE] = GTK_WIDGET (self->rr_sent_row);
  editors[FIELD_PLANNED_PUBLICATION_DATE] = GTK_WIDGET (self->planned_publication_row);
  editors[FIELD_COPIES_SENT_DATE] = GTK_WIDGET (self->copies_sent_row);
  messages[FIELD_PARTNERS_INFORMED_DATE] = self->partners_informed_message;
  messages[FIELD_RR_SENT_DATE] = self->rr_sent_message;
  messages[FIELD_PLANNED_PUBLICATION_DATE] = self->planned_publication_message;
  messages[FIELD_COPIES_SENT_DATE] = self->copies_sent_message;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      self->contexts[f].page = self;
      self->contexts[f].field = f;
      self->writers[f] = cr_field_writer_new (editors[f], messages[f], "case",
                                              fields[f].property, _(fields[f].toast_title));
      cr_field_writer_set_validate_func (self->writers[f], validate_field, &self->contexts[f]);
      g_signal_connect_object (self->writers[f], "saved", G_CALLBACK (on_writer_saved_cb), self, 0);
      if (ADW_IS_ENTRY_ROW (editors[f]))
        cr_entry_row_set_accessible_label (editors[f], _(fields[f].label));
    }

  for (guint t = 0; t < cr_review_type_get_n_types (); t++)
    gtk_string_list_append (review_types, cr_review_type_to_label ((CrReviewType) t));
  adw_combo_row_set_model (self->review_type_row, G_LIST_MODEL (review_types));
  g_signal_connect_swapped (self->review_type_row, "notify::selected",
                            G_CALLBACK (on_review_type_selected_cb), self);

  g_object_bind_property (self, "case", self->rapid_review_group, "case", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "case", self->review_group, "case", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "case", self->deadline_timeline, "case", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (cr_deadline_policy_get_default (), "changed",
                           G_CALLBACK (on_deadline_policy_changed_cb), self,
                           G_CONNECT_SWAPPED);

  show_case (self, FALSE);
}

/*
 * Public API
 */

GtkWidget *
cr_case_page_new (void)
{
  return g_object_new (CR_TYPE_CASE_PAGE, NULL);
}

CrDatabase *
cr_case_page_get_database (CrCasePage *self)
{
  g_return_val_if_fail (CR_IS_CASE_PAGE (self), NULL);

  return self->db;
}

void
cr_case_page_set_database (CrCasePage *self,
                           CrDatabase *db)
{
  g_return_if_fail (CR_IS_CASE_PAGE (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (self->db == db)
    return;

  /* Pending edits go to the database they were typed for. */
  for (guint f = 0; f < N_FIELDS; f++)
    cr_field_writer_flush (self->writers[f]);

  g_set_object (&self->db, db);
  for (guint f = 0; f < N_FIELDS; f++)
    cr_field_writer_set_database (self->writers[f], db);
  cr_case_rapid_review_group_set_database (self->rapid_review_group, db);
  cr_case_review_group_set_database (self->review_group, db);
  cr_case_agencies_group_set_database (self->agencies_group, db);
  cr_case_themes_group_set_database (self->themes_group, db);
  cr_case_people_group_set_database (self->people_group, db);

  show_case (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

CrCase *
cr_case_page_get_case (CrCasePage *self)
{
  g_return_val_if_fail (CR_IS_CASE_PAGE (self), NULL);

  return self->kase;
}

void
cr_case_page_set_case (CrCasePage *self,
                       CrCase     *kase)
{
  gboolean same_case;

  g_return_if_fail (CR_IS_CASE_PAGE (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (self->kase == kase)
    return;

  same_case = kase != NULL && cr_case_get_id (kase) == current_id (self);

  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);

  show_case (self, same_case);

  if (!same_case)
    {
      gint64 id = current_id (self);

      cr_case_agencies_group_set_case_id (self->agencies_group, id);
      cr_case_themes_group_set_case_id (self->themes_group, id);
      cr_case_people_group_set_case_id (self->people_group, id);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

void
cr_case_page_open_review (CrCasePage *self)
{
  g_return_if_fail (CR_IS_CASE_PAGE (self));

  if (self->kase == NULL || !cr_case_review_group_is_relevant (self->kase))
    return;

  cr_case_review_group_open (self->review_group);
}

void
cr_case_page_open_report (CrCasePage *self)
{
  g_return_if_fail (CR_IS_CASE_PAGE (self));

  if (self->kase == NULL || !cr_case_review_group_is_relevant (self->kase))
    return;

  cr_case_review_group_open_report (self->review_group);
}
