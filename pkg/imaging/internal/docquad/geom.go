package docquad

import "math"

// outShare is how far, as a share of the frame's width or height, a corner
// may lie beyond an image border and still count as in the frame: the sharp
// corner where two sides of a card meet lies that far beyond the card's
// rounded corner, and a document this close to whole is not worth a retake.
const outShare = 0.03

// cornerBeyond reports whether p lies past image border i.
func (ws *workspace) cornerBeyond(p Point, i int) bool {
	w, h := float64(ws.sw-1), float64(ws.sh-1)
	tol := [4]float64{h, w, h, w}[i] * outShare
	return [4]float64{-p.Y, p.X - w, p.Y - h, -p.X}[i] > tol
}

// lengths are the four side lengths.
func (q *quad) lengths() (l [4]float64) {
	for k := range 4 {
		a, b := q.corner[k], q.corner[(k+1)%4]
		l[k] = math.Hypot(b.X-a.X, b.Y-a.Y)
	}
	return l
}

// aspect is the ratio of the mean lengths of the longer and the shorter pair
// of opposite sides.
func (q *quad) aspect() float64 {
	l := q.lengths()
	a, b := (l[0]+l[2])/2, (l[1]+l[3])/2
	return math.Max(a, b) / math.Max(math.Min(a, b), 1e-9)
}

// tilt is the angle in degrees of the longer pair of sides from the nearest
// image axis; a side taken from the image border stands in for nothing, so
// the real side of the pair is used.
func (q *quad) tilt() float64 {
	l := q.lengths()
	k := 0
	if l[1]+l[3] > l[0]+l[2] {
		k = 1
	}
	if q.side[k].border >= 0 {
		k += 2
	}
	s := q.side[k]
	deg := math.Mod(math.Atan2(s.ny, s.nx)*180/math.Pi+360, 90)
	return math.Min(deg, 90-deg)
}

// visibleArea is the share of the frame covered by q clipped to the frame.
func (ws *workspace) visibleArea(q *quad) float64 {
	w, h := float64(ws.sw-1), float64(ws.sh-1)
	poly := q.corner[:]
	var bufA, bufB [12]Point
	for i := range 4 {
		out := bufA[:0]
		if i%2 == 1 {
			out = bufB[:0]
		}
		poly = clipHalf(out, poly, i, w, h)
	}
	s := 0.0
	for k := range poly {
		a, b := poly[k], poly[(k+1)%len(poly)]
		s += a.X*b.Y - b.X*a.Y
	}
	return math.Min(1, math.Abs(s)/2/(w*h))
}

// clipHalf keeps the part of poly inside image border i (Sutherland–Hodgman).
func clipHalf(dst, poly []Point, i int, w, h float64) []Point {
	inside := func(p Point) float64 { return [4]float64{p.Y, w - p.X, h - p.Y, p.X}[i] }
	for k := range poly {
		a, b := poly[k], poly[(k+1)%len(poly)]
		da, db := inside(a), inside(b)
		if da >= 0 {
			dst = append(dst, a)
		}
		if (da >= 0) != (db >= 0) {
			t := da / (da - db)
			dst = append(dst, Point{a.X + t*(b.X-a.X), a.Y + t*(b.Y-a.Y)})
		}
	}
	return dst
}
