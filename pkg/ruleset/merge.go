package ruleset

import (
	"maps"
	"slices"

	"github.com/kyclint/kyclint/pkg/lint"
)

// merge applies a file over its parent (or over the rules' defaults): a value
// the file writes replaces the parent's whole, so a list or mapping never
// mixes two files' entries in ways hard to read back.
func (l *Loader) merge(src *source, doc *fileDoc, parent *Set) *Set {
	s := &Set{ID: doc.id, Name: doc.name, Description: doc.description, Layer: doc.layer, Extends: doc.extends,
		File: src.display, Builtin: src.builtin, Origins: map[string]string{}}
	if s.ID == "" {
		s.ID = src.display
	}
	if parent == nil {
		s.Settings = lint.Defaults(l.Registry)
	} else {
		s.Settings = clone(parent.Settings)
		s.Chain = append(s.Chain, parent.Chain...)
		maps.Copy(s.Origins, parent.Origins)
		if s.Name == "" {
			// A file without a name of its own is not the set it extends:
			// reports and `kyclint rules` name it by its file.
			s.Name = "extends " + parent.ID
		}
		if s.Layer == "" {
			s.Layer = parent.Layer
		}
	}
	s.Settings.ID = s.ID
	s.Chain = append(s.Chain, src.display)
	for cat, cd := range doc.documents {
		cp := s.Settings.Documents[cat]
		if cd.accepted != nil {
			cp.Accepted = cd.accepted
		}
		if cd.minSet {
			cp.Min = cd.min
		}
		s.Settings.Documents[cat] = cp
		s.Origins["documents."+string(cat)] = src.display
	}
	for _, rd := range doc.rules {
		rs := s.Settings.Rules[rd.id]
		if rd.sevSet {
			rs.Severity = rd.severity
			s.Origins["rules."+rd.id+".severity"] = src.display
		}
		for k, v := range rd.params {
			rs.Params[k] = v
			s.Origins["rules."+rd.id+"."+k] = src.display
		}
		s.Settings.Rules[rd.id] = rs
	}
	for _, ad := range doc.analyses {
		for k, v := range ad.params {
			s.Settings.Analyses[ad.name][k] = v
			s.Origins["analyses."+ad.name+"."+k] = src.display
		}
	}
	s.Settings.Custom = AddCustom(s.Settings, doc.custom)
	for _, r := range doc.custom {
		s.Origins["custom."+r.ID] = src.display
	}
	return s
}

// AddCustom returns settings' custom rules with rules added, a rule of the
// same id replacing the earlier one, and records each rule's severity.
func AddCustom(settings *lint.Settings, rules []*lint.Rule) []*lint.Rule {
	out := make([]*lint.Rule, 0, len(settings.Custom)+len(rules))
	for _, old := range settings.Custom {
		if !slices.ContainsFunc(rules, func(r *lint.Rule) bool { return r.ID == old.ID }) {
			out = append(out, old)
		}
	}
	for _, r := range rules {
		out = append(out, r)
		settings.Rules[r.ID] = lint.RuleSettings{Severity: r.Severity, Params: map[string]any{}}
	}
	return out
}

// clone copies settings deeply enough that merging a child never changes
// its parent (parameter values themselves are replaced, never mutated).
func clone(in *lint.Settings) *lint.Settings {
	out := &lint.Settings{ID: in.ID, Rules: make(map[string]lint.RuleSettings, len(in.Rules)), Documents: lint.DocumentPolicy{}}
	for id, rs := range in.Rules {
		out.Rules[id] = lint.RuleSettings{Severity: rs.Severity, Params: maps.Clone(rs.Params)}
	}
	out.Analyses = make(map[string]map[string]any, len(in.Analyses))
	for name, params := range in.Analyses {
		out.Analyses[name] = maps.Clone(params)
	}
	maps.Copy(out.Documents, in.Documents)
	out.Custom = slices.Clone(in.Custom)
	return out
}
