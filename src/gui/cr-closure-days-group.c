/* cr-closure-days-group.c: the partnership's closure days, in the preferences */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrClosureDaysGroup"

#include "config.h"

#include "cr-closure-days-group.h"

#include "cr-deadline.h"
#include "cr-deadline-policy.h"
#include "cr-edit-utils.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

#define CLOSURES_KEY "closure-days"

struct _CrClosureDaysGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwEntryRow         *add_row;
  GtkLabel            *add_message;

  /* Owned references */
  GSettings           *settings;
  GPtrArray           *rows;      /* AdwActionRow, shown in the group */

  gulong               changed_id;
};

G_DEFINE_FINAL_TYPE (CrClosureDaysGroup, cr_closure_days_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Writing the setting
 */

static GStrv
dup_dates (CrClosureDaysGroup *self)
{
  g_auto(GStrv) stored = NULL;

  if (self->settings == NULL)
    return g_new0 (char *, 1);

  stored = g_settings_get_strv (self->settings, CLOSURES_KEY);
  return cr_deadline_normalise_closure_dates ((const char * const *) stored);
}

static void
write_dates (CrClosureDaysGroup *self,
             const char * const *dates)
{
  g_auto(GStrv) normal = cr_deadline_normalise_closure_dates (dates);

  g_return_if_fail (self->settings != NULL);

  if (!g_settings_set_strv (self->settings, CLOSURES_KEY, (const char * const *) normal))
    g_warning ("The closure days could not be saved: the setting is not writable");
}

/*
 * Rows
 */

/* "A bank holiday already: Christmas Day", "A weekend day", or NULL. */
static char *
describe_day (const GDate *date)
{
  const char *holiday = cr_bank_holiday_name (date);

  if (holiday != NULL)
    /* Translators: %s is the name of a bank holiday */
    return g_strdup_printf (_("Already a bank holiday: %s"), holiday);
  if (g_date_get_weekday (date) >= G_DATE_SATURDAY)
    return g_strdup (_("A weekend day: not a working day anyway"));
  return NULL;
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      CrClosureDaysGroup *self)
{
  const char *iso = g_object_get_data (G_OBJECT (button), "cr-date");
  g_auto(GStrv) dates = dup_dates (self);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; dates[i] != NULL; i++)
    if (g_strcmp0 (dates[i], iso) != 0)
      g_strv_builder_add (kept, dates[i]);

  result = g_strv_builder_end (kept);
  write_dates (self, (const char * const *) result);
}

static GtkWidget *
make_row (CrClosureDaysGroup *self,
          const char         *iso)
{
  g_autofree char *long_date = cr_deadline_format_long_date (iso);
  g_autofree char *accessible = NULL;
  g_autofree char *note = NULL;
  GtkWidget *row, *button;
  GDate date;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), long_date);
  if (cr_date_parse_iso (iso, &date) && (note = describe_day (&date)) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name and tooltip of a button; %s is a
   * date such as "24 December 2026" */
  accessible = g_strdup_printf (_("Remove closure day %s"), long_date);
  gtk_widget_set_tooltip_text (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "cr-date", g_strdup (iso), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
show_dates (CrClosureDaysGroup *self)
{
  g_auto(GStrv) dates = dup_dates (self);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; dates[i] != NULL; i++)
    {
      GtkWidget *row = make_row (self, dates[i]);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_settings_changed_cb (CrClosureDaysGroup *self,
                        const char         *key,
                        GSettings          *settings)
{
  show_dates (self);
}

/*
 * The entry row
 */

static void
on_add_row_changed_cb (CrClosureDaysGroup *self)
{
  /* The message was about what was typed before. */
  cr_set_field_error (GTK_WIDGET (self->add_row), self->add_message, NULL);
}

static void
on_add_row_apply_cb (CrClosureDaysGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->add_row));

  if (cr_closure_days_group_add (self, text))
    gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

/*
 * GObject overrides
 */

static void
cr_closure_days_group_dispose (GObject *object)
{
  CrClosureDaysGroup *self = (CrClosureDaysGroup *)object;

  if (self->settings != NULL)
    g_clear_signal_handler (&self->changed_id, self->settings);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CLOSURE_DAYS_GROUP);

  G_OBJECT_CLASS (cr_closure_days_group_parent_class)->dispose (object);
}

static void
cr_closure_days_group_finalize (GObject *object)
{
  CrClosureDaysGroup *self = (CrClosureDaysGroup *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_closure_days_group_parent_class)->finalize (object);
}

static void
cr_closure_days_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CrClosureDaysGroup *self = CR_CLOSURE_DAYS_GROUP (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_closure_days_group_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CrClosureDaysGroup *self = CR_CLOSURE_DAYS_GROUP (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      cr_closure_days_group_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_closure_days_group_class_init (CrClosureDaysGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_closure_days_group_dispose;
  object_class->finalize = cr_closure_days_group_finalize;
  object_class->get_property = cr_closure_days_group_get_property;
  object_class->set_property = cr_closure_days_group_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-closure-days-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrClosureDaysGroup, add_row);
  gtk_widget_class_bind_template_child (widget_class, CrClosureDaysGroup, add_message);
  gtk_widget_class_bind_template_callback (widget_class, on_add_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_row_changed_cb);
}

static void
cr_closure_days_group_init (CrClosureDaysGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->add_row), _("Add closure day"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), FALSE);
}

