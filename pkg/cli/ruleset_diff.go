package cli

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// rulesetDiff prints every value that differs between two merged rule sets,
// one line each: "documents.address.accepted: [a, b] -> [a]".
func rulesetDiff(f *Factory, a, b string) error {
	sa, err := f.Loader.Load(a)
	if err != nil {
		return usageErrorf("%w", err)
	}
	sb, err := f.Loader.Load(b)
	if err != nil {
		return usageErrorf("%w", err)
	}
	lines := diffSets(f, sa, sb)
	fmt.Fprintf(f.IO.Out, "--- %s (%s)\n+++ %s (%s)\n", sa.ID, sa.File, sb.ID, sb.File)
	if len(lines) == 0 {
		fmt.Fprintln(f.IO.Out, "no differences")
	}
	for _, l := range lines {
		fmt.Fprintln(f.IO.Out, l)
	}
	return nil
}

func diffSets(f *Factory, a, b *ruleset.Set) []string {
	var out []string
	add := func(key, va, vb string) {
		if va != vb {
			out = append(out, fmt.Sprintf("%s: %s -> %s", key, va, vb))
		}
	}
	for _, cat := range []pack.Category{pack.Identity, pack.AddressProof, pack.SelfieCat} {
		ca, cb := a.Settings.Documents[cat], b.Settings.Documents[cat]
		add("documents."+string(cat)+".accepted", typeList(ca.Accepted), typeList(cb.Accepted))
		add("documents."+string(cat)+".min", fmt.Sprint(ca.Min), fmt.Sprint(cb.Min))
	}
	for _, r := range f.Registry.List() {
		ra, rb := a.Settings.Rules[r.ID], b.Settings.Rules[r.ID]
		add("rules."+r.ID+".severity", ra.Severity.String(), rb.Severity.String())
		for _, p := range r.Params {
			add("rules."+r.ID+"."+p.Name, formatValue(ra.Params[p.Name]), formatValue(rb.Params[p.Name]))
		}
	}
	diffCustom(a, b, add)
	for _, an := range f.Registry.Analyzers() {
		for _, p := range an.Params() {
			add("analyses."+an.Name()+"."+p.Name, formatValue(a.Settings.Analyses[an.Name()][p.Name]), formatValue(b.Settings.Analyses[an.Name()][p.Name]))
		}
	}
	return out
}

func typeList(ts []pack.DocType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return "[" + strings.Join(s, ", ") + "]"
}
