package names

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/han"
)

// Bounds on a comparison across scripts: real Chinese names have two to four
// characters and their romanisations at most five words (with an English
// name).
const (
	maxHanChars     = 8
	maxAcrossTokens = 6
)

// compareHanLatin judges a name in Chinese characters against a Latin one.
// Each Latin word must spell one or more consecutive characters in one of
// their readings (every Mandarin reading in Hanyu Pinyin, Wade-Giles or
// Tongyong, every Cantonese reading as Hong Kong spells it), the surname in
// words of its own, written first or last. Latin words left over, such as a
// Hong Kong English name (CHAN Tai Man, Peter), count as an extra given name.
func compareHanLatin(h, l *parsed, opt Options) Verdict {
	chars := hanChars(h)
	if len(chars) == 0 || len(chars) > maxHanChars || len(l.toks) > maxAcrossTokens {
		return Verdict{Result: Incomparable, Tier: TierNone,
			Detail: "the names are in different scripts (" + scriptHan + " and " + scriptLatin + ")"}
	}
	nSur := han.SurnameLen(chars)
	if len(h.toks) > 1 && len([]rune(h.toks[0].norm)) <= 2 {
		nSur = len([]rune(h.toks[0].norm)) // written with a space after the surname
	}
	n := len(l.toks)
	for w := n; w >= 1; w-- {
		for start := 0; start+w <= n; start++ {
			for rot := 0; rot < w; rot++ {
				order := rotated(l.toks[start:start+w], rot)
				if covers(order, chars, nSur) {
					return acrossMatch(rot > 0, w < n, opt)
				}
			}
		}
	}
	return acrossDiffer(l.toks, chars, nSur)
}

func hanChars(p *parsed) []rune {
	var out []rune
	for _, t := range p.toks {
		for _, r := range t.norm {
			if han.Is(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

func rotated(toks []token, k int) []token {
	return append(append([]token(nil), toks[k:]...), toks[:k]...)
}

func acrossMatch(reordered, extra bool, opt Options) Verdict {
	j := judgement{tier: TierTransliterated, notes: []string{"the name in Chinese characters matches its romanisation"}}
	if reordered {
		j.relax(TierReordered, "names are in a different order")
	}
	if extra && !opt.AllowMissingMiddleNames {
		return Verdict{Result: Differ, Tier: TierNone, Detail: "middle name missing on one side"}
	}
	if extra {
		j.relax(TierMiddleNameMissing, "a given name (an English name, say) is on one side only")
	}
	return Verdict{Result: Match, Tier: j.tier, Detail: strings.Join(j.notes, "; ")}
}

// acrossDiffer says which part of the name no Latin word spells. A whole
// name run into one word (ZHANGWEI) is only nearly right: the surname cannot
// be told from the given name.
func acrossDiffer(toks []token, chars []rune, nSur int) Verdict {
	for _, t := range toks {
		if len(chars) > 1 && spellsChars(t, chars) {
			return Verdict{Result: Near, Tier: TierNear, Detail: "surname and given name are written as one word"}
		}
	}
	surname, given := false, nSur == len(chars)
	for i, t := range toks {
		if spellsChars(t, chars[:nSur]) {
			surname = true
			rest := append(append([]token(nil), toks[:i]...), toks[i+1:]...)
			given = given || coversAnyWindow(rest, chars[nSur:])
		}
	}
	if !surname {
		given = given || coversAnyWindow(toks, chars[nSur:])
	}
	switch {
	case !surname && !given:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "surname and given name differ"}
	case !surname:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "surname differs"}
	case !given:
		return Verdict{Result: Differ, Tier: TierNone, Detail: "given name differs"}
	}
	return Verdict{Result: Differ, Tier: TierNone, Detail: "names differ"}
}

func coversAnyWindow(toks []token, chars []rune) bool {
	for start := range toks {
		for end := start + 1; end <= len(toks); end++ {
			if covers(toks[start:end], chars, 0) {
				return true
			}
		}
	}
	return false
}

// covers reports whether the words, in order, spell the characters, each word
// one or more whole characters, with a word boundary after the first nSur.
func covers(toks []token, chars []rune, nSur int) bool {
	if len(toks) == 0 {
		return len(chars) == 0
	}
	for k := 1; k <= len(chars); k++ {
		if nSur > 0 && k > nSur {
			break
		}
		if spellsChars(toks[0], chars[:k]) && covers(toks[1:], chars[k:], max(nSur-k, 0)) {
			return true
		}
	}
	return false
}

func spellsChars(t token, chars []rune) bool {
	if !t.latin {
		return false
	}
	if han.Spells(t.plain, chars) {
		return true
	}
	return t.icao != t.plain && han.Spells(t.icao, chars)
}
