// Package yamlerr turns yaml.v3 syntax errors into a line and a message.
package yamlerr

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

var linePrefix = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// zeroBased matches parser (not scanner) errors, whose line yaml.v3 prints
// counting from 0 while scanner errors count from 1.
var zeroBased = regexp.MustCompile(`^did not find expected (<document start>|node content|key|'-' indicator|',' or '\]'|',' or '\}')`)

// tabIndent are the scanner errors for a tab in the indentation after a
// plain scalar and inside a block scalar (| or >). yaml.v3 gives the line
// where the scalar starts, not the line of the tab, which is further down.
var tabIndent = regexp.MustCompile(`^found a tab character (that violates indentation|where an indentation space is expected)`)

// Split returns the 1-based line of a yaml.v3 error in src, the text that
// was parsed (0 when it names none), and its message without the
// "yaml: line N:" prefix.
func Split(err error, src []byte) (int, string) {
	msg := err.Error()
	m := linePrefix.FindStringSubmatch(msg)
	if m == nil {
		return 0, strings.TrimPrefix(msg, "yaml: ")
	}
	line, _ := strconv.Atoi(m[1])
	switch {
	case zeroBased.MatchString(m[2]):
		line++
	case tabIndent.MatchString(m[2]):
		line = tabLine(src, line)
	}
	return line, m[2]
}

// tabLine returns the line holding the tab of a tabIndent error reported at
// line: that line when a tab leads it (the scalar began on the first line,
// where yaml.v3 names the tab's own line), else the first line after it
// with a tab before its first other character. It returns line unchanged
// when no such line exists.
func tabLine(src []byte, line int) int {
	lines := bytes.Split(src, []byte("\n"))
	for i := line - 1; i >= 0 && i < len(lines); i++ {
		lead := lines[i][:len(lines[i])-len(bytes.TrimLeft(lines[i], " \t\r"))]
		if bytes.IndexByte(lead, '\t') >= 0 {
			return i + 1
		}
	}
	return line
}
