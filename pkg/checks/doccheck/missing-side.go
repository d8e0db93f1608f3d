package doccheck

import (
	"slices"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// MissingSide reports a two-sided document declared with one side only.
var MissingSide = lint.New(&lint.Rule{
	ID:            "document.missing-side",
	Title:         "a two-sided document lacks its front or back",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Identity cards, residence permits and driving licences print part of their data on the back (a Chinese " +
		"resident ID its validity period, a European ID card its MRZ); platforms ask for both sides and decline an " +
		"upload with one (Onfido missing_back, Sumsub DOCUMENT_PAGE_MISSING).",
	Hint: "Photograph the other side too and list it as its own entry with `side: front` or `side: back`.",
	Details: "A document of a type in `types` declared with `side: front` needs an entry of the same type with " +
		"`side: back`, and the other way round. An entry without `side:` is taken to show the whole document (both " +
		"sides on one scan) and is not reported. The same photo given for both sides is image.duplicate's finding.",
}, missingSideParams{Types: []string{string(pack.IDCard), string(pack.ResidencePermit), string(pack.DrivingLicence)}},
	func(p *lint.Pass, c missingSideParams) {
		for _, d := range p.Pack.Documents {
			if d.Side == "" || d.Pair != nil || !slices.Contains(c.Types, string(d.Type)) {
				continue
			}
			other := "back"
			if d.Side == "back" {
				other = "front"
			}
			p.Doc(d, "side", map[string]any{"side": d.Side, "missing": other}, "",
				"%s is the %s side of a two-sided %s; no entry of that type gives its %s side", redact.FileOf(d.File), d.Side, d.Type.Label(), other)
		}
	})

type missingSideParams struct {
	Types []string `param:"types" values:"@identity_types" doc:"document types whose front and back must both be given"`
}

// Words lists the identity document types, the values of types.
func (missingSideParams) Words() map[string][]string { return expiredParams{}.Words() }
