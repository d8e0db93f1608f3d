package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

// An output is one report a lint run writes: a format to stdout or a file.
// A format that can stream (ndjson) writes each pack as it finishes and
// keeps only the summary; the others keep the report and write it at the end.
type output struct {
	format   string
	path     string // "" for stdout
	flag     string // the flag that named path, for messages
	writer   report.Writer
	meta     report.Meta
	rep      *report.Report
	streamer report.PackStreamer
	dest     io.Writer   // where a streamer writes
	file     *atomicFile // dest, when it is a file
	err      error       // the first write error of a streamer
}

// planOutputs turns -f FORMAT[=PATH] flags (and --output for a format
// without a path) into outputs, validating them all before anything runs.
func planOutputs(opts *lintOptions, failOn lint.Severity, meta report.Meta) ([]*output, error) {
	var outs []*output
	toStdout := 0
	tr, err := translator(opts.IO, opts.Lang)
	if err != nil {
		return nil, err
	}
	for _, spec := range opts.Formats {
		name, path, hasPath := strings.Cut(spec, "=")
		if hasPath && path == "" {
			return nil, usageErrorf("-f %s: give a file after =", spec)
		}
		flag := "-f " + name + "="
		if !hasPath {
			path, flag = opts.Output, "--output"
		}
		if path == "" {
			toStdout++
		}
		toTerminal := path == "" && opts.IO.IsStdoutTTY()
		w, err := report.New(name, report.Options{Color: toTerminal && opts.IO.ColorEnabled(), Rules: ruleDocs(opts.Factory), FailOn: failOn, Lang: tr})
		if err != nil {
			return nil, usageErrorf("%w", err)
		}
		m := meta
		if m.Reveal, err = revealPersonal(opts.Redact, name, toTerminal, opts.IO.InCI()); err != nil {
			return nil, err
		}
		o := &output{format: name, path: path, flag: flag, writer: w, meta: m, rep: report.Build(nil, m)}
		o.streamer, _ = report.Streamer(name)
		outs = append(outs, o)
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

// guardOutputs refuses any report file inside a pack (see outputGuard).
func guardOutputs(outs []*output, targets []pack.Target) error {
	guard := newOutputGuard(targets)
	for _, o := range outs {
		if o.path != "" {
			if err := guard.checkFile(o.flag, o.path); err != nil {
				return err
			}
		}
	}
	return nil
}

// start opens a streaming output's destination before the first pack.
func (o *output) start(streams *IOStreams) error {
	if o.streamer == nil {
		return nil
	}
	o.dest = streams.Out
	if o.path != "" {
		f, err := createAtomic(o.path)
		if err != nil {
			return err
		}
		o.file, o.dest = f, f
	}
	return o.streamer.Begin(o.dest, o.meta)
}

// render turns one pack's result into what this output reports.
func (o *output) render(r lint.PackResult) report.Pack { return report.PackOf(r, o.meta) }

// add records one pack: streamed at once, or kept for the end.
func (o *output) add(p report.Pack) {
	if o.streamer == nil {
		o.rep.Add(p)
		return
	}
	o.rep.Summary.Count(p)
	if o.err == nil {
		o.err = o.streamer.Pack(o.dest, p)
	}
}

// abort discards a streaming output's partial file.
func (o *output) abort() {
	if o.file != nil {
		o.file.Abort()
	}
}

// write finishes the output: a streamer's summary line, or the whole report.
func (o *output) write(streams *IOStreams) error {
	if o.streamer != nil {
		if o.err == nil {
			o.err = o.streamer.End(o.dest, o.rep.Summary)
		}
		if o.err != nil {
			o.abort()
			return fmt.Errorf("%s report: %w", o.format, o.err)
		}
		if o.file != nil {
			return o.file.Commit()
		}
		return nil
	}
	if err := writeReport(streams, o.path, func(w io.Writer) error { return o.writer.Write(w, o.rep) }); err != nil {
		return fmt.Errorf("%s report: %w", o.format, err)
	}
	return nil
}

// finishPack applies suppressions and the baseline to r and renders it for
// each output. A panic there makes r a crashed result, as a panic while
// linting does, so that one pack cannot end the batch.
func finishPack(op *operator, outs []*output, r lint.PackResult, hook func(*lint.PackResult)) (res lint.PackResult, packs []report.Pack) {
	defer func() {
		if v := recover(); v != nil {
			res = lint.Crashed(r, "reporting it", v)
			packs = renderAll(outs, res)
		}
	}()
	if hook != nil {
		hook(&r)
	}
	op.apply(&r)
	return r, renderAll(outs, r)
}

func renderAll(outs []*output, r lint.PackResult) []report.Pack {
	packs := make([]report.Pack, len(outs))
	for i, o := range outs {
		packs[i] = o.render(r)
	}
	return packs
}

// writeOutputs finishes every output, even after one fails, and returns
// the first error: each report is whole or absent, with no temporary file.
func writeOutputs(outs []*output, streams *IOStreams) error {
	var first error
	for _, o := range outs {
		if err := o.write(streams); err != nil && first == nil {
			first = usageErrorf("%w", err)
		}
	}
	return first
}

// abortOutputs discards the temporary files of outputs not yet written, as
// after a panic or an interrupt.
func abortOutputs(outs []*output) {
	for _, o := range outs {
		o.abort()
	}
}
