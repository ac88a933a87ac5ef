/*
 * CHinGlossICU: the only code in HinGloss that sees ICU.
 *
 * Swift cannot import ICU's headers next to Foundation (Foundation bundles its own ICU
 * headers, and their enums clash), and ICU's versioned symbol names (utrans_openU_72) hide
 * the C functions from Swift. This header therefore exposes only plain C types, opaque
 * handles and functions of its own; shim.c includes ICU.
 *
 * Status codes are ICU's UErrorCode values as int32_t: <= 0 is success (negative values
 * are warnings), > 0 is an error. CHG_error_name turns one into ICU's name for it.
 */
#ifndef CHINGLOSSICU_H
#define CHINGLOSSICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Errors ------------------------------------------------------------------------- */

/** ICU's name for a status code, e.g. "U_BUFFER_OVERFLOW_ERROR". Never NULL; static storage. */
const char *_Nonnull CHG_error_name(int32_t status);

/** The status ICU reports when a destination buffer is too small. */
int32_t CHG_status_buffer_overflow(void);

/* ---- Normalization ------------------------------------------------------------------ */

/** Normalization forms. The instances are ICU singletons: thread-safe, never closed. */
typedef enum CHGNormalizationForm : int32_t {
  CHGNormalizationFormNFC = 0,
  CHGNormalizationFormNFD = 1,
  CHGNormalizationFormNFKC = 2,
  CHGNormalizationFormNFKD = 3,
} CHGNormalizationForm;

/** Quick-check answers, as ICU's UNormalizationCheckResult. */
typedef enum CHGQuickCheck : int32_t {
  CHGQuickCheckNo = 0,
  CHGQuickCheckYes = 1,
  CHGQuickCheckMaybe = 2,
} CHGQuickCheck;

/**
 * Normalizes UTF-16 text. Returns the full length of the result; when it exceeds
 * destCapacity, *status is set to the buffer-overflow error (preflight with dest NULL, 0).
 */
int32_t CHG_normalize(CHGNormalizationForm form, const uint16_t *_Nonnull src, int32_t srcLength,
                      uint16_t *_Nullable dest, int32_t destCapacity, int32_t *_Nonnull status);

/** ICU's quick check of UTF-16 text against a form. */
CHGQuickCheck CHG_normalize_quick_check(CHGNormalizationForm form, const uint16_t *_Nonnull src,
                                        int32_t srcLength, int32_t *_Nonnull status);

/** Length of the prefix of src that quick-checks "yes" (nothing to do there). */
int32_t CHG_normalize_span_quick_check_yes(CHGNormalizationForm form, const uint16_t *_Nonnull src,
                                           int32_t srcLength, int32_t *_Nonnull status);

/** Whether the code point starts a new normalization segment (nothing before it interacts). */
int32_t CHG_normalize_has_boundary_before(CHGNormalizationForm form, uint32_t codePoint);

/** Whether the code point is unaffected by the form and never interacts with neighbours. */
int32_t CHG_normalize_is_inert(CHGNormalizationForm form, uint32_t codePoint);

/* ---- Transliteration ---------------------------------------------------------------- */

/** An ICU transliterator (UTransliterator). One owner opens it and closes it once. */
typedef struct CHGTransliterator CHGTransliterator;

/** Where a rule text failed to parse; mirrors ICU's UParseError (checked in shim.c). */
typedef struct CHGParseError {
  int32_t line;              /* ICU reports 0 for rule text: compute line from offset */
  int32_t offset;            /* UTF-16 offset of the failing rule in the rule text */
  uint16_t preContext[16];   /* NUL-terminated UTF-16 text before the error */
  uint16_t postContext[16];  /* NUL-terminated UTF-16 text after the error */
} CHGParseError;

/** Opens a system transliterator by ID ("Devanagari-Latin", "Any-NFC; Latin-ASCII"). */
CHGTransliterator *_Nullable CHG_translit_open_id(const uint16_t *_Nonnull id, int32_t idLength,
                                                  int32_t reverse, int32_t *_Nonnull status);

/** Compiles a transliterator from rule text; on a syntax error fills *parseError. */
CHGTransliterator *_Nullable CHG_translit_open_rules(const uint16_t *_Nonnull id, int32_t idLength,
                                                     const uint16_t *_Nonnull rules,
                                                     int32_t rulesLength, int32_t reverse,
                                                     CHGParseError *_Nullable parseError,
                                                     int32_t *_Nonnull status);

/** An independent copy with its own handle (close it separately). */
CHGTransliterator *_Nullable CHG_translit_clone(const CHGTransliterator *_Nonnull t,
                                                int32_t *_Nonnull status);

/** Closes a handle. NULL is ignored. */
void CHG_translit_close(CHGTransliterator *_Nullable t);

/**
 * Transliterates UTF-16 text in place in buf: buf holds *length code units of text and has
 * room for capacity units. On return *length is the result's length; if the result did
 * not fit, *status is the buffer-overflow error and *length the length needed.
 */
void CHG_translit_transliterate(const CHGTransliterator *_Nonnull t, uint16_t *_Nonnull buf,
                                int32_t *_Nonnull length, int32_t capacity,
                                int32_t *_Nonnull status);

/* ---- Debug counters ---------------------------------------------------------------- */

/** Transliterator handles opened (by open or clone) and closed since the process started. */
int64_t CHG_debug_translit_opened(void);
int64_t CHG_debug_translit_closed(void);

#ifdef __cplusplus
}
#endif

#endif /* CHINGLOSSICU_H */
