package pdfcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Edited warns about PDFs that an editor saved, or that were changed after
// they were created.
var Edited = &lint.Rule{
	ID:       "pdf.edited",
	Title:    "the PDF shows signs of editing",
	Severity: lint.Warning,
	Why: "Reviewers treat an edited statement as possible tampering (Persona PDF checks, Shufti SPDR89): a Producer " +
		"naming a PDF editor, a modification date after the creation date, or changes saved on top of the original.",
	Hint:     "Upload the statement exactly as the bank or provider issued it, downloaded again if needed; do not annotate, sign or merge it.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, x := range readable(p) {
			if x.info.Encrypted || x.info.Corrupt() {
				continue
			}
			if reason, ok := x.info.EditedBy(); ok {
				p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"reasons": x.info.EditReasons()},
					Message: redact.Textf("%s looks edited: %s", redact.FileOf(x.doc.File), reason)})
			}
		}
	},
}
