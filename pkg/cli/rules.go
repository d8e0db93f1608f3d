package cli

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/ruleset"
)

type rulesOptions struct {
	IO      *IOStreams
	Factory *Factory
	Rules   string
	Format  string
}

func newCmdRules(f *Factory) *cobra.Command {
	opts := &rulesOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule with its severity and parameters under a rule set",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return rulesRun(opts) },
	}
	cmd.Flags().StringVarP(&opts.Rules, "rules", "r", "base", "rule set `ID|FILE`: a built-in id, JURISDICTION+PLATFORM such as gb+binance, or a YAML file")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "human", "output format: human or json")
	return cmd
}

// ruleEntry is one rule in `kyclint rules --format json`.
type ruleEntry struct {
	ID       string         `json:"id"`
	Severity string         `json:"severity"`
	Default  string         `json:"default_severity"`
	Title    string         `json:"title"`
	Params   map[string]any `json:"params"`
}

func rulesRun(opts *rulesOptions) error {
	set, err := opts.Factory.Loader.Load(opts.Rules)
	if err != nil {
		return usageErrorf("%w", err)
	}
	entries := make([]ruleEntry, 0, len(opts.Factory.Registry.List()))
	for _, r := range opts.Factory.Registry.List() {
		rs := set.Settings.Rules[r.ID]
		entries = append(entries, ruleEntry{ID: r.ID, Severity: rs.Severity.String(), Default: r.Severity.String(),
			Title: r.Title, Params: rs.Params})
	}
	entries = append(entries, customEntries(set)...)
	switch opts.Format {
	case "json":
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"ruleset": set.ID, "rules": entries})
	case "human":
		return writeRulesTable(opts.IO, set, entries)
	}
	return usageErrorf("unknown format %q (valid: human, json)", opts.Format)
}

func writeRulesTable(io *IOStreams, set *ruleset.Set, entries []ruleEntry) error {
	fmt.Fprintf(io.Out, "Rules under %s (%s):\n\n", set.ID, set.Name)
	tw := tabwriter.NewWriter(io.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tCHECKS")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", e.ID, e.Severity, e.Title)
		for _, k := range sortedKeys(e.Params) {
			fmt.Fprintf(tw, "  %s\t\t= %s\n", k, formatValue(e.Params[k]))
		}
	}
	return tw.Flush()
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// formatValue writes a parameter value as it would be written in YAML.
func formatValue(v any) string {
	switch x := v.(type) {
	case []string:
		return "[" + strings.Join(x, ", ") + "]"
	case map[string]int:
		parts := []string{}
		for _, k := range sortedKeys(x) {
			parts = append(parts, fmt.Sprintf("%s: %d", k, x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case map[string]float64:
		parts := []string{}
		for _, k := range sortedKeys(x) {
			parts = append(parts, fmt.Sprintf("%s: %g", k, x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case map[string][]string:
		parts := []string{}
		for _, k := range sortedKeys(x) {
			parts = append(parts, k+": "+formatValue(x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case int64:
		return formatBytes(x)
	}
	return fmt.Sprint(v)
}

// formatBytes writes a size with a unit when it is a whole number of them:
// decimal ones first ("2 MB", 2 000 000 bytes, as platforms write limits),
// then binary ones ("10 KiB").
func formatBytes(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1e9, "GB"}, {1e6, "MB"}, {1e3, "KB"}, {1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	return fmt.Sprint(n)
}
