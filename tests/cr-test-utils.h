/* cr-test-utils.h: helpers shared by the test programs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-database.h"

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

G_END_DECLS
