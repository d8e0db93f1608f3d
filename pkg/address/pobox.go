package address

import (
	"regexp"
	"strings"
	"unicode"
)

// poBoxPattern matches post-office box spellings in the text prepared by
// poBoxText (upper case, no diacritics, dots removed, one space between
// words, a space at each end). A bare "Box" counts only before a number, so
// Boxhill Road, Boxer Street and Box Hill are not boxes.
var poBoxPattern = regexp.MustCompile(` (` +
	`P ?O ?BOX|POB|POST ?OFFICE ?BOX|POST ?BOX|POSTAL ?BOX|P ?O ?DRAWER|` + // English
	`GPO ?BOX|LOCKED ?BAG|PRIVATE ?BAG|PMB|PRIVATE ?MAIL ?BOX|` + // AU, NZ, ZA, US
	`POSTFACH|POSTBOKS|POSTBOX|POSTILOKERO|` + // German, Nordic
	`BOITE ?POSTALE|CASE ?POSTALE|` + // French
	`APARTADO|APDO|CASILLA|` + // Spanish
	`CASELLA ?POSTALE|` + // Italian
	`CAIXA ?POSTAL|` + // Portuguese
	`POSTBUS|` + // Dutch
	`SKRYTKA ?POCZTOWA|SKR ?POCZT` + // Polish
	`) `)

// numberedBox matches spellings that are boxes only before a number: Box 12,
// BP 123 (boîte postale), CP 45 (casella / caixa postal).
var numberedBox = regexp.MustCompile(` (BOX|BP|B P|CP|C P|PO) (NO |NR |N )?[0-9]+ `)

// IsPOBox reports whether addr is, or contains, a post-office box rather than
// a street address.
func IsPOBox(addr string) bool {
	s := poBoxText(addr)
	return poBoxPattern.MatchString(s) || numberedBox.MatchString(s)
}

// poBoxText folds addr for IsPOBox: dots vanish so P.O.B. becomes POB, other
// punctuation becomes a space, and words are separated by single spaces.
func poBoxText(addr string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, r := range foldText(addr) {
		switch {
		case r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return " " + strings.Join(strings.Fields(b.String()), " ") + " "
}
