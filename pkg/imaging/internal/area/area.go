// Package area shrinks image planes by area averaging, row by row. The
// reference path of package imaging and the JPEG fast path of package
// jpegluma both reduce through it, so that their working planes are the
// same function of the pixels.
//
// A Resampler area-averages a plane straight to the target size. A
// Reducer does it in two stages: first to f×f box means, f being the
// largest of 8, 4 and 2 that still leaves at least the target size (see
// Factor), then to the target by area averaging the boxes. The box stage
// is what a JPEG decoder computes from a block's coefficients at a
// fraction of the cost of an exact area average. It blurs: an output
// sample straddling two boxes takes both whole, so it suits statistics
// of the whole frame (chroma) and not sharpness.
package area

import "math"

// A Plane is one channel as float32 samples, row by row.
type Plane struct {
	W, H int
	Pix  []float32
}

// Factor returns the box factor for reducing a sw×sh plane to dw×dh: the
// largest of 8, 4 and 2 that leaves at least dw×dh whole boxes, or 1.
func Factor(sw, sh, dw, dh int) int {
	for f := 8; f > 1; f /= 2 {
		if sw/f >= dw && sh/f >= dh {
			return f
		}
	}
	return 1
}

// Boxes is the number of f-pixel boxes along an axis of n pixels; the
// last one may be partial, and then averages the pixels it has.
func Boxes(n, f int) int { return (n + f - 1) / f }

// A span tells, for each source sample along one axis, the first output
// sample it overlaps and the share of its length falling in that sample
// and the next. With a scale of at most 1 a source sample touches at most
// two.
type span struct {
	to     []int32
	w0, w1 []float32
}

func newSpan(src, dst int) span {
	s := span{make([]int32, src), make([]float32, src), make([]float32, src)}
	k := float64(dst) / float64(src)
	for i := range src {
		a, b := float64(i)*k, float64(i+1)*k
		o := math.Floor(a)
		s.to[i] = int32(o)
		if b <= o+1 || int(o)+1 >= dst {
			s.w0[i] = float32(b - a)
		} else {
			s.w0[i], s.w1[i] = float32(o+1-a), float32(b-o-1)
		}
	}
	return s
}

// A Resampler area-averages the rows of nch channels of a sw×sh plane,
// pushed to it in order, into dw×dh planes (dw ≤ sw, dh ≤ sh).
type Resampler struct {
	sw, dw int
	xs, ys span
	out    []Plane
	tmp    []float32
}

// NewResampler returns a Resampler whose output planes come from alloc
// (nil: make), which must return zeroed slices.
func NewResampler(nch, sw, sh, dw, dh int, alloc func(int) []float32) *Resampler {
	if alloc == nil {
		alloc = func(n int) []float32 { return make([]float32, n) }
	}
	r := &Resampler{sw: sw, dw: dw, xs: newSpan(sw, dw), ys: newSpan(sh, dh),
		out: make([]Plane, nch), tmp: make([]float32, dw+1)}
	for c := range r.out {
		// One spare row takes the zero-weight share of the last source row.
		r.out[c] = Plane{W: dw, H: dh, Pix: alloc((dh + 1) * dw)}
	}
	return r
}

// Add accumulates source row y of each channel, src[c][:sw].
func (r *Resampler) Add(y int, src [][]float32) {
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
		addRow(r.out[c].Pix[oy*dw:(oy+1)*dw], tmp, wy0)
		if wy1 > 0 {
			addRow(r.out[c].Pix[(oy+1)*dw:(oy+2)*dw], tmp, wy1)
		}
	}
}

// Planes returns the averaged planes once every source row was added.
func (r *Resampler) Planes() []Plane {
	for c := range r.out {
		r.out[c].Pix = r.out[c].Pix[:r.out[c].W*r.out[c].H]
	}
	return r.out
}

func addRow(dst, src []float32, w float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i] * w
	}
}

// A Reducer reduces full-resolution rows through both stages: box means
// of Factor(sw, sh, dw, dh), then a Resampler.
type Reducer struct {
	f, sw, sh, bw int
	by, rows      int         // box row being summed and source rows in it
	acc           [][]float32 // per channel, the box row's sums
	r             *Resampler
}

// NewReducer returns a Reducer of nch channels from sw×sh to dw×dh.
func NewReducer(nch, sw, sh, dw, dh int, alloc func(int) []float32) *Reducer {
	f := Factor(sw, sh, dw, dh)
	bw, bh := Boxes(sw, f), Boxes(sh, f)
	x := &Reducer{f: f, sw: sw, sh: sh, bw: bw, r: NewResampler(nch, bw, bh, dw, dh, alloc)}
	if f > 1 {
		x.acc = make([][]float32, nch)
		for c := range x.acc {
			x.acc[c] = make([]float32, bw)
		}
	}
	return x
}

// Add takes source row y (rows come in order) of each channel.
func (x *Reducer) Add(y int, src [][]float32) {
	if x.f == 1 {
		x.r.Add(y, src)
		return
	}
	f := x.f
	for c, row := range src {
		acc := x.acc[c]
		for b := range acc {
			lo := b * f
			for _, v := range row[lo:min(lo+f, x.sw)] {
				acc[b] += v
			}
		}
	}
	x.rows++
	if x.rows < f && y < x.sh-1 {
		return
	}
	for c := range x.acc {
		acc := x.acc[c]
		for b := range acc {
			n := min(f, x.sw-b*f) * x.rows
			acc[b] /= float32(n)
		}
	}
	x.r.Add(x.by, x.acc)
	for c := range x.acc {
		clear(x.acc[c])
	}
	x.by++
	x.rows = 0
}

// Planes returns the reduced planes once every row was added.
func (x *Reducer) Planes() []Plane { return x.r.Planes() }
