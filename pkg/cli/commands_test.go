package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

func TestInvalidRuleFileNamesFileAndLine(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "acme.yaml")
	body := "id: acme\nextends: gb\nrules:\n  file.size:\n    max_bytes: big\n"
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"lint", "--rules", file, "testdata/packs"},
		{"ruleset", "validate", file},
		{"rules", "--rules", file},
	} {
		code, out, errOut := run(t, args...)
		if code != ExitTrouble {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errOut, filepath.ToSlash(file)+":5:") || !strings.Contains(errOut, "max_bytes") {
			t.Errorf("%v: stderr %q does not name %s:5 and the parameter", args, errOut, file)
		}
		if args[0] == "lint" && out != "" {
			t.Errorf("lint printed a report despite an invalid rule set: %q", out)
		}
	}
	self := filepath.Join(dir, "self.yaml")
	os.WriteFile(self, []byte("id: self\nextends: self.yaml\n"), 0o644)
	code, _, errOut := run(t, "ruleset", "validate", self)
	if code != ExitTrouble || !strings.Contains(errOut, "self.yaml:2: ") || !strings.Contains(errOut, "extends itself") {
		t.Errorf("self-extending file: exit %d, stderr %q", code, errOut)
	}
}

func TestInformationCommands(t *testing.T) {
	inRoot(t)
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"rules", "--rules", "gb"}, []string{"address.recency", "max_age_days", "= 90", "tax_notice: 365"}},
		{[]string{"rules", "--format", "json"}, []string{`"id": "file.size"`, `"max_bytes": 2000000`}},
		{[]string{"explain", "address.recency"}, []string{"Why reviewers reject it", "How to fix it", "max_age_days", "  gb        error; max_age_days = 90"}},
		{[]string{"ruleset", "list"}, []string{"base", "gb", "United Kingdom"}},
		{[]string{"ruleset", "show", "gb"}, []string{"merged from rules/base.yaml <- rules/gb.yaml", "max_age_days: 90  # rules/gb.yaml", "warn_days: 30  # rules/base.yaml"}},
		{[]string{"ruleset", "validate", "rules/gb.yaml"}, []string{"rules/gb.yaml: ok"}},
		{[]string{"version"}, []string{"kyclint "}},
		{[]string{"completion", "bash"}, []string{"kyclint"}},
	}
	for _, c := range cases {
		code, out, errOut := run(t, c.args...)
		if code != ExitOK {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q", c.args, w)
			}
		}
	}
}

// TestLintNeverWritesIntoPacks lints a copy of the sample packs and checks
// that no file was added, removed or changed.
func TestLintNeverWritesIntoPacks(t *testing.T) {
	root := inRoot(t)
	dir := filepath.Join(t.TempDir(), "packs")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(root, "testdata", "packs"))); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	run(t, "lint", dir, "--format", "json")
	if after := snapshot(t, dir); after != before {
		t.Errorf("lint changed the packs:\nbefore %s\nafter  %s", before, after)
	}
}

func snapshot(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		info, _ := d.Info()
		data, _ := os.ReadFile(p)
		b.WriteString(p + " " + info.ModTime().String() + " " + string(rune(len(data))) + "\n")
		if !d.IsDir() {
			b.Write(data)
		}
		return nil
	})
	return b.String()
}

func TestMRZCommand(t *testing.T) {
	const l1, l2 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
	code, out, _ := run(t, "mrz", "--redact", "never", l1, l2)
	if code != ExitOK || !strings.Contains(out, "ERIKSSON") || !strings.Contains(out, "composite check digit") {
		t.Errorf("valid zone: exit %d, output %q", code, out)
	}
	code, out, _ = run(t, "mrz", "--format", "json", l1, l2[:43]+"9")
	if code != ExitFailed || !strings.Contains(out, `"composite": false`) || !strings.Contains(out, `"column": 44`) {
		t.Errorf("broken composite: exit %d, output %q", code, out)
	}
	io, in, out2, _ := Test()
	in.WriteString(l1 + "\r\n" + l2 + "\n")
	if code := Run([]string{"mrz", "--format", "json"}, NewFactory(io)); code != ExitOK || !strings.Contains(out2.String(), `"valid": true`) {
		t.Errorf("stdin: exit %d, output %q", code, out2)
	}
	if code, _, errOut := run(t, "mrz", "--format", "xml", l1, l2); code != ExitTrouble || !strings.Contains(errOut, "unknown format") {
		t.Errorf("bad format: exit %d, stderr %q", code, errOut)
	}
	if code, out, _ := run(t, "mrz", "not a zone"); code != ExitFailed || !strings.Contains(out, "line 1, column") {
		t.Errorf("malformed: exit %d, output %q", code, out)
	}
}

