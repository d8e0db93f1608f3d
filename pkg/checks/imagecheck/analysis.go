// Package imagecheck holds the image.* rules. Each image of a pack is
// decoded and measured once (pkg/imaging); every rule reads that analysis.
package imagecheck

import (
	"slices"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// result is one document's analysis, shared through pack.Document.Memo.
type result struct {
	a   *imaging.Analysis // nil when the file could not be read at all
	err error             // a *imaging.DecodeError or *imaging.LimitError, or an I/O error
}

// analyzed pairs a document with its analysis.
type analyzed struct {
	doc *pack.Document
	result
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
		out = append(out, analyzed{doc: d, result: analysisOf(p, d)})
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

func analysisOf(p *lint.Pass, d *pack.Document) result {
	maxPixels := int64(imaging.DefaultMaxPixels)
	if rs, ok := p.Settings.Rules["image.dimensions"]; ok {
		if v, ok := rs.Params["max_pixels"].(int); ok {
			maxPixels = int64(v)
		}
	}
	return d.Memo("image", func() any {
		ra, err := d.Content()
		if err != nil {
			return result{err: err}
		}
		a, err := imaging.Analyze(ra, d.Size, imaging.Options{Limits: imaging.Limits{MaxPixels: maxPixels}})
		return result{a: a, err: err}
	}).(result)
}

// categories are the document categories a rule's parameters may name.
var categories = []string{"identity", "address", "selfie", "other"}

// categoriesParam is the `categories` parameter of a rule that judges only
// some categories of document.
func categoriesParam(def []string, doc string) lint.Param {
	return lint.Param{Name: "categories", Type: lint.ListParam, Default: def, Values: categories, Doc: doc}
}

// judged returns the decoded images whose category the rule's
// `categories` parameter lists.
func judged(p *lint.Pass) []analyzed {
	cats := p.List("categories")
	var out []analyzed
	for _, a := range decoded(p) {
		if slices.Contains(cats, string(a.doc.Category())) {
			out = append(out, a)
		}
	}
	return out
}

// threshold picks a per-category value from a by_category mapping.
func threshold(p *lint.Pass, d *pack.Document, name string) float64 {
	if v, ok := p.FloatMap("by_category")[string(d.Category())]; ok {
		return v
	}
	return p.Float(name)
}
