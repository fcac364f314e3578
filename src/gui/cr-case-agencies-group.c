/* cr-case-agencies-group.c: the agencies involved in one case
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseAgenciesGroup"

#include "config.h"

#include "cr-case-agencies-group.h"

#include "cr-case-group-private.h"
#include "cr-edit-utils.h"
#include "cr-involvement.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define ROLE_MAX_CHARS 200

struct _CrCaseAgenciesGroup
{
  AdwBin        parent_instance;

  /* Template widgets */
  GtkListBox   *list_box;
  AdwActionRow *add_row;
  GtkMenuButton *add_button;
  GtkPopover   *add_popover;
  GtkStack     *add_stack;
  GtkDropDown  *agency_dropdown;
  GListStore   *agency_store;
  GtkEntry     *role_entry;
  GtkFlowBox   *role_suggestions;
  GtkButton    *add_confirm_button;

  /* Owned references */
  CrDatabase   *db;
  GCancellable *cancellable;   /* loads of the current case */
  GPtrArray    *rows;          /* involvement rows shown */

  gint64        case_id;
};

G_DEFINE_FINAL_TYPE (CrCaseAgenciesGroup, cr_case_agencies_group, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[CR_CASE_GROUP_N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  CrCaseAgenciesGroup *self;
  gint64               case_id;
  gint64               agency_id;
  char                *agency_name;
  char                *role;
} InvolvementOp;

static void
involvement_op_free (gpointer data)
{
  InvolvementOp *op = data;

  g_clear_object (&op->self);
  g_free (op->agency_name);
  g_free (op->role);
  g_free (op);
}

static InvolvementOp *
involvement_op_new (CrCaseAgenciesGroup *self,
                    gint64               case_id,
                    gint64               agency_id,
                    const char          *agency_name,
                    const char          *role)
{
  InvolvementOp *op = g_new0 (InvolvementOp, 1);

  op->self = g_object_ref (self);
  op->case_id = case_id;
  op->agency_id = agency_id;
  op->agency_name = g_strdup (agency_name);
  op->role = g_strdup (role);
  return op;
}

static void remove_involvement (CrCaseAgenciesGroup *self,
                                CrInvolvement       *involvement);

/*
 * Rows
 */

static void
clear_rows (CrCaseAgenciesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list_box, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
on_remove_clicked_cb (GtkButton           *button,
                      CrCaseAgenciesGroup *self)
{
  CrInvolvement *involvement = g_object_get_data (G_OBJECT (button), "cr-involvement");

  /* One removal per click: the row goes away when the list reloads. */
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  remove_involvement (self, involvement);
}

static GtkWidget *
create_row (CrCaseAgenciesGroup *self,
            CrInvolvement       *involvement)
{
  const char *name = cr_involvement_get_agency_name (involvement);
  const char *role = cr_involvement_get_role (involvement);
  g_autofree char *remove_label = NULL;
  GtkWidget *row;
  GtkWidget *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               role != NULL && role[0] != '\0' ? role : _("No role recorded"));

  /* Translators: accessible label and tooltip of a button; %s is an agency name. */
  remove_label = g_strdup_printf (_("Remove %s"), name != NULL ? name : "");
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_set_sensitive (button, cr_database_is_writable (self->db));
  g_object_set_data_full (G_OBJECT (button), "cr-involvement",
                          g_object_ref (involvement), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
show_involvements (CrCaseAgenciesGroup *self,
                   GPtrArray           *involvements)
{
  clear_rows (self);

  for (guint i = 0; involvements != NULL && i < involvements->len; i++)
    {
      GtkWidget *row = create_row (self, g_ptr_array_index (involvements, i));

      gtk_list_box_insert (self->list_box, row, (int) i);
      g_ptr_array_add (self->rows, row);
    }
}

/*
 * Loading
 */

static void
on_list_involvements_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseAgenciesGroup *self = CR_CASE_AGENCIES_GROUP (tag->owner);
  g_autoptr(GPtrArray) involvements = NULL;
  g_autoptr(GError) error = NULL;

  involvements = cr_database_list_involvements_finish (CR_DATABASE (source), result, &error);
  if (!cr_case_group_check_load (GTK_WIDGET (self), tag, self->case_id, involvements, error,
                                 _("Could not load the agencies involved")))
    return;

  show_involvements (self, involvements);
}

void
cr_case_agencies_group_reload (CrCaseAgenciesGroup *self)
{
  g_return_if_fail (CR_IS_CASE_AGENCIES_GROUP (self));

  if (!cr_case_group_restart_load (&self->cancellable, self->db, self->case_id))
    {
      clear_rows (self);
      return;
    }

  cr_database_list_involvements_async (self->db, self->case_id, self->cancellable,
                                       on_list_involvements_cb,
                                       cr_load_tag_new (self, self->case_id));
}

static void
on_list_agencies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrCaseAgenciesGroup) self = user_data;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) active = g_ptr_array_new ();

  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_popover_popdown (self->add_popover);
          cr_show_error_toast (GTK_WIDGET (self), _("Could not load the agencies"), error);
        }
      return;
    }

  /* Archived agencies keep their history but are not offered for new cases. */
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);

      if (!cr_agency_get_archived (agency))
        g_ptr_array_add (active, agency);
    }

  g_list_store_splice (self->agency_store, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->agency_store)),
                       active->pdata, active->len);
  gtk_stack_set_visible_child_name (self->add_stack, active->len > 0 ? "form" : "empty");
  gtk_drop_down_set_selected (self->agency_dropdown, active->len > 0 ? 0 : GTK_INVALID_LIST_POSITION);
}

