package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Exposure reports photos too dark, overexposed or low in contrast.
var Exposure = &lint.Rule{
	ID:       "image.exposure",
	Title:    "the photo is too dark, overexposed or low in contrast",
	Severity: lint.Error,
	Why:      "Text on a dark or washed-out photo cannot be read or checked for tampering; verification services decline it.",
	Hint:     exposureHints.identity,
	Details:  imaging.ExposureExplanation,
	Params: []lint.Param{
		{Name: "min_bright_luma", Type: lint.FloatParam, Default: float64(imaging.MinBrightLuma), Min: 0,
			Doc: "darkest accepted brightness (0–255) of the photo's brightest 5 %, which is the paper of a document"},
		{Name: "max_median_luma", Type: lint.FloatParam, Default: float64(imaging.MaxMedianLuma), Min: 0,
			Doc: "brightest accepted median brightness (0–255), judged with overexposed_min_p1"},
		{Name: "overexposed_min_p1", Type: lint.FloatParam, Default: float64(imaging.OverexposedMinP1), Min: 0,
			Doc: "an image is overexposed only when even its darkest 1 % is this bright, so a white page with dark print passes"},
		{Name: "min_contrast", Type: lint.FloatParam, Default: float64(imaging.MinContrast), Min: 0,
			Doc: "smallest accepted spread between the darkest and brightest 5 % (0–255)"},
		{Name: "max_darkest_luma", Type: lint.FloatParam, Default: float64(imaging.MaxDarkestLuma), Min: 0,
			Doc: "lightest accepted brightness (0–255) of the darkest 1 %, the print: lighter, it has faded to grey"},
	},
	Replaced: map[string]string{
		"min_mean_luma":      "darkness is judged by the brightest 5 %; set min_bright_luma (default 100) instead",
		"overexposed_min_p5": "overexposure is judged by the darkest 1 %; set overexposed_min_p1 (default 80) instead",
	},
	Run: func(p *lint.Pass) {
		for _, a := range decoded(p) {
			if msg, bad := exposureProblem(p, a); bad {
				m := a.a.Metrics
				p.Report(lint.Finding{File: a.doc.File, Message: msg, Hint: exposureHints.For(a.doc), Data: map[string]any{
					"mean_luma": round1(m.MeanLuma), "p1": round1(m.P1), "p5": round1(m.P5), "p50": round1(m.P50), "p95": round1(m.P95)}})
			}
		}
	},
}

// exposureProblem describes what is wrong with a's exposure, if anything.
func exposureProblem(p *lint.Pass, a analyzed) (redact.Text, bool) {
	m := a.a.Metrics
	switch {
	case m.P95 < p.Float("min_bright_luma"):
		return redact.Textf("%s is too dark: even its brightest part is at %.0f of 255, needs at least %g",
			a.doc.File, m.P95, p.Float("min_bright_luma")), true
	case m.P50 >= p.Float("max_median_luma") && m.P1 >= p.Float("overexposed_min_p1"):
		return redact.Textf("%s is overexposed: median brightness %.0f of 255 and even its darkest print at %.0f",
			a.doc.File, m.P50, m.P1), true
	case m.P95-m.P5 < p.Float("min_contrast"):
		return redact.Textf("%s is washed out: contrast %.0f, needs at least %g", a.doc.File, m.P95-m.P5, p.Float("min_contrast")), true
	case m.P1 > p.Float("max_darkest_luma"):
		return redact.Textf("%s is washed out: even its darkest print is at %.0f of 255, at most %g is expected",
			a.doc.File, m.P1, p.Float("max_darkest_luma")), true
	}
	return redact.Text{}, false
}
