package names

import (
	"strings"
	"unicode"

	"github.com/kyclint/kyclint/pkg/internal/han"
)

// A role is the part a token plays in a name.
type role int

const (
	roleGiven   role = iota // the first given name
	roleMiddle              // any later given name
	roleSurname             // the surname, with its particles
)

// A parsed name is a list of tokens in written order with their roles.
type parsed struct {
	toks []token
	// surnameFirst is set when the surname comes first in writing: marked by a
	// comma or an MRZ "<<", or inferred by Compare from the other name.
	surnameFirst bool
	// explicit is set when the writing itself marks the surname.
	explicit bool
	// nSurname is how many tokens the surname has when explicit.
	nSurname int
	roles    []role
}

// parseName splits a name into tokens, using "SURNAME, GIVEN" or the MRZ form
// "SURNAME<<GIVEN" to learn which part is the surname.
func parseName(s string, dropHonorifics bool) parsed {
	s = clip(s)
	var p parsed
	sur, given, ok := splitSurname(s)
	var words []string
	if ok {
		st, gt := tokenize(sur), tokenize(given)
		if dropHonorifics {
			gt = dropTitles(gt)
		}
		if len(st) > 0 && len(gt) > 0 {
			p.explicit, p.surnameFirst, p.nSurname = true, true, len(st)
			if k := capitalSurname(sur, len(st)); k > 0 {
				p.nSurname = k // CHAN Tai Man, Peter
			}
		}
		words = append(st, gt...)
	} else {
		words = tokenize(s)
		k := capitalSurname(s, len(words))
		if dropHonorifics && len(words) > 0 {
			first := words[0]
			words = dropTitles(words)
			if len(words) > 0 && words[0] != first {
				k = 0 // a title came first (MR SMITH John): the capitals mark nothing certain
			}
		}
		if k > 0 && k < len(words) {
			p.explicit, p.surnameFirst, p.nSurname = true, true, k // ZHANG Wei
		}
		if sur, given, ok := splitHan(words); ok {
			words = []string{sur, given}
			p.explicit, p.surnameFirst, p.nSurname = true, true, 1
		}
	}
	if len(words) > maxTokens {
		words = words[:maxTokens]
		p.nSurname = min(p.nSurname, maxTokens)
	}
	for _, w := range words {
		p.toks = append(p.toks, newToken(w))
	}
	return p
}

// capitalSurname returns how many leading words of s are written in capitals
// when the words after them are not (ZHANG Wei, NOWAK Jan Piotr): the usual
// way forms and documents mark a surname written first. It returns 0 when
// the writing marks nothing, or when its words are not the nTokens tokens s
// normalises to.
func capitalSurname(s string, nTokens int) int {
	words, k, capsRun := 0, 0, true
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == ',' }) {
		words++
		upper, lower := letterCases(w)
		caps := upper >= 1 && lower == 0
		switch {
		case capsRun && caps && upper >= 2:
			k++
		case caps:
			return 0 // a capital word after the given names: nothing is marked
		default:
			capsRun = false
		}
	}
	if words < 2 || words != nTokens || k == words {
		return 0
	}
	return k
}

// letterCases counts the capital and small letters of s.
func letterCases(s string) (upper, lower int) {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper, lower
}

// splitHan splits a Chinese name written without a space into its surname
// and given name (张伟 → 张, 伟; 欧阳修 → 欧阳, 修).
func splitHan(words []string) (sur, given string, ok bool) {
	if len(words) != 1 || !hanToken(words[0]) {
		return "", "", false
	}
	rs := []rune(words[0])
	if len(rs) < 2 || len(rs) > maxHanChars {
		return "", "", false
	}
	n := han.SurnameLen(rs)
	return string(rs[:n]), string(rs[n:]), true
}

// splitSurname finds an explicit surname marker: the MRZ double filler or a
// single comma.
func splitSurname(s string) (sur, given string, ok bool) {
	t := strings.TrimRight(s, "< \t\r\n")
	if i := strings.Index(t, "<<"); i > 0 {
		return t[:i], t[i+2:], true
	}
	if strings.Count(s, ",") == 1 {
		i := strings.Index(s, ",")
		return s[:i], s[i+1:], true
	}
	return "", "", false
}

// assignRoles sets each token's role from the written order.
func (p *parsed) assignRoles() {
	n := len(p.toks)
	p.roles = make([]role, n)
	if n == 0 {
		return
	}
	lo, hi := p.surnameSpan()
	first := true
	for i := range p.roles {
		switch {
		case i >= lo && i < hi:
			p.roles[i] = roleSurname
		case first:
			p.roles[i], first = roleGiven, false
		default:
			p.roles[i] = roleMiddle
		}
	}
}

// surnameSpan returns the token range [lo, hi) holding the surname. Without an
// explicit marker the surname is one token plus the particles before it (de la
// Cruz), and at least one given name is left when there are two tokens or more.
func (p *parsed) surnameSpan() (lo, hi int) {
	n := len(p.toks)
	if p.explicit && p.nSurname > 0 && p.nSurname <= n {
		if p.surnameFirst {
			return 0, p.nSurname
		}
		return n - p.nSurname, n
	}
	if n == 1 {
		return 0, 1
	}
	if p.surnameFirst {
		hi = 1
		for hi < n-1 && particles[p.toks[hi-1].norm] {
			hi++
		}
		return 0, hi
	}
	lo = n - 1
	for lo > 1 && particles[p.toks[lo-1].norm] {
		lo--
	}
	return lo, n
}

// westernOrder returns the token indexes as given names first, then surname,
// so names written in either order can be compared position by position.
func (p *parsed) westernOrder() []int {
	var given, sur []int
	for i, r := range p.roles {
		if r == roleSurname {
			sur = append(sur, i)
		} else {
			given = append(given, i)
		}
	}
	return append(given, sur...)
}
