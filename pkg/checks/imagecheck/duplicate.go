package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Duplicate reports documents of a pack that are the same file, or the
// same picture saved twice: once per group of such documents.
var Duplicate = lint.New(&lint.Rule{
	ID:       "image.duplicate",
	Title:    "two documents are the same photo",
	Severity: lint.Error,
	Why: "Uploading the front twice instead of front and back (Persona \"double side\", Onfido missing_back) " +
		"leaves half the document unseen.",
	Hint: "Photograph each side or document separately and list each photo once.",
	Details: "Identical bytes are an error. Near-identical pictures (a perceptual hash within max_distance bits) are a " +
		"warning: the same photo re-saved or lightly edited. Each group of such documents is one finding, on its second " +
		"document.",
	Requires: []lint.Analyzer{analysis.Image, analysis.SHA256},
}, duplicateParams{MaxDistance: imaging.DuplicateMaxDistance}, func(p *lint.Pass, c duplicateParams) {
	var imgs []analyzed
	for _, a := range images(p) {
		if a.a != nil {
			imgs = append(imgs, a)
		}
	}
	same, near := groupDuplicates(p, imgs, c.MaxDistance)
	for _, g := range same {
		p.Report(lint.Finding{File: g.members[1].doc.File, Data: g.data(),
			Message: redact.Textf("%s are the same file: %s", g.names(), sameWhat(g))})
	}
	for _, g := range near {
		a, b := g.members[0], g.members[1]
		msg := redact.Textf("%s looks like the same picture as %s (perceptual hashes %d bits apart)", redact.FileOf(b.doc.File), redact.FileOf(a.doc.File), g.distance)
		if len(g.members) > 2 {
			msg = redact.Textf("%s look like the same picture (perceptual hashes at most %d bits apart)", g.names(), g.distance)
		}
		data := g.data()
		data["distance"] = g.distance
		p.Report(lint.Finding{File: b.doc.File, Severity: p.Soften(lint.Warning), Data: data, Message: msg})
	}
})

type duplicateParams struct {
	MaxDistance int `param:"max_distance" doc:"perceptual-hash distance in bits at or under which two pictures count as the same"`
}

func sameWhat(g duplicateGroup) string {
	if len(g.members) > 2 {
		return "one photo listed as several documents"
	}
	a, b := g.members[0], g.members[1]
	if a.doc.Type == b.doc.Type && a.doc.Side != b.doc.Side && a.doc.Side != "" && b.doc.Side != "" {
		return "front and back are the same photo"
	}
	return "one photo listed as two documents"
}
