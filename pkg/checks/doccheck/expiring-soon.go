package doccheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// ExpiringSoon warns about identity documents that expire within a few days
// of the lint date: a review that takes a week may see them expired.
var ExpiringSoon = lint.New(&lint.Rule{
	ID:            "document.expiring-soon",
	Title:         "an identity document expires soon",
	Severity:      lint.Warning,
	NeedsManifest: true,
	Why:           "Reviews take days and some platforms refuse documents that expire within weeks of the application.",
	Hint:          "Renew the document first if you can, or apply with another that is valid for longer.",
	Details: "Without an expiry_date or mrz: in kyc.yaml, the expiry date of the MRZ read from the photo is used, when " +
		"kyclint vouches for every character; the message then says so.",
	Requires: analysis.ZoneRequires,
}, expiringSoonParams{WarnDays: 30}, func(p *lint.Pass, c expiringSoonParams) {
	warn := c.WarnDays
	for _, d := range datedIdentities(p) {
		left := p.Date.DaysUntil(d.Expiry)
		if left < 0 || left > warn {
			continue
		}
		p.Doc(d.Document, d.key(), d.data(map[string]any{"days_left": left, "warn_days": warn, "expiry_date": d.Expiry.String()}), "",
			"%s (%s) expires on %s%s, in %d %s (warning within %d)", redact.FileOf(d.File), d.Type.Label(), redact.DateOf(d.Expiry.String()), d.source(), left, plural(left, "day"), warn)
	}
})

type expiringSoonParams struct {
	WarnDays int `param:"warn_days" min:"0" doc:"warn when the document expires within this many days"`
}
