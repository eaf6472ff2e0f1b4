/* Unversioned names for the system ICU (libicu-dev).
 *
 * ICU's headers rename every entry point (`ubrk_open` -> `ubrk_open_72`) with
 * function-like macros Swift cannot import. Each block below undefines one
 * rename macro and declares a static inline forwarder under the plain name,
 * so Swift code is independent of the installed ICU version.
 */
#ifndef DOCPARSE_CICU_SHIM_H
#define DOCPARSE_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#define CICU_V(x) U_ICU_ENTRY_POINT_RENAME(x)

/* U_FAILURE is a function-like macro and is not imported. */
static inline UBool cicu_failure(UErrorCode e) { return e > U_ZERO_ERROR; }
static inline const char *cicu_version(void) { return U_ICU_VERSION; }

#undef u_errorName
static inline const char *u_errorName(UErrorCode e) { return CICU_V(u_errorName)(e); }

/* Break iteration */
#undef ubrk_open
static inline UBreakIterator *ubrk_open(UBreakIteratorType t, const char *loc, const UChar *s,
                                        int32_t n, UErrorCode *e) {
  return CICU_V(ubrk_open)(t, loc, s, n, e);
}
#undef ubrk_setText
static inline void ubrk_setText(UBreakIterator *bi, const UChar *s, int32_t n, UErrorCode *e) {
  CICU_V(ubrk_setText)(bi, s, n, e);
}
#undef ubrk_first
static inline int32_t ubrk_first(UBreakIterator *bi) { return CICU_V(ubrk_first)(bi); }
#undef ubrk_next
static inline int32_t ubrk_next(UBreakIterator *bi) { return CICU_V(ubrk_next)(bi); }
#undef ubrk_getRuleStatus
static inline int32_t ubrk_getRuleStatus(UBreakIterator *bi) { return CICU_V(ubrk_getRuleStatus)(bi); }
#undef ubrk_close
static inline void ubrk_close(UBreakIterator *bi) { CICU_V(ubrk_close)(bi); }

/* Charset detection */
#undef ucsdet_open
static inline UCharsetDetector *ucsdet_open(UErrorCode *e) { return CICU_V(ucsdet_open)(e); }
#undef ucsdet_setText
static inline void ucsdet_setText(UCharsetDetector *d, const char *s, int32_t n, UErrorCode *e) {
  CICU_V(ucsdet_setText)(d, s, n, e);
}
#undef ucsdet_detect
static inline const UCharsetMatch *ucsdet_detect(UCharsetDetector *d, UErrorCode *e) {
  return CICU_V(ucsdet_detect)(d, e);
}
#undef ucsdet_getName
static inline const char *ucsdet_getName(const UCharsetMatch *m, UErrorCode *e) {
  return CICU_V(ucsdet_getName)(m, e);
}
#undef ucsdet_getConfidence
static inline int32_t ucsdet_getConfidence(const UCharsetMatch *m, UErrorCode *e) {
  return CICU_V(ucsdet_getConfidence)(m, e);
}
#undef ucsdet_close
static inline void ucsdet_close(UCharsetDetector *d) { CICU_V(ucsdet_close)(d); }

/* Conversion */
#undef ucnv_open
static inline UConverter *ucnv_open(const char *name, UErrorCode *e) { return CICU_V(ucnv_open)(name, e); }
#undef ucnv_close
static inline void ucnv_close(UConverter *c) { CICU_V(ucnv_close)(c); }
#undef ucnv_toUChars
static inline int32_t ucnv_toUChars(UConverter *c, UChar *dst, int32_t cap, const char *src,
                                    int32_t n, UErrorCode *e) {
  return CICU_V(ucnv_toUChars)(c, dst, cap, src, n, e);
}
#undef ucnv_setToUCallBack
static inline void ucnv_setToUCallBack(UConverter *c, UConverterToUCallback cb, const void *ctx,
                                       UConverterToUCallback *oldCb, const void **oldCtx,
                                       UErrorCode *e) {
  CICU_V(ucnv_setToUCallBack)(c, cb, ctx, oldCb, oldCtx, e);
}
/* Installs the STOP callback: any illegal or unmappable byte sequence is an error. */
static inline void cicu_ucnv_stop_on_error(UConverter *c, UErrorCode *e) {
  CICU_V(ucnv_setToUCallBack)(c, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, e);
}

#endif
