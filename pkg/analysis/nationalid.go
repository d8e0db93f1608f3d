package analysis

import (
	"time"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/nationalid"
	"github.com/kyclint/kyclint/pkg/pack"
)

// NationalNumber returns the verdict on document d's national identity
// number, chosen by its issuing_country and type (identity cards and
// residence permits only: a passport's number is not a national number).
// ok is false when no scheme applies: no number, no country, a
// country kyclint has no scheme for, or a number of another shape where
// the card carries two numbers (see nationalid.Scheme.Gated).
//
// Without an issuing_country, an identity card is presumed issued by the
// holder's nationality, and its number is checked only when it has the
// shape of that country's numbers: a Chinese national's Hong Kong identity
// card is not taken for a mainland one.
func NationalNumber(p *lint.Pass, d *pack.Document) (nationalid.Result, bool) {
	today := p.Date.Time().Add(24*time.Hour - time.Nanosecond)
	if d.Number == "" {
		return nationalid.Result{}, false
	}
	if d.IssuingCountry == "" {
		if d.Type != pack.IDCard || d.Nationality == "" {
			return nationalid.Result{}, false
		}
		return nationalid.CheckShaped(d.Nationality, nationalid.IDCard, d.Number, today)
	}
	var kind nationalid.Kind
	switch d.Type {
	case pack.IDCard:
		kind = nationalid.IDCard
	case pack.ResidencePermit:
		kind = nationalid.ResidencePermit
	default:
		return nationalid.Result{}, false
	}
	return nationalid.Check(d.IssuingCountry, kind, d.Number, today)
}

// BirthDiffers reports whether a number's embedded birth differs from
// date: only the last two digits of the year count when the number has no
// century, and the day is not compared when it has none.
func BirthDiffers(b *nationalid.Birth, date pack.Date) bool {
	if b == nil || date.IsZero() {
		return false
	}
	year := date.Year
	if !b.CenturyKnown {
		year = b.Year - b.Year%100 + date.Year%100
	}
	return year != b.Year || int(date.Month) != b.Month || (b.Day != 0 && date.Day != b.Day)
}

// BirthDate returns a number's embedded birth as a date, when the number
// gives all of it (a four-digit year and a day).
func BirthDate(b *nationalid.Birth) (pack.Date, bool) {
	if b == nil || !b.CenturyKnown || b.Day == 0 {
		return pack.Date{}, false
	}
	return pack.Date{Year: b.Year, Month: time.Month(b.Month), Day: b.Day}, true
}
