package pdfcheck

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Corrupt reports PDFs that a viewer would refuse or have to repair, and
// PDFs that could not be read to the end.
var Corrupt = &lint.Rule{
	ID:       "pdf.corrupt",
	Title:    "the PDF is damaged",
	Severity: lint.Error,
	Why:      "\"We can't open your PDF\": a truncated download or a broken file cannot be reviewed.",
	Hint:     "Download the document again from the provider and check that it opens before uploading it.",
	Details: "A PDF that could not be read to the end (an I/O error part-way: a failing disk, a network folder " +
		"that went away) is reported too, as unreadable, since no pdf.* rule could judge it.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, x := range pdfs(p) {
			if x.err != nil {
				reason := readError(x.err)
				p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"read_error": reason},
					Message: redact.Textf("%s cannot be read: %s; it was not inspected", redact.FileOf(x.doc.File), reason),
					Hint:    "Copy the PDF into the pack folder again, or download it again from the provider, and check that it opens."})
				continue
			}
			if !x.info.Corrupt() {
				continue
			}
			reasons := make([]string, len(x.info.Problems))
			for i, pr := range x.info.Problems {
				reasons[i] = pr.String()
			}
			p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"problems": reasons},
				Message: redact.Textf("%s is damaged: %s", redact.FileOf(x.doc.File), strings.Join(reasons, "; "))})
		}
	},
}

// readError says why a file could not be read, without the path the
// operating system puts in its errors: the message names the file already.
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
