// Package pdfcheck holds the pdf.* rules: statements and letters uploaded
// as PDF, inspected without rendering them. Each PDF of a pack is inspected
// once (analysis.PDF); every rule reads that analysis.
package pdfcheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// requires is what every PDF rule reads: the PDF analysis.
var requires = []lint.Analyzer{analysis.PDF}

// inspected pairs a PDF document with its inspection.
type inspected struct {
	doc  *pack.Document
	info *pdfdoc.Info // nil when the file could not be read
	err  error        // why it could not be read
}

// pdfs returns every readable document whose content is a PDF, with its
// inspection, including those that could not be read to the end.
func pdfs(p *lint.Pass) []inspected {
	var out []inspected
	for _, d := range p.Pack.Documents {
		if d.State != pack.PathOK {
			continue
		}
		if head, err := d.Head(); err != nil || filetype.Sniff(head) != filetype.PDF {
			continue // a file that cannot be read at all is file.format's
		}
		r := analysis.PDF.Of(p, d)
		out = append(out, inspected{doc: d, info: r.Info, err: r.Err})
	}
	return out
}

// readable returns the PDFs that were read and inspected.
func readable(p *lint.Pass) []inspected {
	var out []inspected
	for _, x := range pdfs(p) {
		if x.info != nil {
			out = append(out, x)
		}
	}
	return out
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
