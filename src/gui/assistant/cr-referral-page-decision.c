/* cr-referral-page-decision.c: the referral assistant's page about the
 * decision to notify
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageDecision"

#include "config.h"

#include "cr-referral-page-decision.h"

#include "cr-deadline-policy.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/* The Panel is notified within 5 working days of awareness (domain.md §1.3). */
#define NOTIFY_WORKING_DAYS 5

struct _CrReferralPageDecision
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  AdwActionRow   *deadline_row;
  AdwComboRow    *decision_row;
  AdwEntryRow    *notified_date_row;
  AdwEntryRow    *panel_reference_row;
  GtkTextView    *rationale_view;
  GtkLabel       *rationale_message;
  GtkBox         *warnings_box;
  GtkLabel       *step_message;

  /* Owned */
  char           *stashed_notified;   /* kept while the decision is not "notify" */
};

G_DEFINE_FINAL_TYPE (CrReferralPageDecision, cr_referral_page_decision, CR_TYPE_REFERRAL_PAGE)

static CrRecord *
get_record (CrReferralPageDecision *self)
{
  return CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
}

static char *
format_long_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  /* Translators: a date in full, as in "Monday 10 November 2026"; see
   * g_date_time_format() for the codes. */
  return g_date_time_format (time, _("%A %-d %B %Y"));
}

static void
update_deadline (CrReferralPageDecision *self)
{
  CrRecord *record = get_record (self);
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *due_text = NULL;
  GDate aware, due, today, notified;
  int left;

  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_row), "deadline-overdue");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_row), "deadline-soon");

  if (!cr_date_parse_iso (cr_record_get (record, "aware-date"), &aware))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row),
                                     _("Notify the Panel within 5 working days"));
      adw_action_row_set_subtitle (self->deadline_row,
                                   _("The deadline runs from the date the local authority became aware, on the Incident page."));
      return;
    }

  cr_working_days_add (&aware, NOTIFY_WORKING_DAYS, closures, &due);
  due_text = format_long_date (&due);
  /* Translators: %s is a date in full, "Monday 10 November 2026" */
  title = g_strdup_printf (_("Notify the Panel by %s"), due_text);

  if (cr_date_parse_iso (cr_record_get (record, "notified-date"), &notified) &&
      g_strcmp0 (cr_record_get (record, "notify-decision"), "notify") == 0)
    {
      int late = cr_working_days_between (&due, &notified, closures);

      if (late > 0)
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Notified %d working day late",
                                                 "Notified %d working days late",
                                                 (gulong) late),
                                    late);
      else
        subtitle = g_strdup (_("Notified in time"));
    }
  else
    {
      cr_date_set_today (&today);
      left = cr_working_days_between (&today, &due, closures);
      if (left > 0)
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%d working day left",
                                                 "%d working days left",
                                                 (gulong) left),
                                    left);
      else if (left == 0)
        subtitle = g_strdup (_("Due today"));
      else
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%d working day overdue",
                                                 "%d working days overdue",
                                                 (gulong) -left),
                                    -left);

      if (left < 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->deadline_row), "deadline-overdue");
      else if (left <= 1)
        gtk_widget_add_css_class (GTK_WIDGET (self->deadline_row), "deadline-soon");
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), title);
  adw_action_row_set_subtitle (self->deadline_row, subtitle);
}

static void
update_warnings (CrReferralPageDecision *self)
{
  g_auto(GStrv) warnings = cr_referral_get_warnings (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);

  for (guint i = 0; warnings[i] != NULL; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (warnings[i]);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                      -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (self->warnings_box, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), warnings[0] != NULL);
}

/* The notified date belongs to the decision to notify: set it aside for
 * any other decision, and bring it back with "notify". */
static void
on_decision_changed_cb (CrReferralPageDecision *self)
{
  CrRecord *record = get_record (self);
  gboolean notify = g_strcmp0 (cr_record_get (record, "notify-decision"), "notify") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->notified_date_row), notify);

  if (!notify && cr_record_has (record, "notified-date"))
    {
      g_free (self->stashed_notified);
      self->stashed_notified = g_strdup (cr_record_get (record, "notified-date"));
      cr_record_set (record, "notified-date", NULL);
    }
  else if (notify && self->stashed_notified != NULL && !cr_record_has (record, "notified-date"))
    {
      cr_record_set (record, "notified-date", self->stashed_notified);
      g_clear_pointer (&self->stashed_notified, g_free);
    }
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_decision_check (CrReferralPage *page,
                                 gboolean        reveal)
{
  CrReferralPageDecision *self = CR_REFERRAL_PAGE_DECISION (page);

  update_deadline (self);
  update_warnings (self);
  return TRUE;
}

static void
cr_referral_page_decision_load (CrReferralPage *page)
{
  CrReferralPageDecision *self = CR_REFERRAL_PAGE_DECISION (page);

  /* Translators: a drop-down's first item, when nothing is chosen yet */
  cr_referral_page_bind_choice (page, self->decision_row, NULL, "notify-decision", _("Choose…"));
  cr_referral_page_bind_entry (page, self->notified_date_row, NULL, "notified-date");
  cr_referral_page_bind_entry (page, self->panel_reference_row, NULL, "panel-reference");
  cr_referral_page_bind_text (page, self->rationale_view, self->rationale_message, NULL,
                              "notify-rationale");
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);
  cr_referral_page_add_order (page, "aware-date", "notified-date");
  cr_referral_page_add_order (page, "incident-date", "notified-date");

  gtk_widget_set_visible (GTK_WIDGET (self->notified_date_row),
                          g_strcmp0 (cr_record_get (get_record (self), "notify-decision"), "notify") == 0);
  g_signal_connect_object (get_record (self), "notify::notify-decision",
                           G_CALLBACK (on_decision_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_decision_dispose (GObject *object)
{
  CrReferralPageDecision *self = (CrReferralPageDecision *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_DECISION);
  g_clear_pointer (&self->stashed_notified, g_free);

  G_OBJECT_CLASS (cr_referral_page_decision_parent_class)->dispose (object);
}

static void
cr_referral_page_decision_class_init (CrReferralPageDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_decision_dispose;
  page_class->step = CR_REFERRAL_STEP_DECISION;
  page_class->load = cr_referral_page_decision_load;
  page_class->check = cr_referral_page_decision_check;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-decision.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, decision_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, notified_date_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, panel_reference_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, rationale_message);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDecision, step_message);
}

static void
cr_referral_page_decision_init (CrReferralPageDecision *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
