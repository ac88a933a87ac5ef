// LeakSanitizer suppressions for `swift test --sanitize=address`.
//
// LeakSanitizer reads this hook when the process exits. Each line names an allocation that
// the toolchain's own libraries make once and never free; none of them is in HinGloss:
// - XCTest keeps its test-suite objects alive until exit (the bundle's XCTest half runs no
//   tests but still builds them);
// - Foundation's Process.run forms a weak reference to the process object that is not freed
//   (CLI tests start the `hingloss` binary with Process).
// HinGloss's own code and the Swift standard library are not suppressed, so a leak there
// still fails the run.
#include "CHinGlossTestSupport.h"

static const char suppressions[] =
    "leak:libXCTest.so\n"
    "leak:s10Foundation7ProcessC3runyyKF\n";  // Foundation.Process.run() (mangled; "$" would anchor)

const char *__lsan_default_suppressions(void) { return suppressions; }

const char *hingloss_leak_suppressions(void) { return suppressions; }
