package imagecheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Cropped reports a document that is not wholly in the frame.
var Cropped = lint.New(&lint.Rule{
	ID:       "image.cropped",
	Title:    "the document is cut off at the edge of the photo",
	Severity: lint.Error,
	Why: "Reviewers need all four corners of an identity document: a cut-off edge can hide a digit of the number or " +
		"the MRZ, and Onfido, Sumsub and Persona decline documents that are not fully visible.",
	Hint:     croppedHints.identity,
	Details:  imaging.CroppedExplanation,
	Requires: requires,
}, croppedParams{Categories: []string{"identity", "address"}}, func(p *lint.Pass, c croppedParams) {
	for _, a := range judged(p, c.Categories) {
		o := a.a.Metrics.Document
		if o == nil || !o.IsCut() {
			continue
		}
		sev := lint.Off
		if a.doc.Category() != pack.Identity {
			sev = p.Soften(lint.Warning)
		}
		p.Report(lint.Finding{File: a.doc.File, Severity: sev, Hint: croppedHints.For(a.doc),
			Data:    map[string]any{"sides": sideNames(o.CutSides()), "outline_score": round2(o.Score)},
			Message: redact.Textf("%s: the document runs out of the photo at the %s", redact.FileOf(a.doc.File), joinSides(o.CutSides()))})
	}
})

type croppedParams struct {
	Categories []string `param:"categories" values:"@categories" doc:"document categories judged; a proof of address is reported as a warning"`
}

func sideNames(s []imaging.Side) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = v.String()
	}
	return out
}

// joinSides writes "top", "top and left", "top, right and bottom".
func joinSides(s []imaging.Side) string {
	n := sideNames(s)
	if len(n) == 1 {
		return n[0]
	}
	return strings.Join(n[:len(n)-1], ", ") + " and " + n[len(n)-1]
}
