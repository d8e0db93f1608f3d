package doccheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/nationalid"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Number reports a national identity number that fails its country's
// format or check digit, and one whose encoded sex contradicts its
// document's.
var Number = &lint.Rule{
	ID:            "document.number",
	Title:         "a national identity number fails its country's check",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Most national identity numbers carry a check digit, and many encode the birth date and sex; a reviewer's " +
		"OCR reads the number and a single mistyped character fails the application.",
	Hint: "Copy the number from the card character by character (0 and O, 1 and I, 8 and B are the usual slips).",
	Details: "Checked on identity cards and residence permits (a passport's number is not a national number), chosen by " +
		"the document's issuing_country (for an identity card without one, its nationality, and then only a number of that " +
		"country's shape, so that a Chinese national's Hong Kong card is not read as a mainland one): mainland China (GB 11643-1999: 18 characters with an ISO 7064 MOD 11-2 check, " +
		"province code, birth date; 15-digit first generation numbers; 810000/820000/830000 residence permits of Hong Kong, " +
		"Macau and Taiwan residents), Hong Kong, Taiwan, Macau (format only), Singapore, Malaysia, South Korea, India " +
		"(Aadhaar, Verhoeff), Spain (DNI, NIE), Italy (codice fiscale), France (NIR), the Netherlands (BSN) and Brazil (CPF). " +
		"Where the card carries a document number as well (Spain, Italy, France, the Netherlands, Brazil's older RG), only " +
		"a number of the national number's shape is checked. South Korea's check digit is a warning: numbers issued since " +
		"October 2020 have none. A number that encodes the holder's sex is compared with the document's sex: kyclint " +
		"has no identity.sex rule and the application declares no sex, so the document's own is what the number must " +
		"agree with. The encoded birth date is compared by identity.dob and counts for identity.age.",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			r, ok := analysis.NationalNumber(p, d)
			if !ok {
				continue
			}
			file, line := p.Where(d, "number")
			country := d.IssuingCountry
			if country == "" {
				country = d.Nationality
			}
			data := map[string]any{"scheme": r.Scheme, "country": country}
			if r.Err != nil {
				format := "%s (%s): the number %s is not a valid %s: %s"
				advisory := r.Advisory && r.Err.Kind == nationalid.ErrChecksum
				if advisory {
					format = "%s (%s): the number %s is not a valid %s: %s (numbers issued since October 2020 carry no check digit, so it may be right)"
				}
				f := lint.Finding{File: file, Line: line, Data: data,
					Message: redact.Textf(format, redact.FileOf(d.File), d.Type.Label(), redact.NumberOf(d.Number), r.Scheme, r.Err.Detail)}
				data["problem"] = problemName(r.Err.Kind)
				if advisory {
					f.Severity = p.Soften(lint.Warning)
					f.Hint = "Compare the number with the card; if it is exactly as printed, this warning can be ignored."
				}
				p.Report(f)
				continue
			}
			if r.Sex != 0 && (d.Sex == "M" || d.Sex == "F") && d.Sex != string(rune(r.Sex)) {
				data["number_sex"], data["declared_sex"] = string(rune(r.Sex)), d.Sex
				p.Report(lint.Finding{File: file, Line: line, Data: data,
					Message: redact.Textf("%s (%s): the number %s encodes sex %s, the document declares %s", redact.FileOf(d.File), d.Type.Label(),
						redact.NumberOf(d.Number), string(rune(r.Sex)), d.Sex),
					Hint: "Check the number and the sex against the card: one of them was typed wrong."})
			}
		}
	},
}

func problemName(k nationalid.ErrorKind) string {
	switch k {
	case nationalid.ErrFormat:
		return "format"
	case nationalid.ErrChecksum:
		return "check_digit"
	case nationalid.ErrBirthDate:
		return "birth_date"
	}
	return "component"
}
