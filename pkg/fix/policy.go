package fix

import (
	"slices"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/checks/filecheck"
	"github.com/kyclint/kyclint/pkg/checks/imagecheck"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A policy is what the rule set asks of one file, across every document
// that lists it.
type policy struct {
	maxBytes  int64    // file.size max_bytes; 0 when the rule is off
	minShort  int      // image.dimensions min_short_side for the strictest category
	maxPixels int64    // the image analysis's pixel budget
	formats   []string // formats file.format accepts for every category listing the file; nil when the rule is off
}

// policyFor reads the parameters of file.size, file.format and
// image.dimensions for the categories of docs.
func policyFor(s *lint.Settings, docs []*pack.Document) policy {
	var pol policy
	if size, ok := lint.ParamsOf[filecheck.SizeParams](s, filecheck.Size); ok && s.Rules[filecheck.Size.ID].Severity != lint.Off {
		pol.maxBytes = int64(size.MaxBytes)
	}
	if img, ok := lint.SettingsOf[analysis.ImageSettings](s, analysis.Image); ok {
		pol.maxPixels = int64(img.MaxPixels)
	}
	dims, _ := lint.ParamsOf[imagecheck.DimensionsParams](s, imagecheck.Dimensions)
	format, _ := lint.ParamsOf[filecheck.FormatParams](s, filecheck.Format)
	formatOn := s.Rules[filecheck.Format.ID].Severity != lint.Off
	for i, d := range docs {
		short := dims.MinShortSide
		if v, ok := dims.ByCategory[string(d.Category())]; ok {
			short = v
		}
		pol.minShort = max(pol.minShort, short)
		if !formatOn {
			continue
		}
		accepted := format.For(d.Category())
		if i == 0 {
			pol.formats = slices.Clone(accepted)
		} else {
			pol.formats = slices.DeleteFunc(pol.formats, func(f string) bool { return !slices.Contains(accepted, f) })
		}
	}
	if formatOn && pol.formats == nil {
		pol.formats = []string{}
	}
	return pol
}

// accepts reports whether the rule set takes format f for the file.
func (p policy) accepts(f string) bool { return p.formats == nil || slices.Contains(p.formats, f) }
