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
	text, skipped := Skeleton(docs, fields, nil, Rules{})
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

// TestSkeletonWritesReadings fills an entry from a reading: each value
// marked with where it came from and the reading's note, the MRZ as a
// block, keys beyond the rule set's fields added, and an entry not read
// left empty under the reason.
func TestSkeletonWritesReadings(t *testing.T) {
	dir := t.TempDir()
	docs := []*pack.Document{{File: "passport.jpg", Type: pack.Passport}, {File: "other.jpg", Type: pack.Passport}}
	zone := "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
	read := map[*pack.Document]Reading{
		docs[0]: {Values: map[string]string{"name": "ERIKSSON ANNA MARIA", "number": "L898902C3", "sex": "F", "mrz": zone},
			From: "the photo's MRZ", Note: "its check digits needed 1 character corrected"},
		docs[1]: {Missed: "not read: copy the fields"},
	}
	text, _ := Skeleton(docs, map[string][]string{"identity": {"name", "number"}}, read, Rules{})
	for _, want := range []string{
		"name: ERIKSSON ANNA MARIA     # read from the photo's MRZ (its check digits needed 1 character corrected)",
		"    mrz: |                        # read from the photo's MRZ",
		"      L898902C36UTO7408122F1204159ZE184226B<<<<<10\n",
		"    # not read: copy the fields\n    name:                         # as printed",
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("skeleton lacks %q:\n%s", want, text)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	if len(p.Problems) != 0 || len(p.Documents) != 2 {
		t.Fatalf("problems %+v, %d documents:\n%s", p.Problems, len(p.Documents), text)
	}
	if d := p.Documents[0]; d.Name != "ERIKSSON ANNA MARIA" || d.Sex != "F" || strings.TrimSpace(d.MRZ) != zone {
		t.Errorf("read back %q %q %q", d.Name, d.Sex, d.MRZ)
	}
	if d := p.Documents[1]; d.Present("name") {
		t.Errorf("entry not read has a name: %q", d.Name)
	}
}
