package pack

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// A Date is a calendar day with no time zone, as printed on documents.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

var isoDate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)

// ParseDate reads an ISO 8601 calendar date, YYYY-MM-DD, and nothing else.
func ParseDate(s string) (Date, error) {
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return Date{}, fmt.Errorf("%q is not a calendar date", s)
	}
	return Date{y, time.Month(mo), d}, nil
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int {
	// Whole days between midnights, counted in seconds: a time.Duration
	// overflows past 292 years (--date 9999-12-31).
	return int((e.Time().Unix() - d.Time().Unix()) / 86400)
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// AddDays returns the day n days after d.
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// YearsUntil returns the number of whole years from d to e, as an age is
// counted: a person born on 29 February comes of age on 1 March in common years.
func (d Date) YearsUntil(e Date) int {
	years := e.Year - d.Year
	if e.Month < d.Month || (e.Month == d.Month && e.Day < d.Day) {
		years--
	}
	return years
}
