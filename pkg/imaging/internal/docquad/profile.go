package docquad

import "math"

// alignCos is cos 20°: an edge pixel backs a line when its gradient is within
// 20° of the line's normal.
const alignCos = 0.94

// profile walks each real line through the frame one pixel at a time and
// records, as running counts, where an edge of the line's orientation lies
// within two pixels across it and which way its contrast runs.
func (ws *workspace) profile() {
	total := 0
	for i := range ws.lines {
		if lo, hi, ok := ws.span(&ws.lines[i]); ok {
			total += 2 * (int(hi-lo) + 2)
		}
	}
	ws.prof = grow(ws.prof, total)
	used := 0
	for i := range ws.lines {
		l := &ws.lines[i]
		lo, hi, ok := ws.span(l)
		if !ok {
			continue
		}
		l.s0, l.n = lo, int(hi-lo)+1
		l.pos, l.neg = ws.prof[used:used+l.n+1], ws.prof[used+l.n+1:used+2*l.n+2]
		used += 2*l.n + 2
		ws.walk(l)
	}
}

func (ws *workspace) walk(l *line) {
	l.pos[0], l.neg[0] = 0, 0
	for k := range l.n {
		p := l.at(l.s0 + float64(k))
		sign := ws.backing(l, p)
		l.pos[k+1], l.neg[k+1] = l.pos[k], l.neg[k]
		if sign > 0 {
			l.pos[k+1]++
		} else if sign < 0 {
			l.neg[k+1]++
		}
	}
}

// backing returns +1 or −1 when an edge aligned with l lies near p, by the
// direction of its gradient along l's normal, and 0 when none does.
func (ws *workspace) backing(l *line, p Point) int {
	best, sign := float32(edgeMag*edgeMag), 0
	for off := -2.0; off <= 2; off++ {
		// Truncating after adding 0.5 rounds a position in the frame to
		// the nearest pixel without math.Round's cost; left of or above
		// the frame, where it differs, the position is refused below.
		x := int(p.X + off*l.nx + 0.5)
		y := int(p.Y + off*l.ny + 0.5)
		if x < 1 || y < 1 || x >= ws.sw-1 || y >= ws.sh-1 {
			continue
		}
		i := y*ws.sw + x
		gx, gy := ws.gx[i], ws.gy[i]
		m := gx*gx + gy*gy
		dot := gx*float32(l.nx) + gy*float32(l.ny)
		if m >= best && dot*dot >= alignCos*alignCos*m {
			best, sign = m, 1
			if dot < 0 {
				sign = -1
			}
		}
	}
	return sign
}

// support returns the shares of samples between positions a and b along l
// backed by edges whose contrast runs along +n and against it, and the
// number of samples.
func (l *line) support(a, b float64) (pos, neg float64, n int) {
	if a > b {
		a, b = b, a
	}
	ka := max(0, int(math.Ceil(a-l.s0)))
	kb := min(l.n-1, int(math.Floor(b-l.s0)))
	if kb < ka {
		return 0, 0, 0
	}
	n = kb - ka + 1
	pos = float64(l.pos[kb+1]-l.pos[ka]) / float64(n)
	neg = float64(l.neg[kb+1]-l.neg[ka]) / float64(n)
	return pos, neg, n
}
