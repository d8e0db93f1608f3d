package config

import "testing"

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"packs/**", "packs/a", true},
		{"packs/**", "packs/uk/a", true},
		{"**", "a/b/c", true},
		{"**/ben*", "packs/uk/ben-1", true},
		{"packs/*", "packs/uk/a", false},
		{"packs/**/a", "packs/a", true},
		{"packs/**/a", "packs/x/y/a", true},
		{"packs/**/a", "packs/x/y/b", false},
		{"other/**", "packs/a", false},
	} {
		if got := Match(c.pattern, c.name); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}