// TestLintSharedCorpus lints every folder of the shared real-world corpus
// (camera JPEGs with broken EXIF, HEIC, truncated images, bombs, encrypted
// and broken PDFs): no rule may crash, and the run must finish.
func TestLintSharedCorpus(t *testing.T) {
	dir := corpus.Dir(t, ".")
	code, out, errOut := run(t, "lint", dir, "--format", "json", "--fail-on", "never")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if strings.Contains(out, "internal error") {
		t.Error("a rule crashed on the corpus")
	}
	if !strings.Contains(out, `"rule": "pdf.encrypted"`) || !strings.Contains(out, `"rule": "image.decode"`) || !strings.Contains(out, `"rule": "file.format"`) {
		t.Error("the corpus's encrypted PDFs, truncated images and HEIC files were not all recognised")
	}
}

// TestRulesReadmeIsGenerated fails when rules/README.md differs from what
// `kyclint explain --all --format markdown` writes.
func TestRulesReadmeIsGenerated(t *testing.T) {
	root := inRoot(t)
	code, out, errOut := run(t, "explain", "--all", "--format", "markdown")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	path := filepath.Join(root, "rules", "README.md")
	if *update {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile(path)
	if err != nil || string(committed) != out {
		t.Errorf("rules/README.md is stale: run `go run ./cmd/kyclint explain --all --format markdown > rules/README.md` (or go test ./pkg/cli -update)")
	}
	for _, r := range checksRules() {
		if !strings.Contains(out, "\n## "+r+"\n") {
			t.Errorf("rules/README.md has no section for %s", r)
		}
	}
}

func TestExplainAndDiff(t *testing.T) {
	inRoot(t)
	code, out, _ := run(t, "explain", "image.blur", "file.size")
	if code != ExitOK || !strings.Contains(out, "image.blur: the photo is blurred") || !strings.Contains(out, "file.size:") ||
		!strings.Contains(out, "1. Lay the document flat") || !strings.Contains(out, "Hu and de Haan") {
		t.Errorf("explain: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "explain"); code != ExitTrouble {
		t.Errorf("explain without a rule: exit %d", code)
	}
	code, out, _ = run(t, "ruleset", "diff", "base", "gb")
	if code != ExitOK || !strings.Contains(out, "rules.address.recency.by_type: {} -> {tax_notice: 365}") {
		t.Errorf("diff: exit %d\n%s", code, out)
	}
	if _, out, _ := run(t, "ruleset", "diff", "gb", "gb"); !strings.Contains(out, "no differences") {
		t.Errorf("diff of a set with itself:\n%s", out)
	}
	small := filepath.Join(t.TempDir(), "small.yaml")
	if err := os.WriteFile(small, []byte("id: small\nextends: gb\nanalyses:\n  image: {max_pixels: 20000000}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := run(t, "ruleset", "diff", "gb", small); !strings.Contains(out, "analyses.image.max_pixels: 50000000 -> 20000000") {
		t.Errorf("diff of the pixel budget:\n%s", out)
	}
}

// TestSamplePacksUnderEveryRuleSet lints the sample packs under each
// built-in rule set: every one must load and run without a crash.
func TestSamplePacksUnderEveryRuleSet(t *testing.T) {
	inRoot(t)
	_, out, _ := run(t, "ruleset", "list")
	n := 0
	for _, line := range strings.Split(out, "\n")[1:] {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		n++
		code, _, errOut := run(t, "lint", "testdata/packs", "--rules", f[0], "-f", "json")
		if code != ExitFailed {
			t.Errorf("--rules %s: exit %d, want 1 (%s)", f[0], code, errOut)
		}
	}
	if n < 10 {
		t.Errorf("only %d built-in rule sets listed", n)
	}
}
