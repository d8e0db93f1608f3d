// Package mrzcheck holds the mrz.* rules: the machine readable zone of each
// identity document, checked on its own and against the printed fields.
package mrzcheck

import (
	"errors"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/pack"
)

// parsed is a document's MRZ, parsed once and shared by every rule.
type parsed struct {
	zone *mrz.Zone
	err  *mrz.Error
}

// Zone returns a document's parsed MRZ, or nil when it declares none or the
// text is not a zone (mrz.format reports that).
func Zone(d *pack.Document) *mrz.Zone {
	if strings.TrimSpace(d.MRZ) == "" {
		return nil
	}
	return zoneOf(d).zone
}

func zoneOf(d *pack.Document) parsed {
	return d.Memo("mrz", func() any {
		z, err := mrz.Parse(d.MRZ)
		var perr *mrz.Error
		if err != nil && !errors.As(err, &perr) {
			perr = &mrz.Error{Line: 1, Column: 1, Message: err.Error()}
		}
		return parsed{zone: z, err: perr}
	}).(parsed)
}

// withMRZ returns the documents that declare an MRZ.
func withMRZ(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if strings.TrimSpace(d.MRZ) != "" {
			out = append(out, d)
		}
	}
	return out
}

// zoneLine returns the manifest line of line n (from 1) of a document's MRZ:
// a multi-line MRZ is a block scalar whose lines follow the `mrz: |` key.
func zoneLine(p *lint.Pass, d *pack.Document, n int) (string, int) {
	file, line := p.Where(d, "mrz")
	if line > 0 && strings.Contains(strings.TrimSpace(d.MRZ), "\n") {
		line += n
	}
	return file, line
}
