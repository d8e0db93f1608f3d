package fix

import (
	"bytes"
	"image/jpeg"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func TestScales(t *testing.T) {
	got := scales(1000, 500)
	want := []float64{1, 0.8, 0.64, 0.5}
	if len(got) != len(want) {
		t.Fatalf("scales(1000, 500) = %v, want %v", got, want)
	}
	for i := range want {
		if d := got[i] - want[i]; d > 1e-9 || d < -1e-9 {
			t.Fatalf("scales(1000, 500) = %v, want %v", got, want)
		}
	}
	if got := scales(400, 500); len(got) != 1 {
		t.Errorf("an image already under the minimum must not shrink: %v", got)
	}
}

// TestFitJPEGLowersQualityThenSize needs a limit that no quality meets at
// full size, so the image must shrink, but never under the minimum side.
func TestFitJPEGLowersQualityThenSize(t *testing.T) {
	img := synth.AddNoise(synth.Card(synth.CardOptions{Width: 800, Height: 600, Seed: 2}), 6, 2)
	q70, err := encodeJPEG(img, QualityFloor)
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(len(q70)) * 3 / 4
	enc, ok, err := fitJPEG(img, limit, 400)
	if err != nil || !ok {
		t.Fatalf("fitJPEG: ok=%v err=%v", ok, err)
	}
	if int64(len(enc.data)) > limit {
		t.Errorf("%d bytes, over the %d limit", len(enc.data), limit)
	}
	if enc.quality < QualityFloor || min(enc.width, enc.height) < 400 || enc.width >= 800 {
		t.Errorf("quality %d at %d×%d: want a smaller image, short side >= 400, quality >= %d", enc.quality, enc.width, enc.height, QualityFloor)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(enc.data))
	if err != nil || cfg.Width != enc.width || cfg.Height != enc.height {
		t.Errorf("decoded %v (%v), want %d×%d", cfg, err, enc.width, enc.height)
	}
}

func TestFitJPEGPrefersQuality(t *testing.T) {
	img := synth.Card(synth.CardOptions{Width: 400, Height: 300, Seed: 2})
	enc, ok, err := fitJPEG(img, 0, 100)
	if err != nil || !ok || enc.quality != Qualities[0] || enc.width != 400 {
		t.Errorf("no limit: quality %d at %d×%d, ok=%v err=%v; want quality %d at full size", enc.quality, enc.width, enc.height, ok, err, Qualities[0])
	}
}

func TestFitJPEGGivesUp(t *testing.T) {
	img := synth.AddNoise(synth.Card(synth.CardOptions{Width: 400, Height: 300, Seed: 2}), 6, 2)
	if enc, ok, _ := fitJPEG(img, 2000, 300); ok {
		t.Errorf("fitted %d bytes at quality %d, %d×%d, into 2000 bytes without shrinking under 300", len(enc.data), enc.quality, enc.width, enc.height)
	}
}
