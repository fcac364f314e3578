/* cr-referral-page-parallel.c: the referral assistant's page about
 * parallel processes
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageParallel"

#include "config.h"

#include "cr-referral-page-parallel.h"

#include "cr-parallel-process.h"

#include <glib/gi18n.h>

/* The widgets of one process. */
typedef struct
{
  CrReferralPageParallel *page;      /* borrowed */
  CrParallelProcess      *process;
  AdwPreferencesGroup    *group;     /* borrowed: a child of processes_box */
  GtkWidget              *remove_button;
  GtkWidget              *kind_row;       /* borrowed */
  GtkLabel               *message;
  gulong                  notify_id;
  guint                   touched : 1;
} ProcessView;

struct _CrReferralPageParallel
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  GtkWidget      *empty_label;
  GtkBox         *processes_box;
  GtkLabel       *step_message;

  /* Owned */
  GPtrArray      *views;      /* of ProcessView */
};

G_DEFINE_FINAL_TYPE (CrReferralPageParallel, cr_referral_page_parallel, CR_TYPE_REFERRAL_PAGE)

static void
process_view_free (gpointer data)
{
  ProcessView *view = data;

  g_clear_signal_handler (&view->notify_id, view->process);
  g_clear_object (&view->process);
  g_free (view);
}

static GListStore *
get_processes (CrReferralPageParallel *self)
{
  return cr_referral_get_processes (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
}

static void
update_titles (CrReferralPageParallel *self)
{
  for (guint i = 0; i < self->views->len; i++)
    {
      ProcessView *view = g_ptr_array_index (self->views, i);
      CrRecord *record = CR_RECORD (view->process);
      const char *kind = cr_record_get (record, "kind");
      const char *label = NULL;
      g_autofree char *title = NULL;
      g_autofree char *remove = NULL;

      if (kind != NULL)
        label = cr_record_field_get_choice_label (cr_record_find_field (record, "kind"), kind);
      if (label != NULL)
        title = g_strdup (label);
      else
        /* Translators: a heading: "Process 1", "Process 2"... */
        title = g_strdup_printf (_("Process %u"), i + 1);
      adw_preferences_group_set_title (view->group, title);

      /* Translators: a button's tooltip; %s names a process ("Inquest") */
      remove = g_strdup_printf (_("Remove %s"), title);
      gtk_widget_set_tooltip_text (view->remove_button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove,
                                      -1);
    }

  gtk_widget_set_visible (self->empty_label, self->views->len == 0);
}

static void remove_process (CrReferralPageParallel *self,
                            ProcessView            *view);

static void
on_remove_clicked_cb (GtkButton   *button,
                      ProcessView *view)
{
  remove_process (view->page, view);
}

static void
on_process_notify_cb (ProcessView *view)
{
  view->touched = TRUE;
  update_titles (view->page);
}

static GtkWidget *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static ProcessView *
add_process_view (CrReferralPageParallel *self,
                  CrParallelProcess      *process)
{
  CrReferralPage *page = CR_REFERRAL_PAGE (self);
  CrRecord *record = CR_RECORD (process);
  ProcessView *view = g_new0 (ProcessView, 1);
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *status = adw_combo_row_new ();
  GtkWidget *reference = new_entry_row (_("Reference"));
  GtkWidget *contact = new_entry_row (_("Contact, such as the lead officer"));
  GtkWidget *review = new_entry_row (_("Look at it again on"));
  GtkWidget *notes = gtk_text_view_new ();
  GtkWidget *notes_label = gtk_label_new (_("Notes"));
  GtkLabel *notes_message = GTK_LABEL (gtk_label_new (NULL));

  view->page = self;
  view->process = g_object_ref (process);
  view->kind_row = kind;

  view->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  view->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (view->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (view->remove_button, "flat");
  g_signal_connect (view->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), view);
  adw_preferences_group_set_header_suffix (view->group, view->remove_button);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
  adw_preferences_group_add (view->group, kind);
  adw_preferences_group_add (view->group, status);
  adw_preferences_group_add (view->group, reference);
  adw_preferences_group_add (view->group, contact);
  adw_preferences_group_add (view->group, review);

  gtk_widget_set_halign (notes_label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (notes_label, 12);
  gtk_widget_add_css_class (notes_label, "heading");
  adw_preferences_group_add (view->group, notes_label);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (notes), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (notes), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (notes), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (notes), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (notes), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (notes), 12);
  gtk_widget_set_size_request (notes, -1, 80);
  gtk_widget_set_margin_top (notes, 6);
  gtk_widget_add_css_class (notes, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (notes),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes on the process"),
                                  -1);
  adw_preferences_group_add (view->group, notes);

  gtk_label_set_wrap (notes_message, TRUE);
  gtk_label_set_xalign (notes_message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (notes_message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (notes_message), "caption");
  adw_preferences_group_add (view->group, GTK_WIDGET (notes_message));

  view->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (view->message, TRUE);
  gtk_label_set_xalign (view->message, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (view->message), 6);
  gtk_widget_add_css_class (GTK_WIDGET (view->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (view->message), FALSE);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->message));

  /* Translators: a drop-down's first item, when nothing is chosen yet */
  cr_referral_page_bind_choice (page, ADW_COMBO_ROW (kind), record, "kind", _("Choose…"));
  cr_referral_page_bind_choice (page, ADW_COMBO_ROW (status), record, "status", _("Choose…"));
  cr_referral_page_bind_entry (page, ADW_ENTRY_ROW (reference), record, "reference");
  cr_referral_page_bind_entry (page, ADW_ENTRY_ROW (contact), record, "contact");
  cr_referral_page_bind_entry (page, ADW_ENTRY_ROW (review), record, "review-date");
  cr_referral_page_bind_text (page, GTK_TEXT_VIEW (notes), notes_message, record, "notes");

  view->touched = cr_record_has (record, "kind");
  view->notify_id = g_signal_connect_swapped (process, "notify", G_CALLBACK (on_process_notify_cb), view);

  gtk_box_append (self->processes_box, GTK_WIDGET (view->group));
  g_ptr_array_add (self->views, view);
  update_titles (self);
  return view;
}

static void
remove_process (CrReferralPageParallel *self,
                ProcessView            *view)
{
  GListStore *processes = get_processes (self);
  guint position;

  cr_referral_page_unbind_record (CR_REFERRAL_PAGE (self), CR_RECORD (view->process));
  if (g_list_store_find (processes, view->process, &position))
    g_list_store_remove (processes, position);

  gtk_box_remove (self->processes_box, GTK_WIDGET (view->group));
  g_ptr_array_remove (self->views, view);
  update_titles (self);

  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "processes");
}

