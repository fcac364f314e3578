/* cr-demo-data.c: writes the fictional Northbridge sample partnership */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-data.h"
#include "cr-demo-data-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* What the worker thread needs: filled in as it goes. */
typedef struct
{
  CrDatabase   *db;
  GCancellable *cancellable;
  GDate         today;
  GArray       *agency_ids;   /* gint64, one per demo agency */
  GArray       *archived;     /* gboolean, one per demo agency: archived now */
  GArray       *to_archive;   /* gint64: agencies this run created, archived last */
  GHashTable   *theme_ids;    /* casefolded label -> gint64 id (boxed) */
  GHashTable   *references;   /* references already stored */
  guint         n_added;
} Writer;

static void
writer_clear (Writer *writer)
{
  g_clear_pointer (&writer->agency_ids, g_array_unref);
  g_clear_pointer (&writer->archived, g_array_unref);
  g_clear_pointer (&writer->to_archive, g_array_unref);
  g_clear_pointer (&writer->theme_ids, g_hash_table_unref);
  g_clear_pointer (&writer->references, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

/* --------------------------------------------------------------------------
 * Helpers: dates and people
 */

static char *
dup_days_before (const GDate *date,
                 int          days)
{
  GDate d = *date;

  g_date_subtract_days (&d, days);
  return cr_date_to_iso (&d);
}

static void
set_identity_value (CrIdentity      *identity,
                    CrIdentityField  field,
                    const char      *value)
{
  if (value == NULL)
    return;
  if (g_str_equal (value, CR_DEMO_NOT_KNOWN))
    cr_identity_set_state (identity, field, CR_FIELD_STATE_NOT_KNOWN);
  else if (g_str_equal (value, CR_DEMO_DECLINED))
    cr_identity_set_state (identity, field, CR_FIELD_STATE_DECLINED);
  else
    cr_identity_set_value (identity, field, value);
}

/* The restricted identity of a demo person; the date of birth is counted
 * back from the incident so that the age band is right. */
static CrIdentity *
build_identity (const CrDemoPerson *person,
                const GDate        *incident)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();

  set_identity_value (identity, CR_IDENTITY_FIELD_NAME, person->name);

  if (person->age_days > 0)
    {
      GDate birth = *incident;
      g_autofree char *iso = NULL;
      int years;

      g_date_subtract_days (&birth, person->age_days);
      iso = cr_date_to_iso (&birth);
      cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, iso);

      years = g_date_get_year (incident) - g_date_get_year (&birth);
      if (g_date_get_month (incident) < g_date_get_month (&birth) ||
          (g_date_get_month (incident) == g_date_get_month (&birth) &&
           g_date_get_day (incident) < g_date_get_day (&birth)))
        years--;
      if (years < 18)
        {
          g_autofree char *age = g_strdup_printf ("%d", years);

          cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, age);
        }
    }
  else
    {
      cr_identity_set_state (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, CR_FIELD_STATE_NOT_KNOWN);
      set_identity_value (identity, CR_IDENTITY_FIELD_AGE, person->age);
    }

  set_identity_value (identity, CR_IDENTITY_FIELD_SEX, person->sex);
  set_identity_value (identity, CR_IDENTITY_FIELD_ETHNICITY, person->ethnicity);
  set_identity_value (identity, CR_IDENTITY_FIELD_DISABILITY, person->disability);
  set_identity_value (identity, CR_IDENTITY_FIELD_LOOKED_AFTER, person->looked_after);
  set_identity_value (identity, CR_IDENTITY_FIELD_CIN_CP_PLAN, person->cin_cp_plan);
  set_identity_value (identity, CR_IDENTITY_FIELD_ADDRESS, person->address);

  return g_steal_pointer (&identity);
}

/* --------------------------------------------------------------------------
 * Steps, each a synchronous call on the database thread
 */

