/* cr-person-private.h: the fields a child and a family member share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-identity.h"

G_BEGIN_DECLS

/* A person in a case, known by pseudonym: CrChild and CrFamilyMember
 * each embed one and keep their own public API. */
typedef struct
{
  gint64      id;
  gint64      case_id;
  char       *pseudonym;
  CrIdentity *identity;
} CrPersonFields;

/* The first property ids of both classes; a class numbers its own
 * properties from CR_PERSON_N_PROPS on. */
typedef enum {
  CR_PERSON_PROP_0,
  CR_PERSON_PROP_ID,
  CR_PERSON_PROP_CASE_ID,
  CR_PERSON_PROP_PSEUDONYM,
  CR_PERSON_PROP_IDENTITY,
  CR_PERSON_N_PROPS
} CrPersonProp;

/* Creates the shared properties in @properties[CR_PERSON_PROP_ID ..
 * CR_PERSON_PROP_IDENTITY]; the class installs the whole array. */
void      _cr_person_init_properties (GParamSpec           **properties);

void      _cr_person_dispose         (CrPersonFields        *person);
void      _cr_person_finalize        (CrPersonFields        *person);

/* Return TRUE when @prop_id is one of the shared properties. */
gboolean  _cr_person_get_property    (const CrPersonFields  *person,
                                      guint                  prop_id,
                                      GValue                *value);
gboolean  _cr_person_set_property    (GObject               *object,
                                      CrPersonFields        *person,
                                      GParamSpec           **properties,
                                      guint                  prop_id,
                                      const GValue          *value);

/* Setters: change the field and notify @properties[...] on @object when
 * the value differs. The caller checks its arguments. */
void      _cr_person_set_id          (GObject               *object,
                                      CrPersonFields        *person,
                                      GParamSpec           **properties,
                                      gint64                 id);
void      _cr_person_set_case_id     (GObject               *object,
                                      CrPersonFields        *person,
                                      GParamSpec           **properties,
                                      gint64                 case_id);
void      _cr_person_set_pseudonym   (GObject               *object,
                                      CrPersonFields        *person,
                                      GParamSpec           **properties,
                                      const char            *pseudonym);
void      _cr_person_set_identity    (GObject               *object,
                                      CrPersonFields        *person,
                                      GParamSpec           **properties,
                                      CrIdentity            *identity);

/* Replaces *@field with @value ("" counts as NULL) and notifies @pspec on
 * @object when it changed. */
void      _cr_person_set_string      (GObject               *object,
                                      char                 **field,
                                      const char            *value,
                                      GParamSpec            *pspec);

/* Checks the pseudonym: 1 to 60 characters on one line; when missing,
 * fails with @missing_message (a CR_CASE_ERROR_INVALID error). */
gboolean  _cr_person_validate_pseudonym (const CrPersonFields  *person,
                                         const char            *missing_message,
                                         GError               **error);
/* Checks the identity, when there is one. */
gboolean  _cr_person_validate_identity  (const CrPersonFields  *person,
                                         GError               **error);

G_END_DECLS
