package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Duplicate reports two documents of a pack that are the same file, or the
// same picture saved twice.
var Duplicate = lint.New(&lint.Rule{
	ID:       "image.duplicate",
	Title:    "two documents are the same photo",
	Severity: lint.Error,
	Why: "Uploading the front twice instead of front and back (Persona \"double side\", Onfido missing_back) " +
		"leaves half the document unseen.",
	Hint: "Photograph each side or document separately and list each photo once.",
	Details: "Identical bytes are an error. Near-identical pictures (a perceptual hash within max_distance bits) are a " +
		"warning: the same photo re-saved or lightly edited.",
	Requires: []lint.Analyzer{analysis.Image, analysis.SHA256},
}, duplicateParams{MaxDistance: imaging.DuplicateMaxDistance}, func(p *lint.Pass, c duplicateParams) {
	imgs := images(p)
	for i := range imgs {
		for j := 0; j < i; j++ {
			a, b := imgs[j], imgs[i]
			if a.a == nil || b.a == nil {
				continue
			}
			if ha, hb := analysis.SHA256.Of(p, a.doc), analysis.SHA256.Of(p, b.doc); ha != nil && hb != nil && *ha == *hb {
				p.Report(lint.Finding{File: b.doc.File, Data: map[string]any{"same_as": a.doc.File},
					Message: redact.Textf("%s and %s are the same file: %s", a.doc.File, b.doc.File, sameWhat(a, b))})
				continue
			}
			if a.a.Metrics == nil || b.a.Metrics == nil {
				continue
			}
			if d := a.a.Metrics.Hash.Distance(b.a.Metrics.Hash); d <= c.MaxDistance {
				p.Report(lint.Finding{File: b.doc.File, Severity: p.Soften(lint.Warning), Data: map[string]any{"same_as": a.doc.File, "distance": d},
					Message: redact.Textf("%s looks like the same picture as %s (perceptual hashes %d bits apart)", b.doc.File, a.doc.File, d)})
			}
		}
	}
})

type duplicateParams struct {
	MaxDistance int `param:"max_distance" doc:"perceptual-hash distance in bits at or under which two pictures count as the same"`
}

func sameWhat(a, b analyzed) string {
	if a.doc.Type == b.doc.Type && a.doc.Side != b.doc.Side && a.doc.Side != "" && b.doc.Side != "" {
		return "front and back are the same photo"
	}
	return "one photo listed as two documents"
}
