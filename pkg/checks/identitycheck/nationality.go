package identitycheck

import (
	"golang.org/x/text/language"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Nationality reports an applicant whose declared nationality no identity
// document in the pack shows.
var Nationality = &lint.Rule{
	ID:            "identity.nationality",
	Title:         "no identity document shows the declared nationality",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "The nationality typed into the form is checked against the passport or national ID card; " +
		"a different country is declined as a mismatch, and some platforms' country lists depend on it.",
	Hint: "Declare the nationality the identity document shows (its nationality field, not the issuing country), " +
		"or add the passport of the nationality you declare.",
	Details: "Compared with each identity document's declared nationality, else its MRZ's (declared, or read from the photo " +
		"when kyclint vouches for every character). Two-letter and three-letter ISO 3166 codes are equal (GB = GBR; " +
		"Germany's MRZ code D = DEU). A person with two nationalities passes when any identity document shows the declared one.",
	Requires: analysis.ZoneRequires,
	Run: func(p *lint.Pass) {
		declared := p.Pack.Manifest.Applicant.Nationality
		if declared == "" {
			return
		}
		var differing []shownNationality
		for _, d := range p.Pack.Documents {
			n, ok := nationalityOf(p, d)
			if !ok {
				continue
			}
			if sameCountry(n.code, declared) {
				return
			}
			differing = append(differing, n)
		}
		for _, n := range differing {
			p.Doc(n.doc, n.key, map[string]any{"nationality": n.code, "declared": declared}, "",
				"%s: the %s nationality %s differs from the declared nationality %s", redact.FileOf(n.doc.File), n.source, n.code, declared)
		}
	},
}

// A shownNationality is the nationality an identity document shows, and
// where it was read.
type shownNationality struct {
	doc    *pack.Document
	code   string
	source string // "printed", "MRZ" or "photo's MRZ"
	key    string // the manifest key a finding points at
}

func nationalityOf(p *lint.Pass, d *pack.Document) (shownNationality, bool) {
	if d.Category() != pack.Identity {
		return shownNationality{}, false
	}
	if d.Nationality != "" {
		return shownNationality{d, d.Nationality, "printed", "nationality"}, true
	}
	z := analysis.ZoneOf(p, d)
	if z.Zone == nil || z.Zone.Fields.Nationality == "" || d.Type == pack.DrivingLicence {
		return shownNationality{}, false
	}
	return shownNationality{d, z.Zone.Fields.Nationality, z.Label(), z.Key()}, true
}

// sameCountry compares ISO 3166-1 codes of either length; codes it does not
// know (MRZ codes such as UTO or XXA) must be spelled alike.
func sameCountry(a, b string) bool {
	return alpha3(a) == alpha3(b)
}

func alpha3(code string) string {
	if code == "D" || code == "D<<" {
		return "DEU" // Germany's code in machine readable zones
	}
	r, err := language.ParseRegion(code)
	if err != nil || r.ISO3() == "ZZZ" {
		return code
	}
	return r.ISO3()
}
