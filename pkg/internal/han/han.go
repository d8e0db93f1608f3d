// Package han reads Chinese characters in Latin letters: every Mandarin
// reading of a character in Hanyu Pinyin, Wade-Giles and Tongyong Pinyin, its
// Cantonese readings in Hong Kong government spelling, and its simplified
// form. The data comes from Unicode's Unihan database (see data/README.md) and
// is loaded on first use, so programs that never meet a Chinese name pay
// nothing for it.
package han

import (
	"embed"
	"slices"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/mandarin.txt data/cantonese.txt data/variants.txt data/surnames.txt
var files embed.FS

type tables struct {
	mandarin   map[rune][]string // toneless pinyin, ü as v
	cantonese  map[rune][]string // toneless Jyutping
	simplified map[rune]rune
	spellings  map[string][]string // "m:"+pinyin or "c:"+Jyutping → Latin spellings
}

var load = sync.OnceValue(func() *tables {
	t := &tables{
		mandarin:   readings("data/mandarin.txt"),
		cantonese:  readings("data/cantonese.txt"),
		simplified: map[rune]rune{},
	}
	for _, line := range lines("data/variants.txt") {
		if rs := []rune(line); len(rs) == 2 {
			t.simplified[rs[0]] = rs[1]
			t.mandarin[rs[0]] = union(t.mandarin[rs[0]], t.mandarin[rs[1]])
			t.cantonese[rs[0]] = union(t.cantonese[rs[0]], t.cantonese[rs[1]])
			t.cantonese[rs[1]] = union(t.cantonese[rs[1]], t.cantonese[rs[0]])
		}
	}
	t.spellings = spellAll(t)
	return t
})

func readings(name string) map[rune][]string {
	m := map[rune][]string{}
	for _, line := range lines(name) {
		syl, chars, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, r := range chars {
			m[r] = append(m[r], syl)
		}
	}
	return m
}

func lines(name string) []string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("han: embedded " + name + " missing: " + err.Error())
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// Is reports whether r is a Chinese character (Han script).
func Is(r rune) bool { return unicode.Is(unicode.Han, r) }

// Simplified returns the simplified form of a traditional character, or r.
func Simplified(r rune) rune {
	if s, ok := load().simplified[r]; ok {
		return s
	}
	return r
}

// SimplifiedString maps every character of s to its simplified form.
func SimplifiedString(s string) string {
	return strings.Map(Simplified, s)
}

// Mandarin returns r's Mandarin readings in toneless pinyin (ü as v); a
// traditional character has those of its simplified form too.
func Mandarin(r rune) []string { return load().mandarin[r] }

// Cantonese returns r's Cantonese readings in toneless Jyutping; a
// character has those of its traditional or simplified form too, since
// Hong Kong writes traditional forms.
func Cantonese(r rune) []string { return load().cantonese[r] }

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Traditional returns the traditional forms whose simplified form is r, in
// code point order: none for a character with no simplified variant, several
// where simplification merged characters (发 ← 發, 髮).
func Traditional(r rune) []rune { return traditional()[r] }

var traditional = sync.OnceValue(func() map[rune][]rune {
	m := map[rune][]rune{}
	for t, s := range load().simplified {
		m[s] = append(m[s], t)
	}
	for _, ts := range m {
		slices.Sort(ts)
	}
	return m
})
