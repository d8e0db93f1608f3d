//go:build ignore

// Extract writes cases.json and check_digits.json from the MRZ test files
// of three MIT-licensed parsers (see SOURCES.md), checked out under -src as
// cheminfo+mrz, gmrtd+gmrtd and konstantint+PassportEye:
//
//	go run extract.go -src DIR -out .
//
// Every MRZ line and check-digit input is read from the peers' own test
// files; the verdicts are what their tests assert. Where a peer rejects a
// zone for something kyclint does not judge (the Utopia country code, a
// limit on name parts), the case also records whether its check digits
// hold, as the peer's own assertions show it.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

type source struct {
	Repo    string `json:"repo"`
	Commit  string `json:"commit"`
	Path    string `json:"path"`
	License string `json:"license"`
	Test    string `json:"test"`
}

type mrzCase struct {
	Source         source   `json:"source"`
	Format         string   `json:"format"`
	Lines          []string `json:"lines"`
	Valid          bool     `json:"valid"`
	ExpectedSource string   `json:"expected_source"`
	AllCheckDigits *bool    `json:"all_check_digits_ok,omitempty"`
	Tags           []string `json:"tags,omitempty"`
}

type vector struct {
	Source   source `json:"source"`
	Data     string `json:"data"`
	Check    string `json:"check,omitempty"`
	CheckNot string `json:"check_not,omitempty"`
	Error    bool   `json:"error,omitempty"`
}

var repos = map[string]source{
	"cheminfo+mrz":            {Repo: "cheminfo/mrz", Commit: "ce4ad68a038abe3f1fa16a574ae15d23b77fcc51", License: "MIT"},
	"gmrtd+gmrtd":             {Repo: "gmrtd/gmrtd", Commit: "7f23b50ad912f10364f66ddc3423683cfc18e134", License: "MIT"},
	"konstantint+PassportEye": {Repo: "konstantint/PassportEye", Commit: "d866f1b0c4cb182b4332739d7098d81225c31179", License: "MIT"},
}

var (
	srcDir = flag.String("src", "", "folder holding the three checkouts")
	outDir = flag.String("out", ".", "where to write the JSON files")
	cases  []mrzCase
	vecs   []vector
)

func main() {
	flag.Parse()
	cheminfo()
	gmrtd()
	passportEye()
	write("cases.json", cases)
	var unique []vector
	for _, v := range vecs {
		if !slices.ContainsFunc(unique, func(u vector) bool {
			return u.Data == v.Data && u.Check == v.Check && u.CheckNot == v.CheckNot && u.Error == v.Error
		}) {
			unique = append(unique, v)
		}
	}
	vecs = unique
	write("check_digits.json", vecs)
	fmt.Printf("%d cases, %d check-digit vectors\n", len(cases), len(vecs))
}

func read(repo, path string) (source, string) {
	b, err := os.ReadFile(filepath.Join(*srcDir, repo, path))
	if err != nil {
		fail(err)
	}
	s := repos[repo]
	s.Path = path
	return s, string(b)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "extract:", err)
	os.Exit(1)
}

func write(name string, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fail(err)
	}
	if err := os.WriteFile(filepath.Join(*outDir, name), b.Bytes(), 0o644); err != nil {
		fail(err)
	}
}

// add appends c unless the same repository already gave the same lines.
func add(c mrzCase) {
	for _, o := range cases {
		if o.Source.Repo == c.Source.Repo && slices.Equal(o.Lines, c.Lines) {
			return
		}
	}
	cases = append(cases, c)
}

func yes(b bool) *bool { return &b }

var (
	itRE      = regexp.MustCompile(`(?m)^\s*it\('([^']*)'`)
	arrayRE   = regexp.MustCompile(`const (MRZ|falseMRZ) = \[([^\]]*)\]`)
	quotedRE  = regexp.MustCompile(`'([^']*)'`)
	formatRE  = regexp.MustCompile(`format: '([A-Z0-9_]+)',\s*valid: (true|false)`)
	invalidRE = regexp.MustCompile(`filter\(\(\w+\) => !\w+\.valid\)[^;]*;?[^;]*?toHaveLength\((\d+)\)`)
)

