package pdfdoc

import (
	"strings"
	"time"
)

// ParseDate parses a PDF date string, D:YYYYMMDDHHmmSSOHH'mm', where every
// part after the year is optional and O is +, - or Z. A missing zone means
// UTC. It accepts the common deviations: no "D:" prefix, no closing
// apostrophe, and a zone written without apostrophes.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "D:")
	year, s, ok := digits(s, 4)
	if !ok {
		return time.Time{}, false
	}
	parts := [5]int{1, 1, 0, 0, 0} // month, day, hour, minute, second
	for i := range parts {
		v, rest, ok := digits(s, 2)
		if !ok {
			break
		}
		parts[i], s = v, rest
	}
	if parts[0] < 1 || parts[0] > 12 || parts[1] < 1 || parts[1] > 31 ||
		parts[2] > 23 || parts[3] > 59 || parts[4] > 60 {
		return time.Time{}, false
	}
	loc, ok := zone(s)
	if !ok {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(parts[0]), parts[1], parts[2], parts[3], parts[4], 0, loc), true
}

// zone parses the OHH'mm' suffix.
func zone(s string) (*time.Location, bool) {
	if s == "" || s[0] == 'Z' {
		return time.UTC, true
	}
	if s[0] != '+' && s[0] != '-' {
		return nil, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	hh, rest, ok := digits(s[1:], 2)
	if !ok || hh > 23 {
		return nil, false
	}
	rest = strings.TrimPrefix(rest, "'")
	mm, _, ok := digits(rest, 2)
	if !ok || mm > 59 {
		mm = 0
	}
	return time.FixedZone("", sign*(hh*3600+mm*60)), true
}

// digits reads n decimal digits from the start of s.
func digits(s string, n int) (int, string, bool) {
	if len(s) < n {
		return 0, s, false
	}
	v := 0
	for i := 0; i < n; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, s, false
		}
		v = v*10 + int(c-'0')
	}
	return v, s[n:], true
}
