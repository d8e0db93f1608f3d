package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A Writer renders a report in one format.
type Writer interface {
	Write(w io.Writer, r *Report) error
}

// Style is how a terminal shows human output.
type Style struct {
	Color bool
}

// formats maps each --format name to its writer.
var formats = map[string]func(Style) Writer{
	"human": func(s Style) Writer { return &humanWriter{style: s} },
	"json":  func(Style) Writer { return jsonWriter{} },
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
func New(name string, s Style) (Writer, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Formats(), ", "))
	}
	return f(s), nil
}

// Personal reports whether a format may show personal values under
// --redact auto: only the human format, on a terminal, outside CI.
func Personal(name string) bool { return name == "human" }
