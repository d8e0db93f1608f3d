package docquad

import "math"

const (
	minSideSupport  = 0.45 // least share of a real side backed by edges
	minThirdSupport = 0.2  // least share in each third of a side: no long gaps
	minEndSupport   = 0.7  // least share of a side's last stretch where it leaves the frame
	mixedPolarity   = 0.85 // factor when the sides disagree on which way the contrast runs
	borderSide      = 0.92 // factor for each side taken from the image border
	minArea         = 0.03 // least share of the frame: smaller rectangles are a document's own boxes
	maxAspect       = 4    // no document, nor the part of one left in a frame, is a thinner strip
)

// docAspects are long/short side ratios of common documents: ID-1 card,
// passport page (and an open passport's spread), A4, US letter.
var docAspects = [...]float64{1.586, 1.42, 1.414, 1.294}

// sideSupport holds, for one real side, the shares of it backed by edges
// with the inside brighter and with the inside darker: whole and by thirds,
// and over the last stretch at each end (start, finish) where the side
// leaves the frame.
type sideSupport struct {
	brighter, darker [4]float64 // [0] whole side, [1..3] thirds
	endB, endD       [2]float64
	open             [2]bool
}

// best returns the side's support in the contrast direction it shows best.
func (s *sideSupport) best() (whole [4]float64, ends [2]float64) {
	if s.darker[0] > s.brighter[0] {
		return s.darker, s.endD
	}
	return s.brighter, s.endB
}

// score rates q, returning false when a real side is too short in the frame
// or not backed by edges along its length, or when q runs out of the frame
// without the evidence that needs.
func (ws *workspace) score(q quad) (quad, bool) {
	var sup [4]sideSupport
	c := q.centre()
	for k, l := range q.side {
		if l.border >= 0 {
			continue
		}
		s, ok := ws.sideSupport(l, q.corner[k], q.corner[(k+1)%4], c)
		if !ok {
			return quad{}, false
		}
		sup[k] = s
	}
	quality, mixed, ok := q.agreement(&sup)
	if !ok || q.aspect() > maxAspect || math.Abs(q.area()) < minArea*float64(ws.sw*ws.sh) || !ws.markOut(&q, &sup) {
		return quad{}, false
	}
	if q.cut() && (mixed || !q.clearSides(&sup) || !ws.runsOut(&q)) {
		return quad{}, false
	}
	q.score = quality * math.Pow(borderSide, float64(q.borders))
	if !q.cut() {
		q.score *= aspectPrior(q.aspect())
	}
	return q, true
}

// sideSupport measures the stretch of side l between corners a and b that
// lies in the frame. A closed end, a corner seen in the frame, is trimmed a
// little, where a card's rounded corner leaves the straight line; an open
// end, where the side leaves the frame, is measured on its own.
func (ws *workspace) sideSupport(l *line, a, b, centre Point) (sideSupport, bool) {
	var s sideSupport
	sa, sb := l.param(a), l.param(b)
	first, last := l.s0, l.s0+float64(l.n-1)
	full := math.Abs(sb - sa)
	trim := 0.05*full + 1
	lo, hi := math.Min(sa, sb), math.Max(sa, sb)
	openLo, openHi := lo <= first+1.5, hi >= last-1.5
	lo, hi = math.Max(lo, first), math.Min(hi, last)
	if !openLo {
		lo += trim
	}
	if !openHi {
		hi -= trim
	}
	minSide := 0.1 * float64(min(ws.sw, ws.sh))
	if hi-lo < minSide || hi-lo < 0.3*full {
		return s, false
	}
	flip := l.nx*centre.X+l.ny*centre.Y-l.rho < 0
	s.brighter[0], s.darker[0] = polar(l, lo, hi, flip)
	if max(s.brighter[0], s.darker[0]) < minSideSupport {
		return s, false
	}
	step := (hi - lo) / 3
	for i := 1; i < 4; i++ {
		x0, x1 := lo+float64(i-1)*step, lo+float64(i)*step
		s.brighter[i], s.darker[i] = polar(l, x0, x1, flip)
	}
	stretch := math.Max(4, 0.04*full)
	s.endB[0], s.endD[0] = polar(l, lo, lo+stretch, flip)
	s.endB[1], s.endD[1] = polar(l, hi-stretch, hi, flip)
	s.open = [2]bool{openLo, openHi}
	if sa > sb { // ends listed from corner a to corner b
		s.endB[0], s.endB[1] = s.endB[1], s.endB[0]
		s.endD[0], s.endD[1] = s.endD[1], s.endD[0]
		s.open[0], s.open[1] = s.open[1], s.open[0]
	}
	return s, true
}

// polar returns the support between positions x0 and x1 of l with the
// shape's inside brighter and darker; flip says the inside is on the side
// l's normal points away from.
func polar(l *line, x0, x1 float64, flip bool) (brighter, darker float64) {
	pos, neg, _ := l.support(x0, x1)
	if flip {
		return neg, pos
	}
	return pos, neg
}

// aspectPrior is 1 for a shape with a document's proportions, falling to 0.7
// for proportions unlike any document's.
func aspectPrior(a float64) float64 {
	best := 0.0
	for _, ref := range docAspects {
		d := math.Log(a / ref)
		best = math.Max(best, math.Exp(-d*d/(2*0.08*0.08)))
	}
	return 0.7 + 0.3*best
}
