package report

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

// TestReadNDJSONRefusesLinesOfTwoRuns: an ndjson report is one run's, so
// a line whose header differs from the first is an error naming it.
func TestReadNDJSONRefusesLinesOfTwoRuns(t *testing.T) {
	a := `{"version":1,"tool":{"name":"kyclint","version":"1.0"},"ruleset":"auto","date":"2026-11-26","pack":{"path":"p/a","ruleset":"base","manifest":"","status":"pass","findings":[],"baselined":0}}`
	b := strings.Replace(strings.Replace(a, "p/a", "p/b", 1), "2026-11-26", "2026-11-25", 1)
	sum := `{"summary":{"packs":2,"failed":0,"errors":0,"warnings":0,"infos":0,"suppressed":0,"baselined":0},"shard":{"index":1,"count":2}}`
	if _, err := Read(strings.NewReader(a + "\n" + b + "\n" + sum + "\n")); err == nil || !strings.Contains(err.Error(), "line 2: tool, ruleset or date differ") {
		t.Errorf("err %v", err)
	}
	rep, err := Read(strings.NewReader(a + "\n" + strings.Replace(a, "p/a", "p/b", 1) + "\n" + sum + "\n"))
	if err != nil || rep.Shard == nil || *rep.Shard != (Shard{1, 2}) || len(rep.Packs) != 2 {
		t.Fatalf("rep %+v, err %v", rep, err)
	}
}

// TestMergeInterleaves: shard i holds every n-th pack from the i-th, so
// the merged order alternates between the shards.
func TestMergeInterleaves(t *testing.T) {
	shard := func(i, n int, paths ...string) Part {
		r := &Report{Version: Version, Tool: Tool{Name: "kyclint", Version: "1"}, Ruleset: "auto", Date: "2026-11-26", Shard: &Shard{i, n}}
		for _, p := range paths {
			r.Add(Pack{Path: p, Status: "fail", Findings: []Finding{{Rule: "r", Severity: lint.Warning}}})
		}
		return Part{Name: "s" + string(rune('0'+i)), Report: r}
	}
	got, err := Merge([]Part{shard(3, 3, "c", "f"), shard(1, 3, "a", "d", "g"), shard(2, 3, "b", "e")}, lint.Error)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, p := range got.Packs {
		paths = append(paths, p.Path+":"+p.Status)
	}
	if strings.Join(paths, " ") != "a:pass b:pass c:pass d:pass e:pass f:pass g:pass" || got.Shard != nil || got.Summary.Packs != 7 || got.Summary.Failed != 0 || got.Summary.Warnings != 7 {
		t.Errorf("packs %v, shard %v, summary %+v", paths, got.Shard, got.Summary)
	}
	if got, _ := Merge([]Part{shard(1, 2, "a"), shard(2, 2, "b")}, lint.Warning); got.Summary.Failed != 2 {
		t.Errorf("--fail-on warning: %+v", got.Summary)
	}
}
