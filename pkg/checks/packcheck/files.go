package packcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
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
				p.Doc(d, "file", nil, "", "%s is not in the pack", d.File)
			case pack.PathNotAFile, pack.PathUnreadable:
				p.Doc(d, "file", nil, "Replace it with the document file itself.", "%s cannot be read: %s", d.File, d.StateErr)
			}
		}
	},
}

// UnlistedFile reports files of the pack that no document names.
var UnlistedFile = &lint.Rule{
	ID:            "pack.unlisted-file",
	Title:         "a file in the pack is not listed in the manifest",
	Severity:      lint.Warning,
	NeedsManifest: true,
	Why:           "An unlisted file is either a document that was forgotten in the manifest or something that should not be uploaded.",
	Hint:          "List the file under documents in kyc.yaml, or move it out of the pack folder.",
	Run: func(p *lint.Pass) {
		for _, f := range p.Pack.Files {
			if !f.Listed && !f.Unsafe {
				p.Reportf(f.Name, 0, "%s is not listed in %s", f.Name, p.Pack.ManifestFile)
			}
		}
	},
}

// UnsafePath reports paths that leave the pack. kyclint never opens them.
var UnsafePath = &lint.Rule{
	ID:       "pack.unsafe-path",
	Title:    "a path or symlink leads outside the pack",
	Severity: lint.Error,
	Why: "A pack must be self-contained: a path such as ../other/passport.jpg or a symlink out of the folder " +
		"would upload someone else's file, or nothing, once the folder is copied.",
	Hint: "Copy the document into the pack folder and name it relative to the folder, without .. or a leading /.",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if d.State == pack.PathUnsafe {
				p.Doc(d, "file", nil, "", "%s is %s; it was not opened", d.File, d.StateErr)
			}
		}
		for _, f := range p.Pack.Files {
			if f.Unsafe && !f.Listed {
				p.Reportf(f.Name, 0, "%s is %s; it was not opened", f.Name, f.UnsafeWhy)
			}
		}
		for _, pr := range p.Pack.Problems {
			if pr.Rule == p.Rule.ID {
				p.Report(lint.Finding{File: pr.File, Line: pr.Line, Message: pr.Text, Hint: pr.Hint})
			}
		}
	},
}
