/* cr-chronology-duplicate.c: two entries of different agencies that may tell the same event */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronology"

#include "config.h"

#include "cr-chronology.h"

#include "cr-chronology-private.h"

struct _CrChronologyDuplicate
{
  GObject              parent_instance;

  CrChronologyEntry   *first;
  CrChronologyEntry   *second;
  double               similarity;
  CrDuplicateDecision  decision;
};

G_DEFINE_FINAL_TYPE (CrChronologyDuplicate, cr_chronology_duplicate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIRST,
  PROP_SECOND,
  PROP_SIMILARITY,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const decision_nicks[] = {
  [CR_DUPLICATE_DECISION_NONE] = "none",
  [CR_DUPLICATE_DECISION_CONFIRMED] = "confirmed",
  [CR_DUPLICATE_DECISION_DISMISSED] = "dismissed",
};

const char *
cr_duplicate_decision_to_nick (CrDuplicateDecision decision)
{
  g_return_val_if_fail (decision <= CR_DUPLICATE_DECISION_DISMISSED, NULL);

  return decision_nicks[decision];
}

int
cr_duplicate_decision_from_nick (const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (decision_nicks); i++)
    if (g_strcmp0 (nick, decision_nicks[i]) == 0)
      return (int) i;

  return -1;
}

static void
cr_chronology_duplicate_dispose (GObject *object)
{
  CrChronologyDuplicate *self = (CrChronologyDuplicate *) object;

  g_clear_object (&self->first);
  g_clear_object (&self->second);

  G_OBJECT_CLASS (cr_chronology_duplicate_parent_class)->dispose (object);
}

static void
cr_chronology_duplicate_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CrChronologyDuplicate *self = CR_CHRONOLOGY_DUPLICATE (object);

  switch (prop_id)
    {
    case PROP_FIRST:
      g_value_set_object (value, self->first);
      break;

    case PROP_SECOND:
      g_value_set_object (value, self->second);
      break;

    case PROP_SIMILARITY:
      g_value_set_double (value, self->similarity);
      break;

    case PROP_DECISION:
      g_value_set_int (value, self->decision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_chronology_duplicate_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CrChronologyDuplicate *self = CR_CHRONOLOGY_DUPLICATE (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      cr_chronology_duplicate_set_decision (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_chronology_duplicate_class_init (CrChronologyDuplicateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_chronology_duplicate_dispose;
  object_class->get_property = cr_chronology_duplicate_get_property;
  object_class->set_property = cr_chronology_duplicate_set_property;

  properties[PROP_FIRST] =
    g_param_spec_object ("first", NULL, NULL, CR_TYPE_CHRONOLOGY_ENTRY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECOND] =
    g_param_spec_object ("second", NULL, NULL, CR_TYPE_CHRONOLOGY_ENTRY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIMILARITY] =
    g_param_spec_double ("similarity", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A CrDuplicateDecision. */
  properties[PROP_DECISION] =
    g_param_spec_int ("decision", NULL, NULL,
                      CR_DUPLICATE_DECISION_NONE, CR_DUPLICATE_DECISION_DISMISSED,
                      CR_DUPLICATE_DECISION_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_chronology_duplicate_init (CrChronologyDuplicate *self)
{
}

CrChronologyDuplicate *
_cr_chronology_duplicate_new (CrChronologyEntry *first,
                              CrChronologyEntry *second,
                              double             similarity)
{
  CrChronologyDuplicate *self = g_object_new (CR_TYPE_CHRONOLOGY_DUPLICATE, NULL);

  self->first = g_object_ref (first);
  self->second = g_object_ref (second);
  self->similarity = CLAMP (similarity, 0.0, 1.0);

  return self;
}

CrChronologyEntry *
cr_chronology_duplicate_get_first (CrChronologyDuplicate *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_DUPLICATE (self), NULL);
  return self->first;
}

CrChronologyEntry *
cr_chronology_duplicate_get_second (CrChronologyDuplicate *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_DUPLICATE (self), NULL);
  return self->second;
}

double
cr_chronology_duplicate_get_similarity (CrChronologyDuplicate *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_DUPLICATE (self), 0);
  return self->similarity;
}

CrDuplicateDecision
cr_chronology_duplicate_get_decision (CrChronologyDuplicate *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_DUPLICATE (self), CR_DUPLICATE_DECISION_NONE);
  return self->decision;
}

static void
unsuspect (CrChronologyEntry *entry)
{
  if (cr_chronology_entry_get_duplicate (entry) == CR_CHRONOLOGY_DUPLICATE_SUSPECTED)
    cr_chronology_entry_set_duplicate (entry, CR_CHRONOLOGY_DUPLICATE_NONE);
}

static void
suspect (CrChronologyEntry *entry)
{
  if (cr_chronology_entry_get_duplicate (entry) == CR_CHRONOLOGY_DUPLICATE_NONE)
    cr_chronology_entry_set_duplicate (entry, CR_CHRONOLOGY_DUPLICATE_SUSPECTED);
}

/* The marks this pair alone gives its entries. A CrChronology then
 * works them out again from all the pairs an entry is in. */
void
cr_chronology_duplicate_set_decision (CrChronologyDuplicate *self,
                                      CrDuplicateDecision    decision)
{
  CrDuplicateDecision old;

  g_return_if_fail (CR_IS_CHRONOLOGY_DUPLICATE (self));
  g_return_if_fail (decision <= CR_DUPLICATE_DECISION_DISMISSED);

  if (self->decision == decision)
    return;

  old = self->decision;
  self->decision = decision;

  if (old == CR_DUPLICATE_DECISION_CONFIRMED)
    cr_chronology_entry_set_duplicate (self->second, CR_CHRONOLOGY_DUPLICATE_NONE);

  switch (decision)
    {
    case CR_DUPLICATE_DECISION_NONE:
      suspect (self->first);
      suspect (self->second);
      break;

    case CR_DUPLICATE_DECISION_CONFIRMED:
      unsuspect (self->first);
      cr_chronology_entry_set_duplicate (self->second, CR_CHRONOLOGY_DUPLICATE_CONFIRMED);
      break;

    case CR_DUPLICATE_DECISION_DISMISSED:
    default:
      unsuspect (self->first);
      unsuspect (self->second);
      break;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}
