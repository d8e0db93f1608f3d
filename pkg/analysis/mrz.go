package analysis

import (
	"errors"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/pack"
)

// An MRZResult is a document's machine readable zone, parsed.
type MRZResult struct {
	// Zone is nil when the document declares no MRZ or its text is not a
	// zone; Err then says why, for a declared one.
	Zone *mrz.Zone
	Err  *mrz.Error
}

// MRZ parses the machine readable zone a document declares.
var MRZ = lint.NewAnalysis("mrz", "parses the machine readable zone the manifest gives for a document",
	func(d *pack.Document) MRZResult {
		if strings.TrimSpace(d.MRZ) == "" {
			return MRZResult{}
		}
		z, err := mrz.Parse(d.MRZ)
		var perr *mrz.Error
		if err != nil && !errors.As(err, &perr) {
			perr = &mrz.Error{Line: 1, Column: 1, Message: err.Error()}
		}
		return MRZResult{Zone: z, Err: perr}
	})
