package cli

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// smallPack writes a pack of one ID photo carrying a GPS location; it lacks
// the documents base requires, so its lint fails.
func smallPack(t *testing.T, dir string) {
	card := synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 12})
	writeFiles(t, dir, map[string][]byte{
		"id.jpg":   must(synth.EncodeJPEG(card, 90, &synth.EXIF{GPS: &synth.GPS{Lat: 48.85, Lon: 2.35}})),
		"kyc.yaml": []byte("version: 1\ndocuments:\n  - file: id.jpg\n    type: id_card\n    side: back\n"),
	})
}

func TestFixRefusals(t *testing.T) {
	root := t.TempDir()
	packDir, full := filepath.Join(root, "pack"), filepath.Join(root, "full")
	smallPack(t, packDir)
	writeFiles(t, full, map[string][]byte{"old.txt": []byte("keep me")})
	snap, fullSnap := hashTree(t, packDir), hashTree(t, full)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"out inside the pack", []string{"fix", packDir, "--out", filepath.Join(packDir, "fixed")}, "inside the pack"},
		{"out is the pack", []string{"fix", packDir, "--out", packDir, "--force"}, "inside the pack"},
		{"out holds the pack", []string{"fix", packDir, "--out", root, "--force"}, "holds the pack"},
		{"out not empty", []string{"fix", packDir, "--out", full}, "not empty; use --force"},
		{"no out", []string{"fix", packDir}, "needs --out"},
		{"no pack", []string{"fix", filepath.Join(root, "nope"), "--out", filepath.Join(root, "o")}, "no such pack folder"},
		{"bad date", []string{"fix", packDir, "--out", filepath.Join(root, "o"), "--date", "26/11/2026"}, "--date"},
		{"bad rules", []string{"fix", packDir, "--out", filepath.Join(root, "o"), "--rules", "atlantis"}, "atlantis"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, tt.args...)
		if code != ExitTrouble || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", tt.name, code, errOut, tt.want)
		}
	}
	sameTree(t, "the pack", snap, hashTree(t, packDir))
	sameTree(t, "the non-empty folder", fullSnap, hashTree(t, full))
	if _, err := os.Stat(filepath.Join(root, "o")); err == nil {
		t.Error("a refused fix created its output folder")
	}

	code, out, errOut := run(t, "fix", packDir, "--out", full, "--force", "--date", "2026-11-26")
	if code != ExitFailed || !strings.Contains(out, "fix   id.jpg: metadata removed, GPS location included without re-encoding") {
		t.Errorf("--force: exit %d, stderr %s, output:\n%s", code, errOut, out)
	}
	if b, err := os.ReadFile(filepath.Join(full, "old.txt")); err != nil || string(b) != "keep me" {
		t.Errorf("--force removed or changed a file it does not write: %q %v", b, err)
	}
	sameTree(t, "the pack", snap, hashTree(t, packDir))
}

func TestFixDryRunWritesNothing(t *testing.T) {
	root := t.TempDir()
	packDir, empty := filepath.Join(root, "pack"), filepath.Join(root, "empty")
	smallPack(t, packDir)
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	snap := hashTree(t, root)
	for _, out := range []string{filepath.Join(root, "new", "deeper"), empty} {
		code, stdout, errOut := run(t, "fix", packDir, "--out", out, "--dry-run")
		if code != ExitOK || !strings.Contains(stdout, "fix   id.jpg:") || !strings.Contains(stdout, "Dry run: nothing was written") {
			t.Errorf("--dry-run --out %s: exit %d, stderr %s, output:\n%s", out, code, errOut, stdout)
		}
		if strings.Contains(stdout, "Linting the copy") {
			t.Errorf("--dry-run linted a copy it did not write:\n%s", stdout)
		}
	}
	sameTree(t, "the folder", snap, hashTree(t, root))
}

