/* cr-test-utils.h: helpers shared by the test programs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-database.h"
#include "cr-record.h"

G_BEGIN_DECLS

/* A fresh private folder under g_get_tmp_dir(), removed by
 * cr_test_remove_tree(). */
char       *cr_test_make_tmpdir      (void);
void        cr_test_remove_tree      (const char *path);

/* Opens (creating) a database at @path, asserting success. */
CrDatabase *cr_test_open_database    (const char *path);

/* Iterates the default main context until *@flag is TRUE or @timeout_ms
 * pass; the test fails on time-out, so async tests cannot hang (after
 * nautilus's ITER_CONTEXT_WHILE). */
void        cr_test_wait_for_flag    (gboolean   *flag,
                                      guint       timeout_ms);

/* How long the waits below allow before the test fails. */
#define CR_TEST_WAIT_MS 10000

typedef gboolean (*CrTestPredicate) (gpointer data);

/* Iterates the default main context until @predicate holds, or until
 * *@counter reaches @target; fails the test after CR_TEST_WAIT_MS, naming
 * @what, so that nothing can hang. */
void        cr_test_wait_until       (CrTestPredicate  predicate,
                                      gpointer         data,
                                      const char      *what);
void        cr_test_wait_count       (guint           *counter,
                                      guint            target,
                                      const char      *what);
/* Lets the main loop (idles, layout, timers) run for @ms. */
void        cr_test_spin             (guint            ms);

/* Fixture helpers: a database file @file_name, opened, in a fresh private
 * folder. @out_path may be NULL. Tear-down closes the database (joining
 * its thread), removes the folder and frees and clears all three. */
void        cr_test_database_set_up  (const char      *file_name,
                                      char           **out_dir,
                                      char           **out_path,
                                      CrDatabase     **out_db);
void        cr_test_database_tear_down (char         **dir,
                                        char         **path,
                                        CrDatabase   **db);

/* Synchronous database helpers for fixtures; each asserts success and
 * returns a new reference. */
CrCase     *cr_test_db_get_case      (CrDatabase      *db,
                                      gint64           id);
CrAgency   *cr_test_db_create_agency (CrDatabase      *db,
                                      const char      *name,
                                      CrAgencySector   sector);
/* The records of @type of case @case_id (CrRecord), as listed. */
GPtrArray  *cr_test_db_list_records  (CrDatabase      *db,
                                      GType            type,
                                      gint64           case_id);
/* The record as stored. */
CrRecord   *cr_test_db_save_record   (CrDatabase      *db,
                                      CrRecord        *record);

/* Assertions that name what failed: @text holds @fragment; @record
 * validates; @record is refused (CR_CASE_ERROR_INVALID) with a message
 * holding @fragment and @fragment2 (when not NULL). */
void        cr_test_assert_contains  (const char      *text,
                                      const char      *fragment);
void        cr_test_assert_valid     (CrRecord        *record);
void        cr_test_assert_invalid   (CrRecord        *record,
                                      const char      *fragment,
                                      const char      *fragment2);

/* The first toplevel window that is a @type (if @visible_only, also
 * visible), or NULL. */
gpointer    cr_test_find_toplevel    (GType            type,
                                      gboolean         visible_only);
/* Waits (as cr_test_wait_until) for such a toplevel to appear, and returns
 * it; or for none to be left. @what names it in a failure (NULL: the type
 * name). */
gpointer    cr_test_wait_for_toplevel (GType           type,
                                       gboolean        visible_only,
                                       const char     *what);
void        cr_test_wait_toplevel_gone (GType          type,
                                        gboolean       visible_only,
                                        const char    *what);

/* Destroys every toplevel window (the dialogs a test left open, then its
 * window) and lets the main loop settle, so the next test starts clean. */
void        cr_test_destroy_toplevels (void);

/* The row (an AdwPreferencesRow of @type) titled @title under @root, or
 * NULL. */
gpointer    cr_test_find_row         (gpointer         root,
                                      GType            type,
                                      const char      *title);

/* Adds @widget and every widget below it that is a @type to @found. */
void        cr_test_collect_widgets  (GtkWidget       *widget,
                                      GType            type,
                                      GPtrArray       *found);

/* For the kill -9 crash tests: reads what a crash writer child printed
 * on @fd into @buffer, until @deadline (monotonic time; -1: until the
 * pipe closes), and returns the highest number on a complete line, the
 * last commit the child saw succeed (0 if none). */
guint       cr_test_read_committed   (int              fd,
                                      GString         *buffer,
                                      gint64           deadline);

G_END_DECLS
