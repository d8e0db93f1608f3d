package names

import "strings"

// Compare judges whether the name on a document is the declared name. The
// declared name is what the applicant typed; the document name is as printed
// (or as its MRZ spells it, with opt.Truncated).
func Compare(declared, document string, opt Options) Verdict {
	d := parseName(declared, opt.DropTitles)
	e := parseName(document, opt.DropTitles)
	if len(d.toks) == 0 || len(e.toks) == 0 {
		return Verdict{Result: Differ, Tier: TierNone, Detail: "name is empty"}
	}
	if v, ok := compareScripts(&d, &e, opt); ok {
		return v
	}
	mergeRuns(&d, e)
	mergeRuns(&e, d)
	pr := pairTokens(d, e)
	reordered := orient(&d, &e, pr)
	v := judge(&d, &e, pr, reordered, opt)
	if v.Result != Match && opt.Truncated && truncatedMatch(&d, &e) {
		return Verdict{Result: Match, Tier: TierTruncated,
			Detail: "document name is cut short to fit its MRZ field"}
	}
	return v
}

// A judgement collects the relaxations a comparison needed.
type judgement struct {
	tier  Tier
	notes []string
	near  []string // reasons the names only nearly agree
}

func (j *judgement) relax(t Tier, note string) {
	j.tier = max(j.tier, t)
	for _, n := range j.notes {
		if n == note {
			return
		}
	}
	j.notes = append(j.notes, note)
}

func judge(d, e *parsed, pr pairing, reordered bool, opt Options) Verdict {
	j := judgement{tier: TierExact}
	typos := j.tokenLevels(d, e, pr)
	if reordered {
		j.relax(TierReordered, "names are in a different order")
	}
	unD, unE := unmatched(pr.docOf), unmatched(pr.decOf)
	if len(typos) == 0 && onlyParticles(d, unD) && onlyParticles(e, unE) && len(unD)*len(unE) > 0 {
		return Verdict{Result: Near, Tier: TierNear, Detail: "surname particles differ"}
	}
	if len(typos) > 1 || (len(unD) > 0 && len(unE) > 0) {
		return differ(d, e, append(unD, typos...), unE)
	}
	if len(typos) == 1 {
		i := typos[0]
		j.near = append(j.near, typoDetail(d.toks[i], e.toks[pr.docOf[i]], d.roles[i]))
	}
	if v, done := j.extraTokens(d, e, unD, unE, opt); done {
		return v
	}
	switch {
	case len(j.near) > 1:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "several small differences: " + strings.Join(j.near, "; ")}
	case len(j.near) == 1:
		return Verdict{Result: Near, Tier: TierNear, Detail: j.near[0]}
	case len(j.notes) == 0:
		return Verdict{Result: Match, Tier: TierExact, Detail: "names are identical"}
	}
	return Verdict{Result: Match, Tier: j.tier, Detail: strings.Join(j.notes, "; ")}
}

// extraTokens judges tokens that only one name has. It returns done when they
// decide the verdict on their own.
func (j *judgement) extraTokens(d, e *parsed, unD, unE []int, opt Options) (Verdict, bool) {
	p, u := d, unD
	if len(unE) > 0 {
		p, u = e, unE
	}
	if len(u) == 0 {
		return Verdict{}, false
	}
	roles := rolesOf(p, u)
	switch {
	case onlyParticles(p, u):
		j.near = append(j.near, "surname particles differ")
	case allTokens(p, u, func(t token) bool { return titles[t.norm] }):
		j.near = append(j.near, "a title is present on one side")
	case roles[roleSurname] == len(u) && len(u) < surnameLen(p):
		j.near = append(j.near, "part of a compound surname is missing")
	case roles[roleMiddle] == len(u) && opt.AllowMissingMiddleNames:
		j.relax(TierMiddleNameMissing, "a middle name is missing on one side")
	case roles[roleMiddle] == len(u):
		return Verdict{Result: Differ, Tier: TierNone, Detail: "middle name missing on one side"}, true
	case roles[roleSurname] > 0:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "surname missing on one side"}, true
	case roles[roleGiven] > 0 && opt.AllowMissingMiddleNames && len(p.toks)-len(u) >= 2:
		j.near = append(j.near, "first given name missing on one side")
	default:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "given name missing on one side"}, true
	}
	return Verdict{}, false
}

func rolesOf(p *parsed, idx []int) map[role]int {
	m := map[role]int{}
	for _, i := range idx {
		m[p.roles[i]]++
	}
	return m
}

func allTokens(p *parsed, idx []int, f func(token) bool) bool {
	for _, i := range idx {
		if !f(p.toks[i]) {
			return false
		}
	}
	return true
}

func surnameLen(p *parsed) int {
	lo, hi := p.surnameSpan()
	return hi - lo
}

func onlyParticles(p *parsed, idx []int) bool {
	return allTokens(p, idx, func(t token) bool { return particles[t.norm] })
}

func surnameInitial(d, e *parsed, pr pairing, i int) bool {
	return d.roles[i] == roleSurname || e.roles[pr.docOf[i]] == roleSurname
}

// tokenLevels records the relaxations the token pairs needed and returns the
// declared tokens that only matched with a typo.
func (j *judgement) tokenLevels(d, e *parsed, pr pairing) (typos []int) {
	for i, l := range pr.lvl {
		if l == levelInitial && surnameInitial(d, e, pr, i) {
			// An initial stands for a given name, never for a surname.
			pr.decOf[pr.docOf[i]], pr.docOf[i] = -1, -1
			continue
		}
		switch {
		case l == levelTranslit && !d.toks[i].latin && hanToken(d.toks[i].norm):
			j.relax(TierTransliterated, "traditional and simplified forms of the same characters")
		case l == levelTranslit:
			j.relax(TierTransliterated, "spelling differs only by diacritics or transliteration")
		case l == levelInitial:
			j.relax(TierInitials, "initials stand for given names")
		case l == levelNear:
			typos = append(typos, i)
		}
	}
	return typos
}
