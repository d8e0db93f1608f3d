package pdfdoc

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// TextOptions bounds text extraction. Zero values take the defaults.
type TextOptions struct {
	// MaxPages is how many pages are read from the first (default 3): the
	// first pages carry the addressee and the date.
	MaxPages int
	// MaxDecoded caps the bytes of content streams and CMaps decoded for
	// the whole document (default 4 MiB).
	MaxDecoded int
	// MaxOperators caps the content-stream operators run (default 500,000).
	MaxOperators int
}

// Text is the text of a PDF's first pages, in reading order.
type Text struct {
	Pages []Page
	// PageCount is the page tree's page count (all pages, not only those read).
	PageCount int
	// Truncated reports that a cap stopped the extraction early.
	Truncated bool
}

// A Page is one page's text. Coordinates are in points from the top-left
// corner of the page's media box as it is shown (turned by /Rotate), Y
// growing downwards; Width and Height are the shown size.
type Page struct {
	Number        int // from 1
	Width, Height float64
	Lines         []Line
}

// A Line is the words on one baseline, left to right, across columns; a
// run of right-to-left words (Arabic, Hebrew) is in reading order.
type Line struct {
	Words []Word
	Y     float64 // the baseline
}

// A Word is a run of glyphs without a gap or space between them.
type Word struct {
	Text string
	X, Y float64 // the start of its baseline
	W    float64 // its width
	Size float64 // the font size, in points
}

// ErrEncrypted is returned for an encrypted PDF that needs a password to
// open: its text is not read. One encrypted with an owner password only
// (the user password empty) opens without one, and is read.
var ErrEncrypted = errors.New("pdf is encrypted: its text cannot be read")

// ErrNoPages is returned when no page tree could be found.
var ErrNoPages = errors.New("pdf has no readable page tree")

// String returns the text of the pages, each as Page.String gives it and
// followed by a form feed, as pdftotext writes.
func (t *Text) String() string {
	var b strings.Builder
	for _, p := range t.Pages {
		b.WriteString(p.String())
		b.WriteByte('\f')
	}
	return b.String()
}

