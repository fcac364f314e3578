/* cr-case-register.c: the case register's list model (no widgets) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRegister"

#include "config.h"

#include "cr-case-register.h"

#include "cr-case-filter-private.h"
#include "cr-case-private.h"
#include "cr-deadline-policy.h"
#include "cr-enum-types.h"

struct _CrCaseRegister
{
  GObject             parent_instance;

  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *model;
  GHashTable         *by_id;     /* gint64 id -> position in the store */
  CrCaseFilterState  *state;
  char               *search_text;

  guint               own_change : 1;
  guint               index_dirty : 1;
};

G_DEFINE_FINAL_TYPE (CrCaseRegister, cr_case_register, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_N_CASES,
  PROP_SEARCH_TEXT,
  PROP_STATUS_FILTER,
  PROP_REVIEW_TYPE_FILTER,
  PROP_YEAR_FILTER,
  PROP_INCREMENTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How a single-value filter moved: from "any" to a value is stricter,
 * back to "any" is looser, from one value to another is different. */
static GtkFilterChange
value_change (int old_value,
              int new_value,
              int any)
{
  if (old_value == any)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_value == any)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/*
 * Id index
 *
 * Positions only move when the whole content is replaced (set_cases,
 * which rebuilds the index) or when something else changes the store
 * directly (which marks the index dirty), so upsert and lookup are
 * O(log n) (GListStore access) rather than a scan.
 */

static void
index_case (CrCaseRegister *self,
            CrCase         *kase,
            guint           position)
{
  gint64 id = cr_case_get_id (kase);

  if (id != 0)
    g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (position));
}

static void
rebuild_index (CrCaseRegister *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCase) kase = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      index_case (self, kase, i);
    }

  self->index_dirty = FALSE;
}

/* The stored case with @id and its position, or NULL. */
static CrCase *
find_case (CrCaseRegister *self,
           gint64          id,
           guint          *out_position)
{
  if (id == 0)
    return NULL;

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      gpointer value;

      if (self->index_dirty)
        rebuild_index (self);

      if (g_hash_table_lookup_extended (self->by_id, &id, NULL, &value))
        {
          guint position = GPOINTER_TO_UINT (value);
          g_autoptr(CrCase) kase = g_list_model_get_item (G_LIST_MODEL (self->store), position);

          if (kase != NULL && cr_case_get_id (kase) == id)
            {
              if (out_position != NULL)
                *out_position = position;
              /* The store keeps its reference. */
              return kase;
            }
        }
      else if (attempt == 0)
        {
          return NULL;
        }

      /* A stored case changed its id: look again from scratch. */
      self->index_dirty = TRUE;
    }

  return NULL;
}

static void
on_store_items_changed_cb (CrCaseRegister *self,
                           guint           position,
                           guint           removed,
                           guint           added,
                           GListModel     *store)
{
  if (!self->own_change)
    self->index_dirty = TRUE;

  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CASES]);
}

/* The closure days or the rapid review clock changed: every deadline may
 * have moved. Cases shown recompute now; the others when next read. */
static void
on_policy_changed_cb (CrCaseRegister   *self,
                      CrDeadlinePolicy *policy)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCase) kase = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      _cr_case_invalidate_deadline (kase);
    }
}

/*
 * GObject overrides
 */

static void
cr_case_register_dispose (GObject *object)
{
  CrCaseRegister *self = (CrCaseRegister *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_case_register_parent_class)->dispose (object);
}

static void
cr_case_register_finalize (GObject *object)
{
  CrCaseRegister *self = (CrCaseRegister *)object;

  g_clear_pointer (&self->state, _cr_case_filter_state_release);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (cr_case_register_parent_class)->finalize (object);
}

