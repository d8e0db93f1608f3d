package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/statement"
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
		"postcode and number agree) is a warning; a different postcode, number or town is an error. " +
		"A PDF with a text layer is read as a reviewer reads it: the address block printed on it is compared with the " +
		"applicant's address when kyc.yaml declares no address for the document, and with the declared one when it does.",
	Requires: textRequires,
	Run: func(p *lint.Pass) {
		applicant := p.Pack.Manifest.Applicant.Address
		for _, d := range proofs(p) {
			if d.Address != "" && applicant != "" {
				reportAddress(p, d, compared{want: applicant, got: d.Address})
			}
			st := statementOf(p, d)
			if !st.Read || st.Address == nil {
				continue
			}
			if d.Address != "" {
				reportAddress(p, d, compared{want: d.Address, got: st.Address.Text, ofDoc: true, text: st.Address})
			} else if applicant != "" {
				reportAddress(p, d, compared{want: applicant, got: st.Address.Text, text: st.Address})
			}
		}
	},
}

// compared is one comparison of an address on a proof with a declared one.
type compared struct {
	want, got string
	ofDoc     bool                    // want is the address kyc.yaml declares for the document, not the applicant's
	text      *statement.AddressMatch // where got was read in the document's text; nil when declared
}

// reportAddress reports c when its addresses differ: a partial match as a
// warning, a difference at the rule's severity.
func reportAddress(p *lint.Pass, d *pack.Document, c compared) {
	v := address.Compare(c.want, c.got)
	if v.Result == address.Match {
		return
	}
	file, line := p.Where(d, "address")
	f := lint.Finding{File: file, Line: line, Data: map[string]any{"result": v.Result.String()}}
	verb := "differs from"
	if v.Result == address.Partial {
		f.Severity = p.Soften(lint.Warning)
		verb = "only partly matches"
	}
	if c.text == nil {
		f.Message = redact.Textf("%s: the address %s %s the declared %s: %s",
			redact.FileOf(d.File), redact.AddressOf(c.got), verb, redact.AddressOf(c.want), v.Detail)
		p.Report(f)
		return
	}
	f.Data = textData(f.Data, c.text.Page, c.text.Line)
	declared := "the applicant's address"
	if c.ofDoc {
		declared = "the address kyc.yaml declares for it"
	}
	f.Message = redact.Textf("%s: the address %s %s %s %s, %s: %s",
		redact.FileOf(d.File), redact.AddressOf(c.got), inText(c.text.Page, c.text.Line), verb, declared, redact.AddressOf(c.want), v.Detail)
	p.Report(f)
}
