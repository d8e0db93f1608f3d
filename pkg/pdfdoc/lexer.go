package pdfdoc

import (
	"errors"
	"fmt"
	"strconv"
)

// errShort means the buffer ended inside an object; a caller holding only a
// window of the file may retry with a larger one.
var errShort = errors.New("unexpected end of data")

// A parser reads PDF objects from an in-memory buffer. When final is false
// the buffer is a window that may continue in the file, so running off its
// end is errShort rather than a syntax error.
type parser struct {
	b     []byte
	pos   int
	final bool
	depth int
	base  int64 // file offset of b[0], for messages

	// maxStr, when set, cuts string objects to that many bytes (the rest is
	// parsed and dropped), so that a huge string in a content stream costs
	// no memory; text extraction sets it.
	maxStr int
	// maxKept, when set, caps the array elements and dictionary entries
	// kept (kept counts them) until the caller resets kept; the rest are
	// parsed and dropped.
	maxKept, kept int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

// skipSpace skips whitespace and comments.
func (p *parser) skipSpace() {
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		if isSpace(c) {
			p.pos++
			continue
		}
		if c != '%' {
			return
		}
		for p.pos < len(p.b) && p.b[p.pos] != '\n' && p.b[p.pos] != '\r' {
			p.pos++
		}
	}
}

// word returns the run of regular characters at pos.
func (p *parser) word() []byte {
	start := p.pos
	for p.pos < len(p.b) && isRegular(p.b[p.pos]) {
		p.pos++
	}
	return p.b[start:p.pos]
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: "+format, append([]any{p.base + int64(p.pos)}, args...)...)
}

// object parses the next object.
func (p *parser) object() (any, error) {
	p.skipSpace()
	if p.pos >= len(p.b) {
		return nil, errShort
	}
	switch c := p.b[p.pos]; {
	case c == '/':
		return p.name()
	case c == '(':
		return p.literal()
	case c == '<':
		if p.pos+1 < len(p.b) && p.b[p.pos+1] == '<' {
			return p.dict()
		}
		return p.hex()
	case c == '[':
		return p.array()
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		return p.number()
	case isDelim(c):
		p.pos++
		return nil, p.errorf("unexpected %q", c)
	}
	w := p.word()
	if p.pos >= len(p.b) && !p.final {
		return nil, errShort
	}
	switch string(w) {
	case "null":
		return nil, nil
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return keyword(w), nil
}

// number parses an integer or real, and an indirect reference "n g R" when
// an integer is followed by another and R.
func (p *parser) number() (any, error) {
	w := p.word()
	if p.pos >= len(p.b) && !p.final {
		return nil, errShort
	}
	n, err := strconv.ParseInt(string(w), 10, 64)
	if err != nil {
		f, ferr := strconv.ParseFloat(string(w), 64)
		if ferr != nil {
			return nil, p.errorf("bad number %q", w)
		}
		return f, nil
	}
	if n < 0 || w[0] == '+' {
		return n, nil
	}
	return p.maybeRef(n)
}

func (p *parser) maybeRef(num int64) (any, error) {
	save := p.pos
	p.skipSpace()
	gen, ok := p.unsigned()
	if ok {
		p.skipSpace()
		if p.pos < len(p.b) && p.b[p.pos] == 'R' && (p.pos+1 == len(p.b) || !isRegular(p.b[p.pos+1])) {
			if p.pos+1 == len(p.b) && !p.final {
				return nil, errShort
			}
			p.pos++
			return ref{num, gen}, nil
		}
	}
	if p.pos >= len(p.b) && !p.final {
		return nil, errShort
	}
	p.pos = save
	return num, nil
}

// unsigned reads a run of digits as a non-negative integer.
func (p *parser) unsigned() (int64, bool) {
	start := p.pos
	for p.pos < len(p.b) && p.b[p.pos] >= '0' && p.b[p.pos] <= '9' {
		p.pos++
	}
	if p.pos == start || (p.pos < len(p.b) && isRegular(p.b[p.pos])) {
		return 0, false
	}
	n, err := strconv.ParseInt(string(p.b[start:p.pos]), 10, 64)
	return n, err == nil
}
