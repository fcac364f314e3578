/* cr-referral-page-incident.c: the referral assistant's page about the
 * incident
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageIncident"

#include "config.h"

#include "cr-referral-page-incident.h"

#include "cr-child.h"
#include "cr-identity.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrReferralPageIncident
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  AdwEntryRow    *incident_date_row;
  AdwEntryRow    *incident_time_row;
  AdwEntryRow    *aware_date_row;
  AdwComboRow    *nature_row;
  AdwEntryRow    *location_row;
  AdwComboRow    *perpetrator_row;
  AdwActionRow   *media_row;
  GtkSwitch      *media_switch;
  AdwPreferencesGroup *abuse_group;
  GtkTextView    *summary_view;
  GtkLabel       *summary_message;
  GtkWidget      *name_warning;
  GtkLabel       *name_warning_label;
  GtkLabel       *step_message;
};

G_DEFINE_FINAL_TYPE (CrReferralPageIncident, cr_referral_page_incident, CR_TYPE_REFERRAL_PAGE)

/*
 * Real names in the pseudonymised text
 */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019;
}

/* Whether @word (casefolded) appears in @text (casefolded) as a whole word. */
static gboolean
contains_word (const char *text,
               const char *word)
{
  gsize len = strlen (word);

  for (const char *at = strstr (text, word); at != NULL; at = strstr (at + 1, word))
    {
      const char *after = at + len;
      gboolean starts = at == text || !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, at)));
      gboolean ends = *after == '\0' || !is_word_char (g_utf8_get_char (after));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/* The first part of a child's real name found in @text, with the child's
 * pseudonym, or FALSE. */
static gboolean
find_real_name (CrReferral  *referral,
                const char  *text,
                char       **out_word,
                const char **out_pseudonym)
{
  GListModel *children = G_LIST_MODEL (cr_referral_get_children (referral));
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);
      CrIdentity *identity = cr_child_get_identity (child);
      const char *name = identity != NULL ? cr_identity_get_value (identity, CR_IDENTITY_FIELD_NAME) : NULL;
      g_auto(GStrv) words = NULL;

      if (name == NULL)
        continue;

      words = g_regex_split_simple ("[\\s,.;:()\"-]+", name, 0, 0);
      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *word = g_utf8_casefold (words[w], -1);

          /* Initials and short particles would match everywhere. */
          if (g_utf8_strlen (word, -1) < 2)
            continue;
          if (contains_word (folded, word))
            {
              *out_word = g_strdup (words[w]);
              *out_pseudonym = cr_child_get_pseudonym (child);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static void
update_name_warning (CrReferralPageIncident *self)
{
  CrReferral *referral = cr_referral_page_get_referral (CR_REFERRAL_PAGE (self));
  g_autofree char *word = NULL;
  g_autofree char *message = NULL;
  const char *pseudonym = NULL;

  if (find_real_name (referral, cr_record_get (CR_RECORD (referral), "summary"), &word, &pseudonym) ||
      find_real_name (referral, cr_record_get (CR_RECORD (referral), "location"), &word, &pseudonym))
    /* Translators: the first %s is part of a child's real name the user
     * typed, the second the child's pseudonym ("Child A"). */
    message = g_strdup_printf (_("“%s” is part of a child’s real name: write “%s” instead, so that the record stays pseudonymised."),
                               word, pseudonym != NULL ? pseudonym : _("the pseudonym"));

  gtk_label_set_text (self->name_warning_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->name_warning, message != NULL);
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_incident_check (CrReferralPage *page,
                                 gboolean        reveal)
{
  /* A warning only: the user may have a reason (a shared first name). */
  update_name_warning (CR_REFERRAL_PAGE_INCIDENT (page));
  return TRUE;
}

static void
add_abuse_rows (CrReferralPageIncident *self)
{
  CrReferralPage *page = CR_REFERRAL_PAGE (self);
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (page));
  const CrRecordField *field = cr_record_find_field (referral, "abuse-kinds");

  for (guint i = 0; field->choices[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *label = cr_record_field_get_choice_label (field, field->choices[i]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->abuse_group, row);

      cr_referral_page_bind_check (page, GTK_CHECK_BUTTON (check), NULL, "abuse-kinds",
                                   field->choices[i]);
    }
}

static void
cr_referral_page_incident_load (CrReferralPage *page)
{
  CrReferralPageIncident *self = CR_REFERRAL_PAGE_INCIDENT (page);

  cr_referral_page_bind_entry (page, self->incident_date_row, NULL, "incident-date");
  cr_referral_page_bind_entry (page, self->incident_time_row, NULL, "incident-time");
  cr_referral_page_bind_entry (page, self->aware_date_row, NULL, "aware-date");
  /* Translators: a drop-down's first item, when nothing is chosen yet */
  cr_referral_page_bind_choice (page, self->nature_row, NULL, "nature", _("Choose…"));
  cr_referral_page_bind_entry (page, self->location_row, NULL, "location");
  /* Translators: a drop-down's first item, when nothing is recorded */
  cr_referral_page_bind_choice (page, self->perpetrator_row, NULL, "perpetrator", _("Not recorded"));
  cr_referral_page_bind_switch (page, self->media_switch, self->media_row, NULL, "media-interest");
  add_abuse_rows (self);
  cr_referral_page_bind_text (page, self->summary_view, self->summary_message, NULL, "summary");

  /* The incident cannot follow the referral: say so beside the incident. */
  cr_referral_page_add_alias (page, "referral-date", "incident-date");
  cr_referral_page_add_order (page, "incident-date", "aware-date");
  cr_referral_page_add_order (page, "incident-date", "referral-date");
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_incident_dispose (GObject *object)
{
  CrReferralPageIncident *self = (CrReferralPageIncident *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_INCIDENT);

  G_OBJECT_CLASS (cr_referral_page_incident_parent_class)->dispose (object);
}

static void
cr_referral_page_incident_class_init (CrReferralPageIncidentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_incident_dispose;
  page_class->step = CR_REFERRAL_STEP_INCIDENT;
  page_class->load = cr_referral_page_incident_load;
  page_class->check = cr_referral_page_incident_check;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-incident.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, incident_date_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, incident_time_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, aware_date_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, nature_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, location_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, perpetrator_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, media_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, media_switch);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, abuse_group);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, summary_message);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, name_warning);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, name_warning_label);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageIncident, step_message);
}

static void
cr_referral_page_incident_init (CrReferralPageIncident *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
