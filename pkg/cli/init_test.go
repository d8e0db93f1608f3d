package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/pack"
)

// TestInitThenLint writes a manifest for a folder of generated photos and a
// statement: what is left to fill must be all that lint reports.
func TestInitThenLint(t *testing.T) {
	dir := t.TempDir()
	card := func(seed int64, kind synth.Kind, w, h int) []byte {
		return must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: w, Height: h, Seed: seed, Kind: kind}), 90, nil))
	}
	writeFiles(t, dir, map[string][]byte{
		"passport.jpg":  card(21, synth.KindPassport, 1600, 1200),
		"id-front.jpg":  card(22, synth.KindID, 1600, 1200),
		"id-back.jpg":   card(23, synth.KindID, 1600, 1200),
		"selfie.jpg":    card(24, synth.KindSelfie, 1200, 1600),
		"statement.pdf": synth.PDF(synth.PDFOptions{}),
	})
	code, out, errOut := run(t, "init", dir)
	if code != ExitOK || !strings.Contains(out, "listing 5 documents") {
		t.Fatalf("init: exit %d, stderr %s, output %s", code, errOut, out)
	}
	// mrz.unreadable too: init writes no mrz:, and the synth cards' MRZ
	// bands are not OCR-B, so not read from the photos either.
	// pack.manifest too, but only its note that the applicant block init
	// wrote is still empty (checked below).
	allowed := map[string]bool{"document.missing-field": true, "mrz.unreadable": true, "pack.manifest": true}
	_, lintOut, _ := run(t, "lint", "-f", "json", "--date", "2026-11-26", dir)
	var rep struct {
		Packs []struct {
			Findings []struct{ Rule, Severity, Message string }
		}
	}
	if err := json.Unmarshal([]byte(lintOut), &rep); err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Packs {
		for _, f := range p.Findings {
			if f.Rule == "pack.manifest" && (f.Severity != "info" || !strings.Contains(f.Message, "declares no applicant")) {
				t.Errorf("pack.manifest after init: %s %q; only the note on the empty applicant block is expected", f.Severity, f.Message)
			}
		}
	}
	found := rulesByFile(t, dir)
	missing := 0
	for file, rules := range found {
		for _, r := range rules {
			if !allowed[r] {
				t.Errorf("%s: %s after init; only fields to fill in should be left", file, r)
			}
			if r == "document.missing-field" {
				missing++
			}
		}
	}
	// passport, id front and statement; the back of the card and the selfie declare nothing.
	if missing != 3 {
		t.Errorf("%d document.missing-field findings, want 3: %v", missing, found)
	}
}

func TestInitMixedFolder(t *testing.T) {
	dir := t.TempDir()
	jpg := must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 64, Height: 48, Seed: 1}), 80, nil))
	writeFiles(t, dir, map[string][]byte{
		"Passport Scan.JPG": jpg, "id_back.jpeg": jpg, "IMG_0042.png": jpg, "statement-2026-10.pdf": synth.PDF(synth.PDFOptions{}),
		"notes.txt": []byte("x"), ".hidden.jpg": jpg, "sub/card.jpg": jpg,
	})
	code, out, errOut := run(t, "init", dir)
	if code != ExitOK || !strings.Contains(out, "listing 4 documents") {
		t.Fatalf("init: exit %d, stderr %s, output %s", code, errOut, out)
	}
	text, err := os.ReadFile(filepath.Join(dir, "kyc.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# as printed on the document", "date_of_birth:", "# YYYY-MM-DD", "applicant:", "not clear from the name"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("kyc.yaml lacks %q:\n%s", want, text)
		}
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	if len(p.Problems) != 0 {
		t.Errorf("the manifest init wrote has problems: %+v", p.Problems)
	}
	want := []struct {
		file string
		typ  pack.DocType
		side string
	}{
		{"IMG_0042.png", pack.Other, ""}, {"Passport Scan.JPG", pack.Passport, ""},
		{"id_back.jpeg", pack.IDCard, "back"}, {"statement-2026-10.pdf", pack.BankStatement, ""},
	}
	if len(p.Documents) != len(want) {
		t.Fatalf("kyc.yaml lists %d documents, want %d:\n%s", len(p.Documents), len(want), text)
	}
	for i, d := range p.Documents {
		w := want[i]
		if d.File != w.file || d.Type != w.typ || d.Side != w.side || d.Present("name") || d.Present("number") {
			t.Errorf("document %d: %q %s side %q, want %q %s side %q with nothing filled in", i, d.File, d.Type, d.Side, w.file, w.typ, w.side)
		}
	}
}

