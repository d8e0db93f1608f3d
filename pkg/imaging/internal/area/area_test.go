package area

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bruteArea averages a w×h plane to dw×dh by integrating every pixel's
// overlap with every output sample, in float64.
func bruteArea(pix []float64, w, h, dw, dh int) []float64 {
	out := make([]float64, dw*dh)
	overlap := func(i, n, dn, o int) float64 {
		k := float64(dn) / float64(n)
		lo, hi := float64(i)*k, float64(i+1)*k
		return max(0, min(hi, float64(o+1))-max(lo, float64(o)))
	}
	for y := range h {
		for x := range w {
			for j := range dh {
				for i := range dw {
					out[j*dw+i] += pix[y*w+x] * overlap(y, h, dh, j) * overlap(x, w, dw, i)
				}
			}
		}
	}
	return out
}

func randomPlane(w, h int, seed uint64) []float64 {
	r := rand.New(rand.NewPCG(seed, 1))
	p := make([]float64, w*h)
	for i := range p {
		p[i] = float64(r.IntN(256))
	}
	return p
}

func push(add func(int, [][]float32), pix []float64, w, h int) {
	row := make([]float32, w)
	for y := range h {
		for x := range w {
			row[x] = float32(pix[y*w+x])
		}
		add(y, [][]float32{row})
	}
}

func TestResamplerIsAreaAverage(t *testing.T) {
	for _, c := range [][4]int{{37, 29, 10, 8}, {64, 48, 64, 48}, {100, 7, 33, 3}, {9, 40, 4, 39}, {50, 40, 31, 25}, {400, 30, 250, 19}} {
		w, h, dw, dh := c[0], c[1], c[2], c[3]
		pix := randomPlane(w, h, uint64(w*h))
		r := NewResampler(1, w, h, dw, dh, nil)
		push(r.Add, pix, w, h)
		got, want := r.Planes()[0], bruteArea(pix, w, h, dw, dh)
		if got.W != dw || got.H != dh || len(got.Pix) != dw*dh {
			t.Fatalf("%v: plane %d×%d (%d samples)", c, got.W, got.H, len(got.Pix))
		}
		for i := range want {
			if math.Abs(float64(got.Pix[i])-want[i]) > 1e-3 {
				t.Fatalf("%v: sample %d is %g, want %g", c, i, got.Pix[i], want[i])
			}
		}
	}
}

func TestFactor(t *testing.T) {
	for _, c := range []struct{ sw, sh, dw, dh, want int }{
		{4032, 3024, 1000, 750, 4},
		{2016, 1512, 250, 188, 8},
		{1632, 1224, 1000, 750, 1},
		{2000, 1500, 1000, 750, 2},
		{1000, 750, 1000, 750, 1},
		{16000, 100, 250, 2, 8},
		{4032, 100, 1000, 60, 1}, // the short side decides
	} {
		if got := Factor(c.sw, c.sh, c.dw, c.dh); got != c.want {
			t.Errorf("Factor(%d, %d, %d, %d) = %d, want %d", c.sw, c.sh, c.dw, c.dh, got, c.want)
		}
	}
}

// TestReducerIsBoxesThenArea checks the two stages against box means
// computed directly (partial boxes at the far edges averaging what they
// have) and then area-averaged.
func TestReducerIsBoxesThenArea(t *testing.T) {
	for _, c := range [][4]int{{83, 61, 20, 15}, {64, 64, 8, 8}, {50, 9, 12, 2}} {
		w, h, dw, dh := c[0], c[1], c[2], c[3]
		f := Factor(w, h, dw, dh)
		if f == 1 {
			t.Fatalf("%v: case does not exercise boxes", c)
		}
		pix := randomPlane(w, h, uint64(w+h))
		bw, bh := Boxes(w, f), Boxes(h, f)
		boxes := make([]float64, bw*bh)
		for by := range bh {
			for bx := range bw {
				var sum float64
				var n int
				for y := by * f; y < min(h, (by+1)*f); y++ {
					for x := bx * f; x < min(w, (bx+1)*f); x++ {
						sum += pix[y*w+x]
						n++
					}
				}
				boxes[by*bw+bx] = sum / float64(n)
			}
		}
		want := bruteArea(boxes, bw, bh, dw, dh)
		r := NewReducer(1, w, h, dw, dh, nil)
		push(r.Add, pix, w, h)
		got := r.Planes()[0]
		for i := range want {
			if math.Abs(float64(got.Pix[i])-want[i]) > 1e-3 {
				t.Fatalf("%v (f=%d): sample %d is %g, want %g", c, f, i, got.Pix[i], want[i])
			}
		}
	}
}
