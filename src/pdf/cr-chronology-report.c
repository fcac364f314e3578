/* cr-chronology-report.c: the merged chronology as a PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyReport"

#include "config.h"

#include "cr-chronology-report.h"

#include "cr-chronology-entry.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/*
 * The report is A4 landscape, so that the six columns of the chronology
 * have room: the date, the time, the agency, the author and the source
 * take their text's width up to a limit, and the event, the longest text,
 * has the rest of the page. The entries are copied into the
 * report's blocks on the caller's thread (cr_chronology_report_build), so
 * rendering in a worker never touches the caller's list or entries.
 */

typedef struct
{
  char  *name;
  guint  n_entries;
  guint  n_kpe;
} AgencyCount;

static void
agency_count_free (gpointer data)
{
  AgencyCount *count = data;

  g_free (count->name);
  g_free (count);
}

static int
compare_agency_counts (gconstpointer a,
                       gconstpointer b)
{
  const AgencyCount *ca = *(const AgencyCount * const *) a;
  const AgencyCount *cb = *(const AgencyCount * const *) b;

  return g_utf8_collate (ca->name, cb->name);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* The event cell: the marks on a line of their own above the text. */
static char *
dup_event_cell (CrChronologyEntry *entry)
{
  g_autoptr(GString) marks = g_string_new (NULL);
  const char *event = or_empty (cr_chronology_entry_get_event (entry));

  if (cr_chronology_entry_get_key_practice_episode (entry))
    /* Translators: the mark of a key practice episode in the chronology PDF */
    g_string_append (marks, _("KPE"));

  switch (cr_chronology_entry_get_duplicate (entry))
    {
    case CR_CHRONOLOGY_DUPLICATE_SUSPECTED:
      if (marks->len > 0)
        g_string_append (marks, " · ");
      g_string_append (marks, _("Possible duplicate"));
      break;
    case CR_CHRONOLOGY_DUPLICATE_CONFIRMED:
      if (marks->len > 0)
        g_string_append (marks, " · ");
      g_string_append (marks, _("Duplicate of another agency’s entry"));
      break;
    case CR_CHRONOLOGY_DUPLICATE_NONE:
    default:
      break;
    }

  if (marks->len == 0)
    return g_strdup (event);
  return g_strdup_printf ("%s\n%s", marks->str, event);
}

static void
add_summary (CrReport   *report,
             GListModel *entries)
{
  g_autoptr(GHashTable) by_agency = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (agency_count_free);
  g_autofree char *n_entries_text = NULL;
  g_autofree char *n_kpe_text = NULL;
  g_autofree char *n_duplicates_text = NULL;
  guint n_items = g_list_model_get_n_items (entries);
  guint n_kpe = 0, n_suspected = 0, n_confirmed = 0;
  const char *headers[] = { _("Agency"), _("Entries"), _("Key practice episodes"), NULL };

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (entries, i);
      const char *name = or_empty (cr_chronology_entry_get_agency_name (entry));
      AgencyCount *count = g_hash_table_lookup (by_agency, name);
      gboolean kpe = cr_chronology_entry_get_key_practice_episode (entry);

      if (count == NULL)
        {
          count = g_new0 (AgencyCount, 1);
          count->name = g_strdup (name);
          g_ptr_array_add (counts, count);
          g_hash_table_insert (by_agency, count->name, count);
        }
      count->n_entries++;
      if (kpe)
        {
          count->n_kpe++;
          n_kpe++;
        }
      switch (cr_chronology_entry_get_duplicate (entry))
        {
        case CR_CHRONOLOGY_DUPLICATE_SUSPECTED:
          n_suspected++;
          break;
        case CR_CHRONOLOGY_DUPLICATE_CONFIRMED:
          n_confirmed++;
          break;
        case CR_CHRONOLOGY_DUPLICATE_NONE:
        default:
          break;
        }
    }

  g_ptr_array_sort (counts, compare_agency_counts);

  cr_report_add_heading (report, 1, _("Summary"));
  n_entries_text = g_strdup_printf ("%u", n_items);
  n_kpe_text = g_strdup_printf ("%u", n_kpe);
  cr_report_add_field (report, _("Entries"), n_entries_text);
  cr_report_add_field (report, _("Key practice episodes"), n_kpe_text);
  /* Translators: "3 not yet decided, 2 confirmed" */
  n_duplicates_text = g_strdup_printf (_("%u not yet decided, %u confirmed"), n_suspected, n_confirmed);
  cr_report_add_field (report, _("Possible duplicates"), n_duplicates_text);

  if (counts->len == 0)
    return;

  cr_report_begin_table (report, 3, headers);
  for (guint i = 0; i < counts->len; i++)
    {
      AgencyCount *count = g_ptr_array_index (counts, i);
      g_autofree char *n = g_strdup_printf ("%u", count->n_entries);
      g_autofree char *k = g_strdup_printf ("%u", count->n_kpe);
      const char *cells[] = { count->name, n, k, NULL };

      cr_report_add_table_row (report, cells);
    }
}

