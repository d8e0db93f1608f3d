package mrzcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Mismatch reports an MRZ that disagrees with the fields printed on the same
// document: reviewers and machines read both and expect the same person.
var Mismatch = &lint.Rule{
	ID:            "mrz.mismatch",
	Title:         "the MRZ disagrees with the document's printed fields",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Verification compares the MRZ with the visual zone of the same document; a different date, number or name " +
		"means a transcription slip here, or a document that was altered, and is declined as inconsistent.",
	Hint: "Check the field named in the message on the document: correct either the MRZ or the printed value in kyc.yaml.",
	Details: "Compared: surname and given names (the MRZ truncates long names to fit; a truncated name matches; a name printed " +
		"in another script is compared through its Latin form, name_latin, when declared, and a warning says when it cannot be), date of birth, " +
		"expiry date, document number, nationality and sex. Nationality is compared when both are 3-letter codes. " +
		"When kyc.yaml gives no mrz: for an identity document, the MRZ read from its photo is compared instead, if " +
		"kyclint reads it with every check holding and no character in doubt; the message then names the photo's MRZ.",
	Requires: analysis.ZoneRequires,
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			zone := analysis.ZoneOf(p, d)
			z := zone.Zone
			if z == nil {
				continue
			}
			for _, m := range mismatches(p, d, z) {
				file, line := p.Where(d, m.key)
				f := lint.Finding{File: file, Line: line, Hint: m.hint, Data: map[string]any{"field": m.key},
					Message: redact.Textf("%s: the %s %s %s differs from the printed %s (%s)", redact.FileOf(d.File), zone.Label(), m.label, m.mrz, m.printed, m.how)}
				if zone.FromPhoto {
					f.Data["source"] = "photo"
				}
				if m.near {
					f.Severity = p.Soften(lint.Warning)
				}
				if m.incomparable {
					f.Severity = p.Soften(lint.Warning)
					f.Message = redact.Textf("%s: cannot compare the %s %s %s with the printed %s: %s", redact.FileOf(d.File), zone.Label(), m.label, m.mrz, m.printed, m.how)
					f.Hint = "Declare the document's name in Latin letters too (name_latin), as its MRZ spells it, so it can be checked."
				}
				p.Report(f)
			}
		}
	},
}

type mismatch struct {
	key, label, how, hint string
	mrz, printed          any  // a redact.Value when personal
	near                  bool // a near name match: reported as a warning
	incomparable          bool // names in scripts that cannot be compared: a warning saying so
}

func mismatches(p *lint.Pass, d *pack.Document, z *mrz.Zone) []mismatch {
	var out []mismatch
	f := z.Fields
	if t, err := f.ResolveBirthDate(p.Date.Time()); err == nil && !d.DateOfBirth.IsZero() {
		if got := pack.DateOf(t); got != d.DateOfBirth {
			out = append(out, mismatch{key: "date_of_birth", label: "date of birth", how: dateHow(got, d.DateOfBirth),
				mrz: redact.DateOf(got.String()), printed: redact.DateOf(d.DateOfBirth.String())})
		}
	}
	if t, err := f.ResolveExpiryDate(p.Date.Time()); err == nil && !d.ExpiryDate.IsZero() {
		if got := pack.DateOf(t); got != d.ExpiryDate {
			out = append(out, mismatch{key: "expiry_date", label: "expiry date", how: dateHow(got, d.ExpiryDate),
				mrz: redact.DateOf(got.String()), printed: redact.DateOf(d.ExpiryDate.String())})
		}
	}
	if n := normalizeNumber(d.Number); n != "" && f.DocumentNumber != "" && n != normalizeNumber(f.DocumentNumber) {
		out = append(out, mismatch{key: "number", label: "document number", how: charDiff(f.DocumentNumber, n),
			mrz: redact.NumberOf(f.DocumentNumber), printed: redact.NumberOf(d.Number)})
	}
	if len(d.Nationality) == 3 && len(f.Nationality) == 3 && d.Nationality != f.Nationality {
		out = append(out, mismatch{key: "nationality", label: "nationality", how: "different countries",
			mrz: f.Nationality, printed: d.Nationality})
	}
	if d.Sex != "" && f.Sex != "" && d.Sex != f.Sex {
		out = append(out, mismatch{key: "sex", label: "sex", how: "different markers", mrz: f.Sex, printed: d.Sex})
	}
	if m, ok := nameMismatch(d, f); ok {
		out = append(out, m)
	}
	return out
}

func normalizeNumber(s string) string {
	return strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "<", "").Replace(s))
}

func dateHow(a, b pack.Date) string { return redact.DateDifference(a.String(), b.String()) }

// charDiff says how two codes differ: one character, lengths, or more.
func charDiff(a, b string) string {
	a, b = normalizeNumber(a), normalizeNumber(b)
	if len(a) != len(b) {
		return "lengths differ"
	}
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	if n == 1 {
		return "one character differs"
	}
	return "several characters differ"
}

// nameMismatch compares the MRZ name with the printed name and with the
// Latin form declared beside it (name_latin): the zone is written in Latin
// letters, so a comparable verdict beats a claim that scripts differ, and
// the closer of two comparable ones is reported. The MRZ may cut a long
// name short; that still matches.
func nameMismatch(d *pack.Document, f mrz.Fields) (mismatch, bool) {
	if f.Surname == "" {
		return mismatch{}, false
	}
	zoneName := f.Surname + ", " + f.GivenNames
	opt := names.Options{AllowMissingMiddleNames: false, Truncated: true}
	var best mismatch
	bestRank := -1
	for _, c := range []struct{ key, name string }{{"name", d.Name}, {"name_latin", d.NameLatin}} {
		if c.name == "" {
			continue
		}
		v := names.Compare(c.name, zoneName, opt)
		rank := map[names.Result]int{names.Incomparable: 0, names.Differ: 1, names.Near: 2, names.Match: 3}[v.Result]
		if rank <= bestRank {
			continue
		}
		bestRank = rank
		best = mismatch{key: c.key, label: "name", how: v.Detail, near: v.Result == names.Near,
			incomparable: v.Result == names.Incomparable, mrz: redact.NameOf(zoneName), printed: redact.NameOf(c.name)}
	}
	if bestRank < 0 || bestRank == 3 {
		return mismatch{}, false
	}
	return best, true
}
