package mrzcheck

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Format reports an MRZ that is not a well-formed zone, holds an impossible
// date, or does not fit the type of document it was declared on.
var Format = &lint.Rule{
	ID:            "mrz.format",
	Title:         "the machine readable zone is malformed",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Verification services read the MRZ first; one that does not parse (a wrong line length, a letter " +
		"O typed for a zero, a missing filler) fails the automatic check and sends the pack to manual review or refusal.",
	Hint: "Copy the MRZ again character by character from the document: 2 lines of 44 for a passport, 3 of 30 or 2 of 36 for a card, with every < filler.",
	Details: "ICAO 9303 formats: TD1 (3×30, identity cards), TD2 (2×36), TD3 (2×44, passports), MRV-A (2×44) and MRV-B (2×36) visas, " +
		"and the French national identity card of 1988–2021. A passport's MRZ must be TD3 with document code P; an identity card's TD1 or TD2. " +
		"When kyc.yaml gives no mrz:, an MRZ read from the photo with every check holding is held to the same kinds.",
	Requires: analysis.ZoneRequires,
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if strings.TrimSpace(d.MRZ) != "" || !hasType(d) {
				continue
			}
			// A zone read from the photo parses and its checks hold; only
			// its kind can be wrong for the declared type.
			if z := analysis.ZoneOf(p, d); z.FromPhoto && !fits(z.Zone, d.Type, nil) {
				file, line := p.Where(d, "type")
				p.Report(lint.Finding{File: file, Line: line,
					Message: redact.Textf("%s: the photo's MRZ is %s with document code %s, on a %s; expected %s",
						redact.FileOf(d.File), z.Zone.Format, z.Zone.Fields.DocumentCode, d.Type.Label(), strings.Join(expectedFormats(d.Type), " or ")),
					Hint: "Check that the photo is of this document, and that its type in kyc.yaml is right.",
					Data: map[string]any{"format": string(z.Zone.Format), "source": "photo"}})
			}
		}
		for _, d := range withMRZ(p) {
			z := analysis.MRZ.Of(p, d)
			if z.Err != nil {
				file, line := zoneLine(p, d, z.Err.Line)
				p.Report(lint.Finding{File: file, Line: line,
					Message: redact.Textf("%s: MRZ line %d, column %d: %s", redact.FileOf(d.File), z.Err.Line, z.Err.Column, z.Err.Message)})
				continue
			}
			for _, pr := range z.Zone.Problems {
				file, line := zoneLine(p, d, pr.Line)
				p.Report(lint.Finding{File: file, Line: line,
					Message: redact.Textf("%s: MRZ line %d, column %d: %s", redact.FileOf(d.File), pr.Line, pr.Column, pr.Message)})
			}
			if want := expectedFormats(d.Type); len(want) > 0 && !fits(z.Zone, d.Type, want) {
				file, line := p.Where(d, "mrz")
				p.Report(lint.Finding{File: file, Line: line,
					Message: redact.Textf("%s: a %s MRZ with document code %s on a %s; expected %s",
						redact.FileOf(d.File), z.Zone.Format, z.Zone.Fields.DocumentCode, d.Type.Label(), strings.Join(want, " or ")),
					Hint: fmt.Sprintf("Check that the MRZ was copied from this document, and that its type in kyc.yaml is right."),
					Data: map[string]any{"format": string(z.Zone.Format)}})
			}
		}
	},
}

// hasType reports a document whose type fixes the kind of its MRZ.
func hasType(d *pack.Document) bool { return len(expectedFormats(d.Type)) > 0 }

func expectedFormats(t pack.DocType) []string {
	switch t {
	case pack.Passport:
		return []string{"TD3 (2 lines of 44) with code P"}
	case pack.IDCard, pack.ResidencePermit:
		return []string{"TD1 (3 lines of 30)", "TD2 (2 lines of 36)"}
	}
	return nil
}

// fits reports whether a zone is the kind its document type carries.
func fits(z *mrz.Zone, t pack.DocType, _ []string) bool {
	code := z.Fields.DocumentCode
	switch t {
	case pack.Passport:
		return z.Format == mrz.TD3 && strings.HasPrefix(code, "P")
	case pack.IDCard, pack.ResidencePermit:
		return z.Format == mrz.TD1 || z.Format == mrz.TD2 || z.Format == mrz.FrenchID
	}
	return true
}
