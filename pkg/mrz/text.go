package mrz

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteText renders the report for a person: the format and verdict, the
// fields, each check digit's verdict, then the errors with their place.
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	format, verdict := string(r.Format), "valid"
	if format == "" {
		format = "not a machine readable zone"
	}
	if !r.Valid {
		verdict = "invalid"
	}
	fmt.Fprintf(tw, "format\t%s\n", format)
	fmt.Fprintf(tw, "verdict\t%s\n", verdict)
	for _, f := range r.Fields {
		value := f.Value
		if value == "" {
			value = "-" // an empty field still shows it was read
		}
		fmt.Fprintf(tw, "%s\t%s\n", label(f.Key), value)
	}
	for _, c := range r.CheckDigits {
		state := "ok"
		if !c.Value {
			state = "FAILS"
		}
		fmt.Fprintf(tw, "%s check digit\t%s\n", label(c.Key), state)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "error: %s\n", e.Error()); err != nil {
			return err
		}
	}
	return nil
}
