package docquad

import "math"

const (
	// printAligned is cos 10°: an edge pixel is print aligned with a shape
	// when its gradient is that close to one of the shape's axes.
	printAligned = 0.985
	// printDensity is the share of aligned edge pixels, averaged over all
	// but the emptiest side, above which the band round a shape is taken
	// for more of the document: the text and boxes of a page around its
	// own photo or field box. A desk, even a cluttered one, stays well
	// below it (the MIDV card's surroundings reach about 0.11), since its
	// clutter lies at any angle.
	printDensity = 0.15
	// maxWholeAspect is the widest long/short ratio of a document seen
	// whole, allowing for perspective; thinner whole shapes are a band of
	// the document, such as its machine-readable zone.
	maxWholeAspect = 2.4
)

// insidePage reports whether q, seen whole, is more likely a box printed on
// a document that fills the frame than the document itself: on at least
// three sides with room beyond them, the band outside is dense with edges
// running along q's own axes, as print does.
func (ws *workspace) insidePage(q *quad) bool {
	depth := 0.12 * float64(min(ws.sw, ws.sh))
	var dens [4]float64
	n := 0
	for k := range 4 {
		d, probes := ws.alignedDensity(q, k, 3, depth)
		if probes >= int(2*depth) {
			dens[n] = d
			n++
		}
	}
	if n < 3 {
		return false
	}
	sum, least := 0.0, 1.0
	for _, d := range dens[:n] {
		sum, least = sum+d, math.Min(least, d)
	}
	return (sum-least)/float64(n-1) >= printDensity
}

// pageBlock reports whether q, running out of the frame, is more likely a
// block of print on a page than a document running out: the band beyond
// every real side with room beyond it, at least two of them, is dense with
// edges along q's own axes. A document running out of the frame shows at
// most three real sides and has the desk beyond some of them (the MIDV
// card's crops reach at most 0.07 on their emptiest side); a column of a
// page's text has more text above it, below it and across its edge.
func (ws *workspace) pageBlock(q *quad) bool {
	depth := 0.12 * float64(min(ws.sw, ws.sh))
	n := 0
	for k, s := range q.side {
		if s.border >= 0 {
			continue
		}
		d, probes := ws.alignedDensity(q, k, 3, depth)
		if probes < int(2*depth) {
			continue
		}
		if d < printDensity {
			return false
		}
		n++
	}
	return n >= 2
}

// alignedDensity returns the share of pixels in the band beyond side k of q,
// from offset d0 to d1 outward, with a strong gradient along one of q's axes
// (the side's normal or its direction), and the number of pixels probed;
// probing stops at the frame's edge. The band leaves out the side's first
// and last tenth, near corners where other sides' edges lie.
func (ws *workspace) alignedDensity(q *quad, k int, d0, d1 float64) (float64, int) {
	a, b := q.corner[k], q.corner[(k+1)%4]
	c := q.centre()
	ux, uy := b.X-a.X, b.Y-a.Y
	n := math.Hypot(ux, uy)
	if n < 1 {
		return 0, 0
	}
	ux, uy = ux/n, uy/n
	nx, ny := -uy, ux
	if (a.X-c.X)*nx+(a.Y-c.Y)*ny < 0 {
		nx, ny = -nx, -ny
	}
	fux, fuy, fnx, fny := float32(ux), float32(uy), float32(nx), float32(ny)
	const c2 = printAligned * printAligned
	hits, probes := 0, 0
	for s := 0.1 * n; s <= 0.9*n; s++ {
		px, py := a.X+s*ux, a.Y+s*uy
		for d := d0; d <= d1; d++ {
			x, y := int(px+d*nx+0.5), int(py+d*ny+0.5)
			if x < 1 || y < 1 || x >= ws.sw-1 || y >= ws.sh-1 {
				break
			}
			probes++
			i := y*ws.sw + x
			gx, gy := ws.gx[i], ws.gy[i]
			m := gx*gx + gy*gy
			along, across := gx*fux+gy*fuy, gx*fnx+gy*fny
			if m >= edgeMag*edgeMag && (across*across >= c2*m || along*along >= c2*m) {
				hits++
			}
		}
	}
	if probes == 0 {
		return 0, 0
	}
	return float64(hits) / float64(probes), probes
}

// centre is the mean of q's corners.
func (q *quad) centre() Point {
	var c Point
	for _, p := range q.corner {
		c.X, c.Y = c.X+p.X/4, c.Y+p.Y/4
	}
	return c
}
