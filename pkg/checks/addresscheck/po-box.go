package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// POBox reports a P.O. box where a residential address is required.
var POBox = &lint.Rule{
	ID:            "address.po-box",
	Title:         "the address is a P.O. box",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "KYC asks where the applicant lives; a P.O. box is only where mail arrives. Kraken refuses P.O. boxes " +
		"in any country, Binance.US and Persona decline them.",
	Hint: "Declare your residential street address and use a proof of address that shows it.",
	Details: "Recognised in the common spellings of several languages: PO Box, P.O.B., Post Office Box, GPO Box, " +
		"Locked Bag, PMB, Postfach, Boîte postale (BP), Apartado de correos, Casella postale, Caixa postal, " +
		"Postbus, Skrytka pocztowa. Street names such as Boxhill Road are not boxes.",
	Run: func(p *lint.Pass) {
		a := p.Pack.Manifest.Applicant
		if address.IsPOBox(a.Address) {
			p.Reportf(p.Pack.ManifestFile, a.FieldLine("address"), "the declared address %s is a P.O. box", redact.AddressOf(a.Address))
		}
		for _, d := range proofs(p) {
			if address.IsPOBox(d.Address) {
				p.Doc(d, "address", nil, "", "%s: the address %s is a P.O. box", redact.FileOf(d.File), redact.AddressOf(d.Address))
			}
		}
	},
}
