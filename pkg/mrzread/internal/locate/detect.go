package locate

import (
	"encoding/binary"
	"image"
	"math"
	"sort"
	"sync"
)

// detectLong is the long side the detection plane is reduced towards.
const detectLong = 500

// A detection holds the reduced plane of one image and its stroke pixels.
type detection struct {
	src  *image.Gray
	f    int // reduction factor: one detection pixel is f×f source pixels
	w, h int
	pix  []uint8 // detection plane
	mask []bool  // stroke pixels
	pts  []pt    // the stroke pixels as points
	sc   *scratch
}

// A scratch holds the buffers of one detection, reused from one Find to
// the next (see release); none of them outlives the Find that uses it.
type scratch struct {
	pix, tmp, cl []uint8
	mask, bits   []bool
	pts          []pt
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// grow returns s resized to n, reusing its array when it is large enough;
// the contents are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// release hands d's buffers back for the next Find; d must not be used
// afterwards.
func (d *detection) release() {
	if d == nil || d.sc == nil {
		return
	}
	sc := d.sc
	sc.pix, sc.mask, sc.pts = d.pix, d.mask, d.pts
	d.sc, d.pix, d.mask, d.pts = nil, nil, nil, nil
	scratches.Put(sc)
}

type pt struct{ x, y int16 }

// newDetection reduces img and marks its thin dark strokes; nil when there
// are too few to hold a zone.
func newDetection(img *image.Gray) *detection {
	b := img.Bounds()
	long := max(b.Dx(), b.Dy())
	f := max(1, int(math.Round(float64(long)/detectLong)))
	w, h := b.Dx()/f, b.Dy()/f
	if w < 16 || h < 8 {
		return nil
	}
	sc := scratches.Get().(*scratch)
	d := &detection{src: img, f: f, w: w, h: h, pix: grow(sc.pix, w*h), sc: sc}
	if f == 1 {
		for y := range h {
			o := (y+b.Min.Y-img.Rect.Min.Y)*img.Stride + b.Min.X - img.Rect.Min.X
			copy(d.pix[y*w:], img.Pix[o:o+w])
		}
	} else {
		acc := make([]uint32, w)
		area := uint32(f * f)
		for y := range h {
			clear(acc)
			for dy := range f {
				o := (y*f+dy)*img.Stride + b.Min.X - img.Rect.Min.X + (b.Min.Y-img.Rect.Min.Y)*img.Stride
				row := img.Pix[o : o+w*f]
				if f == 2 {
					row = row[:2*len(acc)]
					for x := range acc {
						acc[x] += uint32(row[2*x]) + uint32(row[2*x+1])
					}
					continue
				}
				for x := range w {
					s := uint32(0)
					for _, v := range row[x*f : x*f+f] {
						s += uint32(v)
					}
					acc[x] += s
				}
			}
			out := d.pix[y*w : (y+1)*w]
			if f == 2 {
				for x, a := range acc {
					out[x] = uint8((a + 2) >> 2) // (a + area/2) / area
				}
				continue
			}
			for x := range w {
				out[x] = uint8((acc[x] + area/2) / area)
			}
		}
	}
	d.blackhat()
	if len(d.pts) < 60 {
		d.release()
		return nil
	}
	return d
}

// blackhat marks the pixels much darker than the morphological closing of
// the plane (a 5×5 square): the strokes of small dark text.
func (d *detection) blackhat() {
	w, h := d.w, d.h
	tmp := grow(d.sc.tmp, w*h)
	cl := grow(d.sc.cl, w*h)
	d.sc.tmp, d.sc.cl = tmp, cl
	const r = 2
	filter(tmp, d.pix, w, h, r, true, true)
	filter(cl, tmp, w, h, r, false, true)
	filter(tmp, cl, w, h, r, true, false)
	filter(cl, tmp, w, h, r, false, false)
	var hist [256]int
	for i, v := range d.pix {
		bh := cl[i] - v
		cl[i] = bh
		hist[bh]++
	}
	// The threshold follows the contrast of the strongest strokes, so faint
	// scans and black print on white are treated alike.
	n, top := 0, 0
	for v := 255; v >= 0; v-- {
		n += hist[v]
		if n*200 >= w*h {
			top = v
			break
		}
	}
	t := uint8(min(60, max(22, top*35/100)))
	d.mask = grow(d.sc.mask, w*h)
	clear(d.mask)
	d.pts = d.sc.pts[:0]
	for i, v := range cl {
		if v >= t {
			d.mask[i] = true
			d.pts = append(d.pts, pt{int16(i % w), int16(i / w)})
		}
	}
}

// filter writes the max (dilate) or min of src over a window of 2r+1
// pixels along rows (horiz) or columns into dst. Rows are taken whole, so
// both directions run along memory. The common window of 5 (r = 2) has
// its own loops, free of bounds checks; the result is the same.
func filter(dst, src []uint8, w, h, r int, dilate, horiz bool) {
	if r == 2 {
		if horiz {
			filterRows5(dst, src, w, h, dilate)
		} else {
			filterCols5(dst, src, w, h, dilate)
		}
		return
	}
	filterAny(dst, src, w, h, r, dilate, horiz)
}

// filterRows5 is filter along rows with r = 2.
func filterRows5(dst, src []uint8, w, h int, dilate bool) {
	if w < 5 {
		filterAny(dst, src, w, h, 2, dilate, true)
		return
	}
	pick := func(a, b uint8) uint8 { return min(a, b) }
	if dilate {
		pick = func(a, b uint8) uint8 { return max(a, b) }
	}
	for y := range h {
		s, d := src[y*w:(y+1)*w:(y+1)*w], dst[y*w:(y+1)*w:(y+1)*w]
		d[0] = pick(pick(s[0], s[1]), s[2])
		d[1] = pick(d[0], s[3])
		x := 2
		// Eight outputs at a time from five overlapping words.
		for ; x+10 <= len(s); x += 8 {
			a, b := le.Uint64(s[x-2:]), le.Uint64(s[x-1:])
			c, e, f := le.Uint64(s[x:]), le.Uint64(s[x+1:]), le.Uint64(s[x+2:])
			if dilate {
				le.PutUint64(d[x:], max8(max8(max8(a, b), max8(c, e)), f))
			} else {
				le.PutUint64(d[x:], min8(min8(min8(a, b), min8(c, e)), f))
			}
		}
		if dilate {
			for ; x+2 < len(s); x++ {
				v := s[x-2 : x+3 : x+3]
				d[x] = max(v[0], v[1], v[2], v[3], v[4])
			}
		} else {
			for ; x+2 < len(s); x++ {
				v := s[x-2 : x+3 : x+3]
				d[x] = min(v[0], v[1], v[2], v[3], v[4])
			}
		}
		d[w-2] = pick(pick(s[w-4], s[w-3]), pick(s[w-2], s[w-1]))
		d[w-1] = pick(pick(s[w-3], s[w-2]), s[w-1])
	}
}

// filterCols5 is filter along columns with r = 2.
func filterCols5(dst, src []uint8, w, h int, dilate bool) {
	for y := range h {
		if y < 2 || y+2 >= h {
			filterAny(dst[y*w:(y+1)*w], src[max(0, y-2)*w:min(h, y+3)*w], w, min(h, y+3)-max(0, y-2), -1, dilate, false)
			continue
		}
		d := dst[y*w : (y+1)*w : (y+1)*w]
		r0 := src[(y-2)*w : (y-1)*w : (y-1)*w]
		r1 := src[(y-1)*w : y*w : y*w]
		r2 := src[y*w : (y+1)*w : (y+1)*w]
		r3 := src[(y+1)*w : (y+2)*w : (y+2)*w]
		r4 := src[(y+2)*w : (y+3)*w : (y+3)*w]
		r0, r1, r2, r3, r4 = r0[:len(d)], r1[:len(d)], r2[:len(d)], r3[:len(d)], r4[:len(d)]
		x := 0
		for ; x+8 <= len(d); x += 8 {
			a, b, c := le.Uint64(r0[x:]), le.Uint64(r1[x:]), le.Uint64(r2[x:])
			e, f := le.Uint64(r3[x:]), le.Uint64(r4[x:])
			if dilate {
				le.PutUint64(d[x:], max8(max8(max8(a, b), max8(c, e)), f))
			} else {
				le.PutUint64(d[x:], min8(min8(min8(a, b), min8(c, e)), f))
			}
		}
		if dilate {
			for ; x < len(d); x++ {
				d[x] = max(r0[x], r1[x], r2[x], r3[x], r4[x])
			}
		} else {
			for ; x < len(d); x++ {
				d[x] = min(r0[x], r1[x], r2[x], r3[x], r4[x])
			}
		}
	}
}

var le = binary.LittleEndian

// ge8 has the top bit of each byte of its result set where that byte of a
// is at least b's, comparing the eight bytes as unsigned numbers at once:
// the low seven bits by a subtraction that cannot borrow across bytes, the
// top bit apart.
func ge8(a, b uint64) uint64 {
	const hi = 0x8080808080808080
	low := (a | hi) - (b &^ hi)
	return (a&^b | ^(a^b)&low) & hi
}

// max8 and min8 take the max and min of each byte of a and b.
func max8(a, b uint64) uint64 {
	m := ge8(a, b) >> 7 * 0xff
	return a&m | b&^m
}

func min8(a, b uint64) uint64 {
	m := ge8(a, b) >> 7 * 0xff
	return b&m | a&^m
}

// filterAny is filter for any r. With r < 0 along columns, dst is one row
// and src the rows whose max or min it takes.
func filterAny(dst, src []uint8, w, h, r int, dilate, horiz bool) {
	if horiz {
		for y := range h {
			s, d := src[y*w:(y+1)*w], dst[y*w:(y+1)*w]
			for x := range w {
				lo, hi := max(0, x-r), min(w-1, x+r)
				m := s[lo]
				if dilate {
					for _, v := range s[lo+1 : hi+1] {
						m = max(m, v)
					}
				} else {
					for _, v := range s[lo+1 : hi+1] {
						m = min(m, v)
					}
				}
				d[x] = m
			}
		}
		return
	}
	if r < 0 {
		copy(dst, src[:w])
		for yy := 1; yy < h; yy++ {
			fold(dst, src[yy*w:(yy+1)*w], dilate)
		}
		return
	}
	for y := range h {
		d := dst[y*w : (y+1)*w]
		copy(d, src[max(0, y-r)*w:])
		for yy := max(0, y-r) + 1; yy <= min(h-1, y+r); yy++ {
			fold(d, src[yy*w:(yy+1)*w], dilate)
		}
	}
}

// fold takes the max (dilate) or min of d and s into d, element by element.
func fold(d, s []uint8, dilate bool) {
	if dilate {
		for x, v := range s {
			d[x] = max(d[x], v)
		}
	} else {
		for x, v := range s {
			d[x] = min(d[x], v)
		}
	}
}

// orientations returns the directions of the text lines, in degrees in
// [0, 180), best first: the angles at which the projection of the stroke
// pixels on the line normal is most peaked. The second is the best one at
// least 60° from the first, for documents whose main text runs across the
// zone.
func (d *detection) orientations() []float64 {
	pts := d.pts
	const most = 6000
	if len(pts) > most {
		step := (len(pts) + most - 1) / most
		sub := make([]pt, 0, most+1)
		for i := 0; i < len(pts); i += step {
			sub = append(sub, pts[i])
		}
		pts = sub
	}
	off := d.w + d.h
	bins := make([]int32, 2*off+2)
	fx, fy := make([]float64, len(pts)), make([]float64, len(pts))
	xMax, yMax := 0.0, 0.0
	for i, p := range pts {
		fx[i], fy[i] = float64(p.x), float64(p.y)
		xMax, yMax = max(xMax, fx[i]), max(yMax, fy[i])
	}
	energy := func(deg float64) float64 {
		s, c := math.Sincos(deg * math.Pi / 180)
		// The projection is monotone in x and in y, rounding included,
		// so the box's corners bound the bins the points fall in.
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range [2]float64{0, xMax} {
			for _, y := range [2]float64{0, yMax} {
				v := -x*s + y*c
				lo, hi = min(lo, v), max(hi, v)
			}
		}
		used := bins[max(0, int(lo+float64(off))-1):min(len(bins), int(hi+float64(off))+2)]
		clear(used)
		fy := fy[:len(fx)]
		for i, x := range fx {
			v := -x*s + fy[i]*c
			bins[int(v+float64(off))]++
		}
		// Counts are at most len(pts), so their squares sum exactly in
		// an int64 as in a float64.
		var e int64
		for _, n := range used {
			e += int64(n) * int64(n)
		}
		return float64(e)
	}
	type cand struct{ deg, e float64 }
	var coarse []cand
	for deg := 0.0; deg < 180; deg += 2 {
		coarse = append(coarse, cand{deg, energy(deg)})
	}
	refine := func(c cand) cand {
		best := c
		for dd := -1.75; dd <= 1.75; dd += 0.25 {
			if e := energy(c.deg + dd); e > best.e {
				best = cand{c.deg + dd, e}
			}
		}
		best.deg = math.Mod(best.deg+180, 180)
		return best
	}
	sort.Slice(coarse, func(i, j int) bool { return coarse[i].e > coarse[j].e })
	first := refine(coarse[0])
	out := []float64{first.deg}
	for _, c := range coarse[1:] {
		if angDist(c.deg, first.deg) >= 60 {
			out = append(out, refine(c).deg)
			break
		}
	}
	return out
}

// angDist is the distance between two line directions, in [0, 90].
func angDist(a, b float64) float64 {
	d := math.Abs(math.Mod(a-b+360, 180))
	return min(d, 180-d)
}
