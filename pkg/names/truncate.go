package names

import "strings"

// minTruncatedMRZ is the shortest MRZ name, as rendered with fillers, that can
// have been cut: the smallest name field (TD1) holds 30 characters, and a cut
// name fills its field, less a trailing filler a reader may have trimmed.
const minTruncatedMRZ = 28

// truncatedMatch reports whether the document name is the declared name cut
// short to fit an MRZ: the document, read in MRZ order (surname first), is a
// strict prefix of the declared name in the same order.
func truncatedMatch(d, e *parsed) bool {
	doc, ok := render(e, writtenOrder(e), false)
	if !ok || len(doc)+1 < minTruncatedMRZ {
		return false
	}
	for _, order := range [][]int{mrzOrder(d), writtenOrder(d)} {
		for _, plain := range [2]bool{false, true} {
			full, ok := render(d, order, plain)
			if ok && len(full) > len(doc) && strings.HasPrefix(full, doc) {
				return true
			}
		}
	}
	return false
}

func render(p *parsed, order []int, plain bool) (string, bool) {
	parts := make([]string, 0, len(order))
	for _, i := range order {
		t := p.toks[i]
		if !t.latin {
			return "", false
		}
		if plain {
			parts = append(parts, t.plain)
		} else {
			parts = append(parts, t.icao)
		}
	}
	return strings.Join(parts, " "), true
}

func writtenOrder(p *parsed) []int {
	order := make([]int, len(p.toks))
	for i := range order {
		order[i] = i
	}
	return order
}

// mrzOrder lists the surname tokens first, then the given names.
func mrzOrder(p *parsed) []int {
	var sur, given []int
	for i, r := range p.roles {
		if r == roleSurname {
			sur = append(sur, i)
		} else {
			given = append(given, i)
		}
	}
	return append(sur, given...)
}
