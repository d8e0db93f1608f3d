package redact

import "testing"

func TestDateDifference(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"1992-03-14", "1992-14-03", "day and month swapped"},
		{"1992-03-04", "1992-04-03", "day and month swapped"},
		{"1992-03-14", "1993-03-14", "one digit of the year differs"},
		{"1992-03-14", "1929-03-14", "year differs"},
		{"1992-03-14", "1992-05-14", "one digit of the month differs"},
		{"1992-03-14", "1992-03-25", "day differs"},
		{"1992-03-14", "1993-04-14", "year and month differ"},
		{"1992-03-14", "1991-04-15", "year, month and day differ"},
		{"1992-03-14", "1992-03-14", "the dates are the same"},
		{"14/03/1992", "1992-03-14", "the dates differ"},
		{"1992-0a-14", "1992-03-14", "the dates differ"},
	} {
		if got := DateDifference(c.a, c.b); got != c.want {
			t.Errorf("DateDifference(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
