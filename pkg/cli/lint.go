package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/engine"
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
	ShardCount int
	From       string
	Quiet      bool
	Verbose    bool
	AllowEmpty bool
	Lang       string
	Operator   operatorFlags
	Cache      cacheFlags
	// RulesSet and FormatsSet say the flags were given, so that
	// .kyclint.yaml's defaults do not replace them.
	RulesSet, FormatsSet bool
	// beforeReport, for tests, sees each result before it is reported.
	beforeReport func(*lint.PackResult)
}

func newCmdLint(f *Factory, runF func(*lintOptions) error) *cobra.Command {
	opts := &lintOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Lint KYC packs and report what a reviewer would reject",
		Long: "Lint one or more KYC packs. A PATH is a pack folder, a kyc.yaml, a document file (its pack is\n" +
			"linted once however many of its files are given), or a folder searched recursively for packs.\n" +
			"Without PATH, the current folder.\n\n" +
			"The rule set is --rules when given, else .kyclint.yaml's rules, else each manifest's jurisdiction,\n" +
			"else base. .kyclint.yaml (in this folder or the nearest parent) may also set default formats,\n" +
			"per-folder rule settings, suppressions with reasons and custom rules; a .kyclint-baseline.json\n" +
			"beside it hides the findings `kyclint baseline write` recorded.\n\n" +
			"Each pack's result, and what is learnt from each file (a photo's measurements and MRZ, a PDF's\n" +
			"structure and text), are kept, encrypted under a key only the pack or the file gives, in a cache (see\n" +
			"kyclint cache), and used again while they are unchanged; --no-cache turns it off.\n\n" +
			"Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the result cannot be\n" +
			"trusted (bad flag, rule set or path, no pack found, an output inside a pack, or a rule crashed).",
		Example: "  kyclint lint ./my-pack\n" +
			"  kyclint lint --rules gb --date 2026-11-26 --format json packs/\n" +
			"  kyclint lint -f human -f sarif=kyclint.sarif -f junit=kyclint.xml --shard 2/4 packs/\n" +
			"  find archive -name kyc.yaml | kyclint lint --from - --shard auto -f ndjson=shard.ndjson",
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.RulesSet, opts.FormatsSet = cmd.Flags().Changed("rules"), cmd.Flags().Changed("format")
			if len(opts.Paths) == 0 && opts.From == "" {
				opts.Paths = []string{"."}
			}
			if runF != nil {
				return runF(opts)
			}
			return lintRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Rules, "rules", "r", "", "rule set `ID|FILE`: a built-in id (see kyclint ruleset list), JURISDICTION+PLATFORM such as gb+binance, or a YAML file")
	fl.StringVar(&opts.Date, "date", "", "lint date YYYY-MM-DD for date rules (default today)")
	fl.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "packs linted at once; bounds memory too")
	fl.StringArrayVarP(&opts.Formats, "format", "f", []string{"human"},
		"output format, repeatable as FORMAT=PATH to write several reports at once: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (atomically) instead of stdout")
	fl.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info, never")
	fl.StringVar(&opts.Redact, "redact", "auto", "mask personal data: auto (shown only in human output on a terminal outside CI), always, never")
	fl.StringVar(&opts.Shard, "shard", "", "lint only shard i of n of the sorted packs (i/n), for parallel CI jobs; auto reads JOB_COMPLETION_INDEX (with --shard-count) or KYCLINT_SHARD")
	fl.IntVar(&opts.ShardCount, "shard-count", 0, "with --shard auto in an Indexed Job: the number of shards (the Job's completions)")
	fl.StringVar(&opts.From, "from", "", "also lint the paths listed in `FILE`, one per line (- for stdin; blank lines and # comments skipped)")
	fl.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar on stderr")
	fl.BoolVarP(&opts.Verbose, "verbose", "v", false, "human report: also list, per pack, the rules that ran and passed")
	fl.BoolVar(&opts.AllowEmpty, "allow-empty", false, "exit 0 instead of 2 when no pack is found")
	addLangFlag(cmd, &opts.Lang)
	addOperatorFlags(cmd, &opts.Operator, true)
	addCacheFlags(cmd, &opts.Cache)
	translateHelp(cmd, f, &opts.Lang)
	return cmd
}

// addOperatorFlags adds the flags about .kyclint.yaml and the baseline.
func addOperatorFlags(cmd *cobra.Command, o *operatorFlags, suppressions bool) {
	fl := cmd.Flags()
	fl.StringVar(&o.Config, "config", "", "configuration file (default: .kyclint.yaml in the current folder or the nearest parent)")
	fl.BoolVar(&o.NoConfig, "no-config", false, "ignore .kyclint.yaml")
	fl.StringVar(&o.Baseline, "baseline", "", "baseline file (default: "+".kyclint-baseline.json beside the configuration, or in the current folder)")
	if suppressions {
		fl.BoolVar(&o.NoSuppressions, "no-suppressions", false, "report suppressed findings as any other (for auditors)")
		fl.BoolVar(&o.NoBaseline, "no-baseline", false, "ignore the baseline: report every finding")
	}
}

// defaultRuleset is the rule set of a pack whose manifest names none.
const defaultRuleset = engine.DefaultRuleset

// A lintSetup is what a lint run validated before reading any pack.
type lintSetup struct {
	failOn   lint.Severity
	date     pack.Date
	shard    shard
	resolver *engine.Resolver
	op       *operator
}

