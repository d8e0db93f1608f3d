package pdfdoc

// Compound objects and strings, split from lexer.go to keep files short.

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.errorf("nesting deeper than %d", maxDepth)
	}
	return nil
}

// keep reports whether one more element may be kept under maxKept.
func (p *parser) keep() bool {
	if p.maxKept == 0 {
		return true
	}
	p.kept++
	return p.kept <= p.maxKept
}

func (p *parser) array() (any, error) {
	p.pos++ // [
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	var a array
	for {
		p.skipSpace()
		if p.pos >= len(p.b) {
			return nil, errShort
		}
		if p.b[p.pos] == ']' {
			p.pos++
			return a, nil
		}
		v, err := p.object()
		if err != nil {
			return nil, err
		}
		if k, ok := v.(keyword); ok {
			return nil, p.errorf("unexpected %q in array", string(k))
		}
		if p.keep() {
			a = append(a, v)
		}
	}
}

func (p *parser) dict() (any, error) {
	p.pos += 2 // <<
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	d := dict{}
	for {
		p.skipSpace()
		if p.pos+1 >= len(p.b) {
			return nil, errShort
		}
		if p.b[p.pos] == '>' && p.b[p.pos+1] == '>' {
			p.pos += 2
			return d, nil
		}
		if p.b[p.pos] != '/' {
			return nil, p.errorf("dictionary key is not a name")
		}
		k, err := p.name()
		if err != nil {
			return nil, err
		}
		v, err := p.object()
		if err != nil {
			return nil, err
		}
		if kw, ok := v.(keyword); ok {
			return nil, p.errorf("unexpected %q in dictionary", string(kw))
		}
		if p.keep() {
			d[k.(name)] = v
		}
	}
}

// name parses /Name with #xx escapes.
func (p *parser) name() (any, error) {
	p.pos++ // /
	w := p.word()
	if p.pos >= len(p.b) && !p.final {
		return nil, errShort
	}
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] == '#' && i+2 < len(w) {
			if h, ok := unhex(w[i+1], w[i+2]); ok {
				out = append(out, h)
				i += 2
				continue
			}
		}
		out = append(out, w[i])
	}
	return name(out), nil
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unhex(a, b byte) (byte, bool) {
	x, ok1 := hexVal(a)
	y, ok2 := hexVal(b)
	return x<<4 | y, ok1 && ok2
}

// hex parses <0A1B…>; an odd final digit is padded with 0.
func (p *parser) hex() (any, error) {
	p.pos++ // <
	var out []byte
	var hi byte
	half := false
	for ; p.pos < len(p.b); p.pos++ {
		c := p.b[p.pos]
		if c == '>' {
			p.pos++
			if half {
				out = append(out, hi<<4)
			}
			return p.str(out), nil
		}
		if isSpace(c) {
			continue
		}
		v, ok := hexVal(c)
		if !ok {
			return nil, p.errorf("bad hex digit %q", c)
		}
		if half {
			out = p.cut(append(out, hi<<4|v))
		}
		hi, half = v, !half
	}
	return nil, errShort
}
