package names

import (
	"strings"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/internal/editdist"
	"github.com/kyclint/kyclint/pkg/internal/han"
)

// A token is one normalised word of a name with its Latin spellings.
type token struct {
	norm  string // as Normalize writes it, diacritics kept
	icao  string // ICAO 9303 spelling (Ü→UE); empty when not Latin
	plain string // plain base letters (Ü→U); empty when not Latin
	latin bool
	// bare is a non-Latin token without optional marks (Greek accents,
	// Arabic harakat); empty when it has none.
	bare string
	// merged is set on a token joined from several written ones.
	merged bool
	// yu is the pinyin syllable lü, lüe, nü or nüe however ü is written
	// (LÜ, LYU, LV, LUE), as LV, LVE, NV or NVE; empty for other tokens.
	yu string
}

func newToken(norm string) token {
	icao, plain, ok := latinFolds(norm)
	t := token{norm: norm, icao: icao, plain: plain, latin: ok}
	switch {
	case ok:
		t.yu = yuSyllable(norm)
	case hanToken(norm):
		if s := han.SimplifiedString(norm); s != norm {
			t.bare = s // 張偉 reads as 张伟
		}
	default:
		t.bare = bareSpelling(norm)
	}
	return t
}

// A level is how closely two tokens agree; lower is closer.
type level int

const (
	levelNone level = iota
	levelExact
	levelTranslit
	levelInitial
	levelNear
)

// minNearRunes is the shortest token on which one edit still counts as a
// typo; on shorter tokens (Jan/Jon, Li/Lu) one letter is a different name.
const minNearRunes = 4

// compareTokens returns how closely a and b agree.
func compareTokens(a, b token) level {
	if a.norm == b.norm {
		return levelExact
	}
	if !a.latin || !b.latin {
		if bareOf(a) == bareOf(b) && (a.bare != "" || b.bare != "") {
			return levelTranslit
		}
		return levelNone
	}
	if a.icao == b.icao || a.icao == b.plain || a.plain == b.icao || a.plain == b.plain {
		return levelTranslit
	}
	if (a.yu != "" && a.yu == b.yu) || han.SameSurname(a.plain, b.plain) {
		return levelTranslit
	}
	if isInitialOf(a, b) || isInitialOf(b, a) {
		return levelInitial
	}
	if nearSpelling(a, b) {
		return levelNear
	}
	return levelNone
}

// isInitialOf reports whether a is a single letter that starts b.
func isInitialOf(a, b token) bool {
	if utf8.RuneCountInString(a.plain) != 1 || utf8.RuneCountInString(b.plain) < 2 {
		return false
	}
	return a.plain[0] == b.plain[0]
}

func nearSpelling(a, b token) bool {
	for _, x := range [2]string{a.icao, a.plain} {
		for _, y := range [2]string{b.icao, b.plain} {
			if len(x) >= minNearRunes && len(y) >= minNearRunes && editdist.OSA(x, y, 1) == 1 {
				return true
			}
		}
	}
	return false
}

func bareOf(t token) string {
	if t.bare != "" {
		return t.bare
	}
	return t.norm
}

// yuSyllable recognises the pinyin syllables with ü that passports and forms
// spell in several ways: LÜ, LYU (GB/T 28039-2011; passports since 2021), LV
// (input methods) and LUE (ICAO 9303's Ü), and the same for lüe, nü and nüe.
func yuSyllable(norm string) string {
	if len(norm) < 2 || (norm[0] != 'L' && norm[0] != 'N') {
		return ""
	}
	rest, e := norm[1:], ""
	if strings.HasSuffix(rest, "E") && rest != "UE" {
		rest, e = rest[:len(rest)-1], "E"
	}
	switch rest {
	case "Ü", "YU", "V", "UE":
		return norm[:1] + "V" + e
	}
	return ""
}
