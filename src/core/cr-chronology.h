/* cr-chronology.h: a case's merged multi-agency chronology */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-chronology-entry.h"
#include "cr-chronology-reject.h"

G_BEGIN_DECLS

/*
 * The merged chronology of one case, as storage loads it: every agency's
 * entries in merge order (cr_chronology_entry_compare), the rows set
 * aside, and the likely duplicates.
 *
 * Duplicates: two entries of different agencies on the same day whose
 * event texts are similar (cr_chronology_text_similarity() >=
 * CR_CHRONOLOGY_DUPLICATE_THRESHOLD) form a CrChronologyDuplicate pair.
 * The user confirms a pair (the later entry, in merge order, is marked
 * CONFIRMED: it repeats the other) or dismisses it; decisions are stored
 * by pair of entry ids and applied again at each load. Pairs without a
 * decision mark both entries SUSPECTED. Only pairs that share one of
 * their rarer words are compared (which finds every pair that comparing
 * all would), and a day is compared within fixed limits: a hostile file
 * of thousands of alike entries on one day gets the pairs found up to
 * the limit, and a message in the log, not a quadratic wait.
 */

#define CR_CHRONOLOGY_DUPLICATE_THRESHOLD 0.6

typedef enum
{
  CR_DUPLICATE_DECISION_NONE,
  CR_DUPLICATE_DECISION_CONFIRMED,
  CR_DUPLICATE_DECISION_DISMISSED,
} CrDuplicateDecision;

/* "none", "confirmed", "dismissed" (storage); from_nick -1 when unknown */
const char *cr_duplicate_decision_to_nick   (CrDuplicateDecision decision);
int         cr_duplicate_decision_from_nick (const char         *nick);

/* A likely duplicate. Properties: "first", "second" (CrChronologyEntry, in
 * merge order), "similarity" (double 0..1), "decision" (read-write,
 * notifies; setting it updates the entries' duplicate marks). */
#define CR_TYPE_CHRONOLOGY_DUPLICATE (cr_chronology_duplicate_get_type())
G_DECLARE_FINAL_TYPE (CrChronologyDuplicate, cr_chronology_duplicate, CR, CHRONOLOGY_DUPLICATE, GObject)

CrChronologyEntry  *cr_chronology_duplicate_get_first      (CrChronologyDuplicate *self);
CrChronologyEntry  *cr_chronology_duplicate_get_second     (CrChronologyDuplicate *self);
double              cr_chronology_duplicate_get_similarity (CrChronologyDuplicate *self);
CrDuplicateDecision cr_chronology_duplicate_get_decision   (CrChronologyDuplicate *self);
void                cr_chronology_duplicate_set_decision   (CrChronologyDuplicate *self,
                                                            CrDuplicateDecision    decision);

#define CR_TYPE_CHRONOLOGY (cr_chronology_get_type())
G_DECLARE_FINAL_TYPE (CrChronology, cr_chronology, CR, CHRONOLOGY, GObject)

CrChronology *cr_chronology_new            (void);

/* Replaces the entries (the array's entries are taken as they are: the
 * chronology refs them), sorts them into merge order, finds the
 * duplicates, and applies @decisions (NULL or a GHashTable from
 * cr_chronology_pair_key() to GINT_TO_POINTER (CrDuplicateDecision)). */
void          cr_chronology_set_entries    (CrChronology *self,
                                            GPtrArray    *entries,
                                            GHashTable   *decisions);
void          cr_chronology_set_rejects    (CrChronology *self,
                                            GPtrArray    *rejects);
/* GListModel of CrChronologyEntry, in merge order. */
GListModel   *cr_chronology_get_entries    (CrChronology *self);
/* GListModel of CrChronologyReject, by agency then row. */
GListModel   *cr_chronology_get_rejects    (CrChronology *self);
/* GListModel of CrChronologyDuplicate, in merge order of first. */
GListModel   *cr_chronology_get_duplicates (CrChronology *self);
/* Pairs with no decision yet. */
guint         cr_chronology_count_undecided (CrChronology *self);
/* Distinct agencies with entries, by name: a GListModel of GtkStringObject
 * is a GUI type, so this is a NULL-terminated array of names (free with
 * g_strfreev) and their ids in the same order (free with g_free). */
char        **cr_chronology_dup_agency_names (CrChronology *self,
                                              gint64      **agency_ids);

/* "12:34" key for a decision table: the two ids, smaller first. */
char         *cr_chronology_pair_key       (gint64        a,
                                            gint64        b);
/* 0..1: how alike two event texts are (casefolded, punctuation and
 * stop words dropped, Sørensen–Dice on word bigrams and single words). */
double        cr_chronology_text_similarity (const char  *a,
                                             const char  *b);
/* The duplicates among @sorted (merge order): a new array of
 * CrChronologyDuplicate (decision NONE). */
GPtrArray    *cr_chronology_find_duplicates (GPtrArray   *sorted);

/* The entries of @entries (GListModel of CrChronologyEntry) as CSV:
 * UTF-8 with BOM (so spreadsheets read it as UTF-8), CRLF, header row
 * Date, Time, Agency, Event, Author or role, Source, Key practice episode,
 * Possible duplicate, Source file, Source row. Cells that a spreadsheet
 * would read as a formula (starting = + - @, tab or CR) get a leading
 * apostrophe. */
GBytes       *cr_chronology_write_csv      (GListModel   *entries);

G_END_DECLS
