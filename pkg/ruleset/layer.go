package ruleset

import (
	"maps"
	"slices"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Layer puts a platform's rule set on top of a jurisdiction's, for a
// manifest that names both. Every value the platform's own files set
// (beyond the files the jurisdiction already includes, such as base)
// replaces the jurisdiction's, except the accepted documents: a document
// must be accepted by both, so those lists are intersected, and the larger
// minimum count wins.
func Layer(jurisdiction, platform *Set) *Set {
	s := &Set{ID: jurisdiction.ID + "+" + platform.ID, Name: jurisdiction.Name + " with " + platform.Name,
		Layer: "platform", Extends: jurisdiction.ID, File: platform.File,
		Settings: clone(jurisdiction.Settings), Origins: maps.Clone(jurisdiction.Origins)}
	s.Settings.ID = s.ID
	s.Chain = append(slices.Clone(jurisdiction.Chain), platform.Chain...)
	s.Settings.Custom = AddCustom(s.Settings, platform.Settings.Custom)
	for key, file := range platform.Origins {
		if slices.Contains(jurisdiction.Chain, file) || strings.HasPrefix(key, "custom.") {
			continue
		}
		s.Origins[key] = file
		if cat, ok := strings.CutPrefix(key, "documents."); ok {
			s.Settings.Documents[pack.Category(cat)] = both(jurisdiction.Settings.Documents[pack.Category(cat)],
				platform.Settings.Documents[pack.Category(cat)])
			continue
		}
		if rest, ok := strings.CutPrefix(key, "analyses."); ok {
			name, param, _ := strings.Cut(rest, ".")
			s.Settings.Analyses[name][param] = platform.Settings.Analyses[name][param]
			continue
		}
		rest, _ := strings.CutPrefix(key, "rules.")
		id, param := splitRuleKey(rest)
		rs := s.Settings.Rules[id]
		prs := platform.Settings.Rules[id]
		if param == "severity" {
			rs.Severity = prs.Severity
		} else {
			rs.Params[param] = prs.Params[param]
		}
		s.Settings.Rules[id] = rs
	}
	return s
}

// splitRuleKey splits "file.size.max_bytes" into the rule id and parameter:
// rule ids have exactly one dot.
func splitRuleKey(key string) (string, string) {
	group, rest, _ := strings.Cut(key, ".")
	name, param, _ := strings.Cut(rest, ".")
	return group + "." + name, param
}

func both(a, b lint.CategoryPolicy) lint.CategoryPolicy {
	out := lint.CategoryPolicy{Min: max(a.Min, b.Min)}
	switch {
	case len(a.Accepted) == 0:
		out.Accepted = b.Accepted
	case len(b.Accepted) == 0:
		out.Accepted = a.Accepted
	default:
		for _, t := range a.Accepted {
			if slices.Contains(b.Accepted, t) {
				out.Accepted = append(out.Accepted, t)
			}
		}
		if out.Accepted == nil {
			out.Accepted = []pack.DocType{}
		}
	}
	return out
}
