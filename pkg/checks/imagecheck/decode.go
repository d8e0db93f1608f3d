package imagecheck

import (
	"errors"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Decode reports images that cannot be decoded: truncated downloads,
// corrupt files, a header that lies.
var Decode = &lint.Rule{
	ID:       "image.decode",
	Title:    "the image is corrupt or truncated",
	Severity: lint.Error,
	Why: "\"We can't open your file\": a photo cut short by an interrupted copy or upload, or a corrupt file, " +
		"cannot be reviewed at all.",
	Hint:     "Copy or export the photo again from the original; open it once to check that it shows completely.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, a := range images(p) {
			var de *imaging.DecodeError
			if !errors.As(a.err, &de) || errors.Is(a.err, imaging.ErrUnsupportedFormat) {
				continue
			}
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"format": string(de.Format), "reason": de.Reason()},
				Message: redact.Textf("%s cannot be decoded as %s: %s", redact.FileOf(a.doc.File), label(de.Format), de.Reason())})
		}
	},
}

func label(f imaging.Format) string {
	if f == "" {
		return "an image"
	}
	return string(f)
}
