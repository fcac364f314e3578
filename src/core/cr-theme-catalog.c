/* cr-theme-catalog.c: the seeded theme tags of domain.md §3.1 */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrThemeCatalog"

#include "config.h"

#include "cr-theme-catalog.h"

#include <glib/gi18n.h>

/*
 * The seed tags, facet by facet (domain.md §3.1: Panel annual reports,
 * NSPCC briefings, DfE notification statistics). Short labels, unique
 * across facets; partnerships add their own tags on top. Labels are
 * stored untranslated.
 */
static const CrThemeCatalogEntry entries[] = {
  /* A. Incident and harm */
  { CR_THEME_FACET_INCIDENT, N_("Non-accidental injury") },
  { CR_THEME_FACET_INCIDENT, N_("Sudden unexpected death in infancy") },
  { CR_THEME_FACET_INCIDENT, N_("Unsafe sleep") },
  { CR_THEME_FACET_INCIDENT, N_("Neglect") },
  { CR_THEME_FACET_INCIDENT, N_("Physical abuse") },
  { CR_THEME_FACET_INCIDENT, N_("Sexual abuse in the family") },
  { CR_THEME_FACET_INCIDENT, N_("Child sexual exploitation") },
  { CR_THEME_FACET_INCIDENT, N_("Child criminal exploitation") },
  { CR_THEME_FACET_INCIDENT, N_("Serious youth violence") },
  { CR_THEME_FACET_INCIDENT, N_("Suicide or self-harm") },
  { CR_THEME_FACET_INCIDENT, N_("Homicide by a parent or carer") },
  { CR_THEME_FACET_INCIDENT, N_("Fabricated or induced illness") },
  { CR_THEME_FACET_INCIDENT, N_("Online harm") },
  { CR_THEME_FACET_INCIDENT, N_("Medical neglect") },
  { CR_THEME_FACET_INCIDENT, N_("Harm by another child") },

  /* B. The child */
  { CR_THEME_FACET_CHILD, N_("Unborn child") },
  { CR_THEME_FACET_CHILD, N_("Under 1 year old") },
  { CR_THEME_FACET_CHILD, N_("Aged 1 to 5") },
  { CR_THEME_FACET_CHILD, N_("Aged 6 to 10") },
  { CR_THEME_FACET_CHILD, N_("Aged 11 to 15") },
  { CR_THEME_FACET_CHILD, N_("Aged 16 to 17") },
  { CR_THEME_FACET_CHILD, N_("Care leaver") },
  { CR_THEME_FACET_CHILD, N_("Disabled child") },
  { CR_THEME_FACET_CHILD, N_("Looked-after child") },
  { CR_THEME_FACET_CHILD, N_("Child protection plan") },
  { CR_THEME_FACET_CHILD, N_("Not in school") },
  { CR_THEME_FACET_CHILD, N_("Young carer") },
  { CR_THEME_FACET_CHILD, N_("Child mental health") },
  { CR_THEME_FACET_CHILD, N_("Gypsy, Roma or Traveller community") },

  /* C. Family and parents */
  { CR_THEME_FACET_FAMILY, N_("Domestic abuse") },
  { CR_THEME_FACET_FAMILY, N_("Parental mental health") },
  { CR_THEME_FACET_FAMILY, N_("Parental substance misuse") },
  { CR_THEME_FACET_FAMILY, N_("Parental criminality") },
  { CR_THEME_FACET_FAMILY, N_("Hidden men and new partners") },
  { CR_THEME_FACET_FAMILY, N_("Parental learning disability") },
  { CR_THEME_FACET_FAMILY, N_("Young parents") },
  { CR_THEME_FACET_FAMILY, N_("Frequent moves") },
  { CR_THEME_FACET_FAMILY, N_("Parents' adverse childhood experiences") },

  /* D. Practice and system */
  { CR_THEME_FACET_PRACTICE, N_("Risk assessment") },
  { CR_THEME_FACET_PRACTICE, N_("Information sharing") },
  { CR_THEME_FACET_PRACTICE, N_("Over-optimism") },
  { CR_THEME_FACET_PRACTICE, N_("Child's daily life") },
  { CR_THEME_FACET_PRACTICE, N_("Reluctance to engage") },
  { CR_THEME_FACET_PRACTICE, N_("Critical thinking and challenge") },
  { CR_THEME_FACET_PRACTICE, N_("Changing risk and need") },
  { CR_THEME_FACET_PRACTICE, N_("Leadership and culture") },
  { CR_THEME_FACET_PRACTICE, N_("Whole-family assessment") },
  { CR_THEME_FACET_PRACTICE, N_("Voice of the child") },
  { CR_THEME_FACET_PRACTICE, N_("Professional curiosity") },
  { CR_THEME_FACET_PRACTICE, N_("Escalation") },
  { CR_THEME_FACET_PRACTICE, N_("Thresholds") },
  { CR_THEME_FACET_PRACTICE, N_("Case transfer between areas") },
  { CR_THEME_FACET_PRACTICE, N_("Disguised compliance") },

  /* E. Equality and identity */
  { CR_THEME_FACET_EQUALITY, N_("Protected characteristics") },
  { CR_THEME_FACET_EQUALITY, N_("Intersectionality") },
  { CR_THEME_FACET_EQUALITY, N_("Racism and cultural identity") },
  { CR_THEME_FACET_EQUALITY, N_("Protected characteristics not recorded") },

  /* F. About the review */
  { CR_THEME_FACET_REVIEW, N_("Rapid review only") },
  { CR_THEME_FACET_REVIEW, N_("Local practice review") },
  { CR_THEME_FACET_REVIEW, N_("Other learning review") },
  { CR_THEME_FACET_REVIEW, N_("National review") },
  { CR_THEME_FACET_REVIEW, N_("Legacy serious case review") },
  { CR_THEME_FACET_REVIEW, N_("Learning Together") },
  { CR_THEME_FACET_REVIEW, N_("SILP") },
  { CR_THEME_FACET_REVIEW, N_("Appreciative inquiry") },
  { CR_THEME_FACET_REVIEW, N_("Parallel proceedings") },
  { CR_THEME_FACET_REVIEW, N_("Published in full") },
  { CR_THEME_FACET_REVIEW, N_("Improvements only published") },
  { CR_THEME_FACET_REVIEW, N_("Working Together 2018") },
  { CR_THEME_FACET_REVIEW, N_("Working Together 2023") },

  { CR_THEME_FACET_INCIDENT, NULL }
};

/**
 * cr_theme_catalog_get_entries:
 * @n_entries: (out) (optional): the number of entries, the terminator
 *   excluded
 *
 * Returns: (transfer none): the seed list, terminated by an entry whose
 *   label is %NULL
 */
const CrThemeCatalogEntry *
cr_theme_catalog_get_entries (guint *n_entries)
{
  if (n_entries != NULL)
    *n_entries = G_N_ELEMENTS (entries) - 1;

  return entries;
}
