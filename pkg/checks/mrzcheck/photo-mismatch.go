package mrzcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/redact"
)

// PhotoMismatch reports an MRZ declared in the manifest that differs from
// the one read, with every check holding, in the document's photo.
var PhotoMismatch = &lint.Rule{
	ID:            "mrz.photo-mismatch",
	Title:         "the MRZ in kyc.yaml differs from the one in the photo",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "The verifier reads the MRZ from the photo; a different one in the manifest is a transcription slip, " +
		"or the photo shows another document, and either way the data sent does not match the document.",
	Hint: "Copy the MRZ again from the document in the photo, or check that the right photo is attached.",
	Details: "Compared only when kyclint reads the zone in the photo with every check digit holding and no character " +
		"in doubt (see mrz.unreadable), and the zone in kyc.yaml parses. Each differing field is named: document " +
		"number, date of birth, expiry date, names, nationality, sex, issuing state, optional data; the values are " +
		"personal data and follow the report's redaction.",
	Requires: append([]lint.Analyzer{analysis.MRZ}, photoRequires...),
	Run: func(p *lint.Pass) {
		for _, d := range withMRZ(p) {
			if !carriesMRZ(d) {
				continue
			}
			declared := analysis.MRZ.Of(p, d).Zone
			if declared == nil {
				continue
			}
			r := analysis.MRZPhoto.Of(p, d)
			if !r.Valid() {
				continue
			}
			read, err := mrz.Parse(r.Result.Text())
			if err != nil {
				continue
			}
			diffs := fieldDiffs(declared.Fields, read.Fields)
			if len(diffs) == 0 {
				continue // a wrong check digit alone is mrz.check-digit's
			}
			file, line := p.Where(d, "mrz")
			p.Report(lint.Finding{File: file, Line: line, Data: map[string]any{"fields": diffs},
				Message: redact.Textf("%s: the MRZ in kyc.yaml differs from the one read in the photo: %s",
					redact.FileOf(d.File), strings.ReplaceAll(strings.Join(diffs, ", "), "_", " "))})
		}
	},
}

// fieldDiffs names the fields where two zones differ.
func fieldDiffs(a, b mrz.Fields) []string {
	var out []string
	for _, f := range []struct {
		name string
		a, b string
	}{
		{"document_number", a.DocumentNumber, b.DocumentNumber},
		{"date_of_birth", a.BirthDate, b.BirthDate},
		{"expiry_date", a.ExpiryDate, b.ExpiryDate},
		{"surname", a.Surname, b.Surname},
		{"given_names", a.GivenNames, b.GivenNames},
		{"nationality", a.Nationality, b.Nationality},
		{"sex", a.Sex, b.Sex},
		{"issuing_state", a.IssuingState, b.IssuingState},
		{"document_code", a.DocumentCode, b.DocumentCode},
		{"optional_data", a.OptionalData + a.OptionalData2, b.OptionalData + b.OptionalData2},
	} {
		if f.a != f.b {
			out = append(out, f.name)
		}
	}
	return out
}
