package pdfdoc

import (
	"bytes"
	"math"
)

// A matrix is [a b c d e f], as PDF writes it.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// gstate is the part of the graphics state that text placement needs.
type gstate struct {
	ctm                      matrix
	font                     *font
	fs, tc, tw, th, tl, rise float64
}

// A placed glyph, in default user space.
type placed struct {
	text       string
	x, y, w, h float64
}

const (
	maxGStack       = 64       // q nesting
	maxOperands     = 256      // operands kept before an operator
	maxFormNest     = 4        // form XObjects inside form XObjects
	maxShowBytes    = 16 << 10 // bytes of one shown string that are read
	maxOperandElems = 16 << 10 // array elements and dictionary entries kept in one operand
)

// runContent interprets one content stream with its resources, appending
// the glyphs it shows to the page being read.
func (d *doc) runContent(data []byte, res dict, gs gstate, nest int) {
	tx := d.tx
	p := &parser{b: data, final: true, maxStr: maxShowBytes, maxKept: maxOperandElems}
	var (
		stack    []gstate
		operands []any
		tm, tlm  = identity, identity
		fonts    = map[name]*font{}
	)
	for p.pos < len(p.b) {
		if tx.ops >= tx.maxOps || tx.full() {
			tx.truncated = true
			return
		}
		p.kept = 0
		v, err := p.object()
		if p.kept > p.maxKept {
			tx.truncated = true // elements of an operand were dropped
		}
		if err != nil {
			if err == errShort {
				return
			}
			operands = operands[:0]
			continue
		}
		op, isOp := v.(keyword)
		if !isOp {
			if len(operands) < maxOperands {
				operands = append(operands, v)
			}
			continue
		}
		tx.ops++
		f := func(i int) float64 {
			if i < len(operands) {
				x, _ := num(operands[i])
				return x
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < maxGStack {
				stack = append(stack, gs)
			}
		case "Q":
			if n := len(stack); n > 0 {
				gs, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(operands) == 6 {
				gs.ctm = matrix{f(0), f(1), f(2), f(3), f(4), f(5)}.mul(gs.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(operands) == 2 {
				if n, ok := operands[0].(name); ok {
					gs.font = d.fontFor(res, n, fonts)
				}
				gs.fs = f(1)
			}
		case "Tc":
			gs.tc = f(0)
		case "Tw":
			gs.tw = f(0)
		case "Tz":
			gs.th = f(0) / 100
		case "TL":
			gs.tl = f(0)
		case "Ts":
			gs.rise = f(0)
		case "Td":
			tlm = matrix{1, 0, 0, 1, f(0), f(1)}.mul(tlm)
			tm = tlm
		case "TD":
			gs.tl = -f(1)
			tlm = matrix{1, 0, 0, 1, f(0), f(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(operands) == 6 {
				tlm = matrix{f(0), f(1), f(2), f(3), f(4), f(5)}
				tm = tlm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				if op == "\"" && len(operands) == 3 {
					gs.tw, gs.tc = f(0), f(1)
				}
				tlm = matrix{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
				tm = tlm
			}
			if len(operands) > 0 {
				if s, ok := operands[len(operands)-1].([]byte); ok {
					tm = d.show(s, &gs, tm)
				}
			}
		case "TJ":
			if len(operands) == 1 {
				a, _ := operands[0].(array)
				for _, e := range a {
					switch x := e.(type) {
					case []byte:
						tm = d.show(x, &gs, tm)
					case int64, float64:
						adj, _ := num(x)
						tm = matrix{1, 0, 0, 1, -adj / 1000 * gs.fs * gs.th, 0}.mul(tm)
					}
				}
			}
		case "Do":
			if len(operands) == 1 && nest < maxFormNest {
				if n, ok := operands[0].(name); ok {
					d.runForm(res, n, gs, nest)
				}
			}
		case "BI":
			skipInlineImage(p)
		}
		operands = operands[:0]
	}
}

// skipInlineImage moves past "… ID <data> EI".
func skipInlineImage(p *parser) {
	i := bytes.Index(p.b[p.pos:], []byte("ID"))
	if i < 0 {
		p.pos = len(p.b)
		return
	}
	p.pos += i + 2
	for {
		j := bytes.Index(p.b[p.pos:], []byte("EI"))
		if j < 0 {
			p.pos = len(p.b)
			return
		}
		at := p.pos + j
		p.pos = at + 2
		if at > 0 && isSpace(p.b[at-1]) && (p.pos == len(p.b) || isSpace(p.b[p.pos])) {
			return
		}
	}
}

// ligatures spells out U+FB00–FB06.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "ſt", "st"}

// show places the glyphs of s and returns the text matrix after them.
func (d *doc) show(s []byte, gs *gstate, tm matrix) matrix {
	tx := d.tx
	if gs.font == nil {
		gs.font = d.loadFont(nil)
	}
	if tx.full() {
		return tm
	}
	if len(s) >= maxShowBytes { // the parser cuts longer strings to this
		s, tx.truncated = s[:maxShowBytes], true
	}
	tx.gbuf = gs.font.glyphs(s, tx.gbuf[:0])
	for _, g := range tx.gbuf {
		trm := matrix{gs.fs * gs.th, 0, 0, gs.fs, 0, gs.rise}.mul(tm).mul(gs.ctm)
		adv := (g.width*gs.fs + gs.tc) * gs.th
		if g.space {
			adv += gs.tw * gs.th
		}
		m := tm.mul(gs.ctm)
		w := g.width * gs.fs * gs.th * math.Hypot(m[0], m[1]) // the ink, without Tc and Tw, so that spacing shows as a gap
		h := math.Hypot(trm[2], trm[3])
		if r := []rune(g.text); len(r) == 1 && r[0] >= 0xFB00 && r[0] <= 0xFB06 {
			g.text = ligatures[r[0]-0xFB00] // as pdftotext does, so that words match
		}
		if g.text != "" && !tx.full() {
			tx.glyphs = append(tx.glyphs, placed{text: g.text, x: trm[4], y: trm[5], w: w, h: h})
			tx.runes += len(g.text)
		}
		tm = matrix{1, 0, 0, 1, adv, 0}.mul(tm)
	}
	return tm
}

// fontFor returns the font named n in res, loading it once per document.
func (d *doc) fontFor(res dict, n name, local map[name]*font) *font {
	if f, ok := local[n]; ok {
		return f
	}
	fonts, _ := d.resolveDict(res["Font"])
	v := fonts[n]
	var f *font
	if r, ok := v.(ref); ok {
		if f = d.tx.fonts[r]; f == nil && len(d.tx.fonts) < maxFontsPerDoc {
			f = d.loadFont(v)
			d.tx.fonts[r] = f
		}
	}
	if f == nil {
		f = d.loadFont(v)
	}
	local[n] = f
	return f
}

// runForm runs the form XObject named n.
func (d *doc) runForm(res dict, n name, gs gstate, nest int) {
	xo, err := d.resolveDict(res["XObject"])
	if err != nil {
		return
	}
	r, ok := xo[n].(ref)
	if !ok {
		return
	}
	o, err := d.lookup(r)
	if err != nil {
		return
	}
	sd, ok := o.val.(dict)
	if !ok {
		return
	}
	if st, _ := sd.name("Subtype"); st != "Form" {
		return
	}
	data, err := d.textStream(o)
	if err != nil {
		return
	}
	if m, err := d.resolve(sd["Matrix"]); err == nil {
		if a, ok := m.(array); ok && len(a) == 6 {
			var mm matrix
			for i := range mm {
				mm[i], _ = num(a[i])
			}
			gs.ctm = mm.mul(gs.ctm)
		}
	}
	fres, err := d.resolveDict(sd["Resources"])
	if err != nil {
		fres = res
	}
	d.runContent(data, fres, gs, nest+1)
}
