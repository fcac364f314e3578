/* cr-chronology.c: a case's merged multi-agency chronology */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronology"

#include "config.h"

#include "cr-chronology.h"

#include "cr-chronology-private.h"

struct _CrChronology
{
  GObject      parent_instance;

  GListStore  *entries;      /* CrChronologyEntry, merge order */
  GListStore  *rejects;      /* CrChronologyReject, agency then row */
  GListStore  *duplicates;   /* CrChronologyDuplicate, merge order of first */
  GHashTable  *pairs;        /* CrChronologyEntry → GPtrArray of its CrChronologyDuplicate */
};

G_DEFINE_FINAL_TYPE (CrChronology, cr_chronology, G_TYPE_OBJECT)

static void
cr_chronology_dispose (GObject *object)
{
  CrChronology *self = (CrChronology *) object;

  if (self->duplicates != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->duplicates));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CrChronologyDuplicate) duplicate =
            g_list_model_get_item (G_LIST_MODEL (self->duplicates), i);

          g_signal_handlers_disconnect_by_data (duplicate, self);
        }
    }

  g_clear_object (&self->entries);
  g_clear_object (&self->rejects);
  g_clear_object (&self->duplicates);
  g_clear_pointer (&self->pairs, g_hash_table_unref);

  G_OBJECT_CLASS (cr_chronology_parent_class)->dispose (object);
}

static void
cr_chronology_class_init (CrChronologyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_chronology_dispose;
}