static void
cr_case_register_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrCaseRegister *self = CR_CASE_REGISTER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_N_CASES:
      g_value_set_uint (value, cr_case_register_get_n_cases (self));
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->state->status);
      break;
    case PROP_REVIEW_TYPE_FILTER:
      g_value_set_int (value, self->state->review_type);
      break;
    case PROP_YEAR_FILTER:
      g_value_set_int (value, self->state->year);
      break;
    case PROP_INCREMENTAL:
      g_value_set_boolean (value, gtk_filter_list_model_get_incremental (self->model));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_register_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrCaseRegister *self = CR_CASE_REGISTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      cr_case_register_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_STATUS_FILTER:
      cr_case_register_set_status_filter (self, g_value_get_int (value));
      break;
    case PROP_REVIEW_TYPE_FILTER:
      cr_case_register_set_review_type_filter (self, g_value_get_int (value));
      break;
    case PROP_YEAR_FILTER:
      cr_case_register_set_year_filter (self, g_value_get_int (value));
      break;
    case PROP_INCREMENTAL:
      cr_case_register_set_incremental (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_register_class_init (CrCaseRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cr_case_register_dispose;
  object_class->finalize = cr_case_register_finalize;
  object_class->get_property = cr_case_register_get_property;
  object_class->set_property = cr_case_register_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_N_CASES] =
    g_param_spec_uint ("n-cases", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, rw);
  properties[PROP_STATUS_FILTER] =
    g_param_spec_int ("status-filter", NULL, NULL, -1, CR_CASE_STATUS_LAST, -1, rw);
  properties[PROP_REVIEW_TYPE_FILTER] =
    g_param_spec_int ("review-type-filter", NULL, NULL, -1, CR_REVIEW_TYPE_LEGACY_SCR, -1, rw);
  properties[PROP_YEAR_FILTER] =
    g_param_spec_int ("year-filter", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_INCREMENTAL] =
    g_param_spec_boolean ("incremental", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_case_register_init (CrCaseRegister *self)
{
  self->state = _cr_case_filter_state_new ();

  self->store = g_list_store_new (CR_TYPE_CASE);
  g_signal_connect_object (self->store, "items-changed",
                           G_CALLBACK (on_store_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (_cr_case_filter_match,
                                        g_rc_box_acquire (self->state),
                                        _cr_case_filter_state_release);
  self->model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (cr_deadline_policy_get_default (), "changed",
                           G_CALLBACK (on_policy_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

CrCaseRegister *
cr_case_register_new (void)
{
  return g_object_new (CR_TYPE_CASE_REGISTER, NULL);
}

/**
 * cr_case_register_get_model:
 * @self: a register
 *
 * Returns: (transfer none): the cases that pass the filters
 */
GListModel *
cr_case_register_get_model (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), NULL);

  return G_LIST_MODEL (self->model);
}

/**
 * cr_case_register_get_store:
 * @self: a register
 *
 * Returns: (transfer none): every case, unfiltered. Change it through
 *   cr_case_register_set_cases() and cr_case_register_upsert() so that
 *   lookups stay right.
 */
GListStore *
cr_case_register_get_store (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), NULL);

  return self->store;
}

guint
cr_case_register_get_n_cases (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

void
cr_case_register_set_cases (CrCaseRegister *self,
                            GPtrArray      *cases)
{
  g_return_if_fail (CR_IS_CASE_REGISTER (self));
  g_return_if_fail (cases != NULL);

  for (guint i = 0; i < cases->len; i++)
    g_return_if_fail (CR_IS_CASE (g_ptr_array_index (cases, i)));

  self->own_change = TRUE;
  g_list_store_splice (self->store, 0, cr_case_register_get_n_cases (self),
                       cases->pdata, cases->len);
  self->own_change = FALSE;

  rebuild_index (self);
}

/**
 * cr_case_register_upsert:
 * @self: a register
 * @kase: a case
 *
 * Replaces the stored case with @kase's id in place (one items-changed
 * removing and adding one item at its position), or appends @kase when no
 * case has its id (or its id is 0). Upserting the stored object itself
 * after changing it makes the filters look at it again.
 */
void
cr_case_register_upsert (CrCaseRegister *self,
                         CrCase         *kase)
{
  g_autoptr(CrCase) hold = NULL;
  guint position;

  g_return_if_fail (CR_IS_CASE_REGISTER (self));
  g_return_if_fail (CR_IS_CASE (kase));

  /* @kase may be the stored object itself (changed in place, then
   * upserted to filter it again): keep it alive across the splice. */
  hold = g_object_ref (kase);

  if (find_case (self, cr_case_get_id (kase), &position) != NULL)
    {
      self->own_change = TRUE;
      g_list_store_splice (self->store, position, 1, (gpointer *) &kase, 1);
      self->own_change = FALSE;
      return;
    }

  position = cr_case_register_get_n_cases (self);
  self->own_change = TRUE;
  g_list_store_append (self->store, kase);
  self->own_change = FALSE;
  index_case (self, kase, position);
}

/**
 * cr_case_register_lookup:
 * @self: a register
 * @id: a case id
 *
 * Returns: (transfer none) (nullable): the case with @id, or %NULL
 */
CrCase *
cr_case_register_lookup (CrCaseRegister *self,
                         gint64          id)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), NULL);

  return find_case (self, id, NULL);
}

static int
compare_years_descending (gconstpointer a,
                          gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return x > y ? -1 : x < y ? 1 : 0;
}

/**
 * cr_case_register_dup_years:
 * @self: a register
 *
 * Returns: (transfer full) (element-type int): the distinct non-zero
 *   years of the cases, newest first
 */
GArray *
cr_case_register_dup_years (CrCaseRegister *self)
{
  g_autoptr(GHashTable) seen = NULL;
  GArray *years;
  guint n;

  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), NULL);

  seen = g_hash_table_new (NULL, NULL);
  years = g_array_new (FALSE, FALSE, sizeof (int));
  n = cr_case_register_get_n_cases (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCase) kase = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      int year = cr_case_get_year (kase);

      if (year != 0 && g_hash_table_add (seen, GINT_TO_POINTER (year)))
        g_array_append_val (years, year);
    }

  g_array_sort (years, compare_years_descending);

  return years;
}

