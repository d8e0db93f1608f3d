package doccheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
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
		"A field present but unreadable (a date not in YYYY-MM-DD form) is reported by pack.manifest, not here. " +
		"A proof of address PDF whose text shows the addressee, the address or the statement date need not " +
		"declare them: the address rules check what it prints.",
	Requires: []lint.Analyzer{analysis.Statement},
}, MissingFieldParams{Fields: map[string][]string{
	"identity": {"name", "date_of_birth", "expiry_date", "number"},
	"address":  {"name", "address", "issue_date"},
}}, func(p *lint.Pass, c MissingFieldParams) {
	for _, d := range p.Pack.Documents {
		if d.IsBackSide() {
			continue
		}
		printed := printedFields(p, d)
		var missing []string
		for _, f := range c.Fields[string(d.Category())] {
			if !d.Present(f) && !printed[f] {
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

// printedFields names the fields a proof of address shows in its own text,
// which the address rules read when kyc.yaml leaves them out.
func printedFields(p *lint.Pass, d *pack.Document) map[string]bool {
	if d.Category() != pack.AddressProof {
		return nil
	}
	st := analysis.Statement.Of(p, d)
	if !st.Read {
		return nil
	}
	return map[string]bool{"name": st.Name != nil, "address": st.Address != nil, "issue_date": st.Date != nil}
}

// MissingFieldParams are document.missing-field's parameters; kyclint init
// reads them to know which fields to ask for.
type MissingFieldParams struct {
	Fields map[string][]string `param:"fields" keys:"@categories" values:"name,date_of_birth,expiry_date,issue_date,number,nationality,sex,issuing_country,address,mrz" doc:"fields each category of document must declare"`
}
