/* cr-referral-page-children.c: the referral assistant's page about the
 * children
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageChildren"

#include "config.h"

#include "cr-referral-page-children.h"

#include "cr-child.h"
#include "cr-edit-utils.h"
#include "cr-identity-row.h"
#include "cr-identity.h"

#include <glib/gi18n.h>

/* What the assistant asks about each child (domain.md §2.1). */
static const CrIdentityField identity_fields[] = {
  CR_IDENTITY_FIELD_NAME,
  CR_IDENTITY_FIELD_DATE_OF_BIRTH,
  CR_IDENTITY_FIELD_AGE,
  CR_IDENTITY_FIELD_SEX,
  CR_IDENTITY_FIELD_ETHNICITY,
  CR_IDENTITY_FIELD_DISABILITY,
  CR_IDENTITY_FIELD_LOOKED_AFTER,
  CR_IDENTITY_FIELD_CIN_CP_PLAN,
};

/* The widgets of one child. */
typedef struct
{
  CrReferralPageChildren *page;          /* borrowed */
  CrChild                *child;
  AdwPreferencesGroup    *group;         /* borrowed: a child of children_box */
  GtkWidget              *remove_button; /* borrowed */
  AdwEntryRow            *pseudonym_row; /* borrowed */
  GtkLabel               *pseudonym_message;
  GPtrArray              *identity_rows; /* borrowed CrIdentityRow */
  guint                   touched : 1;
} ChildView;

struct _CrReferralPageChildren
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  AdwEntryRow    *pseudonym_row;
  GtkBox         *children_box;
  GtkLabel       *children_message;
  GtkLabel       *step_message;

  /* Owned */
  GPtrArray      *views;             /* of ChildView, in the order of the list */
  char           *case_pseudonym;    /* as last seen, to keep a lone child in step */
};

G_DEFINE_FINAL_TYPE (CrReferralPageChildren, cr_referral_page_children, CR_TYPE_REFERRAL_PAGE)

static void
child_view_free (gpointer data)
{
  ChildView *view = data;

  g_clear_object (&view->child);
  g_clear_pointer (&view->identity_rows, g_ptr_array_unref);
  g_free (view);
}

static GListStore *
get_children (CrReferralPageChildren *self)
{
  return cr_referral_get_children (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
}

static gboolean
pseudonym_used (CrReferralPageChildren *self,
                const char             *candidate)
{
  GListModel *children = G_LIST_MODEL (get_children (self));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (cr_child_get_pseudonym (child), candidate) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
suggest_pseudonym (CrReferralPageChildren *self)
{
  for (char letter = 'A'; letter <= 'Z'; letter++)
    {
      /* Translators: %c is a letter; pseudonyms run Child A, Child B, ... */
      g_autofree char *candidate = g_strdup_printf (_("Child %c"), letter);

      if (!pseudonym_used (self, candidate))
        return g_steal_pointer (&candidate);
    }
  return g_strdup (_("Child"));
}

static void
renumber (CrReferralPageChildren *self)
{
  for (guint i = 0; i < self->views->len; i++)
    {
      ChildView *view = g_ptr_array_index (self->views, i);
      g_autofree char *title = NULL;
      g_autofree char *remove = NULL;

      /* Translators: a heading: "Child 1", "Child 2"... */
      title = g_strdup_printf (_("Child %u"), i + 1);
      adw_preferences_group_set_title (view->group, title);
      /* Translators: a button's tooltip; %u numbers the children. */
      remove = g_strdup_printf (_("Remove Child %u"), i + 1);
      gtk_widget_set_tooltip_text (view->remove_button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove,
                                      -1);
    }
}

/*
 * One child
 */

static void
on_child_pseudonym_changed_cb (ChildView *view)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (view->pseudonym_row))));

  cr_child_set_pseudonym (view->child, text[0] != '\0' ? text : NULL);
  view->touched = TRUE;
  cr_referral_page_changed (CR_REFERRAL_PAGE (view->page), "children");
}

