package ocrb

// How a cell is read:
//
//   - Levels. Paper is the cell's 90th percentile grey, ink the 2nd
//     percentile of the whole line (ClassifyLine) or of the cell (Classify);
//     each pixel becomes an ink value from 0 (paper) to 1 (full ink).
//   - Ink box. Columns, then rows, of ink at least half full are split into
//     runs by clear paper; the run whose middle lies nearest the cell's
//     middle is the glyph (a neighbour's edge and specks fall away). The
//     search reaches 15 % beyond the cell, for a glyph that runs out of it.
//     A box much shorter than the cell is looked for again counting faint
//     ink too, for a glyph whose thin strokes print faint (see faintInk).
//     A cell under 32 px high is first enlarged bilinearly, so the box is
//     found to a fraction of a pixel.
//   - Sample. The ink box is scaled, aspect kept, to 16 rows of a 16×20
//     grid by area averaging, blurred with [1 2 1], made zero-mean and of
//     unit norm.
//   - Correlation with the templates (templates.go: the 37 glyphs of the
//     OCR-B font at 4 stroke weights, sampled the same way) gives each
//     character its score, the best over the weights (ClassifyLineIn rates
//     a line against a second set instead, templates_sans.go: a monospaced
//     sans-serif in which some cards print the zone). A line's weight is
//     chosen on 8 of its cells; the others are rated at it, their closest
//     rivals also at the weights either side.
//   - Refit. A cell whose best score is under 0.85 (another printer's
//     OCR-B, such as a round 0) is compared again with its five best
//     characters, its ink box stretched to each one's width, at a cost
//     for the stretch.
//   - Stem. An 8 scoring just above B whose left edge runs straight down
//     the middle of the glyph is B's stem: the two swap (see stem).
//   - Confusable pairs (0/O, 1/I, 2/Z, 5/S, 8/B, 6/G) score at least 0.95
//     of each other, so the decoder, choosing by field type, finds the
//     partner next.
//
// Empty cells (too little ink, or ink too faint against the paper) score 0
// for every character. Classify and ClassifyLine are safe for concurrent
// use.

//go:generate /usr/bin/python3 gen/outlines.py /usr/share/fonts/opentype/ocr-b/OCRB.otf ../../../internal/synth/ocrbfont/outlines.go 0.3~dfsg1-1
//go:generate gofmt -w ../../../internal/synth/ocrbfont/outlines.go
//go:generate go run ./gen -o templates.go
//go:generate go run ./gen -sans /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf -pkg "fonts-dejavu-core 2.37-6" -o templates_sans.go

import (
	"image"
	"math"
	"slices"
)

const (
	nPix     = tW * tH
	nWeights = len(templateArt)
)

// inkWidth measures the columns of v that hold ink at least half full.
func inkWidth(v *[nPix]float32) float32 {
	a, b := tW, -1
	for y := 0; y < tH; y++ {
		for x := 0; x < tW; x++ {
			if v[y*tW+x] >= 0.5 {
				a, b = min(a, x), max(b, x)
			}
		}
	}
	return float32(max(1, b-a+1))
}

// A Font is a set of templates a line is rated against.
type Font int

const (
	// OCRB is the font of the standard (templates.go).
	OCRB Font = iota
	// Sans is a monospaced sans-serif (templates_sans.go), in which some
	// cards and renderings print the zone instead.
	Sans
)

// set holds each template of a font blurred like a sample, zero-mean and
// of unit norm, so a dot product with a normalised sample is their
// correlation; and each template's ink width in grid pixels.
type set struct {
	t     [nWeights][len(Alphabet)][nPix]float32
	width [nWeights][len(Alphabet)]float32
}

var sets = [...]*set{OCRB: build(&templateArt), Sans: build(&sansArt)}

