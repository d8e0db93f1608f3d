package addresscheck

import (
	"fmt"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Recency reports proofs of address issued longer ago than the rule set accepts.
var Recency = lint.New(&lint.Rule{
	ID:            "address.recency",
	Title:         "a proof of address is too old",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A proof of address shows where the applicant lives now only if it is recent: 3 months is the common " +
		"limit for bills and statements; tax notices issued once a year are usually accepted for 12 months.",
	Hint: "Use a bill or statement issued within the limit (3 months for most documents). " +
		"Download the latest one from your provider's website or app, or ask the bank for a current statement.",
}, recencyParams{MaxAgeDays: 90, ByType: map[string]int{}}, func(p *lint.Pass, c recencyParams) {
	for _, d := range datedProofs(p) {
		limit := c.MaxAgeDays
		if v, ok := c.ByType[string(d.Type)]; ok {
			limit = v
		}
		age := d.IssueDate.DaysUntil(p.Date)
		if age <= limit {
			continue
		}
		p.Doc(d, "issue_date", map[string]any{"age_days": age, "max_age_days": limit, "issue_date": d.IssueDate.String()},
			fmt.Sprintf("Use a %s issued on or after %s.", d.Type.Label(), p.Date.AddDays(-limit)),
			"%s (%s) was issued on %s, %d days before %s; the limit is %d days", d.File, d.Type.Label(), d.IssueDate, age, p.Date, limit)
	}
})

type recencyParams struct {
	MaxAgeDays int            `param:"max_age_days" min:"0" doc:"oldest accepted issue date, in days before the lint date"`
	ByType     map[string]int `param:"by_type" keys:"@address_types" doc:"max_age_days for particular document types, e.g. tax_notice: 365"`
}

// Words lists the address-proof document types, the keys of by_type.
func (recencyParams) Words() map[string][]string {
	var types []string
	for _, t := range pack.DocTypes {
		if t.Category() == pack.AddressProof {
			types = append(types, string(t))
		}
	}
	return map[string][]string{"address_types": types}
}
