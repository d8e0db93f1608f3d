package nationalid

import (
	"testing"
)

// FuzzCheck runs every scheme on arbitrary input: no panic, a verdict for
// each, and a valid number's birth date is a date no later than the check
// day.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"360426199101010071", "110101491001001", "A123456(3)", "AB12345677",
		"S1234567D", "770305-02-1234", "971013-9019902", "234123412346", "X2482300W",
		"RSSMRAQRCMNFNLRG", "253072B07300470", "111222333", "390.533.447-05", "1234567(8)", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, number string) {
		for _, s := range Schemes() {
			for _, k := range s.Kinds {
				r, ok := Check(s.Country, k, number, checkDay)
				if !ok {
					continue
				}
				if r.Err == nil && r.Birth != nil {
					b := r.Birth
					d := b.Day
					if d == 0 {
						d = 1
					}
					if !isDate(b.Year, b.Month, d) || b.Year > checkDay.Year() {
						t.Fatalf("%s %q: valid with birth %+v", s.Name, number, *b)
					}
				}
				if r.Err != nil && r.Err.Detail == "" {
					t.Fatalf("%s %q: an error without a detail", s.Name, number)
				}
			}
		}
	})
}
