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
//
// Each source row is reduced horizontally, then added with its vertical
// shares into the one or two output rows it overlaps. The horizontal sums
// run output by output: output o takes the share of the source sample
// straddling it from the left, then the sum of the samples that start in
// it. That is the order in which a pass over the source samples, one at a
// time, would add them, so the planes are the same to the bit as that
// pass gives, without its branch on every sample.
type Resampler struct {
	sw, dw int
	xs, ys span
	out    []Plane
	tmp    []float32
	// Output o sums source samples [first[o], first[o+1]) with weights
	// xs.w0, after the share w1 of sample straddle[o] (-1: none).
	first    []int32
	straddle []int32
	// At a scale of one half or more no output takes more than two
	// samples besides the straddling one: near holds each output's three
	// taps, a missing one as a zero weight on a sample in range, which
	// adds a zero and leaves the sum as it is.
	near []taps3
	// Likewise near3 at a scale of one third or more, with up to three
	// samples besides the straddling one.
	near3 []taps4
}

type taps3 struct {
	s, a, b    int32
	ws, wa, wb float32
}

type taps4 struct {
	s, a, b, c     int32
	ws, wa, wb, wc float32
}

// NewResampler returns a Resampler whose output planes come from alloc
// (nil: make), which must return zeroed slices.
func NewResampler(nch, sw, sh, dw, dh int, alloc func(int) []float32) *Resampler {
	if alloc == nil {
		alloc = func(n int) []float32 { return make([]float32, n) }
	}
	r := &Resampler{sw: sw, dw: dw, xs: newSpan(sw, dw), ys: newSpan(sh, dh),
		out: make([]Plane, nch), tmp: make([]float32, dw)}
	r.first, r.straddle = make([]int32, dw+1), make([]int32, dw)
	for o := range r.straddle {
		r.straddle[o] = -1
	}
	o := 0
	for x, to := range r.xs.to {
		for ; o <= int(to); o++ {
			r.first[o] = int32(x)
		}
		if r.xs.w1[x] > 0 {
			r.straddle[to+1] = int32(x)
		}
	}
	for ; o <= dw; o++ {
		r.first[o] = int32(sw)
	}
	longest := int32(0)
	for o := range dw {
		if r.first[o+1] == r.first[o] {
			longest = 1 << 30 // an output without samples of its own: the general path
		}
		longest = max(longest, r.first[o+1]-r.first[o])
	}
	switch {
	case longest <= 2:
		r.near = make([]taps3, dw)
		for o := range r.near {
			lo, hi := r.first[o], r.first[o+1]
			t := taps3{s: lo, a: lo, b: lo, wa: r.xs.w0[lo]}
			if hi-lo == 2 {
				t.b, t.wb = lo+1, r.xs.w0[lo+1]
			}
			if x := r.straddle[o]; x >= 0 {
				t.s, t.ws = x, r.xs.w1[x]
			}
			r.near[o] = t
		}
	case longest == 3:
		r.near3 = make([]taps4, dw)
		for o := range r.near3 {
			lo, hi := r.first[o], r.first[o+1]
			t := taps4{s: lo, a: lo, b: lo, c: lo, wa: r.xs.w0[lo]}
			if hi-lo >= 2 {
				t.b, t.wb = lo+1, r.xs.w0[lo+1]
			}
			if hi-lo == 3 {
				t.c, t.wc = lo+2, r.xs.w0[lo+2]
			}
			if x := r.straddle[o]; x >= 0 {
				t.s, t.ws = x, r.xs.w1[x]
			}
			r.near3[o] = t
		}
	}
	for c := range r.out {
		// One spare row takes the zero-weight share of the last source row.
		r.out[c] = Plane{W: dw, H: dh, Pix: alloc((dh + 1) * dw)}
	}
	return r
}

// Add accumulates source row y of each channel, src[c][:sw].
func (r *Resampler) Add(y int, src [][]float32) {
	dw, tmp := r.dw, r.tmp[:r.dw]
	oy, wy0, wy1 := int(r.ys.to[y]), r.ys.w0[y], r.ys.w1[y]
	for c := range r.out {
		row := src[c][:r.sw]
		switch {
		case r.near != nil:
			for o, t := range r.near[:len(tmp)] {
				tmp[o] = row[t.s]*t.ws + (row[t.a]*t.wa + row[t.b]*t.wb)
			}
		case r.near3 != nil:
			for o, t := range r.near3[:len(tmp)] {
				tmp[o] = row[t.s]*t.ws + ((row[t.a]*t.wa + row[t.b]*t.wb) + row[t.c]*t.wc)
			}
		default:
			r.reduceRow(row, tmp)
		}
		addRow(r.out[c].Pix[oy*dw:(oy+1)*dw], tmp, wy0)
		if wy1 > 0 {
			addRow(r.out[c].Pix[(oy+1)*dw:(oy+2)*dw], tmp, wy1)
		}
	}
}

// reduceRow sums row into tmp output by output.
func (r *Resampler) reduceRow(row, tmp []float32) {
	first, straddle := r.first[:len(tmp)+1], r.straddle[:len(tmp)]
	w0, w1 := r.xs.w0[:len(row)], r.xs.w1[:len(row)]
	for o := range tmp {
		var t float32
		if x := straddle[o]; x >= 0 {
			t += row[x] * w1[x]
		}
		lo, hi := first[o], first[o+1]
		run, w := row[lo:hi], w0[lo:hi]
		w = w[:len(run)]
		var a float32
		for x, v := range run {
			a += v * w[x]
		}
		tmp[o] = t + a
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
	full := x.sw / f // boxes with f pixels a row
	// Each box adds its pixels one after the other, as a loop over them
	// would.
	for c, row := range src {
		acc := x.acc[c]
		row = row[:x.sw]
		switch f {
		case 2:
			for b := range acc[:full] {
				p := row[2*b : 2*b+2 : 2*b+2]
				acc[b] = acc[b] + p[0] + p[1]
			}
		case 4:
			for b := range acc[:full] {
				p := row[4*b : 4*b+4 : 4*b+4]
				acc[b] = acc[b] + p[0] + p[1] + p[2] + p[3]
			}
		default:
			for b := range acc[:full] {
				p := row[b*f : b*f+f]
				s := acc[b]
				for _, v := range p {
					s += v
				}
				acc[b] = s
			}
		}
		if full < len(acc) {
			for _, v := range row[full*f:] {
				acc[full] += v
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
