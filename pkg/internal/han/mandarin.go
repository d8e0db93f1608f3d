package han

import "strings"

// mandarinSpellings returns the spellings of a toneless pinyin syllable (ü
// written v) in capitals: Hanyu Pinyin with ü as YU (GB/T 28039-2011, used
// in passports since 2021: LYU), V (input methods), U (older passports) or
// UE (ICAO 9303's Ü); Wade-Giles as Taiwan and older documents print it,
// without apostrophes or umlauts; and Tongyong Pinyin (Taiwan, 2002–2008).
func mandarinSpellings(syl string) []string {
	up := strings.ToUpper(syl)
	out := []string{up}
	if strings.Contains(up, "V") {
		for _, u := range [...]string{"YU", "U", "UE"} {
			out = append(out, strings.ReplaceAll(up, "V", u))
		}
	}
	return append(append(out, wadeGiles(syl)...), tongyong(syl)...)
}

// pinyinInitials lists the initials longest first, so zh is found before z.
var pinyinInitials = [...]string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
	"j", "q", "x", "r", "z", "c", "s", "y", "w"}

func splitPinyin(syl string) (initial, final string) {
	for _, i := range pinyinInitials {
		if strings.HasPrefix(syl, i) && len(syl) > len(i) {
			return i, syl[len(i):]
		}
	}
	return "", syl
}

// wgWhole are the syllables Wade-Giles writes other than initial + final.
var wgWhole = map[string][]string{
	"zhi": {"CHIH"}, "chi": {"CHIH"}, "shi": {"SHIH"}, "ri": {"JIH"},
	"zi": {"TZU", "TSU"}, "ci": {"TZU", "TSU"}, "si": {"SSU", "SZU"}, "er": {"ERH"},
	"you": {"YU", "YOU"}, "yan": {"YEN"}, "ye": {"YEH"}, "yi": {"I", "YI"}, "yong": {"YUNG"},
	"yue": {"YUEH"}, "yu": {"YU"}, "yuan": {"YUAN"}, "yun": {"YUN"},
	"lve": {"LUEH", "LUE"}, "nve": {"NUEH", "NUE"}, "lv": {"LU", "LYU"}, "nv": {"NU", "NYU"},
}

var wgInitial = map[string]string{"b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K",
	"j": "CH", "q": "CH", "x": "HS", "zh": "CH", "ch": "CH", "r": "J", "z": "TS", "c": "TS"}

func wadeGiles(syl string) []string {
	if w, ok := wgWhole[syl]; ok {
		return w
	}
	ini, fin := splitPinyin(syl)
	head := wgInitial[ini]
	if head == "" {
		head = strings.ToUpper(ini)
	}
	var tails []string
	switch {
	case fin == "e" && (ini == "g" || ini == "k" || ini == "h"):
		tails = []string{"O"}
	case fin == "uo" && ini != "g" && ini != "k" && ini != "h" && ini != "sh":
		tails = []string{"O", "UO"}
	case fin == "ui":
		tails = []string{"UEI", "UI"}
	case fin == "ie":
		tails = []string{"IEH"}
	case fin == "ian":
		tails = []string{"IEN"}
	case fin == "ue":
		tails = []string{"UEH"}
	case strings.HasSuffix(fin, "ong"):
		tails = []string{strings.ToUpper(strings.TrimSuffix(fin, "ong")) + "UNG"}
	default:
		tails = []string{strings.ToUpper(fin)}
	}
	out := make([]string, len(tails))
	for i, t := range tails {
		out[i] = head + t
	}
	return out
}

// tyWhole are the syllables Tongyong Pinyin writes other than by its
// initials and finals.
var tyWhole = map[string]string{
	"zhi": "JHIH", "chi": "CHIH", "shi": "SHIH", "ri": "RIH", "zi": "ZIH", "ci": "CIH", "si": "SIH",
	"lv": "LYU", "nv": "NYU", "lve": "LYUE", "nve": "NYUE", "feng": "FONG", "meng": "MONG",
	"beng": "BONG", "peng": "PONG", "weng": "WONG", "wen": "WUN",
}

var tyInitial = map[string]string{"zh": "JH", "q": "C", "x": "S"}

func tongyong(syl string) []string {
	if w, ok := tyWhole[syl]; ok {
		return []string{w}
	}
	ini, fin := splitPinyin(syl)
	head, ok := tyInitial[ini]
	if !ok {
		head = strings.ToUpper(ini)
	}
	switch {
	case (ini == "j" || ini == "q" || ini == "x") && strings.HasPrefix(fin, "u"):
		fin = "yu" + fin[1:] // ü after j, q, x
	case (ini == "j" || ini == "q" || ini == "x") && fin == "iong":
		fin = "yong"
	case fin == "iu":
		fin = "iou"
	case fin == "ui":
		fin = "uei"
	}
	return []string{head + strings.ToUpper(fin)}
}