static void
cr_chronology_init (CrChronology *self)
{
  self->entries = g_list_store_new (CR_TYPE_CHRONOLOGY_ENTRY);
  self->rejects = g_list_store_new (CR_TYPE_CHRONOLOGY_REJECT);
  self->duplicates = g_list_store_new (CR_TYPE_CHRONOLOGY_DUPLICATE);
  self->pairs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

CrChronology *
cr_chronology_new (void)
{
  return g_object_new (CR_TYPE_CHRONOLOGY, NULL);
}

/*
 * Duplicate marks
 */

/* An entry's mark from every pair it is in: CONFIRMED when a confirmed
 * pair says it repeats another; SUSPECTED while a pair waits for a
 * decision; NONE otherwise. */
static void
update_mark (CrChronology      *self,
             CrChronologyEntry *entry)
{
  GPtrArray *pairs = g_hash_table_lookup (self->pairs, entry);
  CrChronologyDuplicateMark mark = CR_CHRONOLOGY_DUPLICATE_NONE;

  for (guint i = 0; pairs != NULL && i < pairs->len; i++)
    {
      CrChronologyDuplicate *duplicate = g_ptr_array_index (pairs, i);
      CrDuplicateDecision decision = cr_chronology_duplicate_get_decision (duplicate);

      if (decision == CR_DUPLICATE_DECISION_CONFIRMED &&
          cr_chronology_duplicate_get_second (duplicate) == entry)
        {
          mark = CR_CHRONOLOGY_DUPLICATE_CONFIRMED;
          break;
        }
      if (decision == CR_DUPLICATE_DECISION_NONE)
        mark = CR_CHRONOLOGY_DUPLICATE_SUSPECTED;
    }

  cr_chronology_entry_set_duplicate (entry, mark);
}

static void
on_duplicate_decision_cb (CrChronology          *self,
                          GParamSpec            *pspec,
                          CrChronologyDuplicate *duplicate)
{
  update_mark (self, cr_chronology_duplicate_get_first (duplicate));
  update_mark (self, cr_chronology_duplicate_get_second (duplicate));
}

static void
add_pair (CrChronology          *self,
          CrChronologyEntry     *entry,
          CrChronologyDuplicate *duplicate)
{
  GPtrArray *pairs = g_hash_table_lookup (self->pairs, entry);

  if (pairs == NULL)
    {
      pairs = g_ptr_array_new ();
      g_hash_table_insert (self->pairs, entry, pairs);
    }
  g_ptr_array_add (pairs, duplicate);
}

/*
 * Entries
 */

static gpointer
ref_object (gconstpointer object,
            gpointer      data)
{
  return g_object_ref ((gpointer) object);
}

/**
 * cr_chronology_set_entries:
 * @self: a #CrChronology
 * @entries: (element-type CrChronologyEntry): the case's entries, in any order
 * @decisions: (nullable): cr_chronology_pair_key() → CrDuplicateDecision
 *
 * Sorts the entries into merge order, finds the likely duplicates and
 * applies the decisions taken on them before.
 */
void
cr_chronology_set_entries (CrChronology *self,
                           GPtrArray    *entries,
                           GHashTable   *decisions)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  guint n_old;

  g_return_if_fail (CR_IS_CHRONOLOGY (self));
  g_return_if_fail (entries != NULL);

  sorted = g_ptr_array_copy (entries, ref_object, NULL);
  g_ptr_array_set_free_func (sorted, g_object_unref);
  g_ptr_array_sort (sorted, cr_chronology_entry_compare_indirect);

  /* The pairs of the entries before, and their handlers, go. */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->duplicates));
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(CrChronologyDuplicate) duplicate =
        g_list_model_get_item (G_LIST_MODEL (self->duplicates), i);

      g_signal_handlers_disconnect_by_data (duplicate, self);
    }
  g_hash_table_remove_all (self->pairs);

  for (guint i = 0; i < sorted->len; i++)
    cr_chronology_entry_set_duplicate (g_ptr_array_index (sorted, i), CR_CHRONOLOGY_DUPLICATE_NONE);

  duplicates = cr_chronology_find_duplicates (sorted);
  for (guint i = 0; i < duplicates->len; i++)
    {
      CrChronologyDuplicate *duplicate = g_ptr_array_index (duplicates, i);
      CrChronologyEntry *first = cr_chronology_duplicate_get_first (duplicate);
      CrChronologyEntry *second = cr_chronology_duplicate_get_second (duplicate);

      add_pair (self, first, duplicate);
      add_pair (self, second, duplicate);

      if (decisions != NULL)
        {
          g_autofree char *key = cr_chronology_pair_key (cr_chronology_entry_get_id (first),
                                                         cr_chronology_entry_get_id (second));
          gpointer decision;

          if (g_hash_table_lookup_extended (decisions, key, NULL, &decision) &&
              GPOINTER_TO_INT (decision) >= CR_DUPLICATE_DECISION_NONE &&
              GPOINTER_TO_INT (decision) <= CR_DUPLICATE_DECISION_DISMISSED)
            cr_chronology_duplicate_set_decision (duplicate, GPOINTER_TO_INT (decision));
        }
    }

  for (guint i = 0; i < duplicates->len; i++)
    {
      CrChronologyDuplicate *duplicate = g_ptr_array_index (duplicates, i);

      update_mark (self, cr_chronology_duplicate_get_first (duplicate));
      update_mark (self, cr_chronology_duplicate_get_second (duplicate));
      g_signal_connect_object (duplicate, "notify::decision",
                               G_CALLBACK (on_duplicate_decision_cb), self, G_CONNECT_SWAPPED);
    }

  g_list_store_splice (self->entries, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       sorted->pdata, sorted->len);
  g_list_store_splice (self->duplicates, 0, n_old, duplicates->pdata, duplicates->len);
}

