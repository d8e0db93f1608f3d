package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// ExifEdited warns about photos whose metadata says an image editor saved
// them, or that were captured after the lint date.
var ExifEdited = &lint.Rule{
	ID:       "image.exif-edited",
	Title:    "the photo's metadata shows editing",
	Severity: lint.Warning,
	Why: "Reviewers treat a document photo saved by Photoshop, GIMP, Lightroom or a phone editor as possibly tampered " +
		"(Sumsub GRAPHIC_EDITOR); a capture date after the submission date means the metadata was rewritten.",
	Hint: "Upload the photo exactly as the camera took it; do not crop, filter or retouch it in an editor.",
	Details: "The EXIF Software tag is compared with a list of image editors; camera firmware versions (\"Version 1.0\", \"14.4.2\") " +
		"are not editors.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, a := range images(p) {
			if a.a == nil {
				continue
			}
			x := a.a.EXIF
			if editor, ok := imaging.IsEditor(x.Software); ok {
				p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"software": x.Software, "editor": editor},
					Message: redact.Textf("%s was saved by %s (EXIF Software %q)", redact.FileOf(a.doc.File), editor, x.Software)})
			}
			if !x.DateTimeOriginal.IsZero() && p.Date.Before(pack.DateOf(x.DateTimeOriginal)) {
				taken := pack.DateOf(x.DateTimeOriginal)
				p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"captured": taken.String()},
					Message: redact.Textf("%s says it was taken on %s, after the lint date %s", redact.FileOf(a.doc.File), taken, p.Date),
					Hint:    "Upload the original photo; a capture date in the future means its metadata was rewritten or the camera clock is wrong."})
			}
		}
	},
}
