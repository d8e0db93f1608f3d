package mrz

import (
	"strings"
	"unicode"
)

// A Zone is a parsed machine readable zone.
type Zone struct {
	Format Format
	Lines  []string // the zone's lines, blank space removed
	Fields Fields
	Checks []Check // every check digit the format has, in printed order
	// Problems lists content that is not a check digit but still cannot be
	// right: an impossible date, a sex marker other than M, F, X or <.
	Problems []Error
}

// Valid reports whether every check digit holds and no problem was found.
func (z *Zone) Valid() bool {
	for _, c := range z.Checks {
		if !c.OK {
			return false
		}
	}
	return len(z.Problems) == 0
}

// Parse reads a zone from its lines, separated by newlines. Blank space
// around the text and around each line (a trailing newline, CRLF, indent)
// is ignored; anything else that does not fit a format is an *Error naming
// the line and column. Parse never guesses a format or repairs a character.
func Parse(text string) (*Zone, error) {
	lines, err := splitLines(text)
	if err != nil {
		return nil, err
	}
	l, err := detect(lines)
	if err != nil {
		return nil, err
	}
	z := &Zone{Format: l.format, Lines: lines}
	z.Fields = l.fields(lines)
	z.Checks = l.checks(lines)
	z.Problems = l.problems(lines)
	return z, nil
}

func splitLines(text string) ([]string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, errorf(1, 1, "no MRZ text")
	}
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
		if lines[i] == "" {
			return nil, errorf(i+1, 1, "line %d is empty", i+1)
		}
		if err := checkChars(i+1, lines[i]); err != nil {
			return nil, err
		}
	}
	return lines, nil
}

func checkChars(line int, s string) error {
	col := 0
	for _, r := range s {
		col++
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '<':
		case unicode.IsLower(r):
			return errorf(line, col, "lowercase %q: MRZ text is upper case", r)
		default:
			return errorf(line, col, "character %q is not allowed: an MRZ holds only A-Z, 0-9 and <", r)
		}
	}
	return nil
}

// detect picks the layout from the first line's length and, for two-line
// zones, the document code; every other line must then match it.
func detect(lines []string) (*layout, error) {
	first := lines[0]
	var l *layout
	switch len(first) {
	case 30:
		l = td1
	case 36:
		l = td2
		if first[0] == 'V' {
			l = mrvb
		} else if strings.HasPrefix(first, "IDFRA") {
			l = frenchID
		}
	case 44:
		l = td3
		if first[0] == 'V' {
			l = mrva
		}
	default:
		return nil, errorf(1, badWidthColumn(len(first)),
			"line 1 has %d characters; MRZ lines have 30 (TD1), 36 (TD2, MRV-B) or 44 (TD3, MRV-A)", len(first))
	}
	if len(lines) != l.lines {
		return nil, errorf(min(len(lines), l.lines)+1, 1,
			"a %s zone has %d lines, found %d", l.format, l.lines, len(lines))
	}
	for i, s := range lines {
		if len(s) != l.width {
			return nil, errorf(i+1, min(len(s), l.width)+1,
				"line %d has %d characters; %s lines have %d", i+1, len(s), l.format, l.width)
		}
	}
	return l, nil
}

// badWidthColumn points at the first character past the longest line width
// that the line exceeds, or just past its end when it is shorter than all.
func badWidthColumn(n int) int {
	col := n + 1
	for _, w := range []int{30, 36, 44} {
		if n > w {
			col = w + 1
		}
	}
	return col
}
