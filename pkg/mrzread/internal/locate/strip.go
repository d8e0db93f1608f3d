package locate

import (
	"image"
	"math"
	"slices"
)

// maxStripWidth bounds the work of one strip whatever the input.
const maxStripWidth = 3000

// A stripMap takes a point of a strip to the source image.
type stripMap func(sx, sy float64) (x, y float64)

// strip cuts one line blob out of the source image along its fitted centre
// line, in frame order (u left to right, v top to bottom), scaled so its
// characters are CharHeight pixels high. It also returns the map from strip
// to source coordinates.
func (d *detection) strip(fr *frame, b *blob) (*image.Gray, stripMap) {
	h := b.h
	margin := 0.6 * h
	u0, u1 := float64(b.u0)-margin, float64(b.u1+1)+margin
	scale := CharHeight / h // strip pixels per detection pixel
	w := int(math.Round((u1 - u0) * scale))
	if w < 16 || w > maxStripWidth {
		return nil, nil
	}
	// centre and height at a continuous u
	cen := func(u float64) float64 { return b.centre(u-0.5) + 0.5 }
	ht := func(u float64) float64 {
		t := (u - float64(b.u0)) / max(1, b.length())
		return b.hL + (b.hR-b.hL)*min(1.3, max(-0.3, t))
	}
	src := d.src
	sb := src.Bounds()
	f := float64(d.f)
	toSrc := func(u, v float64) (float64, float64) {
		x, y := fr.toDet(u, v)
		return x*f + float64(sb.Min.X), y*f + float64(sb.Min.Y)
	}
	g := image.NewGray(image.Rect(0, 0, w, StripHeight))
	span := float64(StripHeight) / CharHeight
	// Supersample when the source characters are much taller than the
	// strip's, so that thin strokes are not skipped.
	ss := 1
	if h*f > 1.6*CharHeight {
		ss = 2
	}
	// Along a strip column the source point moves on a straight line:
	// find its start and step once per column (and sub-column).
	inv := 1 / float64(ss)
	var outside []int
	ox, oy := float64(sb.Min.X)+0.5, float64(sb.Min.Y)+0.5 // to pixel-centre coordinates in Pix
	// Points with all four neighbours inside the image are sampled here,
	// as bilinear samples them, without its border handling.
	pix, stride := src.Pix, src.Stride
	xIn, yIn := float64(src.Rect.Dx()-1), float64(src.Rect.Dy()-1)
	var ts [StripHeight * 2]float64 // t of each sample down a column
	for sy := range StripHeight {
		for b := range ss {
			ts[sy*ss+b] = float64(sy) + (float64(b)+0.5)*inv
		}
	}
	for sx := range w {
		var acc [StripHeight]float64
		for a := range ss {
			u := u0 + (float64(sx)+(float64(a)+0.5)*inv)/scale
			hu := ht(u) * span
			c := cen(u)
			x0, y0 := toSrc(u, c-0.5*hu)
			x1, y1 := toSrc(u, c+0.5*hu)
			dx, dy := (x1-x0)/StripHeight, (y1-y0)/StripHeight
			for sy := range StripHeight {
				for b := range ss {
					t := ts[sy*ss+b]
					x, y := x0+t*dx-ox, y0+t*dy-oy
					var v float64
					if x >= 0 && y >= 0 && x < xIn && y < yIn {
						ix, iy := int(x), int(y)
						ax, ay := x-float64(ix), y-float64(iy)
						r0 := pix[iy*stride+ix : iy*stride+ix+2]
						r1 := pix[(iy+1)*stride+ix : (iy+1)*stride+ix+2]
						top := float64(r0[0]) + (float64(r0[1])-float64(r0[0]))*ax
						bot := float64(r1[0]) + (float64(r1[1])-float64(r1[0]))*ax
						v = top + (bot-top)*ay
					} else {
						v = bilinear(src, x, y)
					}
					if v < 0 || acc[sy] < 0 {
						acc[sy] = -1e9
						continue
					}
					acc[sy] += v
				}
			}
		}
		norm := 1 / float64(ss*ss)
		for sy := range StripHeight {
			if acc[sy] < 0 {
				outside = append(outside, sy*g.Stride+sx)
				continue
			}
			g.Pix[sy*g.Stride+sx] = uint8(acc[sy]*norm + 0.5)
		}
	}
	// Beyond the image border the strip shows paper, so that a line the
	// photo cuts off ends there instead of in smeared border pixels.
	if len(outside) > 0 {
		paper := paperLevel(g, outside)
		for _, i := range outside {
			g.Pix[i] = paper
		}
	}
	m := func(sx, sy float64) (float64, float64) {
		u := u0 + sx/scale
		return toSrc(u, cen(u)+(sy/StripHeight-0.5)*ht(u)*span)
	}
	return g, m
}

