// Package doccheck holds the document.* rules: whether each declared
// document is acceptable, complete and in date.
package doccheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Type reports documents of a type the rule set does not accept.
var Type = &lint.Rule{
	ID:            "document.type",
	Title:         "the document type is not accepted by the rule set",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Each jurisdiction and platform accepts its own list of documents: a driving licence is no identity " +
		"document under German law, and many platforms refuse mobile phone bills as proof of address.",
	Hint: "Replace the document with one of the accepted types listed in the message.",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if d.Guessed || d.Type == pack.Other || p.Documents.Accepts(d.Type) {
				continue
			}
			accepted := p.Documents[d.Category()].Accepted
			names := make([]string, len(accepted))
			for i, t := range accepted {
				names[i] = t.Label()
			}
			p.Doc(d, "type", map[string]any{"type": string(d.Type)}, "",
				"%s: a %s is not accepted as %s under %s; accepted: %s", redact.FileOf(d.File), d.Type.Label(),
				categoryPhrase(d.Category()), p.Settings.ID, strings.Join(names, ", "))
		}
	},
}

func categoryPhrase(c pack.Category) string {
	switch c {
	case pack.Identity:
		return "an identity document"
	case pack.AddressProof:
		return "proof of address"
	}
	return string(c)
}
