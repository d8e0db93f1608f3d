package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
	"slices"
)

var categories = []string{"identity", "address", "selfie", "other"}

// Blur reports photos too blurred for their text to be read.
var Blur = &lint.Rule{
	ID:       "image.blur",
	Title:    "the photo is blurred",
	Severity: lint.Error,
	Why: "\"The photo is blurry\" is the most common image rejection: a reviewer or OCR cannot read the " +
		"name, number or MRZ, and the pack is sent back.",
	Hint: "Lay the document flat on a plain, dark surface in daylight. Hold the phone parallel to it, about 20 cm away, and tap the screen to focus on the text. " +
		"Turn the flash off and keep still while the photo is taken. Check that the smallest print is readable before you upload.",
	Details: imaging.BlurExplanation,
	Params: []lint.Param{
		{Name: "min_sharpness", Type: lint.FloatParam, Default: float64(imaging.MinSharpnessCard), Min: 0,
			Doc: "smallest accepted sharpness score (variance of the Laplacian at a 1000-pixel working size)"},
		{Name: "by_category", Type: lint.FloatMapParam, Keys: categories,
			Default: map[string]float64{"address": imaging.MinSharpnessPage, "selfie": imaging.MinSharpnessSelfie},
			Doc:     "min_sharpness for a category of document: dense print scores higher, faces lower"},
	},
	Run: func(p *lint.Pass) {
		for _, a := range decoded(p) {
			limit := threshold(p, a.doc, "min_sharpness")
			score := a.a.Metrics.Sharpness
			if score >= limit {
				continue
			}
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"sharpness": round1(score), "min_sharpness": limit},
				Message: redact.Textf("%s is blurred: sharpness %.1f, needs at least %g", a.doc.File, score, limit)})
		}
	},
}

// Exposure reports photos too dark, overexposed or washed out.
var Exposure = &lint.Rule{
	ID:       "image.exposure",
	Title:    "the photo is too dark, overexposed or low in contrast",
	Severity: lint.Error,
	Why:      "Text on a dark or washed-out photo cannot be read or checked for tampering; verification services decline it.",
	Hint: "Retake the photo in even daylight, by a window rather than under a lamp or in direct sun. Do not use the flash. " +
		"Make sure the whole document is lit evenly, with no shadow of the phone across it.",
	Params: []lint.Param{
		{Name: "min_mean_luma", Type: lint.FloatParam, Default: float64(imaging.MinMeanLuma), Min: 0, Doc: "darkest accepted mean brightness (0–255)"},
		{Name: "max_median_luma", Type: lint.FloatParam, Default: float64(imaging.MaxMedianLuma), Min: 0,
			Doc: "brightest accepted median brightness (0–255), judged with overexposed_min_p5"},
		{Name: "overexposed_min_p5", Type: lint.FloatParam, Default: float64(imaging.OverexposedMinP5), Min: 0,
			Doc: "an image is overexposed only when even its darkest 5 % is this bright, so a white page with dark text passes"},
		{Name: "min_contrast", Type: lint.FloatParam, Default: float64(imaging.MinContrast), Min: 0,
			Doc: "smallest accepted spread between the darkest and brightest 5 % (0–255)"},
	},
	Run: func(p *lint.Pass) {
		for _, a := range decoded(p) {
			m := a.a.Metrics
			data := map[string]any{"mean_luma": round1(m.MeanLuma), "p5": round1(m.P5), "p50": round1(m.P50), "p95": round1(m.P95)}
			switch {
			case m.MeanLuma < p.Float("min_mean_luma"):
				p.Report(lint.Finding{File: a.doc.File, Data: data,
					Message: redact.Textf("%s is too dark: mean brightness %.0f of 255, needs at least %g", a.doc.File, m.MeanLuma, p.Float("min_mean_luma"))})
			case overexposed(p, m):
				p.Report(lint.Finding{File: a.doc.File, Data: data,
					Message: redact.Textf("%s is overexposed: median brightness %.0f of 255 with its darkest 5 %% at %.0f", a.doc.File, m.P50, m.P5)})
			case m.P95-m.P5 < p.Float("min_contrast"):
				p.Report(lint.Finding{File: a.doc.File, Data: data,
					Message: redact.Textf("%s is washed out: contrast %.0f, needs at least %g", a.doc.File, m.P95-m.P5, p.Float("min_contrast"))})
			}
		}
	},
}

