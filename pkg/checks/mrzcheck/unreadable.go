package mrzcheck

import (
	"slices"
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// photoRequires are the analyses of the rules that read the MRZ in a photo.
var photoRequires = []lint.Analyzer{analysis.Image, analysis.MRZPhoto}

// Unreadable reports the photo of a passport or identity card whose machine
// readable zone kyclint cannot find or read, when the manifest gives no MRZ
// either: the verifier reads the zone from the photo, and has nothing else.
var Unreadable = &lint.Rule{
	ID:       "mrz.unreadable",
	Title:    "the machine readable zone cannot be read from the photo",
	Severity: lint.Warning,
	Why: "Verification services read the MRZ from the photo first and compare it with the printed fields; a zone " +
		"that is missing from the frame, cut off or hidden by glare or blur fails that step and sends the pack to " +
		"manual review or back to the applicant.",
	Hint: hintNotFound,
	Details: "Judged: passports, identity cards and residence permits (the documents that carry an MRZ; a driving " +
		"licence has none) that are images and declare no mrz: in kyc.yaml; the front of a card (side: front) is " +
		"left out, its MRZ being on the back. kyclint reads the zone from the working copy of the photo (1000 pixels " +
		"on the long side) and reports it not found, cut off at the edge of the frame, or illegible: check digits " +
		"or content checks that fail, or lines that fit no MRZ format. A zone whose checks all hold is silent, even " +
		"when kyclint cannot vouch for every character (a name's letter, say): a verifier reads it, and only " +
		"mrz.photo-mismatch, which needs every character vouched for, leaves it aside.",
	Requires: photoRequires,
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if !carriesMRZ(d) || strings.TrimSpace(d.MRZ) != "" {
				continue
			}
			r := analysis.MRZPhoto.Of(p, d)
			if !r.Tried || r.Problem == analysis.PhotoRead || r.Problem == analysis.PhotoDoubtful {
				continue
			}
			f := lint.Finding{File: d.File, Data: map[string]any{"problem": r.Problem.String()}}
			switch r.Problem {
			case analysis.PhotoNotFound:
				f.Message = redact.Textf("%s: no machine readable zone found in the photo", redact.FileOf(d.File))
				f.Hint = hintNotFound
				if d.Type != pack.Passport {
					f.Hint = hintNotFoundCard
				}
			case analysis.PhotoCut:
				f.Message = redact.Textf("%s: the machine readable zone runs off the edge of the photo", redact.FileOf(d.File))
				f.Hint = hintCut
			default:
				f.Message = redact.Textf("%s: the machine readable zone was found but cannot be read: %s", redact.FileOf(d.File), illegibleWhy(r))
				f.Hint = hintIllegible
			}
			p.Report(f)
		}
	},
}

const (
	hintNotFound = "Photograph the whole data page, including the two lines of characters at the bottom; " +
		"or copy them into kyc.yaml as mrz:."
	hintNotFoundCard = "Photograph the side of the card that carries the lines of characters (the back of most cards), " +
		"whole; or copy them into kyc.yaml as mrz:."
	hintCut       = "Retake the photo with the bottom edge of the document in the frame, a little background showing all round."
	hintIllegible = "Retake the photo flat, in focus and in even light, with no glare or finger over the lines of " +
		"characters; or copy them into kyc.yaml as mrz:."
)

// carriesMRZ reports whether a document is one that carries a machine
// readable zone where its photo shows it.
func carriesMRZ(d *pack.Document) bool {
	switch d.Type {
	case pack.Passport:
		return true
	case pack.IDCard, pack.ResidencePermit:
		return d.Side != "front"
	}
	return false
}

// illegibleWhy says why a zone found was not read. It does not count the
// failing check digits: on a garbled zone that count is noise, and it would
// change with every improvement of the reader.
func illegibleWhy(r analysis.MRZPhotoResult) string {
	switch res := r.Result; {
	case res == nil:
		return "its lines fit no MRZ format"
	case slices.ContainsFunc(res.Checks, func(c mrz.Check) bool { return !c.OK }):
		return "its check digits fail"
	}
	return "a field holds what its format forbids"
}
