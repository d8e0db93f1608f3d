package pdfdoc

var escapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f', '(': '(', ')': ')', '\\': '\\'}

// literal parses a (string) with balanced parentheses and backslash escapes.
func (p *parser) literal() (any, error) {
	p.pos++ // (
	var out []byte
	depth := 1
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		p.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return p.str(out), nil
			}
		case '\\':
			out = p.escape(out)
			out = p.cut(out)
			continue
		}
		out = p.cut(append(out, c))
	}
	return nil, errShort
}

// str returns a parsed string as an object: nil, without allocating, when
// it will be dropped under maxKept.
func (p *parser) str(out []byte) any {
	if p.maxKept > 0 && p.kept >= p.maxKept {
		return nil
	}
	return out
}

// cut drops the bytes of a string past maxStr, and all of them when the
// string will be dropped under maxKept.
func (p *parser) cut(out []byte) []byte {
	switch {
	case p.maxKept > 0 && p.kept >= p.maxKept:
		return out[:0]
	case p.maxStr > 0 && len(out) > p.maxStr:
		return out[:p.maxStr]
	}
	return out
}

// escape handles the character after a backslash.
func (p *parser) escape(out []byte) []byte {
	if p.pos >= len(p.b) {
		return out
	}
	c := p.b[p.pos]
	p.pos++
	if e, ok := escapes[c]; ok {
		return append(out, e)
	}
	switch {
	case c == '\r': // line continuation
		if p.pos < len(p.b) && p.b[p.pos] == '\n' {
			p.pos++
		}
		return out
	case c == '\n':
		return out
	case c >= '0' && c <= '7':
		v := c - '0'
		for i := 0; i < 2 && p.pos < len(p.b) && p.b[p.pos] >= '0' && p.b[p.pos] <= '7'; i++ {
			v = v<<3 | (p.b[p.pos] - '0')
			p.pos++
		}
		return append(out, v)
	}
	return append(out, c)
}
