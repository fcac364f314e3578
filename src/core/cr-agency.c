/* cr-agency.c: an agency in the partnership's agencies register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAgency"

#include "config.h"

#include "cr-agency.h"

#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define N_SECTORS (CR_AGENCY_SECTOR_OTHER + 1)

struct _CrAgency
{
  GObject         parent_instance;

  gint64          id;
  char           *name;
  char           *contact_name;
  char           *contact_email;
  char           *contact_phone;
  int             case_count;
  CrAgencySector  sector;
  guint           archived : 1;
};

G_DEFINE_FINAL_TYPE (CrAgency, cr_agency, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SECTOR,
  PROP_CONTACT_NAME,
  PROP_CONTACT_EMAIL,
  PROP_CONTACT_PHONE,
  PROP_ARCHIVED,
  PROP_CASE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The nicks match glib-mkenums' nicks for CrAgencySector. */
static const struct
{
  const char *nick;
  const char *label;
} sectors[N_SECTORS] = {
  [CR_AGENCY_SECTOR_LOCAL_AUTHORITY] = { "local-authority", N_("Local authority") },
  [CR_AGENCY_SECTOR_HEALTH] = { "health", N_("Health") },
  [CR_AGENCY_SECTOR_POLICE] = { "police", N_("Police") },
  [CR_AGENCY_SECTOR_JUSTICE] = { "justice", N_("Justice") },
  [CR_AGENCY_SECTOR_EDUCATION] = { "education", N_("Education") },
  [CR_AGENCY_SECTOR_OTHER] = { "other", N_("Other") },
};

static void
set_string (CrAgency    *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cr_agency_finalize (GObject *object)
{
  CrAgency *self = (CrAgency *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->contact_name, g_free);
  g_clear_pointer (&self->contact_email, g_free);
  g_clear_pointer (&self->contact_phone, g_free);

  G_OBJECT_CLASS (cr_agency_parent_class)->finalize (object);
}

static void
cr_agency_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrAgency *self = CR_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SECTOR:
      g_value_set_enum (value, self->sector);
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
      break;
    case PROP_CONTACT_EMAIL:
      g_value_set_string (value, self->contact_email);
      break;
    case PROP_CONTACT_PHONE:
      g_value_set_string (value, self->contact_phone);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_CASE_COUNT:
      g_value_set_int (value, self->case_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_agency_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrAgency *self = CR_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      cr_agency_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      cr_agency_set_name (self, g_value_get_string (value));
      break;
    case PROP_SECTOR:
      cr_agency_set_sector (self, g_value_get_enum (value));
      break;
    case PROP_CONTACT_NAME:
      cr_agency_set_contact_name (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_EMAIL:
      cr_agency_set_contact_email (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_PHONE:
      cr_agency_set_contact_phone (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED:
      cr_agency_set_archived (self, g_value_get_boolean (value));
      break;
    case PROP_CASE_COUNT:
      cr_agency_set_case_count (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_agency_class_init (CrAgencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_agency_finalize;
  object_class->get_property = cr_agency_get_property;
  object_class->set_property = cr_agency_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_SECTOR] =
    g_param_spec_enum ("sector", NULL, NULL, CR_TYPE_AGENCY_SECTOR,
                       CR_AGENCY_SECTOR_LOCAL_AUTHORITY, rw);
  properties[PROP_CONTACT_NAME] = g_param_spec_string ("contact-name", NULL, NULL, NULL, rw);
  properties[PROP_CONTACT_EMAIL] = g_param_spec_string ("contact-email", NULL, NULL, NULL, rw);
  properties[PROP_CONTACT_PHONE] = g_param_spec_string ("contact-phone", NULL, NULL, NULL, rw);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, rw);
  properties[PROP_CASE_COUNT] = g_param_spec_int ("case-count", NULL, NULL, 0, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_agency_init (CrAgency *self)
{
}

CrAgency *
cr_agency_new (void)
{
  return g_object_new (CR_TYPE_AGENCY, NULL);
}

CrAgency *
cr_agency_copy (CrAgency *self)
{
  CrAgency *copy;

  g_return_val_if_fail (CR_IS_AGENCY (self), NULL);

  copy = cr_agency_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->sector = self->sector;
  copy->contact_name = g_strdup (self->contact_name);
  copy->contact_email = g_strdup (self->contact_email);
  copy->contact_phone = g_strdup (self->contact_phone);
  copy->archived = self->archived;
  copy->case_count = self->case_count;

  return copy;
}

gint64
cr_agency_get_id (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), 0);

  return self->id;
}

void
cr_agency_set_id (CrAgency *self,
                  gint64    id)
{
  g_return_if_fail (CR_IS_AGENCY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cr_agency_get_name (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), NULL);

  return self->name;
}

void
cr_agency_set_name (CrAgency   *self,
                    const char *name)
{
  g_return_if_fail (CR_IS_AGENCY (self));

  set_string (self, &self->name, name, PROP_NAME);
}

CrAgencySector
cr_agency_get_sector (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), CR_AGENCY_SECTOR_OTHER);

  return self->sector;
}

void
cr_agency_set_sector (CrAgency       *self,
                      CrAgencySector  sector)
{
  g_return_if_fail (CR_IS_AGENCY (self));
  g_return_if_fail (sector < N_SECTORS);

  if (self->sector == sector)
    return;

  self->sector = sector;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

const char *
cr_agency_get_contact_name (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), NULL);

  return self->contact_name;
}

void
cr_agency_set_contact_name (CrAgency   *self,
                            const char *contact_name)
{
  g_return_if_fail (CR_IS_AGENCY (self));

  set_string (self, &self->contact_name, contact_name, PROP_CONTACT_NAME);
}

const char *
cr_agency_get_contact_email (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), NULL);

  return self->contact_email;
}

