package lint

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// A Rule is one check. Rules are values listed in one place
// (pkg/checks/all.go); a rule set configures them but cannot add Go code.
type Rule struct {
	ID       string   // stable id, "group.name"
	Title    string   // what it checks: lower-case, no period, at most 60 characters
	Why      string   // why reviewers reject a pack for it
	Hint     string   // how to fix it, one or more sentences ending with a period
	Details  string   // optional longer notes for `kyclint explain`
	Severity Severity // default severity
	Params   []Param
	// Replaced names parameters the rule no longer has, each with what took
	// its place, so that a rule set written for an older kyclint is told
	// what to write instead.
	Replaced map[string]string
	// NeedsManifest skips the rule for folders without a manifest, whose
	// declared data is unknown.
	NeedsManifest bool
	// Requires lists the shared analyses the rule reads (see Analysis).
	Requires []Analyzer
	// Definition identifies a rule made at run time, such as a rule set's
	// CEL rule: two rules with the same ID, texts and Definition check the
	// same. A pack result is kept in a PackCache only when every custom
	// rule of its rule set has one; the registry's rules leave it empty.
	Definition string
	// Run does the check. A rule with parameters is made by New, which
	// sets Params and Run from a typed declaration.
	Run func(*Pass)

	config  func(values map[string]any) any // builds the typed parameters; set by New
	declErr error                           // a malformed parameter declaration, from New
}

// Group returns the part of the id before the dot.
func (r *Rule) Group() string {
	g, _, _ := strings.Cut(r.ID, ".")
	return g
}

// Param returns the parameter named name, or nil.
func (r *Rule) Param(name string) *Param {
	for i := range r.Params {
		if r.Params[i].Name == name {
			return &r.Params[i]
		}
	}
	return nil
}

// ParamNames lists the rule's parameter names.
func (r *Rule) ParamNames() []string {
	names := make([]string, len(r.Params))
	for i, p := range r.Params {
		names[i] = p.Name
	}
	return names
}

// Validate checks that a rule is well formed: the documentation habits that
// `kyclint explain` and the generated rule pages rely on.
func (r *Rule) Validate() error {
	switch {
	case r.ID == "" || strings.ToLower(r.ID) != r.ID || !strings.Contains(r.ID, "."):
		return fmt.Errorf("rule id %q must be lower-case group.name", r.ID)
	case r.Title == "" || len(r.Title) > 60 || strings.HasSuffix(r.Title, ".") || unicode.IsUpper([]rune(r.Title)[0]):
		return fmt.Errorf("rule %s: title %q must be lower-case, at most 60 characters, with no period", r.ID, r.Title)
	case r.Why == "":
		return fmt.Errorf("rule %s: no Why", r.ID)
	case !strings.HasSuffix(r.Hint, "."):
		return fmt.Errorf("rule %s: hint must end with a period", r.ID)
	case r.Severity == Off:
		return fmt.Errorf("rule %s: default severity must not be off", r.ID)
	case r.Run == nil:
		return fmt.Errorf("rule %s: no Run function", r.ID)
	case r.declErr != nil:
		return fmt.Errorf("rule %s: %w", r.ID, r.declErr)
	case len(r.Params) > 0 && r.config == nil:
		return fmt.Errorf("rule %s: parameters are declared with lint.New, as a typed struct", r.ID)
	}
	for _, p := range r.Params {
		if err := p.validate(); err != nil {
			return fmt.Errorf("rule %s: %w", r.ID, err)
		}
	}
	return nil
}

// A Registry is the ordered list of known rules.
type Registry struct {
	rules     []*Rule
	byID      map[string]*Rule
	analyzers []Analyzer
}

// NewRegistry indexes rules, sorted by id; it fails on a malformed or
// duplicate rule.
func NewRegistry(rules []*Rule) (*Registry, error) {
	reg := &Registry{byID: map[string]*Rule{}}
	for _, r := range rules {
		if err := r.Validate(); err != nil {
			return nil, err
		}
		if _, dup := reg.byID[r.ID]; dup {
			return nil, fmt.Errorf("rule %s is listed twice", r.ID)
		}
		reg.byID[r.ID] = r
		reg.rules = append(reg.rules, r)
		for _, a := range r.Requires {
			if err := reg.addAnalyzer(a); err != nil {
				return nil, fmt.Errorf("rule %s: %w", r.ID, err)
			}
		}
	}
	sort.Slice(reg.analyzers, func(i, j int) bool { return reg.analyzers[i].Name() < reg.analyzers[j].Name() })
	sort.Slice(reg.rules, func(i, j int) bool { return reg.rules[i].ID < reg.rules[j].ID })
	return reg, nil
}

func (reg *Registry) addAnalyzer(a Analyzer) error {
	for _, b := range reg.analyzers {
		switch {
		case a == b:
			return nil
		case a.Name() == b.Name():
			return fmt.Errorf("two analyses are named %s", a.Name())
		}
	}
	if err := a.validate(); err != nil {
		return err
	}
	reg.analyzers = append(reg.analyzers, a)
	for _, b := range a.requires() {
		if err := reg.addAnalyzer(b); err != nil {
			return err
		}
	}
	return nil
}

// Analyzers returns the analyses the rules require, sorted by name.
func (reg *Registry) Analyzers() []Analyzer { return reg.analyzers }

// Analyzer returns the analysis named name.
func (reg *Registry) Analyzer(name string) (Analyzer, bool) {
	for _, a := range reg.analyzers {
		if a.Name() == name {
			return a, true
		}
	}
	return nil, false
}

// List returns the rules sorted by id.
func (reg *Registry) List() []*Rule { return reg.rules }

// Lookup returns the rule with the given id.
func (reg *Registry) Lookup(id string) (*Rule, bool) {
	r, ok := reg.byID[id]
	return r, ok
}

// IDs lists every rule id, sorted.
func (reg *Registry) IDs() []string {
	ids := make([]string, len(reg.rules))
	for i, r := range reg.rules {
		ids[i] = r.ID
	}
	return ids
}
