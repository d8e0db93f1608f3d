package nationalid

import "fmt"

// An ErrorKind says which part of a number is wrong.
type ErrorKind int

// Error kinds.
const (
	ErrFormat    ErrorKind = iota + 1 // length or characters
	ErrChecksum                       // the check digit or letter
	ErrBirthDate                      // an embedded birth date that is no date, or in the future
	ErrComponent                      // another part: a region or place code, a prefix
)

// An Error says why a number fails, without repeating the number.
type Error struct {
	Kind   ErrorKind
	Detail string
}

func (e *Error) Error() string { return e.Detail }

func formatErr(format string, a ...any) *Error {
	return &Error{ErrFormat, fmt.Sprintf(format, a...)}
}

func componentErr(format string, a ...any) *Error {
	return &Error{ErrComponent, fmt.Sprintf(format, a...)}
}

var checksumErr = &Error{ErrChecksum, "its check digit does not match the other digits"}

func birthErr(why string) *Error { return &Error{ErrBirthDate, "its embedded birth date " + why} }
