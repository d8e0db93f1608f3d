package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/engine"
	"github.com/kyclint/kyclint/pkg/internal/expect"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// rulesetTestOptions are the flags and arguments of `kyclint ruleset test`.
type rulesetTestOptions struct {
	Factory *Factory
	Dir     string
	Rules   string
	Date    string
}

func newCmdRulesetTest(f *Factory) *cobra.Command {
	opts := &rulesetTestOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "test DIR",
		Short: "Lint fixture packs under DIR and compare every finding with what each pack expects",
		Long: "Each pack under DIR declares the findings it expects: a `# want \"rule.id\"` comment on a\n" +
			"manifest line expects that finding on that line (a finding about a document's file counts on\n" +
			"the line that declares it); a hidden .want file expects findings on files (`FILE rule.id`, `-`\n" +
			"for the pack) and may set `rules: ID|FILE` and `date: YYYY-MM-DD`. Every finding of every rule\n" +
			"is compared, both ways. Prints ok or FAIL per pack with the differences; exit 1 on any.",
		Example: "  kyclint ruleset test --rules acme.yaml rules-tests/",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = args[0]
			return rulesetTestRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Rules, "rules", "r", "", "rule set to test (default: the .want file's rules:, else each manifest's own)")
	cmd.Flags().StringVar(&opts.Date, "date", "", "lint date when a pack's .want sets none (default today)")
	return cmd
}

func rulesetTestRun(opts *rulesetTestOptions) error {
	f := opts.Factory
	date, err := lintDate(opts.Date, f)
	if err != nil {
		return err
	}
	auto, err := engine.NewResolver(f.Loader, opts.Rules, nil)
	if err != nil {
		return usageErrorf("%w", err)
	}
	targets, err := pack.Discover([]string{opts.Dir})
	if err != nil {
		return usageErrorf("%w", err)
	}
	if len(targets) == 0 {
		return usageErrorf("no pack found in %s", opts.Dir)
	}
	failed := 0
	for _, t := range targets {
		diffs, err := rulesetTestPack(f, opts.Dir, t, opts.Rules, auto, date)
		if err != nil {
			return err
		}
		if len(diffs) == 0 {
			fmt.Fprintf(f.IO.Out, "ok    %s\n", t.Path)
			continue
		}
		failed++
		fmt.Fprintf(f.IO.Out, "FAIL  %s\n", t.Path)
		for _, d := range diffs {
			fmt.Fprintf(f.IO.Out, "      %s\n", d)
		}
	}
	fmt.Fprintf(f.IO.Out, "%d passed, %d failed\n", len(targets)-failed, failed)
	if failed > 0 {
		return &exitError{code: ExitFailed}
	}
	return nil
}

// rulesetTestPack lints one fixture pack of the fixtures folder tree and
// lists its differences.
func rulesetTestPack(f *Factory, tree string, t pack.Target, rules string, auto *engine.Resolver, date pack.Date) ([]string, error) {
	c, err := expect.LoadIn(tree, t.Dir, "", date.String())
	if err != nil {
		return nil, usageErrorf("%s: %w", t.Path, err)
	}
	d, err := pack.ParseDate(c.Date)
	if err != nil {
		return nil, usageErrorf("%s/.want: date: %w", t.Path, err)
	}
	resolve := auto.Resolve
	if c.Rules != "" && rules == "" {
		set, err := f.Loader.Load(c.RuleSet())
		if err != nil {
			return nil, usageErrorf("%s/.want: %w", t.Path, err)
		}
		resolve = func(*pack.Pack) (*lint.Settings, *pack.Problem) { return set.Settings, nil }
	}
	res := lint.LintPack(t, lint.Options{Registry: f.Registry, Resolve: resolve, Date: d})
	var diffs []string
	for _, fd := range res.Findings {
		if fd.Crash {
			diffs = append(diffs, fmt.Sprintf("%s crashed: %s", fd.Rule, fd.Message.Masked))
		}
	}
	return append(diffs, c.Diff(c.Got(res))...), nil
}
