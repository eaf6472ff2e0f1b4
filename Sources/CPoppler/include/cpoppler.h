/* PDF pages through poppler's GLib interface, loaded when the first PDF is read.
 *
 * poppler-glib pulls in some forty shared libraries (cairo, GLib, NSS, X11,
 * image codecs); linking them made every docparse process, PDF or not, spend
 * most of its start-up loading them. This module opens libpoppler-glib.so.8
 * (Debian: libpoppler-glib8; libpoppler-glib-dev for building the rest) with
 * dlopen on first use instead, and hides GLib's types from Swift. Only
 * PopplerKit imports it; it never imports Foundation. */
#ifndef DOCPARSE_CPOPPLER_H
#define DOCPARSE_CPOPPLER_H
#include <stddef.h>

/* Why a document could not be opened. */
enum cpoppler_status {
  CPOPPLER_OK = 0,
  CPOPPLER_DAMAGED = 1,
  CPOPPLER_ENCRYPTED = 2,
  CPOPPLER_UNAVAILABLE = 3 /* libpoppler-glib.so.8 (or a function in it) not found */
};

/* poppler's PopplerRectangle: a character's box in points. */
typedef struct {
  double x1, y1, x2, y2;
} cpoppler_box;

typedef struct cpoppler_document cpoppler_document;

/* Opens a PDF from memory (the bytes are copied); NULL with *status set when it fails. */
cpoppler_document *cpoppler_open(const void *data, size_t length, int *status);
void cpoppler_close(cpoppler_document *doc);
int cpoppler_page_count(cpoppler_document *doc);

/* One page's text (UTF-8, one character per box) and the box of each character.
 * Free with cpoppler_free_page. */
typedef struct {
  char *text;
  cpoppler_box *boxes;
  unsigned int box_count;
  double width, height;
} cpoppler_page;

cpoppler_page cpoppler_read_page(cpoppler_document *doc, int index);
void cpoppler_free_page(cpoppler_page page);

/* The loader's error (dlerror's text) when cpoppler_open reported CPOPPLER_UNAVAILABLE. */
const char *cpoppler_load_error(void);
#endif
