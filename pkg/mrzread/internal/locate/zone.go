package locate

import (
	"image"
	"math"
	"sort"
)

// smearGap is the widest gap between strokes, in detection pixels, that
// is bridged along a line.
const smearGap = 12

// legal are the MRZ line lengths ICAO 9303 defines.
var legal = [...]int{30, 36, 44}

// A group is a candidate zone: 2 or 3 line blobs, top to bottom in the
// frame.
type group struct {
	lines []*blob
	score float64
}

// zoneAt looks for the zone among text lines running at deg.
func (d *detection) zoneAt(deg float64) *Zone {
	fr := d.frame(deg)
	joined, runs := fr.blobs(smearGap)
	var all []*blob
	for _, b := range joined {
		if b.u1-b.u0+1 >= 40 {
			all = append(all, fr.split(b, runs)...)
		}
	}
	var lines, text []*blob
	for _, b := range all {
		w, ht := b.u1-b.u0+1, b.v1-b.v0+1
		if w < 40 || ht < 2 || w < 6*ht || b.area < 30 {
			if w > 30 {
				debugf("  reject u %d-%d v %d-%d", b.u0, b.u1, b.v0, b.v1)
			}
			continue
		}
		if !fr.fit(b, runs) {
			debugf("  reject fit u %d-%d v %d-%d h %.1f", b.u0, b.u1, b.v0, b.v1, b.h)
			continue
		}
		text = append(text, b)
		if b.length() < 10*b.h {
			continue
		}
		fr.measure(b)
		if b.n < 20 || b.n > 60 || b.periodic < 0.1 { // a loose first look: the strip decides
			debugf("  reject n u %d-%d v %d-%d h %.1f n %d per %.2f", b.u0, b.u1, b.v0, b.v1, b.h, b.n, b.periodic)
			continue
		}
		lines = append(lines, b)
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].mid() < lines[j].mid() })
	groups := makeGroups(lines, text)
	debugf("deg %.2f: %d blobs, %d lines, %d groups", deg, len(all), len(lines), len(groups))
	for _, l := range lines {
		debugf("  line u %d-%d v %.1f h %.1f n %d p %.2f per %.2f", l.u0, l.u1, l.mid(), l.h, l.n, l.pitch, l.periodic)
	}
	for i, g := range groups {
		if i >= 6 {
			break
		}
		if z := d.cut(fr, g); z != nil {
			return z
		}
	}
	return nil
}

// alike reports whether b can follow a as the next line of a zone.
func alike(a, b *blob) bool {
	h := (a.h + b.h) / 2
	if a.h > 1.6*b.h || b.h > 1.6*a.h {
		return false
	}
	la, lb := a.length(), b.length()
	if la > 1.2*lb || lb > 1.2*la {
		return false
	}
	if math.Abs(float64(a.u0-b.u0)) > 2*h+0.06*la && math.Abs(float64(a.u1-b.u1)) > 2*h+0.06*la {
		return false
	}
	dv := b.mid() - a.mid()
	if dv < 1.15*h || dv > 3.2*h {
		return false
	}
	return math.Abs(a.slope-b.slope) < 0.04
}

// makeGroups lists the pairs and triples of alike lines, best first; a
// group that another text line continues is left out.
func makeGroups(lines, text []*blob) []group {
	if len(lines) > 40 {
		lines = lines[:40]
	}
	var gs []group
	score := func(ls ...*blob) float64 {
		var s, p float64
		for _, l := range ls {
			s += l.length()
			p += l.periodic
		}
		p /= float64(len(ls))
		// A zone's lines share one count; a legal count is a strong sign.
		n := ls[0].n
		same := true
		for _, l := range ls[1:] {
			if abs(l.n-n) > 1 {
				same = false
			}
		}
		bonus := 1.0
		if same {
			bonus = 1.5
		}
		if len(ls) == 3 && abs(n-30) <= 2 || len(ls) == 2 && (abs(n-36) <= 2 || abs(n-44) <= 2) {
			bonus *= 1.5
		}
		return s * (0.3 + p) * bonus
	}
	for i, a := range lines {
		for j := i + 1; j < len(lines); j++ {
			b := lines[j]
			if !alike(a, b) {
				continue
			}
			gs = append(gs, group{lines: []*blob{a, b}, score: score(a, b)})
			for k := j + 1; k < len(lines); k++ {
				c := lines[k]
				if !alike(b, c) {
					continue
				}
				d1, d2 := b.mid()-a.mid(), c.mid()-b.mid()
				if math.Abs(d1-d2) > 0.25*max(d1, d2) {
					continue
				}
				gs = append(gs, group{lines: []*blob{a, b, c}, score: score(a, b, c)})
			}
		}
	}
	// A zone stands alone: lines that continue it at the same spacing
	// make it part of a paragraph or a table, not an MRZ.
	kept := gs[:0]
	for _, g := range gs {
		first, last := g.lines[0], g.lines[len(g.lines)-1]
		step := (last.mid() - first.mid()) / float64(len(g.lines)-1)
		alone := true
		for _, o := range text {
			if o == first || o == last {
				continue
			}
			if d := first.mid() - o.mid(); math.Abs(d-step) < 0.3*step && alike(o, first) {
				alone = false
			}
			if d := o.mid() - last.mid(); math.Abs(d-step) < 0.3*step && alike(last, o) {
				alone = false
			}
		}
		if alone {
			kept = append(kept, g)
		}
	}
	gs = kept
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].score > gs[j].score })
	return gs
}

// maxMisfit bounds the ink on the fitted cell borders, as a share of the
// line's mean ink per column: the glyphs of an MRZ sit in their cells.
const maxMisfit = 1.0

