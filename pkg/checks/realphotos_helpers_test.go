package checks_test

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// A photoLinter runs kyclint's real rules on one image at a time, as the
// only document of a pack.
type photoLinter struct {
	reg    *lint.Registry
	loader *ruleset.Loader
	mu     sync.Mutex
	sets   map[string]*ruleset.Set
}

func newPhotoLinter() *photoLinter {
	reg := checks.Registry()
	return &photoLinter{reg: reg, loader: &ruleset.Loader{Registry: reg, Builtins: rules.FS}, sets: map[string]*ruleset.Set{}}
}

func (l *photoLinter) set(tb testing.TB, id string) *ruleset.Set {
	l.mu.Lock()
	defer l.mu.Unlock()
	if s, ok := l.sets[id]; ok {
		return s
	}
	s, err := loadLayered(l.loader, id)
	if err != nil {
		tb.Fatal(err)
	}
	l.sets[id] = s
	return s
}

// docTypes is the document type a pack declares for each category.
var docTypes = map[realset.Category]string{
	realset.Identity: "passport", realset.Address: "utility_bill", realset.Selfie: "selfie", realset.Other: "other",
}

// lint writes data as the document of a fresh pack and returns the image.*
// findings under rule set id, by rule.
func (l *photoLinter) lint(tb testing.TB, id string, data []byte, cat realset.Category) map[string]lint.Finding {
	tb.Helper()
	dir := tb.TempDir()
	name := "photo" + extensionOf(data)
	manifest := fmt.Sprintf("version: 1\napplicant:\n  name: Jan Nowak\n  date_of_birth: 1990-01-15\ndocuments:\n  - file: %s\n    type: %s\n", name, docTypes[cat])
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		tb.Fatal(err)
	}
	date, _ := pack.ParseDate(linttest.DefaultDate)
	s := l.set(tb, id)
	res := lint.LintPack(pack.Target{Dir: dir, Path: filepath.Base(dir), Manifest: "kyc.yaml"},
		lint.Options{Registry: l.reg, Date: date, Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return s.Settings, nil }})
	out := map[string]lint.Finding{}
	for _, f := range res.Findings {
		if f.Severity >= lint.Warning && len(f.Rule) > 6 && f.Rule[:6] == "image." {
			out[f.Rule] = f
		}
	}
	return out
}

func extensionOf(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG")):
		return ".png"
	case bytes.HasPrefix(b, []byte("\xff\xd8")):
		return ".jpg"
	}
	return ".tif"
}

// originalBytes returns o as kyclint would be given it: its own file, or,
// for a TIFF the Go decoders refuse (the MIDV frame), a lossless PNG of it.
func originalBytes(tb testing.TB, root string, o realset.Original) ([]byte, image.Image) {
	tb.Helper()
	img, err := realset.Open(root, o)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := realset.ReadFile(root, o)
	if err != nil {
		tb.Fatal(err)
	}
	if extensionOf(b) == ".tif" {
		if b, err = synth.EncodePNG(img); err != nil {
			tb.Fatal(err)
		}
	}
	return b, img
}
