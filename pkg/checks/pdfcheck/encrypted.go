package pdfcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Encrypted reports password-protected PDFs.
var Encrypted = &lint.Rule{
	ID:       "pdf.encrypted",
	Title:    "the PDF is password-protected",
	Severity: lint.Error,
	Why: "Banks often send statements with a password; a reviewer cannot open them, and even an owner-password " +
		"PDF that opens is refused by automatic checks (Kraken, fxsway: \"not password-protected\").",
	Hint: "Download the statement again from your bank or provider and choose a copy without a password. " +
		"If only a protected copy is offered, open it with the password and print it to a new PDF. Check that the new file opens without asking for a password.",
	Details: "A PDF encrypted with an owner password only (an empty user password) opens without a password, and " +
		"kyclint reads its text for the address rules; it is still reported, because upload checks refuse any " +
		"encrypted PDF, and the message says that it opens.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, x := range readable(p) {
			if !x.info.Encrypted {
				continue
			}
			f := lint.Finding{File: x.doc.File,
				Data:    map[string]any{"filter": x.info.EncryptFilter, "revision": x.info.EncryptRevision, "needs_password": x.info.NeedsPassword},
				Message: redact.Textf("%s is encrypted (%s security handler, revision %d)", redact.FileOf(x.doc.File), orUnknown(x.info.EncryptFilter), x.info.EncryptRevision)}
			if !x.info.NeedsPassword {
				f.Message = redact.Textf("%s is encrypted with an owner password only (%s security handler, revision %d): it opens without a password, but upload checks refuse encrypted PDFs",
					redact.FileOf(x.doc.File), orUnknown(x.info.EncryptFilter), x.info.EncryptRevision)
				f.Hint = "Print the statement to a new PDF (or save a copy without security in your PDF reader), and check that the new file's properties show no security."
			}
			p.Report(f)
		}
	},
}
