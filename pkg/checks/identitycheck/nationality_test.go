package identitycheck

import "testing"

func TestSameCountry(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"GB", "GBR", true}, {"GBR", "GBR", true}, {"D", "DEU", true}, {"DE", "D", true},
		{"PL", "GBR", false}, {"GBD", "GBR", false}, {"UTO", "UTO", true}, {"UTO", "XXA", false},
	} {
		if got := sameCountry(c.a, c.b); got != c.want {
			t.Errorf("sameCountry(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
