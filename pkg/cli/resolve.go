package cli

import (
	"sync"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// resolver chooses each pack's rule set: --rules when given (loaded and
// validated before any pack is read), else the manifest's jurisdiction,
// else base. Built-ins named by manifests are loaded once and shared.
type resolver struct {
	loader *ruleset.Loader
	fixed  *ruleset.Set

	mu    sync.Mutex
	cache map[string]*ruleset.Set
}

const defaultRuleset = "base"

func newResolver(f *Factory, rules string) (*resolver, error) {
	r := &resolver{loader: f.Loader, cache: map[string]*ruleset.Set{}}
	if rules != "" {
		set, err := f.Loader.Load(rules)
		if err != nil {
			return nil, err
		}
		r.fixed = set
		return r, nil
	}
	base, err := f.Loader.Load(defaultRuleset)
	if err != nil {
		return nil, err
	}
	r.cache[defaultRuleset] = base
	return r, nil
}

// name is what the report's top-level ruleset says.
func (r *resolver) name() string {
	if r.fixed != nil {
		return r.fixed.ID
	}
	return "auto"
}

func (r *resolver) resolve(p *pack.Pack) (*lint.Settings, *pack.Problem) {
	if r.fixed != nil {
		return r.fixed.Settings, nil
	}
	if p.Manifest == nil {
		return r.cache[defaultRuleset].Settings, nil
	}
	var problem *pack.Problem
	id := defaultRuleset
	if j := p.Manifest.Jurisdiction; j != "" {
		if ruleset.IsFile(j) {
			problem = r.problem(p, "jurisdiction", "names a file; a manifest may only name a built-in rule set: %q", j)
		} else if set, err := r.builtin(j); err != nil {
			problem = r.problem(p, "jurisdiction", "%v; linted with base", err)
		} else {
			id = set.ID
		}
	}
	// A platform rule set extends a jurisdiction or base itself, so when the
	// manifest names one it is the set to apply.
	if pl := p.Manifest.Platform; pl != "" && problem == nil {
		if set, err := r.builtin(pl); err != nil {
			problem = r.problem(p, "platform", "platform: %v; the platform's own rules were not applied", err)
		} else {
			id = set.ID
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cache[id].Settings, problem
}

func (r *resolver) builtin(id string) (*ruleset.Set, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.cache[id]; ok {
		return s, nil
	}
	s, err := r.loader.Load(id)
	if err != nil {
		return nil, err
	}
	r.cache[id] = s
	return s, nil
}

func (r *resolver) problem(p *pack.Pack, key, format string, args ...any) *pack.Problem {
	return &pack.Problem{Rule: "pack.manifest", File: p.ManifestFile, Line: p.Manifest.Lines[key],
		Text: redact.Textf(format, args...), Hint: "Name a built-in rule set (`kyclint ruleset list`), or pass --rules."}
}
