package redact

import "strings"

// DateDifference says which parts of two ISO dates (YYYY-MM-DD) differ,
// without saying what they are, so that a masked message ("1992-**-**
// differs from 1992-**-**") still tells a person where to look: "day and
// month swapped", "year differs", "one digit of the day differs", "month and
// day differ". Dates in another form get "the dates differ".
func DateDifference(a, b string) string {
	if !isISODate(a) || !isISODate(b) {
		return "the dates differ"
	}
	if a == b {
		return "the dates are the same"
	}
	ay, am, ad := a[:4], a[5:7], a[8:]
	by, bm, bd := b[:4], b[5:7], b[8:]
	if ay == by && am == bd && ad == bm {
		return "day and month swapped"
	}
	var parts []string
	digits := 0
	for _, p := range []struct{ name, x, y string }{{"year", ay, by}, {"month", am, bm}, {"day", ad, bd}} {
		if p.x != p.y {
			parts = append(parts, p.name)
			digits += differingBytes(p.x, p.y)
		}
	}
	if len(parts) == 1 && digits == 1 {
		return "one digit of the " + parts[0] + " differs"
	}
	if len(parts) == 1 {
		return parts[0] + " differs"
	}
	return joinAnd(parts) + " differ"
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func differingBytes(a, b string) int {
	n := 0
	for i := range len(a) {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// joinAnd joins words as prose: "year and day", "year, month and day".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
