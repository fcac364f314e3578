/* cr-case-themes-group.c: the theme tags of one case
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseThemesGroup"

#include "config.h"

#include "cr-case-themes-group.h"

#include "cr-case-group-private.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

#define N_FACETS (CR_THEME_FACET_REVIEW + 1)

struct _CrCaseThemesGroup
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;

  /* Owned references */
  CrDatabase          *db;
  GCancellable        *cancellable;
  GPtrArray           *themes;                 /* CrTheme of the shown case */
  GtkWidget           *expanders[N_FACETS];    /* borrowed, in the group */
  GHashTable          *checks;                 /* theme id -> GtkCheckButton */

  gint64               case_id;
  guint                loading : 1;
};

G_DEFINE_FINAL_TYPE (CrCaseThemesGroup, cr_case_themes_group, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[CR_CASE_GROUP_N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  CrCaseThemesGroup *self;
  gint64             case_id;
  gint64             theme_id;
  char              *label;
  gboolean           selected;
  gboolean           undo;
} ThemeOp;

static void
theme_op_free (gpointer data)
{
  ThemeOp *op = data;

  g_clear_object (&op->self);
  g_free (op->label);
  g_free (op);
}

static ThemeOp *
theme_op_new (CrCaseThemesGroup *self,
              gint64             case_id,
              gint64             theme_id,
              const char        *label,
              gboolean           selected,
              gboolean           undo)
{
  ThemeOp *op = g_new0 (ThemeOp, 1);

  op->self = g_object_ref (self);
  op->case_id = case_id;
  op->theme_id = theme_id;
  op->label = g_strdup (label);
  op->selected = selected;
  op->undo = undo;
  return op;
}

static void set_theme (ThemeOp *op);

/*
 * Rows
 */

static CrTheme *
find_theme (CrCaseThemesGroup *self,
            gint64             theme_id)
{
  for (guint i = 0; self->themes != NULL && i < self->themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (self->themes, i);

      if (cr_theme_get_id (theme) == theme_id)
        return theme;
    }
  return NULL;
}

static void
update_subtitle (CrCaseThemesGroup *self,
                 CrThemeFacet       facet)
{
  g_autoptr(GString) chosen = g_string_new (NULL);

  if ((guint) facet >= N_FACETS || self->expanders[facet] == NULL)
    return;

  for (guint i = 0; self->themes != NULL && i < self->themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (self->themes, i);

      if (cr_theme_get_facet (theme) != facet || !cr_theme_get_selected (theme))
        continue;
      if (chosen->len > 0)
        /* Translators: separator between chosen theme labels. */
        g_string_append (chosen, _(", "));
      g_string_append (chosen, _(cr_theme_get_label (theme)));
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expanders[facet]),
                                 chosen->len > 0 ? chosen->str : _("None chosen"));
}

static void
on_check_toggled_cb (GtkCheckButton    *check,
                     CrCaseThemesGroup *self)
{
  CrTheme *theme = g_object_get_data (G_OBJECT (check), "cr-theme");

  if (self->loading || theme == NULL)
    return;

  set_theme (theme_op_new (self, self->case_id, cr_theme_get_id (theme),
                           _(cr_theme_get_label (theme)),
                           gtk_check_button_get_active (check), FALSE));
}

static void
clear_rows (CrCaseThemesGroup *self)
{
  for (guint f = 0; f < N_FACETS; f++)
    {
      if (self->expanders[f] != NULL)
        adw_preferences_group_remove (self->group, self->expanders[f]);
      self->expanders[f] = NULL;
    }
  g_hash_table_remove_all (self->checks);
}

static void
show_themes (CrCaseThemesGroup *self,
             GPtrArray         *themes)
{
  gboolean writable = cr_database_is_writable (self->db);

  clear_rows (self);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  self->themes = g_ptr_array_ref (themes);

  self->loading = TRUE;
  for (guint i = 0; i < themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (themes, i);
      CrThemeFacet facet = cr_theme_get_facet (theme);
      const char *label = _(cr_theme_get_label (theme));
      GtkWidget *row;
      GtkWidget *check;

      if ((guint) facet >= N_FACETS)
        continue;

      if (self->expanders[facet] == NULL)
        {
          self->expanders[facet] = adw_expander_row_new ();
          /* The subtitle lists theme labels, which may hold "&" or "<". */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->expanders[facet]), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expanders[facet]),
                                         cr_theme_facet_to_label (facet));
          adw_preferences_group_add (self->group, self->expanders[facet]);
        }

      check = gtk_check_button_new ();
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cr_theme_get_selected (theme));
      gtk_widget_set_sensitive (check, writable);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "cr-theme", g_object_ref (theme), g_object_unref);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      g_hash_table_insert (self->checks, g_memdup2 (&(gint64) { cr_theme_get_id (theme) },
                                                    sizeof (gint64)), check);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expanders[facet]), row);
    }
  self->loading = FALSE;

  for (guint f = 0; f < N_FACETS; f++)
    update_subtitle (self, (CrThemeFacet) f);
}

/*
 * Loading and writing
 */

static void
on_list_themes_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseThemesGroup *self = CR_CASE_THEMES_GROUP (tag->owner);
  g_autoptr(GPtrArray) themes = NULL;
  g_autoptr(GError) error = NULL;

  themes = cr_database_list_themes_finish (CR_DATABASE (source), result, &error);
  if (!cr_case_group_check_load (GTK_WIDGET (self), tag, self->case_id, themes, error,
                                 _("Could not load the themes")))
    return;

  show_themes (self, themes);
}

