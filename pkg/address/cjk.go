package address

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Chinese and Japanese addresses name their parts by the character after
// each: 省 province, 市 city, 区/县 district, 路/街 road, 号 number, 室/房
// room; 都/府/県 prefecture, 丁目-番-号 block numbers. They are written
// without spaces, largest part first.
var (
	cjkPostcodeJP = regexp.MustCompile(`〒?([0-9]{3}-[0-9]{4})`)
	cjkPostcodeCN = regexp.MustCompile(`(?:邮编|邮政编码|郵遞區號)?[:：]?(?:^|[^0-9-])([0-9]{6})(?:[^0-9号號室房栋棟幢座层層楼樓单單]|$)`)
	cjkChome      = regexp.MustCompile(`([0-9]+)丁目([0-9]+)(?:番地?|-)([0-9]+)号?|([0-9]+)丁目([0-9]+)番地?|([0-9]+)番地?の?([0-9]+)号`)
	cjkRoom       = regexp.MustCompile(`([0-9]+)(?:号|號)?(?:室|房)`)
	cjkBuilding   = regexp.MustCompile(`([0-9A-Z]+)(?:号楼|號樓|栋|棟|幢|座)|([0-9]+)(?:单元|單元)|([0-9]+)(?:层|層|楼|樓|階|F)`)
	cjkNumber     = regexp.MustCompile(`([0-9]+(?:-[0-9]+)*)(?:号|號|番地)`)
	cjkDigits     = regexp.MustCompile(`[0-9]+(?:-[0-9]+)*`)
	cjkAdmin      = regexp.MustCompile(`特别行政区|特別行政區|自治区|自治區|自治州|地区|地區|街道|省|市|区|區|县|縣|旗|镇|鎮|乡|鄉|都|府|県|郡`)
	cjkRoad       = regexp.MustCompile(`大街|大道|胡同|路|街|道|巷|弄`)
	kanjiChome    = regexp.MustCompile(`([一二三四五六七八九十]+)丁目`)
)

// isCJK reports whether an address is written in Chinese characters or
// Japanese.
func isCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

func isJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == '県' || r == '丁' || r == '〒' {
			return true
		}
	}
	return false
}

// parseCJK reads a Chinese or Japanese address into its parts: postcode,
// house (or block) number, room, the road with its type (street), and the
// characters of the province, city and district names without their
// suffixes (other), so 北京市朝阳区 and 北京朝阳区 agree.
func parseCJK(addr string) parsed {
	t := cjkText(addr)
	p := parsed{cjk: true, japanese: isJapanese(t), street: map[string]bool{}, other: map[string]bool{}}
	t = p.takePostcode(t)
	t = kanjiChome.ReplaceAllStringFunc(t, func(m string) string {
		return kanjiNumber(strings.TrimSuffix(m, "丁目")) + "丁目"
	})
	t = cjkChome.ReplaceAllStringFunc(t, func(m string) string {
		return strings.Join(cjkDigits.FindAllString(m, -1), "-") + "号"
	})
	if m := cjkRoom.FindStringSubmatchIndex(t); m != nil {
		p.flat = t[m[2]:m[3]]
		t = t[:m[0]] + "|" + t[m[1]:]
	}
	t = cjkBuilding.ReplaceAllString(t, "|")
	end := len(t)
	if m := cjkNumber.FindStringSubmatchIndex(t); m != nil {
		p.number, end = t[m[2]:m[3]], m[0]
		t = t[:m[0]] + "|" + t[m[1]:]
	}
	for _, d := range cjkDigits.FindAllStringIndex(t, -1) {
		switch {
		case p.number == "":
			p.number, end = t[d[0]:d[1]], d[0]
		case p.flat == "":
			p.flat = t[d[0]:d[1]] // 88号1203: the room after the number
		}
	}
	p.placesAndRoad(t[:end])
	return p
}

// cjkText folds full-width digits and letters (NFKC), upper-cases, and
// drops spaces and punctuation, keeping hyphens between digits and a bar
// between two numbers that a space kept apart (1-1-1 301).
func cjkText(s string) string {
	if len(s) > maxInputBytes {
		s = s[:maxInputBytes]
	}
	s = strings.ToUpper(norm.NFKC.String(strings.ToValidUTF8(s, "")))
	var b strings.Builder
	var last rune
	gap := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '〒':
			if gap && isDigit(last) && isDigit(r) {
				b.WriteByte('|')
			}
			b.WriteRune(r)
			last, gap = r, false
		case r == '-' || r == '−' || r == 'ー' || r == '‐':
			b.WriteByte('-')
			last, gap = '-', false
		default:
			gap = true
		}
	}
	return strings.Trim(b.String(), "-")
}

func (p *parsed) takePostcode(t string) string {
	if m := cjkPostcodeJP.FindStringSubmatchIndex(t); m != nil && (p.japanese || strings.Contains(t[m[0]:m[1]], "〒")) {
		p.postcode = t[m[2]:m[3]]
		return t[:m[0]] + "|" + t[m[1]:]
	}
	if m := cjkPostcodeCN.FindStringSubmatchIndex(t); m != nil && !p.japanese {
		p.postcode = t[m[2]:m[3]]
		return t[:m[2]] + "|" + t[m[3]:]
	}
	return t
}

// placesAndRoad splits the text before the house number into the road (the
// last part ending in a road type, 建国路) and the places before it.
func (p *parsed) placesAndRoad(t string) {
	t = strings.ReplaceAll(t, "|", "")
	roadStart, roadEnd := len(t), len(t)
	if !p.japanese {
		for _, m := range cjkRoad.FindAllStringIndex(t, -1) {
			if strings.HasPrefix(t[m[0]:], "街道") || strings.HasSuffix(t[:m[1]], "街道") {
				continue // 街道 is a subdistrict, not a street
			}
			roadEnd = m[1]
			roadStart = 0
			if a := cjkAdmin.FindAllStringIndex(t[:m[0]], -1); len(a) > 0 {
				roadStart = a[len(a)-1][1]
			}
		}
	}
	if roadStart < roadEnd && roadStart < len(t) {
		road := t[roadStart:]
		p.street[road] = true
		name := cjkRoad.ReplaceAllString(t[roadStart:roadEnd], "")
		p.road = []rune(name)
	}
	for _, place := range cjkAdmin.Split(t[:roadStart], -1) {
		if place == "" {
			continue
		}
		p.places = append(p.places, []rune(place))
		for _, r := range place {
			p.other[string(r)] = true
		}
	}
}

// kanjiNumber writes a number from 1 to 99 in kanji (三, 十二, 二十一) in
// digits.
func kanjiNumber(s string) string {
	const digits = "一二三四五六七八九"
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			n += max(cur, 1) * 10
			cur = 0
			continue
		}
		cur = strings.IndexRune(digits, r)/3 + 1
	}
	return itoa(n + cur)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
