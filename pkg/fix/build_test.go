package fix

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// planFor writes files and a manifest into a new pack and plans its fix
// under the default rules changed by edit.
func planFor(t *testing.T, files map[string][]byte, manifest string, edit func(*lint.Settings)) (*Plan, string) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	s := lint.Defaults(checks.Registry())
	if edit != nil {
		edit(s)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	t.Cleanup(func() { p.Close() })
	plan, err := Build(p, s)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { plan.Close() })
	return plan, dir
}

func stepOf(t *testing.T, plan *Plan, src string) Step {
	t.Helper()
	for _, s := range plan.Steps {
		if s.Src == src {
			return s
		}
	}
	t.Fatalf("no step for %s in %+v", src, plan.Steps)
	return Step{}
}

func pngCard(t *testing.T) []byte {
	b, err := synth.EncodePNG(synth.Card(synth.CardOptions{Width: 400, Height: 300, Seed: 4}))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func identityJPEGOnly(s *lint.Settings) {
	s.Rules["file.format"].Params["by_category"] = map[string][]string{"identity": {"jpeg"}}
}

func TestAcceptedPNGIsCopied(t *testing.T) {
	plan, _ := planFor(t, map[string][]byte{"id.png": pngCard(t)}, "documents:\n  - file: id.png\n    type: id_card\n", nil)
	if s := stepOf(t, plan, "id.png"); s.Action != Copy || s.Dst != "id.png" {
		t.Errorf("accepted PNG: %s → %s %v, want it copied as it is", s.Action, s.Dst, s.Notes)
	}
}

func TestConversionNeedsItsRename(t *testing.T) {
	// The `file:` value is a block scalar fix does not rewrite, so the PNG
	// must not be converted: it would end as JPEG under a .png name.
	plan, _ := planFor(t, map[string][]byte{"id.png": pngCard(t)}, "documents:\n  - type: id_card\n    file: >-\n      id.png\n", identityJPEGOnly)
	s := stepOf(t, plan, "id.png")
	if s.Action != Keep || s.Data != nil || !strings.Contains(strings.Join(s.Notes, " "), "cannot be renamed") {
		t.Errorf("got %s → %s %v, want it kept with the reason", s.Action, s.Dst, s.Notes)
	}
	if m := stepOf(t, plan, "kyc.yaml"); m.Action != Copy {
		t.Errorf("manifest: %s %v, want copied unchanged", m.Action, m.Notes)
	}
}

func TestRenameNeverTakesAnExistingName(t *testing.T) {
	jpg, err := synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 400, Height: 300, Seed: 5}), 90, nil)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"id.jpg": pngCard(t), "id.png": jpg}
	plan, _ := planFor(t, files, "documents:\n  - file: id.jpg\n    type: id_card\n  - file: id.png\n    type: id_card\n", nil)
	for _, name := range []string{"id.jpg", "id.png"} {
		s := stepOf(t, plan, name)
		if s.Dst != name || !strings.Contains(strings.Join(s.Notes, " "), "already exists") {
			t.Errorf("%s: %s → %s %v, want it left under its name with the reason", name, s.Action, s.Dst, s.Notes)
		}
	}
}

func TestConvertedPNGIsRenamedInManifest(t *testing.T) {
	manifest := "# my pack\ndocuments:\n  - file: id.png   # front\n    type: id_card\n"
	plan, _ := planFor(t, map[string][]byte{"id.png": pngCard(t)}, manifest, identityJPEGOnly)
	s := stepOf(t, plan, "id.png")
	if s.Action != Rewrite || s.Dst != "id.jpg" || len(s.Data) < 3 || s.Data[0] != 0xFF || s.Data[1] != 0xD8 {
		t.Fatalf("got %s → %s %v, want a JPEG named id.jpg", s.Action, s.Dst, s.Notes)
	}
	m := stepOf(t, plan, "kyc.yaml")
	want := "# my pack\ndocuments:\n  - file: id.jpg   # front\n    type: id_card\n"
	if m.Action != Rewrite || string(m.Data) != want {
		t.Errorf("manifest rewritten as %q, want %q", m.Data, want)
	}
}

func TestSymlinkLeavingThePackIsNotFollowed(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.jpg")
	if err := os.WriteFile(outside, pngCard(t), 0o644); err != nil {
		t.Fatal(err)
	}
	_, dir := planFor(t, nil, "documents:\n  - file: id.jpg\n    type: id_card\n", nil)
	if err := os.Symlink(outside, filepath.Join(dir, "id.jpg")); err != nil {
		t.Fatal(err)
	}
	// Plan again now that the symlink exists.
	p := pack.Load(pack.Target{Dir: dir, Path: "p", Manifest: "kyc.yaml"})
	defer p.Close()
	plan, err := Build(p, lint.Defaults(checks.Registry()))
	if err != nil {
		t.Fatal(err)
	}
	defer plan.Close()
	if s := stepOf(t, plan, "id.jpg"); s.Action != Skip {
		t.Fatalf("symlink out of the pack: %s %v, want skipped", s.Action, s.Notes)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := plan.Apply(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(filepath.Join(out, "id.jpg")); err == nil {
		t.Error("the file behind the symlink was copied")
	}
	if _, err := os.Stat(filepath.Join(out, "kyc.yaml")); err != nil {
		t.Errorf("the manifest was not copied: %v", err)
	}
}
