package address

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalizeAddress(f *testing.F) {
	for _, s := range []string{"12 High St, London SW1A 1AA", "Hauptstraße 5, 10115 Berlin",
		"12 r. de Rivoli, 75001 Paris", "Kalverstraat 92, 1012 PH", "P.O. Box 12", "No R, St",
		"1234 NE 5th Ave", "D02 X285", "ﬀ\u0307İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
		if !utf8.ValidString(n) || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q: invalid or badly spaced", s, n)
		}
		IsPOBox(s)
		if m := Mask(s); utf8.RuneCountInString(m) > utf8.RuneCountInString(s) {
			t.Fatalf("Mask(%q) = %q grew", s, m)
		}
		// An address holding only a country is empty once the country is dropped.
		if v := Compare(s, s); !parse(s).empty() && v.Result != Match {
			t.Fatalf("Compare(%q, itself) = %+v, want match", s, v)
		}
	})
}
