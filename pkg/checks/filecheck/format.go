// Package filecheck holds the file.* rules: what a document file is, judged
// from its content, and how big it is.
package filecheck

import (
	"slices"
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Format reports files whose content is not a format the rule set accepts.
var Format = lint.New(&lint.Rule{
	ID:       "file.format",
	Title:    "the file's content is not an accepted format",
	Severity: lint.Error,
	Why: "Upload forms accept a few formats, judged by content: an iPhone HEIC photo, a WebP screenshot or a " +
		"file that is no image at all is refused before anyone looks at it.",
	Hint: "Save or export the document as one of the accepted formats (JPEG, PNG, or PDF for statements).",
}, FormatParams{Accepted: []string{"jpeg", "png", "pdf"}, ByCategory: map[string][]string{}}, func(p *lint.Pass, c FormatParams) {
	for _, d := range readable(p) {
		head, err := d.Head()
		if err != nil {
			p.Reportf(d.File, 0, "%s cannot be read: %v", redact.FileOf(d.File), err)
			continue
		}
		accepted := c.For(d.Category())
		f := filetype.Sniff(head)
		if slices.Contains(accepted, string(f)) {
			continue
		}
		data := map[string]any{"format": string(f), "accepted": accepted}
		switch {
		case len(head) == 0:
			p.Report(lint.Finding{File: d.File, Message: textf("%s is empty (0 bytes)", redact.FileOf(d.File)), Data: data,
				Hint: "Replace it with the document file; the copy or download did not complete."})
		case f == filetype.Unknown:
			p.Report(lint.Finding{File: d.File, Message: textf("%s is not an image or PDF kyclint recognises; accepted: %s", redact.FileOf(d.File), labels(accepted)), Data: data})
		case f == filetype.HEIC || f == filetype.HEIF || f == filetype.AVIF:
			p.Report(lint.Finding{File: d.File, Data: data,
				Message: textf("%s is a %s photo; accepted: %s", redact.FileOf(d.File), f.Label(), labels(accepted)),
				Hint:    "Export the photo as JPEG: on an iPhone, Settings > Camera > Formats > Most Compatible, or share it as JPEG from Photos."})
		default:
			p.Report(lint.Finding{File: d.File, Data: data, Message: textf("%s is %s; accepted: %s", redact.FileOf(d.File), f.Label(), labels(accepted))})
		}
	}
})

// FormatParams are file.format's parameters.
type FormatParams struct {
	Accepted   []string            `param:"accepted" values:"@formats" doc:"formats accepted for every document, judged by content"`
	ByCategory map[string][]string "param:\"by_category\" keys:\"@categories\" values:\"@formats\" doc:\"formats accepted for one category of document, replacing `accepted` for it\""
}

// Words lets the tags name the formats kyclint recognises.
func (FormatParams) Words() map[string][]string {
	return map[string][]string{"formats": filetype.Names}
}

// For returns the formats accepted for a document of category cat.
func (c FormatParams) For(cat pack.Category) []string {
	if l, ok := c.ByCategory[string(cat)]; ok {
		return l
	}
	return c.Accepted
}

// readable returns the documents whose file may be opened.
func readable(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.State == pack.PathOK {
			out = append(out, d)
		}
	}
	return out
}

func labels(formats []string) string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = filetype.Format(f).Label()
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}
