package address

// A parsed address holds the parts Compare judges separately.
type parsed struct {
	postcode string
	number   string          // house number, as written (12, 12A, 12-14)
	flat     string          // flat, apartment or unit number
	street   map[string]bool // words of the street name
	other    map[string]bool // town, region and anything else

	// Chinese and Japanese addresses (parseCJK) also keep, for comparing
	// with their Latin form, the road's name and the place names.
	cjk, japanese bool
	road          []rune
	places        [][]rune
}

func parse(addr string) parsed {
	if isCJK(addr) {
		return parseCJK(addr)
	}
	ws := dropCountry(canonical(addr))
	used := make([]bool, len(ws))
	var p parsed
	if i := findPostcode(ws); i >= 0 {
		p.postcode, used[i] = ws[i].text, true
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].text == "FLAT" && !used[i+1] && p.flat == "" {
			p.flat, used[i], used[i+1] = ws[i+1].text, true, true
		}
	}
	num := -1
	for i, w := range ws {
		if !used[i] && hasDigit(w.text) {
			num, p.number, used[i] = i, w.text, true
			break
		}
	}
	p.street, p.other = map[string]bool{}, map[string]bool{}
	inStreet := streetSpan(ws, used, num)
	for i, w := range ws {
		switch {
		case used[i]:
		case inStreet[i]:
			p.street[w.text] = true
		default:
			p.other[w.text] = true
		}
	}
	return p
}

// streetSpan marks the words naming the street: in the house number's
// segment, the words after the number up to a street type (12 High Street),
// or the words before it (Hauptstrasse 5). Without a number, the words of the
// first segment that holds a street type.
func streetSpan(ws []word, used []bool, num int) []bool {
	in := make([]bool, len(ws))
	if num < 0 {
		for i, w := range ws {
			if streetTypes[w.text] {
				for j := i; j >= 0 && ws[j].seg == w.seg; j-- {
					in[j] = true
				}
				return in
			}
		}
		return in
	}
	seg := ws[num].seg
	after := false
	for i := num + 1; i < len(ws) && ws[i].seg == seg; i++ {
		if used[i] {
			continue
		}
		in[i], after = true, true
		if streetTypes[ws[i].text] {
			break
		}
	}
	if after {
		return in
	}
	for i := num - 1; i >= 0 && ws[i].seg == seg; i-- {
		in[i] = !used[i]
	}
	return in
}

// dropCountry removes a trailing country name of up to four words.
func dropCountry(ws []word) []word {
	for n := min(4, len(ws)); n >= 1; n-- {
		if countries[joinWords(ws[len(ws)-n:])] {
			return ws[:len(ws)-n]
		}
	}
	return ws
}
