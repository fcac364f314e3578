/* cr-anonymisation-hit.h: one thing in a text that may identify the family */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CR_ANONYMISATION_KIND_NAME,           /* a real name or alias (a variant) */
  CR_ANONYMISATION_KIND_DATE_OF_BIRTH,  /* a date of birth, in any form */
  CR_ANONYMISATION_KIND_EXACT_DATE,     /* an exact day in the child's life */
  CR_ANONYMISATION_KIND_ADDRESS,        /* an address recorded in the case */
  CR_ANONYMISATION_KIND_POSTCODE,       /* any UK postcode */
  CR_ANONYMISATION_KIND_STREET,         /* a street recorded in the case */
  CR_ANONYMISATION_KIND_SCHOOL,         /* a school recorded in the case */
  CR_ANONYMISATION_KIND_PLACE,          /* a place recorded in the case */
  CR_ANONYMISATION_KIND_NHS_NUMBER,     /* 10 digits, valid check digit */
  CR_ANONYMISATION_KIND_PHONE,          /* a UK telephone number */
  CR_ANONYMISATION_KIND_EMAIL,          /* an email address */
  CR_ANONYMISATION_KIND_OTHER,          /* another identifier of the case */
} CrAnonymisationKind;

#define CR_ANONYMISATION_KIND_LAST CR_ANONYMISATION_KIND_OTHER

/* Stable nick ("name", "date-of-birth", "nhs-number"…) and translated
 * label ("Real name", "Date of birth", "NHS number"…). */
const char *cr_anonymisation_kind_to_nick  (CrAnonymisationKind  kind);
gboolean    cr_anonymisation_kind_from_nick (const char         *nick,
                                             CrAnonymisationKind *kind);
const char *cr_anonymisation_kind_to_label (CrAnonymisationKind  kind);

/*
 * A hit: where (source id and label, block, character range), what
 * (the matched text, kind, why: "Real name of Mother (short form of the
 * first name)"), the text around it for showing in context (up to 60
 * characters each side, cut at word boundaries, newlines as spaces), the
 * suggested replacement (the person's pseudonym, or a neutral phrase for
 * the kind: "the family home", "[telephone number removed]", "March
 * 2021" for an exact date), and its key.
 *
 * Source ids: "title", "section:<key>", "finding:<id>:<field>",
 * "recommendation:<id>:<field>", "briefing:<field>", and for a PDF
 * "page:<n>" (from 1), "metadata:<name>", "annotation:<page>:<n>".
 * @block is the rich-text block for "section:" sources, else -1; start
 * and end are character offsets in that block's plain text (or in the
 * field's / page's text).
 *
 * The key identifies the hit across runs for dismissals: the lowercase
 * hex SHA-256 of kind nick, source id, the casefolded matched text and
 * the casefolded 24 characters before and after it, joined by U+001F. An
 * edit next to a dismissed hit makes it come back: the check fails
 * closed.
 *
 * Properties (read-only but "dismissed", "dismissal-reason"): every
 * getter below, for binding in list rows.
 */

#define CR_TYPE_ANONYMISATION_HIT (cr_anonymisation_hit_get_type())

G_DECLARE_FINAL_TYPE (CrAnonymisationHit, cr_anonymisation_hit, CR, ANONYMISATION_HIT, GObject)

CrAnonymisationHit *cr_anonymisation_hit_new (CrAnonymisationKind  kind,
                                              const char          *source_id,
                                              const char          *source_label,
                                              int                  block,
                                              guint                start,
                                              guint                end,
                                              const char          *text,
                                              const char          *context_before,
                                              const char          *context_after,
                                              const char          *why,
                                              const char          *suggestion);

CrAnonymisationKind cr_anonymisation_hit_get_kind          (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_source_id    (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_source_label (CrAnonymisationHit *self);
int         cr_anonymisation_hit_get_block        (CrAnonymisationHit *self);
guint       cr_anonymisation_hit_get_start        (CrAnonymisationHit *self);
guint       cr_anonymisation_hit_get_end          (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_text         (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_context_before (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_context_after  (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_why          (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_suggestion   (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_key          (CrAnonymisationHit *self);
gboolean    cr_anonymisation_hit_get_dismissed    (CrAnonymisationHit *self);
const char *cr_anonymisation_hit_get_dismissal_reason (CrAnonymisationHit *self);
void        cr_anonymisation_hit_set_dismissed    (CrAnonymisationHit *self,
                                                   gboolean            dismissed,
                                                   const char         *reason);
/* Whether the hit's source is a part of the app's report that a
 * replacement can be written into (not a PDF's page). */
gboolean    cr_anonymisation_hit_is_replaceable   (CrAnonymisationHit *self);

G_END_DECLS
