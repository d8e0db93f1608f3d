package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Glare reports bright reflections large enough to hide text.
var Glare = lint.New(&lint.Rule{
	ID:       "image.glare",
	Title:    "glare hides part of the document",
	Severity: lint.Error,
	Why:      "A reflection from a laminated card or a flash burns out the text or photo under it; Onfido, Persona and Kraken decline glare.",
	Hint:     glareHints.identity,
	Details:  imaging.GlareExplanation,
	Requires: requires,
}, glareParams{MaxShare: imaging.MaxGlareShare, Categories: []string{"identity", "selfie"}}, func(p *lint.Pass, c glareParams) {
	for _, a := range judged(p, c.Categories) {
		g := a.a.Metrics.Glare
		share := g.Share
		if a.doc.Category() == pack.SelfieCat {
			share = g.AnyShare // on the face as much as on the card held
		}
		if share <= c.MaxShare {
			continue
		}
		p.Report(lint.Finding{File: a.doc.File, Hint: glareHints.For(a.doc),
			Data: map[string]any{"glare_share": round3(share), "max_share": c.MaxShare, "blobs": g.Blobs},
			Message: redact.Textf("%s has glare: %.1f %% of the frame is burnt out, limit %.1f %%",
				redact.FileOf(a.doc.File), share*100, c.MaxShare*100)})
	}
})

type glareParams struct {
	MaxShare   float64  `param:"max_share" doc:"largest accepted share of the frame covered by glare spots big enough to hide text"`
	Categories []string `param:"categories" values:"@categories" doc:"document categories judged for glare"`
}
