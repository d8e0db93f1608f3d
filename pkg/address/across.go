package address

import "github.com/kyclint/kyclint/pkg/internal/han"

// compareAcross judges a Chinese or Japanese address against a Latin one.
// Postcode, house number and room compare as digits. The road and place
// names compare through their readings (建国路 = Jianguo Road, 朝阳区 =
// Chaoyang District); as a romanisation of a place can follow other customs,
// a name not found is only partial. Japanese names are not read.
func compareAcross(a, b parsed) Verdict {
	c, l := a, b
	if b.cjk {
		c, l = b, a
	}
	var j judgement
	j.part("postcode", a.postcode, b.postcode)
	j.part("house number", a.number, b.number)
	j.part("flat number", a.flat, b.flat)
	if !c.japanese {
		latin := latinWords(l)
		if len(c.road) > 0 && !spelledBy(c.road, latin) {
			j.partial = append(j.partial, "street differs")
		}
		if len(c.places) > 0 && !anyPlaceSpelled(c.places, latin) {
			j.partial = append(j.partial, "town differs")
		}
	}
	return j.verdict()
}

func latinWords(p parsed) []string {
	var ws []string
	for w := range p.street {
		ws = append(ws, w)
	}
	for w := range p.other {
		ws = append(ws, w)
	}
	return ws
}

func anyPlaceSpelled(places [][]rune, words []string) bool {
	for _, p := range places {
		if spelledBy(p, words) {
			return true
		}
	}
	return false
}

// spelledBy reports whether one Latin word, or two run together in either
// order (words come from sets), spells the characters.
func spelledBy(chars []rune, words []string) bool {
	for _, w := range words {
		if han.Spells(w, chars) {
			return true
		}
		for _, v := range words {
			if v != w && han.Spells(w+v, chars) {
				return true
			}
		}
	}
	return false
}
