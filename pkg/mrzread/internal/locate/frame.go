package locate

import (
	"math"
	"sort"
)

// A frame is the detection plane's stroke mask turned so that text lines
// at angle deg run along its rows: u along the line, v across it.
type frame struct {
	deg        float64
	sin, cos   float64
	umin, vmin float64
	uw, vh     int
	bits       []bool
}

func (d *detection) frame(deg float64) *frame {
	s, c := math.Sincos(deg * math.Pi / 180)
	fr := &frame{deg: deg, sin: s, cos: c}
	umin, umax, vmin, vmax := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range [4][2]float64{{0, 0}, {float64(d.w), 0}, {0, float64(d.h)}, {float64(d.w), float64(d.h)}} {
		u, v := p[0]*c+p[1]*s, -p[0]*s+p[1]*c
		umin, umax = min(umin, u), max(umax, u)
		vmin, vmax = min(vmin, v), max(vmax, v)
	}
	fr.umin, fr.vmin = umin, vmin
	fr.uw, fr.vh = int(umax-umin)+2, int(vmax-vmin)+2
	// One frame is in use at a time (zoneAt's): it shares the buffer.
	fr.bits = grow(d.sc.bits, fr.uw*fr.vh)
	clear(fr.bits)
	d.sc.bits = fr.bits
	for _, p := range d.pts {
		x, y := float64(p.x)+0.5, float64(p.y)+0.5
		u, v := x*c+y*s-umin, -x*s+y*c-vmin
		fr.bits[int(v)*fr.uw+int(u)] = true
	}
	fr.dropRules(20)
	return fr
}

// dropRules clears the unbroken runs of stroke pixels at least long pixels
// long along a row: rules, frames and edges that run with the text. No
// glyph stroke along the line is that long, and such a rule touching a line
// of the zone would join it to whatever lies beyond.
func (fr *frame) dropRules(long int) {
	for y := range fr.vh {
		row := fr.bits[y*fr.uw : (y+1)*fr.uw]
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			a := x
			for x < len(row) && row[x] {
				x++
			}
			if x-a >= long {
				clear(row[a:x])
			}
		}
	}
}

// toDet maps frame coordinates to detection-plane coordinates.
func (fr *frame) toDet(u, v float64) (float64, float64) {
	u += fr.umin
	v += fr.vmin
	return u*fr.cos - v*fr.sin, u*fr.sin + v*fr.cos
}

// A run is a horizontal stretch of smeared strokes in one frame row.
type run struct {
	y, x0, x1 int // x1 exclusive
	comp      int
}

// A blob is a text line candidate: a connected group of runs.
type blob struct {
	u0, u1, v0, v1 int // bounding box, inclusive
	ink, area      int
	runs           []int
	// fitted line: centre v = c0 + slope·u; heights at the two ends
	c0, slope float64
	hL, hR, h float64
	// measured at detection scale
	pitch, periodic float64
	n               int
}

func (b *blob) length() float64 { return float64(b.u1 - b.u0 + 1) }
func (b *blob) centre(u float64) float64 {
	return b.c0 + b.slope*u
}
func (b *blob) mid() float64 { return b.centre(float64(b.u0+b.u1) / 2) }

// blobs smears the strokes of each row across gaps up to gap pixels and
// joins the runs that touch from row to row.
func (fr *frame) blobs(gap int) ([]*blob, []run) {
	var runs []run
	rowStart := make([]int, fr.vh+1)
	for y := range fr.vh {
		rowStart[y] = len(runs)
		row := fr.bits[y*fr.uw : (y+1)*fr.uw]
		x := 0
		for x < fr.uw {
			if !row[x] {
				x++
				continue
			}
			x0, last := x, x
			for x < fr.uw && x-last <= gap {
				if row[x] {
					last = x
				}
				x++
			}
			runs = append(runs, run{y: y, x0: x0, x1: last + 1})
			x = last + 1
		}
	}
	rowStart[fr.vh] = len(runs)
	parent := make([]int32, len(runs))
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for y := 1; y < fr.vh; y++ {
		a, aEnd := rowStart[y-1], rowStart[y]
		b, bEnd := rowStart[y], rowStart[y+1]
		for a < aEnd && b < bEnd {
			ra, rb := runs[a], runs[b]
			if ra.x0 < rb.x1 && rb.x0 < ra.x1 {
				pa, pb := find(int32(a)), find(int32(b))
				if pa != pb {
					parent[pb] = pa
				}
			}
			if ra.x1 < rb.x1 {
				a++
			} else {
				b++
			}
		}
	}
	// Each blob's run list is a slice of one array, sized by a first
	// count of the runs under each root.
	count := make([]int32, len(runs))
	for i := range runs {
		runs[i].comp = int(find(int32(i)))
		count[runs[i].comp]++
	}
	byRoot := make([]*blob, len(runs))
	lists := make([]int, len(runs))
	var out []*blob
	for i := range runs {
		r := &runs[i]
		root := r.comp
		bl := byRoot[root]
		if bl == nil {
			n := int(count[root])
			bl = &blob{u0: r.x0, u1: r.x1 - 1, v0: r.y, v1: r.y, runs: lists[:0:n]}
			lists = lists[n:]
			byRoot[root] = bl
			out = append(out, bl)
		}
		bl.u0, bl.u1 = min(bl.u0, r.x0), max(bl.u1, r.x1-1)
		bl.v0, bl.v1 = min(bl.v0, r.y), max(bl.v1, r.y)
		bl.area += r.x1 - r.x0
		bl.runs = append(bl.runs, i)
	}
	return out, runs
}

