package address

import (
	"strings"
	"unicode"
)

// Mask hides an address for reports. A word keeps its first letter and the
// rest of its letters become stars; a word with a digit in it (a house or flat
// number, a postcode part) becomes stars entirely, so no digit or letter of a
// number survives. Punctuation and spacing stay, one star per hidden rune, so
// "12B High St, London SW1A 1AA" becomes "*** H*** S*, L***** **** ***".
func Mask(addr string) string {
	if len(addr) > maxInputBytes {
		addr = addr[:maxInputBytes]
	}
	addr = strings.ToValidUTF8(addr, "")
	var b strings.Builder
	for len(addr) > 0 {
		i := strings.IndexFunc(addr, isWordRune)
		if i < 0 {
			i = len(addr)
		}
		writeSeparators(&b, addr[:i])
		addr = addr[i:]
		j := strings.IndexFunc(addr, func(r rune) bool { return !isWordRune(r) })
		if j < 0 {
			j = len(addr)
		}
		maskWord(&b, addr[:j])
		addr = addr[j:]
	}
	return b.String()
}

// isWordRune reports whether r belongs to a word; an apostrophe does, since
// O'Brien is one word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '\u2019'
}

func writeSeparators(b *strings.Builder, s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			r = ' '
		}
		b.WriteRune(r)
	}
}

func maskWord(b *strings.Builder, w string) {
	keep := !strings.ContainsFunc(w, unicode.IsDigit)
	for _, r := range w {
		switch {
		case r == '\'' || r == '\u2019':
			b.WriteRune(r)
		case keep && unicode.IsLetter(r):
			b.WriteRune(r)
			keep = false
		default:
			b.WriteByte('*')
			keep = false
		}
	}
}
