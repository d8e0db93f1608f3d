package statement

import (
	"strings"
	"unicode"
)

// normalize rewrites characters that PDF producers put in place of the
// ones a reader sees: hyphens that are not U+002D (TeX engines map "-" to
// U+2011 NON-BREAKING HYPHEN), non-breaking and ideographic spaces, and
// fullwidth forms of ASCII, and CJK radicals (fonts such as Noto Sans CJK map common ideographs to
// the Kangxi Radicals and CJK Radicals Supplement blocks, so 日 extracts as
// ⽇ U+2F47). A space between a Han character and a digit goes too: it is
// the gap typesetters leave between Chinese and Western text, not a word
// break (2026 年 10 月 → 2026年10月, 88 号 → 88号).
func normalize(s string) string {
	if isASCII(s) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2212':
			return '-'
		case r == '\u00a0' || r == '\u202f' || r == '\u3000':
			return ' '
		case r >= 0xff01 && r <= 0xff5e: // fullwidth ASCII: ２０２６年
			return r - 0xff01 + '!'
		case r >= 0x2e80 && r <= 0x2fdf:
			if u, ok := radicals[r]; ok {
				return u
			}
		}
		return r
	}, s)
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && hanDigit(rs[i-1], rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// hanDigit reports a Han character and a digit, in either order.
func hanDigit(a, b rune) bool {
	isDigit := func(r rune) bool { return '0' <= r && r <= '9' }
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	return isHan(a) && isDigit(b) || isDigit(a) && isHan(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
