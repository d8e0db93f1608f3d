// Package report turns lint results into the report kyclint prints, and
// renders it in each output format. The JSON shape is a versioned contract
// (DESIGN §4): dedicated structs, snake_case keys, [] never null, sorted.
package report

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Version is the report schema version.
const Version = 1

// A Report is the result of one lint run.
type Report struct {
	Version int     `json:"version"`
	Tool    Tool    `json:"tool"`
	Ruleset string  `json:"ruleset"`
	Date    string  `json:"date"`
	Shard   *Shard  `json:"shard,omitempty"`
	Packs   []Pack  `json:"packs"`
	Summary Summary `json:"summary"`
	// noteMasked asks the human summary to say how to reveal masked values;
	// verbose asks it to list the rules that passed (Meta.Verbose).
	noteMasked, verbose bool
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// A Shard is the i-th of n parts of a run: every n-th pack of the sorted
// list, starting at the i-th (Index counts from 1). A report's shard says
// which part of a sharded run (lint --shard) it holds; the report of a
// whole run has none.
type Shard struct {
	Index int `json:"index"`
	Count int `json:"count"`
}

// A Pack is one pack's outcome.
type Pack struct {
	Path     string    `json:"path"`
	Ruleset  string    `json:"ruleset"`
	Manifest string    `json:"manifest"` // the manifest's name inside the pack, or ""
	Status   string    `json:"status"`   // "pass" or "fail"
	Findings []Finding `json:"findings"`
	// Baselined counts findings a baseline accepted; they are not listed.
	Baselined int `json:"baselined"`
	// passed lists the rules that ran on the pack and found nothing, for
	// the human report's -v; not in the machine formats.
	passed []string
}

// A Finding is one problem, as reported.
type Finding struct {
	Rule     string        `json:"rule"`
	Severity lint.Severity `json:"severity"`
	File     string        `json:"file"`
	Line     int           `json:"line"`
	// ManifestLine is the kyc.yaml line that declares the document the
	// finding is about, or 0.
	ManifestLine int `json:"manifest_line"`
	// Document is the pack file the finding is about (see
	// lint.Finding.About), Subject what it is about in words that survive
	// edits of other manifest lines (lint.Finding.Subject).
	Document string         `json:"document"`
	Subject  string         `json:"subject"`
	Message  string         `json:"message"`
	Hint     string         `json:"hint"`
	Data     map[string]any `json:"data"`
	// Suppression is set when .kyclint.yaml waived the finding: it is
	// listed but counts in the summary as suppressed, not by severity, and
	// does not fail the pack. Always present, null when not suppressed.
	Suppression *Suppression `json:"suppression"`
	// masked says Message hides personal values. text is the message as
	// the rule built it and mode the rendering Message is (personal values
	// shown, masked, or file names masked too), so that the human report
	// can render it in another language. None is in the machine formats.
	masked bool
	text   redact.Text
	mode   redact.Mode
}

// A Suppression says why a finding was waived and where.
type Suppression struct {
	Reason string `json:"reason"`
	Source string `json:"source"` // "FILE:LINE" of the suppression
}

// Summary counts packs and findings.
type Summary struct {
	Packs    int `json:"packs"`
	Failed   int `json:"failed"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts findings waived by a suppression, Baselined those a
	// baseline accepted; neither is in the counts above.
	Suppressed int `json:"suppressed"`
	Baselined  int `json:"baselined"`
}

// Meta is what a report says about its run.
type Meta struct {
	ToolVersion string
	Ruleset     string // the --rules value, or "auto" when each manifest chooses
	Date        string
	FailOn      lint.Severity // Off means never
	Reveal      bool          // show personal values unmasked
	// NoteMasked asks the human report to say once how to show masked
	// values: --redact auto chose to mask them, the person did not.
	NoteMasked bool
	// MaskPaths masks pack folder names, which are often the applicant's
	// name (--redact always).
	MaskPaths bool
	// Verbose asks the human report to list, per pack, the rules that ran
	// and found nothing.
	Verbose bool
	// Shard is the part of the run the report holds (lint --shard), or nil.
	Shard *Shard
}

// Build assembles a report from results in their order.
func Build(results []lint.PackResult, m Meta) *Report {
	r := &Report{Version: Version, Tool: Tool{Name: "kyclint", Version: m.ToolVersion},
		Ruleset: m.Ruleset, Date: m.Date, Shard: m.Shard, Packs: make([]Pack, 0, len(results)), noteMasked: m.NoteMasked && !m.Reveal, verbose: m.Verbose}
	for _, res := range results {
		r.Add(PackOf(res, m))
	}
	return r
}

// PackOf converts one result, choosing the plain or masked messages.
func PackOf(res lint.PackResult, m Meta) Pack {
	threshold := m.FailOn
	if threshold == lint.Off {
		threshold = lint.Error // --fail-on never still marks packs with errors
	}
	path := res.Path
	if m.MaskPaths {
		path = maskPackPath(path)
	}
	p := Pack{Path: cleanName(path), Ruleset: res.Ruleset, Manifest: res.Manifest, Status: "pass",
		Findings: make([]Finding, 0, len(res.Findings)), Baselined: res.Baselined}
	p.passed = passedRules(res)
	for _, f := range res.Findings {
		data := maskData(f.Data, m)
		mode := redact.ModeOf(m.Reveal)
		file, about, subject := f.File, f.About, f.Subject
		if m.MaskPaths && !m.Reveal {
			mode = redact.AnonymousMode
			if file != res.Manifest {
				file = redact.MaskFile(file)
			}
			about, subject = redact.MaskFile(about), maskSubject(subject)
		}
		if f.Crash { // so that a report read back says the run cannot be trusted
			data = map[string]any{CrashKey: true}
		}
		message := f.Message.In(mode)
		rf := Finding{Rule: f.Rule, Severity: f.Severity, File: cleanName(file), Line: f.Line, ManifestLine: f.ManifestLine,
			Message: cleanName(message), Hint: cleanName(f.Hint), Data: data,
			masked: !m.Reveal && f.Message.Plain != f.Message.Masked, Document: cleanName(about), Subject: cleanName(subject),
			text: f.Message, mode: mode}
		if f.Suppression != nil {
			rf.Suppression = &Suppression{Reason: f.Suppression.Reason, Source: f.Suppression.Source}
		}
		p.Findings = append(p.Findings, rf)
		if f.Severity >= threshold && rf.Suppression == nil {
			p.Status = "fail"
		}
	}
	return p
}

// Add appends a pack and counts it in the summary.
func (r *Report) Add(p Pack) {
	r.Packs = append(r.Packs, p)
	r.Summary.Count(p)
}

// Count adds a pack to the summary.
func (s *Summary) Count(p Pack) {
	s.Packs++
	if p.Status == "fail" {
		s.Failed++
	}
	s.Baselined += p.Baselined
	for _, f := range p.Findings {
		if f.Suppression != nil {
			s.Suppressed++
			continue
		}
		switch f.Severity {
		case lint.Error:
			s.Errors++
		case lint.Warning:
			s.Warnings++
		case lint.Info:
			s.Infos++
		}
	}
}

// passedRules lists the rules that ran on a pack without a finding.
func passedRules(res lint.PackResult) []string {
	found := map[string]bool{}
	for _, f := range res.Findings {
		found[f.Rule] = true
	}
	var out []string
	for _, id := range res.Checked {
		if !found[id] {
			out = append(out, id)
		}
	}
	return out
}
