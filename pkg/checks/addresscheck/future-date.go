package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

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
				"%s (%s) is dated %s, %d days after %s", redact.FileOf(d.File), d.Type.Label(), redact.DateOf(d.IssueDate.String()), ahead, p.Date)
		}
	},
}
