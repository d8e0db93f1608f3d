package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/i18n"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/pkg/suggest"
)

type explainOptions struct {
	Factory *Factory
	IO      *IOStreams
	Rules   []string
	All     bool
	Format  string
	RuleSet string // where custom rules are looked up
	Lang    string
}

func newCmdExplain(f *Factory) *cobra.Command {
	opts := &explainOptions{Factory: f, IO: f.IO}
	cmd := &cobra.Command{
		Use:   "explain RULE... | --all",
		Short: "Explain what a rule checks, why reviewers reject it and how to fix it",
		Long: "Explain rules: what each checks, why reviewers reject a pack for it, how to fix it, its\n" +
			"parameters with their defaults, and its value in every built-in rule set.\n\n" +
			"rules/README.md is `kyclint explain --all --format markdown`.",
		Example: "  kyclint explain image.blur\n  kyclint explain --all --format markdown > rules/README.md",
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Rules = args
			return explainRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.All, "all", false, "explain every rule")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "human", "output format: human or markdown")
	cmd.Flags().StringVarP(&opts.RuleSet, "rules", "r", "", "rule set whose custom.* rules to explain (default: .kyclint.yaml's, else base); .kyclint.yaml's own custom rules are found too")
	addLangFlag(cmd, &opts.Lang)
	return cmd
}

func explainRun(opts *explainOptions) error {
	reg := opts.Factory.Registry
	tr, err := translator(opts.IO, opts.Lang)
	if err != nil {
		return err
	}
	var rules []*lint.Rule
	switch {
	case opts.All && len(opts.Rules) > 0:
		return usageErrorf("give rule ids or --all, not both")
	case opts.All:
		rules = reg.List()
	case len(opts.Rules) == 0:
		return usageErrorf("name a rule (`kyclint rules` lists them) or pass --all")
	}
	var custom []*lint.Rule
	for _, id := range opts.Rules {
		if strings.HasPrefix(id, "custom.") {
			r, err := findCustom(opts, id)
			if err != nil {
				return err
			}
			custom = append(custom, r)
			continue
		}
		r, ok := reg.Lookup(id)
		if !ok {
			return usageErrorf("unknown rule %q%s; `kyclint rules` lists them", id, suggest.DidYouMean(id, reg.IDs()))
		}
		rules = append(rules, r)
	}
	sets, err := builtinSets(opts.Factory)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, r := range custom {
		explainCustom(&b, r)
	}
	switch opts.Format {
	case "human":
		for i, r := range rules {
			if i > 0 {
				b.WriteString("\n" + strings.Repeat("-", 72) + "\n\n")
			}
			explainText(&b, r, sets, tr)
		}
	case "markdown":
		explainMarkdown(&b, rules, sets)
	default:
		return usageErrorf("unknown format %q (valid: human, markdown)", opts.Format)
	}
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}

func builtinSets(f *Factory) ([]*ruleset.Set, error) {
	var sets []*ruleset.Set
	for _, id := range f.Loader.BuiltinIDs() {
		set, err := f.Loader.Load(id)
		if err != nil {
			return nil, err
		}
		sets = append(sets, set)
	}
	return sets, nil
}

