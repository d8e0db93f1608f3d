package imaging

import "math"

// A plane is one channel of an image as float32 samples on a 0–255 scale.
type plane struct {
	w, h int
	pix  []float32
}

func (p plane) at(x, y int) float32 { return p.pix[y*p.w+x] }

// A rowFunc writes source row y of each channel into dst[c][:width].
type rowFunc func(y int, dst [][]float32)

// workingSize returns the size of the working planes: the long side scaled
// down to long pixels, never up.
func workingSize(w, h, long int) (int, int) {
	if long <= 0 || max(w, h) <= long {
		return w, h
	}
	if w >= h {
		return long, max(1, int(math.Round(float64(h)*float64(long)/float64(w))))
	}
	return max(1, int(math.Round(float64(w)*float64(long)/float64(h)))), long
}

// span tells, for each source pixel along one axis, the first destination
// pixel it overlaps and the share of its area falling in that pixel and the
// next. With a scale of at most 1 a source pixel touches at most two.
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

// resample area-averages nch channels of a sw×sh source to dw×dh (dw ≤ sw,
// dh ≤ sh), reading the source one row at a time so that only the small
// output planes are allocated.
func resample(row rowFunc, nch, sw, sh, dw, dh int) []plane {
	r := newResampler(nch, sw, sh, dw, dh)
	src := make([][]float32, nch)
	for c := range src {
		src[c] = make([]float32, sw)
	}
	for y := range sh {
		row(y, src)
		r.add(y, src)
	}
	return r.planes()
}

// A resampler area-averages rows pushed to it in order, for sources such as
// a JPEG decoder that deliver rows rather than serve them.
type resampler struct {
	sw, dw int
	xs, ys span
	out    []plane
	tmp    []float32
}

func newResampler(nch, sw, sh, dw, dh int) *resampler {
	r := &resampler{sw: sw, dw: dw, xs: newSpan(sw, dw), ys: newSpan(sh, dh),
		out: make([]plane, nch), tmp: make([]float32, dw+1)}
	for c := range r.out {
		r.out[c] = plane{w: dw, h: dh, pix: make([]float32, (dh+1)*dw)}
	}
	return r
}

// add accumulates source row y of each channel, src[c][:sw].
func (r *resampler) add(y int, src [][]float32) {
	dw, tmp := r.dw, r.tmp
	oy, wy0, wy1 := int(r.ys.to[y]), r.ys.w0[y], r.ys.w1[y]
	for c := range r.out {
		clear(tmp)
		for x, v := range src[c][:r.sw] {
			o := r.xs.to[x]
			tmp[o] += v * r.xs.w0[x]
			tmp[o+1] += v * r.xs.w1[x]
		}
		addRow(r.out[c].pix[oy*dw:(oy+1)*dw], tmp, wy0)
		if wy1 > 0 {
			addRow(r.out[c].pix[(oy+1)*dw:(oy+2)*dw], tmp, wy1)
		}
	}
}

// planes returns the averaged planes once every source row was added.
func (r *resampler) planes() []plane {
	for c := range r.out {
		r.out[c].pix = r.out[c].pix[:r.out[c].w*r.out[c].h]
	}
	return r.out
}

func addRow(dst, src []float32, w float32) {
	for i := range dst {
		dst[i] += src[i] * w
	}
}
