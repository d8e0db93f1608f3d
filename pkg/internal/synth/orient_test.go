package synth

import (
	"bytes"
	"image"
	"testing"
)

func TestRotate90(t *testing.T) {
	img := Card(CardOptions{Width: 60, Height: 40, Seed: 12})
	cw := Rotate90(img, 1)
	if cw.Rect != image.Rect(0, 0, 40, 60) {
		t.Fatalf("bounds %v, want 40x60", cw.Rect)
	}
	// Turning clockwise puts the top-left pixel at the top-right.
	if cw.RGBAAt(39, 0) != img.RGBAAt(0, 0) || cw.RGBAAt(0, 0) != img.RGBAAt(0, 39) {
		t.Error("quarter turn maps corners wrongly")
	}
	if !bytes.Equal(Rotate90(cw, -1).Pix, img.Pix) {
		t.Error("a turn back does not restore the image")
	}
	full := img
	for range 4 {
		full = Rotate90(full, 1)
	}
	if !bytes.Equal(full.Pix, img.Pix) || !bytes.Equal(Rotate90(img, 2).Pix, Rotate90(Rotate90(img, 1), 1).Pix) {
		t.Error("quarter turns do not compose")
	}
}

// display applies EXIF orientation o to stored pixels the way a viewer
// does, from the table in the EXIF specification, to check ForOrientation
// against an independent statement of it.
func display(stored *image.RGBA, o int) *image.RGBA {
	w, h := stored.Rect.Dx(), stored.Rect.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			pos := map[int][2]int{
				1: {x, y}, 2: {w - 1 - x, y}, 3: {w - 1 - x, h - 1 - y}, 4: {x, h - 1 - y},
				5: {y, x}, 6: {h - 1 - y, x}, 7: {h - 1 - y, w - 1 - x}, 8: {y, w - 1 - x},
			}[o]
			out.SetRGBA(pos[0], pos[1], stored.RGBAAt(x, y))
		}
	}
	return out
}

func TestForOrientation(t *testing.T) {
	img := Card(CardOptions{Width: 30, Height: 20, Seed: 12})
	for o := 1; o <= 8; o++ {
		stored := ForOrientation(img, o)
		if o >= 2 && bytes.Equal(stored.Pix, img.Pix) {
			t.Errorf("orientation %d stored the pixels unchanged", o)
		}
		if got := display(stored, o); !bytes.Equal(got.Pix, img.Pix) {
			t.Errorf("orientation %d does not display upright", o)
		}
	}
}
