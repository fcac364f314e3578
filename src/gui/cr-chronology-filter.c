/* cr-chronology-filter.c: which chronology entries the page shows */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-filter.h"

#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrChronologyFilter
{
  GtkFilter   parent_instance;

  char       *text;         /* as typed, trimmed; NULL: none */
  char       *casefolded;   /* NULL: none */
  GHashTable *agencies;     /* gint64 id set; empty: every agency */
  GPtrArray  *agency_names; /* in the order given */
  guint32     from;         /* julian day, 0: open */
  guint32     to;           /* julian day, 0: open */
};

G_DEFINE_FINAL_TYPE (CrChronologyFilter, cr_chronology_filter, GTK_TYPE_FILTER)


/*
 * GtkFilter overrides
 */

static gboolean
cr_chronology_filter_match (GtkFilter *filter,
                            gpointer   item)
{
  CrChronologyFilter *self = CR_CHRONOLOGY_FILTER (filter);
  CrChronologyEntry *entry = item;

  if (self->from != 0 || self->to != 0)
    {
      guint32 julian = cr_chronology_entry_get_julian (entry);

      if (self->from != 0 && julian < self->from)
        return FALSE;
      if (self->to != 0 && julian > self->to)
        return FALSE;
    }

  if (g_hash_table_size (self->agencies) > 0)
    {
      gint64 id = cr_chronology_entry_get_agency_id (entry);

      if (!g_hash_table_contains (self->agencies, &id))
        return FALSE;
    }

  if (self->casefolded != NULL &&
      !cr_chronology_entry_matches (entry, self->casefolded))
    return FALSE;

  return TRUE;
}

static GtkFilterMatch
cr_chronology_filter_get_strictness (GtkFilter *filter)
{
  CrChronologyFilter *self = CR_CHRONOLOGY_FILTER (filter);

  return cr_chronology_filter_is_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}


/*
 * GObject overrides
 */

static void
cr_chronology_filter_finalize (GObject *object)
{
  CrChronologyFilter *self = CR_CHRONOLOGY_FILTER (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->casefolded, g_free);
  g_clear_pointer (&self->agencies, g_hash_table_unref);
  g_clear_pointer (&self->agency_names, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_chronology_filter_parent_class)->finalize (object);
}

static void
cr_chronology_filter_class_init (CrChronologyFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = cr_chronology_filter_finalize;

  filter_class->match = cr_chronology_filter_match;
  filter_class->get_strictness = cr_chronology_filter_get_strictness;
}

static void
cr_chronology_filter_init (CrChronologyFilter *self)
{
  self->agencies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->agency_names = g_ptr_array_new_with_free_func (g_free);
}


/*
 * Public API
 */

CrChronologyFilter *
cr_chronology_filter_new (void)
{
  return g_object_new (CR_TYPE_CHRONOLOGY_FILTER, NULL);
}

void
cr_chronology_filter_set_text (CrChronologyFilter *self,
                               const char         *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (CR_IS_CHRONOLOGY_FILTER (self));

  if (text != NULL)
    {
      trimmed = g_strstrip (g_strdup (text));
      if (trimmed[0] == '\0')
        g_clear_pointer (&trimmed, g_free);
    }

  if (g_strcmp0 (trimmed, self->text) == 0)
    return;

  if (trimmed != NULL)
    {
      g_autofree char *normalised = g_utf8_normalize (trimmed, -1, G_NORMALIZE_ALL_COMPOSE);

      folded = g_utf8_casefold (normalised != NULL ? normalised : trimmed, -1);
    }

  /* Typing more only narrows the list, deleting only widens it. */
  if (self->casefolded == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (folded, self->casefolded) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->casefolded, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->text);
  self->text = g_steal_pointer (&trimmed);
  g_free (self->casefolded);
  self->casefolded = g_steal_pointer (&folded);

  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
cr_chronology_filter_get_text (CrChronologyFilter *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_FILTER (self), NULL);

  return self->text;
}

