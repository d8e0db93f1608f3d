package docquad

import "math"

// A line is n·p = rho in reduced-plane pixels, with the unit normal n. A real
// line comes from the Hough peaks and carries a support profile; a border
// line is one of the image's sides (0 top, 1 right, 2 bottom, 3 left).
type line struct {
	nx, ny, rho float64
	border      int // -1 for a real line
	bin         int // angle bin of a real line
	id          int // index among the lines of a shape search
	rhoC        float64
	// s0 is the position along the line of its first in-frame sample; the
	// profile holds n+1 running counts of samples with edge support whose
	// contrast runs along +n (pos) or against it (neg).
	s0       float64
	n        int
	pos, neg []int32
}

// dir is the line's direction, n turned a quarter left.
func (l *line) dir() (float64, float64) { return -l.ny, l.nx }

// at is the point at position s along the line.
func (l *line) at(s float64) Point {
	dx, dy := l.dir()
	return Point{l.nx*l.rho + s*dx, l.ny*l.rho + s*dy}
}

// pos of a point projected on the line.
func (l *line) param(p Point) float64 {
	dx, dy := l.dir()
	return p.X*dx + p.Y*dy
}

func (ws *workspace) lineFromPeak(p peak) line {
	c := trig[p.t]
	rc := float64(p.r - ws.rhoMax)
	cx, cy := float64(ws.sw-1)/2, float64(ws.sh-1)/2
	return line{nx: c[0], ny: c[1], rho: rc + cx*c[0] + cy*c[1], border: -1, bin: p.t, rhoC: rc}
}

// borderLine is image side i of the reduced plane as a line.
func (ws *workspace) borderLine(i int) line {
	w, h := float64(ws.sw-1), float64(ws.sh-1)
	switch i {
	case 0:
		return line{ny: 1, border: 0}
	case 1:
		return line{nx: 1, rho: w, border: 1}
	case 2:
		return line{ny: 1, rho: h, border: 2}
	}
	return line{nx: 1, border: 3}
}

// span returns the positions along l where it enters and leaves the frame,
// with ok false when it misses the frame.
func (ws *workspace) span(l *line) (lo, hi float64, ok bool) {
	lo, hi = math.Inf(-1), math.Inf(1)
	p0 := l.at(0)
	dx, dy := l.dir()
	for _, ax := range [2][3]float64{{p0.X, dx, float64(ws.sw - 1)}, {p0.Y, dy, float64(ws.sh - 1)}} {
		o, d, m := ax[0], ax[1], ax[2]
		if math.Abs(d) < 1e-9 {
			if o < 0 || o > m {
				return 0, 0, false
			}
			continue
		}
		a, b := (0-o)/d, (m-o)/d
		lo, hi = math.Max(lo, math.Min(a, b)), math.Min(hi, math.Max(a, b))
	}
	return lo, hi, hi-lo >= 1
}
