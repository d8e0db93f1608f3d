package checks_test

import (
	"image"
	"image/draw"
	"math"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// A variant alters a real photo the way a bad capture would, and names the
// rule that must then report it.
type variant struct {
	name, rule string
	alter      func(*image.RGBA)
	colourOnly bool // only for originals in colour
	applies    func(*image.RGBA) bool
}

var variants = []variant{
	{name: "dark", rule: "image.exposure", alter: func(m *image.RGBA) { gainOffset(m, 0.3, 0) }},
	{name: "overexposed", rule: "image.exposure", alter: func(m *image.RGBA) { gainOffset(m, 1.5, 100) }},
	{name: "washed-out", rule: "image.exposure", alter: func(m *image.RGBA) { gainOffset(m, 0.25, 150) }},
	{name: "grey-copy", rule: "image.grayscale", alter: warmGrey, colourOnly: true},
	{name: "glare", rule: "image.glare", alter: highlight, applies: notWhiteUnderHighlight},
}

// TestVariantsOfRealDocuments: each readable real identity document passes
// image.exposure as it is, and each variant of it is reported by its rule.
// Under the race detector it takes every fourth such document.
func TestVariantsOfRealDocuments(t *testing.T) {
	root := corpus.Dir(t, "")
	l := newPhotoLinter()
	n := 0
	for _, o := range realset.Originals() {
		if o.Category != realset.Identity || !o.Readable || o.Subject != realset.Document {
			continue
		}
		if n++; !racetest.Sample(n-1, 4) {
			continue
		}
		t.Run(path.Base(o.Path), func(t *testing.T) {
			t.Parallel()
			data, img := originalBytes(t, root, o)
			if f, ok := l.lint(t, "base", data, o.Category)["image.exposure"]; ok {
				t.Errorf("original: %s", f.Message.Pick(true))
			}
			for _, v := range variants {
				m := realset.ToRGBA(img)
				if (v.colourOnly && blackAndWhite[o.Path]) || (v.applies != nil && !v.applies(m)) {
					continue
				}
				if v.rule == "image.glare" && strings.Contains(o.Note, "both sides") {
					continue // two cards in one scan: the outline found is one of them
				}
				v.alter(m)
				b, err := synth.EncodeJPEG(m, 90, nil)
				if err != nil {
					t.Fatal(err)
				}
				if d := os.Getenv("KYCLINT_VARIANTS_OUT"); d != "" {
					_ = os.WriteFile(filepath.Join(d, path.Base(o.Path)+"-"+v.name+".jpg"), b, 0o644)
				}
				if _, ok := l.lint(t, "base", b, o.Category)[v.rule]; !ok {
					t.Errorf("%s: no %s finding", v.name, v.rule)
				}
			}
		})
	}
}

func gainOffset(m *image.RGBA, gain, offset float64) {
	for i := 0; i < len(m.Pix); i += 4 {
		for c := range 3 {
			m.Pix[i+c] = uint8(math.Round(min(255, max(0, float64(m.Pix[i+c])*gain+offset))))
		}
	}
}

// warmGrey turns m into a black-and-white copy seen under a warm lamp.
func warmGrey(m *image.RGBA) {
	for i := 0; i < len(m.Pix); i += 4 {
		y := 0.299*float64(m.Pix[i]) + 0.587*float64(m.Pix[i+1]) + 0.114*float64(m.Pix[i+2])
		m.Pix[i], m.Pix[i+1], m.Pix[i+2] = uint8(y), uint8(y*240/255), uint8(y*215/255)
	}
}

// The reflection highlight paints: centred at (0.35, 0.45) of the frame, a
// burnt-out ellipse covering 2 % of it, fading out over a halo as wide as
// its radius.
const highlightX, highlightY, highlightShare = 0.35, 0.45, 0.02

// highlightAlpha returns how much the reflection whitens pixel (x, y).
func highlightAlpha(m *image.RGBA, x, y int) float64 {
	w, h := float64(m.Rect.Dx()), float64(m.Rect.Dy())
	r := math.Sqrt(highlightShare * w * h / math.Pi / 1.5)
	dx, dy := (float64(x)-highlightX*w)/(1.5*r), (float64(y)-highlightY*h)/r
	return min(1, max(0, 2-math.Sqrt(dx*dx+dy*dy))) // 1 inside, 0 at twice the radius
}

func highlight(m *image.RGBA) {
	for y := range m.Rect.Dy() {
		for x := range m.Rect.Dx() {
			a := highlightAlpha(m, x, y)
			i := m.PixOffset(x, y)
			for c := range 3 {
				m.Pix[i+c] = uint8(float64(m.Pix[i+c])*(1-a) + 255*a)
			}
		}
	}
}

// notWhiteUnderHighlight says whether the reflection would stand out: on
// white paper it leaves nothing to see, and a scan whose white paper or
// background is burnt out (over 5 % of it) merges the reflection into
// that white, which image.glare leaves to image.exposure.
func notWhiteUnderHighlight(m *image.RGBA) bool {
	var under, n, clipped float64
	for y := range m.Rect.Dy() {
		for x := range m.Rect.Dx() {
			i := m.PixOffset(x, y)
			l := 0.299*float64(m.Pix[i]) + 0.587*float64(m.Pix[i+1]) + 0.114*float64(m.Pix[i+2])
			if l >= 250 {
				clipped++
			}
			if highlightAlpha(m, x, y) >= 1 {
				under += l
				n++
			}
		}
	}
	return n > 0 && under/n < 225 && clipped < 0.05*float64(len(m.Pix)/4)
}

// TestCroppedOnRealPhoto crops the real phone photo of an ID card: a crop
// through the card is reported with the side it runs out at; a crop that
// keeps the card with a margin is not.
func TestCroppedOnRealPhoto(t *testing.T) {
	root := corpus.Dir(t, "")
	var o realset.Original
	for _, c := range realset.Originals() {
		if strings.HasPrefix(c.Path, "midv/") {
			o = c
		}
	}
	_, img := originalBytes(t, root, o)
	l := newPhotoLinter()
	for _, c := range []struct {
		name string
		r    image.Rectangle
		side string // "" for not cut off
	}{
		{"whole frame", image.Rect(0, 0, 1080, 1920), ""},
		{"card with a margin", image.Rect(20, 560, 1060, 1300), ""},
		{"left third cut", image.Rect(350, 300, 1080, 1600), "left"},
		{"right cut", image.Rect(0, 300, 700, 1600), "right"},
		{"bottom cut", image.Rect(0, 200, 1080, 1000), "bottom"},
		{"top cut", image.Rect(0, 850, 1080, 1700), "top"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := image.NewRGBA(image.Rect(0, 0, c.r.Dx(), c.r.Dy()))
			draw.Draw(m, m.Rect, img, c.r.Min, draw.Src)
			b, err := synth.EncodeJPEG(m, 90, nil)
			if err != nil {
				t.Fatal(err)
			}
			f, ok := l.lint(t, "base", b, realset.Identity)["image.cropped"]
			switch {
			case c.side == "" && ok:
				t.Errorf("reported: %s", f.Message.Pick(true))
			case c.side != "" && !ok:
				t.Errorf("no image.cropped finding, want the %s side", c.side)
			case ok && !strings.Contains(f.Message.Pick(true), c.side):
				t.Errorf("%s, want the %s side", f.Message.Pick(true), c.side)
			}
		})
	}
}
