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
	Details: "The date judged is the one address.recency judges: the declared issue_date when the document's text " +
		"prints it or has no text, else the statement date printed in the document.",
	Requires: textRequires,
	Run: func(p *lint.Pass) {
		for _, d := range proofs(p) {
			issued, where := judgedIssueDate(p, d)
			if issued.IsZero() {
				continue
			}
			ahead := p.Date.DaysUntil(issued)
			if ahead <= 0 {
				continue
			}
			file, line := p.Where(d, "issue_date")
			hint := "" // the rule's own, about the declared date
			if where.page != 0 {
				hint = "The document itself prints a date after the lint date: upload the genuine, unaltered statement, " +
					"or lint with --date set to the day the pack will be submitted."
			}
			p.Report(lint.Finding{File: file, Line: line, Hint: hint,
				Data: where.data(map[string]any{"days_ahead": ahead, "issue_date": issued.String()}),
				Message: redact.Textf("%s (%s) is dated %s%s, %d days after %s",
					redact.FileOf(d.File), d.Type.Label(), redact.DateOf(issued.String()), where.says(), ahead, p.Date)})
		}
	},
}
