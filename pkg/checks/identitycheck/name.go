package identitycheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Name reports an identity document whose printed or MRZ name is not the
// name the applicant declared.
var Name = lint.New(&lint.Rule{
	ID:            "identity.name",
	Title:         "a document's name differs from the declared name",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "The name typed into the application must be the person on the identity document. Reviewers accept " +
		"other spellings of the same name (accents, transliterations, word order) but not a different person, " +
		"and automatic checks decline even a one-letter typo.",
	Hint: "Type your name in the application exactly as it is printed on the identity document.",
	Details: "Names are compared the way a careful reviewer reads them: case, accents and the ICAO 9303 transliterations " +
		"(Ü = UE = U, ß = SS, Ø = OE, Å = AA, Æ = AE, Þ = TH, Ñ = N) are equal; word order is free (ZHANG WEI = Wei Zhang); " +
		"hyphens and apostrophes are neutral; initials match their names; a missing middle name is accepted when " +
		"allow_missing_middle_names is true; an MRZ name cut short to fit its field matches the full name. " +
		"Without a declared MRZ, the one read from the photo is compared when kyclint vouches for every character (the photo's MRZ). " +
		"One typo or a doubled letter is a warning (possible typo); anything more is an error. " +
		"Each finding names the tier that matched or what differs. A name in Chinese characters matches its romanisation " +
		"in any reading of each character: Hanyu Pinyin (Ü as YU, V or U), Wade-Giles and Tongyong (Taiwan), Hong Kong " +
		"Cantonese spelling with an English name (CHAN Tai Man, Peter); traditional and simplified characters are equal. " +
		"Other non-Latin scripts (Cyrillic, Arabic, Hangul…) are compared exactly and never transliterated: a name in another " +
		"script than the declared one is a warning that it cannot be compared, unless the document declares name_latin too. " +
		"A document issued by Japan (issuing_country or nationality JPN) is read as Japanese: its kanji are not compared as Chinese.",
	Requires: analysis.ZoneRequires,
}, nameParams{AllowMissingMiddleNames: true}, func(p *lint.Pass, c nameParams) {
	declared := p.Pack.Manifest.Applicant.Name
	if declared == "" {
		return
	}
	opt := names.Options{AllowMissingMiddleNames: c.AllowMissingMiddleNames}
	for _, d := range p.Pack.Documents {
		if d.Category() != pack.Identity {
			continue
		}
		if d.Name != "" || d.NameLatin != "" {
			docOpt := opt
			docOpt.Japanese = japanese(d)
			key, printed := printedName(declared, d, docOpt)
			compareNames(p, d, key, "printed", declared, printed, docOpt)
		}
		if z := analysis.ZoneOf(p, d); z.Zone != nil && z.Zone.Fields.Surname != "" {
			mrzOpt := opt
			mrzOpt.Truncated = true
			f := z.Zone.Fields
			compareNames(p, d, z.Key(), z.Label(), declared, f.Surname+", "+f.GivenNames, mrzOpt)
		}
	}
})

// japanese reports a document issued by Japan or declaring Japanese
// nationality: its kanji are read in Japanese, not as Chinese.
func japanese(d *pack.Document) bool {
	for _, c := range []string{d.IssuingCountry, d.Nationality} {
		if strings.EqualFold(c, "JPN") || strings.EqualFold(c, "JP") {
			return true
		}
	}
	return false
}

// printedName returns the manifest key and value of the document's name to
// compare: of `name` and `name_latin`, the one closer to the declared name.
func printedName(declared string, d *pack.Document, opt names.Options) (key, name string) {
	switch {
	case d.NameLatin == "":
		return "name", d.Name
	case d.Name == "":
		return "name_latin", d.NameLatin
	case names.Compare(declared, d.NameLatin, opt).Result > names.Compare(declared, d.Name, opt).Result:
		return "name_latin", d.NameLatin
	}
	return "name", d.Name
}

type nameParams struct {
	AllowMissingMiddleNames bool `param:"allow_missing_middle_names" doc:"accept a declared name that leaves out a middle name the document prints, or the other way round"`
}

// compareNames reports a near or different name on document d: a near match
// (a possible typo) as a warning, a different name at the rule's severity.
// address.name words its findings the same way.
func compareNames(p *lint.Pass, d *pack.Document, key, source, declared, found string, opt names.Options) {
	v := names.Compare(declared, found, opt)
	if v.Result == names.Match {
		return
	}
	file, line := p.Where(d, key)
	f := lint.Finding{File: file, Line: line, Data: map[string]any{"source": source, "result": v.Result.String(), "tier": v.Tier.String()}}
	switch v.Result {
	case names.Near:
		f.Severity = p.Soften(lint.Warning)
		f.Message = redact.Textf("%s: the %s name %s nearly matches the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(found), redact.NameOf(declared), v.Detail)
		f.Hint = "Possible typo: compare the two names letter by letter and correct the application to match the document."
	case names.Incomparable:
		f.Severity = p.Soften(lint.Warning)
		f.Message = redact.Textf("%s: cannot compare the %s name %s with the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(found), redact.NameOf(declared), v.Detail)
		f.Hint = "Declare the document's name in Latin letters too (name_latin), as it prints them, so it can be checked."
	default:
		f.Message = redact.Textf("%s: the %s name %s differs from the declared %s: %s",
			redact.FileOf(d.File), source, redact.NameOf(found), redact.NameOf(declared), v.Detail)
	}
	p.Report(f)
}