// splitDepth is how deep, against the lower of the peaks beside it, a
// valley of a blob's row profile must be to cut the blob there.
const splitDepth = 0.35

// split cuts a blob at the rows where its ink nearly vanishes, so that
// lines joined by a stray stroke, a frame drawn round the zone or the edge
// of the card come apart. It returns the blob itself when it is one band.
func (fr *frame) split(b *blob, runs []run) []*blob {
	ht := b.v1 - b.v0 + 1
	if ht < 6 {
		return []*blob{b}
	}
	ink := make([]int, ht)
	for _, i := range b.runs {
		r := runs[i]
		row := fr.bits[r.y*fr.uw:]
		for x := r.x0; x < r.x1; x++ {
			if row[x] {
				ink[r.y-b.v0]++
			}
		}
	}
	// Cut at the deepest valley of the row profile while it is deep
	// against the peaks on both sides; repeat on each part.
	var bands [][2]int
	var cut func(a, z int)
	cut = func(a, z int) { // rows a..z inclusive, offsets into ink
		best, bestV := -1, 0.0
		if z-a < 2 {
			bands = append(bands, [2]int{b.v0 + a, b.v0 + z})
			return
		}
		// the peaks left and right of each row, in one pass each way
		left := make([]int, z-a+1)
		right := make([]int, z-a+1)
		for y := a; y <= z; y++ {
			left[y-a] = ink[y]
			if y > a {
				left[y-a] = max(left[y-a-1], ink[y])
			}
		}
		for y := z; y >= a; y-- {
			right[y-a] = ink[y]
			if y < z {
				right[y-a] = max(right[y-a+1], ink[y])
			}
		}
		for y := a + 1; y <= z-1; y++ {
			lp, rp := left[y-1-a], right[y+1-a]
			depth := float64(ink[y]) / float64(max(1, min(lp, rp)))
			if depth <= splitDepth && (best < 0 || depth < bestV) {
				best, bestV = y, depth
			}
		}
		if best < 0 {
			bands = append(bands, [2]int{b.v0 + a, b.v0 + z})
			return
		}
		cut(a, best-1)
		cut(best+1, z)
	}
	cut(0, ht-1)
	// Trim the faint rows off each band's ends: an edge or a stroke
	// running across the line is not part of it.
	for i, bd := range bands {
		a, z := bd[0]-b.v0, bd[1]-b.v0
		peak := 0
		for _, n := range ink[a : z+1] {
			peak = max(peak, n)
		}
		for a < z && float64(ink[a]) < splitDepth*float64(peak) {
			a++
		}
		for z > a && float64(ink[z]) < splitDepth*float64(peak) {
			z--
		}
		bands[i] = [2]int{b.v0 + a, b.v0 + z}
	}
	if len(bands) < 2 {
		return []*blob{b}
	}
	var out []*blob
	for _, band := range bands {
		nb := &blob{u0: math.MaxInt, u1: -1, v0: band[0], v1: band[1]}
		for _, i := range b.runs {
			r := runs[i]
			if r.y < band[0] || r.y > band[1] {
				continue
			}
			nb.runs = append(nb.runs, i)
			nb.u0, nb.u1 = min(nb.u0, r.x0), max(nb.u1, r.x1-1)
			nb.area += r.x1 - r.x0
		}
		if len(nb.runs) > 0 {
			out = append(out, nb)
		}
	}
	return out
}