// setupLint validates the flags and the configuration, and fills the
// defaults .kyclint.yaml gives for flags that were not set.
func setupLint(opts *lintOptions) (*lintSetup, error) {
	failOn, err := parseFailOn(opts.FailOn)
	if err != nil {
		return nil, err
	}
	if err := clampJobs(opts.IO, &opts.Jobs); err != nil {
		return nil, err
	}
	date, err := lintDate(opts.Date, opts.Factory)
	if err != nil {
		return nil, err
	}
	sh, err := parseShard(opts.Shard, opts.ShardCount, opts.IO.Getenv)
	if err != nil {
		return nil, err
	}
	cfg, err := loadConfig(opts.Factory, opts.Operator)
	if err != nil {
		return nil, err
	}
	if cfg != nil && !opts.RulesSet && cfg.Rules != "" {
		opts.Rules = cfg.Rules
	}
	if cfg != nil && !opts.FormatsSet && len(cfg.Formats) > 0 {
		opts.Formats = cfg.Formats
	}
	resolver, err := engine.NewResolver(opts.Factory.Loader, opts.Rules, cfg)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	op, err := newOperator(opts.Operator, cfg, date)
	if err != nil {
		return nil, err
	}
	return &lintSetup{failOn: failOn, date: date, shard: sh, resolver: resolver, op: op}, nil
}

// discoverTargets finds the packs to lint, this shard's share of them.
func discoverTargets(opts *lintOptions, sh shard) ([]pack.Target, error) {
	paths, where := opts.Paths, strings.Join(opts.Paths, ", ")
	if opts.From != "" {
		listed, err := readPathList(opts.IO, opts.From)
		if err != nil {
			return nil, err
		}
		paths = append(append([]string(nil), paths...), listed...)
		where = strings.TrimPrefix(where+", the paths listed in "+opts.From, ", ")
	}
	targets, err := pack.Discover(paths)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	if len(targets) == 0 && !opts.AllowEmpty {
		return nil, usageErrorf("no pack found in %s: a pack is a folder with a kyc.yaml or with document files (--allow-empty accepts none)", where)
	}
	return sh.pick(targets), nil
}

func lintRun(opts *lintOptions) error {
	setup, err := setupLint(opts)
	if err != nil {
		return err
	}
	failOn, date := setup.failOn, setup.date
	meta := report.Meta{ToolVersion: opts.Factory.ShortVersion(), Ruleset: setup.resolver.Name(), Date: date.String(), FailOn: failOn,
		NoteMasked: opts.Redact == "auto", MaskPaths: opts.Redact == "always", Verbose: opts.Verbose,
		Shard: setup.shard.report()}
	outs, err := planOutputs(opts, failOn, meta)
	if err != nil {
		return err
	}
	targets, err := discoverTargets(opts, setup.shard)
	if err != nil {
		return err
	}
	if err := guardOutputs(outs, targets); err != nil {
		return err
	}
	defer abortOutputs(outs) // no temporary file outlives the run, whatever ends it
	for _, o := range outs {
		if err := o.start(opts.IO); err != nil {
			return usageErrorf("%w", err)
		}
	}
	store, err := openCache(opts.Cache, opts.Factory)
	if err != nil {
		return err
	}
	var results lint.ResultCache
	var packs lint.PackCache
	if store != nil {
		results, packs = store, store
		defer store.Close() // trims the cache when the run added to it
	}
	boundMemory(opts.IO, opts.Jobs)
	prog := newProgress(opts.IO, len(targets), opts.Quiet, opts.Factory.Now)
	verdict := verdict{maskPaths: meta.MaskPaths}
	ctx, stop := interruptible()
	defer stop()
	linted := 0
	err = lint.Stream(ctx, targets, lint.Options{Registry: opts.Factory.Registry, Resolve: setup.resolver.Resolve, Date: date, Jobs: opts.Jobs,
		Fingerprint: setup.op.base != nil, Cache: results, Packs: packs},
		func(r lint.PackResult) {
			r, packs := finishPack(setup.op, outs, r, opts.beforeReport)
			verdict.add(r, failOn)
			for i, o := range outs {
				o.add(packs[i])
			}
			linted++
			prog.tick()
		})
	prog.finish()
	if err != nil {
		return &exitError{code: ExitTrouble, err: fmt.Errorf("interrupted after %d of %d packs: no report file was written", linted, len(targets))}
	}
	setup.op.notes(opts.IO, meta.MaskPaths)
	if err := writeOutputs(outs, opts.IO); err != nil {
		return err
	}
	return verdict.exit()
}

// verdict accumulates what the exit status depends on, pack by pack.
type verdict struct {
	failed  bool
	crashed string // the first pack a rule crashed on
	// maskPaths masks the pack named in the message (--redact always).
	maskPaths bool
}

func (v *verdict) add(r lint.PackResult, failOn lint.Severity) {
	if r.Crashed && v.crashed == "" {
		v.crashed = r.Path
		if v.maskPaths {
			v.crashed = report.MaskPackPath(r.Path)
		}
	}
	for _, f := range r.Findings {
		if failOn != lint.Off && f.Severity >= failOn && f.Suppression == nil {
			v.failed = true
		}
	}
}

// exit derives the exit status from the results alone.
func (v *verdict) exit() error {
	if v.crashed != "" {
		return &exitError{code: ExitTrouble, err: fmt.Errorf("a rule crashed on %s; the report is incomplete", report.CleanName(v.crashed))}
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
		return pack.Date{}, usageErrorf("--date: %w", err)
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
// lets the heap double before reclaiming it. It also collects when the heap
// has grown by a quarter rather than doubled (unless GOGC is set): the live
// heap of a pack is small (about 9 MiB with an MRZ being read), its garbage
// is not, and on 12 MP identity photos this keeps a worker within its
// 16 MiB at no measurable cost in time.
func boundMemory(io *IOStreams, jobs int) {
	if io.Getenv("GOGC") == "" {
		debug.SetGCPercent(25)
	}
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
