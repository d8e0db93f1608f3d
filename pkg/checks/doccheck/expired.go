package doccheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Expired reports identity documents past their expiry date.
var Expired = lint.New(&lint.Rule{
	ID:            "document.expired",
	Title:         "an identity document has expired",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "Regulations ask for a valid, unexpired government document; an expired one is refused outright.",
	Hint:          "Use an identity document that is still valid, or renew this one before applying.",
	Details: "A few jurisdictions accept some documents for a while after expiry (Australia: an Australian passport " +
		"expired less than two years): grace_days gives the days per document type, and grace_issuers limits the " +
		"grace to documents issued by those countries (the document's issuing_country, else its nationality). " +
		"Without an expiry_date or mrz: in kyc.yaml, the expiry date of the MRZ read from the photo is used, when " +
		"kyclint vouches for every character; the message then says so.",
	Requires: analysis.ZoneRequires,
}, expiredParams{GraceDays: map[string]int{}, GraceIssuers: []string{}}, func(p *lint.Pass, c expiredParams) {
	for _, d := range datedIdentities(p) {
		days := d.Expiry.DaysUntil(p.Date)
		if days <= 0 || days <= c.grace(d.Document) {
			continue
		}
		p.Doc(d.Document, d.key(), d.data(map[string]any{"days_expired": days, "expiry_date": d.Expiry.String()}), "",
			"%s (%s) expired on %s%s, %d %s before %s", redact.FileOf(d.File), d.Type.Label(), redact.DateOf(d.Expiry.String()), d.source(), days, plural(days, "day"), p.Date)
	}
})

type expiredParams struct {
	GraceDays    map[string]int `param:"grace_days" keys:"@identity_types" doc:"days after expiry a document type is still accepted"`
	GraceIssuers []string       `param:"grace_issuers" doc:"issuing countries (ISO 3166 codes) the grace applies to; empty means any"`
}

// Words lists the identity document types, the keys of grace_days.
func (expiredParams) Words() map[string][]string {
	var types []string
	for _, t := range pack.DocTypes {
		if t.Category() == pack.Identity {
			types = append(types, string(t))
		}
	}
	return map[string][]string{"identity_types": types}
}

// grace returns the days after expiry that d is still accepted.
func (c expiredParams) grace(d *pack.Document) int {
	days, ok := c.GraceDays[string(d.Type)]
	if !ok {
		return 0
	}
	if len(c.GraceIssuers) == 0 {
		return days
	}
	issuer := d.IssuingCountry
	if issuer == "" {
		issuer = d.Nationality
	}
	for _, country := range c.GraceIssuers {
		if strings.EqualFold(country, issuer) {
			return days
		}
	}
	return 0
}