// cheminfo reads the zones of cheminfo/mrz's parse tests: each it() block
// gives an MRZ, the format and validity the test expects of it, and
// sometimes a garbled copy that only its autocorrect option reads.
func cheminfo() {
	for _, f := range []string{"td1", "td2", "td3", "frenchNationalId", "errors"} {
		src, text := read("cheminfo+mrz", "src/parse/__tests__/"+f+".test.ts")
		locs := itRE.FindAllStringSubmatchIndex(text, -1)
		for i, loc := range locs {
			end := len(text)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			block := text[loc[0]:end]
			s := src
			s.Test = text[loc[2]:loc[3]]
			for _, arr := range arrayRE.FindAllStringSubmatch(block, -1) {
				var lines []string
				for _, q := range quotedRE.FindAllStringSubmatch(arr[2], -1) {
					lines = append(lines, q[1])
				}
				c := mrzCase{Source: s, Lines: lines, ExpectedSource: "peer_assert"}
				switch {
				case arr[1] == "falseMRZ":
					// Only parse(falseMRZ, {autocorrect: true}) is asserted:
					// the text as printed is not a valid zone.
					c.Format = "garbled"
					c.ExpectedSource = "peer_assert: read only with autocorrect"
					c.Tags = []string{"ocr_confusables"}
				case strings.Contains(block, ".toThrow("):
					c.Format = "malformed"
					c.Tags = []string{"structure_error"}
				default:
					m := formatRE.FindStringSubmatch(block)
					if m == nil && strings.Contains(block, "falseMRZ") {
						continue // the reference a garbled copy is read against, asserted in its own test
					}
					if m == nil {
						fail(fmt.Errorf("%s %q: no format and validity asserted", s.Path, s.Test))
					}
					c.Format, c.Valid = m[1], m[2] == "true"
					if uto := utoFields(c.Format, lines); uto > 0 {
						c.Tags = []string{"uto_country"}
						// cheminfo refuses the Utopia code: when the only
						// invalid details are the UTO fields, every check
						// digit holds.
						n := invalidRE.FindStringSubmatch(block)
						if n == nil {
							fail(fmt.Errorf("%s %q: Utopia case without a count of invalid details", s.Path, s.Test))
						}
						c.AllCheckDigits = yes(n[1] == fmt.Sprint(uto))
					}
				}
				add(c)
			}
		}
	}
	src, text := read("cheminfo+mrz", "src/parsers/__tests__/check.test.ts")
	src.Test = "check digits"
	for _, m := range regexp.MustCompile(`check\('([^']*)', '(\d)'\)\)\.toStrictEqual\(\{\s*valid: (true|false)`).FindAllStringSubmatch(text, -1) {
		v := vector{Source: src, Data: m[1]}
		if m[3] == "true" {
			v.Check = m[2]
		} else {
			v.CheckNot = m[2]
		}
		vecs = append(vecs, v)
	}
	src.Test = "compute embedded TD1 check digit"
	for _, m := range regexp.MustCompile(`computeCheckDigit\('([^']*)'\)\)\.(not\.)?toBe\((\d)\)`).FindAllStringSubmatch(text, -1) {
		v := vector{Source: src, Data: m[1]}
		if m[2] == "" {
			v.Check = m[3]
		} else {
			v.CheckNot = m[3]
		}
		vecs = append(vecs, v)
	}
}

// utoFields counts the country fields of a zone that hold Utopia's code.
func utoFields(format string, lines []string) int {
	n := 0
	if len(lines[0]) >= 5 && lines[0][2:5] == "UTO" {
		n++
	}
	nat := map[string][2]int{"TD1": {1, 15}, "TD2": {1, 10}, "TD3": {1, 10}}[format]
	if nat != [2]int{} && len(lines[nat[0]]) >= nat[1]+3 && lines[nat[0]][nat[1]:nat[1]+3] == "UTO" {
		n++
	}
	return n
}

var (
	goFuncRE = regexp.MustCompile(`(?m)^func (Test\w+)\(`)
	goDataRE = regexp.MustCompile(`(?m)((?:^\s*//.*\n)*)\s*(?:data|inp_mrz):\s*"([^"]*)"`)
)