func build(art *[nWeights][len(Alphabet)]string) *set {
	var s set
	for w := range art {
		for c, a := range art[w] {
			var v [nPix]float32
			i := 0
			for _, ch := range []byte(a) {
				switch {
				case ch == '.':
					i++
				case ch >= '1' && ch <= '9':
					v[i] = float32(ch-'0') / 15
					i++
				case ch >= 'a' && ch <= 'f':
					v[i] = float32(ch-'a'+10) / 15
					i++
				}
			}
			if i != nPix {
				panic("ocrb: malformed template")
			}
			s.width[w][c] = inkWidth(&v)
			blur(&v)
			normalise(&v)
			s.t[w][c] = v
		}
	}
	return &s
}

// Classify rates the character in box of g (dark ink on light paper) against
// every character of Alphabet. The glyph may sit anywhere in box, touch its
// edges, be blurred, noisy or faint; a cell without ink scores low for every
// character. Paper and ink levels come from the cell alone: ClassifyLine,
// which takes them from the whole line, copes better with faint or empty
// cells.
func Classify(g *image.Gray, box image.Rectangle) Scores {
	c := classifier{set: sets[OCRB]}
	r := box.Intersect(g.Bounds())
	if r.Empty() {
		return Scores{}
	}
	lv := levels(g, []image.Rectangle{r})
	// Alone, a cell must show ink well below the spread of its paper, or
	// noise on blank paper would pass for a character.
	return c.classify(g, r, lv.paper, lv.ink, noiseRatio*(lv.paper-lv.mid))
}

// ClassifyLine rates each cell of one MRZ line. The ink level is the
// line's, so that an empty cell scores low and a faint one is judged
// against its neighbours; the paper is each cell's own, as a tinted
// background may run under part of the line. The stroke weight is the
// line's too: a few cells spread along it choose the template weight, and
// every other cell is rated at that weight, its closest rivals also at the
// weights either side.
func ClassifyLine(g *image.Gray, cells []image.Rectangle) []Scores {
	return ClassifyLineIn(OCRB, g, cells)
}

// ClassifyLineIn is ClassifyLine against the templates of font f.
func ClassifyLineIn(f Font, g *image.Gray, cells []image.Rectangle) []Scores {
	tmpl := &sets[f].t
	out := make([]Scores, len(cells))
	rs := make([]image.Rectangle, 0, len(cells))
	for _, b := range cells {
		if r := b.Intersect(g.Bounds()); !r.Empty() {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return out
	}
	ink := levels(g, rs).ink
	c := classifier{set: sets[f]}
	var v [nPix]float32
	prep := func(i int) bool {
		r := cells[i].Intersect(g.Bounds())
		return !r.Empty() && c.prepare(&v, g, r, levels(g, []image.Rectangle{r}).paper, ink, 0)
	}
	// The line's weight: the one whose best scores sum highest over up to
	// lineProbe cells spread along the line, which are rated in full.
	var sum [nWeights]float32
	probe := make([]bool, len(cells))
	for k := 0; k < min(lineProbe, len(cells)); k++ {
		i := k * len(cells) / min(lineProbe, len(cells))
		if !prep(i) {
			continue
		}
		probe[i] = true
		for wt := range nWeights {
			var best float32
			for ch := range tmpl[wt] {
				d := dot(&v, &tmpl[wt][ch])
				best = max(best, d)
				out[i][ch] = max(out[i][ch], d)
			}
			sum[wt] += best
		}
		c.refit(&out[i], allWeights[:])
		c.stem(&out[i])
	}
	line := 0
	for wt := range sum {
		if sum[wt] > sum[line] {
			line = wt
		}
	}
	near := make([]int, 0, 3)
	for wt := max(0, line-1); wt <= min(nWeights-1, line+1); wt++ {
		near = append(near, wt)
	}
	for i := range cells {
		if probe[i] || !prep(i) {
			continue
		}
		rateAt(&out[i], &v, tmpl, line)
		c.refit(&out[i], near)
		c.stem(&out[i])
	}
	for i := range out {
		pairUp(&out[i])
	}
	return out
}

var allWeights = func() (a [nWeights]int) {
	for i := range a {
		a[i] = i
	}
	return
}()

// lineProbe is how many cells of a line choose its stroke weight.
const lineProbe = 8

// rateAt rates v against every template of weight line, then the
// characters that come within rivalMargin of the best also at the weights
// either side.
func rateAt(s *Scores, v *[nPix]float32, tmpl *[nWeights][len(Alphabet)][nPix]float32, line int) {
	var best float32
	for ch := range tmpl[line] {
		s[ch] = max(0, dot(v, &tmpl[line][ch]))
		best = max(best, s[ch])
	}
	for ch := range s {
		if s[ch] < best-rivalMargin {
			continue
		}
		for _, wt := range [2]int{line - 1, line + 1} {
			if wt >= 0 && wt < nWeights {
				s[ch] = max(s[ch], dot(v, &tmpl[wt][ch]))
			}
		}
	}
}

const rivalMargin = 0.12

// minContrast is the least difference of paper and ink, in grey levels,
// that can be print; below it a cell is taken as empty.
const minContrast = 24

// noiseRatio is how many times the spread of the paper (its 90th less its
// 60th percentile: noise, texture) the ink of a cell classified alone must
// stand below the paper.
const noiseRatio = 4

// tones are grey levels of a set of pixels: ink is the 2nd percentile,
// mid the 60th and paper the 90th percentile (a character's ink covers
// well under half of its cell).
type tones struct{ ink, mid, paper float32 }

// levels returns the tones of the pixels of rs.
func levels(g *image.Gray, rs []image.Rectangle) tones {
	var hist [256]int
	n := 0
	for _, r := range rs {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := g.Pix[g.PixOffset(r.Min.X, y):g.PixOffset(r.Max.X, y)]
			for _, p := range row {
				hist[p]++
			}
			n += len(row)
		}
	}
	var t tones
	qs := [3]float64{0.02, 0.6, 0.9}
	out := [3]*float32{&t.ink, &t.mid, &t.paper}
	s, q := 0, 0
	for v, c := range hist {
		s += c
		for q < len(qs) && s > int(qs[q]*float64(n)) {
			*out[q] = float32(v)
			q++
		}
	}
	return t
}