// String returns the page's lines, each ended by a newline. Words are
// joined by a space, but words a column apart (a gap of more than the font
// size) by three spaces or more, about one for each half em of the
// gap, as pdftotext -layout sets columns apart. A vertical gap of more than
// two line heights gives an empty line, which parts blocks such as the
// addressee's. A line that starts a column right of the page's leftmost
// text is indented the same way, so that columns stay apart when their
// lines interleave.
func (p *Page) String() string {
	var b strings.Builder
	left := math.Inf(1)
	for _, l := range p.Lines {
		if len(l.Words) > 0 {
			left = math.Min(left, l.Words[0].X)
		}
	}
	for li, l := range p.Lines {
		if li > 0 {
			prev := p.Lines[li-1]
			if h := lineSize(prev); l.Y-prev.Y > 2*h {
				b.WriteByte('\n')
			}
		}
		for i, w := range l.Words {
			if i > 0 {
				b.WriteString(gapSpaces(l.Words[i-1], w))
			} else if w.X > left {
				if s := gapSpaces(Word{X: left, Size: w.Size}, w); s != " " {
					b.WriteString(s)
				}
			}
			b.WriteString(w.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

const maxGapSpaces = 60

var spaces = strings.Repeat(" ", maxGapSpaces)

// gapSpaces returns what separates two words of a line.
func gapSpaces(a, w Word) string {
	size := math.Max(math.Max(a.Size, w.Size), 1)
	gap := w.X - (a.X + a.W)
	if !(gap >= size) {
		return " "
	}
	n := int(gap/(0.5*size) + 0.5)
	return spaces[:min(max(n, 3), maxGapSpaces)]
}

// lineSize is the largest font size of a line.
func lineSize(l Line) float64 {
	h := 1.0
	for _, w := range l.Words {
		h = math.Max(h, w.Size)
	}
	return h
}

// textState is the state of one extraction.
type textState struct {
	maxOps, maxDecoded int
	ops, decoded       int
	runes              int
	cmapEntries        int
	misplaced          int // objects not found where the xref said
	truncated          bool
	fonts              map[ref]*font
	glyphs             []placed
	gbuf               []glyph
}

const (
	maxGlyphRunes      = 256 << 10 // text bytes kept for the whole document
	maxGlyphs          = 20_000    // glyphs kept for one page (a dense page has 5,000)
	maxTextStreamBytes = 4 << 20   // an encoded stream larger than this is not read
	maxCMapTotal       = 1 << 17   // CMap entries kept for the whole document
	maxPageKids        = 1 << 16   // page tree nodes visited
	maxPageTreeNest    = 32
)

func (t *textState) full() bool { return t.runes >= maxGlyphRunes || len(t.glyphs) >= maxGlyphs }

// left is what may still be decoded.
func (t *textState) left() int { return max(0, t.maxDecoded-t.decoded) }

// ExtractText reads the text of the first pages of the PDF file r of the
// given size. It is bounded like Inspect and never panics; a damaged file
// whose cross-reference chain is unreadable is read by scanning its objects,
// as lenient readers do. An encrypted file gives ErrEncrypted.
func ExtractText(r io.ReaderAt, size int64, opt TextOptions) (*Text, error) {
	if opt.MaxPages <= 0 {
		opt.MaxPages = 3
	}
	if opt.MaxDecoded <= 0 {
		opt.MaxDecoded = 4 << 20
	}
	if opt.MaxOperators <= 0 {
		opt.MaxOperators = 500_000
	}
	d := &doc{
		src:        &source{r: r, size: size, lenient: true},
		info:       &Info{Pages: -1},
		xref:       xrefSet{entries: map[int64]entry{}, trailer: dict{}},
		allFilters: true,
		tx:         &textState{maxOps: opt.MaxOperators, maxDecoded: opt.MaxDecoded, fonts: map[ref]*font{}},
	}
	tail, _ := d.src.readAt(max(0, d.src.size-tailWindow), tailWindow)
	chained := d.findChain(tail)
	if d.src.err != nil {
		return nil, d.src.err
	}
	d.readEncrypt()
	if d.encrypted && d.crypt == nil {
		return nil, ErrEncrypted
	}
	root, err := d.resolveDict(d.xref.trailer["Root"])
	scanned := false
	if !chained || err != nil {
		if root, err = d.rescan(); err != nil {
			return nil, err
		}
		scanned = true
	}
	out, err := d.readText(root, opt)
	if err == nil && !scanned && d.tx.misplaced > 0 {
		// The xref chain reads, but objects are not where it says, as after
		// an edit that shifted them: read again with the objects found by
		// a scan. The caps on operators and decoded bytes carry over.
		if root, err := d.rescan(); err == nil {
			d.tx.fonts, d.tx.runes = map[ref]*font{}, 0
			if again, err := d.readText(root, opt); err == nil {
				out = again
			}
		}
	}
	if d.src.err != nil {
		return nil, d.src.err
	}
	return out, err
}

// rescan rebuilds the cross-reference entries from a scan of the file.
func (d *doc) rescan() (dict, error) {
	root, err := d.reconstruct()
	if d.src.err != nil {
		return nil, d.src.err
	}
	if d.encrypted && d.crypt == nil {
		return nil, ErrEncrypted
	}
	return root, err
}

// readText reads the pages under the catalog root.
func (d *doc) readText(root dict, opt TextOptions) (*Text, error) {
	pages, err := d.resolveDict(root["Pages"])
	if err != nil {
		return nil, ErrNoPages
	}
	out := &Text{}
	if n, ok := d.number(pages["Count"]); ok && n >= 0 && n < 1<<31 {
		out.PageCount = int(n)
	}
	var leaves []pageLeaf
	visited := 0
	d.collectPages(pages, pageLeaf{}, 0, &visited, opt.MaxPages, &leaves, map[ref]bool{})
	for i, leaf := range leaves {
		out.Pages = append(out.Pages, d.readPage(leaf, i+1))
	}
	out.Truncated = d.tx.truncated
	return out, nil
}

// A pageLeaf is a page dictionary with its inherited attributes.
type pageLeaf struct {
	page, res   dict
	box, rotate any
}

// collectPages walks the page tree depth first, keeping up to limit
// leaves, with the attributes they inherit.
func (d *doc) collectPages(node dict, inherit pageLeaf, nest int, visited *int, limit int, out *[]pageLeaf, seen map[ref]bool) {
	if nest > maxPageTreeNest || len(*out) >= limit {
		return
	}
	res, box := inherit.res, inherit.box
	if r, ok := node["Rotate"]; ok {
		inherit.rotate = r
	}
	if r, err := d.resolveDict(node["Resources"]); err == nil {
		res = r
	}
	if b, ok := node["MediaBox"]; ok {
		box = b
	}
	kv, _ := d.resolve(node["Kids"])
	kids, isTree := kv.(array)
	if t, _ := node.name("Type"); t == "Page" || !isTree {
		*out = append(*out, pageLeaf{page: node, res: res, box: box, rotate: inherit.rotate})
		return
	}
	for _, k := range kids {
		if len(*out) >= limit || *visited >= maxPageKids {
			return
		}
		*visited++
		if r, ok := k.(ref); ok {
			if seen[r] {
				continue
			}
			seen[r] = true
		}
		kd, err := d.resolveDict(k)
		if err != nil {
			continue
		}
		d.collectPages(kd, pageLeaf{res: res, box: box, rotate: inherit.rotate}, nest+1, visited, limit, out, seen)
	}
}

// readPage interprets a page's content streams and lays out its glyphs.
func (d *doc) readPage(leaf pageLeaf, number int) Page {
	pg := Page{Number: number, Width: 612, Height: 792}
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0
	if bv, err := d.resolve(leaf.box); err == nil {
		if a, ok := bv.(array); ok && len(a) == 4 {
			var b [4]float64
			for i := range b {
				b[i], _ = d.number(a[i])
			}
			x0, y0, x1, y1 = math.Min(b[0], b[2]), math.Min(b[1], b[3]), math.Max(b[0], b[2]), math.Max(b[1], b[3])
			pg.Width, pg.Height = x1-x0, y1-y0
		}
	}
	rot, _ := d.number(leaf.rotate)
	quarter := ((int(rot)/90)%4 + 4) % 4 // clockwise quarter turns for display
	if quarter%2 == 1 {
		pg.Width, pg.Height = pg.Height, pg.Width
	}
	d.tx.glyphs = d.tx.glyphs[:0]
	gs := gstate{ctm: identity, th: 1}
	cv, _ := d.resolve(leaf.page["Contents"])
	var parts []any
	switch c := cv.(type) {
	case array:
		parts = c
	default:
		parts = []any{leaf.page["Contents"]}
	}
	var data []byte
	for i, part := range parts {
		if i >= 1024 {
			break
		}
		b, err := d.streamOf(part)
		if err != nil {
			continue
		}
		if len(parts) == 1 {
			data = b
			break
		}
		data = append(append(data, b...), '\n')
	}
	d.runContent(data, leaf.res, gs, 0)
	for i := range d.tx.glyphs {
		// Default user space to the displayed page, top-left origin, Y down.
		g := &d.tx.glyphs[i]
		switch quarter {
		case 0:
			g.x, g.y = g.x-x0, y1-g.y
		case 1:
			g.x, g.y = g.y-y0, g.x-x0
		case 2:
			g.x, g.y = x1-g.x, g.y-y0
		case 3:
			g.x, g.y = y1-g.y, x1-g.x
		}
	}
	pg.Lines = layout(d.tx.glyphs)
	return pg
}

// streamOf returns the decoded data of the stream that v refers to.
func (d *doc) streamOf(v any) ([]byte, error) {
	r, ok := v.(ref)
	if !ok {
		return nil, fmt.Errorf("not a stream reference")
	}
	o, err := d.lookup(r)
	if err != nil {
		return nil, err
	}
	return d.textStream(o)
}

// textStream decodes stream o, counting its bytes against the budget.
func (d *doc) textStream(o indirect) ([]byte, error) {
	if d.tx.decoded >= d.tx.maxDecoded {
		d.tx.truncated = true
		return nil, fmt.Errorf("decoded more than %d bytes", d.tx.maxDecoded)
	}
	b, err := d.streamData(o)
	if errors.Is(err, errTooLarge) {
		d.tx.truncated = true
	}
	if err != nil {
		return nil, err
	}
	d.tx.decoded += len(b)
	return b, nil
}

// dropOverstrikes removes a glyph drawn again over itself, a little
// offset, as writers fake bold type; pdftotext drops them too. g is sorted
// by x.
func dropOverstrikes(g []placed) []placed {
	out := g[:0]
	for _, p := range g {
		dup := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-4; k-- {
			q := out[k]
			tol := 0.1 * math.Max(p.h, 1)
			if p.x-q.x > tol {
				break
			}
			if q.text == p.text && math.Abs(p.y-q.y) < tol && math.Abs(p.h-q.h) < tol {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// layout groups glyphs, placed on the displayed page, into lines (by baseline, top to bottom) and words
// (by gaps and spaces, left to right).
func layout(gl []placed) []Line {
	if len(gl) == 0 {
		return nil
	}
	g := make([]placed, len(gl))
	copy(g, gl)
	for i := range g {
		if g[i].h <= 0 || math.IsNaN(g[i].h) || math.IsInf(g[i].h, 0) {
			g[i].h = 1
		}
	}
	sort.SliceStable(g, func(i, j int) bool { return g[i].y < g[j].y })
	var lines []Line
	start := 0
	for i := 1; i <= len(g); i++ {
		if i < len(g) && g[i].y-g[start].y < 0.5*math.Min(g[i].h, g[start].h) {
			continue
		}
		lines = append(lines, makeLine(g[start:i]))
		start = i
	}
	return lines
}

func makeLine(g []placed) Line {
	sort.SliceStable(g, func(i, j int) bool { return g[i].x < g[j].x })
	g = dropOverstrikes(g)
	l := Line{Y: g[0].y}
	var cur *Word
	var b strings.Builder
	end := 0.0
	flush := func() {
		if cur != nil {
			cur.Text = b.String()
			if strings.TrimSpace(cur.Text) != "" {
				l.Words = append(l.Words, *cur)
			}
			cur = nil
			b.Reset()
		}
	}
	for _, p := range g {
		if strings.TrimSpace(p.text) == "" {
			flush()
			continue
		}
		if cur != nil && (p.x-end > 0.15*p.h || p.x < cur.X-0.1*p.h) {
			flush()
		}
		if cur == nil {
			cur = &Word{X: p.x, Y: p.y, Size: p.h}
		}
		b.WriteString(p.text)
		end = p.x + p.w
		cur.W = end - cur.X
	}
	flush()
	logicalOrder(l.Words)
	return l
}
