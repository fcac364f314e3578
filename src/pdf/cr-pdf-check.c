/* cr-pdf-check.c: the anonymisation check of a PDF to be published */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfCheck"

#include "config.h"

#include "cr-pdf-check.h"

#include "cr-pdf-document.h"
#include "cr-pdf-error.h"
#include "cr-pdf-worker.h"

#include <glib/gi18n.h>
#include <poppler.h>
#include <string.h>

#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/*
 * Everything a reader of the PDF could see or copy out is checked with
 * the case's terms: each page's text, the document information, the text
 * and author of each annotation and the value of each text form field.
 * The file is untrusted: its size, its page count and the text read are
 * bounded, and a file that cannot be read completely fails (the check
 * fails closed: a PDF not read is not a PDF without names). Every Poppler
 * call holds the process-wide Poppler lock, page by page, so a long check
 * never holds up the viewer for more than a page.
 */

#define MAX_PAGES       2000
#define MAX_TEXT_BYTES  ((gsize) 20 * 1024 * 1024)

typedef struct
{
  CrAnonymisationTerms *terms;
  GPtrArray            *hits;       /* CrAnonymisationHit */
  gsize                 text_read;  /* bytes of text checked so far */
} Check;

/* --------------------------------------------------------------------------
 * Checking text
 */

static gboolean
check_text (Check       *check,
            const char  *source_id,
            const char  *source_label,
            const char  *text,
            GError     **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *valid = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  check->text_read += strlen (text);
  if (check->text_read > MAX_TEXT_BYTES)
    {
      g_autofree char *limit = g_format_size (MAX_TEXT_BYTES);

      g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TOO_LARGE,
                   /* Translators: %s is a size, "21.0 MB" */
                   _("The PDF holds too much text to check (more than %s). Check a shorter document."),
                   limit);
      return FALSE;
    }

  valid = g_utf8_make_valid (text, -1);
  hits = cr_anonymisation_check_text (check->terms, source_id, source_label, -1, valid);
  if (hits != NULL)
    g_ptr_array_extend_and_steal (check->hits, g_steal_pointer (&hits));
  return TRUE;
}

/* --------------------------------------------------------------------------
 * Opening
 */

static PopplerDocument *
open_document (GBytes      *bytes,
               const char  *password,
               GError     **error)
{
  g_autoptr(GError) poppler_error = NULL;
  PopplerDocument *document;
  gsize size = g_bytes_get_size (bytes);

  if ((goffset) size > CR_PDF_MAX_FILE_BYTES)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *limit_text = g_format_size ((guint64) CR_PDF_MAX_FILE_BYTES);

      g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TOO_LARGE,
                   /* Translators: two sizes, as in "600 MB" and "536.9 MB" */
                   _("The file is too large to check (%s; the limit is %s)."),
                   size_text, limit_text);
      return NULL;
    }
  if (size == 0)
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                           _("The file could not be checked: it is empty."));
      return NULL;
    }

  /* As cr-pdf-worker.c: Poppler 22.12's new_from_bytes crashes on a
   * wrong password; the stream variant retries safely. */
  if (password == NULL)
    {
      document = poppler_document_new_from_bytes (bytes, NULL, &poppler_error);
    }
  else
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

      document = poppler_document_new_from_stream (stream, (goffset) size, password, NULL, &poppler_error);
    }

  if (document != NULL)
    return document;

  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    {
      if (password != NULL)
        g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED,
                             _("The password is not correct for this PDF. Check it and try again."));
      else
        g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED,
                             _("This PDF is protected by a password. Enter the password to check it."));
    }
  else
    {
      g_debug ("Poppler refused the document: %s", poppler_error != NULL ? poppler_error->message : "?");
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                           _("The file could not be checked: it is damaged or not a PDF document. "
                             "Export the PDF again and check the new file."));
    }
  return NULL;
}

/* --------------------------------------------------------------------------
 * What is checked
 */

