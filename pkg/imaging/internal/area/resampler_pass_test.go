package area

import (
	"math"
	"math/rand/v2"
	"testing"
)

// passResampler is Resampler as it was first written: each source row
// reduced by one pass over its samples, adding each one's shares as it
// goes. Resampler must give the same planes to the bit.
type passResampler struct {
	sw, dw int
	xs, ys span
	out    []Plane
	tmp    []float32
}

// newPassResampler returns a passResampler whose output planes come from alloc
// (nil: make), which must return zeroed slices.
func newPassResampler(nch, sw, sh, dw, dh int, alloc func(int) []float32) *passResampler {
	if alloc == nil {
		alloc = func(n int) []float32 { return make([]float32, n) }
	}
	r := &passResampler{sw: sw, dw: dw, xs: newSpan(sw, dw), ys: newSpan(sh, dh),
		out: make([]Plane, nch), tmp: make([]float32, dw+1)}
	for c := range r.out {
		// One spare row takes the zero-weight share of the last source row.
		r.out[c] = Plane{W: dw, H: dh, Pix: alloc((dh + 1) * dw)}
	}
	return r
}

// Add accumulates source row y of each channel, src[c][:sw].
func (r *passResampler) Add(y int, src [][]float32) {
	dw, tmp := r.dw, r.tmp
	oy, wy0, wy1 := int(r.ys.to[y]), r.ys.w0[y], r.ys.w1[y]
	for c := range r.out {
		clear(tmp)
		xs := r.xs
		row := src[c][:r.sw]
		to, w0, w1 := xs.to[:len(row)], xs.w0[:len(row)], xs.w1[:len(row)]
		// Sums run in registers while the output stays the same: adding
		// into tmp directly would chain every pixel on a store and a load.
		cur := to[0]
		var a0, a1 float32
		for x, v := range row {
			if o := to[x]; o != cur {
				tmp[cur] += a0
				tmp[cur+1] += a1
				cur, a0, a1 = o, 0, 0
			}
			a0 += v * w0[x]
			a1 += v * w1[x]
		}
		tmp[cur] += a0
		tmp[cur+1] += a1
		passAddRow(r.out[c].Pix[oy*dw:(oy+1)*dw], tmp, wy0)
		if wy1 > 0 {
			passAddRow(r.out[c].Pix[(oy+1)*dw:(oy+2)*dw], tmp, wy1)
		}
	}
}

// Planes returns the averaged planes once every source row was added.
func (r *passResampler) Planes() []Plane {
	for c := range r.out {
		r.out[c].Pix = r.out[c].Pix[:r.out[c].W*r.out[c].H]
	}
	return r.out
}

func passAddRow(dst, src []float32, w float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i] * w
	}
}

// TestResamplerSameToTheBit: the output-by-output horizontal sums add in
// the order of a pass over the samples, so the planes do not move by a
// rounding (an outline or an edge count on a flat synthetic image can
// turn on one).
func TestResamplerSameToTheBit(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range [][4]int{{400, 300, 250, 188}, {1600, 1200, 1000, 750}, {1000, 750, 32, 32}, {4032, 300, 1000, 75}, {37, 29, 10, 8}, {64, 48, 64, 48}, {1920, 1080, 1000, 563}, {333, 77, 332, 76}, {2560, 100, 1000, 39}, {1170, 90, 462, 35}, {2400, 60, 1000, 25}} {
		w, h, dw, dh := c[0], c[1], c[2], c[3]
		a, b := NewResampler(2, w, h, dw, dh, nil), newPassResampler(2, w, h, dw, dh, nil)
		row := [][]float32{make([]float32, w), make([]float32, w)}
		for y := range h {
			for x := range w {
				row[0][x] = float32(r.IntN(256))
				row[1][x] = float32(r.NormFloat64() * 30)
				if r.IntN(3) == 0 {
					row[1][x] = 0
				}
			}
			a.Add(y, row)
			b.Add(y, row)
		}
		pa, pb := a.Planes(), b.Planes()
		for ch := range pa {
			for i := range pa[ch].Pix {
				if math.Float32bits(pa[ch].Pix[i]) != math.Float32bits(pb[ch].Pix[i]) {
					t.Fatal(c, ch, i, pa[ch].Pix[i], pb[ch].Pix[i])
				}
			}
		}
	}
}