static gboolean
load_agencies (Writer  *writer,
               GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  const CrDemoAgency *agencies;
  guint n_agencies;

  cr_database_list_agencies_async (writer->db, writer->cancellable, cr_database_sync_cb, &res);
  stored = cr_database_list_agencies_finish (writer->db, cr_database_wait (&res), error);
  if (stored == NULL)
    return FALSE;
  g_clear_object (&res);

  for (guint i = 0; i < stored->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (stored, i);

      g_hash_table_insert (by_name, (gpointer) cr_agency_get_name (agency), agency);
    }

  agencies = _cr_demo_data_get_agencies (&n_agencies);
  writer->agency_ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), n_agencies);
  writer->archived = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_agencies);
  writer->to_archive = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < n_agencies; i++)
    {
      const CrDemoAgency *spec = &agencies[i];
      CrAgency *existing = g_hash_table_lookup (by_name, spec->name);
      g_autoptr(CrAgency) agency = NULL;
      g_autoptr(CrAgency) created = NULL;
      gboolean archived = FALSE;
      gint64 id;

      if (existing != NULL)
        {
          id = cr_agency_get_id (existing);
          archived = cr_agency_get_archived (existing);
          g_array_append_val (writer->agency_ids, id);
          g_array_append_val (writer->archived, archived);
          continue;
        }

      agency = cr_agency_new ();
      cr_agency_set_name (agency, spec->name);
      cr_agency_set_sector (agency, spec->sector);
      cr_agency_set_contact_name (agency, spec->contact_name);
      cr_agency_set_contact_email (agency, spec->contact_email);
      cr_agency_set_contact_phone (agency, spec->contact_phone);

      cr_database_create_agency_async (writer->db, agency, writer->cancellable,
                                       cr_database_sync_cb, &res);
      created = cr_database_create_agency_finish (writer->db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (created == NULL)
        return FALSE;

      id = cr_agency_get_id (created);
      g_array_append_val (writer->agency_ids, id);
      g_array_append_val (writer->archived, archived);

      /* An archived agency cannot be added to a case: it is archived once
       * its old cases are written, as a partnership would have done. */
      if (spec->archived)
        g_array_append_val (writer->to_archive, id);
    }

  return TRUE;
}

static gboolean
load_themes (Writer  *writer,
             GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) themes = NULL;

  cr_database_list_themes_async (writer->db, 0, writer->cancellable, cr_database_sync_cb, &res);
  themes = cr_database_list_themes_finish (writer->db, cr_database_wait (&res), error);
  if (themes == NULL)
    return FALSE;

  writer->theme_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (themes, i);
      gint64 id = cr_theme_get_id (theme);

      g_hash_table_insert (writer->theme_ids,
                           g_utf8_casefold (cr_theme_get_label (theme), -1),
                           g_memdup2 (&id, sizeof id));
    }

  return TRUE;
}

static gboolean
load_references (Writer  *writer,
                 GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  cr_database_list_cases_async (writer->db, writer->cancellable, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (writer->db, cr_database_wait (&res), error);
  if (cases == NULL)
    return FALSE;

  writer->references = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < cases->len; i++)
    g_hash_table_add (writer->references,
                      g_strdup (cr_case_get_reference (g_ptr_array_index (cases, i))));

  return TRUE;
}

