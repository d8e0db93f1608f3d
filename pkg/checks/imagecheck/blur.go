package imagecheck

import (
	"math"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Blur reports photos too blurred for their small print to be read.
var Blur = lint.New(&lint.Rule{
	ID:       "image.blur",
	Title:    "the photo is blurred",
	Severity: lint.Error,
	Why: "\"The photo is blurry\" is the most common image rejection: a reviewer or OCR cannot read the " +
		"name, number or MRZ, and the pack is sent back.",
	Hint:     blurHints.identity,
	Details:  imaging.BlurExplanation,
	Requires: requires,
	Replaced: map[string]string{
		"min_sharpness": "blur is now measured as edge blur per 1000 px of the document; set max_blur (default 4) instead",
	},
}, blurParams{
	MaxBlur:       imaging.MaxBlurPerMille,
	ByCategory:    map[string]float64{"address": imaging.MaxBlurPerMillePage, "selfie": imaging.MaxBlurPerMilleSelfie},
	MaxBlockiness: imaging.MaxBlockiness,
}, func(p *lint.Pass, c blurParams) {
	for _, a := range decoded(p) {
		limit := threshold(a.doc, c.ByCategory, c.MaxBlur)
		b := a.a.Metrics.Blur
		// Both false when not measured (NaN).
		tiled := b.Blockiness > c.MaxBlockiness || b.TilePerMille > limit
		if (b.PerMille <= limit && !tiled) || max(a.a.Width, a.a.Height) < imaging.MinBlurLongSide {
			continue
		}
		hint := blurHints.For(a.doc)
		if b.PerMille <= limit {
			hint = compressedHint
		}
		p.Report(lint.Finding{File: a.doc.File, Data: blurData(a.a.Metrics, limit, c.MaxBlockiness), Hint: hint,
			Message: blurMessage(a, limit, c.MaxBlockiness)})
	}
})

// compressedHint is for a photo sharp enough but saved at so low a JPEG
// quality that its print broke into tiles: retaking it would not help.
const compressedHint = "Upload the photo as the camera took it, not a copy saved at low quality or shrunk by a messaging app or website."

type blurParams struct {
	MaxBlur       float64            `param:"max_blur" doc:"largest accepted edge blur, in pixels per 1000 pixels of the document's long side"`
	ByCategory    map[string]float64 `param:"by_category" keys:"@categories" doc:"max_blur for a category of document"`
	MaxBlockiness float64            `param:"max_blockiness" doc:"largest accepted ratio of the luma steps across a JPEG's 8x8 block grid to those inside blocks (files up to 1000 px)"`
}

func blurMessage(a analyzed, limit, maxBlockiness float64) redact.Text {
	b := a.a.Metrics.Blur
	if b.PerMille <= limit && b.Blockiness > maxBlockiness {
		return redact.Textf("%s is blurred: heavy JPEG compression has broken it into 8x8 tiles (blockiness %.1f, at most %g is readable)",
			redact.FileOf(a.doc.File), b.Blockiness, maxBlockiness)
	}
	if b.PerMille <= limit && b.TilePerMille > limit {
		return redact.Textf("%s is blurred: heavy JPEG compression has broken it into 8x8 tiles as coarse as a blur of %.1f px per 1000 px of the %s, at most %g is readable",
			redact.FileOf(a.doc.File), b.TilePerMille, measuredOn(b), limit)
	}
	if math.IsInf(b.Sigma, 1) {
		return redact.Textf("%s is blurred: no edge in it is sharp enough to measure", redact.FileOf(a.doc.File))
	}
	return redact.Textf("%s is blurred: its edges spread over %.1f px per 1000 px of the %s, at most %g is readable",
		redact.FileOf(a.doc.File), b.PerMille, measuredOn(b), limit)
}

func measuredOn(b imaging.EdgeBlur) string {
	if b.OnDocument {
		return "document"
	}
	return "photo"
}

func blurData(m *imaging.Metrics, limit, maxBlockiness float64) map[string]any {
	b := m.Blur
	d := map[string]any{"max_blur": limit, "edges": b.Edges, "measured_on": measuredOn(b), "max_blockiness": maxBlockiness}
	if !math.IsNaN(b.Blockiness) {
		d["blockiness"] = round2(b.Blockiness)
		d["tile_blur"] = round2(b.TilePerMille)
	}
	if !math.IsInf(b.Sigma, 1) {
		d["blur"] = round2(b.PerMille)
		d["edge_sigma_px"] = round2(b.Sigma)
	}
	return d
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
func round2(f float64) float64 { return math.Round(f*100) / 100 }
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
