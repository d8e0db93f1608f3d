package pdfdoc

import (
	"strconv"
	"strings"
)

// Simple-font encodings (PDF 32000-1 Annex D). Each maps a byte to a rune;
// 0 means no glyph.
var (
	winAnsiEncoding  [256]rune
	macRomanEncoding [256]rune
	standardEncoding [256]rune
	pdfDocEncoding   [256]rune
	glyphRunes       map[string]rune
)

// cp1252High is WinAnsiEncoding's 0x80–0x9F; the rest is Latin-1.
var cp1252High = []rune("€\x00‚ƒ„…†‡ˆ‰Š‹Œ\x00Ž\x00\x00‘’“”•–—˜™š›œ\x00žŸ")

var macRomanHigh = []rune("ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ")

// latin1Names are the glyph names of 0xA0–0xFF.
var latin1Names = strings.Fields(`space exclamdown cent sterling currency yen brokenbar section dieresis
copyright ordfeminine guillemotleft logicalnot hyphen registered macron degree plusminus twosuperior
threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright
onequarter onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE
Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve
Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn
germandbls agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex
edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde odieresis
divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis`)

// asciiNames are the glyph names of 0x20–0x7E.
var asciiNames = strings.Fields(`space exclam quotedbl numbersign dollar percent ampersand quotesingle
parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven
eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V
W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o
p q r s t u v w x y z braceleft bar braceright asciitilde`)

// moreGlyphs names what the tables above do not.
var moreGlyphs = map[string]rune{
	"Euro": '€', "quotesinglbase": '‚', "florin": 'ƒ', "quotedblbase": '„', "ellipsis": '…',
	"dagger": '†', "daggerdbl": '‡', "circumflex": 'ˆ', "perthousand": '‰', "Scaron": 'Š',
	"guilsinglleft": '‹', "OE": 'Œ', "Zcaron": 'Ž', "quoteleft": '‘', "quoteright": '’',
	"quotedblleft": '“', "quotedblright": '”', "bullet": '•', "endash": '–', "emdash": '—',
	"tilde": '˜', "trademark": '™', "scaron": 'š', "guilsinglright": '›', "oe": 'œ',
	"zcaron": 'ž', "Ydieresis": 'Ÿ', "fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ',
	"dotlessi": 'ı', "Lslash": 'Ł', "lslash": 'ł', "fraction": '⁄', "minus": '−',
	"nbspace": '\u00a0', "sfthyphen": '\u00ad', "breve": '˘', "dotaccent": '˙', "ring": '˚',
	"ogonek": '˛', "caron": 'ˇ', "hungarumlaut": '˝', "Zdotaccent": 'Ż', "zdotaccent": 'ż',
	"Cacute": 'Ć', "cacute": 'ć', "Nacute": 'Ń', "nacute": 'ń', "Sacute": 'Ś', "sacute": 'ś',
	"Zacute": 'Ź', "zacute": 'ź', "Aogonek": 'Ą', "aogonek": 'ą', "Eogonek": 'Ę', "eogonek": 'ę',
	"Ccaron": 'Č', "ccaron": 'č', "Ecaron": 'Ě', "ecaron": 'ě', "Rcaron": 'Ř', "rcaron": 'ř',
	"Ohungarumlaut": 'Ő', "ohungarumlaut": 'ő', "Uhungarumlaut": 'Ű', "uhungarumlaut": 'ű',
	"Uring": 'Ů', "uring": 'ů', "Gbreve": 'Ğ', "gbreve": 'ğ', "Idotaccent": 'İ', "Scedilla": 'Ş',
	"scedilla": 'ş', "Dcroat": 'Đ', "dcroat": 'đ', "Dcaron": 'Ď', "dcaron": 'ď', "Tcaron": 'Ť',
	"tcaron": 'ť', "Ncaron": 'Ň', "ncaron": 'ň', "Lcaron": 'Ľ', "lcaron": 'ľ', "Euro.alt": '€',
	"quotesingle": '\'', "grave": '`', "numero": '№', "section": '§', "uni00A0": '\u00a0',
}

func init() {
	glyphRunes = make(map[string]rune, 400)
	for i, n := range asciiNames {
		glyphRunes[n] = rune(0x20 + i)
	}
	for i, n := range latin1Names[1:] {
		glyphRunes[n] = rune(0xA1 + i)
	}
	for n, r := range moreGlyphs {
		glyphRunes[n] = r
	}
	for c := 0x20; c < 0x7F; c++ {
		winAnsiEncoding[c], macRomanEncoding[c], standardEncoding[c], pdfDocEncoding[c] = rune(c), rune(c), rune(c), rune(c)
	}
	for c := 0xA0; c <= 0xFF; c++ {
		winAnsiEncoding[c], pdfDocEncoding[c] = rune(c), rune(c)
	}
	for i, r := range cp1252High {
		winAnsiEncoding[0x80+i] = r
	}
	for i, r := range pdfDocHigh {
		pdfDocEncoding[0x80+i] = r
	}
	for i, r := range macRomanHigh {
		if 0x80+i < 256 {
			macRomanEncoding[0x80+i] = r
		}
	}
	standardEncoding['\''], standardEncoding['`'] = '’', '‘'
	for code, n := range map[int]string{0xA1: "exclamdown", 0xA2: "cent", 0xA3: "sterling", 0xA4: "fraction",
		0xA5: "yen", 0xA6: "florin", 0xA7: "section", 0xA8: "currency", 0xA9: "quotesingle",
		0xAA: "quotedblleft", 0xAB: "guillemotleft", 0xAC: "guilsinglleft", 0xAD: "guilsinglright",
		0xAE: "fi", 0xAF: "fl", 0xB1: "endash", 0xB2: "dagger", 0xB3: "daggerdbl", 0xB4: "periodcentered",
		0xB6: "paragraph", 0xB7: "bullet", 0xB8: "quotesinglbase", 0xB9: "quotedblbase", 0xBA: "quotedblright",
		0xBB: "guillemotright", 0xBC: "ellipsis", 0xBD: "perthousand", 0xBF: "questiondown", 0xC1: "grave",
		0xC2: "acute", 0xC3: "circumflex", 0xC4: "tilde", 0xC5: "macron", 0xC6: "breve", 0xC7: "dotaccent",
		0xC8: "dieresis", 0xCA: "ring", 0xCB: "cedilla", 0xCD: "hungarumlaut", 0xCE: "ogonek", 0xCF: "caron",
		0xD0: "emdash", 0xE1: "AE", 0xE3: "ordfeminine", 0xE8: "Lslash", 0xE9: "Oslash", 0xEA: "OE",
		0xEB: "ordmasculine", 0xF1: "ae", 0xF5: "dotlessi", 0xF8: "lslash", 0xF9: "oslash", 0xFA: "oe",
		0xFB: "germandbls"} {
		standardEncoding[code] = glyphRunes[n]
	}
}

// glyphRune maps a glyph name to text: the names above, uniXXXX, uXXXX[XX],
// and a name with a suffix (".sc", "_alt") by its base.
func glyphRune(n string) (string, bool) {
	if r, ok := glyphRunes[n]; ok {
		return string(r), true
	}
	if i := strings.IndexAny(n, "._"); i > 0 {
		return glyphRune(n[:i])
	}
	switch {
	case strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0:
		var out []rune
		for i := 3; i+4 <= len(n); i += 4 {
			v, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return "", false
			}
			out = append(out, rune(v))
		}
		return string(out), true
	case strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7:
		v, err := strconv.ParseUint(n[1:], 16, 32)
		if err == nil && v <= 0x10FFFF {
			return string(rune(v)), true
		}
	}
	return "", false
}
