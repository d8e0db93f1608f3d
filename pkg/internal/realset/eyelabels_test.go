package realset

import "testing"

// Every eye label must name a degraded document and a degradation of the
// table, once, and its verdict must follow its CER.
func TestEyeLabelsNameKnownPairs(t *testing.T) {
	ls, err := EyeLabels()
	if err != nil {
		t.Fatal(err)
	}
	if ls.Version != 1 || ls.Method == "" || len(ls.Labels) == 0 {
		t.Fatalf("eye labels: version %d, %d labels, method %q", ls.Version, len(ls.Labels), ls.Method)
	}
	docs := map[string]bool{}
	for _, o := range Originals() {
		docs[o.Path] = o.Degraded()
	}
	degs := map[string]bool{}
	for _, d := range Degradations() {
		degs[d.Name()] = true
	}
	seen := map[string]bool{}
	for _, l := range ls.Labels {
		switch {
		case !docs[l.Original]:
			t.Errorf("%s: not a degraded document of the set", l.Key())
		case !degs[l.Degradation]:
			t.Errorf("%s: unknown degradation", l.Key())
		case seen[l.Key()]:
			t.Errorf("%s: labelled twice", l.Key())
		case len(l.Read) == 0 || l.CER < 0 || l.CER > 1 || (l.CER <= 0.10) != l.Legible:
			t.Errorf("%s: legible %v, CER %v, %d lines read", l.Key(), l.Legible, l.CER, len(l.Read))
		}
		seen[l.Key()] = true
	}
	for p := range ls.References {
		if !docs[p] {
			t.Errorf("reference for %s, not a degraded document", p)
		}
	}
}
