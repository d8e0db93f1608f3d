package han

// Spellings calls yield with every Latin spelling of r, in capitals: its
// Mandarin readings in Hanyu Pinyin (ü as YU, V, U or UE), Wade-Giles and
// Tongyong Pinyin, then, unless mandarinOnly, its Cantonese readings as Hong
// Kong spells them. A spelling may come more than once. It stops when yield
// returns false.
func Spellings(r rune, mandarinOnly bool, yield func(string) bool) bool {
	t := load()
	for _, syl := range t.mandarin[r] {
		for _, s := range t.spellings["m:"+syl] {
			if !yield(s) {
				return false
			}
		}
	}
	if mandarinOnly {
		return true
	}
	for _, s := range hongKongSurnames[r] {
		if !yield(s) {
			return false
		}
	}
	for _, syl := range t.cantonese[r] {
		for _, s := range t.spellings["c:"+syl] {
			if !yield(s) {
				return false
			}
		}
	}
	return true
}

func spellAll(t *tables) map[string][]string {
	m := map[string][]string{}
	for _, rs := range t.mandarin {
		for _, syl := range rs {
			if _, done := m["m:"+syl]; !done {
				m["m:"+syl] = dedupe(mandarinSpellings(syl))
			}
		}
	}
	for _, rs := range t.cantonese {
		for _, syl := range rs {
			if _, done := m["c:"+syl]; !done {
				m["c:"+syl] = dedupe(hongKongSpellings(syl))
			}
		}
	}
	return m
}

func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
