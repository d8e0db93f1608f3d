package realset

import "testing"

// The labels file must cover exactly the documents and degradations of the
// table: every document judged or excluded with a reason, every pair of a
// judged document labelled once, nothing else. Rerun
// .github/scripts/label-legibility.sh after changing either list.
func TestLabelsMatchTheTable(t *testing.T) {
	ls, err := Labels()
	if err != nil {
		t.Fatal(err)
	}
	judged := map[string]JudgedOrig{}
	for _, j := range ls.Originals {
		judged[j.Path] = j
	}
	want := map[string]bool{}
	for _, o := range Originals() {
		j, ok := judged[o.Path]
		delete(judged, o.Path)
		switch {
		case !o.Degraded():
			if ok {
				t.Errorf("%s is not a document but is judged", o.Path)
			}
			continue
		case !ok:
			t.Errorf("%s: not in the labels file", o.Path)
		case j.Judge == "none" && j.Excluded == "":
			t.Errorf("%s: left out without a reason", o.Path)
		case j.Judge != "none":
			for _, d := range Degradations() {
				want[o.Path+"@"+d.Name()] = true
			}
		}
	}
	for p := range judged {
		t.Errorf("stale original in the labels file: %s", p)
	}
	for _, l := range ls.Labels {
		if !want[l.Key()] {
			t.Errorf("stale or repeated label: %s", l.Key())
		}
		delete(want, l.Key())
	}
	for k := range want {
		t.Errorf("pair not labelled: %s", k)
	}
}

// Each label must carry the figures of its judge, and agree with them.
func TestLabelsFollowTheirFigures(t *testing.T) {
	ls, err := Labels()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls.Labels {
		switch l.Judge {
		case "mrz":
			if l.CER == nil || (*l.CER <= ls.Judge.MRZMaxCER) != l.Legible {
				t.Errorf("%s: legible %v does not follow its CER", l.Key(), l.Legible)
			}
		case "words":
			if l.WordsFound == nil || l.WordsTotal == nil ||
				(float64(*l.WordsFound) >= ls.Judge.WordsMinRecall*float64(*l.WordsTotal)) != l.Legible {
				t.Errorf("%s: legible %v does not follow its word counts", l.Key(), l.Legible)
			}
		default:
			t.Errorf("%s: unknown judge %q", l.Key(), l.Judge)
		}
	}
}
