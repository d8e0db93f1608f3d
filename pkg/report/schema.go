package report

import (
	"bytes"
	_ "embed"
)

//go:embed schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the json format's
// report, as `kyclint schema report` prints it.
func Schema() []byte { return bytes.Clone(schema) }
