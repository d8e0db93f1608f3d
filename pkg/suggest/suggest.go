// Package suggest proposes the nearest valid word for a misspelt one, so that
// configuration errors can say "did you mean …".
package suggest

import (
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/internal/editdist"
)

// DidYouMean returns ` (did you mean "x"?)` for the closest candidate within
// a small edit distance, or "" when none is close.
func DidYouMean(word string, candidates []string) string {
	best, bestDist := "", 3
	if len(word) <= 4 {
		bestDist = 2
	}
	for _, c := range candidates {
		if d := distance(word, c, bestDist-1); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return ` (did you mean "` + best + `"?)`
}

// distance is the Levenshtein distance between a and b, or limit+1 when it
// exceeds limit. Words over 64 runes are never close: they are not
// misspellings of a key, and the table would cost too much.
func distance(a, b string, limit int) int {
	if utf8.RuneCountInString(a) > 64 || utf8.RuneCountInString(b) > 64 {
		return limit + 1
	}
	return editdist.Levenshtein(a, b, limit)
}
