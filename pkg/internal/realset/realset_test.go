package realset

import (
	"bytes"
	"image"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func TestDegradationTableIsOrderedAndUnique(t *testing.T) {
	seen := map[string]bool{}
	prev := Degradation{}
	for _, d := range Degradations() {
		if seen[d.Name()] {
			t.Errorf("%s listed twice", d.Name())
		}
		seen[d.Name()] = true
		milder := d.Strength > prev.Strength
		if d.Kind == JPEG {
			milder = d.Strength < prev.Strength
		}
		if d.Kind == prev.Kind && !milder {
			t.Errorf("%s does not follow %s as a stronger step", d.Name(), prev.Name())
		}
		prev = d
	}
}

func TestOriginalsAreUniqueAndClassified(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range Originals() {
		if seen[o.Path] {
			t.Errorf("%s listed twice", o.Path)
		}
		seen[o.Path] = true
		switch {
		case o.Category != Identity && o.Category != Address && o.Category != Selfie && o.Category != Other:
			t.Errorf("%s: unknown category %q", o.Path, o.Category)
		case o.Subject != Document && o.Subject != SharpPhoto && o.Subject != BlurredPhoto && o.Subject != NotPhoto:
			t.Errorf("%s: unknown subject %q", o.Path, o.Subject)
		case o.Subject != Document && (o.Readable || o.MRZ != nil):
			t.Errorf("%s: only documents are readable or carry an MRZ", o.Path)
		}
	}
}

// Build must give the same bytes twice, and stronger blurs smaller files
// (less detail to encode).
func TestBuildIsDeterministic(t *testing.T) {
	img := synth.Card(synth.CardOptions{Width: 300, Height: 190, Seed: 4})
	for _, d := range Degradations() {
		a, err := Build(img, d)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Build(img, d)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", d.Name())
		}
		if _, _, err := image.Decode(bytes.NewReader(a)); err != nil {
			t.Errorf("%s: output does not decode: %v", d.Name(), err)
		}
	}
}

func TestBundledPhotosOpen(t *testing.T) {
	for _, o := range bundledDocuments() {
		img, err := Open("", o)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() < 500 || b.Dy() < 500 {
			t.Errorf("%s: %v is too small for a 300 dpi scan", o.Path, b)
		}
	}
}

func TestCorpusOriginalsOpen(t *testing.T) {
	root := corpus.Dir(t, ".")
	for _, o := range Originals() {
		if _, err := Open(root, o); err != nil {
			t.Error(err)
		}
	}
}
