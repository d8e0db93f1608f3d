package locate

import (
	"errors"
	"image"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// TestNoZoneInCameraPhotos: the camera photos of the corpus (and the other
// realset originals without an MRZ: the desk photo of an ID card's front,
// receipts, a faxed letter) hold no zone, so none may be found.
func TestNoZoneInCameraPhotos(t *testing.T) {
	root := corpus.Dir(t, "")
	var total, clean int
	for _, o := range realset.Originals() {
		if o.MRZ != nil || eyeCounts[filepath.Base(o.Path)] != 0 {
			continue
		}
		img, err := realset.Open(root, o)
		if err != nil {
			t.Fatal(err)
		}
		total++
		g := workingPlane(img, 1000)
		z, err := Find(g)
		name := strings.TrimSuffix(filepath.Base(o.Path), filepath.Ext(o.Path))
		if !errors.Is(err, ErrNotFound) {
			writeDebug(t, "neg-"+name, g, z)
			t.Errorf("%s: found a zone of %d lines (%v)", o.Path, len(z.Lines), err)
			continue
		}
		clean++
	}
	t.Logf("images without an MRZ: %d, %d with none found", total, clean)
}

// TestNoZoneInGeneratedImages: a blank page, a selfie, a utility bill and
// noise hold no zone.
func TestNoZoneInGeneratedImages(t *testing.T) {
	cases := map[string]*image.Gray{
		"blank": image.NewGray(image.Rect(0, 0, 1000, 750)),
		"white": func() *image.Gray {
			g := image.NewGray(image.Rect(0, 0, 750, 1000))
			for i := range g.Pix {
				g.Pix[i] = 250
			}
			return g
		}(),
		"noise": func() *image.Gray {
			g := image.NewGray(image.Rect(0, 0, 1000, 750))
			s := uint32(1)
			for i := range g.Pix {
				s = s*1664525 + 1013904223
				g.Pix[i] = uint8(s >> 24)
			}
			return g
		}(),
	}
	for seed := int64(1); seed <= 3; seed++ {
		for _, k := range []synth.Kind{synth.KindSelfie, synth.KindBill} {
			img := synth.Card(synth.CardOptions{Width: 1000, Height: 750, Seed: seed, Kind: k})
			cases[string(k)+string(rune('0'+seed))] = toGray(img)
		}
	}
	for name, g := range cases {
		z, err := Find(g)
		if !errors.Is(err, ErrNotFound) {
			writeDebug(t, "neg-"+name, g, z)
			t.Errorf("%s: found a zone (%v)", name, err)
		}
	}
}