// bilinear samples img at (x, y), in pixel-centre coordinates relative to
// img.Rect.Min, clamping at the border; -1 for a point well outside.
func bilinear(img *image.Gray, x, y float64) float64 {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	fx, fy := floor(x), floor(y)
	ax, ay := x-fx, y-fy
	x0, y0 := int(fx), int(fy)
	x1, y1 := x0+1, y0+1
	if x < -1 || y < -1 || x > float64(w) || y > float64(h) {
		return -1
	}
	if x0 < 0 || y0 < 0 || x1 >= w || y1 >= h {
		x0, x1 = min(w-1, max(0, x0)), min(w-1, max(0, x1))
		y0, y1 = min(h-1, max(0, y0)), min(h-1, max(0, y1))
	}
	p := img.Pix
	r0, r1 := y0*img.Stride, y1*img.Stride
	top := float64(p[r0+x0]) + (float64(p[r0+x1])-float64(p[r0+x0]))*ax
	bot := float64(p[r1+x0]) + (float64(p[r1+x1])-float64(p[r1+x0]))*ax
	return top + (bot-top)*ay
}

// floor is math.Floor for the coordinates bilinear takes: a conversion
// to int where it truncates downwards, which GOAMD64=v1 does not
// otherwise reduce to one instruction.
func floor(v float64) float64 {
	if v >= 0 && v < 1<<52 {
		return float64(int64(v))
	}
	return math.Floor(v)
}

// threshold returns the grey level between ink and paper in a strip.
func threshold(g *image.Gray) uint8 {
	// Four histograms, summed after, so that runs of equal pixels do not
	// wait on one counter.
	var hs [4][256]int32
	p := g.Pix
	for len(p) >= 4 {
		hs[0][p[0]]++
		hs[1][p[1]]++
		hs[2][p[2]]++
		hs[3][p[3]]++
		p = p[4:]
	}
	for _, v := range p {
		hs[0][v]++
	}
	var hist [256]int
	for v := range hist {
		hist[v] = int(hs[0][v]) + int(hs[1][v]) + int(hs[2][v]) + int(hs[3][v])
	}
	n := len(g.Pix)
	pct := func(q int) int {
		c := 0
		for v := range 256 {
			c += hist[v]
			if c*100 >= n*q {
				return v
			}
		}
		return 255
	}
	ink, paper := pct(4), pct(85)
	// nearer the ink than the paper: light security print behind the
	// zone stays paper
	return uint8(ink + (paper-ink)*2/5)
}