// classifier keeps the buffers of one goroutine's cells.
type classifier struct {
	set  *set      // the font's templates
	ink  []float32 // the cell's ink, 0 paper to 1 full
	up   []float32 // the same, enlarged
	sat  []float32 // its summed-area table, (w+1)×(h+1)
	cols []float32
	rows []float32
	// The last cell prepared: its size and ink box.
	w, h, x0, x1, y0, y1 int
}

func (c *classifier) classify(g *image.Gray, r image.Rectangle, paper, ink, least float32) Scores {
	var s Scores
	var v [nPix]float32
	if !c.prepare(&v, g, r, paper, ink, least) {
		return s
	}
	for wt := range c.set.t {
		for k := range c.set.t[wt] {
			s[k] = max(s[k], dot(&v, &c.set.t[wt][k]))
		}
	}
	c.refit(&s, allWeights[:])
	c.stem(&s)
	pairUp(&s)
	return s
}

// refitCount is how many of the best characters refit compares again, and
// refitBelow the best score under which it does: a glyph that matches the
// font well needs no second look.
const (
	refitCount = 5
	refitBelow = 0.85
)

// refit compares the last cell prepared, when it matches no template
// well, again with the best few characters, its ink box stretched across
// to each one's width: another
// printer's OCR-B may draw a glyph wider or narrower than the font (the 0
// of some passports is as round as the font's O). The width it took is
// charged: the score is multiplied by 1 - d², d the log of the ratio of
// the two widths.
func (c *classifier) refit(s *Scores, weights []int) {
	var top [refitCount]int
	n := 0
	for ch := range s {
		// Insert ch among the best so far.
		j := n
		if n < refitCount {
			n++
		} else if s[ch] <= s[top[n-1]] {
			continue
		} else {
			j = n - 1
		}
		for j > 0 && s[top[j-1]] < s[ch] {
			top[j] = top[j-1]
			j--
		}
		top[j] = ch
	}
	if n == 0 || s[top[0]] >= refitBelow {
		return
	}
	bw, bh := float32(c.x1-c.x0), float32(c.y1-c.y0)
	k := bh / inkRows
	var v [nPix]float32
	for _, ch := range top[:n] {
		for _, wt := range weights {
			tw := c.set.width[wt][ch]
			d := float32(math.Log(float64(bw / (tw * k))))
			if d > -0.05 && d < 0.05 {
				continue // as good as the first comparison
			}
			c.grid(&v, bw/tw, k)
			blur(&v)
			if !normalise(&v) {
				continue
			}
			s[ch] = max(s[ch], dot(&v, &c.set.t[wt][ch])*max(0, 1-d*d))
		}
	}
}

