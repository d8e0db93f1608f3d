package cli

import (
	"fmt"
	"strings"
	"testing"
)

// TestJobsClamped: --jobs past 4 per CPU is lowered with a note, however
// large; below 1 it is refused.
func TestJobsClamped(t *testing.T) {
	inRoot(t)
	for _, jobs := range []string{"1000000", "9223372036854775807"} {
		code, _, errOut := run(t, "lint", "testdata/packs/anna-clean", "-q", "--jobs", jobs)
		want := fmt.Sprintf("kyclint: note: --jobs %s lowered to %d (4 per CPU)", jobs, maxJobs())
		if code != ExitOK || !strings.Contains(errOut, want) {
			t.Errorf("--jobs %s: exit %d, stderr %q; want 0 and %q", jobs, code, errOut, want)
		}
	}
	if code, _, errOut := run(t, "lint", "testdata/packs/anna-clean", "--jobs", "0"); code != ExitTrouble || !strings.Contains(errOut, "at least 1") {
		t.Errorf("--jobs 0: exit %d, stderr %q", code, errOut)
	}
}
