package cli

import (
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/redact"
)

type mrzOptions struct {
	IO     *IOStreams
	Lines  []string
	Format string
	Image  bool // Lines are image files to read the zone from
	Redact string
	reveal bool // show names, numbers and birth dates (decided from Redact)
}

// maxMRZInput bounds what `kyclint mrz` reads from stdin: a zone is at most
// three lines of 44 characters.
const maxMRZInput = 64 << 10

func newCmdMRZ(f *Factory) *cobra.Command {
	opts := &mrzOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "mrz [LINE... | --image FILE...]",
		Short: "Parse and check an ICAO 9303 machine readable zone",
		Long: "Parse a passport, identity card or visa MRZ (TD1, TD2, TD3, MRV-A, MRV-B) and check every\n" +
			"check digit. Give the 2 or 3 lines as arguments, or on standard input.\n\n" +
			"Exit status: 0 valid, 1 invalid, 2 usage error.\n\n" +
			"With --image, read the zone from each photo or scan given, as kyclint lint does; the JSON adds\n" +
			"source, found and read (each line's text and per-character confidence, corrections, characters\n" +
			"in doubt), and valid means the check digits hold and no character is in doubt (one object per\n" +
			"file, an array for several). Exit status: 0 read and valid, 1 read but not valid, 2 no zone\n" +
			"found (or a file that cannot be read); the highest over the files.",
		Example: "  kyclint mrz 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'\n" +
			"  pbpaste | kyclint mrz --format json\n" +
			"  kyclint mrz --image --format json passport.jpg",
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Lines = args
			return mrzRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "human", "output format: human or json")
	cmd.Flags().BoolVar(&opts.Image, "image", false, "read the zone from the image files given instead of text")
	cmd.Flags().StringVar(&opts.Redact, "redact", "auto", "mask names, numbers and the birth date: auto (shown only in human output on a terminal outside CI), always, never")
	return cmd
}

func mrzRun(opts *mrzOptions) error {
	if opts.Format != "human" && opts.Format != "json" {
		return usageErrorf("unknown format %q (valid: human, json)", opts.Format)
	}
	var err error
	if opts.reveal, err = revealPersonal(opts.Redact, opts.Format, opts.IO.IsStdoutTTY(), opts.IO.InCI()); err != nil {
		return err
	}
	if opts.Image {
		return mrzImageRun(opts)
	}
	text := strings.Join(opts.Lines, "\n")
	if len(opts.Lines) == 0 {
		data, err := io.ReadAll(io.LimitReader(opts.IO.In, maxMRZInput+1))
		if err != nil {
			return usageErrorf("reading standard input: %w", err)
		}
		if len(data) > maxMRZInput {
			return usageErrorf("standard input is over %d bytes; an MRZ is 2 or 3 lines", maxMRZInput)
		}
		text = string(data)
	}
	if strings.TrimSpace(text) == "" {
		return usageErrorf("no MRZ given: pass its lines as arguments or on standard input")
	}
	var rep mrz.Report
	zone, err := mrz.Parse(text)
	var perr *mrz.Error
	switch {
	case err == nil:
		rep = zone.Report()
	case errors.As(err, &perr):
		rep = perr.Report()
	default:
		return usageErrorf("%w", err)
	}
	if !opts.reveal {
		maskMRZFields(rep.Fields)
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(opts.IO.Out); err != nil {
		return err
	}
	if !rep.Valid {
		return &exitError{code: ExitFailed}
	}
	return nil
}

// mrzPersonal says how each personal field of a zone is masked.
var mrzPersonal = map[string]func(string) redact.Value{
	"surname": redact.NameOf, "given_names": redact.NameOf,
	"document_number": redact.NumberOf, "optional_data": redact.NumberOf, "optional_data_2": redact.NumberOf,
	"birth_date": redact.DateOf,
}

// maskMRZFields masks, in place, the fields of a zone that identify its
// holder, as lint's --redact does; the codes, sex and expiry date stay.
func maskMRZFields(fields mrz.Object[string]) {
	for i, f := range fields {
		if of, ok := mrzPersonal[f.Key]; ok && f.Value != "" {
			fields[i].Value = of(f.Value).Masked()
		}
	}
}
