package mrzcheck

import (
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// nameMismatch compares the MRZ name with the printed name. The MRZ may cut
// a long name short; that still matches.
func nameMismatch(d *pack.Document, f mrz.Fields) (mismatch, bool) {
	if d.Name == "" || f.Surname == "" {
		return mismatch{}, false
	}
	zoneName := f.Surname + ", " + f.GivenNames
	v := names.Compare(d.Name, zoneName, names.Options{AllowMissingMiddleNames: false, Truncated: true})
	if v.Result == names.Match {
		return mismatch{}, false
	}
	return mismatch{key: "name", label: "name", how: v.Detail, near: v.Result == names.Near,
		mrz: redact.NameOf(zoneName), printed: redact.NameOf(d.Name)}, true
}
