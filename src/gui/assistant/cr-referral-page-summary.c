/* cr-referral-page-summary.c: the referral assistant's last page: read
 * back and record
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageSummary"

#include "config.h"

#include "cr-referral-page-summary.h"

#include "cr-assistant.h"
#include "cr-case-status.h"
#include "cr-child.h"
#include "cr-edit-utils.h"
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define DEFAULT_PREFIX "CR"

struct _CrReferralPageSummary
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  GtkLabel       *intro_label;
  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkBox         *groups_box;
};

G_DEFINE_FINAL_TYPE (CrReferralPageSummary, cr_referral_page_summary, CR_TYPE_REFERRAL_PAGE)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CrReferralPageSummary *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_box, message != NULL);
}

/*
 * Reading the referral back
 */

static char *
dup_display_value (CrRecord   *record,
                   const char *name)
{
  const CrRecordField *field = cr_record_find_field (record, name);
  const char *value = cr_record_get (record, name);

  if (value == NULL || field == NULL)
    return NULL;

  switch (field->kind)
    {
    case CR_RECORD_FIELD_DATE:
    case CR_RECORD_FIELD_PLAN_DATE:
      return cr_date_format_display (value);

    case CR_RECORD_FIELD_BOOLEAN:
      return g_strdup (g_str_equal (value, "true") ? _("Yes") : _("No"));

    case CR_RECORD_FIELD_CHOICE:
      return g_strdup (cr_record_field_get_choice_label (field, value));

    case CR_RECORD_FIELD_CHOICES:
      {
        g_auto(GStrv) nicks = g_strsplit (value, ";", -1);
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) labels = NULL;

        for (guint i = 0; nicks[i] != NULL; i++)
          if (cr_record_field_get_choice_label (field, nicks[i]) != NULL)
            g_strv_builder_add (builder, cr_record_field_get_choice_label (field, nicks[i]));
        labels = g_strv_builder_end (builder);
        /* Translators: the separator of a list such as "Neglect, Physical abuse" */
        return g_strjoinv (_(", "), labels);
      }

    case CR_RECORD_FIELD_LINE:
    case CR_RECORD_FIELD_TEXT:
    case CR_RECORD_FIELD_TIME:
    case CR_RECORD_FIELD_ID:
    case CR_RECORD_FIELD_EMAIL:
    case CR_RECORD_FIELD_PHONE:
    default:
      return g_strdup (value);
    }
}

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cr_referral_page_or_not_recorded (value));
  adw_preferences_group_add (group, row);
}

static void
add_field_rows (AdwPreferencesGroup *group,
                CrRecord            *record,
                const char * const  *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const CrRecordField *field = cr_record_find_field (record, names[i]);
      g_autofree char *value = dup_display_value (record, names[i]);

      /* The agency is shown by name, under the label of the choice. */
      if (g_str_equal (names[i], "referring-agency-name"))
        field = cr_record_find_field (record, "referring-agency-id");
      g_return_if_fail (field != NULL);
      add_row (group, _(field->label), value);
    }
}

static void
on_edit_clicked_cb (GtkButton             *button,
                    CrReferralPageSummary *self)
{
  GtkWidget *assistant = gtk_widget_get_ancestor (GTK_WIDGET (self), CR_TYPE_ASSISTANT);
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));

  if (assistant != NULL)
    cr_assistant_go_to_page (CR_ASSISTANT (assistant), step);
}

