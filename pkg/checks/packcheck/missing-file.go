package packcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// MissingFile reports documents whose file is not in the pack.
var MissingFile = &lint.Rule{
	ID:            "pack.missing-file",
	Title:         "a document named in the manifest is not in the pack",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "A document the application promises but does not upload leaves the review incomplete.",
	Hint:          "Add the file to the pack folder, or correct its name in kyc.yaml (names are case-sensitive).",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			switch d.State {
			case pack.PathMissing:
				p.Doc(d, "file", nil, "", "%s is not in the pack", redact.FileOf(d.File))
			case pack.PathNotAFile, pack.PathUnreadable:
				p.Doc(d, "file", nil, "Replace it with the document file itself.", "%s cannot be read: %s", redact.FileOf(d.File), d.StateErr)
			}
		}
	},
}