// prepare turns the cell r of g into a blurred, zero-mean, unit-norm
// sample of the template grid, with the paper and ink at the levels given,
// or reports false when r holds no character: too little ink, or ink less
// than minContrast or least below the paper.
func (c *classifier) prepare(v *[nPix]float32, g *image.Gray, r image.Rectangle, paper, ink, least float32) bool {
	contrast := paper - ink
	if contrast < minContrast || contrast < least {
		return false
	}
	// The glyph may run out of its cell: look a little beyond it, and take
	// the glyph whose middle lies in the cell.
	R := r.Inset(-r.Dx() * reach / 100).Intersect(g.Bounds())
	R.Min.Y, R.Max.Y = max(g.Bounds().Min.Y, r.Min.Y-r.Dy()*reach/100), min(g.Bounds().Max.Y, r.Max.Y+r.Dy()*reach/100)
	w, h := R.Dx(), R.Dy()
	c.ink = slices.Grow(c.ink[:0], w*h)[:w*h]
	inv := 1 / contrast
	for y := 0; y < h; y++ {
		row := g.Pix[g.PixOffset(R.Min.X, R.Min.Y+y):]
		for x := 0; x < w; x++ {
			v := (paper - float32(row[x])) * inv
			c.ink[y*w+x] = min(1, max(0, v))
		}
	}
	box := [4]float32{float32(r.Min.X - R.Min.X), float32(r.Max.X - R.Min.X), float32(r.Min.Y - R.Min.Y), float32(r.Max.Y - R.Min.Y)}
	if r.Dy() < smallCell {
		W, H := c.enlarge(w, h, float32(smallCell)/float32(r.Dy()))
		fx, fy := float32(W)/float32(w), float32(H)/float32(h)
		box = [4]float32{box[0] * fx, box[1] * fx, box[2] * fy, box[3] * fy}
		w, h = W, H
	}
	x0, x1, y0, y1, mass := c.inkBox(w, h, box)
	// Too little ink for a character: at least a stroke's worth across a
	// fifth of the cell's height.
	bh := box[3] - box[2]
	if x1 <= x0 || mass < bh*bh*0.02 || float32(y1-y0) < max(2, bh/5) {
		return false
	}
	c.sample(v, w, h, x0, x1, y0, y1)
	blur(v)
	return normalise(v)
}

// smallCell is the cell height below which the ink is first enlarged to
// it: the ink box of a small glyph, in whole pixels, would misplace it by
// a large part of a stroke.
const smallCell = 32

// reach is how far, in percent of the cell's width and height, prepare
// looks beyond the cell for the rest of a glyph that runs out of it.
const reach = 15

// enlarge resamples the w×h ink map bilinearly by f and returns its new
// size.
func (c *classifier) enlarge(w, h int, f float32) (int, int) {
	W, H := max(1, int(float32(w)*f+0.5)), max(1, int(float32(h)*f+0.5))
	fx, fy := float32(W)/float32(w), float32(H)/float32(h)
	c.up = slices.Grow(c.up[:0], W*H)[:W*H]
	for Y := 0; Y < H; Y++ {
		sy := min(max((float32(Y)+0.5)/fy-0.5, 0), float32(h-1))
		y0 := int(sy)
		y1 := min(y0+1, h-1)
		fy := sy - float32(y0)
		for X := 0; X < W; X++ {
			sx := min(max((float32(X)+0.5)/fx-0.5, 0), float32(w-1))
			x0 := int(sx)
			x1 := min(x0+1, w-1)
			fx := sx - float32(x0)
			a := c.ink[y0*w+x0]*(1-fx) + c.ink[y0*w+x1]*fx
			b := c.ink[y1*w+x0]*(1-fx) + c.ink[y1*w+x1]*fx
			c.up[Y*W+X] = a*(1-fy) + b*fy
		}
	}
	c.ink, c.up = c.up, c.ink
	return W, H
}

