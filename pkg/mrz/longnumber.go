package mrz

import "strings"

// A long document number (TD1 and TD2) keeps its first nine characters in
// the number field, puts < where the check digit would be and continues in
// the optional data: the remaining characters, then the check digit, then <.
type longNumber struct {
	principal string // the nine characters in the number field
	rest      string // the characters continued in the optional data
	digit     span   // where the check digit is printed
	after     string // the optional data after the check digit
}

// splitLongNumber finds a long document number, if the zone has one.
func (l *layout) splitLongNumber(lines []string) (longNumber, bool) {
	if !l.overflow.ok() || l.digits[0].at.text(lines) != "<" {
		return longNumber{}, false
	}
	ext := l.overflow.text(lines)
	end := strings.IndexByte(ext, '<')
	if end < 0 {
		end = len(ext)
	}
	if end == 0 {
		return longNumber{}, false
	}
	col := l.overflow.from + end - 1
	return longNumber{
		principal: l.number.text(lines),
		rest:      ext[:end-1],
		digit:     span{l.overflow.line, col, col + 1},
		after:     ext[end:],
	}, true
}

// longNumberCheck checks a long document number's digit over all its
// characters. On TD1 it also accepts the digit computed with the < at
// position 15 included, as Belgian cards print it.
func (l *layout) longNumberCheck(lines []string, d digit) (Check, bool) {
	n, ok := l.splitLongNumber(lines)
	if !ok {
		return Check{}, false
	}
	c := newCheck(d.name, lines, n.digit, n.principal+n.rest)
	if !c.OK && l.format == TD1 {
		if alt := newCheck(d.name, lines, n.digit, n.principal+"<"+n.rest); alt.OK {
			return alt, true
		}
	}
	return c, true
}
