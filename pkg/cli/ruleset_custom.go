package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// customRules returns a rule set's custom: rules sorted by id.
func customRules(set *ruleset.Set) []*lint.Rule {
	rules := append([]*lint.Rule(nil), set.Settings.Custom...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules
}

// customSeverity is a custom rule's severity under the set, which a later
// file may have changed.
func customSeverity(set *ruleset.Set, r *lint.Rule) lint.Severity {
	if rs, ok := set.Settings.Rules[r.ID]; ok {
		return rs.Severity
	}
	return r.Severity
}

// showCustom writes the custom: section of `ruleset show`.
func showCustom(b *strings.Builder, set *ruleset.Set) {
	rules := customRules(set)
	if len(rules) == 0 {
		return
	}
	b.WriteString("custom:\n")
	for _, r := range rules {
		fmt.Fprintf(b, "  - id: %s  # %s\n    severity: %s\n    message: %q\n", r.ID, set.Origins["custom."+r.ID], customSeverity(set, r), r.Title)
	}
}

// diffCustom lists custom rules one set has and the other lacks, or whose
// severity or message differs.
func diffCustom(a, b *ruleset.Set, add func(key, va, vb string)) {
	describe := func(set *ruleset.Set) map[string]string {
		m := map[string]string{}
		for _, r := range set.Settings.Custom {
			m[r.ID] = fmt.Sprintf("%s %q", customSeverity(set, r), r.Title)
		}
		return m
	}
	da, db := describe(a), describe(b)
	ids := make([]string, 0, len(da)+len(db))
	for id := range da {
		ids = append(ids, id)
	}
	for id := range db {
		if _, ok := da[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		add(id, orAbsent(da[id]), orAbsent(db[id]))
	}
}

func orAbsent(s string) string {
	if s == "" {
		return "(absent)"
	}
	return s
}

// customEntries lists a rule set's custom rules for `kyclint rules`.
func customEntries(set *ruleset.Set) []ruleEntry {
	var out []ruleEntry
	for _, r := range customRules(set) {
		out = append(out, ruleEntry{ID: r.ID, Severity: customSeverity(set, r).String(), Default: r.Severity.String(),
			Title: r.Title, Params: map[string]any{}})
	}
	return out
}
