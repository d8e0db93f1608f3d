package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/suggest"
)

func newCmdExplain(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain what a rule checks, why reviewers reject it and how to fix it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rule, ok := f.Registry.Lookup(args[0])
			if !ok {
				return usageErrorf("unknown rule %q%s; `kyclint rules` lists them", args[0], suggest.DidYouMean(args[0], f.Registry.IDs()))
			}
			return explainRule(f, rule)
		},
	}
}

func explainRule(f *Factory, r *lint.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "Default severity: %s\n\n", r.Severity)
	fmt.Fprintf(&b, "Why reviewers reject it\n  %s\n\n", wrap(r.Why, 2))
	fmt.Fprintf(&b, "How to fix it\n  %s\n", wrap(r.Hint, 2))
	if r.Details != "" {
		fmt.Fprintf(&b, "\nDetails\n  %s\n", wrap(r.Details, 2))
	}
	if len(r.Params) > 0 {
		fmt.Fprintf(&b, "\nParameters\n")
		for _, p := range r.Params {
			fmt.Fprintf(&b, "  %s (%s, default %s)\n    %s\n", p.Name, p.Type, formatValue(p.Default), p.Doc)
		}
	}
	fmt.Fprintf(&b, "\nIn the built-in rule sets\n")
	for _, id := range f.Loader.BuiltinIDs() {
		set, err := f.Loader.Load(id)
		if err != nil {
			return err
		}
		rs := set.Settings.Rules[r.ID]
		line := fmt.Sprintf("  %-8s %s", id, rs.Severity)
		for _, p := range r.Params {
			line += fmt.Sprintf("; %s = %s", p.Name, formatValue(rs.Params[p.Name]))
		}
		b.WriteString(line + "\n")
	}
	_, err := fmt.Fprint(f.IO.Out, b.String())
	return err
}

// wrap folds text at about 96 columns, indenting continuation lines.
func wrap(s string, indent int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > 96-indent {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n"+strings.Repeat(" ", indent))
}
