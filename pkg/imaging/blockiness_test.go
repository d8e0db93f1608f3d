package imaging

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// The thresholds come from real documents (pkg/checks,
// realdegraded_test.go); a generated pattern only tests that blockiness
// sees the tiles of a heavily quantised JPEG, not those of a good one, and
// that it is not measured on a plane reduced from a larger file. The
// pattern varies over a few blocks, as the guilloche of a real document
// does, so that quantisation leaves steps between tiles.
func TestBlockinessSeesHeavyQuantisation(t *testing.T) {
	img := waves(800, 505)
	for _, c := range []struct {
		quality int
		tiled   bool
	}{{90, false}, {2, true}} {
		b, err := synth.EncodeJPEG(img, c.quality, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := analyzeBytes(t, b).Metrics.Blur.Blockiness
		t.Logf("quality %d: blockiness %.2f", c.quality, got)
		if math.IsNaN(got) || (got > MaxBlockiness) != c.tiled {
			t.Errorf("quality %d: blockiness %.2f, want tiled %v (limit %g)", c.quality, got, c.tiled, MaxBlockiness)
		}
	}
	big := waves(1600, 1010)
	b, err := synth.EncodeJPEG(big, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := analyzeBytes(t, b).Metrics.Blur.Blockiness; !math.IsNaN(got) {
		t.Errorf("1600 px file: blockiness %.2f measured on a reduced plane, want NaN", got)
	}
}

// A flat plane has no steps: blockiness must stay finite and low.
func TestBlockinessOfAFlatPlane(t *testing.T) {
	p := plane{w: 64, h: 64, pix: make([]float32, 64*64)}
	for i := range p.pix {
		p.pix[i] = 200
	}
	if got := blockiness(p, 64, 64, nil); math.IsNaN(got) || got > 1 {
		t.Errorf("flat plane: blockiness %v", got)
	}
}

// waves is a grey pattern of crossed waves 23 and 29 pixels long.
func waves(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			v := 128 + 90*math.Sin(2*math.Pi*float64(x)/23)*math.Sin(2*math.Pi*float64(y)/29)
			img.SetGray(x, y, color.Gray{uint8(v)})
		}
	}
	return img
}

// Tile blur follows blockiness and the document's size: the same tiles
// count for more on a smaller document, a good JPEG's for little, and a
// file whose blockiness was not measured has none.
func TestTileBlurScalesWithTheDocument(t *testing.T) {
	img := waves(300, 190)
	b, err := synth.EncodeJPEG(img, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := analyzeBytes(t, b).Metrics
	scale := 1000 * m.Blur.Sigma / m.Blur.PerMille // the long side PerMille is per 1000 of
	want := 1000 * (m.Blur.Blockiness - 1) * tileSigma / scale
	t.Logf("300 px at quality 2: blockiness %.2f, tile blur %.2f‰ of %.0f px", m.Blur.Blockiness, m.Blur.TilePerMille, scale)
	if math.Abs(m.Blur.TilePerMille-want) > 1e-9 || m.Blur.TilePerMille <= MaxBlurPerMille {
		t.Errorf("tile blur %.2f, want %.2f over the limit %g", m.Blur.TilePerMille, want, MaxBlurPerMille)
	}
	if got := tileBlur(m.Blur.Blockiness, 2*scale); math.Abs(got-m.Blur.TilePerMille/2) > 1e-9 {
		t.Errorf("twice the document: tile blur %.2f, want %.2f", got, m.Blur.TilePerMille/2)
	}
	if got := tileBlur(0.9, 300); got != 0 {
		t.Errorf("blockiness under 1: tile blur %v, want 0", got)
	}
	if got := tileBlur(math.NaN(), 300); !math.IsNaN(got) {
		t.Errorf("unmeasured blockiness: tile blur %v, want NaN", got)
	}
}
