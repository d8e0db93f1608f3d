package address

import "regexp"

// Postcode shapes. Split shapes are joined into one word by joinPostcodes;
// whole shapes are recognised as they stand.
var (
	ukOutward   = regexp.MustCompile(`^[A-Z]{1,2}[0-9][A-Z0-9]?$`)
	ukInward    = regexp.MustCompile(`^[0-9][A-Z]{2}$`)
	caOutward   = regexp.MustCompile(`^[A-Z][0-9][A-Z]$`)
	caInward    = regexp.MustCompile(`^[0-9][A-Z][0-9]$`)
	nlDigits    = regexp.MustCompile(`^[0-9]{4}$`)
	nlLetters   = regexp.MustCompile(`^[A-Z]{2}$`)
	eirRouting  = regexp.MustCompile(`^([A-Z][0-9]{2}|D6W)$`)
	eirUnique   = regexp.MustCompile(`^[A-Z0-9]{4}$`)
	strongWhole = regexp.MustCompile(`^([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|` + // UK
		`[A-Z][0-9][A-Z][0-9][A-Z][0-9]|` + // Canada
		`[0-9]{4}[A-Z]{2}|` + // Netherlands
		`([A-Z][0-9]{2}|D6W)[A-Z0-9]{4}|` + // Ireland (Eircode)
		`[0-9]{2,5}-[0-9]{3,4})$`) // Poland, Portugal, Japan, US ZIP+4
	numericCode = regexp.MustCompile(`^[0-9]{4,6}$`) // 6: China, India, Russia, Singapore
)

// joinPostcodes writes postcodes printed in two parts as one word, so
// "SW1A 1AA" and "sw1a1aa" compare equal.
func joinPostcodes(ws []word) []word {
	var out []word
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && ws[i].seg == ws[i+1].seg && splitPostcode(ws[i].text, ws[i+1].text) {
			out = append(out, word{text: ws[i].text + ws[i+1].text, seg: ws[i].seg})
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

func splitPostcode(a, b string) bool {
	switch {
	case ukOutward.MatchString(a) && ukInward.MatchString(b):
		return true
	case caOutward.MatchString(a) && caInward.MatchString(b):
		return true
	case nlDigits.MatchString(a) && nlLetters.MatchString(b):
		// Two letters after four digits could be a compass point or a
		// street abbreviation (1234 NE 5th Ave), which are not postcodes.
		return expansions[b] == "" && b != "ST" && b != "DR"
	case eirRouting.MatchString(a) && eirUnique.MatchString(b):
		return hasDigit(b) && !isAllDigits(b)
	}
	return false
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return s != ""
}

// findPostcode returns the index of the postcode among ws, or -1. A
// recognisable shape wins; otherwise a 4 to 6 digit number that is not the
// first number of the address (which is the house number) is taken.
func findPostcode(ws []word) int {
	for i := len(ws) - 1; i >= 0; i-- {
		if strongWhole.MatchString(ws[i].text) {
			return i
		}
	}
	firstNumber := -1
	for i, w := range ws {
		if hasDigit(w.text) {
			firstNumber = i
			break
		}
	}
	for i := len(ws) - 1; i >= 0; i-- {
		if !numericCode.MatchString(ws[i].text) || flatMarker(ws, i) {
			continue
		}
		// The first number is the house number, unless it is the only
		// number and follows a town name (Paris 75001).
		if i != firstNumber || (i > 0 && onlyNumber(ws, i)) {
			return i
		}
	}
	return -1
}

func onlyNumber(ws []word, at int) bool {
	for i, w := range ws {
		if i != at && hasDigit(w.text) {
			return false
		}
	}
	return true
}

func flatMarker(ws []word, i int) bool {
	return i > 0 && ws[i-1].text == "FLAT"
}
