#ifndef CHINGLOSS_TEST_SUPPORT_H
#define CHINGLOSS_TEST_SUPPORT_H

/// Returns the LeakSanitizer suppressions of the test bundle (see leak_suppressions.c).
const char *hingloss_leak_suppressions(void);

#endif
