package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestYAMLTabNamesItsLine lints a manifest and validates a rule set that
// each indent one line with a tab below a value: the error names the line
// holding the tab, not the value's line above it.
func TestYAMLTabNamesItsLine(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"pack/kyc.yaml": []byte("version: 1\napplicant:\n  name: Jan Nowak\n\tdate_of_birth: 1990-01-15\ndocuments: []\n"),
		"strict.yaml":   []byte("id: strict\nextends: base\nrules:\n  file.size:\n    severity: error\n\tmax_bytes: 2 MB\n"),
	})
	_, out, errOut := run(t, "lint", "--date", "2026-11-26", filepath.Join(dir, "pack"))
	if !strings.Contains(out, "kyc.yaml:4 ") || !strings.Contains(out, "tab character") {
		t.Errorf("manifest: want the tab's line 4 named; stderr %s, output:\n%s", errOut, out)
	}
	code, out, errOut := run(t, "ruleset", "validate", filepath.Join(dir, "strict.yaml"))
	if code != ExitTrouble || !strings.Contains(out+errOut, "strict.yaml:6: invalid YAML") {
		t.Errorf("rule set: exit %d, want 2 naming line 6; output %s, stderr %s", code, out, errOut)
	}
}
