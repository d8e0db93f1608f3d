// Package kyclint lints KYC document packs from Go, with the results the
// kyclint command reports.
//
// [Lint] finds the packs under some paths, as `kyclint lint PATH...` does,
// and lints each with the rule set its manifest asks for: its jurisdiction,
// with its platform's rules layered on top, else base. [Options.Rules] fixes
// one rule set for every pack instead, and [Options.Config] applies a
// repository's .kyclint.yaml. A context ends a run early; a panic while
// linting a pack gives that pack a crashed result ([PackResult.Crashed])
// and the others are linted as usual.
package kyclint

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/config"
	"github.com/kyclint/kyclint/pkg/engine"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/pkg/triage"
	"github.com/kyclint/kyclint/rules"
)

// A PackResult is the outcome of linting one pack: its findings, sorted as
// every report sorts them.
type PackResult = lint.PackResult

// A Finding is one problem found in a pack.
type Finding = lint.Finding

// Options configure a run. The zero value lints each pack with its
// manifest's rule set, as of today, with one pack per CPU at once.
type Options struct {
	// Rules is the command's --rules: a built-in rule set id ("gb") or a
	// rule set file, for every pack. "" lets each manifest choose.
	Rules string
	// Date is the day date rules judge against (Date's calendar day in its
	// location); the zero Time means today.
	Date time.Time
	// Jobs is how many packs are linted at once; 0 means one per CPU.
	Jobs int
	// Config is a repository configuration (.kyclint.yaml) to apply: its
	// rule set when Rules is "", its rule settings for packs under some
	// folders, its custom rules and its suppressions. "" applies none; the
	// command looks for one from the working folder, a library does not.
	Config string
	// Baseline is a baseline file (.kyclint-baseline.json) whose recorded
	// findings are left out, as the command leaves them out; "" applies
	// none.
	Baseline string

	// beforeResolve, when set (by tests), runs before each pack's rule set
	// is chosen.
	beforeResolve func(*pack.Pack)
}

// A Result is the outcome of a run.
type Result struct {
	// Ruleset is what a report says of the whole run: Options.Rules (or the
	// configuration's), or "auto" when each manifest chose.
	Ruleset string
	// Packs holds one result per pack found (each pack once, however many
	// paths name it), sorted by path as the command's reports are.
	Packs []PackResult
}

// Lint lints the packs found under paths (pack folders, manifests,
// document files, or folders searched for packs) and returns their results.
// A bad rule set, configuration or path is an error before any pack is read;
// finding no pack is not.
//
// When ctx ends before every pack was linted, Lint begins no further pack,
// waits for those in progress, and returns their results (the first packs)
// with ctx.Err().
func Lint(ctx context.Context, paths []string, opt Options) (*Result, error) {
	var packs []PackResult
	set, err := stream(ctx, paths, opt, func(r PackResult) { packs = append(packs, r) })
	if set == "" {
		return nil, err
	}
	if packs == nil {
		packs = []PackResult{}
	}
	return &Result{Ruleset: set, Packs: packs}, err
}

// Stream is Lint calling emit with each pack's result as soon as it and
// every earlier one are done, instead of keeping them: memory stays bounded
// however many packs there are. emit is called from one goroutine at a time.
func Stream(ctx context.Context, paths []string, opt Options, emit func(PackResult)) error {
	_, err := stream(ctx, paths, opt, emit)
	return err
}

// stream runs Stream and also returns the run's rule set name, "" when the
// run could not start.
func stream(ctx context.Context, paths []string, opt Options, emit func(PackResult)) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	r, err := prepare(opt)
	if err != nil {
		return "", err
	}
	targets, err := pack.Discover(paths)
	if err != nil {
		return "", err
	}
	resolve := r.resolver.Resolve
	if opt.beforeResolve != nil {
		resolve = func(p *pack.Pack) (*lint.Settings, *pack.Problem) {
			opt.beforeResolve(p)
			return r.resolver.Resolve(p)
		}
	}
	err = lint.Stream(ctx, targets, lint.Options{Registry: r.registry, Resolve: resolve, Date: r.date, Jobs: opt.Jobs,
		Fingerprint: r.baseline != nil}, func(res PackResult) {
		// The command's order: suppressions first, then the baseline.
		if r.suppressor != nil {
			r.suppressor.Apply(&res)
		}
		if r.baseline != nil {
			r.baseline.Filter(&res)
		}
		emit(res)
	})
	return r.resolver.Name(), err
}

// A run is what a run checked and loaded before reading any pack.
type run struct {
	registry   *lint.Registry
	resolver   *engine.Resolver
	date       pack.Date
	suppressor *triage.Suppressor
	baseline   *triage.Baseline
}

func prepare(opt Options) (*run, error) {
	if opt.Jobs < 0 {
		return nil, fmt.Errorf("kyclint: Jobs must be 0 or more, not %d", opt.Jobs)
	}
	reg := checks.Registry()
	loader := &ruleset.Loader{Registry: reg, Builtins: rules.FS}
	r := &run{registry: reg, date: pack.DateOf(opt.Date)}
	if opt.Date.IsZero() {
		r.date = pack.DateOf(time.Now())
	}
	var cfg *config.Config
	if opt.Config != "" {
		var err error
		if cfg, err = config.Load(opt.Config, opt.Config, loader); err != nil {
			return nil, err
		}
		r.suppressor = triage.NewSuppressor(cfg, r.date)
	}
	set := opt.Rules
	if set == "" && cfg != nil {
		set = cfg.Rules
	}
	var err error
	if r.resolver, err = engine.NewResolver(loader, set, cfg); err != nil {
		return nil, err
	}
	if opt.Baseline != "" {
		if _, err := os.Stat(opt.Baseline); err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
		if r.baseline, err = triage.OpenBaseline(opt.Baseline); err != nil {
			return nil, err
		}
	}
	return r, nil
}
