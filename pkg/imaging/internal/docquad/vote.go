package docquad

import "math"

// A voteAngle is one angle a pixel may vote for: its bin folded into
// [0, angleBins) and its cos and sin, negated when folded, since a normal
// turned by 180° describes the same line with ρ negated.
type voteAngle struct {
	cos, sin float64
	bin      int
}

// voteAngles covers the bins from −voteSpread to angleBins+voteSpread, so
// that a pixel's votes are one slice of it.
var voteAngles = func() (t [angleBins + 2*voteSpread]voteAngle) {
	for i := range t {
		b, sign := i-voteSpread, 1.0
		if b < 0 || b >= angleBins {
			b, sign = (b+angleBins)%angleBins, -1
		}
		t[i] = voteAngle{sign * trig[b][0], sign * trig[b][1], b}
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
		fy := float64(y) - cy
		gxRow, gyRow := ws.gx[y*sw:(y+1)*sw], ws.gy[y*sw:(y+1)*sw]
		for x := 1; x < sw-1; x++ {
			if gxRow[x]*gxRow[x]+gyRow[x]*gyRow[x] < edgeMag*edgeMag || !ws.isEdge(x, y) {
				continue
			}
			fx := float64(x) - cx
			t0 := angleBin(gxRow[x], gyRow[x])
			for _, a := range voteAngles[t0 : t0+2*voteSpread+1] {
				ws.acc[a.bin*nr+roundHalfAway(fx*a.cos+fy*a.sin)+ws.rhoMax]++
			}
		}
	}
}

// angleBin returns the bin, 0 to angleBins−1, of the direction of the
// gradient (gx, gy) taken modulo 180°, by the arctangent of whichever ratio
// is at most 1.
func angleBin(gx, gy float32) int {
	var deg float32
	if abs32(gx) >= abs32(gy) {
		deg = atanDeg(gy / gx)
	} else {
		deg = 90 - atanDeg(gx/gy)
	}
	return int(deg+angleBins+0.5) % angleBins
}

// atanDeg is the arctangent of z, |z| ≤ 1, in degrees, to within 0.001°
// (a minimax polynomial), far finer than the one-degree bins.
func atanDeg(z float32) float32 {
	z2 := z * z
	p := 0.99997726 + z2*(-0.33262347+z2*(0.19354346+z2*(-0.11643287+z2*(0.05265332+z2*-0.01172120))))
	return z * p * (180 / math.Pi)
}

// isEdge reports whether the gradient at (x, y) is no weaker than at its
// neighbours across the edge, the gradient direction rounded to 45°.
func (ws *workspace) isEdge(x, y int) bool {
	i := y*ws.sw + x
	fx, fy := ws.gx[i], ws.gy[i]
	m := fx*fx + fy*fy
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
	return m >= ws.mag2(j) && m >= ws.mag2(k)
}

func (ws *workspace) mag2(i int) float32 { return ws.gx[i]*ws.gx[i] + ws.gy[i]*ws.gy[i] }

// roundHalfAway rounds v to the nearest integer, halves away from zero, as
// math.Round does, without its branches: ρ is a half-integer for every
// pixel of a line along an axis when the plane's side is even, so the rule
// decides which bin such a line falls into.
func roundHalfAway(v float64) int {
	return int(v + math.Float64frombits(math.Float64bits(0.5)|math.Float64bits(v)&(1<<63)))
}

// abs32 is |v| without a branch.
func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }
