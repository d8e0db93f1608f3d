package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/pack"
)

func newCmdRuleset(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ruleset",
		Short: "List, show and validate rule sets",
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "list",
			Short: "List the built-in rule sets",
			Args:  cobra.NoArgs,
			RunE:  func(cmd *cobra.Command, args []string) error { return rulesetList(f) },
		},
		&cobra.Command{
			Use:   "show ID|FILE",
			Short: "Print a rule set merged with everything it extends, with the file that set each value",
			Args:  cobra.ExactArgs(1),
			RunE:  func(cmd *cobra.Command, args []string) error { return rulesetShow(f, args[0]) },
		},
		&cobra.Command{
			Use:   "diff A B",
			Short: "Show what changes between two rule sets (ids or files)",
			Example: "  kyclint ruleset diff gb gb+binance      # what Binance adds on top of the UK's rules\n" +
				"  kyclint ruleset diff gb ./our-rules.yaml",
			Args: cobra.ExactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error { return rulesetDiff(f, args[0], args[1]) },
		},
		&cobra.Command{
			Use:   "validate FILE...",
			Short: "Check rule-set files without linting anything",
			Args:  cobra.MinimumNArgs(1),
			RunE:  func(cmd *cobra.Command, args []string) error { return rulesetValidate(f, args) },
		},
		newCmdRulesetTest(f),
	)
	return cmd
}

func rulesetList(f *Factory) error {
	tw := tabwriter.NewWriter(f.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLAYER\tEXTENDS\tNAME\tSUMMARY")
	for _, id := range f.Loader.BuiltinIDs() {
		set, err := f.Loader.Load(id)
		if err != nil {
			return err
		}
		ext := set.Extends
		if ext == "" {
			ext = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", set.ID, orDash(set.Layer), ext, set.Name, set.Description)
	}
	return tw.Flush()
}

func rulesetShow(f *Factory, ref string) error {
	set, err := f.Loader.Load(ref)
	if err != nil {
		return usageErrorf("%w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s, merged from %s\n", set.ID, strings.Join(set.Chain, " <- "))
	fmt.Fprintf(&b, "# a comment names the file that set each value; \"default\" is the rule's own default\n")
	fmt.Fprintf(&b, "id: %s\nname: %s\n", set.ID, set.Name)
	if set.Extends != "" {
		fmt.Fprintf(&b, "extends: %s\n", set.Extends)
	}
	origin := func(key string) string {
		if o, ok := set.Origins[key]; ok {
			return o
		}
		return "default"
	}
	b.WriteString("documents:\n")
	for _, cat := range []pack.Category{pack.Identity, pack.AddressProof, pack.SelfieCat} {
		cp, ok := set.Settings.Documents[cat]
		if !ok {
			continue
		}
		types := make([]string, len(cp.Accepted))
		for i, t := range cp.Accepted {
			types[i] = string(t)
		}
		fmt.Fprintf(&b, "  %s:  # %s\n    accepted: [%s]\n    min: %d\n", cat, origin("documents."+string(cat)), strings.Join(types, ", "), cp.Min)
	}
	b.WriteString("rules:\n")
	for _, r := range f.Registry.List() {
		rs := set.Settings.Rules[r.ID]
		fmt.Fprintf(&b, "  %s:\n    severity: %s  # %s\n", r.ID, rs.Severity, origin("rules."+r.ID+".severity"))
		for _, p := range r.Params {
			fmt.Fprintf(&b, "    %s: %s  # %s\n", p.Name, formatValue(rs.Params[p.Name]), origin("rules."+r.ID+"."+p.Name))
		}
	}
	showCustom(&b, set)
	if as := f.Registry.Analyzers(); len(as) > 0 {
		b.WriteString("analyses:\n")
		for _, a := range as {
			if len(a.Params()) == 0 {
				continue
			}
			fmt.Fprintf(&b, "  %s:\n", a.Name())
			for _, p := range a.Params() {
				key := "analyses." + a.Name() + "." + p.Name
				fmt.Fprintf(&b, "    %s: %s  # %s\n", p.Name, formatValue(set.Settings.Analyses[a.Name()][p.Name]), origin(key))
			}
		}
	}
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}

func rulesetValidate(f *Factory, files []string) error {
	bad := 0
	for _, file := range files {
		set, err := f.Loader.Load(file)
		if err != nil {
			fmt.Fprintf(f.IO.ErrOut, "%v\n", err)
			bad++
			continue
		}
		fmt.Fprintf(f.IO.Out, "%s: ok (%s)\n", file, strings.Join(set.Chain, " <- "))
	}
	if bad > 0 {
		return &exitError{code: ExitTrouble, err: fmt.Errorf("%d of %d rule-set files invalid", bad, len(files))}
	}
	return nil
}
