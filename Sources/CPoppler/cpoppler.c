/* See include/cpoppler.h. The declarations below are the stable C ABI of
 * GLib 2 and poppler-glib (soname libpoppler-glib.so.8) for the few calls
 * used: GBytes, GError, g_object_unref, g_free and the document and page
 * functions. */
#include "cpoppler.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>

typedef struct {
  uint32_t domain; /* GQuark */
  int code;
  char *message;
} glib_error;

enum { POPPLER_ERROR_ENCRYPTED = 1 };

static struct {
  void *(*bytes_new)(const void *, size_t);
  void (*bytes_unref)(void *);
  void (*error_free)(glib_error *);
  void (*object_unref)(void *);
  void (*free)(void *);
  uint32_t (*error_quark)(void);
  void *(*document_new_from_bytes)(void *, const char *, glib_error **);
  int (*document_get_n_pages)(void *);
  void *(*document_get_page)(void *, int);
  void (*page_get_size)(void *, double *, double *);
  char *(*page_get_text)(void *);
  int (*page_get_text_layout)(void *, cpoppler_box **, unsigned int *);
} api;

static pthread_once_t loaded = PTHREAD_ONCE_INIT;
static int available = 0;
static const char *load_error = "libpoppler-glib.so.8 not loaded";

static void load(void) {
  void *lib = dlopen("libpoppler-glib.so.8", RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL) {
    load_error = dlerror();
    return;
  }
  /* dlsym on the handle searches poppler-glib and what it links (GLib, GObject). */
#define FIND(field, name)                        \
  *(void **)(&api.field) = dlsym(lib, name);     \
  if (api.field == NULL) {                       \
    load_error = "libpoppler-glib.so.8 lacks " name; \
    return;                                      \
  }
  FIND(bytes_new, "g_bytes_new")
  FIND(bytes_unref, "g_bytes_unref")
  FIND(error_free, "g_error_free")
  FIND(object_unref, "g_object_unref")
  FIND(free, "g_free")
  FIND(error_quark, "poppler_error_quark")
  FIND(document_new_from_bytes, "poppler_document_new_from_bytes")
  FIND(document_get_n_pages, "poppler_document_get_n_pages")
  FIND(document_get_page, "poppler_document_get_page")
  FIND(page_get_size, "poppler_page_get_size")
  FIND(page_get_text, "poppler_page_get_text")
  FIND(page_get_text_layout, "poppler_page_get_text_layout")
#undef FIND
  available = 1;
}

const char *cpoppler_load_error(void) { return load_error; }

cpoppler_document *cpoppler_open(const void *data, size_t length, int *status) {
  pthread_once(&loaded, load);
  if (!available) {
    *status = CPOPPLER_UNAVAILABLE;
    return NULL;
  }
  glib_error *error = NULL;
  void *bytes = api.bytes_new(data, length);
  void *doc = api.document_new_from_bytes(bytes, NULL, &error);
  api.bytes_unref(bytes);
  *status = CPOPPLER_OK;
  if (doc == NULL) {
    *status = (error != NULL && error->domain == api.error_quark() && error->code == POPPLER_ERROR_ENCRYPTED)
                  ? CPOPPLER_ENCRYPTED : CPOPPLER_DAMAGED;
    if (error != NULL) api.error_free(error);
  }
  return (cpoppler_document *)doc;
}

void cpoppler_close(cpoppler_document *doc) { api.object_unref(doc); }

int cpoppler_page_count(cpoppler_document *doc) { return api.document_get_n_pages(doc); }

cpoppler_page cpoppler_read_page(cpoppler_document *doc, int index) {
  cpoppler_page out = {NULL, NULL, 0, 0, 0};
  void *page = api.document_get_page(doc, index);
  if (page == NULL) return out;
  api.page_get_size(page, &out.width, &out.height);
  out.text = api.page_get_text(page);
  if (!api.page_get_text_layout(page, &out.boxes, &out.box_count)) {
    out.boxes = NULL;
    out.box_count = 0;
  }
  api.object_unref(page);
  return out;
}

void cpoppler_free_page(cpoppler_page page) {
  if (available) {
    api.free(page.text);
    api.free(page.boxes);
  }
}