static void
reload (CrCaseThemesGroup *self)
{
  if (!cr_case_group_restart_load (&self->cancellable, self->db, self->case_id))
    {
      clear_rows (self);
      g_clear_pointer (&self->themes, g_ptr_array_unref);
      return;
    }

  cr_database_list_themes_async (self->db, self->case_id, self->cancellable,
                                 on_list_themes_cb, cr_load_tag_new (self, self->case_id));
}

/* Shows @selected for the theme when its case is still shown. */
static void
show_selected (CrCaseThemesGroup *self,
               gint64             case_id,
               gint64             theme_id,
               gboolean           selected)
{
  GtkCheckButton *check;
  CrTheme *theme;

  if (case_id != self->case_id)
    return;

  theme = find_theme (self, theme_id);
  if (theme != NULL)
    {
      cr_theme_set_selected (theme, selected);
      update_subtitle (self, cr_theme_get_facet (theme));
    }

  check = g_hash_table_lookup (self->checks, &theme_id);
  if (check != NULL && gtk_check_button_get_active (check) != selected)
    {
      self->loading = TRUE;
      gtk_check_button_set_active (check, selected);
      self->loading = FALSE;
    }
}

static void
undo_theme (gpointer data)
{
  ThemeOp *op = data;

  set_theme (theme_op_new (op->self, op->case_id, op->theme_id, op->label,
                           !op->selected, TRUE));
}

static void
on_set_case_theme_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ThemeOp *op = user_data;
  CrCaseThemesGroup *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cr_database_set_case_theme_finish (CR_DATABASE (source), result, &error))
    {
      show_selected (self, op->case_id, op->theme_id, !op->selected);
      cr_show_error_toast (GTK_WIDGET (self), _("Could not save the theme"), error);
      theme_op_free (op);
      return;
    }

  show_selected (self, op->case_id, op->theme_id, op->selected);
  g_signal_emit (self, signals[CHANGED], 0, op->case_id);

  if (op->undo)
    {
      theme_op_free (op);
      return;
    }

  if (op->selected)
    /* Translators: %s is a theme, e.g. "Neglect". */
    title = g_strdup_printf (_("Theme “%s” added"), op->label);
  else
    /* Translators: %s is a theme, e.g. "Neglect". */
    title = g_strdup_printf (_("Theme “%s” removed"), op->label);
  cr_show_undo_toast (GTK_WIDGET (self), title, undo_theme, op, theme_op_free);
}

static void
set_theme (ThemeOp *op)
{
  CrCaseThemesGroup *self = op->self;

  if (!cr_database_is_writable (self->db) || op->case_id == 0)
    {
      show_selected (self, op->case_id, op->theme_id, !op->selected);
      theme_op_free (op);
      return;
    }

  cr_database_set_case_theme_async (self->db, op->case_id, op->theme_id, op->selected,
                                    NULL, on_set_case_theme_cb, op);
}

/* Loads the case named by the database and case id after @prop_id, one
 * of them, changed. */
static void
show_case_of (CrCaseThemesGroup *self,
              CrCaseGroupProp    prop_id)
{
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/*
 * GObject overrides
 */

static void
cr_case_themes_group_dispose (GObject *object)
{
  CrCaseThemesGroup *self = (CrCaseThemesGroup *)object;

  cr_case_group_cancel_load (&self->cancellable);
  if (self->checks != NULL)
    g_hash_table_remove_all (self->checks);
  for (guint f = 0; f < N_FACETS; f++)
    self->expanders[f] = NULL;

  /* AdwBin keeps its own pointer to the child: let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_THEMES_GROUP);
  g_clear_object (&self->db);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (cr_case_themes_group_parent_class)->dispose (object);
}

static void
cr_case_themes_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrCaseThemesGroup *self = CR_CASE_THEMES_GROUP (object);

  if (!cr_case_group_get_property (self->db, self->case_id, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_case_themes_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrCaseThemesGroup *self = CR_CASE_THEMES_GROUP (object);

  switch (prop_id)
    {
    case CR_CASE_GROUP_PROP_DATABASE:
      cr_case_themes_group_set_database (self, g_value_get_object (value));
      break;

    case CR_CASE_GROUP_PROP_CASE_ID:
      cr_case_themes_group_set_case_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_themes_group_class_init (CrCaseThemesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_themes_group_dispose;
  object_class->get_property = cr_case_themes_group_get_property;
  object_class->set_property = cr_case_themes_group_set_property;

  cr_case_group_init_properties (properties);
  g_object_class_install_properties (object_class, CR_CASE_GROUP_N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-themes-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCaseThemesGroup, group);
}

static void
cr_case_themes_group_init (CrCaseThemesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/*
 * Public API
 */

GtkWidget *
cr_case_themes_group_new (void)
{
  return g_object_new (CR_TYPE_CASE_THEMES_GROUP, NULL);
}

CrDatabase *
cr_case_themes_group_get_database (CrCaseThemesGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_THEMES_GROUP (self), NULL);

  return self->db;
}

void
cr_case_themes_group_set_database (CrCaseThemesGroup *self,
                                   CrDatabase        *db)
{
  g_return_if_fail (CR_IS_CASE_THEMES_GROUP (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (g_set_object (&self->db, db))
    show_case_of (self, CR_CASE_GROUP_PROP_DATABASE);
}

gint64
cr_case_themes_group_get_case_id (CrCaseThemesGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_THEMES_GROUP (self), 0);

  return self->case_id;
}

void
cr_case_themes_group_set_case_id (CrCaseThemesGroup *self,
                                  gint64             case_id)
{
  g_return_if_fail (CR_IS_CASE_THEMES_GROUP (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  show_case_of (self, CR_CASE_GROUP_PROP_CASE_ID);
}