// inkBox finds the rows the characters fill and the first and last ink
// columns of a strip, with the column profile of ink over those rows.
func inkBox(g *image.Gray) (rows [2]int, left, right int, prof []float64) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	t := threshold(g)
	rowInk := make([]int, h)
	for y := range h {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < t {
				rowInk[y]++
			}
		}
	}
	// The text band: the run of well-inked rows around the middle.
	peak := 0
	for y := h / 4; y < h*3/4; y++ {
		peak = max(peak, rowInk[y])
	}
	lim := max(1, peak/5)
	top, bot := h/2, h/2
	for top > 0 && rowInk[top-1] >= lim {
		top--
	}
	for bot < h-1 && rowInk[bot+1] >= lim {
		bot++
	}
	rows = [2]int{top, bot}
	prof = make([]float64, w)
	for y := top; y <= bot; y++ {
		for x, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < t {
				prof[x]++
			}
		}
	}
	// A column inked far above and far below the text band is a rule: the
	// edge of the page or a frame, not a glyph.
	for x := range w {
		var above, below, na, nb int
		for y := 0; y < top-3; y++ {
			na++
			if g.Pix[y*g.Stride+x] < t {
				above++
			}
		}
		for y := bot + 4; y < h; y++ {
			nb++
			if g.Pix[y*g.Stride+x] < t {
				below++
			}
		}
		if na > 0 && nb > 0 && above*2 >= na && below*2 >= nb {
			prof[x] = 0
		}
	}
	// The line is the longest chain of inked columns whose gaps are
	// narrower than the space between two glyphs can be; strokes beyond a
	// wider gap (a frame, the card edge, a caption) are left out.
	const minInk = 1
	maxGap := CharHeight * 9 / 10
	bestLen := -1
	for x := 0; x < w; {
		if prof[x] < minInk {
			x++
			continue
		}
		a, last := x, x
		for x < w && x-last <= maxGap {
			if prof[x] >= minInk {
				last = x
			}
			x++
		}
		if last-a > bestLen {
			bestLen, left, right = last-a, a, last
		}
		x = last + 1
	}
	if bestLen < 0 {
		left, right = 0, 0
	}
	return rows, left, right, prof
}

// fitCells lays n cells of equal pitch over the ink from left to right,
// placing the cell borders where the column profile has the least ink.
// The misfit is the mean ink on a border over the mean ink of a column.
func fitCells(prof []float64, left, right, n int, rows [2]int) ([]image.Rectangle, float64, float64) {
	span := float64(right - left + 1)
	p0 := span / (float64(n) - 0.3)
	at := func(x float64) float64 {
		if x < 0 || x >= float64(len(prof)-1) {
			return 0
		}
		i := int(x)
		a := x - float64(i)
		return prof[i]*(1-a) + prof[i+1]*a
	}
	bestCost, bestP, bestX := math.Inf(1), p0, float64(left)-0.15*p0
	for p := 0.96 * p0; p <= 1.04*p0; p += 0.004 * p0 {
		for x0 := float64(left) - 0.6*p; x0 <= float64(left)+0.05*p; x0 += 0.25 {
			// ink past the last border is a misfit too
			end := x0 + float64(n)*p
			if end < float64(right)-0.1*p {
				continue
			}
			var c float64
			for k := 0; k <= n; k++ {
				c += at(x0 + float64(k)*p)
			}
			if c < bestCost {
				bestCost, bestP, bestX = c, p, x0
			}
		}
	}
	y0, y1 := max(0, rows[0]-3), min(StripHeight, rows[1]+4)
	cells := make([]image.Rectangle, n)
	for k := range n {
		a := int(math.Round(bestX + float64(k)*bestP))
		b := int(math.Round(bestX + float64(k+1)*bestP))
		a = min(len(prof), max(0, a))
		b = min(len(prof), max(a, b))
		cells[k] = image.Rectangle{Min: image.Pt(a, y0), Max: image.Pt(b, max(y0, y1))}
	}
	var mean float64
	for _, v := range prof[left : right+1] {
		mean += v
	}
	mean /= span
	misfit := 1.0
	if mean > 0 {
		misfit = bestCost / float64(n+1) / mean
	}
	return cells, bestP, misfit
}

// uprightVote scores how much a strip reads the right way up (positive)
// or half turned (negative), about ±1 a line: the filler chevrons '<' have
// their apex on the left, and fillers gather towards the end of a line.
func uprightVote(g *image.Gray, cells []image.Rectangle) float64 {
	if len(cells) == 0 {
		return 0
	}
	t := threshold(g)
	var lt, gt, pos, nChev float64
	mid := len(cells) / 2
	for k, c := range cells {
		s := chevron(g, c, t)
		if s == 0 {
			continue
		}
		nChev++
		if s > 0 {
			lt++
		} else {
			gt++
		}
		// fillers gather at the end of a line: at the start they say the
		// line is turned half round, whichever way they point
		if k >= mid {
			pos++
		} else {
			pos--
		}
	}
	if nChev == 0 {
		return 0
	}
	return (lt-gt)/max(4, nChev) + 0.5*pos/max(6, nChev)
}