/*
 * Callbacks
 */

static void
on_add_clicked_cb (CrReferralPageParallel *self)
{
  g_autoptr(CrParallelProcess) process = cr_parallel_process_new ();
  ProcessView *view;

  /* Most processes known at referral are under way. */
  cr_record_set (CR_RECORD (process), "status", "ongoing");
  g_list_store_append (get_processes (self), process);
  view = add_process_view (self, process);
  view->touched = FALSE;

  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "processes");
  gtk_widget_grab_focus (view->kind_row);
}

/*
 * CrReferralPage overrides
 */

static gboolean
cr_referral_page_parallel_check (CrReferralPage *page,
                                 gboolean        reveal)
{
  CrReferralPageParallel *self = CR_REFERRAL_PAGE_PARALLEL (page);
  gboolean valid = TRUE;

  for (guint i = 0; i < self->views->len; i++)
    {
      ProcessView *view = g_ptr_array_index (self->views, i);
      g_autoptr(GError) error = NULL;
      CrRecord *record = CR_RECORD (view->process);

      if (!cr_record_check_required (record, "kind", &error) ||
          !cr_record_check_required (record, "status", &error) ||
          !cr_record_validate (record, &error))
        valid = FALSE;

      gtk_label_set_text (view->message, error != NULL ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (view->message),
                              error != NULL && (view->touched || reveal));
    }

  return valid;
}

static void
cr_referral_page_parallel_load (CrReferralPage *page)
{
  CrReferralPageParallel *self = CR_REFERRAL_PAGE_PARALLEL (page);
  GListModel *processes = G_LIST_MODEL (get_processes (self));

  /* Each process says what is wrong with it in its own group. */
  cr_referral_page_add_message (page, "processes", NULL, NULL);
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);

  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(CrParallelProcess) process = g_list_model_get_item (processes, i);

      add_process_view (self, process);
    }
  update_titles (self);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_parallel_dispose (GObject *object)
{
  CrReferralPageParallel *self = (CrReferralPageParallel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_PARALLEL);
  g_clear_pointer (&self->views, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_referral_page_parallel_parent_class)->dispose (object);
}

static void
cr_referral_page_parallel_class_init (CrReferralPageParallelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_parallel_dispose;
  page_class->step = CR_REFERRAL_STEP_PARALLEL;
  page_class->load = cr_referral_page_parallel_load;
  page_class->check = cr_referral_page_parallel_check;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-parallel.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageParallel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageParallel, processes_box);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageParallel, step_message);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
cr_referral_page_parallel_init (CrReferralPageParallel *self)
{
  self->views = g_ptr_array_new_with_free_func (process_view_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