// fit fits the centre line of a blob's strokes and its height near each
// end; false when the blob is not line-shaped.
func (fr *frame) fit(b *blob, runs []run) bool {
	var n, su, sv, suu, suv float64
	for _, i := range b.runs {
		r := runs[i]
		row := fr.bits[r.y*fr.uw:]
		for x := r.x0; x < r.x1; x++ {
			if row[x] {
				u, v := float64(x), float64(r.y)
				n++
				su += u
				sv += v
				suu += u * u
				suv += u * v
			}
		}
	}
	b.ink = int(n)
	if n < 20 {
		return false
	}
	den := n*suu - su*su
	if den <= 0 {
		return false
	}
	b.slope = (n*suv - su*sv) / den
	b.c0 = (sv - b.slope*su) / n
	if math.Abs(b.slope) > 0.08 {
		return false
	}
	third := float64(b.u1-b.u0+1) / 3
	var left, right []float64
	for _, i := range b.runs {
		r := runs[i]
		row := fr.bits[r.y*fr.uw:]
		for x := r.x0; x < r.x1; x++ {
			if !row[x] {
				continue
			}
			res := float64(r.y) - b.centre(float64(x))
			switch {
			case float64(x) < float64(b.u0)+third:
				left = append(left, res)
			case float64(x) > float64(b.u1)-third:
				right = append(right, res)
			}
		}
	}
	if len(left) < 8 || len(right) < 8 {
		return false
	}
	b.hL, b.hR = spread(left), spread(right)
	b.h = (b.hL + b.hR) / 2
	return b.h >= 2
}

// spread is the height covered by residuals: the 6th to the 94th
// percentile widened to the whole (glyph ink spreads evenly over the
// height), plus one pixel. The trimmed tails keep a stray stroke across the
// line, such as a frame's end, from stretching it.
func spread(r []float64) float64 {
	sort.Float64s(r)
	lo := r[len(r)*6/100]
	hi := r[min(len(r)-1, len(r)*94/100)]
	return (hi-lo)/0.88 + 1
}

// measure estimates the fixed pitch of a line blob from its column profile
// at detection scale.
func (fr *frame) measure(b *blob) {
	n := b.u1 - b.u0 + 1
	prof := make([]float64, n)
	for i := range n {
		u := float64(b.u0 + i)
		c := b.centre(u)
		y0, y1 := int(math.Floor(c-b.h/2)), int(math.Ceil(c+b.h/2))
		for y := max(0, y0); y <= min(fr.vh-1, y1); y++ {
			if fr.bits[y*fr.uw+b.u0+i] {
				prof[i]++
			}
		}
	}
	b.pitch, b.periodic = period(prof, float64(n)/48, float64(n)/25)
	if b.pitch > 0 {
		b.n = int(math.Round(float64(n)/b.pitch + 0.3))
	}
}

// period returns the lag in [lo, hi] at which prof best repeats, refined
// to a fraction of a sample, and the normalised autocorrelation there.
func period(prof []float64, lo, hi float64) (float64, float64) {
	n := len(prof)
	if n < 8 {
		return 0, 0
	}
	var mean float64
	for _, v := range prof {
		mean += v
	}
	mean /= float64(n)
	z := make([]float64, n)
	var e0 float64
	for i, v := range prof {
		z[i] = v - mean
		e0 += z[i] * z[i]
	}
	if e0 == 0 {
		return 0, 0
	}
	a, b := max(2, int(math.Floor(lo))), min(n/2, int(math.Ceil(hi))+1)
	if b <= a+1 {
		return 0, 0
	}
	ac := make([]float64, b+2)
	for lag := a - 1; lag <= b+1 && lag < n; lag++ {
		var s float64
		for i := 0; i+lag < n; i++ {
			s += z[i] * z[i+lag]
		}
		ac[lag] = s / e0 * float64(n) / float64(n-lag)
	}
	best := -1
	for lag := a; lag <= b; lag++ {
		if float64(lag) < lo-0.5 || float64(lag) > hi+0.5 {
			continue
		}
		if best < 0 || ac[lag] > ac[best] {
			best = lag
		}
	}
	if best < 0 {
		return 0, 0
	}
	// a repeat at twice the pitch is as strong: prefer the pitch itself
	if h := int(math.Round(float64(best) / 2)); float64(h) >= lo-0.5 && h >= a && ac[h] >= 0.7*ac[best] {
		best = h
	}
	p := float64(best)
	if best-1 >= 1 && best+1 < len(ac) {
		l, c, r := ac[best-1], ac[best], ac[best+1]
		if d := l - 2*c + r; d < 0 {
			p += max(-0.5, min(0.5, 0.5*(l-r)/d))
		}
	}
	return p, ac[best]
}
