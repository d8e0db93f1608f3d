package addresscheck

import (
	"path"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// SameDocument reports one document used as both identity document and
// proof of address, where the rule set forbids it.
var SameDocument = &lint.Rule{
	ID:            "address.same-document",
	Title:         "one document serves as identity and address proof",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Some platforms need two independent documents: Binance accepts a national ID showing the address as proof " +
		"of address, but not the same document already used for identity.",
	Hint:     "Add a separate proof of address, such as a utility bill or bank statement issued in the last 3 months.",
	Details:  "The same file listed twice, or two files with identical bytes, under an identity type and an address-proof type.",
	Requires: []lint.Analyzer{analysis.SHA256},
	Run: func(p *lint.Pass) {
		var ids []*pack.Document
		for _, d := range p.Pack.Documents {
			if d.Category() == pack.Identity {
				ids = append(ids, d)
			}
		}
		for _, proof := range proofs(p) {
			for _, id := range ids {
				if same(p, id, proof) {
					p.Doc(proof, "file", nil, "", "%s is listed as %s and is also the identity document %s",
						redact.FileOf(proof.File), proof.Type.Label(), redact.FileOf(id.File))
					break
				}
			}
		}
	},
}

// same reports whether a and b are one file, or two files with the same bytes.
func same(p *lint.Pass, a, b *pack.Document) bool {
	if path.Clean(a.File) == path.Clean(b.File) {
		return true
	}
	if a.State != pack.PathOK || b.State != pack.PathOK || a.Size != b.Size {
		return false
	}
	ha, hb := analysis.SHA256.Of(p, a), analysis.SHA256.Of(p, b)
	return ha != nil && hb != nil && *ha == *hb
}