static gboolean
check_metadata (Check            *check,
                PopplerDocument  *document,
                GError          **error)
{
  struct
  {
    const char *name;
    const char *label;
    char *(*get) (PopplerDocument *document);
  } fields[] = {
    { "title", N_("Title"), poppler_document_get_title },
    { "author", N_("Author"), poppler_document_get_author },
    { "subject", N_("Subject"), poppler_document_get_subject },
    { "keywords", N_("Keywords"), poppler_document_get_keywords },
    { "creator", N_("Creator"), poppler_document_get_creator },
    { "producer", N_("Producer"), poppler_document_get_producer },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *source = g_strdup_printf ("metadata:%s", fields[i].name);
      g_autofree char *label = NULL;

      cr_pdf_poppler_lock ();
      value = fields[i].get (document);
      cr_pdf_poppler_unlock ();

      /* Translators: where a hit was found in a PDF, "Document properties: Author" */
      label = g_strdup_printf (_("Document properties: %s"), _(fields[i].label));
      if (!check_text (check, source, label, value, error))
        return FALSE;
    }

  return TRUE;
}

/* The texts of one page, read under the lock, checked after it. */
typedef struct
{
  char      *text;
  GPtrArray *annotations;  /* char *: "contents\nauthor", by index */
  GPtrArray *fields;       /* char *: name, value, name, value… */
} PageTexts;

static void
page_texts_clear (PageTexts *texts)
{
  g_clear_pointer (&texts->text, g_free);
  g_clear_pointer (&texts->annotations, g_ptr_array_unref);
  g_clear_pointer (&texts->fields, g_ptr_array_unref);
}

static void
read_page (PopplerDocument *document,
           int              index,
           PageTexts       *texts)
{
  PopplerPage *page;
  GList *mapping;

  texts->annotations = g_ptr_array_new_with_free_func (g_free);
  texts->fields = g_ptr_array_new_with_free_func (g_free);

  cr_pdf_poppler_lock ();
  page = poppler_document_get_page (document, index);
  if (page == NULL)
    {
      cr_pdf_poppler_unlock ();
      return;
    }

  texts->text = poppler_page_get_text (page);

  mapping = poppler_page_get_annot_mapping (page);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerAnnot *annot = ((PopplerAnnotMapping *) l->data)->annot;
      g_autofree char *contents = poppler_annot_get_contents (annot);
      g_autofree char *author = NULL;

      if (POPPLER_IS_ANNOT_MARKUP (annot))
        author = poppler_annot_markup_get_label (POPPLER_ANNOT_MARKUP (annot));
      /* One entry per annotation, so that "n" counts them all. */
      g_ptr_array_add (texts->annotations,
                       g_strjoin ("\n", contents != NULL ? contents : "", author != NULL ? author : "", NULL));
    }
  poppler_page_free_annot_mapping (mapping);

  mapping = poppler_page_get_form_field_mapping (page);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerFormField *field = ((PopplerFormFieldMapping *) l->data)->field;
      char *name;

      if (poppler_form_field_get_field_type (field) != POPPLER_FORM_FIELD_TEXT)
        continue;
      name = poppler_form_field_get_name (field);
      g_ptr_array_add (texts->fields, name != NULL ? name : g_strdup (""));
      g_ptr_array_add (texts->fields, poppler_form_field_text_get_text (field));
    }
  poppler_page_free_form_field_mapping (mapping);
  g_object_unref (page);
  cr_pdf_poppler_unlock ();
}

static gboolean
check_page (Check            *check,
            PopplerDocument  *document,
            int               index,
            GError          **error)
{
  PageTexts texts = { 0 };
  g_autofree char *source = g_strdup_printf ("page:%d", index + 1);
  /* Translators: where a hit was found in a PDF */
  g_autofree char *label = g_strdup_printf (_("Page %d"), index + 1);
  gboolean ok;

  read_page (document, index, &texts);
  ok = check_text (check, source, label, texts.text, error);

  for (guint i = 0; ok && texts.annotations != NULL && i < texts.annotations->len; i++)
    {
      g_autofree char *annot_source = g_strdup_printf ("annotation:%d:%u", index + 1, i + 1);
      /* Translators: where a hit was found in a PDF: an annotation */
      g_autofree char *annot_label = g_strdup_printf (_("Comment on page %d"), index + 1);

      ok = check_text (check, annot_source, annot_label, g_ptr_array_index (texts.annotations, i), error);
    }

  for (guint i = 0; ok && texts.fields != NULL && i + 1 < texts.fields->len; i += 2)
    {
      const char *name = g_ptr_array_index (texts.fields, i);
      g_autofree char *field_source = g_strdup_printf ("field:%s", name);
      /* Translators: where a hit was found in a PDF: a form field, by its name */
      g_autofree char *field_label = g_strdup_printf (_("Form field “%s” on page %d"), name, index + 1);

      ok = check_text (check, field_source, field_label, g_ptr_array_index (texts.fields, i + 1), error);
    }

  page_texts_clear (&texts);
  return ok;
}