static int
compare_rejects (gconstpointer a,
                 gconstpointer b)
{
  CrChronologyReject *x = *(CrChronologyReject * const *) a;
  CrChronologyReject *y = *(CrChronologyReject * const *) b;
  const char *name_x = cr_chronology_reject_get_agency_name (x);
  const char *name_y = cr_chronology_reject_get_agency_name (y);
  int order;

  if ((order = g_utf8_collate (name_x != NULL ? name_x : "", name_y != NULL ? name_y : "")) != 0)
    return order;
  if (cr_chronology_reject_get_import_id (x) != cr_chronology_reject_get_import_id (y))
    return cr_chronology_reject_get_import_id (x) < cr_chronology_reject_get_import_id (y) ? -1 : 1;
  if (cr_chronology_reject_get_row (x) != cr_chronology_reject_get_row (y))
    return cr_chronology_reject_get_row (x) < cr_chronology_reject_get_row (y) ? -1 : 1;
  return (cr_chronology_reject_get_id (x) > cr_chronology_reject_get_id (y)) -
         (cr_chronology_reject_get_id (x) < cr_chronology_reject_get_id (y));
}

/**
 * cr_chronology_set_rejects:
 * @self: a #CrChronology
 * @rejects: (element-type CrChronologyReject): the rows set aside
 */
void
cr_chronology_set_rejects (CrChronology *self,
                           GPtrArray    *rejects)
{
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_if_fail (CR_IS_CHRONOLOGY (self));
  g_return_if_fail (rejects != NULL);

  /* A copy keeps the free function: it must not unref what it did not ref. */
  sorted = g_ptr_array_copy (rejects, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_rejects);
  g_list_store_splice (self->rejects, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->rejects)),
                       sorted->pdata, sorted->len);
}

GListModel *
cr_chronology_get_entries (CrChronology *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY (self), NULL);
  return G_LIST_MODEL (self->entries);
}

GListModel *
cr_chronology_get_rejects (CrChronology *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY (self), NULL);
  return G_LIST_MODEL (self->rejects);
}

GListModel *
cr_chronology_get_duplicates (CrChronology *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY (self), NULL);
  return G_LIST_MODEL (self->duplicates);
}

guint
cr_chronology_count_undecided (CrChronology *self)
{
  guint n, count = 0;

  g_return_val_if_fail (CR_IS_CHRONOLOGY (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->duplicates));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrChronologyDuplicate) duplicate =
        g_list_model_get_item (G_LIST_MODEL (self->duplicates), i);

      if (cr_chronology_duplicate_get_decision (duplicate) == CR_DUPLICATE_DECISION_NONE)
        count++;
    }

  return count;
}

typedef struct
{
  char   *name;
  gint64  id;
} Agency;

static int
compare_agencies (gconstpointer a,
                  gconstpointer b)
{
  const Agency *x = a, *y = b;
  int order = g_utf8_collate (x->name, y->name);

  if (order != 0)
    return order;
  return (x->id > y->id) - (x->id < y->id);
}

/**
 * cr_chronology_dup_agency_names:
 * @self: a #CrChronology
 * @agency_ids: (out) (optional) (transfer full): the agencies' ids
 *
 * Returns: (transfer full): the names of the agencies with entries
 */
char **
cr_chronology_dup_agency_names (CrChronology  *self,
                                gint64       **agency_ids)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GArray) agencies = NULL;
  char **names;
  guint n;

  g_return_val_if_fail (CR_IS_CHRONOLOGY (self), NULL);

  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  agencies = g_array_new (FALSE, FALSE, sizeof (Agency));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      Agency agency = {
        (char *) cr_chronology_entry_get_agency_name (entry),
        cr_chronology_entry_get_agency_id (entry),
      };

      if (g_hash_table_contains (seen, &agency.id))
        continue;
      g_array_append_val (agencies, agency);
      g_hash_table_add (seen, g_memdup2 (&agency.id, sizeof agency.id));
    }

  g_array_sort (agencies, compare_agencies);

  names = g_new0 (char *, agencies->len + 1);
  if (agency_ids != NULL)
    *agency_ids = g_new0 (gint64, agencies->len + 1);

  for (guint i = 0; i < agencies->len; i++)
    {
      names[i] = g_strdup (g_array_index (agencies, Agency, i).name);
      if (agency_ids != NULL)
        (*agency_ids)[i] = g_array_index (agencies, Agency, i).id;
    }

  return names;
}
