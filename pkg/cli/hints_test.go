package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/report"
)

// TestHintsNeverSuggestARefusedType lints the sample whose phone bill gb
// refuses: no hint may then suggest a phone bill.
func TestHintsNeverSuggestARefusedType(t *testing.T) {
	inRoot(t)
	_, out, _ := run(t, "lint", "testdata/packs/chloe-old-phone-bill", "--date", "2026-11-26", "-f", "json")
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	refused := false
	for _, f := range rep.Packs[0].Findings {
		refused = refused || f.Rule == "document.type"
		if strings.Contains(strings.ToLower(f.Hint), "phone bill") {
			t.Errorf("%s: hint %q suggests the phone bill gb refuses", f.Rule, f.Hint)
		}
	}
	if !refused {
		t.Fatal("gb should refuse the sample's phone bill (document.type)")
	}
}
