/* cr-review-page.c: the base of the pages of the review workspace
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReviewPage"

#include "config.h"

#include "cr-review-page.h"

#include "cr-database-review.h"
#include "cr-edit-utils.h"

typedef struct
{
  CrDatabase   *db;
  CrCase       *kase;
  GCancellable *cancellable;    /* loads for the case shown */
  GPtrArray    *list_groups;    /* CrRecordListGroup */
} CrReviewPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CrReviewPage, cr_review_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  CrReviewPage            *self;
  gint64                   case_id;
  char                    *error_title;
  CrReviewPageRecordsFunc  done;
} ListData;

static void
list_data_free (ListData *data)
{
  g_object_unref (data->self);
  g_free (data->error_title);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ListData, list_data_free)

/*
 * Following the database and the case
 */

static void
changed (CrReviewPage *self,
         gboolean      new_case)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);
  gint64 id = cr_review_page_get_case_id (self);

  cr_review_page_cancel_loads (self);

  for (guint i = 0; i < priv->list_groups->len; i++)
    {
      CrRecordListGroup *group = g_ptr_array_index (priv->list_groups, i);

      cr_record_list_group_set_database (group, priv->db);
      cr_record_list_group_set_case_id (group, id);
    }

  if (CR_REVIEW_PAGE_GET_CLASS (self)->reload != NULL)
    CR_REVIEW_PAGE_GET_CLASS (self)->reload (self, new_case);
}

static void
leave (CrReviewPage *self)
{
  if (CR_REVIEW_PAGE_GET_CLASS (self)->leave != NULL)
    CR_REVIEW_PAGE_GET_CLASS (self)->leave (self);
}

static void
on_list_records_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ListData) data = user_data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (cr_review_page_get_case (data->self) == NULL ||
      data->case_id != cr_review_page_get_case_id (data->self))
    return;
  if (records == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (data->error_title != NULL)
        {
          cr_show_error_toast (GTK_WIDGET (data->self), data->error_title, error);
          return;
        }
    }

  data->done (data->self, records, error);
}

/*
 * GObject overrides
 */

static void
cr_review_page_dispose (GObject *object)
{
  CrReviewPage *self = CR_REVIEW_PAGE (object);
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_ptr_array_set_size (priv->list_groups, 0);
  g_clear_object (&priv->kase);
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (cr_review_page_parent_class)->dispose (object);
}

static void
cr_review_page_finalize (GObject *object)
{
  CrReviewPage *self = CR_REVIEW_PAGE (object);
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_ptr_array_unref (priv->list_groups);

  G_OBJECT_CLASS (cr_review_page_parent_class)->finalize (object);
}

static void
cr_review_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrReviewPage *self = CR_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, cr_review_page_get_database (self));
      break;

    case PROP_CASE:
      g_value_set_object (value, cr_review_page_get_case (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_review_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrReviewPage *self = CR_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      cr_review_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_CASE:
      cr_review_page_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_review_page_class_init (CrReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_review_page_dispose;
  object_class->finalize = cr_review_page_finalize;
  object_class->get_property = cr_review_page_get_property;
  object_class->set_property = cr_review_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_review_page_init (CrReviewPage *self)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  priv->cancellable = g_cancellable_new ();
  priv->list_groups = g_ptr_array_new_with_free_func (g_object_unref);
}

/*
 * Public API
 */

CrDatabase *
cr_review_page_get_database (CrReviewPage *self)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REVIEW_PAGE (self), NULL);

  return priv->db;
}

void
cr_review_page_set_database (CrReviewPage *self,
                             CrDatabase   *database)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REVIEW_PAGE (self));
  g_return_if_fail (database == NULL || CR_IS_DATABASE (database));

  if (priv->db == database)
    return;

  leave (self);
  g_set_object (&priv->db, database);
  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

CrCase *
cr_review_page_get_case (CrReviewPage *self)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REVIEW_PAGE (self), NULL);

  return priv->kase;
}

void
cr_review_page_set_case (CrReviewPage *self,
                         CrCase       *kase)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);
  gboolean new_case;

  g_return_if_fail (CR_IS_REVIEW_PAGE (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (priv->kase == kase)
    return;

  new_case = priv->kase == NULL || kase == NULL ||
             cr_case_get_id (priv->kase) != cr_case_get_id (kase);
  if (new_case)
    leave (self);

  /* Our own copy: the window may change its own. */
  g_clear_object (&priv->kase);
  if (kase != NULL)
    priv->kase = cr_case_copy (kase);

  changed (self, new_case);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

gint64
cr_review_page_get_case_id (CrReviewPage *self)
{
  CrCase *kase = cr_review_page_get_case (self);

  return kase != NULL ? cr_case_get_id (kase) : 0;
}

gboolean
cr_review_page_is_writable (CrReviewPage *self)
{
  return cr_database_is_writable (cr_review_page_get_database (self)) &&
         cr_review_page_get_case (self) != NULL;
}

GtkWindow *
cr_review_page_get_window (CrReviewPage *self)
{
  GtkRoot *root;

  g_return_val_if_fail (CR_IS_REVIEW_PAGE (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GCancellable *
cr_review_page_get_cancellable (CrReviewPage *self)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REVIEW_PAGE (self), NULL);

  return priv->cancellable;
}

void
cr_review_page_cancel_loads (CrReviewPage *self)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REVIEW_PAGE (self));

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
}

void
cr_review_page_add_list_group (CrReviewPage      *self,
                               CrRecordListGroup *group)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REVIEW_PAGE (self));
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (group));

  g_ptr_array_add (priv->list_groups, g_object_ref (group));
  cr_record_list_group_set_database (group, priv->db);
  cr_record_list_group_set_case_id (group, cr_review_page_get_case_id (self));
}

void
cr_review_page_list_records (CrReviewPage            *self,
                             GType                    type,
                             const char              *error_title,
                             CrReviewPageRecordsFunc  done)
{
  CrReviewPagePrivate *priv = cr_review_page_get_instance_private (self);
  ListData *data;

  g_return_if_fail (CR_IS_REVIEW_PAGE (self));
  g_return_if_fail (done != NULL);

  if (priv->db == NULL || cr_review_page_get_case_id (self) == 0)
    return;

  data = g_new0 (ListData, 1);
  data->self = g_object_ref (self);
  data->case_id = cr_review_page_get_case_id (self);
  data->error_title = g_strdup (error_title);
  data->done = done;
  cr_database_list_records_async (priv->db, type, data->case_id, priv->cancellable,
                                  on_list_records_cb, data);
}
