package analysis

import (
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// ImageSettings are the settings of the image analysis, which a rule set
// changes under analyses.image.
type ImageSettings struct {
	MaxPixels int `param:"max_pixels" min:"1" doc:"largest image decoded, in pixels; larger ones are refused unread"`
}

// An ImageResult is one document's image analysis.
type ImageResult struct {
	// Analysis is nil when the file could not be read at all.
	Analysis *imaging.Analysis
	// Err is a *imaging.DecodeError or *imaging.LimitError when the pixels
	// could not be measured, or an I/O error.
	Err error
}

// Measured reports whether the pixels were decoded and measured.
func (r ImageResult) Measured() bool { return r.Analysis != nil && r.Analysis.Metrics != nil }

// Image decodes an image document once, within the pixel budget, and
// measures everything the image rules judge (see imaging.Analyze). For an
// identity document it keeps the working luma plane (Analysis.Luma), which
// MRZPhoto reads.
var Image = lint.NewConfiguredAnalysis("image",
	"decodes each image once, after checking its header against the pixel budget, and measures blur, exposure, glare, colour and the document's outline",
	ImageSettings{MaxPixels: imaging.DefaultMaxPixels},
	analyzeImage)

func analyzeImage(d *pack.Document, s ImageSettings) ImageResult {
	if err := d.TooLarge(); err != nil {
		return ImageResult{Err: err}
	}
	ra, err := d.Content()
	if err != nil {
		return ImageResult{Err: err}
	}
	// Identity documents keep their working luma plane for the MRZ
	// reader (see MRZPhoto): one decode serves both.
	a, err := imaging.Analyze(ra, d.Size, imaging.Options{Limits: imaging.Limits{MaxPixels: int64(s.MaxPixels)},
		KeepLuma: d.Category() == pack.Identity})
	return ImageResult{Analysis: a, Err: err}
}
