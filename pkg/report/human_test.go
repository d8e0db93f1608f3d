package report

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

func humanOf(t *testing.T, res lint.PackResult, m Meta) string {
	t.Helper()
	var b strings.Builder
	r := Build([]lint.PackResult{res}, m)
	if err := (&humanWriter{}).Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var groupedPack = lint.PackResult{Path: "packs/p", Ruleset: "gb", Manifest: "kyc.yaml",
	Checked: []string{"document.expired", "image.blur", "image.glare", "identity.age"},
	Findings: []lint.Finding{
		{Rule: "document.expired", Severity: lint.Error, File: "kyc.yaml", Line: 12, ManifestLine: 12, About: "passport.jpg",
			Message: redact.Textf("passport.jpg expired"), Hint: "Renew it."},
		{Rule: "document.expired", Severity: lint.Error, File: "kyc.yaml", Line: 20, ManifestLine: 20, About: "licence.jpg",
			Message: redact.Textf("licence.jpg expired"), Hint: "Renew it."},
		{Rule: "image.blur", Severity: lint.Warning, File: "passport.jpg", ManifestLine: 8, About: "passport.jpg",
			Message: redact.Textf("passport.jpg is blurred"), Hint: "Retake it."},
		{Rule: "image.blur", Severity: lint.Warning, File: "licence.jpg", ManifestLine: 16, About: "licence.jpg",
			Message: redact.Textf("licence.jpg is blurred"), Hint: "Retake it."},
	}}

// TestHumanListsFindingsPerDocument checks that a document's findings from
// kyc.yaml and from its file stand together under the document, in the
// order kyc.yaml declares the documents.
func TestHumanListsFindingsPerDocument(t *testing.T) {
	out := humanOf(t, groupedPack, Meta{})
	want := []string{"  passport.jpg\n", "kyc.yaml:12", "passport.jpg is blurred", "  licence.jpg\n", "kyc.yaml:20", "licence.jpg is blurred"}
	at := 0
	for _, w := range want {
		i := strings.Index(out[at:], w)
		if i < 0 {
			t.Fatalf("%q missing or out of order after byte %d:\n%s", w, at, out)
		}
		at += i + len(w)
	}
	if strings.Contains(out, "  kyc.yaml\n") {
		t.Errorf("findings about documents should not be listed under kyc.yaml:\n%s", out)
	}
}

// TestHumanPrintsASharedHintOnce checks that a hint several findings share
// is printed once per pack.
func TestHumanPrintsASharedHintOnce(t *testing.T) {
	out := humanOf(t, groupedPack, Meta{})
	for _, hint := range []string{"hint: Renew it.", "hint: Retake it."} {
		if n := strings.Count(out, hint); n != 1 {
			t.Errorf("%q printed %d times, want once:\n%s", hint, n, out)
		}
	}
}

// TestHumanVerboseListsWhatPassed checks that -v lists the rules that ran
// and found nothing, and only those.
func TestHumanVerboseListsWhatPassed(t *testing.T) {
	out := humanOf(t, groupedPack, Meta{Verbose: true})
	if !strings.Contains(out, "checked and passed (2 rules):\n    image.glare, identity.age\n") {
		t.Errorf("verbose report should list image.glare and identity.age as passed:\n%s", out)
	}
	if quiet := humanOf(t, groupedPack, Meta{}); strings.Contains(quiet, "passed (") {
		t.Errorf("without -v the passed rules are not listed:\n%s", quiet)
	}
}
