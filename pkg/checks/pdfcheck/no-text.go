package pdfcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
	"github.com/kyclint/kyclint/pkg/redact"
)

// NoText reports image-only PDFs: scans whose contents cannot be read
// without recognising the text in the images.
var NoText = &lint.Rule{
	ID:       "pdf.no-text",
	Title:    "the PDF holds only images (a scan)",
	Severity: lint.Info,
	Why: "A scanned or photographed statement saved as a PDF carries no text: the name, address and date on it " +
		"cannot be checked offline, and a reviewer has to read them from the image.",
	Hint: "Download the statement as a PDF from the provider's website or app: those carry text. " +
		"Otherwise, expect a manual review of this document.",
	Details: "Only the first pages are read (three). A PDF that needs a password or is damaged is left to pdf.encrypted " +
		"and pdf.corrupt, and one whose text could not all be read (a cap was reached) is not reported.",
	Requires: []lint.Analyzer{analysis.PDF, analysis.PDFText},
	Run: func(p *lint.Pass) {
		for _, x := range readable(p) {
			if x.info.NeedsPassword || x.info.Corrupt() {
				continue
			}
			r := analysis.PDFText.Of(p, x.doc)
			if r.Err != nil || r.Text == nil || r.Text.Truncated || len(r.Text.Pages) == 0 || hasWords(r.Text) {
				continue
			}
			p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"pages_read": len(r.Text.Pages)},
				Message: redact.Textf("%s holds only images (a scan): its name, address and date cannot be checked offline", redact.FileOf(x.doc.File))})
		}
	},
}

// hasWords reports whether any page read holds a word that is not blank.
func hasWords(t *pdfdoc.Text) bool {
	for _, pg := range t.Pages {
		for _, l := range pg.Lines {
			for _, w := range l.Words {
				if strings.TrimSpace(w.Text) != "" {
					return true
				}
			}
		}
	}
	return false
}
