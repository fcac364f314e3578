/* cr-preferences-window.c: the application preferences
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPreferencesWindow"

#include "config.h"

#include "cr-preferences-window.h"

#include "cr-agency.h"
#include "cr-case.h"
#include "cr-closure-days-group.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define TEXT_MAX_CHARS 200
#define PREFIX_MAX_CHARS 20

struct _CrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *partnership_row;
  AdwEntryRow          *local_authority_row;
  AdwEntryRow          *email_row;
  GtkLabel             *email_message;
  AdwEntryRow          *prefix_row;
  GtkLabel             *prefix_example;
  AdwComboRow          *clock_start_row;
  CrClosureDaysGroup   *closure_days_group;
  GtkSwitch            *reveal_switch;

  /* Owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (CrPreferencesWindow, cr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of org.casereviews.CaseReviews.ClockStart, in the combo row's order. */
static const char * const clock_starts[] = { "notification", "awareness" };

/*
 * Mappings between the widgets and the settings
 */

static gboolean
get_clock_start (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (clock_starts); i++)
    if (g_str_equal (nick, clock_starts[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
set_clock_start (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (clock_starts))
    return NULL;
  return g_variant_new_string (clock_starts[selected]);
}

/* Trims free text; anything unusable is not written. */
static GVariant *
set_text (const GValue       *value,
          const GVariantType *expected_type,
          gpointer            user_data)
{
  g_autofree char *text = NULL;

  if (!cr_text_normalise (g_value_get_string (value), TEXT_MAX_CHARS, &text, NULL))
    return NULL;
  return g_variant_new_string (text != NULL ? text : "");
}

static gboolean
check_email (const char  *text,
             char       **out,
             GError     **error)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autofree char *email = NULL;

  if (!cr_text_normalise (text, TEXT_MAX_CHARS, &email, error))
    return FALSE;

  /* The agencies' contact email rule is the one address check we have. */
  cr_agency_set_name (agency, "X");
  cr_agency_set_contact_email (agency, email);
  if (!cr_agency_validate (agency, error))
    return FALSE;

  *out = g_steal_pointer (&email);
  return TRUE;
}

static GVariant *
set_email (const GValue       *value,
           const GVariantType *expected_type,
           gpointer            user_data)
{
  CrPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *email = NULL;

  if (!check_email (g_value_get_string (value), &email, &error))
    {
      cr_set_field_error (GTK_WIDGET (self->email_row), self->email_message, error->message);
      return NULL;
    }

  cr_set_field_error (GTK_WIDGET (self->email_row), self->email_message, NULL);
  return g_variant_new_string (email != NULL ? email : "");
}

static gboolean
check_prefix (const char  *text,
              char       **out,
              GError     **error)
{
  g_autoptr(CrCase) candidate = cr_case_new ();
  g_autofree char *prefix = NULL;
  g_autofree char *example = NULL;

  if (!cr_text_normalise (text, PREFIX_MAX_CHARS, &prefix, error))
    return FALSE;

  if (prefix == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Enter a prefix, for example CR."));
      return FALSE;
    }

  /* A prefix is good when the references made from it are. */
  example = g_strdup_printf ("%s-2026-001", prefix);
  cr_case_set_reference (candidate, example);
  cr_case_set_pseudonym (candidate, "X");
  if (!cr_case_validate (candidate, error))
    return FALSE;

  *out = g_steal_pointer (&prefix);
  return TRUE;
}

static void
show_prefix_example (CrPreferencesWindow *self,
                     const char          *prefix)
{
  g_autofree char *example = NULL;
  GDate today;

  cr_date_set_today (&today);
  /* Translators: an example case reference, e.g. "For example CR-2026-001". */
  example = g_strdup_printf (_("For example %s-%04d-001"), prefix, g_date_get_year (&today));
  gtk_label_set_text (self->prefix_example, example);
  gtk_widget_remove_css_class (GTK_WIDGET (self->prefix_example), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->prefix_example), "dim-label");
  gtk_label_set_wrap (self->prefix_example, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->prefix_row), "error");
}

static GVariant *
set_prefix (const GValue       *value,
            const GVariantType *expected_type,
            gpointer            user_data)
{
  CrPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;

  if (!check_prefix (g_value_get_string (value), &prefix, &error))
    {
      gtk_label_set_text (self->prefix_example, error->message);
      gtk_label_set_wrap (self->prefix_example, TRUE);
      gtk_label_set_max_width_chars (self->prefix_example, 28);
      gtk_widget_remove_css_class (GTK_WIDGET (self->prefix_example), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->prefix_example), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->prefix_row), "error");
      return NULL;
    }

  show_prefix_example (self, prefix);
  return g_variant_new_string (prefix);
}

static gboolean
get_string (GValue   *value,
            GVariant *variant,
            gpointer  user_data)
{
  g_value_set_string (value, g_variant_get_string (variant, NULL));
  return TRUE;
}

/*
 * GObject overrides
 */

static void
cr_preferences_window_dispose (GObject *object)
{
  CrPreferencesWindow *self = (CrPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cr_preferences_window_parent_class)->dispose (object);
}

static void
cr_preferences_window_class_init (CrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, local_authority_row);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, email_message);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, prefix_example);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, clock_start_row);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, closure_days_group);
  gtk_widget_class_bind_template_child (widget_class, CrPreferencesWindow, reveal_switch);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (CR_TYPE_CLOSURE_DAYS_GROUP);
}

static void
cr_preferences_window_init (CrPreferencesWindow *self)
{
  g_autofree char *prefix = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->partnership_row), _("Partnership name"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->local_authority_row), _("Local authority"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->email_row), _("Business unit email"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->prefix_row), _("Reference prefix"));

  self->settings = cr_dup_settings ();
  if (self->settings == NULL)
    {
      /* Nothing could be saved: say so rather than pretend. */
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return;
    }

  g_settings_bind_with_mapping (self->settings, "partnership-name",
                                self->partnership_row, "text", G_SETTINGS_BIND_DEFAULT,
                                get_string, set_text, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "local-authority",
                                self->local_authority_row, "text", G_SETTINGS_BIND_DEFAULT,
                                get_string, set_text, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "business-unit-email",
                                self->email_row, "text", G_SETTINGS_BIND_DEFAULT,
                                get_string, set_email, self, NULL);
  g_settings_bind_with_mapping (self->settings, "reference-prefix",
                                self->prefix_row, "text", G_SETTINGS_BIND_DEFAULT,
                                get_string, set_prefix, self, NULL);
  g_settings_bind_with_mapping (self->settings, "rapid-review-clock-start",
                                self->clock_start_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_clock_start, set_clock_start, NULL, NULL);
  g_settings_bind (self->settings, "reveal-requires-reason",
                   self->reveal_switch, "active", G_SETTINGS_BIND_DEFAULT);
  /* The deadline policy follows both deadline keys (cr-application.c). */
  cr_closure_days_group_set_settings (self->closure_days_group, self->settings);

  prefix = g_settings_get_string (self->settings, "reference-prefix");
  show_prefix_example (self, prefix);
}

/*
 * Public API
 */

GtkWidget *
cr_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
