package han

import "strings"

// Bounds on Spells: longer input is never a name or place in a few
// characters.
const (
	maxSpelled      = 192
	maxSpelledChars = 8
)

// Spells reports whether s, in capitals, is the characters' spellings (any
// of Spellings) run together. Dead ends are remembered, so the work stays
// linear in len(s) × len(chars) whatever the input.
func Spells(s string, chars []rune) bool {
	if len(s) > maxSpelled || len(chars) > maxSpelledChars {
		return false
	}
	var dead [maxSpelled + 1][maxSpelledChars + 1]bool
	var walk func(pos, ci int) bool
	walk = func(pos, ci int) bool {
		if ci == len(chars) {
			return pos == len(s)
		}
		if dead[pos][ci] {
			return false
		}
		found := false
		Spellings(chars[ci], false, func(sp string) bool {
			found = strings.HasPrefix(s[pos:], sp) && walk(pos+len(sp), ci+1)
			return !found
		})
		dead[pos][ci] = !found
		return found
	}
	return walk(0, 0)
}
