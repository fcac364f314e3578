/* cr-referral-page-referrer.c: the referral assistant's first page:
 * referral and notifier
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageReferrer"

#include "config.h"

#include "cr-referral-page-referrer.h"

#include "cr-agency-dialog.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrReferralPageReferrer
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  GtkWidget      *add_agency_button;
  AdwEntryRow    *referral_date_row;
  AdwComboRow    *agency_row;
  AdwEntryRow    *referrer_name_row;
  AdwEntryRow    *referrer_role_row;
  AdwEntryRow    *notifier_name_row;
  AdwEntryRow    *notifier_role_row;
  AdwEntryRow    *notifier_phone_row;
  AdwEntryRow    *notifier_email_row;
  GtkLabel       *step_message;

  /* Owned */
  GArray         *agency_ids;    /* gint64 per item of agency_row */
  GtkLabel       *agency_message;

  guint           filling : 1;
};

G_DEFINE_FINAL_TYPE (CrReferralPageReferrer, cr_referral_page_referrer, CR_TYPE_REFERRAL_PAGE)

static gint64
stored_agency_id (CrReferralPageReferrer *self)
{
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  const char *text = cr_record_get (referral, "referring-agency-id");
  gint64 id = 0;

  if (text != NULL && !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    id = 0;
  return id;
}

static void
fill_agencies (CrReferralPageReferrer *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (cr_referral_page_get_agencies (CR_REFERRAL_PAGE (self))));

  self->filling = TRUE;
  cr_referral_page_fill_agencies (CR_REFERRAL_PAGE (self), self->agency_row, self->agency_ids,
                                  stored_agency_id (self),
                                  n == 0 ? _("None yet: add one") : _("Choose an agency"));
  self->filling = FALSE;
}

static void
select_agency (CrReferralPageReferrer *self,
               CrAgency               *agency)
{
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  g_autofree char *id = NULL;

  if (agency != NULL)
    id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (agency));

  cr_record_set (referral, "referring-agency-id", id);
  cr_record_set (referral, "referring-agency-name", agency != NULL ? cr_agency_get_name (agency) : NULL);
}

/*
 * Callbacks
 */

static void
on_agencies_changed_cb (CrReferralPageReferrer *self)
{
  fill_agencies (self);
}

static void
on_agency_selected_cb (CrReferralPageReferrer *self)
{
  guint selected;
  gint64 id = 0;

  if (self->filling || self->agency_ids == NULL)
    return;

  selected = adw_combo_row_get_selected (self->agency_row);
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->agency_ids->len)
    id = g_array_index (self->agency_ids, gint64, selected);

  select_agency (self, id > 0 ? cr_referral_page_find_agency (CR_REFERRAL_PAGE (self), id) : NULL);
  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "referring-agency-id");
}

static void
on_agency_saved_cb (CrReferralPageReferrer *self,
                    CrAgency               *agency)
{
  g_autoptr(CrAgency) copy = cr_agency_copy (agency);

  /* The new agency is the one the user meant to choose. */
  select_agency (self, copy);
  cr_referral_page_add_agency (CR_REFERRAL_PAGE (self), copy);
  fill_agencies (self);
  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "referring-agency-id");
}

static void
on_add_agency_clicked_cb (CrReferralPageReferrer *self)
{
  CrDatabase *db = cr_referral_page_get_database (CR_REFERRAL_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CrAgencyDialog *dialog;

  if (db == NULL || !cr_database_is_writable (db))
    return;

  dialog = cr_agency_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, db, NULL);
  g_signal_connect_object (dialog, "agency-saved", G_CALLBACK (on_agency_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * CrReferralPage overrides
 */

static void
cr_referral_page_referrer_load (CrReferralPage *page)
{
  CrReferralPageReferrer *self = CR_REFERRAL_PAGE_REFERRER (page);
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (page));
  CrDatabase *db = cr_referral_page_get_database (page);

  if (!cr_record_has (referral, "referral-date"))
    {
      g_autofree char *today = NULL;
      GDate date;

      cr_date_set_today (&date);
      today = cr_date_to_iso (&date);
      cr_record_set (referral, "referral-date", today);
    }

  cr_referral_page_bind_entry (page, self->referral_date_row, NULL, "referral-date");
  cr_referral_page_bind_entry (page, self->referrer_name_row, NULL, "referrer-name");
  cr_referral_page_bind_entry (page, self->referrer_role_row, NULL, "referrer-role");
  cr_referral_page_bind_entry (page, self->notifier_name_row, NULL, "notifier-name");
  cr_referral_page_bind_entry (page, self->notifier_role_row, NULL, "notifier-role");
  cr_referral_page_bind_entry (page, self->notifier_phone_row, NULL, "notifier-phone");
  cr_referral_page_bind_entry (page, self->notifier_email_row, NULL, "notifier-email");

  self->agency_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->agency_message, TRUE);
  gtk_label_set_max_width_chars (self->agency_message, 28);
  gtk_label_set_xalign (self->agency_message, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->agency_message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->agency_message), "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->agency_row), GTK_WIDGET (self->agency_message));
  cr_referral_page_add_message (page, "referring-agency-id", GTK_WIDGET (self->agency_row),
                                self->agency_message);
  cr_referral_page_add_alias (page, "referring-agency-name", "referring-agency-id");
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);

  fill_agencies (self);
  g_signal_connect_object (cr_referral_page_get_agencies (page), "items-changed",
                           G_CALLBACK (on_agencies_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (self->add_agency_button, db != NULL && cr_database_is_writable (db));
}

/*
 * GObject overrides
 */

static void
cr_referral_page_referrer_dispose (GObject *object)
{
  CrReferralPageReferrer *self = (CrReferralPageReferrer *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_REFERRER);
  g_clear_pointer (&self->agency_ids, g_array_unref);

  G_OBJECT_CLASS (cr_referral_page_referrer_parent_class)->dispose (object);
}

static void
cr_referral_page_referrer_class_init (CrReferralPageReferrerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_referrer_dispose;
  page_class->step = CR_REFERRAL_STEP_REFERRER;
  page_class->load = cr_referral_page_referrer_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-referrer.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, add_agency_button);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, referral_date_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, agency_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, referrer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, referrer_role_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, notifier_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, notifier_role_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, notifier_phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, notifier_email_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageReferrer, step_message);
  gtk_widget_class_bind_template_callback (widget_class, on_agency_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_agency_clicked_cb);
}

static void
cr_referral_page_referrer_init (CrReferralPageReferrer *self)
{
  self->agency_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
