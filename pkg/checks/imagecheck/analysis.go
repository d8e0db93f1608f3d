// Package imagecheck holds the image.* rules. Each image of a pack is
// decoded and measured once (pkg/imaging); every rule reads that analysis.
package imagecheck

import (
	"slices"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// requires is what every image rule reads: the image analysis.
var requires = []lint.Analyzer{analysis.Image}

// analyzed pairs a document with its image analysis.
type analyzed struct {
	doc *pack.Document
	a   *imaging.Analysis // nil when the file could not be read at all
	err error             // a *imaging.DecodeError or *imaging.LimitError, or an I/O error
}

// images returns every readable document whose content is an image format
// kyclint analyses (HEIC included, for its EXIF), with its analysis.
func images(p *lint.Pass) []analyzed {
	var out []analyzed
	for _, d := range p.Pack.Documents {
		if d.State != pack.PathOK {
			continue
		}
		head, err := d.Head()
		if err != nil {
			continue
		}
		f := filetype.Sniff(head)
		if !f.IsImage() && f != filetype.HEIC && f != filetype.HEIF && f != filetype.AVIF {
			continue
		}
		r := analysis.Image.Of(p, d)
		out = append(out, analyzed{doc: d, a: r.Analysis, err: r.Err})
	}
	return out
}

// decoded returns the images whose pixels were measured.
func decoded(p *lint.Pass) []analyzed {
	var out []analyzed
	for _, a := range images(p) {
		if a.a != nil && a.a.Metrics != nil {
			out = append(out, a)
		}
	}
	return out
}

// judged returns the decoded images of the given categories.
func judged(p *lint.Pass, categories []string) []analyzed {
	var out []analyzed
	for _, a := range decoded(p) {
		if slices.Contains(categories, string(a.doc.Category())) {
			out = append(out, a)
		}
	}
	return out
}

// threshold picks d's category's value from byCategory, or def.
func threshold[T any](d *pack.Document, byCategory map[string]T, def T) T {
	if v, ok := byCategory[string(d.Category())]; ok {
		return v
	}
	return def
}
