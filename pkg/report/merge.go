package report

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// A Part is one report given to Merge, with the name messages call it by
// (its file).
type Part struct {
	Name   string
	Report *Report
}

// Merge combines the reports of the n shards of one run (lint --shard i/n,
// read back with Read) into the report a single run over all the packs
// gives: the packs in the order that run lists them, its header, and the
// pack statuses and summary counted again under failOn. A report without a
// shard is the whole of a run, shard 1/1.
//
// It refuses, naming the file, shards of different runs (tool version, rule
// set, date or shard count), a shard given twice or missing, a pack in two
// shards, a summary that does not count its own packs, and shards whose
// sizes or pack order show they were cut from different lists of packs.
func Merge(parts []Part, failOn lint.Severity) (*Report, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("no report to merge")
	}
	n := shardOf(parts[0].Report).Count
	byIndex := make([]*Part, n+1)
	var head *Part // the first part that names its run
	for i := range parts {
		p := &parts[i]
		sh := shardOf(p.Report)
		if sh.Count != n {
			return nil, fmt.Errorf("%s is shard %d/%d but %s is shard %d/%d: shards of different runs cannot be merged",
				p.Name, sh.Index, sh.Count, parts[0].Name, shardOf(parts[0].Report).Index, n)
		}
		if sh.Index < 1 || sh.Index > n {
			return nil, fmt.Errorf("%s: shard %d/%d is not a shard (1 <= i <= n)", p.Name, sh.Index, sh.Count)
		}
		if prev := byIndex[sh.Index]; prev != nil {
			return nil, fmt.Errorf("%s and %s are both shard %d/%d: give each shard once", prev.Name, p.Name, sh.Index, n)
		}
		byIndex[sh.Index] = p
		if err := checkSummary(p.Report); err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		if !named(p.Report) {
			continue
		}
		if head == nil {
			head = p
			continue
		}
		if err := sameRun(head, p); err != nil {
			return nil, err
		}
	}
	var missing []string
	for i := 1; i <= n; i++ {
		if byIndex[i] == nil {
			missing = append(missing, fmt.Sprintf("%d/%d", i, n))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("shard %s missing: give all %d shard reports of the run", strings.Join(missing, ", "), n)
	}
	total := 0
	for _, p := range parts {
		total += len(p.Report.Packs)
	}
	for i := 1; i <= n; i++ {
		if len(byIndex[i].Report.Packs) != (total-i+n)/n {
			var sizes []string
			for j := 1; j <= n; j++ {
				sizes = append(sizes, fmt.Sprintf("%s (%d/%d) %d", byIndex[j].Name, j, n, len(byIndex[j].Report.Packs)))
			}
			return nil, fmt.Errorf("the shards were not cut from the same list of packs: %s packs, but the shards of one run differ by at most one pack, the first ones larger",
				strings.Join(sizes, ", "))
		}
	}
	out := &Report{Version: Version, Packs: make([]Pack, 0, total)}
	if head != nil {
		out.Tool, out.Ruleset, out.Date = head.Report.Tool, head.Report.Ruleset, head.Report.Date
	}
	from := map[string]string{} // pack path → the file that holds it
	for k := 0; k < total; k++ {
		p := byIndex[k%n+1]
		pk := p.Report.Packs[k/n]
		if other, ok := from[pk.Path]; ok {
			return nil, fmt.Errorf("pack %s is in both %s and %s: the shards overlap", pk.Path, other, p.Name)
		}
		from[pk.Path] = p.Name
		if k > 0 {
			if prev := out.Packs[k-1].Path; !masked(prev) && !masked(pk.Path) && prev > pk.Path {
				return nil, fmt.Errorf("pack %s (%s) sorts before %s (%s) but comes after it: the shards were not cut from the same list of packs",
					pk.Path, p.Name, prev, from[prev])
			}
		}
		pk.Status = statusOf(pk, failOn)
		out.Add(pk)
		out.noteMasked = out.noteMasked || p.Report.noteMasked
	}
	return out, nil
}

// shardOf is a report's shard, 1/1 for the report of a whole run.
func shardOf(r *Report) Shard {
	if r.Shard == nil {
		return Shard{Index: 1, Count: 1}
	}
	return *r.Shard
}

// named says a report names its run: a JSON report always does, an ndjson
// one only on its pack lines, so not when its shard holds no pack.
func named(r *Report) bool { return r.Tool.Name != "" }

// sameRun refuses a part whose run is not head's.
func sameRun(head, p *Part) error {
	a, b := head.Report, p.Report
	for _, c := range []struct{ what, x, y string }{
		{"kyclint version", a.Tool.Version, b.Tool.Version},
		{"rule set", a.Ruleset, b.Ruleset},
		{"lint date", a.Date, b.Date},
	} {
		if c.x != c.y {
			return fmt.Errorf("%s has %s %q but %s has %q: shards of different runs cannot be merged", p.Name, c.what, c.y, head.Name, c.x)
		}
	}
	return nil
}

// checkSummary refuses a report whose summary does not count its packs, as
// an edited or truncated one.
func checkSummary(r *Report) error {
	var s Summary
	for _, p := range r.Packs {
		s.Count(p)
	}
	if s != r.Summary {
		return fmt.Errorf("the summary (%d packs, %d errors) does not count the report's packs (%d packs, %d errors): the report was edited or cut short",
			r.Summary.Packs, r.Summary.Errors, s.Packs, s.Errors)
	}
	return nil
}

// statusOf is a pack's status under failOn, as PackOf decides it.
func statusOf(p Pack, failOn lint.Severity) string {
	threshold := failOn
	if threshold == lint.Off {
		threshold = lint.Error
	}
	for _, f := range p.Findings {
		if f.Severity >= threshold && f.Suppression == nil {
			return "fail"
		}
	}
	return "pass"
}

// masked says a pack path was masked (--redact always): masks hold an
// asterisk, and masked paths do not keep the order of the paths they hide.
func masked(path string) bool { return strings.Contains(path, "*") }

// Outcome is what a lint run's exit status depends on, read back from its
// report: whether a finding at or above failOn is not suppressed, and the
// first pack a rule crashed on ("" when none did).
func Outcome(r *Report, failOn lint.Severity) (failed bool, crashed string) {
	for _, p := range r.Packs {
		for _, f := range p.Findings {
			if crashed == "" && isCrash(f) {
				crashed = p.Path
			}
			if failOn != lint.Off && f.Severity >= failOn && f.Suppression == nil {
				failed = true
			}
		}
	}
	return failed, crashed
}

// CrashKey is the data key, true, of a finding that stands for a crash
// (lint.Finding.Crash): a rule or kyclint panicked on the pack, or a
// custom rule could not be evaluated.
const CrashKey = "crash"

func isCrash(f Finding) bool { return f.Data[CrashKey] == true }
