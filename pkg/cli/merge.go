package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/report"
)

// mergeOptions are the flags and arguments of `kyclint merge`.
type mergeOptions struct {
	IO      *IOStreams
	Factory *Factory

	Inputs  []string // shard reports, JSON or ndjson; - for standard input
	Formats []string
	Output  string
	FailOn  string
}

func newCmdMerge(f *Factory, runF func(*mergeOptions) error) *cobra.Command {
	opts := &mergeOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "merge REPORT...",
		Short: "Combine the JSON or NDJSON reports of a sharded run into one report",
		Long: "Combine the reports that the n shards of one run wrote (`kyclint lint --shard i/n -f json` or\n" +
			"ndjson, in any order) into the report a single run over all the packs prints, in any format.\n" +
			"The shards must come from one run: the same kyclint version, rule set and --date, every shard\n" +
			"1..n once; a shard missing or given twice, a pack in two shards, or a report edited or cut short\n" +
			"is refused, naming the file. Pack statuses and the summary are counted again under --fail-on,\n" +
			"which should be the one the shards ran with. REPORT may be - for standard input (once).\n\n" +
			"Exit status, as lint's: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad flag\n" +
			"or report, or a rule crashed on a pack.",
		Example: "  kyclint lint --shard 1/2 -f ndjson=s1.ndjson packs/   # on one machine\n" +
			"  kyclint lint --shard 2/2 -f ndjson=s2.ndjson packs/   # on another\n" +
			"  kyclint merge -f human -f sarif=kyclint.sarif s1.ndjson s2.ndjson",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if runF != nil {
				return runF(opts)
			}
			return mergeRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&opts.Formats, "format", "f", []string{"human"},
		"output format, repeatable as FORMAT=PATH to write several reports at once: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (atomically) instead of stdout")
	fl.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info, never")
	return cmd
}

func mergeRun(opts *mergeOptions) error {
	failOn, err := parseFailOn(opts.FailOn)
	if err != nil {
		return err
	}
	stdin := 0
	for _, in := range opts.Inputs {
		if in == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usageErrorf("standard input (-) can be read once")
	}
	// The outputs are planned as lint plans them; their reports are the
	// merged one, so what lint would mask is already masked.
	outs, err := planOutputs(&lintOptions{IO: opts.IO, Factory: opts.Factory, Formats: opts.Formats, Output: opts.Output, Redact: "auto"},
		failOn, report.Meta{FailOn: failOn})
	if err != nil {
		return err
	}
	if err := guardOutputs(outs, nil); err != nil {
		return err
	}
	parts := make([]report.Part, 0, len(opts.Inputs))
	for _, in := range opts.Inputs {
		rep, err := readReport(opts.IO, in)
		if err != nil {
			return err
		}
		name := in
		if in == "-" {
			name = "standard input"
		}
		parts = append(parts, report.Part{Name: name, Report: rep})
	}
	merged, err := report.Merge(parts, failOn)
	if err != nil {
		return usageErrorf("%w", err)
	}
	var first error // every output is written, each whole or absent
	for _, o := range outs {
		if err := writeReport(opts.IO, o.path, func(w io.Writer) error { return o.writer.Write(w, merged) }); err != nil && first == nil {
			first = usageErrorf("%s report: %w", o.format, err)
		}
	}
	if first != nil {
		return first
	}
	failed, crashed := report.Outcome(merged, failOn)
	if crashed != "" {
		return &exitError{code: ExitTrouble, err: fmt.Errorf("a rule crashed on %s; the report is incomplete", report.CleanName(crashed))}
	}
	if failed {
		return &exitError{code: ExitFailed}
	}
	return nil
}
