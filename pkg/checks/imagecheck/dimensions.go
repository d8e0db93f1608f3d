package imagecheck

import (
	"errors"
	"fmt"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Dimensions reports images too small for their text to be read, and
// images whose header claims more pixels than kyclint will decode.
var Dimensions = lint.New(&lint.Rule{
	ID:       "image.dimensions",
	Title:    "the image is too small, or over the pixel budget",
	Severity: lint.Error,
	Why: "Reviewers and OCR need the document's small print: a card photographed at under about 1000 pixels " +
		"on its short side is unreadable (OkayID asks 900×600 for the card alone). An image declaring tens of " +
		"thousands of pixels a side is a decompression bomb or a scan at absurd resolution, refused by upload forms (Stripe: 8000 px).",
	Hint: "Photograph the document with the phone's main camera at full resolution, filling most of the frame.",
	Details: "The header is read before any pixel: an image over the pixel budget (analyses.image.max_pixels) is refused " +
		"without decoding, so a decompression bomb costs microseconds, not gigabytes. The decoded frame is budgeted in bytes " +
		"too, at 4 bytes a pixel of the pixel budget: a 16-bit RGBA image takes 8 bytes a pixel and is refused above a quarter of it. " +
		"A file over 256 MiB is not read at all (nor hashed): file.size reports its size, and this rule that it was not read.",
	Requires: requires,
	Replaced: map[string]string{
		"max_pixels": "the pixel budget is a setting of the image analysis, which every image rule shares; set analyses.image.max_pixels instead",
	},
}, DimensionsParams{MinShortSide: 1000, ByCategory: map[string]int{"selfie": 480}}, func(p *lint.Pass, c DimensionsParams) {
	for _, a := range images(p) {
		var big *pack.TooLargeError
		if errors.As(a.err, &big) {
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"bytes": big.Size, "max_read_bytes": pack.MaxReadBytes},
				Message: redact.Textf("%s was not read: %s", redact.FileOf(a.doc.File), big.Error()),
				Hint:    "Export the photo again at a normal size; no upload form takes a file this large."})
			continue
		}
		var le *imaging.LimitError
		if errors.As(a.err, &le) && le.OverBytes() {
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"width": le.Width, "height": le.Height,
				"bytes_per_pixel": le.BytesPerPixel, "max_decoded_bytes": le.MaxBytes},
				Message: redact.Textf("%s declares %d×%d pixels at %d bytes a pixel (%s decoded), over the %s budget; it was not decoded",
					redact.FileOf(a.doc.File), le.Width, le.Height, le.BytesPerPixel, megabytes(le.Bytes()), megabytes(le.MaxBytes)),
				Hint: "Export the image at 8 bits per channel and without transparency (a 16-bit scan takes twice the memory of an ordinary photo)."})
			continue
		}
		if errors.As(a.err, &le) {
			p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"width": le.Width, "height": le.Height, "max_pixels": le.MaxPixels},
				Message: redact.Textf("%s declares %d×%d pixels (%s), over the %s budget; it was not decoded",
					redact.FileOf(a.doc.File), le.Width, le.Height, megapixels(le.Pixels()), megapixels(le.MaxPixels)),
				Hint: "Export the image at a normal resolution (a phone photo is 12 MP); a file declaring more is refused."})
			continue
		}
		if a.a == nil || a.a.Width == 0 {
			continue
		}
		minSide := threshold(a.doc, c.ByCategory, c.MinShortSide)
		short := min(a.a.Width, a.a.Height)
		if short >= minSide {
			continue
		}
		p.Report(lint.Finding{File: a.doc.File, Data: map[string]any{"width": a.a.Width, "height": a.a.Height, "min_short_side": minSide},
			Message: redact.Textf("%s is %d×%d pixels; its short side is under %d", redact.FileOf(a.doc.File), a.a.Width, a.a.Height, minSide)})
	}
})

// DimensionsParams are image.dimensions's parameters.
type DimensionsParams struct {
	MinShortSide int            `param:"min_short_side" min:"1" doc:"smallest accepted short side in pixels"`
	ByCategory   map[string]int `param:"by_category" keys:"@categories" doc:"min_short_side for a category of document"`
}

func megapixels(n int64) string { return fmt.Sprintf("%.1f MP", float64(n)/1e6) }

func megabytes(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }
