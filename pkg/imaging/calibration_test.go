package imaging

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/kyclint/kyclint/pkg/synth"
)

// A capture is one generated photo and what the default thresholds must say
// about it.
type capture struct {
	kind   synth.Kind
	w, h   int
	sigma  float64 // Gaussian blur, in full-resolution pixels
	alter  string  // "", "dark", "over", "flat", "gray", "glare", "speck"
	sharp  bool    // passes the kind's sharpness minimum
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
	case "speck":
		addGlare(img, 0.002, 0.45, 0.5)
	}
	addNoise(img, 2, seed)
	return img
}

func minSharpness(k synth.Kind) float64 {
	switch k {
	case synth.KindBill:
		return MinSharpnessPage
	case synth.KindSelfie:
		return MinSharpnessSelfie
	}
	return MinSharpnessCard
}

// verdicts applies the default thresholds as the image rules do.
func verdicts(m *Metrics, k synth.Kind) (sharp bool, exposure string, glare, gray bool) {
	sharp = m.Sharpness >= minSharpness(k)
	switch {
	case m.MeanLuma < MinMeanLuma:
		exposure = "dark"
	case m.P50 >= MaxMedianLuma && m.P5 >= OverexposedMinP5:
		exposure = "over"
	case m.P95-m.P5 < MinContrast:
		exposure = "flat"
	}
	return sharp, exposure, m.Glare.Share > MaxGlareShare, m.ChromaSpread < MaxGrayChromaSpread
}

func calibrationTable() []capture {
	var t []capture
	for _, k := range []synth.Kind{synth.KindID, synth.KindPassport, synth.KindBill, synth.KindSelfie} {
		t = append(t,
			capture{kind: k, w: 1600, h: 1200, sharp: true},
			capture{kind: k, w: 1600, h: 1200, sigma: 1},
			capture{kind: k, w: 1600, h: 1200, sigma: 2},
			capture{kind: k, w: 4032, h: 3024, sharp: true},
			capture{kind: k, w: 4032, h: 3024, sigma: 2},
			capture{kind: k, w: 4032, h: 3024, sigma: 3},
			capture{kind: k, w: 1600, h: 1200, alter: "dark", expose: "dark"},
			capture{kind: k, w: 1600, h: 1200, alter: "over", expose: "over"},
			capture{kind: k, w: 1600, h: 1200, alter: "flat", expose: "flat"},
			capture{kind: k, w: 1600, h: 1200, alter: "glare", sharp: true},
			capture{kind: k, w: 1600, h: 1200, alter: "speck", sharp: true},
		)
		if k != synth.KindBill {
			t = append(t, capture{kind: k, w: 1600, h: 1200, alter: "gray", sharp: true})
		}
	}
	return t
}

// TestCalibration checks the default thresholds against generated photos
// of every kind, printing the measured scores behind them.
func TestCalibration(t *testing.T) {
	for _, c := range calibrationTable() {
		if testing.Short() && c.w > 2000 {
			continue
		}
		t.Run(c.name(), func(t *testing.T) {
			t.Parallel()
			a := analyzeBytes(t, jpegOf(t, c.image(7), nil))
			m := a.Metrics
			t.Logf("sharpness %.1f  mean %.1f  P5 %.0f  P50 %.0f  P95 %.0f  glare %.4f  chroma spread %.1f",
				m.Sharpness, m.MeanLuma, m.P5, m.P50, m.P95, m.Glare.Share, m.ChromaSpread)
			sharp, exposure, glare, gray := verdicts(m, c.kind)
			if c.alter == "" || c.alter == "glare" || c.alter == "speck" || c.alter == "gray" {
				if sharp != c.sharp {
					t.Errorf("sharp = %v (%.1f against %v), want %v", sharp, m.Sharpness, minSharpness(c.kind), c.sharp)
				}
			}
			if exposure != c.expose {
				t.Errorf("exposure verdict %q, want %q", exposure, c.expose)
			}
			// A washed-out frame is one large clipped blob: glare as well.
			if want := c.alter == "glare" || c.alter == "over"; glare != want {
				t.Errorf("glare = %v (share %.4f), want %v", glare, m.Glare.Share, want)
			}
			if c.kind != synth.KindBill && c.alter != "over" && c.alter != "dark" && c.alter != "flat" && gray != (c.alter == "gray") {
				t.Errorf("grayscale = %v (spread %.1f), want %v", gray, m.ChromaSpread, c.alter == "gray")
			}
		})
	}
}
