package doccheck

import (
	"strings"
	"unicode"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Specimen reports published specimen and placeholder data: the ICAO
// Utopia passports, national specimen names and numbers, John Doe.
var Specimen = &lint.Rule{
	ID:            "document.specimen",
	Title:         "a document carries published specimen data",
	Severity:      lint.Error,
	NeedsManifest: true,
	Why: "Specimen documents (ICAO's Utopia passport of Anna Maria Eriksson, Germany's Erika Mustermann) and " +
		"placeholders (John Doe, 123456789) are public; verification services keep them on block lists, and a pack " +
		"carrying one is declined as synthetic.",
	Hint: "This is a sample document: use the applicant's own document and data.",
	Details: "Checked: the issuing state and nationality UTO; names of published specimens and placeholders (compared " +
		"as identity.name compares names, so order and accents do not matter); words such as SPECIMEN or MUSTER in a " +
		"name; specimen document numbers; numbers that are one repeated digit or a run such as 123456789.",
	Requires: []lint.Analyzer{analysis.MRZ},
	Run: func(p *lint.Pass) {
		a := p.Pack.Manifest.Applicant
		if why := specimenName(a.Name); why != "" {
			p.Report(lint.Finding{File: p.Pack.ManifestFile, Line: a.FieldLine("name"),
				Message: redact.Textf("the declared name %s is %s", redact.NameOf(a.Name), why)})
		}
		for _, d := range p.Pack.Documents {
			for _, s := range specimenSigns(p, d) {
				file, line := p.Where(d, s.key)
				p.Report(lint.Finding{File: file, Line: line, Data: map[string]any{"field": s.key},
					Message: redact.Textf("%s: %s", redact.FileOf(d.File), s.text)})
			}
		}
	},
}

type sign struct {
	key  string
	text redact.Text
}

func specimenSigns(p *lint.Pass, d *pack.Document) []sign {
	var out []sign
	for key, code := range map[string]string{"nationality": d.Nationality, "issuing_country": d.IssuingCountry} {
		if code == "UTO" {
			out = append(out, sign{key, redact.Textf("%s UTO is Utopia, the ICAO specimen state", strings.ReplaceAll(key, "_", " "))})
		}
	}
	if why := specimenName(d.Name); why != "" {
		out = append(out, sign{"name", redact.Textf("the name %s is %s", redact.NameOf(d.Name), why)})
	}
	if why := specimenNumber(d.Number); why != "" {
		out = append(out, sign{"number", redact.Textf("the document number %s is %s", redact.NumberOf(d.Number), why)})
	}
	if z := analysis.MRZ.Of(p, d).Zone; z != nil && (z.Fields.IssuingState == "UTO" || z.Fields.Nationality == "UTO") {
		out = append(out, sign{"mrz", redact.Textf("the MRZ names Utopia (UTO), the ICAO specimen state")})
	}
	sortSigns(out)
	return out
}

func sortSigns(s []sign) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].key < s[j-1].key; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// specimenNames are published specimen holders and common placeholders.
var specimenNames = []string{
	"ERIKSSON, ANNA MARIA",   // ICAO 9303 Utopia specimens
	"MUSTERMANN, ERIKA",      // German passport and ID card specimens
	"MUSTERMANN, MAX",        // German placeholder
	"DOE, JOHN", "DOE, JANE", // US placeholders
	"BLOGGS, JOE",        // UK placeholder
	"PUBLIC, JOHN Q",     // US placeholder
	"TRAVELER, HAPPY",    // US passport specimen
	"CITIZEN, JOHN",      // Australian placeholder
	"SPECIMEN, SPECIMEN", // many national specimens
}

// specimenWords mark a name as a specimen wherever they stand.
var specimenWords = []string{"SPECIMEN", "MUSTER", "MUSTERMANN", "MUSTERFRAU", "SAMPLE", "EXEMPLAR", "SPECIMENE", "MODELE", "ESPECIMEN"}

func specimenName(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	for _, w := range strings.Fields(names.Normalize(name)) {
		for _, s := range specimenWords {
			if w == s {
				return "a specimen marker"
			}
		}
	}
	for _, s := range specimenNames {
		if names.Compare(s, name, names.Options{DropTitles: true}).Result == names.Match {
			return "a published specimen or placeholder name"
		}
	}
	return ""
}

// specimenNumbers are document numbers printed on published specimens.
var specimenNumbers = map[string]bool{
	"L898902C3": true, "D23145890": true, // ICAO 9303 specimens
	"C01X00T47": true, "T22000129": true, // German passport and ID card specimens
	"123456789": true, "987654321": true, "12345678": true, "123456": true,
}

func specimenNumber(number string) string {
	n := strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "<", "").Replace(number))
	if n == "" {
		return ""
	}
	if specimenNumbers[n] {
		return "a published specimen or placeholder number"
	}
	if len(n) >= 6 && allDigits(n) && (strings.Count(n, n[:1]) == len(n) || isRun(n)) {
		return "a placeholder (one repeated digit or a run of digits)"
	}
	return ""
}

func allDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isRun reports digits that count up or down by one: 345678, 876543.
func isRun(s string) bool {
	up, down := true, true
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		up = up && (d == 1 || (s[i-1] == '9' && s[i] == '0'))
		down = down && d == -1
	}
	return up || down
}