void
cr_agency_set_contact_email (CrAgency   *self,
                             const char *contact_email)
{
  g_return_if_fail (CR_IS_AGENCY (self));

  set_string (self, &self->contact_email, contact_email, PROP_CONTACT_EMAIL);
}

const char *
cr_agency_get_contact_phone (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), NULL);

  return self->contact_phone;
}

void
cr_agency_set_contact_phone (CrAgency   *self,
                             const char *contact_phone)
{
  g_return_if_fail (CR_IS_AGENCY (self));

  set_string (self, &self->contact_phone, contact_phone, PROP_CONTACT_PHONE);
}

gboolean
cr_agency_get_archived (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), FALSE);

  return self->archived;
}

void
cr_agency_set_archived (CrAgency *self,
                        gboolean  archived)
{
  g_return_if_fail (CR_IS_AGENCY (self));

  archived = !!archived;
  if (self->archived == (guint) archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

int
cr_agency_get_case_count (CrAgency *self)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), 0);

  return self->case_count;
}

void
cr_agency_set_case_count (CrAgency *self,
                          int       case_count)
{
  g_return_if_fail (CR_IS_AGENCY (self));
  g_return_if_fail (case_count >= 0);

  if (self->case_count == case_count)
    return;

  self->case_count = case_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_COUNT]);
}

static gboolean
email_looks_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *dot;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = email; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
        return FALSE;
    }

  /* The domain needs a dot with something on either side. */
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0' && at[1] != '.';
}

static gboolean
phone_looks_valid (const char *phone)
{
  guint digits = 0;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '+' && *p != '(' && *p != ')' && *p != '-')
        return FALSE;
    }

  return digits >= 3;
}

/**
 * cr_agency_validate:
 * @self: an agency
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: %TRUE if the agency may be stored
 */
gboolean
cr_agency_validate (CrAgency  *self,
                    GError   **error)
{
  g_return_val_if_fail (CR_IS_AGENCY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->name == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Enter the agency's name, for example “Children's social care”."));
      return FALSE;
    }

  if (!cr_text_check (self->name, _("Name"), 200, FALSE, error) ||
      !cr_text_check (self->contact_name, _("Contact name"), 200, FALSE, error) ||
      !cr_text_check (self->contact_email, _("Contact email"), 254, FALSE, error) ||
      !cr_text_check (self->contact_phone, _("Contact phone"), 40, FALSE, error))
    return FALSE;

  if (self->contact_email != NULL && !email_looks_valid (self->contact_email))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The contact email does not look like an email address: write it as name@example.org."));
      return FALSE;
    }

  if (self->contact_phone != NULL && !phone_looks_valid (self->contact_phone))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The contact phone number may only hold digits, spaces and + ( ) -, for example 01632 960 000."));
      return FALSE;
    }

  return TRUE;
}

const char *
cr_agency_sector_to_nick (CrAgencySector sector)
{
  g_return_val_if_fail (sector < N_SECTORS, NULL);

  return sectors[sector].nick;
}

gboolean
cr_agency_sector_from_nick (const char     *nick,
                            CrAgencySector *sector)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < N_SECTORS; i++)
    {
      if (g_str_equal (nick, sectors[i].nick))
        {
          if (sector != NULL)
            *sector = (CrAgencySector) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cr_agency_sector_to_label (CrAgencySector sector)
{
  g_return_val_if_fail (sector < N_SECTORS, NULL);

  return _(sectors[sector].label);
}
