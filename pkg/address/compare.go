package address

import "strings"

// Compare judges whether the address on a proof is the declared address.
func Compare(declared, proof string) Verdict {
	a, b := parse(declared), parse(proof)
	if a.empty() || b.empty() {
		return Verdict{Result: Differ, Detail: "address is empty"}
	}
	if a.cjk != b.cjk {
		return compareAcross(a, b)
	}
	var j judgement
	j.part("postcode", a.postcode, b.postcode)
	j.part("house number", a.number, b.number)
	j.part("flat number", a.flat, b.flat)
	anchored := a.postcode != "" && a.postcode == b.postcode && a.number == b.number
	j.words("street", a.street, b.street, anchored && a.number != "")
	j.words("town", a.other, b.other, a.postcode != "" && a.postcode == b.postcode)
	return j.verdict()
}

func (j judgement) verdict() Verdict {
	switch {
	case len(j.differ) > 0:
		return Verdict{Result: Differ, Detail: strings.Join(append(j.differ, j.partial...), "; ")}
	case len(j.partial) > 0:
		return Verdict{Result: Partial, Detail: strings.Join(j.partial, "; ")}
	}
	return Verdict{Result: Match, Detail: "addresses match"}
}

func (p parsed) empty() bool {
	return p.postcode == "" && p.number == "" && p.flat == "" && len(p.street) == 0 && len(p.other) == 0
}

// A judgement collects what differs outright and what is only partial.
type judgement struct {
	differ, partial []string
}

// part compares a single-valued part: different values differ, a value on
// one side only is partial.
func (j *judgement) part(name, a, b string) {
	switch {
	case a == b:
	case a != "" && b != "":
		j.differ = append(j.differ, name+" differs")
	default:
		j.partial = append(j.partial, name+" missing on one side")
	}
}

// words compares word sets. One set inside the other is partial; sets that
// disagree differ, unless anchored (the same postcode, and number for a
// street), when a reviewer would only ask a question.
func (j *judgement) words(name string, a, b map[string]bool, anchored bool) {
	switch {
	case sameSet(a, b):
	case subset(a, b) || subset(b, a):
		j.partial = append(j.partial, name+" incomplete on one side")
	case anchored:
		j.partial = append(j.partial, name+" differs")
	default:
		j.differ = append(j.differ, name+" differs")
	}
}

func sameSet(a, b map[string]bool) bool {
	return len(a) == len(b) && subset(a, b)
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
