/* cr-referral-page-definition.c: the referral assistant's page about the
 * statutory definition
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageDefinition"

#include "config.h"

#include "cr-referral-page-definition.h"

#include <glib/gi18n.h>

struct _CrReferralPageDefinition
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  AdwActionRow   *limb_abuse_row;
  GtkSwitch      *limb_abuse_switch;
  AdwActionRow   *limb_harm_row;
  GtkSwitch      *limb_harm_switch;
  GtkImage       *verdict_icon;
  GtkLabel       *verdict_label;
  GtkTextView    *rationale_view;
  GtkLabel       *rationale_message;
  GtkLabel       *step_message;
};

G_DEFINE_FINAL_TYPE (CrReferralPageDefinition, cr_referral_page_definition, CR_TYPE_REFERRAL_PAGE)

static void
update_verdict (CrReferralPageDefinition *self)
{
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  gboolean abuse = cr_record_get_boolean (referral, "limb-abuse");
  gboolean harm = cr_record_get_boolean (referral, "limb-harm");
  const char *text;

  if (abuse && harm)
    text = _("Both hold: this is a serious child safeguarding case, which the local authority must notify to the Panel.");
  else if (abuse)
    text = _("The child is not recorded as having died or been seriously harmed: as recorded, this is not a serious child safeguarding case.");
  else if (harm)
    text = _("Abuse or neglect is not recorded as known or suspected: as recorded, this is not a serious child safeguarding case. The Panel does not consider such cases.");
  else
    text = _("Neither holds as recorded: this is not a serious child safeguarding case.");

  gtk_image_set_from_icon_name (self->verdict_icon,
                                abuse && harm ? "emblem-important-symbolic" : "dialog-information-symbolic");
  gtk_label_set_text (self->verdict_label, text);
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_definition_check (CrReferralPage *page,
                                   gboolean        reveal)
{
  update_verdict (CR_REFERRAL_PAGE_DEFINITION (page));
  return TRUE;
}

static void
cr_referral_page_definition_load (CrReferralPage *page)
{
  CrReferralPageDefinition *self = CR_REFERRAL_PAGE_DEFINITION (page);

  cr_referral_page_bind_switch (page, self->limb_abuse_switch, self->limb_abuse_row, NULL, "limb-abuse");
  cr_referral_page_bind_switch (page, self->limb_harm_switch, self->limb_harm_row, NULL, "limb-harm");
  cr_referral_page_bind_text (page, self->rationale_view, self->rationale_message, NULL,
                              "definition-rationale");
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);
  update_verdict (self);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_definition_dispose (GObject *object)
{
  CrReferralPageDefinition *self = (CrReferralPageDefinition *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_DEFINITION);

  G_OBJECT_CLASS (cr_referral_page_definition_parent_class)->dispose (object);
}

static void
cr_referral_page_definition_class_init (CrReferralPageDefinitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_definition_dispose;
  page_class->step = CR_REFERRAL_STEP_DEFINITION;
  page_class->load = cr_referral_page_definition_load;
  page_class->check = cr_referral_page_definition_check;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-definition.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, limb_abuse_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, limb_abuse_switch);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, limb_harm_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, limb_harm_switch);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, rationale_message);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageDefinition, step_message);
}

static void
cr_referral_page_definition_init (CrReferralPageDefinition *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