const char *
cr_case_register_get_search_text (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), NULL);

  return self->search_text;
}

/**
 * cr_case_register_set_search_text:
 * @self: a register
 * @text: (nullable): the words to look for
 *
 * Every white-space-separated word must be found, ignoring case, in the
 * reference, pseudonym, agencies, themes or summary. The filter is told
 * how it changed: more strict when every old word is inside a new word
 * (typing on), less strict in the reverse case (deleting), different
 * otherwise.
 */
void
cr_case_register_set_search_text (CrCaseRegister *self,
                                  const char     *text)
{
  char **words;
  gboolean stricter, looser;

  g_return_if_fail (CR_IS_CASE_REGISTER (self));

  if (text != NULL && *text == '\0')
    text = NULL;

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  words = _cr_case_filter_split_words (text);
  stricter = _cr_case_filter_words_implied (self->state->words, words);
  looser = _cr_case_filter_words_implied (words, self->state->words);
  g_strfreev (self->state->words);
  self->state->words = words;

  if (stricter && looser)
    ; /* the same words: nothing to filter again */
  else if (stricter)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
  else if (looser)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

int
cr_case_register_get_status_filter (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), -1);

  return self->state->status;
}

void
cr_case_register_set_status_filter (CrCaseRegister *self,
                                    int             status)
{
  GtkFilterChange change;

  g_return_if_fail (CR_IS_CASE_REGISTER (self));
  g_return_if_fail (status >= -1 && status <= (int) CR_CASE_STATUS_LAST);

  if (self->state->status == status)
    return;

  change = value_change (self->state->status, status, -1);
  self->state->status = status;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

int
cr_case_register_get_review_type_filter (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), -1);

  return self->state->review_type;
}

void
cr_case_register_set_review_type_filter (CrCaseRegister *self,
                                         int             review_type)
{
  GtkFilterChange change;

  g_return_if_fail (CR_IS_CASE_REGISTER (self));
  g_return_if_fail (review_type >= -1 && review_type <= (int) CR_REVIEW_TYPE_LEGACY_SCR);

  if (self->state->review_type == review_type)
    return;

  change = value_change (self->state->review_type, review_type, -1);
  self->state->review_type = review_type;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_TYPE_FILTER]);
}

int
cr_case_register_get_year_filter (CrCaseRegister *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER (self), 0);

  return self->state->year;
}

void
cr_case_register_set_year_filter (CrCaseRegister *self,
                                  int             year)
{
  GtkFilterChange change;

  g_return_if_fail (CR_IS_CASE_REGISTER (self));
  g_return_if_fail (year >= 0);

  if (self->state->year == year)
    return;

  change = value_change (self->state->year, year, 0);
  self->state->year = year;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_FILTER]);
}

void
cr_case_register_set_incremental (CrCaseRegister *self,
                                  gboolean        incremental)
{
  g_return_if_fail (CR_IS_CASE_REGISTER (self));

  incremental = !!incremental;
  if (gtk_filter_list_model_get_incremental (self->model) == incremental)
    return;

  gtk_filter_list_model_set_incremental (self->model, incremental);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCREMENTAL]);
}