GPtrArray *
cr_pdf_check_anonymisation (GBytes                *bytes,
                            const char            *password,
                            CrAnonymisationTerms  *terms,
                            GCancellable          *cancellable,
                            GError               **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  PopplerDocument *document;
  Check check = { 0 };
  int n_pages;
  gboolean ok = TRUE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (CR_IS_ANONYMISATION_TERMS (terms), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  cr_pdf_poppler_lock ();
  document = open_document (bytes, password, error);
  n_pages = document != NULL ? poppler_document_get_n_pages (document) : 0;
  cr_pdf_poppler_unlock ();
  if (document == NULL)
    return NULL;

  if (n_pages <= 0)
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                           _("The file could not be checked: it has no pages, so it is damaged or incomplete."));
      ok = FALSE;
    }
  else if (n_pages > MAX_PAGES)
    {
      g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TOO_LARGE,
                   /* Translators: both are numbers of pages */
                   _("The PDF has too many pages to check (%d; the limit is %d). Check a shorter document."),
                   n_pages, MAX_PAGES);
      ok = FALSE;
    }

  check.terms = terms;
  check.hits = hits;
  if (ok)
    ok = check_metadata (&check, document, error);
  for (int i = 0; ok && i < n_pages; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        ok = check_page (&check, document, i, error);
    }

  /* Poppler's objects go under the lock too. */
  cr_pdf_poppler_lock ();
  g_clear_object (&document);
  cr_pdf_poppler_unlock ();

  if (!ok)
    return NULL;
  return g_steal_pointer (&hits);
}

/* --------------------------------------------------------------------------
 * In a worker thread
 */

typedef struct
{
  GTask                *task;
  GBytes               *bytes;
  char                 *password;
  CrAnonymisationTerms *terms;
  GPtrArray            *hits;
  GError               *error;
} CheckJob;

static void
check_job_free (CheckJob *job)
{
  g_clear_object (&job->task);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  if (job->password != NULL)
    {
      memset (job->password, 0, strlen (job->password));
      g_free (job->password);
    }
  g_clear_object (&job->terms);
  g_clear_pointer (&job->hits, g_ptr_array_unref);
  g_clear_error (&job->error);
  g_free (job);
}

/* On the task's main context: the result goes back, and the task and
 * what it holds are let go there rather than on the worker. */
static gboolean
complete_job_cb (gpointer data)
{
  CheckJob *job = data;

  if (job->error != NULL)
    g_task_return_error (job->task, g_steal_pointer (&job->error));
  else
    g_task_return_pointer (job->task, g_steal_pointer (&job->hits), (GDestroyNotify) g_ptr_array_unref);
  check_job_free (job);
  return G_SOURCE_REMOVE;
}

/* As the PDF worker: a check gives way to the main loop on a busy
 * machine. A thread of its own, so that no pooled thread keeps the lower
 * priority. */
static gpointer
check_thread (gpointer data)
{
  CheckJob *job = data;

#ifdef __linux__
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10) != 0)
    g_debug ("The PDF check keeps its priority: %s", g_strerror (errno));
#endif

  job->hits = cr_pdf_check_anonymisation (job->bytes, job->password, job->terms,
                                          g_task_get_cancellable (job->task), &job->error);
  g_main_context_invoke (g_task_get_context (job->task), complete_job_cb, job);
  return NULL;
}

void
cr_pdf_check_anonymisation_async (GBytes               *bytes,
                                  const char           *password,
                                  CrAnonymisationTerms *terms,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  CheckJob *job;
  GThread *thread;

  g_return_if_fail (bytes != NULL);
  g_return_if_fail (CR_IS_ANONYMISATION_TERMS (terms));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (CheckJob, 1);
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, cr_pdf_check_anonymisation_async);
  g_task_set_name (job->task, "cr_pdf_check_anonymisation_async");
  job->bytes = g_bytes_ref (bytes);
  job->password = g_strdup (password);
  job->terms = g_object_ref (terms);

  thread = g_thread_new ("cr-pdf-check", check_thread, job);
  g_thread_unref (thread);
}

GPtrArray *
cr_pdf_check_anonymisation_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_check_anonymisation_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