/*
 * Public API
 */

GtkWidget *
cr_closure_days_group_new (void)
{
  return g_object_new (CR_TYPE_CLOSURE_DAYS_GROUP, NULL);
}

GSettings *
cr_closure_days_group_get_settings (CrClosureDaysGroup *self)
{
  g_return_val_if_fail (CR_IS_CLOSURE_DAYS_GROUP (self), NULL);

  return self->settings;
}

void
cr_closure_days_group_set_settings (CrClosureDaysGroup *self,
                                    GSettings          *settings)
{
  g_return_if_fail (CR_IS_CLOSURE_DAYS_GROUP (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (settings != NULL)
    {
      g_autoptr(GSettingsSchema) schema = NULL;

      g_object_get (settings, "settings-schema", &schema, NULL);
      if (schema == NULL || !g_settings_schema_has_key (schema, CLOSURES_KEY))
        {
          /* An older installed schema: nothing could be saved. */
          g_warning ("The settings schema has no “%s” key: closure days cannot be set", CLOSURES_KEY);
          settings = NULL;
        }
    }

  if (self->settings != NULL)
    g_clear_signal_handler (&self->changed_id, self->settings);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    self->changed_id = g_signal_connect_object (settings, "changed::" CLOSURES_KEY,
                                                G_CALLBACK (on_settings_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), settings != NULL);
  show_dates (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

gboolean
cr_closure_days_group_add (CrClosureDaysGroup *self,
                           const char         *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) dates = NULL;
  g_auto(GStrv) result = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  g_return_val_if_fail (CR_IS_CLOSURE_DAYS_GROUP (self), FALSE);

  if (self->settings == NULL)
    return FALSE;

  if (!cr_deadline_parse_date_input (text, &date, &error))
    {
      cr_set_field_error (GTK_WIDGET (self->add_row), self->add_message, error->message);
      return FALSE;
    }

  iso = cr_date_to_iso (&date);
  dates = dup_dates (self);
  if (g_strv_contains ((const char * const *) dates, iso))
    {
      g_autofree char *shown = cr_deadline_format_long_date (iso);
      g_autofree char *message =
        /* Translators: %s is a date such as "24 December 2026" */
        g_strdup_printf (_("%s is already a closure day."), shown);

      cr_set_field_error (GTK_WIDGET (self->add_row), self->add_message, message);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) dates);
  g_strv_builder_add (builder, iso);
  result = g_strv_builder_end (builder);
  write_dates (self, (const char * const *) result);
  cr_set_field_error (GTK_WIDGET (self->add_row), self->add_message, NULL);

  return TRUE;
}
