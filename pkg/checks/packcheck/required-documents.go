package packcheck

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// RequiredDocuments reports a pack that lacks the documents its rule set asks
// for: an identity document and a proof of address, typically.
var RequiredDocuments = &lint.Rule{
	ID:            "pack.required-documents",
	Title:         "the pack lacks a document the rule set requires",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why:           "Reviews stop at the first missing document: no identity document, or no proof of address where one is required.",
	Hint:          "Add the missing document to the pack and list it in kyc.yaml.",
	Details: "The rule set's `documents:` section says, per category (identity, address, selfie), which types are accepted and how " +
		"many documents are needed. The two sides of one card count once: entries with `side: back` are not counted.",
	Run: func(p *lint.Pass) {
		counts := map[pack.Category]int{}
		for _, d := range p.Pack.Documents {
			if d.IsBackSide() || d.State == pack.PathUnsafe || !p.Documents.Accepts(d.Type) {
				continue
			}
			counts[d.Category()]++
		}
		line := p.Pack.Manifest.Lines["documents"]
		for _, cat := range []pack.Category{pack.Identity, pack.AddressProof, pack.SelfieCat} {
			cp, ok := p.Documents[cat]
			if !ok || counts[cat] >= cp.Min {
				continue
			}
			p.Report(lint.Finding{File: p.Pack.ManifestFile, Line: line,
				Message: redact.Textf("needs %d %s, found %d", cp.Min, categoryLabel(cat, cp.Min), counts[cat]),
				Hint:    fmt.Sprintf("Add %s to the pack and list it in kyc.yaml.", oneOf(cp.Accepted)),
				Data:    map[string]any{"category": string(cat), "found": counts[cat], "required": cp.Min}})
		}
	},
}

func categoryLabel(c pack.Category, n int) string {
	label := map[pack.Category]string{pack.Identity: "identity document", pack.AddressProof: "proof of address",
		pack.SelfieCat: "selfie"}[c]
	if n == 1 {
		return label
	}
	if c == pack.AddressProof {
		return "proofs of address"
	}
	return label + "s"
}

func oneOf(types []pack.DocType) string {
	if len(types) == 0 {
		return "any document of that kind"
	}
	labels := make([]string, len(types))
	for i, t := range types {
		labels[i] = t.Label()
	}
	if len(labels) == 1 {
		return "a " + labels[0]
	}
	return "a " + strings.Join(labels[:len(labels)-1], ", ") + " or " + labels[len(labels)-1]
}
