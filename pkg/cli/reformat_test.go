package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/report"
)

// TestReformatRoundTrip checks that rendering a saved JSON report gives,
// in every format, what lint writes directly.
func TestReformatRoundTrip(t *testing.T) {
	inRoot(t)
	saved := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(saved, []byte(sampleReport(t, "json")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range report.Formats() {
		code, out, errOut := run(t, "reformat", "--format", format, saved)
		if code != ExitOK {
			t.Errorf("%s: exit %d (%s)", format, code, errOut)
		}
		if direct := sampleReport(t, format); out != direct {
			t.Errorf("reformat --format %s differs from lint --format %s:\n%s", format, format, diff(direct, out))
		}
	}
}

func TestReformatStdinAndOutputFile(t *testing.T) {
	inRoot(t)
	io, in, out, errOut := Test()
	in.WriteString(sampleReport(t, "json"))
	path := filepath.Join(t.TempDir(), "kyclint.xml")
	code := Run([]string{"reformat", "-f", "junit", "--fail-on", "never", "-o", path, "-"}, NewFactory(io))
	data, _ := os.ReadFile(path)
	if code != ExitOK || out.Len() != 0 || !strings.Contains(string(data), "<testsuites") {
		t.Fatalf("exit %d, stdout %q, stderr %q, file %.80q", code, out, errOut, data)
	}
	if strings.Contains(string(data), "<failure") {
		t.Error("--fail-on never still fails test cases")
	}
}

func TestReformatErrors(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.json", sampleReport(t, "json"))
	cases := []struct {
		name string
		args []string
		err  string
	}{
		{"unknown format", []string{"reformat", "-f", "xml", good}, `unknown format "xml"`},
		{"bad fail-on", []string{"reformat", "--fail-on", "off", good}, "--fail-on"},
		{"missing file", []string{"reformat", filepath.Join(dir, "none.json")}, "none.json"},
		{"no argument", []string{"reformat"}, "arg"},
		{"not JSON", []string{"reformat", write("bad.json", "{\n\"version\": 1,\n]")}, "bad.json: line 3"},
		{"another version", []string{"reformat", write("v2.json", `{"version":2,"packs":[]}`)}, "version 2"},
		{"unknown key", []string{"reformat", write("key.json", "{\"version\":1,\n\"packs\":[],\n\"extra\":true}")}, `line 3: json: unknown field "extra"`},
		{"not a report", []string{"reformat", write("sarif.json", sampleReport(t, "sarif"))}, "not a kyclint JSON report"},
		{"unknown schema", []string{"schema", "sarif"}, `unknown schema "sarif"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, c.args...)
			if code != ExitTrouble || out != "" || !strings.Contains(errOut, c.err) {
				t.Errorf("exit %d, stdout %.60q, stderr %q; want 2 and %q", code, out, errOut, c.err)
			}
		})
	}
}

// TestSchemaValidatesTheJSONReport checks `kyclint schema report` against
// the sample run's JSON report, and that the schema rejects a report that
// breaks it.
func TestSchemaValidatesTheJSONReport(t *testing.T) {
	inRoot(t)
	code, schema, _ := run(t, "schema", "report")
	if code != ExitOK || schema != string(report.Schema()) {
		t.Fatalf("exit %d; output is not report.Schema()", code)
	}
	golden, err := os.ReadFile(filepath.Join(goldenDir, "sample-packs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := validateJSON(t, []byte(schema), string(golden)); err != nil {
		t.Errorf("golden JSON report does not validate: %v", err)
	}
	broken := strings.Replace(string(golden), `"severity": "warning"`, `"severity": "warn"`, 1)
	if validateJSON(t, []byte(schema), broken) == nil {
		t.Error("a report with severity warn validates")
	}
}

// TestReformatReadsNDJSON checks that a saved ndjson report renders as the
// json one does.
func TestReformatReadsNDJSON(t *testing.T) {
	inRoot(t)
	saved := filepath.Join(t.TempDir(), "report.ndjson")
	if err := os.WriteFile(saved, []byte(sampleReport(t, "ndjson")), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "reformat", "--format", "json", saved)
	if code != ExitOK {
		t.Fatalf("exit %d (%s)", code, errOut)
	}
	if direct := sampleReport(t, "json"); out != direct {
		t.Errorf("reformat of the ndjson report differs from lint --format json:\n%s", diff(direct, out))
	}
	cut := filepath.Join(t.TempDir(), "cut.ndjson")
	lines := strings.SplitAfter(sampleReport(t, "ndjson"), "\n")
	os.WriteFile(cut, []byte(strings.Join(lines[:2], "")), 0o644)
	if code, _, errOut := run(t, "reformat", cut); code != ExitTrouble || !strings.Contains(errOut, "summary") {
		t.Errorf("a cut ndjson report: exit %d, %q; want %d naming the missing summary", code, errOut, ExitTrouble)
	}
}
