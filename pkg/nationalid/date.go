package nationalid

import "time"

// fullBirth returns the birth encoded with a four-digit year, or an error
// when it is no date or lies after today.
func fullBirth(year, month, day int, today time.Time) (*Birth, *Error) {
	if !isDate(year, month, day) {
		return nil, birthErr("is not a date")
	}
	if time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).After(today) {
		return nil, birthErr("is in the future")
	}
	return &Birth{Year: year, Month: month, Day: day, CenturyKnown: true}, nil
}

// shortBirth returns a birth encoded with a two-digit year: a date in 19yy
// or 20yy (29 February needs one of them to be a leap year), placed in the
// latest century that is not after today. day 0 means the number encodes
// no day.
func shortBirth(yy, month, day int, today time.Time) (*Birth, *Error) {
	d := day
	if d == 0 {
		d = 1
	}
	if !isDate(1900+yy, month, d) && !isDate(2000+yy, month, d) {
		return nil, birthErr("is not a date")
	}
	year := 2000 + yy
	if !isDate(year, month, d) || time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC).After(today) {
		year = 1900 + yy
	}
	return &Birth{Year: year, Month: month, Day: day}, nil
}

func isDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// digits reports whether s is all ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// num returns the value of the ASCII digits s (callers checked them).
func num(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
