/* cr-database.c: the database object, its thread and request queue
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include <glib/gi18n.h>

struct _CrDatabase
{
  GObject     parent_instance;

  char       *path;
  CrDbWorker *worker;   /* NULL until the first open */
  GThread    *thread;

  guint       read_only : 1;
  guint       closed : 1;
};

G_DEFINE_FINAL_TYPE (CrDatabase, cr_database, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Requests and the database thread ----------------------------------- */

typedef struct
{
  CrDbRunFunc       run;    /* NULL: close the connection and quit */
  GTask            *task;
  CrDbRequestFlags  flags;
} CrDbRequest;

static void
request_free (CrDbRequest *request)
{
  g_clear_object (&request->task);
  g_free (request);
}

static void
worker_clear (gpointer data)
{
  CrDbWorker *worker = data;

  g_assert (worker->db == NULL);
  g_clear_pointer (&worker->queue, g_async_queue_unref);
  g_clear_pointer (&worker->path, g_free);
}

static void
worker_release (CrDbWorker *worker)
{
  g_atomic_rc_box_release_full (worker, worker_clear);
}

static void
run_request (CrDbWorker  *worker,
             CrDbRequest *request)
{
  GTask *task = request->task;
  GCancellable *cancellable = g_task_get_cancellable (task);

  /* A request cancelled while it waited is not run at all. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (worker->db == NULL && !(request->flags & CR_DB_REQUEST_OPEN))
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED, "%s",
                               _("The database is not open. Open it again, then retry."));
      return;
    }

  if ((request->flags & CR_DB_REQUEST_WRITE) && g_atomic_int_get (&worker->read_only))
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY, "%s",
                               _("The database file is read-only, so the change was not saved. Check the permissions of the file and its folder, or open a copy you can write to."));
      return;
    }

  /* A read may be interrupted when cancelled (progress handler); a write,
   * once started, runs to its commit or rollback, never half-way. */
  worker->cancellable = (request->flags & CR_DB_REQUEST_WRITE) ? NULL : cancellable;
  request->run (worker, task);
  worker->cancellable = NULL;

  /* Every request leaves the connection outside a transaction. */
  if (worker->db != NULL && !sqlite3_get_autocommit (worker->db))
    {
      g_critical ("Request %s left a transaction open; rolling it back",
                  g_task_get_name (task));
      sqlite3_exec (worker->db, "ROLLBACK", NULL, NULL, NULL);
    }
}

static gpointer
database_thread (gpointer data)
{
  CrDbWorker *worker = data;
  CrDbRequest *request;

  for (;;)
    {
      request = g_async_queue_pop (worker->queue);
      if (request->run == NULL)
        {
          request_free (request);
          break;
        }

      run_request (worker, request);
      request_free (request);
    }

  _cr_db_close (worker);

  /* Nothing should be queued after the quit message; fail it if it is. */
  while ((request = g_async_queue_try_pop (worker->queue)) != NULL)
    {
      if (request->task != NULL)
        g_task_return_new_error (request->task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED, "%s",
                                 _("The database was closed before the request could run."));
      request_free (request);
    }

  worker_release (worker);
  return NULL;
}

GTask *
_cr_database_task_new (CrDatabase          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data,
                       gpointer             source_tag,
                       const char          *name)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, name);
  /* GTask's default stays: once @cancellable is cancelled the caller gets
   * G_IO_ERROR_CANCELLED, so a widget that cancels in dispose is never
   * called back with a result. A write that had already started still
   * runs to its commit or rollback; a caller that needs to know whether
   * it was saved must not cancel it. */
  return task;
}

void
_cr_database_submit (CrDatabase       *self,
                     GTask            *task,
                     CrDbRunFunc       run,
                     CrDbRequestFlags  flags)
{
  CrDbRequest *request;

  g_assert (run != NULL);

  if (self->closed)
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED, "%s",
                               _("The database has been closed. Open it again, then retry."));
      g_object_unref (task);
      return;
    }

  if (self->worker == NULL)
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED, "%s",
                               _("The database is not open. Open it again, then retry."));
      g_object_unref (task);
      return;
    }

  request = g_new0 (CrDbRequest, 1);
  request->run = run;
  request->task = task;
  request->flags = flags;
  g_async_queue_push (self->worker->queue, request);
}

void
_cr_database_submit_for_case (CrDatabase          *self,
                              gint64               case_id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data,
                              gpointer             source_tag,
                              const char          *name,
                              CrDbRunFunc          run,
                              CrDbRequestFlags     flags)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);

  g_task_set_task_data (task, g_memdup2 (&case_id, sizeof case_id), g_free);
  _cr_database_submit (self, task, run, flags);
}

