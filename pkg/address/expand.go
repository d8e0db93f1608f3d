package address

// expand rewrites abbreviations to canonical words. St is Street after a
// name (High St) and Saint elsewhere (St Albans); a lone R opens a French
// street name (12 r. de Rivoli) and is Rue there.
func expand(ws []word) []word {
	out := make([]word, len(ws))
	copy(out, ws)
	for i, w := range ws {
		prevWord := i > 0 && ws[i-1].seg == w.seg && isAlpha(ws[i-1].text)
		opens := i == 0 || ws[i-1].seg != w.seg || hasDigit(ws[i-1].text)
		switch {
		case w.text == "ST" && prevWord:
			out[i].text = "STREET"
		case w.text == "ST":
			out[i].text = "SAINT"
		case w.text == "R" && opens && i+1 < len(ws) && ws[i+1].seg == w.seg:
			out[i].text = "RUE"
		case expansions[w.text] != "":
			out[i].text = expansions[w.text]
		}
	}
	return out
}
