package pdfdoc

import (
	"sort"
	"strings"
	"unicode/utf16"
)

// A font turns the bytes of a shown string into codes, text and advances.
type font struct {
	composite bool        // Type0: codes are two bytes unless the ToUnicode CMap says otherwise
	ucs2      bool        // a predefined Uni…-UCS2 or -UTF16 CMap: the codes are UTF-16BE
	legacy    *legacyCMap // a predefined CMap over GBK, Shift-JIS, EUC or Big5
	simple    [256]string
	cmap      *toUnicode
	firstChar int
	widths    []float64       // simple fonts, from FirstChar
	cidWidths []widthRange    // sorted by first
	gidText   map[uint16]rune // from the embedded TrueType program, when there is no ToUnicode
	cidToGID  []byte          // a CIDToGIDMap stream, two bytes a CID; nil for Identity
	dw        float64         // default width, in glyph space units
	scale     float64         // glyph space to text space (0.001, or a Type3 FontMatrix)
}

// A widthRange gives CIDs first to last one width, or each its own.
type widthRange struct {
	first, last uint32
	w           float64
	each        []float64
}

func (f *font) cidWidth(cid uint32) (float64, bool) {
	i := sort.Search(len(f.cidWidths), func(i int) bool { return f.cidWidths[i].first > cid })
	if i == 0 {
		return 0, false
	}
	r := f.cidWidths[i-1]
	if cid > r.last {
		return 0, false
	}
	if r.each != nil {
		return r.each[cid-r.first], true
	}
	return r.w, true
}

// A glyph is one shown code.
type glyph struct {
	text  string
	width float64 // advance in text space, before font size and scaling
	space bool    // a single-byte code 32, to which word spacing applies
}

const maxFontsPerDoc = 256

// loadFont builds a font from its dictionary. It never fails: what is
// missing falls back to the standard encoding and default widths.
func (d *doc) loadFont(v any) *font {
	f := &font{dw: 1000, scale: 0.001}
	fd, err := d.resolveDict(v)
	if err != nil {
		f.simple = stringsOf(&standardEncoding)
		f.dw = 500
		return f
	}
	if b, err := d.streamOf(fd["ToUnicode"]); err == nil {
		var n int
		f.cmap, n = parseToUnicode(b, maxCMapTotal-d.tx.cmapEntries)
		d.tx.cmapEntries += n
	}
	sub, _ := fd.name("Subtype")
	if sub == "Type0" {
		f.composite = true
		d.loadComposite(f, fd)
		return f
	}
	f.dw = 500
	if sub == "Type3" {
		if m, err := d.resolve(fd["FontMatrix"]); err == nil {
			if a, ok := m.(array); ok && len(a) == 6 {
				if s, ok := num(a[0]); ok && s != 0 && s < 10 && s > -10 {
					f.scale = s
				}
			}
		}
	}
	d.loadSimpleEncoding(f, fd)
	if fc, err := d.resolve(fd["FirstChar"]); err == nil {
		if n, ok := intValue(fc); ok && n >= 0 && n < 256 {
			f.firstChar = int(n)
		}
	}
	if w, err := d.resolve(fd["Widths"]); err == nil {
		if a, ok := w.(array); ok {
			for i, e := range a {
				if i >= 256 {
					break
				}
				x, _ := d.number(e)
				f.widths = append(f.widths, x)
			}
		}
	}
	if desc, err := d.resolveDict(fd["FontDescriptor"]); err == nil {
		if mw, ok := d.number(desc["MissingWidth"]); ok && mw > 0 {
			f.dw = mw
		}
	}
	if len(f.widths) == 0 && sub != "Type3" {
		f.standardWidths(fd)
	}
	return f
}

// standardWidths fills the widths of a standard font written without
// /Widths, from the glyph each code shows.
func (f *font) standardWidths(fd dict) {
	base, _ := fd.name("BaseFont")
	table, other := base14Widths(string(base))
	if other == 0 {
		return
	}
	f.firstChar, f.widths = 0, make([]float64, 256)
	for c := range f.widths {
		f.widths[c] = other
		if s := f.simple[c]; table != nil && len(s) == 1 && s[0] >= 0x20 && s[0] <= 0x7E {
			f.widths[c] = float64(table[s[0]-0x20])
		}
	}
}

func stringsOf(enc *[256]rune) [256]string {
	var out [256]string
	for i, r := range enc {
		if r != 0 {
			out[i] = string(r)
		}
	}
	return out
}

