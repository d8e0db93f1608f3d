package address

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitWords cuts folded text into words. Commas, semicolons and line breaks
// start a new segment; a hyphen or slash between digits stays inside the word
// (00-950, 12/3); other punctuation separates words and apostrophes vanish.
func splitWords(s string) []word {
	var ws []word
	var cur strings.Builder
	seg := 0
	flush := func() {
		if cur.Len() > 0 && len(ws) < maxWords {
			ws = append(ws, word{text: clipRunes(cur.String(), maxWordRunes), seg: seg})
		}
		cur.Reset()
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		case (r == '-' || r == '/') && i > 0 && i+1 < len(rs) && isDigit(rs[i-1]) && isDigit(rs[i+1]):
			cur.WriteRune(r)
		case r == '\'' || r == '\u2019' || r == '`':
		case r == ',' || r == ';' || r == '\n' || r == '\r' || r == '|':
			flush()
			seg++
		default:
			flush()
		}
	}
	flush()
	return ws
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

func dropNoise(ws []word) []word {
	out := ws[:0:0]
	for _, w := range ws {
		if !noise[w.text] {
			out = append(out, w)
		}
	}
	return out
}

// splitCompounds splits German street types off the street name.
func splitCompounds(ws []word) []word {
	var out []word
	for _, w := range ws {
		out = append(out, w)
		for _, c := range compoundSuffixes {
			stem, ok := strings.CutSuffix(w.text, c.suffix)
			if ok && len(stem) >= 3 && isAlpha(stem) {
				out[len(out)-1].text = stem
				out = append(out, word{text: c.word, seg: w.seg})
				break
			}
		}
	}
	return out
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, isDigit) >= 0
}
