package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// junitWriter writes JUnit XML for CI test tabs: a suite per pack and a test
// case per file and rule with findings. Findings at or above --fail-on fail
// their case; lower ones are kept as the case's output. A pack without
// findings gets one passing case, "pack", so that every suite has a test.
type junitWriter struct {
	failOn lint.Severity
}

var _ Writer = junitWriter{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Classname string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func (j junitWriter) Write(w io.Writer, r *Report) error {
	all := junitSuites{Name: "kyclint", Suites: make([]junitSuite, 0, len(r.Packs))}
	for _, p := range r.Packs {
		s := j.suite(p)
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Suites = append(all.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// suite groups a pack's findings into cases by file and rule, in the order
// each pair first appears in the report.
func (j junitWriter) suite(p Pack) junitSuite {
	s := junitSuite{Name: p.Path}
	index := map[[2]string]int{}
	for _, f := range p.Findings {
		if f.Suppression != nil {
			continue // accepted by the operators: not a test case
		}
		key := [2]string{f.File, f.Rule}
		i, ok := index[key]
		if !ok {
			i = len(s.Cases)
			index[key] = i
			s.Cases = append(s.Cases, junitCase{Classname: p.Path, Name: junitName(f)})
		}
		j.record(&s.Cases[i], f)
	}
	if len(s.Cases) == 0 {
		s.Cases = append(s.Cases, junitCase{Classname: p.Path, Name: "pack"})
	}
	s.Tests = len(s.Cases)
	for _, c := range s.Cases {
		if c.Failure != nil {
			s.Failures++
		}
	}
	return s
}

// record adds a finding to its case: the first failing finding gives the
// failure its message, and every finding is listed in full.
func (j junitWriter) record(c *junitCase, f Finding) {
	line := junitLine(f)
	if j.failOn == lint.Off || f.Severity < j.failOn {
		c.SystemOut += line
		return
	}
	if c.Failure == nil {
		c.Failure = &junitFailure{Message: f.Message, Type: f.Rule}
	}
	c.Failure.Text += line
}

func junitName(f Finding) string {
	file := f.File
	if file == "" {
		file = "(pack)"
	}
	return file + ": " + f.Rule
}

func junitLine(f Finding) string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	if f.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", f.Line)
	} else if f.ManifestLine > 0 {
		fmt.Fprintf(&b, " (declared on manifest line %d)", f.ManifestLine)
	}
	fmt.Fprintf(&b, ": %s\nhint: %s\n", f.Message, f.Hint)
	return b.String()
}
