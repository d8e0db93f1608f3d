package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Name reports a proof of address made out to someone other than the applicant.
var Name = lint.New(&lint.Rule{
	ID:            "address.name",
	Title:         "a proof of address shows another name",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A bill in a partner's or parent's name does not prove where the applicant lives; reviewers decline it " +
		"(Shufti SPDR22: \"Name on the Address Document doesn't match\").",
	Hint:    "Use a bill or statement addressed to you by name; titles (Mr, Ms, Dr) and initials are fine.",
	Details: "Compared like identity.name, with titles dropped and initials accepted (Mr J P Nowak = Jan Piotr Nowak).",
}, nameParams{AllowMissingMiddleNames: true}, func(p *lint.Pass, c nameParams) {
	declared := p.Pack.Manifest.Applicant.Name
	if declared == "" {
		return
	}
	opt := names.Options{AllowMissingMiddleNames: c.AllowMissingMiddleNames, DropTitles: true}
	for _, d := range proofs(p) {
		if d.Name != "" {
			compareNames(p, d, declared, opt)
		}
	}
})

type nameParams struct {
	AllowMissingMiddleNames bool `param:"allow_missing_middle_names" doc:"accept a proof that leaves out a middle name, or the other way round"`
}

// compareNames reports the addressee of proof d when it is not the declared
// name: a near match (a possible typo) as a warning, a different name at the
// rule's severity. identity.name words its findings the same way.
func compareNames(p *lint.Pass, d *pack.Document, declared string, opt names.Options) {
	const source = "addressee"
	v := names.Compare(declared, d.Name, opt)
	if v.Result == names.Match {
		return
	}
	file, line := p.Where(d, "name")
	f := lint.Finding{File: file, Line: line, Data: map[string]any{"source": source, "result": v.Result.String(), "tier": v.Tier.String()}}
	if v.Result == names.Near {
		f.Severity = p.Soften(lint.Warning)
		f.Message = redact.Textf("%s: the %s name %s nearly matches the declared %s: %s",
			d.File, source, redact.NameOf(d.Name), redact.NameOf(declared), v.Detail)
		f.Hint = "Possible typo: compare the two names letter by letter and correct the application to match the document."
	} else {
		f.Message = redact.Textf("%s: the %s name %s differs from the declared %s: %s",
			d.File, source, redact.NameOf(d.Name), redact.NameOf(declared), v.Detail)
	}
	p.Report(f)
}
