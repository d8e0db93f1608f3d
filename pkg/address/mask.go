package address

import (
	"strings"
	"unicode"
)

// Mask hides an address for reports: every digit and every letter but the
// first of each word becomes a star, punctuation and spacing stay, so
// "12 High St, London SW1A 1AA" becomes "** H*** S*, L***** S*** ***".
func Mask(addr string) string {
	if len(addr) > maxInputBytes {
		addr = addr[:maxInputBytes]
	}
	addr = strings.ToValidUTF8(addr, "")
	var b strings.Builder
	start := true
	for _, r := range addr {
		switch {
		case unicode.IsLetter(r) && start:
			b.WriteRune(r)
			start = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteByte('*')
			start = false
		case r == '\'' || r == '\u2019':
			b.WriteRune(r) // O'Brien is one word
		case unicode.IsSpace(r):
			b.WriteByte(' ')
			start = true
		default:
			b.WriteRune(r)
			start = true
		}
	}
	return b.String()
}
