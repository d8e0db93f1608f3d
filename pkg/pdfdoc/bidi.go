package pdfdoc

import "unicode"

// isRTL reports a letter of a right-to-left script (Hebrew, Arabic, Syriac,
// Thaana, and their presentation forms).
func isRTL(r rune) bool {
	return (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// rtlWord reports a word written right to left: it has a right-to-left
// letter and no left-to-right one.
func rtlWord(s string) bool {
	rtl := false
	for _, r := range s {
		switch {
		case isRTL(r):
			rtl = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return rtl
}

// logicalOrder turns the visual order of right-to-left words, as glyphs
// are placed on the page, into the order they are read: each such word's
// letters are reversed, and so is each run of such words. It is a small
// part of the Unicode bidirectional algorithm, enough for names and
// addresses.
func logicalOrder(words []Word) {
	for i := 0; i < len(words); {
		if !rtlWord(words[i].Text) {
			i++
			continue
		}
		j := i
		for j < len(words) && rtlWord(words[j].Text) {
			r := []rune(words[j].Text)
			for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
				r[a], r[b] = r[b], r[a]
			}
			words[j].Text = string(r)
			j++
		}
		for a, b := i, j-1; a < b; a, b = a+1, b-1 {
			words[a], words[b] = words[b], words[a] // each keeps its position
		}
		i = j
	}
}