static void
add_entries (CrReport   *report,
             GListModel *entries)
{
  guint n_items = g_list_model_get_n_items (entries);
  const char *headers[] = {
    _("Date"), _("Time"), _("Agency"), _("Event"), _("Author or role"), _("Source"), NULL
  };
  /* The widest each column may be, as shares of the page: the event,
   * the longest text, has what the others leave, and a long agency or
   * author wraps in its column rather than squeeze the event. */
  static const double limits[] = { 0.11, 0.07, 0.22, 0, 0.18, 0.15 };

  cr_report_add_heading (report, 1, _("Chronology"));
  if (n_items == 0)
    {
      cr_report_add_paragraph (report, NULL, _("No entries."));
      return;
    }

  cr_report_begin_table (report, 6, headers);
  cr_report_set_column_limits (report, limits);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *date = cr_chronology_entry_dup_date_text (entry);
      g_autofree char *time = cr_chronology_entry_dup_time_text (entry);
      g_autofree char *event = dup_event_cell (entry);
      const char *cells[] = {
        or_empty (date),
        or_empty (time),
        or_empty (cr_chronology_entry_get_agency_name (entry)),
        event,
        or_empty (cr_chronology_entry_get_author (entry)),
        or_empty (cr_chronology_entry_get_source (entry)),
        NULL
      };

      cr_report_add_table_row (report, cells);
    }
}

CrReport *
cr_chronology_report_build (CrCase     *kase,
                            GListModel *entries,
                            const char *filter_description)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *today_iso = NULL;
  g_autofree char *today = NULL;
  const char *reference;
  const char *pseudonym;
  CrReport *report;
  GDate date;

  g_return_val_if_fail (CR_IS_CASE (kase), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  report = cr_report_new (_("Multi-agency chronology"));
  cr_report_set_landscape (report, TRUE);

  reference = or_empty (cr_case_get_reference (kase));
  pseudonym = cr_case_get_pseudonym (kase);
  if (pseudonym != NULL && *pseudonym != '\0')
    /* Translators: the subtitle of a report, "CR-2026-001 · Child A" */
    subtitle = g_strdup_printf (_("%s · %s"), reference, pseudonym);
  else
    subtitle = g_strdup (reference);
  cr_report_set_subtitle (report, subtitle);

  cr_date_set_today (&date);
  today_iso = cr_date_to_iso (&date);
  today = cr_date_format_display (today_iso);
  cr_report_add_field (report, _("Made on"), today);
  if (filter_description != NULL && *filter_description != '\0')
    cr_report_add_field (report, _("Entries shown"), filter_description);
  else
    cr_report_add_field (report, _("Entries shown"), _("Every entry of every agency"));
  cr_report_add_paragraph (report,
                           _("The agencies’ chronologies merged by date. Each entry keeps the agency’s own words; the source file and row of every entry are in the application. Children and family members are named by pseudonym only."),
                           NULL);

  add_summary (report, entries);
  add_entries (report, entries);

  return report;
}

/* ---- Rendering off the calling thread ---------------------------------- */

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  CrReport *report = task_data;
  GError *error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;

  bytes = cr_report_render_pdf (report, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
cr_chronology_report_render_async (CrCase              *kase,
                                   GListModel          *entries,
                                   const char          *filter_description,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CrReport *report;

  g_return_if_fail (CR_IS_CASE (kase));
  g_return_if_fail (G_IS_LIST_MODEL (entries));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_chronology_report_render_async);
  g_task_set_name (task, "cr_chronology_report_render_async");

  /* Building copies every value into the report: from here on the
   * caller may change the list and its entries. */
  report = cr_chronology_report_build (kase, entries, filter_description);
  g_task_set_task_data (task, report, g_object_unref);
  g_task_run_in_thread (task, render_in_thread);
}

GBytes *
cr_chronology_report_render_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_chronology_report_render_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
