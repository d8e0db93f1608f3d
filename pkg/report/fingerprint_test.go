package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

func sarifFingerprints(t *testing.T, res lint.PackResult) []string {
	t.Helper()
	var b strings.Builder
	if err := (sarifWriter{}).Write(&b, Build([]lint.PackResult{res}, Meta{})); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(b.String()), &log); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range log.Runs[0].Results {
		out = append(out, r.PartialFingerprints["kyclint/v1"])
	}
	return out
}

// TestSARIFFingerprintsAreStable checks that an alert keeps its fingerprint
// when only the message's day count (or the manifest line) changes, and that
// two findings of one rule on one subject get different ones.
func TestSARIFFingerprintsAreStable(t *testing.T) {
	expired := func(days, line int) lint.Finding {
		return lint.Finding{Rule: "document.expired", Severity: lint.Error, File: "kyc.yaml", Line: line,
			Subject: "documents[passport.jpg].expiry_date", About: "passport.jpg",
			Message: redact.Textf("passport.jpg expired %d days ago", days)}
	}
	digit := lint.Finding{Rule: "mrz.check-digit", Severity: lint.Error, File: "kyc.yaml", Line: 16,
		Subject: "documents[passport.jpg].mrz", About: "passport.jpg"}
	today := sarifFingerprints(t, lint.PackResult{Path: "packs/a", Manifest: "kyc.yaml",
		Findings: []lint.Finding{expired(10, 12), digit, digit}})
	tomorrow := sarifFingerprints(t, lint.PackResult{Path: "packs/a", Manifest: "kyc.yaml",
		Findings: []lint.Finding{expired(11, 13), digit, digit}})
	if today[0] != tomorrow[0] {
		t.Errorf("fingerprint moved with the day count: %s, then %s", today[0], tomorrow[0])
	}
	if today[1] == today[2] {
		t.Errorf("two check-digit findings share fingerprint %s", today[1])
	}
}
