package nationalid

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// checkDay is the day the vectors are judged on.
var checkDay = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)

type vector struct {
	line                     int
	country, verdict, number string
	kind                     Kind
	birth, sex               string
}

func readVectors(t *testing.T) []vector {
	f, err := os.Open("testdata/vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []vector
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w := strings.Fields(line)
		v := vector{line: n, country: w[0], verdict: w[2], kind: IDCard}
		if w[1] == "permit" {
			v.kind = ResidencePermit
		}
		// The number may hold spaces; birth and sex follow it when given.
		rest := w[3:]
		if k := len(rest); k >= 2 && (isBirth(rest[k-2]) || rest[k-2] == "-") && len(rest[k-1]) == 1 {
			v.birth, v.sex, rest = rest[k-2], rest[k-1], rest[:k-2]
		} else if isBirth(rest[k-1]) && k > 1 {
			v.birth, rest = rest[k-1], rest[:k-1]
		}
		v.number = strings.Join(rest, " ")
		out = append(out, v)
	}
	return out
}

func isBirth(s string) bool { return len(s) >= 7 && s[4] == '-' && digits(s[:4]) }

func TestVectors(t *testing.T) {
	vs := readVectors(t)
	if len(vs) < 150 {
		t.Fatalf("only %d vectors read", len(vs))
	}
	for _, v := range vs {
		r, ok := Check(v.country, v.kind, v.number, checkDay)
		if !ok {
			t.Errorf("line %d: %s %s: no scheme applies", v.line, v.country, v.number)
			continue
		}
		if got := verdict(r); got != v.verdict && !(v.verdict == "invalid" && got != "valid") {
			t.Errorf("line %d: %s %q: %s (%v), want %s", v.line, v.country, v.number, got, r.Err, v.verdict)
		}
		if n, _ := Normalize(v.number); v.verdict == "valid" && !For(v.country, v.kind).Shaped(n) {
			t.Errorf("line %d: %s %q: valid but not of the scheme's shape", v.line, v.country, v.number)
		}
		if v.birth != "" && v.birth != "-" && !sameBirth(r.Birth, v.birth) {
			t.Errorf("line %d: %s %q: birth %+v, want %s", v.line, v.country, v.number, r.Birth, v.birth)
		}
		if v.sex != "" && string(rune(r.Sex)) != v.sex {
			t.Errorf("line %d: %s %q: sex %q, want %s", v.line, v.country, v.number, r.Sex, v.sex)
		}
	}
}

func verdict(r Result) string {
	if r.Err == nil {
		return "valid"
	}
	return map[ErrorKind]string{ErrFormat: "format", ErrChecksum: "checksum", ErrBirthDate: "birth", ErrComponent: "component"}[r.Err.Kind]
}

func sameBirth(b *Birth, want string) bool {
	if b == nil {
		return false
	}
	got := fmt.Sprintf("%04d-%02d-%02d", b.Year, b.Month, b.Day)
	if b.Day == 0 {
		got = got[:7]
	}
	if !b.CenturyKnown {
		return got[2:] == want[2:]
	}
	return got == want
}

// Every scheme is exercised by the vectors, valid and not.
func TestVectorsCoverEverySchema(t *testing.T) {
	seen := map[string]map[bool]bool{}
	for _, v := range readVectors(t) {
		s := For(v.country, v.kind)
		if s == nil {
			continue
		}
		if seen[s.Name] == nil {
			seen[s.Name] = map[bool]bool{}
		}
		seen[s.Name][v.verdict == "valid"] = true
	}
	for _, s := range Schemes() {
		if !seen[s.Name][true] || !seen[s.Name][false] {
			t.Errorf("%s: vectors lack a valid or an invalid number", s.Name)
		}
	}
}

func TestVerhoeff(t *testing.T) {
	// python-stdnum tests/test_verhoeff.doctest
	for s, want := range map[string]bool{"1428570": true, "6548": true, "1234567890120": true,
		"3984382462386423786482364872364827347": true, "1234567890129": false, "654": false, "123459": false} {
		if verhoeff(s) != want {
			t.Errorf("verhoeff(%s) = %v", s, !want)
		}
	}
}

func TestGatedSchemesSkipOtherShapes(t *testing.T) {
	for _, c := range []struct{ country, number string }{
		{"FRA", "X4RTBPFW4"},    // a French identity card's document number
		{"NLD", "SPECI2014"},    // a Dutch identity card's document number
		{"ITA", "CA00000AA"},    // an Italian CIE number
		{"ESP", "BAA000589"},    // a Spanish DNI's support number
		{"BRA", "12.345.678-9"}, // an old RG number
	} {
		if r, ok := Check(c.country, IDCard, c.number, checkDay); ok {
			t.Errorf("%s %s: checked as %s", c.country, c.number, r.Scheme)
		}
	}
}

func TestCheckWithoutScheme(t *testing.T) {
	if _, ok := Check("DEU", IDCard, "T22000129", checkDay); ok {
		t.Error("Germany has no scheme but one applied")
	}
	if _, ok := Check("IN", ResidencePermit, "234123412346", checkDay); ok {
		t.Error("Aadhaar applied to a residence permit")
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"A123456(3)": "A1234563",
		"４４０１１３２０１４１００５００１ｘ": "44011320141005001X",
		" 971013-9019902 ": "9710139019902",
	} {
		if got, ok := Normalize(in); !ok || got != want {
			t.Errorf("Normalize(%q) = %q, %v", in, got, ok)
		}
	}
	for _, in := range []string{"12345678!", "1234*6789", strings.Repeat("1", MaxLen+1)} {
		if _, ok := Normalize(in); ok {
			t.Errorf("Normalize(%q) accepted", in)
		}
	}
}

func TestCheckShapedSkipsOtherShapes(t *testing.T) {
	// A Hong Kong identity card of a Chinese national: not a mainland number.
	if r, ok := CheckShaped("CHN", IDCard, "A123456(3)", checkDay); ok {
		t.Errorf("an HKID checked as %s", r.Scheme)
	}
	if r, ok := CheckShaped("CHN", IDCard, "110101199003074478", checkDay); !ok || r.Valid() {
		t.Errorf("a mistyped mainland number of the right shape: %+v, %v", r, ok)
	}
	for _, s := range Schemes() {
		if !s.Gated && plausible[s] == nil {
			t.Errorf("%s has no shape for CheckShaped", s.Name)
		}
	}
}
