package cli

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
	"github.com/kyclint/kyclint/pkg/triage"
)

// baselineOptions are the flags and arguments of `kyclint baseline`.
type baselineOptions struct {
	lintOptions
	Prune bool
}

func newCmdBaseline(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Record today's findings so that lint reports only new ones",
		Long: "A baseline lets a repository adopt kyclint with the findings it already has: `baseline write`\n" +
			"records them in .kyclint-baseline.json (beside .kyclint.yaml, or in the current folder), and\n" +
			"`lint` then reports only findings that are not in it. Entries hold a rule id, a pack path and a\n" +
			"SHA-256 fingerprint (rule, pack, file, the manifest key or document concerned, and the file's\n" +
			"content hash): no message, no personal data, no line numbers.",
	}
	cmd.AddCommand(newCmdBaselineSub(f, false), newCmdBaselineSub(f, true))
	return cmd
}

func newCmdBaselineSub(f *Factory, prune bool) *cobra.Command {
	opts := &baselineOptions{lintOptions: lintOptions{IO: f.IO, Factory: f, FailOn: "never", Redact: "always"}, Prune: prune}
	cmd := &cobra.Command{
		Use:   "write [PATH...]",
		Short: "Lint the packs and record every finding in the baseline (other packs' entries are kept)",
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(args) == 0 {
				opts.Paths = []string{"."}
			}
			opts.RulesSet = cmd.Flags().Changed("rules")
			return baselineRun(opts)
		},
	}
	if prune {
		cmd.Use = "prune [PATH...]"
		cmd.Short = "Lint the packs and drop the baseline entries that match nothing any more"
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Rules, "rules", "r", "", "rule set: a built-in id or a YAML file")
	fl.StringVar(&opts.Date, "date", "", "lint date YYYY-MM-DD for date rules (default today)")
	fl.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "packs linted at once")
	fl.BoolVar(&opts.AllowEmpty, "allow-empty", false, "succeed when no pack is found")
	addOperatorFlags(cmd, &opts.Operator, false)
	return cmd
}

func baselineRun(opts *baselineOptions) error {
	path := opts.Operator.Baseline
	opts.Operator.Baseline, opts.Operator.NoBaseline = "", true
	setup, err := setupLint(&opts.lintOptions)
	if err != nil {
		return err
	}
	if path == "" {
		path = baselineFile(opts.Operator, setup.op.cfg)
	}
	base, err := triage.OpenBaseline(path)
	if err != nil {
		return usageErrorf("%w", err)
	}
	if opts.Prune && base.Len() == 0 {
		return usageErrorf("%s: no baseline to prune (`kyclint baseline write` makes one)", path)
	}
	targets, err := discoverTargets(&opts.lintOptions, setup.shard)
	if err != nil {
		return err
	}
	if err := newOutputGuard(targets).checkFile("baseline", path); err != nil {
		return err
	}
	var crashed string
	packs, findings := 0, 0
	_ = lint.Stream(context.Background(), targets, lint.Options{Registry: opts.Factory.Registry, Resolve: setup.resolver.Resolve, Date: setup.date,
		Jobs: opts.Jobs, Fingerprint: true}, func(r lint.PackResult) {
		r, _ = finishPack(setup.op, nil, r, nil)
		if r.Crashed && crashed == "" {
			crashed = r.Path
		}
		packs++
		if opts.Prune {
			base.Filter(&r)
		} else {
			findings += len(r.Findings)
			base.Record(&r)
		}
	})
	if crashed != "" {
		return &exitError{code: ExitTrouble, err: fmt.Errorf("a rule crashed on %s; the baseline was not written", report.CleanName(crashed))}
	}
	msg := fmt.Sprintf("recorded %d %s of %d %s", findings, plural(findings, "finding", "findings"), packs, plural(packs, "pack", "packs"))
	if opts.Prune {
		n := base.Prune()
		msg = fmt.Sprintf("dropped %d stale %s", n, plural(n, "entry", "entries"))
	}
	if err := base.Write(); err != nil {
		return usageErrorf("writing baseline %s: %w", path, err)
	}
	fmt.Fprintf(opts.IO.ErrOut, "kyclint: %s in %s (%d %s)\n", msg, path, base.Len(), plural(base.Len(), "entry", "entries"))
	return nil
}