// loadSimpleEncoding reads /Encoding: a base encoding name, or a dictionary
// with /BaseEncoding and /Differences.
func (d *doc) loadSimpleEncoding(f *font, fd dict) {
	base := &standardEncoding
	ev, _ := d.resolve(fd["Encoding"])
	var diffs array
	pick := func(n name) {
		switch n {
		case "WinAnsiEncoding":
			base = &winAnsiEncoding
		case "MacRomanEncoding":
			base = &macRomanEncoding
		case "PDFDocEncoding":
			base = &pdfDocEncoding
		case "StandardEncoding":
			base = &standardEncoding
		}
	}
	switch e := ev.(type) {
	case name:
		pick(e)
	case dict:
		if n, ok := e.name("BaseEncoding"); ok {
			pick(n)
		}
		dv, _ := d.resolve(e["Differences"])
		diffs, _ = dv.(array)
	}
	f.simple = stringsOf(base)
	code := 0
	for _, e := range diffs {
		switch x := e.(type) {
		case int64:
			code = int(x)
		case name:
			if code >= 0 && code < 256 {
				if s, ok := glyphRune(string(x)); ok {
					f.simple[code] = s
				} else {
					f.simple[code] = ""
				}
			}
			code++
		}
	}
}

// loadComposite reads a Type0 font's encoding and its descendant's widths.
func (d *doc) loadComposite(f *font, fd dict) {
	if n, ok := fd.name("Encoding"); ok && strings.HasPrefix(string(n), "Uni") &&
		(strings.Contains(string(n), "UCS2") || strings.Contains(string(n), "UTF16")) {
		f.ucs2 = true
	} else if ok && f.cmap == nil {
		f.legacy = legacyCMapFor(string(n))
	}
	dv, _ := d.resolve(fd["DescendantFonts"])
	da, _ := dv.(array)
	if len(da) == 0 {
		return
	}
	cf, err := d.resolveDict(da[0])
	if err != nil {
		return
	}
	if x, ok := d.number(cf["DW"]); ok && x > 0 {
		f.dw = x
	}
	if f.cmap == nil && !f.ucs2 {
		if desc, err := d.resolveDict(cf["FontDescriptor"]); err == nil {
			if prog, err := d.streamOf(desc["FontFile2"]); err == nil {
				f.gidText = trueTypeGlyphText(prog)
			}
		}
		if m, err := d.streamOf(cf["CIDToGIDMap"]); err == nil {
			f.cidToGID = m
		}
	}
	wv, _ := d.resolve(cf["W"])
	w, _ := wv.(array)
	for i := 0; i < len(w); {
		first, ok := intValue(w[i])
		if !ok || first < 0 || first > 1<<24 || i+1 >= len(w) {
			break
		}
		next, _ := d.resolve(w[i+1])
		if list, ok := next.(array); ok {
			if len(list) > 0 {
				r := widthRange{first: uint32(first), last: uint32(first) + uint32(len(list)) - 1}
				for _, e := range list {
					x, _ := d.number(e)
					r.each = append(r.each, x)
				}
				f.cidWidths = append(f.cidWidths, r)
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			break
		}
		last, ok := intValue(next)
		x, _ := d.number(w[i+2])
		if ok && last >= first && last <= 1<<24 {
			f.cidWidths = append(f.cidWidths, widthRange{first: uint32(first), last: uint32(last), w: x})
		}
		i += 3
	}
	sort.SliceStable(f.cidWidths, func(i, j int) bool { return f.cidWidths[i].first < f.cidWidths[j].first })
}

// number resolves v to a number.
func (d *doc) number(v any) (float64, bool) {
	v, err := d.resolve(v)
	if err != nil {
		return 0, false
	}
	return num(v)
}

func num(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// glyphs splits a shown string into glyphs.
func (f *font) glyphs(s []byte, out []glyph) []glyph {
	if !f.composite {
		for _, c := range s {
			g := glyph{space: c == ' ', width: f.dw}
			if f.cmap != nil {
				g.text, _ = f.cmap.lookup(uint32(c), 1)
			}
			if g.text == "" {
				g.text = f.simple[c]
			}
			if i := int(c) - f.firstChar; i >= 0 && i < len(f.widths) {
				g.width = f.widths[i]
			}
			g.width *= f.scale
			out = append(out, g)
		}
		return out
	}
	if f.legacy != nil {
		return f.legacy.glyphs(f, s, out)
	}
	n := 2
	if f.cmap != nil && f.cmap.hasWidths() {
		n = f.cmap.codeLen()
	}
	for i := 0; i < len(s); i += n {
		end := min(i+n, len(s))
		code := codeOf(s[i:end])
		g := glyph{space: n == 1 && code == 32, width: f.dw}
		if w, ok := f.cidWidth(code); ok {
			g.width = w
		}
		g.width *= f.scale
		switch {
		case f.cmap != nil:
			g.text, _ = f.cmap.lookup(code, end-i)
		case f.ucs2:
			g.text = string(utf16.Decode([]uint16{uint16(code)}))
		case f.gidText != nil:
			gid := uint16(code)
			if f.cidToGID != nil {
				gid = 0
				if i := 2 * int(code); i+1 < len(f.cidToGID) {
					gid = uint16(f.cidToGID[i])<<8 | uint16(f.cidToGID[i+1])
				}
			}
			if r, ok := f.gidText[gid]; ok {
				g.text = string(r)
			}
		}
		out = append(out, g)
	}
	return out
}
