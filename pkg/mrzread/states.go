package mrzread

import (
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/ocrb"
)

// stateCodes are the codes mrz.KnownState accepts, as alphabet indices.
var stateCodes = func() [][3]int {
	var out [][3]int
	for _, c := range mrz.KnownStates() {
		out = append(out, [3]int{ocrb.Index(c[0]), ocrb.Index(c[1]), ocrb.Index(c[2])})
	}
	return out
}()

// stateCost is what code costs at the three positions of a state field:
// how far each character scores below the best its slot allows; ok is
// false when one scores under Floor or more than Margin below.
func stateCost(sl []slot, sc []ocrb.Scores, code [3]int) (cost float32, ok bool) {
	for k, c := range code {
		top := float32(0)
		for i := range sc[k] {
			if sl[k].allows(i) && sc[k][i] > top {
				top = sc[k][i]
			}
		}
		if !sl[k].allows(c) || sc[k][c] < Floor || sc[k][c] < top-Margin {
			return 0, false
		}
		cost += top - sc[k][c]
	}
	return cost, true
}

// chooseState returns the known code cheapest for an issuing-state or
// nationality field, and whether one is within reach (see stateCost):
// ICAO 9303 allows only ISO 3166-1 alpha-3 and its own codes there, so a
// letter misread as its look-alike makes no code.
func chooseState(sl []slot, sc []ocrb.Scores) ([3]int, bool) {
	var best [3]int
	bestCost, found := float32(0), false
	for _, code := range stateCodes {
		if k, ok := stateCost(sl, sc, code); ok && (!found || k < bestCost) {
			best, bestCost, found = code, k, true
		}
	}
	return best, found
}

// stateVouched reports whether the code picked in a state field is known
// and no other known code within reach costs less than Rival more: the
// list then vouches for its letters as a check digit would.
func stateVouched(sl []slot, sc []ocrb.Scores, pick []int) bool {
	code := [3]int{pick[0], pick[1], pick[2]}
	k, ok := stateCost(sl, sc, code)
	if !ok || !mrz.KnownState(string([]byte{ocrb.Alphabet[code[0]], ocrb.Alphabet[code[1]], ocrb.Alphabet[code[2]]})) {
		return false
	}
	for _, other := range stateCodes {
		if other == code {
			continue
		}
		if o, ok := stateCost(sl, sc, other); ok && o < k+Rival {
			return false
		}
	}
	return true
}
