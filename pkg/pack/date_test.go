package pack

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	good := map[string]Date{
		"1990-01-15": {1990, time.January, 15},
		"2000-02-29": {2000, time.February, 29},
		"0001-01-01": {1, time.January, 1},
		"9999-12-31": {9999, time.December, 31},
	}
	for s, want := range good {
		d, err := ParseDate(s)
		if err != nil || d != want || d.String() != s {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"", "1990-02-30", "1900-02-29", "2023-02-29", "1990-13-01", "1990-00-10", "1990-01-00",
		"1990-04-31", "14/03/1988", "1990-1-5", "90-01-05", "1990-01-15T00:00:00Z", " 1990-01-15", "1990-01-15\n",
		"1990/01/15", "١٩٩٠-٠١-١٥", "+1990-01-15"} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
}

func date(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestYearsUntil(t *testing.T) {
	cases := []struct {
		born, on string
		years    int
	}{
		{"1990-01-15", "2008-01-14", 17},
		{"1990-01-15", "2008-01-15", 18},
		{"1990-01-15", "2008-12-31", 18},
		{"2004-02-29", "2022-02-28", 17}, // a leap-day birthday comes in March in common years
		{"2004-02-29", "2022-03-01", 18},
		{"2004-02-29", "2024-02-28", 19},
		{"2004-02-29", "2024-02-29", 20},
		{"2000-06-01", "2000-06-01", 0},
		{"2000-06-02", "2000-06-01", -1},
	}
	for _, c := range cases {
		if got := date(t, c.born).YearsUntil(date(t, c.on)); got != c.years {
			t.Errorf("%s → %s: %d years, want %d", c.born, c.on, got, c.years)
		}
	}
}

func TestDaysUntil(t *testing.T) {
	cases := []struct {
		from, to string
		days     int
	}{
		{"2026-01-01", "2026-01-01", 0},
		{"2026-01-01", "2026-01-02", 1},
		{"2026-01-02", "2026-01-01", -1},
		{"2024-02-28", "2024-03-01", 2},
		{"2023-02-28", "2023-03-01", 1},
		{"2026-03-28", "2026-03-30", 2}, // across a daylight-saving change elsewhere
		{"2025-01-01", "2026-01-01", 365},
		{"2024-01-01", "2025-01-01", 366},
	}
	for _, c := range cases {
		from, to := date(t, c.from), date(t, c.to)
		if got := from.DaysUntil(to); got != c.days {
			t.Errorf("%s → %s: %d days, want %d", c.from, c.to, got, c.days)
		}
		if got := from.AddDays(c.days); got != to {
			t.Errorf("%s + %d days = %s, want %s", c.from, c.days, got, c.to)
		}
		if from.Before(to) != (c.days > 0) {
			t.Errorf("%s.Before(%s) = %v", c.from, c.to, from.Before(to))
		}
	}
	if !(Date{}).IsZero() || date(t, "2026-01-01").IsZero() {
		t.Error("IsZero")
	}
	loc := time.FixedZone("UTC+14", 14*3600)
	if got := DateOf(time.Date(2026, 1, 1, 23, 0, 0, 0, loc)); got != date(t, "2026-01-01") {
		t.Errorf("DateOf = %s", got)
	}
}

func TestDaysUntilFarApart(t *testing.T) {
	a, _ := ParseDate("2025-06-30")
	b, _ := ParseDate("9999-12-31")
	if got := a.DaysUntil(b); got != 2912627 {
		t.Errorf("2025-06-30 to 9999-12-31: %d days, want 2912627 (a time.Duration overflows)", got)
	}
	if got := b.DaysUntil(a); got != -2912627 {
		t.Errorf("backwards: %d days, want -2912627", got)
	}
}
