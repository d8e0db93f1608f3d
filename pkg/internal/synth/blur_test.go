package synth

import (
	"bytes"
	"image"
	"testing"
)

func TestGaussKernelSumsToOne(t *testing.T) {
	for _, sigma := range []float64{0.3, 1, 2.5, 4, 10} {
		k := gaussKernel(sigma)
		sum := k[0]
		for _, v := range k[1:] {
			sum += 2 * v
			if v > k[0] {
				t.Errorf("sigma %v: tap %d exceeds the centre", sigma, v)
			}
		}
		if sum != 1<<16 {
			t.Errorf("sigma %v: kernel sums to %d, want %d", sigma, sum, 1<<16)
		}
	}
}

func TestGaussianBlurKeepsFlatImagesAndInput(t *testing.T) {
	flat := image.NewRGBA(image.Rect(0, 0, 50, 40))
	paintRect(flat, flat.Rect, rgb(10, 128, 250))
	if out := GaussianBlur(flat, 3); !bytes.Equal(out.Pix, flat.Pix) {
		t.Error("blurring a flat image changed it")
	}
	img := Card(CardOptions{Width: 200, Height: 150, Seed: 2})
	before := bytes.Clone(img.Pix)
	out := GaussianBlur(img, 2)
	if !bytes.Equal(img.Pix, before) {
		t.Error("GaussianBlur modified its input")
	}
	if bytes.Equal(out.Pix, before) {
		t.Error("sigma 2 left the card unchanged")
	}
	if same := GaussianBlur(img, 0); !bytes.Equal(same.Pix, before) || &same.Pix[0] == &img.Pix[0] {
		t.Error("sigma 0 must return an equal copy")
	}
}

// A single bright pixel must spread into a symmetric, centred blob.
func TestGaussianBlurIsSymmetric(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 21, 21))
	paintRect(img, img.Rect, rgb(0, 0, 0))
	paintRect(img, image.Rect(10, 10, 11, 11), rgb(255, 255, 255))
	out := GaussianBlur(img, 1.5)
	at := func(x, y int) uint8 { return out.RGBAAt(x, y).R }
	for d := 1; d <= 4; d++ {
		if at(10-d, 10) != at(10+d, 10) || at(10, 10-d) != at(10, 10+d) || at(10+d, 10) != at(10, 10+d) {
			t.Errorf("offset %d: not symmetric: %d %d %d %d", d, at(10-d, 10), at(10+d, 10), at(10, 10-d), at(10, 10+d))
		}
		if at(10+d, 10) >= at(10+d-1, 10) {
			t.Errorf("offset %d: value %d does not fall off from %d", d, at(10+d, 10), at(10+d-1, 10))
		}
	}
}

func TestGaussianBlurKeepsBounds(t *testing.T) {
	img := Card(CardOptions{Width: 120, Height: 90, Seed: 3})
	part := img.SubImage(image.Rect(20, 10, 100, 70)).(*image.RGBA)
	out := GaussianBlur(part, 1)
	if out.Rect != part.Rect {
		t.Fatalf("bounds %v, want %v", out.Rect, part.Rect)
	}
	if sharpness(out) >= sharpness(part) {
		t.Error("blurring a sub-image did not lower its sharpness")
	}
}

func BenchmarkGaussianBlur12MPSigma4(b *testing.B) {
	img := Card(CardOptions{Width: 4032, Height: 3024, Seed: 1})
	for b.Loop() {
		GaussianBlur(img, 4)
	}
}
