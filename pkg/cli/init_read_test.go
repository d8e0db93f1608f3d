package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/pack"
)

// TestInitReadsTheDocuments writes a manifest for generated photos whose
// MRZ is printed in OCR-B and a statement with a text layer: what was read
// cleanly is filled in and marked, what was not is left empty, the
// applicant block stays for the person, and lint then finds nothing but the
// empty applicant and the fields left to copy.
func TestInitReadsTheDocuments(t *testing.T) {
	dir := t.TempDir()
	anna := synth.MRZData{Code: "P", State: "SWE", Nationality: "SWE", Surname: "LINDQVIST", Given: "ANNA MARIA",
		Number: "XS4521879", Birth: "840812", Expiry: "310415", Sex: "F"}
	card := synth.MRZData{Code: "I", State: "FRA", Nationality: "FRA", Surname: "MARTIN", Given: "CHLOE",
		Number: "XC7781234", Birth: "950621", Expiry: "300131", Sex: "F"}
	// G and 6 weigh the same in this position of every check digit: the
	// zone's checks hold either way, so mrzread does not vouch for it.
	doubtful := synth.MRZData{Code: "P", State: "GBR", Nationality: "GBR", Surname: "RAO", Given: "GITA",
		Number: "XG3141592", Birth: "901201", Expiry: "341201", Sex: "F"}
	photo := func(kind synth.Kind, seed int64, zone []string) []byte {
		return must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 1500, Height: 1000, Seed: seed, Kind: kind, MRZ: zone}), 85, nil))
	}
	writeFiles(t, dir, map[string][]byte{
		"passport.jpg":       photo(synth.KindPassport, 1, synth.TD3(anna)),
		"id-front.jpg":       photo(synth.KindID, 2, nil),
		"id-back.jpg":        photo(synth.KindID, 3, synth.TD1(card)),
		"old-passport.jpg":   photo(synth.KindPassport, 14, nil), // block letters: no MRZ read
		"other-passport.jpg": photo(synth.KindPassport, 27, synth.TD3(doubtful)),
		"statement.pdf": synth.TextPDF([][]string{{"Northgrid Energy plc", "PO Box 77, Leeds LS1 4AP", "", "",
			"Ms Anna M Lindqvist                     Statement date: 2 October 2026", "12 High Street", "London", "SW1A 1AA",
			"", "Account number 12345678", "16 Sep 2026    Balance brought forward   123.45"}}),
	})
	if code, _, errOut := run(t, "init", dir); code != ExitOK {
		t.Fatalf("init: exit %d: %s", code, errOut)
	}
	text, err := os.ReadFile(filepath.Join(dir, "kyc.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	if len(p.Problems) != 0 || p.Manifest.Applicant.Present("name") || p.Manifest.Applicant.Present("date_of_birth") {
		t.Fatalf("problems %+v, or the applicant filled in:\n%s", p.Problems, text)
	}
	docs := map[string]*pack.Document{}
	for _, d := range p.Documents {
		docs[d.File] = d
	}
	for file, want := range map[string][7]string{
		"passport.jpg": {"LINDQVIST ANNA MARIA", "XS4521879", "1984-08-12", "2031-04-15", "SWE", "F", strings.Join(synth.TD3(anna), "\n")},
		"id-front.jpg": {"MARTIN CHLOE", "XC7781234", "1995-06-21", "2030-01-31", "FRA", "F", strings.Join(synth.TD1(card), "\n")},
	} {
		d := docs[file]
		got := [7]string{d.Name, d.Number, d.DateOfBirth.String(), d.ExpiryDate.String(), d.Nationality, d.Sex, strings.TrimSpace(d.MRZ)}
		if got != want {
			t.Errorf("%s: filled in %q, want %q", file, got, want)
		}
	}
	for _, file := range []string{"old-passport.jpg", "other-passport.jpg", "id-back.jpg"} {
		if d := docs[file]; d.Present("name") || d.Present("number") || d.Present("mrz") {
			t.Errorf("%s: filled in from a zone not read cleanly: %q %q %q", file, d.Name, d.Number, d.MRZ)
		}
	}
	if s := docs["statement.pdf"]; s.Name != "Ms Anna M Lindqvist" || s.Address != "12 High Street, London, SW1A 1AA" || s.IssueDate.String() != "2026-10-02" {
		t.Errorf("statement: %q, %q, %v", s.Name, s.Address, s.IssueDate)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{
		"name: LINDQVIST ANNA MARIA # read from the photo's MRZ",
		"number: XC7781234 # read from the MRZ of id-back.jpg",
		"mrz: | # read from the photo's MRZ",
		"issue_date: 2026-10-02 # read from the PDF text",
		"# the machine readable zone could not be read (old-passport.jpg: illegible)",
		"# the machine readable zone could not be read (other-passport.jpg: in doubt)",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("kyc.yaml lacks %q:\n%s", want, text)
		}
	}
	// left to do: the applicant (pack.manifest's note), the two passports
	// not read (document.missing-field) and the photo of one with no MRZ
	// read at all (mrz.unreadable)
	missing := 0
	for file, rules := range rulesByFile(t, dir) {
		for _, r := range rules {
			switch {
			case r == "document.missing-field":
				missing++
			case r == "pack.manifest", r == "mrz.unreadable" && file == "old-passport.jpg":
			default:
				t.Errorf("%s: %s after init", file, r)
			}
		}
	}
	if missing != 2 {
		t.Errorf("%d document.missing-field findings, want 2 (the passports not read)", missing)
	}
}
