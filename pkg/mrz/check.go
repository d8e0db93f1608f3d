package mrz

import (
	"errors"
	"fmt"
	"strings"
)

// A Check is the verdict on one printed check digit.
type Check struct {
	// Name is document_number, birth_date, expiry_date, optional_data or
	// composite, the key the JSON report uses.
	Name   string
	Line   int    // where the digit is printed, counting from 1
	Column int    // within the line, counting from 1
	Got    string // the character printed there
	Want   int    // the digit computed from the data it covers
	OK     bool
}

// Message says what is wrong with a failing check, for example
// "composite check digit is 9, expected 0".
func (c Check) Message() string {
	return fmt.Sprintf("%s check digit is %s, expected %d", label(c.Name), c.Got, c.Want)
}

// CheckDigit computes the ICAO 9303 check digit of s: weights 7, 3, 1
// repeating, with < counting 0, digits their value and A–Z 10–35. It fails
// on an empty string and on any other character.
func CheckDigit(s string) (int, error) {
	if s == "" {
		return 0, errors.New("check digit of empty text")
	}
	for i := 0; i < len(s); i++ {
		if _, ok := charValue(s[i]); !ok {
			return 0, fmt.Errorf("character %q at position %d is not an MRZ character", s[i], i+1)
		}
	}
	return weigh(s), nil
}

func charValue(c byte) (int, bool) {
	switch {
	case c == '<':
		return 0, true
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10, true
	}
	return 0, false
}

// weigh computes the check digit of text already known to hold only MRZ
// characters.
func weigh(s string) int {
	weights := [3]int{7, 3, 1}
	sum := 0
	for i := 0; i < len(s); i++ {
		v, _ := charValue(s[i])
		sum += v * weights[i%3]
	}
	return sum % 10
}

// holds tells whether got is an acceptable check digit for data. A < is
// accepted where the data is all fillers: ICAO lets an empty optional field
// leave its digit unfilled, and an empty field weighs 0 anyway.
func holds(data string, got byte) bool {
	if got == '<' {
		return strings.Trim(data, "<") == ""
	}
	return got >= '0' && got <= '9' && int(got-'0') == weigh(data)
}

func newCheck(name string, lines []string, pos span, data string) Check {
	got := pos.text(lines)
	return Check{
		Name: name, Line: pos.line + 1, Column: pos.from + 1,
		Got: got, Want: weigh(data), OK: holds(data, got[0]),
	}
}

func (l *layout) checks(lines []string) []Check {
	out := make([]Check, 0, len(l.digits))
	for _, d := range l.digits {
		if d.name == digitNumber {
			if c, ok := l.longNumberCheck(lines, d); ok {
				out = append(out, c)
				continue
			}
		}
		var data strings.Builder
		for _, s := range d.data {
			data.WriteString(s.text(lines))
		}
		out = append(out, newCheck(d.name, lines, d.at, data.String()))
	}
	return out
}

func label(name string) string { return strings.ReplaceAll(name, "_", " ") }
