package imaging

import (
	"bytes"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// TestKeepLuma checks that Options.KeepLuma keeps the working plane the
// metrics were measured on, the same from the fast JPEG path and the
// standard decoder, and nothing without it.
func TestKeepLuma(t *testing.T) {
	img := synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 7, Kind: synth.KindPassport})
	data, err := synth.EncodeJPEG(img, 90, nil)
	if err != nil {
		t.Fatal(err)
	}
	analyze := func(opt Options) *Analysis {
		a, err := Analyze(bytes.NewReader(data), int64(len(data)), opt)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := analyze(Options{}); a.Luma != nil {
		t.Fatal("Luma kept without KeepLuma")
	}
	fast := analyze(Options{KeepLuma: true})
	std := analyze(Options{KeepLuma: true, StandardDecoder: true})
	for _, a := range []*Analysis{fast, std} {
		if a.Luma == nil {
			t.Fatal("no Luma with KeepLuma")
		}
		if b := a.Luma.Bounds(); b.Dx() != a.Metrics.WorkWidth || b.Dy() != a.Metrics.WorkHeight || b.Dx() != DefaultWorkingSize {
			t.Fatalf("Luma %v, working size %dx%d", b, a.Metrics.WorkWidth, a.Metrics.WorkHeight)
		}
	}
	if fast.Luma.Bounds() != std.Luma.Bounds() {
		t.Fatalf("fast %v, standard %v", fast.Luma.Bounds(), std.Luma.Bounds())
	}
	var sum, worst int
	for i, v := range fast.Luma.Pix {
		d := int(v) - int(std.Luma.Pix[i])
		sum += d * d
		worst = max(worst, d, -d)
	}
	if rms := float64(sum) / float64(len(fast.Luma.Pix)); rms > 4 || worst > 40 {
		t.Errorf("fast and standard planes differ: mean square %.2f, worst %d", rms, worst)
	}
}
