package doccheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// MissingField reports documents whose manifest entry lacks a field that a
// reviewer reads from that kind of document.
var MissingField = lint.New(&lint.Rule{
	ID:            "document.missing-field",
	Title:         "a document lacks a field its type must show",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Reviewers compare the name, date of birth, number and dates printed on a document with the application; " +
		"a field that is not declared cannot be checked, here or by kyclint's other rules.",
	Hint: "Copy the missing fields from the document into its entry in kyc.yaml, exactly as printed.",
	Details: "The back of a two-sided card (`side: back`) is exempt: its printed fields are on the front. " +
		"A field present but unreadable (a date not in YYYY-MM-DD form) is reported by pack.manifest, not here.",
}, MissingFieldParams{Fields: map[string][]string{
	"identity": {"name", "date_of_birth", "expiry_date", "number"},
	"address":  {"name", "address", "issue_date"},
}}, func(p *lint.Pass, c MissingFieldParams) {
	for _, d := range p.Pack.Documents {
		if d.IsBackSide() {
			continue
		}
		var missing []string
		for _, f := range c.Fields[string(d.Category())] {
			if !d.Present(f) {
				missing = append(missing, f)
			}
		}
		if len(missing) == 0 {
			continue
		}
		p.Doc(d, "file", map[string]any{"missing": missing}, "",
			"%s (%s) does not declare %s", redact.FileOf(d.File), d.Type.Label(), strings.Join(missing, ", "))
	}
})

// MissingFieldParams are document.missing-field's parameters; kyclint init
// reads them to know which fields to ask for.
type MissingFieldParams struct {
	Fields map[string][]string `param:"fields" keys:"@categories" values:"name,date_of_birth,expiry_date,issue_date,number,nationality,sex,issuing_country,address,mrz" doc:"fields each category of document must declare"`
}
