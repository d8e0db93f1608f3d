package names

import "strings"

// maxRun is the most tokens joined into one (de la Cruz → DELACRUZ).
const maxRun = 4

// mergeRuns joins adjacent tokens of p whose concatenation is a single token
// of other, so "de la Cruz" meets "DELACRUZ" and "Smith-Jones" meets
// "SMITHJONES". A run never crosses an explicit surname boundary.
func mergeRuns(p *parsed, other parsed) {
	for i := 0; i < len(p.toks); i++ {
		for n := min(maxRun, len(p.toks)-i); n >= 2; n-- {
			if p.crossesSurname(i, n) {
				continue
			}
			t := joinTokens(p.toks[i : i+n])
			if !matchesWhole(t, other) {
				continue
			}
			p.toks = append(append(p.toks[:i:i], t), p.toks[i+n:]...)
			if p.explicit && i < p.nSurname {
				p.nSurname -= n - 1
			}
			break
		}
	}
}

func (p *parsed) crossesSurname(i, n int) bool {
	return p.explicit && i < p.nSurname && i+n > p.nSurname
}

func joinTokens(ts []token) token {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.norm)
	}
	t := newToken(b.String())
	t.merged = true
	return t
}

// matchesWhole reports whether t spells one of other's tokens, up to
// transliteration.
func matchesWhole(t token, other parsed) bool {
	for _, o := range other.toks {
		if l := compareTokens(t, o); l == levelExact || l == levelTranslit {
			return true
		}
	}
	return false
}