static void
on_identity_edited_cb (CrIdentityRow *row,
                       gboolean       state_changed,
                       ChildView     *view)
{
  CrIdentityField field = cr_identity_row_get_field (row);
  g_autofree char *value = cr_identity_row_dup_value (row);
  CrIdentity *identity = cr_child_get_identity (view->child);

  if (identity == NULL)
    {
      g_autoptr(CrIdentity) fresh = cr_identity_new ();

      cr_child_set_identity (view->child, fresh);
      identity = cr_child_get_identity (view->child);
    }

  if (value != NULL)
    cr_identity_set_value (identity, field, value);
  else
    cr_identity_set_state (identity, field, cr_identity_row_get_state (row));

  cr_referral_page_changed (CR_REFERRAL_PAGE (view->page), "children");
}

static void remove_child (CrReferralPageChildren *self,
                          ChildView              *view);

static void
on_remove_child_clicked_cb (GtkButton *button,
                            ChildView *view)
{
  remove_child (view->page, view);
}

static ChildView *
add_child_view (CrReferralPageChildren *self,
                CrChild                *child)
{
  ChildView *view = g_new0 (ChildView, 1);
  CrIdentity *identity = cr_child_get_identity (child);
  AdwExpanderRow *restricted;
  GtkWidget *lock;

  view->page = self;
  view->child = g_object_ref (child);
  view->identity_rows = g_ptr_array_new ();

  view->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  view->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (view->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (view->remove_button, "flat");
  g_signal_connect (view->remove_button, "clicked", G_CALLBACK (on_remove_child_clicked_cb), view);
  adw_preferences_group_set_header_suffix (view->group, view->remove_button);

  view->pseudonym_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->pseudonym_row), _("Pseudonym"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (view->pseudonym_row), _("Pseudonym of the child"));
  gtk_editable_set_text (GTK_EDITABLE (view->pseudonym_row),
                         cr_child_get_pseudonym (child) != NULL ? cr_child_get_pseudonym (child) : "");
  view->pseudonym_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (view->pseudonym_message, TRUE);
  gtk_label_set_max_width_chars (view->pseudonym_message, 28);
  gtk_label_set_xalign (view->pseudonym_message, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (view->pseudonym_message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (view->pseudonym_message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (view->pseudonym_message), FALSE);
  adw_entry_row_add_suffix (view->pseudonym_row, GTK_WIDGET (view->pseudonym_message));
  g_signal_connect_swapped (view->pseudonym_row, "changed",
                            G_CALLBACK (on_child_pseudonym_changed_cb), view);
  g_signal_connect_swapped (view->pseudonym_row, "entry-activated",
                            G_CALLBACK (cr_referral_page_activate), self);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->pseudonym_row));

  restricted = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (restricted), _("Restricted Details"));
  adw_expander_row_set_subtitle (restricted,
                                 _("Name, date of birth or age, sex, ethnicity, disability, care and plans"));
  lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (lock),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Restricted"),
                                  -1);
  adw_expander_row_add_prefix (restricted, lock);
  adw_preferences_group_add (view->group, GTK_WIDGET (restricted));

  for (guint i = 0; i < G_N_ELEMENTS (identity_fields); i++)
    {
      GtkWidget *row = cr_identity_row_new (identity_fields[i]);

      if (identity != NULL)
        cr_identity_row_set_data (CR_IDENTITY_ROW (row),
                                  cr_identity_get_state (identity, identity_fields[i]),
                                  cr_identity_get_value (identity, identity_fields[i]));
      g_signal_connect (row, "edited", G_CALLBACK (on_identity_edited_cb), view);
      adw_expander_row_add_row (restricted, row);
      g_ptr_array_add (view->identity_rows, row);
    }

  /* Show what a resumed draft holds. */
  if (identity != NULL)
    adw_expander_row_set_expanded (restricted, TRUE);
  if (cr_child_get_pseudonym (child) != NULL)
    view->touched = TRUE;

  gtk_box_append (self->children_box, GTK_WIDGET (view->group));
  g_ptr_array_add (self->views, view);
  renumber (self);
  return view;
}

static void
remove_child (CrReferralPageChildren *self,
              ChildView              *view)
{
  GListStore *children = get_children (self);
  guint position;

  if (g_list_store_find (children, view->child, &position))
    g_list_store_remove (children, position);

  gtk_box_remove (self->children_box, GTK_WIDGET (view->group));
  g_ptr_array_remove (self->views, view);
  renumber (self);

  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "children");
}

static void
add_child (CrReferralPageChildren *self,
           const char             *pseudonym)
{
  g_autoptr(CrChild) child = cr_child_new ();

  cr_child_set_pseudonym (child, pseudonym);
  g_list_store_append (get_children (self), child);
  add_child_view (self, child);
}

