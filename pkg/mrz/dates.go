package mrz

import (
	"errors"
	"fmt"
	"time"
)

// ErrUnknownDate is wrapped by the Resolve methods when a date is not
// printed in full: ICAO fills an unknown day, month or year with <.
var ErrUnknownDate = errors.New("date not printed in full")

// ErrInvalidDate is wrapped by the Resolve methods when a date cannot exist,
// such as month 13 or 30 February.
var ErrInvalidDate = errors.New("not a calendar date")

// ResolveBirthDate gives the birth date the latest century that does not
// put it after lint, the date the pack is judged on.
func (f Fields) ResolveBirthDate(lint time.Time) (time.Time, error) {
	return resolve("birth date", f.BirthDate, lint, 0)
}

// ResolveExpiryDate gives the expiry date the latest century that puts it
// at most 50 years after lint: documents are valid for ten years or so, but
// a passport that expired long ago is a real finding, not a date to move.
func (f Fields) ResolveExpiryDate(lint time.Time) (time.Time, error) {
	return resolve("expiry date", f.ExpiryDate, lint, 50)
}

// resolve picks the latest year ending in the printed two digits whose date
// is no later than lint plus ahead years.
func resolve(what, s string, lint time.Time, ahead int) (time.Time, error) {
	if s == "" {
		return time.Time{}, fmt.Errorf("%s: %w", what, ErrUnknownDate)
	}
	yy, mm, dd, err := splitDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %s: %w", what, s, err)
	}
	ly, lm, ld := lint.Date()
	limit := (ly+ahead)*10000 + int(lm)*100 + ld
	y := (ly+ahead)/100*100 + yy
	for y*10000+mm*100+dd > limit {
		y -= 100
	}
	t := time.Date(y, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return time.Time{}, fmt.Errorf("%s %s: %d has no 29 February: %w", what, s, y, ErrInvalidDate)
	}
	return t, nil
}

// splitDate reads YYMMDD with every part known.
func splitDate(s string) (yy, mm, dd int, err error) {
	parts, err := dateParts(s)
	if err != nil {
		return 0, 0, 0, err
	}
	for _, p := range parts {
		if p < 0 {
			return 0, 0, 0, ErrUnknownDate
		}
	}
	return parts[0], parts[1], parts[2], nil
}

// dateParts reads YYMMDD where each part is two digits or << (unknown, -1),
// checking that month and day can exist in some year.
func dateParts(s string) ([3]int, error) {
	var p [3]int
	if len(s) != 6 {
		return p, fmt.Errorf("%w: want 6 characters", ErrInvalidDate)
	}
	for i := range p {
		a, b := s[2*i], s[2*i+1]
		switch {
		case a == '<' && b == '<':
			p[i] = -1
		case isDigit(a) && isDigit(b):
			p[i] = int(a-'0')*10 + int(b-'0')
		default:
			return p, fmt.Errorf("%w: %q is neither two digits nor <<", ErrInvalidDate, s[2*i:2*i+2])
		}
	}
	if p[1] == 0 || p[1] > 12 {
		return p, fmt.Errorf("%w: month %02d", ErrInvalidDate, p[1])
	}
	if p[2] == 0 || p[2] > daysIn(p[1]) {
		return p, fmt.Errorf("%w: day %02d", ErrInvalidDate, p[2])
	}
	return p, nil
}

// daysIn gives the most days month m can have; 29 for February, whose leap
// years are only known once the century is.
func daysIn(m int) int {
	switch m {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
