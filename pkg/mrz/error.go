package mrz

import "fmt"

// An Error is a problem at one place in a zone. Parse returns one for text
// that is not a zone; a parsed Zone lists the content problems it found the
// same way. Line and Column count from 1 within the zone, after the blank
// space around it and around each line has been removed.
type Error struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Message)
}

func errorf(line, col int, format string, args ...any) *Error {
	return &Error{Line: line, Column: col, Message: fmt.Sprintf(format, args...)}
}
