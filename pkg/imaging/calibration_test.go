package imaging

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// The thresholds are chosen on real photos (pkg/checks, realphotos_test.go).
// Generated photos test the mechanics: each capture below is far on one side
// of every threshold, so the measures must move the way a reviewer's eye
// does when a photo is blurred, darkened, washed out, glared or greyed.

// A capture is one generated photo and what the default thresholds must say
// about it.
type capture struct {
	kind   synth.Kind
	w, h   int
	sigma  float64 // Gaussian blur, in full-resolution pixels
	alter  string  // "", "dark", "over", "flat", "gray", "glare"
	blur   bool    // over the kind's blur limit
	expose string  // "", "dark", "over", "flat"
}

func (c capture) name() string {
	return fmt.Sprintf("%s/%dx%d/sigma%.0f/%s", c.kind, c.w, c.h, c.sigma, c.alter)
}

func (c capture) image(seed int64) *image.RGBA {
	img := synth.Card(synth.CardOptions{Width: c.w, Height: c.h, Seed: seed, Kind: c.kind})
	if c.sigma > 0 {
		img = synth.GaussianBlur(img, c.sigma)
	}
	switch c.alter {
	case "dark":
		expose(img, 0.3, 0)
	case "over":
		expose(img, 1.2, 70)
	case "flat":
		expose(img, 0.25, 150)
	case "gray":
		toGray(img, color.RGBA{255, 240, 215, 255})
	case "glare":
		addGlare(img, 0.02, 0.45, 0.5)
	}
	addNoise(img, 2, seed)
	return img
}

func maxBlur(k synth.Kind) float64 {
	if k == synth.KindSelfie {
		return MaxBlurPerMilleSelfie
	}
	return MaxBlurPerMille
}

// verdicts applies the default thresholds as the image rules do.
func verdicts(m *Metrics, k synth.Kind) (blurred bool, exposure string, glare, gray bool) {
	blurred = m.Blur.PerMille > maxBlur(k)
	switch {
	case m.P95 < MinBrightLuma:
		exposure = "dark"
	case m.P50 >= MaxMedianLuma && m.P1 >= OverexposedMinP1:
		exposure = "over"
	case m.P95-m.P5 < MinContrast || m.P1 > MaxDarkestLuma:
		exposure = "flat"
	}
	share := m.Glare.Share
	if k == synth.KindSelfie {
		share = m.Glare.AnyShare
	}
	return blurred, exposure, share > MaxGlareShare, m.ColourShare < MinColourShare
}

func calibrationTable() []capture {
	var t []capture
	for _, k := range []synth.Kind{synth.KindID, synth.KindPassport, synth.KindBill, synth.KindSelfie} {
		t = append(t,
			capture{kind: k, w: 1600, h: 1200},
			capture{kind: k, w: 1600, h: 1200, sigma: 12, blur: true},
			capture{kind: k, w: 4032, h: 3024},
			capture{kind: k, w: 1600, h: 1200, alter: "dark", expose: "dark"},
			capture{kind: k, w: 1600, h: 1200, alter: "over", expose: "over"},
			capture{kind: k, w: 1600, h: 1200, alter: "flat", expose: "flat"},
			capture{kind: k, w: 1600, h: 1200, alter: "glare"},
		)
		if k != synth.KindBill {
			t = append(t, capture{kind: k, w: 1600, h: 1200, alter: "gray"})
		}
	}
	return t
}

// TestCalibration checks the measures' direction on generated photos of
// every kind, printing the measured scores. Under the race detector it
// runs every third capture (TestFastPathVerdictsOnCalibration runs others).
func TestCalibration(t *testing.T) {
	for i, c := range calibrationTable() {
		if testing.Short() && c.w > 2000 || !racetest.Sample(i, 3) {
			continue
		}
		t.Run(c.name(), func(t *testing.T) {
			t.Parallel()
			a := analyzeBytes(t, jpegOf(t, c.image(7), nil))
			m := a.Metrics
			t.Logf("blur %.2f‰ (σ %.2f, %d edges)  mean %.1f  P1 %.0f  P5 %.0f  P50 %.0f  P95 %.0f  glare %.4f  colour %.3f",
				m.Blur.PerMille, m.Blur.Sigma, m.Blur.Edges, m.MeanLuma, m.P1, m.P5, m.P50, m.P95, m.Glare.Share, m.ColourShare)
			blurred, exposure, glare, gray := verdicts(m, c.kind)
			if c.alter == "" && blurred != c.blur {
				t.Errorf("blurred = %v (%.2f‰ against %v), want %v", blurred, m.Blur.PerMille, maxBlur(c.kind), c.blur)
			}
			if exposure != c.expose && !c.blur { // heavy blur also flattens contrast
				t.Errorf("exposure verdict %q, want %q", exposure, c.expose)
			}
			if want := c.alter == "glare" && c.kind != synth.KindBill; glare != want && c.alter != "over" {
				t.Errorf("glare = %v (share %.4f), want %v", glare, m.Glare.Share, want)
			}
			if c.kind != synth.KindBill && c.expose == "" && gray != (c.alter == "gray") {
				t.Errorf("grayscale = %v (colour share %.3f), want %v", gray, m.ColourShare, c.alter == "gray")
			}
		})
	}
}
