package han

import "strings"

// hongKongSpellings returns how Hong Kong documents spell a toneless
// Jyutping syllable (陳 can → CHAN, 張 zoeng → CHEUNG, 吳 ng → NG). The Hong
// Kong government romanisation is a custom more than a standard, so each
// sound has the spellings found on identity cards and passports.
func hongKongSpellings(syl string) []string {
	if syl == "m" || syl == "ng" || syl == "hm" || syl == "hng" {
		return []string{strings.ToUpper(syl)}
	}
	ini, fin := splitJyutping(syl)
	heads := hkInitial[ini]
	if heads == nil {
		heads = []string{strings.ToUpper(ini)}
	}
	tails := hkFinal[fin]
	if tails == nil {
		tails = []string{strings.ToUpper(fin)}
	}
	if fin == "i" && (ini == "s" || ini == "z" || ini == "c") {
		tails = []string{"I", "Z", "ZE", "EE"} // 施 SZE, 思 SZE, 子 TSZ, 詩 SHI
	}
	var out []string
	for _, h := range heads {
		for _, t := range tails {
			out = append(out, h+t)
		}
	}
	return out
}

var jyutpingInitials = [...]string{"gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
	"h", "w", "z", "c", "s", "j"}

func splitJyutping(syl string) (initial, final string) {
	for _, i := range jyutpingInitials {
		if strings.HasPrefix(syl, i) && len(syl) > len(i) {
			return i, syl[len(i):]
		}
	}
	return "", syl
}

var hkInitial = map[string][]string{
	"b": {"P"}, "d": {"T"}, "g": {"K"}, "gw": {"KW"}, "kw": {"KW"},
	"z": {"CH", "TS"}, "c": {"CH", "TS"}, "s": {"S", "SH"}, "j": {"Y"},
}

var hkFinal = map[string][]string{
	"aa": {"A", "AH"}, "an": {"AN", "UN"}, "au": {"AU", "OW"}, "am": {"AM", "UM"}, "aai": {"AI"}, "aau": {"AU"}, "aam": {"AM", "AAM"}, "aan": {"AN", "AAN"},
	"aang": {"ANG"}, "aap": {"AP"}, "aat": {"AT"}, "aak": {"AK"},
	"e": {"E", "EH"}, "ei": {"EI", "EE", "AY", "I"}, "eng": {"ENG"}, "ek": {"EK"},
	"i": {"I", "EE"}, "o": {"O", "OH", "AW", "OR"}, "oi": {"OI", "OY"}, "ou": {"O", "OU"},
	"u": {"U", "OO"}, "ui": {"UI", "OOI"}, "un": {"UN", "OON"}, "ut": {"UT", "OOT"},
	"oe": {"OE", "EUH"}, "eoi": {"UI", "EUI", "OI"}, "eon": {"UN", "EUN"}, "eot": {"UT", "EUT"},
	"oeng": {"EUNG", "EONG"}, "oek": {"EUK"}, "yu": {"U", "UE", "YU"}, "yun": {"UEN", "UN", "YUEN"},
	"yut": {"UET", "UT", "YUET"},
}
