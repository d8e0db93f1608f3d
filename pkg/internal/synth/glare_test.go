package synth

import (
	"image"
	"testing"
)

func TestAddGlare(t *testing.T) {
	img := Card(CardOptions{Width: 400, Height: 300, Seed: 6})
	out := AddGlare(img, 200, 150, 60)
	if c := out.RGBAAt(200, 150); c.R != 255 || c.G != 255 || c.B != 255 {
		t.Errorf("centre %v, want clipped white", c)
	}
	if c := out.RGBAAt(200+29, 150); c.R != 255 {
		t.Errorf("inside the core %v, want clipped", c)
	}
	mid, orig := out.RGBAAt(200+45, 150), img.RGBAAt(200+45, 150)
	if mid.R <= orig.R && orig.R < 255 || mid.R == 255 {
		t.Errorf("falloff pixel %v from %v, want brighter but not clipped", mid, orig)
	}
	outside := image.Rect(0, 0, 400, 300)
	for y := outside.Min.Y; y < outside.Max.Y; y++ {
		for x := outside.Min.X; x < outside.Max.X; x++ {
			dx, dy := x-200, y-150
			if dx*dx+dy*dy >= 60*60 && out.RGBAAt(x, y) != img.RGBAAt(x, y) {
				t.Fatalf("pixel (%d, %d) outside the radius changed", x, y)
			}
		}
	}
}

func TestAddGlareAtEdge(t *testing.T) {
	img := Card(CardOptions{Width: 100, Height: 80, Seed: 6})
	out := AddGlare(img, 0, 0, 40)
	if c := out.RGBAAt(0, 0); c.R != 255 {
		t.Errorf("corner %v, want clipped", c)
	}
	AddGlare(img, -500, 900, 30) // entirely outside: must not panic
}
