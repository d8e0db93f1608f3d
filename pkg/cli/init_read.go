package cli

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/fix"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/pack"
)

// initReader is the rule init reads documents as: it reports nothing, but
// gets the analyses lint uses, under the rule set's settings.
var initReader = &lint.Rule{ID: "init", Requires: []lint.Analyzer{analysis.MRZPhoto, analysis.PDFText}}

// readDocuments reads from each document what init can fill in: an
// identity document's fields from the MRZ in its photo (a card's front from
// its back), a proof of address's addressee, address and date from its PDF
// text. What is not read cleanly is left out.
func readDocuments(p *pack.Pack, docs []*pack.Document, settings *lint.Settings, today pack.Date) map[*pack.Document]fix.Reading {
	pass := &lint.Pass{Rule: initReader, Pack: p, Date: today, Settings: settings}
	out := map[*pack.Document]fix.Reading{}
	for _, d := range docs {
		switch {
		case d.IsBackSide():
		case carriesMRZ(d):
			out[d] = readIdentity(pass, d, backOf(d, docs))
		case d.Category() == pack.AddressProof:
			out[d] = readStatement(pass, d)
		}
	}
	return out
}

// carriesMRZ reports whether a document may print a machine readable zone:
// a passport, identity card or residence permit (a driving licence has none).
func carriesMRZ(d *pack.Document) bool {
	return d.Type == pack.Passport || d.Type == pack.IDCard || d.Type == pack.ResidencePermit
}

// backOf returns the back of the card whose front is d, or nil.
func backOf(d *pack.Document, docs []*pack.Document) *pack.Document {
	if d.Side != "front" {
		return nil
	}
	for _, o := range docs {
		if o.Type == d.Type && o.IsBackSide() {
			return o
		}
	}
	return nil
}

// readIdentity fills an identity document's fields from the MRZ of its
// photo, or of its back's, when mrzread vouches for the zone (Valid: its
// check digits hold, within the decoder's bounded corrections, and nothing
// is left in doubt).
func readIdentity(pass *lint.Pass, d, back *pack.Document) fix.Reading {
	var why []string
	for _, src := range []*pack.Document{d, back} {
		if src == nil {
			continue
		}
		r := analysis.MRZPhoto.Of(pass, src)
		if !r.Tried {
			continue // not an image kyclint decodes
		}
		if !r.Valid() {
			why = append(why, fmt.Sprintf("%s: %s", src.File, r.Problem))
			continue
		}
		z, err := mrz.Parse(r.Result.Text())
		if err != nil || !z.Valid() {
			why = append(why, src.File+": illegible")
			continue
		}
		from := "the photo's MRZ"
		if src != d {
			from = "the MRZ of " + src.File
		}
		return fix.Reading{Values: zoneValues(z, pass.Date), From: from, Note: correctionNote(len(r.Result.Corrections))}
	}
	if len(why) == 0 {
		return fix.Reading{}
	}
	return fix.Reading{Missed: "the machine readable zone could not be read (" + strings.Join(why, "; ") + "): copy the fields from the document"}
}

func correctionNote(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "its check digits needed 1 character corrected"
	}
	return fmt.Sprintf("its check digits needed %d characters corrected", n)
}

// zoneValues are the manifest values a valid zone gives. A name that fills
// its field to the end may be cut short, and a date printed in part is not
// a date: both are left for the person.
func zoneValues(z *mrz.Zone, today pack.Date) map[string]string {
	f := z.Fields
	v := map[string]string{"mrz": strings.Join(z.Lines, "\n")}
	set := func(k, s string) {
		if s != "" {
			v[k] = s
		}
	}
	if !nameFull(z) {
		set("name", strings.TrimSpace(f.Surname+" "+f.GivenNames))
	}
	set("number", f.DocumentNumber)
	if t, err := f.ResolveBirthDate(today.Time()); err == nil {
		v["date_of_birth"] = pack.DateOf(t).String()
	}
	if t, err := f.ResolveExpiryDate(today.Time()); err == nil {
		v["expiry_date"] = pack.DateOf(t).String()
	}
	set("nationality", f.Nationality)
	if f.Sex == "M" || f.Sex == "F" || f.Sex == "X" {
		v["sex"] = f.Sex
	}
	return v
}

// nameFull reports whether the zone's name runs to the end of its field,
// so may have been truncated.
func nameFull(z *mrz.Zone) bool {
	l, ok := mrz.LayoutOf(z.Format)
	if !ok {
		return true
	}
	for _, s := range []mrz.Span{l.Name, l.Surname, l.Given} {
		if s.To > s.From && s.Line < len(z.Lines) && s.To <= len(z.Lines[s.Line]) && z.Lines[s.Line][s.To-1] != '<' {
			return true
		}
	}
	return false
}
