package docquad

import "math"

const (
	parallelCos  = 0.94 // cos 20°: the widest angle between opposite sides (perspective)
	crossSin     = 0.42 // sin 25°: adjacent sides may be 90° ± 25° apart
	minCornerCos = 0.57 // |cos 55°|: no corner sharper than 55° or wider than 125°
)

// A quad is a candidate outline: the lines of its four sides in order round
// it, and its corners, corner k joining side k−1 and side k.
type quad struct {
	side    [4]*line
	corner  [4]Point
	score   float64
	borders int
	out     [4]bool // corners out of the frame, see markOut
}

// search tries every shape made of two roughly parallel pairs of lines,
// image borders included, and returns the best by score weighted towards
// larger shapes, with ok false when no shape passes the checks.
func (ws *workspace) search() (best quad, ok bool) {
	ws.all = ws.all[:0]
	for i := range ws.lines {
		if ws.lines[i].n > 0 {
			ws.all = append(ws.all, &ws.lines[i])
		}
	}
	for i := range 4 {
		ws.edges[i] = ws.borderLine(i)
		ws.all = append(ws.all, &ws.edges[i])
	}
	ws.cornerTable()
	ws.pairs = ws.parallelPairs(ws.pairs[:0])
	bestRank := 0.0
	var q quad
	for i, a := range ws.pairs {
		for _, b := range ws.pairs[i+1:] {
			if !ws.tryQuad(&q, a, b, bestRank) {
				continue
			}
			if r := q.rank(); r > bestRank {
				best, bestRank, ok = q, r, true
			}
		}
	}
	return best, ok
}

// parallelPairs lists pairs of roughly parallel lines far enough apart to be
// opposite sides of a document, never two borders.
func (ws *workspace) parallelPairs(dst [][2]*line) [][2]*line {
	cx, cy := float64(ws.sw-1)/2, float64(ws.sh-1)/2
	minSep := 0.12 * float64(min(ws.sw, ws.sh))
	for i, a := range ws.all {
		for _, b := range ws.all[i+1:] {
			dot := a.nx*b.nx + a.ny*b.ny
			if math.Abs(dot) < parallelCos || (a.border >= 0 && b.border >= 0) {
				continue
			}
			da, db := a.nx*cx+a.ny*cy-a.rho, b.nx*cx+b.ny*cy-b.rho
			if dot < 0 {
				db = -db
			}
			if math.Abs(da-db) >= minSep {
				dst = append(dst, [2]*line{a, b})
			}
		}
	}
	return dst
}

// rank orders shapes: by score, and among shapes scoring alike the larger,
// since a document's own boxes and photo have sides as clear as its edges.
func (q *quad) rank() float64 { return q.score * math.Sqrt(math.Abs(q.area())) }

// tryQuad builds in q the shape bounded by pairs a and b and scores it,
// unless even a perfect score would not lift it above rank beat. Most pairs
// of pairs fail the first checks, so q is filled in place rather than
// returned: copying a shape back costs more than those checks.
func (ws *workspace) tryQuad(q *quad, a, b [2]*line, beat float64) bool {
	if abs(a[0].nx*b[0].nx+a[0].ny*b[0].ny) > crossSin {
		return false
	}
	q.side = [4]*line{a[0], b[0], a[1], b[1]}
	n := len(ws.all)
	for k := range 4 {
		c := &ws.corners[q.side[(k+3)%4].id*n+q.side[k].id]
		if !c.ok {
			return false
		}
		q.corner[k] = c.p
	}
	q.borders = 0
	for _, s := range q.side {
		if s.border >= 0 {
			q.borders++
		}
	}
	if q.borders > 2 {
		return false
	}
	f := borderFactor[q.borders]
	if f*f*abs(q.area()) <= beat*beat || !q.convex() {
		return false
	}
	q.out, q.score = [4]bool{}, 0
	s, ok := ws.score(*q)
	*q = s
	return ok
}

// convex reports whether the corners turn the same way all round, with no
// corner too sharp or too wide for a document under mild perspective.
func (q *quad) convex() bool {
	sign := 0.0
	for k := range 4 {
		p, c, n := q.corner[(k+3)%4], q.corner[k], q.corner[(k+1)%4]
		ux, uy, vx, vy := p.X-c.X, p.Y-c.Y, n.X-c.X, n.Y-c.Y
		lu, lv, dot := ux*ux+uy*uy, vx*vx+vy*vy, ux*vx+uy*vy
		if lu < 1 || lv < 1 || dot*dot > minCornerCos*minCornerCos*lu*lv {
			return false
		}
		cross := ux*vy - uy*vx
		if sign != 0 && cross*sign < 0 {
			return false
		}
		sign = cross
	}
	return true
}

// area is the shape's signed area by the shoelace formula.
func (q *quad) area() float64 {
	s := 0.0
	for k := range 4 {
		a, b := q.corner[k], q.corner[(k+1)%4]
		s += a.X*b.Y - b.X*a.Y
	}
	return s / 2
}
