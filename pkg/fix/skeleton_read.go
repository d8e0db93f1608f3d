package fix

import (
	"slices"
	"strings"
)

// A Reading is what kyclint read from a document file itself, to fill in
// its entry of kyc.yaml: values by manifest key, and where they came from.
type Reading struct {
	// Values maps manifest keys (name, number, date_of_birth, mrz…) to
	// what was read; a value with newlines is written as a block.
	Values map[string]string
	// From says where, for the comment beside each value: "the photo's
	// MRZ", "the PDF text".
	From string
	// Note is added to every value's comment: a correction made, a doubt.
	Note string
	// Missed, when nothing was read, says why, for a comment above the
	// empty fields ("no machine readable zone found in the photo").
	Missed string
}

// readOrder is the order of keys a reading fills beyond the rule set's
// fields for the document.
var readOrder = []string{"name", "number", "date_of_birth", "expiry_date", "nationality", "sex", "address", "issue_date", "mrz"}

// entryKeys returns the keys of a document's entry: the rule set's fields
// first, then what was read besides, in readOrder.
func entryKeys(fields []string, r Reading) []string {
	keys := slices.Clone(fields)
	for _, k := range readOrder {
		if _, ok := r.Values[k]; ok && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// writeField writes one key of an entry: the value read, with where it
// came from, or empty with the hint of what to copy.
func writeField(b *strings.Builder, key string, r Reading) {
	v, ok := r.Values[key]
	if !ok {
		line(b, "    "+key+":", fieldHints[key])
		return
	}
	comment := "read from " + r.From
	if r.Note != "" {
		comment += " (" + r.Note + ")"
	}
	if !strings.Contains(v, "\n") {
		line(b, "    "+key+": "+yamlString(v), comment)
		return
	}
	line(b, "    "+key+": |", comment)
	for _, l := range strings.Split(strings.TrimRight(v, "\n"), "\n") {
		b.WriteString("      " + l + "\n")
	}
}