func overexposed(p *lint.Pass, m *imaging.Metrics) bool {
	return m.P50 >= p.Float("max_median_luma") && m.P5 >= p.Float("overexposed_min_p5")
}

// Glare reports bright reflections large enough to hide text.
var Glare = &lint.Rule{
	ID:       "image.glare",
	Title:    "glare hides part of the document",
	Severity: lint.Error,
	Why:      "A reflection from a laminated card or a flash burns out the text or photo under it; Onfido, Persona and Kraken decline glare.",
	Hint: "Turn the flash off. Tilt the card slightly away from the light source until no white patch covers the text or photo. " +
		"Take the photo in diffuse daylight rather than under a ceiling lamp.",
	Details: "Bills and statements are white paper, which a photo renders near-white without any reflection, so only " +
		"the categories listed in `categories` are judged.",
	Params: []lint.Param{
		{Name: "max_share", Type: lint.FloatParam, Default: imaging.MaxGlareShare, Min: 0,
			Doc: "largest accepted share of the frame covered by near-white blobs big enough to hide text"},
		{Name: "categories", Type: lint.ListParam, Default: []string{"identity", "selfie"}, Values: categories,
			Doc: "document categories judged for glare"},
	},
	Run: func(p *lint.Pass) {
		exposure := p.Settings.Rules["image.exposure"].Params
		judged := p.List("categories")
		for _, a := range decoded(p) {
			g := a.a.Metrics.Glare
			if !slices.Contains(judged, string(a.doc.Category())) {
				continue
			}
			if g.Share <= p.Float("max_share") || (g.LargestTouchesEdge && a.a.Metrics.P50 >= exposure["max_median_luma"].(float64)) {
				continue // an overexposed frame is image.exposure's finding
			}
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"glare_share": round3(g.Share), "max_share": p.Float("max_share"), "blobs": g.Blobs},
				Message: redact.Textf("%s has glare: %.1f %% of the frame is burnt out in %d %s, limit %.1f %%",
					a.doc.File, g.Share*100, g.Blobs, plural(g.Blobs, "patch", "patches"), p.Float("max_share")*100)})
		}
	},
}

// Grayscale reports black-and-white photos or photocopies where the rule set
// requires colour, judged from chroma rather than the file type.
var Grayscale = &lint.Rule{
	ID:       "image.grayscale",
	Title:    "the photo is black and white where colour is required",
	Severity: lint.Error,
	Why: "Colour shows security features (holograms, coloured inks) that a photocopy loses; Onfido (colour_picture), " +
		"Sumsub (BLACK_AND_WHITE) and Kraken (\"full colour\") decline black-and-white images.",
	Hint: "Photograph the original document in colour; do not upload a photocopy or a black-and-white scan.",
	Details: "Judged from the spread of chroma across the image, which a colour cast from warm light does not raise, " +
		"so a black-and-white copy under a lamp is still recognised. Bills often print in black on white, so only the " +
		"categories listed in `categories` are judged.",
	Params: []lint.Param{
		{Name: "max_chroma_spread", Type: lint.FloatParam, Default: float64(imaging.MaxGrayChromaSpread), Min: 0,
			Doc: "an image whose chroma spread is at most this is black and white"},
		{Name: "categories", Type: lint.ListParam, Default: []string{"identity", "selfie"}, Values: categories,
			Doc: "document categories that must be in colour"},
	},
	Run: func(p *lint.Pass) {
		judged := p.List("categories")
		for _, a := range decoded(p) {
			if !slices.Contains(judged, string(a.doc.Category())) || a.a.Metrics.ChromaSpread > p.Float("max_chroma_spread") {
				continue
			}
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"chroma_spread": round1(a.a.Metrics.ChromaSpread), "max_chroma_spread": p.Float("max_chroma_spread")},
				Message: redact.Textf("%s is black and white (chroma spread %.1f, colour needs more than %g)", a.doc.File, a.a.Metrics.ChromaSpread, p.Float("max_chroma_spread"))})
		}
	},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