/*
 * Adding and removing
 */

static void
on_add_involvement_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  InvolvementOp *op = user_data;
  CrCaseAgenciesGroup *self = op->self;
  g_autoptr(CrInvolvement) involvement = NULL;
  g_autoptr(GError) error = NULL;

  involvement = cr_database_add_involvement_finish (CR_DATABASE (source), result, &error);
  if (involvement == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not add the agency"), error);
      involvement_op_free (op);
      return;
    }

  if (op->case_id == self->case_id)
    cr_case_agencies_group_reload (self);
  g_signal_emit (self, signals[CHANGED], 0, op->case_id);
  involvement_op_free (op);
}

static void
add_involvement (CrCaseAgenciesGroup *self,
                 gint64               case_id,
                 gint64               agency_id,
                 const char          *agency_name,
                 const char          *role)
{
  cr_database_add_involvement_async (self->db, case_id, agency_id, role, NULL,
                                     on_add_involvement_cb,
                                     involvement_op_new (self, case_id, agency_id,
                                                         agency_name, role));
}

static void
undo_remove (gpointer data)
{
  InvolvementOp *op = data;

  add_involvement (op->self, op->case_id, op->agency_id, op->agency_name, op->role);
}

static void
on_remove_involvement_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  InvolvementOp *op = user_data;
  CrCaseAgenciesGroup *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cr_database_remove_involvement_finish (CR_DATABASE (source), result, &error))
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not remove the agency"), error);
      involvement_op_free (op);
      return;
    }

  if (op->case_id == self->case_id)
    cr_case_agencies_group_reload (self);
  g_signal_emit (self, signals[CHANGED], 0, op->case_id);

  /* Translators: %s is an agency name. */
  title = g_strdup_printf (_("%s removed from the case"), op->agency_name);
  cr_show_undo_toast (GTK_WIDGET (self), title, undo_remove, op, involvement_op_free);
}

static void
remove_involvement (CrCaseAgenciesGroup *self,
                    CrInvolvement       *involvement)
{
  if (!cr_database_is_writable (self->db))
    return;

  cr_database_remove_involvement_async (self->db, cr_involvement_get_id (involvement), NULL,
                                        on_remove_involvement_cb,
                                        involvement_op_new (self,
                                                            cr_involvement_get_case_id (involvement),
                                                            cr_involvement_get_agency_id (involvement),
                                                            cr_involvement_get_agency_name (involvement),
                                                            cr_involvement_get_role (involvement)));
}

static void
on_add_clicked_cb (CrCaseAgenciesGroup *self)
{
  CrAgency *agency = gtk_drop_down_get_selected_item (self->agency_dropdown);
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;

  if (agency == NULL || self->case_id == 0 || !cr_database_is_writable (self->db))
    return;

  if (!cr_text_normalise (gtk_editable_get_text (GTK_EDITABLE (self->role_entry)),
                          ROLE_MAX_CHARS, &role, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->role_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->role_entry), error->message);
      return;
    }

  gtk_popover_popdown (self->add_popover);
  add_involvement (self, self->case_id, cr_agency_get_id (agency), cr_agency_get_name (agency),
                   role);
  gtk_editable_set_text (GTK_EDITABLE (self->role_entry), "");
}

static void
on_role_changed_cb (CrCaseAgenciesGroup *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->role_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->role_entry), NULL);
}

