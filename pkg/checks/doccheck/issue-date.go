package doccheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// IssueDate reports identity documents whose declared issue date cannot be
// right: after the lint date, or after the document's own expiry date.
// Proofs of address dated in the future are address.future-date's.
var IssueDate = &lint.Rule{
	ID:            "document.issue-date",
	Title:         "an identity document's issue date is impossible",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A document cannot be issued after the day it is submitted, nor after it expires; a reviewer reads either " +
		"as a typing slip at best and a forged document at worst.",
	Hint: "Copy the date of issue from the document into kyc.yaml exactly; it is often printed beside the expiry date, " +
		"which is easy to take for it.",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if d.Category() != pack.Identity || d.IssueDate.IsZero() {
				continue
			}
			if ahead := p.Date.DaysUntil(d.IssueDate); ahead > 0 {
				p.Doc(d, "issue_date", map[string]any{"days_ahead": ahead, "issue_date": d.IssueDate.String()}, "",
					"%s (%s) was issued on %s, %d %s after %s", redact.FileOf(d.File), d.Type.Label(), redact.DateOf(d.IssueDate.String()), ahead, plural(ahead, "day"), p.Date)
				continue
			}
			if !d.ExpiryDate.IsZero() && d.ExpiryDate.DaysUntil(d.IssueDate) > 0 {
				p.Doc(d, "issue_date", map[string]any{"issue_date": d.IssueDate.String(), "expiry_date": d.ExpiryDate.String()}, "",
					"%s (%s) was issued on %s, after its expiry date %s", redact.FileOf(d.File), d.Type.Label(), redact.DateOf(d.IssueDate.String()), redact.DateOf(d.ExpiryDate.String()))
			}
		}
	},
}
