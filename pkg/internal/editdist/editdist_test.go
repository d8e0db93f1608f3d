package editdist

import (
	"testing"
	"unicode/utf8"
)

func TestDistances(t *testing.T) {
	cases := []struct {
		a, b     string
		limit    int
		lev, osa int
	}{
		{"", "", 5, 0, 0},
		{"", "abc", 5, 3, 3},
		{"abc", "", 5, 3, 3},
		{"rules", "rules", 5, 0, 0},
		{"rulez", "rules", 5, 1, 1},  // substitution
		{"rule", "rules", 5, 1, 1},   // insertion
		{"rulees", "rules", 5, 1, 1}, // deletion
		{"rlues", "rules", 5, 2, 1},  // adjacent swap
		{"ca", "abc", 5, 3, 3},       // OSA edits no substring twice
		{"kitten", "sitting", 5, 3, 3},
		{"Müller", "Muller", 5, 1, 1}, // counted in runes, not bytes
		{"ÅSA", "SÅA", 5, 2, 1},
		{"kitten", "sitting", 2, 3, 3},   // over the limit: limit+1
		{"a", "abcdef", 2, 3, 3},         // length alone exceeds the limit
		{"abcdef", "uvwxyz", 1, 2, 2},    // stops at the first row over the limit
		{"ERIKSSON", "ERIKSON", 1, 1, 1}, // a limit that is reached is kept
		{"ANNA", "ANAN", 1, 2, 1},        // a swap within the limit only for OSA
		{"abcdefghij", "abcdefghij", 0, 0, 0},
	}
	for _, c := range cases {
		if got := Levenshtein(c.a, c.b, c.limit); got != c.lev {
			t.Errorf("Levenshtein(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.lev)
		}
		if got := OSA(c.a, c.b, c.limit); got != c.osa {
			t.Errorf("OSA(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.osa)
		}
		if got := OSA(c.b, c.a, c.limit); got != c.osa {
			t.Errorf("OSA(%q, %q, %d) = %d, not symmetric", c.b, c.a, c.limit, got)
		}
	}
}

func FuzzDistances(f *testing.F) {
	f.Add("kitten", "sitting", 3)
	f.Add("ANNA", "ANAN", 1)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		if len(a) > 64 || len(b) > 64 || limit < 0 || limit > 64 {
			return
		}
		lev, osa := Levenshtein(a, b, limit), OSA(a, b, limit)
		if osa > lev || lev > limit+1 || osa < 0 {
			t.Fatalf("Levenshtein %d, OSA %d, limit %d", lev, osa, limit)
		}
		if utf8.ValidString(a) && utf8.ValidString(b) && (lev == 0) != (a == b) {
			t.Fatalf("Levenshtein(%q, %q) = 0 for different strings or the reverse", a, b)
		}
	})
}
