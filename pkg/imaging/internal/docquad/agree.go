package docquad

import "math"

// agreement combines the real sides' support. Each side takes the contrast
// direction it shows best; when they all show the same one the shape scores
// in full, otherwise it is marked down by mixedPolarity.
func (q *quad) agreement(sup *[4]sideSupport) (quality float64, mixed, ok bool) {
	var sumB, sumD, sumBest float64
	allB, allD, n := true, true, 0
	for k, l := range q.side {
		if l.border >= 0 {
			continue
		}
		s := &sup[k]
		v, _ := s.best()
		if s.darker[0] > s.brighter[0] {
			allB = false
		} else {
			allD = false
		}
		if v[0] < minSideSupport || min(v[1], v[2], v[3]) < minThirdSupport {
			return 0, false, false
		}
		sumB, sumD, sumBest, n = sumB+s.brighter[0], sumD+s.darker[0], sumBest+v[0], n+1
	}
	if allB || allD {
		return math.Max(sumB, sumD) / float64(n), false, true
	}
	return mixedPolarity * sumBest / float64(n), true, true
}

// clearSides reports whether every real side of q has the support a shape
// running out of the frame needs.
func (q *quad) clearSides(sup *[4]sideSupport) bool {
	for k, l := range q.side {
		if v, _ := sup[k].best(); l.border < 0 && v[0] < minCutSideSupport {
			return false
		}
	}
	return true
}

// markOut decides which corners of q lie out of the frame: those on a side
// taken from the image border, and those beyond a border whose two sides
// run on, backed by edges, right up to where they leave the frame. A corner
// just beyond a border whose sides fade before it, as a card's rounded
// corner does, is the corner of a document seen whole. It returns false
// when a side taken from the border meets a real side that does not run
// into it.
func (ws *workspace) markOut(q *quad, sup *[4]sideSupport) bool {
	for k := range 4 {
		before, after := q.side[(k+3)%4], q.side[k]
		onBorder := before.border >= 0 || after.border >= 0
		beyond := false
		for i := range 4 {
			beyond = beyond || ws.cornerBeyond(q.corner[k], i)
		}
		if !onBorder && !beyond {
			continue
		}
		runs := true
		if before.border < 0 {
			_, e := sup[(k+3)%4].best()
			runs = runs && sup[(k+3)%4].open[1] && e[1] >= minEndSupport
		}
		if after.border < 0 {
			_, e := sup[k].best()
			runs = runs && sup[k].open[0] && e[0] >= minEndSupport
		}
		if onBorder && !runs {
			return false
		}
		q.out[k] = runs
	}
	return true
}

// cut reports whether any corner of q is out of the frame.
func (q *quad) cut() bool { return q.out != [4]bool{} }
