package names

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/editdist"
)

var roleNames = map[role]string{roleGiven: "given name", roleMiddle: "middle name", roleSurname: "surname"}

// differ builds a Differ verdict naming the parts that disagree: the roles of
// the declared tokens left unmatched, or of the document's when the declared
// name has none.
func differ(d, e *parsed, unD, unE []int) Verdict {
	roles := rolesOf(d, unD)
	if len(unD) == 0 {
		roles = rolesOf(e, unE)
	}
	given := roles[roleGiven] + roles[roleMiddle]
	var parts []string
	if roles[roleSurname] > 0 {
		parts = append(parts, "surname")
	}
	switch {
	case given == 1 && roles[roleMiddle] == 1:
		parts = append(parts, "middle name")
	case given == 1:
		parts = append(parts, "given name")
	case given > 1:
		parts = append(parts, "given names")
	}
	detail := "names differ"
	switch {
	case len(parts) == 2:
		detail = parts[0] + " and " + parts[1] + " differ"
	case len(parts) == 1 && parts[0] == "given names":
		detail = "given names differ"
	case len(parts) == 1:
		detail = parts[0] + " differs"
	}
	return Verdict{Result: Differ, Tier: TierNone, Detail: detail}
}

// typoDetail describes a one-edit difference between two tokens, such as
// "one letter differs in surname (possible typo)".
func typoDetail(a, b token, r role) string {
	x, y := closestFolds(a, b)
	kind, why := typoKind(x, y)
	return kind + " in " + roleNames[r] + " (" + why + ")"
}

func closestFolds(a, b token) (string, string) {
	for _, x := range [2]string{a.icao, a.plain} {
		for _, y := range [2]string{b.icao, b.plain} {
			if editdist.OSA(x, y, 1) == 1 {
				return x, y
			}
		}
	}
	return a.plain, b.plain
}

// typoKind names the single edit that turns x into y and its likely cause.
func typoKind(x, y string) (kind, why string) {
	const typo = "possible typo"
	if len(x) == len(y) {
		k := firstDiff(x, y)
		if k+1 < len(x) && x[k] == y[k+1] && x[k+1] == y[k] && x[k+2:] == y[k+2:] {
			return "two letters swapped", typo
		}
		return "one letter differs", typo
	}
	long, short := x, y
	if len(y) > len(x) {
		long, short = y, x
	}
	k := firstDiff(long, short)
	switch {
	case long[k] == 'E' && k > 0 && strings.IndexByte("AOU", long[k-1]) >= 0:
		return "one letter differs", "umlaut written out on one side only"
	case (k > 0 && long[k] == long[k-1]) || (k+1 < len(long) && long[k] == long[k+1]):
		return "a doubled letter differs", typo
	}
	return "one letter missing", typo
}

func firstDiff(x, y string) int {
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if x[i] != y[i] {
			return i
		}
	}
	return n
}
