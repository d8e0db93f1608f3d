package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Limits that bound the work done on hostile input. A real name is far below
// them; the output of one pass always fits the input limit of the next, which
// keeps Normalize idempotent.
const (
	maxInputBytes = 4096
	maxTokens     = 16
	maxTokenRunes = 48
)

// Normalize returns the canonical written form of a personal name: NFKC,
// case-folded then upper-cased, apostrophes removed, hyphens and other
// separators turned into single spaces. Diacritics are kept, so the result is
// still the name as written. Normalize is idempotent.
func Normalize(s string) string {
	return strings.Join(tokenize(s), " ")
}

// tokenize returns the normalised tokens of s. A few Unicode case mappings only
// settle after a second pass, so passes repeat until nothing changes.
func tokenize(s string) []string {
	toks := normalizePass(clip(s))
	for i := 0; i < 3; i++ {
		next := normalizePass(strings.Join(toks, " "))
		if equalTokens(next, toks) {
			break
		}
		toks = next
	}
	return toks
}

func normalizePass(s string) []string {
	s = strings.Map(mapSeparator, s)
	s = norm.NFKC.String(s)
	s = cases.Fold().String(s)
	s = cases.Upper(language.Und).String(s)
	s = norm.NFKC.String(strings.Map(mapSeparator, s))
	fields := strings.Fields(s)
	if len(fields) > maxTokens {
		fields = fields[:maxTokens]
	}
	for i, f := range fields {
		fields[i] = clipRunes(f, maxTokenRunes)
	}
	return fields
}

// mapSeparator keeps letters, marks and digits, drops apostrophes and the
// Catalan middle dot (they join a name: O'Neil, Paral·lel), and turns every
// other rune into a space.
func mapSeparator(r rune) rune {
	switch r {
	case '\'', '\u2018', '\u2019', '\u02bc', '\u02bb', '`', '\u00b4', '\u00b7':
		return -1
	}
	if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
		return r
	}
	if unicode.Is(unicode.Cf, r) {
		return -1
	}
	return ' '
}

// clip cuts s to maxInputBytes on a rune boundary and drops invalid UTF-8.
func clip(s string) string {
	if len(s) > maxInputBytes {
		s = s[:maxInputBytes]
	}
	return strings.ToValidUTF8(s, "")
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
