package fix

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/pack"
)

// fieldHints are the comments beside the values a person must fill in.
var fieldHints = map[string]string{
	"name":            "as printed on the document",
	"date_of_birth":   "YYYY-MM-DD, as printed",
	"expiry_date":     "YYYY-MM-DD",
	"issue_date":      "YYYY-MM-DD",
	"number":          "the document number, as printed",
	"address":         "as printed",
	"nationality":     "as printed, e.g. GBR",
	"issuing_country": "as printed, e.g. GBR",
	"sex":             "M, F or X, as printed",
	"mrz":             "the machine readable zone, line by line",
}

const skeletonHead = `# kyc.yaml written by kyclint init. Fill in every empty value from the
# documents themselves, exactly as printed; dates are YYYY-MM-DD. Values
# marked "read from" were read by kyclint from the files: check them
# against the documents. Then run kyclint lint on this folder.
version: 1
%sapplicant:                        # what you typed into the application form
  name:                           # your full name, as in the application
  date_of_birth:                  # YYYY-MM-DD
  nationality:                    # optional: ISO 3166 code, e.g. GB or GBR
  address:                        # optional: your home address, as in the application
documents:
`

// Rules is the rule set a skeleton names: the jurisdiction and platform of
// a built-in (either may be empty), or a rule-set file, which a manifest
// cannot name and is recorded in a comment. The zero value names none.
type Rules struct {
	Jurisdiction, Platform string
	File                   string
}

// lines writes the manifest lines naming the rule set.
func (r Rules) lines() string {
	var b strings.Builder
	const given = "the rule set given to kyclint init --rules"
	switch {
	case r.File != "":
		line(&b, "# rules: "+r.File, "given to kyclint init; a manifest names only built-in rule sets,")
		line(&b, "#", "so lint with: kyclint lint -r "+r.File)
	case r.Jurisdiction == "" && r.Platform == "":
		line(&b, "# jurisdiction: gb", "optional: the rule set to lint with (kyclint ruleset list)")
	default:
		if r.Jurisdiction != "" {
			line(&b, "jurisdiction: "+yamlString(r.Jurisdiction), given)
		} else {
			line(&b, "# jurisdiction: gb", "optional: a jurisdiction's rules under the platform's")
		}
		if r.Platform != "" {
			line(&b, "platform: "+yamlString(r.Platform), given)
		}
	}
	return b.String()
}

// Skeleton returns a kyc.yaml listing docs (in their order) with the type
// guessed from each file name and the fields that fields
// (document.missing-field's parameter) asks of the type's category: filled
// in, with a comment saying so, where read holds what was read from the
// document, else empty with a comment saying what to copy. Nothing else is
// filled in; the applicant block is left to the person. Names that are not
// UTF-8 cannot be written in YAML and are returned in skipped. The
// manifest names rules, so that lint uses the rule set init was given.
func Skeleton(docs []*pack.Document, fields map[string][]string, read map[*pack.Document]Reading, rules Rules) (text []byte, skipped []string) {
	var b strings.Builder
	fmt.Fprintf(&b, skeletonHead, rules.lines())
	for _, d := range docs {
		if !utf8.ValidString(d.File) {
			skipped = append(skipped, d.File)
			continue
		}
		line(&b, "  - file: "+yamlString(d.File), "")
		typeHint := "guessed from the file name; check it"
		if d.Type == pack.Other {
			typeHint = "not clear from the name; one of: " + strings.Join(pack.DocTypeNames(), ", ")
		}
		line(&b, "    type: "+string(d.Type), typeHint)
		if d.Side != "" {
			line(&b, "    side: "+d.Side, "front or back")
		}
		if d.IsBackSide() {
			continue
		}
		r := read[d]
		if r.Missed != "" {
			b.WriteString("    # " + r.Missed + "\n")
		}
		for _, k := range entryKeys(fields[string(d.Category())], r) {
			writeField(&b, k, r)
		}
	}
	return []byte(b.String()), skipped
}

// line writes s with its comment in the column the header uses.
func line(b *strings.Builder, s, comment string) {
	if comment == "" {
		b.WriteString(s + "\n")
		return
	}
	fmt.Fprintf(b, "%-33s # %s\n", s, comment)
}

// yamlString writes a file name plain when YAML reads it back unchanged,
// else double-quoted (JSON quoting, which YAML reads).
func yamlString(s string) string {
	plain := s != "" && !strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@` ") &&
		!strings.ContainsAny(s, ":#\t\\") && strings.TrimSpace(s) == s
	if plain {
		return s
	}
	return strconv.Quote(s)
}
