/* cr-theme.c: a theme tag (domain.md §3.1 facets) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTheme"

#include "config.h"

#include "cr-theme.h"

#include "cr-enum-types.h"

#include <glib/gi18n.h>

#define N_FACETS (CR_THEME_FACET_REVIEW + 1)

struct _CrTheme
{
  GObject       parent_instance;

  gint64        id;
  char         *label;
  CrThemeFacet  facet;
  guint         selected : 1;
};

G_DEFINE_FINAL_TYPE (CrTheme, cr_theme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FACET,
  PROP_LABEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The nicks match glib-mkenums' nicks for CrThemeFacet. */
static const struct
{
  const char *nick;
  const char *label;
} facets[N_FACETS] = {
  [CR_THEME_FACET_INCIDENT] = { "incident", N_("Incident and harm") },
  [CR_THEME_FACET_CHILD] = { "child", N_("The child") },
  [CR_THEME_FACET_FAMILY] = { "family", N_("Family and parents") },
  [CR_THEME_FACET_PRACTICE] = { "practice", N_("Practice and system") },
  [CR_THEME_FACET_EQUALITY] = { "equality", N_("Equality and identity") },
  [CR_THEME_FACET_REVIEW] = { "review", N_("About the review") },
};

static void
cr_theme_finalize (GObject *object)
{
  CrTheme *self = (CrTheme *)object;

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (cr_theme_parent_class)->finalize (object);
}

static void
cr_theme_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CrTheme *self = CR_THEME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_FACET:
      g_value_set_enum (value, self->facet);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_theme_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CrTheme *self = CR_THEME (object);

  switch (prop_id)
    {
    case PROP_ID:
      cr_theme_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_FACET:
      cr_theme_set_facet (self, g_value_get_enum (value));
      break;
    case PROP_LABEL:
      cr_theme_set_label (self, g_value_get_string (value));
      break;
    case PROP_SELECTED:
      cr_theme_set_selected (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_theme_class_init (CrThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_theme_finalize;
  object_class->get_property = cr_theme_get_property;
  object_class->set_property = cr_theme_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_FACET] =
    g_param_spec_enum ("facet", NULL, NULL, CR_TYPE_THEME_FACET, CR_THEME_FACET_INCIDENT, rw);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, rw);
  properties[PROP_SELECTED] = g_param_spec_boolean ("selected", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_theme_init (CrTheme *self)
{
}

CrTheme *
cr_theme_new (void)
{
  return g_object_new (CR_TYPE_THEME, NULL);
}

gint64
cr_theme_get_id (CrTheme *self)
{
  g_return_val_if_fail (CR_IS_THEME (self), 0);

  return self->id;
}

void
cr_theme_set_id (CrTheme *self,
                 gint64   id)
{
  g_return_if_fail (CR_IS_THEME (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

CrThemeFacet
cr_theme_get_facet (CrTheme *self)
{
  g_return_val_if_fail (CR_IS_THEME (self), CR_THEME_FACET_INCIDENT);

  return self->facet;
}

void
cr_theme_set_facet (CrTheme      *self,
                    CrThemeFacet  facet)
{
  g_return_if_fail (CR_IS_THEME (self));
  g_return_if_fail (facet < N_FACETS);

  if (self->facet == facet)
    return;

  self->facet = facet;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACET]);
}

const char *
cr_theme_get_label (CrTheme *self)
{
  g_return_val_if_fail (CR_IS_THEME (self), NULL);

  return self->label;
}

void
cr_theme_set_label (CrTheme    *self,
                    const char *label)
{
  g_return_if_fail (CR_IS_THEME (self));

  if (label != NULL && *label == '\0')
    label = NULL;

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

gboolean
cr_theme_get_selected (CrTheme *self)
{
  g_return_val_if_fail (CR_IS_THEME (self), FALSE);

  return self->selected;
}

void
cr_theme_set_selected (CrTheme  *self,
                       gboolean  selected)
{
  g_return_if_fail (CR_IS_THEME (self));

  selected = !!selected;
  if (self->selected == (guint) selected)
    return;

  self->selected = selected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

const char *
cr_theme_facet_to_nick (CrThemeFacet facet)
{
  g_return_val_if_fail (facet < N_FACETS, NULL);

  return facets[facet].nick;
}

gboolean
cr_theme_facet_from_nick (const char   *nick,
                          CrThemeFacet *facet)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < N_FACETS; i++)
    {
      if (g_str_equal (nick, facets[i].nick))
        {
          if (facet != NULL)
            *facet = (CrThemeFacet) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cr_theme_facet_to_label (CrThemeFacet facet)
{
  g_return_val_if_fail (facet < N_FACETS, NULL);

  return _(facets[facet].label);
}
