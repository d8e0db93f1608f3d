package doccheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// datedIdentities returns identity documents with a readable expiry date.
func datedIdentities(p *lint.Pass) []*pack.Document {
	var out []*pack.Document
	for _, d := range p.Pack.Documents {
		if d.Category() == pack.Identity && !d.ExpiryDate.IsZero() {
			out = append(out, d)
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 || n == -1 {
		return word
	}
	return word + "s"
}
