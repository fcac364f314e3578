/* cr-record.h: a stored record described by a table of text fields */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The referral, the rapid review and their parts are records: each field
 * is a string GObject property (so widgets bind to it and it notifies),
 * described by a CrRecordField table that the subclass installs in its
 * class_init. The same table drives validation (messages name the field's
 * label and say what to change), the draft format (GKeyFile) and storage
 * (the SQL column is the field name with '-' turned to '_').
 *
 * Values are stored as text: dates "YYYY-MM-DD", times "HH:MM", booleans
 * "true"/"false", a choice as its nick, several choices as nicks joined by
 * ';', ids as decimal. "" is stored as NULL (not recorded).
 *
 * Every record also has the properties "id" (gint64, 0 until stored) and
 * "case-id" (gint64).
 */

typedef enum
{
  CR_RECORD_FIELD_LINE,        /* one line of text */
  CR_RECORD_FIELD_TEXT,        /* paragraphs */
  CR_RECORD_FIELD_DATE,        /* a real day from 1900, not in the future */
  CR_RECORD_FIELD_PLAN_DATE,   /* a real day from 1900; may be in the future */
  CR_RECORD_FIELD_TIME,        /* HH:MM, 24-hour clock */
  CR_RECORD_FIELD_BOOLEAN,     /* "true" or "false" */
  CR_RECORD_FIELD_CHOICE,      /* one of choices */
  CR_RECORD_FIELD_CHOICES,     /* ';'-joined distinct nicks of choices */
  CR_RECORD_FIELD_ID,          /* a row id > 0 */
  CR_RECORD_FIELD_EMAIL,       /* name@domain.tld */
  CR_RECORD_FIELD_PHONE,       /* digits, spaces, + ( ) -, 6 to 20 digits */
} CrRecordFieldKind;

typedef enum
{
  CR_RECORD_FIELD_FLAG_NONE    = 0,
  /* Not stored in the record's own table: filled in by storage from a
   * join (for example an agency's name beside its id). */
  CR_RECORD_FIELD_FLAG_DERIVED = 1 << 0,
  /* Stored, but set by storage (a hash, a size): forms show it and do not
   * offer to edit it. */
  CR_RECORD_FIELD_FLAG_READ_ONLY = 1 << 1,
} CrRecordFieldFlags;

typedef struct
{
  const char          *name;           /* property name, "incident-time" */
  CrRecordFieldKind    kind;
  const char          *label;          /* N_(), "Time of the incident" */
  guint                max_length;     /* in characters; 0: 200 for LINE,
                                        * 20000 for TEXT, none otherwise */
  const char * const  *choices;        /* CHOICE(S): nicks, NULL-terminated */
  const char * const  *choice_labels;  /* CHOICE(S): N_() labels, parallel */
  CrRecordFieldFlags   flags;
} CrRecordField;

#define CR_TYPE_RECORD (cr_record_get_type())

G_DECLARE_DERIVABLE_TYPE (CrRecord, cr_record, CR, RECORD, GObject)

struct _CrRecordClass
{
  GObjectClass parent_class;

  /* Cross-field rules, run by cr_record_validate() after every field has
   * passed cr_record_field_check(). Optional. */
  gboolean (*validate) (CrRecord  *self,
                        GError   **error);
  /* One line naming the record in a list, and a second describing it
   * (translated). Optional: the default title is the value of the first
   * field, the default subtitle NULL. */
  char    *(*dup_title)    (CrRecord  *self);
  char    *(*dup_subtitle) (CrRecord  *self);

  /*< private >*/
  gpointer padding[2];
};

/* For class_init: installs one string property per field. @fields must
 * stay valid for the life of the process (a static table). */
void                 cr_record_class_install_fields (CrRecordClass       *klass,
                                                     const CrRecordField *fields,
                                                     guint                n_fields);
const CrRecordField *cr_record_class_get_fields     (CrRecordClass       *klass,
                                                     guint               *n_fields);
/* The field called @name, or NULL. */
const CrRecordField *cr_record_find_field           (CrRecord            *self,
                                                     const char          *name);

gint64               cr_record_get_id               (CrRecord            *self);
void                 cr_record_set_id               (CrRecord            *self,
                                                     gint64               id);
gint64               cr_record_get_case_id          (CrRecord            *self);
void                 cr_record_set_case_id          (CrRecord            *self,
                                                     gint64               case_id);

/* The value of field @name, or NULL when not recorded. */
const char          *cr_record_get                  (CrRecord            *self,
                                                     const char          *name);
/* Sets field @name (NULL or "" clears it) without validating, so that a
 * form can hold what the user is typing; notifies when it changed. */
void                 cr_record_set                  (CrRecord            *self,
                                                     const char          *name,
                                                     const char          *value);
gboolean             cr_record_get_boolean          (CrRecord            *self,
                                                     const char          *name);
/* TRUE when field @name holds a value. */
gboolean             cr_record_has                  (CrRecord            *self,
                                                     const char          *name);
/* Copies every field, id and case-id from @source (same type). */
void                 cr_record_copy_from            (CrRecord            *self,
                                                     CrRecord            *source);

/* Checks one value (NULL and "" are accepted: being recorded at all is the
 * caller's rule). On failure sets CR_CASE_ERROR_INVALID with a translated
 * message naming the field's label and saying what to change. */
gboolean             cr_record_field_check          (const CrRecordField *field,
                                                     const char          *value,
                                                     GError             **error);
/* Checks that field @name is recorded and valid; "Enter the time of the
 * incident" style message when it is missing. */
gboolean             cr_record_check_required       (CrRecord            *self,
                                                     const char          *name,
                                                     GError             **error);
/* Every field, then the class's validate. */
gboolean             cr_record_validate             (CrRecord            *self,
                                                     GError             **error);

/* The class's dup_title / dup_subtitle (see CrRecordClass). */
char                *cr_record_dup_title            (CrRecord            *self);
char                *cr_record_dup_subtitle         (CrRecord            *self);
/* The translated singular name of the kind of record ("Reviewer",
 * "Meeting"), set with cr_record_class_set_kind_label() in class_init;
 * NULL when not set. */
const char          *cr_record_get_kind_label       (CrRecord            *self);
void                 cr_record_class_set_kind_label (CrRecordClass       *klass,
                                                     const char          *label);
/* A date field's value written for people ("3 March 2026"), or NULL. */
char                *cr_record_dup_date_label       (CrRecord            *self,
                                                     const char          *name);

/* The translated label of a choice nick of @field, or NULL. */
const char          *cr_record_field_get_choice_label (const CrRecordField *field,
                                                       const char          *nick);

/* Drafts: writes the fields that hold a value (and id, case-id) as keys of
 * @group; loading ignores unknown keys and keeps values as they are (a
 * draft may hold what the user had half typed), but caps their length. */
void                 cr_record_save_to_key_file     (CrRecord            *self,
                                                     GKeyFile            *key_file,
                                                     const char          *group);
void                 cr_record_load_from_key_file   (CrRecord            *self,
                                                     GKeyFile            *key_file,
                                                     const char          *group);

G_END_DECLS