func TestInitNeverOverwritesAManifest(t *testing.T) {
	for _, name := range pack.ManifestNames {
		dir := t.TempDir()
		writeFiles(t, dir, map[string][]byte{"passport.jpg": []byte("\xff\xd8\xff"), name: []byte("version: 1 # mine\n")})
		snap := hashTree(t, dir)
		code, _, errOut := run(t, "init", dir)
		if code != ExitTrouble || !strings.Contains(errOut, "already has "+name) {
			t.Errorf("%s present: exit %d, stderr %q; want 2 naming it", name, code, errOut)
		}
		sameTree(t, dir, snap, hashTree(t, dir))
	}
}

func TestInitRefusesEmptyOrMissingFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"notes.txt": []byte("x")})
	for _, tt := range []struct{ dir, want string }{
		{dir, "no document file"},
		{filepath.Join(dir, "nope"), "no such folder"},
		{filepath.Join(dir, "notes.txt"), "is a file"},
	} {
		code, _, errOut := run(t, "init", tt.dir)
		if code != ExitTrouble || !strings.Contains(errOut, tt.want) {
			t.Errorf("init %s: exit %d, stderr %q; want 2 and %q", tt.dir, code, errOut, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "kyc.yaml")); err == nil {
		t.Error("init wrote a manifest listing nothing")
	}
}

// TestInitRecordsTheRuleSet runs init with each kind of --rules: the
// manifest names the rule set, so a plain lint of the folder uses it, and
// a rule-set file, which a manifest cannot name, is in a comment and in
// the command init prints.
func TestInitRecordsTheRuleSet(t *testing.T) {
	photo := must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 31, Kind: synth.KindPassport}), 90, nil))
	root := t.TempDir()
	writeFiles(t, root, map[string][]byte{"strict.yaml": []byte("id: strict\nextends: gb\n")})
	for _, tt := range []struct{ rules, want string }{
		{"okx", "platform: okx"}, {"gb", "jurisdiction: gb"}, {"gb+binance", "jurisdiction: gb"},
	} {
		dir := filepath.Join(root, strings.ReplaceAll(tt.rules, "+", "-"))
		writeFiles(t, dir, map[string][]byte{"passport.jpg": photo})
		if code, out, errOut := run(t, "init", dir, "-r", tt.rules); code != ExitOK {
			t.Fatalf("init -r %s: exit %d, stderr %s, output %s", tt.rules, code, errOut, out)
		}
		text, err := os.ReadFile(filepath.Join(dir, "kyc.yaml"))
		if err != nil || !strings.Contains(string(text), "\n"+tt.want+" ") {
			t.Errorf("init -r %s wrote no %q line (%v):\n%s", tt.rules, tt.want, err, text)
		}
		_, out, _ := run(t, "lint", "--date", "2026-11-26", dir)
		if first, _, _ := strings.Cut(out, "\n"); !strings.HasSuffix(first, "rules: "+tt.rules) {
			t.Errorf("init -r %s, then lint: %q, want the pack linted with %s", tt.rules, first, tt.rules)
		}
	}
	dir := filepath.Join(root, "file")
	writeFiles(t, dir, map[string][]byte{"passport.jpg": photo})
	file := filepath.Join(root, "strict.yaml")
	code, out, errOut := run(t, "init", dir, "-r", file)
	text, _ := os.ReadFile(filepath.Join(dir, "kyc.yaml"))
	if code != ExitOK || !strings.Contains(out, "kyclint lint -r "+file+" "+dir) || !strings.Contains(string(text), "# rules: "+file) {
		t.Errorf("init -r FILE: exit %d, stderr %s, output %s, manifest:\n%s", code, errOut, out, text)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	if len(p.Problems) != 0 || p.Manifest.Jurisdiction != "" || p.Manifest.Platform != "" {
		t.Errorf("the manifest for a rule-set file: problems %+v, jurisdiction %q, platform %q", p.Problems, p.Manifest.Jurisdiction, p.Manifest.Platform)
	}
}
