package docquad

import (
	"math"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// drawQuad returns a w×h plane of background bg with the convex polygon
// corners filled with fg.
func drawQuad(w, h int, bg, fg float32, corners [4]Point) []float32 {
	pix := make([]float32, w*h)
	for y := range h {
		for x := range w {
			pix[y*w+x] = bg
			if inside(corners, float64(x), float64(y)) {
				pix[y*w+x] = fg
			}
		}
	}
	return pix
}

// inside reports whether (x, y) lies in the convex polygon c, either winding.
func inside(c [4]Point, x, y float64) bool {
	pos, neg := false, false
	for k := range 4 {
		a, b := c[k], c[(k+1)%4]
		cross := (b.X-a.X)*(y-a.Y) - (b.Y-a.Y)*(x-a.X)
		pos, neg = pos || cross > 0, neg || cross < 0
	}
	return !(pos && neg)
}

// rotated returns the corners of a w×h rectangle centred at (cx, cy) and
// turned by deg degrees, clockwise from the top-left.
func rotated(cx, cy, w, h, deg float64) [4]Point {
	s, c := math.Sincos(deg * math.Pi / 180)
	var out [4]Point
	for i, d := range [4][2]float64{{-1, -1}, {1, -1}, {1, 1}, {-1, 1}} {
		x, y := d[0]*w/2, d[1]*h/2
		out[i] = Point{cx + x*c - y*s, cy + x*s + y*c}
	}
	return out
}

func TestFindDrawnCard(t *testing.T) {
	for _, tilt := range []float64{0, 7, -12} {
		want := rotated(500, 375, 520, 328, tilt)
		r := Find(1000, 750, drawQuad(1000, 750, 60, 200, want))
		if !r.Found || r.Cut != [4]bool{} {
			t.Fatalf("tilt %v: found %v cut %v", tilt, r.Found, r.Cut)
		}
		for i := range 4 {
			if d := math.Hypot(r.Corners[i].X-want[i].X, r.Corners[i].Y-want[i].Y); d > 8 {
				t.Errorf("tilt %v: corner %d at %v, want %v", tilt, i, r.Corners[i], want[i])
			}
		}
		if math.Abs(r.TiltDeg-math.Abs(tilt)) > 1.5 || math.Abs(r.Aspect-1.586) > 0.05 {
			t.Errorf("tilt %v: got tilt %.1f aspect %.2f", tilt, r.TiltDeg, r.Aspect)
		}
		if math.Abs(r.Area-520*328/(1000*750.0)) > 0.02 {
			t.Errorf("tilt %v: area %.3f", tilt, r.Area)
		}
	}
}

func TestFindDrawnCardRunningOut(t *testing.T) {
	// The card's left third lies beyond the left border.
	r := Find(1000, 750, drawQuad(1000, 750, 60, 200, rotated(100, 375, 520, 328, 3)))
	if !r.Found || r.Cut != [4]bool{3: true} {
		t.Errorf("found %v cut %v, want cut at the left", r.Found, r.Cut)
	}
}

func TestFindNothingInFlatOrNoise(t *testing.T) {
	flat := make([]float32, 800*600)
	for i := range flat {
		flat[i] = 128
	}
	if r := Find(800, 600, flat); r.Found {
		t.Errorf("flat plane: %+v", r)
	}
	noise := make([]float32, 800*600)
	seed := uint32(1)
	for i := range noise {
		seed = seed*1664525 + 1013904223
		noise[i] = float32(seed >> 24)
	}
	if r := Find(800, 600, noise); r.Found {
		t.Errorf("noise: %+v", r)
	}
}

func TestFindSynthCards(t *testing.T) {
	for _, kind := range []synth.Kind{synth.KindID, synth.KindPassport, synth.KindBill} {
		for seed := range int64(3) {
			img := synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: seed, Kind: kind})
			p := workingPlane(img)
			r := Find(p.w, p.h, p.pix)
			t.Logf("%s seed %d: found %v cut %v area %.2f aspect %.2f score %.2f", kind, seed, r.Found, r.Cut, r.Area, r.Aspect, r.Score)
			if !r.Found {
				t.Errorf("%s seed %d: no outline found", kind, seed)
			}
			if kind != synth.KindID && r.Area < 0.4 {
				t.Errorf("%s seed %d: outline covers %.2f of the frame, the document about half", kind, seed, r.Area)
			}
			if r.Cut != [4]bool{} {
				t.Errorf("%s seed %d: a document drawn whole called cut %v", kind, seed, r.Cut)
			}
		}
	}
}
