/* cr-referral-page-private.h: what the parts of CrReferralPage share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

typedef enum
{
  BIND_ENTRY,
  BIND_TEXT,
  BIND_CHOICE,
  BIND_SWITCH,
  BIND_CHECK,
  BIND_MESSAGE,
} BindKind;

typedef struct
{
  CrReferralPage *page;          /* borrowed: the page owns the binding */
  BindKind        kind;
  CrRecord       *record;        /* owned; NULL for messages */
  char           *field;         /* field name, or the message's name */
  char           *nick;          /* BIND_CHECK: the choice */
  GtkWidget      *widget;        /* owned: what the user edits */
  GtkWidget      *styled;        /* borrowed: what gets the error style */
  GtkLabel       *message;       /* borrowed, may be NULL */
  char           *parse_error;   /* BIND_ENTRY: the text typed is not a date */
  gulong          handler;
  GObject        *handler_instance;
  guint           touched : 1;
} Binding;

/* cr-referral-page.c */
Binding  *_cr_referral_page_add_binding   (CrReferralPage *self,
                                           BindKind        kind,
                                           GtkWidget      *widget,
                                           CrRecord       *record,
                                           const char     *field);
void      _cr_referral_page_load_binding  (CrReferralPage *self,
                                           Binding        *binding);
void      _cr_referral_page_store         (Binding        *binding,
                                           const char     *value);

/* cr-referral-page-bindings.c */
void      _cr_referral_page_binding_free  (gpointer        data);
void      _cr_referral_page_binding_load  (Binding        *binding);
gboolean  _cr_referral_page_binding_check (Binding        *binding,
                                           GError        **error);

G_END_DECLS
