package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Grayscale reports black-and-white photos or photocopies where the rule set
// requires colour, judged from the pixels rather than the file type.
var Grayscale = lint.New(&lint.Rule{
	ID:       "image.grayscale",
	Title:    "the photo is black and white where colour is required",
	Severity: lint.Error,
	Why: "Colour shows security features (holograms, coloured inks) that a photocopy loses; Onfido (colour_picture), " +
		"Sumsub (BLACK_AND_WHITE) and Kraken (\"full colour\") decline black-and-white images.",
	Hint:     "Photograph the original document in colour; do not upload a photocopy or a black-and-white scan.",
	Details:  imaging.GrayscaleExplanation,
	Requires: requires,
	Replaced: map[string]string{
		"max_chroma_spread": "colour is now the share of pixels that carry it; set min_colour_share (default 0.03) instead",
	},
}, grayscaleParams{MinColourShare: imaging.MinColourShare, Categories: []string{"identity", "selfie"}}, func(p *lint.Pass, c grayscaleParams) {
	limit := c.MinColourShare
	for _, a := range judged(p, c.Categories) {
		m := a.a.Metrics
		if m.ColourShare >= limit {
			continue
		}
		p.Report(lint.Finding{File: a.doc.File,
			Data: map[string]any{"colour_share": round3(m.ColourShare), "min_colour_share": limit, "chroma_spread": round1(m.ChromaSpread)},
			Message: redact.Textf("%s is black and white: %.1f %% of it carries colour, colour needs at least %g %%",
				redact.FileOf(a.doc.File), m.ColourShare*100, limit*100)})
	}
})

type grayscaleParams struct {
	MinColourShare float64  `param:"min_colour_share" doc:"an image in which a smaller share of the pixels carries colour of its own is black and white"`
	Categories     []string `param:"categories" values:"@categories" doc:"document categories that must be in colour"`
}
