/* cr-record-private.h: helpers shared by the record classes */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-record.h"

G_BEGIN_DECLS

/* ---- Checks for the assistants' steps ---------------------------------- */

/* Field @name is recorded and valid; on failure *@field = @name. */
gboolean  _cr_record_check_required  (CrRecord     *self,
                                      const char   *name,
                                      const char  **field,
                                      GError      **error);
/* Field @name is valid when recorded; on failure *@field = @name. */
gboolean  _cr_record_check_optional  (CrRecord     *self,
                                      const char   *name,
                                      const char  **field,
                                      GError      **error);
/* Every field of @required (NULL-terminated, may be NULL) is recorded and
 * valid, then every field of @optional is valid when recorded; on failure
 * *@field names the first that is not. */
gboolean  _cr_record_check_fields    (CrRecord            *self,
                                      const char * const  *required,
                                      const char * const  *optional,
                                      const char         **field,
                                      GError             **error);
/* A NULL-terminated list of field names, for _cr_record_check_fields(). */
#define CR_RECORD_NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })
/* When both dates are recorded and valid, @earlier is not after @later;
 * on failure *@field = @later. */
gboolean  _cr_record_check_order     (CrRecord     *self,
                                      const char   *earlier,
                                      const char   *later,
                                      const char  **field,
                                      GError      **error);
/* The date in field @name, when it holds a valid one. */
gboolean  _cr_record_get_date        (CrRecord     *self,
                                      const char   *name,
                                      GDate        *out);
/* TRUE when field @name holds @nick. */
gboolean  _cr_record_is              (CrRecord     *self,
                                      const char   *name,
                                      const char   *nick);
/* TRUE when any field holds a value. */
gboolean  _cr_record_has_any         (CrRecord     *self);
/* The field's translated label. */
const char *_cr_record_label         (CrRecord     *self,
                                      const char   *name);
/* The translated label of the choice field @name holds, or NULL. */
const char *_cr_record_choice_label  (CrRecord     *self,
                                      const char   *name);
/* Sets *@out to *@today, or to the real today when @today is NULL. */
void      _cr_record_today           (const GDate  *today,
                                      GDate        *out);
/* Joins the strings of @parts (NULL and "" skipped) with " · " for a
 * subtitle; NULL when none is left. Frees nothing. */
char     *_cr_record_join_parts      (GPtrArray    *parts);
/* Sets *@field when @field is not NULL. */
void      _cr_record_set_field_out   (const char  **field,
                                      const char   *name);

/* ---- Drafts ------------------------------------------------------------ */

/* The most items a draft's list may hold. */
#define CR_DRAFT_MAX_ITEMS 1000

/* A key file with the [draft] group filled in. */
GKeyFile *_cr_draft_new              (const char   *kind,
                                      int           step);
/* "prefix-N" */
char     *_cr_draft_group            (const char   *prefix,
                                      guint         index);
/* Parses @data and checks the [draft] group (format, version, @kind, a
 * step in 0..@n_steps - 1), that every group is "draft", @record_group
 * (which must exist) or "PREFIX-N" for one of @prefixes with N counting
 * from 0 without gaps, and that every value can be read. */
GKeyFile *_cr_draft_open             (const char          *data,
                                      const char          *kind,
                                      int                  n_steps,
                                      const char          *record_group,
                                      const char * const  *prefixes,
                                      int                 *step,
                                      GError             **error);
/* The number of "PREFIX-N" groups (checked contiguous by _open). */
guint     _cr_draft_count            (GKeyFile     *key_file,
                                      const char   *prefix);
/* Loads a record from @group after checking that its id and case-id,
 * when present, are numbers >= 0. */
gboolean  _cr_draft_load_record      (CrRecord     *record,
                                      GKeyFile     *key_file,
                                      const char   *group,
                                      GError      **error);
/* Writes each CrRecord of @list as "PREFIX-N". */
void      _cr_draft_save_records     (GKeyFile     *key_file,
                                      const char   *prefix,
                                      GListModel   *list);
/* Appends to @store one new @type record per "PREFIX-N" group. */
gboolean  _cr_draft_load_records     (GKeyFile     *key_file,
                                      const char   *prefix,
                                      GType         type,
                                      GListStore   *store,
                                      GError      **error);
/* Sets the "This draft could not be read" error; returns FALSE. */
gboolean  _cr_draft_fail             (GError      **error);
/* Reads the int64 @key of @group into *@out when present: a number >=
 * @minimum, else FALSE. Absent keys leave *@out alone. */
gboolean  _cr_draft_get_int64        (GKeyFile     *key_file,
                                      const char   *group,
                                      const char   *key,
                                      gint64        minimum,
                                      gint64       *out);
/* Reads @key of @group as text capped at @max_chars characters; NULL when
 * absent. Never fails (_open checked that values can be read). */
char     *_cr_draft_get_text         (GKeyFile     *key_file,
                                      const char   *group,
                                      const char   *key,
                                      guint         max_chars);

G_END_DECLS
