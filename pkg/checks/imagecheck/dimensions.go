package imagecheck

import (
	"errors"
	"fmt"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Dimensions reports images too small for their text to be read, and
// images whose header claims more pixels than kyclint will decode.
var Dimensions = &lint.Rule{
	ID:       "image.dimensions",
	Title:    "the image is too small, or over the pixel budget",
	Severity: lint.Error,
	Why: "Reviewers and OCR need the document's small print: a card photographed at under about 1000 pixels " +
		"on its short side is unreadable (OkayID asks 900×600 for the card alone). An image declaring tens of " +
		"thousands of pixels a side is a decompression bomb or a scan at absurd resolution, refused by upload forms (Stripe: 8000 px).",
	Hint: "Photograph the document with the phone's main camera at full resolution, filling most of the frame.",
	Details: "The header is read before any pixel: an image over max_pixels is refused without decoding, so a decompression " +
		"bomb costs microseconds, not gigabytes.",
	Params: []lint.Param{
		{Name: "min_short_side", Type: lint.IntParam, Default: 1000, Min: 1, Doc: "smallest accepted short side in pixels"},
		{Name: "by_category", Type: lint.IntMapParam, Default: map[string]int{"selfie": 480},
			Keys: []string{"identity", "address", "selfie", "other"}, Doc: "min_short_side for a category of document"},
		{Name: "max_pixels", Type: lint.IntParam, Default: imaging.DefaultMaxPixels, Min: 1,
			Doc: "largest image decoded, in pixels; larger ones are refused unread"},
	},
	Run: func(p *lint.Pass) {
		for _, a := range images(p) {
			var le *imaging.LimitError
			if errors.As(a.err, &le) {
				p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"width": le.Width, "height": le.Height, "max_pixels": le.MaxPixels},
					Message: redact.Textf("%s declares %d×%d pixels (%s), over the %s budget; it was not decoded",
						a.doc.File, le.Width, le.Height, megapixels(le.Pixels()), megapixels(le.MaxPixels)),
					Hint: "Export the image at a normal resolution (a phone photo is 12 MP); a file declaring more is refused."})
				continue
			}
			if a.a == nil || a.a.Width == 0 {
				continue
			}
			minSide := p.Int("min_short_side")
			if v, ok := p.IntMap("by_category")[string(a.doc.Category())]; ok {
				minSide = v
			}
			short := min(a.a.Width, a.a.Height)
			if short >= minSide {
				continue
			}
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"width": a.a.Width, "height": a.a.Height, "min_short_side": minSide},
				Message: redact.Textf("%s is %d×%d pixels; its short side is under %d", a.doc.File, a.a.Width, a.a.Height, minSide)})
		}
	},
}

func megapixels(n int64) string { return fmt.Sprintf("%.1f MP", float64(n)/1e6) }
