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
