/* libxml2's HTML parser (Debian libxml2-dev, pkg-config libxml-2.0).
 * Only HTMLKit imports this module; it never imports Foundation. */
#ifndef DOCPARSE_CLIBXML2_SHIM_H
#define DOCPARSE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/* Options for a page that may be broken: recover, stay quiet, never fetch. */
static inline int clibxml2_html_options(void) {
  return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | XML_PARSE_HUGE;
}

/* Options for XML parts of office files: no network, no DTD or external
 * entity loading (entities are not substituted), huge text nodes allowed. */
static inline int clibxml2_xml_options(void) {
  return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE | XML_PARSE_NOCDATA;
}

/* Silences libxml2's generic error printer (it writes to stderr otherwise). */
static void clibxml2_ignore(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_quiet(void) { xmlSetGenericErrorFunc(NULL, clibxml2_ignore); }
/* xmlFree is a global function pointer; Swift 6 cannot touch it safely. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