// pairUp lifts each confusable character to PartnerFloor of its partner,
// and keeps every score within [0, 1] despite rounding.
func pairUp(s *Scores) {
	for _, p := range confusables {
		a, b := Index(p[0]), Index(p[1])
		s[a], s[b] = max(s[a], PartnerFloor*s[b]), max(s[b], PartnerFloor*s[a])
	}
	for i := range s {
		s[i] = min(1, max(0, s[i]))
	}
}

// confusables are the pairs of characters that the decoder tells apart by
// the type of the field (a digit or a letter), as print and scans blur them
// into each other. In OCR-B most of them are distinct shapes (1 and I
// especially), so the correlation alone would rank a clean 1 second-best
// well behind 7 or T; the decoder, which must choose a digit in a numeric
// field, needs the partner to rank next to the character it resembles, so a
// character's partner scores at least PartnerFloor times as much as the
// character itself.
var confusables = [...][2]byte{{'0', 'O'}, {'1', 'I'}, {'2', 'Z'}, {'5', 'S'}, {'8', 'B'}, {'6', 'G'}}

// PartnerFloor is the share of a confusable character's score its partner
// is lifted to (see confusables): a partner scoring no more than that
// scored lower on its own.
const PartnerFloor = 0.95

// inkBox finds the character's ink: the columns, then within them the
// rows, of the run of ink that lies nearest the middle of box (x0, x1, y0,
// y1 of the cell within the ink map) among those separated by clear paper,
// so specks and a neighbour's edge fall away. The run's middle must lie in
// box; x1 <= x0 when none does.
func (c *classifier) inkBox(w, h int, box [4]float32) (x0, x1, y0, y1 int, mass float32) {
	x0, x1, y0, y1, mass = c.inkBoxAt(w, h, box, 0.5)
	if x1 <= x0 || float32(y1-y0) >= splitShare*(box[3]-box[2]) {
		return
	}
	// A short box may be one piece of a glyph whose joining strokes print
	// fainter than half full: see faintInk.
	a0, a1, b0, b1, m := c.inkBoxAt(w, h, box, faintInk)
	if grown := float32(b1 - b0); b1-b0 >= 2*(y1-y0) || grown >= faintGrowth*float32(y1-y0) && grown >= faintTall*(box[3]-box[2]) {
		return a0, a1, b0, b1, m
	}
	return
}

// splitShare and faintInk: an ink box shorter than splitShare of its cell
// may be one piece of a glyph whose thin strokes print fainter than half
// full (a 1 px stroke of a small image, spread over two pixels: the stem
// of an I between its bars, the curve of a 2). The box is then found again
// counting ink of at least faintInk, and that box is the glyph's when it
// is at least twice as tall, or at least faintGrowth times as tall and
// faintTall of the cell: a stem under dark bars that prints at under half
// ink splits a P into its bowl, a C or a 4 into two pieces (rows of the
// stem alone fall below half full where the bars do not). A filler, short
// by design, grows by its blur only, and stays under faintTall of the
// cell. (Narrow boxes are not looked at again: an I or a 1 would take in
// the faint ink beside it.)
const (
	splitShare  = 0.6
	faintInk    = 0.25
	faintGrowth = 1.4
	faintTall   = 0.7
)

// inkBoxAt is inkBox counting the ink of at least thr.
func (c *classifier) inkBoxAt(w, h int, box [4]float32, thr float32) (x0, x1, y0, y1 int, mass float32) {
	c.cols = slices.Grow(c.cols[:0], w)[:w]
	c.rows = slices.Grow(c.rows[:0], h)[:h]
	clear(c.cols)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if v := c.ink[y*w+x]; v >= thr {
				c.cols[x] += v
			}
		}
	}
	x0, x1 = middleRun(c.cols, box[0], box[1])
	if x1 <= x0 {
		return
	}
	clear(c.rows)
	for y := 0; y < h; y++ {
		for x := x0; x < x1; x++ {
			if v := c.ink[y*w+x]; v >= thr {
				c.rows[y] += v
			}
		}
	}
	y0, y1 = middleRun(c.rows, box[2], box[3])
	for y := y0; y < y1; y++ {
		mass += c.rows[y]
	}
	return
}

