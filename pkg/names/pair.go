package names

// A pairing links each declared token to at most one document token.
type pairing struct {
	docOf []int   // per declared token: the document token, or -1
	decOf []int   // per document token: the declared token, or -1
	lvl   []level // per declared token: how closely it matched
}

// pairTokens pairs tokens greedily, closest agreement first, so an exact
// match is never spent on a weaker reading.
func pairTokens(d, e parsed) pairing {
	pr := pairing{docOf: fill(len(d.toks)), decOf: fill(len(e.toks)), lvl: make([]level, len(d.toks))}
	for _, want := range [...]level{levelExact, levelTranslit, levelInitial, levelNear} {
		for i, a := range d.toks {
			if pr.docOf[i] >= 0 {
				continue
			}
			for j, b := range e.toks {
				if pr.decOf[j] >= 0 {
					continue
				}
				l := compareTokens(a, b)
				if l != want {
					continue
				}
				if l == levelExact && (a.merged || b.merged) {
					l = levelTranslit
				}
				pr.docOf[i], pr.decOf[j], pr.lvl[i] = j, i, l
				break
			}
		}
	}
	return pr
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

func unmatched(of []int) []int {
	var u []int
	for i, j := range of {
		if j < 0 {
			u = append(u, i)
		}
	}
	return u
}
