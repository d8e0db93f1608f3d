package identitycheck

import (
	"strings"
	"time"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// DOB reports an identity document whose printed or MRZ date of birth
// differs from the one the applicant declared.
var DOB = &lint.Rule{
	ID:            "identity.dob",
	Title:         "a document's date of birth differs from the declared one",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "The date of birth typed into the form must be the one on the identity document; " +
		"a difference of a single digit is enough for an automatic decline (Veriff, Onfido, Didit all compare it).",
	Hint: "Correct the date of birth in the application (and kyc.yaml) to match the identity document exactly.",
	Details: "Compared with each identity document's printed date of birth, the birth date its national identity number encodes " +
		"(see document.number; a number with a two-digit year is compared on those two digits) and, when the document declares an MRZ, the MRZ's; " +
		"without a declared MRZ, the one read from the photo when kyclint vouches for every character (the photo's MRZ). " +
		"A difference that is a day/month swap or a single digit is named in the hint: it is usually a typing slip.",
	Requires: analysis.ZoneRequires,
	Run: func(p *lint.Pass) {
		declared := p.Pack.Manifest.Applicant.DateOfBirth
		if declared.IsZero() {
			return
		}
		for _, d := range p.Pack.Documents {
			if d.Category() != pack.Identity {
				continue
			}
			if !d.DateOfBirth.IsZero() && d.DateOfBirth != declared {
				report(p, d, "date_of_birth", "printed", declared, d.DateOfBirth)
			}
			if z := analysis.ZoneOf(p, d); z.Zone != nil {
				if birth, ok := mrzBirth(p, z); ok && birth != declared && birth != d.DateOfBirth {
					report(p, d, z.Key(), z.Label(), declared, birth)
				}
			}
			numberBirth(p, d, declared)
		}
	},
}

// numberBirth reports the birth date a national identity number encodes
// when it differs from the declared one (and from the document's printed
// one, already reported).
func numberBirth(p *lint.Pass, d *pack.Document, declared pack.Date) {
	r, ok := analysis.NationalNumber(p, d)
	if !ok || !analysis.BirthDiffers(r.Birth, declared) ||
		(!d.DateOfBirth.IsZero() && !analysis.BirthDiffers(r.Birth, d.DateOfBirth)) {
		return
	}
	// A number without the century or the day takes them from the
	// declared date, so that only what it encodes is said to differ.
	found := pack.Date{Year: r.Birth.Year, Month: time.Month(r.Birth.Month), Day: r.Birth.Day}
	if !r.Birth.CenturyKnown {
		found.Year = declared.Year - declared.Year%100 + r.Birth.Year%100
	}
	if found.Day == 0 {
		found.Day = declared.Day
	}
	report(p, d, "number", "ID number's", declared, found)
}

func report(p *lint.Pass, d *pack.Document, key, source string, declared, found pack.Date) {
	p.Doc(d, key, map[string]any{"source": source}, dobHint(declared, found),
		"%s: the %s date of birth %s differs from the declared %s (%s)", redact.FileOf(d.File), source,
		redact.DateOf(found.String()), redact.DateOf(declared.String()), Difference(declared, found))
}

// mrzBirth returns the date of birth of a document's MRZ, when it is a
// date.
func mrzBirth(p *lint.Pass, z analysis.DocZone) (pack.Date, bool) {
	t, err := z.Zone.Fields.ResolveBirthDate(p.Date.Time())
	if err != nil {
		return pack.Date{}, false
	}
	return pack.DateOf(t), true
}

// Difference says which part of two dates differs, without saying what
// they are: the masked message shows only the years.
func Difference(a, b pack.Date) string {
	return redact.DateDifference(a.String(), b.String())
}

func dobHint(declared, found pack.Date) string {
	switch how := Difference(declared, found); {
	case how == "day and month swapped":
		return "Day and month look swapped: a typing slip. Write dates as YYYY-MM-DD and correct the application to match the document."
	case strings.HasPrefix(how, "one digit"):
		return "One digit differs, the most common typing slip: correct the application to match the document."
	}
	return "Correct the date of birth in the application (and kyc.yaml) to match the identity document exactly."
}
