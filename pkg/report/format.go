package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/i18n"
	"github.com/kyclint/kyclint/pkg/lint"
)

// A Writer renders a report in one format.
type Writer interface {
	Write(w io.Writer, r *Report) error
}

// Options are what writers may need beyond the report itself.
type Options struct {
	Color  bool          // human output on a terminal that takes colour
	Rules  []RuleDoc     // every known rule, for formats that describe them
	FailOn lint.Severity // the --fail-on threshold; Off means never
	// Lang translates the human format (--lang); nil keeps English. The
	// machine formats ignore it: their messages stay English.
	Lang *i18n.Translator
}

// A RuleDoc describes a rule for formats that carry rule metadata.
type RuleDoc struct {
	ID       string
	Title    string
	Why      string
	Hint     string
	Severity lint.Severity
}

// formats maps each --format name to its writer.
var formats = map[string]func(Options) Writer{
	"github": func(Options) Writer { return githubWriter{} },
	"human":  func(o Options) Writer { return &humanWriter{style: o} },
	"json":   func(Options) Writer { return jsonWriter{} },
	"junit":  func(o Options) Writer { return junitWriter{failOn: o.FailOn} },
	"ndjson": func(Options) Writer { return &ndjsonWriter{} },
	"sarif":  func(o Options) Writer { return sarifWriter{rules: o.Rules} },
}

// Formats lists the format names, sorted, for flag help and errors.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the writer for a format name; an unknown name is an error,
// never a silent fallback.
func New(name string, o Options) (Writer, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Formats(), ", "))
	}
	return f(o), nil
}

// Personal reports whether a format may show personal values under
// --redact auto: only the human format, on a terminal, outside CI.
func Personal(name string) bool { return name == "human" }
