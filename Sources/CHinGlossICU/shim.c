#include "CHinGlossICU.h"

#include <stdatomic.h>
#include <stddef.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

_Static_assert(sizeof(CHGParseError) == sizeof(UParseError), "CHGParseError must mirror UParseError");
_Static_assert(offsetof(CHGParseError, offset) == offsetof(UParseError, offset), "layout drift");
_Static_assert(offsetof(CHGParseError, postContext) == offsetof(UParseError, postContext), "layout drift");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is UTF-16");
_Static_assert((int)CHGQuickCheckYes == (int)UNORM_YES && (int)CHGQuickCheckMaybe == (int)UNORM_MAYBE,
               "quick-check values mirror ICU");

static _Atomic int64_t translitOpened = 0;
static _Atomic int64_t translitClosed = 0;

const char *CHG_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t CHG_status_buffer_overflow(void) { return (int32_t)U_BUFFER_OVERFLOW_ERROR; }

static const UNormalizer2 *instance(CHGNormalizationForm form, UErrorCode *status) {
  switch (form) {
  case CHGNormalizationFormNFC: return unorm2_getNFCInstance(status);
  case CHGNormalizationFormNFD: return unorm2_getNFDInstance(status);
  case CHGNormalizationFormNFKC: return unorm2_getNFKCInstance(status);
  case CHGNormalizationFormNFKD: return unorm2_getNFKDInstance(status);
  }
  *status = U_ILLEGAL_ARGUMENT_ERROR;
  return NULL;
}

int32_t CHG_normalize(CHGNormalizationForm form, const uint16_t *src, int32_t srcLength,
                      uint16_t *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &code);
  int32_t length = 0;
  if (U_SUCCESS(code)) {
    length = unorm2_normalize(n, (const UChar *)src, srcLength, (UChar *)dest, destCapacity, &code);
  }
  *status = (int32_t)code;
  return length;
}

CHGQuickCheck CHG_normalize_quick_check(CHGNormalizationForm form, const uint16_t *src,
                                        int32_t srcLength, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &code);
  UNormalizationCheckResult result = UNORM_NO;
  if (U_SUCCESS(code)) {
    result = unorm2_quickCheck(n, (const UChar *)src, srcLength, &code);
  }
  *status = (int32_t)code;
  return (CHGQuickCheck)result;
}

int32_t CHG_normalize_span_quick_check_yes(CHGNormalizationForm form, const uint16_t *src,
                                           int32_t srcLength, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &code);
  int32_t span = 0;
  if (U_SUCCESS(code)) {
    span = unorm2_spanQuickCheckYes(n, (const UChar *)src, srcLength, &code);
  }
  *status = (int32_t)code;
  return span;
}

int32_t CHG_normalize_has_boundary_before(CHGNormalizationForm form, uint32_t codePoint) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &code);
  return U_SUCCESS(code) ? (int32_t)unorm2_hasBoundaryBefore(n, (UChar32)codePoint) : 1;
}

int32_t CHG_normalize_is_inert(CHGNormalizationForm form, uint32_t codePoint) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &code);
  return U_SUCCESS(code) ? (int32_t)unorm2_isInert(n, (UChar32)codePoint) : 0;
}

CHGTransliterator *CHG_translit_open_id(const uint16_t *id, int32_t idLength, int32_t reverse,
                                        int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU((const UChar *)id, idLength, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                    NULL, 0, NULL, &code);
  *status = (int32_t)code;
  if (U_FAILURE(code)) {
    if (t != NULL) utrans_close(t);
    return NULL;
  }
  atomic_fetch_add(&translitOpened, 1);
  return (CHGTransliterator *)t;
}

CHGTransliterator *CHG_translit_open_rules(const uint16_t *id, int32_t idLength, const uint16_t *rules,
                                           int32_t rulesLength, int32_t reverse,
                                           CHGParseError *parseError, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError pe = {0};
  UTransliterator *t = utrans_openU((const UChar *)id, idLength, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                    (const UChar *)rules, rulesLength, &pe, &code);
  if (parseError != NULL) {
    parseError->line = pe.line;
    parseError->offset = pe.offset;
    for (int i = 0; i < 16; i++) {
      parseError->preContext[i] = pe.preContext[i];
      parseError->postContext[i] = pe.postContext[i];
    }
  }
  *status = (int32_t)code;
  if (U_FAILURE(code)) {
    if (t != NULL) utrans_close(t);
    return NULL;
  }
  atomic_fetch_add(&translitOpened, 1);
  return (CHGTransliterator *)t;
}

CHGTransliterator *CHG_translit_clone(const CHGTransliterator *t, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *copy = utrans_clone((const UTransliterator *)t, &code);
  *status = (int32_t)code;
  if (U_FAILURE(code)) {
    if (copy != NULL) utrans_close(copy);
    return NULL;
  }
  atomic_fetch_add(&translitOpened, 1);
  return (CHGTransliterator *)copy;
}

void CHG_translit_close(CHGTransliterator *t) {
  if (t == NULL) return;
  utrans_close((UTransliterator *)t);
  atomic_fetch_add(&translitClosed, 1);
}

void CHG_translit_transliterate(const CHGTransliterator *t, uint16_t *buf, int32_t *length,
                                int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t limit = *length;
  int32_t textLength = *length;
  utrans_transUChars((const UTransliterator *)t, (UChar *)buf, &textLength, capacity, 0, &limit, &code);
  *length = (code == U_BUFFER_OVERFLOW_ERROR) ? textLength : limit;
  *status = (int32_t)code;
}

int64_t CHG_debug_translit_opened(void) { return atomic_load(&translitOpened); }
int64_t CHG_debug_translit_closed(void) { return atomic_load(&translitClosed); }