// chevron returns 1 when the cell holds a '<', -1 for a '>' (a '<' turned
// half round), 0 otherwise: the ink of the middle rows reaches further left
// (right) than that of the upper and of the lower rows, at both its ends.
func chevron(g *image.Gray, c image.Rectangle, t uint8) int {
	hgt := c.Dy()
	var ext [3][2]float64 // top, middle, bottom: mean leftmost, rightmost
	var cnt [3]float64
	for y := c.Min.Y; y < c.Max.Y; y++ {
		rel := float64(y-c.Min.Y) / float64(hgt)
		band := -1
		switch {
		case rel > 0.12 && rel < 0.32:
			band = 0
		case rel > 0.42 && rel < 0.58:
			band = 1
		case rel > 0.68 && rel < 0.88:
			band = 2
		}
		if band < 0 {
			continue
		}
		row := g.Pix[y*g.Stride+c.Min.X : y*g.Stride+c.Max.X]
		l, r := -1, -1
		for x, v := range row {
			if v < t {
				if l < 0 {
					l = x
				}
				r = x
			}
		}
		if l < 0 {
			continue
		}
		ext[band][0] += float64(l)
		ext[band][1] += float64(r)
		cnt[band]++
	}
	for b := range cnt {
		if cnt[b] == 0 {
			return 0
		}
		ext[b][0] /= cnt[b]
		ext[b][1] /= cnt[b]
	}
	m := 0.15 * float64(c.Dx())
	d := [4]float64{ext[0][0] - ext[1][0], ext[2][0] - ext[1][0], ext[0][1] - ext[1][1], ext[2][1] - ext[1][1]}
	less, more := true, true
	for _, v := range d {
		less = less && v > m
		more = more && v < -m
	}
	switch {
	case less:
		return 1
	case more:
		return -1
	}
	return 0
}

// emptyCells counts the cells with next to no ink.
func emptyCells(g *image.Gray, cells []image.Rectangle) int {
	t := threshold(g)
	ink := make([]int, len(cells))
	for k, c := range cells {
		for y := c.Min.Y; y < c.Max.Y; y++ {
			for _, v := range g.Pix[y*g.Stride+c.Min.X : y*g.Stride+c.Max.X] {
				if v < t {
					ink[k]++
				}
			}
		}
	}
	sorted := append([]int(nil), ink...)
	slices.Sort(sorted)
	med := sorted[len(sorted)/2]
	n := 0
	for _, v := range ink {
		if v*8 < med {
			n++
		}
	}
	return n
}

// spaces counts the runs of blank columns wider than a pitch: word
// spaces, which an MRZ line never has (two glyphs are never further apart
// than a pitch less the narrowest glyph; the margin allows for a narrow
// glyph drawn off the centre of its cell). A column with at most low ink
// pixels counts as blank, so that a rule under the line does not hide a
// space.
func spaces(prof []float64, pitch, low float64) int {
	n, run := 0, 0
	for _, v := range prof {
		if v > low {
			if float64(run) >= 1.15*pitch {
				n++
			}
			run = 0
			continue
		}
		run++
	}
	return n
}

// paperLevel is the light level of a strip's pixels, leaving out those at
// the given offsets.
func paperLevel(g *image.Gray, skip []int) uint8 {
	var hist [256]int
	for _, v := range g.Pix {
		hist[v]++
	}
	hist[0] -= len(skip) // the skipped pixels are still zero
	n := len(g.Pix) - len(skip)
	if n <= 0 {
		return 255
	}
	c := 0
	for v := range 256 {
		c += hist[v]
		if c*100 >= n*85 {
			return uint8(v)
		}
	}
	return 255
}

// gapShare is the share of columns with little ink: the gaps between
// glyphs. A rule or a bar of a barcode has none.
func gapShare(prof []float64) float64 {
	var peak float64
	for _, v := range prof {
		peak = max(peak, v)
	}
	if len(prof) == 0 || peak == 0 {
		return 0
	}
	n := 0
	for _, v := range prof {
		if v <= 0.15*peak {
			n++
		}
	}
	return float64(n) / float64(len(prof))
}