/*
 * Callbacks
 */

static void
on_add_child_clicked_cb (CrReferralPageChildren *self)
{
  g_autofree char *pseudonym = suggest_pseudonym (self);
  ChildView *view;

  add_child (self, pseudonym);
  view = g_ptr_array_index (self->views, self->views->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (view->pseudonym_row));
  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "children");
}

static void
on_case_pseudonym_changed_cb (CrReferralPageChildren *self)
{
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  const char *pseudonym = cr_record_get (referral, "pseudonym");

  /* Cleared on the way to a new one (set_text deletes, then inserts). */
  if (pseudonym == NULL)
    return;

  /* A lone child named after the case follows the case's pseudonym. */
  if (self->views->len == 1)
    {
      ChildView *view = g_ptr_array_index (self->views, 0);

      if (g_strcmp0 (cr_child_get_pseudonym (view->child), self->case_pseudonym) == 0)
        gtk_editable_set_text (GTK_EDITABLE (view->pseudonym_row), pseudonym);
    }

  g_free (self->case_pseudonym);
  self->case_pseudonym = g_strdup (pseudonym);
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_children_check (CrReferralPage *page,
                                 gboolean        reveal)
{
  CrReferralPageChildren *self = CR_REFERRAL_PAGE_CHILDREN (page);
  gboolean valid = TRUE;

  for (guint i = 0; i < self->views->len; i++)
    {
      ChildView *view = g_ptr_array_index (self->views, i);
      g_autoptr(CrChild) alone = cr_child_new ();
      g_autoptr(GError) error = NULL;

      /* The pseudonym on its own: identity messages sit beside their rows. */
      cr_child_set_pseudonym (alone, cr_child_get_pseudonym (view->child));
      if (!cr_child_validate (alone, &error))
        valid = FALSE;
      cr_set_field_error (GTK_WIDGET (view->pseudonym_row), view->pseudonym_message,
                          error != NULL && (view->touched || reveal) ? error->message : NULL);

      for (guint j = 0; j < view->identity_rows->len; j++)
        {
          CrIdentityRow *row = g_ptr_array_index (view->identity_rows, j);

          if (cr_identity_row_get_state (row) != CR_FIELD_STATE_UNSET || reveal)
            valid &= cr_identity_row_check (row);
        }

      g_clear_error (&error);
      if (!cr_child_validate (view->child, &error))
        valid = FALSE;
    }

  return valid;
}

static void
cr_referral_page_children_load (CrReferralPage *page)
{
  CrReferralPageChildren *self = CR_REFERRAL_PAGE_CHILDREN (page);
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (page));
  GListModel *children = G_LIST_MODEL (get_children (self));

  if (!cr_record_has (referral, "pseudonym"))
    /* Translators: the first pseudonym of a case */
    cr_record_set (referral, "pseudonym", _("Child A"));
  self->case_pseudonym = g_strdup (cr_record_get (referral, "pseudonym"));

  cr_referral_page_bind_entry (page, self->pseudonym_row, NULL, "pseudonym");
  cr_referral_page_add_message (page, "children", NULL, self->children_message);
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);

      add_child_view (self, child);
    }
  if (g_list_model_get_n_items (children) == 0)
    add_child (self, self->case_pseudonym);

  g_signal_connect_object (referral, "notify::pseudonym",
                           G_CALLBACK (on_case_pseudonym_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_children_dispose (GObject *object)
{
  CrReferralPageChildren *self = (CrReferralPageChildren *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_CHILDREN);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->case_pseudonym, g_free);

  G_OBJECT_CLASS (cr_referral_page_children_parent_class)->dispose (object);
}

static void
cr_referral_page_children_class_init (CrReferralPageChildrenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_children_dispose;
  page_class->step = CR_REFERRAL_STEP_CHILDREN;
  page_class->load = cr_referral_page_children_load;
  page_class->check = cr_referral_page_children_check;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-children.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageChildren, pseudonym_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageChildren, children_box);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageChildren, children_message);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageChildren, step_message);
  gtk_widget_class_bind_template_callback (widget_class, on_add_child_clicked_cb);
}

static void
cr_referral_page_children_init (CrReferralPageChildren *self)
{
  self->views = g_ptr_array_new_with_free_func (child_view_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
