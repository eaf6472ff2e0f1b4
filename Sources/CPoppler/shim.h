/* poppler's GLib interface (Debian libpoppler-glib-dev, pkg-config poppler-glib).
 * Only PopplerKit imports this module; it never imports Foundation.
 * The helpers hide GLib's types (GError, GBytes, GObject) from Swift. */
#ifndef DOCPARSE_CPOPPLER_SHIM_H
#define DOCPARSE_CPOPPLER_SHIM_H
#include <poppler.h>
#include <string.h>

/* Why a document could not be opened. */
enum cpoppler_status { CPOPPLER_OK = 0, CPOPPLER_DAMAGED = 1, CPOPPLER_ENCRYPTED = 2 };

/* Opens a PDF from memory (the bytes are copied); NULL with *status set when it fails. */
static inline PopplerDocument *cpoppler_open(const void *data, size_t length, int *status) {
  GError *error = NULL;
  GBytes *bytes = g_bytes_new(data, length);
  PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &error);
  g_bytes_unref(bytes);
  *status = CPOPPLER_OK;
  if (doc == NULL) {
    *status = (error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED)
                  ? CPOPPLER_ENCRYPTED : CPOPPLER_DAMAGED;
    if (error != NULL) g_error_free(error);
  }
  return doc;
}

static inline void cpoppler_close(PopplerDocument *doc) { g_object_unref(doc); }

static inline int cpoppler_page_count(PopplerDocument *doc) { return poppler_document_get_n_pages(doc); }

/* One page's text (UTF-8, one character per box) and the box of each character.
 * Free with cpoppler_free_page. */
typedef struct {
  char *text;
  PopplerRectangle *boxes;
  unsigned int box_count;
  double width, height;
} cpoppler_page;

static inline cpoppler_page cpoppler_read_page(PopplerDocument *doc, int index) {
  cpoppler_page out = {NULL, NULL, 0, 0, 0};
  PopplerPage *page = poppler_document_get_page(doc, index);
  if (page == NULL) return out;
  poppler_page_get_size(page, &out.width, &out.height);
  out.text = poppler_page_get_text(page);
  if (!poppler_page_get_text_layout(page, &out.boxes, &out.box_count)) {
    out.boxes = NULL;
    out.box_count = 0;
  }
  g_object_unref(page);
  return out;
}

static inline void cpoppler_free_page(cpoppler_page page) {
  g_free(page.text);
  g_free(page.boxes);
}
#endif
