package names

import (
	"strings"
	"unicode/utf8"
)

// Mask hides a name for reports, keeping the first letter of each token and
// one star per remaining character: "Anna Eriksson" → "A*** E*******".
func Mask(name string) string {
	toks := tokenize(name)
	for i, t := range toks {
		r, size := utf8.DecodeRuneInString(t)
		toks[i] = string(r) + strings.Repeat("*", utf8.RuneCountInString(t[size:]))
	}
	return strings.Join(toks, " ")
}
