package docquad

import (
	"math"
	"runtime"
	"sync"
)

// MinScore is the least Score of a reported outline; MinCutScore the least
// of one reported as cut off, a verdict that costs as much when wrong as a
// miss does; MinCornerScore the least of one of which only a corner is seen,
// two sides and the two borders they run into.
const (
	MinScore       = 0.55
	MinCutScore    = 0.65
	MinCornerScore = 0.8
)

// minPlane is the shortest side, in pixels, of a plane worth searching: a
// thumbnail shows too little of a document's edges to judge them.
const minPlane = 96

// A Point is a position in plane pixels.
type Point struct{ X, Y float64 }

// A Result is the outline Find found, if any.
type Result struct {
	Found bool
	// Corners run clockwise from the top-left, in plane pixels. A corner may
	// lie outside the plane when the document is cut off; where a side is
	// the image border, its corners lie on that border.
	Corners [4]Point
	// Cut tells, per image side (0 top, 1 right, 2 bottom, 3 left), whether
	// the document runs into or beyond that border.
	Cut     [4]bool
	Area    float64 // share of the frame the visible document covers, 0–1
	TiltDeg float64 // angle of the long sides from the nearest image axis, degrees
	Aspect  float64 // long/short side ratio; meaningful only when nothing is Cut
	Score   float64 // confidence 0–1, as described in the package documentation
	// OnPage tells that the shape is a block of print on a document that
	// runs out of the frame, such as a column of a page's text, rather than
	// a document's own outline: it shows where the print is, not where a
	// document ends, so nothing is Cut and Area is not the document's.
	OnPage bool
}

// A workspace holds the buffers of one search, reused between calls.
type workspace struct {
	sw, sh        int
	small, gx, gy []float32
	acc           []int32
	rhoMax        int
	cand          []peak
	lines         []line
	edges         [4]line
	all           []*line
	pairs         [][2]*line
	corners       []cornerAt
	prof          []int32
}

// spare holds the workspaces of finished searches, at most one per thread
// that may run Find at once. Unlike a sync.Pool it is not emptied by the
// garbage collector, so Find allocates nothing once each caller has run.
var spare struct {
	sync.Mutex
	list []*workspace
}

func getWorkspace() *workspace {
	spare.Lock()
	defer spare.Unlock()
	if n := len(spare.list); n > 0 {
		ws := spare.list[n-1]
		spare.list = spare.list[:n-1]
		return ws
	}
	return new(workspace)
}

func putWorkspace(ws *workspace) {
	spare.Lock()
	defer spare.Unlock()
	if len(spare.list) < runtime.GOMAXPROCS(0) {
		spare.list = append(spare.list, ws)
	}
}

// Find looks for the outline of a document (an ID-1 card, a passport page, a
// sheet of paper) in a luma plane of w×h float32 samples, 0–255, row-major
// (kyclint's working plane: the photo area-averaged so its long side is at
// most 1000 px). It reports Found only with good evidence.
func Find(w, h int, pix []float32) Result {
	if w < minPlane || h < minPlane || w > len(pix)/h {
		return Result{}
	}
	ws := getWorkspace()
	defer putWorkspace(ws)
	f := reduceFactor(w, h)
	ws.reduce(w, h, pix, f)
	ws.gradient()
	ws.vote()
	ws.peaks(int32(max(12, 0.08*float64(min(ws.sw, ws.sh)))))
	ws.profile()
	q, ok := ws.search()
	if !ok || q.score < MinScore || !q.cut() && (q.aspect() > maxWholeAspect || ws.insidePage(&q)) {
		return Result{}
	}
	r := ws.result(&q, f)
	if r.Found && q.cut() && ws.pageBlock(&q) {
		r.Cut, r.OnPage = [4]bool{}, true
	}
	return r
}

// result turns q into plane coordinates and withholds a cut-off verdict that
// lacks the stronger evidence it needs.
func (ws *workspace) result(q *quad, f int) Result {
	r := Result{Found: true, Score: math.Min(1, q.score), Area: ws.visibleArea(q),
		TiltDeg: q.tilt(), Aspect: q.aspect()}
	cut := false
	for k, p := range q.corner {
		for i := range 4 {
			if q.out[k] && (ws.cornerBeyond(p, i) || q.side[k].border == i || q.side[(k+3)%4].border == i) {
				r.Cut[i], cut = true, true
			}
		}
	}
	if cut && q.score < MinCutScore || q.borders == 2 && q.score < MinCornerScore {
		return Result{}
	}
	first := 0
	for k, p := range q.corner {
		if p.X+p.Y < q.corner[first].X+q.corner[first].Y {
			first = k
		}
	}
	step := 1 // corners run clockwise on screen when the shoelace area is positive
	if q.area() < 0 {
		step = 3
	}
	for k := range 4 {
		p := q.corner[(first+k*step)%4]
		r.Corners[k] = Point{(p.X+0.5)*float64(f) - 0.5, (p.Y+0.5)*float64(f) - 0.5}
	}
	return r
}
