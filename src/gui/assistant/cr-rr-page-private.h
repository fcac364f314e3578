/* cr-rr-page-private.h: CrRrPage internals shared with its bindings */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

typedef enum
{
  CR_RR_BINDING_ENTRY,
  CR_RR_BINDING_TEXT,
  CR_RR_BINDING_CHOICE,
  CR_RR_BINDING_COMBO,
  CR_RR_BINDING_SWITCH,
} CrRrBindingType;

/* One widget (or group of buttons) tied to one field of one record. */
typedef struct
{
  CrRrPage            *page;          /* unowned: the page owns the binding */
  CrRrBindingType      type;
  CrRecord            *record;
  char                *field;
  const CrRecordField *def;
  GtkWidget           *widget;        /* entry row, text view, combo, switch */
  GtkWidget           *error_widget;  /* gets the "error" style, or NULL */
  GPtrArray           *buttons;       /* CHOICE: the buttons, by nick */
  const char * const  *nicks;         /* CHOICE: static, parallel to buttons */
  GtkLabel            *message;
  GtkEventController  *focus;         /* ENTRY: marks it touched on leave */
  char                *parse_error;   /* the text is not a date */
  char                *shown;         /* the message shown, or NULL */
  guint                touched : 1;   /* show its messages */
  guint                edited : 1;    /* changed since it was loaded */
} CrRrBinding;

GPtrArray *_cr_rr_page_get_bindings (CrRrPage    *self);
void       _cr_rr_page_loading_push (CrRrPage    *self);
void       _cr_rr_page_loading_pop  (CrRrPage    *self);
void       _cr_rr_binding_free      (CrRrBinding *binding);
void       _cr_rr_binding_load      (CrRrBinding *binding);
void       _cr_rr_binding_show      (CrRrBinding *binding,
                                     const char  *message);

G_END_DECLS
