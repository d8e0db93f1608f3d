// Package addresscheck holds the address.* rules: proofs of address against
// the rule set and the declared address.
package addresscheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// proofs returns the proofs of address.
func proofs(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.Category() == pack.AddressProof {
			out = append(out, d)
		}
	}
	return out
}
