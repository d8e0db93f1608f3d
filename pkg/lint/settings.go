package lint

import (
	"sync"

	"github.com/kyclint/kyclint/pkg/pack"
)

// Settings is what a rule set resolves to: for every rule its severity and
// parameter values, and the documents a pack must hold. The ruleset package
// builds Settings; rules only read them.
type Settings struct {
	ID        string // the rule set's id or file
	Rules     map[string]RuleSettings
	Documents DocumentPolicy
	// Custom holds the rule set's own rules (CEL expressions), run after
	// the registry's; their severities are in Rules like any other.
	Custom []*Rule
	// Analyses holds the settings of each shared analysis (see Analysis),
	// by name, as rule sets write them under analyses.
	Analyses map[string]map[string]any

	// configs caches each rule's typed parameters, built on first use;
	// Settings must not change once linting has started.
	mu      sync.Mutex
	configs map[any]any

	digestOnce sync.Once
	digestSum  *[32]byte // see digest
}

// config returns rule r's parameters under s as r's typed value (see New),
// or nil for a rule without typed parameters.
func (s *Settings) config(r *Rule) any {
	if r.config == nil {
		return nil
	}
	return s.cached(r, func() any { return r.config(s.Rules[r.ID].Params) })
}

// analysisConfig returns analysis a's settings under s as a's typed value.
func (s *Settings) analysisConfig(a Analyzer) any {
	return s.cached(a, func() any { return a.configFrom(s.Analyses[a.Name()]) })
}

// cached returns the typed value built for key, building it on first use.
func (s *Settings) cached(key any, build func() any) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.configs[key]; ok {
		return c
	}
	if s.configs == nil {
		s.configs = map[any]any{}
	}
	c := build()
	s.configs[key] = c
	return c
}

// RuleSettings is one rule's effective configuration.
type RuleSettings struct {
	Severity Severity
	Params   map[string]any
}

// A DocumentPolicy says which documents a pack needs, per category.
type DocumentPolicy map[pack.Category]CategoryPolicy

// A CategoryPolicy lists the accepted types of a category and how many
// documents of them a pack needs.
type CategoryPolicy struct {
	Accepted []pack.DocType
	Min      int
}

// Accepts reports whether the policy accepts type t within its category.
// A category the policy does not mention accepts every type.
func (dp DocumentPolicy) Accepts(t pack.DocType) bool {
	cp, ok := dp[t.Category()]
	if !ok || len(cp.Accepted) == 0 {
		return true
	}
	for _, a := range cp.Accepted {
		if a == t {
			return true
		}
	}
	return false
}

// Defaults returns settings holding every rule's default severity and
// parameters, the starting point that rule sets modify.
func Defaults(reg *Registry) *Settings {
	s := &Settings{Rules: map[string]RuleSettings{}, Documents: DocumentPolicy{}}
	for _, r := range reg.List() {
		params := make(map[string]any, len(r.Params))
		for _, p := range r.Params {
			params[p.Name] = p.Default
		}
		s.Rules[r.ID] = RuleSettings{Severity: r.Severity, Params: params}
	}
	s.Analyses = map[string]map[string]any{}
	for _, a := range reg.Analyzers() {
		params := make(map[string]any, len(a.Params()))
		for _, p := range a.Params() {
			params[p.Name] = p.Default
		}
		s.Analyses[a.Name()] = params
	}
	return s
}