// gmrtd reads gmrtd's MRZ decoding tests, which give each zone as one
// string: it is cut into the lines of the format its length or its
// comment names.
func gmrtd() {
	src, text := read("gmrtd+gmrtd", "mrz/mrz_test.go")
	funcs := goFuncRE.FindAllStringSubmatchIndex(text, -1)
	for i, f := range funcs {
		name := text[f[2]:f[3]]
		valid := name == "TestMrzDecode" || name == "TestMrzDecodeMrziEncode"
		if !valid && !slices.Contains([]string{"TestMrzDecodeErrors", "TestDecodeTD1Errors", "TestDecodeTD2Errors", "TestDecodeTD3Errors"}, name) {
			continue
		}
		end := len(text)
		if i+1 < len(funcs) {
			end = funcs[i+1][0]
		}
		for _, m := range goDataRE.FindAllStringSubmatch(text[f[0]:end], -1) {
			comment, data := strings.TrimSpace(m[1]), m[2]
			s := src
			s.Test = name
			if comment != "" {
				s.Test += ": " + strings.Join(strings.Fields(strings.NewReplacer("//", " ", "*", " ").Replace(comment)), " ")
			}
			format := map[int]string{90: "TD1", 72: "TD2", 88: "TD3"}[len(data)]
			intended := format
			for _, f := range []string{"TD1", "TD2", "TD3"} {
				if strings.Contains(comment, f) || strings.Contains(name, f) {
					intended = f
				}
			}
			c := mrzCase{Source: s, Format: format, Lines: split(data, intended), Valid: valid, ExpectedSource: "peer_assert"}
			switch {
			case format == "" || format != intended:
				c.Format, c.Tags = "malformed", []string{"length"}
			case strings.Contains(comment, "invalid name"):
				// gmrtd refuses a name of more than two parts; the name is
				// in no check digit, and the rest is a valid test zone.
				c.Tags = []string{"name_structure"}
				c.AllCheckDigits = yes(true)
				c.ExpectedSource = "peer_assert; only the name, which no check digit covers, differs from a valid zone of the same test file"
			}
			add(c)
		}
	}
	// Check digits.
	src.Test = "TestCalcCheckdigit"
	block := between(text, "func TestCalcCheckdigit(", "\nfunc ")
	for _, m := range regexp.MustCompile(`data:\s*"([^"]*)",\s*expCheckDigit:\s*"(\d)"`).FindAllStringSubmatch(block, -1) {
		vecs = append(vecs, vector{Source: src, Data: m[1], Check: m[2]})
	}
	src.Test = "TestCalcCheckdigitBadCharErr"
	m := regexp.MustCompile(`badData string = "([^"]*)"`).FindStringSubmatch(between(text, "func TestCalcCheckdigitBadCharErr(", "\nfunc "))
	vecs = append(vecs, vector{Source: src, Data: m[1], Error: true})
	src.Test = "TestVerifyCheckdigitEmptyWithoutCheckDigitOk"
	m = regexp.MustCompile(`verifyCheckdigit\("([^"]*)", "(<)"\)`).FindStringSubmatch(between(text, "func TestVerifyCheckdigitEmptyWithoutCheckDigitOk(", "\nfunc "))
	vecs = append(vecs, vector{Source: src, Data: m[1], Check: m[2]})
	src.Test = "TestVerifyCheckdigitErrors"
	for _, m := range regexp.MustCompile(`data:\s*"([^"]*)",\s*checkDigit:\s*"([^"]*)"`).FindAllStringSubmatch(between(text, "func TestVerifyCheckdigitErrors(", "\nfunc "), -1) {
		switch {
		case strings.ContainsAny(m[1], "*"):
			vecs = append(vecs, vector{Source: src, Data: m[1], Error: true})
		case m[2] >= "0" && m[2] <= "9":
			vecs = append(vecs, vector{Source: src, Data: m[1], CheckNot: m[2]})
		}
	}
}

func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		fail(fmt.Errorf("%q not found", from))
	}
	block, _, _ := strings.Cut(rest, to)
	return block
}

// split cuts a one-string zone into lines of the format's width; what is
// left over makes a last, short line.
func split(data, format string) []string {
	width := map[string]int{"TD1": 30, "TD2": 36, "TD3": 44}[format]
	if width == 0 {
		return []string{data}
	}
	var lines []string
	for len(data) > width {
		lines = append(lines, data[:width])
		data = data[width:]
	}
	return append(lines, data)
}

var (
	pyCaseRE  = regexp.MustCompile(`>>> m = MRZ\(\[('[^\]]*')\]\)(?:\.to_dict\(\))?\n\s*>>> assert ([^\n]*)`)
	pyDigitRE = regexp.MustCompile(`MRZCheckDigit\.compute\('([^']*)'\) == '(\d?)'`)
)

// passportEye reads the doctests of PassportEye's MRZ class, which assert
// each zone's type and validity, and of its check-digit computation.
func passportEye() {
	src, text := read("konstantint+PassportEye", "passporteye/mrz/text.py")
	src.Test = "MRZ class doctest"
	for _, m := range pyCaseRE.FindAllStringSubmatch(text, -1) {
		var lines []string
		for _, q := range quotedRE.FindAllStringSubmatch(m[1], -1) {
			lines = append(lines, q[1])
		}
		assert := m[2]
		c := mrzCase{Source: src, Lines: lines, ExpectedSource: "peer_assert"}
		switch {
		case strings.Contains(assert, "not m.valid"):
			c.Valid = false
		case strings.Contains(assert, "m.valid"):
			c.Valid = true
		default:
			continue // asserts fields only (to_dict); the same zone is asserted above
		}
		t := regexp.MustCompile(`m\.mrz_type == '(\w+)'`).FindStringSubmatch(assert)
		if t == nil {
			fail(fmt.Errorf("PassportEye doctest without a type: %s", assert))
		}
		c.Format = t[1]
		add(c)
	}
	src.Test = "MRZCheckDigit.compute doctest"
	for _, m := range pyDigitRE.FindAllStringSubmatch(text, -1) {
		v := vector{Source: src, Data: m[1], Check: m[2]}
		if m[2] == "" {
			v.Error = true
		}
		vecs = append(vecs, v)
	}
}
