package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/pack"
)

// reporting is a rule that makes n findings of severity s on every pack.
func reporting(id string, n int, s Severity) *Rule {
	return &Rule{ID: id, Title: "reports", Why: "tests", Hint: "None.", Severity: s, Run: func(p *Pass) {
		for i := 0; i < n; i++ {
			p.Reportf("", 0, "finding %d", i)
		}
	}}
}

// packDirs makes n packs of one document each and returns their targets.
func packDirs(t *testing.T, n int) []pack.Target {
	t.Helper()
	var targets []pack.Target
	for i := 0; i < n; i++ {
		dir := filepath.Join(t.TempDir(), "pack")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		manifest := "version: 1\ndocuments:\n  - file: p.jpg\n    type: passport\n"
		if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "p.jpg"), []byte("not a photo"), 0o644); err != nil {
			t.Fatal(err)
		}
		targets = append(targets, pack.Target{Dir: dir, Path: filepath.ToSlash(dir), Manifest: "kyc.yaml"})
	}
	return targets
}

func runRules(t *testing.T, targets []pack.Target, fingerprint bool, rules ...*Rule) []PackResult {
	t.Helper()
	reg, err := NewRegistry(rules)
	if err != nil {
		t.Fatal(err)
	}
	s := Defaults(reg)
	res, err := Run(context.Background(), targets, Options{Registry: reg, Jobs: 2, Fingerprint: fingerprint,
		Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }})
	if err != nil || len(res) != len(targets) {
		t.Fatalf("got %d results, %v; want %d", len(res), err, len(targets))
	}
	return res
}

// TestFindingCap: past MaxFindings a pack's findings are counted, not kept,
// and one finding with the highest severity left out says how many.
func TestFindingCap(t *testing.T) {
	res := runRules(t, packDirs(t, 1), false,
		reporting("a.many", MaxFindings-10, Info), reporting("b.more", 4000, Warning), reporting("c.few", 5, Info))
	fs := res[0].Findings
	if len(fs) != MaxFindings+1 {
		t.Fatalf("%d findings, want %d", len(fs), MaxFindings+1)
	}
	var summary *Finding
	for i := range fs {
		if fs[i].Rule == TruncatedRule {
			summary = &fs[i]
		}
	}
	want := "3995 more findings on this pack were left out: a pack's report holds at most 1000"
	if summary == nil || summary.Message.Plain != want || summary.Severity != Warning || summary.Data["left_out"] != 3995 {
		t.Errorf("summary %+v, want %q (warning)", summary, want)
	}
	if res[0].Crashed {
		t.Error("a capped pack counts as crashed")
	}
	under := runRules(t, packDirs(t, 1), false, reporting("a.many", MaxFindings, Error))
	if n := len(under[0].Findings); n != MaxFindings || under[0].Findings[n-1].Rule == TruncatedRule {
		t.Errorf("exactly %d findings: got %d, the last %s", MaxFindings, n, under[0].Findings[n-1].Rule)
	}
}

// boom is an analysis that panics, as a bug in a decoder would.
var boom = NewAnalysis("boom", "panics", func(*pack.Document) int { panic("decoder bug") })

// TestPanicInAnalysisCrashesOnePack: a panic inside a shared analysis, and
// one while fingerprinting, crash the pack's result; every pack is still
// reported, the others normally.
func TestPanicInAnalysisCrashesOnePack(t *testing.T) {
	targets := packDirs(t, 4)
	bad := targets[1].Path
	analyse := &Rule{ID: "x.analyse", Title: "analyses", Why: "tests", Hint: "None.", Severity: Error,
		Requires: []Analyzer{boom}, Run: func(p *Pass) {
			if p.Pack.Path == bad {
				boom.Of(p, p.Pack.Documents[0])
			}
			p.Reportf("p.jpg", 0, "fine")
		}}
	res := runRules(t, targets, false, analyse)
	for i, r := range res {
		crashed := r.Path == bad
		if r.Crashed != crashed || r.Path != targets[i].Path {
			t.Errorf("%d: %s crashed=%v, want %v", i, r.Path, r.Crashed, crashed)
		}
		if crashed && (len(r.Findings) != 1 || !strings.Contains(r.Findings[0].Message.Plain, "rule x.analyse crashed on this pack: decoder bug")) {
			t.Errorf("crashed pack's findings: %+v", r.Findings)
		}
	}
}

// TestHugeJobs: a Jobs far past the number of packs starts no more workers
// than there are packs (before, 1<<40 overflowed the window's size).
func TestHugeJobs(t *testing.T) {
	targets := packDirs(t, 3)
	reg, err := NewRegistry([]*Rule{reporting("a.one", 1, Error)})
	if err != nil {
		t.Fatal(err)
	}
	s := Defaults(reg)
	for _, jobs := range []int{1 << 40, 1<<62 + 1} {
		res, err := Run(context.Background(), targets, Options{Registry: reg, Jobs: jobs,
			Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }})
		if err != nil || len(res) != 3 {
			t.Errorf("jobs %d: %d results, %v", jobs, len(res), err)
		}
	}
}
