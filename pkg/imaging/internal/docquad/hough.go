package docquad

import (
	"math"
	"slices"
)

const (
	angleBins  = 180 // one bin per degree of the line normal's angle
	voteSpread = 3   // a pixel votes for its gradient direction ± this many degrees
	edgeMag    = 36  // least Sobel magnitude of an edge pixel: a step of about 10 grey levels
	maxLines   = 28  // lines kept for the shape search, strongest first
)

// trig holds cos and sin of each angle bin.
var trig = func() (t [angleBins][2]float64) {
	for i := range t {
		a := float64(i) * math.Pi / angleBins
		t[i] = [2]float64{math.Cos(a), math.Sin(a)}
	}
	return t
}()

// vote fills the Hough accumulator from the thinned edge pixels. Lines are
// x·cos θ + y·sin θ = ρ about the plane's centre; a pixel votes only for
// angles close to its own gradient direction, which keeps text and texture
// from piling up votes at every angle.
func (ws *workspace) vote() {
	sw, sh := ws.sw, ws.sh
	ws.rhoMax = int(math.Hypot(float64(sw), float64(sh))/2) + 2
	nr := 2*ws.rhoMax + 1
	ws.acc = grow(ws.acc, angleBins*nr)
	clear(ws.acc)
	cx, cy := float64(sw-1)/2, float64(sh-1)/2
	for y := 1; y < sh-1; y++ {
		for x := 1; x < sw-1; x++ {
			gx, gy, ok := ws.edgeAt(x, y)
			if !ok {
				continue
			}
			t0 := (int(math.Round(math.Atan2(gy, gx)*angleBins/math.Pi)) + 2*angleBins) % angleBins
			for t := t0 - voteSpread; t <= t0+voteSpread; t++ {
				tb, sign := wrapAngle(t)
				r := sign * ((float64(x)-cx)*trig[tb][0] + (float64(y)-cy)*trig[tb][1])
				ws.acc[tb*nr+int(math.Round(r))+ws.rhoMax]++
			}
		}
	}
}

// wrapAngle folds an angle bin into [0, angleBins); a normal turned by 180°
// describes the same line with ρ negated, which sign reports.
func wrapAngle(t int) (int, float64) {
	switch {
	case t < 0:
		return t + angleBins, -1
	case t >= angleBins:
		return t - angleBins, -1
	}
	return t, 1
}

// edgeAt reports the gradient at (x, y) when it is an edge pixel: strong
// enough and no weaker than its neighbours across the edge.
func (ws *workspace) edgeAt(x, y int) (gx, gy float64, ok bool) {
	i := y*ws.sw + x
	fx, fy := ws.gx[i], ws.gy[i]
	m := fx*fx + fy*fy
	if m < edgeMag*edgeMag {
		return 0, 0, false
	}
	dx, dy := 0, 0
	ax, ay := abs32(fx), abs32(fy)
	if ax >= ay*0.4142 {
		dx = 1
	}
	if ay >= ax*0.4142 {
		dy = 1
		if fx*fy < 0 {
			dy = -1
		}
	}
	j, k := i+dy*ws.sw+dx, i-dy*ws.sw-dx
	if m < ws.mag2(j) || m < ws.mag2(k) {
		return 0, 0, false
	}
	return float64(fx), float64(fy), true
}

func (ws *workspace) mag2(i int) float32 { return ws.gx[i]*ws.gx[i] + ws.gy[i]*ws.gy[i] }

func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// peaks returns the strongest distinct lines, at most maxLines, each with at
// least minVotes votes.
func (ws *workspace) peaks(minVotes int32) []line {
	nr := 2*ws.rhoMax + 1
	ws.cand = ws.cand[:0]
	for t := range angleBins {
		row := ws.acc[t*nr : (t+1)*nr]
		for r := 1; r < nr-1; r++ {
			if v := row[r]; v >= minVotes && v >= row[r-1] && v > row[r+1] {
				ws.cand = append(ws.cand, peak{t, r, v})
			}
		}
	}
	slices.SortFunc(ws.cand, func(a, b peak) int { return int(b.votes - a.votes) })
	ws.lines = ws.lines[:0]
	for _, p := range ws.cand {
		if len(ws.lines) == maxLines {
			break
		}
		if !ws.nearKept(p, 4, 6) {
			ws.lines = append(ws.lines, ws.lineFromPeak(p))
		}
	}
	ws.addHugging()
	return ws.lines
}

// hugDist is how far inside each image border a line is always tried: a
// document edge within a pixel or two of the border gathers few Hough votes
// there, yet tells a whole document from one running out of the frame.
const hugDist = 2

// addHugging adds the lines hugDist inside each border that no Hough peak
// already stands for.
func (ws *workspace) addHugging() {
	nr := 2*ws.rhoMax + 1
	cx, cy := float64(ws.sw-1)/2, float64(ws.sh-1)/2
	for _, h := range [4]struct {
		bin int
		rho float64
	}{{90, hugDist - cy}, {0, cx - hugDist}, {90, cy - hugDist}, {0, hugDist - cx}} {
		p := peak{t: h.bin, r: int(math.Round(h.rho)) + ws.rhoMax}
		if p.r > 0 && p.r < nr && !ws.nearKept(p, 0, 1) {
			ws.lines = append(ws.lines, ws.lineFromPeak(p))
		}
	}
}

// nearKept reports whether a line already kept lies within dtMax angle bins
// and drMax pixels of p.
func (ws *workspace) nearKept(p peak, dtMax int, drMax float64) bool {
	for _, l := range ws.lines {
		dt := p.t - l.bin
		dr := float64(p.r-ws.rhoMax) - l.rhoC
		if dt > angleBins/2 {
			dt, dr = dt-angleBins, float64(p.r-ws.rhoMax)+l.rhoC
		} else if dt < -angleBins/2 {
			dt, dr = dt+angleBins, float64(p.r-ws.rhoMax)+l.rhoC
		}
		if dt >= -dtMax && dt <= dtMax && math.Abs(dr) <= drMax {
			return true
		}
	}
	return false
}

// A peak is an accumulator cell: angle bin, ρ bin and votes.
type peak struct {
	t, r  int
	votes int32
}
