package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// guardedTree writes two packs with manifests and a folder of photos
// without one under root, with a saved JSON report beside them.
func guardedTree(t *testing.T) (root, packA, packB, photos, saved string) {
	t.Helper()
	root = t.TempDir()
	packA, packB, photos = filepath.Join(root, "a"), filepath.Join(root, "b"), filepath.Join(root, "photos")
	manifest := []byte("version: 1\ndocuments:\n  - file: passport.jpg\n    type: passport\n")
	for _, dir := range []string{packA, packB} {
		writeFiles(t, dir, map[string][]byte{"kyc.yaml": manifest, "passport.jpg": []byte("not a photo")})
	}
	writeFiles(t, photos, map[string][]byte{"passport.jpg": []byte("not a photo")})
	saved = filepath.Join(root, "saved.json")
	if code, _, errOut := run(t, "lint", packA, "-f", "json="+saved, "--date", "2026-11-26"); code == ExitTrouble {
		t.Fatalf("saving a report: %s", errOut)
	}
	return root, packA, packB, photos, saved
}

// TestOutputsNeverLandInAPack: every path kyclint writes is refused, with
// exit 2 and a message, inside a pack being linted or any folder holding a
// manifest, --force or not, and nothing in the packs changes.
func TestOutputsNeverLandInAPack(t *testing.T) {
	root, packA, packB, photos, saved := guardedTree(t)
	link := filepath.Join(root, "link")
	if err := os.Symlink(packB, link); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	before := hashTree(t, root)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"-o the manifest", []string{"lint", packA, "-o", filepath.Join(packA, "kyc.yaml")}, "--output " + filepath.Join(packA, "kyc.yaml") + " is inside the pack"},
		{"-o a photo", []string{"lint", packA, "-f", "json", "-o", filepath.Join(packA, "passport.jpg")}, "is inside the pack"},
		{"-f sarif=", []string{"lint", packA, "-f", "human", "-f", "sarif=" + filepath.Join(packA, "x.sarif")}, "-f sarif= " + filepath.Join(packA, "x.sarif")},
		{"into a sub-folder", []string{"lint", packA, "-o", filepath.Join(packA, "out", "r.json")}, "is inside the pack"},
		{"another pack", []string{"lint", packA, "-o", filepath.Join(packB, "r.json")}, "holds kyc.yaml"},
		{"through a symlink", []string{"lint", packA, "-o", filepath.Join(link, "r.json")}, "holds kyc.yaml"},
		{"a folder of photos", []string{"lint", photos, "-o", filepath.Join(photos, "r.json")}, "being linted"},
		{"ndjson stream", []string{"lint", packA, "-f", "ndjson=" + filepath.Join(packB, "r.ndjson")}, "holds kyc.yaml"},
		{"reformat -o", []string{"reformat", "-f", "sarif", "-o", filepath.Join(packA, "kyc.yaml"), saved}, "is inside a pack"},
		{"fix into another pack", []string{"fix", packA, "--out", packB, "--force"}, "--out " + packB + " is inside a pack"},
		{"fix below another pack", []string{"fix", packA, "--out", filepath.Join(packB, "fixed")}, "is inside a pack"},
		{"baseline into a pack", []string{"baseline", "write", packA, "--baseline", filepath.Join(packA, "b.json")}, "is inside the pack"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, tt.args...)
		if code != ExitTrouble || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", tt.name, code, errOut, tt.want)
		}
	}
	sameTree(t, "the folder", before, hashTree(t, root))
}

// TestBaselineWriteInsideAPack: `baseline write .` run inside a pack would
// put .kyclint-baseline.json into it.
func TestBaselineWriteInsideAPack(t *testing.T) {
	_, packA, _, _, _ := guardedTree(t)
	before := hashTree(t, packA)
	t.Chdir(packA)
	code, _, errOut := run(t, "baseline", "write", ".")
	if code != ExitTrouble || !strings.Contains(errOut, "baseline .kyclint-baseline.json is inside the pack") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	sameTree(t, "the pack", before, hashTree(t, packA))
}

// TestOutputsBesidePacks: reports beside the packs are written as before.
func TestOutputsBesidePacks(t *testing.T) {
	root, packA, _, photos, saved := guardedTree(t)
	out := filepath.Join(root, "r.sarif")
	if code, _, errOut := run(t, "lint", packA, photos, "-f", "json", "-o", filepath.Join(root, "r.json"), "-f", "sarif="+out); code == ExitTrouble {
		t.Fatalf("lint: %s", errOut)
	}
	if code, _, errOut := run(t, "reformat", "-f", "junit", "-o", filepath.Join(root, "r.xml"), saved); code != ExitOK {
		t.Fatalf("reformat: %s", errOut)
	}
	for _, name := range []string{"r.json", "r.sarif", "r.xml"} {
		if _, err := os.Stat(filepath.Join(root, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
