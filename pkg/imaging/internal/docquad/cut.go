package docquad

const (
	// minCutSideSupport is the least edge support of each real side of a
	// shape that runs out of the frame: calling a good photo cut off costs
	// as much as missing a cut, so such a shape needs clear sides.
	minCutSideSupport = 0.6
	// closeSupport is the edge support at which a line across a shape,
	// parallel to a side taken from the image border, shows where the
	// document really ends.
	closeSupport = 0.5
)

// runsOut reports whether, for every side of q taken from the image border,
// the document's interior reaches that border: no real line parallel to the
// border crosses the shape from one neighbouring side to the other with
// edge support along the way. Such a line is the document's own edge (or a
// fold, or the next card), so the shape is not a document running out.
func (ws *workspace) runsOut(q *quad) bool {
	for k, s := range q.side {
		if s.border < 0 {
			continue
		}
		for i := range ws.lines {
			if ws.closes(q, k, &ws.lines[i]) {
				return false
			}
		}
	}
	return true
}

// closes reports whether l crosses q between the sides next to side k with
// edge support.
func (ws *workspace) closes(q *quad, k int, l *line) bool {
	b := q.side[k]
	if l.n == 0 || abs(l.nx*b.nx+l.ny*b.ny) < parallelCos {
		return false
	}
	prev, next := q.side[(k+3)%4], q.side[(k+1)%4]
	if l == prev || l == next || l == q.side[(k+2)%4] {
		return false
	}
	p1, ok1 := intersect(l, prev)
	p2, ok2 := intersect(l, next)
	if !ok1 || !ok2 || !between(p1, q.corner[(k+3)%4], q.corner[k]) ||
		!between(p2, q.corner[(k+1)%4], q.corner[(k+2)%4]) {
		return false
	}
	pos, neg, n := l.support(l.param(p1), l.param(p2))
	return n > 0 && max(pos, neg) >= closeSupport
}

// between reports whether p, a point on the line through a and b, lies
// between them.
func between(p, a, b Point) bool {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / (dx*dx + dy*dy)
	return t > 0 && t < 1
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
