package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

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
