package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/checks/identitycheck"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Name reports a proof of address made out to someone other than the applicant.
var Name = &lint.Rule{
	ID:            "address.name",
	Title:         "a proof of address shows another name",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "A bill in a partner's or parent's name does not prove where the applicant lives; reviewers decline it " +
		"(Shufti SPDR22: \"Name on the Address Document doesn't match\").",
	Hint:    "Use a bill or statement addressed to you by name; titles (Mr, Ms, Dr) and initials are fine.",
	Details: "Compared like identity.name, with titles dropped and initials accepted (Mr J P Nowak = Jan Piotr Nowak).",
	Params: []lint.Param{
		{Name: "allow_missing_middle_names", Type: lint.BoolParam, Default: true,
			Doc: "accept a proof that leaves out a middle name, or the other way round"},
	},
	Run: func(p *lint.Pass) {
		declared := p.Pack.Manifest.Applicant.Name
		if declared == "" {
			return
		}
		opt := names.Options{AllowMissingMiddleNames: p.Bool("allow_missing_middle_names"), DropTitles: true}
		for _, d := range proofs(p) {
			if d.Name != "" {
				identitycheck.CompareNames(p, d, "name", "addressee", declared, d.Name, opt)
			}
		}
	},
}

// Match reports a proof of address whose address is not the declared one.
var Match = &lint.Rule{
	ID:            "address.match",
	Title:         "a proof of address shows another address",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "The address on the proof must be the one in the application (Shufti SPDR26, Didit ADDRESS_MISMATCH_WITH_PROVIDED); " +
		"a different house number or postcode is declined, a missing flat number often sends the pack back.",
	Hint: "Declare the address exactly as the bill or statement prints it, including the flat number and postcode.",
	Details: "Case, punctuation and common abbreviations (St/Street, Rd/Road, Ave/Avenue, Apt/Apartment, Str./Straße…) are folded, " +
		"and postcodes are compared without spaces. A partial match (a missing flat number, a street that differs where the " +
		"postcode and number agree) is a warning; a different postcode, number or town is an error.",
	Run: func(p *lint.Pass) {
		declared := p.Pack.Manifest.Applicant.Address
		if declared == "" {
			return
		}
		for _, d := range proofs(p) {
			if d.Address == "" {
				continue
			}
			v := address.Compare(declared, d.Address)
			if v.Result == address.Match {
				continue
			}
			file, line := p.Where(d, "address")
			f := lint.Finding{File: file, Line: line, Data: map[string]any{"result": v.Result.String()},
				Message: redact.Textf("%s: the address %s differs from the declared %s: %s",
					d.File, redact.AddressOf(d.Address), redact.AddressOf(declared), v.Detail)}
			if v.Result == address.Partial {
				f.Severity = p.Soften(lint.Warning)
				f.Message = redact.Textf("%s: the address %s only partly matches the declared %s: %s",
					d.File, redact.AddressOf(d.Address), redact.AddressOf(declared), v.Detail)
			}
			p.Report(f)
		}
	},
}

func proofs(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.Category() == pack.AddressProof {
			out = append(out, d)
		}
	}
	return out
}