// explainText writes a rule's explanation, translated by tr (nil for
// English); rule ids, parameter names and values stay as they are.
func explainText(b *strings.Builder, r *lint.Rule, sets []*ruleset.Set, tr *i18n.Translator) {
	fold := wrap
	if tr != nil {
		fold = wrapWide
	}
	fmt.Fprintf(b, "%s: %s\n\n", r.ID, tr.String(r.Title))
	fmt.Fprintf(b, "%s\n\n", tr.Sprintf("Default severity: %s", tr.String(r.Severity.String())))
	fmt.Fprintf(b, "%s\n  %s\n\n", tr.String("Why reviewers reject it"), fold(tr.String(r.Why), 2))
	fmt.Fprintf(b, "%s\n%s", tr.String("How to fix it"), stepsIn(tr.String(r.Hint), "  ", tr != nil))
	if r.Details != "" {
		fmt.Fprintf(b, "\n%s\n  %s\n", tr.String("Details"), fold(tr.String(r.Details), 2))
	}
	if len(r.Params) > 0 {
		fmt.Fprintf(b, "\n%s\n", tr.String("Parameters"))
		for _, p := range r.Params {
			fmt.Fprintf(b, "  %s\n    %s\n", tr.Sprintf("%s (%s, default %s)", p.Name, tr.String(p.Type.String()), formatValue(p.Default)), fold(tr.String(p.Doc), 4))
		}
	}
	fmt.Fprintf(b, "\n%s\n", tr.String("In the built-in rule sets"))
	for _, set := range sets {
		fmt.Fprintf(b, "  %-9s %s\n", set.ID, settingOf(r, set, tr))
	}
}

// settingOf is a rule's severity and parameters in a rule set, in one line.
func settingOf(r *lint.Rule, set *ruleset.Set, tr *i18n.Translator) string {
	rs := set.Settings.Rules[r.ID]
	line := tr.String(rs.Severity.String())
	for _, p := range r.Params {
		line += fmt.Sprintf("; %s = %s", p.Name, formatValue(rs.Params[p.Name]))
	}
	return line
}

// steps writes a hint as numbered steps when it has several sentences.
func steps(hint, indent string) string { return stepsIn(hint, indent, false) }

// stepsIn is steps for an English hint or, when wide, a Chinese one (whose
// sentences end in 。 and lines fold by display width).
func stepsIn(hint, indent string, wide bool) string {
	sentences, fold := splitSentences(hint), wrap
	if wide {
		sentences, fold = splitWideSentences(hint), wrapWide
	}
	if len(sentences) == 1 {
		return indent + fold(hint, len(indent)) + "\n"
	}
	var b strings.Builder
	for i, s := range sentences {
		fmt.Fprintf(&b, "%s%d. %s\n", indent, i+1, fold(s, len(indent)+3))
	}
	return b.String()
}

// splitWideSentences splits a Chinese text after each 。 or ；.
func splitWideSentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '。' || r == '；' {
			end := i + len(string(r))
			part := strings.TrimSpace(s[start:end])
			if strings.HasSuffix(part, "；") {
				part = strings.TrimSuffix(part, "；") + "。"
			}
			out = append(out, part)
			start = end
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// wrapWide folds text that may hold Chinese at about 96 columns, counting
// a wide character as two and breaking between wide characters or at
// spaces; existing line breaks are kept.
func wrapWide(s string, indent int) string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, width := "", 0
		word, wordWidth := "", 0
		flush := func() {
			// A line never starts with closing punctuation: it may overrun.
			closing := strings.ContainsAny(word, "、，。；：）」”") && wordWidth == 2
			if width+wordWidth > 96-indent && line != "" && !closing {
				lines = append(lines, strings.TrimRight(line, " "))
				line, width = strings.TrimLeft(word, " "), wordWidth
				if line != word {
					width--
				}
			} else {
				line += word
				width += wordWidth
			}
			word, wordWidth = "", 0
		}
		for _, r := range para {
			w := report.RuneWidth(r)
			if w == 2 || r == ' ' {
				flush()
			}
			word += string(r)
			wordWidth += w
			if w == 2 {
				flush()
			}
		}
		flush()
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return strings.Join(lines, "\n"+strings.Repeat(" ", indent))
}

// splitSentences splits at ". " and "; " boundaries, keeping the marks.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == ';') && s[i+1] == ' ' && i > 0 && s[i-1] != '.' && !strings.HasSuffix(s[:i], "e.g") && !strings.HasSuffix(s[:i], " St") {
			part := strings.TrimSpace(s[start : i+1])
			if strings.HasSuffix(part, ";") {
				part = strings.TrimSuffix(part, ";") + "."
			}
			out = append(out, capitalise(part))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, capitalise(rest))
	}
	return out
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
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
