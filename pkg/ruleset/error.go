// Package ruleset loads rule sets: YAML files that choose, for one
// jurisdiction or platform, each rule's severity and parameters and the
// documents a pack must hold. Built-ins are embedded from rules/; a user's
// file may extend one. Everything is validated before any pack is read.
package ruleset

import "fmt"

// An Error is a problem in a rule-set file, located by file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