// TestFixDryRunNeedsNoOut plans a fix with --dry-run alone: the plan is
// printed, nothing is written anywhere, and the exit status is 0.
func TestFixDryRunNeedsNoOut(t *testing.T) {
	root := t.TempDir()
	packDir := filepath.Join(root, "pack")
	smallPack(t, packDir)
	snap := hashTree(t, root)
	t.Chdir(root)
	code, stdout, errOut := run(t, "fix", packDir, "--dry-run")
	if code != ExitOK || !strings.Contains(stdout, "fix   id.jpg:") || !strings.Contains(stdout, "Dry run: nothing was written.") {
		t.Errorf("--dry-run without --out: exit %d, stderr %s, output:\n%s", code, errOut, stdout)
	}
	sameTree(t, "the folder", snap, hashTree(t, root))
}

// TestFixLeavesEveryError lists under "Left for you" every error fix could
// not correct, those on a photo's dimensions and size among them, with a
// hint shared by two findings printed once.
func TestFixLeavesEveryError(t *testing.T) {
	root := t.TempDir()
	packDir, outDir := filepath.Join(root, "pack"), filepath.Join(root, "fixed")
	writeFiles(t, packDir, map[string][]byte{
		"id.jpg":     must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 600, Height: 400, Seed: 21}), 90, nil)),
		"selfie.jpg": must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 160, Height: 100, Seed: 22, Kind: synth.KindSelfie}), 60, nil)),
		"kyc.yaml":   []byte("version: 1\ndocuments:\n  - file: id.jpg\n    type: passport\n  - file: selfie.jpg\n    type: selfie\n"),
	})
	before := rulesByFile(t, packDir)
	for file, rule := range map[string]string{"id.jpg": "image.dimensions", "selfie.jpg": "file.size"} {
		if !slices.Contains(before[file], rule) {
			t.Fatalf("the fixture lacks the %s error on %s: %v", rule, file, before)
		}
	}
	code, out, errOut := run(t, "fix", packDir, "--out", outDir, "--date", "2026-11-26")
	if code != ExitFailed {
		t.Errorf("exit %d, want 1; stderr %s", code, errOut)
	}
	_, left, found := strings.Cut(out, "Left for you")
	if !found {
		t.Fatalf("no \"Left for you\" list:\n%s", out)
	}
	for _, want := range []string{"image.dimensions  id.jpg: ", "image.dimensions  selfie.jpg: ", "file.size  selfie.jpg: ", "pack.required-documents"} {
		if !strings.Contains(left, want) {
			t.Errorf("the list lacks %q:\n%s", want, left)
		}
	}
	if n := strings.Count(left, "main camera at full resolution"); n != 1 {
		t.Errorf("the dimensions hint is printed %d times, want once:\n%s", n, left)
	}
}

// TestFixStripsGPSLosslessly fixes a JPEG whose only fault is its GPS
// location: the copy lints without image.exif-gps and decodes to exactly
// the original's pixels.
func TestFixStripsGPSLosslessly(t *testing.T) {
	root := t.TempDir()
	packDir, outDir := filepath.Join(root, "pack"), filepath.Join(root, "fixed")
	smallPack(t, packDir)
	if !slices.Contains(rulesByFile(t, packDir)["id.jpg"], "image.exif-gps") {
		t.Fatal("the fixture has no image.exif-gps finding")
	}
	if code, out, errOut := run(t, "fix", packDir, "--out", outDir, "--date", "2026-11-26"); code == ExitTrouble {
		t.Fatalf("exit 2: %s\n%s", errOut, out)
	}
	if rules := rulesByFile(t, outDir)["id.jpg"]; slices.Contains(rules, "image.exif-gps") {
		t.Errorf("the copy still has image.exif-gps: %v", rules)
	}
	decode := func(dir string) *image.YCbCr {
		data, err := os.ReadFile(filepath.Join(dir, "id.jpg"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := jpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return img.(*image.YCbCr)
	}
	a, b := decode(packDir), decode(outDir)
	if a.Rect != b.Rect || !bytes.Equal(a.Y, b.Y) || !bytes.Equal(a.Cb, b.Cb) || !bytes.Equal(a.Cr, b.Cr) {
		t.Error("the copy's pixels differ from the original's: it was re-encoded")
	}
}
