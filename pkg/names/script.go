package names

import (
	"unicode"

	"github.com/kyclint/kyclint/pkg/internal/han"
)

// scripts names the writing systems a name can be in, for findings that say
// two names cannot be compared. Kana mixed with Chinese characters is
// Japanese.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Chinese characters", unicode.Han}, {"Japanese kana", unicode.Hiragana},
	{"Japanese kana", unicode.Katakana}, {"Hangul", unicode.Hangul}, {"Cyrillic", unicode.Cyrillic},
	{"Greek", unicode.Greek}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Thai", unicode.Thai},
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Tamil", unicode.Tamil},
	{"Georgian", unicode.Georgian}, {"Armenian", unicode.Armenian}, {"Ethiopic", unicode.Ethiopic},
	{"Khmer", unicode.Khmer}, {"Myanmar", unicode.Myanmar}, {"Sinhala", unicode.Sinhala},
}

const (
	scriptNone  = ""
	scriptMixed = "mixed"
	scriptHan   = "Chinese characters"
	scriptLatin = "Latin"
)

// scriptOf returns the one script every letter of the name is written in,
// scriptMixed when there are several, or scriptNone when there is no letter.
func scriptOf(p *parsed) string {
	found := scriptNone
	for _, t := range p.toks {
		for _, r := range t.norm {
			if !unicode.IsLetter(r) {
				continue
			}
			s := scriptOfRune(r)
			switch {
			case found == scriptNone:
				found = s
			case found == s:
			case isJapanese(found, s):
				found = "Japanese"
			default:
				return scriptMixed
			}
		}
	}
	return found
}

func scriptOfRune(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "another script"
}

func isJapanese(a, b string) bool {
	j := func(s string) bool { return s == scriptHan || s == "Japanese kana" || s == "Japanese" }
	return j(a) && j(b)
}

// compareScripts judges two names written in different scripts: Chinese
// characters against their romanisation, anything else as beyond comparison.
// It returns ok=false when both names share a script (or mix several), for
// Compare to judge token by token.
func compareScripts(d, e *parsed, opt Options) (v Verdict, ok bool) {
	sd, se := scriptOf(d), scriptOf(e)
	if sd == se || sd == scriptNone || se == scriptNone || sd == scriptMixed || se == scriptMixed {
		return Verdict{}, false
	}
	switch {
	case opt.Japanese && (sd == scriptHan || se == scriptHan):
		// Japanese reads kanji in ways no table of characters gives.
		return Verdict{Result: Incomparable, Tier: TierNone,
			Detail: "a Japanese name in kanji cannot be compared with another script without its reading"}, true
	case sd == scriptHan && se == scriptLatin:
		return compareHanLatin(d, e, opt), true
	case sd == scriptLatin && se == scriptHan:
		return compareHanLatin(e, d, opt), true
	}
	return Verdict{Result: Incomparable, Tier: TierNone,
		Detail: "the names are in different scripts (" + sd + " and " + se + ")"}, true
}

// hanToken reports whether every letter of a token is a Chinese character.
func hanToken(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !han.Is(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}
