package pack

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

const validManifest = `version: 1
jurisdiction: gb
platform: okx
applicant:
  name: Jan Piotr Nowak
  date_of_birth: 1990-01-15
  nationality: pol
  address: 12 High Street, London SW1A 1AA
documents:
  - file: passport.jpg
    type: passport
    name: NOWAK JAN PIOTR
    date_of_birth: 1990-01-15
    expiry_date: 2031-06-30
    number: ZS0123456
    nationality: POL
    sex: m
    mrz: |
      P<POLNOWAK<<JAN<PIOTR<<<<<<<<<<<<<<<<<<<<<<<
      ZS01234564POL9001158M3106305<<<<<<<<<<<<<<04
  - file: id-front.jpg
    type: id_card
    side: front
  - file: bill.pdf
    type: utility_bill
    name: Mr J Nowak
    address: 12 High St, London SW1A1AA
    issue_date: 2026-10-02
`

func TestDecodeValidManifest(t *testing.T) {
	m, docs, problems := decodeManifest("kyc.yaml", []byte(validManifest))
	if len(problems) != 0 {
		t.Fatalf("problems:%s", dumpProblems(problems))
	}
	if m == nil || m.Jurisdiction != "gb" || m.Platform != "okx" || m.Version != 1 {
		t.Fatalf("manifest = %+v", m)
	}
	a := m.Applicant
	if a.Name != "Jan Piotr Nowak" || a.DateOfBirth != (Date{1990, time.January, 15}) || a.Nationality != "POL" {
		t.Errorf("applicant = %+v", a)
	}
	if got, want := a.FieldLine("date_of_birth"), lineOf(t, validManifest, "  date_of_birth: 1990"); got != want {
		t.Errorf("applicant date_of_birth line %d, want %d", got, want)
	}
	if got, want := m.Lines["documents"], lineOf(t, validManifest, "documents:"); got != want {
		t.Errorf("documents line %d, want %d", got, want)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	p := docs[0]
	if p.Type != Passport || p.Sex != "M" || p.ExpiryDate != (Date{2031, time.June, 30}) || !strings.HasPrefix(p.MRZ, "P<POL") {
		t.Errorf("passport = %+v", p)
	}
	if got, want := p.Line, lineOf(t, validManifest, "- file: passport.jpg"); got != want {
		t.Errorf("passport entry line %d, want %d", got, want)
	}
	if got, want := p.FieldLine("number"), lineOf(t, validManifest, "number: ZS"); got != want {
		t.Errorf("number line %d, want %d", got, want)
	}
	if p.FieldLine("issue_date") != p.Line || p.Present("issue_date") {
		t.Errorf("absent issue_date: line %d, present %v", p.FieldLine("issue_date"), p.Present("issue_date"))
	}
	if docs[1].Side != "front" || docs[1].Type != IDCard || docs[1].Index != 1 {
		t.Errorf("id card = %+v", docs[1])
	}
	if docs[2].IssueDate != (Date{2026, time.October, 2}) || docs[2].Category() != AddressProof {
		t.Errorf("bill = %+v", docs[2])
	}
}

func TestDecodeJSONManifest(t *testing.T) {
	src := `{"version": 1, "jurisdiction": "gb",
 "applicant": {"name": "Anna", "date_of_birth": "1974-08-12"},
 "documents": [{"file": "p.jpg", "type": "passport"},
   {"file": "b.pdf", "type": "bill"}]}`
	m, docs, problems := decodeManifest("kyc.json", []byte(src))
	if m == nil || m.Applicant.DateOfBirth != (Date{1974, time.August, 12}) || len(docs) != 2 {
		t.Fatalf("manifest %+v, docs %d", m, len(docs))
	}
	bad := problemsWith(problems, `unknown document type "bill"`)
	if len(bad) != 1 || bad[0].Line != lineOf(t, src, `"bill"`) || bad[0].File != "kyc.json" {
		t.Errorf("want one unknown-type problem on the bill's line:%s", dumpProblems(problems))
	}
}

// TestDecodeProblems checks that each mistake is reported once, on the line
// that holds it, with a message naming it.
func TestDecodeProblems(t *testing.T) {
	cases := []struct {
		name   string
		src    string
		marker string   // the offending line holds this
		want   []string // parts of the message
		hint   string   // part of the hint, if any
	}{
		{"day-first dob", "applicant:\n  name: A\n  date_of_birth: 14/03/1988\n", "14/03", []string{"date_of_birth", "not an ISO date", "YYYY-MM-DD"}, "YYYY-MM-DD"},
		{"day-first expiry", "documents:\n  - file: p.jpg\n    type: passport\n    expiry_date: 14/03/1988\n", "14/03", []string{"expiry_date", "14/03/1988", "YYYY-MM-DD", "read day first, that is 1988-03-14"}, "YYYY-MM-DD"},
		{"ambiguous day-first issue date", "documents:\n  - file: p.pdf\n    type: utility_bill\n    issue_date: 03/04/1988\n", "03/04", []string{"issue_date", "YYYY-MM-DD"}, "for example"},
		{"february 30", "applicant:\n  date_of_birth: 1990-02-30\n", "1990-02-30", []string{"date_of_birth", "not an ISO date"}, ""},
		{"timestamp", "documents:\n  - file: p.jpg\n    type: passport\n    expiry_date: 2031-06-30T10:00:00Z\n", "expiry_date", []string{"expiry_date", "not an ISO date"}, ""},
		{"unknown top key", "version: 1\njurisdicton: gb\n", "jurisdicton", []string{`unknown key "jurisdicton"`, `did you mean "jurisdiction"`}, "valid keys"},
		{"unknown applicant key", "applicant:\n  name: A\n  date_of_brith: 1990-01-01\n", "brith", []string{`unknown key "date_of_brith" in applicant`, `did you mean "date_of_birth"`}, ""},
		{"unknown document key", "documents:\n  - file: p.jpg\n    type: passport\n    expiry_dat: 2030-01-01\n", "expiry_dat", []string{`unknown key "expiry_dat" in document 1`, `did you mean "expiry_date"`}, ""},
		{"duplicate top key", "version: 1\njurisdiction: gb\njurisdiction: fr\n", "fr", []string{`duplicate key "jurisdiction"`, "line 2"}, ""},
		{"duplicate applicant key", "applicant:\n  name: A\n  name: B\n", "name: B", []string{`duplicate key "name" in applicant`}, ""},
		{"duplicate document key", "documents:\n  - file: a.jpg\n    type: passport\n    file: b.jpg\n", "b.jpg", []string{`duplicate key "file" in document 1`}, ""},
		{"tab", "version: 1\napplicant:\n\tname: A\n", "\tname", []string{"not valid YAML"}, "tabs"},
		{"unclosed bracket", "version: 1\ndocuments: [{file: a.jpg, type: passport}\n", "documents", []string{"not valid YAML"}, "bracket"},
		{"unclosed quote", "version: 1\napplicant:\n  name: \"Anna\n  date_of_birth: 1990-01-01\n", "Anna", []string{"not valid YAML"}, "quote"},
		{"unknown type", "documents:\n  - file: a.jpg\n    type: pasport\n", "pasport", []string{`unknown document type "pasport"`, `did you mean "passport"`}, "id_card"},
		{"bad side", "documents:\n  - file: a.jpg\n    type: id_card\n    side: top\n", "top", []string{"side must be front or back"}, ""},
		{"bad sex", "documents:\n  - file: a.jpg\n    type: passport\n    sex: Q\n", "sex", []string{"sex must be M, F or X"}, ""},
		{"bad country", "applicant:\n  nationality: Poland\n", "Poland", []string{"nationality", "not a country code"}, ""},
		{"version 2", "version: 2\n", "version", []string{"unsupported manifest version"}, ""},
		{"documents not a list", "version: 1\ndocuments:\n  file: a.jpg\n", "file", []string{"documents must be a list"}, ""},
		{"document without file", "documents:\n  - type: passport\n    number: X1\n", "- type", []string{"document 1 has no `file:`"}, ""},
		{"document without type", "documents:\n  - file: a.jpg\n", "- file", []string{"has no `type:`"}, ""},
		{"list as name", "applicant:\n  name: [A, B]\n", "name", []string{"name must be a single value"}, ""},
		{"root is a list", "- a\n- b\n", "- a", []string{"the manifest must be a mapping"}, ""},
		{"applicant is a scalar", "applicant: Anna\n", "applicant", []string{"applicant must be a mapping"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, problems := decodeManifest("kyc.yaml", []byte(c.src))
			got := problemsWith(problems, c.want...)
			if len(got) != 1 {
				t.Fatalf("want one problem with %q, got:%s", c.want, dumpProblems(problems))
			}
			p := got[0]
			if want := lineOf(t, c.src, c.marker); p.Line != want {
				t.Errorf("line %d, want %d:%s", p.Line, want, dumpProblems(problems))
			}
			if p.Kind != ManifestProblem || p.File != "kyc.yaml" {
				t.Errorf("kind %v file %q", p.Kind, p.File)
			}
			if !strings.Contains(p.Hint, c.hint) {
				t.Errorf("hint %q lacks %q", p.Hint, c.hint)
			}
		})
	}
}

// TestDecodeInvalidValuesAreAbsent checks that a value reported as invalid is
// marked so, and not passed on to other rules.
func TestDecodeInvalidValuesAreAbsent(t *testing.T) {
	src := "applicant:\n  date_of_birth: 14/03/1988\ndocuments:\n  - file: a.jpg\n    type: pasport\n    expiry_date: 2030-02-30\n"
	m, docs, _ := decodeManifest("kyc.yaml", []byte(src))
	if !m.Applicant.DateOfBirth.IsZero() || !m.Applicant.Invalid("date_of_birth") || !m.Applicant.Present("date_of_birth") {
		t.Errorf("applicant dob = %v invalid %v", m.Applicant.DateOfBirth, m.Applicant.Invalid("date_of_birth"))
	}
	d := docs[0]
	if d.Type != Other || !d.Invalid("type") || !d.ExpiryDate.IsZero() || !d.Invalid("expiry_date") {
		t.Errorf("document = %+v", d)
	}
}

// TestDecodeNullValues checks that `key:` with no value counts as absent:
// neither invalid nor present, and a document without a file is reported.
func TestDecodeNullValues(t *testing.T) {
	src := "applicant:\n  name:\n  date_of_birth: ~\n  nationality:\ndocuments:\n  - file:\n    type: passport\n  - file: a.jpg\n    type: passport\n    expiry_date:\n"
	m, docs, problems := decodeManifest("kyc.yaml", []byte(src))
	for _, key := range []string{"name", "date_of_birth", "nationality"} {
		if m.Applicant.Present(key) || m.Applicant.Invalid(key) {
			t.Errorf("applicant %s: present %v invalid %v", key, m.Applicant.Present(key), m.Applicant.Invalid(key))
		}
	}
	if len(docs) != 1 || docs[0].File != "a.jpg" || docs[0].Present("expiry_date") || docs[0].Invalid("expiry_date") {
		t.Errorf("documents %+v", docs)
	}
	got := problemsWith(problems, "has no `file:`")
	if len(problems) != 1 || len(got) != 1 || got[0].Line != lineOf(t, src, "  - file:") {
		t.Errorf("problems:%s", dumpProblems(problems))
	}
}

func TestDecodeEmptyManifest(t *testing.T) {
	for _, src := range []string{"", " \n\t\n  \r\n", "# only a comment\n", "---\n", "--- # nothing\n...\n", "~\n"} {
		m, docs, problems := decodeManifest("kyc.yaml", []byte(src))
		if m != nil || docs != nil {
			t.Errorf("%q: manifest %+v docs %v", src, m, docs)
		}
		if len(problems) != 1 || problems[0].Line != 1 || problems[0].Kind != ManifestProblem {
			t.Errorf("%q: want one problem on line 1:%s", src, dumpProblems(problems))
		}
	}
}

// TestDecodeDateOfBirthMasked checks that a date of birth is never shown in the
// masked rendering of a problem, whatever its form.
func TestDecodeDateOfBirthMasked(t *testing.T) {
	for _, dob := range []string{"14/03/1988", "1988-02-30", "1988-3-14", "14.03.1988", "March 14th 1988"} {
		for _, where := range []string{"applicant:\n  date_of_birth: %s\n", "documents:\n  - file: a.jpg\n    type: passport\n    date_of_birth: %s\n"} {
			src := strings.Replace(where, "%s", dob, 1)
			_, _, problems := decodeManifest("kyc.yaml", []byte(src))
			got := problemsWith(problems, "date_of_birth")
			if len(got) != 1 {
				t.Fatalf("%q: want one problem:%s", src, dumpProblems(problems))
			}
			p := got[0]
			if !strings.Contains(p.Text.Plain, dob) {
				t.Errorf("plain %q does not show %q", p.Text.Plain, dob)
			}
			if strings.Contains(p.Text.Masked, dob) || strings.Contains(p.Hint, dob) {
				t.Errorf("masked %q or hint %q shows %q", p.Text.Masked, p.Hint, dob)
			}
		}
	}
}

// billionLaughs builds a manifest whose aliases would expand to 9^depth
// values if they were followed.
func billionLaughs(depth int) string {
	var b strings.Builder
	b.WriteString("version: 1\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= depth; i++ {
		ref := "*a" + strconv.Itoa(i-1)
		b.WriteString("x" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [" + strings.Repeat(ref+", ", 8) + ref + "]\n")
	}
	b.WriteString("documents: *a" + strconv.Itoa(depth) + "\napplicant:\n  name: *a" + strconv.Itoa(depth) + "\n")
	return b.String()
}

func TestDecodeAliasesDoNotExpand(t *testing.T) {
	src := billionLaughs(9)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, _, problems := decodeManifest("kyc.yaml", []byte(src))
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if elapsed > 2*time.Second {
		t.Errorf("decoding took %v", elapsed)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("decoding allocated %d bytes", alloc)
	}
	if len(problems) == 0 || len(problems) > 40 {
		t.Errorf("%d problems:%s", len(problems), dumpProblems(problems))
	}
}

func TestDecodeAliasOfScalar(t *testing.T) {
	src := "applicant:\n  name: &n Anna Maria Eriksson\n  date_of_birth: &d 1974-08-12\ndocuments:\n  - file: p.jpg\n    type: passport\n    name: *n\n    date_of_birth: *d\n"
	m, docs, problems := decodeManifest("kyc.yaml", []byte(src))
	if len(problems) != 0 {
		t.Fatalf("problems:%s", dumpProblems(problems))
	}
	if docs[0].Name != m.Applicant.Name || docs[0].DateOfBirth != m.Applicant.DateOfBirth || docs[0].Name == "" {
		t.Errorf("aliases not read: %q %v", docs[0].Name, docs[0].DateOfBirth)
	}
	if got, want := docs[0].FieldLine("name"), lineOf(t, src, "name: *n"); got != want {
		t.Errorf("alias field line %d, want %d", got, want)
	}
}

func TestDecodeDeepNesting(t *testing.T) {
	for _, src := range []string{
		"applicant: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n",
		"applicant: " + strings.Repeat("{a: ", 5000) + "1" + strings.Repeat("}", 5000) + "\n",
		strings.Repeat("- ", 5000) + "x\n",
	} {
		m, _, problems := decodeManifest("kyc.yaml", []byte(src))
		if len(problems) == 0 {
			t.Errorf("no problem for %d bytes of nesting (manifest %v)", len(src), m != nil)
		}
	}
}

func TestDecodeNameInTwoScripts(t *testing.T) {
	src := "applicant:\n  name: ZHANG Wei\ndocuments:\n  - file: id.jpg\n    type: id_card\n    name: 张伟\n    name_latin: ZHANG WEI\n"
	_, docs, problems := decodeManifest("kyc.yaml", []byte(src))
	if len(problems) != 0 {
		t.Fatalf("problems:%s", dumpProblems(problems))
	}
	if docs[0].Name != "张伟" || docs[0].NameLatin != "ZHANG WEI" {
		t.Errorf("name %q, name_latin %q", docs[0].Name, docs[0].NameLatin)
	}
	if got, want := docs[0].FieldLine("name_latin"), lineOf(t, src, "name_latin:"); got != want {
		t.Errorf("name_latin line %d, want %d", got, want)
	}
}

// TestDecodeMasksWrongFieldValues checks that a value the decoder refuses
// is masked in the masked rendering of its message and absent from the
// hint, whatever field it was typed into: a name as a nationality, a birth
// date as an issue date (day first, so the message offers a reading), a
// name as a version, type, side, sex or key.
func TestDecodeMasksWrongFieldValues(t *testing.T) {
	src := "version: Zora Blackwood\napplicant:\n  nationality: Zora Blackwood\n  date_of_birth: 23/04/1991\n" +
		"documents:\n  - file: a.jpg\n    type: Zora Blackwood\n    side: Zora Blackwood\n    sex: Zora Blackwood\n" +
		"    issue_date: 23/04/1991\n    expiry_date: 1991-04-23T00:00:00Z\n    issuing_country: 1991-04-23\n    Zora Blackwood: x\n"
	_, _, problems := decodeManifest("kyc.yaml", []byte(src))
	if len(problems) != 10 {
		t.Fatalf("want 10 problems, got:%s", dumpProblems(problems))
	}
	for _, p := range problems {
		if p.Text.Plain == p.Text.Masked {
			t.Errorf("line %d: nothing masked in %q", p.Line, p.Text.Plain)
		}
		for _, raw := range []string{"Zora", "Blackwood", "23/04", "04/1991", "1991-04-23", "04-23"} {
			if strings.Contains(p.Text.Masked, raw) || strings.Contains(p.Text.PickAnonymous(), raw) || strings.Contains(p.Hint, raw) {
				t.Errorf("line %d: %q shows in %q (hint %q)", p.Line, raw, p.Text.Masked, p.Hint)
			}
		}
	}
}
