package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Exposure reports photos too dark, overexposed or low in contrast.
var Exposure = lint.New(&lint.Rule{
	ID:       "image.exposure",
	Title:    "the photo is too dark, overexposed or low in contrast",
	Severity: lint.Error,
	Why:      "Text on a dark or washed-out photo cannot be read or checked for tampering; verification services decline it.",
	Hint:     exposureHints.identity,
	Details:  imaging.ExposureExplanation,
	Requires: requires,
	Replaced: map[string]string{
		"min_mean_luma":      "darkness is judged by the brightest 5 %; set min_bright_luma (default 100) instead",
		"overexposed_min_p5": "overexposure is judged by the darkest 1 %; set overexposed_min_p1 (default 80) instead",
	},
}, exposureParams{
	MinBrightLuma: float64(imaging.MinBrightLuma), MaxMedianLuma: float64(imaging.MaxMedianLuma),
	OverexposedMinP1: float64(imaging.OverexposedMinP1), MinContrast: float64(imaging.MinContrast),
	MaxDarkestLuma: float64(imaging.MaxDarkestLuma),
}, func(p *lint.Pass, c exposureParams) {
	for _, a := range decoded(p) {
		if msg, bad := exposureProblem(c, a); bad {
			m := a.a.Metrics
			p.Report(lint.Finding{File: a.doc.File, Message: msg, Hint: exposureHints.For(a.doc), Data: map[string]any{
				"mean_luma": round1(m.MeanLuma), "p1": round1(m.P1), "p5": round1(m.P5), "p50": round1(m.P50), "p95": round1(m.P95)}})
		}
	}
})

type exposureParams struct {
	MinBrightLuma    float64 `param:"min_bright_luma" doc:"darkest accepted brightness (0–255) of the photo's brightest 5 %, which is the paper of a document"`
	MaxMedianLuma    float64 `param:"max_median_luma" doc:"brightest accepted median brightness (0–255), judged with overexposed_min_p1"`
	OverexposedMinP1 float64 `param:"overexposed_min_p1" doc:"an image is overexposed only when even its darkest 1 % is this bright, so a white page with dark print passes"`
	MinContrast      float64 `param:"min_contrast" doc:"smallest accepted spread between the darkest and brightest 5 % (0–255)"`
	MaxDarkestLuma   float64 `param:"max_darkest_luma" doc:"lightest accepted brightness (0–255) of the darkest 1 %, the print: lighter, it has faded to grey"`
}

// exposureProblem describes what is wrong with a's exposure, if anything.
func exposureProblem(c exposureParams, a analyzed) (redact.Text, bool) {
	m := a.a.Metrics
	switch {
	case m.P95 < c.MinBrightLuma:
		return redact.Textf("%s is too dark: even its brightest part is at %.0f of 255, needs at least %g",
			redact.FileOf(a.doc.File), m.P95, c.MinBrightLuma), true
	case m.P50 >= c.MaxMedianLuma && m.P1 >= c.OverexposedMinP1:
		return redact.Textf("%s is overexposed: median brightness %.0f of 255 and even its darkest print at %.0f",
			redact.FileOf(a.doc.File), m.P50, m.P1), true
	case m.P95-m.P5 < c.MinContrast:
		return redact.Textf("%s is washed out: contrast %.0f, needs at least %g", redact.FileOf(a.doc.File), m.P95-m.P5, c.MinContrast), true
	case m.P1 > c.MaxDarkestLuma:
		return redact.Textf("%s is washed out: even its darkest print is at %.0f of 255, at most %g is expected",
			redact.FileOf(a.doc.File), m.P1, c.MaxDarkestLuma), true
	}
	return redact.Text{}, false
}
