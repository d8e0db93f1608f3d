package fix

import (
	"image"
	"image/color"
	"math/rand"
	"runtime"
	"testing"

	xdraw "golang.org/x/image/draw"
)

// TestResizeMatchesCatmullRom compares the streaming resampler with
// golang.org/x/image/draw's Catmull-Rom on a textured image: every sample
// within two levels of 255.
func TestResizeMatchesCatmullRom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	src := image.NewRGBA(image.Rect(0, 0, 301, 207))
	for y := 0; y < 207; y++ {
		for x := 0; x < 301; x++ {
			v := uint8((x*5 + y*3) % 256)
			if rng.Intn(7) == 0 {
				v = uint8(rng.Intn(256))
			}
			src.SetRGBA(x, y, color.RGBA{v, 255 - v, uint8(x), 255})
		}
	}
	for _, s := range []float64{0.8, 0.5, 0.33} {
		got := resize(src, s)
		want := image.NewRGBA(got.Rect)
		xdraw.CatmullRom.Scale(want, want.Rect, src, src.Rect, xdraw.Src, nil)
		worst := 0
		for i := range got.Pix {
			worst = max(worst, abs(int(got.Pix[i])-int(want.Pix[i])))
		}
		if worst > 2 {
			t.Errorf("scale %g: a sample differs by %d levels from x/image/draw's", s, worst)
		}
	}
}

// TestResizeKeepsFlatFlat: a flat colour stays that colour, borders too.
func TestResizeKeepsFlatFlat(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 97, 61))
	c := color.RGBA{200, 30, 90, 255}
	for i := 0; i < len(src.Pix); i += 4 {
		src.Pix[i], src.Pix[i+1], src.Pix[i+2], src.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	got := resize(src, 0.64)
	for y := got.Rect.Min.Y; y < got.Rect.Max.Y; y++ {
		for x := got.Rect.Min.X; x < got.Rect.Max.X; x++ {
			if g := got.RGBAAt(x, y); g != c {
				t.Fatalf("(%d,%d) = %v, want %v", x, y, g, c)
			}
		}
	}
}

// TestResizeMemory: shrinking a 4000×3000 image allocates little beyond the
// result (a general kernel scaler keeps a float copy of every source row at
// the output width: 1.2 GB here).
func TestResizeMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a 48 MB source")
	}
	src := image.NewRGBA(image.Rect(0, 0, 4000, 3000))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	dst := resize(src, 0.8)
	runtime.ReadMemStats(&after)
	result := int64(len(dst.Pix))
	if extra := int64(after.TotalAlloc-before.TotalAlloc) - result; extra > 4<<20 {
		t.Errorf("allocated %d MB beyond the %d MB result", extra>>20, result>>20)
	}
}

func abs(v int) int { return max(v, -v) }