static AdwPreferencesGroup *
add_group (CrReferralPageSummary *self,
           CrReferralStep         step)
{
  GtkWidget *assistant = gtk_widget_get_ancestor (GTK_WIDGET (self), CR_TYPE_ASSISTANT);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *title = NULL;
  g_autofree char *edit_label = NULL;
  GtkWidget *edit;

  if (assistant != NULL && step < cr_assistant_get_n_pages (CR_ASSISTANT (assistant)))
    title = cr_assistant_page_get_title (cr_assistant_get_page (CR_ASSISTANT (assistant), step));
  adw_preferences_group_set_title (group, title != NULL ? title : "");

  edit = gtk_button_new_with_mnemonic (_("_Edit"));
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  /* Translators: a button's tooltip; %s is a step such as "Incident" */
  edit_label = g_strdup_printf (_("Edit %s"), title != NULL ? title : "");
  gtk_widget_set_tooltip_text (edit, edit_label);
  /* A label would be read together with the button's own text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, edit_label,
                                  -1);
  g_object_set_data (G_OBJECT (edit), "step", GUINT_TO_POINTER (step));
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  adw_preferences_group_set_header_suffix (group, edit);

  gtk_box_append (self->groups_box, GTK_WIDGET (group));
  return group;
}

#define NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
add_children_rows (AdwPreferencesGroup *group,
                   CrReferral          *referral)
{
  GListModel *children = G_LIST_MODEL (cr_referral_get_children (referral));

  add_field_rows (group, CR_RECORD (referral), NAMES ("pseudonym"));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);
      CrIdentity *identity = cr_child_get_identity (child);
      g_autofree char *title = NULL;
      g_autofree char *details = NULL;
      guint n_recorded = 0;

      for (guint f = 0; identity != NULL && f <= CR_IDENTITY_FIELD_LAST; f++)
        if (cr_identity_get_state (identity, (CrIdentityField) f) != CR_FIELD_STATE_UNSET)
          n_recorded++;

      /* Translators: a heading: "Child 1", "Child 2"... */
      title = g_strdup_printf (_("Child %u"), i + 1);
      if (n_recorded == 0)
        details = g_strdup (_("no restricted details yet"));
      else
        /* Translators: the details themselves stay hidden here */
        details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u restricted detail recorded",
                                                "%u restricted details recorded",
                                                n_recorded),
                                   n_recorded);
      {
        /* Translators: a child's pseudonym, then what is recorded about them */
        g_autofree char *value = g_strdup_printf (_("%s, %s"),
                                                  cr_referral_page_or_not_recorded (cr_child_get_pseudonym (child)),
                                                  details);
        add_row (group, title, value);
      }
    }
}

static void
add_involvement_rows (AdwPreferencesGroup *group,
                      CrReferral          *referral)
{
  GListModel *involvements = G_LIST_MODEL (cr_referral_get_involvements (referral));
  guint n = g_list_model_get_n_items (involvements);

  add_field_rows (group, CR_RECORD (referral), NAMES ("incident-la", "residence-la"));
  if (n == 0)
    add_row (group, _("Agencies involved"), _("None listed"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (involvements, i);

      add_row (group, cr_referral_page_or_not_recorded (cr_involvement_get_agency_name (involvement)),
               cr_involvement_get_role (involvement) != NULL ? cr_involvement_get_role (involvement)
                                                             : _("No role recorded"));
    }
}

static void
add_process_rows (AdwPreferencesGroup *group,
                  CrReferral          *referral)
{
  GListModel *processes = G_LIST_MODEL (cr_referral_get_processes (referral));
  guint n = g_list_model_get_n_items (processes);

  if (n == 0)
    add_row (group, _("Parallel processes"), _("None"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) process = g_list_model_get_item (processes, i);
      g_autofree char *kind = dup_display_value (process, "kind");
      g_autofree char *status = dup_display_value (process, "status");
      g_autofree char *review = dup_display_value (process, "review-date");
      g_autoptr(GString) value = g_string_new (cr_referral_page_or_not_recorded (status));

      if (cr_record_get (process, "reference") != NULL)
        /* Translators: appended to a process's status; %s is its reference */
        g_string_append_printf (value, _(", reference %s"), cr_record_get (process, "reference"));
      if (review != NULL)
        /* Translators: appended to a process's status; %s is a date */
        g_string_append_printf (value, _(", look again on %s"), review);
      add_row (group, cr_referral_page_or_not_recorded (kind), value->str);
    }
}

static void
rebuild (CrReferralPageSummary *self)
{
  CrReferral *referral = cr_referral_page_get_referral (CR_REFERRAL_PAGE (self));
  CrRecord *record = CR_RECORD (referral);
  AdwPreferencesGroup *group;
  GtkWidget *child;
  g_autofree char *intro = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  /* Translators: %s is the status a case starts in, such as "Notified" */
  intro = g_strdup_printf (_("Check the referral, then record it. The case will start as “%s”; restricted details are stored apart and are not shown here."),
                           cr_case_status_to_label (cr_referral_get_initial_status (referral)));
  gtk_label_set_text (self->intro_label, intro);

  group = add_group (self, CR_REFERRAL_STEP_REFERRER);
  add_field_rows (group, record, NAMES ("referral-date", "referring-agency-name", "referrer-name",
                                        "referrer-role", "notifier-name", "notifier-role",
                                        "notifier-phone", "notifier-email"));

  add_children_rows (add_group (self, CR_REFERRAL_STEP_CHILDREN), referral);

  group = add_group (self, CR_REFERRAL_STEP_INCIDENT);
  add_field_rows (group, record, NAMES ("incident-date", "incident-time", "aware-date", "nature",
                                        "location", "perpetrator", "abuse-kinds", "media-interest",
                                        "summary"));

  add_involvement_rows (add_group (self, CR_REFERRAL_STEP_AREA), referral);
  add_process_rows (add_group (self, CR_REFERRAL_STEP_PARALLEL), referral);

  group = add_group (self, CR_REFERRAL_STEP_DEFINITION);
  add_field_rows (group, record, NAMES ("limb-abuse", "limb-harm", "definition-rationale"));

  group = add_group (self, CR_REFERRAL_STEP_DECISION);
  add_field_rows (group, record, NAMES ("notify-decision", "notified-date", "panel-reference",
                                        "notify-rationale"));
}

#undef NAMES

/*
 * Recording
 */

static void
on_create_referral_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrReferralPageSummary) self = user_data;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_create_referral_finish (CR_DATABASE (source), result, &error);
  if (stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = NULL;

          /* Translators: %s says why, from the database */
          message = g_strdup_printf (_("The referral was not recorded: %s Nothing was lost: the draft is kept."),
                                     error->message);
          show_error (self, message);
        }
      cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), FALSE);
      return;
    }

  g_signal_emit (self, signals[RECORDED], 0, stored);
  cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), TRUE);
}

