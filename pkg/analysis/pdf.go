package analysis

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// A PDFResult is a PDF document's structure.
type PDFResult struct {
	// Info is nil when the file could not be inspected; Err says why.
	Info *pdfdoc.Info
	Err  error
}

// PDF inspects a PDF document's structure once, without rendering it.
var PDF = lint.NewAnalysis("pdf", "reads a PDF's structure (encryption, cross-reference table, metadata, incremental updates) without rendering it",
	func(d *pack.Document) PDFResult {
		if err := d.TooLarge(); err != nil {
			return PDFResult{Err: err}
		}
		ra, err := d.Content()
		if err != nil {
			return PDFResult{Err: err}
		}
		info, err := pdfdoc.Inspect(ra, d.Size)
		return PDFResult{Info: info, Err: err}
	})