static void
on_role_suggestion_clicked_cb (GtkButton           *button,
                               CrCaseAgenciesGroup *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->role_entry), gtk_button_get_label (button));
  gtk_widget_grab_focus (GTK_WIDGET (self->role_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->role_entry), -1);
}

static void
on_add_popover_show_cb (CrCaseAgenciesGroup *self)
{
  gtk_stack_set_visible_child_name (self->add_stack, "empty");
  if (self->db == NULL)
    return;

  cr_database_list_agencies_async (self->db, self->cancellable, on_list_agencies_cb,
                                   g_object_ref (self));
}

static void
on_add_row_activated_cb (CrCaseAgenciesGroup *self)
{
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)))
    gtk_menu_button_popup (self->add_button);
}

static void
update_sensitivity (CrCaseAgenciesGroup *self)
{
  gboolean writable = cr_database_is_writable (self->db) && self->case_id != 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), writable);
}

/* Loads the case named by the database and case id after @prop_id, one
 * of them, changed. */
static void
show_case_of (CrCaseAgenciesGroup *self,
              CrCaseGroupProp      prop_id)
{
  update_sensitivity (self);
  cr_case_agencies_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/*
 * GObject overrides
 */

static void
cr_case_agencies_group_dispose (GObject *object)
{
  CrCaseAgenciesGroup *self = (CrCaseAgenciesGroup *)object;

  cr_case_group_cancel_load (&self->cancellable);

  /* AdwBin keeps its own pointer to the child: let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_AGENCIES_GROUP);
  g_clear_object (&self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_case_agencies_group_parent_class)->dispose (object);
}

static void
cr_case_agencies_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CrCaseAgenciesGroup *self = CR_CASE_AGENCIES_GROUP (object);

  if (!cr_case_group_get_property (self->db, self->case_id, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_case_agencies_group_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CrCaseAgenciesGroup *self = CR_CASE_AGENCIES_GROUP (object);

  switch (prop_id)
    {
    case CR_CASE_GROUP_PROP_DATABASE:
      cr_case_agencies_group_set_database (self, g_value_get_object (value));
      break;

    case CR_CASE_GROUP_PROP_CASE_ID:
      cr_case_agencies_group_set_case_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_agencies_group_class_init (CrCaseAgenciesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_agencies_group_dispose;
  object_class->get_property = cr_case_agencies_group_get_property;
  object_class->set_property = cr_case_agencies_group_set_property;

  cr_case_group_init_properties (properties);
  g_object_class_install_properties (object_class, CR_CASE_GROUP_N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-agencies-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, add_row);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, add_popover);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, add_stack);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, agency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, agency_store);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, role_entry);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, role_suggestions);
  gtk_widget_class_bind_template_child (widget_class, CrCaseAgenciesGroup, add_confirm_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  g_type_ensure (CR_TYPE_AGENCY);
}

static void
cr_case_agencies_group_init (CrCaseAgenciesGroup *self)
{
  const char * const *suggestions = cr_involvement_get_role_suggestions ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();

  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (_(suggestions[i]));

      gtk_widget_add_css_class (button, "caption");
      g_signal_connect (button, "clicked", G_CALLBACK (on_role_suggestion_clicked_cb), self);
      gtk_flow_box_append (self->role_suggestions, button);
    }

  g_signal_connect_swapped (self->role_entry, "changed", G_CALLBACK (on_role_changed_cb), self);
  update_sensitivity (self);
}

/*
 * Public API
 */

GtkWidget *
cr_case_agencies_group_new (void)
{
  return g_object_new (CR_TYPE_CASE_AGENCIES_GROUP, NULL);
}

CrDatabase *
cr_case_agencies_group_get_database (CrCaseAgenciesGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_AGENCIES_GROUP (self), NULL);

  return self->db;
}

void
cr_case_agencies_group_set_database (CrCaseAgenciesGroup *self,
                                     CrDatabase          *db)
{
  g_return_if_fail (CR_IS_CASE_AGENCIES_GROUP (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (g_set_object (&self->db, db))
    show_case_of (self, CR_CASE_GROUP_PROP_DATABASE);
}

gint64
cr_case_agencies_group_get_case_id (CrCaseAgenciesGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_AGENCIES_GROUP (self), 0);

  return self->case_id;
}

void
cr_case_agencies_group_set_case_id (CrCaseAgenciesGroup *self,
                                    gint64               case_id)
{
  g_return_if_fail (CR_IS_CASE_AGENCIES_GROUP (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  gtk_popover_popdown (self->add_popover);
  show_case_of (self, CR_CASE_GROUP_PROP_CASE_ID);
}
