// Package yamlerr turns yaml.v3 syntax errors into a line and a message.
package yamlerr

import (
	"regexp"
	"strconv"
	"strings"
)

var linePrefix = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// zeroBased matches parser (not scanner) errors, whose line yaml.v3 prints
// counting from 0 while scanner errors count from 1.
var zeroBased = regexp.MustCompile(`^did not find expected (<document start>|node content|key|'-' indicator|',' or '\]'|',' or '\}')`)

// Split returns the 1-based line of a yaml.v3 error (0 when it names none)
// and its message without the "yaml: line N:" prefix.
func Split(err error) (int, string) {
	msg := err.Error()
	m := linePrefix.FindStringSubmatch(msg)
	if m == nil {
		return 0, strings.TrimPrefix(msg, "yaml: ")
	}
	line, _ := strconv.Atoi(m[1])
	if zeroBased.MatchString(m[2]) {
		line++
	}
	return line, m[2]
}
