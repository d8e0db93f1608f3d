package config

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/celrule"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/suggest"
)

func (p *parser) suppression(n *yaml.Node) error {
	s := &Suppression{Line: n.Line}
	err := p.mapping(n, "a suppression", suppressionKeys, func(k, v *yaml.Node) error {
		val, err := p.str(k.Value, v)
		if err != nil {
			return err
		}
		switch k.Value {
		case "rule":
			if !p.knownRule(val) {
				names := ruleNames(p.loader.Registry)
				return p.errorf(v.Line, "unknown rule %q%s; valid: %s, or custom.NAME", val,
					suggest.DidYouMean(val, names), strings.Join(names, ", "))
			}
			s.Rule = val
		case "packs", "file":
			if !validGlob(val) {
				return p.errorf(v.Line, "%s: %q is not a valid glob", k.Value, val)
			}
			if k.Value == "packs" {
				s.Packs = val
			} else {
				s.File = val
			}
		case "reason":
			s.Reason = strings.TrimSpace(val)
		case "expires":
			d, derr := pack.ParseDate(val)
			if derr != nil {
				return p.errorf(v.Line, "expires: %v", derr)
			}
			s.Expires = d
		}
		return nil
	})
	if err != nil {
		return err
	}
	for key, val := range map[string]string{"rule": s.Rule, "packs": s.Packs, "reason": s.Reason} {
		if val == "" {
			return p.errorf(n.Line, "a suppression needs %s; every suppression names a rule, a packs glob and the reason it is accepted", key)
		}
	}
	p.cfg.Suppressions = append(p.cfg.Suppressions, s)
	return nil
}

func (p *parser) knownRule(id string) bool {
	if _, ok := p.loader.Registry.Lookup(id); ok {
		return true
	}
	if group, ok := strings.CutSuffix(id, ".*"); ok {
		return slices.ContainsFunc(p.loader.Registry.List(), func(r *lint.Rule) bool { return r.Group() == group }) ||
			group == "custom"
	}
	return strings.HasPrefix(id, celrule.Prefix) && len(id) > len(celrule.Prefix)
}

// Source is where the suppression is written, "FILE:LINE".
func (s *Suppression) Source(file string) string { return fmt.Sprintf("%s:%d", file, s.Line) }

// Covers reports whether the suppression names the rule.
func (s *Suppression) Covers(rule string) bool {
	if group, ok := strings.CutSuffix(s.Rule, ".*"); ok {
		return strings.HasPrefix(rule, group+".")
	}
	return s.Rule == rule
}

// Expired reports whether the suppression no longer applies on date.
func (s *Suppression) Expired(date pack.Date) bool {
	return !s.Expires.IsZero() && s.Expires.Before(date)
}
