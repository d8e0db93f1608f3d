package synth

import (
	"bytes"
	"image"
	"math"
	"testing"
)

func TestAddNoise(t *testing.T) {
	img := image640x480Flat()
	a := AddNoise(img, 6, 1)
	if !bytes.Equal(a.Pix, AddNoise(img, 6, 1).Pix) {
		t.Error("the same seed gave different noise")
	}
	if bytes.Equal(a.Pix, AddNoise(img, 6, 2).Pix) {
		t.Error("seeds 1 and 2 gave the same noise")
	}
	var sum, sq float64
	n := 0
	for i := 0; i < len(a.Pix); i++ {
		if i%4 == 3 {
			continue
		}
		d := float64(a.Pix[i]) - float64(img.Pix[i])
		sum += d
		sq += d * d
		n++
	}
	mean := sum / float64(n)
	std := math.Sqrt(sq/float64(n) - mean*mean)
	if math.Abs(mean) > 0.2 || math.Abs(std-6) > 0.5 {
		t.Errorf("noise mean %.2f, std %.2f; want 0 and 6", mean, std)
	}
}

// Noise adds high frequencies, so a blurred card with noise scores higher
// than without: the case blur detection must not be fooled by.
func TestNoiseRaisesSharpness(t *testing.T) {
	blurred := GaussianBlur(Card(CardOptions{Width: 800, Height: 600, Seed: 8}), 3)
	if a, b := sharpness(blurred), sharpness(AddNoise(blurred, 4, 1)); b <= a {
		t.Errorf("sharpness with noise %.1f, without %.1f", b, a)
	}
}

func image640x480Flat() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 640, 480))
	paintRect(img, img.Rect, rgb(128, 128, 128))
	return img
}
