/* cr-storage-error.h */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CR_STORAGE_ERROR (cr_storage_error_quark ())

/*
 * Every storage error carries a translated message a user can act on
 * ("The database file is read-only. Check its permissions, or open a copy.")
 * with SQLite's own text appended in brackets for support staff.
 */
typedef enum
{
  CR_STORAGE_ERROR_FAILED,      /* anything else */
  CR_STORAGE_ERROR_NOT_A_DATABASE, /* not SQLite at all, or encrypted by something else */
  CR_STORAGE_ERROR_CORRUPT,     /* integrity check failed / SQLITE_CORRUPT */
  CR_STORAGE_ERROR_TOO_NEW,     /* written by a newer Case Reviews */
  CR_STORAGE_ERROR_LOCKED,      /* another program holds a lock */
  CR_STORAGE_ERROR_READ_ONLY,   /* the file or its folder cannot be written */
  CR_STORAGE_ERROR_FULL,        /* disk full */
  CR_STORAGE_ERROR_IO,          /* read or write failed */
  CR_STORAGE_ERROR_NOT_FOUND,   /* no such case/agency/... */
  CR_STORAGE_ERROR_INVALID,     /* bad value for a field; message says which */
  CR_STORAGE_ERROR_DUPLICATE,   /* e.g. the case reference is already used */
  CR_STORAGE_ERROR_CLOSED,      /* the database was closed */
  CR_STORAGE_ERROR_CONSTRAINT,  /* still used by another record; message says which */
} CrStorageError;

GQuark cr_storage_error_quark (void);

G_END_DECLS