// debugf reports the search's steps; tests may set it.
var debugf = func(string, ...any) {}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cut cuts the lines of a group out of the source image, measures their
// cells and decides which way up they read; nil when the lines do not hold
// a zone's fixed-pitch text.
func (d *detection) cut(fr *frame, g group) *Zone {
	type cutLine struct {
		strip         *image.Gray
		toSrc         stripMap
		text          [2]int // ink rows in the strip
		left, right   int    // ink columns in the strip
		prof          []float64
		pitch, period float64
		n             int
	}
	cls := make([]cutLine, len(g.lines))
	for i, b := range g.lines {
		strip, toSrc := d.strip(fr, b)
		if strip == nil {
			return nil
		}
		c := &cls[i]
		c.strip, c.toSrc = strip, toSrc
		c.text, c.left, c.right, c.prof = inkBox(strip)
		if c.right-c.left < 60 {
			return nil
		}
		span := float64(c.right - c.left + 1)
		// OCR-B in an MRZ is about as wide a pitch as it is high
		// (2.54 mm pitch); the count bounds the pitch too.
		lo, hi := max(span/50, 0.7*CharHeight), min(span/25, 1.6*CharHeight)
		if lo >= hi {
			debugf("cut: line %d span %.0f", i, span)
			return nil
		}
		c.pitch, c.period = period(c.prof[c.left:c.right+1], lo, hi)
		if c.pitch <= 0 || c.period < 0.15 {
			debugf("cut: line %d pitch %.2f periodic %.2f", i, c.pitch, c.period)
			return nil
		}
		c.n = int(math.Round(span/c.pitch + 0.3))
		if g := gapShare(c.prof[c.left : c.right+1]); g < 0.06 {
			debugf("cut: line %d has gaps in %.2f of its columns", i, g)
			return nil
		}
		if sp := spaces(c.prof[c.left:c.right+1], c.pitch, 0.12*float64(c.text[1]-c.text[0]+1)); sp > 1 {
			debugf("cut: line %d has %d spaces", i, sp)
			return nil
		}
		debugf("cut: line %d span %.0f pitch %.2f periodic %.2f n %d", i, span, c.pitch, c.period, c.n)
	}
	// One count for the zone: the legal count nearest the lines' median.
	ns := make([]int, len(cls))
	for i, c := range cls {
		ns[i] = c.n
	}
	sort.Ints(ns)
	med := ns[len(ns)/2]
	n, snapped := med, false
	for _, l := range legal {
		if abs(med-l) <= 2 {
			n, snapped = l, true
		}
	}
	if !snapped && (med < 27 || med > 47) {
		return nil
	}
	if len(cls) == 3 && abs(n-30) > 3 || len(cls) == 2 && n < 33 {
		return nil
	}
	z := &Zone{}
	var votes float64
	for i := range cls {
		c := &cls[i]
		cells, pitch, misfit := fitCells(c.prof, c.left, c.right, n, c.text)
		if misfit > maxMisfit {
			debugf("cut: line %d: cells misfit %.2f", i, misfit)
			return nil
		}
		// Every position of an MRZ line is printed, unused ones with the
		// filler: a line with blank cells is words with spaces.
		if e := emptyCells(c.strip, cells); e > 2 {
			debugf("cut: line %d has %d empty cells", i, e)
			return nil
		}
		z.Lines = append(z.Lines, Line{
			Strip: c.strip, Cells: cells, Pitch: pitch, Periodic: c.period, Measured: c.n,
			Quad: quadOf(c.toSrc, cells, c.text),
		})
		v := uprightVote(c.strip, cells)
		debugf("line %d: n=%d pitch=%.2f periodic=%.2f vote=%.2f", i, c.n, c.pitch, c.period, v)
		votes += v
	}
	// Reading direction: frame order, or turned half round.
	deg := fr.deg
	if votes < 0 {
		deg += 180
		for i, j := 0, len(z.Lines)-1; i < j; i, j = i+1, j-1 {
			z.Lines[i], z.Lines[j] = z.Lines[j], z.Lines[i]
		}
		for i := range z.Lines {
			l := &z.Lines[i]
			flip(l.Strip)
			w := l.Strip.Rect.Dx()
			rev := make([]image.Rectangle, len(l.Cells))
			for k, r := range l.Cells {
				rev[len(rev)-1-k] = image.Rect(w-r.Max.X, StripHeight-r.Max.Y, w-r.Min.X, StripHeight-r.Min.Y)
			}
			l.Cells = rev
			l.Quad = [4]image.Point{l.Quad[2], l.Quad[3], l.Quad[0], l.Quad[1]}
		}
	}
	z.Upside = math.Abs(votes) < 0.6*float64(len(z.Lines))
	turn := math.Round(deg/90) * 90
	z.TiltDeg = deg - turn
	z.Rotation = int(math.Mod(360-math.Mod(turn, 360), 360))
	b := d.src.Bounds()
	for _, l := range z.Lines {
		for _, p := range l.Quad {
			if p.X <= b.Min.X+1 || p.Y <= b.Min.Y+1 || p.X >= b.Max.X-2 || p.Y >= b.Max.Y-2 {
				z.Cut = true
			}
		}
	}
	return z
}

// quadOf maps the corners of the cell grid's text rows to the source.
func quadOf(m stripMap, cells []image.Rectangle, rows [2]int) [4]image.Point {
	x0, x1 := float64(cells[0].Min.X), float64(cells[len(cells)-1].Max.X)
	y0, y1 := float64(rows[0]), float64(rows[1]+1)
	var q [4]image.Point
	for i, p := range [4][2]float64{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}} {
		x, y := m(p[0], p[1])
		q[i] = image.Pt(int(math.Round(x)), int(math.Round(y)))
	}
	return q
}

// flip turns a strip half round in place.
func flip(g *image.Gray) {
	p := g.Pix
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}
