// Package pdfcheck holds the pdf.* rules: statements and letters uploaded
// as PDF, inspected without rendering them.
package pdfcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
	"github.com/kyclint/kyclint/pkg/redact"
)

type inspected struct {
	doc  *pack.Document
	info *pdfdoc.Info
}

// pdfs returns the readable PDF documents with their inspection, done once.
func pdfs(p *lint.Pass) []inspected {
	var out []inspected
	for _, d := range p.Pack.Documents {
		if d.State != pack.PathOK {
			continue
		}
		if head, err := d.Head(); err != nil || filetype.Sniff(head) != filetype.PDF {
			continue
		}
		info, _ := d.Memo("pdf", func() any {
			ra, err := d.Content()
			if err != nil {
				return (*pdfdoc.Info)(nil)
			}
			info, err := pdfdoc.Inspect(ra, d.Size)
			if err != nil {
				return (*pdfdoc.Info)(nil)
			}
			return info
		}).(*pdfdoc.Info)
		if info != nil {
			out = append(out, inspected{d, info})
		}
	}
	return out
}

// Encrypted reports password-protected PDFs.
var Encrypted = &lint.Rule{
	ID:       "pdf.encrypted",
	Title:    "the PDF is password-protected",
	Severity: lint.Error,
	Why: "Banks often send statements with a password; a reviewer cannot open them, and even an owner-password " +
		"PDF that opens is refused by automatic checks (Kraken, fxsway: \"not password-protected\").",
	Hint: "Download the statement again from your bank or provider and choose a copy without a password. " +
		"If only a protected copy is offered, open it with the password and print it to a new PDF. Check that the new file opens without asking for a password.",
	Run: func(p *lint.Pass) {
		for _, x := range pdfs(p) {
			if x.info.Encrypted {
				p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"filter": x.info.EncryptFilter, "revision": x.info.EncryptRevision},
					Message: redact.Textf("%s is encrypted (%s security handler, revision %d)", x.doc.File, orUnknown(x.info.EncryptFilter), x.info.EncryptRevision)})
			}
		}
	},
}

// Corrupt reports PDFs that a viewer would refuse or have to repair.
var Corrupt = &lint.Rule{
	ID:       "pdf.corrupt",
	Title:    "the PDF is damaged",
	Severity: lint.Error,
	Why:      "\"We can't open your PDF\": a truncated download or a broken file cannot be reviewed.",
	Hint:     "Download the document again from the provider and check that it opens before uploading it.",
	Run: func(p *lint.Pass) {
		for _, x := range pdfs(p) {
			if !x.info.Corrupt() {
				continue
			}
			reasons := make([]string, len(x.info.Problems))
			for i, pr := range x.info.Problems {
				reasons[i] = pr.String()
			}
			p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"problems": reasons},
				Message: redact.Textf("%s is damaged: %s", x.doc.File, strings.Join(reasons, "; "))})
		}
	},
}

// Edited warns about PDFs that an editor saved, or that were changed after
// they were created.
var Edited = &lint.Rule{
	ID:       "pdf.edited",
	Title:    "the PDF shows signs of editing",
	Severity: lint.Warning,
	Why: "Reviewers treat an edited statement as possible tampering (Persona PDF checks, Shufti SPDR89): a Producer " +
		"naming a PDF editor, a modification date after the creation date, or changes saved on top of the original.",
	Hint: "Upload the statement exactly as the bank or provider issued it, downloaded again if needed; do not annotate, sign or merge it.",
	Run: func(p *lint.Pass) {
		for _, x := range pdfs(p) {
			if x.info.Encrypted || x.info.Corrupt() {
				continue
			}
			if reason, ok := x.info.EditedBy(); ok {
				p.Report(lint.Finding{File: x.doc.File, Data: map[string]any{"reasons": x.info.EditReasons()},
					Message: redact.Textf("%s looks edited: %s", x.doc.File, reason)})
			}
		}
	},
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
