package fix

import (
	"slices"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A policy is what the rule set asks of one file, across every document
// that lists it.
type policy struct {
	maxBytes  int64    // file.size max_bytes; 0 when the rule is off
	minShort  int      // image.dimensions min_short_side for the strictest category
	maxPixels int64    // image.dimensions max_pixels: the decode budget
	formats   []string // formats file.format accepts for every category listing the file; nil when the rule is off
}

// policyFor reads the parameters of file.size, file.format and
// image.dimensions for the categories of docs.
func policyFor(s *lint.Settings, docs []*pack.Document) policy {
	var pol policy
	if rs, ok := s.Rules["file.size"]; ok && rs.Severity != lint.Off {
		pol.maxBytes, _ = rs.Params["max_bytes"].(int64)
	}
	dims := s.Rules["image.dimensions"]
	if v, ok := dims.Params["max_pixels"].(int); ok {
		pol.maxPixels = int64(v)
	}
	format, formatOn := s.Rules["file.format"]
	formatOn = formatOn && format.Severity != lint.Off
	for i, d := range docs {
		cat := string(d.Category())
		short, _ := dims.Params["min_short_side"].(int)
		if v, ok := dims.Params["by_category"].(map[string]int)[cat]; ok {
			short = v
		}
		pol.minShort = max(pol.minShort, short)
		if !formatOn {
			continue
		}
		accepted, _ := format.Params["accepted"].([]string)
		if l, ok := format.Params["by_category"].(map[string][]string)[cat]; ok {
			accepted = l
		}
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
