package mrz

import (
	"errors"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolveBirthDate(t *testing.T) {
	for _, tc := range []struct{ lint, printed, want string }{
		{"2026-11-26", "740812", "1974-08-12"},
		{"2026-11-26", "261126", "2026-11-26"}, // born on the lint date: not in the future
		{"2026-11-26", "261127", "1926-11-27"},
		{"2026-11-26", "250101", "2025-01-01"},
		{"2026-11-26", "000229", "2000-02-29"},
		{"2000-01-01", "991231", "1999-12-31"},
		{"2000-01-01", "000101", "2000-01-01"},
		{"2000-01-01", "000102", "1900-01-02"},
		{"2101-03-01", "010228", "2101-02-28"},
	} {
		got, err := Fields{BirthDate: tc.printed}.ResolveBirthDate(day(tc.lint))
		if err != nil || !got.Equal(day(tc.want)) {
			t.Errorf("birth %s on %s = %v, %v; want %s", tc.printed, tc.lint, got, err, tc.want)
		}
	}
}

func TestResolveExpiryDate(t *testing.T) {
	for _, tc := range []struct{ lint, printed, want string }{
		{"2026-11-26", "120415", "2012-04-15"},
		{"2026-11-26", "310630", "2031-06-30"},
		{"2026-11-26", "761126", "2076-11-26"}, // exactly 50 years ahead
		{"2026-11-26", "761127", "1976-11-27"},
		{"2026-11-26", "990101", "1999-01-01"},
		{"2095-06-01", "100101", "2110-01-01"},
		{"2095-06-01", "460101", "2046-01-01"},
	} {
		got, err := Fields{ExpiryDate: tc.printed}.ResolveExpiryDate(day(tc.lint))
		if err != nil || !got.Equal(day(tc.want)) {
			t.Errorf("expiry %s on %s = %v, %v; want %s", tc.printed, tc.lint, got, err, tc.want)
		}
	}
}

func TestResolveRefuses(t *testing.T) {
	lint := day("2026-11-26")
	for _, tc := range []struct {
		printed string
		want    error
	}{
		{"", ErrUnknownDate},
		{"<<<<<<", ErrUnknownDate},
		{"7408<<", ErrUnknownDate},
		{"741301", ErrInvalidDate},
		{"740001", ErrInvalidDate},
		{"740431", ErrInvalidDate},
		{"260229", ErrInvalidDate}, // 2026 is no leap year
		{"74O812", ErrInvalidDate},
	} {
		_, errB := Fields{BirthDate: tc.printed}.ResolveBirthDate(lint)
		_, errE := Fields{ExpiryDate: tc.printed}.ResolveExpiryDate(lint)
		if !errors.Is(errB, tc.want) || !errors.Is(errE, tc.want) {
			t.Errorf("%q: birth %v, expiry %v; want %v", tc.printed, errB, errE, tc.want)
		}
	}
}
