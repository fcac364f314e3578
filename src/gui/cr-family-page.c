/* cr-family-page.c: the review workspace page of the family involvement log
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFamilyPage"

#include "config.h"

#include "cr-family-page.h"

#include "cr-family-contact.h"
#include "cr-record-list-group.h"

#include <glib/gi18n.h>

struct _CrFamilyPage
{
  CrReviewPage       parent_instance;

  /* Template widgets */
  CrRecordListGroup *list_group;
};

G_DEFINE_FINAL_TYPE (CrFamilyPage, cr_family_page, CR_TYPE_REVIEW_PAGE)

static const char * const required_fields[] = { "person", NULL };

/*
 * The list
 */

/* Where the log stands with this contact, for the report. */
static char *
contact_status (CrRecord    *record,
                const char **css_class,
                gpointer     user_data)
{
  const char *consent = cr_record_get (record, "consent");
  gboolean not_involved = g_strcmp0 (consent, "declined") == 0 ||
                          g_strcmp0 (consent, "withdrawn") == 0 ||
                          g_strcmp0 (cr_record_get (record, "contact-made"), "false") == 0;

  if (not_involved && !cr_record_has (record, "not-involved-reason"))
    {
      *css_class = "warning";
      /* Translators: the report must say why a family member was not involved. */
      return g_strdup (_("Reason Needed"));
    }
  if (cr_record_has (record, "draft-shared-date"))
    {
      *css_class = "success";
      return g_strdup (_("Draft Shared"));
    }
  if (g_strcmp0 (consent, "given") == 0)
    {
      *css_class = "success";
      return g_strdup (_("Consented"));
    }
  return NULL;
}

/* "3 family members contacted · 2 consented · draft shared with 1":
 * people, not contacts, counted by the name the log gives them. */
static void
update_summary (CrFamilyPage *self)
{
  GListModel *records = cr_record_list_group_get_records (self->list_group);
  g_autoptr(GHashTable) contacted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) consent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  GHashTableIter iter;
  gpointer value;
  guint consented = 0;
  guint n;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (records, i);
      const char *person = cr_record_get (record, "person");
      const char *answer = cr_record_get (record, "consent");
      g_autofree char *key = NULL;

      if (person == NULL)
        continue;

      key = g_utf8_casefold (person, -1);
      if (cr_record_get_boolean (record, "contact-made"))
        g_hash_table_add (contacted, g_strdup (key));
      if (cr_record_has (record, "draft-shared-date"))
        g_hash_table_add (shared, g_strdup (key));
      /* The log is in date order: the latest answer stands. */
      if (answer != NULL)
        g_hash_table_insert (consent, g_strdup (key), g_strdup (answer));
    }

  g_hash_table_iter_init (&iter, consent);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (value, "given"))
      consented++;

  if (g_list_model_get_n_items (records) == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->list_group), NULL);
      return;
    }

  n = g_hash_table_size (contacted);
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u family member contacted",
                                                     "%u family members contacted", n), n));
  /* Translators: family members who consented to take part in the review. */
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u consented", "%u consented", consented),
                                           consented));
  n = g_hash_table_size (shared);
  if (n == 0)
    g_ptr_array_add (parts, g_strdup (_("draft not shared yet")));
  else
    /* Translators: the number of family members the draft report was shared with. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("draft shared with %u", "draft shared with %u", n), n));
  g_ptr_array_add (parts, NULL);

  summary = g_strjoinv (" · ", (char **) parts->pdata);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->list_group), summary);
}

static void
on_records_changed_cb (CrFamilyPage *self)
{
  update_summary (self);
}

static void
cr_family_page_reload (CrReviewPage *page,
                       gboolean      new_case)
{
  cr_record_list_group_reload (CR_FAMILY_PAGE (page)->list_group);
}

/*
 * GObject overrides
 */

static void
cr_family_page_dispose (GObject *object)
{
  CrFamilyPage *self = CR_FAMILY_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_FAMILY_PAGE);

  G_OBJECT_CLASS (cr_family_page_parent_class)->dispose (object);
}

static void
cr_family_page_class_init (CrFamilyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_family_page_dispose;

  page_class->reload = cr_family_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrFamilyPage, list_group);

  g_type_ensure (CR_TYPE_FAMILY_CONTACT);
  g_type_ensure (CR_TYPE_RECORD_LIST_GROUP);
}

static void
cr_family_page_init (CrFamilyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->list_group);
  cr_record_list_group_set_fields (self->list_group, NULL, required_fields);
  cr_record_list_group_set_status_func (self->list_group, contact_status, self);
  g_signal_connect_object (cr_record_list_group_get_records (self->list_group), "items-changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

GtkWidget *
cr_family_page_new (void)
{
  return g_object_new (CR_TYPE_FAMILY_PAGE, NULL);
}
