package locate

import (
	"image"
	"math"
	"sort"
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
	d := &detection{src: img, f: f, w: w, h: h, pix: make([]uint8, w*h)}
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
				for x := range w {
					s := uint32(0)
					for _, v := range row[x*f : x*f+f] {
						s += uint32(v)
					}
					acc[x] += s
				}
			}
			for x := range w {
				d.pix[y*w+x] = uint8((acc[x] + area/2) / area)
			}
		}
	}
	d.blackhat()
	if len(d.pts) < 60 {
		return nil
	}
	return d
}

// blackhat marks the pixels much darker than the morphological closing of
// the plane (a 5×5 square): the strokes of small dark text.
func (d *detection) blackhat() {
	w, h := d.w, d.h
	tmp := make([]uint8, w*h)
	cl := make([]uint8, w*h)
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
	d.mask = make([]bool, w*h)
	for i, v := range cl {
		if v >= t {
			d.mask[i] = true
			d.pts = append(d.pts, pt{int16(i % w), int16(i / w)})
		}
	}
}

// filter writes the max (dilate) or min of src over a window of 2r+1
// pixels along rows (horiz) or columns into dst. Rows are taken whole, so
// both directions run along memory.
func filter(dst, src []uint8, w, h, r int, dilate, horiz bool) {
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
	for y := range h {
		d := dst[y*w : (y+1)*w]
		copy(d, src[max(0, y-r)*w:])
		for yy := max(0, y-r) + 1; yy <= min(h-1, y+r); yy++ {
			s := src[yy*w : (yy+1)*w]
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
	energy := func(deg float64) float64 {
		s, c := math.Sincos(deg * math.Pi / 180)
		clear(bins)
		for _, p := range pts {
			v := -float64(p.x)*s + float64(p.y)*c
			bins[int(v+float64(off))]++
		}
		var e float64
		for _, n := range bins {
			e += float64(n) * float64(n)
		}
		return e
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
