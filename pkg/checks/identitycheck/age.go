// Package identitycheck holds the identity.* rules: the applicant as
// declared, against the rule set and the identity documents.
package identitycheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Age reports an applicant younger than the minimum age, or a date of birth
// that lies in the future.
var Age = lint.New(&lint.Rule{
	ID:            "identity.age",
	Title:         "the applicant is under the minimum age",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "Platforms only open accounts for adults; an application under the minimum age is declined automatically.",
	Hint:          "Check the declared date of birth; if it is right, the applicant cannot open this account yet.",
	Details: "The declared date of birth is checked, and so is each birth date an identity card's or residence " +
		"permit's national number encodes with its century (document.number lists them): a number that makes the " +
		"applicant younger than the minimum is reported on its line, as reviewers read the age from the card.",
}, ageParams{MinYears: 18}, func(p *lint.Pass, c ageParams) {
	a := p.Pack.Manifest.Applicant
	underage := !a.DateOfBirth.IsZero() && (p.Date.Before(a.DateOfBirth) || a.DateOfBirth.YearsUntil(p.Date) < c.MinYears)
	if !underage {
		numberAges(p, c)
	}
	if a.DateOfBirth.IsZero() {
		return
	}
	file, line := p.Pack.ManifestFile, a.FieldLine("date_of_birth")
	if p.Date.Before(a.DateOfBirth) {
		p.Report(lint.Finding{File: file, Line: line,
			Message: redact.Textf("date of birth %s is after the lint date %s", redact.DateOf(a.DateOfBirth.String()), p.Date),
			Hint:    "Correct the declared date of birth: it is in the future."})
		return
	}
	age := a.DateOfBirth.YearsUntil(p.Date)
	if age >= c.MinYears {
		return
	}
	comes := a.DateOfBirth.Time().AddDate(c.MinYears, 0, 0)
	days := p.Date.DaysUntil(pack.DateOf(comes))
	p.Report(lint.Finding{File: file, Line: line,
		Message: redact.Textf("applicant is %d, under the minimum age of %d (%d more %s to wait)", age, c.MinYears, days, plural(days, "day")),
		Data:    map[string]any{"age_years": age, "min_years": c.MinYears, "days_until_eligible": days}})
})

// numberAges reports identity documents whose national number encodes a
// birth date under the minimum age, when the declared one is not.
func numberAges(p *lint.Pass, c ageParams) {
	for _, d := range p.Pack.Documents {
		r, ok := analysis.NationalNumber(p, d)
		if !ok {
			continue
		}
		birth, ok := analysis.BirthDate(r.Birth)
		if !ok || birth.YearsUntil(p.Date) >= c.MinYears {
			continue
		}
		age := birth.YearsUntil(p.Date)
		days := p.Date.DaysUntil(pack.DateOf(birth.Time().AddDate(c.MinYears, 0, 0)))
		file, line := p.Where(d, "number")
		p.Report(lint.Finding{File: file, Line: line,
			Message: redact.Textf("%s: the birth date its number %s encodes makes the applicant %d, under the minimum age of %d",
				redact.FileOf(d.File), redact.NumberOf(d.Number), age, c.MinYears),
			Hint: "Check the number against the card; if it is right, the applicant cannot open this account yet.",
			Data: map[string]any{"age_years": age, "min_years": c.MinYears, "days_until_eligible": days, "source": "number"}})
	}
}

type ageParams struct {
	MinYears int `param:"min_years" min:"0" doc:"minimum age in whole years on the lint date"`
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
