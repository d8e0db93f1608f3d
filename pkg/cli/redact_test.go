package cli

import (
	"strings"
	"testing"
)

// TestMaskedHumanReportSaysHowToReveal checks that a human report masked by
// --redact auto (here: not a terminal) says once how to show the values, and
// that one the person asked to mask, or that hides nothing, does not.
func TestMaskedHumanReportSaysHowToReveal(t *testing.T) {
	inRoot(t)
	_, out, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26")
	if n := strings.Count(out, "--redact never"); n != 1 {
		t.Errorf("masked human report names --redact never %d times, want once:\n%s", n, out)
	}
	for _, args := range [][]string{
		{"lint", "testdata/packs", "--date", "2026-11-26", "--redact", "always"},
		{"lint", "testdata/packs", "--date", "2026-11-26", "--redact", "never"},
		{"lint", "testdata/packs/anna-clean", "--date", "2026-11-26"},
	} {
		if _, out, _ := run(t, args...); strings.Contains(out, "--redact never") {
			t.Errorf("%v: the report should not suggest --redact never:\n%s", args, out)
		}
	}
}

// TestRedactAlwaysMasksPackNames checks that --redact always hides pack
// folder names, often the applicant's, in every format.
func TestRedactAlwaysMasksPackNames(t *testing.T) {
	inRoot(t)
	for _, format := range []string{"json", "ndjson", "sarif", "junit", "github", "human"} {
		_, out, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--redact", "always", "-f", format)
		for _, name := range []string{"anna-clean", "ines-typed-differently", "ben-expired-passport"} {
			if strings.Contains(out, name) {
				t.Errorf("%s report under --redact always names the pack folder %q", format, name)
			}
		}
	}
	if _, out, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "-f", "json"); !strings.Contains(out, "anna-clean") {
		t.Error("--redact auto should keep pack folder names: the report must say which pack it is about")
	}
}
