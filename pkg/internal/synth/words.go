package synth

import "strings"

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// word returns n random capital letters.
func word(r *prng, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[r.intn(len(letters))]
	}
	return string(b)
}

// digits returns n random digits.
func digits(r *prng, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.intn(10))
	}
	return string(b)
}

// phrase returns words of 2 to 9 letters, joined by spaces, at most max
// characters long and at least one word.
func phrase(r *prng, max int) string {
	var sb strings.Builder
	for {
		w := word(r, r.between(2, 9))
		if sb.Len() > 0 && sb.Len()+1+len(w) > max {
			return sb.String()
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
}

// date returns a printed date such as "12 08 1974".
func date(r *prng) string {
	return digits(r, 2) + " " + digits(r, 2) + " " + "19" + digits(r, 2)
}

// mrzPad fills s with '<' up to n characters, cutting it if longer.
func mrzPad(s string, n int) string {
	if len(s) >= n {
		return s[:n]
	}
	return s + strings.Repeat("<", n-len(s))
}

// mrzLines returns a machine-readable zone shaped like ICAO 9303 TD1
// (3×30) or TD3 (2×44). Check digits are random: the pixels are never read.
func mrzLines(r *prng, lines, width int) []string {
	name := word(r, r.between(4, 9)) + "<<" + word(r, r.between(3, 7)) + "<" + word(r, r.between(3, 6))
	num := word(r, 2) + digits(r, 7)
	dates := digits(r, 7) + "FM"[r.intn(2):][:1] + digits(r, 7)
	if lines == 2 {
		return []string{
			mrzPad("P<UTO"+name, width),
			mrzPad(num+digits(r, 1)+"UTO"+dates, width-2) + digits(r, 2),
		}
	}
	return []string{
		mrzPad("I<UTO"+num+digits(r, 1), width),
		mrzPad(dates+"UTO", width-1) + digits(r, 1),
		mrzPad(name, width),
	}
}
