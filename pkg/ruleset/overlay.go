package ruleset

import (
	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/lint"
)

// An Overlay is rule settings written outside a rule set, in the shape of a
// rule set's `rules:` (a repository configuration's overrides), to be put
// on top of whatever rule set a pack resolves to.
type Overlay struct {
	rules []ruleDoc
}

// ParseOverlay reads a `rules:` mapping, validated as in a rule set.
func (l *Loader) ParseOverlay(file string, n *yaml.Node) (*Overlay, error) {
	doc := &fileDoc{}
	if err := l.parseRules(file, n, doc); err != nil {
		return nil, err
	}
	return &Overlay{rules: doc.rules}, nil
}

// Apply returns a copy of s with the overlay's values on top.
func (o *Overlay) Apply(s *lint.Settings) *lint.Settings {
	out := clone(s)
	for _, rd := range o.rules {
		rs := out.Rules[rd.id]
		if rd.sevSet {
			rs.Severity = rd.severity
		}
		for k, v := range rd.params {
			rs.Params[k] = v
		}
		out.Rules[rd.id] = rs
	}
	return out
}
