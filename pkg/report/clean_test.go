package report

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"passport.jpg":                     "passport.jpg",
		"Åsa Öberg.jpg":                    "Åsa Öberg.jpg",
		"x\x1b]0;pwned\x07.jpg":            `x\x1b]0;pwned\x07.jpg`,
		"a\nb  pass\r.jpg":                 `a\x0ab  pass\x0d.jpg`,
		"tab\there\x7f":                    `tab\x09here\x7f`,
		"csi\u009b31m":                     `csi\u009b31m`,
		"cod\u202egpj.exe":                 `cod\u202egpj.exe`,
		"iso\u2066late\u2069 \u200f\ufeff": `iso\u2066late\u2069 \u200f\ufeff`,
		"bad\xffbyte":                      `bad\xffbyte`,
		"nul\x00":                          `nul\x00`,
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHumanCleansAReportReadBack checks that the human writer escapes
// control characters in a report it did not build (one reformat read
// back): no ESC reaches the terminal and no newline starts a line.
func TestHumanCleansAReportReadBack(t *testing.T) {
	r := &Report{Packs: []Pack{{Path: "p\nforged  pass", Ruleset: "gb\x1b]0;t\x07", Manifest: "kyc.yaml", Status: "fail",
		Findings: []Finding{{Rule: "x.y\x1b[2J", Severity: lint.Error, File: "a\rb.jpg", Line: 3, Document: "a\u202eb.jpg",
			Message: "m\x1b[31m\nfake  pass", Hint: "h\x9b2J"}}}}}
	var b strings.Builder
	if err := (&humanWriter{}).Write(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, c := range []string{"\x1b", "\r", "\x07", "\u202e", "\u009b", "\x9b"} {
		if strings.Contains(out, c) {
			t.Errorf("human output holds %q raw:\n%s", c, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "forged") || strings.HasPrefix(line, "fake") {
			t.Errorf("a forged line %q:\n%s", line, out)
		}
	}
}
