package report

import (
	"encoding/xml"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

type junitDoc struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suites   []struct {
		Name  string `xml:"name,attr"`
		Cases []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnitFailOn(t *testing.T) {
	for _, c := range []struct {
		failOn   lint.Severity
		failures int
	}{{lint.Off, 0}, {lint.Error, 2}, {lint.Warning, 3}, {lint.Info, 4}} {
		var doc junitDoc
		if err := xml.Unmarshal([]byte(render(t, "junit", Options{FailOn: c.failOn}, fixture())), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Tests != 5 || doc.Failures != c.failures {
			t.Errorf("fail-on %s: %d tests, %d failures; want 5 and %d", c.failOn, doc.Tests, doc.Failures, c.failures)
		}
	}
}

func TestJUnitCases(t *testing.T) {
	var doc junitDoc
	r := fixture()
	r.Packs[0].Findings[0].Message = "a <b> & \"c\"\x01"
	if err := xml.Unmarshal([]byte(render(t, "junit", Options{FailOn: lint.Error}, r)), &doc); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			names = append(names, s.Name+" | "+c.Name)
		}
	}
	want := []string{"packs/a | id front.jpg: image.blur", "packs/a | kyc.yml: document.expired", "packs/a | notes.txt: pack.unlisted-file",
		"packs/b | (pack): pack.manifest", "packs/c | pack"}
	if len(names) != len(want) {
		t.Fatalf("cases %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Errorf("case %d: %q, want %q", i, names[i], want[i])
		}
	}
	if f := doc.Suites[0].Cases[0].Failure; f == nil || f.Message != "a <b> & \"c\"\uFFFD" {
		t.Errorf("failure %+v does not carry the escaped message", f)
	}
	if out := doc.Suites[0].Cases[2].SystemOut; out == "" {
		t.Error("a warning below --fail-on is not in system-out")
	}
}
