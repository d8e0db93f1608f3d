package cli

import (
	"bytes"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kyclint/kyclint/pkg/i18n"
)

// langUsage is the help of --lang.
const langUsage = "language of the human report, explain and this help: en, zh-CN or zh-TW (default from LC_ALL, LC_MESSAGES or LANG)"

func addLangFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "lang", "", langUsage)
}

// translator resolves --lang, or the locale when it is not given; an
// unknown --lang value is a usage error, an unknown locale English.
func translator(io *IOStreams, lang string) (*i18n.Translator, error) {
	if lang == "" {
		return i18n.For(i18n.FromEnv(io.Getenv)), nil
	}
	l, err := i18n.Parse(lang)
	if err != nil {
		return nil, usageErrorf("--lang: %w", err)
	}
	return i18n.For(l), nil
}

// translateHelp makes a command's --help follow --lang: its descriptions,
// flag help and headings are translated before cobra's help runs. Examples
// stay as they are: they are commands.
func translateHelp(cmd *cobra.Command, f *Factory, lang *string) {
	cmd.SetHelpFunc(func(c *cobra.Command, args []string) {
		tr, err := translator(f.IO, *lang)
		if err != nil || tr == nil {
			defaultHelp(c, args)
			return
		}
		c.Short, c.Long = tr.String(c.Short), tr.String(c.Long)
		c.Flags().VisitAll(func(fl *pflag.Flag) { fl.Usage = tr.String(fl.Usage) })
		c.InheritedFlags().VisitAll(func(fl *pflag.Flag) { fl.Usage = tr.String(fl.Usage) })
		c.SetUsageTemplate(tr.String("Usage:") + `{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasExample}}

` + tr.String("Examples:") + `
{{.Example}}{{end}}{{if .HasAvailableLocalFlags}}

` + tr.String("Flags:") + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + tr.String("Global Flags:") + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}
`)
		var b bytes.Buffer
		out := c.OutOrStdout()
		c.SetOut(&b)
		defaultHelp(c, args)
		c.SetOut(out)
		text := strings.ReplaceAll(b.String(), " (default ", " "+tr.String("(default "))
		text = strings.ReplaceAll(text, " [flags]", " "+tr.String("[flags]"))
		_, _ = out.Write([]byte(text))
	})
}

// defaultHelp is cobra's own help function (that of a command with no
// parent and no help function of its own).
var defaultHelp = (&cobra.Command{}).HelpFunc()
