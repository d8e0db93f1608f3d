package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// icaoMulti lists the letters that ICAO 9303 Part 3 (section 6, transliteration
// of multinational Latin characters) writes with more than one letter, or with
// a letter that is not simply the base letter. The first spelling is the ICAO
// one; the second is the plain base letter that many issuers and forms use
// instead (Müller is MUELLER in an MRZ but Muller on a bank card). Letters not
// listed here lose their diacritics (É→E, Ñ→N, Č→C), as the table prescribes.
var icaoMulti = map[rune][2]string{
	'Ä': {"AE", "A"},
	'Å': {"AA", "A"},
	'Æ': {"AE", "AE"},
	'Ö': {"OE", "O"},
	'Ø': {"OE", "O"},
	'Œ': {"OE", "OE"},
	'Ü': {"UE", "U"},
	'Þ': {"TH", "TH"},
	'Ð': {"D", "DH"},
	'Đ': {"D", "D"},
	'Ħ': {"H", "H"},
	'Ł': {"L", "L"},
	'Ŋ': {"N", "N"},
	'Ŧ': {"T", "T"},
	'Ŀ': {"L", "L"},
	'Ĳ': {"IJ", "IJ"},
	'ẞ': {"SS", "SS"},
	'ß': {"SS", "SS"},
}

// latinFolds returns the ICAO and plain ASCII spellings of a normalised Latin
// token, or ok=false when the token holds letters of another script, which are
// never transliterated.
func latinFolds(tok string) (icao, plain string, ok bool) {
	var a, b strings.Builder
	for _, r := range norm.NFC.String(tok) {
		if alt, found := icaoMulti[r]; found {
			a.WriteString(alt[0])
			b.WriteString(alt[1])
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case unicode.IsMark(d):
				// A diacritic: dropped, as ICAO 9303 does.
			case d < 0x80 && (unicode.IsLetter(d) || unicode.IsDigit(d)):
				a.WriteRune(d)
				b.WriteRune(d)
			case unicode.IsDigit(d):
				a.WriteRune(d)
				b.WriteRune(d)
			default:
				return "", "", false
			}
		}
	}
	return a.String(), b.String(), true
}

// bareSpelling returns a non-Latin token without the optional marks of its
// script: Greek accents (dropped in capitals anyway), Arabic harakat and Hebrew
// niqqud. Cyrillic and other scripts keep their marks, which make distinct
// letters there (Й is not И). It returns "" when nothing is optional.
func bareSpelling(tok string) string {
	if !optionalMarksScript(tok) {
		return ""
	}
	var b strings.Builder
	stripped := false
	for _, r := range norm.NFD.String(tok) {
		if unicode.IsMark(r) {
			stripped = true
			continue
		}
		b.WriteRune(r)
	}
	if !stripped {
		return ""
	}
	return norm.NFC.String(b.String())
}

func optionalMarksScript(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) {
			return unicode.In(r, unicode.Greek, unicode.Arabic, unicode.Hebrew)
		}
	}
	return false
}
