package docquad

import "math"

// A cornerAt is where two lines cross, and whether a shape may have a
// corner there.
type cornerAt struct {
	p  Point
	ok bool
}

// borderFactor is borderSide raised to the number of sides, 0 to 2, a shape
// takes from the image border.
var borderFactor = [3]float64{1, borderSide, borderSide * borderSide}

// cornerTable numbers the lines of ws.all and works out once where each two
// of them cross, since the shape search meets every crossing many times.
func (ws *workspace) cornerTable() {
	n := len(ws.all)
	ws.corners = grow(ws.corners, n*n)
	for i, l := range ws.all {
		l.id = i
	}
	for i, a := range ws.all {
		ws.corners[i*n+i] = cornerAt{}
		for j := i + 1; j < n; j++ {
			b := ws.all[j]
			p, ok := intersect(a, b)
			c := cornerAt{p, ok && ws.cornerPlausible(p, a, b)}
			ws.corners[i*n+j], ws.corners[j*n+i] = c, c
		}
	}
}

// cornerPlausible keeps corners near the frame: a corner on an image border
// must lie on the frame itself, and any other within half a frame of it.
func (ws *workspace) cornerPlausible(p Point, l1, l2 *line) bool {
	w, h := float64(ws.sw-1), float64(ws.sh-1)
	if l1.border >= 0 || l2.border >= 0 {
		return p.X >= -1 && p.Y >= -1 && p.X <= w+1 && p.Y <= h+1
	}
	return p.X >= -w/2 && p.Y >= -h/2 && p.X <= 1.5*w && p.Y <= 1.5*h
}

// intersect returns the point where two lines cross.
func intersect(a, b *line) (Point, bool) {
	det := a.nx*b.ny - a.ny*b.nx
	if math.Abs(det) < 1e-6 {
		return Point{}, false
	}
	return Point{(a.rho*b.ny - a.ny*b.rho) / det, (a.nx*b.rho - a.rho*b.nx) / det}, true
}
