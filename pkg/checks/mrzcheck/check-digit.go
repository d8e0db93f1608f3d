package mrzcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// CheckDigit reports each check digit of an MRZ that does not match the
// data it covers.
var CheckDigit = &lint.Rule{
	ID:            "mrz.check-digit",
	Title:         "a check digit of the machine readable zone is wrong",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Check digits let a machine catch a misread or altered MRZ; a wrong one means the MRZ was mistyped " +
		"here or the document was altered, and automatic verification refuses it either way.",
	Hint: "Compare the MRZ in kyc.yaml with the document character by character; 0 and O, 1 and I, 5 and S, 8 and B are the usual slips.",
	Details: "Check digits use the ICAO 9303 weights 7, 3, 1 (< counts 0, A–Z count 10–35). Each failing digit is named: " +
		"document number, date of birth, expiry date, optional data, or the composite digit over all of them.",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, d := range withMRZ(p) {
			z := analysis.MRZ.Of(p, d).Zone
			if z == nil {
				continue
			}
			for _, c := range z.Checks {
				if c.OK {
					continue
				}
				file, line := zoneLine(p, d, c.Line)
				p.Report(lint.Finding{File: file, Line: line,
					Message: redact.Textf("%s: %s (MRZ line %d, column %d)", redact.FileOf(d.File), c.Message(), c.Line, c.Column),
					Data:    map[string]any{"check_digit": c.Name, "printed": c.Got, "computed": c.Want, "column": c.Column},
					Hint:    hintFor(c.Name)})
			}
		}
	},
}

func hintFor(name string) string {
	field := strings.ReplaceAll(name, "_", " ")
	if name == "composite" {
		return "The composite digit covers the number, dates and optional data: recheck each of them in the MRZ."
	}
	return "Recheck the " + field + " and its check digit in the MRZ against the document; 0/O, 1/I, 5/S and 8/B are the usual slips."
}
