package lint

import (
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// A Pass is one rule's view of one pack: the pack (read-only by contract),
// the rule's parameters, the lint date and the rule set's document policy.
// A rule reports through the Pass and never prints, reads the clock or
// touches the file system except through pack.Document.
type Pass struct {
	Rule      *Rule
	Pack      *pack.Pack
	Date      pack.Date // the lint date, from --date or today
	Documents DocumentPolicy
	Settings  *Settings
	config    any // the rule's typed parameters (see New)
	severity  Severity
	findings  []Finding
	budget    *findingBudget // shared by the pack's passes; nil for no cap
	cache     ResultCache    // Options.Cache, or nil
}

// Report records a finding, filling in the rule, the effective severity
// (unless the rule set one explicitly) and the default hint.
func (p *Pass) Report(f Finding) {
	f.Rule = p.Rule.ID
	if f.Severity == Off {
		f.Severity = p.severity
	}
	if f.Hint == "" {
		f.Hint = p.Rule.Hint
	}
	if p.budget != nil && !p.budget.take(f.Severity) {
		return
	}
	f.ManifestLine = p.manifestLine(f)
	p.findings = append(p.findings, f)
}

// Severity returns the rule's effective severity under the rule set.
func (p *Pass) Severity() Severity { return p.severity }

// Soften returns the lesser of the rule's severity and s: a near match is
// reported as a warning, unless the rule set already lowered the rule.
func (p *Pass) Soften(s Severity) Severity { return min(p.severity, s) }

// Reportf records a finding on a file and line with a formatted message;
// arguments of type redact.Value are personal data.
func (p *Pass) Reportf(file string, line int, format string, args ...any) {
	p.Report(Finding{File: file, Line: line, Message: redact.Textf(format, args...)})
}

// Doc reports a finding about a document: on its manifest line for key when
// the pack has a manifest, else on the file itself.
func (p *Pass) Doc(d *pack.Document, key string, data map[string]any, hint string, format string, args ...any) {
	file, line := p.Where(d, key)
	p.Report(Finding{File: file, Line: line, Message: redact.Textf(format, args...), Data: data, Hint: hint})
}

// Where returns the file and line a finding about key of document d points
// at: the manifest line that declares it, or the document's file when the
// pack has no manifest.
func (p *Pass) Where(d *pack.Document, key string) (string, int) {
	if p.Pack.ManifestFile == "" || d.Guessed {
		return d.File, 0
	}
	return p.Pack.ManifestFile, d.FieldLine(key)
}

func (p *Pass) manifestLine(f Finding) int {
	if p.Pack.ManifestFile == "" {
		return 0
	}
	if f.File == p.Pack.ManifestFile {
		return f.Line
	}
	for _, d := range p.Pack.Documents {
		if d.File == f.File && !d.Guessed {
			return d.FieldLine("file")
		}
	}
	return 0
}
