/* cr-storage-error.c
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-storage-error.h"

G_DEFINE_QUARK (cr-storage-error-quark, cr_storage_error)
