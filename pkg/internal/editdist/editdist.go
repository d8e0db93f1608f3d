// Package editdist measures how many single-character edits turn one string
// into another. It is the one edit-distance implementation in kyclint: name
// matching uses it to spot typos, "did you mean" suggestions to rank words.
package editdist

// Levenshtein returns the number of insertions, deletions and substitutions
// of runes that turn a into b, or limit+1 as soon as the distance is known to
// exceed limit.
func Levenshtein(a, b string, limit int) int {
	return distance([]rune(a), []rune(b), limit, false)
}

// OSA returns the optimal-string-alignment (restricted Damerau-Levenshtein)
// distance between a and b: like Levenshtein, but swapping two adjacent runes
// costs one edit. It returns limit+1 as soon as the distance is known to
// exceed limit.
func OSA(a, b string, limit int) int {
	return distance([]rune(a), []rune(b), limit, true)
}

// distance fills the edit table one row at a time, keeping the two rows
// before the current one for transpositions, and stops early once every cell
// of a row exceeds limit.
func distance(a, b []rune, limit int, transpose bool) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if transpose && i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
