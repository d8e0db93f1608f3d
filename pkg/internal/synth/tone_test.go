package synth

import (
	"bytes"
	"testing"
)

func TestExposureHelpers(t *testing.T) {
	img := Card(CardOptions{Width: 400, Height: 300, Seed: 4})
	before := bytes.Clone(img.Pix)
	if m := meanLuma(Darken(img)); m > 50 {
		t.Errorf("Darken: mean luma %.0f, want <= 50", m)
	}
	over := Overexpose(img)
	clipped := 0
	for i := 0; i < len(over.Pix); i += 4 {
		if over.Pix[i] == 255 && over.Pix[i+1] == 255 && over.Pix[i+2] == 255 {
			clipped++
		}
	}
	if frac := float64(clipped) / float64(len(over.Pix)/4); frac < 0.7 {
		t.Errorf("Overexpose: %.0f%% of pixels clipped, want >= 70%%", 100*frac)
	}
	if same := Adjust(img, 1, 0); !bytes.Equal(same.Pix, before) {
		t.Error("Adjust(1, 0) changed the image")
	}
	if !bytes.Equal(img.Pix, before) {
		t.Error("the exposure helpers modified their input")
	}
}

func TestAdjustClips(t *testing.T) {
	img := Card(CardOptions{Width: 40, Height: 30, Seed: 4})
	out := Adjust(img, -1, 300)
	for i, v := range out.Pix {
		want := uint8(255)
		if i%4 != 3 {
			want = clamp8(300 - int(img.Pix[i]))
		}
		if v != want {
			t.Fatalf("byte %d = %d, want %d", i, v, want)
		}
	}
}

func TestGrayscale(t *testing.T) {
	img := Card(CardOptions{Width: 200, Height: 150, Seed: 4, Kind: KindSelfie})
	g := Grayscale(img)
	colour := false
	for i := 0; i < len(g.Pix); i += 4 {
		if g.Pix[i] != g.Pix[i+1] || g.Pix[i] != g.Pix[i+2] {
			t.Fatalf("pixel %d is not grey: % x", i/4, g.Pix[i:i+3])
		}
		colour = colour || img.Pix[i] != img.Pix[i+2]
	}
	if !colour {
		t.Fatal("the source card has no colour to remove")
	}
	if d := meanLuma(g) - meanLuma(img); d > 1 || d < -1 {
		t.Errorf("luma moved by %.2f", d)
	}
}
