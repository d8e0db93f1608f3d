package analysis

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
	"github.com/kyclint/kyclint/pkg/statement"
)

// A StatementResult is what a proof of address's own text shows: its
// addressee, the address it was sent to and its statement date, searched
// for what kyc.yaml declares (see StatementWant).
type StatementResult struct {
	// Read is false when there was no text to search: not a proof of
	// address, not a PDF, a PDF whose text could not be read, or one that
	// holds only images. Found is then empty.
	Read bool
	statement.Found
}

type statementSettings struct {
	MonthFirst bool `param:"month_first" doc:"numeric dates in statements are written month first (10/15/2026), as in the US; only dates that read both ways depend on it"`
}

// Statement finds the addressee, address and statement date in the text of
// a proof of address, once for all the rules that check them.
var Statement = lint.NewConfiguredDerivedAnalysis("statement",
	"finds the addressee, address and statement date in the text of a proof of address PDF",
	statementSettings{}, []lint.Analyzer{PDFText},
	func(p *lint.Pass, d *pack.Document, c statementSettings) StatementResult {
		if d.Category() != pack.AddressProof || d.State != pack.PathOK {
			return StatementResult{}
		}
		if head, err := d.Head(); err != nil || filetype.Sniff(head) != filetype.PDF {
			return StatementResult{}
		}
		want := StatementWant(p.Pack, d)
		want.MonthFirst = c.MonthFirst
		return findStatement(PDFText.Of(p, d).Text, want)
	})

// findStatement searches a PDF's text for want.
func findStatement(text *pdfdoc.Text, want statement.Want) StatementResult {
	if text == nil {
		return StatementResult{}
	}
	pages := make([]string, len(text.Pages))
	blank := true
	for i := range text.Pages {
		pages[i] = text.Pages[i].String()
		blank = blank && strings.TrimSpace(pages[i]) == ""
	}
	if blank {
		return StatementResult{}
	}
	return StatementResult{Read: true, Found: statement.Find(pages, want)}
}

// StatementWant is what the statement is searched for: the name, address
// and issue date kyc.yaml declares for the document, or else the
// applicant's name and address.
func StatementWant(pk *pack.Pack, d *pack.Document) statement.Want {
	w := statement.Want{Name: d.Name, Address: d.Address, IssueDate: d.IssueDate}
	if pk.Manifest != nil {
		if w.Name == "" {
			w.Name = pk.Manifest.Applicant.Name
		}
		if w.Address == "" {
			w.Address = pk.Manifest.Applicant.Address
		}
	}
	return w
}
