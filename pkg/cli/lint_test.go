package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/report"
)

func TestLintSamplePacksGolden(t *testing.T) {
	inRoot(t)
	for _, format := range report.Formats() {
		code, out, errOut := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format)
		if code != ExitFailed {
			t.Errorf("%s: exit %d, want %d; stderr: %s", format, code, ExitFailed, errOut)
		}
		golden(t, "sample-packs."+format, out)
	}
}

func TestLintJSONShape(t *testing.T) {
	inRoot(t)
	_, out, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", "json")
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Version != 1 || rep.Tool.Name != "kyclint" || rep.Date != "2026-11-26" || rep.Ruleset != "auto" {
		t.Errorf("header: %+v", rep)
	}
	if strings.Contains(strings.ReplaceAll(out, `"suppression": null`, ""), "null") {
		t.Error("JSON report contains null other than an unsuppressed finding's suppression; lists must be []")
	}
	var failed int
	for i, p := range rep.Packs {
		if i > 0 && rep.Packs[i-1].Path >= p.Path {
			t.Errorf("packs not sorted: %s before %s", rep.Packs[i-1].Path, p.Path)
		}
		if p.Status == "fail" {
			failed++
		}
	}
	if rep.Summary.Packs != len(rep.Packs) || rep.Summary.Failed != failed {
		t.Errorf("summary %+v does not match %d packs, %d failed", rep.Summary, len(rep.Packs), failed)
	}
}

// TestNoPersonalDataOffTerminal checks that --redact auto masks the sample
// applicants' names, dates of birth and numbers in reports not shown to a
// person at a terminal.
func TestNoPersonalDataOffTerminal(t *testing.T) {
	inRoot(t)
	for _, format := range report.Formats() {
		_, out, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format)
		for _, pii := range []string{"23/09/1991", "Lindqvist", "Okafor", "XS4521879", "Ferreira", "Rua Augusta", "1992-07-04", "P<SWELINDQVIST", "C4J7RT2K5"} {
			if strings.Contains(out, pii) {
				t.Errorf("%s report contains %q", format, pii)
			}
		}
	}
	_, out, _ := run(t, "lint", "testdata/packs/dev-manifest-typos", "--date", "2026-11-26", "--redact", "never")
	if !strings.Contains(out, "23/09/1991") {
		t.Error("--redact never should show the declared value")
	}
}

func TestExitCodes(t *testing.T) {
	inRoot(t)
	cases := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"clean pack", []string{"lint", "testdata/packs/anna-clean"}, ExitOK, ""},
		{"findings", []string{"lint", "testdata/packs/ben-expired-passport"}, ExitFailed, ""},
		{"fail-on never", []string{"lint", "testdata/packs/ben-expired-passport", "--fail-on", "never"}, ExitOK, ""},
		{"warning below fail-on", []string{"lint", "testdata/packs/hugo-no-manifest"}, ExitOK, ""},
		{"info at fail-on info", []string{"lint", "testdata/packs/hugo-no-manifest", "--fail-on", "info"}, ExitFailed, ""},
		{"missing path", []string{"lint", "no/such/folder"}, ExitTrouble, "no/such/folder: no such file or folder"},
		{"no pack", []string{"lint", "rules"}, ExitTrouble, "no pack found"},
		{"unknown format", []string{"lint", "testdata/packs", "--format", "xml"}, ExitTrouble, `unknown format "xml"`},
		{"unknown rule set", []string{"lint", "testdata/packs", "--rules", "gbr"}, ExitTrouble, `unknown rule set "gbr" (did you mean "gb"?)`},
		{"bad date", []string{"lint", "testdata/packs", "--date", "26/11/2026"}, ExitTrouble, "--date"},
		{"bad fail-on", []string{"lint", "testdata/packs", "--fail-on", "off"}, ExitTrouble, "--fail-on"},
		{"bad jobs", []string{"lint", "testdata/packs", "--jobs", "0"}, ExitTrouble, "--jobs"},
		{"unknown flag", []string{"lint", "--colour"}, ExitTrouble, "unknown flag"},
		{"unknown rule", []string{"explain", "file.sise"}, ExitTrouble, `did you mean "file.size"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := run(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errOut)
			}
			if c.err != "" && !strings.Contains(errOut, c.err) {
				t.Errorf("stderr %q does not contain %q", errOut, c.err)
			}
		})
	}
}

// TestJobsDoNotChangeOutput lints 32 packs with one and two workers and
// expects byte-identical JSON.
func TestJobsDoNotChangeOutput(t *testing.T) {
	root := inRoot(t)
	dir := t.TempDir()
	samples, _ := filepath.Glob(filepath.Join(root, "testdata", "packs", "*"))
	for i := 0; i < 4; i++ {
		for _, s := range samples {
			dst := filepath.Join(dir, filepath.Base(s)+"-"+string(rune('a'+i)))
			if err := os.CopyFS(dst, os.DirFS(s)); err != nil {
				t.Fatal(err)
			}
		}
	}
	var outs []string
	for _, jobs := range []string{"1", "2", "7"} {
		_, out, _ := run(t, "lint", dir, "--date", "2026-11-26", "--format", "json", "--jobs", jobs)
		outs = append(outs, out)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(outs[0]), &rep); err != nil || len(rep.Packs) < 30 {
		t.Fatalf("want 30+ packs, got %d (%v)", len(rep.Packs), err)
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Error("JSON differs between --jobs 1, 2 and 7")
	}
}

func TestOutputFileIsWrittenAtomically(t *testing.T) {
	inRoot(t)
	path := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(path, []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "lint", "testdata/packs/anna-clean", "--format", "json", "--output", path)
	data, _ := os.ReadFile(path)
	if code != ExitOK || out != "" || !strings.HasPrefix(string(data), "{") {
		t.Fatalf("exit %d, stdout %q, file %q", code, out, data)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// A failed run leaves the previous report in place.
	if code, _, _ := run(t, "lint", "no/such/pack", "--output", path); code != ExitTrouble {
		t.Fatalf("exit %d", code)
	}
	if again, _ := os.ReadFile(path); string(again) != string(data) {
		t.Error("a failed run changed the report file")
	}
}

func TestColourOnlyOnTerminal(t *testing.T) {
	inRoot(t)
	for _, c := range []struct {
		tty, noColor, want bool
	}{{false, false, false}, {true, false, true}, {true, true, false}} {
		io, _, out, _ := Test()
		io.SetTTY(c.tty)
		io.SetEnv(func(k string) string {
			if k == "NO_COLOR" && c.noColor {
				return "1"
			}
			return ""
		})
		Run([]string{"lint", "testdata/packs/ben-expired-passport", "--date", "2026-11-26"}, NewFactory(io))
		if got := strings.Contains(out.String(), "\x1b["); got != c.want {
			t.Errorf("tty=%v NO_COLOR=%v: colour %v, want %v", c.tty, c.noColor, got, c.want)
		}
	}
}
