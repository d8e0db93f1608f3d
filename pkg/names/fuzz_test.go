package names

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Jan Piotr Nowak", "O'Neil", "Müller", "NOWAK<<JAN", "ǅemal",
		"İstanbul", "ΣΊΣΥΦΟΣ", "ﷺ", "e\u0301'\u0301", "Nguyễn", "欧阳修", "ZHANG San-Feng", "CHAN Tai Man, Peter"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
		if !utf8.ValidString(n) || strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("Normalize(%q) = %q: invalid or badly spaced", s, n)
		}
		if m := Mask(s); utf8.RuneCountInString(m) != utf8.RuneCountInString(n) {
			t.Fatalf("Mask(%q) = %q does not have the shape of %q", s, m, n)
		}
		if v := Compare(s, s, DefaultOptions()); n != "" && v.Result != Match {
			t.Fatalf("Compare(%q, itself) = %+v, want match", s, v)
		}
	})
}

func FuzzCompareNames(f *testing.F) {
	f.Add("Jan Piotr Nowak", "NOWAK<<JAN", true, false, true)
	f.Add("Maria de la Cruz", "Mr DELACRUZ, M", false, true, false)
	f.Add("张三丰", "San-Feng ZHANG", true, false, false)
	f.Add("陳大文", "CHAN Tai Man, Peter", true, false, false)
	f.Add("LYU WEI", "Lü Wei", false, false, true)
	f.Add("Иван Петров", "張偉", true, true, true)
	f.Fuzz(func(t *testing.T, a, b string, middle, titles, trunc bool) {
		v := Compare(a, b, Options{AllowMissingMiddleNames: middle, DropTitles: titles, Truncated: trunc})
		if (v.Result == Differ || v.Result == Incomparable) != (v.Tier == TierNone) || v.Detail == "" {
			t.Fatalf("Compare(%q, %q) = %+v: tier and result disagree", a, b, v)
		}
	})
}