// middleRun returns, of the runs of non-zero entries of p that hold at
// least a quarter of the heaviest run's sum, the one whose centre of mass
// lies nearest the middle of [lo, hi), provided it lies inside.
func middleRun(p []float32, lo, hi float32) (a, b int) {
	type run struct {
		a, b      int
		sum, mean float32
	}
	var runs [16]run
	n := 0
	var heaviest float32
	for i := 0; i < len(p); {
		if p[i] <= 1 { // one pixel's worth or less: a speck, not a stroke
			i++
			continue
		}
		j := i
		var s, m float32
		for j < len(p) && p[j] > 0 {
			s += p[j]
			m += p[j] * (float32(j) + 0.5)
			j++
		}
		if n < len(runs) {
			runs[n] = run{i, j, s, m / s}
			n++
		}
		heaviest = max(heaviest, s)
		i = j
	}
	mid := (lo + hi) / 2
	best := float32(math.MaxFloat32)
	for _, r := range runs[:n] {
		if r.sum < heaviest/4 || r.mean < lo || r.mean >= hi {
			continue
		}
		if d := float32(math.Abs(float64(r.mean - mid))); d < best {
			best, a, b = d, r.a, r.b
		}
	}
	return
}

// sample builds the summed-area table of the cell's ink and area-averages
// it into the template grid: the ink box scaled, aspect kept, to inkRows
// rows with its top at inkTop, centred across.
func (c *classifier) sample(v *[nPix]float32, w, h, x0, x1, y0, y1 int) {
	sw := w + 1
	c.sat = slices.Grow(c.sat[:0], sw*(h+1))[:sw*(h+1)]
	clear(c.sat[:sw])
	for y := 0; y < h; y++ {
		var run float32
		c.sat[(y+1)*sw] = 0
		for x := 0; x < w; x++ {
			run += c.ink[y*w+x]
			c.sat[(y+1)*sw+x+1] = c.sat[y*sw+x+1] + run
		}
	}
	c.w, c.h, c.x0, c.x1, c.y0, c.y1 = w, h, x0, x1, y0, y1
	k := float32(y1-y0) / inkRows
	c.grid(v, k, k)
}

// grid area-averages the ink box, from the summed-area table, into the
// template grid at kx by ky cell pixels a grid pixel.
func (c *classifier) grid(v *[nPix]float32, kx, ky float32) {
	w, h, sw := c.w, c.h, c.w+1
	k := ky
	cx := float32(c.x0+c.x1) / 2
	y0 := c.y0
	var xs [tW + 1]float32
	var ys [tH + 1]float32
	for i := range xs {
		xs[i] = min(float32(w), max(0, cx+(float32(i)-tW/2)*kx))
	}
	for i := range ys {
		ys[i] = min(float32(h), max(0, float32(y0)+float32(i-inkTop)*k))
	}
	// The summed-area table at each grid corner, then each grid cell's
	// mean ink.
	var corner [(tW + 1) * (tH + 1)]float32
	for j, y := range ys {
		iy := int(y)
		fy := y - float32(iy)
		iy1 := min(iy+1, h)
		r0, r1 := c.sat[iy*sw:(iy+1)*sw], c.sat[iy1*sw:(iy1+1)*sw]
		for i, x := range xs {
			ix := int(x)
			fx := x - float32(ix)
			ix1 := min(ix+1, w)
			corner[j*(tW+1)+i] = (r0[ix]*(1-fx)+r0[ix1]*fx)*(1-fy) + (r1[ix]*(1-fx)+r1[ix1]*fx)*fy
		}
	}
	area := 1 / (kx * ky)
	for ty := 0; ty < tH; ty++ {
		for tx := 0; tx < tW; tx++ {
			a := corner[(ty+1)*(tW+1)+tx+1] - corner[(ty+1)*(tW+1)+tx] -
				corner[ty*(tW+1)+tx+1] + corner[ty*(tW+1)+tx]
			v[ty*tW+tx] = a * area
		}
	}
}

