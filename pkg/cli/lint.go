package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

// lintOptions are the flags and arguments of `kyclint lint`.
type lintOptions struct {
	IO      *IOStreams
	Factory *Factory

	Paths      []string
	Rules      string
	Date       string
	Jobs       int
	Formats    []string
	Output     string
	FailOn     string
	Redact     string
	Shard      string
	Quiet      bool
	AllowEmpty bool
}

func newCmdLint(f *Factory, runF func(*lintOptions) error) *cobra.Command {
	opts := &lintOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Lint KYC packs and report what a reviewer would reject",
		Long: "Lint one or more KYC packs. A PATH is a pack folder, a kyc.yaml, a document file (its pack is\n" +
			"linted once however many of its files are given), or a folder searched recursively for packs.\n" +
			"Without PATH, the current folder.\n\n" +
			"The rule set is --rules when given, else each manifest's jurisdiction, else base.\n\n" +
			"Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the result cannot be\n" +
			"trusted (bad flag, rule set or path, no pack found, or a rule crashed).",
		Example: "  kyclint lint ./my-pack\n" +
			"  kyclint lint --rules gb --date 2026-11-26 --format json packs/\n" +
			"  kyclint lint -f human -f sarif=kyclint.sarif -f junit=kyclint.xml --shard 2/4 packs/",
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"."}
			}
			if runF != nil {
				return runF(opts)
			}
			return lintRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Rules, "rules", "r", "", "rule set: a built-in id (see `kyclint ruleset list`) or a YAML file")
	fl.StringVar(&opts.Date, "date", "", "lint date YYYY-MM-DD for date rules (default today)")
	fl.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "packs linted at once; bounds memory too")
	fl.StringArrayVarP(&opts.Formats, "format", "f", []string{"human"},
		"output format, repeatable as FORMAT=PATH to write several reports at once: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (atomically) instead of stdout")
	fl.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info, never")
	fl.StringVar(&opts.Redact, "redact", "auto", "mask personal data: auto (shown only in human output on a terminal outside CI), always, never")
	fl.StringVar(&opts.Shard, "shard", "", "lint only shard i of n of the sorted packs (i/n), for parallel CI jobs")
	fl.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar on stderr")
	fl.BoolVar(&opts.AllowEmpty, "allow-empty", false, "exit 0 instead of 2 when no pack is found")
	return cmd
}

func lintRun(opts *lintOptions) error {
	failOn, err := parseFailOn(opts.FailOn)
	if err != nil {
		return err
	}
	if opts.Jobs < 1 {
		return usageErrorf("--jobs must be at least 1, not %d", opts.Jobs)
	}
	date, err := lintDate(opts.Date, opts.Factory)
	if err != nil {
		return err
	}
	sh, err := parseShard(opts.Shard)
	if err != nil {
		return err
	}
	resolver, err := newResolver(opts.Factory, opts.Rules)
	if err != nil {
		return usageErrorf("%v", err)
	}
	meta := report.Meta{ToolVersion: opts.Factory.ShortVersion(), Ruleset: resolver.name(), Date: date.String(), FailOn: failOn}
	outs, err := planOutputs(opts, failOn, meta)
	if err != nil {
		return err
	}
	targets, err := pack.Discover(opts.Paths)
	if err != nil {
		return usageErrorf("%v", err)
	}
	if len(targets) == 0 && !opts.AllowEmpty {
		return usageErrorf("no pack found in %s: a pack is a folder with a kyc.yaml or with document files (--allow-empty accepts none)",
			strings.Join(opts.Paths, ", "))
	}
	targets = sh.pick(targets)
	for i, o := range outs {
		if err := o.start(opts.IO); err != nil {
			for _, started := range outs[:i] {
				started.abort()
			}
			return usageErrorf("%v", err)
		}
	}
	boundMemory(opts.IO, opts.Jobs)
	prog := newProgress(opts.IO, len(targets), opts.Quiet, opts.Factory.Now)
	var verdict verdict
	lint.Stream(targets, lint.Options{Registry: opts.Factory.Registry, Resolve: resolver.resolve, Date: date, Jobs: opts.Jobs},
		func(r lint.PackResult) {
			verdict.add(r, failOn)
			for _, o := range outs {
				o.add(r)
			}
			prog.tick()
		})
	prog.finish()
	for _, o := range outs {
		if err := o.write(opts.IO); err != nil {
			return usageErrorf("%v", err)
		}
	}
	return verdict.exit()
}

// verdict accumulates what the exit status depends on, pack by pack.
type verdict struct {
	failed  bool
	crashed string // the first pack a rule crashed on
}

func (v *verdict) add(r lint.PackResult, failOn lint.Severity) {
	if r.Crashed && v.crashed == "" {
		v.crashed = r.Path
	}
	for _, f := range r.Findings {
		if failOn != lint.Off && f.Severity >= failOn {
			v.failed = true
		}
	}
}

// exit derives the exit status from the results alone.
func (v *verdict) exit() error {
	if v.crashed != "" {
		return &exitError{code: ExitTrouble, msg: fmt.Sprintf("a rule crashed on %s; the report is incomplete", v.crashed)}
	}
	if v.failed {
		return &exitError{code: ExitFailed}
	}
	return nil
}

func parseFailOn(s string) (lint.Severity, error) {
	if s == "never" {
		return lint.Off, nil
	}
	sev, err := lint.ParseSeverity(s)
	if err != nil || sev == lint.Off {
		return lint.Off, usageErrorf("--fail-on must be error, warning, info or never, not %q", s)
	}
	return sev, nil
}

func lintDate(s string, f *Factory) (pack.Date, error) {
	if s == "" {
		return pack.DateOf(f.Now()), nil
	}
	d, err := pack.ParseDate(s)
	if err != nil {
		return pack.Date{}, usageErrorf("--date: %v", err)
	}
	return d, nil
}

// revealPersonal applies --redact: auto shows personal values only to a
// person at a terminal, in human output, outside CI.
func revealPersonal(mode, format string, toTerminal, inCI bool) (bool, error) {
	switch mode {
	case "never":
		return true, nil
	case "always":
		return false, nil
	case "auto":
		return report.Personal(format) && toTerminal && !inCI, nil
	}
	return false, usageErrorf("--redact must be auto, always or never, not %q", mode)
}

// boundMemory sets a soft memory limit that grows with the number of
// workers, unless GOMEMLIMIT is set: decoding a 12 MP photo allocates about
// 20 MiB that is garbage a moment later, and without a limit the collector
// lets the heap double before reclaiming it.
func boundMemory(io *IOStreams, jobs int) {
	if io.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(int64(24+32*jobs) << 20)
}

// ruleDocs describes every rule for formats that carry rule metadata.
func ruleDocs(f *Factory) []report.RuleDoc {
	var docs []report.RuleDoc
	for _, r := range f.Registry.List() {
		docs = append(docs, report.RuleDoc{ID: r.ID, Title: r.Title, Why: r.Why, Hint: r.Hint, Severity: r.Severity})
	}
	return docs
}
