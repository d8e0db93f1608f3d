package filecheck

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
)

// Size reports files over the upload limit, and images so small that they
// are thumbnails rather than photos of a document.
var Size = lint.New(&lint.Rule{
	ID:       "file.size",
	Title:    "the file is too large to upload or too small to be a photo",
	Severity: lint.Error,
	Why: "Upload forms refuse files over their limit (2 MB is common), and an image of a few KiB is a " +
		"thumbnail or a screenshot of one, too small for text on the document to be read.",
	Hint: "Export the photo at a lower quality or resolution to bring it under the limit; replace a thumbnail with the original photo.",
}, SizeParams{MaxBytes: 2_000_000, MinImageBytes: 10 << 10}, func(p *lint.Pass, c SizeParams) {
	maxBytes, minImage := int64(c.MaxBytes), int64(c.MinImageBytes)
	for _, d := range readable(p) {
		data := map[string]any{"bytes": d.Size, "max_bytes": maxBytes}
		if d.Size > maxBytes {
			p.Report(lint.Finding{File: d.File, Data: data,
				Message: textf("%s is %s, over the %s limit", d.File, sizeOver(d.Size, maxBytes), Limit(maxBytes))})
			continue
		}
		if d.Size == 0 {
			continue // file.format reports an empty file
		}
		head, err := d.Head()
		if err != nil || !filetype.Sniff(head).IsImage() || d.Size >= minImage {
			continue
		}
		p.Report(lint.Finding{File: d.File, Data: map[string]any{"bytes": d.Size, "min_image_bytes": minImage},
			Message: textf("%s is only %s, under the %s expected of a photo; it looks like a thumbnail", d.File, Human(d.Size), Human(minImage)),
			Hint:    "Use the original photo from the camera or scanner, not a preview or thumbnail."})
	}
})

// SizeParams are file.size's parameters.
type SizeParams struct {
	MaxBytes      lint.Bytes `param:"max_bytes" doc:"largest accepted file; write \"2 MB\" (2 000 000 bytes) where a platform says MB"`
	MinImageBytes lint.Bytes `param:"min_image_bytes" doc:"smallest image accepted as a photo of a document; PDFs are exempt"`
}

// Human writes a byte count the way file managers do, in binary units.
func Human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Limit writes a size limit in the units it was given in: a platform's
// "2 MB" is 2 000 000 bytes, and saying "1.9 MiB" would hide that.
func Limit(n int64) string {
	if n >= 1000 && n%1000 == 0 {
		return decimal(n)
	}
	return Human(n)
}

// decimal writes a byte count in powers of 1000, dropping a trailing ".0".
func decimal(n int64) string {
	for _, u := range []struct {
		size float64
		name string
	}{{1e9, "GB"}, {1e6, "MB"}, {1e3, "kB"}} {
		if float64(n) >= u.size {
			return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/u.size), ".0") + " " + u.name
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// SizeAgainst writes a size in the units of the limit it is compared with.
func SizeAgainst(n, limit int64) string {
	if n >= 1000 && limit >= 1000 && limit%1000 == 0 {
		return decimal(n)
	}
	return Human(n)
}

// sizeOver shows a size that rounds to the limit with its exact byte count,
// so "2 MB, over the 2 MB limit" never appears.
func sizeOver(n, limit int64) string {
	if s := SizeAgainst(n, limit); s != Limit(limit) {
		return s
	}
	return fmt.Sprintf("%s (%d bytes)", SizeAgainst(n, limit), n)
}