void
cr_chronology_filter_set_agencies (CrChronologyFilter *self,
                                   const gint64       *ids,
                                   const char * const *names,
                                   guint               n_agencies)
{
  gboolean same = TRUE;

  g_return_if_fail (CR_IS_CHRONOLOGY_FILTER (self));
  g_return_if_fail (n_agencies == 0 || ids != NULL);

  if (n_agencies != g_hash_table_size (self->agencies))
    same = FALSE;
  for (guint i = 0; same && i < n_agencies; i++)
    same = g_hash_table_contains (self->agencies, &ids[i]);

  g_ptr_array_set_size (self->agency_names, 0);
  for (guint i = 0; i < n_agencies; i++)
    g_ptr_array_add (self->agency_names,
                     g_strdup (names != NULL && names[i] != NULL ? names[i] : ""));

  if (same)
    return;

  g_hash_table_remove_all (self->agencies);
  for (guint i = 0; i < n_agencies; i++)
    g_hash_table_add (self->agencies, g_memdup2 (&ids[i], sizeof (gint64)));

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

gboolean
cr_chronology_filter_shows_agency (CrChronologyFilter *self,
                                   gint64              agency_id)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_FILTER (self), FALSE);

  return g_hash_table_size (self->agencies) == 0 ||
         g_hash_table_contains (self->agencies, &agency_id);
}

guint
cr_chronology_filter_get_n_agencies (CrChronologyFilter *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_FILTER (self), 0);

  return g_hash_table_size (self->agencies);
}

static guint32
julian_or_open (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return 0;
  return g_date_get_julian (date);
}

void
cr_chronology_filter_set_range (CrChronologyFilter *self,
                                const GDate        *from,
                                const GDate        *to)
{
  guint32 new_from = julian_or_open (from);
  guint32 new_to = julian_or_open (to);
  GtkFilterChange change;

  g_return_if_fail (CR_IS_CHRONOLOGY_FILTER (self));

  if (new_from == self->from && new_to == self->to)
    return;

  /* A range that only shrank narrows the list; one that only grew widens it. */
  if ((self->from == 0 || (new_from != 0 && new_from >= self->from)) &&
      (self->to == 0 || (new_to != 0 && new_to <= self->to)))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if ((new_from == 0 || (self->from != 0 && new_from <= self->from)) &&
           (new_to == 0 || (self->to != 0 && new_to >= self->to)))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  self->from = new_from;
  self->to = new_to;

  gtk_filter_changed (GTK_FILTER (self), change);
}

gboolean
cr_chronology_filter_is_active (CrChronologyFilter *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_FILTER (self), FALSE);

  return self->casefolded != NULL || self->from != 0 || self->to != 0 ||
         g_hash_table_size (self->agencies) > 0;
}

static char *
format_julian (guint32 julian)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);
  g_autofree char *iso = cr_date_to_iso (date);

  return cr_date_format_display (iso);
}

static char *
dup_agencies_description (CrChronologyFilter *self)
{
  GPtrArray *names = self->agency_names;
  GString *text;

  if (names->len == 0)
    return NULL;
  if (names->len == 1)
    return g_strdup (names->pdata[0]);

  text = g_string_new (names->pdata[0]);
  for (guint i = 1; i + 1 < names->len; i++)
    {
      /* Translators: the separator between agency names in a list */
      g_string_append (text, _(", "));
      g_string_append (text, names->pdata[i]);
    }

  {
    /* Translators: the last two of a list of agencies: "Police, School and Health visiting" */
    g_autofree char *last = g_strdup_printf (_("%s and %s"), text->str,
                                             (const char *) names->pdata[names->len - 1]);

    g_string_free (text, TRUE);
    return g_steal_pointer (&last);
  }
}

char *
cr_chronology_filter_dup_description (CrChronologyFilter *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *agencies;

  g_return_val_if_fail (CR_IS_CHRONOLOGY_FILTER (self), NULL);

  if (!cr_chronology_filter_is_active (self))
    return NULL;

  agencies = dup_agencies_description (self);
  if (agencies != NULL)
    g_ptr_array_add (parts, agencies);

  if (self->from != 0 && self->to != 0)
    {
      g_autofree char *from = format_julian (self->from);
      g_autofree char *to = format_julian (self->to);

      /* Translators: a range of dates, "1 Mar 2025 – 30 Jun 2025" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s – %s"), from, to));
    }
  else if (self->from != 0)
    {
      g_autofree char *from = format_julian (self->from);

      /* Translators: %s is a date, "from 1 Mar 2025" */
      g_ptr_array_add (parts, g_strdup_printf (_("from %s"), from));
    }
  else if (self->to != 0)
    {
      g_autofree char *to = format_julian (self->to);

      /* Translators: %s is a date, "until 30 Jun 2025" */
      g_ptr_array_add (parts, g_strdup_printf (_("until %s"), to));
    }

  if (self->text != NULL)
    /* Translators: %s is the text searched for */
    g_ptr_array_add (parts, g_strdup_printf (_("matching “%s”"), self->text));

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of a filter description */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}
