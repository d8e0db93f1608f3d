// Package mrzcheck holds the mrz.* rules: the machine readable zone of each
// identity document, checked on its own and against the printed fields.
package mrzcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// requires are the analyses every mrz rule reads.
var requires = []lint.Analyzer{analysis.MRZ}

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
