package cli

import (
	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

// schemaOptions are the argument of `kyclint schema`.
type schemaOptions struct {
	IO   *IOStreams
	Name string
}

// schemas maps each name `kyclint schema` accepts to its JSON Schema.
var schemas = map[string]func() []byte{
	"report":   report.Schema,
	"manifest": pack.ManifestSchema,
}

func newCmdSchema(f *Factory, runF func(*schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{IO: f.IO}
	return &cobra.Command{
		Use:   "schema report|manifest",
		Short: "Print the JSON Schema of kyclint's JSON report or of a pack manifest",
		Long: "Print a JSON Schema (draft 2020-12): `report`, which every `kyclint lint --format json` report validates\n" +
			"against, or `manifest`, for editors that check kyc.yaml as it is typed (kyclint's own checks of a\n" +
			"manifest go further and name the line).",
		Example:   "  kyclint schema report > kyclint-report.schema.json\n  kyclint schema manifest > kyc.schema.json",
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"report", "manifest"},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
}

func schemaRun(opts *schemaOptions) error {
	s, ok := schemas[opts.Name]
	if !ok {
		return usageErrorf("unknown schema %q (valid: manifest, report)", opts.Name)
	}
	_, err := opts.IO.Out.Write(s())
	return err
}
