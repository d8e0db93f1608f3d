// Package checks lists every rule kyclint knows. Adding a rule means writing
// it in its group's package, with its test, and adding one line here.
package checks

import (
	"github.com/kyclint/kyclint/pkg/checks/addresscheck"
	"github.com/kyclint/kyclint/pkg/checks/doccheck"
	"github.com/kyclint/kyclint/pkg/checks/filecheck"
	"github.com/kyclint/kyclint/pkg/checks/identitycheck"
	"github.com/kyclint/kyclint/pkg/checks/imagecheck"
	"github.com/kyclint/kyclint/pkg/checks/mrzcheck"
	"github.com/kyclint/kyclint/pkg/checks/packcheck"
	"github.com/kyclint/kyclint/pkg/checks/pdfcheck"
	"github.com/kyclint/kyclint/pkg/lint"
)

// All returns every rule, in no particular order (the registry sorts them).
func All() []*lint.Rule {
	return []*lint.Rule{
		packcheck.Manifest,
		packcheck.MissingFile,
		packcheck.UnlistedFile,
		packcheck.UnsafePath,
		packcheck.RequiredDocuments,

		filecheck.Format,
		filecheck.ExtensionMismatch,
		filecheck.Size,

		imagecheck.Decode,
		imagecheck.Dimensions,
		imagecheck.Blur,
		imagecheck.Exposure,
		imagecheck.Glare,
		imagecheck.Grayscale,
		imagecheck.Cropped,
		imagecheck.Framing,
		imagecheck.ExifGPS,
		imagecheck.ExifEdited,
		imagecheck.Duplicate,

		pdfcheck.Encrypted,
		pdfcheck.Corrupt,
		pdfcheck.Edited,

		doccheck.Type,
		doccheck.MissingField,
		doccheck.Expired,
		doccheck.ExpiringSoon,
		doccheck.Specimen,

		identitycheck.Age,
		identitycheck.Name,
		identitycheck.DOB,

		mrzcheck.Format,
		mrzcheck.CheckDigit,
		mrzcheck.Mismatch,

		addresscheck.Recency,
		addresscheck.FutureDate,
		addresscheck.Name,
		addresscheck.Match,
		addresscheck.POBox,
		addresscheck.SameDocument,
	}
}

// Registry returns the registry of all rules. The rules are fixed at build
// time, so a malformed one is a bug caught by the tests: Registry panics.
func Registry() *lint.Registry {
	reg, err := lint.NewRegistry(All())
	if err != nil {
		panic(err)
	}
	return reg
}
