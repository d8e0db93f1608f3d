// Package engine holds what a lint run needs between the command line (or
// the library) and the rules: choosing each pack's rule set.
package engine

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/kyclint/kyclint/pkg/config"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// A Resolver chooses each pack's rule set: the fixed one when given
// (loaded and validated before any pack is read), else the manifest's
// jurisdiction with its platform's rules layered on top, else base.
// Built-ins named by manifests are loaded once and shared. It is safe for
// concurrent use.
type Resolver struct {
	loader *ruleset.Loader
	fixed  *ruleset.Set
	cfg    *config.Config // overrides and custom rules of .kyclint.yaml, or nil

	mu         sync.Mutex
	cache      map[string]*ruleset.Set
	configured map[string]*lint.Settings // settings with the configuration applied, by set and overrides
}

// DefaultRuleset is the rule set of a pack whose manifest names none.
const DefaultRuleset = "base"

// NewResolver returns a resolver that lints every pack with rules (a
// built-in id or a rule set file) or, when rules is "", with what each
// manifest names. cfg, when not nil, puts a repository configuration's
// per-folder settings and custom rules on top.
func NewResolver(loader *ruleset.Loader, rules string, cfg *config.Config) (*Resolver, error) {
	r := &Resolver{loader: loader, cfg: cfg, cache: map[string]*ruleset.Set{}, configured: map[string]*lint.Settings{}}
	if rules != "" {
		set, err := loader.Load(rules)
		if err != nil {
			return nil, err
		}
		r.fixed = set
		return r, nil
	}
	base, err := loader.Load(DefaultRuleset)
	if err != nil {
		return nil, err
	}
	r.cache[DefaultRuleset] = base
	return r, nil
}

// Name is what the report's top-level ruleset says: the fixed rule set's
// id, or "auto" when each manifest chooses.
func (r *Resolver) Name() string {
	if r.fixed != nil {
		return r.fixed.ID
	}
	return "auto"
}

// Resolve returns p's settings, and a problem to report on p when its
// manifest asked for something unusable, such as an unknown jurisdiction.
// It is a lint.Options.Resolve.
func (r *Resolver) Resolve(p *pack.Pack) (*lint.Settings, *pack.Problem) {
	s, problem := r.ruleset(p)
	return r.configure(p, s), problem
}

// configure puts the configuration's overrides for p and its custom rules
// on top of a rule set's settings, sharing the result between packs.
func (r *Resolver) configure(p *pack.Pack, s *lint.Settings) *lint.Settings {
	if r.cfg == nil {
		return s
	}
	key := s.ID + "\x00" + r.cfg.OverrideKey(p.Dir)
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.configured[key]; ok {
		return c
	}
	c := r.cfg.Settings(p.Dir, s)
	r.configured[key] = c
	return c
}

func (r *Resolver) ruleset(p *pack.Pack) (*lint.Settings, *pack.Problem) {
	if r.fixed != nil {
		return r.fixed.Settings, nil
	}
	base, _ := r.builtin(DefaultRuleset)
	if p.Manifest == nil {
		return base.Settings, nil
	}
	set, problem := base, (*pack.Problem)(nil)
	if j := p.Manifest.Jurisdiction; j != "" {
		s, err := r.named(j)
		if err == nil {
			err = ruleset.CheckLayer(s, "jurisdiction")
		}
		if err != nil {
			problem = r.problem(p, "jurisdiction", j, "jurisdiction: %v; linted with base", err)
		} else {
			set = s
		}
	}
	// A platform's rules go on top of the jurisdiction's: what both accept,
	// with the platform's stricter policy.
	if pl := p.Manifest.Platform; pl != "" && problem == nil {
		s, err := r.named(pl)
		if err == nil {
			err = ruleset.CheckLayer(s, "platform")
		}
		switch {
		case err != nil:
			problem = r.problem(p, "platform", pl, "platform: %v; the platform's own rules were not applied", err)
		case set == base:
			set = s
		default:
			set = r.layered(set, s)
		}
	}
	return set.Settings, problem
}

// named loads a built-in named by a manifest; a manifest may not name a file.
func (r *Resolver) named(id string) (*ruleset.Set, error) {
	if ruleset.IsFile(id) {
		return nil, fmt.Errorf("%q is a file; a manifest may only name a built-in rule set", id)
	}
	return r.builtin(id)
}

func (r *Resolver) layered(j, p *ruleset.Set) *ruleset.Set {
	key := j.ID + "+" + p.ID
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.cache[key]; ok {
		return s
	}
	s := ruleset.Layer(j, p)
	r.cache[key] = s
	return s
}

func (r *Resolver) builtin(id string) (*ruleset.Set, error) {
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

// problem reports the manifest's key, whose value the message quotes: a
// value typed into the wrong field may be personal, so the masked message
// hides it.
func (r *Resolver) problem(p *pack.Pack, key, value, format string, args ...any) *pack.Problem {
	text := redact.Textf(format, args...)
	if quoted := strconv.Quote(value); strings.Contains(text.Masked, quoted) {
		text.Masked = strings.ReplaceAll(text.Masked, quoted, strconv.Quote(redact.SecretOf(value).Masked()))
	}
	return &pack.Problem{Kind: pack.ManifestProblem, File: p.ManifestFile, Line: p.Manifest.Lines[key],
		Text: text, Hint: "Name a built-in rule set (`kyclint ruleset list`), or pass --rules."}
}