static gboolean
add_people (Writer             *writer,
            gint64              case_id,
            const CrDemoCase   *spec,
            const GDate        *incident,
            GError            **error)
{
  g_autoptr(GAsyncResult) res = NULL;

  for (guint i = 0; i < CR_DEMO_MAX_CHILDREN && spec->children[i].pseudonym != NULL; i++)
    {
      const CrDemoPerson *person = &spec->children[i];
      g_autoptr(CrChild) child = cr_child_new ();
      g_autoptr(CrIdentity) identity = build_identity (person, incident);
      g_autoptr(CrChild) stored = NULL;

      cr_child_set_case_id (child, case_id);
      cr_child_set_pseudonym (child, person->pseudonym);
      cr_child_set_identity (child, identity);

      cr_database_add_child_async (writer->db, child, writer->cancellable,
                                   cr_database_sync_cb, &res);
      stored = cr_database_add_child_finish (writer->db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (stored == NULL)
        return FALSE;
    }

  for (guint i = 0; i < CR_DEMO_MAX_FAMILY && spec->family[i].pseudonym != NULL; i++)
    {
      const CrDemoPerson *person = &spec->family[i];
      g_autoptr(CrFamilyMember) member = cr_family_member_new ();
      g_autoptr(CrIdentity) identity = build_identity (person, incident);
      g_autoptr(CrFamilyMember) stored = NULL;

      cr_family_member_set_case_id (member, case_id);
      cr_family_member_set_pseudonym (member, person->pseudonym);
      cr_family_member_set_relationship (member, person->relationship);
      cr_family_member_set_identity (member, identity);

      cr_database_add_family_member_async (writer->db, member, writer->cancellable,
                                           cr_database_sync_cb, &res);
      stored = cr_database_add_family_member_finish (writer->db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (stored == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_links (Writer            *writer,
           gint64             case_id,
           const CrDemoCase  *spec,
           GError           **error)
{
  g_autoptr(GAsyncResult) res = NULL;

  for (guint i = 0; i < CR_DEMO_MAX_INVOLVEMENTS && spec->involvements[i].agency != 0; i++)
    {
      guint index = spec->involvements[i].agency - 1;
      g_autoptr(CrInvolvement) involvement = NULL;

      g_assert (index < writer->agency_ids->len);
      /* Only when --force adds a case after its agency was archived. */
      if (g_array_index (writer->archived, gboolean, index))
        continue;

      cr_database_add_involvement_async (writer->db, case_id,
                                         g_array_index (writer->agency_ids, gint64, index),
                                         spec->involvements[i].role, writer->cancellable,
                                         cr_database_sync_cb, &res);
      involvement = cr_database_add_involvement_finish (writer->db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (involvement == NULL)
        return FALSE;
    }

  for (guint i = 0; i < CR_DEMO_MAX_THEMES && spec->themes[i] != NULL; i++)
    {
      g_autofree char *key = g_utf8_casefold (spec->themes[i], -1);
      gint64 *theme_id = g_hash_table_lookup (writer->theme_ids, key);

      if (theme_id == NULL)
        {
          /* The seeded themes and this data set disagree: a bug. */
          g_warning ("Demo theme “%s” is not among the seeded themes", spec->themes[i]);
          continue;
        }

      cr_database_set_case_theme_async (writer->db, case_id, *theme_id, TRUE,
                                        writer->cancellable, cr_database_sync_cb, &res);
      if (!cr_database_set_case_theme_finish (writer->db, cr_database_wait (&res), error))
        return FALSE;
      g_clear_object (&res);
    }

  return TRUE;
}

static gboolean
add_case (Writer            *writer,
          guint              index,
          const CrDemoCase  *spec,
          GError           **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrCase) stored = NULL;
  g_autofree char *incident = dup_days_before (&writer->today, spec->incident);
  g_autofree char *aware = spec->aware > 0 ? dup_days_before (&writer->today, spec->aware) : NULL;
  g_autofree char *notified = spec->notified > 0 ? dup_days_before (&writer->today, spec->notified) : NULL;
  g_autofree char *decision = spec->decision > 0 ? dup_days_before (&writer->today, spec->decision) : NULL;
  g_autofree char *publication = spec->publication > 0 ? dup_days_before (&writer->today, spec->publication) : NULL;
  g_autofree char *reference = NULL;
  GDate incident_date = writer->today;
  GDate year_date = writer->today;

  g_date_subtract_days (&incident_date, spec->incident);
  g_date_subtract_days (&year_date, spec->aware > 0 ? spec->aware : spec->incident);
  reference = g_strdup_printf ("%s-%04u-%03u", CR_DEMO_REFERENCE_PREFIX,
                               (guint) g_date_get_year (&year_date), index + 1);

  if (g_hash_table_contains (writer->references, reference))
    return TRUE;

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, spec->pseudonym);
  cr_case_set_review_type (kase, spec->review_type);
  cr_case_set_summary (kase, spec->summary);
  cr_case_set_incident_date (kase, incident);
  cr_case_set_aware_date (kase, aware);
  cr_case_set_notified_date (kase, notified);
  cr_case_set_decision_date (kase, decision);
  cr_case_set_publication_date (kase, publication);
  if (spec->status == CR_CASE_STATUS_PAUSED)
    cr_case_set_paused_from (kase, spec->paused_from);
  cr_case_set_status (kase, spec->status);

  cr_database_create_case_async (writer->db, kase, writer->cancellable, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (writer->db, cr_database_wait (&res), error);
  if (stored == NULL)
    return FALSE;

  if (!add_links (writer, cr_case_get_id (stored), spec, error) ||
      !add_people (writer, cr_case_get_id (stored), spec, &incident_date, error) ||
      !_cr_demo_data_write_reviews (writer->db, writer->cancellable, cr_case_get_id (stored), index, spec,
                                    &writer->today, writer->agency_ids, writer->archived, error) ||
      !_cr_demo_data_write_workspace (writer->db, writer->cancellable, cr_case_get_id (stored), index, spec,
                                      &writer->today, writer->agency_ids, error) ||
      !_cr_demo_data_write_report (writer->db, writer->cancellable, cr_case_get_id (stored), index, spec,
                                   &writer->today, writer->agency_ids, error))
    return FALSE;

  g_hash_table_add (writer->references, g_steal_pointer (&reference));
  writer->n_added++;
  return TRUE;
}

static gboolean
archive_agencies (Writer  *writer,
                  GError **error)
{
  for (guint i = 0; i < writer->to_archive->len; i++)
    {
      g_autoptr(GAsyncResult) res = NULL;
      g_autofree char *old_value = NULL;

      /* Archiving is a change of its own, as it is for a user. */
      cr_database_update_field_async (writer->db, "agency",
                                      g_array_index (writer->to_archive, gint64, i),
                                      "archived", "true", writer->cancellable,
                                      cr_database_sync_cb, &res);
      if (!cr_database_update_field_finish (writer->db, cr_database_wait (&res),
                                            &old_value, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_demo (Writer  *writer,
            GError **error)
{
  const CrDemoCase *cases;
  guint n_cases;

  if (!load_agencies (writer, error) ||
      !load_themes (writer, error) ||
      !load_references (writer, error))
    return FALSE;

  cases = _cr_demo_data_get_cases (&n_cases);
  for (guint i = 0; i < n_cases; i++)
    {
      if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
        return FALSE;
      if (!add_case (writer, i, &cases[i], error))
        return FALSE;
    }

  return archive_agencies (writer, error);
}

/* --------------------------------------------------------------------------
 * The task
 */

static void
write_demo_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  g_auto(Writer) writer = { 0 };
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  writer.db = CR_DATABASE (source_object);
  writer.cancellable = cancellable;
  cr_date_set_today (&writer.today);

  /* The database completes its operations on the caller's thread-default
   * context: this thread's own, which cr_database_wait() iterates. */
  g_main_context_push_thread_default (context);
  ok = write_demo (&writer, &error);
  g_main_context_pop_thread_default (context);

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, writer.n_added);
}

guint
cr_demo_data_get_n_cases (void)
{
  guint n_cases;

  _cr_demo_data_get_cases (&n_cases);
  return n_cases;
}

void
cr_demo_data_write_async (CrDatabase          *db,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CR_IS_DATABASE (db));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_demo_data_write_async);
  g_task_set_name (task, "[case-reviews] write demo data");
  g_task_run_in_thread (task, write_demo_thread);
}

gboolean
cr_demo_data_write_finish (CrDatabase    *db,
                           GAsyncResult  *result,
                           GError       **error)
{
  return cr_demo_data_write_finish_full (db, result, NULL, error);
}

gboolean
cr_demo_data_write_finish_full (CrDatabase    *db,
                                GAsyncResult  *result,
                                guint         *n_cases_added,
                                GError       **error)
{
  gssize n_added;

  g_return_val_if_fail (CR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_demo_data_write_async, FALSE);

  n_added = g_task_propagate_int (G_TASK (result), error);
  if (n_added < 0)
    return FALSE;

  if (n_cases_added != NULL)
    *n_cases_added = (guint) n_added;
  return TRUE;
}
