package imaging

import "math"

// pixelBlur is the blur, in pixels, that an edge in perfect focus still
// shows once sampled; it is taken out of every estimate, so that what is
// left is the lens's and the hand's blur.
const pixelBlur = 0.4

// coarseFrom is the estimate, in pixels of the plane measured, above which
// the edges are measured again on a plane of half the size. The re-blur
// ratio loses its grip when an edge is blurred far beyond the known σa,
// and noise then makes heavy blur look milder than it is; halving the
// plane halves the blur and averages the noise down.
const coarseFrom = 1.0

// maxHalvings bounds the coarser planes measured: at a quarter of the
// working size an edge blurred by 8 pixels is back in the ratio's range.
const maxHalvings = 2

// minCoarseSide is the smallest short side, in pixels, of a coarser plane
// worth measuring: on fewer pixels a document's print merges into blobs
// whose edges no longer tell blur.
const minCoarseSide = 150

// multiScaleBlur measures the edge blur of p inside r on p and, while the
// blur is large, on planes of half and a quarter of its size. Each estimate
// is freed of pixelBlur and scaled back to p's pixels; the largest counts,
// since noise and sampling only ever make an edge look sharper.
func multiScaleBlur(p plane, r region) EdgeBlur {
	out := measureEdgeBlur(p, r)
	for d := range out.Directions {
		out.Directions[d] = unsample(out.Directions[d], 1)
	}
	out.Sigma = maxAll(out.Directions)
	cur, scale := p, 1
	for range maxHalvings {
		if finite(out.Sigma) && out.Sigma <= coarseFrom*float64(scale) && !lopsided(out) {
			break
		}
		if min(cur.w, cur.h)/2 < minCoarseSide {
			break
		}
		next := halve(cur)
		if cur.pix != nil && scale > 1 {
			putFloats(cur.pix)
		}
		cur, scale = next, scale*2
		var sr region
		if r != nil {
			sr = scaledRegion{r, float64(scale)}
		}
		b := measureEdgeBlur(cur, sr)
		for d := range out.Directions {
			out.Directions[d] = maxFinite(out.Directions[d], unsample(b.Directions[d], scale))
		}
		out.Edges += b.Edges
		out.Sigma = maxAll(out.Directions)
	}
	if scale > 1 {
		putFloats(cur.pix)
	}
	return out
}

// lopsided reports a measure where some directions have edges and others
// none strong enough: motion blur smears edges across its path into ramps
// too faint to count while the streaks it draws stay sharp. A coarser
// plane steepens the ramps until they are measured.
func lopsided(b EdgeBlur) bool {
	var measured, unmeasured int
	for _, d := range b.Directions {
		if finite(d) {
			measured++
		} else {
			unmeasured++
		}
	}
	return measured > 0 && unmeasured > 0
}

// maxAll is the largest measured estimate, +Inf when none was measured.
func maxAll(v [4]float64) float64 {
	m := math.Inf(1)
	for _, x := range v {
		m = maxFinite(m, x)
	}
	return m
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// maxFinite returns the larger of two estimates, ignoring an unmeasured
// (infinite) one unless both are.
func maxFinite(a, b float64) float64 {
	switch {
	case !finite(a):
		return b
	case !finite(b):
		return a
	}
	return max(a, b)
}

// unsample frees an estimate made on a plane scaled down by scale of the
// sampling blur, and returns it in full-plane pixels.
func unsample(sigma float64, scale int) float64 {
	if !finite(sigma) {
		return sigma
	}
	return float64(scale) * math.Sqrt(max(0, sigma*sigma-pixelBlur*pixelBlur))
}

// halve box-averages p to half its size (a plane from the free list).
func halve(p plane) plane {
	w, h := p.w/2, p.h/2
	out := plane{w: w, h: h, pix: getFloats(w * h)}
	for y := range h {
		a, b := p.pix[2*y*p.w:], p.pix[(2*y+1)*p.w:]
		row := out.pix[y*w : (y+1)*w]
		for x := range row {
			row[x] = (a[2*x] + a[2*x+1] + b[2*x] + b[2*x+1]) / 4
		}
	}
	return out
}

// A scaledRegion is a region seen on a plane scaled down by f.
type scaledRegion struct {
	r region
	f float64
}

func (s scaledRegion) contains(x, y float64) bool { return s.r.contains(x*s.f, y*s.f) }

func (s scaledRegion) bounds() (x0, y0, x1, y1 int) {
	x0, y0, x1, y1 = s.r.bounds()
	f := int(s.f)
	return x0 / f, y0 / f, (x1 + f - 1) / f, (y1 + f - 1) / f
}
