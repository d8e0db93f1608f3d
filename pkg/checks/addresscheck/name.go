package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/statement"
)

// Name reports a proof of address made out to someone other than the applicant.
var Name = lint.New(&lint.Rule{
	ID:            "address.name",
	Title:         "a proof of address shows another name",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A bill in a partner's or parent's name does not prove where the applicant lives; reviewers decline it " +
		"(Shufti SPDR22: \"Name on the Address Document doesn't match\").",
	Hint: "Use a bill or statement addressed to you by name; titles (Mr, Ms, Dr) and initials are fine.",
	Details: "Compared like identity.name, with titles dropped and initials accepted (Mr J P Nowak = Jan Piotr Nowak). " +
		"A PDF with a text layer is read as a reviewer reads it: the addressee printed on it is compared with the " +
		"applicant's name when kyc.yaml declares no name for the document, and with the declared name when it does.",
	Requires: textRequires,
}, nameParams{AllowMissingMiddleNames: true}, func(p *lint.Pass, c nameParams) {
	applicant := p.Pack.Manifest.Applicant.Name
	opt := names.Options{AllowMissingMiddleNames: c.AllowMissingMiddleNames, DropTitles: true}
	for _, d := range proofs(p) {
		if d.Name != "" && applicant != "" {
			compareNames(p, d, applicant, opt)
		}
		st := statementOf(p, d)
		if !st.Read || st.Name == nil {
			continue
		}
		if d.Name != "" {
			compareTextName(p, d, d.Name, true, st.Name, opt)
		} else if applicant != "" {
			compareTextName(p, d, applicant, false, st.Name, opt)
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
	switch v.Result {
	case names.Near:
		f.Severity = p.Soften(lint.Warning)
		f.Message = redact.Textf("%s: the %s name %s nearly matches the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(d.Name), redact.NameOf(declared), v.Detail)
		f.Hint = "Possible typo: compare the two names letter by letter and correct the application to match the document."
	case names.Incomparable:
		f.Severity = p.Soften(lint.Warning)
		f.Message = redact.Textf("%s: cannot compare the %s name %s with the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(d.Name), redact.NameOf(declared), v.Detail)
		f.Hint = "A reviewer will compare the names by eye; one in Latin letters on the proof avoids the question."
	default:
		f.Message = redact.Textf("%s: the %s name %s differs from the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(d.Name), redact.NameOf(declared), v.Detail)
	}
	p.Report(f)
}

// compareTextName reports the addressee printed in proof d when it is not
// want: the name kyc.yaml declares for the document (ofDoc), or else the
// applicant's.
func compareTextName(p *lint.Pass, d *pack.Document, want string, ofDoc bool, got *statement.NameMatch, opt names.Options) {
	v := names.Compare(want, got.Text, opt)
	if v.Result == names.Match {
		return
	}
	file, line := p.Where(d, "name")
	f := lint.Finding{File: file, Line: line,
		Data: textData(map[string]any{"source": "addressee", "result": v.Result.String(), "tier": v.Tier.String()}, got.Page, got.Line)}
	verb := "differs from"
	switch v.Result {
	case names.Near:
		f.Severity = p.Soften(lint.Warning)
		verb = "nearly matches"
	case names.Incomparable:
		f.Severity = p.Soften(lint.Warning)
		verb = "cannot be compared with"
	}
	declared := "the applicant's name"
	if ofDoc {
		declared = "the name kyc.yaml declares for it"
		f.Hint = "Declare the name as the document prints it; if the document is addressed to someone else, use one addressed to you."
	}
	f.Message = redact.Textf("%s: the addressee %s %s %s %s, %s: %s",
		redact.FileOf(d.File), redact.NameOf(got.Text), inText(got.Page, got.Line), verb, declared, redact.NameOf(want), v.Detail)
	p.Report(f)
}
