package analysis

import (
	"io"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// A PDFTextResult is the text of a PDF's first pages.
type PDFTextResult struct {
	// Text is nil when the text could not be read; Err says why
	// (pdfdoc.ErrEncrypted, pdfdoc.ErrNoPages, a read error).
	Text *pdfdoc.Text
	Err  error
}

// PDFText reads the text of a PDF's first pages once, in reading order,
// without rendering them.
var PDFText = lint.NewAnalysis("pdf-text", "reads the text of a PDF's first pages (words and lines, in reading order) without rendering them",
	func(d *pack.Document) PDFTextResult {
		if err := d.TooLarge(); err != nil {
			return PDFTextResult{Err: err}
		}
		ra, err := d.Content()
		if err != nil {
			return PDFTextResult{Err: err}
		}
		return extractPDFText(ra, d.Size)
	})

// extractPDFText is PDFText's work on the content of a file of the given size.
func extractPDFText(r io.ReaderAt, size int64) PDFTextResult {
	text, err := pdfdoc.ExtractText(r, size, pdfdoc.TextOptions{})
	if err != nil {
		return PDFTextResult{Err: err}
	}
	return PDFTextResult{Text: text}
}
