package address

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Limits that bound the work done on hostile input; a real address is far
// below them, and one pass's output always fits the next pass's input.
const (
	maxInputBytes = 2048
	maxWords      = 48
	maxWordRunes  = 32
)

// A word is one token of a normalised address and the comma-separated
// segment it came from (street, town, ...).
type word struct {
	text string
	seg  int
}

// Normalize returns the canonical form of an address: upper case, diacritics
// and punctuation removed, abbreviations expanded (St → STREET, Str. →
// STRASSE), German compound street names split (HAUPTSTRASSE → HAUPT
// STRASSE) and postcodes written without spaces (SW1A 1AA → SW1A1AA).
// Normalize is idempotent.
func Normalize(addr string) string {
	return joinWords(canonical(addr))
}

// canonical returns the normalised words of addr. A few Unicode case
// mappings only settle after a second pass, so passes repeat until stable.
func canonical(addr string) []word {
	ws := normalizePass(addr)
	for i := 0; i < 3; i++ {
		next := normalizePass(joinWords(ws))
		if joinWords(next) == joinWords(ws) {
			break
		}
		ws = next
	}
	return ws
}

func normalizePass(s string) []word {
	ws := splitWords(foldText(s))
	ws = dropNoise(ws)
	ws = splitCompounds(ws)
	ws = joinPostcodes(ws)
	return expand(ws)
}

// foldText upper-cases s and folds it to base letters, keeping segment marks.
func foldText(s string) string {
	if len(s) > maxInputBytes {
		s = s[:maxInputBytes]
	}
	s = norm.NFKC.String(strings.ToValidUTF8(s, ""))
	s = cases.Upper(language.Und).String(cases.Fold().String(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.IsMark(r):
		case specialFolds[r] != "":
			b.WriteString(specialFolds[r])
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// specialFolds are letters without a decomposition to a base letter.
var specialFolds = map[rune]string{'Ø': "O", 'Ł': "L", 'Đ': "D", 'Ð': "D", 'Þ': "TH",
	'Æ': "AE", 'Œ': "OE", 'ẞ': "SS", 'ß': "SS", 'Ħ': "H"}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}