// blur smooths a grid with the kernel [1 2 1]/4 across and down, which
// makes the correlation forgive a shift of a fraction of a stroke.
func blur(v *[nPix]float32) {
	var t [nPix]float32
	for y := 0; y < tH; y++ {
		for x := 0; x < tW; x++ {
			l, r := v[y*tW+max(x-1, 0)], v[y*tW+min(x+1, tW-1)]
			t[y*tW+x] = (l + 2*v[y*tW+x] + r) / 4
		}
	}
	for y := 0; y < tH; y++ {
		for x := 0; x < tW; x++ {
			u, d := t[max(y-1, 0)*tW+x], t[min(y+1, tH-1)*tW+x]
			v[y*tW+x] = (u + 2*t[y*tW+x] + d) / 4
		}
	}
}

// normalise makes v zero-mean with unit norm; it reports false for a flat v.
func normalise(v *[nPix]float32) bool {
	var s float32
	for _, x := range v {
		s += x
	}
	m := s / nPix
	var q float32
	for i := range v {
		v[i] -= m
		q += v[i] * v[i]
	}
	if q < 1e-6 {
		return false
	}
	n := float32(1 / math.Sqrt(float64(q)))
	for i := range v {
		v[i] *= n
	}
	return true
}

func dot(a, b *[nPix]float32) float32 {
	var s0, s1, s2, s3 float32
	for i := 0; i < nPix; i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	return s0 + s1 + s2 + s3
}

// stem settles 8 against B on the last cell prepared when 8 scores above
// B by less than stemMargin: a left edge that runs straight down the
// middle of the glyph (leftIndent at most straightEdge) is B's stem, and
// the two swap scores. The correlation weighs the bowls, which some
// printers' B rounds like an 8's; OCR-B's 8 narrows at its waist by a
// tenth of its width or more, at any size and blur the reader meets.
func (c *classifier) stem(s *Scores) {
	e, b := Index('8'), Index('B')
	if s[e] <= s[b] || s[b] < s[e]-stemMargin {
		return
	}
	if d := c.leftIndent(); d >= 0 && d <= straightEdge {
		s[e], s[b] = s[b], s[e]
	}
}

const (
	stemMargin   = 0.1
	straightEdge = 0.01
)

// leftIndent measures how far the left edge of the last cell prepared
// moves in across the middle of the glyph, in shares of its ink box's
// width: the edge of each row between edgeFrom and 1-edgeFrom of the box's
// height is where the ink first reaches half full, and the indent is the
// rightmost such edge less the leftmost. B's stem makes a straight edge (0);
// 8 narrows at its waist.
func (c *classifier) leftIndent() float32 {
	w := c.w
	bh := c.y1 - c.y0
	lo, hi := c.y0+int(float32(bh)*edgeFrom+0.5), c.y1-int(float32(bh)*edgeFrom+0.5)
	if hi-lo < 3 || c.x1-c.x0 < 3 {
		return -1
	}
	least, most := float32(math.MaxFloat32), float32(-1)
	for y := lo; y < hi; y++ {
		row := c.ink[y*w : y*w+w]
		e := float32(-1)
		for x := c.x0; x < c.x1; x++ {
			if row[x] >= 0.5 {
				e = float32(x)
				if x > c.x0 {
					// where between x-1 and x the ink crosses half full
					e -= (row[x] - 0.5) / max(row[x]-row[x-1], 1e-3)
				}
				break
			}
		}
		if e < 0 {
			return -1
		}
		least, most = min(least, e), max(most, e)
	}
	return (most - least) / float32(c.x1-c.x0)
}

// edgeFrom is the share of the glyph's height, top and bottom, leftIndent
// leaves out: the corners.
const edgeFrom = 0.2
