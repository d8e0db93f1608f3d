package imaging

import (
	"bytes"
	"image"
	"image/color"
	"math/rand"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// The helpers below alter a generated photo the way a bad capture would.

// addNoise adds Gaussian sensor noise of the given sigma (0–255 scale).
func addNoise(img *image.RGBA, sigma float64, seed int64) {
	rng := rand.New(rand.NewSource(seed))
	for i := 0; i < len(img.Pix); i += 4 {
		n := rng.NormFloat64() * sigma
		for c := range 3 {
			img.Pix[i+c] = clamp8(float64(img.Pix[i+c]) + n)
		}
	}
}

// expose scales every channel by gain and adds offset.
func expose(img *image.RGBA, gain, offset float64) {
	for i := 0; i < len(img.Pix); i += 4 {
		for c := range 3 {
			img.Pix[i+c] = clamp8(float64(img.Pix[i+c])*gain + offset)
		}
	}
}

// toGray replaces each pixel by its luma, as a black-and-white copy.
func toGray(img *image.RGBA, tint color.RGBA) {
	for i := 0; i < len(img.Pix); i += 4 {
		y := 0.299*float64(img.Pix[i]) + 0.587*float64(img.Pix[i+1]) + 0.114*float64(img.Pix[i+2])
		img.Pix[i] = clamp8(y * float64(tint.R) / 255)
		img.Pix[i+1] = clamp8(y * float64(tint.G) / 255)
		img.Pix[i+2] = clamp8(y * float64(tint.B) / 255)
	}
}

// addGlare paints a saturated ellipse covering share of the frame, with a
// soft rim, centred at (fx, fy) given as fractions of the frame.
func addGlare(img *image.RGBA, share, fx, fy float64) {
	b := img.Bounds()
	w, h := float64(b.Dx()), float64(b.Dy())
	r := sqrt(share * w * h / 3.14159 / 1.5)
	rx, ry := r*1.5, r
	cx, cy := fx*w, fy*h
	for y := range b.Dy() {
		for x := range b.Dx() {
			dx, dy := (float64(x)-cx)/rx, (float64(y)-cy)/ry
			d := dx*dx + dy*dy
			if d > 1.44 {
				continue
			}
			a := 1.0
			if d > 1 {
				a = (1.44 - d) / 0.44
			}
			o := img.PixOffset(x, y)
			for c := range 3 {
				img.Pix[o+c] = clamp8(float64(img.Pix[o+c])*(1-a) + 255*a)
			}
		}
	}
}

func sqrt(v float64) float64 {
	z := v
	for range 40 {
		z = (z + v/z) / 2
	}
	return z
}

func clamp8(v float64) uint8 {
	return uint8(min(255, max(0, v+0.5)))
}

// jpegOf encodes img as a quality-90 JPEG, as a phone would.
func jpegOf(tb testing.TB, img image.Image, exif *synth.EXIF) []byte {
	tb.Helper()
	b, err := synth.EncodeJPEG(img, 90, exif)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func analyzeBytes(tb testing.TB, b []byte) *Analysis {
	tb.Helper()
	a, err := Analyze(bytes.NewReader(b), int64(len(b)), Options{})
	if err != nil {
		tb.Fatalf("Analyze: %v", err)
	}
	return a
}
