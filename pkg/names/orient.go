package names

// orient assigns roles to both names and, for a name whose writing does not
// mark the surname, infers from the shared tokens whether it is written
// surname first ("ZHANG WEI" against "Wei Zhang"). It reports whether the two
// names are written in different orders that no marker explains.
func orient(d, e *parsed, pr pairing) (reordered bool) {
	d.assignRoles()
	e.assignRoles()
	switch {
	case !e.explicit && startsWithSurname(e.toks, pr.decOf, d.roles):
		e.surnameFirst = true
		e.assignRoles()
	case !d.explicit && startsWithSurname(d.toks, pr.docOf, e.roles):
		d.surnameFirst = true
		d.assignRoles()
	}
	if !d.explicit && !e.explicit && d.surnameFirst != e.surnameFirst {
		return true
	}
	return !monotonic(d, e, pr)
}

// startsWithSurname reports whether a name's first token is the other name's
// surname while its last token is not.
func startsWithSurname(toks []token, partner []int, otherRoles []role) bool {
	n := len(toks)
	if n < 2 {
		return false
	}
	first, last := partner[0], partner[n-1]
	if first < 0 || otherRoles[first] != roleSurname {
		return false
	}
	return last < 0 || otherRoles[last] != roleSurname
}

// monotonic reports whether matched tokens appear in the same order in both
// names once each is read given names first.
func monotonic(d, e *parsed, pr pairing) bool {
	pos := make([]int, len(e.toks))
	for k, j := range e.westernOrder() {
		pos[j] = k
	}
	last := -1
	for _, i := range d.westernOrder() {
		j := pr.docOf[i]
		if j < 0 {
			continue
		}
		if pos[j] < last {
			return false
		}
		last = pos[j]
	}
	return true
}
