package cli

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
)

func sampleJSON(t *testing.T) report.Report {
	t.Helper()
	var rep report.Report
	if err := json.Unmarshal([]byte(sampleReport(t, "json")), &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestJUnitParsesBack reads the JUnit report with encoding/xml: one suite
// per pack, and a failing case for each file and rule with an error.
func TestJUnitParsesBack(t *testing.T) {
	inRoot(t)
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(sampleReport(t, "junit")), &doc); err != nil {
		t.Fatal(err)
	}
	rep := sampleJSON(t)
	if len(doc.Suites) != len(rep.Packs) {
		t.Fatalf("%d suites for %d packs", len(doc.Suites), len(rep.Packs))
	}
	total := 0
	for i, s := range doc.Suites {
		p := rep.Packs[i]
		failing := map[string]bool{}
		for _, f := range p.Findings {
			if f.Severity >= lint.Error {
				failing[f.File+"\x00"+f.Rule] = true
			}
		}
		failed := 0
		for _, c := range s.Cases {
			if c.Failure != nil {
				failed++
			}
		}
		if s.Name != p.Path || s.Tests != len(s.Cases) || s.Tests == 0 || s.Failures != failed || failed != len(failing) {
			t.Errorf("suite %s: %d tests (%d cases), %d failures (%d failed cases); pack %s has %d failing file/rule pairs",
				s.Name, s.Tests, len(s.Cases), s.Failures, failed, p.Path, len(failing))
		}
		total += failed
	}
	if doc.Failures != total || total != 21 {
		t.Errorf("%d failures in all, %d counted; want 21", doc.Failures, total)
	}
}

// TestNDJSONHasTheJSONPacks checks that every line but the last is one
// pack, standing alone, and that the packs are those of the json format.
func TestNDJSONHasTheJSONPacks(t *testing.T) {
	inRoot(t)
	rep := sampleJSON(t)
	sc := bufio.NewScanner(strings.NewReader(sampleReport(t, "ndjson")))
	sc.Buffer(nil, 1<<20)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) != len(rep.Packs)+1 {
		t.Fatalf("%d lines for %d packs", len(lines), len(rep.Packs))
	}
	for i, p := range rep.Packs {
		var line struct {
			Version int
			Date    string
			Ruleset string
			Tool    report.Tool
			Pack    report.Pack
		}
		if err := json.Unmarshal([]byte(lines[i]), &line); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(p)
		got, _ := json.Marshal(line.Pack)
		if string(got) != string(want) || line.Version != 1 || line.Date != rep.Date || line.Ruleset != rep.Ruleset || line.Tool != rep.Tool {
			t.Errorf("line %d: %s\nwant pack %s", i+1, lines[i], want)
		}
	}
	var last struct{ Summary report.Summary }
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil || last.Summary != rep.Summary {
		t.Errorf("last line %s: %v", lines[len(lines)-1], err)
	}
}

// TestGitHubAnnotationsPointIntoTheDiff checks that findings on images are
// annotated on the manifest line that declares them.
func TestGitHubAnnotationsPointIntoTheDiff(t *testing.T) {
	inRoot(t)
	out := sampleReport(t, "github")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, want := range []string{
		"::error file=testdata/packs/emma-wrong-files/kyc.yaml,line=18,title=image.dimensions::selfie.jpg is 160×100 pixels",
		"::warning file=testdata/packs/gita-unsafe-paths/notes.txt,title=pack.unlisted-file::notes.txt is not listed",
		"::notice title=pack.manifest::testdata/packs/hugo-no-manifest: no kyc.yaml",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no annotation starting %q", want)
		}
	}
	if len(lines) != 30 || strings.HasPrefix(lines[29], "::") || !strings.HasPrefix(lines[29], "11 packs") {
		t.Errorf("%d lines; the last, %q, should be a plain summary", len(lines), lines[len(lines)-1])
	}
}
