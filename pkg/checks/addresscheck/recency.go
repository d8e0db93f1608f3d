// Package addresscheck holds the address.* rules: proofs of address against
// the rule set and the declared address.
package addresscheck

import (
	"fmt"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Recency reports proofs of address issued longer ago than the rule set accepts.
var Recency = &lint.Rule{
	ID:            "address.recency",
	Title:         "a proof of address is too old",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A proof of address shows where the applicant lives now only if it is recent: 3 months is the common " +
		"limit for bills and statements; tax notices issued once a year are usually accepted for 12 months.",
	Hint: "Use a bill or statement issued within the limit (3 months for most documents). " +
		"Download the latest one from your provider's website or app, or ask the bank for a current statement.",
	Params: []lint.Param{
		{Name: "max_age_days", Type: lint.IntParam, Default: 90, Min: 0, Doc: "oldest accepted issue date, in days before the lint date"},
		{Name: "by_type", Type: lint.IntMapParam, Default: map[string]int{}, Keys: addressTypes(),
			Doc: "max_age_days for particular document types, e.g. tax_notice: 365"},
	},
	Run: func(p *lint.Pass) {
		byType := p.IntMap("by_type")
		for _, d := range datedProofs(p) {
			limit := p.Int("max_age_days")
			if v, ok := byType[string(d.Type)]; ok {
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
	},
}

// FutureDate reports proofs of address dated after the lint date: a typing
// slip, or a document that reviewers will treat as forged.
var FutureDate = &lint.Rule{
	ID:            "address.future-date",
	Title:         "a proof of address is dated in the future",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "A document issued after the day it is submitted cannot be genuine; verification services decline it as manipulated.",
	Hint:          "Check the issue date in kyc.yaml against the document; correct the typing slip.",
	Run: func(p *lint.Pass) {
		for _, d := range datedProofs(p) {
			ahead := p.Date.DaysUntil(d.IssueDate)
			if ahead <= 0 {
				continue
			}
			p.Doc(d, "issue_date", map[string]any{"days_ahead": ahead, "issue_date": d.IssueDate.String()}, "",
				"%s (%s) is dated %s, %d days after %s", d.File, d.Type.Label(), d.IssueDate, ahead, p.Date)
		}
	},
}

func datedProofs(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.Category() == pack.AddressProof && !d.IssueDate.IsZero() {
			out = append(out, d)
		}
	}
	return out
}

func addressTypes() []string {
	var out []string
	for _, t := range pack.DocTypes {
		if t.Category() == pack.AddressProof {
			out = append(out, string(t))
		}
	}
	return out
}
