package report

import (
	"encoding/json"
	"io"
)

type jsonWriter struct{}

var _ Writer = jsonWriter{}

func (jsonWriter) Write(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
