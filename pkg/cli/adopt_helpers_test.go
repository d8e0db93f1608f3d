package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/report"
)

// repoDir makes an empty repository (a folder with .git, where the search
// for .kyclint.yaml stops) and runs the test from it.
func repoDir(t *testing.T) string {
	t.Helper()
	samples, err := filepath.Abs(filepath.Join("..", "..", "testdata", "packs"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("KYCLINT_SAMPLES", samples)
	return dir
}

// samplePack copies a sample pack of testdata/packs to dst in the repository.
func samplePack(t *testing.T, name, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(os.Getenv("KYCLINT_SAMPLES"), name))); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	writeFiles(t, ".", map[string][]byte{name: []byte(text)})
}

// editFile replaces old by new in a file, which must contain it.
func editFile(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil || !strings.Contains(string(data), old) {
		t.Fatalf("%s: %v, or %q not in it", name, err, old)
	}
	writeFile(t, name, strings.Replace(string(data), old, new, 1))
}

// lintJSON lints with a pinned date and returns the exit code, the report
// and stderr.
func lintJSON(t *testing.T, args ...string) (int, *report.Report, string) {
	t.Helper()
	code, out, errOut := run(t, append([]string{"lint", "-f", "json", "--date", "2026-11-26"}, args...)...)
	var rep report.Report
	if code != ExitTrouble || out != "" {
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("exit %d: %v\n%s\n%s", code, err, out, errOut)
		}
	}
	return code, &rep, errOut
}

// findingsOf lists the rule ids reported on a pack.
func findingsOf(rep *report.Report, pack string) []string {
	var ids []string
	for _, p := range rep.Packs {
		if p.Path == pack {
			for _, f := range p.Findings {
				ids = append(ids, f.Rule)
			}
		}
	}
	return ids
}
