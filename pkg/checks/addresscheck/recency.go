package addresscheck

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
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
	Details: "A PDF with a text layer is read as a reviewer reads it. Without an issue_date in kyc.yaml, the statement " +
		"date printed on it is judged (a labelled date such as \"Statement date\" or \"Rechnungsdatum\", else the end " +
		"of the statement period, else the latest date on the first page). A declared issue_date that the document " +
		"does not print is a warning, and the printed statement date is judged instead.",
	Requires: textRequires,
}, recencyParams{MaxAgeDays: 90, ByType: map[string]int{}}, func(p *lint.Pass, c recencyParams) {
	for _, d := range proofs(p) {
		issued, where := issueDateOf(p, d)
		if issued.IsZero() {
			continue
		}
		limit := c.MaxAgeDays
		if v, ok := c.ByType[string(d.Type)]; ok {
			limit = v
		}
		age := issued.DaysUntil(p.Date)
		if age <= limit {
			continue
		}
		file, line := p.Where(d, "issue_date")
		p.Report(lint.Finding{File: file, Line: line,
			Data: where.data(map[string]any{"age_days": age, "max_age_days": limit, "issue_date": issued.String()}),
			Hint: recencyHint(p, d, p.Date.AddDays(-limit)),
			Message: redact.Textf("%s (%s) was issued on %s%s, %d days before %s; the limit is %d days",
				redact.FileOf(d.File), d.Type.Label(), redact.DateOf(issued.String()), where.says(), age, p.Date, limit)})
	}
})

// recencyHint names the document to fetch a newer copy of, unless the
// rule set refuses its type (document.type says so): then it names the
// types it accepts, never the refused one.
func recencyHint(p *lint.Pass, d *pack.Document, since pack.Date) string {
	if p.Documents.Accepts(d.Type) {
		return fmt.Sprintf("Use a %s issued on or after %s.", d.Type.Label(), since)
	}
	accepted := p.Documents[pack.AddressProof].Accepted
	names := make([]string, len(accepted))
	for i, t := range accepted {
		names[i] = t.Label()
	}
	if len(names) == 0 {
		return "" // the rule's own hint
	}
	return fmt.Sprintf("Use an accepted proof of address (%s) issued on or after %s.", strings.Join(names, ", "), since)
}

// A dateSource says where an issue date was read: kyc.yaml (page 0), or
// the document's text.
type dateSource struct {
	page, line int
	printed    string // as printed
}

func (s dateSource) says() string {
	if s.page == 0 {
		return ""
	}
	return ", the statement date in the document's text " + s.at()
}

// at says where the date is printed and how: ("2 November 2026", page 1, line 9).
func (s dateSource) at() string {
	return fmt.Sprintf("(%q, page %d, line %d)", s.printed, s.page, s.line)
}

func (s dateSource) data(m map[string]any) map[string]any {
	if s.page == 0 {
		return m
	}
	return textData(m, s.page, s.line)
}

// judgedIssueDate returns the issue date judged for proof d: the declared
// one when the document's text prints it or cannot be read, else the
// statement date printed.
func judgedIssueDate(p *lint.Pass, d *pack.Document) (pack.Date, dateSource) {
	st := statementOf(p, d)
	if !st.Read || st.Date == nil || (!d.IssueDate.IsZero() && st.Shown != nil) {
		return d.IssueDate, dateSource{}
	}
	return st.Date.Date, dateSource{page: st.Date.Page, line: st.Date.Line, printed: st.Date.Text}
}

// issueDateOf is judgedIssueDate that also reports a declared date the
// text does not print.
func issueDateOf(p *lint.Pass, d *pack.Document) (pack.Date, dateSource) {
	date, printed := judgedIssueDate(p, d)
	if printed.page == 0 {
		return date, printed
	}
	st := statementOf(p, d)
	if !d.IssueDate.IsZero() {
		file, line := p.Where(d, "issue_date")
		p.Report(lint.Finding{File: file, Line: line, Severity: p.Soften(lint.Warning),
			Data: printed.data(map[string]any{"issue_date": d.IssueDate.String(), "statement_date": st.Date.Date.String()}),
			Hint: "Declare the issue date the document prints (its statement or invoice date), or check that the file is the document you meant.",
			Message: redact.Textf("%s: the declared issue_date %s is not printed on it; the statement date in the document's text is %s %s",
				redact.FileOf(d.File), redact.DateOf(d.IssueDate.String()), redact.DateOf(st.Date.Date.String()), printed.at())})
	}
	return st.Date.Date, printed
}

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