gpointer
_cr_database_propagate_pointer (CrDatabase    *self,
                                GAsyncResult  *result,
                                gpointer       source_tag,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
_cr_database_get_quick_checked (CrDatabase *self)
{
  g_return_val_if_fail (CR_IS_DATABASE (self), FALSE);

  /* Written by the database thread before the open task returned. */
  return self->worker != NULL && self->worker->quick_checked;
}

/* ---- GObject ------------------------------------------------------------- */

static void
cr_database_dispose (GObject *object)
{
  cr_database_close (CR_DATABASE (object));

  G_OBJECT_CLASS (cr_database_parent_class)->dispose (object);
}

static void
cr_database_finalize (GObject *object)
{
  CrDatabase *self = CR_DATABASE (object);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cr_database_parent_class)->finalize (object);
}

static void
cr_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrDatabase *self = CR_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_database_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrDatabase *self = CR_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_database_class_init (CrDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_database_dispose;
  object_class->finalize = cr_database_finalize;
  object_class->get_property = cr_database_get_property;
  object_class->set_property = cr_database_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_database_init (CrDatabase *self)
{
}

/* ---- Public API ------------------------------------------------------------ */

CrDatabase *
cr_database_new (const char *path)
{
  g_return_val_if_fail (path != NULL && *path != '\0', NULL);

  return g_object_new (CR_TYPE_DATABASE, "path", path, NULL);
}

char *
cr_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "case-reviews", "case-reviews.db", NULL);
}

char *
cr_database_dup_demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "case-reviews", "demo.db", NULL);
}

const char *
cr_database_get_path (CrDatabase *self)
{
  g_return_val_if_fail (CR_IS_DATABASE (self), NULL);

  return self->path;
}

gboolean
cr_database_get_read_only (CrDatabase *self)
{
  g_return_val_if_fail (CR_IS_DATABASE (self), FALSE);

  return self->read_only;
}

int
cr_database_get_latest_schema_version (void)
{
  return _cr_migrations_get_latest ();
}

static void
run_open (CrDbWorker *worker,
          GTask      *task)
{
  g_autoptr(GError) error = NULL;

  if (!_cr_db_open (worker, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
cr_database_open_async (CrDatabase          *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_open_async, "cr_database_open_async");

  if (self->worker == NULL && !self->closed)
    {
      g_autoptr(GError) error = NULL;

      self->worker = g_atomic_rc_box_new0 (CrDbWorker);
      self->worker->queue = g_async_queue_new ();
      self->worker->path = g_strdup (self->path);

      /* The thread holds its own reference to the worker. */
      self->thread = g_thread_try_new ("cr-database", database_thread,
                                       g_atomic_rc_box_acquire (self->worker), &error);
      if (self->thread == NULL)
        {
          worker_release (self->worker);
          g_clear_pointer (&self->worker, worker_release);
          g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED, "%s (%s)",
                                   _("Case Reviews could not start its database worker. Close other programs and try again."),
                                   error->message);
          g_object_unref (task);
          return;
        }
    }

  _cr_database_submit (self, task, run_open, CR_DB_REQUEST_OPEN);
}

gboolean
cr_database_open_finish (CrDatabase    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  gboolean read_only;

  g_return_val_if_fail (CR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_open_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  read_only = self->worker != NULL && g_atomic_int_get (&self->worker->read_only);
  if (read_only != self->read_only)
    {
      self->read_only = read_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
    }

  return TRUE;
}

void
cr_database_close (CrDatabase *self)
{
  CrDbRequest *quit;

  g_return_if_fail (CR_IS_DATABASE (self));

  if (self->closed)
    return;
  self->closed = TRUE;

  if (self->thread == NULL)
    return;

  /* The quit message is queued after every request already waiting, so
   * those still run (and commit) before the connection closes. */
  quit = g_new0 (CrDbRequest, 1);
  g_async_queue_push (self->worker->queue, quit);

  /* When the last reference goes away on the database thread itself (a
   * task finalised there), the thread cannot be joined: it quits alone. */
  if (g_thread_self () == self->thread)
    {
      g_debug ("Last reference dropped on the database thread; it closes on its own");
      g_thread_unref (self->thread);
    }
  else
    g_thread_join (self->thread);
  self->thread = NULL;

  g_clear_pointer (&self->worker, worker_release);
}

/* ---- Synchronous use ------------------------------------------------------- */

void
cr_database_sync_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_return_if_fail (out != NULL && *out == NULL);

  *out = g_object_ref (result);
}

GAsyncResult *
cr_database_wait (GAsyncResult **result)
{
  GMainContext *context;

  g_return_val_if_fail (result != NULL, NULL);

  context = g_main_context_get_thread_default ();
  if (context == NULL)
    context = g_main_context_default ();

  while (*result == NULL)
    g_main_context_iteration (context, TRUE);

  return *result;
}
