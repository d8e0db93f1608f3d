package pdfdoc

import (
	"bytes"
)

// header finds %PDF-x.y in the first bytes and returns the version.
func header(head []byte) (string, bool) {
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return "", false
	}
	v := head[i+5:]
	n := 0
	for n < len(v) && n < 8 && (v[n] == '.' || (v[n] >= '0' && v[n] <= '9')) {
		n++
	}
	return string(v[:n]), true
}

// hasEOF reports a %%EOF marker near the end of the file.
func hasEOF(tail []byte) bool {
	if len(tail) > eofWindow {
		tail = tail[len(tail)-eofWindow:]
	}
	return bytes.Contains(tail, []byte("%%EOF"))
}

// startxref returns the offset after the last startxref keyword in tail.
// found is false when the keyword is missing, ok false when the number is.
func startxref(tail []byte) (off int64, found, ok bool) {
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return 0, false, false
	}
	p := &parser{b: tail[i+len("startxref"):], final: true}
	p.skipSpace()
	n, ok := p.unsigned()
	return n, true, ok
}

// linearized reports whether the first object after the header is a
// linearization dictionary, and returns the offset just past that object,
// where the first-page cross-reference section starts.
func linearized(head []byte) (end int64, ok bool) {
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return 0, false
	}
	p := &parser{b: head, pos: i}
	p.skipSpace() // the header line is a comment
	if _, _, err := p.objHeader(); err != nil {
		return 0, false
	}
	v, err := p.object()
	if err != nil {
		return 0, false
	}
	d, isDict := v.(dict)
	if _, lin := d["Linearized"]; !isDict || !lin {
		return 0, false
	}
	p.skipSpace()
	if string(p.word()) != "endobj" {
		return 0, false
	}
	return int64(p.pos), true
}

// objHeader parses "num gen obj".
func (p *parser) objHeader() (num, gen int64, err error) {
	p.skipSpace()
	num, ok1 := p.unsigned()
	p.skipSpace()
	gen, ok2 := p.unsigned()
	p.skipSpace()
	if !ok1 || !ok2 || string(p.word()) != "obj" {
		if p.pos >= len(p.b) && !p.final {
			return 0, 0, errShort
		}
		return 0, 0, p.errorf("no object header")
	}
	return num, gen, nil
}
