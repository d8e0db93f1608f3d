package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
)

// personRules are the rules whose findings fix leaves to a person: a photo
// must be retaken, a document replaced, or the manifest corrected by
// someone who holds the document.
var personRules = map[string]bool{
	"image.blur": true, "image.exposure": true, "image.glare": true,
	"document.expired": true, "document.expiring-soon": true,
	"identity.name": true, "identity.dob": true, "identity.age": true,
	"address.name": true, "address.recency": true, "address.future-date": true,
}

// lintFixed lints the fixed copy exactly as `kyclint lint` does, with a JSON
// report kept aside to list what is left for a person, and returns lint's
// verdict.
func lintFixed(opts *fixOptions) error {
	tmp, err := os.MkdirTemp("", "kyclint-fix-")
	if err != nil {
		return usageErrorf("creating a temporary folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	side := filepath.Join(tmp, "report.json")
	lo := &lintOptions{IO: opts.IO, Factory: opts.Factory, Paths: []string{opts.Out}, Rules: opts.Rules, Date: opts.Date,
		Jobs: runtime.NumCPU(), Formats: []string{"human", "json=" + side}, FailOn: opts.FailOn, Redact: "auto", Quiet: true}
	verdict := lintRun(lo)
	printLeft(opts.IO, side)
	return verdict
}

// printLeft lists what the fix left for a person, from the report at path:
// every error that remains (a photo too small, one that could not be
// shrunk, a missing document…) and every finding of personRules, whatever
// its severity. A hint shared by several findings is printed once.
// Messages are as the JSON report carries them, personal data masked.
func printLeft(io *IOStreams, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		return // lint stopped before writing a report and has said why
	}
	var rep report.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		fmt.Fprintf(io.ErrOut, "kyclint: reading the lint report: %v\n", err)
		return
	}
	var left []report.Finding
	for _, p := range rep.Packs {
		for _, f := range p.Findings {
			if f.Suppression == nil && (f.Severity == lint.Error || personRules[f.Rule]) {
				left = append(left, f)
			}
		}
	}
	if len(left) == 0 {
		return
	}
	fmt.Fprintf(io.Out, "\nLeft for you: every error fix could not correct, and what it never touches (blur, exposure,\n"+
		"glare, expiry, names, dates):\n")
	hinted := map[string]bool{}
	for _, f := range left {
		where := f.File
		switch {
		case where == "":
			where = "(pack)"
		case f.Line > 0:
			where += fmt.Sprintf(":%d", f.Line)
		}
		fmt.Fprintf(io.Out, "  %-7s  %s  %s: %s\n", f.Severity, f.Rule, where, f.Message)
		if f.Hint != "" && !hinted[f.Hint] {
			hinted[f.Hint] = true
			fmt.Fprintf(io.Out, "      %s\n", f.Hint)
		}
	}
}
