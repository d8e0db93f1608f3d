package fix

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/pack"
)

// TestSkeletonReadsBack writes a skeleton for guessed documents and loads it
// as a manifest: every file listed with its type and side, nothing filled in,
// no problem reported.
func TestSkeletonReadsBack(t *testing.T) {
	dir := t.TempDir()
	docs := []*pack.Document{
		{File: "bill.pdf", Type: pack.UtilityBill},
		{File: "id back.jpg", Type: pack.IDCard, Side: "back"},
		{File: "id-front.jpg", Type: pack.IDCard, Side: "front"},
		{File: "#scan.png", Type: pack.Other},
	}
	fields := map[string][]string{"identity": {"name", "date_of_birth", "expiry_date", "number"}, "address": {"name", "address", "issue_date"}}
	text, skipped := Skeleton(docs, fields)
	if len(skipped) != 0 {
		t.Fatalf("skipped %v", skipped)
	}
	for _, want := range []string{"    name:  ", "# as printed on the document", "issue_date:", "# YYYY-MM-DD", "applicant:", "side: back"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("skeleton lacks %q:\n%s", want, text)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	if len(p.Problems) != 0 {
		t.Fatalf("problems reading the skeleton: %+v\n%s", p.Problems, text)
	}
	if p.Manifest.Applicant.Name != "" || p.Manifest.Applicant.Present("name") {
		t.Errorf("applicant name filled in: %q", p.Manifest.Applicant.Name)
	}
	if len(p.Documents) != len(docs) {
		t.Fatalf("%d documents read back, want %d", len(p.Documents), len(docs))
	}
	for i, d := range p.Documents {
		w := docs[i]
		if d.File != w.File || d.Type != w.Type || d.Side != w.Side || d.Present("name") || d.Present("expiry_date") {
			t.Errorf("document %d read back as %q %s %q (name present %v), want %q %s %q, nothing filled",
				i, d.File, d.Type, d.Side, d.Present("name"), w.File, w.Type, w.Side)
		}
	}
}
