package doccheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Expired reports identity documents past their expiry date.
var Expired = &lint.Rule{
	ID:            "document.expired",
	Title:         "an identity document has expired",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "Regulations ask for a valid, unexpired government document; an expired one is refused outright.",
	Hint:          "Use an identity document that is still valid, or renew this one before applying.",
	Details: "A few jurisdictions accept some documents for a while after expiry (Australia: an Australian passport " +
		"expired less than two years): grace_days gives the days per document type, and grace_issuers limits the " +
		"grace to documents issued by those countries (the document's issuing_country, else its nationality).",
	Params: []lint.Param{
		{Name: "grace_days", Type: lint.IntMapParam, Default: map[string]int{}, Keys: identityTypes(),
			Doc: "days after expiry a document type is still accepted"},
		{Name: "grace_issuers", Type: lint.ListParam, Default: []string{},
			Doc: "issuing countries (ISO 3166 codes) the grace applies to; empty means any"},
	},
	Run: func(p *lint.Pass) {
		for _, d := range datedIdentities(p) {
			days := d.ExpiryDate.DaysUntil(p.Date)
			if days <= 0 || days <= grace(p, d) {
				continue
			}
			p.Doc(d, "expiry_date", map[string]any{"days_expired": days, "expiry_date": d.ExpiryDate.String()}, "",
				"%s (%s) expired on %s, %d %s before %s", d.File, d.Type.Label(), d.ExpiryDate, days, plural(days, "day"), p.Date)
		}
	},
}

// ExpiringSoon warns about identity documents that expire within a few days
// of the lint date: a review that takes a week may see them expired.
var ExpiringSoon = &lint.Rule{
	ID:            "document.expiring-soon",
	Title:         "an identity document expires soon",
	Severity:      lint.Warning,
	NeedsManifest: true,
	Why:           "Reviews take days and some platforms refuse documents that expire within weeks of the application.",
	Hint:          "Renew the document first if you can, or apply with another that is valid for longer.",
	Params: []lint.Param{
		{Name: "warn_days", Type: lint.IntParam, Default: 30, Min: 0, Doc: "warn when the document expires within this many days"},
	},
	Run: func(p *lint.Pass) {
		warn := p.Int("warn_days")
		for _, d := range datedIdentities(p) {
			left := p.Date.DaysUntil(d.ExpiryDate)
			if left < 0 || left > warn {
				continue
			}
			p.Doc(d, "expiry_date", map[string]any{"days_left": left, "warn_days": warn, "expiry_date": d.ExpiryDate.String()}, "",
				"%s (%s) expires on %s, in %d %s (warning within %d)", d.File, d.Type.Label(), d.ExpiryDate, left, plural(left, "day"), warn)
		}
	},
}

// datedIdentities returns identity documents with a readable expiry date.
func datedIdentities(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.Category() == pack.Identity && !d.ExpiryDate.IsZero() {
			out = append(out, d)
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 || n == -1 {
		return word
	}
	return word + "s"
}

// grace returns the days after expiry that d is still accepted.
func grace(p *lint.Pass, d *pack.Document) int {
	days, ok := p.IntMap("grace_days")[string(d.Type)]
	if !ok {
		return 0
	}
	issuers := p.List("grace_issuers")
	if len(issuers) == 0 {
		return days
	}
	issuer := d.IssuingCountry
	if issuer == "" {
		issuer = d.Nationality
	}
	for _, c := range issuers {
		if strings.EqualFold(c, issuer) {
			return days
		}
	}
	return 0
}

func identityTypes() []string {
	var out []string
	for _, t := range pack.DocTypes {
		if t.Category() == pack.Identity {
			out = append(out, string(t))
		}
	}
	return out
}
