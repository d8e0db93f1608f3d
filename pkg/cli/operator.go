package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kyclint/kyclint/pkg/config"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
	"github.com/kyclint/kyclint/pkg/triage"
)

// operatorFlags are the lint flags about a repository's own decisions:
// its .kyclint.yaml, its suppressions and its baseline.
type operatorFlags struct {
	Config         string
	NoConfig       bool
	NoSuppressions bool
	Baseline       string
	NoBaseline     bool
}

// An operator applies a repository's decisions to each pack's result:
// suppressions first, then the baseline.
type operator struct {
	cfg  *config.Config // nil without a configuration
	sup  *triage.Suppressor
	base *triage.Baseline // nil when no baseline applies
}

// loadConfig finds and validates .kyclint.yaml (or --config), before any
// pack is read; nil when there is none or --no-config.
func loadConfig(f *Factory, fl operatorFlags) (*config.Config, error) {
	if fl.NoConfig {
		if fl.Config != "" {
			return nil, usageErrorf("give --config or --no-config, not both")
		}
		return nil, nil
	}
	path := fl.Config
	if path == "" {
		found, err := config.Find(".")
		if err != nil || found == "" {
			return nil, err
		}
		path = found
	} else if _, err := os.Stat(path); err != nil {
		return nil, usageErrorf("--config %s: no such file", path)
	}
	cfg, err := config.Load(path, shortPath(path), f.Loader)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	return cfg, nil
}

// shortPath shows a path relative to the working folder when it lies below.
func shortPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	wd, _ := os.Getwd()
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// baselineFile is --baseline, else the file beside the configuration, else
// in the working folder.
func baselineFile(fl operatorFlags, cfg *config.Config) string {
	switch {
	case fl.Baseline != "":
		return fl.Baseline
	case cfg != nil:
		return shortPath(filepath.Join(cfg.Dir, triage.BaselineName))
	}
	return triage.BaselineName
}

// newOperator sets up suppressions and the baseline for a lint run.
func newOperator(fl operatorFlags, cfg *config.Config, date pack.Date) (*operator, error) {
	op := &operator{cfg: cfg}
	if cfg != nil && !fl.NoSuppressions {
		op.sup = triage.NewSuppressor(cfg, date)
	}
	if fl.NoBaseline {
		if fl.Baseline != "" {
			return nil, usageErrorf("give --baseline or --no-baseline, not both")
		}
		return op, nil
	}
	path := baselineFile(fl, cfg)
	if _, err := os.Stat(path); err != nil {
		if fl.Baseline != "" && errors.Is(err, os.ErrNotExist) {
			return nil, usageErrorf("--baseline %s: no such file (`kyclint baseline write` makes one)", path)
		}
		return op, nil
	}
	base, err := triage.OpenBaseline(path)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	op.base = base
	return op, nil
}

// apply marks suppressed findings and drops baselined ones.
func (op *operator) apply(r *lint.PackResult) {
	if op.sup != nil {
		op.sup.Apply(r)
	}
	if op.base != nil {
		op.base.Filter(r)
	}
}

// notes tells stderr about expired and unused suppressions and stale
// baseline entries; maskPaths masks the packs named (--redact always).
func (op *operator) notes(io *IOStreams, maskPaths bool) {
	if op.sup != nil {
		for _, n := range op.sup.Notes() {
			fmt.Fprintf(io.ErrOut, "kyclint: note: %s\n", n)
		}
	}
	if op.base == nil {
		return
	}
	if stale := op.base.Stale(); len(stale) > 0 {
		fmt.Fprintf(io.ErrOut, "kyclint: note: %d %s of %s matched nothing (fixed, or the file changed); `kyclint baseline prune` drops them:\n",
			len(stale), plural(len(stale), "entry", "entries"), op.base.Path)
		for _, e := range stale {
			pack := e.Pack
			if maskPaths {
				pack = report.MaskPackPath(pack)
			}
			fmt.Fprintf(io.ErrOut, "  %s  %s\n", pack, e.Rule)
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
