/* cr-cli.h: the case-reviews-cli commands */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

/*
 * Exit codes (documented in --help and the man page):
 *   0  success
 *   1  the command failed (for example: no such case; check found problems)
 *   2  usage error (unknown command or option, bad argument)
 *   3  the database could not be opened (corrupt, too new, locked, read-only)
 *   4  the database could not be written (disk full, read-only, I/O error)
 */
enum
{
  CR_CLI_EXIT_OK = 0,
  CR_CLI_EXIT_FAILED = 1,
  CR_CLI_EXIT_USAGE = 2,
  CR_CLI_EXIT_OPEN = 3,
  CR_CLI_EXIT_WRITE = 4,
};

/* Runs the command line tool; returns the process exit code. Writes to
 * stdout/stderr. Testable: tests call it with their own argv. */
int cr_cli_main (int   argc,
                 char *argv[]);

/* The same, writing normal output to @out and messages to @err, so that
 * tests can capture both (for example with open_memstream() or a file in
 * a temporary folder). @argv is not modified. */
int cr_cli_run  (int    argc,
                 char  *argv[],
                 FILE  *out,
                 FILE  *err);

G_END_DECLS
