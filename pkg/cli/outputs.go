package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
)

// An output is one report a lint run writes: a format to stdout or a file.
type output struct {
	format string
	path   string // "" for stdout
	writer report.Writer
	meta   report.Meta
	rep    *report.Report
}

// planOutputs turns -f FORMAT[=PATH] flags (and --output for a format
// without a path) into outputs, validating them all before anything runs.
func planOutputs(opts *lintOptions, failOn lint.Severity, meta report.Meta) ([]*output, error) {
	var outs []*output
	toStdout := 0
	for _, spec := range opts.Formats {
		name, path, hasPath := strings.Cut(spec, "=")
		if hasPath && path == "" {
			return nil, usageErrorf("-f %s: give a file after =", spec)
		}
		if !hasPath {
			path = opts.Output
		}
		if path == "" {
			toStdout++
		}
		toTerminal := path == "" && opts.IO.IsStdoutTTY()
		w, err := report.New(name, report.Options{Color: toTerminal && opts.IO.ColorEnabled(), Rules: ruleDocs(opts.Factory), FailOn: failOn})
		if err != nil {
			return nil, usageErrorf("%v", err)
		}
		m := meta
		if m.Reveal, err = revealPersonal(opts.Redact, name, toTerminal, opts.IO.InCI()); err != nil {
			return nil, err
		}
		outs = append(outs, &output{format: name, path: path, writer: w, meta: m,
			rep: report.Build(nil, m)})
	}
	if toStdout > 1 {
		return nil, usageErrorf("%d formats would go to standard output; give the others a file with -f FORMAT=PATH", toStdout)
	}
	seen := map[string]bool{}
	for _, o := range outs {
		if o.path != "" && seen[o.path] {
			return nil, usageErrorf("two formats would write %s", o.path)
		}
		seen[o.path] = true
	}
	return outs, nil
}

// add records one pack's result in every output.
func (o *output) add(r lint.PackResult) { o.rep.Add(report.PackOf(r, o.meta)) }

// write renders the output's report to its destination.
func (o *output) write(streams *IOStreams) error {
	if err := writeReport(streams, o.path, func(w io.Writer) error { return o.writer.Write(w, o.rep) }); err != nil {
		return fmt.Errorf("%s report: %w", o.format, err)
	}
	return nil
}