static gboolean
cr_referral_page_summary_apply (CrAssistantPage *page,
                                GCancellable    *cancellable)
{
  CrReferralPageSummary *self = CR_REFERRAL_PAGE_SUMMARY (page);
  CrDatabase *db = cr_referral_page_get_database (CR_REFERRAL_PAGE (self));
  g_autoptr(GSettings) settings = cr_dup_settings ();
  g_autofree char *prefix = NULL;

  if (db == NULL || !cr_database_is_writable (db))
    {
      show_error (self, _("The referral cannot be recorded: the database is read-only. The draft is kept."));
      cr_assistant_page_apply_complete (page, FALSE);
      return TRUE;
    }

  if (settings != NULL)
    prefix = g_strstrip (g_settings_get_string (settings, "reference-prefix"));
  if (prefix == NULL || prefix[0] == '\0')
    {
      g_free (prefix);
      prefix = g_strdup (DEFAULT_PREFIX);
    }

  show_error (self, NULL);
  cr_database_create_referral_async (db, cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)),
                                     prefix, cancellable, on_create_referral_cb, g_object_ref (self));
  return TRUE;
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_summary_check (CrReferralPage *page,
                                gboolean        reveal)
{
  CrReferralPageSummary *self = CR_REFERRAL_PAGE_SUMMARY (page);
  CrReferral *referral = cr_referral_page_get_referral (page);
  GtkWidget *assistant = gtk_widget_get_ancestor (GTK_WIDGET (self), CR_TYPE_ASSISTANT);

  for (int step = CR_REFERRAL_STEP_REFERRER; step < CR_REFERRAL_N_STEPS; step++)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_referral_check_step (referral, (CrReferralStep) step, NULL, &error))
        {
          const char *title = NULL;
          g_autofree char *message = NULL;

          if (assistant != NULL)
            title = cr_assistant_page_get_title (cr_assistant_get_page (CR_ASSISTANT (assistant),
                                                                        (guint) step));
          /* Translators: the first %s is a step ("Incident"), the second
           * what to fix there */
          message = g_strdup_printf (_("%s: %s"), title != NULL ? title : "", error->message);
          show_error (self, message);
          return FALSE;
        }
    }

  return TRUE;
}

static void
cr_referral_page_summary_shown (CrAssistantPage *page)
{
  CrReferralPageSummary *self = CR_REFERRAL_PAGE_SUMMARY (page);

  show_error (self, NULL);
  rebuild (self);
  cr_referral_page_revalidate (CR_REFERRAL_PAGE (self));
}

/*
 * GObject overrides
 */

static void
cr_referral_page_summary_dispose (GObject *object)
{
  CrReferralPageSummary *self = (CrReferralPageSummary *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_SUMMARY);

  G_OBJECT_CLASS (cr_referral_page_summary_parent_class)->dispose (object);
}

static void
cr_referral_page_summary_class_init (CrReferralPageSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *assistant_page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_summary_dispose;
  assistant_page_class->shown = cr_referral_page_summary_shown;
  assistant_page_class->apply = cr_referral_page_summary_apply;
  page_class->step = -1;
  page_class->check = cr_referral_page_summary_check;

  signals[RECORDED] =
    g_signal_new ("recorded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageSummary, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageSummary, error_box);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageSummary, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageSummary, groups_box);
}

static void
cr_referral_page_summary_init (CrReferralPageSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
