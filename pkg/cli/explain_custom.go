package cli

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// findCustom finds a custom rule in the chosen rule set (--rules, else
// .kyclint.yaml's rules, else base) or in .kyclint.yaml's custom rules.
func findCustom(opts *explainOptions, id string) (*lint.Rule, error) {
	cfg, err := loadConfig(opts.Factory, operatorFlags{})
	if err != nil {
		return nil, err
	}
	ref := opts.RuleSet
	if ref == "" && cfg != nil {
		ref = cfg.Rules
	}
	if ref == "" {
		ref = defaultRuleset
	}
	set, err := opts.Factory.Loader.Load(ref)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	candidates := set.Settings.Custom
	if cfg != nil {
		candidates = append(candidates[:len(candidates):len(candidates)], cfg.Custom...)
	}
	var ids []string
	for _, r := range candidates {
		if r.ID == id {
			return r, nil
		}
		ids = append(ids, r.ID)
	}
	known := "it defines none"
	if len(ids) > 0 {
		known = "it defines " + strings.Join(ids, ", ")
	}
	return nil, usageErrorf("unknown custom rule %q in rule set %s and .kyclint.yaml; %s (pass --rules FILE)", id, set.ID, known)
}

// explainCustom prints a custom rule with its expression as written.
func explainCustom(b *strings.Builder, r *lint.Rule) {
	fmt.Fprintf(b, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(b, "Severity: %s\n\n", r.Severity)
	fmt.Fprintf(b, "How to fix it\n  %s\n\n", wrap(r.Hint, 2))
	fmt.Fprintf(b, "%s\n", r.Details)
}
