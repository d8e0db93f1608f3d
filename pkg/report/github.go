package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// githubWriter writes GitHub Actions workflow commands, one annotation per
// finding, then a plain summary line. A finding on an image or PDF that the
// manifest declares is annotated on that manifest line, so that it shows in
// a pull request's diff, and its message names the document.
type githubWriter struct{}

var _ Writer = githubWriter{}

func (githubWriter) Write(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, p := range r.Packs {
		for _, f := range p.Findings {
			if f.Suppression != nil {
				continue
			}
			githubAnnotation(&b, p, f)
		}
	}
	(&humanWriter{}).summary(&b, r.Summary)
	_, err := io.WriteString(w, b.String())
	return err
}

func githubAnnotation(b *strings.Builder, p Pack, f Finding) {
	where, message := at(p, f), f.Message
	if d, ok := declared(p, f); ok {
		where = d
		if !mentions(message, f.File) {
			message = f.File + ": " + message
		}
	}
	if f.File == "" && manifestOf(p, f) == "" {
		// A pack without a manifest has no file to annotate: name the pack.
		message, where.file = where.file+": "+message, ""
	}
	if f.Hint != "" {
		message += "\nhint: " + f.Hint
	}
	b.WriteString("::" + githubCommand(f.Severity) + " ")
	var props []string
	if where.file != "" {
		props = append(props, "file="+githubProperty(where.file))
		if where.line > 0 {
			props = append(props, fmt.Sprintf("line=%d", where.line))
		}
	}
	props = append(props, "title="+githubProperty(f.Rule))
	b.WriteString(strings.Join(props, ",") + "::" + githubData(message) + "\n")
}

func githubCommand(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message as the Actions runner unescapes it.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a property value, which also ends at : and ,.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
