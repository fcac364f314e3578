/* cr-pub-page-private.h: CrPubPage internals shared with its bindings */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

typedef enum
{
  CR_PUB_BINDING_ENTRY,
  CR_PUB_BINDING_TEXT,
  CR_PUB_BINDING_CHOICE,
  CR_PUB_BINDING_CHOICES,
} CrPubBindingType;

/* One widget (or group of buttons) tied to one field of the record. */
typedef struct
{
  CrPubPage           *page;          /* unowned: the page owns the binding */
  CrPubBindingType     type;
  char                *field;
  const CrRecordField *def;
  GtkWidget           *widget;        /* entry row or text view */
  GtkLabel            *message;       /* format errors, or NULL */
  GPtrArray           *buttons;       /* CHOICE(S): the buttons, by nick */
  const char * const  *nicks;         /* CHOICE(S): static, parallel */
  char                *parse_error;   /* the text is not a date */
} CrPubBinding;

GPtrArray *_cr_pub_page_get_bindings (CrPubPage    *self);
void       _cr_pub_page_loading_push (CrPubPage    *self);
void       _cr_pub_page_loading_pop  (CrPubPage    *self);
void       _cr_pub_binding_free      (CrPubBinding *binding);
void       _cr_pub_binding_load      (CrPubBinding *binding);
/* The binding's own message (a date that cannot be read, a value too
 * long), or NULL; shown beside it. */
char      *_cr_pub_binding_check     (CrPubBinding *binding);

G_END_DECLS
