package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Framing reports a document photographed from too far or at a slant.
var Framing = lint.New(&lint.Rule{
	ID:       "image.framing",
	Title:    "the document is small in the frame or tilted",
	Severity: lint.Warning,
	Why: "Reviewers ask that the document fill most of the photo and sit straight: a small or slanted document " +
		"leaves its small print a few pixels high, and OCR reads it worse.",
	Hint:     framingHints.identity,
	Details:  imaging.FramingExplanation,
	Requires: requires,
}, framingParams{MinArea: imaging.MinDocumentArea, MaxTiltDeg: imaging.MaxTiltDeg, Categories: []string{"identity", "address"}},
	func(p *lint.Pass, c framingParams) {
		for _, a := range judged(p, c.Categories) {
			o := a.a.Metrics.Document
			if o == nil || o.IsCut() || o.OnPage {
				continue
			}
			data := map[string]any{"area": round3(o.Area), "tilt_deg": round1(o.TiltDeg), "outline_score": round2(o.Score)}
			if o.Area < c.MinArea {
				p.Report(lint.Finding{File: a.doc.File, Hint: framingHints.For(a.doc), Data: data,
					Message: redact.Textf("%s: the document fills only %.0f %% of the photo, at least %.0f %% is expected",
						redact.FileOf(a.doc.File), o.Area*100, c.MinArea*100)})
			} else if o.TiltDeg > c.MaxTiltDeg {
				p.Report(lint.Finding{File: a.doc.File, Hint: framingHints.For(a.doc), Data: data,
					Message: redact.Textf("%s: the document is tilted by %.0f°, at most %g° is expected",
						redact.FileOf(a.doc.File), o.TiltDeg, c.MaxTiltDeg)})
			}
		}
	})

type framingParams struct {
	MinArea    float64  `param:"min_area" doc:"smallest accepted share of the frame that the document covers"`
	MaxTiltDeg float64  `param:"max_tilt_deg" doc:"largest accepted angle, in degrees, between the document's long edges and the photo's edges"`
	Categories []string `param:"categories" values:"@categories" doc:"document categories judged"`
}
