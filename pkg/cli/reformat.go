package cli

import (
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/report"
)

// reformatOptions are the flags and argument of `kyclint reformat`.
type reformatOptions struct {
	IO      *IOStreams
	Factory *Factory

	Input  string // a JSON report file, or - for standard input
	Format string
	Output string
	FailOn string
	Lang   string
}

func newCmdReformat(f *Factory, runF func(*reformatOptions) error) *cobra.Command {
	opts := &reformatOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "reformat --format FORMAT REPORT",
		Short: "Render a saved JSON or NDJSON report in another format",
		Long: "Render a report saved with `kyclint lint --format json` (or ndjson) in any format, so that a batch\n" +
			"is linted once and reported many ways. REPORT may be - for standard input.\n\n" +
			"Exit status: 0 the report was rendered, whatever it found; 2 bad flag, format or report.",
		Example: "  kyclint lint -f json=kyclint.json packs/\n" +
			"  kyclint reformat --format sarif --output kyclint.sarif kyclint.json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input = args[0]
			if runF != nil {
				return runF(opts)
			}
			return reformatRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Format, "format", "f", "human", "output format: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (atomically) instead of stdout")
	fl.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity a junit test case fails on: error, warning, info, never")
	addLangFlag(cmd, &opts.Lang)
	return cmd
}

func reformatRun(opts *reformatOptions) error {
	failOn, err := parseFailOn(opts.FailOn)
	if err != nil {
		return err
	}
	tr, err := translator(opts.IO, opts.Lang)
	if err != nil {
		return err
	}
	toTerminal := opts.Output == "" && opts.IO.IsStdoutTTY()
	w, err := report.New(opts.Format, report.Options{Color: toTerminal && opts.IO.ColorEnabled(),
		Rules: ruleDocs(opts.Factory), FailOn: failOn, Lang: tr})
	if err != nil {
		return usageErrorf("%w", err)
	}
	if opts.Output != "" {
		if err := newOutputGuard(nil).checkFile("--output", opts.Output); err != nil {
			return err
		}
	}
	rep, err := readReport(opts.IO, opts.Input)
	if err != nil {
		return err
	}
	if err := writeReport(opts.IO, opts.Output, func(out io.Writer) error { return w.Write(out, rep) }); err != nil {
		return usageErrorf("%s report: %w", opts.Format, err)
	}
	return nil
}

// readReport reads a saved JSON report from a file, or from stdin for -.
func readReport(streams *IOStreams, name string) (*report.Report, error) {
	in, label := streams.In, "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageErrorf("reading %s: %w", name, err)
		}
		defer f.Close()
		in, label = f, name
	}
	rep, err := report.Read(in)
	if err != nil {
		return nil, usageErrorf("reading %s: %w", label, err)
	}
	return rep, nil
}
