package realset

import (
	"slices"
	"testing"
)

// The reader labels must cover exactly the degradations of every MRZ
// document not excluded, and each verdict must follow what was read.
// Rerun TestWriteReaderLabels after changing the table or the MRZs.
func TestReaderLabelsMatchTheTable(t *testing.T) {
	ls, err := ReaderLabels()
	if err != nil {
		t.Fatal(err)
	}
	if ls.Version != 1 || ls.Rule == "" {
		t.Fatalf("reader labels: version %d, rule %q", ls.Version, ls.Rule)
	}
	mrz := map[string][]string{}
	want := map[string]bool{}
	for _, o := range Originals() {
		if !o.Degraded() || len(o.MRZ) == 0 {
			continue
		}
		mrz[o.Path] = o.MRZ
		if slices.Contains(ls.Excluded, o.Path) {
			continue
		}
		for _, d := range Degradations() {
			want[o.Path+"@"+d.Name()] = true
		}
	}
	for _, p := range ls.Excluded {
		if mrz[p] == nil {
			t.Errorf("excluded %s is not an MRZ document of the set", p)
		}
	}
	for _, l := range ls.Labels {
		if !want[l.Key()] {
			t.Errorf("stale or repeated label: %s", l.Key())
		}
		delete(want, l.Key())
		if l.Legible != slices.Equal(l.Read, mrz[l.Original]) {
			t.Errorf("%s: legible %v does not follow the lines read", l.Key(), l.Legible)
		}
	}
	for k := range want {
		t.Errorf("pair not labelled: %s", k)
	}
}

// A version is legible when any judge reads it, and illegible only when
// one judged it and none read it.
func TestLegibilityCombinesTheJudges(t *testing.T) {
	v, err := Legibility()
	if err != nil {
		t.Fatal(err)
	}
	eye, _ := EyeLabels()
	for _, l := range eye.Labels {
		if l.Legible && !v[l.Key()].Legible {
			t.Errorf("%s: read by eye but not legible", l.Key())
		}
	}
	var legible int
	for k, x := range v {
		if x.Legible != (len(x.ReadBy) > 0) || len(x.JudgedBy) == 0 {
			t.Errorf("%s: %+v", k, x)
		}
		if x.Legible {
			legible++
		}
	}
	t.Logf("%d versions judged, %d legible", len(v), legible)
}
